"""Claims × reference → findings: matching, period alignment, units, tolerance, verdicts.

For each claim, :func:`check_claim` finds the entity (the subject, else the
location when the reference's entities are places), the metric (aliases, the
measure's light lemmas, unit compatibility), the reference figure for the
claim's period (summing flows over sub-periods that tile it, taking stocks at
the period's end), brings both figures to one unit, and compares them with the
tolerance the wording allows. Every finding carries its evidence: the records,
the scores, the deviation, the tolerance and a one-line explanation in the
claim's language.

>>> from claimcheck.models import Mention, Measure
>>> ref = Reference.from_records([{"entity": "France", "metric": "population",
...     "value": 68_373_433, "period": "2023", "kind": "stock", "source": "Insee"}],
...     aliases={"metric": {"population": ["habitants"]}})
>>> figure = Mention(kind="number", text="68 millions", start=16, end=27, value=68e6,
...                  low=68e6, high=68e6, noun="habitants")
>>> claim = Claim(lang="fr", text="68 millions", start=16, end=27, subject="La France",
...     sentence="La France compte 68 millions d'habitants.", sentence_start=0,
...     figure=figure, measure=Measure(noun="habitants", verb="compte",
...     terms=("habit", "compt")))
>>> finding = check_claim(claim, ref, reference_date=datetime(2023, 6, 1))
>>> finding.verdict.value, finding.tolerance
('supported', 0.05)
>>> print(finding.explanation.replace("\u202f", " "))  # doctest: +NORMALIZE_WHITESPACE
Le chiffre annoncé (68 millions) est confirmé : la référence indique 68,37 millions en 2023,
selon Insee (+0,5 %).
"""

from __future__ import annotations

import calendar
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz import fuzz

from claimcheck.claim_lexicon import claim_words
from claimcheck.claims import assemble, parse_claims, read_mentions, reference_gazetteer
from claimcheck.entities import phrase_key, word_tokens
from claimcheck.errors import InputError
from claimcheck.extract.time_lexicon import time_lexicon
from claimcheck.extract.units import unit_after, units_lexicon
from claimcheck.inputs import coerce_lang, coerce_reference_date
from claimcheck.lexicon import load_lexicon, validate_lang
from claimcheck.models import (
    Claim,
    ClaimKind,
    Finding,
    Mention,
    MentionKind,
    Period,
    Qualifier,
    Reason,
    RecordKind,
    Relation,
    Report,
    Tolerance,
    Verdict,
)
from claimcheck.reference import (
    FUZZY_THRESHOLD,
    Reference,
    Row,
    check_in_order,
    model_in_order,
    normalize_name,
)
from claimcheck.report import Explainer, check_lexicon
from claimcheck.terms import (
    TermsLexicon,
    change_nouns,
    change_terms,
    direction,
    direction_after,
    distinctive_terms,
    fold,
    generic_terms,
    loss_nouns,
    names_a_change_rate,
    narrowing_basis,
    narrowing_terms,
    opposite_terms,
    partner_named,
    percent_heads,
    points_of_a_share,
    says_added_after,
    says_addition,
    says_deficit,
    says_fiscal,
    says_flow,
    says_per_unit,
    says_year_on_year,
    states_a_level,
    terms,
)
from claimcheck.units_scale import PERCENT, POINTS, Scale, is_currency, scale_of

__all__ = ["check", "check_claim", "check_many"]

_METRIC_MIN_COVERAGE = 0.5  # share of an alias's terms the claim must have
_METRIC_FUZZY = 85.0  # rapidfuzz token_set_ratio for a measure with no shared term
_EPSILON = 1e-9
_DEFAULT_TOLERANCE = Tolerance()  # frozen: one instance serves every check
_COVERAGE_CACHE = 4096  # sets of claim terms whose metric coverage a reference keeps


def check(
    text_or_claims: str | Sequence[Claim],
    reference: Reference,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    tolerance: Tolerance | None = None,
) -> Report:
    """Check every claim of a text (or the given claims) against the reference.

    A text is read with :func:`claimcheck.parse_claims`; the findings come in
    text order. ``reference_date`` is the publication date (default: now): it
    anchors claims with no stated time. ``tolerance`` tunes how far a figure
    may be from the reference (see :class:`~claimcheck.models.Tolerance`).
    """
    stated, moment, rules = _settings(reference, reference_date, tolerance)
    if isinstance(text_or_claims, str):
        language: str | None = coerce_lang(lang, text_or_claims)
        claims: list[Claim] = parse_claims(text_or_claims, language, stated, reference=reference)
    else:
        if not isinstance(text_or_claims, Iterable):
            raise InputError(
                f"check needs a text or a sequence of Claim, not {type(text_or_claims).__name__}"
            )
        claims = list(text_or_claims)
        for position, claim in enumerate(claims):
            if not isinstance(claim, Claim):
                raise InputError(
                    f"claims[{position}] is a {type(claim).__name__}, not a claimcheck.Claim"
                )
        language = validate_lang(lang) if lang is not None else None
        if language is None and claims:
            language = claims[0].lang
    return _report(claims, language, reference, moment, rules)


def _settings(
    reference: Reference,
    reference_date: date | datetime | str | None,
    tolerance: Tolerance | None,
) -> tuple[datetime, datetime, Tolerance]:
    """``check``'s arguments checked: the stated reference date (its offset kept), the naive
    moment checking compares with, and the tolerance."""
    if not isinstance(reference, Reference):
        raise InputError(
            f"reference must be a claimcheck.Reference (from Reference.from_csv or "
            f"from_records), not {type(reference).__name__}"
        )
    if tolerance is not None and not isinstance(tolerance, Tolerance):
        raise InputError(
            f"tolerance must be a claimcheck.Tolerance, not {type(tolerance).__name__}"
        )
    # The stated offset goes to extraction (times stated in another zone convert into the
    # writer's); checking compares naive wall-clock times.
    rules = tolerance if tolerance is not None else _DEFAULT_TOLERANCE
    if isinstance(reference_date, str):
        stated, moment = _dates_from_text(reference_date)
        return stated, moment, rules
    stated = coerce_reference_date(reference_date, keep_offset=True)
    return stated, stated.replace(tzinfo=None), rules


def _report(
    claims: Sequence[Claim],
    language: str | None,
    reference: Reference,
    moment: datetime,
    rules: Tolerance,
) -> Report:
    ordered = sorted(claims, key=lambda c: (c.start, c.end)) if len(claims) > 1 else claims
    findings = tuple([check_claim(claim, reference, moment, rules) for claim in ordered])
    if len(findings) > 1 and any(f.reason is Reason.NO_SUBJECT for f in findings):
        findings = _subjects_from_siblings(findings, reference, moment, rules)
    # Every part is valid already (findings built by checking, a supported language, a
    # naive datetime): the report is assembled without validating them again.
    return model_in_order(
        Report, {"findings": findings, "lang": language, "reference_date": moment}, _REPORT_SET
    )


def _subjects_from_siblings(
    findings: tuple[Finding, ...], reference: Reference, moment: datetime, rules: Tolerance
) -> tuple[Finding, ...]:
    """Findings with no subject checked again with the entity another claim of the same
    sentence and measure was found about: "The energy price cap will rise by 6.4% to £1,849
    a year": the level in pounds names the UK's cap, so does the change beside it."""
    out = list(findings)
    for k, finding in enumerate(findings):
        claim = finding.claim
        if finding.reason is not Reason.NO_SUBJECT or claim.subject is not None:
            continue
        sibling = next(
            (
                f
                for f in findings
                if f is not finding
                and f.entity is not None
                and f.claim.sentence_start == claim.sentence_start
                and f.claim.subject is None
                and f.claim.measure.noun == claim.measure.noun
            ),
            None,
        )
        if sibling is not None:
            named = claim.model_copy(update={"subject": sibling.entity})
            found = check_claim(named, reference, moment, rules)
            out[k] = found.model_copy(update={"claim": claim})
    return tuple(out)


_REPORT_FIELDS = ("findings", "lang", "reference_date")  # every field of Report, in order
_REPORT_SET = frozenset(_REPORT_FIELDS)  # (a set copies faster than a tuple is read)
check_in_order(Report, _REPORT_FIELDS)


@functools.lru_cache(maxsize=256)
def _dates_from_text(text: str) -> tuple[datetime, datetime]:
    """An ISO reference date read once, as stated (offset kept) and as the naive moment
    checking compares with: a batch checks many texts with it (and ``datetime.replace``
    is no cheap call: some microseconds, each ``check``)."""
    stated = coerce_reference_date(text, keep_offset=True)
    return stated, stated.replace(tzinfo=None)


_BATCH = 64  # texts check_many reads together, one phase at a time


def check_many(
    texts: Iterable[str],
    reference: Reference,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    tolerance: Tolerance | None = None,
) -> Iterator[Report]:
    """Check many texts, one report each, lazily and in order: the reports of ``check``
    text by text.

    Texts are read in batches of 64, each step over the whole batch before the next
    (extraction, then claim assembly, then checking): each step's code and data stay in
    the CPU's caches from one text to the next, which makes a batch of short texts some
    10 % faster than one ``check`` per text. A bad text raises when its turn comes, after
    the reports of the texts before it.

    Plain function of picklable arguments: it runs unchanged in a process pool
    or over a Dask bag (``bag.map(lambda t: check(t, ref))``).
    """
    batch: list[str] = []
    for text in texts:
        if isinstance(text, str):
            batch.append(text)
            if len(batch) < _BATCH:
                continue
        if batch:
            yield from _check_batch(batch, reference, lang, reference_date, tolerance)
            batch = []
        if not isinstance(text, str):  # claims given for a text: checked as they are
            yield check(text, reference, lang, reference_date, tolerance)
    if batch:
        yield from _check_batch(batch, reference, lang, reference_date, tolerance)


class _Read(NamedTuple):
    """A text of a batch once extracted: what ``check`` would go on with."""

    text: str
    language: str  # the report's
    read_as: str  # the language its claims are assembled in (the same, read again)
    mentions: list[Mention]
    moment: datetime
    rules: Tolerance


def _check_batch(
    texts: Sequence[str],
    reference: Reference,
    lang: str | None,
    reference_date: date | datetime | str | None,
    tolerance: Tolerance | None,
) -> Iterator[Report]:
    """The reports of ``check`` on each text, step by step over the batch. The first error
    is raised after the reports of the texts before the one that raised it."""
    failure: Exception | None = None
    read: list[_Read] = []
    for text in texts:
        try:
            stated, moment, rules = _settings(reference, reference_date, tolerance)
            language = coerce_lang(lang, text)
            read_as, mentions = read_mentions(text, language, stated)
            read.append(_Read(text, language, read_as, mentions, moment, rules))
        except Exception as exc:  # raised below, in its text's turn
            failure = exc
            break
    gazetteer = reference_gazetteer(reference) if read else None
    assembled: list[list[Claim]] = []
    for item in read:
        try:
            claims = (
                assemble(item.text, item.mentions, item.read_as, gazetteer=gazetteer)
                if item.mentions
                else []
            )
        except Exception as exc:  # raised below, in its text's turn
            failure = exc
            break
        assembled.append(claims)
    for item, claims in zip(read, assembled, strict=False):
        yield _report(claims, item.language, reference, item.moment, item.rules)
    if failure is not None:
        raise failure


# ---------------------------------------------------------------- one claim


class _Candidate(NamedTuple):
    """A reference figure for the claim: value in base units and the rows behind it."""

    value: float
    rows: tuple[Row, ...]
    source: str | None


class _Aligned(NamedTuple):
    """What the reference says for the claim's period."""

    period: Period
    candidates: tuple[_Candidate, ...]
    upper: _Candidate | None = None  # for a cumulative series: the bound from above


def check_claim(
    claim: Claim,
    reference: Reference,
    reference_date: datetime,
    tolerance: Tolerance | None = None,
) -> Finding:
    """The finding on one claim; ``reference_date`` anchors claims with no time.

    A comparison ("766 appareils en 2024, contre 735 en 2023") states two
    figures: it is contradicted when either is, and otherwise judged on its main
    figure.
    """
    share = _as_share(claim)
    if share is not None:  # "un tiers des voix", "a quarter of sales": a percentage
        finding = _check_one(share, reference, reference_date, tolerance)
        if (
            finding.metric is None
            or _measure_names(claim, reference, finding.metric)
            or _clause_names(claim, reference, finding.metric)
        ):
            return finding.model_copy(update={"claim": claim})
        # "deux tiers des sièges" is no share of the votes another clause names
    finding = _check_one(claim, reference, reference_date, tolerance)
    baseline = claim.baseline
    if (
        claim.kind is ClaimKind.COMPARISON
        and baseline is not None
        and baseline.kind is not MentionKind.TIME
        and finding.verdict is not Verdict.CONTRADICTED
        and (claim.baseline_time is not None or baseline.qualifier not in _BOUNDS)
    ):
        # (a bound with no time of its own is a threshold the main figure is set against,
        # no level of another period: "$100.1 billion …, its first year above $100 billion")
        other = claim.model_copy(
            update={
                "kind": ClaimKind.QUANTITY,
                "figure": baseline,
                "time": claim.baseline_time or claim.time,
                "baseline": None,
                "baseline_time": None,
            }
        )
        if claim.baseline_time is None:
            earlier = _earlier_time(claim, finding, reference)
        else:
            earlier = _year_before_used(claim, claim.baseline_time, finding)
        if earlier is not None:
            # "à 1,5 % contre 1,75 %", "113 % du PIB, contre 109,8 % un an plus tôt": a
            # figure set against the main one with no time of its own is the level before
            other = other.model_copy(update={"time": earlier})
        second = _check_one(other, reference, reference_date, tolerance)
        if second.verdict is Verdict.CONTRADICTED:
            return second.model_copy(update={"claim": claim})
    return finding


_AIM_REACH = 60  # characters before a figure read for words that make it aimed at
# words an aim's subject may take between the aim and its link ("had expected UK new car
# registrations to reach")
_AIM_SUBJECT = 5
# words an aim may stand before the noun a figure is of ("had expected U.S. net farm income
# of", "tablent sur une récolte de blé tendre d'")
_AIM_NOUN_REACH = 8
_LAST_WORD = 16  # characters before a figure read for the word right before it


def _word_before(claim: Claim) -> str:
    """The word right before the claim's figure, casefolded ("" when none): what
    :func:`_aimed` and :func:`_aimed_of` both read first."""
    at = claim.start - claim.sentence_start
    before = word_tokens(claim.sentence[max(0, at - _LAST_WORD) : at])
    return before[-1].casefold() if before else ""


def _aimed(claim: Claim, last: str) -> bool:
    """Whether words right before the figure (``aims`` of the claims lexicon) make it a
    target, a forecast by others or a design capacity; or an aim of others a few words
    before its verb ("analysts had expected Tesla to deliver about 507,000", "had expected
    UK new car registrations to reach 2 million": ``aim_links``);
    or words right after the figure and its noun ("a relevé à 130 000 unités son objectif":
    ``aims_after``); ``last`` is the word right before the figure (:func:`_word_before`)."""
    at = claim.start - claim.sentence_start
    lexicon = claim_words(claim.lang)
    aims = lexicon.aims
    right_before = bool(last) and last in aims.last_words
    reach = claim.sentence[max(0, at - _AIM_REACH) : at]
    # a quick test first: most sentences hold no link word at all
    links, firsts_after = _aim_tests(claim.lang)
    linked = links is not None and links.search(reach.casefold()) is not None
    if linked and not right_before:
        # the pattern meets a link inside any word ("to" of "total"): only one of the last
        # three words can be read as one below, told by their tokens alone
        linked = any(w.casefold() in lexicon.aim_links for w in word_tokens(reach)[-3:])
    if right_before or linked:
        words = phrase_key(reach)
        size = aims.longest_ending_at(words, len(words)) if right_before else 0
        if size > 0:
            return not _own_forecast(claim, words, size)
        for k in range(max(0, len(words) - 3), len(words)):  # "to deliver", "to sell about"
            if words[k] in lexicon.aim_links and any(
                aims.longest_ending_at(words, end) > 0
                for end in range(max(0, k - _AIM_SUBJECT), k + 1)
            ):
                return True
    if _forecast_of_others(claim, at):
        return True
    if len(lexicon.aims_after):
        end = claim.figure.end - claim.sentence_start if claim.figure else at
        tail = claim.sentence[end : end + _AIM_REACH]
        if firsts_after is None or firsts_after.search(tail.casefold()) is None:
            return False  # the usual figure: no aim's first word after it
        firsts = lexicon.aims_after.first_words
        if not any(w.casefold() in firsts for w in word_tokens(tail)[:3]):
            # the pattern met a first word inside another ("sa" of "salariés"): an aim can
            # only start at one of the first three words, told by their tokens alone
            return False
        after = phrase_key(tail)
        # the figure's noun may stand between ("130 000 unités son objectif")
        return any(lexicon.aims_after.longest_at(after, k) for k in range(min(3, len(after))))
    return False


@functools.cache
def _forecaster_test(lang: str) -> re.Pattern[str] | None:
    """A pattern that finds one of the ``forecasters`` anywhere in a casefolded text."""
    words = sorted(claim_words(lang).forecasters, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words))) if words else None


def _names_forecaster(lang: str, text: str) -> bool:
    """Whether ``text`` holds one of the ``forecasters`` as a word ("les analystes")."""
    quick = _forecaster_test(lang)
    if quick is None or quick.search(text.casefold()) is None:
        return False  # the usual text: no forecaster's word, one C pass
    return not claim_words(lang).forecasters.isdisjoint(phrase_key(text))


def _forecast_of_others(claim: Claim, at: int) -> bool:
    """Whether the figure's clause opens with others' forecast, however far before the
    figure: "Les économistes prévoient que la fréquentation de la RATP dépassera 3,3
    milliards", "Analysts forecast that London's population will reach 10 million" (an aim
    of ``aims`` with one of ``forecasters`` in it or right before it)."""
    lexicon = claim_words(claim.lang)
    clause = claim.sentence[:at]
    if not _names_forecaster(claim.lang, clause):
        return False  # the usual figure: no forecaster in its sentence
    words = phrase_key(clause[max(clause.rfind(","), clause.rfind(";")) + 1 :])
    for end in range(1, len(words) + 1):
        size = lexicon.aims.longest_ending_at(words, end)
        if size and not lexicon.forecasters.isdisjoint(words[max(0, end - size - 3) : end]):
            return True
        # a verb of expecting a few words after the forecasters: "Analysts polled by LSEG
        # expected …", "Analysts had on average expected …"
        if words[end - 1] in lexicon.forecast_verbs and not lexicon.forecasters.isdisjoint(
            words[max(0, end - 1 - _FORECASTER_REACH) : end - 1]
        ):
            return True
    return False


_FORECASTER_REACH = 5  # words between the forecasters and their verb of expecting


def _own_forecast(claim: Claim, words: Sequence[str], size: int) -> bool:
    """Whether the aim of ``size`` words ending ``words`` is the subject's own forecast in
    the present, its subject named right before it ("Pour 2025, Airbus table sur environ 820
    livraisons"): checked once its period is over, as "vise" is; not others' ("les
    économistes tablent sur") nor one that looks back ("Airbus tablait sur")."""
    subject = claim.subject
    if subject is None or claim.subject_inferred or len(words) <= size:
        return False
    aim = words[len(words) - size :]
    looks_back = claim_words(claim.lang).look_back_endings
    if looks_back and any(w.endswith(looks_back) for w in aim):
        return False
    named = phrase_key(subject)
    at = len(words) - size - len(named)
    if not named or at < 0 or tuple(words[at : len(words) - size]) != named:
        return False
    # a name completing a noun forecasts nothing of its own: "Les analystes de Gracenote"
    return at == 0 or words[at - 1] not in claim_words(claim.lang).noun_links


def _narrower(claim: Claim, claim_terms: frozenset[str], reference: Reference, mid: int) -> bool:
    """Whether the measure holds a word that narrows it (``narrowing`` in terms.toml) which
    no alias of the metric has: "core inflation rate" is not the inflation rate."""
    aliases = reference._terms_of_metrics().get(mid, ())
    if _opposed(claim_terms, claim.lang, aliases):
        return True
    narrowing = claim_terms & narrowing_terms(claim.lang)
    around = _between_figures(claim)
    narrowing |= narrowing_basis(around, claim.lang)
    partner = partner_named(around, claim.lang)
    if partner is not None:
        # "German exports to the United States": the trade with one partner, which no alias
        # of a country's whole exports names
        narrowing |= frozenset(terms(partner, claim.lang))
    if not narrowing:
        return False
    return not any(narrowing <= alias for alias in aliases)


def _opposed(claim_terms: frozenset[str], lang: str, aliases: tuple[frozenset[str], ...]) -> bool:
    """Whether the measure names a word of ``opposites`` (terms.toml) whose opposite an
    alias of the metric names, and no alias names the word itself: "le Smic horaire net"
    against "Smic horaire brut"."""
    opposites = opposite_terms(lang)
    if not opposites:
        return False
    for word in claim_terms:
        other = opposites.get(word)
        if other is None or other & claim_terms:
            continue  # (a measure naming both, "le prix des loyers", opposes nothing)
        if any(alias & other for alias in aliases) and not any(word in a for a in aliases):
            return True
    return False


_CLAUSE_REACH = 90  # characters around a figure read for the basis its measure is taken on
_OTHER_FIGURE = re.compile(r"\d[\d\s.,]*\s*[%€$£]?")


def _between_figures(claim: Claim) -> str:
    """The text around a claim's figure up to the figures next to it (at most
    ``_CLAUSE_REACH`` characters each way): where "en données comparables", "on a
    like-for-like basis" say the basis of that figure's measure and not of another's."""
    sentence = claim.sentence
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    before = sentence[max(0, start - _CLAUSE_REACH) : start]
    after = sentence[end : end + _CLAUSE_REACH]
    figures = list(_OTHER_FIGURE.finditer(before))
    if figures:
        before = before[figures[-1].end() :]
    figure = _OTHER_FIGURE.search(after)
    if figure is not None:
        after = after[: figure.start()]
    return before + " " + after


@functools.cache
def _aim_tests(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Patterns that find, anywhere in a casefolded text, one of the ``aim_links`` and one
    of the first words of ``aims_after`` (None for an empty list): the quick tests of
    :func:`_aimed`, one C pass each (one per language, not one per claim)."""
    lexicon = claim_words(lang)

    def anywhere(words: Iterable[str]) -> re.Pattern[str] | None:
        listed = sorted(words, key=lambda w: (-len(w), w))
        return re.compile("|".join(map(re.escape, listed))) if listed else None

    return anywhere(lexicon.aim_links), anywhere(lexicon.aims_after.first_words)


def _aimed_of(claim: Claim, last: str) -> str | None:
    """Whether an aim ends a few words before the noun the figure is of ("Les économistes
    tablaient sur une inflation de 1 %"): "past" when it looks back (a verb form of
    ``look_back_endings``, "tablaient": what was expected, never a statement), "present"
    otherwise (a forecast, which a period not over yet leaves not yet due: "Le gouvernement
    table sur une inflation de 1,4 % en 2025", written in February 2025), else None.
    ``last`` is the word right before the figure (:func:`_word_before`)."""
    lexicon = claim_words(claim.lang)
    if not last or last not in lexicon.noun_links:
        return None
    at = claim.start - claim.sentence_start
    reach = claim.sentence[max(0, at - _AIM_REACH) : at]
    words = phrase_key(reach[reach.rfind(",") + 1 :])
    for end in range(max(0, len(words) - _AIM_NOUN_REACH), len(words) - 1):
        size = lexicon.aims.longest_ending_at(words, end)
        if size > 0:
            aim = words[end - size : end]
            looks_back = lexicon.look_back_endings
            past = bool(looks_back) and any(w.endswith(looks_back) for w in aim)
            if not past:
                # "Les analystes de la Banque de France tablent sur un taux d'épargne de
                # 18,5 %": others' forecast, never a statement (the clause may begin
                # before the characters read)
                clause = claim.sentence[:at]
                past = _names_forecaster(claim.lang, clause[clause.rfind(",") + 1 :])
            return "past" if past else "present"
    return None


def _longest_named(
    reference: Reference,
    eid: int,
    claim: Claim,
    scored: Sequence[tuple[float, int, int]],
    candidates: Sequence[int],
    by_terms: Mapping[int, tuple[frozenset[str], ...]],
    claim_scale: Scale | None,
) -> tuple[int, float, bool] | None:
    """Of metrics the measure names in part, the one with the single longest alias the
    sentence writes whole, when it is longer than the measure's own words and its unit
    fits; None otherwise."""
    named = sorted(_named_in_sentence(claim, [s[2] for s in scored], by_terms), key=lambda f: -f[1])
    if not named or (len(named) > 1 and named[1][1] == named[0][1]):
        return None
    mid = named[0][2]
    if named[0][1] <= scored[0][1] or not _metric_fits(reference, eid, mid, claim_scale, False):
        return None
    if _named_within(claim, mid, candidates, by_terms) is not None:
        return None  # written inside a longer alias of another metric: see _named_within
    return mid, _SENTENCE_SCORE, True


def _rarest_match(
    claim_terms: frozenset[str],
    tied: Sequence[int],
    candidates: Iterable[int],
    by_terms: Mapping[int, Sequence[frozenset[str]]],
) -> int | None:
    """Of metrics the claim's words fit equally well, the one met on a word no other metric
    of the entity has ("BYD sold 417,000 vehicles overseas": "overseas" names overseas sales
    alone, "vehicles" and "sold" every sales metric): the narrower measure. None when no
    single metric has such a word."""
    covered = {
        m: frozenset(t for alias in by_terms.get(m, ()) for t in alias & claim_terms)
        for m in candidates
    }
    seen: dict[str, int] = {}
    for terms_met in covered.values():
        for term in terms_met:
            seen[term] = seen.get(term, 0) + 1
    own = [m for m in tied if any(seen.get(t) == 1 for t in covered[m])]
    return own[0] if len(own) == 1 else None


def _measure_names(claim: Claim, reference: Reference, metric: str) -> bool:
    """Whether the claim's own measure words meet the metric's name or an alias."""
    measured = _claim_terms(claim)
    return any(
        not measured.isdisjoint(terms(name, claim.lang))
        for name in _metric_names(reference, metric)
    )


def _metric_names(reference: Reference, metric: str) -> tuple[str, ...]:
    """A metric's name in words and its aliases: what a claim's words may name it by."""
    return (metric.replace("_", " "), *reference.metric_aliases(metric))


_CLAUSE_MARKS = re.compile(r"[,;:]")


def _clause_names(claim: Claim, reference: Reference, metric: str) -> bool:
    """Whether the words of the figure's clause before it name the metric whole ("Renewables
    supplied more than half of Britain's power": the renewables' share; not "deux tiers des
    sièges" after a clause that names the votes)."""
    if claim.figure is None:
        return False
    before = claim.sentence[: claim.figure.start - claim.sentence_start]
    marks = list(_CLAUSE_MARKS.finditer(before))
    clause = frozenset(terms(before[marks[-1].end() :] if marks else before, claim.lang))
    return any(
        (named := frozenset(terms(name, claim.lang))) and named <= clause
        for name in _metric_names(reference, metric)
    )


def _as_share(claim: Claim) -> Claim | None:
    """A ratio that is a bare fraction of a whole ("un tiers des voix", claim assembly's
    share) as the percentage it states; None for other claims ("deux fois plus")."""
    figure = claim.figure
    if claim.kind is not ClaimKind.RATIO or figure is None or figure.value is None:
        return None
    if figure.unit is not None or figure.currency is not None or not 0 < figure.value < 1:
        return None

    def percent(value: float | None) -> float | None:
        return None if value is None else value * 100

    stated = figure.model_copy(
        update={
            "kind": MentionKind.PERCENT,
            "unit": "%",
            "value": percent(figure.value),
            "low": percent(figure.low),
            "high": percent(figure.high),
        }
    )
    return claim.model_copy(update={"kind": ClaimKind.QUANTITY, "figure": stated})


def _earlier_time(claim: Claim, finding: Finding, reference: Reference) -> Mention | None:
    """The period of the record before the one a finding used, in the same series and of
    the same length: what a comparison figure with no time of its own is set against."""
    if finding.entity is None or finding.metric is None or not finding.records:
        return None
    used = finding.records[-1].period
    length = used.end - used.start
    slack = length * 0.1 + timedelta(days=1)
    before = [
        r
        for r in reference.rows_for(finding.entity, finding.metric)
        if r.end <= used.start + slack
        and abs((r.end - r.start) - length) <= slack
        and (r.start, r.end) != (used.start, used.end)
    ]
    if not before:
        return None
    row = max(before, key=lambda r: (r.end, r.start))
    period = _period(row.start, row.end)
    time = claim.time
    if time is not None:
        return time.model_copy(update={"period": period, "relation": Relation.IN})
    # no time in the sentence: a time at the figure's own place, as offsets need one
    return Mention(
        kind=MentionKind.TIME,
        text=claim.text,
        start=claim.start,
        end=claim.end,
        period=period,
        relation=Relation.IN,
    )


def _year_before_used(claim: Claim, baseline_time: Mention, finding: Finding) -> Mention | None:
    """The year before the records a finding used, when the comparison's own time is the
    year before the claim's ("au titre de l'exercice 2025, contre 1,46 dollar un an plus
    tôt"): the fiscal year before the fiscal year read, not the calendar year before."""
    time = claim.time
    if time is None or time.period is None or baseline_time.period is None or not finding.records:
        return None
    period, before = time.period, baseline_time.period
    counted = _year_back(period, None)
    if (before.start, before.end) != (counted.start, counted.end):
        return None
    start = min(r.period.start for r in finding.records)
    end = max(r.period.end for r in finding.records)
    if (start, end) == (period.start, period.end):
        return None  # the record is the claim's own period: the year before it is right
    return baseline_time.model_copy(update={"period": _year_back(_period(start, end), None)})


_LEVELS = frozenset((ClaimKind.QUANTITY, ClaimKind.COMPARISON))


def _check_one(
    claim: Claim,
    reference: Reference,
    reference_date: datetime,
    tolerance: Tolerance | None,
) -> Finding:
    rules = tolerance if tolerance is not None else _DEFAULT_TOLERANCE
    explain = Explainer(claim, reference_date)
    if claim.kind in (ClaimKind.RATIO, ClaimKind.RANK):
        return explain.unverifiable(Reason.NOT_CHECKABLE)
    is_event = claim.kind is ClaimKind.EVENT or (claim.figure is None and claim.time is not None)
    if claim.figure is None and not is_event:
        return explain.unverifiable(Reason.NOT_CHECKABLE)
    last = "" if is_event else _word_before(claim)
    aimed_of = None if is_event else _aimed_of(claim, last)
    if not is_event and (
        _aimed(claim, last)
        or aimed_of == "past"
        or (aimed_of == "present" and not _deadline_ahead(claim, reference_date))
    ):
        # "son objectif initial de 800 livraisons", "economists had forecast 160,000 new
        # jobs", "conçu pour accueillir 4 millions de visiteurs": what was aimed at, expected
        # or designed for, no statement of the measured figure
        return explain.unverifiable(Reason.NOT_CHECKABLE)

    names = [n for n in (claim.subject, claim.location) if n]
    if not is_event and _figure_deadline_ahead(claim, reference_date):
        # "Tesla vise 20 millions de véhicules vendus par an d'ici 2030", "aims to build 1
        # million robots a year by 2030": not yet due, whatever the reference holds or lacks
        # (DESIGN: deadlines on figures), as an event's deadline is
        return explain.unverifiable(Reason.NOT_YET_DUE, entity=names[0] if names else None)
    entities: list[tuple[int, float]] = []
    if not names and not reference._scan_entity_ids(claim.sentence):
        sole = None if is_event else _sole_holder(claim, reference)
        if sole is None:
            sole = _home_holder(claim, reference, is_event)
        if sole is None:
            if is_event and _deadline_ahead(claim, reference_date):
                return explain.unverifiable(Reason.NOT_YET_DUE)
            return explain.unverifiable(Reason.NO_SUBJECT)
        # "le Smic brut mensuel": only France holds the Smic; "les prix de l'alimentation",
        # in French: France's
        entities = [(sole, 0.0)]
    skip = _articles(claim.lang)
    for name in names:
        found = reference._match_entity_ids(name, FUZZY_THRESHOLD, skip)
        if found is not None:
            seen = {eid for eid, _ in entities}
            entities.extend((eid, found[1]) for eid in found[0] if eid not in seen)
    if not entities:
        entities = _entities_in_sentence(claim, reference, names)
    if not entities and names:
        # "Nintendo a vendu 10,36 millions de Switch 2": the maker is no entity of the
        # reference, the product counted is
        entities = _entity_counted(claim, reference)
    measure_named = False
    if (
        not entities
        and names
        and (_names_the_measure(claim, names) or _names_a_metric(reference, claim, names))
    ):
        # "lowering Bank Rate to 5%": a capitalized name of what is measured is no entity;
        # nor is one the reference holds as a metric ("Britain's National Living Wage")
        measure_named = True
        entities = _entities_in_sentence(claim, reference, ())
        if not entities and not is_event:
            # none named: the one holder of the metric ("traversé la Manche": the UK's)
            sole = _sole_holder(claim, reference)
            entities = [(sole, 0.0)] if sole is not None else []
        if not entities:
            # an event of a metric the subject names ("The Safety of Rwanda Act received
            # royal assent"), a level of one ("Bank Rate currently stands at 4.25%", its
            # words split between the name and the measure): its one holder
            entities = _holder_of_named(reference, claim, names)
        if not entities and not is_event:
            # in French, the home place's: "Le nombre de cartes SIM a progressé" (France's)
            home = _home_holder(claim, reference, is_event)
            entities = [(home, 0.0)] if home is not None else []
    if not entities and is_event and names:
        # "EDF connected its Flamanville 3 reactor to the grid": an event's object may be
        # the reference's entity when the one who acted is not
        entities = _entities_in_sentence(claim, reference, (), names)
    if not entities and is_event and names:
        # "Emmanuel Macron a promulgué mardi la nouvelle loi de programmation militaire": the
        # one who acted is no entity; the one holder of an event the sentence names whole
        # (an alias of two words or more) is what the event is about
        entities = _holder_of_event_named(reference, claim)
    if not entities and _opening_word(claim):
        # "Patent filings at the EPO rose 3%", "Individual insolvencies in England and
        # Wales": a capitalized common word opening the sentence, which the reference does
        # not know, is no name when the sentence names one of the reference's; it is the
        # first word of the measure
        entities = _entities_in_sentence(claim, reference, ())
        if entities:
            claim = _with_opening_word(claim)
    if not entities and claim.subject is not None:
        # "Madrid vise un déficit de 2,5 % du PIB": a capital for its country's government
        country = _capital_for(claim)
        found = reference._match_entity_ids(country, FUZZY_THRESHOLD, skip) if country else None
        if found is not None:
            entities = [(eid, found[1]) for eid in found[0]]
    if not entities:
        if is_event and _deadline_ahead(claim, reference_date):
            return explain.unverifiable(Reason.NOT_YET_DUE, entity=names[0] if names else None)
        if measure_named:
            # "Wildfires burned 383,000 hectares last year": the name is the measure, and
            # several entities hold it: nobody is named
            return explain.unverifiable(Reason.NO_SUBJECT)
        return explain.unverifiable(Reason.UNKNOWN_ENTITY, entity=names[0] if names else None)

    is_change = claim.kind is ClaimKind.CHANGE
    claim_scale = None if is_event else _claim_scale(claim)
    figure = claim.figure
    qualifier = _opening_qualifier(claim)
    if qualifier is not None:
        claim = _with_opening_word(claim, qualifier)
    claim_terms = _claim_terms(claim)
    if is_event:
        # "Meta launched Threads on Wednesday": after the one who acted, the entity the
        # event is about may be its object
        seen = {eid for eid, _ in entities}
        entities = entities + [
            found
            for found in _entities_in_sentence(claim, reference, (), names)
            if found[0] not in seen
        ]
    best: tuple[int, float, int, float] | None = None  # entity, entity score, metric, score
    unit_clash: tuple[int, float, int, float] | None = None
    for eid, escore in entities:
        metric = None
        if claim.subject_span is not None and not is_event:
            # "AWS, la division cloud d'Amazon, a généré …", "Amazon Web Services generated
            # …": the subject as written is, word for word, a metric of the entity (a
            # division, a product), not the entity's whole (an event's subject may name a
            # product whose sales the reference holds: "Wegovy won FDA approval")
            said = claim.subject_span.text
            metric = _metric_named(reference, eid, claim, said, claim_scale, is_event)
        if metric is None:
            metric = _match_metric(reference, eid, claim, claim_terms, claim_scale, is_event)
        if metric is None or _narrower(claim, claim_terms, reference, metric[0]):
            continue
        mid, mscore, compatible = metric
        if not compatible:
            counted = _counted_units(reference, eid, mid, claim, claim_scale)
            if counted is not None:
                claim_scale, compatible = counted, True
        if not compatible:
            unit_clash = unit_clash or (eid, escore, mid, mscore)
            continue
        best = (eid, escore, mid, mscore)
        break
    if best is None:
        if unit_clash is not None:
            eid, escore, mid, mscore = unit_clash
            explain.matched(
                reference._entity_name(eid), escore, reference._metric_name(mid), mscore
            )
            if is_event:  # the metric holds figures, not the date of an event
                return _check_event(claim, reference, (), reference_date, explain)
            if claim.time is not None and reference._profile(eid, mid)[2] is RecordKind.EVENT:
                # "l'obligation vaccinale a été étendue à onze vaccins en 2018": the metric
                # holds only the date of the event, the count is a detail of it
                rows = reference._rows(eid, mid)
                return _check_event(claim, reference, rows, reference_date, explain)
            if _names_a_missing_share(reference, mid, claim_scale, claim_terms):
                # "BBC One took a 40% share of the audience" against its count of viewers:
                # the claim names a share, a measure the reference lacks
                return explain.unverifiable(
                    Reason.UNKNOWN_METRIC, entity=reference._entity_name(eid), entity_score=escore
                )
            return _incompatible(reference, eid, mid, explain)
        eid = entities[0][0]
        if is_event and _deadline_ahead(claim, reference_date):
            return explain.unverifiable(Reason.NOT_YET_DUE, entity=reference._entity_name(eid))
        return explain.unverifiable(
            Reason.UNKNOWN_METRIC,
            entity=reference._entity_name(eid),
            entity_score=entities[0][1],
        )
    eid, escore, mid, mscore = best
    if _says_per_unit(claim) and not _metric_per_unit(reference, reference._metric_name(mid)):
        # "la dette publique par habitant": not the total debt the metric holds
        return explain.unverifiable(
            Reason.UNKNOWN_METRIC, entity=reference._entity_name(eid), entity_score=escore
        )
    explain.matched(reference._entity_name(eid), escore, reference._metric_name(mid), mscore)
    if (
        is_change
        and claim.measure.noun is None
        and claim_scale is not None
        and is_currency(claim_scale.dimension)
        and says_deficit(claim.measure.verb or "", claim.lang)
        and reference._signed(mid)
    ):
        # "Auchan a perdu 2 milliards d'euros en 2024" against a net income stored signed:
        # the sum lost is the loss itself (a level below zero), not the income's fall
        is_change = False
        claim = claim.model_copy(update={"kind": ClaimKind.QUANTITY})
    if (
        claim.kind is ClaimKind.QUANTITY
        and claim_scale is not None
        and claim_scale.dimension not in (PERCENT, POINTS)
        and (
            says_addition(claim.measure.verb, claim.lang)
            or says_added_after(claim.sentence[claim.end - claim.sentence_start :], claim.lang)
        )
        and reference._profile(eid, mid)[2] is RecordKind.STOCK
    ):
        # "China added 277 GW of solar capacity in 2024", "a installé 90 radars
        # supplémentaires en 2024": the level's rise over the period, not the level (a
        # flow's "added 142,000 jobs" is that period's figure)
        is_change = True
    elif (
        claim.kind is ClaimKind.QUANTITY
        and claim_scale is not None
        and claim_scale.dimension not in (PERCENT, POINTS)
        and _over_a_span(claim)
        and says_flow(claim.measure.verb, claim.lang)
        and reference._profile(eid, mid)[2] is RecordKind.STOCK
        and _cumulative(reference._rows(eid, mid))
    ):
        # "The Switch 2 sold 4.54 million units between July and September" against units
        # sold since launch: what went out over the quarter is the level's rise over it
        # ("has sold 10.36 million as of September 30" stays the level)
        is_change = True
    time = claim.time
    if (
        not is_event
        and time is not None
        and time.end <= claim.sentence_start
        and time.period is not None
        and time.period.end > reference_date
        and reference._profile(eid, mid)[2] is RecordKind.STOCK
    ):
        # "Rheinmetall expects sales growth of 25% to 30% in 2025. The group employs almost
        # 31,000 people.": a period not over, carried from a sentence before, is that
        # forecast's; a level stated after it is the present one
        claim = claim.model_copy(update={"time": None})
    period = claim.time.period if claim.time is not None else None
    if not is_event and period is not None and period.grain == "quarter":
        # "au premier trimestre de son exercice": perhaps a fiscal quarter
        claim = _fiscal_quarter(claim, reference, eid, mid, reference_date)
    window = None
    if not is_event and not is_change:
        window = _window(claim, reference, eid, mid, reference_date)
    rows = reference._rows(eid, mid, window)
    if is_event:
        return _check_event(claim, reference, rows, reference_date, explain)
    assert claim.figure is not None and claim_scale is not None
    figure = claim.figure
    if claim_scale is _ANY and names_a_change_rate(reference._metric_name(mid)):
        # "les prix ont augmenté de 4,9 %" against an inflation rate: the stated
        # rise is the rate itself, compared as a level with its direction's sign.
        percent = Scale(PERCENT, 1.0)
        if any(_same_dimension(r, percent) for r in rows):
            is_change, claim_scale = False, percent
            claim = _year_to(claim)
            if _claim_direction(claim) < 0:
                figure = _negated(figure)
    elif (
        is_change
        and claim_scale.dimension not in (PERCENT, POINTS)
        and names_a_change_rate(reference._metric_name(mid))
    ):
        # "nonfarm payrolls jumped by 254,000 jobs": the metric's values are changes
        # already (``change_rates`` of terms.toml), the stated change is one of them
        is_change = False
        if _claim_direction(claim) < 0:
            figure = _negated(figure)
    elif (
        not is_change
        and claim_scale.dimension == PERCENT
        and names_a_change_rate(reference._metric_name(mid))
    ):
        # "inflation rose to 3.5% in the 12 months to April": a rate of change over the
        # year to a month is that month's rate, as for a change ("rose 2.6% in the year to
        # November")
        claim = _year_to(claim)
    # "un déficit commercial de 99,6 milliards" against a balance stored signed (-99.6):
    # the figure states the size of a value below zero, and "le déficit s'est réduit de 63
    # milliards" a rise of the balance
    # (the metric's sign first: read once per metric, it spares the words' test for most)
    deficit = bool(
        (claim.measure.noun or claim.measure.verb)
        and reference._signed(mid)
        and says_deficit(f"{claim.measure.noun or ''} {claim.measure.verb or ''}", claim.lang)
    )  # (a loss too: "after losing €446 million in 2023" against an operating income of -446)
    if deficit and not is_change and claim.kind in _LEVELS:
        # (a comparison's main figure too: "s'est établi à 99,6 milliards, contre 163,6")
        figure = _negated(figure)
    if is_currency(claim_scale.dimension):
        if _priced_per_another_unit(claim, rows):
            # "2 386 dollars la tonne" against a price per ounce: never converted
            return _incompatible(reference, eid, mid, explain)
        claim_scale = _as_price(rows, claim_scale)
    usable = _usable(rows, claim_scale)
    if is_change:
        return _check_change(
            claim, figure, claim_scale, usable, reference_date, rules, reference, explain, deficit
        )
    aligned = _align(claim, usable, reference_date)
    if aligned is Reason.NO_DATA:
        # "$391 billion for its fiscal year 2024": a year's flow may be a fiscal year; "in
        # the year to February" may be a retailer's 52-week year ending on a Saturday
        wider = _usable(reference._rows(eid, mid), claim_scale)
        aligned = (
            _fiscal_year(claim, wider)
            or _near_period(claim, wider)
            or _day_holding(claim, wider)
            or aligned
        )
    if aligned is Reason.NO_DATA or (
        aligned is Reason.NOT_YET_DUE and claim.time is not None and claim.time.relation is None
    ):
        # "sur l'exercice 2024-2025", "la saison 2023-2024": the one period across the
        # new year the records hold
        wider = _usable(reference._rows(eid, mid), claim_scale)
        aligned = _split_year(claim, wider, written=False) or aligned
    if aligned is Reason.NO_DATA and _deadline_ahead(claim, reference_date):
        # "devrait atteindre 0,7 % en 2025", written in 2024: no figure can exist yet
        aligned = Reason.NOT_YET_DUE
    if isinstance(aligned, Reason):
        return explain.unverifiable(aligned, period=_claim_period(claim))
    if mscore < 100 and _far_off(figure, claim_scale, aligned):
        # "Kamala Harris won about 75 million votes" met on "votes" of "electoral votes"
        # (226): a metric half named whose figures are a thousandfold away is another one;
        # a metric the words name whole in another unit (her vote share) is the one meant
        by_terms = reference._terms_of_metrics()
        for other in reference._entity_has(eid):
            named = other != mid and any(a <= claim_terms for a in by_terms.get(other, ()))
            if named and not _metric_fits(reference, eid, other, claim_scale, is_event):
                return _incompatible(reference, eid, other, explain)
        return explain.unverifiable(
            Reason.UNKNOWN_METRIC, entity=reference._entity_name(eid), entity_score=escore
        )
    return _compare(claim, figure, claim_scale, aligned, rules, reference, explain)


def _incompatible(reference: Reference, eid: int, mid: int, explain: Explainer) -> Finding:
    """Unverifiable: the metric meant holds figures in another unit than the claim's."""
    rows = reference._rows(eid, mid)
    return explain.unverifiable(
        Reason.INCOMPATIBLE_UNIT,
        entity=reference._entity_name(eid),
        metric=reference._metric_name(mid),
        reference_unit=rows[0].unit if rows else None,
    )


_FAR_OFF = 1000.0  # how many times apart a half-named metric's figure and the claim's may be


def _far_off(figure: Mention, claim_scale: Scale, aligned: _Aligned) -> bool:
    """Whether the claim's figure and every figure aligned differ a thousandfold or more."""
    stated = figure.value if figure.value is not None else (figure.low or figure.high)
    if not stated or not aligned.candidates or aligned.upper is not None:
        return False
    claimed = abs(stated * claim_scale.factor)
    return all(
        c.value and max(claimed / abs(c.value), abs(c.value) / claimed) >= _FAR_OFF
        for c in aligned.candidates
    )


def _window(
    claim: Claim, reference: Reference, eid: int, mid: int, moment: datetime
) -> tuple[datetime, datetime, bool] | None:
    """The rows a plain figure's alignment reads, when it reads no others: a figure in a
    stated period ("en 2019") is the flow tiling that period (rows inside it) or the stock
    at its end (rows meeting it). None when all rows are needed."""
    time = claim.time
    if time is None or time.period is None or time.relation not in (None, Relation.IN):
        return None
    if time.period.grain in _MOMENTS:
        return None  # "now", "currently": perhaps the present, read from every row
    kind = reference._profile(eid, mid)[2]
    if kind is None:
        return None  # a mixed series: which kind it is depends on all its rows
    if kind is RecordKind.STOCK and _today(time.period, time.relation, moment):
        return None  # "compte aujourd'hui": the latest level, read from every row
    if kind is RecordKind.STOCK and _decided_on(claim, time.period, moment):
        # "a abaissé jeudi son taux de dépôt à 3,5 %": the level decided may start later
        return time.period.start, time.period.end + _TAKES_EFFECT, False
    return time.period.start, time.period.end, kind is RecordKind.FLOW


def _claim_direction(claim: Claim) -> int:
    """+1 for a rise, -1 for a fall: from the words right after the figure ("2,2 % de moins
    qu'en 2023"), else the measure's, else the few words before the figure, else the
    sentence's."""
    after = claim.sentence[claim.end - claim.sentence_start :]
    before = claim.sentence[: max(0, claim.start - claim.sentence_start)]
    return (
        direction_after(after, claim.lang)
        or direction_after(_past_noun(after, claim), claim.lang)  # "36 000 décès de moins"
        or direction(claim.measure.terms, claim.lang)
        # "Netflix added 18.9 million paid memberships": an addition is a rise, as "90
        # radars supplémentaires" is
        or (1 if says_addition(claim.measure.verb, claim.lang) else 0)
        or (1 if says_added_after(after, claim.lang) else 0)
        # the verb right before the figure: "Sales revenue edged up …, while deliveries
        # dropped 2.3%" (the sentence says both ways)
        or direction(terms(" ".join(before.split()[-_VERB_REACH:]), claim.lang), claim.lang)
        # the sentence's words, not those in capitals: a dateline's "LOS GATOS" is no loss
        or direction(terms(_WORDS.sub(_blank_capitals, claim.sentence), claim.lang), claim.lang)
    )


_VERB_REACH = 3  # words before a change figure read for its direction


def _past_noun(after: str, claim: Claim) -> str:
    """What follows a change figure past its noun ("36 000 décès de moins qu'en 2022": " de
    moins qu'en 2022"), or "" when the figure's noun does not follow it."""
    noun = claim.figure.noun if claim.figure is not None else None
    text = after.lstrip()
    return text[len(noun) :] if noun and text.startswith(noun) else ""


def _blank_capitals(word: re.Match[str]) -> str:
    """A word in capitals (a name, a dateline's place) blanked, any other word kept."""
    return " " if word[0].isupper() else word[0]


_FLIPPED = {
    Qualifier.GT: Qualifier.LT,
    Qualifier.LT: Qualifier.GT,
    Qualifier.GE: Qualifier.LE,
    Qualifier.LE: Qualifier.GE,
}


def _negated(figure: Mention) -> Mention:
    """A fall stated as a positive figure, as the signed figure it means."""

    def minus(value: float | None) -> float | None:
        return None if value is None else -value

    return figure.model_copy(
        update={
            "value": minus(figure.value),
            "low": minus(figure.high),
            "high": minus(figure.low),
            "low_exclusive": figure.high_exclusive,
            "high_exclusive": figure.low_exclusive,
            "qualifier": _FLIPPED.get(figure.qualifier, figure.qualifier),
        }
    )


# ----------------------------------------------------------------- matching


_SENTENCE_SCORE = 90.0  # an entity named in the sentence, not as the claim's subject


def _entities_in_sentence(
    claim: Claim, reference: Reference, names: Sequence[str], outside: Sequence[str] = ()
) -> list[tuple[int, float]]:
    """Entities the sentence names, when the subject found was only part of a name
    ("Eiffel" in "la tour Eiffel") or there was none; nearest the figure first. An entity
    named inside one of ``outside`` is left out ("la Fédération hospitalière de France" is
    not France)."""
    found = reference._scan_entity_ids(claim.sentence)
    if not found:
        return []
    wanted = [normalize_name(n) for n in names]
    within = [f" {normalize_name(n)} " for n in outside]
    fits = [
        ids
        for key, ids in found
        if (not wanted or any(w and f" {w} " in f" {key} " for w in wanted))
        and not any(f" {key} " in w and w != f" {key} " for w in within)
    ]
    entities: list[tuple[int, float]] = []
    for ids in fits:
        seen = {eid for eid, _ in entities}
        entities.extend((eid, _SENTENCE_SCORE) for eid in ids if eid not in seen)
    return entities


def _opening_word(claim: Claim) -> bool:
    """Whether the claim's subject is one capitalized word opening its sentence, the
    measure's noun in lower case right after it ("Patent filings", "Individual
    insolvencies")."""
    span = claim.subject_span
    if claim.subject_inferred or span is None or span.start != claim.sentence_start:
        return False
    text = span.text
    if " " in text or not text[:1].isupper() or text.isupper():
        return False  # a name of several words, or an acronym ("EDF")
    # the measure's noun right after it: the word qualifies it ("Siemens filed 1,700 patent
    # applications", "Deezer revendique …" stay names)
    noun = claim.measure.noun
    after = claim.sentence[len(text) :].lstrip()
    return noun is not None and after[:1].islower() and after.startswith(noun)


def _opening_qualifier(claim: Claim) -> str | None:
    """The capitalized word opening the sentence, no subject of the claim (the subject is
    named further on), that qualifies the measure's noun in lower case right after it, if
    any: "Cyclist deaths in Great Britain rose to 87" (the measure is "Cyclist deaths")."""
    span = claim.subject_span
    noun = claim.measure.noun
    if span is None or span.start == claim.sentence_start or noun is None:
        return None
    word, _, rest = claim.sentence.partition(" ")
    qualifies = (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and fold(word).casefold() not in _articles(claim.lang)  # "Le rendement du blé"
        and rest[:1].islower()
        and rest.startswith(noun)
    )
    return word if qualifies else None


def _with_opening_word(claim: Claim, word: str | None = None) -> Claim:
    """The claim with its opening word ("Individual") put back at the head of its measure
    (the subject's, unless ``word`` is given)."""
    if word is None:
        assert claim.subject_span is not None
        word = claim.subject_span.text
    noun = f"{word} {claim.measure.noun}" if claim.measure.noun else word
    words = (*terms(word, claim.lang), *claim.measure.terms)
    measure = claim.measure.model_copy(update={"noun": noun, "terms": tuple(dict.fromkeys(words))})
    return claim.model_copy(update={"measure": measure})


def _capital_for(claim: Claim) -> str | None:
    """The country whose government the claim's subject, a capital city, stands for, when
    the sentence speaks of what a government does or owns (``[capitals]`` of check.toml:
    "Madrid vise un déficit de 2,5 %"); None otherwise ("Madrid compte 3,3 millions
    d'habitants")."""
    capitals = check_lexicon(claim.lang).capitals
    country = capitals.cities.get(claim.subject or "")
    if country is None:
        return None
    words = _WORDS.findall(fold(claim.sentence).casefold())
    return country if not capitals.government_words.isdisjoint(words) else None


def _entity_counted(claim: Claim, reference: Reference) -> list[tuple[int, float]]:
    """The entity named as what the figure counts, right after it or after one short link
    word: "10,36 millions de Switch 2", "10.36 million Switch 2 consoles", "more than 6
    million Switch 2 units" (the product, when the reference's entity is the product)."""
    figure = claim.figure
    if figure is None:
        return []
    offset = figure.end - claim.sentence_start
    words = _WORDS.findall(fold(claim.sentence[offset : offset + _COUNTED_REACH]))
    if not words:
        return []
    head = " ".join(words[:_COUNTED_WORDS])
    for key, ids in reference._scan_entity_ids(head):
        before = f" {head} "[: f" {head} ".find(f" {key} ")].split()
        if not before or (len(before) == 1 and len(before[0]) <= _LINK_LETTERS):
            return [(eid, _SENTENCE_SCORE) for eid in ids]
    return []


_COUNTED_REACH = 60  # characters after a figure read for the thing it counts
_COUNTED_WORDS = 6  # words of them
_LINK_LETTERS = 3  # a short link word between a figure and what it counts ("de", "of", "d")
_WORDS = re.compile(r"[^\W_]+")


def _over_a_span(claim: Claim) -> bool:
    """Whether the claim's time is a span of a quarter or longer, "in" it (not "by" it)."""
    time = claim.time
    if time is None or time.period is None or time.relation not in (None, Relation.IN):
        return False
    period = time.period
    # (months or longer: "between July and September" is three months at the grain month)
    return (
        period.grain in ("month", "quarter", "year") and period.end - period.start >= _QUARTER_DAYS
    )


_QUARTER_DAYS = timedelta(days=89)


def _cumulative(rows: Sequence[Row]) -> bool:
    """Whether a series is a running total: two levels or more, none below the one before."""
    values = [r.value for r in sorted(rows, key=lambda r: (r.end, r.start)) if r.value is not None]
    return len(values) > 1 and all(a <= b for a, b in pairwise(values))


def _names_the_measure(claim: Claim, names: Sequence[str]) -> bool:
    """Whether every name found for the claim only says what it measures ("Bank Rate")."""
    measured = _claim_terms(claim)
    for name in names:
        said = terms(name, claim.lang)
        if not said or not set(said) <= measured:
            return False
    return bool(measured)


def _names_a_metric(reference: Reference, claim: Claim, names: Sequence[str]) -> bool:
    """Whether every name found for the claim is, word for word, the name or an alias of
    one of the reference's metrics ("National Living Wage")."""
    aliases = {alias for found in reference._terms_of_metrics().values() for alias in found}
    sentence: frozenset[str] | None = None
    for name in names:
        said = frozenset(terms(name, claim.lang))
        if not said:
            return False
        if said in aliases:
            continue
        # a word of an alias the sentence writes whole: "36,816 people crossed the Channel
        # in small boats" ("crossed the Channel" names the small boat arrivals)
        if sentence is None:
            sentence = _sentence_terms(claim)
        if not any(said < alias and alias <= sentence for alias in aliases):
            return False
    return True


def _metric_named(
    reference: Reference,
    eid: int,
    claim: Claim,
    name: str,
    claim_scale: Scale | None,
    is_event: bool,
) -> tuple[int, float, bool] | None:
    """The one metric of entity ``eid`` an alias of which is ``name`` word for word ("AWS"
    for Amazon's cloud revenue), with its score and whether its unit fits the figure; None
    when the entity holds none or several."""
    said = frozenset(terms(name, claim.lang))
    by_terms = reference._terms_of_metrics()
    named = [mid for mid in reference._entity_has(eid) if said in by_terms.get(mid, ())]
    if len(named) != 1:
        return None
    return named[0], 100.0, _metric_fits(reference, eid, named[0], claim_scale, is_event)


def _holder_of_named(
    reference: Reference, claim: Claim, names: Sequence[str]
) -> list[tuple[int, float]]:
    """The one entity holding the metrics that ``names`` name word for word, or of an alias
    holding them that the sentence writes whole, as a list of one (entity, score), or an
    empty list."""
    said = {frozenset(terms(name, claim.lang)) for name in names}
    sole = reference._sole_metrics()
    sentence = _sentence_terms(claim)
    holders = {
        sole.get(mid, -1)
        for mid, aliases in reference._terms_of_metrics().items()
        if not said.isdisjoint(aliases)
        # a word of an alias written whole: "La loi Climat et résilience a été promulguée"
        or any(name < alias <= sentence for name in said for alias in aliases)
    }
    return [(holders.pop(), 0.0)] if len(holders) == 1 and -1 not in holders else []


def _holder_of_event_named(reference: Reference, claim: Claim) -> list[tuple[int, float]]:
    """The one entity holding the event metrics with an alias of two words or more that the
    claim's sentence writes whole, as a list of one (entity, score), or an empty list."""
    sentence = _sentence_terms(claim)
    named = {
        mid
        for mid, aliases in reference._terms_of_metrics().items()
        if any(len(a) >= 2 and a <= sentence for a in aliases)
    }
    if not named:
        return []
    holders = {
        eid
        for eid, mids in reference._by_entity.items()
        if any(m in named and reference._profile(eid, m)[2] is RecordKind.EVENT for m in mids)
    }
    return [(holders.pop(), 0.0)] if len(holders) == 1 else []


def _says_per_unit(claim: Claim) -> bool:
    """Whether the claim's figure is per person: in its measure ("GDP per capita") or
    right after it ("41 000 euros par habitant")."""
    words = [claim.measure.noun or ""]
    if claim.figure is not None:
        words.append(claim.figure.noun or "")
        offset = claim.figure.end - claim.sentence_start
        words.append(claim.sentence[max(0, offset) : max(0, offset) + _PER_UNIT_REACH])
    if not says_per_unit(" | ".join(words), claim.lang):  # one pass for the usual "no"
        return False
    return any(says_per_unit(text, claim.lang) for text in words if text)


_PER_UNIT_REACH = 24  # characters after a figure that may say it is per person


def _metric_per_unit(reference: Reference, metric: str) -> bool:
    return any(says_per_unit(name) for name in _metric_names(reference, metric))


def _articles(lang: str) -> frozenset[str]:
    found = _STOP_WORDS.get(lang)
    if found is None:  # read once per language and process
        lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
        found = _STOP_WORDS[lang] = lexicon.stop_words
    return found


_STOP_WORDS: dict[str, frozenset[str]] = {}


def _claim_terms(claim: Claim) -> frozenset[str]:
    found = set(claim.measure.terms)
    if claim.figure is not None and claim.figure.noun:
        found.update(terms(claim.figure.noun, claim.lang))
    if not found and (claim.measure.noun or claim.measure.verb):
        phrase = " ".join(p for p in (claim.measure.noun, claim.measure.verb) if p)
        found.update(terms(phrase, claim.lang))
    if claim.measure.noun and claim.measure.verb:
        # "les prix ont augmenté" meets the alias "hausse des prix": the verb of change
        # stands for its noun (a partial match on that noun alone is still no match, the
        # measure noun's own words must be met)
        sense = direction(terms(claim.measure.verb, claim.lang), claim.lang)
        if sense:
            found.update(change_nouns(sense, claim.lang))
    elif (
        claim.measure.verb
        and claim.figure is not None
        and claim.figure.currency
        and says_deficit(claim.measure.verb, claim.lang)
    ):
        # "Auchan a perdu 2 milliards d'euros" meets the alias "perte nette": a sum lost
        # names the loss (``loss_nouns``)
        found.update(loss_nouns(claim.lang))
    return frozenset(found)


def _figure_scale(figure: Mention | None) -> Scale | None:
    if figure is None:
        return None
    if figure.currency:
        return Scale(figure.currency, 1.0)
    if figure.kind is MentionKind.PERCENT:
        # "%", "pp", and those scaled: basis points (a hundredth of a point), per mille
        known = scale_of(figure.unit) if figure.unit else None
        if known is not None and known.dimension in (POINTS, PERCENT):
            return known
        return Scale(POINTS, 1.0) if figure.unit == POINTS else Scale(PERCENT, 1.0)
    return scale_of(figure.unit)


_DAY = timedelta(days=1)
_BOUNDS = frozenset({Qualifier.GT, Qualifier.GE, Qualifier.LT, Qualifier.LE})
_ANY = Scale("*", 1.0)  # the scale of a relative change: it fits figures of any unit


def _usable(rows: Sequence[Row], claim_scale: Scale) -> tuple[Row, ...]:
    """The rows with a value in the claim's dimension (decided once per unit and kind)."""
    fits: dict[tuple[str | None, RecordKind], bool] = {}
    usable = []
    for row in rows:
        if row.value is None:
            continue
        key = (row.unit, row.kind)
        fit = fits.get(key)
        if fit is None:
            fit = fits[key] = _same_dimension(row, claim_scale)
        if fit:
            usable.append(row)
    return tuple(usable)


def _same_dimension(row: Row, claim_scale: Scale) -> bool:
    scale = scale_of(row.unit)
    if claim_scale is _ANY:
        return scale is not None and row.kind is not RecordKind.EVENT
    return scale is not None and scale.dimension == claim_scale.dimension


def _as_price(rows: Sequence[Row], claim_scale: Scale) -> Scale:
    """An amount of money against a metric of prices per a unit is stated per that same
    unit ("0,25 euro le kWh" against EUR/kWh, "9 700 euros" against EUR/m2): the claim
    takes the rows' unit. Unchanged when the rows hold plain amounts of that money."""
    for row in rows:
        scale = scale_of(row.unit)
        if scale is None:
            continue
        if scale.dimension == claim_scale.dimension:
            return claim_scale
        if _price_of(claim_scale.dimension, scale.dimension):
            return Scale(scale.dimension, claim_scale.factor * scale.factor)
    return claim_scale


def _priced_per_another_unit(claim: Claim, rows: Sequence[Row]) -> bool:
    """Whether the claim states a price per a unit ("2 386 dollars la tonne", "$1,516 per
    tonne": a ``rate_words`` word and a unit right after the amount) and the rows hold
    prices per another unit ("USD/oz"), which is never converted; a unit of the same
    family with another prefix ("le kWh" against EUR/MWh) is left to the scales."""
    figure = claim.figure
    if figure is None or figure.currency is None:
        return False
    per = _unit_after_rate_word(claim)
    if per is None:
        return False
    for row in rows:
        unit = row.unit or ""
        head, slash, tail = unit.partition("/")
        if not slash or head.strip() != figure.currency:
            continue
        return _prefix_free(tail.strip()) != _prefix_free(per)
    return False


def _unit_after_rate_word(claim: Claim) -> str | None:
    """The symbol of the unit a rate word puts right after the claim's figure ("la tonne",
    "per tonne", "an ounce": t, oz), or None."""
    assert claim.figure is not None
    at = claim.figure.end - claim.sentence_start
    match = _RATE_WORD.match(claim.sentence, max(0, at))
    if match is None or match[1].casefold() not in time_lexicon(claim.lang).rate_words:
        return None
    unit = unit_after(claim.sentence, match.end(), claim.lang)
    return unit.symbol if unit is not None else None


_RATE_WORD = re.compile(r"\s+([^\W\d_]+'?)\s*")


def _prefix_free(symbol: str) -> str:
    """A unit's symbol without a metric prefix ("MWh" and "kWh": "Wh")."""
    return symbol[1:] if len(symbol) > 1 and symbol[0] in "kMGT" and symbol[1].isupper() else symbol


def _price_of(claim_dimension: str, dimension: str) -> bool:
    """Whether an amount of money is a price the metric holds per some unit ("9 700
    euros" against EUR/m2, "le mètre carré s'échangeait à 9 700 euros"): what the price is
    of, the metric's name says."""
    return (
        is_currency(claim_dimension)
        and dimension.startswith(claim_dimension)
        and dimension[len(claim_dimension) : len(claim_dimension) + 1] == "/"
    )


# How many entities holding a metric of their own are tried for a claim that names none.
_SOLE_HOLDERS_TRIED = 64
_IN_FULL = 100.0  # the score of a metric whose every word the measure holds


def _sole_holder(claim: Claim, reference: Reference) -> int | None:
    """The one entity whose own metric (a metric no other entity holds) the claim's measure
    names in full, when the claim names no entity: "Le Smic brut mensuel s'élève à 1 801,80
    euros" against a reference where only France holds the Smic. None when no such entity,
    when several would do, or when the reference has too many to try."""
    sole = reference._sole_metrics()
    holders = set(sole.values())
    if not holders or len(holders) > _SOLE_HOLDERS_TRIED or not claim.measure.noun:
        return None
    terms = _claim_terms(claim)
    scale = _measured_scale(claim)
    # vague words ("people") name no one's metric: only one the sentence names whole counts,
    # not the one metric of the figure's unit an entity has
    least = _SENTENCE_SCORE if not terms or _only_vague(terms, claim.lang) else 1.0
    found: set[int] = set()
    fitting: set[int] = set()  # those whose metric the words name in full, in the unit
    for eid in holders:
        metric = _match_metric(reference, eid, claim, terms, scale, False)
        if metric is not None and metric[1] >= least and metric[0] in sole:
            found.add(eid)
            if metric[2] and metric[1] >= _IN_FULL:
                fitting.add(eid)
    if len(fitting) == 1 and _home_entity(claim, reference) not in found:
        # "payrolls increased by 73,000 jobs": the US's count of jobs (a doubt the home
        # place could settle is left to it: "culminait à 113 % du PIB", in French)
        found = fitting
    if len(found) != 1:
        return None
    if _names_shared_metric(reference, terms, sole):
        return None  # "les prix de l'alimentation": a metric several entities hold, named
    return found.pop()


def _claim_scale(claim: Claim) -> Scale | None:
    """The scale a metric must fit: the figure's; for a change, any for a relative one (a
    rise in % may be of a metric in any unit), percentages for one in points ("le chômage a
    reculé de 1,15 point"; basis points are a hundredth of one), the figure's for an amount
    ("la dette a augmenté de 40,5 milliards d'euros": a metric in euros)."""
    figure = claim.figure
    scale = _figure_scale(figure)
    if claim.kind is not ClaimKind.CHANGE or figure is None:
        return scale
    bare = figure.unit is None and figure.currency is None
    if bare and points_of_a_share(figure.noun, claim.lang):
        scale = Scale(POINTS, 1.0)  # "de 1,15 point", "1 point de part de marché"
    if scale is not None and scale.dimension == PERCENT:
        return _ANY  # a relative change fits a metric in any unit
    if scale is not None and scale.dimension == POINTS:
        return Scale(PERCENT, scale.factor)  # a difference of percentages
    return scale


def _measured_scale(claim: Claim) -> Scale | None:
    """The scale a metric must fit when a claim names no entity (:func:`_claim_scale`),
    none without a figure."""
    return None if claim.figure is None else _claim_scale(claim)


def _names_shared_metric(
    reference: Reference, claim_terms: frozenset[str], sole: Mapping[int, int]
) -> bool:
    """Whether the claim's words hold in full the name or an alias of a metric several
    entities hold: such a claim names no entity's own metric, whatever else half-fits."""
    return any(
        mid not in sole and any(alias and alias <= claim_terms for alias in aliases)
        for mid, aliases in reference._terms_of_metrics().items()
    )


def _home_entity(claim: Claim, reference: Reference) -> int | None:
    """The reference's entity for the home place of the claim's language, if any."""
    home = check_lexicon(claim.lang).home_place
    if home is None:
        return None
    found = reference._match_entity_ids(home, FUZZY_THRESHOLD, _articles(claim.lang))
    return found[0][0] if found is not None and len(found[0]) == 1 else None


def _home_holder(claim: Claim, reference: Reference, is_event: bool = False) -> int | None:
    """The home place of the claim's language (``home_place`` of check.toml: France for
    French news), when the claim names no entity and that place holds a metric its measure
    names in full: "Les prix de l'alimentation ont augmenté de 11,8 % en 2023". None when
    the language has none, the reference lacks it, or no metric of it fits."""
    if not (claim.measure.noun or (is_event and claim.measure.verb)):
        return None
    eid = _home_entity(claim, reference)
    if eid is None:
        return None
    scale = None if is_event else _measured_scale(claim)
    metric = _match_metric(reference, eid, claim, _claim_terms(claim), scale, is_event)
    if is_event:
        # "La réforme des retraites a été promulguée le 14 avril 2023"; or an event metric
        # the sentence names whole: "Le trimestre anti-inflation a été lancé le 15 mars 2023"
        return eid if metric is not None and metric[1] >= _SENTENCE_SCORE and metric[2] else None
    return eid if metric is not None and metric[1] >= 1.0 else None


def _match_metric(
    reference: Reference,
    eid: int,
    claim: Claim,
    claim_terms: frozenset[str],
    claim_scale: Scale | None,
    is_event: bool,
) -> tuple[int, float, bool] | None:
    """The metric the claim measures, its score, and whether its unit fits the figure."""
    candidates = reference._entity_has(eid)
    if not candidates:
        return None
    by_terms = reference._terms_of_metrics()
    scored: list[tuple[float, int, int]] = []  # coverage, matched terms, metric
    # A metric's coverage of a set of terms is the same for every claim and entity:
    # computed once per (terms, metric) and kept with the reference.
    known = reference._term_coverage.get(claim_terms)
    if known is None:
        if len(reference._term_coverage) >= _COVERAGE_CACHE:
            reference._term_coverage.clear()
        known = reference._term_coverage[claim_terms] = {}
    for mid in candidates:
        best = known.get(mid)
        if best is None:
            best = (0.0, 0)
            for alias in by_terms.get(mid, ()):
                shared = len(alias & claim_terms)
                if shared:
                    best = max(best, (shared / len(alias), shared))
            known[mid] = best
        if best[0] >= _METRIC_MIN_COVERAGE:
            scored.append((best[0], best[1], mid))
    generic_only = False
    if scored and claim.measure.noun and min(scored)[0] < 1.0:
        # A metric met only on a generic head ("taux" of "taux de chômage") is no match for
        # a measure with words of its own ("le taux d'emploi des seniors": emploi, senior),
        # nor is a metric whose name merely looks like it ("employment" ~ "unemployment")
        scored = _distinct_matches(claim, scored, by_terms)
        generic_only = not scored
    if not scored and claim.sentence:
        # The measure's own words name no metric ("373 millions de tonnes"): a metric
        # whose every word is in the sentence ("émissions de gaz à effet de serre").
        scored = _named_in_sentence(claim, candidates, by_terms)
    if not scored and claim_terms and not generic_only:
        phrase = " ".join(sorted(claim_terms))
        for mid in candidates:
            for alias in by_terms.get(mid, ()):
                score = fuzz.token_set_ratio(phrase, " ".join(sorted(alias))) / 100
                if score * 100 >= _METRIC_FUZZY:
                    scored.append((score, 0, mid))
    if not scored and claim_terms and not generic_only:
        sharing = _only_sharing(
            reference, eid, claim, claim_terms, candidates, claim_scale, is_event
        )
        if sharing is not None:
            return sharing
    if not scored:
        if claim_terms and not _only_vague(claim_terms, claim.lang):
            return None
        # No measure words at all ("la France compte 68 millions"), or only vague ones
        # ("le CAC 40 s'établissait à 7 380 points", "the CAC 40 lost 5% in 2024"): only an
        # entity with a single metric of the figure's unit can be meant.
        only = [m for m in candidates if _metric_fits(reference, eid, m, claim_scale, is_event)]
        return (only[0], 50.0, True) if len(only) == 1 else None
    if len(scored) > 1:
        scored.sort(key=lambda s: (-s[0], -s[1], reference._metric_name(s[2])))
        if scored[0][0] < 1.0 and claim.sentence:
            # the measure names none in full ("le taux de réussite"): the metric whose
            # longest alias the sentence holds whole, if one ("Au bac général, le taux de
            # réussite …" is the general baccalauréat's, not every baccalauréat's)
            whole = _longest_named(reference, eid, claim, scored, candidates, by_terms, claim_scale)
            if whole is not None:
                return whole
    # The best-scored metric whose unit fits, unless another of the same score fits too;
    # metrics scored lower are never tested.
    # (A metric may be scored more than once, by several of its aliases.)
    top: tuple[float, int, int] | None = None
    tied: list[int] = []
    for entry in scored:
        if top is not None and (entry[0], entry[1]) != (top[0], top[1]):
            break
        if _metric_fits(reference, eid, entry[2], claim_scale, is_event):
            if top is None:
                top = entry
            if entry[2] not in tied:
                tied.append(entry[2])

    if len(tied) > 1 and claim_scale is _ANY:
        # a relative change tied between an amount and a percentage of the same name ("la
        # DIRD a bondi de 4,7 %" between R&D spending in euros and in % of GDP): the amount
        # rose by 4.7 %; a ratio's change is told in points
        amounts = [m for m in tied if PERCENT not in reference._profile(eid, m)[0]]
        if len(amounts) == 1:
            assert top is not None
            return amounts[0], round(100 * top[0], 1), True
    if len(tied) > 1:
        # "le rendement du blé tendre" meets "rendement du blé" and "blé tendre" (the
        # harvest) alike: the one metric whose alias holds the measure's head
        head = _head_term(claim)
        headed = [m for m in tied if any(head in a for a in by_terms.get(m, ()))] if head else []
        if len(headed) == 1:
            assert top is not None
            return headed[0], round(100 * top[0], 1), True
    if len(tied) > 1:
        # two metrics fit the words equally well ("life expectancy" for women and for
        # men): the one whose longer alias the sentence holds whole ("Life expectancy for
        # Japanese men"), else it is ambiguous
        named = sorted(_named_in_sentence(claim, tied, by_terms), key=lambda f: -f[1])
        if not named:
            # none of them is: a metric of the figure's unit the sentence names whole with
            # more words ("les centrales à gaz ont produit 40 TWh d'électricité" between
            # wind and solar power, met on "électricité" and "produit" alone)
            others = [
                m
                for m in candidates
                if m not in tied and _metric_fits(reference, eid, m, claim_scale, is_event)
            ]
            named = sorted(_named_in_sentence(claim, others, by_terms), key=lambda f: -f[1])
            assert top is not None
            if named and named[0][1] > top[1] and (len(named) == 1 or named[1][1] < named[0][1]):
                return named[0][2], _SENTENCE_SCORE, True
            rarest = _rarest_match(claim_terms, tied, candidates, by_terms)
            return None if rarest is None else (rarest, round(100 * top[0], 1), True)
        if len(named) > 1 and named[1][1] == named[0][1]:
            # still tied ("l'inflation française" between "inflation" and
            # "hicp_inflation", whose aliases fold "IPCH" into inflation): the one metric
            # whose own name's every word the sentence writes, if only one
            level = [m for _, n, m in named if n == named[0][1]]
            distinct = _distinct_in_sentence(claim, level, by_terms)
            if len(distinct) == 1:
                # "won 41.5% of the vote in the runoff": "vote" names both rounds' shares,
                # "runoff" only the second's
                assert top is not None
                return distinct[0], round(100 * top[0], 1), True
            spelled = _spelled_in_sentence(reference, claim, level)
            if len(spelled) != 1:
                rarest = _rarest_match(claim_terms, level, candidates, by_terms)
                assert top is not None
                return None if rarest is None else (rarest, round(100 * top[0], 1), True)
            assert top is not None
            return spelled[0], round(100 * top[0], 1), True
        assert top is not None
        within = _named_within(claim, named[0][2], candidates, by_terms)
        if within is not None and _metric_fits(reference, eid, within, claim_scale, is_event):
            return within, _SENTENCE_SCORE, True
        return named[0][2], round(100 * top[0], 1), True
    if top is not None and top[0] < 1.0 and claim.sentence:
        # The measure's words half-name a metric ("89 TWh d'électricité": électricité of
        # "production d'électricité"): a metric of the figure's unit the sentence names
        # whole with more words wins ("un solde exportateur record de 89 TWh").
        # (only a metric with an alias longer than the words met can win: the others are
        # left out before their unit and the sentence are read, which changes no outcome)
        longer = top[1]
        longest = reference._longest_aliases()
        fitting = [
            m
            for m in candidates
            if m != top[2]
            and longest.get(m, 0) > longer
            and _metric_fits(reference, eid, m, claim_scale, is_event)
        ]
        named = (
            sorted(_named_in_sentence(claim, fitting, by_terms), key=lambda f: -f[1])
            if fitting
            else []
        )
        if named and named[0][1] > longer and (len(named) == 1 or named[1][1] < named[0][1]):
            return named[0][2], _SENTENCE_SCORE, True
    if top is not None and top[0] == 1.0 and claim.sentence:
        # A metric named whole, but the measure has words it leaves out ("526 409 voitures
        # électriques à batterie" against "voitures vendues" and "voitures électriques à
        # batterie"): a metric of the figure's unit whose longer alias the sentence writes
        # whole, with those words, wins
        covered = frozenset().union(*(a for a in by_terms.get(top[2], ()) if a <= claim_terms))
        left = claim_terms - covered
        if left:
            # Only a metric with such an alias (longer, with some of those words) can win: it
            # is told by its aliases alone, before its unit and the sentence are read.
            longer = top[1]
            widening = reference._metrics_wider(left, longer)
            fitting = (
                [
                    m
                    for m in candidates
                    if m != top[2]
                    and m in widening
                    and _metric_fits(reference, eid, m, claim_scale, is_event)
                ]
                if widening
                else []
            )
            wider = _named_with(claim, fitting, by_terms, left, longer) if fitting else []
            if len(wider) == 1:
                return wider[0], _SENTENCE_SCORE, True
        narrowed = _narrowed_by_name(reference, eid, claim, claim_terms, top[2], candidates)
        if narrowed is not None and _metric_fits(reference, eid, narrowed, claim_scale, is_event):
            return narrowed, _SENTENCE_SCORE, True
        if not is_event:
            # "Les ventes de Dupixent ont bondi de 22 %", "Sales of Pfizer's vaccine
            # Comirnaty fell to $5.4 billion": the product's sales, not the company's, when
            # the figure's clause writes whole a longer alias holding the words met
            product = _widened_in_clause(claim, top[2], candidates, by_terms, claim_terms)
            if product is not None and _metric_fits(reference, eid, product, claim_scale, False):
                return product, _SENTENCE_SCORE, True
        if claim_scale is _ANY:
            rate = _rate_named_in_sentence(reference, eid, claim, top, candidates)
            if rate is not None:
                return rate, _SENTENCE_SCORE, True
    if top is None:
        # The measure's metric has another unit ("13,6 % des immatriculations" against a
        # count): a metric of the figure's unit named elsewhere in the sentence ("les
        # voitures électriques ont représenté 13,6 % …" → their share), if one alone is.
        other = _fitting_in_sentence(reference, eid, claim, candidates, claim_scale, is_event)
        if other is not None:
            return other
        first = scored[0]
        return first[2], round(100 * first[0], 1), False
    return top[2], round(100 * top[0], 1), True


def _figure_clause(claim: Claim, reaching: Sequence[frozenset[str]]) -> frozenset[str]:
    """The light lemmas of the clause of the claim's sentence that holds its figure (between
    the commas, semicolons or colons around it), widened back to the clause that holds one
    of ``reaching`` (the measure's words: "Les ventes de Wegovy ont presque doublé en 2024, à
    58,2 milliards"); a description standing for the subject ("The Wegovy maker") is left
    out."""
    if claim.figure is None:
        return frozenset()
    sentence = claim.sentence
    span = claim.subject_span
    if claim.subject_inferred and span is not None:
        at = span.start - claim.sentence_start
        if at >= 0 and at + len(span.text) <= len(sentence):
            sentence = sentence[:at] + " " * len(span.text) + sentence[at + len(span.text) :]
    start = claim.figure.start - claim.sentence_start
    end = claim.figure.end - claim.sentence_start
    after = _CLAUSE_MARKS.search(sentence, end)
    stop = after.start() if after else len(sentence)
    marks = [m.end() for m in _CLAUSE_MARKS.finditer(sentence[:start])]
    clause = frozenset(terms(sentence[marks[-1] if marks else 0 : stop], claim.lang))
    while marks and not any(a <= clause for a in reaching):
        marks.pop()
        clause = frozenset(terms(sentence[marks[-1] if marks else 0 : stop], claim.lang))
    return clause


def _widened_in_clause(
    claim: Claim,
    mid: int,
    candidates: Sequence[int],
    by_terms: Mapping[int, tuple[frozenset[str], ...]],
    claim_terms: frozenset[str],
) -> int | None:
    """The one other metric with an alias that holds an alias of ``mid`` the measure names
    whole, and more words, all of them in the figure's clause and none of the measure
    ("ventes de Dupixent" over "ventes"): the longest such alias wins; None when none or two
    tie."""
    met = [a for a in by_terms.get(mid, ()) if a <= claim_terms]
    if not met:
        return None
    wider = [
        a for m in candidates if m != mid for a in by_terms.get(m, ()) if any(i < a for i in met)
    ]
    if not wider:
        return None  # no alias holds the one met: the usual case, no clause to read
    clause = _figure_clause(claim, met)
    # the words added name what is sold (a product), outside the measure: neither a word of
    # the measure, nor a generic head or a direction ("GDP growth" is no wider "GDP")
    vague = generic_terms(claim.lang) | _point_terms(claim.lang)
    named = frozenset(
        t for t in clause - claim_terms if t not in vague and not direction((t,), claim.lang)
    )
    best: list[tuple[int, int]] = []
    for m in candidates:
        if m == mid:
            continue
        size = max(
            (
                len(a)
                for a in by_terms.get(m, ())
                if any(i < a and a - i <= named for i in met) and a <= clause
            ),
            default=0,
        )
        if size:
            best.append((size, m))
    best.sort(reverse=True)
    if not best or (len(best) > 1 and best[1][0] == best[0][0]):
        return None
    return best[0][1]


def _rate_named_in_sentence(
    reference: Reference,
    eid: int,
    claim: Claim,
    top: tuple[float, int, int],
    candidates: Sequence[int],
) -> int | None:
    """For a relative change in %, the one metric in % (a rate of growth) whose alias of
    more words than the measure met the sentence holds whole: "À magasins comparables, les
    ventes du groupe Carrefour ont augmenté de 6,3 %" is the like-for-like growth the
    reference states, not the change of its revenue."""
    rates = [m for m in candidates if m != top[2] and PERCENT in reference._profile(eid, m)[0]]
    if not rates:
        return None  # most entities: no metric in % beside the one met
    by_terms = reference._terms_of_metrics()
    sentence = _sentence_terms(claim)
    # words of the change itself name no rate: "France's GDP grew 6.2% in nominal terms" is
    # the change of its GDP, not the "GDP growth" metric (real growth)
    said = frozenset(claim.measure.terms) | change_terms(claim.lang)
    found = [
        m
        for m in rates
        if any(len(a) > top[1] and a <= sentence and not a <= said for a in by_terms.get(m, ()))
    ]
    return found[0] if len(found) == 1 else None


def _narrowed_by_name(
    reference: Reference,
    eid: int,
    claim: Claim,
    claim_terms: frozenset[str],
    top: int,
    candidates: Sequence[int],
) -> int | None:
    """The one other metric of the entity named by the measure's words and by words of the
    entity's own name the sentence writes: "2.5 million tickets were sold for the Paris
    Paralympics" (the Paralympic tickets, not all the Games' tickets), "billets pour les
    Jeux paralympiques"."""
    own = reference._terms_of_entity(eid) - claim_terms
    if not own:
        return None
    by_terms = reference._terms_of_metrics()
    within = claim_terms | own
    # the aliases such words may complete, told by the aliases alone (most claims: none),
    # before the sentence is read
    completed = [
        (m, a - claim_terms)
        for m in candidates
        if m != top
        for a in by_terms.get(m, ())
        if a <= within and not a <= claim_terms and not a.isdisjoint(claim_terms)
    ]
    if not completed:
        return None
    sentence = _sentence_terms(claim)
    found = {m for m, words in completed if words <= sentence}
    return found.pop() if len(found) == 1 else None


def _only_sharing(
    reference: Reference,
    eid: int,
    claim: Claim,
    claim_terms: frozenset[str],
    candidates: Sequence[int],
    claim_scale: Scale | None,
    is_event: bool,
) -> tuple[int, float, bool] | None:
    """The one metric of the figure's unit that shares a word of what the claim measures,
    when no other of the entity's metrics shares any: "UK borrowing" is the UK's "public
    sector net borrowing" (one word of four), "Britain borrowed £131.7bn" too."""
    own = claim_terms - generic_terms(claim.lang)
    if not own:
        return None
    by_terms = reference._terms_of_metrics()
    sharing: list[tuple[float, int]] = []
    for mid in candidates:
        best = max((len(a & own) / len(a) for a in by_terms.get(mid, ())), default=0.0)
        if best:
            sharing.append((best, mid))
    if len(sharing) != 1:
        return None
    score, mid = sharing[0]
    if not _metric_fits(reference, eid, mid, claim_scale, is_event):
        return None
    return mid, round(100 * score, 1), True


def _head_term(claim: Claim) -> str | None:
    """The term of the measure noun's head: its first word in French ("rendement du blé
    tendre"), in English the last before a link ("wheat yield", "the yield of wheat")."""
    noun = claim.measure.noun
    if not noun:
        return None
    lex = claim_words(claim.lang)
    words = noun.replace("'", " ").split()
    if lex.head_last:
        for i, word in enumerate(words):
            if word.casefold() in lex.noun_links:
                words = words[:i]
                break
    if not words:
        return None
    found = terms(words[-1] if lex.head_last else words[0], claim.lang)
    return found[0] if found else None


def _cognates(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two single modifiers are one word in two languages ("publiq", "public"):
    they open with the same four letters."""
    if len(ours) != 1 or len(theirs) != 1:
        return False
    (a,), (b,) = ours, theirs
    return a[:4] == b[:4]


def _distinct_matches(
    claim: Claim,
    scored: list[tuple[float, int, int]],
    by_terms: Mapping[int, tuple[frozenset[str], ...]],
) -> list[tuple[float, int, int]]:
    """The scored metrics less those partly matched that share none of the measure's
    distinctive words, when it has some."""
    assert claim.measure.noun is not None
    distinct = distinctive_terms(claim.measure.noun, claim.lang)
    if not distinct:
        return scored  # "le taux": a head alone names whatever the metric is
    kept = []
    generic = generic_terms(claim.lang)
    head = _head_term(claim) if len(distinct) == 2 else None
    for entry in scored:
        if entry[0] >= 1.0:
            kept.append(entry)
            continue
        for alias in by_terms.get(entry[2], ()):
            if alias.isdisjoint(distinct):
                continue
            if (
                head is not None
                and len(alias - generic) == 2
                and distinct & alias == {head}
                and not _cognates(distinct - alias, alias - generic - distinct)
            ):
                # "gross margin" and "operating margin", "barley harvest" and "wheat
                # harvest": one head, a modifier each that the other lacks: two measures
                continue
            kept.append(entry)
            break
    return kept


def _named_with(
    claim: Claim,
    candidates: Sequence[int],
    by_terms: Mapping[int, tuple[frozenset[str], ...]],
    words: frozenset[str],
    longer_than: int,
) -> list[int]:
    """The metrics with an alias of more than ``longer_than`` words, every one of them in
    the claim's sentence, and some of them among ``words``."""
    sentence = _sentence_terms(claim)
    return [
        m
        for m in candidates
        if any(
            len(a) > longer_than and a <= sentence and not a.isdisjoint(words)
            for a in by_terms.get(m, ())
        )
    ]


def _distinct_in_sentence(
    claim: Claim, mids: Sequence[int], by_terms: Mapping[int, tuple[frozenset[str], ...]]
) -> list[int]:
    """The metrics of ``mids`` with an alias the sentence writes whole that no other of
    them has ("runoff" of the second round's vote share, against "vote" of both rounds)."""
    sentence = _sentence_terms(claim)
    found = []
    for m in mids:
        others = {a for o in mids if o != m for a in by_terms.get(o, ())}
        if any(a <= sentence and a not in others for a in by_terms.get(m, ())):
            found.append(m)
    return found


def _only_vague(claim_terms: frozenset[str], lang: str) -> bool:
    """Whether a measure's words only say how a figure moved or name a generic head or
    points ("lost", "gagné", "points", "niveau"): words that name no metric."""
    vague = generic_terms(lang) | _point_terms(lang)
    return all(t in vague or direction((t,), lang) for t in claim_terms)


@functools.cache
def _point_terms(lang: str) -> frozenset[str]:
    """The lemmas of "points" (an index level's unit, in both languages)."""
    return frozenset(terms("point points", lang))


def _spelled_in_sentence(reference: Reference, claim: Claim, mids: Sequence[int]) -> list[int]:
    """The metrics whose name's every word, as written, is a word of the claim's sentence
    ("inflation", not "hicp_inflation", in "l'inflation française a reculé")."""
    words = frozenset(_WORDS.findall(fold(claim.sentence).casefold()))
    return [
        m
        for m in mids
        if (name := _WORDS.findall(fold(reference._metric_name(m)).casefold().replace("_", " ")))
        and words.issuperset(name)
    ]


def _sentence_terms(claim: Claim) -> frozenset[str]:
    """The light lemmas of the claim's sentence."""
    return frozenset(terms(claim.sentence, claim.lang))


def _named_in_sentence(
    claim: Claim, candidates: Sequence[int], by_terms: Mapping[int, tuple[frozenset[str], ...]]
) -> list[tuple[float, int, int]]:
    """Metrics with an alias whose every word is in the claim's sentence: (score, number
    of words of the longest such alias, metric)."""
    words = _sentence_terms(claim)
    figure = claim.figure
    if (
        claim.kind is ClaimKind.QUANTITY
        and figure is not None
        and figure.kind is MentionKind.PERCENT
        and figure.unit != POINTS
    ):
        # a percent figure states a share or a rate by itself ("59.4% of the electricity
        # fed into the grid" is renewables' share of it)
        words |= percent_heads()
    found = []
    for mid in candidates:
        longest = max((len(a) for a in by_terms.get(mid, ()) if a <= words), default=0)
        if longest:
            found.append((_SENTENCE_SCORE / 100, longest, mid))
    return found


def _named_within(
    claim: Claim,
    mid: int,
    candidates: Sequence[int],
    by_terms: Mapping[int, tuple[frozenset[str], ...]],
) -> int | None:
    """The one other metric whose alias the sentence writes in a run of words holding the
    words of the longest alias of ``mid`` it writes so: "Les tentatives d'homicide ont
    explosé : plus de 4 000 victimes" writes "homicide" only inside "tentatives
    d'homicide" (and "victimes d'homicide" not at all, its words being apart)."""
    run = tuple(terms(claim.sentence, claim.lang))

    def written(alias: frozenset[str]) -> bool:
        size = len(alias)
        return any(frozenset(run[i : i + size]) == alias for i in range(len(run) - size + 1))

    inner = max((a for a in by_terms.get(mid, ()) if written(a)), key=len, default=None)
    if inner is None:
        return None
    wider = [
        m
        for m in candidates
        if m != mid
        and any(len(a) > len(inner) and inner < a and written(a) for a in by_terms.get(m, ()))
    ]
    return wider[0] if len(wider) == 1 else None


def _fitting_in_sentence(
    reference: Reference,
    eid: int,
    claim: Claim,
    candidates: Sequence[int],
    claim_scale: Scale | None,
    is_event: bool,
) -> tuple[int, float, bool] | None:
    """The one metric of the figure's unit whose alias the sentence holds, preferring the
    longest alias; None when there is none or two tie."""
    if not claim.sentence or claim_scale is None or claim_scale is _ANY:
        return None
    fitting = [m for m in candidates if _metric_fits(reference, eid, m, claim_scale, is_event)]
    if not fitting:
        return None
    found = _named_in_sentence(claim, fitting, reference._terms_of_metrics())
    if not found:
        return None
    found.sort(key=lambda f: -f[1])
    if len(found) > 1 and found[1][1] == found[0][1]:
        return None
    return found[0][2], _SENTENCE_SCORE, True


def _metric_fits(
    reference: Reference, eid: int, mid: int, claim_scale: Scale | None, is_event: bool
) -> bool:
    dimensions, events, _ = reference._profile(eid, mid)
    if is_event:
        return events
    if claim_scale is _ANY:
        return bool(dimensions)
    return claim_scale is not None and _fits_dimension(claim_scale.dimension, dimensions)


def _counted_units(
    reference: Reference, eid: int, mid: int, claim: Claim, claim_scale: Scale | None
) -> Scale | None:
    """A count's scale for a figure in a unit that the metric counts: "2,43 millions de
    barils équivalent pétrole par jour" against a plain count (stored in thousands) whose
    alias names the barrels ("barils équivalent pétrole par jour"). None when the figure
    has no unit, the metric holds no counts, or no alias names the unit."""
    figure = claim.figure
    if (
        figure is None
        or figure.unit is None
        or claim_scale is None
        or claim_scale is _ANY
        or claim_scale.dimension in ("", PERCENT, POINTS)
        or _COUNT not in reference._profile(eid, mid)[0]
    ):
        return None
    said = _unit_terms(figure.unit, claim.lang)  # "barils", "barrel" for bbl
    if not any(said & alias for alias in reference._terms_of_metrics().get(mid, ())):
        return None
    return Scale(_COUNT, claim_scale.factor)


@functools.cache
def _unit_terms(symbol: str, lang: str) -> frozenset[str]:
    """The term keys of the names of a unit in the units lexicon of ``lang`` ("baril",
    "barils" for bbl), read once per unit and language."""
    entry = units_lexicon(lang).units.get(symbol)
    if entry is None:
        return frozenset()
    return frozenset(key for word in entry.words for key in terms(word, lang))


_COUNT = ""  # the dimension of plain counts ("thousand", no unit)


def _names_a_missing_share(
    reference: Reference, mid: int, claim_scale: Scale | None, claim_terms: frozenset[str]
) -> bool:
    """Whether a percentage whose words name a share or a rate ("a 40% share of the
    audience", "le taux d'élucidation des cambriolages") meets a metric of amounts not
    named so: the claim's measure is one the reference lacks (unknown_metric). A share
    with no such word ("24 % des abonnés à la fibre") stays a unit clash with the count
    it names, and so does a rate the metric is named as ("le taux de fécondité a chuté à
    1,62 %", against children per woman)."""
    if claim_scale is None or claim_scale is _ANY or claim_scale.dimension != PERCENT:
        return False
    heads = percent_heads()
    if not claim_terms & heads:
        return False
    return not any(alias & heads for alias in reference._terms_of_metrics().get(mid, ()))


@functools.lru_cache(maxsize=4096)
def _fits_dimension(dimension: str, dimensions: frozenset[str]) -> bool:
    """Whether a figure of ``dimension`` fits a metric whose figures have ``dimensions``
    (its own, or a price the metric holds per some unit): read once per pair, the units of
    a text and of a reference being few."""
    return dimension in dimensions or any(_price_of(dimension, d) for d in dimensions)


# ---------------------------------------------------------------- alignment


def _claim_period(claim: Claim) -> Period | None:
    time = claim.time
    return time.period if time is not None else None


def _align(claim: Claim, rows: Sequence[Row], moment: datetime) -> _Aligned | Reason:
    """The reference figure(s) for the claim's period, or why there are none."""
    if not rows:
        return Reason.NO_DATA
    stocks = sum(1 for r in rows if r.kind is RecordKind.STOCK)
    stock = stocks > len(rows) / 2
    if stocks != (len(rows) if stock else 0):  # a mixed series: the majority's kind
        rows = tuple(r for r in rows if (r.kind is RecordKind.STOCK) == stock)
    time = claim.time
    period = time.period if time is not None else None
    relation = time.relation if time is not None else None
    if claim.duration is not None and (period is None or relation is Relation.SINCE):
        return _align_duration(claim.duration, rows, stock, period)
    if (
        period is None
        or _the_present(period, relation, moment)
        or (stock and _today(period, relation, moment))
    ):
        # no stated time, or "now", "currently", "actuellement": the same; a level "today",
        # "aujourd'hui" (a day that holds the moment) too
        return _latest(rows, stock, moment)
    if relation in (Relation.BY, Relation.UNTIL, Relation.BEFORE):
        if period.end > moment:
            return Reason.NOT_YET_DUE
        return _stock_at(rows, period) if stock else _tile(rows, period)
    if relation is Relation.AFTER:
        return Reason.NOT_CHECKABLE
    if relation is Relation.SINCE:
        if stock:
            # "to £1,720 a year from July 1", "from April 2026": the level that applies from
            # that day or the first that starts within that month, when a record does; else
            # the latest
            starting = _starting_in(rows, period)
            return starting if starting is not None else _latest(rows, True, moment)
        ended = [r for r in rows if r.end <= moment and r.start >= period.start]
        if not ended:
            # "will rise to £603 a year from April", written in February: the flow of the
            # period that starts within that month, announced ahead, when a record holds it
            starting = _starting_in(rows, period) if period.end > moment else None
            return starting if starting is not None else Reason.NO_DATA
        span = Period(start=period.start, end=max(r.end for r in ended), grain=period.grain)
        return _tile(rows, span)
    if not stock:
        return _tile(rows, period)
    aligned = _stock_at(rows, period)
    if aligned is Reason.NO_DATA and _decided_on(claim, period, moment):
        # "La BCE a abaissé jeudi son taux de dépôt à 3,5 %", against levels recorded from
        # the day each decision took effect: the level decided, which starts a few days on
        effective = Period(start=period.start, end=period.start + _TAKES_EFFECT, grain="day")
        decided = _starting_in(rows, effective)
        if decided is not None:
            return decided
    if period.end > moment and isinstance(aligned, _Aligned) and aligned.period.end <= period.start:
        # "vise 290 millions d'abonnés à la fin de l'année 2025", said in November: the
        # level at the period's start says nothing of its end, still to come
        return Reason.NOT_YET_DUE
    return aligned


def _decided_on(claim: Claim, period: Period, moment: datetime) -> bool:
    """Whether the claim states a level decided on a past day: a single day over, and a
    verb that moves the level ("a abaissé", "cut", "raised")."""
    verb = claim.measure.verb
    return (
        verb is not None
        and period.grain == "day"
        and period.end - period.start == _DAY
        and period.end <= moment
        and direction(terms(verb, claim.lang), claim.lang) != 0
    )


_TAKES_EFFECT = timedelta(days=8)  # how long after a decision the level it sets may start


_MOMENTS = ("second", "minute")  # the grains of a time that may be the present


def _the_present(period: Period, relation: Relation | None, moment: datetime) -> bool:
    """Whether a claim's time is the moment it is checked at ("is now 5%", "is currently
    £1,738", "est actuellement de 7,4 %"): a second or a minute that holds it."""
    return (
        relation is Relation.IN and period.grain in _MOMENTS and period.start <= moment < period.end
    )


def _today(period: Period, relation: Relation | None, moment: datetime) -> bool:
    """Whether a claim's time is the day it is checked on ("La France compte aujourd'hui
    moins de 400 000 exploitations"): for a level, the present."""
    return relation is Relation.IN and period.grain == "day" and period.start <= moment < period.end


_NEAR = timedelta(days=7)  # how far a fiscal period's ends may lie from the months named
_NEAR_SHORTEST = timedelta(days=28)  # the shortest period read so: a month


def _near_period(claim: Claim, rows: Sequence[Row]) -> _Aligned | None:
    """A flow stated for a month, a quarter or a year (or months to a day) read from the
    one period whose start and end each lie within a week of the stated ones: a fiscal
    period of whole weeks ("Tesco's adjusted operating profit was £3.1 billion in the year
    to February" against the 52 weeks to 22 February 2025). None when no such period, or
    several different ones."""
    period = _claim_period(claim)
    time = claim.time
    if period is None or time is None or time.relation not in (None, Relation.IN):
        return None
    if period.end - period.start < _NEAR_SHORTEST:
        return None
    near = [
        r
        for r in rows
        if r.kind is RecordKind.FLOW
        and abs(r.start - period.start) <= _NEAR
        and abs(r.end - period.end) <= _NEAR
    ]
    if not near:
        return _near_chain(rows, period)
    if len({(r.start, r.end) for r in near}) > 1:
        return None
    return _Aligned(_period(near[0].start, near[0].end), _one_each(near))


def _near_chain(rows: Sequence[Row], period: Period) -> _Aligned | None:
    """Flows that follow each other from within a week of the stated start to within a week
    of its end, summed: a fiscal half of whole weeks ("the first half of its fiscal 2025"
    against Apple's first two fiscal quarters, 29 September to 29 March)."""
    flows = [r for r in rows if r.kind is RecordKind.FLOW and r.end <= period.end + _NEAR]
    by_start: dict[datetime, Row] = {}
    for row in flows:
        if row.start >= period.start - _NEAR:
            by_start.setdefault(row.start, row)
    for first in sorted(by_start):
        if first > period.start + _NEAR:
            break
        cursor = first
        while cursor in by_start and cursor < period.end - _NEAR:
            cursor = by_start[cursor].end
        if cursor != first and abs(cursor - period.end) <= _NEAR:
            tiled = _tile(rows, _period(first, cursor))
            return tiled if isinstance(tiled, _Aligned) else None
    return None


def _day_holding(claim: Claim, rows: Sequence[Row]) -> _Aligned | None:
    """A flow stated for a part of a day, read from the records of that whole day ("France
    2 a réuni 23 millions de téléspectateurs vendredi soir" against the audience recorded on
    that Friday). None for a longer period, or no such record."""
    period = _claim_period(claim)
    time = claim.time
    if period is None or time is None or time.relation not in (None, Relation.IN):
        return None
    if period.end - period.start >= _DAY:
        return None
    days = [
        r
        for r in rows
        if r.kind is RecordKind.FLOW
        and r.start <= period.start
        and period.end <= r.end
        and r.end - r.start == _DAY
    ]
    if not days:
        return None
    return _Aligned(_period(days[0].start, days[0].end), _one_each(days))


def _fiscal_year(claim: Claim, rows: Sequence[Row]) -> _Aligned | None:
    """A stated year's flow read from a fiscal year: the one year-long record that
    covers most of the year (Apple's fiscal 2024 runs from October 2023 to September
    2024; a fiscal year April 2023 to March 2024 is 2023's). None when the claim is not
    about a year, or no such record exists."""
    period = _claim_period(claim)
    time = claim.time
    if period is None or time is None or time.relation not in (None, Relation.IN):
        return None
    if (
        _says_fiscal(claim, time)
        and _SPLIT_YEAR.search(time.text) is None
        # not a quarter of it: "fiscal fourth-quarter revenue" is no year's
        and (period.grain in ("year", "day") or _year_long(period.end - period.start))
    ):
        # "fiscal 2025", "l'exercice 2025": the fiscal year ending in that year;
        # "l'exercice clos le 30 juin": the fiscal year ending on that day ("l'exercice
        # 2025-2026" names its two years: see :func:`_split_year`)
        ending = _fiscal_ending(rows, period)
        if ending is not None:
            return ending
    if period.grain != "year" and _year_long(period.end - period.start):
        # "in the year to February 22", "the 12 months to June": the year-long record
        # ending within a week of that day (a year of 52 weeks is a day or two short)
        return _fiscal_ending(rows, _period(period.end - timedelta(days=1), period.end))
    if period.grain != "year":
        return None
    half = (period.end - period.start) / 2
    spans: dict[tuple[datetime, datetime], list[Row]] = {}
    for row in rows:
        if row.kind is not RecordKind.FLOW or not _year_long(row.end - row.start):
            continue
        if min(row.end, period.end) - max(row.start, period.start) > half:
            spans.setdefault((row.start, row.end), []).append(row)
    if len(spans) != 1:
        return None
    (start, end), chosen = next(iter(spans.items()))
    return _Aligned(_period(start, end), _one_each(chosen))


def _split_year(claim: Claim, rows: Sequence[Row], written: bool = True) -> _Aligned | None:
    """A year written split across two ("in 2023-24", "la saison 2023-2024", "l'exercice
    2024-2025"): the one span of flows across the new year between them that the records
    hold (April to March, October to February), when no record covers both years whole.
    None otherwise. Unless ``written``, a level's two years need not be written so ("It was
    89.3% a year earlier", after "in 2023-24", is the span a year before)."""
    time = claim.time
    period = time.period if time is not None else None
    if (
        time is None
        or period is None
        or period.grain != "year"
        or time.relation not in (None, Relation.IN)
        or (written and _SPLIT_YEAR.search(time.text) is None)
        or period.start.month != 1
        or period.start.day != 1
        or period.end != datetime(period.start.year + 2, 1, 1, tzinfo=period.start.tzinfo)
    ):
        return None
    boundary = datetime(period.start.year + 1, 1, 1, tzinfo=period.start.tzinfo)
    spans: dict[tuple[datetime, datetime], list[Row]] = {}
    for row in rows:
        if row.kind is not RecordKind.FLOW:
            continue
        if row.start == period.start and row.end == period.end:
            return None  # the two years whole are recorded: the span as written
        if period.start < row.start < boundary < row.end < period.end:
            spans.setdefault((row.start, row.end), []).append(row)
    if len(spans) != 1:
        return None
    (start, end), chosen = next(iter(spans.items()))
    return _Aligned(_period(start, end), _one_each(chosen))


_SPLIT_YEAR = re.compile(r"\d{4}\s*[-/–]\s*\d{2}(?:\d{2})?\b")


def _fiscal_quarter(
    claim: Claim, reference: Reference, eid: int, mid: int, moment: datetime
) -> Claim:
    """A quarter or a half "of its fiscal year" ("au premier trimestre de son exercice", "in
    the first quarter of its fiscal year", "the first half of its fiscal 2025") is that part
    of the fiscal years the series records (year-long rows all starting in one month: April
    at Ryanair), of the fiscal year named (ending in that year), else the latest one over
    by the publication date; the claim unchanged otherwise."""
    time = claim.time
    period = time.period if time is not None else None
    if time is None or period is None or period.grain != "quarter":
        return claim
    months = next((m for m in (3, 6) if _add_months(period.start, m) == period.end), None)
    if months is None:
        return claim  # neither a quarter nor a half
    offset = time.end - claim.sentence_start
    after = claim.sentence[max(0, offset) : max(0, offset) + _FISCAL_REACH]
    if not (_says_fiscal(claim, time) or says_fiscal(after, claim.lang)):
        return claim
    starts = _fiscal_starts(reference._rows(eid, mid))
    if not starts:
        # a series recorded by quarters only ("dont 51,2 milliards dans les centres de
        # données"): the company's fiscal year, read from its other series
        for other in reference._entity_has(eid):
            starts |= _fiscal_starts(reference._rows(eid, other))
    if len(starts) != 1:
        return claim
    first = starts.pop()
    if first == 1:
        return claim  # fiscal years are calendar years: the quarter as read
    part = (period.start.month - 1) // months  # 0 for the first quarter or half
    named = _NAMED_YEAR.search(time.text)
    if named is not None:
        # "the fourth quarter of fiscal 2026": of the fiscal year ending in 2026
        start = _add_months(datetime(int(named[0]) - 1, first, 1), months * part)
    else:
        start = _add_months(datetime(moment.year + 1, first, 1), months * part)
        while _add_months(start, months) > moment:
            start = _add_months(start, -12)
    fiscal = Period(start=start, end=_add_months(start, months), grain="quarter")
    return claim.model_copy(update={"time": time.model_copy(update={"period": fiscal})})


_NAMED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written in a fiscal period


def _fiscal_starts(rows: Sequence[Row]) -> set[int]:
    """The months the year-long flow records of a series open (one for a fiscal calendar)."""
    return {
        _month_opened(r.start)
        for r in rows
        if r.kind is RecordKind.FLOW and _year_long(r.end - r.start)
    }


def _year_long(length: timedelta) -> bool:
    """Whether a period lasts a year: twelve months, or a fiscal year of 52 or 53 weeks."""
    return 358 <= length.days <= 372


def _month_opened(start: datetime) -> int:
    """The month a fiscal year beginning on ``start`` opens: its own, or the next when it
    starts in the last days of the month before (Apple's fiscal 2025 begins on 29 September
    2024: an October year)."""
    return (start + _NEAR).month if start.day > 21 else start.month


def _says_fiscal(claim: Claim, time: Mention) -> bool:
    """Whether the claim's time, or the few words before it, name a fiscal year."""
    offset = time.start - claim.sentence_start
    before = claim.sentence[max(0, offset - _FISCAL_REACH) : max(0, offset)]
    return says_fiscal(f"{before} {time.text}", claim.lang)


_FISCAL_REACH = 24  # characters before a time that may say it is fiscal ("son exercice")


def _fiscal_ending(rows: Sequence[Row], period: Period) -> _Aligned | None:
    """The one year-long flow record that ends within a stated year, or within a week of
    a stated day (fiscal years often end on the last Sunday of a month)."""
    spans: dict[tuple[datetime, datetime], list[Row]] = {}
    for row in rows:
        if row.kind is not RecordKind.FLOW or not _year_long(row.end - row.start):
            continue
        if period.grain == "year":
            inside = period.start < row.end <= period.end
        else:
            inside = abs(row.end - period.end) <= _NEAR
        if inside:
            spans.setdefault((row.start, row.end), []).append(row)
    if len(spans) != 1:
        return None
    (start, end), chosen = next(iter(spans.items()))
    return _Aligned(_period(start, end), _one_each(chosen))


def _latest(rows: Sequence[Row], stock: bool, moment: datetime) -> _Aligned | Reason:
    if stock:
        containing = [r for r in rows if r.start <= moment < r.end]
        pool = containing or [r for r in rows if r.end <= moment]
        if not pool:
            return Reason.NO_DATA
        end = max(r.end for r in pool)
        chosen = [r for r in pool if r.end == end]
        start = max(r.start for r in chosen)
        chosen = [r for r in chosen if r.start == start]
        return _Aligned(_period(start, end), _one_each(chosen))
    ended = [r for r in rows if r.end <= moment]
    if not ended:
        return Reason.NO_DATA
    # The coarsest grain the series has, then the latest period of it.
    length = max(r.end - r.start for r in ended)
    widest = [r for r in ended if r.end - r.start >= length * 0.9]
    end = max(r.end for r in widest)
    chosen = [r for r in widest if r.end == end]
    start = min(r.start for r in chosen)
    return _tile(rows, _period(start, end))


def _stock_at(rows: Sequence[Row], period: Period) -> _Aligned | Reason:
    """A level at the period's end: the latest record ending within it, or at its
    very start (a level at the end of 2023 is the level on 1 January 2024)."""
    pool = [r for r in rows if period.start <= r.end <= period.end]
    if not pool:
        pool = [r for r in rows if r.start <= period.start and period.end <= r.end]
        if not pool:
            return Reason.NO_DATA
    end = max(r.end for r in pool)
    chosen = [r for r in pool if r.end == end]
    start = max(r.start for r in chosen)
    chosen = [r for r in chosen if r.start == start]
    return _Aligned(_period(start, end), _one_each(chosen))


def _days_apart(rows: Sequence[Row]) -> bool:
    """Whether ``rows`` (at least two) are all recorded on single days at least a month
    apart: a series of occasions (elections, votes), not of periods."""
    if len(rows) < 2 or any(r.end - r.start != _DAY for r in rows):
        return False
    starts = sorted({r.start for r in rows})
    return all(b - a >= _MONTH_APART for a, b in itertools.pairwise(starts))


_MONTH_APART = timedelta(days=28)


def _last_day_in_year(rows: Sequence[Row], period: Period) -> _Aligned | None:
    """The records of the last day recorded in the calendar year of ``period``'s start, at or
    before its end (None when there is none)."""
    year = period.start.year
    days = [r for r in rows if r.start.year == year and r.start < period.end]
    if not days:
        return None
    last = max(r.start for r in days)
    chosen = [r for r in days if r.start == last]
    return _Aligned(_period(last, last + _DAY), _one_each(chosen))


def _on_one_day(rows: Sequence[Row]) -> bool:
    """Whether ``rows`` (at least one) are all recorded on one and the same day."""
    return bool(rows) and all(r.start == rows[0].start and r.end - r.start == _DAY for r in rows)


def _tile(rows: Sequence[Row], period: Period) -> _Aligned | Reason:
    """Flows over the period: one record for it, or records that tile it exactly, summed."""
    start, end = period.start, period.end
    if len(rows) == 1 and rows[0].start == start and rows[0].end == end:
        # the usual one record of the period itself
        return tuple.__new__(_Aligned, (period, _one_each(rows), None))
    inside = [r for r in rows if start <= r.start and r.end <= end]
    exact = [r for r in inside if r.start == start and r.end == end]
    if exact:  # (_Aligned(period, …) without its Python-level __new__: the hot path)
        return tuple.__new__(_Aligned, (period, _one_each(exact), None))
    if any(not _additive(r) for r in inside):
        if _on_one_day(inside) and period.grain != "day":
            # a rate recorded on its day alone (an election's turnout, a party's share of
            # the vote): the period's one occurrence is the period's figure, nothing added
            return _Aligned(period, _one_each(inside))
        return Reason.NO_DATA  # rates and shares do not add up over sub-periods
    by_source: dict[str | None, list[Row]] = {}
    for row in inside:
        by_source.setdefault(row.source, []).append(row)
    candidates = []
    for source in sorted(by_source, key=lambda s: s or ""):
        starts: dict[datetime, Row] = {}
        for row in by_source[source]:
            known = starts.get(row.start)
            if known is None or row.end > known.end:
                starts[row.start] = row
        cursor, used = period.start, []
        while cursor < period.end and cursor in starts:
            row = starts[cursor]
            used.append(row)
            cursor = row.end
        if cursor == period.end and used:
            total = math.fsum(_base(r) for r in used)
            candidates.append(_Candidate(total, tuple(used), source))
    if not candidates:
        # Sub-period releases often cite a source each ("Q1 report", "Q2 report"):
        # one record per step, whatever its source, still tiles the period.
        mixed = _tile_across_sources(inside, period)
        if mixed is None and _on_one_day(inside):
            # a flow recorded on its day alone (a final's audience, an election's seats, a
            # Games' medal table), by one source or several: the period's one occurrence is
            # the period's figure (sources that disagree on it conflict)
            return _Aligned(period, _one_each(inside))
        if mixed is None:
            return Reason.NO_DATA
        candidates.append(mixed)
    return _Aligned(period, tuple(candidates))


def _tile_across_sources(rows: Sequence[Row], period: Period) -> _Candidate | None:
    """Records of any sources tiling the period, when each step has one figure.

    Two records for the same step that disagree make the sum ambiguous: none.
    """
    starts: dict[datetime, list[Row]] = {}
    for row in rows:
        starts.setdefault(row.start, []).append(row)
    cursor, used = period.start, []
    while cursor < period.end and cursor in starts:
        step = starts[cursor]
        end = max(r.end for r in step)
        step = [r for r in step if r.end == end]
        if len({_base(r) for r in step}) > 1:
            return None
        used.append(step[0])
        cursor = end
    if cursor != period.end or not used:
        return None
    sources = list(dict.fromkeys(r.source for r in used if r.source))
    source = " + ".join(sources) if sources else None
    return _Candidate(math.fsum(_base(r) for r in used), tuple(used), source)


def _align_duration(
    duration: Mention, rows: Sequence[Row], stock: bool, since: Period | None
) -> _Aligned | Reason:
    """A figure reached within a duration, counted from the series' start (or "since")."""
    start = since.start if since is not None else min(r.start for r in rows)
    end = _after(start, duration)
    if end is None:
        return Reason.NOT_CHECKABLE
    if not stock:
        return _tile(rows, _period(start, end))
    # A cumulative series only grows: the level at `end` lies between the last
    # figure before it and the first figure after it.
    before = [r for r in rows if r.end <= end]
    after = [r for r in rows if r.end >= end]
    if not before and not after:
        return Reason.NO_DATA
    lower = _pick(before, latest=True)
    upper = _pick(after, latest=False)
    if lower is None:
        assert upper is not None
        return _Aligned(_period(start, end), (), upper)
    if upper is not None and upper.rows[0].end == lower.rows[0].end:
        upper = None
    return _Aligned(_period(start, end), (lower,), upper)


def _pick(rows: Sequence[Row], latest: bool) -> _Candidate | None:
    if not rows:
        return None
    end = max(r.end for r in rows) if latest else min(r.end for r in rows)
    chosen = [r for r in rows if r.end == end]
    return _one_each(chosen)[0]


def _after(start: datetime, duration: Mention) -> datetime | None:
    amount = duration.value
    unit = duration.unit
    if amount is None or unit is None or amount <= 0:
        return None
    months = {"month": 1, "quarter": 3, "year": 12}.get(unit)
    seconds = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}.get(unit)
    try:
        if months is not None:
            whole = amount * months
            if abs(whole - round(whole)) > _EPSILON:
                return start + timedelta(days=whole * 30.4375)
            return _add_months(start, round(whole))
        if seconds is None:
            return None
        return start + timedelta(seconds=amount * seconds)
    except (OverflowError, ValueError):
        return None  # "en deux millions d'années": beyond the calendar, nothing to check


def _add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _period(start: datetime, end: datetime) -> Period:
    return Period(start=start, end=end, grain=_grain(start, end))


def _grain(start: datetime, end: datetime) -> str:
    days = (end - start).days
    if days >= 365:
        return "year"
    if days >= 89:
        return "quarter"
    if days >= 28:
        return "month"
    if days >= 7:
        return "week"
    return "day"


def _starting_in(rows: Sequence[Row], period: Period) -> _Aligned | None:
    """The first record that starts within ``period``, on its own period, or None."""
    row = min(
        (r for r in rows if period.start <= r.start < period.end),
        key=lambda r: r.start,
        default=None,
    )
    return None if row is None else _Aligned(_period(row.start, row.end), _one_each([row]))


def _one_each(rows: Sequence[Row]) -> tuple[_Candidate, ...]:
    """One candidate per row, in the reference's canonical order."""
    new = tuple.__new__  # _Candidate(...) without its Python-level __new__: the hot path
    return tuple([new(_Candidate, (_base(r), (r,), r.source)) for r in rows])


def _as_recorded(candidate: _Candidate, period: Period) -> tuple[float, str | None, Period]:
    """A candidate's value back in the unit its (first) record states it in."""
    unit = candidate.rows[0].unit
    scale = scale_of(unit)
    factor = scale.factor if scale is not None and scale.factor else 1.0
    return candidate.value / factor, unit, period


def _additive(row: Row) -> bool:
    scale = scale_of(row.unit)
    return scale is not None and scale.dimension not in (PERCENT, POINTS)


def _base(row: Row) -> float:
    scale = scale_of(row.unit)
    assert scale is not None and row.value is not None
    return row.value * scale.factor


# --------------------------------------------------------------- comparison


class _Accepts(NamedTuple):
    """The interval a figure's wording accepts, tolerance included."""

    low: float | None
    high: float | None
    low_open: bool
    high_open: bool
    tolerance: float

    def holds(self, value: float) -> bool:
        if self.low is not None and (value < self.low or (self.low_open and value <= self.low)):
            return False
        return not (
            self.high is not None and (value > self.high or (self.high_open and value >= self.high))
        )


def _significant_digits(figure: Mention) -> int:
    """The significant digits of a figure as written: a whole number's trailing zeros do not
    count ("620 000" has two), zeros written after a decimal mark do ("44.0", "1,10": three;
    a mark before three digits is read as a thousands separator, "1,100")."""
    digits = _NOT_DIGIT.sub("", figure.text)
    if not digits:
        value = figure.value if figure.value is not None else 0.0
        digits = f"{abs(value):.15g}".replace(".", "")
    core = _NUMERAL.search(figure.text)
    decimals = core is not None and _DECIMALS.search(core.group()) is not None
    digits = digits.lstrip("0") if decimals else digits.lstrip("0").rstrip("0")
    return max(1, len(digits))


_NOT_DIGIT = re.compile(r"\D+")
_NUMERAL = re.compile(r"\d(?:[\d\s\u00a0\u202f.,'’]*\d)?")
# a decimal mark: "." or "," then one, two, or four digits or more up to the numeral's end
_DECIMALS = re.compile(r"[.,](?:\d{1,2}|\d{4,})$")


def _accepts(
    figure: Mention,
    factor: float,
    rules: Tolerance,
    level: Callable[[str], bool] | None = None,
) -> _Accepts | None:
    """The interval the figure accepts; ``level`` tells a verb that reports the level
    reached ("a atteint") from a floor ("au moins")."""
    q = figure.qualifier
    value = figure.value * factor if figure.value is not None else None
    low = figure.low * factor if figure.low is not None else None
    high = figure.high * factor if figure.high is not None else None
    if q in (Qualifier.EXACT, Qualifier.APPROX):
        if value is None:
            return None
        # DESIGN's tolerance for every figure, percentages included: "7,4 %" has two
        # significant digits and is checked at ±5 % (7,2 % supports it).
        tol = rules.for_figure(q, _significant_digits(figure))
        margin = abs(value) * tol + _EPSILON
        # _Accepts(...) without its Python-level __new__: the hot path
        return tuple.__new__(_Accepts, (value - margin, value + margin, False, False, tol))
    if q is Qualifier.NEARLY:
        tol = rules.nearly
        if high is None and low is not None:
            # a nearly of a size stated below zero (``_negated``: "a trade deficit of nearly
            # £25 billion" is a balance of -25 at most, -22.5 at least): up towards zero
            return _Accepts(
                low - abs(low) * rules.bounds, low + abs(low) * tol + _EPSILON, False, False, tol
            )
        top = high if high is not None else value
        if top is None:
            return None
        return _Accepts(
            top - abs(top) * tol - _EPSILON, top + abs(top) * rules.bounds, False, False, tol
        )
    b = rules.bounds
    if q is Qualifier.GE and value is not None and level is not None and level(figure.text):
        # "sales reached €27.4 billion": the level reached, rounded, not a floor
        tol = rules.for_figure(Qualifier.EXACT, _significant_digits(figure))
        return _Accepts(value - abs(value) * max(tol, b) - _EPSILON, None, False, False, tol)
    if low is None and high is None:
        if value is None:
            return None
        low = value if q in (Qualifier.GT, Qualifier.GE) else None
        high = value if q in (Qualifier.LT, Qualifier.LE) else None
    return _Accepts(
        None if low is None else low - abs(low) * b,
        None if high is None else high + abs(high) * b,
        figure.low_exclusive and b == 0,
        figure.high_exclusive and b == 0,
        b,
    )


@functools.cache
def _level_test(lang: str) -> Callable[[str], bool]:
    """:func:`states_a_level` in ``lang`` (one per language, not one per claim)."""
    return functools.partial(states_a_level, lang=lang)


def _compare(
    claim: Claim,
    figure: Mention,
    claim_scale: Scale,
    aligned: _Aligned,
    rules: Tolerance,
    reference: Reference,
    explain: Explainer,
) -> Finding:
    accepts = _accepts(figure, claim_scale.factor, rules, _level_test(claim.lang))
    if accepts is None:
        return explain.unverifiable(Reason.NOT_CHECKABLE)
    stated = figure.value if figure.value is not None else (figure.low or figure.high)
    stated_base = stated * claim_scale.factor if stated is not None else None
    if aligned.upper is not None:
        lower = aligned.candidates[0] if aligned.candidates else None
        return _compare_bounds(
            lower, aligned.upper, aligned.period, accepts, stated_base, reference, explain
        )
    candidates = aligned.candidates
    # Sources conflict when they lead to different verdicts (one inside the accepted
    # interval, one outside): the choice between them must not decide it. Sources that
    # spread apart but all accept, or all reject, the figure give that verdict, and the
    # finding names them all (a change conflicts the same way).
    if len(candidates) > 1 and _in_conflict(candidates, accepts):
        records = tuple(reference.record(r.row) for c in candidates for r in c.rows)
        return explain.conflicting(
            [(c.value / claim_scale.factor, c.source) for c in candidates],
            aligned.period,
            records,
        )
    chosen = candidates[0]
    records = tuple([reference.record(r.row) for c in candidates for r in c.rows])
    deviation = relative = None
    if stated_base is not None:
        deviation = (chosen.value - stated_base) / claim_scale.factor
        relative = (chosen.value - stated_base) / abs(stated_base) if stated_base else None
    verdict = Verdict.SUPPORTED if accepts.holds(chosen.value) else Verdict.CONTRADICTED
    return explain.compared(
        verdict,
        chosen.value / claim_scale.factor,
        aligned.period,
        chosen.source,
        records,
        deviation,
        relative,
        accepts.tolerance,
        [(c.value / claim_scale.factor, c.source) for c in candidates[1:]],
    )


def _in_conflict(candidates: Sequence[_Candidate], accepts: _Accepts) -> bool:
    """Whether figures of several sources lead to different verdicts: one inside the
    interval the claim accepts, one outside ("environ 100 milliards" against 95 and 108
    accepts both; "1,6 %" against 1,66 % and 1,4 % splits)."""
    return len({accepts.holds(c.value) for c in candidates}) > 1


def _compare_bounds(
    lower: _Candidate | None,
    upper: _Candidate,
    period: Period,
    accepts: _Accepts,
    stated: float | None,
    reference: Reference,
    explain: Explainer,
) -> Finding:
    """Check a figure against a cumulative series known only between two of its levels."""
    low = lower.value if lower is not None else 0.0
    high = upper.value
    inside = accepts.holds(low) and accepts.holds(high)
    below = accepts.high is not None and (
        low > accepts.high or (accepts.high_open and low >= accepts.high)
    )
    above = accepts.low is not None and (
        high < accepts.low or (accepts.low_open and high <= accepts.low)
    )
    rows = (*(lower.rows if lower is not None else ()), *upper.rows)
    records = tuple(reference.record(r.row) for r in rows)
    verdict: Verdict | None = None
    if inside:
        verdict = Verdict.SUPPORTED
    elif below or above:
        verdict = Verdict.CONTRADICTED
    nearest = high if above else low
    deviation = relative = None
    if stated is not None:
        deviation = nearest - stated
        relative = deviation / abs(stated) if stated else None
    low_period = (
        reference.record(lower.rows[0].row).period
        if lower is not None
        else _period(period.start, period.start + timedelta(days=1))
    )
    return explain.bounded(
        verdict,
        (low, low_period),
        (high, reference.record(upper.rows[0].row).period),
        period,
        upper.source,
        records,
        accepts.tolerance,
        (nearest, deviation, relative),
    )


# ------------------------------------------------------------------- changes


def _check_change(
    claim: Claim,
    figure: Mention,
    claim_scale: Scale,
    rows: Sequence[Row],
    moment: datetime,
    rules: Tolerance,
    reference: Reference,
    explain: Explainer,
    deficit: bool = False,
) -> Finding:
    """A rise or fall: the figure at the claim's period against its baseline.

    The baseline is the claim's baseline time, else the same period a year
    earlier (news compare months and quarters year on year). A percentage is a
    relative change unless the figure is in percentage points; any other figure
    is the difference in its unit.
    """
    split = _split_year(claim, rows)
    if split is None:
        claim = _span_as_ends(claim, rows)
    now_claim = claim
    since = _since_period(claim)
    if since is None:
        since = _applies_from(claim, moment)
    if since is None:
        since = _day_ahead(claim, moment)
    step = _steps_ahead(since, rows, moment)
    if step:
        # "is raising council tax by 4.99% from April" (written in February): the step on
        # the day the new level applies, from the level in force the day before
        assert since is not None
        claim = claim.model_copy(update={"baseline_time": None})
    if since is not None:
        # "has lowered its deposit rate by 150 basis points since June 2024": the latest
        # level against the one at the start of that period
        now_claim = claim.model_copy(update={"time": None})
    if claim.time is None and claim.duration is not None:
        # "en un an, la dette a augmenté de 204 milliards": the latest figure, against
        # the one the span before it
        now_claim = claim.model_copy(update={"duration": None})
    aligned_rows = rows
    if (
        now_claim.time is None
        and now_claim.duration is None
        and claim.baseline_time is not None
        and claim.baseline_time.period is not None
    ):
        # "Compared with July 2024, U.S. retail sales were up 3.9%": the latest period of
        # the baseline's length, not the series' coarsest (a year against a month)
        other = claim.baseline_time.period
        length = other.end - other.start
        alike = [r for r in rows if 0.85 * length <= r.end - r.start <= 1.15 * length]
        aligned_rows = alike or rows
    if step:
        assert since is not None
        current: _Aligned | Reason = _in_force(rows, since.start)
    else:
        current = _align(now_claim, aligned_rows, moment) if split is None else split
    fiscal = split is not None
    if current is Reason.NO_DATA:
        # "a bondi de 22 % sur l'exercice clos le 30 juin": a fiscal year
        read = _fiscal_year(claim, rows)
        current, fiscal = (read, True) if read is not None else (current, False)
    if current is Reason.NO_DATA and not step and claim.baseline_time is None:
        # "the average house price rose 4.7% in the year to December" against monthly
        # records: December against the December before
        monthly = _year_to(now_claim)
        if monthly is not now_claim:
            read_month = _align(monthly, aligned_rows, moment)
            if not isinstance(read_month, Reason):
                current, now_claim, claim = read_month, monthly, _year_to(claim)
    if current is Reason.NO_DATA and not step and _deadline_ahead(now_claim, moment):
        # "Pour 2025, Sanofi vise une croissance de ses ventes d'environ 9 %", written in
        # April 2025: a change over a period not over yet, as for a level
        current = Reason.NOT_YET_DUE
    if isinstance(current, Reason):
        return explain.unverifiable(current, period=_claim_period(claim))
    period = current.period
    stock = all(r.kind is RecordKind.STOCK for r in current.candidates[0].rows)
    base_time = claim.baseline_time.period if claim.baseline_time is not None else None
    base: _Aligned | Reason = Reason.NO_DATA
    if step:
        base = _in_force(rows, period.start - _DAY)
        base_time = base.period if not isinstance(base, Reason) else since
    elif since is not None:
        base_time = since
        if stock and _changes_on_days(rows):
            base_time, base = _record_before(rows, since.start, since, base)
            if isinstance(base, Reason):
                # "progresser de 77 milliards d'euros depuis la fin de 2024" against levels
                # on days, none before the quarter: the level recorded within it
                base_time, base = since, _stock_at(rows, since)
        else:
            base = _stock_at(rows, since) if stock else _tile(rows, since)
    elif base_time is None or base_time == period:
        claimed = _claim_period(claim)
        year_on_year = says_year_on_year(claim.sentence, claim.lang)
        if (
            (stock or _points_of_a_rate(claim_scale, claimed))
            and claimed is not None
            and claim.duration is None
            and not year_on_year
        ):
            # a level changes over the stated period: from the level at its start ("le
            # chômage a reculé de 0,1 point en décembre": November's level to December's)
            # when the reference has it, else year on year as news also compare; a
            # monthly or quarterly rate moves in points from the period before too
            # ("l'inflation a reculé de 0,9 point en février": from January's rate)
            base_time = _previous(claimed)
            base = _stock_at(rows, base_time) if stock else _tile(rows, base_time)
            if isinstance(base, Reason) and (
                claimed.grain in ("day", "week") or (stock and _changes_on_days(rows))
            ):
                # a level set on a day ("cut its deposit rate by 25 basis points on
                # Thursday", "de 50 points de base en juin 2025" against the days rates
                # took effect): from the latest record before the period, the level it changed
                base_time, base = _record_before(rows, claimed.start, base_time, base)
        elif stock and claimed is None and claim.duration is None and not year_on_year:
            # no time at all ("la BCE a baissé son taux de 25 points de base"): the
            # level's latest step, from the record before the current one
            base_time, base = _record_before(rows, period.start, base_time, base)
        if isinstance(base, Reason):
            # a split year ("la saison 2023-2024") counts from the one before it, whatever
            # span the sentence also holds ("des 65 ans et plus" is no span)
            base_time = _year_back(period, claim.duration if split is None else None)
            base = _stock_at(rows, base_time) if stock else _tile(rows, base_time)
    else:
        base = _stock_at(rows, base_time) if stock else _tile(rows, base_time)
    if isinstance(base, Reason) and (
        fiscal or (not stock and _year_long(period.end - period.start))
    ):
        # "revenue of $391 billion for its fiscal year 2024, up 2% from the previous year",
        # "revenue fell 2.5% in the 52 weeks to 22 February 2025": the fiscal year ending
        # where the current one starts (a year of whole weeks is a day or two short)
        start = period.start - timedelta(days=1)
        before = _fiscal_ending(rows, _period(start, start + timedelta(days=1)))
        if before is not None:
            base_time, base = before.period, before
    if isinstance(base, Reason) and base_time is not None and _days_apart(rows):
        # "36 de plus qu'il y a deux ans", "en deux ans, … a progressé de 25 points" against
        # a series recorded on days far apart (elections): the last day recorded in the
        # baseline's year, at or before its end
        earlier = _last_day_in_year(rows, base_time)
        if earlier is not None:
            base_time, base = earlier.period, earlier
    if isinstance(base, Reason):
        return explain.unverifiable(base, period=base_time)
    if base.period == period:
        # "a augmenté de 2 % au troisième trimestre 2025" with the last level at the end of
        # the second: the period's level falls back on the one its baseline reads, and a
        # record against itself measures no change (none recorded in the period)
        return explain.unverifiable(Reason.NO_DATA, period=_claim_period(claim))
    now, then = current.candidates[0].value, base.candidates[0].value
    relative = claim_scale is _ANY
    if relative and then == 0:
        return explain.unverifiable(Reason.NOT_CHECKABLE)
    change = _moved(now, then, relative)
    factor = 1.0 if relative else claim_scale.factor
    accepts = _accepts(figure, factor, rules)
    if accepts is None:
        return explain.unverifiable(Reason.NOT_CHECKABLE)
    sense = _claim_direction(claim)
    if deficit:
        sense = -sense  # a deficit that shrinks is a balance below zero that rises
    ok = _change_holds(change, sense, accepts)
    pairs = [(c, b) for c in current.candidates for b in base.candidates]
    if len(pairs) > 1:
        # Sources that disagree: the change from each record to each other leads to
        # different verdicts ("lost 244 seats" from the actual 2019 result, 251 from the
        # notional one), so the choice between them must not decide it
        changes: list[tuple[float, str | None]] = []
        outcomes = set()
        for c, b in pairs:
            if relative and b.value == 0:
                continue
            moved = _moved(c.value, b.value, relative)
            outcomes.add(_change_holds(moved, sense, accepts))
            source = b.source if len(base.candidates) > 1 else c.source
            changes.append((moved / factor, source))
        if len(outcomes) > 1:
            records = tuple(
                reference.record(r.row)
                for aligned in (base, current)
                for c in aligned.candidates
                for r in c.rows
            )
            return explain.conflicting(changes, period, records)
    stated = figure.value * factor * (sense or 1) if figure.value is not None else None
    deviation = change - stated if stated is not None else None
    relative_deviation = deviation / abs(stated) if deviation is not None and stated else None
    records = tuple(
        reference.record(r.row) for c in (base.candidates[0], current.candidates[0]) for r in c.rows
    )
    return explain.change(
        Verdict.SUPPORTED if ok else Verdict.CONTRADICTED,
        change / factor,
        relative,
        _as_recorded(base.candidates[0], base.period),
        _as_recorded(current.candidates[0], period),
        current.candidates[0].source,
        records,
        (deviation / factor if deviation is not None else None, relative_deviation),
        accepts.tolerance,
    )


def _moved(now: float, then: float, relative: bool) -> float:
    """How far a figure moved from ``then`` to ``now``: in percent of ``then`` when
    ``relative`` (``then`` is not zero), else in its unit."""
    return 100 * (now - then) / abs(then) if relative else now - then


def _change_holds(change: float, sense: int, accepts: _Accepts) -> bool:
    """Whether a change goes the stated way (``sense``: +1 up, -1 down, 0 unsaid) by an
    amount the claim's figure accepts."""
    if sense != 0 and change * sense < 0:
        return False
    return accepts.holds(abs(change) if sense else change)


def _since_period(claim: Claim) -> Period | None:
    """The period a change is counted from when the claim says "since" ("by 150 basis
    points since June 2024"), with no other baseline nor span."""
    time = claim.time
    if (
        time is None
        or time.relation is not Relation.SINCE
        or time.period is None
        or claim.baseline_time is not None
        or claim.duration is not None
    ):
        return None
    return time.period


def _applies_from(claim: Claim, moment: datetime) -> Period | None:
    """The day a change takes effect when the claim's "from" time lies after the
    publication date ("is raising council tax by 4.99% from April", written in February):
    no baseline is known before it comes, so it says when the new level applies."""
    other = claim.baseline_time
    if (
        other is None
        or other.period is None
        or claim.time is not None
        or claim.duration is not None
        or other.period.start < moment
    ):
        return None
    return other.period


def _day_ahead(claim: Claim, moment: datetime) -> Period | None:
    """The day a change takes effect when the claim dates it on a day after the publication
    date ("augmentera de 1,2 % au 1er janvier", "will fall 7% on July 1"): as a "from" time
    still to come, it says when the new level applies."""
    time = claim.time
    if (
        time is None
        or time.relation is not Relation.IN
        or time.period is None
        or time.period.grain != "day"
        or time.period.end - time.period.start != _DAY
        or time.period.start < moment
        or claim.baseline_time is not None
        or claim.duration is not None
    ):
        return None
    return time.period


def _steps_ahead(since: Period | None, rows: Sequence[Row], moment: datetime) -> bool:
    """Whether a change of a level is a step from a date after the publication date ("will
    rise 4.1% to £12.71 an hour from April 2026"): the level in force from that date
    against the one before it, not the latest level against itself."""
    if since is None or since.start < moment or not rows:
        return False
    if all(r.kind is RecordKind.STOCK for r in rows):
        return True
    # a flow of periods that follow each other ("water bills will rise by 26% from April",
    # written in February, against bills of April–March years): the one starting then
    # against the one before it
    return all(r.kind is RecordKind.FLOW for r in rows) and any(
        since.start <= r.start < since.end for r in rows
    )


def _in_force(rows: Sequence[Row], moment: datetime) -> _Aligned | Reason:
    """The level in force at ``moment``: the record that started last at or before it (a
    level of a year April–March, a rate on the day it took effect)."""
    started = [r for r in rows if r.start <= moment]
    if not started:
        return Reason.NO_DATA
    start = max(r.start for r in started)
    chosen = [r for r in started if r.start == start]
    end = max(r.end for r in chosen)
    chosen = [r for r in chosen if r.end == end]
    return _Aligned(_period(start, end), _one_each(chosen))


def _changes_on_days(rows: Sequence[Row]) -> bool:
    """Whether a level's records are the days it changed (a policy rate, with effect from
    a date): then the level over a month or since a date is the latest record before."""
    return bool(rows) and all(r.end - r.start == _DAY for r in rows)


def _points_of_a_rate(claim_scale: Scale, claimed: Period | None) -> bool:
    """Whether a change is in points of a rate published monthly or quarterly: news give
    its move from the period before ("rose 0.9 percentage points in April": from March),
    unless they say year on year."""
    return (
        claim_scale is not _ANY
        and claim_scale.dimension == PERCENT  # points: a difference of percentages
        and claimed is not None
        and claimed.grain in ("month", "quarter")
    )


def _record_before(
    rows: Sequence[Row], moment: datetime, period: Period | None, found: _Aligned | Reason
) -> tuple[Period | None, _Aligned | Reason]:
    """The level of the latest record ending at or before ``moment`` and its period, or
    ``period`` and ``found`` unchanged when there is none."""
    before = [r for r in rows if r.end <= moment]
    if not before:
        return period, found
    last = max(before, key=lambda r: (r.end, r.start))
    period = _period(last.start, last.end)
    return period, _stock_at(rows, period)


def _year_to(claim: Claim) -> Claim:
    """A rate of change over the twelve months to a month ("prices rose 2.6% in the year
    to November") is that month's rate: its values are year-on-year changes already."""
    time = claim.time
    period = time.period if time is not None else None
    if time is None or period is None or period.grain not in ("month", "quarter"):
        return claim
    if not _year_long(period.end - period.start):
        return claim
    months = _GRAIN_MONTHS[period.grain]
    last = Period(start=_add_months(period.end, -months), end=period.end, grain=period.grain)
    return claim.model_copy(update={"time": time.model_copy(update={"period": last})})


def _span_as_ends(claim: Claim, rows: Sequence[Row]) -> Claim:
    """A change over several stated years ("grew by 8% between 2016 and 2022") runs from
    the first year to the last: the last is the claim's time, the first its baseline's; so
    does a level's change over months or quarters written with its two ends (``span_openers``
    of check.toml: "house prices rose 2.1% between March and September 2024")."""
    time = claim.time
    period = time.period if time is not None else None
    if (
        time is None
        or period is None
        or claim.baseline_time is not None
        or time.relation not in (None, Relation.IN)
    ):
        return claim
    months = _GRAIN_MONTHS.get(period.grain)
    if months is None:
        return claim
    if period.grain == "year":
        if period.end - period.start < timedelta(days=_MULTI_YEAR_DAYS):
            return claim
    elif not (
        _add_months(period.start, months) < period.end
        and _opens_with_ends(time.text, claim.lang)
        and sum(r.kind is RecordKind.STOCK for r in rows) > len(rows) / 2
    ):
        return claim
    first = Period(start=period.start, end=_add_months(period.start, months), grain=period.grain)
    last = Period(start=_add_months(period.end, -months), end=period.end, grain=period.grain)
    return claim.model_copy(
        update={
            "time": time.model_copy(update={"period": last}),
            "baseline_time": time.model_copy(update={"period": first}),
        }
    )


_MULTI_YEAR_DAYS = 2 * 365  # a stated period at least this long is several years


def _opens_with_ends(text: str, lang: str) -> bool:
    """Whether a time's words open with one of ``span_openers`` ("between March and …")."""
    first = text.split(maxsplit=1)[0].casefold() if text.strip() else ""
    return first in check_lexicon(lang).span_openers


def _previous(period: Period) -> Period:
    """The period of the same length just before ``period`` (December → November)."""
    months = _GRAIN_MONTHS.get(period.grain)
    if months is None:
        length = period.end - period.start
        return Period(start=period.start - length, end=period.start, grain=period.grain)
    return Period(start=_add_months(period.start, -months), end=period.start, grain=period.grain)


def _year_back(period: Period, duration: Mention | None) -> Period:
    """The period a change is counted from by default: as far back as a stated span
    ("sur un an", "in six months"), else a year earlier (news compare months and
    quarters year on year)."""
    months = _months_of(duration) if duration is not None else None
    months = 12 if months is None else months
    return Period(
        start=_add_months(period.start, -months),
        end=_add_months(period.end, -months),
        grain=period.grain,
    )


_GRAIN_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _months_of(duration: Mention) -> int | None:
    """A duration in whole months ("sur un an" → 12), None for other units or parts."""
    amount, unit = duration.value, duration.unit
    months = _GRAIN_MONTHS.get(unit or "")
    if amount is None or months is None or amount <= 0:
        return None
    whole = amount * months
    return round(whole) if abs(whole - round(whole)) <= _EPSILON else None


# -------------------------------------------------------------------- events


def _figure_deadline_ahead(claim: Claim, moment: datetime) -> bool:
    """Whether a figure is set for a deadline after ``moment`` ("d'ici 2030", "by 2030")."""
    time = claim.time
    return (
        time is not None
        and time.relation in (Relation.BY, Relation.UNTIL)
        and _deadline_ahead(claim, moment)
    )


def _deadline_ahead(claim: Claim, moment: datetime) -> bool:
    time = claim.time
    return time is not None and time.period is not None and time.period.end > moment


def _check_event(
    claim: Claim,
    reference: Reference,
    rows: Sequence[Row],
    moment: datetime,
    explain: Explainer,
) -> Finding:
    time = claim.time
    events = [r for r in rows if r.kind is RecordKind.EVENT]
    if time is None or time.period is None:
        # "X a lancé sa berline": it happened, at some time before publication.
        past = [r for r in events if r.start <= moment]
        if not past:
            return explain.unverifiable(Reason.NO_DATA)
        first = min(past, key=lambda r: (r.start, r.source or ""))
        return explain.event(Verdict.SUPPORTED, reference.record(first.row))
    deadline = time.period
    relation = time.relation or Relation.IN
    if not events:
        reason = Reason.NOT_YET_DUE if deadline.end > moment else Reason.NO_DATA
        return explain.unverifiable(reason, period=deadline)
    first = min(events, key=lambda r: (r.start, r.source or ""))
    if relation in (Relation.BY, Relation.UNTIL):
        met = first.start < deadline.end
    elif relation is Relation.BEFORE:
        met = first.start < deadline.start
    elif relation is Relation.AFTER:
        met = first.start >= deadline.end
    elif relation is Relation.SINCE:
        met = deadline.start <= first.start < deadline.end or first.start <= deadline.start
    else:
        # within the period, at the coarser of the two grains: an event the reference dates
        # by its day meets "mardi soir" of that day ("a été nommé Premier ministre mardi soir")
        met = deadline.start <= first.start < deadline.end or (
            first.start <= deadline.start and deadline.end <= first.end
        )
    verdict = Verdict.SUPPORTED if met else Verdict.CONTRADICTED
    record = reference.record(first.row)
    return explain.event(verdict, record)

"""Mentions → claims: who and what each figure is about, across a whole article.

:func:`parse_claims` reads an article as a careful reader lists its claims: one
claim per figure (or per dated event) that asserts something about the world.
Each claim gets

- its **subject**: the nearest name before the figure in its sentence (from
  the reference's aliases when one is given, else capitalized words and
  acronyms), or, when the sentence refers to it ("il", "la marque", "le géant
  technologique chinois", "the company"), the entity the article is currently
  about, with ``subject_inferred`` true;
- its **measure**: the noun phrase around the figure ("unités produites",
  "taux de chômage") and the verb that carries it ("produire"), with the light
  lemmas of both (:func:`claimcheck.terms.terms`);
- its **time** (the sentence's, else the paragraph's), **duration** and
  **location** ("en Chine" → China);
- its **kind**: a change ("en hausse de 49,5 %"), a ratio ("deux fois plus"),
  a comparison ("contre 18,3 % en 2022", with the other side as ``baseline``)
  or a plain quantity; a time with a deadline and a verb ("exporter sa gamme
  d'ici 2026") is an event.

Figures that are not claims are left out: years in dates and titles, numbers
inside names ("Peugeot 208", "SU7"), list numbering, page and article numbers,
phone numbers and ranks. All the words this takes are data in
``lexicons/<lang>/claims.toml``.

This module walks the article; :mod:`claimcheck.subjects` reads a sentence's
names and references and picks a figure's subject and place;
:mod:`claimcheck.measures` reads its noun phrases and verbs;
:mod:`claimcheck.sentences` cuts the text; :mod:`claimcheck.entities` holds the
token and gazetteer machinery.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import TYPE_CHECKING, TypeVar

from claimcheck.claim_lexicon import ClaimWords, claim_words
from claimcheck.entities import Gazetteer, Token, first_word, name_key, phrase_key, tokenize
from claimcheck.extract import extract
from claimcheck.extract.qualifiers import cue_before
from claimcheck.extract.time_lexicon import is_month_word, time_lexicon
from claimcheck.inputs import coerce_lang, coerce_reference_date
from claimcheck.measures import ParsedSentence, text_span
from claimcheck.models import (
    Claim,
    ClaimKind,
    Measure,
    Mention,
    MentionKind,
    Period,
    Qualifier,
    Relation,
    Span,
)
from claimcheck.reference import check_in_order, model_in_order
from claimcheck.sentences import Sentence, split_sentences
from claimcheck.subjects import SubjectReading
from claimcheck.terms import direction, is_points, says_addition, terms
from claimcheck.units_scale import POINTS, scale_of

if TYPE_CHECKING:
    from claimcheck.reference import Reference

__all__ = ["assemble", "parse_claims", "read_mentions", "reference_gazetteer"]


def _in_points(unit: str | None) -> bool:
    """Whether a percent figure's unit tells a difference of percentages ("pp", "bp")."""
    scale = scale_of(unit) if unit else None
    return scale is not None and scale.dimension == POINTS


_T = TypeVar("_T")
# The enum members read on the hot path, as module constants: in Python 3.11 an enum's
# attribute lookup goes through its metaclass's ``__getattr__`` and costs several times a
# global's (``MentionKind.TIME`` ~0.1 µs against ~0.03), and ``.value`` is a Python property.
_NUMBER, _MONEY, _PERCENT = MentionKind.NUMBER, MentionKind.MONEY, MentionKind.PERCENT
_TIME, _DURATION, _ORDINAL = MentionKind.TIME, MentionKind.DURATION, MentionKind.ORDINAL
_QUANTITY, _CHANGE, _RATIO = ClaimKind.QUANTITY, ClaimKind.CHANGE, ClaimKind.RATIO
_COMPARISON, _RANK, _EVENT = ClaimKind.COMPARISON, ClaimKind.RANK, ClaimKind.EVENT
_IN, _SINCE = Relation.IN, Relation.SINCE
_EXACT = Qualifier.EXACT
_FIGURES = frozenset({_NUMBER, _PERCENT, _MONEY, MentionKind.QUANTITY})
_DEADLINES = frozenset({Relation.BY, Relation.BEFORE, Relation.UNTIL})
_OBJECT_WORDS = 6  # words of a changed object between its verb and "by", "de"
_SOURCE_TIME = -1  # an event time that is when a source spoke: no claim, no figure's time
# Markdown emphasis around words ("**2026**") is blanked before extraction: same length, so
# offsets do not move.
_EMPHASIS = re.compile(r"\*\*|__")
# A phone number: digit groups of two (French) or 3-3-4 (North American), optional prefix.
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.]?)?(?:\(0\)\s?)?(?:0?\d{1,2}(?:[\s.-]\d{2}){4}|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4})"
)
_YEAR_DIGITS = re.compile(r"\d{4}")
_LEADING_ZERO = re.compile(r"0\d")
# a group of digits right after a figure (not a code glued to letters: "13,000 5G sites")
_DIGIT_AFTER_SPACE = re.compile(r" \d(?![\d.,]*[^\W\d_])")


def parse_claims(
    text: str,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    *,
    reference: Reference | None = None,
    ranks: bool = False,
) -> list[Claim]:
    """Turn an article into claims, in text order.

    ``lang`` is "fr" or "en" (None detects it); ``reference_date`` anchors
    relative times. With a ``reference``, its entity names and aliases are the
    names subjects are recognized by; without one, capitalized words are. Ranks
    ("le troisième constructeur européen") are claims of kind ``rank`` only
    with ``ranks=True``.

    >>> [c.kind.value for c in parse_claims("Il pleut.", lang="fr")]
    []
    """
    language, mentions = read_mentions(text, lang, reference_date)
    if not mentions:
        return []
    return assemble(text, mentions, language, gazetteer=reference_gazetteer(reference), ranks=ranks)


def read_mentions(
    text: str,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
) -> tuple[str, list[Mention]]:
    """The first half of :func:`parse_claims`: the text's language and the mentions its
    claims are assembled from (their offsets and texts those of ``text``), so that a batch
    can be extracted whole before it is assembled (``check_many``).

    >>> language, mentions = read_mentions("Il a vendu **12 300** voitures.", "fr")
    >>> language, [(m.text, m.start) for m in mentions]
    ('fr', [('12 300', 13)])
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    language = coerce_lang(lang, text)
    # A stated offset is kept: the time finder converts times stated in another zone.
    moment = coerce_reference_date(reference_date, keep_offset=True)
    masked = _EMPHASIS.sub(lambda m: " " * len(m.group()), text) if "*" in text else text
    mentions = extract(masked, language, moment)
    if mentions and masked is not text:
        mentions = [m.model_copy(update={"text": text[m.start : m.end]}) for m in mentions]
    return language, mentions


_GAZETTEERS: weakref.WeakKeyDictionary[Reference, Gazetteer] = weakref.WeakKeyDictionary()


def reference_gazetteer(reference: Reference | None) -> Gazetteer | None:
    """The gazetteer of a reference's entity names and aliases, built once per reference.

    Names shared by several entities are left out: they do not say which one is meant.
    """
    if reference is None:
        return None
    try:
        return _GAZETTEERS[reference]
    except (KeyError, TypeError):
        pass
    names = reference.entity_names()
    gazetteer = Gazetteer(
        ((alias, owners[0]) for alias, owners in names.items() if len(set(owners)) == 1),
        capitals="canonical",
        # a metric's capitalized name of several words ("Amazon Web Services") is the metric
        # when written whole, not the entity whose name it holds
        holders=(
            alias
            for metric in reference.metrics
            for alias in reference.metric_aliases(metric)
            if alias[:1].isupper() and len(name_key(alias)) > 1
        ),
        # "VisitBritain … put the total at 41.2 million": a publisher its sources cite
        sources=reference.source_names(),
    )
    with contextlib.suppress(TypeError):  # a reference that cannot be weakly referenced
        _GAZETTEERS[reference] = gazetteer
    return gazetteer


def assemble(
    text: str,
    mentions: Sequence[Mention],
    lang: str,
    *,
    gazetteer: Gazetteer | None = None,
    ranks: bool = False,
) -> list[Claim]:
    """Claims from mentions already found in ``text`` (``parse_claims`` without extraction).

    >>> text = "Renault a vendu 12 300 voitures."
    >>> fig = Mention(kind="number", text="12 300", start=16, end=22, value=12300)
    >>> [(c.subject, c.measure.noun, c.measure.verb) for c in assemble(text, [fig], "fr")]
    [('Renault', 'voitures', 'vendre')]
    """
    if not mentions:
        return []
    article = _Article(text, lang, claim_words(lang), gazetteer, ranks=ranks)
    ordered = sorted(mentions, key=_START)
    claims: list[Claim] = []
    k = 0
    for index, sentence in enumerate(article.sentences):
        while k < len(ordered) and ordered[k].end <= sentence.start:
            k += 1  # a mention may start before its sentence: "- 66,5 millions", a list item
        first = k
        while k < len(ordered) and ordered[k].start < sentence.end:
            k += 1
        if k > first:
            claims.extend(article.sentence_claims(index, ordered[first:k]))
    claims.sort(key=_START)
    if len(article.sentences) > 1:
        claims = _headline_times(text, article.sentences, claims)
    return claims


def _headline_times(text: str, sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """Claims of a headline (a first paragraph of one sentence with no end mark) with no time
    of their own, given the time of the lead's claim that restates the same figure ("Canada's
    trade deficit hits record C$7.6 billion / … widened to a record C$7.6 billion in April"):
    a headline's time is its lead's."""
    head = sentences[0]
    if head.paragraph == sentences[1].paragraph or text[: head.end].rstrip()[-1:] in _END_MARKS:
        return claims
    lead = [c for c in claims if c.sentence_start == sentences[1].start and c.time is not None]
    if not lead:
        return claims
    out = claims
    for k, claim in enumerate(claims):
        if claim.sentence_start != head.start or claim.time is not None or claim.figure is None:
            continue
        same = next((c for c in lead if _same_figure(c, claim)), None)
        if same is not None:
            if out is claims:
                out = list(claims)
            out[k] = claim.model_copy(update={"time": same.time})
    return out


_END_MARKS = frozenset(".!?…")


def _same_figure(a: Claim, b: Claim) -> bool:
    """Whether two claims state the same figure (its value, unit and currency)."""
    fa, fb = a.figure, b.figure
    return (
        fa is not None
        and fb is not None
        and fa.value is not None
        and fa.value == fb.value
        and fa.unit == fb.unit
        and fa.currency == fb.currency
    )


_START = attrgetter("start")  # a mention's or a claim's start, read in C


# -- one sentence --------------------------------------------------------------------------


class _Article(SubjectReading):
    """One text being read: its sentences and who it is currently about."""

    def __init__(
        self,
        text: str,
        lang: str,
        words: ClaimWords,
        gazetteer: Gazetteer | None,
        *,
        ranks: bool = False,
    ) -> None:
        self.text = text
        self.figure_kinds = _FIGURES | {_ORDINAL} if ranks else _FIGURES
        self.lang = lang
        self.lex = words
        self.gazetteer = gazetteer
        self.sentences = split_sentences(text, lang)
        if len(self.sentences) == 1:  # a text of one sentence: its paragraph is single
            self.single_paragraphs = frozenset((self.sentences[0].paragraph,))
        else:
            sizes: dict[int, int] = {}
            for sentence in self.sentences:
                sizes[sentence.paragraph] = sizes.get(sentence.paragraph, 0) + 1
            self.single_paragraphs = frozenset(p for p, n in sizes.items() if n == 1)
        self.current: str | None = None
        self.current_claimed = False  # whether `current` is the subject of a claim
        self.current_place: str | None = None
        self.read_upto = 0  # sentences before this index have updated `current`
        self.paragraph_time: dict[int, Mention] = {}
        self.paragraph_claim: dict[int, Claim] = {}
        # the last measure noun of the sentence read before, by its index: what a pronoun
        # opening the next sentence may stand for ("… son budget pour 2025. Celui-ci
        # s'élève à 1,69 milliard d'euros")
        self.noun_before: tuple[int, ParsedSentence] | None = None
        self._vocabulary: dict[str, tuple[bool, bool]] | None = None
        self._covered: frozenset[int] = frozenset()  # tokens of the sentence's times
        self._figure_starts: list[int] = []  # where the sentence's figures start

    # -- what the article is about ---------------------------------------------------------

    def _catch_up(self, index: int) -> None:
        """Read the sentences before ``index`` not read yet, for the names they are about."""
        self._covered = frozenset()
        while self.read_upto < index:
            parsed = self._parse(self.sentences[self.read_upto], ())
            self._follow(parsed, None)
            self._keep_noun(parsed, self.read_upto)
            self.read_upto += 1

    def _keep_noun(self, parsed: ParsedSentence, index: int) -> None:
        """Keep sentence ``index`` for its last measure noun (``noun_before``), read only
        when a pronoun opening the next sentence needs it."""
        self.noun_before = (index, parsed)

    def _noun_of(self, parsed: ParsedSentence) -> str | None:
        """The last measure noun of a sentence ("… son budget pour 2025": "budget")."""
        nouns = self.lex.measure_nouns.find_all(parsed.words)
        if not nouns:
            return None
        i, j, _ = nouns[-1]
        return self.text[parsed.tokens[i].start : parsed.tokens[j - 1].end]

    def _follow(self, parsed: ParsedSentence, focus: str | None) -> None:
        """Move the article's focus after a sentence: to the subject of its first claim, else
        to the first name it puts in subject position. A name introduced by a description
        head ("… à la société Criteo") is kept as what a later description ("L'entreprise")
        refers to, unless the focus was itself introduced so ("le groupe Renault")."""
        before = self.current
        self._move_focus(parsed, focus)
        if self.current != before:
            self.current_headed = False
            self.headed_other = None
        if self.current is not None and self.current in parsed.headed:
            self.current_headed = True
        for name in reversed(parsed.headed):
            if name != self.current:
                self.headed_other = name
                break

    def _cited(self, name: str) -> bool:
        """Whether ``name`` is a publisher the reference's sources cite, no entity of it
        (a company citing its own report, "TELUS, annual report 2024", is an entity)."""
        gazetteer = self.gazetteer
        return (
            gazetteer is not None
            and gazetteer.cites(name)
            and name not in gazetteer.canonical_names
        )

    def _known(self, name: str) -> bool:
        """Whether ``name`` is a name of the reference or of the lexicon, no guess."""
        gazetteer = self.gazetteer
        return (gazetteer is not None and name in gazetteer.canonical_names) or (
            name in self.lex.names.canonical_names or name in self.lex.place_names
        )

    def _move_focus(self, parsed: ParsedSentence, focus: str | None) -> None:
        for start, end, place, _, _ in parsed.located:
            del start, end
            self.current_place = place
        if focus is not None and self._cited(focus):
            # "VisitBritain, the national tourism agency, put the total at 41.2 million": a
            # publisher the reference cites speaks; the article goes on about what it did
            return
        known = [r.name for r in parsed.referents if r.name and r.known and not r.place] or [
            n.canonical for n in parsed.names if n.known and n.canonical not in self.lex.place_names
        ]
        if focus is not None and known and focus not in known and not self._known(focus):
            # "Fernando Fernandez took over as chief executive of Unilever on Saturday": the
            # name the reference knows is what later sentences go on about
            focus = known[0]
        if focus is not None:
            self.current = focus
            self.current_claimed = True
            if focus in self.lex.place_names or any(
                r.place and r.name == focus for r in parsed.referents
            ):
                # (a place the reference names its own way: "Britain's roads" for "Great
                # Britain")
                self.current_place = focus
            return
        for k, ref in enumerate(parsed.referents):
            if ref.name is None or self._cited(ref.name):
                continue
            if known and not ref.known and not ref.place:
                # (as above, when the sentence holds no claim)
                self.current = known[0]
                self.current_claimed = False
                return
            if ref.place:
                self.current_place = ref.name
                if k == 0 and ref.first <= 1 and ref.known:
                    # a place opening the sentence is its subject: "La Pologne est le pays de
                    # l'Otan qui dépense le plus. Elle a consacré …" refers to Poland
                    self.current = ref.name
                    self.current_claimed = False
                    return
                continue
            self.current = ref.name
            self.current_claimed = False
            return

    # -- claims of one sentence ------------------------------------------------------------

    def sentence_claims(self, index: int, mentions: Sequence[Mention]) -> list[Claim]:
        self._catch_up(index)
        sentence = self.sentences[index]
        if self._page_line(sentence):
            self.read_upto = index + 1
            return []  # "Lire aussi : …", "Publié le …": the page around the article
        mentions = [self._year_before_noun(m) for m in mentions]
        figures = [m for m in mentions if m.kind in self.figure_kinds]
        parsed = self._parse(sentence, figures, [m for m in mentions if m.kind is _TIME])
        # a year inside a known name is part of it: "Entreprise 1999", "Vision 2030"
        known = [(n.start, n.end) for n in parsed.names if n.known]
        if known and any(a <= m.start < b for m in mentions for a, b in known):
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in known)]
        times = [m for m in mentions if m.kind is _TIME]
        if parsed.names and parsed.names[0].first == 0 and times:
            dateline = self._dateline(parsed.names[0])
            if dateline > 0:
                # "TOULOUSE, 20 février (Reuters) -": when the dispatch was written, no
                # figure's time
                times = [t for t in times if t.start >= dateline]
        covered: set[int] = set()
        for m in mentions:
            if m.kind in (_TIME, _DURATION):
                covered.update(range(*parsed.token_range(m)))
        self._covered = frozenset(covered)
        durations: list[Mention] = []
        for m in mentions:
            if m.kind is _DURATION:
                if self._record_age(m, parsed):
                    continue  # "une première depuis neuf ans": no span of the figure
                if self._duration_is_figure(m, parsed, figures):
                    figures.append(m)
                else:
                    durations.append(m)
        figures.sort(key=lambda m: m.start)
        in_names = {m.start for m in figures for n in parsed.names if n.start <= m.start < n.end}
        drafts: list[_Draft] = []
        pending_baseline: Mention | None = None
        for m in figures:
            if m.start in in_names or self._not_a_claim(m, parsed):
                continue
            first, last = parsed.token_range(m)
            if drafts and self._circumstance(m, parsed, first):
                # "fined 8.25 billion euros in three EU antitrust cases": neither a figure
                # nor what the figure before it measures
                self._covered = self._covered | frozenset(range(first, last))
                continue
            cue = self.lex.comparison_before
            m = self._bound_across_negation(m, parsed, first)
            denial = self._denial(m, parsed.words, first)
            if denial is not None and m.qualifier not in _COMPLEMENT:
                continue  # "n'a pas livré 400 avions": no figure is stated, only denied
            if denial is not None:
                # "n'a pas dépassé 400": at most 400, no comparison; the figure's words take
                # the negation in ("pas dépassé les 400")
                start = parsed.tokens[denial].start
                start = max(self.text.rfind(" ", 0, start) + 1, start - 8)  # "hasn't"
                m = _complement(m, start, self.text[start : m.end])
            elif cue.longest_ending_at(parsed.words, first) or (
                drafts and cue.longest_at(parsed.words, first)
            ):  # "…, well above the 4.4 billion euros analysts had expected"
                if drafts and drafts[-1].baseline is None:
                    drafts[-1].baseline = m
                else:
                    pending_baseline = m
                continue
            draft = _Draft(m, first, last)
            if m.kind is _ORDINAL:
                draft.kind = _RANK  # "le troisième constructeur européen"
            elif pending_baseline is not None:
                draft.baseline = pending_baseline
                draft.kind = _COMPARISON  # "rose from 18% to 20%"
                pending_baseline = None
            drafts.append(draft)
        for draft in drafts:
            draft.mention = _in_currency_of(draft.mention, draft.baseline)
        event_times = self._event_times(parsed, times, drafts)
        used: set[int] = {t.start for t in event_times}
        if drafts:
            times = self._counted_times(parsed, times)
        for draft in drafts:
            if draft.baseline is not None:
                draft.baseline_time = _right_after(draft.baseline, times, self.text)
        for k, t in enumerate(times):
            if t.relation is _SINCE:
                # "to £1,720 from July 1": when the level applies, no other side; but a change
                # in % "in July from June": the other side of the change, right after its time
                before = times[k - 1] if k else None
                earlier = [d for d in drafts if d.mention.end <= t.start]
                if (
                    before is not None
                    and before.relation is not _SINCE
                    and not self.text[before.end : t.start].strip()
                    and earlier
                    and earlier[-1].mention.kind is _PERCENT
                    and earlier[-1].baseline_time is None
                    and earlier[-1].mention.end <= before.start
                ):
                    earlier[-1].baseline_time = t
                continue
            first, _ = parsed.token_range(t)
            cue = self.lex.comparison_before
            if (
                cue.longest_at(parsed.words, first)
                or cue.longest_ending_at(parsed.words, first)
                or self.lex.time_comparison_before.longest_ending_at(parsed.words, first)
            ):
                # "up 38% from a year earlier", "par rapport à 2022": the other side's time
                earlier = [d for d in drafts if d.mention.end <= t.start]
                if earlier and earlier[-1].baseline_time is None:
                    earlier[-1].baseline_time = t
                elif not earlier and cue.longest_ending_at(parsed.words, first):
                    # "Compared with July 2024, U.S. retail sales were up 3.9%": opening the
                    # sentence, the other side of the figure after it
                    later = [d for d in drafts if d.mention.start >= t.end]
                    if later and later[0].baseline_time is None:
                        later[0].baseline_time = t
        for draft in drafts:
            if draft.baseline_time is not None:
                used.add(draft.baseline_time.start)
        claims: list[Claim] = []
        focus: str | None = None
        measured = False  # a claim's subject is what it measures ("la marge d'Ebit")
        previous: Claim | None = None
        self._figure_starts = sorted(d.mention.start for d in drafts)
        for draft in drafts:
            claim = self._figure_claim(draft, parsed, times, durations, used, previous)
            if claim is None:
                continue
            if claim.subject and self._measured_name(claim):
                measured = True
                if self.current is not None:
                    # "Thales a enregistré … La marge d'Ebit ajusté s'est améliorée de 0,5
                    # point": the margin of the company the article is about
                    claim = claim.model_copy(
                        update={"subject": self.current, "subject_inferred": True}
                    )
            elif focus is None and claim.subject:
                focus = claim.subject
            claims.append(claim)
            previous = claim
            self.paragraph_claim[sentence.paragraph] = claim
        for t, verb_at in event_times.items():
            if verb_at != _SOURCE_TIME:
                claims.append(self._event_claim(t, verb_at, parsed, durations))
        stated = [
            c.time
            for c in claims
            if c.kind is not _EVENT
            and c.time is not None
            and c.time.relation in (None, _IN)
            and sentence.start <= c.time.start < sentence.end
            and not _counts_back(c.time, self.lex)  # a glance back, not the article's time
        ]
        figured = [c for c in claims if c.kind is not _EVENT]
        if figured and all(self._looks_back(parsed, c) for c in figured):
            # "Il s'établissait à 7,4 % au premier trimestre": a look back from the
            # article's time, which later sentences keep ("Sur un an, il est en hausse")
            pass
        elif stated:
            # the time the sentence's figures are about is what later sentences carry ("…
            # 5,8 % du PIB en 2024, a annoncé jeudi l'Insee. Il s'élevait à 5,4 % un an plus
            # tôt": 2024, not the day the source spoke)
            self.paragraph_time[sentence.paragraph] = stated[-1]
        else:
            carried = [
                t
                for t in times
                if t.relation in (None, _IN, _SINCE)
                and t.start not in used
                and t.period is not None
            ]
            # a day named without a date ("official figures showed Wednesday") says when
            # something was said, not what a later figure is about, when the sentence has
            # another time ("in 2024")
            dated = [t for t in carried if not _spoken_day(t)]
            # a day named without a date after a verb of reporting ("Walmart reported its
            # annual results on Thursday. The retailer employs …") is when figures came out,
            # not what the next sentence's figures are about
            told = [t for t in carried if not (_spoken_day(t) and self._reported(parsed, t))]
            if dated or told:
                self.paragraph_time[sentence.paragraph] = (dated or told)[-1]
        if focus is not None or not measured:
            # (a name of what is measured moves no focus: "La marge d'Ebit ajusté s'est
            # améliorée … Le groupe, qui emploie 83 000 personnes": the company before)
            self._follow(parsed, focus)
        self._keep_noun(parsed, index)
        self.read_upto = index + 1
        return claims

    def _looks_back(self, parsed: ParsedSentence, claim: Claim) -> bool:
        """Whether the verb of a claim's clause looks back from the article's time ("Il
        s'établissait à 7,4 % au premier trimestre": ``look_back_endings``)."""
        endings = self.lex.look_back_endings
        if not endings or claim.figure is None:
            return False
        first = parsed.token_range(claim.figure)[0]
        lex, words = self.lex, parsed.words
        if not any(word.endswith(endings) for word in words[:first]):
            return False  # no word before the figure has such an ending: the usual sentence
        for word in words[self._clause_start(parsed, first) : first]:
            if word.endswith(endings) and (
                word in lex.neutral_verbs
                or word in lex.auxiliaries
                or lex.verb_lemma((word,)) is not None
            ):
                return True
        return False

    def _counted_times(self, parsed: ParsedSentence, times: list[Mention]) -> list[Mention]:
        """The sentence's times with those counted back from another time ("un an plus tôt",
        "the previous quarter": ``year_before`` and ``period_before`` of the lexicon) as
        times of their own, with no period until the time they count from is known: the
        extraction leaves them out after another time, or counts them from the publication
        date."""
        words, lex = parsed.words, self.lex
        if lex.counted_back_ends.isdisjoint(words):
            return times  # the usual sentence, told by one pass over its words
        found: list[Mention] = []
        i = 0
        while i < len(words):
            hit = (
                lex.year_before.longest_at(words, i)
                or lex.period_before.longest_at(words, i)
                or lex.whole_year.longest_at(words, i)
            )
            if hit is None:
                i += 1
                continue
            start, end = parsed.tokens[i].start, parsed.tokens[i + hit[1] - 1].end
            stated = next((t for t in times if t.start < end and start < t.end), None)
            found.append(
                stated
                or Mention(
                    kind=_TIME,
                    text=self.text[start:end],
                    start=start,
                    end=end,
                    relation=_IN,
                )
            )
            i += hit[1]
        if not found:
            return times
        kept = [t for t in times if not any(f.start < t.end and t.start < f.end for f in found)]
        return sorted([*kept, *found], key=lambda t: t.start)

    def _carried(self, by_paragraph: dict[int, _T], paragraph: int) -> _T | None:
        """What a paragraph carries, else, before it has any, what the paragraph before it
        carried when that one is a single sentence: wire copy gives each sentence its own
        paragraph ("… added 18.9 million subscribers in the fourth quarter. / That brought its
        total to 301.6 million"; "… in 2024. / A year earlier, …"); a longer paragraph's last
        words may glance elsewhere. (A time itself is not carried to a new paragraph.)"""
        found = by_paragraph.get(paragraph)
        if found is not None or paragraph - 1 not in self.single_paragraphs:
            return found
        return by_paragraph.get(paragraph - 1)

    def _refers_to_measure(self, noun: str) -> bool:
        """Whether a measure's noun only stands for a measure said before ("ce chiffre")."""
        keys = terms(noun, self.lang)
        return bool(keys) and all(k in self.lex.referring_measures for k in keys)

    def _in_stated_year(self, time: Mention, times: list[Mention]) -> Mention:
        """A month or a day named without a year, in the year a time before it in the
        sentence states ("En 2020, la banquise était tombée à 3,74 millions de km² à la
        mi-septembre": mid-September 2020, not the latest September)."""
        period = time.period
        if (
            period is None
            or period.grain not in ("month", "day")
            or period.start.year != (period.end - _DAY).year
            or _YEAR.search(time.text)
            or not _names_a_month(time.text, self.lang)
        ):
            return time
        years = {
            t.period.start.year
            for t in times
            if t.end <= time.start
            and t.period is not None
            and t.period.grain == "year"
            and t.period.end.year - t.period.start.year == 1
            and t.relation is _IN
            and _YEAR.search(t.text)
        }
        if len(years) != 1:
            return time
        year = years.pop()
        if year == period.start.year:
            return time
        try:
            start = period.start.replace(year=year)
            end = period.end.replace(year=year + (period.end.year - period.start.year))
        except ValueError:
            return time  # 29 February
        moved = period.model_copy(update={"start": start, "end": end})
        return time.model_copy(update={"period": moved})

    def _without_trailing_since(self, m: Mention, times: list[Mention]) -> list[Mention]:
        """``times`` without a "since" time set after the figure and a comma: the horizon
        of a comment on it ("à 3,75 %, sa première baisse depuis 2019", "to 4.5%, the
        lowest since 2021"), not the figure's time, when the sentence holds another."""
        return [
            t
            for t in times
            if not (t.relation is _SINCE and t.start >= m.end and "," in self.text[m.end : t.start])
        ]

    def _measure_carried(self, measure: Measure, parsed: ParsedSentence, first: int) -> Measure:
        """The measure of the figure before, carried to a figure with none of its own (whose
        first token is ``first``); without its verb of addition when a noun standing for the
        measure (``referring_measures``) comes in the few words before the figure: "added
        18.9 million paid memberships …, bringing its total to 301.6 million" counts what
        was added to, not the addition."""
        if not measure.noun or not says_addition(measure.verb, self.lang):
            return measure
        if self.lex.referring_words.isdisjoint(parsed.words[max(0, first - 4) : first]):
            return measure
        return Measure(noun=measure.noun, verb=None, terms=terms(measure.noun, self.lang))

    def _time_of_relative(
        self, parsed: ParsedSentence, first: int, times: Sequence[Mention]
    ) -> Mention | None:
        """The time a relative clause holding the figure (whose first token is ``first``) is
        about: "par rapport à janvier, où elle atteignait 1,7 %", "from 4.1% in June, when
        …" (``time_relatives`` right after the time and a comma), even a time that is
        another figure's baseline; else None."""
        relatives = self.lex.time_relatives
        if not relatives:
            return None
        words = parsed.words
        for t in reversed(times):
            if t.start >= parsed.tokens[first].start:
                continue
            _, k = parsed.token_range(t)  # the token after the time
            if k + 1 < first and words[k] == "," and words[k + 1] in relatives:
                between = words[k + 2 : first]
                if "," in between or ";" in between or len(between) > 8:
                    return None  # another clause, or too far
                # the time itself, not from it on ("from January, when it stood at 3.1%")
                return t if t.relation is _IN else t.model_copy(update={"relation": _IN})
            return None  # the nearest time before the figure opens no such clause
        return None

    def _asides(self, parsed: ParsedSentence) -> list[tuple[int, int]]:
        """The character spans of relative clauses set between commas ("Airbus, which
        reported its figures last week, delivered …"): what they say is not the time of a
        figure outside them."""
        found = parsed.asides
        if found is not None:
            return found  # (read once per sentence, for its first figure)
        words, tokens = parsed.words, parsed.tokens
        found = []
        relatives = self.lex.relatives
        # Only a comma opens an aside: the commas are found by C scans of the words, first
        # counted (the usual sentence has no relative word after any: told without the
        # exception a failed scan raises).
        i = -1
        for _ in range(words.count(",")):
            i = words.index(",", i + 1)
            if i + 1 < len(words) and words[i + 1] in relatives:
                break
        else:
            parsed.asides = found
            return found
        while 0 <= i < len(words) - 1:
            if words[i + 1] in relatives:
                close = _index_of(words, ",", i + 2)
                if close < 0:
                    break
                found.append((tokens[i].start, tokens[close].end))
                i = close
            i = _index_of(words, ",", i + 1)
        parsed.asides = found
        return found

    def _page_line(self, sentence: Sentence) -> bool:
        """A line of the page around the article: "Lire aussi : …", "Publié le …"."""
        stop = min(sentence.end, sentence.start + 40)
        # The sentence's tokens are read anyway (its figures are assembled next): its first
        # word is its first token, unless that one runs past the 40 characters looked at.
        tokens = self._sentence_tokens(sentence)
        if tokens and tokens[0].end <= stop:
            first = tokens[0].norm
        else:
            first = first_word(self.text, sentence.start, stop)
        lengths = self.lex.not_claim_lines.first_words.get(first)
        if lengths is None:
            return False  # the usual sentence, told by its first word alone
        # The words of its first 40 characters: the sentence's own tokens up to there (a
        # token scan stopped early finds the same ones), the one cut at the end read again;
        # no more of them than the longest line phrase opening with that word has.
        wanted = lengths[0]
        opening: list[str] = []
        for token in tokens:
            if len(opening) >= wanted:
                break
            if token.end <= stop:
                opening.append(token.norm)
                continue
            if token.start < stop:
                opening.extend(t.norm for t in tokenize(self.text, token.start, stop))
            break
        found = self.lex.not_claim_lines.longest_at(opening, 0)
        if found is None:
            return False
        return not self._sentence_goes_on(tokens, found[1])

    def _sentence_goes_on(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether the word right after a page line's opening words makes them a sentence's
        own: a name they start ("Credit Agricole serves 54 million customers", "Credit
        Suisse": a capitalized word, not in capitals, that is no time word, unlike "Photo
        AFP", "Published Tuesday") or a common word they qualify ("Video game sales rose 5%";
        a link word goes on a page line: "Publié le 12 mai", "Photo by")."""
        if k >= len(tokens):
            return False
        token = tokens[k]
        if not token.text.isalpha():
            return False  # "Photo :", "Updated 3:45 p.m.", "Read more |"
        if token.norm in time_lexicon(self.lang).cue_words:
            return False
        if token.text[:1].isupper():
            return not token.text.isupper()
        return token.norm not in self.lex.noun_stops

    def _record_age(self, d: Mention, parsed: ParsedSentence) -> bool:
        """A duration that says how long a record stood, not over what span the figure
        runs: "une première depuis neuf ans", "its biggest cut in nearly ten years"
        (``record_words`` in the few words before it)."""
        first, _ = parsed.token_range(d)
        before = parsed.words[max(0, first - _RECORD_REACH) : first]
        return any(word in self.lex.record_words for word in before)

    def _duration_is_figure(
        self, d: Mention, parsed: ParsedSentence, figures: Sequence[Mention]
    ) -> bool:
        """A duration that is what is measured, not when: "l'espérance de vie atteint 85 ans",
        "… et 80 ans pour les hommes"; not "en six mois", "depuis dix ans"."""
        first, last = parsed.token_range(d)
        lex = self.lex
        words = parsed.words
        if d.qualifier is not _EXACT and first < last and not words[first][:1].isdigit():
            # "a atteint 85,6 ans", "topped 81 years": a verb cue starts it, a level's verb
            cue = first
            while first < last and not parsed.tokens[first].norm[:1].isdigit():
                first += 1
            if lex.verbs.longest_at(words, cue) or lex.verbs.longest_ending_at(words, first):
                return True
        if first == 0 or not parsed.tokens[first].norm[:1].isdigit():
            return False
        before = words[first - 1]
        if before in lex.neutral_verbs or lex.verbs.longest_at(words, first - 1):
            return True
        if before in lex.level_links and first >= 2:
            # "s'établit à 80,0 ans", "stands at 87.14 years", "rose to 78.4 years"
            return words[first - 2] in lex.neutral_verbs or bool(
                lex.verbs.longest_at(words, first - 2)
            )
        if before in lex.coordinators:
            return any(0 < d.start - f.end < 40 for f in figures)
        if lex.comparison_before.longest_ending_at(words, first):
            # "rose to 78.4 years in 2023 from 77.5 years in 2022": the other side of a
            # duration that is a figure
            return any(f.kind is _DURATION and 0 < d.start - f.end < 40 for f in figures)
        return False

    def _measured_name(self, claim: Claim) -> bool:
        """Whether the claim's subject is a name the reference does not know that completes
        a measure noun ("La marge d'Ebit ajusté", "Les ventes de Dupixent"): what is
        measured, which the article's later descriptions ("Le groupe") do not refer to."""
        span = claim.subject_span
        gazetteer = self.gazetteer
        if (
            gazetteer is None
            or span is None
            or claim.subject_inferred
            or claim.subject in gazetteer.canonical_names
        ):
            return False
        words = phrase_key(self.text[max(0, span.start - 40) : span.start])
        if len(words) < 2 or words[-1] not in self.lex.noun_links:
            return False
        return bool(self.lex.measure_nouns.longest_ending_at(words, len(words) - 1))

    def _year_before_noun(self, m: Mention) -> Mention:
        """A year the time finder did not take, right before a measure noun ("Pfizer
        expects 2025 revenue of $61 billion", "its 2024 sales"): the time of the figure, in
        that year; any other mention as it is."""
        if (
            m.kind is not _NUMBER
            or m.qualifier is not _EXACT
            or m.unit is not None
            or not _YEAR_DIGITS.fullmatch(m.text)
            or not 1900 <= (m.value or 0) <= 2100
        ):
            return m
        text = self.text
        if m.start > 0 and text[m.start - 1].isalnum():
            return m
        after = text[m.end : m.end + 40]
        if not after[:1].isspace() or not self.lex.measure_nouns.longest_at(phrase_key(after), 0):
            return m
        year = int(m.text)
        period = Period(start=datetime(year, 1, 1), end=datetime(year + 1, 1, 1), grain="year")
        return Mention(
            kind=_TIME, text=m.text, start=m.start, end=m.end, period=period, relation=_IN
        )

    def _not_a_claim(self, m: Mention, parsed: ParsedSentence) -> bool:
        """Numbers that are labels, not figures."""
        text = self.text
        before = text[m.start - 1] if m.start > 0 else " "
        after = text[m.end] if m.end < len(text) else " "
        if before.isalpha() or (after.isalnum() and m.kind is _NUMBER):
            return True  # part of a word: "SU7", "XC90", "CO2"
        if m.kind is _PERCENT and self._modifier_percent(m, parsed):
            return True  # "des voitures 100 % électriques": an adjective, not a figure
        if m.kind is _NUMBER:
            if _PHONE.fullmatch(m.text) or _LEADING_ZERO.match(m.text):
                return True  # "01 42 75 80 00", "020 7946 0958": a phone number or a code
            if _DIGIT_AFTER_SPACE.match(text, m.end):
                return True  # digit groups a figure would have joined: a number, not a figure
            first, last = parsed.token_range(m)
            if self.lex.not_claim_before.longest_ending_at(parsed.words, first):
                return True
            if m.text.isalpha() and self.lex.not_claim_after.longest_at(parsed.words, last):
                return True  # "one of the largest drops": a number word picking one out
            plain = m.qualifier is _EXACT and m.unit is None
            if plain and _YEAR_DIGITS.fullmatch(m.text) and 1000 <= (m.value or 0) <= 2100:
                return True  # a year the time finder did not take: "(2025)"
            if plain and after in ".)" and _opens_its_line(text, m.start):
                return True  # list numbering: "1." "2)"
        return False

    def _bound_across_negation(self, m: Mention, parsed: ParsedSentence, first: int) -> Mention:
        """A plain figure right after a negation that follows a verb cue takes that cue's
        bound, for :meth:`_denial` to deny: French puts "pas" between a simple tense and its
        figure ("ne dépassait pas 2 %": at most 2 %), so the numbers finder saw no cue."""
        if (
            m.qualifier is not _EXACT
            or first < 2
            or parsed.words[first - 1] not in self.lex.negations
        ):
            return m
        found = cue_before(self.text, parsed.tokens[first - 1].start, self.lang)
        if found is None or found.qualifier not in _BOUNDS:
            return m
        qualifier = Qualifier(found.qualifier)
        value = m.value
        if qualifier in (Qualifier.LE, Qualifier.LT):
            low, high, low_open, high_open = None, value, False, qualifier is Qualifier.LT
        else:
            low, high, low_open, high_open = value, None, qualifier is Qualifier.GT, False
        bounds = {"low": low, "high": high, "low_exclusive": low_open, "high_exclusive": high_open}
        return m.model_copy(update={"qualifier": qualifier, **bounds})

    def _denial(self, m: Mention, words: Sequence[str], first: int) -> int | None:
        """The token of a negation that denies a bound ("did not exceed 400", "n'a pas franchi
        la barre des 2 millions", "has not been above 3%", "n'a pas livré plus de 400"): right
        before the figure's words, or before one auxiliary or verb right before them; for
        other figures only the latter ("n'a pas livré 400 avions", "did not sell 400 cars").
        None when nothing is denied."""
        if first == 0:
            return None
        lex = self.lex
        at = first - 1
        if at >= 1 and (
            words[at] in lex.auxiliaries
            or words[at] in lex.neutral_verbs
            or lex.verb_lemma((words[at],)) is not None
        ):
            at -= 1  # "has not been above 3%", "n'a pas livré plus de 400 avions"
        elif m.qualifier not in _COMPLEMENT:
            return None  # "rose 20%, not 18%": a figure set against another, not denied
        return at if words[at] in lex.negations else None

    def _circumstance(self, m: Mention, parsed: ParsedSentence, first: int) -> bool:
        """A number written in words right after a preposition, after a figure of its
        sentence: it counts the circumstances of that figure ("in three antitrust cases",
        "en deux étapes"), it is no figure of its own."""
        return (
            m.kind is _NUMBER
            and m.text.isalpha()
            and m.unit is None
            and m.qualifier is _EXACT
            and first >= 1
            and parsed.words[first - 1] in self.lex.description_blockers
        )

    def _modifier_percent(self, m: Mention, parsed: ParsedSentence) -> bool:
        first, last = parsed.token_range(m)
        if first == 0 or last >= len(parsed.tokens) or m.qualifier is not _EXACT:
            return False
        before, after = parsed.tokens[first - 1], parsed.tokens[last]
        words, lex = parsed.words, self.lex
        return (
            self._noun_word(before, words[first - 1])
            and not self._finite_looking(words, first - 1)
            and lex.verbs.longest_at(words, first - 1) is None
            and after.is_word
            and words[last] not in lex.noun_links
            and words[last] not in lex.noun_stops
            and lex.change_after.longest_at(words, last) is None
        )

    def _reported(self, parsed: ParsedSentence, t: Mention) -> bool:
        """Whether a verb of reporting (``report_verbs``) stands before time ``t``."""
        verbs = self.lex.report_verbs
        if not verbs:
            return False
        first, _ = parsed.token_range(t)
        return not verbs.isdisjoint(parsed.words[:first])

    def _reported_after_figure(
        self, parsed: ParsedSentence, first: int, drafts: Sequence[_Draft]
    ) -> bool:
        """Whether the day at token ``first`` closes the clause of a figure whose verb is one
        of reporting: "Pfizer reported full-year revenue of $63.6 billion on Tuesday" (the day
        the figures came out, not the period they cover)."""
        verbs = self.lex.report_verbs
        if not verbs:
            return False
        for d in drafts:
            if d.last <= first and first - d.last <= 1 and d.first >= 1:
                before = parsed.words[: d.first]
                clause = self._clause_start(parsed, d.first)
                if not verbs.isdisjoint(before[clause:]):
                    return True
        return False

    def _without_record_starts(
        self, parsed: ParsedSentence, candidates: list[Mention]
    ) -> list[Mention]:
        """The candidate times that do not start the records a superlative counts from
        (``record_starts``: "its wettest 18 months since records began in 1836, with 1,695.9
        millimetres of rain falling between October 2022 and March 2024")."""
        starts = self.lex.record_starts
        kept = []
        for t in candidates:
            k = bisect.bisect_left(parsed.tokens, t.start, key=_START)
            at_token = k < len(parsed.tokens) and parsed.tokens[k].start == t.start
            if at_token and (
                starts.longest_ending_at(parsed.words, k)
                or starts.longest_ending_at(parsed.words, k + 1)
                or (t.relation is _SINCE and self._after_superlative(parsed.words, k))
            ):
                continue
            kept.append(t)
        return kept

    def _after_superlative(self, words: Sequence[str], k: int) -> bool:
        """Whether one of ``record_superlatives`` ends a few words before word ``k`` (a noun
        between: "son plus bas niveau depuis 2001", "the lowest since 2001")."""
        found = self.lex.record_superlatives
        return any(found.longest_ending_at(words, end) for end in range(max(0, k - 2), k + 1))

    def _without_next_clauses(
        self, m: Mention, parsed: ParsedSentence, candidates: list[Mention]
    ) -> list[Mention]:
        """The candidate times that are not in a coordinated clause after the figure's that
        holds a figure of its own: "The bank's revenue slipped to $65.9 billion, and its
        CET1 ratio was 14.9% at the end of December" (the end of December is the ratio's)."""
        if parsed.coordinations is None:
            parsed.coordinations = self._coordinated_clauses(parsed)
        opens = parsed.coordinations
        k = bisect.bisect_left(opens, m.end)
        if k == len(opens):
            return candidates  # no coordinated clause after the figure: the usual case
        starts = self._figure_starts
        f = bisect.bisect_right(starts, opens[k])
        if f == len(starts):
            return candidates  # no figure in the clauses after it
        limit = starts[f]  # the first figure of a later coordinated clause
        return [t for t in candidates if t.start <= limit]

    def _coordinated_clauses(self, parsed: ParsedSentence) -> list[int]:
        """Where a comma or a semicolon then one of ``clause_coordinators`` opens a clause in
        the sentence (one pass over it)."""
        found = []
        for mark in _CLAUSE_MARKS.finditer(self.text, parsed.start, parsed.end):
            after = first_word(self.text, mark.end(), parsed.end)
            if after.casefold() in self.lex.clause_coordinators:
                found.append(mark.start())
        return found

    def _counted_noun_ends(self, parsed: ParsedSentence, k: int, drafts: Sequence[_Draft]) -> bool:
        """Whether token ``k`` ends the noun a figure counts ("61,730 housing starts"): a
        word of it, not a verb."""
        end = parsed.tokens[k].end
        return any(
            d.mention.noun is not None
            and d.mention.end < end
            and self.text[d.mention.end : end].strip() == d.mention.noun
            for d in drafts
        )

    def _event_times(
        self, parsed: ParsedSentence, times: Sequence[Mention], drafts: Sequence[_Draft]
    ) -> dict[Mention, int]:
        """Times that date an event: a deadline after a verb ("exporter … d'ici 2026"), or any
        time next to an event verb ("lancée en 2021"). Value: the verb's token index, or
        ``_SOURCE_TIME`` for the time a source spoke."""
        found: dict[Mention, int] = {}
        for t in times:
            first, last = parsed.token_range(t)
            if _in_title(self.text, t):
                continue
            if (
                t.period is not None
                and t.period.grain == "day"
                and self.lex.source_markers.longest_ending_at(parsed.words, first)
            ):
                # "…, the Labor Department said on Friday": the day the source spoke (not
                # "said second-quarter revenue came in at …")
                found[t] = _SOURCE_TIME
                continue
            if (
                t.period is not None
                and t.period.grain == "day"
                and first > 0
                and (
                    (parsed.words[first - 1] in self.lex.report_verbs and len(times) > 1)
                    or self._reported_after_figure(parsed, first, drafts)
                )
            ):
                # "Airbus a livré 766 avions en 2024, a annoncé jeudi l'avionneur, un chiffre
                # en hausse de 4,2 %": the day the figures came out, no figure's time
                found[t] = _SOURCE_TIME
                continue
            attached = self._event_verb_at(parsed, first - 1)
            if attached is not None and self._counted_noun_ends(parsed, first - 1, drafts):
                attached = None  # "61,730 housing starts in the first half": a noun, no verb
            if attached is not None and self._in_source(parsed.tokens, parsed.words, attached):
                # "according to FBI data released on Monday": when the source spoke, neither
                # an event nor the time of a figure
                found[t] = _SOURCE_TIME
                continue
            if attached is not None and self._in_since_clause(parsed, attached):
                continue  # "since records began in 1836": a starting point, no event
            if attached is not None and not any(
                d.first > first and self._same_clause(parsed, last, d.first) for d in drafts
            ):
                found[t] = attached  # "ouverte en 1952", "fondée en 2010": the verb's own date
                continue
            if attached is not None:
                # the verb's object holds a figure ("a adopté mardi un budget de 612
                # millions"): the figure is the claim, the day only when it was said
                continue
            verb = self._verb_before(parsed, first, events_only=t.relation not in _DEADLINES)
            if t.relation not in _DEADLINES and drafts and not self._relative(parsed, verb):
                # a date in a sentence of figures is their time, not an event (unless a
                # relative clause says it: "Le Centre Pompidou, qui fermera ses portes fin 2025,
                # a enregistré 3,2 millions d'entrées")
                continue
            if verb is None and t.relation not in _DEADLINES:
                verb = self._event_verb_after(parsed, last, fronted=first == 0)
            if (
                verb is None
                or self._in_source(parsed.tokens, parsed.words, verb[0])
                or self._in_since_clause(parsed, verb[0])
            ):
                continue
            if t.relation in _DEADLINES and any(
                d.first > verb[0]
                or (
                    self._same_clause(parsed, d.last, first)
                    and not any(w in self.lex.coordinators for w in parsed.words[d.last : verb[0]])
                )
                for d in drafts
            ):
                # the deadline of a figure: "vendre 1 million de voitures d'ici 2030", "400 000
                # bornes seront nécessaires d'ici 2030" (but "… 100 points de vente et
                # pourrait exporter sa gamme d'ici 2026" is an event of its own)
                continue
            found[t] = verb[0]
        return found

    def _in_since_clause(self, parsed: ParsedSentence, verb: int) -> bool:
        """Whether the verb at token ``verb`` is in a clause opened a few words before it by
        a conjunction of a starting point ("since records began in 1836", ``since_clauses``):
        the clause dates what the sentence measures from, it is no event of its own."""
        since = self.lex.since_clauses
        return any(since.longest_ending_at(parsed.words, k) for k in range(max(0, verb - 3), verb))

    def _relative(self, parsed: ParsedSentence, verb: tuple[int, str] | None) -> bool:
        """Whether a verb opens a relative clause: a clause word ("qui", "which") before it,
        auxiliaries and clitics aside."""
        if verb is None:
            return False
        words, lex = parsed.words, self.lex
        i = verb[0] - 1
        while i >= 0 and (words[i] in lex.auxiliaries or words[i] in lex.clitics):
            i -= 1
        return i >= 1 and words[i] in lex.clause_breaks and parsed.tokens[i - 1].text == ","

    def _reaching(self, words: Sequence[str], i: int) -> bool:
        """Whether word ``i`` is a verb that only says a figure was reached ("atteint",
        "s'élève"), not a copula or an auxiliary ("There were 7.57 million cases")."""
        lex, word = self.lex, words[i]
        return word in lex.neutral_verbs and word not in lex.copulas and word not in lex.auxiliaries

    def _figure_between(self, m: Mention, other: Mention) -> bool:
        """Whether the start of another figure of the sentence lies between ``m`` and
        ``other`` (a mention before or after it)."""
        starts = self._figure_starts
        if other.start >= m.end:
            k = bisect.bisect_left(starts, m.end)
            return k < len(starts) and starts[k] < other.start
        k = bisect.bisect_left(starts, other.end)
        return k < len(starts) and starts[k] < m.start

    def _transitive_change(
        self, parsed: ParsedSentence, first: int, times: Sequence[Mention] = ()
    ) -> bool:
        """Whether the figure at token ``first`` is the size of a change a verb makes to its
        object: one of ``change_links`` right before it, after a verb of change and the
        words of its object ("cut the cap by 7%", "a relevé son plafond de 6,4 %"; not "son
        plafond de 6,4 %" alone); or, set apart by a comma, after the verb and its time
        ("a légèrement augmenté en 2024, de 0,8 %": the time's words are passed over)."""
        words, lex = parsed.words, self.lex
        if first < 3 or words[first - 1] not in lex.change_links:
            return False
        start = first - 2
        if words[start] == "," and times:
            tokens = parsed.tokens
            timed = next((t for t in times if t.end == tokens[start - 1].end), None)
            if timed is None:
                return False
            start -= 1
            while start >= 0 and tokens[start].start >= timed.start:
                start -= 1
        for i in range(start, max(-1, start - _OBJECT_WORDS), -1):
            word = words[i]
            if self._clause_break(parsed.tokens[i], word) or word in lex.coordinators:
                return False
            if not parsed.tokens[i].is_word or word[:1].isdigit():
                return False
            hit = lex.verbs.longest_at(words, i)
            if _moves(hit[0] if hit is not None else word, self.lang):
                return True  # "cut the cap by", or with no object "has risen by"
        return False

    def _moves(self, verb: str | None) -> bool:
        """Whether a verb only says which way a figure went ("fell", "chuter")."""
        return verb is not None and _moves(verb, self.lang)

    def _figure_claim(
        self,
        draft: _Draft,
        parsed: ParsedSentence,
        times: Sequence[Mention],
        durations: Sequence[Mention],
        used: set[int],
        previous: Claim | None,
    ) -> Claim | None:
        m, words, lex = draft.mention, parsed.words, self.lex
        kind = draft.kind
        if kind is _QUANTITY:
            signed = m.text[:1] in "+−" or self.text[m.start - 1 : m.start] in ("+", "−")
            # percentage or basis points only ever tell a difference: "a abaissé son taux de
            # 25 points de base", "cut rates by 0.25 percentage point"
            signed = signed or (m.kind is _PERCENT and _in_points(m.unit))
            cue = lex.change_before.longest_ending_at(words, draft.first)
            if not cue and draft.first >= 2 and words[draft.first - 2] in lex.restrictive:
                # "n'a augmenté que de 2 %": the change, restricted ("que" read past)
                plain = [*words[: draft.first - 2], words[draft.first - 1]]
                cue = lex.change_before.longest_ending_at(plain, len(plain))
            if cue and lex.not_change_before.longest_ending_at(words, draft.first) >= cue:
                cue = 0  # "made up 77% of attendance": a verb's particle, not a rise
            if cue and lex.crossings.longest_at(words, draft.first) is not None:
                cue = 0  # "fell below 650,000": the level crossed, not the size of the fall
            if cue == 1 and words[draft.first - 1] in _SIGNS and not m.text[:1].isdigit():
                # a sign before a hedge's word is no sign of the figure: "LONDON, Sept 26 -
                # Some 1,602 people were killed" is a dateline's dash
                cue = 0
            if signed or cue:
                kind = _CHANGE
            elif lex.ratio_after.longest_at(words, draft.last) is not None or _share(
                m, words, draft.last, lex.share_links, self.lang
            ):
                kind = _RATIO
            elif (
                lex.change_after.longest_at(words, draft.last) is not None
                or _change_after_noun(words, draft.last, lex)
                or self._transitive_change(parsed, draft.first, times)  # "cut the cap by 7%"
                or (
                    # a range that takes its link: "une hausse de son Ebitda de 5 % à 6 %"
                    draft.last > draft.first
                    and words[draft.first] in lex.change_links
                    and self._transitive_change(parsed, draft.first + 1)
                )
            ):
                kind = _CHANGE
            elif draft.baseline is not None:
                kind = _COMPARISON
        noun_at = draft.last
        inside = m.text.rfind(m.noun) if m.noun else -1
        if inside > 0:  # a quantity whose span takes its product: "4 GW de capacités"
            offset, j = m.start + inside, draft.first
            while j < draft.last and parsed.tokens[j].start < offset:
                j += 1
            noun_at = j
        if kind is _RANK:
            rank_noun = self._noun_phrase(parsed.tokens, words, draft.last, len(words), heads=True)
            if rank_noun is None:
                return None  # a rank of nothing: "le premier"
        if kind is _RATIO:
            hit = lex.ratio_after.longest_at(words, draft.last)
            noun_at = draft.last + (hit[1] if hit else 0)
        after = None
        if kind is _QUANTITY:
            # "… d'euros en transferts", "1,3 milliard consacré aux transports"
            after = self._purpose_after(parsed, noun_at, money=m.kind is _MONEY)
        if after is None:
            after = self._noun_after(parsed, noun_at) if kind is not _RANK else rank_noun
        if after is not None and previous is not None and self._generic(parsed, after):
            after = None  # "… a reculé de 0,9 %, à 2,8 millions de personnes": who is counted
        if after is not None and is_points(after.text, self.lang):
            after = None  # "en baisse de 0,5 point": a unit, the measure is said elsewhere
        carrier = self._verb_before(parsed, draft.first, events_only=False, generic=False)
        carried = (
            after is not None
            and carrier is not None
            and not self._moves(carrier[1])  # "fell to 7.6 million cases": not what is counted
            and not any(
                self._noun_word(parsed.tokens[i], words[i])
                for i in range(carrier[0] + 1, draft.first)
            )
        )  # "added 142,000 jobs" (but "made a profit of 2.22 trillion crowns")
        direct = (
            after is not None
            and draft.last < len(words)
            and after.start == (parsed.tokens[draft.last].start)
        )  # "the 2% target", "a 5% stake": the figure qualifies the noun after it
        named_after = after is not None and (
            (direct and m.kind is _PERCENT)
            or self._names_measure(parsed, after)
            or m.kind is _MONEY  # "40 milliards d'euros d'économies": what it is
            or carried  # "the economy added 142,000 jobs": the object is counted
        )
        noun = None
        if (
            lex.valuation_links.longest_ending_at(words, draft.first)
            and draft.last < len(words)
            and words[draft.last] in lex.determiners
        ):
            # "La Fondation … estime à 350 000 le nombre de personnes sans domicile": what
            # is valued follows the figure, whatever the words before it
            noun = self._object_after(parsed, draft.last)
        if noun is None and (not named_after or (m.kind is _PERCENT and not direct)):
            # "le taux de chômage … 7,5 % de la population active": a share of what follows
            noun = self._measure_noun_before(parsed, draft.first)
        if noun is not None and kind is _CHANGE and previous is not None:
            cue = lex.change_before.longest_ending_at(words, draft.first)
            if cue and noun.start >= parsed.tokens[draft.first - cue].start:
                # "13,9 milliards d'euros, en croissance organique de 4,3 %": the cue's noun
                # says how the previous figure's measure changed, not what changed
                noun = None
        if noun is None:
            noun = self._from_unit(parsed, draft, after)  # "72 000 hectares de forêts"
        if noun is None and previous is None:
            clause = self._clause_start(parsed, draft.first)
            word = words[clause] if clause < draft.first else ""
            if clause > 0 and (
                (word.isalpha() and word.endswith(lex.participle_endings))
                or (word in lex.level_links and clause + 1 == draft.first)
            ):
                # "real wages fell in July, dropping 0.6%", "le nombre de mariages a reculé
                # en 2023, à 241 000": the clause before says what
                noun = self._measure_noun_before(parsed, clause - 1)
                if noun is None and word in lex.level_links:
                    noun = self._noun_before(parsed, clause - 1)
        if noun is None:
            noun = self._label_before(parsed, draft.first)
        if noun is None:
            noun = self._noun_before(parsed, draft.first)
        if noun is None and previous is None:
            noun = self._object_after(parsed, draft.last)  # "chiffre à 12 milliards le coût de …"
        verb = self._measure_verb(parsed, draft.first, noun)
        measure = self._measure(noun, verb)
        if (
            noun is not None
            and noun is after
            and m.kind is not _MONEY
            and (
                lex.light_verbs.longest_ending_at(words, draft.first)
                or self._reaching(words, draft.first)
                or (draft.first > 0 and self._reaching(words, draft.first - 1))
                or (
                    # "Airbus's backlog stood at 8,658 aircraft", "le carnet de commandes
                    # s'élevait à 8 658 avions": the level's link after the verb
                    draft.first > 1
                    and words[draft.first - 1] in lex.level_links
                    and self._reaching(words, draft.first - 2)
                )
            )
        ):
            doer = self._noun_before(parsed, draft.first)
            if doer is not None and doer.end <= m.start:
                # "Les homicides ont fait 1 010 victimes": victims of homicides; "les mises
                # en chantier ont atteint 68 000 logements": starts of dwellings
                joined = f"{doer.text} {noun.text}"
                found = terms(" ".join(p for p in (joined, verb) if p), self.lang)
                measure = Measure(noun=joined, verb=verb, terms=found)
        earlier = self._carried(self.paragraph_claim, parsed.paragraph)
        if (
            noun is None
            and verb is not None
            and earlier is not None
            and earlier.measure.noun
            and self._partitive(parsed, draft.first)
        ):
            # "Lidl a ouvert 31 magasins … et en compte désormais 1 600": "en" = magasins
            joined = f"{earlier.measure.noun} {verb}"
            measure = Measure(noun=earlier.measure.noun, verb=verb, terms=terms(joined, self.lang))
        if (
            noun is None
            and previous is None
            and verb is not None
            and earlier is not None
            and earlier.measure.noun
            and verb == earlier.measure.verb
        ):
            # "a réalisé un chiffre d'affaires de 10,96 milliards … / Il avait réalisé 11,6
            # milliards un an plus tôt": the same verb with no noun restates the measure
            measure = self._measure_carried(earlier.measure, parsed, draft.first)
        if (
            noun is None
            and previous is not None
            and previous.measure.terms
            and (verb in (None, previous.measure.verb) or self._moves(verb))
        ):
            # "carried 13.1 million passengers in February, 11% more than a year ago"
            measure = self._measure_carried(previous.measure, parsed, draft.first)
            verb = measure.verb
            if previous.figure is not None and _scaled(m):
                # "… 5,5 milliards d'euros, tandis que celui d'Airbus a progressé à 4,2
                # milliards": the currency left out the second time
                m = _in_currency_of(m, previous.figure)
        if noun is None and verb is None:
            if previous is not None and previous.measure.terms:
                # "… 2,24 millions de véhicules, en hausse de 9 %": the same measure
                measure = self._measure_carried(previous.measure, parsed, draft.first)
                if previous.figure is not None and _scaled(m):
                    # "… de 56,2 milliards d'euros, Stellantis de 156,9 milliards"
                    m = _in_currency_of(m, previous.figure)
            elif (
                earlier is not None
                and earlier.figure is not None
                and earlier.measure.terms
                and (
                    (m.unit, m.currency) == (earlier.figure.unit, earlier.figure.currency)
                    # "… à 7,3 %. Il recule ainsi de 0,1 point": points of that percentage
                    or (_in_points(m.unit) and earlier.figure.unit == "%")
                    # "… 663 000 naissances. C'est 2,2 % de moins qu'un an plus tôt": a
                    # relative change of any measure
                    or (kind is _CHANGE and m.kind is _PERCENT and not _in_points(m.unit))
                    # "… 156,9 milliards d'euros. Celui-ci avait atteint 189,5 milliards en
                    # 2023": the writer leaves the currency out the second time
                    or (
                        parsed.words[0] in self.lex.pronouns
                        and _in_currency_of(m, earlier.figure) is not m
                    )
                )
                and (
                    m.unit
                    or m.currency
                    or self._partitive(parsed, draft.first)
                    or (
                        parsed.words
                        and (
                            parsed.words[0] in self.lex.pronouns
                            or parsed.words[0] in self.lex.anaphors
                        )
                    )
                )
            ):
                # "EDF a produit 320 TWh … L'électricien vise entre 315 et 345 TWh": the same
                # measure in the same unit; a bare figure too after a pronoun opening its
                # sentence, standing for what was measured or for whose it was ("… à 1,62
                # enfant par femme. Elle s'établissait à 1,68 en 2023")
                measure = earlier.measure
                if says_addition(measure.verb, self.lang) and measure.noun:
                    # "… added 18.9 million subscribers. That brought its total to 301.6
                    # million": what was counted, not its addition
                    measure = Measure(
                        noun=earlier.measure.noun,
                        verb=None,
                        terms=terms(earlier.measure.noun, self.lang),
                    )
                m = _in_currency_of(m, earlier.figure)
            elif (
                earlier is None
                and self.noun_before is not None
                and self.noun_before[0] == self.read_upto - 1
                and parsed.words
                and parsed.words[0] in self.lex.pronouns
                and m.kind is not _PERCENT
                and (said := self._noun_of(self.noun_before[1])) is not None
            ):
                # "La Ville de Marseille a présenté son budget pour 2025. Celui-ci s'élève à
                # 1,69 milliard d'euros": the measure noun the pronoun stands for
                measure = Measure(noun=said, verb=verb, terms=terms(said, self.lang))
            elif m.kind is _NUMBER:
                return None  # a bare number with nothing it counts
        if (
            noun is not None
            and noun is after
            and m.kind is _PERCENT
            and not _in_points(m.unit)
            and draft.last < len(words)
            and words[draft.last] in lex.share_links
        ):
            # "a augmenté de 0,1 point …, à 7,5 % de la population active", "Elle représente
            # 115,6 % du PIB": the base of the rate, not what is measured, when the rate's
            # change in points before it or, after a pronoun, the paragraph's claim before
            # says what ("soit 110,7 % du PIB", "or 10% of its workforce" keep their base)
            source = None
            if previous is not None and previous.figure is not None:
                source = previous if _in_points(previous.figure.unit) else None
            elif words and words[0] in lex.pronouns:
                source = earlier
            if source is not None and source.measure.terms:
                measure = source.measure
        referred = previous if previous is not None else earlier
        if (
            referred is not None
            and referred.measure.terms
            and measure.noun is not None
            and self._refers_to_measure(measure.noun)
        ):
            # "Ce chiffre est en hausse de 4 %", "The figure compares with $30.4 billion":
            # the measure said before
            measure = referred.measure
        subject, inferred, span = self._subject(parsed, draft.first, draft.last, noun, previous)
        location, location_span = self._location(parsed, m, noun)
        if location is None and inferred and subject is not None:
            # "… fell to 88.9% in England in 2023-24. It was 89.3% a year earlier": what the
            # sentence refers back to is where it was
            referred_to = previous or self._carried(self.paragraph_claim, parsed.paragraph)
            if referred_to is not None and referred_to.subject == subject and referred_to.location:
                location = referred_to.location
        extent_end = m.end
        if noun is not None and noun.start >= m.end:
            # measure from the end of the noun phrase: "2 000 magasins d'ici 2027"
            extent_end = noun.end
        asides = self._asides(parsed)
        stated = self._time_of_relative(parsed, draft.first, times)
        candidates = (
            [stated]
            if stated is not None
            else [
                t
                for t in times
                if t.start not in used
                and not (
                    asides and any(a <= t.start < b and not a <= m.start < b for a, b in asides)
                )
            ]
        )  # (not a time inside an aside: "Airbus, which reported its figures last week,")
        if candidates:
            # (none left: the time the paragraph carries, or the publication date's reading)
            candidates = self._without_record_starts(parsed, candidates)
        if len(candidates) > 1:
            candidates = self._without_trailing_since(m, candidates) or candidates
        if candidates and len(self._figure_starts) > 1:
            candidates = self._without_next_clauses(m, parsed, candidates)
        time = _nearest_to(m.start, extent_end, candidates)
        if time is not None and len(candidates) > 1:
            time = self._in_stated_year(time, candidates)
        if time is not None:
            # "Il s'élevait à 5,4 % un an plus tôt": a year before the time read before it
            before = previous.time if previous is not None else None
            anchor = before or self._carried(self.paragraph_time, parsed.paragraph)
            counted = _counted_back(time, anchor, lex)
            if (
                counted is not time
                and anchor is not None
                and kind is _CHANGE
                and draft.baseline_time is None
                and _counts_back(time, lex)
            ):
                # "145 400 de plus qu'un an plus tôt": a change since then, over to the
                # time read before it
                draft.baseline_time, counted = counted, anchor
            time = counted if counted.period is not None else None
            # (no period: counted from nothing said, the publication date's reading)
        if time is None:
            # (a new paragraph carries no time: "En 2023, Renault a vendu … / Le groupe
            # emploie 105 000 salariés" is today's staff)
            time = self.paragraph_time.get(parsed.paragraph)
        baseline_time = draft.baseline_time
        if baseline_time is not None:
            # "301.6 million …, up from 260.3 million a year earlier": a year before the
            # figure's own time, not before the publication date
            baseline_time = _counted_back(baseline_time, time, lex)
            if baseline_time.period is None:
                baseline_time = None
        # (not one beyond another figure: "a atteint 83,1 millions, en hausse de 2,5 % sur un
        # an" is the change's year, no span of the level)
        duration = _nearest(m, [d for d in durations if not self._figure_between(m, d)])
        # Every field comes from validated mentions, offsets and spans of this text: the
        # claim is assembled without validating them again (in the model's field order).
        return model_in_order(
            Claim,
            {
                "kind": kind,
                "lang": self.lang,
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "sentence": self.text[parsed.start : parsed.end],
                "sentence_start": parsed.start,
                "subject": subject,
                "subject_inferred": inferred,
                "subject_span": span,
                "measure": measure,
                "figure": m,
                "time": time,
                "duration": duration,
                "location": location,
                "location_span": location_span,
                "baseline": draft.baseline,
                "baseline_time": baseline_time,
            },
            _CLAIM_FIELDS,
        )

    def _event_claim(
        self, t: Mention, verb_at: int, parsed: ParsedSentence, durations: Sequence[Mention]
    ) -> Claim:
        words = parsed.words
        lemma = self._lemma_at(parsed, verb_at)
        noun = self._object_after(parsed, verb_at + 1)
        subject, inferred, span = self._subject(parsed, verb_at, verb_at + 1, noun)
        location, location_span = self._location(parsed, t, noun)
        del words
        return Claim(
            kind=_EVENT,
            lang=self.lang,
            text=t.text,
            start=t.start,
            end=t.end,
            sentence=self.text[parsed.start : parsed.end],
            sentence_start=parsed.start,
            subject=subject,
            subject_inferred=inferred,
            subject_span=span,
            measure=self._measure(noun, lemma),
            time=t,
            duration=_nearest(t, durations),
            location=location,
            location_span=location_span,
        )

    def _from_unit(self, parsed: ParsedSentence, draft: _Draft, noun: Span | None) -> Span | None:
        """The noun after a figure (or none) extended back to a unit word of the figure that
        says what is measured: "72 000 hectares de forêts", "14 000 hectares"."""
        units, words, tokens = self.lex.measure_units, parsed.words, parsed.tokens
        if "/" in (draft.mention.unit or ""):
            return noun  # a rate's second unit says per what, not what ("6,2 t/ha")
        for i in range(draft.first, draft.last):
            if words[i] in units:
                if noun is not None and noun.start < tokens[i].end:
                    return noun
                end = noun.end if noun is not None else tokens[i].end
                return text_span(self.text, tokens[i].start, end)
        return noun

    def _measure(self, noun: Span | None, verb: str | None) -> Measure:
        noun_text = noun.text if noun is not None else None
        joined = f"{noun_text} {verb}" if noun_text and verb else (noun_text or verb)
        found = terms(joined, self.lang) if joined else ()
        return model_in_order(
            Measure, {"noun": noun_text, "verb": verb, "terms": found}, _MEASURE_FIELDS
        )


# Every field of the models built on the hot path, in order (told at import): they are built
# from values of this text without validating them again.
_MEASURE_FIELDS = ("noun", "verb", "terms")
_CLAIM_FIELDS = (
    "kind",
    "lang",
    "text",
    "start",
    "end",
    "sentence",
    "sentence_start",
    "subject",
    "subject_inferred",
    "subject_span",
    "measure",
    "figure",
    "time",
    "duration",
    "location",
    "location_span",
    "baseline",
    "baseline_time",
)
check_in_order(Measure, _MEASURE_FIELDS)
check_in_order(Claim, _CLAIM_FIELDS)


@dataclass(slots=True)
class _Draft:
    """A figure on its way to becoming a claim."""

    mention: Mention
    first: int  # index of the figure's first token
    last: int  # index after its last token
    kind: ClaimKind = _QUANTITY
    baseline: Mention | None = None
    baseline_at: int = 0
    baseline_time: Mention | None = None


def _in_currency_of(m: Mention, baseline: Mention | None) -> Mention:
    """A bare number compared with an amount of money is more of that money ("passé de
    3,8 milliards d'euros en 2023 à 4,2 milliards en 2024", "from $79 billion to 83
    billion"): the writer leaves the currency out the second time."""
    if (
        baseline is None
        or baseline.kind is not _MONEY
        or m.kind is not _NUMBER
        or m.unit is not None
        or m.currency is not None
        or m.noun
    ):
        return m
    return m.model_copy(update={"kind": _MONEY, "currency": baseline.currency})


def _scaled(m: Mention) -> bool:
    """A number written with a scale word ("156,9 milliards", "4.2 billion"), as amounts of
    money are when their currency is left out."""
    return m.kind is _NUMBER and any(c.isalpha() for c in m.text.split()[-1])


# A denied bound is its complement: "not above 400" is at most 400, "not below 3%" at least 3%.
_BOUNDS = frozenset(("gt", "ge", "lt", "le"))
_COMPLEMENT = {
    Qualifier.GT: Qualifier.LE,
    Qualifier.GE: Qualifier.LT,
    Qualifier.LT: Qualifier.GE,
    Qualifier.LE: Qualifier.GT,
}


def _complement(m: Mention, start: int, text: str) -> Mention:
    """The bound a denied bound states, the other side of the same value, with the words
    from the negation on."""
    qualifier = _COMPLEMENT[m.qualifier]
    value = m.value
    if qualifier in (Qualifier.LE, Qualifier.LT):
        low, high, low_open, high_open = None, value, False, qualifier is Qualifier.LT
    else:
        low, high, low_open, high_open = value, None, qualifier is Qualifier.GT, False
    return m.model_copy(
        update={
            "qualifier": qualifier,
            "low": low,
            "high": high,
            "low_exclusive": low_open,
            "high_exclusive": high_open,
            "start": start,
            "text": text,
        }
    )


_RECORD_REACH = 4  # words before a duration where a record word makes it a record's age


def _nearest(m: Mention, candidates: Sequence[Mention]) -> Mention | None:
    return _nearest_to(m.start, m.end, candidates)


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)|['’]\d{2}\b")
_DAY = timedelta(days=1)


def _names_a_month(text: str, lang: str) -> bool:
    """Whether ``text`` names a month of the calendar ("à la mi-septembre", "on March 3")."""
    lexicon = time_lexicon(lang)
    return any(is_month_word(lexicon, word) for word in _MONTH_WORD.findall(text))


_MONTH_WORD = re.compile(r"[^\W\d_]{3,}\.?")


_CLAUSE_MARKS = re.compile(r"[,;]")  # the marks a coordinated clause opens after


def _nearest_to(start: int, end: int, candidates: Sequence[Mention]) -> Mention | None:
    """The candidate nearest the span ``start``..``end`` (the first of equals)."""
    best: Mention | None = None
    best_distance = 0
    for c in candidates:
        distance = c.start - end if c.start >= end else start - c.end
        if best is None or distance < best_distance:
            best, best_distance = c, distance
    return best


def _counted_back(t: Mention, anchor: Mention | None, lex: ClaimWords) -> Mention:
    """A time counted back from ``anchor`` rather than from the publication date ("un an
    plus tôt", "the previous quarter": ``year_before``, ``period_before`` of the lexicon),
    at the anchor's grain; ``t`` itself when it is no such time or there is no anchor."""
    if anchor is None or anchor is t or anchor.period is None or anchor.relation not in (None, _IN):
        return t
    words = phrase_key(t.text)
    period = anchor.period
    if lex.year_before.longest_ending_at(words, len(words)):
        start, end = _years_back(period.start, 1), _years_back(period.end, 1)
    elif lex.period_before.longest_ending_at(words, len(words)):
        start, end = _step_back(period.start, period.end, period.grain)
    elif lex.whole_year.longest_ending_at(words, len(words)):
        # "For the full year, net sales rose 11%" after "fourth-quarter results": that year
        year = Period.year(period.start.year)
        return t.model_copy(update={"period": year, "relation": _IN})
    else:
        return t
    shifted = Period(start=start, end=end, grain=period.grain)
    return t.model_copy(update={"period": shifted, "relation": _IN})


def _spoken_day(t: Mention) -> bool:
    """A day named without digits: "Wednesday", "mardi", "hier"."""
    return (
        t.period is not None
        and t.period.grain in ("day", "hour", "minute", "second")
        and not any(c.isdigit() for c in t.text)
    )


def _counts_back(t: Mention, lex: ClaimWords) -> bool:
    """Whether a time is counted back from another ("un an plus tôt", "the previous
    quarter"), not the whole year of it ("for the full year")."""
    text = t.text
    last = text[text.rfind(" ") + 1 :].casefold()
    if last not in lex.counted_back_ends and last.rstrip(".,") not in lex.counted_back_ends:
        return False  # the usual time, told by its last word
    words = phrase_key(text)
    return bool(
        lex.year_before.longest_ending_at(words, len(words))
        or lex.period_before.longest_ending_at(words, len(words))
    )


def _years_back(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - years, day=28)


_MONTHS_OF = {"year": 12, "quarter": 3, "month": 1}


def _step_back(start: datetime, end: datetime, grain: str) -> tuple[datetime, datetime]:
    """The period of the same grain just before ``[start, end)``."""
    months = _MONTHS_OF.get(grain)
    if months is None:  # weeks, days and finer: the same length just before
        return start - (end - start), start
    index = start.year * 12 + start.month - 1 - months
    return start.replace(year=index // 12, month=index % 12 + 1), start


_SIGNS = frozenset(("+", "−", "-"))  # signs a change word list may hold


def _change_after_noun(words: Sequence[str], last: int, lex: ClaimWords) -> bool:
    """Whether a change word follows the figure's noun and opens a comparison ("3 millions
    de voix de plus qu'en 2020"): the noun (or a link and the noun) between, no verb, the
    change word then one of ``time_comparison_before`` or the clause's end (not "des salariés
    de plus de 50 ans", "300,000 patients had waited more than a year")."""
    change = lex.change_after
    starts = change.first_words
    stop = min(last + 3, len(words))
    if not any(
        words[j] in starts and change.longest_at(words, j) is not None
        for j in range(last + 1, stop)
    ):
        # no change phrase where one may stand: the usual figure, told by lookups (a
        # phrase's first word alone, "de" of "de plus", is common after a figure's noun)
        return False
    for j in range(last + 1, stop):
        between = words[last:j]
        if not all(w.isalpha() for w in between) or (
            len(between) == 2 and between[0] not in lex.noun_links
        ):
            return False  # the noun, or a link and the noun: "lits", "de voix"
        if any(
            w in lex.auxiliaries or w in lex.neutral_verbs or lex.verbs.longest_at(words, k)
            for k, w in enumerate(between, start=last)
        ):
            return False  # "300,000 patients had waited more than a year"
        hit = lex.change_after.longest_at(words, j)
        if hit is None:
            continue
        after = j + hit[1]
        if after >= len(words) or not words[after].isalnum():
            return True
        # the comparison's word right after, or after the figure's own time of a few words
        # ("500 000 entrées de plus en 2024 qu'en 2023")
        for k in range(after, min(after + _OWN_TIME_WORDS + 1, len(words))):
            if lex.time_comparison_before.longest_at(words, k) is not None:
                return True
            if not words[k].isalnum():
                break
        return False
    return False


# How many words the figure's own time may take between a change word and the comparison's
# "que" ("de plus en 2024 qu'en 2023", "de plus au premier trimestre que").
_OWN_TIME_WORDS = 3


def _right_after(m: Mention, times: Sequence[Mention], text: str) -> Mention | None:
    """The time that follows a figure with nothing but spaces and commas between, or the
    figure's noun of a few words ("after a 0.3% contraction in 2023")."""
    for t in times:
        if t.start < m.end:
            continue
        between = text[m.end : t.start]
        if not between.strip(" ,\u00a0\u202f"):
            return t
        words = between.split()
        if len(words) <= _NOUN_REACH and all(w.isalpha() for w in words):
            return t
        return None
    return None


_NOUN_REACH = 2  # words of a figure's noun between it and its time


def _index_of(words: list[str], word: str, start: int) -> int:
    """The index of the first ``word`` at or after ``start`` in ``words``, -1 if none.

    >>> _index_of(["a", ",", "b", ","], ",", 2), _index_of(["a"], ",", 0)
    (3, -1)
    """
    try:
        return words.index(word, start)
    except ValueError:
        return -1


_LIST_MARKS = frozenset(" \t-•*")


def _opens_its_line(text: str, start: int) -> bool:
    """Whether only spaces and list marks stand between the line's start and ``start``
    (read back from ``start``: as far as those marks go, never to the start of a long line).

    >>> _opens_its_line("Intro\\n - 2. Suite", 9), _opens_its_line("Il y a 2. Suite", 7)
    (True, False)
    """
    i = start
    while i > 0 and text[i - 1] in _LIST_MARKS:
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _in_title(text: str, m: Mention) -> bool:
    """A year in brackets after a name, as in "Volvo XC90 (2025)"."""
    before = text[max(0, m.start - 2) : m.start]
    return before.endswith("(") and text[m.end : m.end + 1] == ")"


def _share(m: Mention, words: Sequence[str], after: int, links: frozenset[str], lang: str) -> bool:
    """A bare fraction of something: "près de la moitié des recettes", "half of the workers".

    It is a share (a ratio claim), not a count to check against a count metric.
    """
    if m.kind is not _NUMBER or m.unit is not None or after >= len(words):
        return False
    value = m.value if m.value is not None else m.high if m.high is not None else m.low
    if value is None or not 0 < value < 1 or words[after] not in links:
        return False
    # "a quarter of a percentage point": a fraction of a unit, no share of a whole
    return not any(is_points(w, lang) for w in words[after + 1 : after + _SHARE_REACH])


_SHARE_REACH = 4  # words after "of" where a unit makes a fraction no share


@functools.lru_cache(maxsize=4096)
def _moves(verb: str, lang: str) -> bool:
    return direction(terms(verb, lang), lang) != 0

"""Figures: numbers, ordinals, percentages, amounts of money and quantities, as typed bounds.

:func:`find` reads every numeral of the text (:mod:`claimcheck.extract.numerals`),
attaches the currency or unit written around it (:mod:`~claimcheck.extract.money`,
:mod:`~claimcheck.extract.units`), joins two figures into a range ("entre 10 et
15 %"), applies the qualifier cue before or after it
(:mod:`~claimcheck.extract.qualifiers`) and reads the counted noun that follows.
A mention covers the cue, the figure and its unit, never the counted noun, which
goes to ``noun``; a quantity's product joined by a link word ("500 g de fraises",
"two pounds of meat") is part of the quantity, as in Duckling, and is its ``noun`` too.

What only looks like a figure yields nothing: phone numbers, postal codes,
numbers glued to letters ("XC90", "5G", "20h30"), labels ("article 3"). Some of these
look-alikes are no time either: :func:`noise_spans` marks phone numbers, card and
account numbers, addresses, references and versions, and :func:`claimcheck.extract.extract`
drops every mention, of any finder, that touches one.

>>> from datetime import datetime
>>> [(m.kind.value, m.text, m.high, m.noun) for m in
...  find("Il compte près de 100 points de vente.", "fr", datetime(2024, 1, 1))]
[('number', 'près de 100', 100.0, 'points de vente')]
>>> m = find("Revenue rose to $1.2bn.", "en", datetime(2024, 1, 1))[0]
>>> m.kind.value, m.text, m.value, m.currency
('money', '$1.2bn', 1200000000.0, 'USD')
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from operator import attrgetter
from typing import Any

from claimcheck.extract import money, qualifiers, units
from claimcheck.extract.numerals import (
    LookalikeRules,
    Numeral,
    lowercase,
    numbers_lexicon,
    scan_numerals,
    word_alternation,
)
from claimcheck.extract.time_lexicon import bc_years, normalize, time_lexicon, year_leads
from claimcheck.models import Mention, MentionKind, Qualifier

__all__ = ["elided_ones", "find", "noise_spans", "touches_noise"]

_SPACES = " \u00a0\u202f\u2009"

# Telephone numbers: French "06 12 34 56 78", "+33 6 12 34 56 78", North American
# "(555) 123-4567", "555-123-4567", and the area code set off by a space as Québec writes it,
# the line's hyphen kept ("514 872-0311"; area and exchange start with 2 to 9, so "150 000-2000"
# stays a figure).
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .\u00a0]?(?:\(0\)[ .]?)?)?\d{1,2}(?:[ .\u00a0-]\d{2}){4}(?![\w])"
    r"|(?<![\w(])(?:\+1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[.-])\d{3}[ .-]\d{4}(?!\w)"
    r"|(?<![\w(,.])(?<!\d[ \u00a0])[2-9]\d{2}[ \u00a0][2-9]\d{2}-\d{4}(?![\w-])"
)
# An international number in groups after its "+" code ("+1 212 555 0199", "+44 20 7946
# 0958"); _is_phone tells it from a signed figure ("+1 200 000").
_INTL_PHONE = re.compile(
    r"(?<![\w+])\+\d{1,3}(?:[ .\u00a0-]?\(0\))?(?:[ .\u00a0-]\d{1,8}){2,6}(?![\w]|[.,]\d)"
)
# A national number with its trunk "0", in two to five groups of ten or eleven digits in all
# ("0161 496 0000", "020 7946 0958", "01632 960123", a French free number "0 800 35 25 60"):
# :func:`_is_trunk_phone` counts them.
_TRUNK_PHONE = re.compile(r"(?<![\w+.,])0\d{0,4}(?:[ \u00a0-]\d{2,6}){1,4}(?![\w]|[.,]\d)")
# Digits in groups of four (a card or account number) or an IBAN ("FR76 3000 6000 …").
_DIGIT_GROUPS = re.compile(
    r"(?<![\w-])(?:[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z\d]{4}){3,7}(?:[ \u00a0]?[A-Z\d]{1,3})?"
    r"|\d{4}(?:[ \u00a0-]\d{4}){3,})(?![\w-])"
)
# What each shape above and below holds: two digits joined by one of their marks, or an
# IBAN's country letters before a digit. Most texts with figures have neither ("12 300"
# grouped by a narrow space, "2024, 15").
_GROUPS_HINT = re.compile(r"\d[ .\u00a0-]\d|[A-Z]{2}\d")
# After a street address, the rest of the street's name, a comma, then four digits and a
# capitalized place that closes the address (a mark or the end after it): a Belgian or Swiss
# postal code ("45 rue Royale, 1000 Bruxelles,", "Rue du Rhône 8, 1204 Genève."); a count
# goes on with its clause ("…, 1000 Bruxellois ont manifesté").
_FOUR_DIGIT_POSTCODE = re.compile(
    r"[ \u00a0]*[^\W\d_][^,;.!?\n\d]{0,40},[ \u00a0](\d{4})[ \u00a0]"
    r"([^\W\d_][\w'’-]*)(?=[ \u00a0]*(?:[,.;:)]|\Z))"
)
# Four or more groups of digits joined by hyphens: an ISBN, a serial or a file number.
_HYPHEN_GROUPS = re.compile(r"(?<![\w-])\d+(?:-\d+){3,}(?:-X)?(?![\w-])")
# Three or more groups of digits joined by dots: a version, an address, or a date or an
# amount ("28.03.2024", "1.234.567"), which _is_version tells apart.
_DOTTED = re.compile(r"(?<![\w.,])\d+(?:\.\d+){2,}(?!\w|\.\d)")
# A code after a reference word: "L. 1234-5", "49-3", "2.10.13", "9001:2015".
_CODE = re.compile(r"\d+(?:[-\u2011\u2013./:]\d+)*")
_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[-\u2011\u2013./:]")
_CODE_PREFIX = re.compile(r"[A-Z]{1,3}\.?")
_CAPITALIZED_BEFORE = re.compile(r"([A-Z][\w-]*(?:['’][a-z]\w*)?)[ \u00a0]\Z")
_SCORE_AFTER = re.compile(r"[-–][0-9]")  # "3-1", "218–214"
_TALLY_AFTER = re.compile(r"[-–][0-9]{2,}(?![\w-])")  # "311-112", "84-30"
_CAPITALIZED_AFTER = re.compile(r"[ \u00a0]+[A-Z]")  # "1-3 PSG": a name after a score
# After a name and its number at the start of a line, what closes the name: a headline's colon
# or comma ("Ligue 1 :", "Top 14,"), a signed figure ("CAC 40 -1,2 %", "FTSE 100 +0.5%"), a
# hyphen before a capital ("UPDATE 2-Stellantis"), another capitalized word ("Formula 1
# Monaco GP", "Windows 11 PCs").
_LABEL_AFTER = re.compile(r"[ \u00a0]*[:,]|[ \u00a0]+[+\-−][0-9]|-[A-Z]|[ \u00a0]+[A-Z]")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n]\s*|[«\"(]\s*)\Z")
_SENTENCE_OPEN = re.compile(r"(?:\A|[.!?:;\n]\s*)\Z")
# a word of a noun phrase; a code of a digit glued to capitals is one too ("13,000 5G sites")
_NOUN_WORD = re.compile(r"(?:[^\W\d_]|\d(?=[A-Z]))[^\W_]*(?:-[^\W_]+)*['’]?")
_TOKEN_SPLIT = re.compile(r"[\s\u00a0\u202f\u2009-]+")
_GLUED_SIGNS = re.compile(r"[^\w]+\Z")  # a currency sign glued after a scale: "Md€"
# Digits, a separator, three digits, the other separator: an amount grouped one way and
# decimal the other ("1.234,56", "1,234.56", "1 234.56").
_MIXED_SEPARATORS = re.compile(r"\d[.,'’ \u00a0\u202f\u2009]\d{3}[.,]\d")
_DIGIT_AFTER = re.compile(r"[ \u00a0\u202f\u2009]*\d")
_ONE_GROUP = re.compile(r"\d{1,3}[.,]\d{3}")  # "31.500": one mark, then three digits
# How far apart the two figures of a change's range may be ("rose 3 to 5 percent").
_RANGE_SPREAD = 10


@dataclass(slots=True)
class _Figure:
    """A numeral with what is written around it, before qualifiers and ranges.

    Never changed once built (:func:`dataclasses.replace` makes another), but not frozen:
    a frozen dataclass sets each field through ``object.__setattr__``, five times slower
    to build, and a few are built for each figure of a text.
    """

    start: int  # where the figure begins (a currency sign may come first)
    end: int  # where its unit or currency ends
    value: float
    numeral: Numeral
    unit: str | None = None
    dimension: str | None = None
    factor: float = 1.0
    currency: str | None = None
    ambiguous: bool = False  # a currency word that is also a unit ("pounds")

    @property
    def kind(self) -> MentionKind:
        if self.currency is not None:
            return MentionKind.MONEY
        if self.dimension in ("percent", "percent-point"):
            return MentionKind.PERCENT
        if self.unit is not None:
            return MentionKind.QUANTITY
        if self.numeral.ordinal:
            return MentionKind.ORDINAL
        return MentionKind.NUMBER


class _Reading:
    """The per-language data find() needs, compiled once."""

    def __init__(self, lang: str) -> None:
        lexicon = numbers_lexicon(lang)
        self.labels = {label.lower() for label in lexicon.labels}
        self.verb_leads = frozenset(w.lower() for w in lexicon.lookalikes.reference_verb_leads)
        self.possessives = tuple(lexicon.lookalikes.possessives)
        self.links = frozenset(link.lower().replace("’", "'") for link in lexicon.noun.links)
        self.fractions = frozenset(lexicon.fractions)
        # After a fraction, "des"/"of" lead to the whole it divides ("un tiers des salariés").
        self.fraction_links = self.links | {
            w.lower().replace("’", "'")
            for w in lexicon.fraction_links
            if w not in lexicon.articles and w not in lexicon.determiners
        }
        self.stops = {stop.lower().replace("’", "'") for stop in lexicon.noun.stops}
        self.ordinal_nouns = frozenset(w.lower() for w in lexicon.ordinal_fraction_nouns)
        # names of months and weekdays and days told from today (four letters or more): a
        # time, no word of a noun ("700 mm de pluie tombés d'octobre à mars", "10 tonnes of
        # grain yesterday")
        self.calendar = frozenset(
            key[0]
            for key, readings in time_lexicon(lang).phrases.items()
            if len(key) == 1
            and len(key[0]) >= 4
            and any(cat in ("month", "weekday", "dayword") for cat, _ in readings)
        )
        self.max_words = lexicon.noun.max_words
        self.link_after_scale = frozenset(w.lower() for w in lexicon.noun.link_after_scale)
        self.stop_suffixes = tuple(lexicon.noun.stop_suffixes)
        self.not_stop_suffixes = tuple(lexicon.noun.not_stop_suffixes)
        self.verb_suffixes = tuple(lexicon.noun.verb_suffixes)
        self.first_nouns = frozenset(w.lower() for w in lexicon.noun.first_nouns)
        self.noun_leads = frozenset(w.lower() for w in lexicon.noun.noun_leads)
        self.participle_suffixes = tuple(lexicon.noun.participle_suffixes)
        self.participle_complements = frozenset(
            w.lower().replace("’", "'") for w in lexicon.noun.participle_complements
        )
        self.participle_time_links = frozenset(
            w.lower() for w in lexicon.noun.participle_time_links
        )
        self.not_participle_suffixes = tuple(lexicon.noun.not_participle_suffixes)
        self.plural_endings = tuple(lexicon.noun.plural_endings)
        self.adverb_suffixes = tuple(lexicon.noun.adverb_suffixes)
        self.singular_verb_suffixes = tuple(lexicon.noun.singular_verb_suffixes)
        self.adverb_ordinals = frozenset(w.lower() for w in lexicon.adverb_ordinals)
        self.adverb_ordinals_after = frozenset(w.lower() for w in lexicon.adverb_ordinals_after)
        self.title_ordinals = tuple(sorted({w.lower() for w in lexicon.title_ordinals}))
        self.title_ordinals_not_after = frozenset(
            w.lower() for w in lexicon.title_ordinals_not_after
        )
        self.noun_ordinal_leads = frozenset(w.lower() for w in lexicon.noun_ordinal_leads)
        self.compound_ordinals = tuple(
            sorted({w.lower() for w in lexicon.compound_ordinals}, key=len, reverse=True)
        )
        self.head_suffixes = tuple(lexicon.noun.head_suffixes)
        self.not_head_suffixes = tuple(lexicon.noun.not_head_suffixes)
        self.not_heads = frozenset(w.lower() for w in lexicon.noun.not_heads)
        self.heads = frozenset(w.lower() for w in lexicon.noun.heads)
        self.scale_words = (
            set(lexicon.scales)
            | set(lexicon.multipliers)
            | set(lexicon.digit_scales)
            | set(lexicon.halves)
            | set(lexicon.fractions)
        )
        self.approximate = set(lexicon.approximate)
        self.whole_fractions = frozenset(w.lower() for w in lexicon.whole_fractions)
        # Two parts of one amount or measure: "20 dollars and 43 cents", "7 feet, 10 inches".
        connectors = "|".join(units.surface_pattern(w) for w in lexicon.connectors)
        self.join = re.compile(
            rf"[ \u00a0]*(?:,[ \u00a0]*)?(?:(?:{connectors})[ \u00a0]+)?", re.IGNORECASE
        )
        # A noun link after a word: "two pounds of meat" is a weight, not money.
        links = "|".join(units.surface_pattern(w) for w in lexicon.noun.links)
        self.link_after = re.compile(
            rf"[ \u00a0]+(?:{links})(?:(?<=['’])|(?![^\W\d_]))", re.IGNORECASE
        )
        self.scale_values = {w.lower(): v for w, v in lexicon.scales.items()}
        self.digit_scales = dict(lexicon.digit_scales)
        # the first letters of the scale letters glued before a currency code ("MEUR")
        self.scale_suffix_starts = frozenset(k[:1] for k in money.scale_suffixes(lang))
        # whether no scale word, fraction or word a noun links after is made of digits and
        # marks, which the tokens of a numeral in digits alone are
        self.plain_wordless = not any(
            _PLAIN_FIGURE.fullmatch(w)
            for w in [*self.scale_words, *self.fractions, *self.link_after_scale]
        )
        # whether a numeral of digits and marks alone has no scale: no scale word or
        # abbreviation is empty or made of them
        self.plain_unscaled = not any(
            _PLAIN_FIGURE.fullmatch(w) or not w.lstrip("0123456789.,'’-−")
            for w in [*self.scale_values, *self.digit_scales]
        )


@functools.cache
def _reading(lang: str) -> _Reading:
    return _Reading(lang)


def find(text: str, lang: str, reference_date: datetime) -> list[Mention]:
    """Find the numbers, ordinals, percentages, amounts and quantities of ``text``.

    ``reference_date`` is not needed by figures; it is part of every finder's call.

    >>> [(m.text, m.low, m.low_exclusive) for m in
    ...  find("Xiaomi a dépassé les 100 000 unités", "fr", datetime(2024, 1, 1))]
    [('dépassé les 100 000', 100000.0, True)]
    """
    del reference_date
    numerals = scan_numerals(text, lang)
    numerals = _with_glued_codes(text, lang, numerals)
    numerals = _with_foreign_amounts(text, lang, numerals)
    numerals = _with_unit_leads(text, lang, numerals)
    numerals = _with_fractions(text, lang, numerals)
    numerals = _with_cued_scales(text, lang, numerals)
    numerals = _outside_links(text, numerals)
    lower = lowercase(text)
    shares = units.proportions(text, lang, lower) if lower is not None else []
    if shares:
        numerals = _outside(numerals, [Numeral(p.start, p.end, "", p.count) for p in shares])
    vague = qualifiers.vague_figures(text, lang)
    if not numerals and not vague and not shares:
        return []
    reading = _reading(lang)
    noise = noise_spans(text, lang)
    figures = [
        figure
        for numeral in numerals
        if not _is_noise(text, numeral, noise, reading, lang)
        if (figure := _figure(text, numeral, lang)) is not None
    ]
    figures = _compounds(text, _disjoint(figures), lang)
    mentions = _mentions(text, figures, lang, reading)
    mentions.sort(key=lambda m: m.start)
    if len(mentions) > 1 and any(m.kind in _MEASURED_KINDS for m in mentions):
        # (a price is per a unit, a count takes the unit or currency of a measure or an
        # amount before it: neither without one, as in most texts)
        mentions = _without_unit_prices(text, mentions, lang)
        mentions = _with_elided_measure(text, mentions, lang)
    if shares:
        mentions.extend(_share_mentions(text, shares, lang, reading))
        mentions.sort(key=lambda m: m.start)
    if not vague:
        return mentions  # in text order: most texts
    # "several hundred", "a few thousand": the vague form holds the bare scale word
    mentions = [m for m in mentions if not _within_vague(vague, m)]
    starts = [m.start for m in mentions]
    for start, end, low in vague:
        if _overlaps(starts, mentions, start, end) or touches_noise(noise, start, end):
            continue
        # "tens of millions of dollars", "des dizaines de millions d'euros": an amount
        currency = money.currency_after(text, end, lang, linked=True)
        if currency is not None and not currency.subunit and not currency.ambiguous:
            end = currency.end
            noun = None
        else:
            currency = None
            noun = _noun(text, end, reading, linked=True)
        mentions.append(
            Mention(
                kind=MentionKind.NUMBER if currency is None else MentionKind.MONEY,
                text=text[start:end],
                start=start,
                end=end,
                low=low,
                qualifier=Qualifier.GE,
                noun=noun,
                currency=None if currency is None else currency.code,
            )
        )
    mentions.sort(key=lambda m: m.start)
    return mentions


# The kinds of mention a price or an elided measure needs one of (an amount, a quantity).
_MEASURED_KINDS = frozenset((MentionKind.MONEY, MentionKind.QUANTITY))


# A web address or a percent-encoded string ("%20CAD%20", "issn%280024%2D9114") holds
# digits that are no figures.
_LINK_MARK = re.compile(r"://|\bwww\.|%[0-9A-Fa-f]{2}")
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_TOKEN_EDGE = re.compile(r"[\s<>\"«»]")


def _outside_links(text: str, numerals: list[Numeral]) -> list[Numeral]:
    """The numerals not inside a URL-shaped token (a scheme, "www.", or two %-escapes)."""
    spans = _link_spans(text) if numerals else []
    if not spans:
        return numerals
    starts = [a for a, _ in spans]
    kept: list[Numeral] = []
    for numeral in numerals:
        index = bisect.bisect_right(starts, numeral.start) - 1
        if index >= 0 and numeral.start < spans[index][1]:
            continue
        kept.append(numeral)
    return kept


def _share_mentions(
    text: str, shares: list[units.Proportion], lang: str, reading: _Reading
) -> list[Mention]:
    """Shares said as two counts, as percentages: "un Français sur trois" is 33.3 %.

    Such a share is a rounded way to say a percentage: it is approximate unless a cue
    before it says otherwise ("plus d'un Français sur trois" is more than 33.3 %).
    """
    mentions: list[Mention] = []
    for share in shares:
        value = _tidy(share.percent)
        start, qualifier = share.start, Qualifier.APPROX
        cue = qualifiers.cue_before(text, start, lang)
        if cue is not None:
            start, qualifier = cue.start, Qualifier(cue.qualifier)
        low = None if qualifier in (Qualifier.LT, Qualifier.LE, Qualifier.NEARLY) else value
        high = None if qualifier in (Qualifier.GT, Qualifier.GE) else value
        if share.noun is not None:
            noun: str | None = text[share.noun[0] : share.noun[1]]
        else:
            noun = _noun(text, share.end, reading, linked=True, links=reading.fraction_links)
        mentions.append(
            Mention(
                kind=MentionKind.PERCENT,
                text=text[start : share.end],
                start=start,
                end=share.end,
                value=value,
                low=low,
                high=high,
                low_exclusive=qualifier is Qualifier.GT,
                high_exclusive=qualifier is Qualifier.LT,
                qualifier=qualifier,
                unit="%",
                noun=noun,
            )
        )
    return mentions


def _with_cued_scales(text: str, lang: str, numerals: list[Numeral]) -> list[Numeral]:
    """Add a large scale word alone in the singular right after a qualifier's cue: a
    threshold ("a franchi la barre du million d'exemplaires", "a dépassé le cap du milliard",
    "le budget dépasse le milliard d'euros", "sales topped the million mark"), its value."""
    found = _cued_scale_pattern(lang)
    if found is None:
        return numerals
    pattern, words = found
    lower = lowercase(text)
    if lower is None or not any(w in lower for w in words):
        return numerals  # no such scale word: most texts
    extra: list[Numeral] = []
    starts = [n.start for n in numerals]  # (in text order, apart: bisected)
    for match in pattern.finditer(lower):
        start, end = match.span()
        k = bisect.bisect_left(starts, end) - 1  # the last numeral starting before the end
        if k >= 0 and numerals[k].end > start:
            continue  # "un million", "1,5 milliard": read with their count
        if qualifiers.cue_before(text, start, lang) is None:
            continue  # "le milliard promis", "the billion dollars": no threshold
        value = _reading(lang).scale_values[match[0]]
        extra.append(Numeral(start, end, text[start:end], value, False, True))
    return sorted(numerals + extra, key=_NUMERAL_START) if extra else numerals


# The least scale a bare scale word names a threshold of ("le cap du million").
_CUED_SCALE_LEAST = 1e6
_NUMERAL_START = attrgetter("start")


@functools.cache
def _cued_scale_pattern(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The singular scale words of a million or more (``scales``), as a pattern over the
    lowercased text, and the words themselves (a quick test first)."""
    words = tuple(
        w
        for w, v in _reading(lang).scale_values.items()
        if v >= _CUED_SCALE_LEAST and not w.endswith("s") and w.isalpha()
    )
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])"), words


def _with_glued_codes(text: str, lang: str, numerals: list[Numeral]) -> list[Numeral]:
    """Add the figures glued after a currency code ("EUR29,99", "Rs20")."""
    extra: list[Numeral] = []
    for position, scaled in money.glued_code_starts(text, lang):
        window = text[position : position + 64]
        found = scan_numerals(" " + window, lang)
        if found and found[0].start == 1:
            n = found[0]
            n = replace(n, start=position + n.start - 1, end=position + n.end - 1)
            if not scaled or _scaled_or_decimal(text, n, lang):
                extra.append(n)
    if not extra:
        return numerals
    merged = sorted(numerals + extra, key=lambda n: (n.start, -n.end))
    kept: list[Numeral] = []
    for numeral in merged:
        if kept and numeral.start < kept[-1].end:
            continue
        kept.append(numeral)
    return kept


_CENTS_END = re.compile(r"\d[.,]\d\d\Z")


def _scaled_or_decimal(text: str, numeral: Numeral, lang: str) -> bool:
    """Whether a figure has a scale word, a scale suffix or hundredths ("R1.2 billion",
    "R3.5bn", "R500 million", "R12.50"; not "R2", "R8", "R2,000", "the R2.5 version", nor a
    digit and one capital, a model's code: "the R1S and R1T models")."""
    if _scale_of(numeral, _reading(lang)) > 1:
        return True
    if numeral.value != int(numeral.value) and _CENTS_END.search(numeral.text):
        return True
    suffix = _letters(text, numeral.end)
    if len(suffix) == 1 and suffix.isupper() and len(numeral.text) <= 2:
        return False  # "R1T": a code, as "R1S" beside it
    return bool(suffix) and money.scale_suffix(lang, suffix) is not None


def _with_foreign_amounts(text: str, lang: str, numerals: list[Numeral]) -> list[Numeral]:
    """Put in the amounts grouped the other language's way ("1.234,56 €" in English).

    A candidate replaces the numerals it overlaps unless one of them already reads
    exactly its digits ("1,234.56 $" in English is the grammar's).
    """
    if not _MIXED_SEPARATORS.search(text):
        return numerals  # the pre-filter: no "1.234,5"/"1,234.5"-like digits at all
    read = {(n.start, n.end) for n in numerals}
    extra = money.foreign_amounts(text, lang, read)
    if not extra:
        return numerals
    # Both lists are in text order and the amounts are disjoint: one sweep drops the
    # numerals an amount overlaps.
    kept: list[Numeral] = []
    at = 0
    for numeral in numerals:
        while at < len(extra) and extra[at].end <= numeral.start:
            at += 1
        if at < len(extra) and extra[at].start < numeral.end:
            continue
        kept.append(numeral)
    return sorted(kept + extra, key=lambda n: n.start)


class _Leads:
    """Words that stand for a figure before a unit: "a litre", "demi-litre", "half a million"."""

    def __init__(self, lang: str) -> None:
        lexicon = numbers_lexicon(lang)
        ones = [*lexicon.articles, *lexicon.determiners]
        ones = [w for w in ones if w in lexicon.cardinals or w in lexicon.articles]
        links = sorted(lexicon.fraction_links, key=len, reverse=True)
        self.fractions = {k.lower(): v for k, v in lexicon.fractions.items()}
        self.ones = {w.lower() for w in ones}
        # "half a million", "half a dozen", "une demi-douzaine": a fraction of a scale word
        # or of a number's noun
        self.scales = {k.lower(): v for k, v in {**lexicon.multipliers, **lexicon.scales}.items()}
        words = sorted([*self.ones, *self.fractions], key=len, reverse=True)
        # The first word after the lead must start a unit, a currency or a scale.
        self.heads = units.first_words(lang) | money.first_words(lang) | set(self.scales)
        link = "|".join(units.surface_pattern(w) for w in links)
        # "un tiers des salariés", "two thirds of voters": a count, a fraction, a link.
        counts = sorted([*lexicon.cardinals, *lexicon.articles], key=len, reverse=True)
        fraction_links = sorted(
            [*lexicon.noun.links, *lexicon.fraction_links], key=len, reverse=True
        )
        noun_links = "|".join(units.surface_pattern(w) for w in fraction_links)
        self.counts = {w.lower(): lexicon.cardinals.get(w, 1.0) for w in counts}
        count_words = "|".join(re.escape(w) for w in counts)
        fraction_words = "|".join(re.escape(w) for w in self.fractions)
        wholes = sorted(lexicon.whole_fractions, key=len, reverse=True)
        whole_words = "|".join(units.surface_pattern(w) for w in wholes) or "(?!)"
        self.whole_not_after = frozenset(w.lower() for w in lexicon.whole_fractions_not_after)
        self.partitives = frozenset(tuple(w.lower().split()) for w in lexicon.whole_fractions_after)
        # A fraction after a count is a share, not an ordinal, when a link, the end of a
        # clause or a word that is no noun follows it ("un tiers des salariés", "a fifth
        # abstained", "two thirds are"); "a fifth term" stays an ordinal.
        stops = "|".join(units.surface_pattern(w) for w in lexicon.noun.stops)
        not_noun = rf"|[ \u00a0]*(?:[.,;:!?)]|\Z)|[ \u00a0]+(?:{stops})(?![^\W\d_])"
        if lexicon.noun.stop_suffixes:
            suffixes = "|".join(re.escape(w) for w in lexicon.noun.stop_suffixes)
            not_noun += rf"|[ \u00a0]+[^\W\d_]+(?:{suffixes})(?![^\W\d_])"
        if lexicon.noun.fraction_verb_suffixes:
            # "près d'un tiers reversé à l'ESA": a participle after the fraction, no noun
            suffixes = "|".join(re.escape(w) for w in lexicon.noun.fraction_verb_suffixes)
            not_noun += rf"|[ \u00a0]+[^\W\d_]+(?:{suffixes})(?![^\W\d_])"
        # A fraction that needs no count leads to its whole by a noun link only ("la moitié
        # des", "half of"; not "half a million").
        whole_links = sorted(
            {*lexicon.noun.links, *lexicon.fraction_links}
            - {*lexicon.articles, *lexicon.determiners, *lexicon.cardinals},
            key=len,
            reverse=True,
        )
        whole_link = "|".join(units.surface_pattern(w) for w in whole_links)
        # (the source only: see fraction_of)
        self._fraction_of_source = (
            rf"(?<![^\W\d_])(?:(?P<count>{count_words}|\d+)(?P<join>[ \u00a0-]+)"
            rf"(?P<fraction>{fraction_words})(?=(?P<alone>{not_noun[1:]})?)"
            rf"(?=[ \u00a0]+(?:{noun_links})(?![^\W\d_])|[ \u00a0]*(?:d['’]){not_noun}"
            rf"|(?P<attributive>[ \u00a0]+[^\W\d_]))"
            rf"|(?P<whole>{whole_words})"
            rf"(?=[ \u00a0]+(?:{whole_link})(?<=['’])|[ \u00a0]+(?:{whole_link})(?![^\W\d_])"
            rf"|(?P<bare>{not_noun[1:]})|(?P<loose>[ \u00a0]+[^\W\d_])))"
        )
        # Parts counted by two or more that are a share before any word ("a two-thirds
        # majority", "la majorité des deux tiers requise"); not "three quarters in a row".
        self.attributive = frozenset(w.lower() for w in lexicon.attributive_fractions)
        self.ordinal_nouns = frozenset(w.lower() for w in lexicon.ordinal_fraction_nouns)
        # fractions that are ordinals too ("a third point" may be the third one; "a quarter
        # point" is a quarter of a percentage point)
        self.ordinals = frozenset(w.lower() for w in lexicon.ordinals)
        # "cinq milliards et trois quarts": a fraction of the scale after a connector.
        connectors = "|".join(units.surface_pattern(w) for w in lexicon.connectors)
        self.and_fraction = re.compile(
            rf"(?<![^\W\d_])(?P<connector>{connectors})[ \u00a0]+(?P<count>{count_words})"
            rf"[ \u00a0-]+(?P<fraction>{fraction_words})(?![^\W\d_])"
        )
        # The word after the lead is checked by the pattern itself, so that the many
        # "un"/"une"/"a" before ordinary nouns cost no Python work.
        # (as a trie: a lead before a word, most often an article before its noun, costs a
        # test per letter of the word, not one per head)
        heads = word_alternation(w for w in self.heads if w)
        self.pattern = re.compile(
            rf"(?P<lead>{word_alternation(words)})"
            rf"(?:(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*)(?:{link})(?![^\W\d_]))?"
            rf"(?P<tail>[ \u00a0]*-|[ \u00a0]+)(?=(?:{heads})(?![^\W\d_]))"
        )
        self.fraction_words = re.compile(word_alternation(self.fractions))

    @functools.cached_property
    def fraction_of(self) -> re.Pattern[str]:
        """A fraction of a whole ("un tiers des", "two thirds of", "la moitié des"):
        compiled when a text first holds a fraction's word (most hold none), not with the
        rest, as it costs milliseconds to compile."""
        return re.compile(self._fraction_of_source)


@functools.cache
def _leads(lang: str) -> _Leads:
    return _Leads(lang)


def _with_fractions(text: str, lang: str, numerals: list[Numeral]) -> list[Numeral]:
    """Add fractions of a whole: "un tiers des salariés", "two thirds of voters"."""
    leads = _leads(lang)
    lower = lowercase(text)
    if lower is None:
        return numerals
    if leads.fraction_words.search(lower) is None:
        return numerals
    numerals = _with_fractions_of_scale(text, lower, lang, numerals)
    extra: list[Numeral] = []
    starts = [n.start for n in numerals]
    for match in leads.fraction_of.finditer(lower):
        start, end = match.start(), match.end()
        if match["whole"] is not None:
            before = units.tokens_before(lower, start, 1)
            if before and before[0].rpartition("'")[2] in leads.whole_not_after:
                continue  # "the first half of 2024": a part, not a share
            if (
                match["bare"] is not None
                and qualifiers.cue_before(text, start, lang) is None
                and not _after_partitive(lower, start, leads)
            ):
                continue  # "less than half in 2019", "nearly half said"; not "in half"
            if (
                match["loose"] is not None
                and not _share_before_verb(text, match, leads, lang)
                and not _after_partitive(lower, start, leads)
            ):
                continue
            value = leads.fractions[units.surface_key(match["whole"]).split()[-1]]
        else:
            count = match["count"]
            value = float(count) if count.isdecimal() else leads.counts[count]
            if "-" in match["join"] and value >= 20 and value % 10 == 0:
                continue  # "twenty-fifth": a compound ordinal
            if match["alone"] is not None and (value >= 20 or count.isdecimal()):
                continue  # "finished twenty fifth.", "the 3 fifth": no share alone
            if value > 1 and match["fraction"] + "s" in leads.fractions:
                continue  # "two hundredth": an ordinal; parts are plural ("two hundredths")
            if value == 1 and match["fraction"] in leads.ordinals and leads.ordinal_nouns:
                word = _WORD_AFTER.match(text, end)
                if word is not None and word[1].lower() in leads.ordinal_nouns:
                    continue  # "for a third year running", "a fourth time": the ordinal
            if (
                match["attributive"] is not None
                and (value < 2 or match["fraction"] not in leads.attributive)
                and not (
                    match["fraction"] not in leads.ordinals
                    and not _PLURAL_AFTER.match(text, end)
                    and units.fraction_unit_after(text, end, lang) is not None
                )
            ):
                continue  # "a fifth term", "three quarters in a row"; not "a quarter point"
            value *= leads.fractions[match["fraction"]]
        inside = bisect.bisect_right(starts, start) - 1
        if inside >= 0 and numerals[inside].start < start and numerals[inside].end >= end:
            continue  # "et trois quarts" already read into "cinq milliards et trois quarts"
        if inside >= 0 and numerals[inside].start == start and numerals[inside].end > end:
            continue  # "a quarter of a percentage point": read with its unit
        extra.append(Numeral(start, end, text[start:end], _tidy(value), False, True))
    if not extra:
        return numerals
    return sorted(_outside(numerals, extra) + extra, key=lambda n: n.start)


def _after_partitive(lower: str, start: int, leads: _Leads) -> bool:
    """Whether a whole fraction at ``start`` follows one of ``whole_fractions_after``: a
    share of what was just named ("2 400 tonnes de blé, dont la moitié part à l'export",
    "of which half went to exports")."""
    for phrase in leads.partitives:
        words = units.tokens_before(lower, start, len(phrase))
        if tuple(words) == phrase:
            return True
    return False


def _share_before_verb(text: str, match: re.Match[str], leads: _Leads, lang: str) -> bool:
    """Whether a whole fraction before a word is a share of people left unsaid: after a cue,
    a whole fraction with no link is not followed by a noun ("fewer than half trust the
    government", "more than half voted"), unless that word makes it a figure or a
    measure of its own ("more than half a million", "nearly half an hour")."""
    if qualifiers.cue_before(text, match.start(), lang) is None:
        return False
    word = _WORD_AFTER.match(text, match.end("whole"))
    if word is None:
        return False
    after = word[1].lower()
    return after not in leads.heads and after not in leads.counts and after not in leads.ones


def _with_fractions_of_scale(
    text: str, lower: str, lang: str, numerals: list[Numeral]
) -> list[Numeral]:
    """Read "cinq milliards et trois quarts" (5.75e9) and "six and three quarters" (6.75).

    The numeral reader takes "et trois" into the number; the fraction after it says that
    the count counts parts of the number's scale.
    """
    leads = _leads(lang)
    if not numerals:
        return numerals
    ends = {n.end: i for i, n in enumerate(numerals)}
    changed = False
    for match in leads.and_fraction.finditer(lower):
        count = leads.counts[match["count"]]
        index = ends.get(match.end("count"))
        if index is not None and numerals[index].start < match.start("connector"):
            numeral = numerals[index]
            base = numeral.value - count  # the reader added the count to the number
        else:
            gap = match.start("connector")
            while gap > 0 and lower[gap - 1] in _SPACES:
                gap -= 1
            index = ends.get(gap)
            if index is None:
                continue
            numeral = numerals[index]
            base = numeral.value
        if numeral.ordinal or base <= 0:
            continue
        scale = _scale_of(numeral, _reading(lang))
        value = _tidy(base + count * leads.fractions[match["fraction"]] * scale)
        end = match.end()
        if not changed:
            numerals = list(numerals)
        numerals[index] = Numeral(numeral.start, end, text[numeral.start : end], value, False, True)
        changed = True
    if not changed:
        return numerals
    # A fraction read into a number ends other numerals inside it ("trois" of "et trois").
    numerals.sort(key=lambda n: (n.start, -n.end))
    kept: list[Numeral] = []
    for numeral in numerals:
        if kept and numeral.start < kept[-1].end:
            continue
        kept.append(numeral)
    return kept


def _outside(numerals: list[Numeral], spans: list[Numeral]) -> list[Numeral]:
    """The numerals that do not start inside one of ``spans`` (both sorted), in linear time."""
    kept: list[Numeral] = []
    index = 0
    for numeral in numerals:
        while index < len(spans) and spans[index].end <= numeral.start:
            index += 1
        if index < len(spans) and spans[index].start <= numeral.start:
            continue
        kept.append(numeral)
    return kept


def _within_vague(vague: list[tuple[int, int, float]], mention: Mention) -> bool:
    """Whether ``mention`` lies inside one of the ``vague`` forms (disjoint, in text order)."""
    index = bisect.bisect_right(vague, (mention.start, math.inf, math.inf)) - 1
    return index >= 0 and vague[index][1] >= mention.end


def _overlaps(
    starts: list[int], spans: list[Numeral] | list[Mention], start: int, end: int
) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (sorted by start, ``starts`` theirs)."""
    index = bisect.bisect_left(starts, end)
    return any(spans[i].end > start for i in range(max(0, index - 2), index))


def _link_spans(text: str) -> list[tuple[int, int]]:
    """The URL-shaped tokens of ``text``: a scheme, "www.", or two %-escapes."""
    if "://" not in text and "www." not in text and text.count("%") < 2:
        return []  # the pre-filter: "5 %" alone is no encoded string
    spans: list[tuple[int, int]] = []
    covered = 0
    for mark in _LINK_MARK.finditer(text):
        if mark.start() < covered:
            continue
        start = mark.start()
        while start > 0 and not _TOKEN_EDGE.match(text, start - 1):
            start -= 1
        edge = _TOKEN_EDGE.search(text, mark.end())
        end = edge.start() if edge is not None else len(text)
        covered = end
        token = text[start:end]
        if "://" not in token and "www." not in token and len(_ESCAPE.findall(token)) < 2:
            continue  # one "%2" is a typo more often than an encoded string
        spans.append((start, end))
    return spans


_SENTENCE_BREAK = re.compile(r"[.!?;:]\s")
_LINK_WORDS = re.compile(r"[^\W\d_]+")


def _with_elided_measure(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """Give a scaled count the currency or the unit of the amount or quantity before it when
    it is more of the same, left unsaid: in the same sentence, within a factor of 100 of it,
    and either after a link word ("47,2 milliards d'euros, soit 3,3 milliards de plus",
    "$1.2bn, of which 340 million") or a change word ("4,48 milliards d'euros, en hausse de
    400 millions") or written with the same scale word and no noun of its
    own, a few words on ("154 milliards d'euros, et la dette 3 101 milliards", "90 million
    acres of corn this year, against 94.6 million"). An unscaled figure of four digits or
    more takes it only right after a comma and the link, with no noun of its own ("800 000
    euros, dont 300 000 avec sursis"). A quantity lends its unit only to a figure with no
    noun of its own ("5 million km of roads and 3 million people" keeps its people)."""
    links = money.elided_links(lang)
    if not links:
        return mentions
    reading = _reading(lang)
    out: list[Mention] = []
    amount: Mention | None = None
    for mention in mentions:
        if (mention.kind is MentionKind.MONEY and mention.currency is not None) or (
            mention.kind is MentionKind.QUANTITY and mention.unit is not None
        ):
            amount = mention
        elif amount is not None and mention.kind is MentionKind.NUMBER:
            scale = _scale_in(mention.text, reading)
            between = text[amount.end : mention.start]
            words = _LINK_WORDS.findall(between.lower())
            size = _size(mention)
            linked = any(" ".join(words[-n:]) in links for n in (1, 2, 3) if n <= len(words)) or (
                # "4,48 milliards d'euros, en hausse de 400 millions": the change of the amount
                mention.noun is None and qualifiers.change_before(text, mention.start, lang)
            )
            same_scale = (
                mention.noun is None
                and len(words) <= _ELIDED_WORDS
                and (
                    scale == _scale_in(amount.text, reading)
                    # "… 2,25 milliards de dollars …, a obtenu leur réduction à 400
                    # millions.": another scale word ending its clause, nothing counted
                    or (scale >= 1e6 and _CLAUSE_END_AFTER.match(text, mention.end) is not None)
                )
            )
            quantity = amount.kind is MentionKind.QUANTITY
            # "800 000 euros, dont 300 000 avec sursis": a grouped figure right after the
            # link word, with no noun of its own, is more of the same amount as well
            part = (
                scale < 1e6
                and mention.noun is None
                and _part_link(between, links)
                and size is not None
                and size >= 1000
                and not _year_shaped(mention.text)
            )
            if (
                (scale >= 1e6 or part)
                and size
                and 0.01 <= size / (_size(amount) or size * 1e3) <= 100
                and not _SENTENCE_BREAK.search(between)
                and (linked or same_scale)
                and not (quantity and mention.noun is not None)
            ):
                update: dict[str, Any] = (
                    {"kind": MentionKind.QUANTITY, "unit": amount.unit, "noun": None}
                    if quantity
                    else {"kind": MentionKind.MONEY, "currency": amount.currency, "noun": None}
                )
                mention = mention.model_copy(update=update)
            elif scale >= 1e6:
                amount = None  # "… et vendu 2 millions de voitures, contre 1,8 million"
        out.append(mention)
    return out


def _part_link(between: str, links: frozenset[str]) -> bool:
    """Whether ``between`` (from an amount to a figure) is a comma then a link word, the
    amount's own complement of a few words before the comma allowed: "800 000 euros, dont
    300 000", "20 000 euros d'amende, dont 10 000"."""
    head, comma, tail = between.rpartition(",")
    if not comma or " ".join(_LINK_WORDS.findall(tail.lower())) not in links:
        return False
    own = _LINK_WORDS.findall(head.lower())
    return not own or (len(own) <= _COMPLEMENT_WORDS and head.lstrip(_SPACES)[:1].isalpha())


_COMPLEMENT_WORDS = 3  # words of an amount's complement before "dont" ("d'amende")

_ELIDED_WORDS = 28  # how far on a figure with the amount's scale word may leave its currency
_CLAUSE_END_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|\Z)")


def _size(mention: Mention) -> float | None:
    """The figure's value, or for a range or a bound the end it states."""
    if mention.value is not None:
        return mention.value
    return mention.high if mention.high is not None else mention.low


def _without_unit_prices(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """Drop the unit a price is per: "$90 a barrel", "150p a litre", "$2,300 an ounce" is
    an amount of money, not also a quantity of one barrel (a unit led by an article right
    after an amount); "$4.55 a dozen" is no count of twelve."""
    ones = _leads(lang).ones
    kept = [mentions[0]]
    for mention in mentions[1:]:
        previous = kept[-1]
        if (
            previous.kind is MentionKind.MONEY
            and (_one_unit(mention, ones) or _one_lot(mention, ones))
            and not text[previous.end : mention.start].strip()
        ):
            continue  # "$90 a barrel", "$4.55 a dozen": what the price is per
        kept.append(mention)
    # "the price of a gallon of gasoline was $3.58", "un litre de gazole atteint 1,80 euro":
    # one unit led by an article, then an amount in its sentence, is what the price is per
    return [
        m
        for i, m in enumerate(kept)
        if not (
            _one_unit(m, ones)
            and i + 1 < len(kept)
            and kept[i + 1].kind is MentionKind.MONEY
            and _SENTENCE_BREAK.search(text, m.end, kept[i + 1].start) is None
        )
    ]


def _stop_suffixed(word: str, reading: _Reading) -> bool:
    """Whether ``word`` ends like a participle that closes a noun phrase ("sold", "added"),
    not like "speed" or "need" (``not_stop_suffixes``)."""
    return word.endswith(reading.stop_suffixes) and not word.endswith(reading.not_stop_suffixes)


def _one_lot(mention: Mention, ones: set[str]) -> bool:
    """Whether ``mention`` is a count in words led by an article ("a dozen", "une
    douzaine"): after a price, the lot it is per."""
    first, _, rest = mention.text.partition(" ")
    return mention.kind is MentionKind.NUMBER and first.lower() in ones and rest.isalpha()


def _one_unit(mention: Mention, ones: set[str]) -> bool:
    """Whether ``mention`` is one unit led by an article ("a gallon", "un litre")."""
    return (
        mention.kind is MentionKind.QUANTITY
        and mention.value == 1
        and mention.text.split(maxsplit=1)[0].lower() in ones
    )


_WORD_BEFORE_LEAD = re.compile(r"([^\W\d_]+)(?:[ \u00a0]+|(-))\Z")


def _with_unit_leads(text: str, lang: str, numerals: list[Numeral]) -> list[Numeral]:
    """Add the figures that are only words before a unit or a scale ("une tonne", "a liter")."""
    leads = _leads(lang)
    lower = lowercase(text)
    if lower is None:
        return numerals
    extra: list[Numeral] = []
    replacing: list[Numeral] = []  # spans whose numerals a lead reading replaces
    starts = [n.start for n in numerals]
    for match in leads.pattern.finditer(lower):
        if match.start() and lower[match.start() - 1].isalnum():
            continue  # inside a word (the pattern leaves this test out: it is faster so)
        lead = match["lead"].lower()
        value = leads.fractions.get(lead, 1.0)
        end = match.start("tail")
        if match["tail"].strip() == "-":
            end = match.end("tail")
        after = match.end()
        scale_word = _letters(text, after).lower()
        if scale_word not in leads.heads:
            continue
        if lead in leads.fractions and scale_word in leads.scales:
            # "half a million": this reading replaces the numeral "a million" inside it.
            value *= leads.scales[scale_word]
            end = after + len(scale_word)
        else:
            unit = units.unit_after(text, after, lang)
            currency = money.currency_after(text, after, lang, linked=False)
            found = unit or currency
            if found is None or (found.end - after < 2):
                continue  # "a t-shirt" is not a tonne
            if _DIGIT_AFTER.match(text, found.end):
                continue  # "a US$4.7 billion": the sign belongs to the figure after it
            if currency is not None and unit is None and currency.plain:
                continue  # "a real problem" is no Brazilian real
            if (
                currency is not None
                and lead in leads.ones
                and _FIGURE_BEFORE.search(text, max(0, match.start() - 8), match.start())
            ):
                continue  # "$5.36 a pound": the unit a price is given for, no £1
            if lead in leads.ones and match.end("tail") - match.start() > len(lead) + 1:
                continue  # "un de" is not a figure
        start = match.start()
        if lead in leads.fractions:
            # A fraction before a unit reads better than the ordinal it also is
            # ("tenth of a gallon", "a fourth of a liter"); with its count or article
            # ("a quarter of a percentage point", "three quarters of a point").
            before = None
            if match["tail"].strip() != "-":  # not "un demi-litre", "a half-acre"
                before = _WORD_BEFORE_LEAD.search(lower, max(0, start - 24), start)
            if before is not None and before[1] in leads.ones:
                start = before.start(1)  # "a quarter of a percentage point"
            elif (
                before is not None
                and before[1] in leads.counts
                and not (before[2] and leads.counts[before[1]] >= 20)  # "twenty-fifth"
            ):
                # "three quarters mile", "one-half miles"
                start, value = before.start(1), value * leads.counts[before[1]]
            replacing.append(Numeral(start, end, "", value))
        elif _overlaps(starts, numerals, match.start(), end):
            continue
        extra.append(Numeral(start, end, text[start:end], value, False, True))
    if not extra:
        return numerals
    return sorted(_outside(numerals, replacing) + extra, key=lambda n: n.start)


# An exchange's code after a stock's number: "7203.T", "005930.KS", "0700.HK".
_TICKER_AFTER = re.compile(r"\.[A-Z]{1,2}(?![^\W_])")
# One capital letter after a hyphen, alone: a code's letter ("10-K", "8-K", "10-Q").
_CODE_AFTER = re.compile(r"-[A-Z](?![^\W_])")


def _is_noise(
    text: str,
    numeral: Numeral,
    noise: tuple[tuple[int, int], ...],
    reading: _Reading,
    lang: str,
) -> bool:
    """Whether a numeral only looks like a figure (phone, postal code, label, model)."""
    start, end = numeral.start, numeral.end
    if touches_noise(noise, start, end):
        return True
    if numeral.spelled:
        if _capitalized_in_name(text, numeral, reading):
            return True  # "Formula One", "Air Force One": a name
        if numeral.ordinal and _FIGURE_BEFORE.search(text, max(0, start - 8), start):
            return True  # "les 300 premiers migrants", "the 300 first": a count's adjective
        # "quatre centièmes de seconde": the unit of time, not the ordinal; "first announced
        # in 2022": the adverb.
        return numeral.ordinal and (
            units.is_unit_not_ordinal(text, start, end, lang)
            or _adverb_ordinal(text, numeral, reading)
            or _title_or_noun_ordinal(text, numeral, reading)
        )
    digits = numeral.text.lstrip("-−")
    year = _year_shaped(digits)
    if (
        start > 1
        and text[start - 1] == "("
        and text[start - 2].isalnum()
        and text[end : end + 1] == ")"
    ):
        return True  # "Section 13(3)", "article L. 221(2)": a subsection's number
    if year and _year_span_at(text, start, lang):
        return True  # "below the 1981-2010 average": a span of years, the time finder's
    if start >= 3 and text[start - 1] == "+" and text[start - 3 : start - 1].isalpha():
        return True  # "un bac+5", "Bac+3": a diploma's level, glued to its word by "+"
    if text.startswith("-", end) and _CODE_AFTER.match(text, end):
        return True  # "a 10-Q", "an 8-K filing": a form's code, a capital letter after a hyphen
    if text.startswith(".", end) and _TICKER_AFTER.match(text, end):
        return True  # "Toyota Motor (7203.T)", "(005930.KS)": a ticker and its exchange
    # Letters glued after digits: a unit ("100km") or a currency ("20€"), or a name.
    if (
        end < len(text)
        and text[end].isalpha()
        and not numeral.ordinal
        and units.unit_after(text, end, lang) is None
        and money.currency_after(text, end, lang, linked=False) is None
        and money.scale_suffix(lang, _letters(text, end)) is None
    ):
        return True
    if (
        units.last_token(text, start).rpartition("'")[2] in reading.labels
        and units.unit_after(text, end, lang) is None
        and not (len(digits) >= 2 and _TALLY_AFTER.match(text, end))
        and _token_before(text, _token_before(text, start)[0])[1] not in reading.verb_leads
    ):
        # "article 3", "room 12"; not a measure: "sa version 256 Go"; nor a vote's tally:
        # "passed the aid bill 311-112"; nor a verb's object: "Paris will stage 329 medal
        # events" (a label after a modal or "to" is a verb)
        return True
    if (
        digits.isdecimal()
        and len(digits) == 5
        and units.unit_after(text, end, lang) is None
        and money.currency_after(text, end, lang, linked=False) is None
    ):
        # A postal code: "75008 Paris", "CA 94103".
        after = text[end : end + 2]
        if len(after) == 2 and after[0] == " " and after[1].isupper():
            return True
        if re.search(r"\b[A-Z]{2} \Z", text[max(0, start - 3) : start]):
            return True
    if (
        "." in digits
        and _VERSION.fullmatch(digits)
        and _CAPITALIZED_BEFORE.search(text, max(0, start - 32), start) is not None
        and units.unit_after(text, end, lang) is None
        and money.currency_before(text, start, lang) is None
    ):
        return True  # "Network 2.0", "Industrie 4.0": a version, no figure
    if (
        digits.isdecimal()
        and (len(digits) <= 3 or year or _after_acronym(text, start, digits))
        and not numeral.ordinal
        and digits == numeral.text  # a signed figure names nothing: "Saso -4, Furue -3"
    ):
        # A number right after a name is a model or a label: "iPhone 15", "Windows 11";
        # a year there names an edition ("le Tour de France 2024", "Paris 2024"); not the
        # first of a score or a tally ("beat Arsenal 3-1", "passed the House 218-214").
        name = _CAPITALIZED_BEFORE.search(text, max(0, start - 32), start)
        if (
            name is not None
            # "Apple's 20 stores", "the Premier League's 20 clubs": the possessor's count
            and not (reading.possessives and name[1].endswith(reading.possessives))
            # "En 2019": a stop word, first tested; "737 MAX 9": capitals, no stop word;
            # "Inside Out 2": a stop word inside a title of capitalized words
            and (
                name[1].isupper()
                or name[1].lower() not in reading.stops
                or _inside_title(text, name.start())
            )
            and _SCORE_AFTER.match(text, end) is None
            and not _score_in_words(text, end, lang)
            and not _times_after(text, end, reading)
            and (
                _SENTENCE_START.search(text, max(0, name.start() - 4), name.start()) is None
                or _content_word_after(text, end, reading)
                or _auxiliary_after(text, end, lang)
                or _LABEL_AFTER.match(text, end) is not None
                # "Formula 1's Monaco Grand Prix": the name in the possessive
                or (bool(reading.possessives) and text.startswith(reading.possessives, end))
            )
            and qualifiers.cue_before(text, start, lang) is None
            and money.currency_before(text, start, lang) is None
            and units.unit_after(text, end, lang) is None
            and money.currency_after(text, end, lang, linked=False) is None
        ):
            return True
    return False


def _times_after(text: str, end: int, reading: _Reading) -> bool:
    """Whether a noun that counts occasions (``first_nouns``: "times", "fois") follows
    ``end``: "played the Cavern Club 292 times" counts, no model "Club 292"."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word[1].lower() in reading.first_nouns


def _noun_follows(text: str, end: int, reading: _Reading) -> bool:
    """Whether a lowercase word that is no stop word follows ``end`` ("1,000 more| teachers")."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word[1].islower() and word[1] not in reading.stops


def _head_after_name(text: str, end: int, reading: _Reading) -> bool:
    """Whether a plural head noun in lower case follows a capitalized word ending at
    ``end``: the name qualifies it ("3,000 British workers", "12,000 Ford workers"), where
    "deux tiers des Français approuvent" ends with the name."""
    if not reading.head_suffixes:
        return False
    word = _WORD_AFTER.match(text, end)
    if word is None or not word[1].islower() or word[1] in reading.stops:
        return False
    return _plural_head(word[1], reading) or word[1] in reading.heads


def _plural_head(word: str, reading: _Reading) -> bool:
    """Whether ``word`` ends like a plural head noun and is one ("cars"; not "excess
    deaths", "measles cases": ``not_head_suffixes``, ``not_heads``)."""
    return (
        word.endswith(reading.head_suffixes)
        and not (reading.not_head_suffixes and word.endswith(reading.not_head_suffixes))
        and word not in reading.not_heads
    )


def _inside_title(text: str, start: int) -> bool:
    """Whether a capitalized word at ``start`` follows another capitalized word that does
    not open its sentence ("Inside Out 2", "Top Of The Pops 2"): a title's word, whatever it
    is alone."""
    before = _CAPITALIZED_BEFORE.search(text, max(0, start - 32), start)
    if before is None:
        return False
    # (a quotation mark opens a title, not a sentence: '"Inside Out 2"')
    return _SENTENCE_OPEN.search(text, max(0, before.start() - 4), before.start()) is None


def _after_acronym(text: str, start: int, digits: str) -> bool:
    """Whether four digits stand right after a word in capitals, as a product's number does
    ("RTX 4090", "RX 7900", "GTX 1080"); the checks of a name's number then apply (no unit,
    no currency, no cue)."""
    return len(digits) == 4 and _ACRONYM_BEFORE.search(text, max(0, start - 8), start) is not None


_LINK_WORDS_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+['’]?)(?=[ \u00a0]|(?<=['’]))")
_PLURAL_AFTER = re.compile(r"[ \u00a0]*[^\W\d_]+s\b")  # a plural noun: "points de vente"
_FIGURE_BEFORE = re.compile(r"\d[ \u00a0\u202f]+\Z")  # a figure right before a word
_VERSION = re.compile(r"\d{1,2}\.0")  # "2.0", "4.0": a version's whole number
_ACRONYM_BEFORE = re.compile(r"(?<![\w&$])[A-Z]{2,4}[ \u00a0]\Z")


def _capitalized_in_name(text: str, numeral: Numeral, reading: _Reading) -> bool:
    """Whether a number in words is capitalized right after a capitalized word, inside a
    sentence: part of a name ("Formula One", "Air Force One"), not "Three men" nor "In May,
    Two" (a sentence start or a stop word before it)."""
    if not numeral.text[:1].isupper() or numeral.text.isupper():
        return False
    if _HYPHENED_NAME.match(text, numeral.end):
        return True  # "le barrage des Trois-Gorges", "Trois-Rivières": one name
    name = _CAPITALIZED_BEFORE.search(text, max(0, numeral.start - 32), numeral.start)
    if name is None:
        # after a word in lower case and before another, a capital inside a sentence names
        # something ("after Vodafone … and Three plans to follow": the operator); a title in
        # capitals ("Apple Sells Three Million Phones") has none in lower case after it; so
        # does one that ends a clause ("Vodafone's merger with Three.")
        before = _LOWER_BEFORE.search(text, max(0, numeral.start - 32), numeral.start)
        if before is None:
            return False
        if _MARK_AFTER_NAME.match(text, numeral.end):
            return True
        after = _WORD_AFTER_NAME.match(text, numeral.end)
        if after is None:
            return False
        # a capitalized word after it makes one name of both ("between Three Bridges and
        # Brighton", "the Four Seasons"), unless it is a scale ("Three Million")
        return after[1][0].islower() or (
            after[1][0].isupper() and after[1].lower() not in reading.scale_values
        )
    if name[1].lower() in reading.stops:
        # a capitalized stop word opening the sentence ("The", "Les") leads into a name the
        # number word goes on with a capitalized word ("The Three Gorges Dam generated",
        # "Les Quatre Saisons comptent"); not "In May, Two", "The Three men", nor a title in
        # capitals ("The Three Biggest Banks Lost $2bn": no content word in lower case)
        return _name_goes_on(text, numeral.end, reading)
    # an acronym names even at a sentence's start ("BBC One took a 40% share"); another word
    # there may be any word ("Yesterday Three people died")
    acronym = len(name[1]) > 1 and name[1].isupper()
    if acronym or _SENTENCE_START.search(text, max(0, name.start() - 4), name.start()) is None:
        return True
    # at a sentence's start, a name going on in capitals after the number word ("Coca-Cola
    # Zero Sugar volumes rose"; "Yesterday Three people died" counts)
    return _name_goes_on(text, numeral.end, reading)


def _name_goes_on(text: str, end: int, reading: _Reading) -> bool:
    """Whether a capitalized word that is no scale follows a number word ending at ``end``
    ("Three| Gorges Dam"; not "Three| Million"), in a sentence written in lower case: a
    content word in lower case follows before its end."""
    after = _WORD_AFTER_NAME.match(text, end)
    if after is None or not after[1][0].isupper() or after[1].lower() in reading.scale_values:
        return False
    end = min(len(text), after.end() + _NAME_SENTENCE_REACH)  # (a long text stays linear)
    stop = _SENTENCE_BREAK.search(text, after.end(), end)
    rest = text[after.end() : stop.start() if stop else end]
    return any(
        word[0].islower() and word.lower() not in reading.stops
        for word in _LETTER_WORD.findall(rest)
    )


_NAME_SENTENCE_REACH = 160  # characters read after a name for a word in lower case
_HYPHENED_NAME = re.compile(r"-[A-Z][^\W\d_]*[a-z]")
_LETTER_WORD = re.compile(r"(?<!\S)[^\W\d_]+(?![^\s.,;:!?)])")  # a word of letters alone
_LOWER_BEFORE = re.compile(r"\b[a-z]+[ \u00a0]\Z")
_WORD_AFTER_NAME = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_MARK_AFTER_NAME = re.compile(r"[.,;:!?)]|\Z")


def _content_word_after(text: str, end: int, reading: _Reading) -> bool:
    """Whether a small word that is no stop word follows ``end``: after a capitalized word
    that opens a sentence, a number before it names a model ("Switch 2 sales reached"); one
    before a stop word may be a count ("Children 12 and younger")."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word[1].islower() and word[1] not in reading.stops


def _auxiliary_after(text: str, end: int, lang: str) -> bool:
    """Whether an auxiliary or a modal follows ``end`` ("Ariane 6 doit effectuer …",
    "Windows 11 a été …"): the number closed the subject's name (the time lexicon's
    auxiliaries and future markers)."""
    word = _WORD_AFTER.match(text, end)
    if word is None or not word[1].islower():
        return False
    key = normalize(word[1])
    lexicon = time_lexicon(lang)
    if key in lexicon.present_auxiliaries or key in lexicon.past_auxiliaries:
        return True
    return any(cat == "future" for cat, _ in lexicon.phrases.get((key,), ()))


def _score_in_words(text: str, end: int, lang: str) -> bool:
    """Whether a figure ending at ``end`` is joined by a word to a second one, as the first
    of a score is: "a battu le Leinster 31 à 22", "beat Leinster 31 to 22"."""
    joined = qualifiers.joiner_after(text, end, lang)
    return (
        joined is not None
        and joined > end + 1
        and text[joined : joined + 1].isdecimal()
        and any(ch.isalpha() for ch in text[end:joined])  # "CAC 40 -1,2 %" is a sign
        # a score's second number is a small one: "the S&P 500 to 5,400", "le CAC 40 à
        # 8 000 points" are an index and its level
        and _SMALL_SCORE.match(text, joined) is not None
    )


_SMALL_SCORE = re.compile(r"\d{1,3}(?![\d]|[,.  \u00a0\u202f]\d{3})")


_NEXT_WORD = re.compile(r"[ \u00a0]*([^\W\d_]+|,)")


def _adverb_ordinal(text: str, numeral: Numeral, reading: _Reading) -> bool:
    """Whether an ordinal in words is an adverb: one of ``adverb_ordinals`` before a
    participle (a word with one of the noun ``stop_suffixes``) or a comma, and after no word of
    ``adverb_ordinals_after`` ("first announced in 2022", "First, the board met"; not "the
    first elected mayor")."""
    if numeral.text.lower() not in reading.adverb_ordinals:
        return False
    after = _NEXT_WORD.match(text, numeral.end)
    if after is None:
        return False
    word = after[1].lower()
    if word != "," and not (_stop_suffixed(word, reading) and len(word) > 3):
        return False
    return _token_before(text, numeral.start)[1] not in reading.adverb_ordinals_after


def _title_or_noun_ordinal(text: str, numeral: Numeral, reading: _Reading) -> bool:
    """Whether an ordinal in words is part of a title ("la Première ministre", "the First
    Lady": ``title_ordinals``), of a compound noun before no noun link ("a first class
    seat", "flew first class": ``compound_ordinals``) or a noun after an article, before no
    noun ("une première depuis 2019", "a first for the company": ``noun_ordinal_leads``)."""
    if reading.title_ordinals or reading.compound_ordinals:
        lower = text[numeral.start : numeral.start + 40].lower()
        for title in reading.title_ordinals:
            if lower.startswith(title) and not lower[len(title) : len(title) + 1].isalnum():
                # "leur première présidente" is a rank: the first woman to be president
                before = _token_before(text, numeral.start)[1]
                return before not in reading.title_ordinals_not_after
        word = numeral.text.lower()
        for compound in reading.compound_ordinals:
            at = compound.find(word)
            if at > 0:
                # "matières premières", "nombres premiers": the ordinal word ends the noun
                start = numeral.start - at
                end = start + len(compound)
                if (
                    start >= 0
                    and text[start:end].lower() == compound
                    and not (start and text[start - 1].isalnum())
                    and not text[end : end + 1].isalnum()
                ):
                    return True
                continue
            if lower.startswith(compound) and not lower[len(compound) :][:1].isalnum():
                # "a first class seat", "flew first class"; "the first class of recruits"
                # is ranked (a noun link follows)
                return _reading_link_after(text, numeral.start + len(compound), reading) is None
    if not reading.noun_ordinal_leads:
        return False
    if _token_before(text, numeral.start)[1] not in reading.noun_ordinal_leads:
        return False
    if text.startswith("-", numeral.end):
        return False  # "a second-round match": a compound adjective, ranked
    after = _NEXT_WORD.match(text, numeral.end)
    if after is None or after[1] == ",":
        return True
    word = after[1].lower()
    # "for a second year running": ranked, though "year" ends a counted noun
    return word in reading.stops and word not in reading.ordinal_nouns


def _reading_link_after(text: str, position: int, reading: _Reading) -> str | None:
    """The noun link ("of", "de") that is the next word after ``position``, or None."""
    word = _WORD_AFTER.match(text, position)
    if word is None or word[1].lower() not in reading.links:
        return None
    return word[1]


class _Lookalikes:
    """The look-alike rules of a language, compiled once."""

    def __init__(self, lang: str) -> None:
        rules = numbers_lexicon(lang).lookalikes
        forms: set[str] = set()
        for street in rules.streets:
            forms.update((street, street[:1].upper() + street[1:]))
        streets = "|".join(units.surface_pattern(f) for f in sorted(forms, key=len, reverse=True))
        suffixes = "|".join(units.surface_pattern(w) for w in rules.number_suffixes)
        suffix = rf"[ \u00a0]?(?:{suffixes})(?!\w)|" if suffixes else ""
        low, high = rules.street_names
        # "12 rue", "3 bis avenue", "14, bd", "221B Baker Street", "1600 Pennsylvania Ave"
        self.address = re.compile(
            rf"(?<![\w.,/-])(\d{{1,5}})(?:{suffix}[A-Z](?!\w))?,?[ \u00a0]+"
            rf"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[ \u00a0]+){{{low},{high}}}(?:{streets})(?![\w-])"
        )
        # the street word every address ends with, looked for once in a text: most hold none
        # (the lookahead on the first character lets the engine skip most positions)
        firsts = {c for f in forms for c in ("'’" if f[:1] in ("'", "’") else f[:1])}
        plain = not firsts & {"", *_SPACES}  # a space stands for any run of them
        lead = "(?=[" + "".join(sorted(map(re.escape, firsts))) + "])" if plain else ""
        self.street = re.compile(rf"{lead}(?:{streets})(?![\w-])" if forms else "(?!)")
        self.address_leads = frozenset(w.lower() for w in rules.address_leads)
        self.references = frozenset(w.lower().replace("’", "'") for w in rules.references)
        # A reference word stands before a code only where the lowercase text has it before a
        # space, a digit or an opening mark (what ends the token _reference_start reads): one
        # search rules out most texts before any code's words are read.
        refs = "|".join(
            re.escape(w).replace("'", "['’]")
            for w in sorted(self.references, key=len, reverse=True)
        )
        self.reference_probe = (
            re.compile(rf"(?:{refs})(?=[ \u00a0\u202f\u2009(\[«\"“]|\d)") if refs else None
        )
        self.reference_verb_leads = frozenset(w.lower() for w in rules.reference_verb_leads)
        joined = "|".join(units.surface_pattern(j) for j in rules.reference_joiners)
        self.reference_more = (
            re.compile(rf"[ \u00a0]+(?:{joined})[ \u00a0]+\d{{1,5}}(?![\w]|[,.]\d)", re.IGNORECASE)
            if joined
            else None
        )
        # (the source only: see age)
        self._age_source = _age_source(rules, numbers_lexicon(lang).cardinals)
        self.has_age = self._age_source is not None
        # the age forms glued to their number, which a number in words may take too
        self.ages_in_words = tuple(w.lower() for w in rules.ages if w[:1] in "- ")
        # a word each age form holds, looked for first: most texts hold none (of a phrase,
        # its longest word before the number: "age" of "at the age of #", not "at")
        self.age_probes = tuple(
            {w.strip(" -#").split("-")[-1].split()[-1].lower() for w in rules.ages}
            | {_longest_word(w.split("#")[0]).lower() for w in rules.age_phrases}
        )
        # the words every age phrase ends with ("de # ans": " ans"), a cheap first test;
        # none when some age reads with no word after its number ("aged 45")
        tails = {w.split("#")[-1].strip().split(" ")[0].lower() for w in rules.age_phrases}
        self.age_tails = (
            tuple(sorted(space + t for t in tails for space in " \u00a0\u202f"))
            if rules.age_phrases and "" not in tails and not rules.ages
            else ()
        )
        # "l'attaquant de 24 ans": an age phrase after a person noun of apposition_persons
        self.person_age = _person_age_pattern(rules)
        self.person_age_probes = tuple(
            {
                space + w.split("#")[-1].split()[0].lower()
                for w in rules.person_age_phrases
                for space in " \u00a0"
            }
        )
        self.person_words = max((len(w.split()) for w in rules.apposition_persons), default=0)
        # the words after an age set between commas ("son petit-fils, 23 ans, a été")
        self.apposition_tails = tuple(
            units.surface_key(w) for w in sorted(rules.apposition_tails, key=len, reverse=True)
        )
        # ages set between commas after a person noun or a name that is no month or weekday
        self.persons = frozenset(w.lower() for w in rules.apposition_persons)
        calendar = time_lexicon(lang)
        self.not_names = frozenset(
            w.lower() for w in (*calendar.words.months, *calendar.words.weekdays)
        )
        bodies = "|".join(units.surface_pattern(w) for w in sorted(rules.bodies, reverse=True))
        self.bodies = (
            re.compile(rf"(?<![\w.,-])\d{{1,3}}-(?:{bodies})(?![\w-])", re.IGNORECASE)
            if bodies
            else None
        )
        self.body_probes = tuple(w.lower() for w in rules.bodies)
        # digits joined to a capitalized number word: a brand ("the 7-Eleven chain"), no range
        cardinals = sorted(
            (w[:1].upper() + w[1:] for w in numbers_lexicon(lang).cardinals if w.isalpha()),
            key=len,
            reverse=True,
        )
        self.digit_names = (
            re.compile(rf"(?<![\w.,-])\d{{1,2}}-(?:{'|'.join(cardinals)})(?![\w-])")
            if cardinals
            else None
        )
        # a name with a number, in the possessive ("Covid-19's"): found by its digits and
        # ending, the name's letters checked before it
        endings = "|".join(re.escape(w) for w in sorted(rules.possessives, key=len, reverse=True))
        self.possessive = re.compile(rf"-\d{{1,3}}(?:{endings})(?![^\W\d_])") if endings else None
        self.possessive_probes = tuple(rules.possessives)
        # a model number before its model word ("737 MAX", "A350 XWB"): no figure
        words = numbers_lexicon(lang).model_words
        pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        self.models = (
            re.compile(rf"(?<![\w.,])\d{{2,4}}(?= (?:{pattern})(?![\w-]))") if words else None
        )
        self.model_probes = tuple(words)
        always = sorted([*rules.always, *rules.named], key=len, reverse=True)
        # the set phrases with no slash, looked for only when one stands in the text
        self.always_probes = tuple(w.lower() for w in always if "/" not in w)
        self.always = (
            re.compile(
                rf"(?<![\w/])(?:{'|'.join(units.surface_pattern(f) for f in always)})(?![\w/])",
                re.IGNORECASE,
            )
            if always
            else None
        )
        # "appelez le 15 ou le 112": the numbers of a list one dials, joined by code_joiners
        joiners = "|".join(units.surface_pattern(j) for j in rules.code_joiners)
        more = rf"(?:[ \u00a0]+(?:{joiners})[ \u00a0]+\d{{1,5}})*" if joiners else ""
        end = r"(?![\w]|[,.]\d|[ \u00a0.-]\d)"
        self.code = _phrase_pattern(rules.code_phrases, rf"\d{{1,5}}{end}{more}{end}")
        # the first word of a phrase, at a word's start and before a space: looked for in
        # the lowercase text first ("affaires" holds "faire" but opens no "faire le 17")
        dialled = sorted({w.split("#")[0].split()[0].lower() for w in rules.code_phrases}, key=len)
        self.code_probe = (
            re.compile(
                rf"(?<![\w-])(?:{'|'.join(units.surface_pattern(w) for w in dialled[::-1])})"
                rf"[ \u00a0\u202f\u2009]"
            )
            if dialled
            else None
        )

    # The age pattern is compiled when a text first holds one of its words (most hold
    # none), not with the other rules: it costs milliseconds to compile.
    @functools.cached_property
    def age(self) -> re.Pattern[str] | None:
        """A person's age ("a 45-year-old man", "âgé de 45 ans"), None if the language has
        none (``has_age`` says so without compiling it)."""
        return None if self._age_source is None else re.compile(self._age_source, re.IGNORECASE)


def _longest_word(phrase: str) -> str:
    """The longest word of ``phrase`` (the last of equally long ones), words split at spaces
    and apostrophes: one a text holding the phrase holds as it is written.

    >>> _longest_word("at the age of"), _longest_word("l'âge de")
    ('age', 'âge')
    """
    longest = ""
    for word in _PHRASE_WORDS.split(phrase):
        if len(word) >= len(longest):
            longest = word
    return longest


_PHRASE_WORDS = re.compile(r"[\s'’]+")


def _age_source(rules: LookalikeRules, cardinals: Mapping[str, float]) -> str | None:
    """One pattern's source for a person's age: "a 45-year-old man", "seven-year-olds", "aged 45",
    "âgé de 45 ans" (not a bound: "aged 12 or over", "âgées de 65 ans et plus")."""
    ages = "|".join(units.surface_pattern(w) for w in sorted(rules.ages, key=len)[::-1])
    # an age in words, hyphenated ("twenty-five-year-old")
    words = "|".join(re.escape(w) for w in sorted(cardinals, key=len, reverse=True) if w.isalpha())
    number = rf"(?:\d{{1,3}}|(?:{words})(?:-(?:{words}))?)" if words else r"\d{1,3}"
    found = [rf"(?<![\w.,-]){number}(?:{ages})(?![\w-])"] if ages else []
    bounds = "|".join(units.surface_pattern(w) for w in rules.age_bounds)
    tail = rf"(?![\w-]|[ \u00a0]+(?:{bounds})(?!\w))" if bounds else r"(?![\w-])"
    # "aged 19 and 20", "âgés de 19 à 23 ans": two ages of one phrase
    words = "|".join(units.surface_pattern(w) for w in rules.age_joiners if w[:1].isalpha())
    signs = "".join(re.escape(w) for w in rules.age_joiners if not w[:1].isalpha())
    joins = [rf"[ \u00a0]+(?:{words})[ \u00a0]+"] if words else []
    joins += [rf"[ \u00a0]*[{signs}][ \u00a0]*"] if signs else []
    second = rf"(?:(?:{'|'.join(joins)})\d{{1,3}})?" if joins else ""
    if ages and words:
        # "18- to 24-year-olds": the first age's suffix left to the second
        found.append(
            rf"(?<![\w.,-]){number}-[ \u00a0]+(?:{words})[ \u00a0]+{number}(?:{ages})(?![\w-])"
        )
    found += _phrases(rules.age_phrases, rf"\d{{1,3}}{second}(?!\d|[,.]\d)", tail)  # "aged 27, and"
    if not found:
        return None
    # Scanned over whole texts: a lookahead on what an age may start with (a digit, a
    # number's or a phrase's first letter) lets most positions fail on one set test, and
    # the start of a word every form needs most others.
    firsts = {w[:1] for w in cardinals if w.isalpha()} if ages else set()
    for phrase in rules.age_phrases:
        before = phrase.partition("#")[0].strip()
        firsts.update(_SPACES if not before else "'’" if before[0] in "'’" else before[0])
    lead = "".join(re.escape(c) for c in sorted(firsts))
    return rf"(?=[\d{lead}])(?<![\w-])(?:{'|'.join(found)})"


def _person_age_pattern(rules: LookalikeRules) -> re.Pattern[str] | None:
    """The age phrases read after a person noun ("de # ans" in "l'attaquant de 24 ans");
    the caller checks the noun before."""
    if not (rules.person_age_phrases and rules.apposition_persons):
        return None
    bounds = "|".join(units.surface_pattern(w) for w in rules.age_bounds)
    tail = rf"(?![\w-]|[ \u00a0]+(?:{bounds})(?!\w))" if bounds else r"(?![\w-])"
    # two ages of one phrase: "les enfants de 3 à 6 ans"
    words = "|".join(units.surface_pattern(w) for w in rules.age_joiners if w[:1].isalpha())
    second = rf"(?:[ \u00a0]+(?:{words})[ \u00a0]+\d{{1,3}})?" if words else ""
    phrases = _phrases(rules.person_age_phrases, rf"\d{{1,3}}{second}(?!\d|[,.]\d)", tail)
    return re.compile("|".join(phrases), re.IGNORECASE)


def _phrase_pattern(phrases: list[str], number: str) -> re.Pattern[str] | None:
    """One pattern for phrases whose "#" stands for ``number`` ("composez le #")."""
    found = _phrases(phrases, number)
    return re.compile("|".join(found), re.IGNORECASE) if found else None


def _phrases(phrases: list[str], number: str, tail: str = "") -> list[str]:
    """The regexes of phrases whose "#" stands for ``number``, longest first, each then
    ``tail``: "âgé de # ans", "composez le #"."""
    found = []
    for phrase in sorted(phrases, key=len, reverse=True):
        before, _, after = phrase.partition("#")
        body = units.surface_pattern(before.strip()) + r"[ \u00a0]+" + number
        if after.strip():
            body += r"[ \u00a0]+" + units.surface_pattern(after.strip())
        found.append(rf"(?<![\w-]){body}{tail}")
    return found


@functools.cache
def elided_ones(lang: str) -> re.Pattern[str] | None:
    """A link word, then a determiner that counts one before a word that ends the noun
    phrase or a mark ("dont un avec sursis", "dont une à Paris"): the count one of an
    elided noun. None when the language reads its "one" as a number anyway.

    >>> elided_ones("fr").search("deux ans, dont un avec sursis")["one"]
    'un'
    """
    lexicon = numbers_lexicon(lang)
    ones = [w for w in lexicon.determiners if lexicon.cardinals.get(w) == 1]
    if not ones:
        return None
    links = "|".join(units.surface_pattern(w) for w in money.elided_link_words(lang))
    stops = "|".join(units.surface_pattern(w) for w in lexicon.noun.stops)
    one = "|".join(re.escape(w) for w in ones)
    return re.compile(
        rf"(?<![\w'’])(?P<link>{links})[ \u00a0]+(?P<one>{one})"
        rf"(?=[ \u00a0]*[,.;)]|[ \u00a0]+(?:{stops})(?![\w'’]))",
        re.IGNORECASE,
    )


@functools.cache
def _lookalikes(lang: str) -> _Lookalikes:
    return _Lookalikes(lang)


@functools.lru_cache(maxsize=8)
def noise_spans(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` whose digits are neither a figure nor a time, disjoint and
    in text order: web addresses, phone numbers, card and account numbers, ISBNs, street
    addresses, references to a text or a standard, versions, and years before year 1
    ("44 BC": :func:`claimcheck.extract.time_lexicon.bc_years`).

    Cached for the last few texts: the numbers finder and :func:`claimcheck.extract.extract`
    both ask for them.

    >>> text = "Appelez le 01 23 45 67 89, au 12 rue de la Paix (article L. 1234-5)."
    >>> [text[a:b] for a, b in noise_spans(text, "fr")]
    ['01 23 45 67 89', '12 rue', 'article L. 1234-5']
    >>> noise_spans("Version 2.10.13 ships with iOS 17.", "en")
    ((0, 15),)
    """
    spans = _link_spans(text)
    codes = list(_CODE.finditer(text)) if _DIGIT.search(text) else []
    if not codes:
        # no digits: only an age or a set phrase in words may be there ("a seven-year-old
        # boy", "a one-off payment")
        rules = _lookalikes(lang)
        lower = lowercase(text) or text.lower()
        if (
            rules.has_age
            and rules.age is not None
            and any(probe in lower for probe in rules.ages_in_words)
        ):
            spans.extend(m.span() for m in rules.age.finditer(text))
        if rules.always is not None and _holds_any(lower, rules.always_probes):
            spans.extend(m.span() for m in rules.always.finditer(text))
            return _disjoint_spans(spans)
        return tuple(spans)
    # a year before year 1 ("44 BC", "52 av. J.-C."): no period holds it, and it is no figure
    spans.extend(bc_years(text, lang))
    rules = _lookalikes(lang)
    if (
        len(codes) >= 3 or len(codes) + sum(len(_SEPARATORS.findall(c[0])) for c in codes) >= 3
    ) and _GROUPS_HINT.search(text):
        # each shape has three groups of digits at least, two of them joined by one of its
        # marks (or an IBAN's letters); a shape whose mark the text lacks (a "+", a hyphen,
        # two dots) is not looked for
        spans.extend(m.span() for m in _PHONE.finditer(text))
        if "+" in text:
            spans.extend(m.span() for m in _INTL_PHONE.finditer(text) if _is_phone(m[0]))
        spans.extend(m.span() for m in _DIGIT_GROUPS.finditer(text))
        if "-" in text:
            spans.extend(m.span() for m in _HYPHEN_GROUPS.finditer(text))
        if text.count(".") >= 2:
            spans.extend(m.span() for m in _DOTTED.finditer(text) if _is_version(m[0]))
    if rules.has_age or rules.code is not None:
        lower = lowercase(text) or text.lower()  # the finders' cached lowercase
        if (
            rules.has_age
            and (not rules.age_tails or any(t in lower for t in rules.age_tails))
            and any(probe in lower for probe in rules.age_probes)
            and rules.age is not None
        ):
            spans.extend(m.span() for m in rules.age.finditer(text))
        if rules.person_age is not None and any(p in lower for p in rules.person_age_probes):
            spans.extend(_person_ages(text, rules))
        if rules.code is not None and rules.code_probe and rules.code_probe.search(lower):
            spans.extend(m.span() for m in rules.code.finditer(text))
    if rules.bodies is not None and "-" in text:
        lower = lowercase(text) or text.lower()
        if any(probe in lower for probe in rules.body_probes):
            spans.extend(m.span() for m in rules.bodies.finditer(text))  # "20-nation"
    if rules.possessive is not None and any(p in text for p in rules.possessive_probes):
        spans.extend(_possessive_names(text, rules.possessive))  # "Covid-19's toll"
    if rules.digit_names is not None and _DIGIT_DASH_CAPITAL.search(text):
        spans.extend(m.span() for m in rules.digit_names.finditer(text))  # "7-Eleven"
    if rules.models is not None and any(w in text for w in rules.model_probes):
        spans.extend(m.span() for m in rules.models.finditer(text))  # "24 737 MAX jets"
    if rules.always is not None and (
        "/" in text or _holds_any(lowercase(text) or text.lower(), rules.always_probes)
    ):
        spans.extend(m.span() for m in rules.always.finditer(text))  # "24h/24", "24/7"
    if len(codes) >= 2:
        # "24 heures sur 24": two equal counts around a unit of time say "always"
        spans.extend(units.always_spans(text, lang, lowercase(text) or text.lower()))
    if any(c[0][0] == "0" for c in codes):  # ("0 800 35 25 60": a trunk "0" alone)
        spans.extend(m.span() for m in _TRUNK_PHONE.finditer(text) if _is_trunk_phone(m[0]))
    if _COMMA_DIGIT.search(text):  # an apposed age follows a comma and a space
        spans.extend(_apposed_ages(text, codes, rules))
    probe = rules.reference_probe
    references = probe is not None and probe.search(lowercase(text) or text.lower()) is not None
    bracketed = "(" in text  # a code in brackets needs one
    streets = rules.street.search(text) is not None  # an address needs a street word
    if not (references or bracketed or streets):
        return _disjoint_spans(spans)  # no code can be a reference or an address: most texts
    for code in codes:
        start = code.start()
        if start and text[start - 1] in ".,":
            continue  # the decimals of a figure
        reference = _reference_start(text, start, rules.references) if references else None
        if reference is not None and (
            _scale_word_after(text, code.end(), lang)
            or _measure_after(text, code, lang)
            or _token_before(text, reference)[1] in rules.reference_verb_leads
        ):
            # "to build 1.5 million homes", "sa version 256 Go", "can build 500,000 cars": a
            # figure, not a build or a version number
            reference = None
        if reference is not None and not (
            # "loi 1901", "l'article 2012": a year may be what the word refers to
            code[0].isdecimal()
            and 1800 <= int(code[0]) <= 2100
            and len(code[0]) == 4
            and text[reference:start].rstrip(_SPACES).lower().rpartition("'")[2] in rules.references
        ):
            end = code.end()
            more = rules.reference_more.match(text, end) if rules.reference_more else None
            if more is not None and not _content_word_after(text, more.end(), _reading(lang)):
                end = more.end()  # "articles 3 and 4", "junctions 31 and 33"; not "and 40 jobs"
            spans.append((reference, end))
            continue
        if bracketed and _bracketed_code(text, code):
            spans.append(code.span())  # "le département du Nord (59)", "John Smith (52)"
            continue
        address = rules.address.match(text, start) if streets and code[0].isdecimal() else None
        if address is not None and (
            not _year_shaped(address[1]) or _token_before(text, start)[1] in rules.address_leads
        ):
            # a year before a street is a year: "in 2024 Wall Street", "en 2024, rue…"
            spans.append(address.span())
            postal = _FOUR_DIGIT_POSTCODE.match(text, address.end())
            if postal is not None and postal[2][:1].isupper():
                spans.append(postal.span(1))  # "45 rue Royale, 1000 Bruxelles"
    return _disjoint_spans(spans)


def _bracketed_code(text: str, code: re.Match[str]) -> bool:
    """Whether a short whole number stands alone in brackets right after a capitalized
    word: a département, a district, an age or a postal code ("du Nord (59)", "John Smith
    (52)", "Montreuil (93100)"); four digits are left to the time finder ("Insee (2024)")."""
    start, end = code.span()
    if not (end - start in (1, 2, 3, 5) and code[0].isdecimal()):
        return False
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return _CAPITALIZED_BEFORE.search(text, max(0, start - 33), start - 1) is not None


_APPOSED = re.compile(r"([^\W\d_][\w'’-]*), \Z")
_COMMA_DIGIT = re.compile(r", \d")


def _apposed_ages(
    text: str, codes: list[re.Match[str]], rules: _Lookalikes
) -> Iterator[tuple[int, int]]:
    """A person's age set between commas after a name or a person noun ("John Smith, 45, of
    Leeds", "the defendant, 52, was"): no figure."""
    for code in codes:
        start, end = code.span()
        if not (code[0].isdecimal() and len(code[0]) <= 3):
            continue
        if text[max(0, start - 2) : start] != ", ":
            continue  # no comma before it: _APPOSED cannot match
        if text[end : end + 2] != ", ":
            tail = _apposition_tail(text, end, rules.apposition_tails)
            if tail is None:
                continue
            end = tail  # "son petit-fils, 23 ans, a été placé en garde à vue"
        word = _APPOSED.search(text, max(0, start - 40), start)
        if word is None:
            continue
        name, lower = word[1], word[1].lower()
        if lower in rules.persons or (name[0].isupper() and lower not in rules.not_names):
            yield start, end


def _person_ages(text: str, rules: _Lookalikes) -> Iterator[tuple[int, int]]:
    """The age phrases right after a person noun: "l'attaquant de 24 ans", "le mis en cause
    de 19 ans"; not "un contrat de 5 ans"."""
    assert rules.person_age is not None
    for match in rules.person_age.finditer(text):
        words = units.tokens_before(text, match.start(), rules.person_words)
        words = [w.rpartition("'")[2] for w in words]  # "l'attaquant"
        for n in range(1, len(words) + 1):
            if " ".join(words[-n:]) in rules.persons:
                yield match.span()
                break


def _apposition_tail(text: str, end: int, tails: tuple[str, ...]) -> int | None:
    """Where an age's word after the number ends when a comma follows it (" ans, "), or None."""
    if not tails or text[end : end + 1] not in _SPACES:
        return None
    at = end + 1
    for tail in tails:
        stop = at + len(tail)
        if text[at:stop].lower() == tail and text[stop : stop + 2] == ", ":
            return stop
    return None


def _possessive_names(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """The names with a number in the possessive ("Covid-19's", "OAO-1's"), with their
    letters: the number is no figure and the mark after it no prime."""
    spans = []
    for match in pattern.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if start == match.start() or (
            start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_")
        ):
            continue  # no name, or a range ("3km-5's")
        spans.append((start, match.end()))
    return spans


def touches_noise(noise: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the disjoint, sorted ``noise`` spans.

    >>> touches_noise(((3, 8), (12, 20)), 8, 12), touches_noise(((3, 8),), 0, 4)
    (False, True)
    """
    if not noise:
        return False
    index = bisect.bisect_left(noise, (end,))
    return index > 0 and noise[index - 1][1] > start


def _disjoint_spans(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    if not spans:
        return ()  # most texts: no look-alike
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _scale_word_after(text: str, end: int, lang: str) -> bool:
    """Whether a scale word ("million", "milliards") follows the digits ending at ``end``."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word[1].lower() in _reading(lang).scale_values


def _measure_after(text: str, code: re.Match[str], lang: str) -> bool:
    """Whether a whole number is followed by a unit of measure ("version 256 Go")."""
    return code[0].isdecimal() and units.unit_after(text, code.end(), lang) is not None


_YEAR_SPAN = re.compile(r"(?<![\w.,])((?:18|19|20)\d\d)[-–]((?:18|19|20)\d\d)(?![\w.,]\d|\w)")


def _year_span_at(text: str, start: int, lang: str) -> bool:
    """Whether the digits at ``start`` are one end of a span of years written with a hyphen,
    the first before the second ("below the 1981-2010 average", "2023–2024"), with no unit
    nor currency after it ("1900-2000 euros" is money)."""
    if text[start + 4 : start + 5] not in _SPAN_DASHES and text[start - 1 : start] not in (
        _SPAN_DASHES
    ):
        return False  # no dash after the four digits or before them: most years
    for at in (start, start - 5):
        span = _YEAR_SPAN.match(text, at) if at >= 0 else None
        if span is not None and span[1] < span[2]:
            after = span.end()
            return (
                money.currency_after(text, after, lang, linked=False) is None
                and units.unit_after(text, after, lang) is None
            )
    return False


_SPAN_DASHES = ("-", "–")  # the marks between the years of _YEAR_SPAN


def _year_shaped(digits: str) -> bool:
    return len(digits) == 4 and digits.isdecimal() and 1000 <= int(digits) <= 2100


def _is_trunk_phone(number: str) -> bool:
    """Whether digits in groups after a leading "0" are a phone number: ten or eleven digits.

    >>> [_is_trunk_phone(n) for n in ("0161 496 0000", "020 7946 0958", "0 500", "05 000")]
    [True, True, False, False]
    """
    return 10 <= sum(c.isdecimal() for c in number) <= 11


def _is_phone(number: str) -> bool:
    """Whether digits after a "+" are a phone number: nine digits at least, not grouped in
    thousands.

    >>> [_is_phone(n) for n in ("+1 212 555 0199", "+1 200 000", "+12 345 678 901")]
    [True, False, False]
    """
    groups = re.findall(r"\d+", number)
    if sum(len(g) for g in groups) < 9:
        return False
    return not all(len(g) == 3 for g in groups[1:])


def _is_version(dotted: str) -> bool:
    """Whether dotted digit groups are a version or an address, not an amount or a date.

    >>> [_is_version(d) for d in ("17.4.1", "192.168.1.1", "1.234.567", "28.03.2024", "2.10.13")]
    [True, True, False, False, False]
    """
    groups = dotted.split(".")
    if all(len(g) == 3 for g in groups[1:]):
        return False  # thousands grouped with dots: "1.234.567"
    if len(groups) > 3:
        return True
    a, b, c = groups
    day_first = len(a) <= 2 and int(a) <= 31 and len(b) <= 2 and int(b) <= 12
    month_first = len(a) <= 2 and int(a) <= 12 and len(b) <= 2 and int(b) <= 31
    if (day_first or month_first) and len(c) in (2, 4):
        return False
    return not (len(a) == 4 and len(b) <= 2 and int(b) <= 12 and len(c) <= 2 and int(c) <= 31)


def _token_before(text: str, position: int) -> tuple[int, str]:
    """The start and the lowercase text of the token ending (spaces allowed) at ``position``;
    a token glued by an apostrophe is its last part ("l'article" → "article")."""
    end = position
    while end > 0 and text[end - 1] in _SPACES:
        end -= 1
    # the run of non-space characters before ``end``, at most 24 of them (split in C)
    window = text[max(0, end - 24) : end]
    if not window or window[-1].isspace():
        return end, ""
    token = window.rsplit(None, 1)[-1]
    start = end - len(token)
    token = token.lower().replace("’", "'")
    apostrophe = token.rfind("'")
    if apostrophe >= 0:
        return start + apostrophe + 1, token[apostrophe + 1 :]
    stripped = token.lstrip('([«"“')
    return start + len(token) - len(stripped), stripped


def _reference_start(text: str, start: int, references: frozenset[str]) -> int | None:
    """Where the reference word before a code begins, if one is there: "article 3",
    "l'article L. 1234-5", "§12", "v1.2.3", "ISO 9001"."""
    glued = start
    while glued > 0 and start - glued < 8 and not text[glued - 1].isspace():
        glued -= 1
    if glued < start:
        word = text[glued:start].lstrip('([«"“').lower()
        if word in references:
            return start - len(word)
        if _CODE_PREFIX.fullmatch(text, glued, start) is None:
            return None  # "AF447", "FR76": a name, not a reference
        word_start, word = _token_before(text, glued)
        return word_start if word in references else None
    word_start, word = _token_before(text, start)
    if word in references:
        return word_start
    if _CODE_PREFIX.fullmatch(text, word_start, start - _trailing_spaces(text, start)) is None:
        return None
    word_start, word = _token_before(text, word_start)
    return word_start if word in references else None


def _trailing_spaces(text: str, position: int) -> int:
    count = 0
    while position - count > 0 and text[position - count - 1] in _SPACES:
        count += 1
    return count


def _disjoint(figures: list[_Figure]) -> list[_Figure]:
    """Drop figures inside an earlier one ("43" in "20 dollars and 43 cents")."""
    kept: list[_Figure] = []
    for figure in figures:
        if kept and figure.start < kept[-1].end:
            continue
        kept.append(figure)
    return kept


_WORD_NEXT = re.compile(r"[ \u00a0]*[^\W\d_]")
_TRAILING_LETTERS = re.compile(r"(?<=[\d \u00a0])[^\W\d_]+\Z")


def _scale_as_unit(text: str, numeral: Numeral, lang: str) -> _Figure | None:
    """A figure whose scale letters are a unit in its sentence: "573.15K" beside
    "temperatures" is 573.15 kelvins, not 573 150; a whole one before a word stays a count
    of thousands ("32K fans")."""
    letters = _TRAILING_LETTERS.search(numeral.text)
    if letters is None:
        return None
    scale = _reading(lang).digit_scales.get(letters[0])
    if scale is None:
        return None
    value = _tidy(numeral.value / scale)
    if value == int(value) and _WORD_NEXT.match(text, numeral.end):
        return None  # "32K fans": a count of thousands before its noun
    unit = units.scale_unit(text, numeral.start, numeral.end, letters[0], lang)
    if unit is None:
        return None
    return _Figure(
        numeral.start, numeral.end, value, numeral, unit.symbol, unit.dimension, unit.factor
    )


def _letters(text: str, position: int, most: int = 0) -> str:
    """The letters at ``position``; with ``most``, no more than that many."""
    end = position
    stop = len(text) if not most else min(len(text), position + most)
    while end < stop and text[end].isalpha():
        end += 1
    return text[position:end]


def _figure(text: str, numeral: Numeral, lang: str) -> _Figure | None:
    """A numeral with its currency or unit."""
    value = numeral.value
    start, end = numeral.start, numeral.end
    if numeral.ordinal:
        return _Figure(start, end, value, numeral)
    if not numeral.spelled and numeral.text[-1:].isalpha():
        measured = _scale_as_unit(text, numeral, lang)
        if measured is not None:
            return measured
    before = money.currency_before(text, start, lang)
    if before is not None and _sign_of_previous(text, before, end, lang):
        before = None  # "10 $ 30 $": the first sign closes the amount before it
    if before is None and text[start - 1 : start].isalpha():
        before = money.scaled_sign_before(text, start, lang)
        if before is not None and not _scaled_or_decimal(text, numeral, lang):
            before = None  # "an R8", "rated R2": a name, not an amount of rand
    if before is not None:
        start = before.start
        suffix = _letters(text, end)
        scale = money.scale_suffix(lang, suffix) if suffix else None
        if scale is not None:
            value = _tidy(value * scale)  # "€2.01m" is 2010000, not 2009999.9999999998
            end += len(suffix)
        figure = _Figure(start, end, value, numeral, currency=before.code)
        # A currency sign may be repeated after the figure ("$ 10 USD"): take it in.
        after = money.currency_after(text, end, lang, linked=False)
        if (
            after is not None
            and after.code == before.code
            and not after.subunit
            and not _DIGIT_AFTER.match(text, after.end)  # "$ 20 $ 37": the next one's sign
        ):
            figure = replace(figure, end=after.end)
        return _cents(text, _whole(figure, lang), lang)
    suffix = _letters(text, end)
    if suffix and money.scale_suffix(lang, suffix) is not None:
        after = money.currency_after(text, end + len(suffix), lang, linked=False)
        if after is not None and after.start == end + len(suffix):
            scaled = _tidy(value * (money.scale_suffix(lang, suffix) or 1.0))
            return _Figure(start, after.end, scaled, numeral, currency=after.code)
    # Most figures are followed by a word that starts no currency, unit, scaled code or
    # negating words ("12 300 véhicules"): one test on that word rules all of them out.
    bare = not text.startswith("-", end) and _bare_head(units.head_at(text, end), lang)
    if bare:
        after = unit = None
    else:
        # After a scale word or abbreviation, "de"/"of" may lead to the currency or unit.
        linked = numeral.spelled or _scale_of(numeral, _reading(lang)) > 1
        after = money.currency_after(text, end, lang, linked=linked)
        unit = units.unit_after(text, end, lang, linked=linked)
    if (
        after is not None
        and after.ambiguous
        and unit is not None
        and (
            (
                _reading(lang).link_after.match(text, after.end) is not None
                and not (money.scaled_is_money(lang) and _scale_of(numeral, _reading(lang)) > 1)
            )
            or (
                _scale_of(numeral, _reading(lang)) == 1
                and (
                    money.weighed_before(text, start, lang)
                    or money.weight_in_sentence(text, start, lang)
                    or money.weight_noun_after(text, after.end, lang)
                )
            )
        )
    ):
        after = None  # "two pounds of meat", "weighed seven pounds", "a twenty pound bag"
    if after is None and unit is None and 0 < abs(value) < 10 and value != int(value):
        unit = units.fraction_unit_after(text, end, lang)  # "0,8 point": a percentage point
        if unit is None and numeral.spelled and 0 < value < 1:
            # "un quart de point", "a quarter of a point": a fraction in words, its link
            link = _LINK_WORDS_AFTER.match(text, end)
            if (
                link is not None
                and link[1].lower().replace("’", "'") in _reading(lang).links
                and not _PLURAL_AFTER.match(text, link.end())
            ):  # (not "la moitié du point de vente", "un quart de points de vente")
                unit = units.fraction_unit_after(text, link.end(), lang)
    if after is None and unit is None and not bare:
        scaled_code = _scaled_code(text, end, lang)
        if scaled_code is not None:
            scale, currency = scaled_code
            return _Figure(
                start, currency.end, _tidy(value * scale), numeral, currency=currency.code
            )
    if after is not None and (unit is None or unit.end <= after.end):
        if after.subunit:
            return _Figure(start, after.end, value / after.per, numeral, currency=after.code)
        figure = _Figure(start, after.end, value, numeral, currency=after.code)
        return _cents(text, _whole(figure, lang), lang)
    if unit is not None:
        figure = _Figure(start, unit.end, value, numeral, unit.symbol, unit.dimension, unit.factor)
        negated = qualifiers.negating_after(text, figure.end, lang)
        if negated is not None and value > 0:
            figure = replace(figure, end=negated, value=-value)
        return figure
    negated = None if bare else qualifiers.negating_after(text, end, lang)
    if negated is not None and value > 0:
        return _Figure(start, negated, -value, numeral, "°", "angle", 1.0)
    return _Figure(start, end, value, numeral)


@functools.lru_cache(maxsize=4096)
def _bare_head(head: tuple[str, str | None, str], lang: str) -> bool:
    """Whether no currency, unit, scaled currency code ("MEUR") or negating words may start
    with ``head``, what :func:`claimcheck.extract.units.head_at` reads after a figure (no
    hyphen before it): most words after a figure, met again and again."""
    return not (
        money.currency_may_start(head, lang)
        or units.unit_may_start(head, lang)
        or head[0] in _reading(lang).scale_suffix_starts
        or qualifiers.negating_may_start(head[0], lang)
    )


def _sign_of_previous(text: str, before: money.Currency, end: int, lang: str) -> bool:
    """Whether a sign before a figure that has its own sign after it follows another figure."""
    gap = text[max(0, before.start - 8) : before.start].rstrip(_SPACES)
    return gap[-1:].isdecimal() and money.currency_after(text, end, lang, linked=False) is not None


def _scaled_code(text: str, end: int, lang: str) -> tuple[float, money.Currency] | None:
    """A currency code with a scale letter before it: "100 MEUR", "250 kUSD"."""
    at = end
    while at < len(text) and text[at] in _SPACES:
        at += 1
    if at + 1 >= len(text) or not text[at].isalpha():
        return None  # no word of two letters or more: most figures
    if text[at] not in _reading(lang).scale_suffix_starts:
        return None  # no scale letter starts the word: most words
    word = _letters(text, at, 4)  # the sizes tried need no more
    scales = money.scale_suffixes(lang)
    for size in range(1, min(3, len(word) - 1) + 1):
        scale = scales.get(word[:size])
        if scale is None:
            continue
        currency = money.currency_after(text, at + size, lang, linked=False)
        if currency is not None and currency.start == at + size and not currency.subunit:
            return scale, currency
    return None


def _whole(figure: _Figure, lang: str) -> _Figure:
    """An amount in a currency without hundredths, its one mark grouping thousands.

    "Rp 31.500" in English or "1,500 yens" in French are 31 500 and 1 500: an amount in
    rupiahs, yens or wons has no decimals to write.
    """
    if figure.currency not in money.whole_currencies(lang) or figure.value == int(figure.value):
        return figure
    digits = figure.numeral.text
    if _ONE_GROUP.fullmatch(digits) is None or figure.value != figure.numeral.value:
        return figure
    return replace(figure, value=float(digits[:-4] + digits[-3:]))


def _cents(text: str, figure: _Figure, lang: str) -> _Figure:
    """An amount followed by its hundredths: "20 dollars 43 cents", "1 USD et 23 centimes"."""
    if figure.value != int(figure.value):
        return figure
    join = _reading(lang).join.match(text, figure.end)
    at = join.end() if join is not None else figure.end
    if at == figure.end and not (at < len(text) and text[at].isdecimal()):
        return figure
    found = scan_numerals(text[at : at + 40], lang)
    if not found or found[0].start != 0 or found[0].ordinal:
        return figure
    cents = found[0]
    if not (0 < cents.value < 100 and cents.value == int(cents.value)):
        return figure
    end = at + cents.end
    per = 100
    subunit = money.subunit_after(text, end, lang)
    if subunit is not None:
        end, per = subunit.end, subunit.per
    elif _word_follows(text, end) and not (
        len(cents.text) == 2 and cents.text.isdecimal() and not text[figure.end - 1].isalnum()
    ):
        return figure  # "20 euros 3 fois": not hundredths; "14 € 50 dans ce bistrot" are
    elif end < len(text) and (text[end].isalpha() or text[end] in _COMPOUND_DASHES):
        return figure  # "$500 million 7-year bond": a count glued to its noun, no cents
    elif "," in text[figure.end : at] or _measured_after(text, end, lang):
        return figure  # "5 €, 10 € et 20 €", "10 $ 30 $": amounts of their own
    return replace(figure, end=end, value=_tidy(figure.value + cents.value / per))


_COMPOUND_DASHES = frozenset("-\u2010\u2011")  # a hyphen that glues a count to its noun


def _measured_after(text: str, position: int, lang: str) -> bool:
    """Whether a currency or a unit of its own follows a figure that ends at ``position``."""
    return (
        money.currency_after(text, position, lang, linked=False) is not None
        or units.unit_after(text, position, lang) is not None
    )


def _word_follows(text: str, position: int) -> bool:
    match = re.compile(r"[ \u00a0]*[^\W_]").match(text, position)
    return match is not None


def _compounds(text: str, figures: list[_Figure], lang: str) -> list[_Figure]:
    """Add up measures of one dimension written in falling units: "7 feet 10 inches"."""
    if len(figures) < 2:
        return figures
    joined: list[_Figure] = []
    for index, figure in enumerate(figures):
        if joined and _compound_part(text, joined[-1], figure, figures[index + 1 :], lang):
            previous = joined[-1]
            total = (previous.value * previous.factor + figure.value * figure.factor) / (
                figure.factor
            )
            joined[-1] = replace(figure, start=previous.start, value=_tidy(total))
            continue
        joined.append(figure)
    return joined


_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.;:!?)\]\n]|\Z)")


def _compound_part(
    text: str, previous: _Figure, figure: _Figure, after: list[_Figure], lang: str
) -> bool:
    """Whether ``figure`` is the next part of the compound measure ``previous`` ends.

    Its unit is a smaller one of the same dimension, after a whole number ("5 feet 2
    inches"; "a throw of 88.36 meters, 2 centimeters ahead" is two measures). After a
    comma the compound must end there: its clause ends, a word of size follows ("6 feet, 2
    inches tall") or a further part does ("10 kms, 8 meters and 6 cm"); otherwise the comma
    parts two measures ("88 meters, 2 centimeters ahead of him").
    """
    gap = text[previous.end : figure.start]
    if not (
        previous.dimension is not None
        and previous.dimension == figure.dimension
        and previous.dimension not in ("percent", "percent-point", "angle")
        and figure.factor < previous.factor
        and _reading(lang).join.fullmatch(gap) is not None
        and previous.value >= 0
        and figure.value >= 0
        and previous.value == int(previous.value)
    ):
        return False
    if "," not in gap:
        return True
    if _CLAUSE_END.match(text, figure.end) or units.size_word_after(text, figure.end, lang):
        return True
    return bool(after) and _compound_part(text, figure, after[0], after[1:], lang)


def _tidy(value: float) -> float:
    return float(f"{value:.12g}")


def _mentions(text: str, figures: list[_Figure], lang: str, reading: _Reading) -> list[Mention]:
    mentions: list[Mention] = []
    index = 0
    while index < len(figures):
        figure = figures[index]
        paired = _range(text, figures, index, lang)
        if paired is not None:
            fields, used = paired
            mentions.append(_with_noun(text, fields, figures[index + used - 1], reading))
            index += used
            continue
        if index + 1 < len(figures):
            figure = _from_level(text, figure, figures[index + 1], lang, reading)
        mentions.append(_with_noun(text, _single(text, figure, lang, reading), figure, reading))
        index += 1
    return mentions


def _from_level(
    text: str, first: _Figure, second: _Figure, lang: str, reading: _Reading
) -> _Figure:
    """The first figure of a change from one level to another, with the second's unit.

    "passé de 5 000 à 4 000 euros", "rose from 3 to 5 percent": both are euros, percents;
    "passé de 2,7 à 3,4 milliards d'euros": its scale too, when the two are then within a
    factor of 100 ("de 800 à 1,2 million d'euros" leaves 800 alone); the unit alone to a
    figure with a scale of its own or written whole ("passant de 1,2 million à 800 000
    tonnes", "de 800 000 à 1,2 million de tonnes").
    """
    if second.unit is None and second.currency is None:
        return first  # nothing to lend: most pairs, tested first
    if first.numeral.ordinal or second.numeral.ordinal:
        return first
    if first.unit is not None or first.currency is not None:
        return first
    own = _scale_of(first.numeral, reading) > 1  # "passant de 1,2 million à 800 000 tonnes"
    scale = 1.0 if own else _scale_of(second.numeral, reading)
    value = first.value * scale
    if (scale > 1 or own) and not _comparable(value, second.value):
        if own or not _comparable(first.value, second.value):
            return first  # "de 800 à 1,2 million d'euros": 800 of what is not said
        # "de 800 000 à 1,2 million de tonnes": a figure written whole takes the unit alone
        scale, value = 1.0, first.value
    if qualifiers.joiner_after(text, first.end, lang) != second.start:
        return first
    if not qualifiers.change_before(text, first.start, lang):
        return first
    # "passé de 2,7 à 3,4 milliards d'euros": the second's scale is the first's too
    return replace(
        first,
        value=value,
        unit=second.unit,
        dimension=second.dimension,
        factor=second.factor,
        currency=second.currency,
    )


def _comparable(value: float, other: float | None) -> bool:
    """Whether two levels of one change are within a factor of 100 of each other."""
    return other is not None and other != 0 and 0.01 <= value / other <= 100


def _single(text: str, figure: _Figure, lang: str, reading: _Reading) -> dict[str, Any]:
    value = figure.value
    start, end = figure.start, figure.end
    qualifier = Qualifier.EXACT
    cue = qualifiers.cue_before(text, start, lang) if not figure.numeral.ordinal else None
    if cue is not None:  # most figures have none
        if cue.milestone and not qualifiers.milestone_after(text, end, lang):
            cue = None  # "passed the $95bn aid package": the bill, not a threshold
        elif cue.article and qualifiers.referent_after(text, end, lang):
            cue = None  # "below the $3.4 billion analysts had expected": what they expected
        elif cue.article and text.startswith("-", end) and text[end + 1 : end + 2].isalpha():
            cue = None  # "5% below the 10-year average": an adjective of the noun bounded
        elif _bare_year(figure) and _year_noun_after(text, end, lang, baseline=not cue.article):
            cue = None  # "under the 1970 law", "below 2019 levels": a year's, no bound
        elif qualifiers.spans_after(text, cue, end, lang):
            cue = None  # "voted over seven phases": the span it took, no bound
        else:
            qualifier, start = Qualifier(cue.qualifier), cue.start
    after = qualifiers.cue_after(text, end, lang) if not figure.numeral.ordinal else None
    if after is not None and (cue is None or qualifier is Qualifier.APPROX):
        qualifier, end = Qualifier(after.qualifier), after.end
    if qualifier is Qualifier.EXACT and figure.numeral.spelled:
        words = set(figure.numeral.text.lower().replace("-", " ").split())
        if words & reading.approximate:
            qualifier = Qualifier.APPROX  # "une dizaine", "dozens"
    low: float | None = value
    high: float | None = value
    if qualifier is Qualifier.EXACT:
        pass  # most figures: both bounds
    elif qualifier in (Qualifier.GT, Qualifier.GE):
        high = None
    elif qualifier in (Qualifier.LT, Qualifier.LE, Qualifier.NEARLY):
        low = None
    return {
        "kind": figure.kind,
        "text": text[start:end],
        "start": start,
        "end": end,
        "value": value,
        "low": low,
        "high": high,
        "low_exclusive": qualifier is Qualifier.GT,
        "high_exclusive": qualifier is Qualifier.LT,
        "qualifier": qualifier,
        "unit": _unit_of(figure),
        "currency": figure.currency,
    }


def _unit_of(figure: _Figure) -> str | None:
    return figure.unit if figure.currency is None else None


_HOUR_BEFORE = re.compile(r"\d[ \u00a0\u202f]?[hH][ \u00a0\u202f]?$")


def _range(
    text: str, figures: list[_Figure], index: int, lang: str
) -> tuple[dict[str, Any], int] | None:
    """A range that starts with ``figures[index]``: "entre 10 et 15 %", "10-15 %"."""
    if index + 1 >= len(figures):
        return None
    first, second = figures[index], figures[index + 1]
    if first.numeral.ordinal or second.numeral.ordinal:
        return None
    if not qualifiers.may_join(text, first.end, lang):
        return None  # no joiner after the first figure: most pairs of figures in a text
    if _HOUR_BEFORE.search(text, max(0, first.start - 6), first.start):
        return None  # "pendant 1 h 15 à 180 °C": the minutes of a time, no range's low
    if (
        qualifiers.change_before(text, first.start, lang)
        and not _range_of_change(text, first, second, lang)
        and not (
            first.value < second.value
            and not _own_unit(first, lang)
            and qualifiers.fall_before(text, first.start, lang)
        )
    ):
        # "passé de 5 % à 7 %", "rose from 3% to 5%": two figures; "une baisse de 10-15 %"
        # is a range all the same, and so is a fall that rises ("une baisse de 3 à 4 %").
        joined_at = qualifiers.joiner_after(text, first.end, lang, signs_only=True)
        return _join(text, first, second, None, joined_at, lang)
    opener = qualifiers.range_opener_before(text, first.start, lang)
    cue = qualifiers.cue_before(text, first.start, lang)
    if opener is not None and cue is not None and cue.start < opener.start:
        opener = None  # "plus de 10": the "de" belongs to the cue
    joined_at = qualifiers.joiner_after(text, first.end, lang) if opener is None else None
    if opener is None and joined_at is None:
        # no opener and no bare joiner ("Entreprise 4711 a produit 300 …": may_join took the
        # verb for an opener's joiner): no range, whatever the tests below say
        return None
    if opener is None and _in_score_list(text, first.start, second.end):
        return None  # "6-3, 6-4, 6-7, 7-6": set scores, not a range of 6 to 7
    if opener is None and first.value == second.value and text[first.end : second.start] == "-":
        return None  # "un nul 1-1", "drew 2-2": a draw, no range of one value
    if (
        opener is None
        and _DASH_PAIR.fullmatch(text, first.start, second.end) is not None
        and _CAPITALIZED_BEFORE.search(text, max(0, first.start - 32), first.start) is not None
        and _CAPITALIZED_AFTER.match(text, second.end) is not None
    ):
        return None  # "Rennes 1-3 PSG", "Dortmund 0-2 Real Madrid": a score between two names
    if opener is None and (
        _year_then_level(first, second, lang) or _year_after_time_word(text, first, lang)
    ):
        # "grew 12% in 2024 to 675 million", "grown by 12% since 2014 to 48,000 tonnes": a
        # year, then the level reached
        return None
    spread = second.value > _RANGE_SPREAD * first.value
    percents = first.unit == "%" and second.unit == "%"  # "rise by 5% to 10%": a range
    # "raise the price of a first-class stamp by 30p to £1.65": a change written in the
    # currency's subunit, a level in its unit, is never one range's two ends
    far = spread or _denominations_differ(first, second)
    if (spread or (_own_unit(first, lang) and not percents)) and qualifiers.change_link_before(
        text, cue.start if cue is not None else first.start, lang, far=far
    ):
        # "grew by 1.2 million to 9.8 million", "by more than $2 trillion to about $2.7
        # trillion", "revised down by 10,000 to 165,000"; not "rose by 10 to 15 percent"
        return None
    if opener is not None:
        joined_at = qualifiers.joiner_after(text, first.end, lang, opener.joiners)
        if joined_at is None:
            joined_at = qualifiers.joiner_after(text, first.end, lang)
            if (
                joined_at is not None
                and text[first.end : second.start].strip() in _DASHES
                and _DASHES.isdisjoint(opener.joiners)
            ):
                # "des creux de 4-5 m": the dash joins the pair, "de" opens no range ("de 4
                # à 5 m" would): the preposition stays out of the span ("entre 10-15 %"
                # keeps its opener: the lexicon lists the dash among its joiners)
                opener = None
    return _join(text, first, second, opener, joined_at, lang)


_DASHES = frozenset(("-", "–", "—"))


_PAIR_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})[-–](\d{1,3}),[ \u00a0]*\Z")
_PAIR_AFTER = re.compile(r",[ \u00a0]*(\d{1,3})[-–](\d{1,3})(?![\d.,]\d|[-–]\d)")
_DASH_PAIR = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _in_score_list(text: str, start: int, end: int) -> bool:
    """Whether the dash pair ``text[start:end]`` stands in a list of pairs next to one that
    falls, which no range does: a list of scores ("6-3, 6-4, 6-7, 7-6"); a list of bands
    ("ages 18-24, 25-34") all rise.

    >>> _in_score_list("won 6-3, 6-7, 7-6", 9, 12), _in_score_list("ages 18-24, 25-34", 12, 17)
    (True, False)
    """
    if _DASH_PAIR.fullmatch(text, start, end) is None:
        return False
    for _ in range(_SCORE_LIST):  # the pairs before it, nearest first
        before = _PAIR_BEFORE.search(text, max(0, start - 12), start)
        if before is None:
            break
        if int(before[1]) > int(before[2]):
            return True
        start = before.start()
    for _ in range(_SCORE_LIST):  # and after it
        after = _PAIR_AFTER.match(text, end)
        if after is None:
            break
        if int(after[1]) > int(after[2]):
            return True
        end = after.end()
    return False


_SCORE_LIST = 8  # how many pairs of a list are read each way


def _range_of_change(text: str, first: _Figure, second: _Figure, lang: str) -> bool:
    """Whether "X to Y unit" straight after a change word is the range of the change.

    "Prices rose 3 to 5 percent" rose by 3 to 5 percent: the unit of the second figure
    is the first's too. After an opener ("rose from 3 to 5 percent", "passé de 7 à
    8 %"), with a unit on the first figure ("rose 3% to 5%") or with figures too far
    apart to bound one change ("the index rose 30 to 5,200 points"), they stay a change
    and the level reached.
    """
    if _own_unit(first, lang) or (second.unit is None and second.currency is None):
        return False
    if not qualifiers.change_word_before(text, first.start, lang):
        return False
    low, high = first.value, second.value
    return 0 < low < high <= _RANGE_SPREAD * low


def _denominations_differ(first: _Figure, second: _Figure) -> bool:
    """Whether two amounts of one currency are written one in its subunit, the other in its
    unit ("30p" and "£1.65"; a subunit's figure is divided to give the amount)."""
    if first.currency is None or first.currency != second.currency:
        return False
    return (first.value < first.numeral.value) != (second.value < second.numeral.value)


def _own_unit(figure: _Figure, lang: str) -> bool:
    """Whether a figure carries its own unit, currency or scale word ("1.2 million", "5%")."""
    if figure.unit is not None or figure.currency is not None:
        return True
    return _scale_of(figure.numeral, _reading(lang)) > 1


_DIGIT_DASH_CAPITAL = re.compile(r"\d-[A-Z]")


def _holds_any(text: str, probes: tuple[str, ...]) -> bool:
    """Whether one of ``probes`` stands in ``text``."""
    return any(p in text for p in probes)


def _year_noun_after(text: str, end: int, lang: str, *, baseline: bool = False) -> bool:
    """Whether a noun a year names an edition of follows ``end`` ("the 1970 law", "the
    2022 census": the time lexicon's ``year_nouns``; with ``baseline``, only one of its
    ``baseline_nouns``: "below 2019 levels")."""
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return False
    lexicon = time_lexicon(lang)
    return word[1].lower() in (lexicon.baseline_nouns if baseline else lexicon.year_nouns)


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _bare_year(figure: _Figure) -> bool:
    """Whether a figure is a year-shaped number with no unit nor currency ("2024")."""
    return figure.unit is None and figure.currency is None and _year_shaped(figure.numeral.text)


def _year_after_time_word(text: str, first: _Figure, lang: str) -> bool:
    """Whether ``first`` is a bare year-shaped number after a time preposition ("since")."""
    return _bare_year(first) and normalize(_token_before(text, first.start)[1]) in year_leads(lang)


def _year_then_level(first: _Figure, second: _Figure, lang: str) -> bool:
    """Whether ``first`` is a bare year-shaped number and ``second`` a scaled figure it
    cannot be the low end of ("en 2024 à 675 millions d'euros": 2024 millions is more)."""
    if not _bare_year(first):
        return False
    scale = _scale_of(second.numeral, _reading(lang))
    return scale > 1 and first.value * scale > second.value


def _join(
    text: str,
    first: _Figure,
    second: _Figure,
    opener: qualifiers.Cue | None,
    joined_at: int | None,
    lang: str,
) -> tuple[dict[str, Any], int] | None:
    """The range of two figures joined at ``joined_at``, if they make one."""
    if joined_at is None:
        return None
    second_start = second.start
    inner = qualifiers.cue_before(text, second_start, lang)
    if inner is not None and inner.start >= joined_at and inner.qualifier == "approx":
        second_start = inner.start  # "between 2 l and about 7 l"
    if second_start != joined_at:
        return None
    low_value, high_value = first.value, second.value
    unit, currency = second.unit, second.currency
    if first.unit is not None or first.currency is not None:
        if (first.dimension, first.currency) != (second.dimension, second.currency):
            return None
        low_value = first.value * first.factor / second.factor
    if first.unit is None and first.currency is None:
        # "entre 2 et 3 milliards", "de deux à trois millions": the scale of the second
        # figure is the first's too.
        reading = _reading(lang)
        scale = _scale_of(second.numeral, reading)
        if (
            scale > 1
            and _scale_of(first.numeral, reading) == 1
            and first.value * scale <= second.value
        ):
            low_value = first.value * scale
    if low_value > high_value and high_value < 0:
        low_value, high_value = high_value, low_value  # "-20°C to -30°C"
    if low_value > high_value:
        return None
    start = opener.start if opener is not None else first.start
    if opener is None:
        outer = qualifiers.cue_before(text, first.start, lang)
        if outer is not None and outer.qualifier == "approx":
            start = outer.start  # "around 10-20 dollars": a range all the same
    kind = second.kind
    if kind is MentionKind.ORDINAL:
        return None
    mention = {
        "kind": kind,
        "text": text[start : second.end],
        "start": start,
        "end": second.end,
        "low": min(_tidy(low_value), high_value),  # (rounding may lift it past the high)
        "high": high_value,
        "qualifier": Qualifier.RANGE,
        "unit": unit if currency is None else None,
        "currency": currency,
    }
    return mention, 2


def _scale_of(numeral: Numeral, reading: _Reading) -> float:
    """The largest scale written in a numeral: "3 milliards", "trois millions", "3Md" (or 1)."""
    if not numeral.spelled and reading.plain_unscaled and _PLAIN_FIGURE.fullmatch(numeral.text):
        return 1.0  # digits and their marks only ("12 300", "1,5"): most figures, each new
    return _scale_in(numeral.text, reading)


# Digits with their group and decimal marks, signs and spaces: every token of such a
# numeral leaves no letters for _scale_in to look up (see _Reading.plain_unscaled).
_PLAIN_FIGURE = re.compile(r"[0-9.,'’\-−\s\u00a0\u202f\u2009]+")


@functools.lru_cache(maxsize=4096)
def _scale_in(written: str, reading: _Reading) -> float:
    """The largest scale in the words of a numeral (the few numerals met are read once); a
    scale glued to a currency sign counts ("16,2 Md€", "2,5 M$")."""
    scale = 1.0
    for token in _TOKEN_SPLIT.split(written):
        letters = token.lstrip("0123456789.,'’-−")
        found = reading.scale_values.get(token.lower()) or reading.digit_scales.get(
            _GLUED_SIGNS.sub("", letters)
        )
        if found is not None and found > scale:
            scale = found
    return scale


def _with_noun(text: str, fields: dict[str, Any], figure: _Figure, reading: _Reading) -> Mention:
    """The mention of ``fields``, with the counted noun after it for counts and quantities."""
    kind = fields["kind"]
    if kind is MentionKind.NUMBER or kind is MentionKind.QUANTITY:
        words: set[str] = (
            set()  # digits and marks: none of the words below (see _Reading.plain_wordless)
            if reading.plain_wordless
            and not figure.numeral.spelled
            and _PLAIN_FIGURE.fullmatch(figure.numeral.text)
            else set(figure.numeral.text.lower().replace("-", " ").split())
        )
        linked = bool(words & reading.scale_words) or kind is MentionKind.QUANTITY
        links = reading.fraction_links if words & reading.fractions else reading.links
        noun = _noun(text, fields["end"], reading, linked=linked, links=links)
        if noun is not None and words & reading.link_after_scale:
            link = _LINK_AFTER.match(text, fields["end"])
            if link is None or link[1].lower().replace("’", "'") not in links:
                noun = None  # "16 milliards consacrés aux munitions": no noun of its own
        if noun is not None and figure.numeral.text.lower() in reading.whole_fractions:
            # "half of the voters", "la moitié des salariés": a whole fraction's noun
            # follows a link; "fewer than half trust the government" says no noun
            word = _WORD_AFTER.match(text, fields["end"])
            if word is None or word[1].lower() not in links:
                noun = None
        fields["noun"] = noun
        if noun is not None and kind is MentionKind.QUANTITY and not _is_name(noun):
            # A measured product joined by a link word belongs to the quantity, as
            # in Duckling: "500 grammes de fraises", "two pounds of meat"; a name is no
            # product ("within 4.6 million km of Earth").
            at = text.find(noun, fields["end"])
            if text[fields["end"] : at].strip():
                fields["end"] = at + len(noun)
                fields["text"] = text[fields["start"] : fields["end"]]
    return _mention(fields)


# Mention's own validator: the same checks as Mention(**fields), without the keywords'
# repacking and the constructor's frame (a quarter of a mention's cost).
_VALIDATE_MENTION = Mention.__pydantic_validator__.validate_python


# The fields :func:`_single` gives a mention, in Mention's order, without and with the noun
# :func:`_with_noun` adds; a value of one of the types here the validator keeps as it is.
_SINGLE_FIELDS = tuple(Mention.model_fields)[:12]
_NOUNED_FIELDS = tuple(Mention.model_fields)[:13]
_OPTIONAL_FLOAT = (float, type(None))
_OPTIONAL_STR = (str, type(None))
_new_mention = Mention.__new__
_set_attribute = object.__setattr__


def _mention(fields: dict[str, Any]) -> Mention:
    """The mention of ``fields``, validated as ``Mention(**fields)`` is.

    The fields of one figure (:func:`_single`'s, a noun or not), each of its field's own
    type and consistent (what the validator checks), make the mention directly: the
    instance the validator builds, fields set included, a quarter cheaper. Any other
    fields go through the validator, which raises as it always did.
    """
    names = tuple(fields)
    if names in (_NOUNED_FIELDS, _SINGLE_FIELDS):
        (
            kind,
            text,
            start,
            end,
            value,
            low,
            high,
            low_x,
            high_x,
            qualifier,
            unit,
            currency,
            *noun,
        ) = fields.values()
        if (
            type(kind) is MentionKind
            and type(text) is str
            and type(start) is int
            and type(end) is int
            and 0 <= start <= end
            and end - start == len(text)
            and type(value) in _OPTIONAL_FLOAT
            and type(low) in _OPTIONAL_FLOAT
            and type(high) in _OPTIONAL_FLOAT
            and (low is None or high is None or low <= high)
            and type(low_x) is bool
            and type(high_x) is bool
            and type(qualifier) is Qualifier
            and type(unit) in _OPTIONAL_STR
            and type(currency) in _OPTIONAL_STR
            and (not noun or type(noun[0]) in _OPTIONAL_STR)
        ):
            values = dict(fields)
            if not noun:
                values["noun"] = None
            values["period"] = None
            values["relation"] = None
            built: Mention = _new_mention(Mention)
            _set_attribute(built, "__dict__", values)
            _set_attribute(built, "__pydantic_fields_set__", set(names))
            _set_attribute(built, "__pydantic_extra__", None)
            _set_attribute(built, "__pydantic_private__", None)
            return built
    mention: Mention = _VALIDATE_MENTION(fields)
    return mention


# The word after a figure, an elided one with its apostrophe ("d'habitants": "d'").
_LINK_AFTER = re.compile(r"\s+([^\W\d_]+['’]?)")


def _is_name(noun: str) -> bool:
    """Whether a noun is a name: a capital, then small letters only ("Earth"; not "CO2")."""
    return noun[:1].isupper() and noun[1:].islower()


def _plural_acronym(word: str) -> bool:
    """Whether ``word`` is an acronym in the plural, a counted noun ("807,000 TEUs", "500
    SUVs")."""
    return len(word) >= 3 and word.endswith("s") and word[:-1].isupper()


def _noun(
    text: str,
    position: int,
    reading: _Reading,
    *,
    linked: bool,
    links: frozenset[str] | None = None,
) -> str | None:
    """The noun phrase right after a figure: "points de vente", "unités produites"."""
    at = position
    while at < len(text) and text[at] in _SPACES:
        at += 1
    if at == position and at < len(text) and text[at].isalpha():
        return None  # glued letters are not a noun
    words: list[tuple[int, int]] = []
    content = 0
    last = ""  # the last content word taken
    pending_link: tuple[int, int] | None = None
    while at < len(text) and content < reading.max_words:
        match = _NOUN_WORD.match(text, at)
        if match is None:
            break
        word = match[0].lower().replace("’", "'")
        is_link = word in (reading.links if links is None else links)
        if is_link and (linked or content) and pending_link is None:
            if not content and words:
                break
            pending_link = match.span()
        elif (
            (
                word in reading.stops
                and (content or words or word not in reading.first_nouns)
                and not (
                    not words
                    and word in reading.noun_leads
                    and _noun_follows(text, match.end(), reading)
                )
            )
            or (
                match[0][0].isupper()
                and (content or not linked)
                and not _plural_acronym(match[0])
                and not (not words and _head_after_name(text, match.end(), reading))
            )
            or (
                content
                and _stop_suffixed(word, reading)
                and not (reading.adverb_suffixes and last.endswith(reading.adverb_suffixes))
            )
            or (content and pending_link is None and word.endswith(reading.verb_suffixes))
            or (content and normalize(word) in reading.calendar)
            or (content and pending_link is None and _unagreeing(last, word, reading))
        ):
            break  # "1,5 million de foyers bénéficient": a verb; not "tonnes de ciment"
        else:
            if pending_link is not None and content:
                words.append(pending_link)
            pending_link = None
            words.append(match.span())
            content += 1
            last = word
            if match[0][0].isupper() and not _head_after_name(text, match.end(), reading):
                break  # a name closes the phrase ("deux tiers des Français approuvent", "TEUs")
            if (word in reading.heads or _plural_head(word, reading)) and not pending_link:
                break  # the head noun closes the phrase ("electric cars", not "cars cost")
        at = match.end()
        if text.startswith(("'", "’"), at - 1):
            continue  # "d'habitants": the next word is glued to the apostrophe
        spaces = at
        while spaces < len(text) and text[spaces] in _SPACES:
            spaces += 1
        if spaces == at:
            break
        at = spaces
    if not words:
        return None
    if (
        len(words) > 1
        and _participle_clause(text, words[-1], reading)
        and text[words[-2][0] : words[-2][1]].lower().replace("’", "'")
        not in (reading.links if links is None else links)
    ):
        # "12 500 adultes suivis pendant huit ans": the participle right after the noun has
        # a clause of its own ("cas de dengue depuis": a noun complement, no participle)
        words.pop()
        last = text[words[-1][0] : words[-1][1]].lower().replace("’", "'")
        if last in (reading.links if links is None else links):
            words.pop()  # "hommes de troupe âgés de": no link left at the end
    if not words:
        return None
    return text[words[0][0] : words[-1][1]]


def _unagreeing(last: str, word: str, reading: _Reading) -> bool:
    """Whether ``word`` has a singular verb's ending after the plural noun ``last``: it
    cannot agree with it, so it is its clause's verb ("un quart des ménages dit avoir
    renoncé"), where "ménages modestes" agree."""
    return bool(
        reading.singular_verb_suffixes
        and last.endswith(reading.plural_endings)
        and word.endswith(reading.singular_verb_suffixes)
    )


def _participle_clause(text: str, span: tuple[int, int], reading: _Reading) -> bool:
    """Whether the word at ``span`` ends like a participle and a complement of its own
    follows it ("atteints d'un cancer", "interpellées le 31 décembre"): the counted noun
    ends before it; one at the end of the phrase stays ("unités produites en Chine")."""
    word = text[span[0] : span[1]].lower()
    if not reading.participle_suffixes or not word.endswith(reading.participle_suffixes):
        return False
    if reading.not_participle_suffixes and word.endswith(reading.not_participle_suffixes):
        return False  # "voitures électriques en 2023": an adjective
    after = _NEXT_WORD_OR_ELISION.match(text, span[1])
    if after is None:
        return False
    link = after[1].lower().replace("’", "'")
    if link in reading.participle_time_links:
        # "4 900 lits d'hôpital fermés en 2023": a time after "en" is the participle's own
        # complement; a place ("unités produites en Chine") leaves it in the noun
        time = _TIME_AFTER.match(text, after.end())
        return time is not None and (
            time[1][:1].isdecimal() or normalize(time[1].lower()) in reading.calendar
        )
    return link in reading.participle_complements


_TIME_AFTER = re.compile(r"[ \u00a0\u202f\u2009]*(\w+)")
_NEXT_WORD_OR_ELISION = re.compile(r"[ \u00a0\u202f\u2009]*([^\W\d_]+['’]?)")

"""The time words of a language: the schema of ``lexicons/<lang>/time.toml`` and its
compiled form (a phrase table keyed by normalized words) that the time grammar reads.

Words are matched case- and accent-insensitively, one word (or one punctuation mark) at a
time, so "d'ici" in the lexicon matches "D’ici" in a text.

>>> lexicon = time_lexicon("fr")
>>> lexicon.phrases[("mars",)]
(('month', 3),)
>>> normalize("Août") == "aout"
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from claimcheck.errors import LexiconError
from claimcheck.extract.memo import LastRead
from claimcheck.extract.time_values import HolidayRule, register_holiday_table
from claimcheck.lexicon import load_lexicon, supported_languages

__all__ = [
    "TimeLexicon",
    "TimeWords",
    "bc_years",
    "normalize",
    "parse_holiday",
    "time_lexicon",
    "tokenize",
    "tokens_in",
]

UNITS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year")


class _Words(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    words: list[str]


class SeasonWords(BaseModel):
    """The ``[season_words]`` table: the word "season" itself ("la saison dernière");
    ``not_after``: offsets that make no season of it ("si tôt dans la saison")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    words: list[str]
    not_after: list[str] = []


class NounDeterminers(BaseModel):
    """The ``[noun_determiners]`` table: the words after which a word with a participle's
    ending is a noun ("les députés", "le défilé"); ``figures``: a figure before one makes
    it a noun too ("720 députés")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    words: list[str]
    figures: bool = False


class LedPeriodEnds(_Words):
    """The ``[led_period_ends]`` table: period ends that are common words too ("au"), read
    so only when one of ``leads`` stands right before the count ("sur les 12 mois au 31
    mars": "les"; "condamné à trois mois au 1er janvier" is no period)."""

    leads: list[str] = []


class BcWords(BaseModel):
    """The ``[bc_words]`` table: the words after a year before year 1 ("44 BC")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    words: list[str]
    names: list[str] = []


class Fallback(BaseModel):
    """The ``[fallback]`` table: the date-looking strings the grammar may leave unread, which
    go to dateparser (see :mod:`claimcheck.extract.time_fallback`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    anchor: str = ""
    patterns: list[str] = []
    rewrites: dict[str, str] = {}


class TimeWords(BaseModel):
    """The schema of ``lexicons/<lang>/time.toml`` (its header documents each table)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    weak_levels: dict[Literal["lower", "capitalized"], Literal[0, 1, 2]]
    offset_after_unit: bool
    twelve_hour_clock: bool
    weekday_offsets_by_week: bool
    numeric_order: Literal["dmy", "mdy"]
    boundary_spans: dict[
        Literal["year", "month", "week", "day"],
        dict[Literal["begin", "mid", "end"], tuple[int, int]],
    ]
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_plurals: dict[str, int] = {}
    era_words: _Words = _Words(words=[])
    bc_words: BcWords = BcWords(words=[])
    bound_joiners: _Words = _Words(words=[])
    day_links: _Words = _Words(words=[])
    past_tense_words: _Words = _Words(words=[])
    past_tense_forms: _Words = _Words(words=[])
    past_forms_after_be: _Words = _Words(words=[])
    present_auxiliaries: _Words = _Words(words=[])
    progressive_endings: _Words = _Words(words=[])
    reflexives: _Words = _Words(words=[])
    boundary_not_after: _Words = _Words(words=[])
    year_nouns: _Words = _Words(words=[])
    baseline_nouns: _Words = _Words(words=[])
    month_nouns: _Words = _Words(words=[])
    subject_verbs: _Words = _Words(words=[])
    nouns_before_year: _Words = _Words(words=[])
    infinitive_words: _Words = _Words(words=[])
    since_back: _Words = _Words(words=[])
    counted_from_words: _Words = _Words(words=[])
    order_words: _Words = _Words(words=[])
    hours_of: _Words = _Words(words=[])
    attributive_preps: _Words = _Words(words=[])
    season_compounds: _Words = _Words(words=[])
    day_complements: _Words = _Words(words=[])
    pluperfect_auxiliaries: _Words = _Words(words=[])
    year_leads: _Words = _Words(words=[])
    ago_whole: _Words = _Words(words=[])
    hence_to_the_second: _Words = _Words(words=[])
    hence_whole: _Words = _Words(words=[])
    comparison_words: _Words = _Words(words=[])
    spelled_day_articles: _Words = _Words(words=[])
    clause_openers: _Words = _Words(words=[])
    offsets_after_only: _Words = _Words(words=[])
    infinitive_endings: _Words = _Words(words=[])
    day_preps: _Words = _Words(words=[])
    future_endings: _Words = _Words(words=[])
    past_auxiliaries: _Words = _Words(words=[])
    past_endings: _Words = _Words(words=[])
    past_endings_anywhere: _Words = _Words(words=[])
    not_participles: _Words = _Words(words=[])
    auxiliary_participles: _Words = _Words(words=[])
    not_participle_endings: _Words = _Words(words=[])
    noun_determiners: NounDeterminers = NounDeterminers(words=[])
    perfect_adverbs: _Words = _Words(words=[])
    passive_links: _Words = _Words(words=[])
    unspanned_preps: _Words = _Words(words=[])
    elapsed_after: _Words = _Words(words=[])
    elapsed_before: _Words = _Words(words=[])
    elapsed_against: _Words = _Words(words=[])
    rank_after: _Words = _Words(words=[])
    unit_complements: _Words = _Words(words=[])
    week_numbers: _Words = _Words(words=[])
    year_verbs: _Words = _Words(words=[])
    year_list_joiners: _Words = _Words(words=[])
    possessives: _Words = _Words(words=[])
    temperature_words: _Words = _Words(words=[])
    meal_words: _Words = _Words(words=[])
    list_joiners: _Words = _Words(words=[])
    bare_preps: _Words = _Words(words=[])
    here_suffixes: _Words = _Words(words=[])
    there_suffixes: _Words = _Words(words=[])
    decision_words: _Words = _Words(words=[])
    holiday_periods: _Words = _Words(words=[])
    durations_only_hours: _Words = _Words(words=[])
    collective_numerals: dict[str, Literal["exact", "approx"]] = {}
    range_nouns: dict[str, Literal["", "quarter", "half"]] = {}
    collective_links: _Words = _Words(words=[])
    rest_words: _Words = _Words(words=[])
    ambiguous_symbols: _Words = _Words(words=[])
    fallback: Fallback = Fallback()
    weak_words: _Words
    weak_word_levels: dict[str, dict[Literal["lower", "capitalized"], Literal[0, 1, 2]]]
    short_forms: _Words
    units: dict[str, str]
    count_words: dict[str, float]
    ordinals: dict[str, int]
    offsets: dict[str, int]
    day_words: dict[str, int]
    now_words: _Words
    relations: dict[str, Literal["in", "by", "since", "until", "before", "after"]]
    preps: _Words
    boundaries: dict[str, Literal["begin", "mid", "end"]]
    seasons: dict[str, Literal["spring", "summer", "autumn", "winter"]]
    parts_of_day: dict[str, tuple[int, int]]
    am: _Words
    pm: _Words
    clock_words: dict[str, int]
    ago_before: _Words
    ago_after: _Words
    hence_before: _Words
    hence_after: _Words
    duration_before: _Words
    taken_before: _Words
    intensifiers: _Words
    qualifiers: dict[str, Literal["exact", "approx", "nearly", "gt", "ge", "lt", "le"]]
    and_fractions: dict[str, float]
    unit_modifiers: _Words
    decade_words: _Words
    range_from: _Words
    range_to: _Words
    range_and: _Words
    year_followers: _Words
    holidays: dict[str, str]
    holiday_tables: dict[str, list[str]] = {}
    codes: dict[str, Literal["quarter", "half"]]
    week_phrases: dict[str, Literal["weekend"]]
    suffix_ordinals: _Words
    weekday_shifts: dict[str, int]
    clock_preps: _Words
    clock_minutes: dict[str, int]
    clock_before: dict[str, int]
    past_words: _Words
    to_words: _Words
    day_range_from: _Words
    day_articles: _Words
    range_bare_to: _Words
    oclock: _Words
    fractions: dict[str, float]
    season_words: SeasonWords
    next_week_words: _Words
    after_words: _Words
    ambiguous_hence: _Words
    future_markers: _Words
    half_words: _Words
    offsets_before_only: _Words
    plural_offsets: _Words
    plural_endings: _Words
    plural_units: _Words
    before_words: _Words
    boundary_units: dict[str, tuple[Literal["begin", "mid", "end"], str]]
    time_zones: dict[str, float] = {}
    named_time_zones: dict[str, str] = {}
    hour_mark_grain: Literal["hour", "minute"] = "hour"
    spoken_clock: bool = False
    glued_decades: bool = True
    spelled_decades: dict[str, int] = {}
    ordinal_days: int = 31
    standalone_short_forms: _Words = _Words(words=[])
    trailing_hedges: _Words = _Words(words=[])
    fraction_followers: _Words = _Words(words=[])
    fraction_leaders: _Words = _Words(words=[])
    closest_words: _Words = _Words(words=[])
    common_words: _Words = _Words(words=[])
    holiday_name_followers: _Words = _Words(words=[])
    holiday_cues: _Words = _Words(words=[])
    holiday_name_leaders: _Words = _Words(words=[])
    measure_marks: _Words = _Words(words=[])
    rate_words: _Words = _Words(words=[])
    rate_leaders: _Words = _Words(words=[])
    offset_verb_leaders: _Words = _Words(words=[])
    narrative_words: _Words = _Words(words=[])
    narrative_offsets: _Words = _Words(words=[])
    period_ends: _Words = _Words(words=[])
    period_units: dict[str, str] = {}
    led_period_ends: LedPeriodEnds = LedPeriodEnds(words=[])
    rolling_words: _Words = _Words(words=[])
    open_period_ends: _Words = _Words(words=[])
    code_determiners: _Words = _Words(words=[])
    not_times: _Words = _Words(words=[])
    baseline_words: _Words = _Words(words=[])
    day_after_month: bool = True
    not_headings: _Words = _Words(words=[])
    amount_cues: _Words = _Words(words=[])
    fraction_units: _Words = _Words(words=[])
    fraction_counts: _Words = _Words(words=[])
    ordinal_units: _Words = _Words(words=[])
    unit_compounds: _Words = _Words(words=[])

    @field_validator("units", "period_units")
    @classmethod
    def _known_units(cls, units: dict[str, str]) -> dict[str, str]:
        for phrase, meaning in units.items():
            parts = meaning.split()
            if (
                parts[-1] not in UNITS
                or len(parts) > 2
                or (len(parts) == 2 and not parts[0].isdecimal())
            ):
                raise ValueError(
                    f"unit {phrase!r} = {meaning!r}: expected '<unit>' or '<count> <unit>'"
                )
        return units

    @field_validator("holidays")
    @classmethod
    def _month_day(cls, holidays: dict[str, str]) -> dict[str, str]:
        for phrase, when in holidays.items():
            if parse_holiday(when) is None:
                raise ValueError(
                    f"holiday {phrase!r} = {when!r}: expected 'MM-DD' (with '~' for the "
                    "nearest weekday, '<' for a Sunday moved back), 'MM/N/WD[+D]' (N-th "
                    "weekday WD of month MM, N = -1 for the last, plus D days), 'easter+D', "
                    "'orthodox_easter+D' or 'table:<name>+D' ('*N': lasting N days), then "
                    "'@HH:MM-HH:MM' for a holiday of some hours"
                )
        return holidays

    @field_validator("holiday_tables")
    @classmethod
    def _table_days(cls, tables: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, days in tables.items():
            for day in days:
                if parse_table_day(day) is None:
                    raise ValueError(
                        f"holiday_tables {name!r}: {day!r} is not 'YYYY-MM-DD' or "
                        "'YYYY-MM-DD*N' (a holiday of N days)"
                    )
        return tables


_HOLIDAY = re.compile(
    r"(?:(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?P<move>[~<])?)"
    r"|(?:(?P<nm>0[1-9]|1[0-2])/(?P<n>-1|[1-5])/(?P<wd>[0-6])(?P<nplus>[+-]\d+)?)"
    r"|(?:(?P<easter>orthodox_easter|easter|table:[a-z_]+)(?P<eplus>[+-]\d+)?"
    r"(?:\*(?P<length>[1-9]\d?))?)"
    r"(?:@(?P<h1>[01]\d|2[0-3]):(?P<m1>[0-5]\d)-(?P<h2>[01]\d|2[0-4]):(?P<m2>[0-5]\d))?"
)
_TABLE_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:\*([1-9]\d?))?")


def parse_table_day(day: str) -> tuple[date, int] | None:
    """A day of a holiday table and how many days the holiday lasts.

    >>> parse_table_day("2018-05-16*30")
    (datetime.date(2018, 5, 16), 30)
    >>> parse_table_day("2018-02-30") is None
    True
    """
    m = _TABLE_DAY.fullmatch(day)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])), int(m[4] or 1)
    except ValueError:
        return None


def parse_holiday(when: str) -> HolidayRule | None:
    """A holiday's rule as ``(kind, month, n, weekday_or_day, days, hours)``: ``fixed`` (month,
    day; ``n`` = 1 moves a weekend day to the nearest weekday, ``n`` = 2 a Sunday to the
    Saturday before), ``nth`` (the n-th weekday of a month, plus some days), ``easter``,
    ``orthodox_easter`` or ``table:<name>`` (a day of ``holiday_tables``), plus days, lasting
    ``n`` days (0: as long as the table says, or one day); ``hours``: "@HH:MM-HH:MM" after
    the rule, the hours the holiday lasts on its day, as minutes of the day (or None).

    >>> parse_holiday("11/4/3")
    ('nth', 11, 4, 3, 0, None)
    >>> parse_holiday("easter-2")
    ('easter', 0, 0, 0, -2, None)
    >>> parse_holiday("10-16~")
    ('fixed', 10, 1, 16, 0, None)
    >>> parse_holiday("table:passover-1*9")
    ('table:passover', 0, 9, 0, -1, None)
    >>> parse_holiday("table:earth_hour@20:30-21:30")
    ('table:earth_hour', 0, 0, 0, 0, (1230, 1290))
    >>> parse_holiday("03/-1/5@21:30-20:30") is None
    True
    """
    m = _HOLIDAY.fullmatch(when)
    if m is None:
        return None
    hours = None
    if m["h1"]:
        hours = (int(m["h1"]) * 60 + int(m["m1"]), int(m["h2"]) * 60 + int(m["m2"]))
        if not 0 <= hours[0] < hours[1] <= 24 * 60:
            return None
    if m["m"]:
        move = {None: 0, "~": 1, "<": 2}[m["move"]]
        return ("fixed", int(m["m"]), move, int(m["d"]), 0, hours)
    if m["nm"]:
        return ("nth", int(m["nm"]), int(m["n"]), int(m["wd"]), int(m["nplus"] or 0), hours)
    return (m["easter"], 0, int(m["length"] or 0), 0, int(m["eplus"] or 0), hours)


# Words, numbers glued to letters ("15h30", "T1", "1er", "XC90") and single marks.
# ISO 8601's "T" between a date and a time ("2015-03-28T17:00") is a token of its own.
_TOKEN = re.compile(r"\d+(?=T\d\d:)|(?<=\d)T(?=\d\d:)|[^\W_]+|[^\w\s]", re.UNICODE)
_PLAIN_TOKEN = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)  # the same, in a text with no "T"
_APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "´": "'", "–": "-", "—": "-", "‑": "-", "‐": "-"}
)


@functools.lru_cache(maxsize=4096)
def normalize(word: str) -> str:
    """A word in lowercase, without accents, with one kind of apostrophe. Words of three
    letters or fewer keep their accents: folded, "à" and "dès" would be "a" (has) and "des"
    (some)."""
    if len(word) <= 3:  # "1ᵉʳ" is "1er", "à" stays "à"
        return unicodedata.normalize("NFKC", word.lower().translate(_APOSTROPHES))
    folded = unicodedata.normalize("NFKD", word.lower().translate(_APOSTROPHES))
    return "".join(c for c in folded if not unicodedata.combining(c))


def tokenize(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """The words and marks of ``text`` as ``(normalized, start, end)``, offsets shifted by
    ``offset``."""
    return [
        (normalize(m.group()), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)
    ]


def tokens_in(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The tokens of ``text[lo:hi]`` as :func:`tokenize` gives them (offsets in ``text``),
    read in place: no copy of the stretch, and an ASCII word is only lowercased (folding
    leaves it so), the others go through :func:`normalize`'s cache.

    >>> tokens_in("Le 15h30 à Paris", 3, 10) == tokenize("Le 15h30 à Paris"[3:10], 3)
    True
    """
    if 0 < lo < len(text) and text[lo] == "T":
        return tokenize(text[lo:hi], lo)  # a "T" after a digit before the stretch: not ISO's
    # with no "T" in the stretch, ISO's date-time "T" cannot be met: a simpler pattern
    pattern = _TOKEN if text.find("T", lo, hi) >= 0 else _PLAIN_TOKEN
    found: list[tuple[str, int, int]] = []
    add = found.append
    for m in pattern.finditer(text, lo, hi):
        word = m.group()
        start, end = m.span()
        add((word.lower() if word.isascii() else normalize(word), start, end))
    return found


def _rule_kind(when: str) -> str:
    """The kind of a holiday's rule, its days and hours left out ("table:passover-1*9")."""
    return when.split("@")[0].split("+")[0].split("-")[0].split("*")[0]


def _holiday_tables(lang: str, w: TimeWords) -> dict[str, list[str]]:
    """The holiday tables ``w`` names: its own, and those it takes from another language's
    lexicon (a calendar's days are the same in every language; the tables are kept once)."""
    named = {
        kind[6:]
        for kind in (_rule_kind(v) for v in w.holidays.values())
        if kind.startswith("table:")
    }
    tables = dict(w.holiday_tables)
    for other in supported_languages():
        if named <= tables.keys():
            break
        if other != lang:
            more = load_lexicon(other, "time", TimeWords).holiday_tables
            tables.update({k: v for k, v in more.items() if k in named and k not in tables})
    for phrase, when in w.holidays.items():
        kind = _rule_kind(when)
        if kind.startswith("table:") and kind[6:] not in tables:
            raise LexiconError(
                f"lexicons/{lang}/time.toml: holiday {phrase!r} = {when!r} names no table of "
                "holiday_tables (in any language's time lexicon)"
            )
    return tables


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t for t, _, _ in tokenize(phrase))


@dataclass(frozen=True)
class TimeLexicon:
    """A language's time words, compiled: ``phrases`` maps a tuple of normalized words to
    what it can mean, as ``(category, value)`` pairs."""

    words: TimeWords
    phrases: dict[tuple[str, ...], tuple[tuple[str, object], ...]]
    longest: int
    weak: frozenset[str]
    # weak_word_levels by normalized word ("la rentree")
    weak_levels_by_word: Mapping[str, Mapping[str, int]]
    short: frozenset[str]
    plural_endings: tuple[str, ...]
    lengths: dict[str, tuple[int, ...]]
    followers: frozenset[str]
    suffixes: tuple[str, ...]
    cue_words: frozenset[str]
    day_article_ends: frozenset[str]
    # connectors read by the rules from the tokens, not chart items (an item would make the
    # word count as a time word: "après 30 jours et …")
    bound_joiners: frozenset[str] = frozenset()
    # the prepositions that may join a day in digits to its month ("15 of february"); empty:
    # any preposition
    day_links: frozenset[tuple[str, ...]] = frozenset()
    # what puts a clause in the past ("said", "a perdu", "publié"): a bare weekday in it is
    # the latest one, not the next
    past_words: frozenset[str] = frozenset()
    # the same, matched with their accents: "entré", not the preposition "entre"
    past_forms: frozenset[str] = frozenset()
    # participles that are nouns too, past only right after a present auxiliary ("est
    # entrée en vigueur mardi"; "l'entrée" alone is a noun)
    past_forms_after_be: frozenset[str] = frozenset()
    # "is", "est": a participle right after one is a present passive ("is held on Friday")
    present_auxiliaries: frozenset[str] = frozenset()
    # "-ing": after a present auxiliary, a verb in the present progressive ("is seeking")
    progressive_endings: tuple[str, ...] = ()
    # "se", "s'": before a present auxiliary, a reflexive verb's perfect ("se sont réunis")
    reflexives: frozenset[str] = frozenset()
    # words before "fin", "end" that make it a noun of their verb ("a mis fin mardi à …")
    boundary_not_after: frozenset[str] = frozenset()
    # nouns a year stands before as an attribute ("its 2019 record", "from 1990 levels")
    year_nouns: frozenset[str] = frozenset()
    # those of them that make a year a baseline after a comparison word with no article
    # ("35% below 2019 levels", "at 2019 prices"): the year alone, no bound nor preposition
    baseline_nouns: frozenset[str] = frozenset()
    # nouns a month stands before as an attribute, which make a weak month word that month
    # ("posted May revenue of NT$229.6 billion")
    month_nouns: frozenset[str] = frozenset()
    # verbs in the singular that a year or a month may be the subject of ("2023 was the
    # hottest year on record", "May was the warmest"), as phrases
    subject_verbs: frozenset[tuple[str, ...]] = frozenset()
    # the first words of ``subject_verbs``: a word not among them starts none
    subject_firsts: frozenset[str] = frozenset()
    nouns_before_year: frozenset[str] = frozenset()
    infinitive_words: frozenset[str] = frozenset()
    since_back: frozenset[str] = frozenset()
    counted_from_words: frozenset[str] = frozenset()
    # verbs that set another's deadline: "ordered inspections within 48 hours" is still to do
    order_words: frozenset[str] = frozenset()
    # words after a number of hours that make it an amount, no clock time ("trois heures de
    # retard", "three hours of delays")
    hours_of: frozenset[str] = frozenset()
    # prepositions after which a season with no article qualifies a noun ("orge d'hiver")
    attributive_preps: frozenset[str] = frozenset()
    # nouns a season right before qualifies as a kind of thing ("the winter wheat crop")
    season_compounds: frozenset[str] = frozenset()
    # words after "la veille", "le lendemain" that name the day they count from ("à la
    # veille de son congrès": the eve of an event, not yesterday)
    day_complements: frozenset[str] = frozenset()
    # auxiliaries of a past before the past: a future marker after one is the past ("avait
    # prévu un rebond en fin d'année", "had expected a recovery by the end of the year")
    pluperfect_auxiliaries: frozenset[str] = frozenset()
    # phrases right before a bare year that make it a time, left out of its span ("Compared
    # with 2014, …", "par rapport à 2019"), as tuples of words
    year_leads: frozenset[tuple[str, ...]] = frozenset()
    # the last words of year_leads, for a quick first test
    year_lead_ends: frozenset[str] = frozenset()
    # words of ago_after that never count from an event the text names, so that no end of
    # clause need follow them ("6.79% a year ago and a low of 2.65%")
    ago_whole: frozenset[str] = frozenset()
    # words of hence_after that count from this very second ("a day from right now")
    hence_to_the_second: frozenset[tuple[str, ...]] = frozenset()
    # words of hence_after that take no complement, so that no end of clause need follow them
    # ("un second test une semaine plus tard à Buenos Aires")
    hence_whole: frozenset[tuple[str, ...]] = frozenset()
    # words after "later" that make it a comparison ("three months later than planned")
    comparison_words: frozenset[str] = frozenset()
    # the articles after which a day of the month in words stands alone ("due on the first")
    spelled_day_articles: frozenset[tuple[str, ...]] = frozenset()
    # relative pronouns: a clause of its own begins, whose tense is not the one around it
    # ("a rappelé le ministre, qui promet de nouvelles mesures avant la Tabaski")
    clause_openers: frozenset[str] = frozenset()
    # relative words that only follow their unit ("l'été passé"; "a passé trois ans" is a verb)
    offsets_after_only: frozenset[str] = frozenset()
    # endings of an infinitive after one of infinitive_words: the time after it is the
    # infinitive's, whatever the tense before ("dit avoir renoncé à partir en vacances cet été")
    infinitive_endings: tuple[str, ...] = ()
    day_preps: frozenset[str] = frozenset()
    # endings of a verb in the future tense ("entrera", "viendront"): the clause's future
    future_endings: tuple[str, ...] = ()
    past_auxiliaries: frozenset[str] = frozenset()
    past_endings: tuple[str, ...] = ()
    past_endings_anywhere: tuple[str, ...] = ()
    not_participles: frozenset[str] = frozenset()
    # words of not_participles that are participles right after an auxiliary ("s'est
    # produit mercredi", where "le produit" is a noun)
    auxiliary_participles: frozenset[str] = frozenset()
    not_participle_endings: tuple[str, ...] = ()
    # words after which a word with a participle's ending is a noun ("les députés", "le
    # défilé"); elided ones end with "'"; noun_after_figures: "720 députés" too
    noun_determiners: frozenset[str] = frozenset()
    noun_after_figures: bool = False
    # words that may stand between an auxiliary and its participle ("a de nouveau recouru")
    perfect_adverbs: frozenset[str] = frozenset()
    # words that make a participle its clause's verb with the auxiliaries ("is expected")
    passive_links: frozenset[str] = frozenset()
    # prepositions never taken into a time's span after a word that is no time ("level of")
    unspanned_preps: frozenset[str] = frozenset()
    # around a bare clock time, what makes it an amount of time ("4 h 30 d'attente", "en
    # moyenne 6 h 42"), the phrases as tuples of words
    elapsed_after: frozenset[str] = frozenset()
    elapsed_before: tuple[tuple[str, ...], ...] = ()
    # a comparison word after which a bare clock reading set against a duration is one
    elapsed_against: frozenset[str] = frozenset()
    # phrases after an ordinal in words that make it a rank, no day ("the seventh and final
    # phase"), as tuples of words
    rank_after: tuple[tuple[str, ...], ...] = ()
    # the words of a noun's complement after a relative word and its unit ("la dernière année
    # du franc belge"), as tuples of tokens: the unit is a noun, no time relative to today
    unit_complements: tuple[tuple[str, ...], ...] = ()
    # the word before an ISO week's number ("semaine 21", "week 21")
    week_numbers: frozenset[str] = frozenset()
    # verbs whose object is a year ("finished 2023 at …")
    year_verbs: frozenset[str] = frozenset()
    # words that join a bare year to a year read before it ("en 2022 et 2023")
    year_list_joiners: frozenset[str] = frozenset()
    # possessive determiners: a weekend that is somebody's is no calendar weekend ("its
    # opening weekend", "son premier week-end")
    possessives: frozenset[str] = frozenset()
    # words of temperatures: a decade in two digits or in words near one is a range of
    # degrees ("highs in the mid-90s", "temperatures in the nineties")
    temperature_words: frozenset[str] = frozenset()
    # meals that are parts of the day: alone (an article at most) they are the meal, no time
    # ("offer free breakfast and lunch"; "at lunch", "tomorrow lunch" stay times)
    meal_words: frozenset[str] = frozenset()
    # words joining a bare count to a duration whose unit it shares ("trois et quatre ans")
    list_joiners: frozenset[str] = frozenset()
    # prepositions that join a time only when no preposition opens it ("courant mars";
    # "résultat opérationnel courant au premier semestre": the adjective of the noun before)
    bare_preps: frozenset[str] = frozenset()
    # suffixes glued to a time's last word: one that points here keeps the reading and joins
    # the span ("ce mois-ci"), one that points there refers to a time told before ("cette
    # année-là"), no period of the reference date's
    here_suffixes: tuple[str, ...] = ()
    there_suffixes: tuple[str, ...] = ()
    # future markers that, right before a time, give the day of the decision itself ("was
    # adjourned on Friday until next Tuesday": Friday is past, Tuesday to come)
    decision_words: frozenset[str] = frozenset()
    # nouns of a stretch of time before "de" and a holiday ("les vacances de Pâques"); after
    # any other lowercase noun the holiday qualifies it, no time ("les marchés de Noël")
    holiday_periods: frozenset[str] = frozenset()
    # words of the hour that count a length of time only, never a time of day after a
    # number ("up to three hours" is no 3 o'clock; French "trois heures" may be)
    durations_only_hours: frozenset[str] = frozenset()
    # numbers that end in a noun and take a link before their unit ("une vingtaine de jours",
    # "deux millions d'années"), with the hedge each gives, and those links
    collective_numerals: dict[str, str] = field(default_factory=dict)
    collective_links: frozenset[tuple[str, ...]] = frozenset()
    # offsets before the word "season" that make no season of it ("dans la saison")
    season_word_not_after: frozenset[tuple[str, ...]] = frozenset()
    eras: tuple[tuple[str, ...], ...] = ()
    # unit symbols that also write other units ("3m": minutes, metres or millions)
    ambiguous_symbols: frozenset[str] = frozenset()
    # short forms that are a date alone ("thu", "fri"; not "sat", "sun")
    standalone_short: frozenset[str] = frozenset()
    # marks after a number that make it a measure, not a day or an hour ("à 4 %", "at 4%")
    measure_marks: frozenset[tuple[str, ...]] = frozenset()
    # short forms that are common nouns too: in lowercase, alone in a line, no heading ("mer")
    not_headings: frozenset[str] = frozenset()
    # nouns that make a capitalized holiday before them a name ("the Earth Hour movement")
    holiday_name_followers: frozenset[str] = frozenset()
    # words before a holiday that make it a time before a capitalized word ("during Ramadan")
    holiday_cues: frozenset[str] = frozenset()
    # phrases right before a holiday that make it part of a name ("le Père Noël", "l'île de
    # Pâques"), as tuples of words
    holiday_name_leaders: frozenset[tuple[str, ...]] = frozenset()
    # relation cues that before a duration give the size of a change ("cut by a quarter")
    amount_cues: frozenset[tuple[str, ...]] = frozenset()
    # units that name a fraction too, and the counts in words that make one ("three quarters")
    fraction_units: frozenset[str] = frozenset()
    fraction_counts: frozenset[str] = frozenset()
    # units that are ordinals too ("a second term")
    ordinal_units: frozenset[str] = frozenset()
    # nouns a unit counted once by an article qualifies ("a day pass", "a day trip")
    unit_compounds: frozenset[str] = frozenset()
    # the words after a year before year 1 ("44 BC"), and those of them that are names too
    # ("the 2021 BC election": British Columbia)
    bc_words: re.Pattern[str] | None = None
    bc_names: frozenset[str] = frozenset()
    # "a", "per": before a unit after a figure, a rate ("£11.44 an hour", "3 days a week")
    rate_words: frozenset[str] = frozenset()
    # counts of times that make the unit after them a frequency ("twice a year")
    rate_leaders: frozenset[str] = frozenset()
    # words right before a relative word that make it a verb ("expected to last six weeks")
    offset_verb_leaders: frozenset[str] = frozenset()
    # the last words of a time counted from the time the text tells of, not from the
    # reference ("a year earlier", "un an plus tard"), as tuples of words
    narrative_words: frozenset[tuple[str, ...]] = frozenset()
    # words anywhere in a time that count it from the text's own time ("the previous year")
    narrative_offsets: frozenset[str] = frozenset()
    # before a time counted back ("up 5% from a year ago"), the baseline of a comparison:
    # relation in, not since
    baseline_words: frozenset[str] = frozenset()
    # period ends that name a period still running or to come ("the fiscal year ending June 30")
    open_period_ends: frozenset[str] = frozenset()
    # period ends read so only after one of ``period_end_leads`` and a count ("les 12 mois au")
    led_period_ends: frozenset[tuple[str, ...]] = frozenset()
    period_end_leads: frozenset[str] = frozenset()
    # determiners after which a quarter's code is a noun: "un T2" is a flat of two rooms
    code_determiners: frozenset[str] = frozenset()


# Categories whose words can open a time or duration without a digit.
_STARTERS = frozenset(
    (
        "month",
        "weekday",
        "unit",
        "dayword",
        "season",
        "pod",
        "clock",
        "holiday",
        "now",
        "weekpart",
        "bunit",
        "seasonword",
        "weekdays",
        "halfword",  # "first-half profit fell": an ordinal and the half, no figure needed
        "spelled_decade",  # "the eighties"
    )
)


def _unit(meaning: str) -> tuple[float, str]:
    parts = meaning.split()
    return (float(parts[0]) if len(parts) == 2 else 1.0, parts[-1])


def _lengths(phrases: Mapping[tuple[str, ...], object]) -> dict[str, tuple[int, ...]]:
    """For each first word, the lengths of the phrases it opens, longest first."""
    found: dict[str, set[int]] = {}
    for key in phrases:
        found.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(sizes, reverse=True)) for word, sizes in found.items()}


@functools.cache
def time_lexicon(lang: str) -> TimeLexicon:
    """The compiled time lexicon of ``lang`` (read once per process)."""
    w = load_lexicon(lang, "time", TimeWords)
    for name, days in _holiday_tables(lang, w).items():
        register_holiday_table(name, [d for d in map(parse_table_day, days) if d is not None])
    table: dict[tuple[str, ...], list[tuple[str, object]]] = {}

    starters: set[tuple[str, ...]] = set()

    def add(phrase: str, category: str, value: object) -> None:
        key = _key(phrase)
        if category in _STARTERS:
            raw = tuple(m.group() for m in _TOKEN.finditer(phrase.lower().translate(_APOSTROPHES)))
            starters.add(raw)
            starters.add(key)
        if key:
            entries = table.setdefault(key, [])
            if (category, value) not in entries:
                entries.append((category, value))

    mapped: list[tuple[str, dict[str, object]]] = [
        ("month", dict(w.months)),
        ("weekday", dict(w.weekdays)),
        ("weekdays", dict(w.weekday_plurals)),
        ("unit", {k: _unit(v) for k, v in w.units.items()}),
        ("period_unit", {k: _unit(v) for k, v in w.period_units.items()}),
        ("count", dict(w.count_words)),
        ("ordinal", dict(w.ordinals)),
        ("offset", dict(w.offsets)),
        ("dayword", dict(w.day_words)),
        ("relation", dict(w.relations)),
        ("boundary", dict(w.boundaries)),
        ("season", dict(w.seasons)),
        ("pod", dict(w.parts_of_day)),
        ("clock", dict(w.clock_words)),
        ("qualifier", dict(w.qualifiers)),
        ("holiday", {k: parse_holiday(v) for k, v in w.holidays.items()}),
        ("weekpart", dict(w.week_phrases)),
        ("weekshift", dict(w.weekday_shifts)),
        ("rangenoun", dict(w.range_nouns)),
        ("clockmin", dict(w.clock_minutes)),
        ("clockbefore", dict(w.clock_before)),
        ("count", dict(w.fractions)),
        ("bunit", dict(w.boundary_units)),
        ("half", dict(w.and_fractions)),
        ("tz", {k: round(v * 60) for k, v in w.time_zones.items()}),
        ("tz", dict(w.named_time_zones)),
        ("spelled_decade", dict(w.spelled_decades)),
    ]
    for category, entries in mapped:
        for phrase, value in entries.items():
            add(phrase, category, value)
    listed: list[tuple[str, _Words]] = [
        ("now", w.now_words),
        ("prep", w.preps),
        ("am", w.am),
        ("pm", w.pm),
        ("ago_before", w.ago_before),
        ("ago_after", w.ago_after),
        ("hence_before", w.hence_before),
        ("hence_after", w.hence_after),
        ("dur_before", w.duration_before),
        ("taken_before", w.taken_before),
        ("intensifier", w.intensifiers),
        ("unitmod", w.unit_modifiers),
        ("decade", w.decade_words),
        ("range_from", w.range_from),
        ("range_to", w.range_to),
        ("range_and", w.range_and),
        ("clockprep", w.clock_preps),
        ("past", w.past_words),
        ("to", w.to_words),
        ("dayfrom", w.day_range_from),
        ("seasonword", w.season_words),
        ("nextweek", w.next_week_words),
        ("after_word", w.after_words),
        ("ambiguous_hence", w.ambiguous_hence),
        ("future", w.future_markers),
        ("halfword", w.half_words),
        ("beforeonly", w.offsets_before_only),
        ("pluraloffset", w.plural_offsets),
        ("pluralunit", w.plural_units),
        ("before_word", w.before_words),
        ("article", w.day_articles),
        ("bare_to", w.range_bare_to),
        ("oclock", w.oclock),
        ("era", w.era_words),  # a time word: "in 79 AD" is worth reading
        ("rest", w.rest_words),
        ("hedge_after", w.trailing_hedges),
        ("closest", w.closest_words),
        ("period_end", w.period_ends),
        ("period_end", w.led_period_ends),
        ("rolling", w.rolling_words),
        ("not_time", w.not_times),
    ]
    for category, listing in listed:
        for phrase in listing.words:
            add(phrase, category, True)
    frozen = {k: tuple(v) for k, v in table.items()}
    # The pre-filter: a digit, or a content word of a phrase that can make a time on its own
    # or carry a duration (a text with none of them has no time expression). Function words
    # ("la", "dans", "the") are left out: the window read around a cue takes them in.
    whole = {k[0] for k, v in frozen.items() if len(k) == 1 and any(c in _STARTERS for c, _ in v)}
    # Function words: one-word phrases of the other categories ("la", "dans", "the") and the
    # words that may follow a year; words met only inside longer phrases ("moment" in "au
    # moment de") stay cues.
    single = {k[0] for k, v in frozen.items() if len(k) == 1 for c, _ in v if c not in _STARTERS}
    function = (single | {normalize(x) for x in w.year_followers.words}) - whole
    # A phrase is found only with all its words, so one of them is cue enough: none when it
    # holds a word that is a cue on its own ("day" in "independence day"), else its longest
    # ("ingathering" in "feast of the ingathering", not "feast"; "jayanti", not "guru").
    content: set[str] = set()
    common = {normalize(x) for x in w.common_words.words}  # never a phrase's cue if avoidable
    for raw_words in starters:
        kept = [x for x in raw_words if x.isalpha() and len(x) > 1 and normalize(x) not in function]
        if len(raw_words) == 1 or not any(normalize(x) in whole for x in kept):
            rare = [x for x in kept if normalize(x) not in common] or kept
            content.update(kept if len(raw_words) == 1 else sorted(rare, key=len)[-1:])
    cue_words = frozenset(word for cue in content for word in (cue, normalize(cue)))
    return TimeLexicon(
        words=w,
        phrases=frozen,
        longest=max(len(k) for k in frozen),
        weak=frozenset(normalize(x) for x in w.weak_words.words),
        weak_levels_by_word={normalize(k): v for k, v in w.weak_word_levels.items()},
        short=frozenset(normalize(x) for x in w.short_forms.words),
        plural_endings=tuple(w.plural_endings.words),
        lengths=_lengths(frozen),
        followers=frozenset(normalize(x) for x in w.year_followers.words),
        suffixes=tuple(
            sorted((normalize(s) for s in w.suffix_ordinals.words), key=len, reverse=True)
        ),
        cue_words=cue_words,
        bound_joiners=frozenset(normalize(x) for x in w.bound_joiners.words),
        day_links=frozenset(_key(x) for x in w.day_links.words),
        past_words=frozenset(normalize(x) for x in w.past_tense_words.words),
        past_forms=frozenset(x.lower() for x in w.past_tense_forms.words),
        past_forms_after_be=frozenset(x.lower() for x in w.past_forms_after_be.words),
        present_auxiliaries=frozenset(normalize(x) for x in w.present_auxiliaries.words),
        progressive_endings=tuple(normalize(x) for x in w.progressive_endings.words),
        reflexives=frozenset(normalize(x) for x in w.reflexives.words),
        boundary_not_after=frozenset(normalize(x) for x in w.boundary_not_after.words),
        year_nouns=frozenset(normalize(x) for x in w.year_nouns.words),
        baseline_nouns=frozenset(normalize(x) for x in w.baseline_nouns.words),
        month_nouns=frozenset(normalize(x) for x in w.month_nouns.words),
        subject_verbs=frozenset(_key(x) for x in w.subject_verbs.words),
        subject_firsts=frozenset(_key(x)[0] for x in w.subject_verbs.words if _key(x)),
        nouns_before_year=frozenset(normalize(x) for x in w.nouns_before_year.words),
        infinitive_words=frozenset(normalize(x) for x in w.infinitive_words.words),
        since_back=frozenset(normalize(x) for x in w.since_back.words),
        counted_from_words=frozenset(normalize(x) for x in w.counted_from_words.words),
        order_words=frozenset(normalize(x) for x in w.order_words.words),
        hours_of=frozenset(normalize(x).rstrip("'") for x in w.hours_of.words),
        attributive_preps=frozenset(normalize(x) for x in w.attributive_preps.words),
        season_compounds=frozenset(normalize(x) for x in w.season_compounds.words),
        day_complements=frozenset(normalize(x).rstrip("'") for x in w.day_complements.words),
        pluperfect_auxiliaries=frozenset(normalize(x) for x in w.pluperfect_auxiliaries.words),
        year_leads=frozenset(_key(x) for x in w.year_leads.words),
        year_lead_ends=frozenset(_key(x)[-1] for x in w.year_leads.words if _key(x)),
        ago_whole=frozenset(normalize(x) for x in w.ago_whole.words),
        hence_to_the_second=frozenset(_key(x) for x in w.hence_to_the_second.words),
        hence_whole=frozenset(_key(x) for x in w.hence_whole.words),
        comparison_words=frozenset(normalize(x) for x in w.comparison_words.words),
        spelled_day_articles=frozenset(_key(x) for x in w.spelled_day_articles.words),
        clause_openers=frozenset(normalize(x) for x in w.clause_openers.words),
        offsets_after_only=frozenset(normalize(x) for x in w.offsets_after_only.words),
        infinitive_endings=tuple(normalize(x) for x in w.infinitive_endings.words),
        day_preps=frozenset(normalize(x) for x in w.day_preps.words),
        future_endings=tuple(x.lower() for x in w.future_endings.words),
        past_auxiliaries=frozenset(normalize(x) for x in w.past_auxiliaries.words),
        past_endings=tuple(x.lower() for x in w.past_endings.words),
        past_endings_anywhere=tuple(x.lower() for x in w.past_endings_anywhere.words),
        not_participles=frozenset(normalize(x) for x in w.not_participles.words),
        auxiliary_participles=frozenset(normalize(x) for x in w.auxiliary_participles.words),
        not_participle_endings=tuple(x.lower() for x in w.not_participle_endings.words),
        noun_determiners=frozenset(normalize(x) for x in w.noun_determiners.words),
        noun_after_figures=w.noun_determiners.figures,
        perfect_adverbs=frozenset(normalize(x) for x in w.perfect_adverbs.words),
        passive_links=frozenset(normalize(x) for x in w.passive_links.words),
        unspanned_preps=frozenset(normalize(x) for x in w.unspanned_preps.words),
        elapsed_after=frozenset(normalize(x) for x in w.elapsed_after.words),
        elapsed_before=tuple(tuple(normalize(x).split()) for x in w.elapsed_before.words),
        elapsed_against=frozenset(normalize(x) for x in w.elapsed_against.words),
        rank_after=tuple(tuple(normalize(x).split()) for x in w.rank_after.words),
        unit_complements=tuple(
            tuple(normalize(x).replace("'", " '").split()) for x in w.unit_complements.words
        ),
        week_numbers=frozenset(x.lower() for x in w.week_numbers.words),
        year_verbs=frozenset(normalize(x) for x in w.year_verbs.words),
        year_list_joiners=frozenset(normalize(x) for x in w.year_list_joiners.words),
        possessives=frozenset(normalize(x) for x in w.possessives.words),
        temperature_words=frozenset(normalize(x) for x in w.temperature_words.words),
        meal_words=frozenset(normalize(x) for x in w.meal_words.words),
        list_joiners=frozenset(x.lower() for x in w.list_joiners.words),
        bare_preps=frozenset(normalize(x) for x in w.bare_preps.words),
        here_suffixes=tuple(w.here_suffixes.words),
        there_suffixes=tuple(w.there_suffixes.words),
        decision_words=frozenset(normalize(x) for x in w.decision_words.words),
        holiday_periods=frozenset(normalize(x) for x in w.holiday_periods.words),
        durations_only_hours=frozenset(normalize(x) for x in w.durations_only_hours.words),
        collective_numerals={normalize(k): v for k, v in w.collective_numerals.items()},
        collective_links=frozenset(_key(x) for x in w.collective_links.words),
        season_word_not_after=frozenset(_key(x) for x in w.season_words.not_after),
        ambiguous_symbols=frozenset(normalize(x) for x in w.ambiguous_symbols.words),
        standalone_short=frozenset(normalize(x) for x in w.standalone_short_forms.words),
        measure_marks=frozenset(_key(x) for x in w.measure_marks.words),
        not_headings=frozenset(normalize(x) for x in w.not_headings.words),
        holiday_name_followers=frozenset(normalize(x) for x in w.holiday_name_followers.words),
        holiday_cues=frozenset(normalize(x) for x in w.holiday_cues.words),
        holiday_name_leaders=frozenset(_key(x) for x in w.holiday_name_leaders.words),
        amount_cues=frozenset(_key(x) for x in w.amount_cues.words),
        fraction_units=frozenset(normalize(x) for x in w.fraction_units.words),
        fraction_counts=frozenset(normalize(x) for x in w.fraction_counts.words),
        ordinal_units=frozenset(normalize(x) for x in w.ordinal_units.words),
        unit_compounds=frozenset(normalize(x) for x in w.unit_compounds.words),
        eras=tuple(sorted({_key(x) for x in w.era_words.words if _key(x)}, key=len, reverse=True)),
        day_article_ends=frozenset(
            _key(p)[-1] for p in (*w.day_articles.words, *w.day_range_from.words) if _key(p)
        ),
        bc_words=_bc_pattern(w.bc_words.words),
        bc_names=frozenset(w.bc_words.names),
        rate_words=frozenset(normalize(x) for x in w.rate_words.words),
        rate_leaders=frozenset(normalize(x) for x in w.rate_leaders.words),
        offset_verb_leaders=frozenset(normalize(x) for x in w.offset_verb_leaders.words),
        narrative_words=frozenset(_key(x) for x in w.narrative_words.words),
        narrative_offsets=frozenset(normalize(x) for x in w.narrative_offsets.words),
        baseline_words=frozenset(normalize(x) for x in w.baseline_words.words),
        open_period_ends=frozenset(normalize(x) for x in w.open_period_ends.words),
        led_period_ends=frozenset(_key(x) for x in w.led_period_ends.words),
        period_end_leads=frozenset(normalize(x) for x in w.led_period_ends.leads),
        code_determiners=frozenset(normalize(x) for x in w.code_determiners.words),
    )


_DIGITS = re.compile(r"\d")
_GAP = "[ \u00a0\u202f]*"
# the year before a BC word, read back from it: digits, maybe grouped ("10,000 BC")
_BC_YEAR = re.compile(r"(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)[ \u00a0\u202f]*\Z")
_BC_NOT_BEFORE = re.compile(r"[\w.,\-\u2212]")
_BC_NEXT_WORD = re.compile(r"[ \u00a0\u202f]+([^\W\d_]+)")
_BC_LOOKBACK = 16  # characters read back from a BC word for its year


def _bc_pattern(forms: list[str]) -> re.Pattern[str] | None:
    """One regex for the BC words: a form in capitals only ("BC") as written, the others in
    any case ("avant Jésus-Christ"); a space of a form stands for any run of spaces, or none
    ("av. J.-C.", "av.J.-C.")."""
    if not forms:
        return None
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        body = _GAP.join(re.escape(word) for word in form.split())
        parts.append(body if form == form.upper() else f"(?i:{body})")
    # a lookahead on the first letters, in any case (so a superset of what the forms
    # start with): the engine skips in C to where one may start, before the lookbehind
    firsts = "".join(sorted({re.escape(form[0]) for form in forms if form}))
    return re.compile(rf"(?=(?i:[{firsts}]))(?<!\w)(?:{'|'.join(parts)})(?!\w)")


@functools.cache
def year_leads(lang: str) -> frozenset[str]:
    """The single words that make the year after them a time: prepositions and relations of
    the time lexicon ("in", "since", "en", "depuis"): "since 2014 to 48,000 tonnes" is no
    range from 2014.

    >>> sorted({"in", "since"} & year_leads("en"))
    ['in', 'since']
    """
    phrases = time_lexicon(lang).phrases
    return (
        frozenset(
            key[0]
            for key, entries in phrases.items()
            if len(key) == 1
            and any(
                cat in ("prep", "relation") or (cat == "unit" and val == (1.0, "year"))
                for cat, val in entries
            )
        )
        | time_lexicon(lang).year_verbs
    )
    # (and the unit "year" itself: "clôturé l'année 2020 à 5 551 points" is no range; and
    # the verbs whose object is a year: "a terminé 2023 à 7 543 points")


def bc_years(text: str, lang: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that write a year before year 1, its number and its BC
    words, in text order: no period can hold them, so they are neither a time nor a figure.

    A BC word that is a name too ("BC": British Columbia) after a year of 1800 to 2100 and
    before a name or a word that is no time word is the name ("the 2021 BC election", "2024
    BC Hydro"); before a time word it is the era ("in 1944 BC and in 1950").

    >>> text = "Caesar died in 44 BC; the 2021 BC election; en 52 av. J.-C."
    >>> [text[a:b] for a, b in bc_years(text, "en")]
    ['44 BC']
    >>> text = "Alésia tombe en 52 av. J.-C., Rome en 410."
    >>> [text[a:b] for a, b in bc_years(text, "fr")]
    ['52 av. J.-C.']
    """
    kept = _BC_LAST.get(text, lang)
    return kept if kept is not None else _BC_LAST.put(text, lang, _bc_years(text, lang))


# The last text :func:`bc_years` read, its language and its stretches: the time finder and
# the numbers finder both ask for those of a text within one ``extract`` call, and the
# second gets them for free.
_BC_LAST: LastRead[tuple[int, int]] = LastRead()


def _bc_years(text: str, lang: str) -> list[tuple[int, int]]:
    """:func:`bc_years`, read from ``text``."""
    lexicon = time_lexicon(lang)
    pattern = lexicon.bc_words
    if pattern is None or not _DIGITS.search(text):
        return []
    found: list[tuple[int, int]] = []
    for word in pattern.finditer(text):
        start = word.start()
        low = max(0, start - _BC_LOOKBACK)
        year = _BC_YEAR.search(text, low, start)
        if year is None or (year.start() and _BC_NOT_BEFORE.match(text, year.start() - 1)):
            continue
        digits = "".join(c for c in year.group() if c.isdecimal())
        if word.group() in lexicon.bc_names and len(digits) == 4 and 1800 <= int(digits) <= 2100:
            after = _BC_NEXT_WORD.match(text, word.end())
            if after is not None and (
                after[1][0].isupper() or (normalize(after[1]),) not in lexicon.phrases
            ):
                continue  # "the 2021 BC election", "2024 BC Hydro"; not "1944 BC and …"
        found.append((_day_month_before(text, year.start(), lexicon), word.end()))
    return found


# "le 1er janvier 49 av. J.-C.": a day and a month before a BC year belong to it
_DAY_MONTH_BEFORE = re.compile(
    r"(?:(\d{1,2})(?:[^\W\d_]{1,3})?[ \u00a0]+)?([^\W\d_]+)\.?[ \u00a0]+\Z"
)


def _day_month_before(text: str, start: int, lexicon: TimeLexicon) -> int:
    """Where the day and month written right before a BC year at ``start`` begin ("1er
    janvier 49 av. J.-C."), else ``start``."""
    found = _DAY_MONTH_BEFORE.search(text, max(0, start - 24), start)
    if found is None:
        return start
    if not is_month_word(lexicon, found[2]):
        return start
    return found.start()


def month_number(lexicon: TimeLexicon, word: str) -> int | None:
    """The month (1 to 12) ``word`` names in ``lexicon`` ("janv.", "JAN", "September"), or None.

    >>> month_number(time_lexicon("fr"), "janv."), month_number(time_lexicon("en"), "SEP")
    (1, 9)
    """
    key = normalize(word.rstrip("."))
    for cat, value in lexicon.phrases.get((key,), ()):
        if cat == "month" and isinstance(value, int):
            return value
    return None


def is_month_word(lexicon: TimeLexicon, word: str) -> bool:
    """Whether ``word`` names a month in ``lexicon`` ("septembre", "Sept").

    >>> is_month_word(time_lexicon("fr"), "Septembre"), is_month_word(time_lexicon("fr"), "mardi")
    (True, False)
    """
    return any(cat == "month" for cat, _ in lexicon.phrases.get((normalize(word),), ()))

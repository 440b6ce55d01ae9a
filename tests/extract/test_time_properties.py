"""Properties of the time finder, checked with hypothesis.

- A period written in any wording that :mod:`claimcheck.render` knows ("en mars 2024",
  "d'ici 2026", "in Q1 2025", "on March 28, 2024") reads back as itself, with its relation.
- A duration written out ("six mois", "18 months") reads back as its value and unit.
- Every period found contains its start and excludes its end.
- The finder never raises, whatever the text, and its offsets slice back to the text.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import InputError
from claimcheck.extract.time import find
from claimcheck.extract.time_lexicon import TimeWords
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Period, Relation
from claimcheck.render import render_duration, render_period, time_forms

REF = datetime(2024, 11, 20, 9, 30)
LANGS = st.sampled_from(["fr", "en"])


@st.composite
def periods(draw: st.DrawFn) -> Period:
    year = draw(st.integers(1950, 2100))
    kind = draw(st.sampled_from(["year", "quarter", "half", "month", "day"]))
    if kind == "year":
        return Period.year(year)
    if kind == "quarter":
        return Period.quarter(year, draw(st.integers(1, 4)))
    if kind == "half":
        return Period.parse(f"{year}-H{draw(st.integers(1, 2))}")
    month = draw(st.integers(1, 12))
    if kind == "month":
        return Period.month(year, month)
    start = datetime(year, month, 1) + timedelta(days=draw(st.integers(0, 27)))
    return Period.day(start.year, start.month, start.day)


@given(periods(), st.sampled_from(list(Relation)), LANGS, st.integers(0, 10))
def test_a_written_period_reads_back(
    period: Period, relation: Relation, lang: str, form: int
) -> None:
    if not time_forms(period, relation, lang):
        return  # no wording for that period and relation in this language
    text = render_period(period, lang, relation, form=form)
    found = [m for m in find(text, lang, REF) if m.kind.value == "time"]
    assert len(found) == 1, (text, found)
    assert found[0].text == text
    assert found[0].period == period, text
    assert found[0].relation == relation, text


@given(
    st.integers(1, 60),
    st.sampled_from(["day", "week", "month", "year"]),
    LANGS,
    st.booleans(),
    st.integers(0, 5),
)
def test_a_written_duration_reads_back(
    value: int, unit: str, lang: str, words: bool, form: int
) -> None:
    try:
        text = render_duration(value, unit, lang, words=words, form=form)
    except InputError:
        return
    found = [m for m in find(text, lang, REF) if m.kind.value == "duration"]
    assert len(found) == 1, (text, found)
    assert (found[0].value, found[0].unit) == (value, unit), text


TIME_WORDS = [
    "le",
    "la",
    "en",
    "de",
    "à",
    "au",
    "du",
    "d'ici",
    "depuis",
    "jusqu'en",
    "avant",
    "après",
    "fin",
    "début",
    "mi-",
    "mars",
    "Mars",
    "juillet",
    "lundi",
    "mardi",
    "prochain",
    "dernier",
    "an",
    "ans",
    "mois",
    "semaine",
    "trimestre",
    "premier",
    "T1",
    "H2",
    "Q3",
    "2024",
    "1999",
    "28",
    "1er",
    "15h30",
    "3pm",
    "12:45",
    "/",
    "-",
    ",",
    ".",
    "2023-2024",
    "28/03/2024",
    "in",
    "on",
    "by",
    "since",
    "until",
    "last",
    "next",
    "year",
    "month",
    "week",
    "ago",
    "il y a",
    "dans",
    "pendant",
    "for",
    "six",
    "deux",
    "two",
    "the",
    "of",
    "1990s",
    "Easter",
    "Noël",
    "ce",
    "soir",
    "matin",
    "tonight",
    "yesterday",
    "hier",
    "et demi",
    "and a half",
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(TIME_WORDS), max_size=14).map(" ".join),
    st.text(max_size=80),
    st.lists(st.sampled_from([*TIME_WORDS, "", " ", "  "]), max_size=20).map("".join),
)


REFS = st.one_of(
    st.just(REF),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
)


@given(TEXTS, LANGS, REFS)
def test_find_never_raises_and_slices_back(text: str, lang: str, ref: datetime) -> None:
    for mention in find(text, lang, ref):
        assert text[mention.start : mention.end] == mention.text
        if mention.period is not None:
            period = mention.period
            assert period.contains(period.start)
            assert not period.contains(period.end)
            assert period.start < period.end


_TABLE_HOLIDAYS = sorted(
    (lang, phrase)
    for lang in ("fr", "en")
    for phrase, rule in load_lexicon(lang, "time", TimeWords).holidays.items()
    if rule.startswith("table:") and not phrase.startswith("l'")
)


@given(st.sampled_from(_TABLE_HOLIDAYS), st.integers(2002, 2034))
def test_a_lunar_holiday_with_a_year_falls_in_that_year(named: tuple[str, str], year: int) -> None:
    # the tables cover 1950-2050 (Hindu events 2001-2035); an eve may fall on 31 December; a
    # holiday that skips a Gregorian year (Guru Gobind Singh Jayanti in 2018) takes no year
    lang, phrase = named
    text = f"{phrase} {year}"
    for mention in find(text, lang, REF):
        period = mention.period
        assert period is not None and period.start < period.end
        if str(year) in mention.text:
            assert mention.text == text
            assert datetime(year - 1, 12, 31) <= period.start < datetime(year + 1, 1, 1)

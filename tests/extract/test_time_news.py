"""Unit tests of the time finder on what real news showed (issue #4 follow-ups): words that
are numbers or nouns as well as dates, figures after a clock preposition, past-tense months,
fractions after a change verb, glued decimals, metres, hyphenated durations."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_time_blind import _FRENCH

from claimcheck.extract.time import find

REF = datetime(2024, 1, 10)


def _found(text: str, lang: str, ref: datetime = REF) -> list[tuple[str, str, str]]:
    return [
        (m.kind.value, m.text, str(m.period) if m.period else f"{m.value} {m.unit}")
        for m in find(text, lang, ref)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("sept", "fr", []),  # the number seven, not September
        ("Sept", "fr", []),
        ("mer", "fr", []),  # the sea
        ("Mer.", "fr", [("time", "Mer.", "2024-01-17")]),  # a schedule's heading
        ("Sat", "en", [("time", "Sat", "2024-01-13")]),
        ("sat", "en", [("time", "sat", "2024-01-13")]),  # Duckling's corpus reads it
        ("Programme\nSam.\n20 h : concert", "fr", [("time", "Sam.", "2024-01-13")]),
    ],
)
def test_short_forms_alone_in_their_line(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [m for m in _found(text, lang) if m[0] == "time"] == expected


_MONTHS = {
    "fr": _FRENCH,
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
_PAST = {
    "fr": "Le chômage a reculé à {n} % en {month}.",
    "en": "Unemployment fell to {n}% in {month}.",
}
_FUTURE = {
    "fr": "Le salon aura lieu en {month}.",
    "en": "The fair will open in {month}.",
}


@given(
    lang=st.sampled_from(["fr", "en"]),
    month=st.integers(0, 11),
    ref=st.dates(date(2000, 1, 1), date(2030, 12, 31)),
)
def test_a_future_month_is_the_next_one_unless_just_over(lang: str, month: int, ref: date) -> None:
    # DESIGN: "en mars" is March of the reference year; in a future clause ("aura lieu en
    # mars") a month over by more than a month is next year's (a time still ahead cannot lie
    # behind), one just over stays (a text written ahead of its date)
    moment = datetime(ref.year, ref.month, ref.day)
    found = find(_FUTURE[lang].format(month=_MONTHS[lang][month]), lang, moment)
    end = date(ref.year + (month == 11), (month + 1) % 12 + 1, 1)
    year = ref.year + 1 if end + timedelta(days=31) <= ref else ref.year
    assert [m.period.start.year for m in found if m.period] == [year]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("They cut emissions by a quarter.", "en", []),
        ("The launch was delayed by two weeks.", "en", [("duration", "two weeks", "2.0 week")]),
        ("Three quarters of respondents agreed.", "en", []),
        ("five billion and three quarters", "en", []),
        (
            "Growth slowed for three quarters.",
            "en",
            [("duration", "for three quarters", "3.0 quarter")],
        ),
        ("He won a second term.", "en", []),
        ("Wait a second.", "en", [("duration", "a second", "1.0 second")]),
        ("Il a purgé 3,5ans de prison.", "fr", [("duration", "3,5ans", "42.0 month")]),
        ("a 12 m wall", "en", []),
        ("2 m", "en", [("duration", "2 m", "2.0 minute")]),  # Duckling's duration corpus
        ("je partirai pour 3h", "fr", [("duration", "pour 3h", "3.0 hour")]),
        ("a 30-minute meeting", "en", [("duration", "30-minute", "30.0 minute")]),
        ("the 16-bit chip", "en", []),
        ("Octobre 22", "fr", [("time", "Octobre 22", "2022-10")]),
        ("October 22", "en", [("time", "October 22", "2024-10-22")]),
        ("in fiscal 2023", "en", [("time", "in fiscal 2023", "2023")]),
        # an ordinal hyphenated to its quarter or half (past clause, January: last year's)
        ("Second-quarter revenue rose 5%.", "en", [("time", "Second-quarter", "2023-Q2")]),
        ("Second-quarter revenue will rise.", "en", [("time", "Second-quarter", "2024-Q2")]),
        ("Second-half profit fell 3%.", "en", [("time", "Second-half", "2023-H2")]),
        ("fourth-quarter 2024", "en", [("time", "fourth-quarter 2024", "2024-Q4")]),
        # the half word opens a reading on its own: no figure needed near it
        ("First-half profit fell.", "en", [("time", "First-half", "2024-H1")]),  # begun
        ("Profit fell in the second half.", "en", [("time", "in the second half", "2023-H2")]),
        ("First-half sales will rise.", "en", [("time", "First-half", "2024-H1")]),
        (
            "La première moitié de l'année a été difficile.",
            "fr",
            [("time", "La première moitié de l'année", "2024-H1")],
        ),
        ("Half the staff left.", "en", []),  # a fraction, not a half-year
        ("Sales fell by half.", "en", []),
        ("a two-quarter slump", "en", [("duration", "two-quarter", "2.0 quarter")]),
        ("the third-largest bank", "en", []),
        # "FY" glued to its year
        ("FY2023 revenue", "en", [("time", "FY2023", "2023")]),
        ("FY23 revenue", "en", [("time", "FY23", "2023")]),
        ("fy23", "en", []),
        ("FY2024/25 guidance", "en", [("time", "FY2024/25", "2024-01/2025-12")]),
        ("Q1-2025 guidance", "en", [("time", "Q1-2025", "2025-Q1")]),
        ("first-quarter-2025 guidance", "en", [("time", "first-quarter-2025", "2025-Q1")]),
        # an edition's year right after its name
        ("Tour de France 2024", "fr", [("time", "2024", "2024")]),
        ("the World Cup 2022", "en", [("time", "2022", "2022")]),
        ("Entreprise 4711", "fr", []),
        ("Airbus A380", "en", []),
        ("Pay ABC 2000", "en", []),
        ("Room 1204", "en", []),
        ("tour 2024", "fr", []),
        # a short participle right after an auxiliary puts the clause in the past
        ("Ils ont été licenciés par le groupe en mars.", "fr", [("time", "en mars", "2023-03")]),
        (
            "L'été sera chaud en mars.",
            "fr",
            [("time", "L'été", "2024-06-21/2024-09-22"), ("time", "en mars", "2024-03")],
        ),
        # hours after a duration's preposition
        (
            "They struck for 3h on Monday.",
            "en",
            [("duration", "for 3h", "3.0 hour"), ("time", "on Monday", "2024-01-08")],
        ),
        (
            "The economy shrank two quarters in a row.",
            "en",
            [("duration", "two quarters", "2.0 quarter")],
        ),
    ],
)
def test_news_readings(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, lang) == expected


_NAMES = ["Euro", "Paris", "Mondial", "JO", "Tour de France", "Coupe du Monde", "World Cup"]


@given(
    name=st.sampled_from(_NAMES),
    year=st.integers(1000, 9999),
    lang=st.sampled_from(["fr", "en"]),
)
def test_a_year_after_a_name_is_an_edition(name: str, year: int, lang: str) -> None:
    # "Euro 2024": the year of the edition, from 1850 to 2100; beyond, a label ("Entreprise
    # 4711"), never a time
    periods = [str(m.period) for m in find(f"{name} {year}", lang, REF) if m.period]
    assert periods == ([str(year)] if 1850 <= year <= 2100 else [])


_ORDINALS = ["first", "second", "third", "fourth"]


@given(
    quarter=st.integers(1, 4),
    ref=st.dates(date(2000, 1, 1), date(2030, 12, 31)),
    past=st.booleans(),
)
def test_a_hyphenated_quarter_is_of_the_reference_year(quarter: int, ref: date, past: bool) -> None:
    # "second-quarter revenue": the quarter of the reference year; in a past-tense clause,
    # the latest such quarter begun by the reference date
    verb = "rose" if past else "will rise"
    moment = datetime(ref.year, ref.month, ref.day)
    text = f"{_ORDINALS[quarter - 1].capitalize()}-quarter revenue {verb} 5%."
    periods = [m.period for m in find(text, "en", moment) if m.period]
    assert len(periods) == 1 and periods[0].grain == "quarter"
    start = periods[0].start
    assert start.month == 3 * quarter - 2
    if past:
        assert start <= moment < start.replace(year=start.year + 1)
    else:
        assert start.year == ref.year


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a year before year 1: no period holds it, so no time at all
        ("Caesar was killed in 44 BC.", "en", []),
        ("The temple was built in 1944 BC and rebuilt in 1950.", "en", ["in 1950"]),
        ("Rome was founded in 753 B.C.", "en", []),
        ("The city dates from 10,000 BCE.", "en", []),
        ("around 2000 BC the Egyptians", "en", []),
        ("Alésia tombe en 52 av. J.-C.", "fr", []),
        ("Il fut dédié en 493 av. J.-C.", "fr", []),
        ("Rome fut fondée en 753 avant Jésus-Christ.", "fr", []),
        ("vers 3000 avant notre ère, puis en 2024", "fr", ["en 2024"]),
        ("Le 1er janvier 49 av. J.-C., Marc Antoine parla.", "fr", []),  # the whole date
        # "BC" after a modern year and before a word is British Columbia
        ("In 2024 BC Hydro raised rates.", "en", ["In 2024"]),
        ("in 79 AD", "en", ["in 79 AD"]),
    ],
)
def test_years_before_christ_are_no_time(text: str, lang: str, expected: list[str]) -> None:
    assert [m.text for m in find(text, lang, REF)] == expected


@given(year=st.integers(1, 9999), lang=st.sampled_from(["fr", "en"]))
def test_no_period_before_year_one(year: int, lang: str) -> None:
    words = {"en": "BC", "fr": "av. J.-C."}[lang]
    assert find(f"It happened in {year} {words}.", lang, REF) == []

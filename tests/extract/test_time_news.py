"""Unit tests of the time finder on what real news showed (issue #4 follow-ups): words that
are numbers or nouns as well as dates, figures after a clock preposition, past-tense months,
fractions after a change verb, glued decimals, metres, hyphenated durations."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August"],
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
    month=st.integers(0, 7),
    n=st.integers(1, 28),
    ref=st.dates(date(2000, 1, 1), date(2030, 12, 31)),
)
def test_a_past_month_never_lies_after_the_reference(
    lang: str, month: int, n: int, ref: date
) -> None:
    # whatever the month and the reference, a month of a past-tense clause has begun by then,
    # and the rate after it is no day ("à 4 %")
    name = _MONTHS[lang][month]
    moment = datetime(ref.year, ref.month, ref.day)
    times = [m for m in find(_PAST[lang].format(n=n, month=name), lang, moment) if m.period]
    assert len(times) == 1
    period = times[0].period
    assert period is not None
    assert period.grain == "month" and period.start.month == month + 1
    assert period.start <= moment < period.start.replace(year=period.start.year + 1)


@given(
    lang=st.sampled_from(["fr", "en"]),
    month=st.integers(0, 7),
    ref=st.dates(date(2000, 1, 1), date(2030, 12, 31)),
)
def test_a_future_month_keeps_the_reference_year(lang: str, month: int, ref: date) -> None:
    # DESIGN: "en mars" is March of the reference year when the clause is not past
    moment = datetime(ref.year, ref.month, ref.day)
    found = find(_FUTURE[lang].format(month=_MONTHS[lang][month]), lang, moment)
    assert [m.period.start.year for m in found if m.period] == [ref.year]


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
    ],
)
def test_news_readings(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, lang) == expected

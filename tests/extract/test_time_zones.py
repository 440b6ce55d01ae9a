"""Time zones, clock times said aloud and slash fractions, through the public ``extract``.

A time stated in a zone ("4pm CET") is converted into the UTC offset of the reference date
when it has one; periods stay naive wall-clock times of that offset. A slash pair that is a
fraction ("1/5 of voters", "a 2/3 majority") is left to the numbers finder.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.extract.time import find
from claimcheck.extract.time_lexicon import time_lexicon
from claimcheck.inputs import coerce_reference_date

# Duckling's reference: Tuesday 12 February 2013, 04:30 at UTC-2.
REF = "2013-02-12T04:30:00-02:00"


def _times(text: str, lang: str = "en", ref: str = REF) -> list[tuple[str, str, str]]:
    return [
        (m.text, str(m.period), m.period.grain)
        for m in cc.extract(text, lang=lang, reference_date=ref)
        if m.period is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4pm CET", ("4pm CET", "2013-02-12T13:00:00/2013-02-12T13:01:00", "minute")),
        (
            "Thursday 8:00 GMT",
            ("Thursday 8:00 GMT", "2013-02-14T06:00:00/2013-02-14T06:01:00", "minute"),
        ),
        (
            "Thu at 8 am PST",
            ("Thu at 8 am PST", "2013-02-14T14:00:00/2013-02-14T14:01:00", "minute"),
        ),
        (
            "Thursday at 9:30pm ist",
            ("Thursday at 9:30pm ist", "2013-02-14T14:00:00/2013-02-14T14:01:00", "minute"),
        ),
        (
            "9:30 - 11:00 CST",
            ("9:30 - 11:00 CST", "2013-02-12T13:30:00/2013-02-12T15:01:00", "minute"),
        ),
        (
            "Thursday 9 am (BST)",
            ("Thursday 9 am (BST)", "2013-02-14T06:00:00/2013-02-14T06:01:00", "minute"),
        ),
    ],
)
def test_a_stated_zone_is_converted_into_the_reference_offset(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _times(text) == [expected]


def test_a_naive_reference_keeps_the_stated_wall_clock() -> None:
    # no offset to convert into: the time as written, pinned to the minute
    assert _times("The vote closes at 4pm CET.", ref="2013-02-12T04:30:00") == [
        ("at 4pm CET", "2013-02-12T16:00:00/2013-02-12T16:01:00", "minute")
    ]


def test_french_zones() -> None:
    assert _times("Décision à 14 h GMT jeudi.", "fr", "2024-11-20T09:00:00+01:00") == [
        ("à 14 h GMT jeudi", "2024-11-21T15:00:00/2024-11-21T15:01:00", "minute")
    ]


def test_times_without_a_zone_are_unchanged_by_the_offset() -> None:
    aware = _times("The talks resume on Monday at 3pm.", ref="2024-11-20T09:00:00+05:00")
    naive = _times("The talks resume on Monday at 3pm.", ref="2024-11-20T09:00:00")
    assert aware == naive


def test_the_offset_is_kept_only_on_request() -> None:
    assert coerce_reference_date(REF).tzinfo is None
    kept = coerce_reference_date(REF, keep_offset=True)
    assert kept.utcoffset() == timedelta(hours=-2)
    assert kept.replace(tzinfo=None) == coerce_reference_date(REF)


_ZONES = sorted(
    (phrase[0], minutes)
    for phrase, values in time_lexicon("en").phrases.items()
    for cat, minutes in values
    if cat == "tz" and len(phrase) == 1 and isinstance(minutes, int)
)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_ZONES),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(["am", "pm"]),
    st.integers(min_value=-11, max_value=12),
)
def test_property_zone_conversion_moves_by_the_offset_difference(
    zone: tuple[str, object], hour: int, half: str, ref_hours: int
) -> None:
    name, minutes = zone
    assert isinstance(minutes, int)
    ref = datetime(2024, 6, 3, 0, 0, tzinfo=timezone(timedelta(hours=ref_hours)))
    text = f"The call is on Friday at {hour}{half} {name.upper()}."
    zoned = find(text, "en", ref)
    plain = find(f"The call is on Friday at {hour}{half}.", "en", ref)
    assert len(zoned) == 1 and len(plain) == 1
    assert zoned[0].period is not None and plain[0].period is not None
    moved = timedelta(minutes=ref_hours * 60 - minutes)
    assert zoned[0].period.start == plain[0].period.start + moved
    assert zoned[0].period.grain == "minute"
    assert text[zoned[0].start : zoned[0].end].endswith(name.upper())


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("About 1/5 of voters backed the plan.", "en", 0.2),
        ("Roughly 3/4 of the budget goes to defence.", "en", 0.75),
        ("The bill needs a 2/3 majority in the Senate.", "en", 2 / 3),
        ("Les 2/3 des élus ont voté contre.", "fr", 2 / 3),
        ("Les 3/4 du budget vont à la défense.", "fr", 0.75),
    ],
)
def test_a_slash_fraction_is_a_number_not_a_date(text: str, lang: str, value: float) -> None:
    found = cc.extract(text, lang=lang, reference_date="2024-11-20")
    assert [m.kind.value for m in found] == ["number"]
    assert found[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("3/15", "2024-03-15"),  # bare: a date (our convention; Duckling reads both)
        ("The filing deadline is 3/15.", "2024-03-15"),
        ("Results are due on 3/15/2025.", "2025-03-15"),
    ],
)
def test_a_bare_slash_pair_stays_a_date(text: str, label: str) -> None:
    found = cc.extract(text, lang="en", reference_date="2024-11-20")
    assert [str(m.period) for m in found if m.kind.value == "time"] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("at three twenty tomorrow", "2013-02-13T03:20:00/2013-02-13T03:21:00"),
        ("ten thirty am", "2013-02-12T10:30:00/2013-02-12T10:31:00"),
        ("nine fifty nine a m", "2013-02-12T09:59:00/2013-02-12T10:00:00"),
        ("seven thirty p.m.", "2013-02-12T19:30:00/2013-02-12T19:31:00"),
        ("at 3 15", "2013-02-12T15:15:00/2013-02-12T15:16:00"),
        ("at 1030", "2013-02-12T10:30:00/2013-02-12T10:31:00"),
        ("at 3p", "2013-02-12T15:00:00/2013-02-12T16:00:00"),
    ],
)
def test_clock_times_said_aloud(text: str, label: str) -> None:
    found = _times(text)
    assert [period for _, period, _ in found] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "I am sure the PM will speak.",
        "Officials looked at 12 15-year-olds in the study.",
        "The plant will cut approximately 1030 jobs.",
        "He was at three different schools.",
        "It was a great fast-growing market.",
    ],
)
def test_not_clock_times(text: str) -> None:
    assert _times(text) == []


@settings(max_examples=80, deadline=None)
@given(
    st.text(alphabet="0123456789/:- apmAPMGTCSUondayecJ", max_size=30),
    st.sampled_from(["UTC", "PST", "JST", "NZDT", "CET", ""]),
    st.sampled_from(
        [
            datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=14))),
            datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=-12))),
            datetime(2024, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ]
    ),
)
def test_property_zones_never_raise_at_the_edges_of_the_calendar(
    text: str, zone: str, ref: datetime
) -> None:
    # a time moved into the reference's offset beyond year 1 or 9999 is dropped, not raised
    for sample in (f"{text} {zone}", f"on 12/31/9999 at 11pm {zone}", f"1/1/0001 1am {zone}"):
        for m in find(sample, "en", ref):
            assert sample[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "lang", "ref", "period"),
    [
        # US Eastern time is UTC-5 in November, UTC-4 in July
        ("Trading opens at 9:30 am ET.", "en", "2024-11-20T08:00:00+00:00", "2024-11-20T14:30:00"),
        ("Trading opens at 9:30 am ET.", "en", "2024-07-01T08:00:00+00:00", "2024-07-01T13:30:00"),
        (
            "Le discours est prévu à 20 h, heure de Paris.",
            "fr",
            "2024-07-01T08:00:00-04:00",
            "2024-07-01T14:00:00",
        ),
        (
            "Le discours est prévu à 20 h, heure de Paris.",
            "fr",
            "2024-12-01T08:00:00+01:00",
            "2024-12-01T20:00:00",
        ),
    ],
)
def test_a_zone_with_daylight_saving_takes_its_offset_of_that_day(
    text: str, lang: str, ref: str, period: str
) -> None:
    found = [m for m in cc.extract(text, lang=lang, reference_date=ref) if m.period]
    assert len(found) == 1
    assert found[0].period is not None
    assert found[0].period.start.isoformat() == period

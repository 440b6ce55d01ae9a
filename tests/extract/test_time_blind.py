"""Properties of the time finder on the forms a blind news batch showed (issue #4): rates,
periods ending with a month, times counted from the sentence's own time, the verb "last",
ordinals before a noun, edition years, the weekend of a day, a duration and its start."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.time import find
from claimcheck.models import MentionKind

REF = datetime(2024, 6, 1)
_MONTHS = list(calendar.month_name)[1:]
_UNITS = ["hour", "day", "week", "month", "year"]


def _durations(text: str, lang: str = "en") -> list[str]:
    return [m.text for m in find(text, lang, REF) if m.kind is MentionKind.DURATION]


@given(
    st.integers(2, 9_999_999),
    st.sampled_from(["tonnes of hydrogen", "cars", "barrels", "visitors", "euros"]),
    st.sampled_from(_UNITS),
)
def test_a_rate_after_a_figure_is_no_duration(count: int, noun: str, unit: str) -> None:
    article = "an" if unit == "hour" else "a"
    assert _durations(f"The site handles {count:,} {noun} {article} {unit}.") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Staff will work three days a week.", "en", ["three days"]),
        ("The board meets twice a year.", "en", []),
        ("He spent a year in jail.", "en", ["a year"]),
        ("In 2023 he spent a year in jail.", "en", ["a year"]),
        ("He has 3 children and spent a year abroad.", "en", ["a year"]),
        ("Three men spent a year in jail.", "en", ["a year"]),
        ("Il travaille trois jours par semaine.", "fr", ["trois jours"]),
        ("Il a purgé un an de prison.", "fr", ["un an"]),
    ],
)
def test_rates_and_durations(text: str, lang: str, expected: list[str]) -> None:
    assert _durations(text, lang) == expected


@given(st.integers(1, 24), st.integers(1, 12), st.sampled_from(["to", "through", "ending"]))
def test_the_months_to_a_month_end_with_it(count: int, month: int, word: str) -> None:
    text = f"Sales in the {count} months {word} {_MONTHS[month - 1]} rose."
    (found,) = find(text, "en", REF)
    year = REF.year if month <= REF.month else REF.year - 1
    end = date(year + month // 12, month % 12 + 1, 1)
    start_index = end.year * 12 + end.month - 1 - count
    assert found.text == f"the {count} months {word} {_MONTHS[month - 1]}"
    assert found.period is not None
    assert found.period.end.date() == end
    assert found.period.start.date() == date(start_index // 12, start_index % 12 + 1, 1)
    assert found.period.grain == "month"


@given(st.integers(1990, 2023), st.sampled_from(["a year earlier", "two years earlier"]))
def test_a_time_counted_from_the_sentence_is_left_out(year: int, back: str) -> None:
    text = f"The museum drew 8.9 million visitors in {year}, up from 7.8 million {back}."
    assert [m.text for m in find(text, "en", REF)] == [f"in {year}"]


def test_after_a_time_of_an_earlier_sentence_too() -> None:
    found = find("Sales rose in 2023.\nA year earlier, they fell.", "en", REF)
    assert [m.text for m in found] == ["in 2023"]


def test_alone_in_its_sentence_it_counts_from_the_reference() -> None:
    (found,) = find("Deux jours plus tard, il est parti.", "fr", REF)
    assert found.period is not None and found.period.start.date() == date(2024, 6, 3)


@given(st.integers(2, 52), st.sampled_from(["days", "weeks", "months", "years"]))
def test_the_verb_last_before_a_count_is_no_time(count: int, unit: str) -> None:
    found = find(f"The trial is expected to last {count} {unit}.", "en", REF)
    assert [(m.kind, m.text) for m in found] == [(MentionKind.DURATION, f"{count} {unit}")]


def test_last_year_after_to_stays_a_time() -> None:
    (found,) = find("Sales rose 5% compared to last year.", "en", REF)
    assert found.text == "last year" and str(found.period) == "2023"


@given(st.sampled_from(["fifth", "third", "tenth"]), st.sampled_from(["consecutive", "straight"]))
def test_an_ordinal_before_a_noun_is_no_day(ordinal: str, word: str) -> None:
    assert find(f"Prices rose for the {ordinal} {word} month.", "en", REF) == []


@given(
    st.integers(1900, 2030),
    st.sampled_from(["referendum", "election", "budget", "season", "Olympics", "World Cup"]),
)
def test_an_edition_year_is_the_year_alone(year: int, noun: str) -> None:
    (found,) = find(f"Turnout in the {year} {noun} was high.", "en", REF)
    assert found.text == str(year) and str(found.period) == str(year)


@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)))
def test_the_weekend_of_a_day_holds_its_saturday_and_sunday(day: date) -> None:
    text = f"Le championnat reprendra le week-end du {day.day} {_FRENCH[day.month - 1]} {day.year}."
    (found,) = find(text, "fr", REF)
    assert found.period is not None
    saturday = day - timedelta(days=day.weekday()) + timedelta(days=5)
    assert found.period.start.date() == saturday
    assert found.period.end.date() == saturday + timedelta(days=2)


_FRENCH = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@given(st.integers(2, 36), st.integers(1, 12))
def test_a_duration_and_its_start_stay_apart(count: int, month: int) -> None:
    text = f"The bridge will be closed for {count} months from {_MONTHS[month - 1]}."
    found = find(text, "en", REF)
    assert [m.text for m in found] == [f"for {count} months", f"from {_MONTHS[month - 1]}"]
    assert found[0].kind is MentionKind.DURATION and found[0].value == count


def test_a_start_in_a_future_clause_is_ahead() -> None:
    (found,) = find("The wage will rise to £11.44 an hour from April 1.", "en", REF)
    assert found.text == "from April 1" and str(found.period) == "2025-04-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les températures seront fraîches au petit matin.", []),
        ("Le navigateur est arrivé après 80 jours de mer.", ["80 jours"]),
        ("Le chalutier a sombré en mer le 3 mars.", ["le 3 mars"]),
        ("Le rendez-vous est fixé mer. 12 juin.", ["mer. 12 juin"]),
        ("Ils sont partis moins d'une semaine.", ["moins d'une semaine"]),
    ],
)
def test_french_look_alikes(text: str, expected: list[str]) -> None:
    assert [m.text for m in find(text, "fr", REF)] == expected

"""The time finder's caches (resolutions, mentions, periods) never change a result: a text
read warm (after other texts, other reference dates, or itself) gives what a cold read gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import time as time_finder
from claimcheck.extract import time_values

PHRASES = {
    "fr": [
        "en 2019",
        "l'an dernier",
        "le 28 mars",
        "en octobre",
        "au troisième trimestre",
        "depuis 2020",
        "d'ici 2026",
        "mardi",
        "pendant trois ans",
        "il y a deux semaines",
        "fin 2025",
        "à 18 h 30",
        "le 1er janvier",
        "à Noël",
        "la semaine prochaine",
        "en six mois",
        "l'année précédente",
        "12 300 véhicules",
        "entre 2010 et 2015",
    ],
    "en": [
        "in 2019",
        "last year",
        "on March 28",
        "in October",
        "in the third quarter",
        "since 2020",
        "by 2026",
        "on Tuesday",
        "for three years",
        "two weeks ago",
        "at 4pm CET",
        "late 2025",
        "on January 1",
        "at Christmas",
        "next week",
        "a year earlier",
        "in six months",
        "between 2010 and 2015",
        "at 3pm ET",
    ],
}
FILLER = ["Sales rose", "Le groupe a vendu", "will open", "sera publié", ",", ".", "et", "and"]

refs = st.builds(
    lambda days, hours, zone: datetime(2000, 1, 1, tzinfo=zone) + timedelta(days=days, hours=hours),
    st.integers(0, 365 * 40),
    st.integers(0, 23),
    st.sampled_from([None, UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=2))]),
)


@st.composite
def texts(draw: st.DrawFn, lang: str) -> str:
    parts = draw(st.lists(st.sampled_from(PHRASES[lang] + FILLER), min_size=1, max_size=8))
    return " ".join(parts)


def cold(text: str, lang: str, ref: datetime) -> list[str]:
    """The mentions of ``text`` read with every cache of the time finder emptied."""
    time_values._RESOLVED.clear()
    time_finder._MENTIONS.clear()
    time_finder._PERIODS.clear()
    return [m.model_dump_json() for m in time_finder.find(text, lang, ref)]


def warm(text: str, lang: str, ref: datetime) -> list[str]:
    return [m.model_dump_json() for m in time_finder.find(text, lang, ref)]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["fr", "en"]).flatmap(
        lambda lang: st.tuples(
            st.just(lang),
            st.lists(texts(lang), min_size=1, max_size=6),
            st.lists(refs, min_size=1, max_size=3),
        )
    )
)
def test_warm_reads_are_cold_reads(case: tuple[str, list[str], list[datetime]]) -> None:
    lang, lines, dates = case
    # (aware datetimes of one instant in two zones are equal: keyed by their place in the list)
    expected = {(t, k): cold(t, lang, r) for t in lines for k, r in enumerate(dates)}
    for _ in range(2):  # every text after every other one, under every reference, twice
        for t in lines:
            for k, r in enumerate(dates):
                assert warm(t, lang, r) == expected[(t, k)]


@settings(max_examples=100, deadline=None)
@given(texts("fr"), refs, refs)
def test_same_words_other_reference(text: str, first: datetime, second: datetime) -> None:
    """The same words read under one reference date, then another: the second read is the
    cold one (a kept resolution or mention of the first date is never reused)."""
    expected = cold(text, "fr", second)
    cold(text, "fr", first)
    assert warm(text, "fr", second) == expected


@settings(max_examples=100, deadline=None)
@given(texts("en"), st.integers(0, 40))
def test_same_words_shifted(text: str, shift: int) -> None:
    """The same words at another place of a text: offsets follow them."""
    ref = datetime(2024, 6, 1)
    warm(text, "en", ref)
    shifted = " " * shift + text
    expected = cold(shifted, "en", ref)
    warm(text, "en", ref)
    assert warm(shifted, "en", ref) == expected

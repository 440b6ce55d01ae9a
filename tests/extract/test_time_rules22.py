"""Time readings fixed in stop 22, each with its neighbours that must not move: a period and
its baseline of the same unit stay two times."""

from __future__ import annotations

import pytest
from mention_cases import readings

REF = "2025-10-30"  # a Thursday


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a period, then its baseline of the same unit after "from": two times, not one span
        (
            "Earnings rose 27% in the third quarter from the previous quarter.",
            "en",
            [
                ("27%", "percent", "27.0"),
                ("in the third quarter", "time", "2025-07-01T00:00:00"),
                ("from the previous quarter", "time", "2025-04-01T00:00:00"),
            ],
        ),
        (
            "Sales fell 2% in March from the previous month.",
            "en",
            [
                ("2%", "percent", "2.0"),
                ("in March", "time", "2025-03-01T00:00:00"),
                ("from the previous month", "time", "2025-02-01T00:00:00"),
            ],
        ),
        # a time narrowed by a bound of a finer unit stays one time
        (
            "Le magasin ouvre après 16h le 1er novembre.",
            "fr",
            [("après 16h le 1er novembre", "time", "2025-11-01T16:00:00")],
        ),
        (
            "Il sera fermé le 20 à partir de 10h.",
            "fr",
            [("le 20 à partir de 10h", "time", "2025-11-20T10:00:00")],
        ),
    ],
)
def test_a_period_and_its_baseline_stay_two_times(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # a part of the company's fiscal year named: one time; alone, the year without "its"
        (
            "Revenue for the first half of its fiscal 2025 rose.",
            "en",
            REF,
            [("for the first half of its fiscal 2025", "time", "2025-01-01T00:00:00")],
        ),
        (
            "Au premier semestre de son exercice 2025, les ventes ont progressé.",
            "fr",
            REF,
            [("Au premier semestre de son exercice 2025", "time", "2025-01-01T00:00:00")],
        ),
        (
            "The results of its fiscal 2025 were strong.",
            "en",
            REF,
            [("fiscal 2025", "time", "2025-01-01T00:00:00")],
        ),
        (
            "Les résultats de son exercice 2025 sont bons.",
            "fr",
            REF,
            [("exercice 2025", "time", "2025-01-01T00:00:00")],
        ),
        # a day outside a quarter does not narrow it
        (
            "Le groupe publiera ses résultats du T3 2024 le 24 octobre.",
            "fr",
            "2024-06-01",
            [
                ("du T3 2024", "time", "2024-07-01T00:00:00"),
                ("le 24 octobre", "time", "2024-10-24T00:00:00"),
            ],
        ),
        (
            "le 15 août du T3 2024",
            "fr",
            "2024-06-01",
            [("le 15 août du T3 2024", "time", "2024-08-15T00:00:00")],
        ),
        # "en 2024 et un flux": "en" opens no range of counts
        (
            "Renault vise une marge de 7,5 % en 2024 et un flux de trésorerie positif.",
            "fr",
            "2024-06-01",
            [("7,5 %", "percent", "7.5"), ("en 2024", "time", "2024-01-01T00:00:00")],
        ),
        ("de 2000 à 3000 personnes", "fr", "2024-06-01", [("de 2000 à 3000", "number", None)]),
        # a noun of year_nouns two words after the year
        (
            "Moderna cut its 2024 sales forecast.",
            "en",
            "2024-06-01",
            [("2024", "time", "2024-01-01T00:00:00")],
        ),
        ("The 2000 employees were laid off.", "en", "2024-06-01", [("2000", "number", "2000.0")]),
        # a 24-hour clock with a time zone
        (
            "Shares fell 3.2% by 1415 GMT.",
            "en",
            "2024-06-01",
            [("3.2%", "percent", "3.2"), ("by 1415 GMT", "time", "2024-06-01T14:15:00")],
        ),
        (
            "The castle was built around 1215.",
            "en",
            "2024-06-01",
            [("around 1215", "time", "1215-01-01T00:00:00")],
        ),
    ],
)
def test_stop_22_time_readings(
    text: str, lang: str, ref: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, ref) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fares will rise by 5p to 10p.", [("5p", "money", "0.05"), ("10p", "money", "0.1")]),
        ("Prices rose 5p to 150p a litre.", [("5p", "money", "0.05"), ("150p", "money", "1.5")]),
        ("Meet me at 3p.", [("at 3p.", "time", "2024-06-01T15:00:00")]),
        ("The show starts at 130pm.", [("at 130pm", "time", "2024-06-01T13:30:00")]),
    ],
)
def test_pence_are_no_clock_times(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """A number glued to "p" after a relation ("by 5p") or of three digits ("150p") is pence;
    "at 3p" and "130pm" stay clock times."""
    assert readings(text, "en", "2024-06-01") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "She won the 10km race in 33:41.",
            "en",
            [("10km", "quantity", "10.0"), ("in 33:41", "duration", "2021.0")],
        ),
        (
            "Il a remporté le 10 km en 33:41.",
            "fr",
            [("10 km", "quantity", "10.0"), ("en 33:41", "duration", "2021.0")],
        ),
        ("The shop opens at 23:41.", "en", [("at 23:41", "time", "2024-06-01T23:41:00")]),
        # a unit counted once after a hedge is a length, no rate
        (
            "The trust has 309,300 waiting more than a year.",
            "en",
            [("309,300", "number", "309300.0"), ("a year", "duration", "1.0")],
        ),
        (
            "The plant makes 500,000 tonnes a year.",
            "en",
            [("500,000 tonnes", "quantity", "500000.0")],
        ),
    ],
)
def test_race_times_and_hedged_lengths(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """Minutes and seconds past 24 that no clock shows ("in 33:41") are a race time; a unit
    counted once right after a hedge ("more than a year") is no rate's unit."""
    assert readings(text, lang, "2024-06-01") == expected

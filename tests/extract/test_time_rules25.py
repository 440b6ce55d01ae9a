"""Readings fixed in stop 25: a day's clock time in brackets after it; each with the
neighbours that must not move."""

from __future__ import annotations

import pytest
from mention_cases import readings

REF = "2024-06-01"  # a Saturday


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Voting ended Sunday (8pm local time).",
            "en",
            [("Sunday (8pm local time)", "time", "2024-05-26T20:00:00")],
        ),
        (
            "Polls closed on Thursday (7:45pm BST) across the country.",
            "en",
            [("on Thursday (7:45pm BST)", "time", "2024-05-30T19:45:00")],
        ),
        (
            "Le vote a eu lieu jeudi (20h30), a-t-il dit.",
            "fr",
            [("jeudi (20h30)", "time", "2024-05-30T20:30:00")],
        ),
        (
            "Le vote a eu lieu jeudi (à 20 h).",
            "fr",
            [("jeudi (à 20 h)", "time", "2024-05-30T20:00:00")],
        ),
        # neighbours: a date in brackets is another time; a figure in brackets is no clock
        (
            "The results came on Thursday (May 30) after a delay.",
            "en",
            [
                ("on Thursday", "time", "2024-05-30T00:00:00"),
                ("May 30", "time", "2024-05-30T00:00:00"),
            ],
        ),
        (
            "Sales rose on Thursday (12%).",
            "en",
            [("on Thursday", "time", "2024-05-30T00:00:00"), ("12%", "percent", "12.0")],
        ),
    ],
)
def test_a_day_s_clock_in_brackets(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected

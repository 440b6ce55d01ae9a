"""Unit tests of the time finder on what real news showed (issue #4 follow-ups): words that
are numbers or nouns as well as dates, figures after a clock preposition, past-tense months,
fractions after a change verb, glued decimals, metres, hyphenated durations."""

from __future__ import annotations

from datetime import datetime

import pytest

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

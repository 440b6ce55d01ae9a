"""Units quantulum3's test sentences showed missing, and quotation marks read as inches.

nielstron/quantulum3's English test set names the quantities in a hundred sentences;
scored against it, claimcheck missed units news writes (watt-hours, cubic kilometres,
"km^2", "km squared", "sq m", "cc", British thermal units) and read the closing quotation
mark of 'the class "English 101"' as inches. Each line of
``data/units_news_<lang>.jsonl`` holds a sentence and the mentions the numbers finder
must return (see ``mention_cases.py``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mention_cases import cases, check

from claimcheck.extract.numbers import find
from claimcheck.extract.units import unit_after

REFERENCE_DATE = datetime(2024, 6, 1)


@pytest.mark.parametrize(("text", "expected"), cases("units_news", "en"))
def test_english_units(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, find(text, "en", REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("units_news", "fr"))
def test_french_units(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, find(text, "fr", REFERENCE_DATE), expected)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_quotation_mark_on_another_line_leaves_the_inches(lang: str) -> None:
    text = 'He said "yes".\nA 55" screen.'
    found = unit_after(text, text.index('"', 15), lang)
    assert found is not None
    assert found.symbol == "in"


@given(
    before=st.text(alphabet='ab "\n', max_size=40),
    figure=st.integers(min_value=1, max_value=999),
)
def test_inches_follow_the_quotation_marks_before_them(before: str, figure: int) -> None:
    # The mark after a figure is inches unless a quotation opened on its line is left open.
    line = before.rpartition("\n")[2]
    opened = 0
    for at, char in enumerate(line):
        if char == '"':
            opened = opened + 1 if at == 0 or line[at - 1] in " " else max(opened - 1, 0)
    text = f'{before} {figure}"'
    found = unit_after(text, len(text) - 1, "en")
    assert (found is None) == (opened > 0)

"""The numbers finder on the long sentences of the blind19 batch, and their near misses.

Each line of ``data/numbers_long_<lang>.jsonl`` holds a sentence and the mentions the
numbers finder must return (a field left out is not checked; known failures carry
``"xfail": "<reason>"``): cues that bound only after a verb ("to top ¥5 trillion",
"weakened past Rp 16,000", not "the top 10", "the past 12 months"), an amount with a
referent of its own after a cue and an article ("below the $3.4 billion analysts had
expected"), "au plus tôt" (a time word, no bound), look-alikes (ages, set scores, names
with a number, idioms), counted nouns that stop before a participle with a complement
or a preposition, and units per unit ("1,2 gramme par litre de sang").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from mention_cases import cases, check

from claimcheck.extract.numbers import find

REFERENCE_DATE = datetime(2024, 6, 1)


@pytest.mark.parametrize(("text", "expected"), cases("numbers_long", "fr"))
def test_french_long(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, find(text, "fr", REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("numbers_long", "en"))
def test_english_long(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, find(text, "en", REFERENCE_DATE), expected)

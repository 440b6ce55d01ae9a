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
from hypothesis import given, settings
from hypothesis import strategies as st
from mention_cases import cases, check

import claimcheck as cc
from claimcheck.extract.numbers import find
from claimcheck.models import Qualifier

REFERENCE_DATE = datetime(2024, 6, 1)


@pytest.mark.parametrize(("text", "expected"), cases("numbers_long", "fr"))
def test_french_long(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, find(text, "fr", REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("numbers_long", "en"))
def test_english_long(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, find(text, "en", REFERENCE_DATE), expected)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=999))
def test_top_and_past_bound_only_after_a_verb(n: int) -> None:
    """'to top N' and 'slid past N' are gt; 'the top N' and 'the past N' are plain."""
    for text, qualifier in (
        (f"Sales are expected to top {n:,} units.", Qualifier.GT),
        (f"The index slid past {n:,} points.", Qualifier.GT),
        (f"The top {n:,} firms hold most of it.", Qualifier.EXACT),
    ):
        found = [m for m in find(text, "en", REFERENCE_DATE) if m.value == n]
        assert [m.qualifier for m in found] == [qualifier], text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), min_size=2, max_size=5))
def test_set_scores_with_a_falling_pair_are_no_ranges(sets: list[tuple[int, int]]) -> None:
    """In a list of dash pairs with one that falls, every pair is a score: no range."""
    if not any(a > b for a, b in sets):
        sets = [(7, 5), *sets]
    text = "She won " + ", ".join(f"{a}-{b}" for a, b in sets) + " in the final."
    assert all(m.qualifier is not Qualifier.RANGE for m in find(text, "en", REFERENCE_DATE))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from([("heures", 24), ("jours", 7), ("jours", 365), ("mois", 12)]))
def test_always_idioms_give_nothing(unit: tuple[str, int]) -> None:
    """'24 heures sur 24', '7 jours sur 7': no share, no duration, no figure."""
    word, count = unit
    text = f"Le service est ouvert {count} {word} sur {count} depuis mars."
    assert [m.text for m in cc.extract(text, lang="fr", reference_date=REFERENCE_DATE)] == [
        "depuis mars"
    ]

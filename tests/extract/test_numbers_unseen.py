"""Figures that three unseen evaluations found missing, read through :func:`claimcheck.extract`.

Each line of ``data/numbers_unseen_<lang>.jsonl`` holds a news sentence and the mentions
the whole extraction must return (numbers, money, units and the time finder together,
since an age or an elided unit is decided between them), as in ``test_numbers.py``: a
field left out is not checked, known failures carry ``"xfail": "<reason>"``. Each rule
comes with near-misses that must not change: "R2" or "R8" alone is no amount of rand,
"un contrat de 5 ans" stays a duration, "3 million people" keeps its people.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mention_cases import cases, check

import claimcheck as cc
from claimcheck.models import MentionKind

REFERENCE_DATE = datetime(2024, 6, 1)


def _check(text: str, lang: str, expected: list[dict[str, Any]]) -> None:
    check(text, cc.extract(text, lang=lang, reference_date=REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("numbers_unseen", "fr"))
def test_french_unseen(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "fr", expected)


@pytest.mark.parametrize(("text", "expected"), cases("numbers_unseen", "en"))
def test_english_unseen(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "en", expected)


# Properties of the new rules, on any figures.


@given(
    whole=st.integers(min_value=1, max_value=999),
    denominator=st.sampled_from([2, 3, 4, 8, 16]),
    data=st.data(),
)
@settings(max_examples=60, deadline=None)
def test_a_mixed_number_reads_back_as_its_sum(whole: int, denominator: int, data: Any) -> None:
    numerator = data.draw(st.integers(min_value=1, max_value=denominator - 1))
    text = f"The trail runs {whole} {numerator}/{denominator} miles along the river."
    found = [m for m in cc.extract(text, lang="en") if m.kind is MentionKind.QUANTITY]
    assert [(m.text, m.unit) for m in found] == [(f"{whole} {numerator}/{denominator} miles", "mi")]
    assert found[0].value == pytest.approx(whole + numerator / denominator)


@given(value=st.integers(min_value=1, max_value=999), scale=st.sampled_from(["million", "bn"]))
@settings(max_examples=40, deadline=None)
def test_the_rand_sign_needs_a_scaled_figure(value: int, scale: str) -> None:
    spaced = " " if scale == "million" else ""
    text = f"The utility lost R{value}{spaced}{scale} last year, and he drives an R{value % 10}."
    money = [m for m in cc.extract(text, lang="en") if m.kind is MentionKind.MONEY]
    assert [(m.text, m.currency) for m in money] == [(f"R{value}{spaced}{scale}", "ZAR")]
    assert money[0].value == pytest.approx(value * 1e6 if scale == "million" else value * 1e9)

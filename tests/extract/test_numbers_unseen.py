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
from mention_cases import cases, check

import claimcheck as cc

REFERENCE_DATE = datetime(2024, 6, 1)


def _check(text: str, lang: str, expected: list[dict[str, Any]]) -> None:
    check(text, cc.extract(text, lang=lang, reference_date=REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("numbers_unseen", "fr"))
def test_french_unseen(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "fr", expected)


@pytest.mark.parametrize(("text", "expected"), cases("numbers_unseen", "en"))
def test_english_unseen(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "en", expected)

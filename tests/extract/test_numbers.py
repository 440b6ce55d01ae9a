"""Data-driven tests of the numbers finder on news-like sentences.

Each line of ``data/numbers_<lang>.jsonl`` holds a sentence and the mentions the
finder must return for it, in text order: each by its exact text, with the fields
that matter for it (a field left out is not checked). An empty list means the
sentence only looks numeric. Known failures carry ``"xfail": "<reason>"``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from mention_cases import cases, check

from claimcheck.extract.numbers import find

REFERENCE_DATE = datetime(2024, 6, 1)


def _check(text: str, lang: str, expected: list[dict[str, Any]]) -> None:
    check(text, find(text, lang, REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("numbers", "fr"))
def test_french(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "fr", expected)


@pytest.mark.parametrize(("text", "expected"), cases("numbers", "en"))
def test_english(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "en", expected)

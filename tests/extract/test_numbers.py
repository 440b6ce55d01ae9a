"""Data-driven tests of the numbers finder on news-like sentences.

Each line of ``data/numbers_<lang>.jsonl`` holds a sentence and the mentions the
finder must return for it, in text order: each by its exact text, with the fields
that matter for it (a field left out is not checked). An empty list means the
sentence only looks numeric. Known failures carry ``"xfail": "<reason>"``.
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from claimcheck.extract.numbers import find

DATA = Path(__file__).parent / "data"
REFERENCE_DATE = datetime(2024, 6, 1)


def _cases(lang: str) -> list[Any]:
    cases = []
    with (DATA / f"numbers_{lang}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            case = json.loads(line)
            marks = []
            if "xfail" in case:
                marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
            cases.append(pytest.param(case["text"], case["mentions"], id=case["text"], marks=marks))
    return cases


def _agrees(expected: object, got: object) -> bool:
    if isinstance(expected, float | int) and not isinstance(expected, bool):
        return isinstance(got, float | int) and math.isclose(expected, got, rel_tol=1e-9)
    return expected == got


def _check(text: str, lang: str, expected: list[dict[str, Any]]) -> None:
    found = [m.model_dump(mode="json") for m in find(text, lang, REFERENCE_DATE)]
    assert [m["text"] for m in found] == [e["text"] for e in expected]
    for want, got in zip(expected, found, strict=True):
        assert text[got["start"] : got["end"]] == got["text"]
        wrong = {k: (v, got[k]) for k, v in want.items() if not _agrees(v, got[k])}
        assert not wrong, f"{want['text']!r}: (expected, got) {wrong}"


@pytest.mark.parametrize(("text", "expected"), _cases("fr"))
def test_french(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "fr", expected)


@pytest.mark.parametrize(("text", "expected"), _cases("en"))
def test_english(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "en", expected)

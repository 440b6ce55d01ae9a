"""A blind batch of news sentences: what ``extract`` gets right on text it was never tuned on.

``data/blind10_<lang>.jsonl`` holds 80 French and 60 English sentences of the kind wire
services, business and regional papers write (results, public finance, energy, sport,
courts, weather, elections, transport), each with the mentions a careful reader expects,
written before claimcheck was first run on them. The reference date is 2024-06-01, a
Saturday. Lines ``extract`` gets wrong carry ``"xfail": "<category>: <what goes wrong>"``
and run as strict xfails, so a fix shows up as an unexpected pass. The property joins
sentences of the batch into one text: whatever the mix, mentions come out in text order,
apart and each slicing back to its own text.
"""

from __future__ import annotations

import itertools
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mention_cases import cases, check

import claimcheck as cc

REFERENCE_DATE = datetime(2024, 6, 1)

_DATA = Path(__file__).parent / "data"


def _check(text: str, lang: str, expected: list[dict[str, Any]]) -> None:
    check(text, cc.extract(text, lang=lang, reference_date=REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("blind10", "fr"))
def test_french(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "fr", expected)


@pytest.mark.parametrize(("text", "expected"), cases("blind10", "en"))
def test_english(text: str, expected: list[dict[str, Any]]) -> None:
    _check(text, "en", expected)


def _sentences(lang: str) -> list[str]:
    with (_DATA / f"blind10_{lang}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


_SENTENCES = {lang: _sentences(lang) for lang in ("fr", "en")}


@pytest.mark.parametrize(("lang", "count"), [("fr", 80), ("en", 60)])
def test_the_batch_is_whole(lang: str, count: int) -> None:
    assert len(_SENTENCES[lang]) == count


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["fr", "en"]), st.data())
def test_joined_sentences_give_ordered_disjoint_mentions(lang: str, data: st.DataObject) -> None:
    picked = data.draw(st.lists(st.sampled_from(_SENTENCES[lang]), min_size=1, max_size=6))
    text = " ".join(picked)
    found = cc.extract(text, lang=lang, reference_date=REFERENCE_DATE)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start

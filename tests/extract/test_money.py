"""Amounts grouped the other language's way, read by price-parser next to a currency,
and currencies of ``money.toml`` that news quotes less often (zł, NOK).

Each line of ``data/money_fallback.jsonl`` holds a language, a sentence and the money
mentions expected in it (text, value, currency); the test id is the sentence.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import price_parser
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import money
from claimcheck.extract.numbers import find

DATA = Path(__file__).parent / "data"
REFERENCE = datetime(2024, 1, 1)


def _cases() -> list[Any]:
    with (DATA / "money_fallback.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [pytest.param(row["lang"], row["text"], row["mentions"], id=row["text"]) for row in rows]


@pytest.mark.parametrize(("lang", "text", "expected"), _cases())
def test_foreign_grouping(lang: str, text: str, expected: list[dict[str, Any]]) -> None:
    found = [m for m in find(text, lang, REFERENCE) if m.kind.value == "money"]
    got = [{"text": m.text, "value": m.value, "currency": m.currency} for m in found]
    assert got == expected


def _refuse(*args: object, **kwargs: object) -> price_parser.Price:
    raise AssertionError("price-parser called on text without a money candidate")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le gouvernement a présenté sa réforme des retraites mardi."),
        ("fr", "La production a atteint 1.234,56 tonnes, soit 12,5 % de plus."),
        ("fr", "Le groupe a réalisé un chiffre d'affaires de 3,2 milliards d'euros."),
        ("en", "The minister said the plan would be ready by the end of the year."),
        ("en", "Output rose 1,234.5 tonnes; revenue was $1.2bn, up 3.5%."),
        ("en", "The index closed at 1.234,56 points."),
    ],
)
def test_no_candidate_no_price_parser(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str
) -> None:
    monkeypatch.setattr(price_parser.Price, "fromstring", _refuse)
    find(text, lang, REFERENCE)


def test_candidate_needs_two_separators() -> None:
    assert money.foreign_amounts("It costs 12,50 € or 1.234 €.", "en") == []


@given(
    whole=st.integers(min_value=1000, max_value=999_999_999),
    cents=st.integers(min_value=0, max_value=99),
    group=st.sampled_from([".", " ", "\u00a0", "\u202f", "'", "’"]),
)
def test_english_text_reads_comma_decimals_next_to_euros(
    whole: int, cents: int, group: str
) -> None:
    """Any amount grouped by dots, spaces or apostrophes, decimal comma, reads back exactly."""
    digits = f"{whole:,}".replace(",", group) + f",{cents:02d}"
    text = f"The bill came to {digits} € in Berlin."
    found = find(text, "en", REFERENCE)
    assert [(m.text, m.currency) for m in found] == [(f"{digits} €", "EUR")]
    assert found[0].value == pytest.approx(whole + cents / 100)
    assert text[found[0].start : found[0].end] == found[0].text

"""Currencies price-parser's test suite showed missing, in news sentences.

scrapinghub/price-parser's tests hold over a thousand price strings from shop pages;
scored against them, claimcheck missed currencies French and English news writes too:
dollars named by a country's code before the sign ("S$", "NZ$", "NT$", "$US", "CAN$"),
the CFA franc, the UAE dirham, the Kenyan shilling, the Czech koruna, the forint, the
leu, the rupiah, the baht, the peso of the Philippines, and French prices with "HT" or
"TTC" glued to the euro sign. Each line of ``data/money_currencies_<lang>.jsonl`` holds a
sentence and the mentions the numbers finder must return (see ``mention_cases.py``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from mention_cases import cases, check

from claimcheck.extract.money import currency_after, currency_before, money_lexicon
from claimcheck.extract.numbers import find

REFERENCE_DATE = datetime(2024, 6, 1)


@pytest.mark.parametrize(("text", "expected"), cases("money_currencies", "en"))
def test_english_currencies(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, find(text, "en", REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("money_currencies", "fr"))
def test_french_currencies(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, find(text, "fr", REFERENCE_DATE), expected)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sign_may_have_letters_glued_after_it_but_a_code_may_not(lang: str) -> None:
    after_sign = currency_after("20 €HT", 2, lang, linked=False)
    assert after_sign is not None
    assert (after_sign.code, after_sign.end) == ("EUR", 4)
    assert currency_after("20 CHFX", 2, lang, linked=False) is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_sign_ending_in_letters_is_read_glued_before_a_figure(lang: str) -> None:
    found = currency_before("earned $US13", 10, lang)
    assert found is not None
    assert found.code == "USD"
    assert [m.text for m in find("BHP earned $US13.4 billion.", lang, REFERENCE_DATE)] == [
        "$US13.4 billion"
    ]


# Every form of every currency in the lexicons reads back as its own code: a shorter form
# must never cut a longer one ("CFA" in "CFA francs") nor another currency take it.
_FRAMES = {
    "en": (
        "It cost {} 120 in total.",
        "It cost 120 {} in total.",
        "It cost 3 million {} in total.",
    ),
    "fr": (
        "Cela a coûté {} 120 au total.",
        "Cela a coûté 120 {} au total.",
        "Cela a coûté 3 millions de {} au total.",
    ),
}


def _forms(lang: str) -> list[Any]:
    lexicon = money_lexicon(lang)
    forms = []
    for code, entry in lexicon.currencies.items():
        forms += [pytest.param(lang, code, s, True, id=f"{lang} {s}") for s in entry.symbols]
        forms += [pytest.param(lang, code, w, False, id=f"{lang} {w}") for w in entry.words]
    return forms


@pytest.mark.parametrize(("lang", "code", "form", "sign"), _forms("en") + _forms("fr"))
def test_every_currency_form_reads_back_as_its_code(
    lang: str, code: str, form: str, sign: bool
) -> None:
    before, after, scaled = _FRAMES[lang]
    texts = [before.format(form), after.format(form)] if sign else [after.format(form)]
    if not sign:
        texts.append(scaled.format(form))
    for text in texts:
        money = [m for m in find(text, lang, REFERENCE_DATE) if m.kind.value == "money"]
        assert [m.currency for m in money] == [code], text
        assert form in money[0].text, text


def test_a_zone_must_share_a_known_currency() -> None:
    data = money_lexicon("fr").model_dump()
    data["currencies"]["XAF"]["zone_of"] = "XYZ"
    with pytest.raises(ValueError, match="currency XAF: zone_of 'XYZ' is no currency"):
        type(money_lexicon("fr")).model_validate(data)

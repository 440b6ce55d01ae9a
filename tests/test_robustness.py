"""No input text, however long or strange, crashes the pipeline; offsets always hold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc

REFERENCE = cc.Reference.from_records(
    [{"entity": "Xiaomi", "metric": "vehicles_produced", "value": 100_000, "period": "2024"}]
)

STRANGE = [
    "",
    " ",
    "⒌ 2024",
    "① en 2024 ② ₀ mars 2024 ٣ mars 2024",
    "0\u0859",
    "0’",
    "5² km, 10³ t",
    "1" * 5000,
    "1 " * 3000,
    "1,2,3,4,5,6,7,8,9," * 300,
    "de 1 à 2 à 3 à 4 à 5 " * 200,
    "plus de " * 500 + "100",
    "-" * 2000 + "5",
    "\u202f".join(["100"] * 2000),
    "12/12/12/12/12/12/12/12",
    "en en en en en 2024 2024 2024 d'ici d'ici d'ici",
    "\x00\x01\x02 100 € \ufeff 50 %",
    "Le 31 février 2024, il a vendu 0 voiture.",
    "Q1 T1 H2 S2 Q5 T9 2024-Q7 2024-13-45",
    "$" * 100 + "1" + "€" * 100,
    # hundreds of digits: beyond a float, and beyond the arithmetic's 28 digits of precision
    "9" * 400 + "years",
    "3." + "5" * 400 + "ans",
    "9" * 400 + " €",
    "-" + "9" * 400 + "h",
    "9" * 400 + " milliards d'euros",
    "entre 3 et " + "9" * 310 + " M",
    " ".join(["999"] * 120) + " milliards",
]


@pytest.mark.parametrize("text", STRANGE, ids=lambda t: repr(t[:40]))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_strange_text_does_not_crash(text: str, lang: str) -> None:
    for mention in cc.extract(text, lang=lang, reference_date="2024-11-20"):
        assert text[mention.start : mention.end] == mention.text
    for claim in cc.parse_claims(text, lang=lang, reference_date="2024-11-20"):
        assert text[claim.start : claim.end] == claim.text
    report = cc.check(text, REFERENCE, lang=lang, reference_date="2024-11-20")
    assert len(report.findings) == len(
        cc.parse_claims(text, lang=lang, reference_date="2024-11-20")
    )


_WORDS = (
    "1 000 100 000 1,5 3,2 milliards d'euros € $ % en 2024 d'ici 2026 depuis mars l'an dernier "
    "six mois 1er 3e T1 Q1 fin mi- entre et de à plus de près de environ - / : . , « » ’ 12h30 "
    "km kWh °C Xiaomi Il the company more than nearly by since last year two years ago ⒌ ₀ ²"
)
NEWSY = st.sampled_from(_WORDS.split(" "))


@given(
    st.lists(st.one_of(NEWSY, st.text(max_size=3), st.from_regex(r"\A\d{20,400}\Z")), max_size=30),
    st.sampled_from(["fr", "en"]),
)
def test_any_text_never_raises(words: list[str], lang: str) -> None:
    text = " ".join(words)
    for mention in cc.extract(text, lang=lang, reference_date="2024-11-20"):
        assert text[mention.start : mention.end] == mention.text
    cc.check(text, REFERENCE, lang=lang, reference_date="2024-11-20")


def test_a_range_of_two_equal_huge_numbers_keeps_its_low_end_below_its_high_end() -> None:
    # rounding the low end to 12 digits once lifted it past the high end: a crash
    text = "100000000000500000000 - 100000000000500000000"
    (mention,) = cc.extract(text, lang="fr")
    assert mention.low is not None and mention.high is not None
    assert mention.low <= mention.high

"""scan_numerals: the shared reader of figures (also used by the time finder)."""

from __future__ import annotations

import pytest

from claimcheck.extract.numerals import Numeral, scan_numerals

# (lang, text, [(numeral text, value, ordinal)])
CASES = [
    ("fr", "en seulement six mois", [("six", 6, False)]),
    ("fr", "dix-huit mois plus tard", [("dix-huit", 18, False)]),
    ("fr", "il y a deux ans", [("deux", 2, False)]),
    ("fr", "vingt et un", [("vingt et un", 21, False)]),
    ("fr", "soixante-dix-huit", [("soixante-dix-huit", 78, False)]),
    ("fr", "soixante et onze", [("soixante et onze", 71, False)]),
    ("fr", "quatre-vingts", [("quatre-vingts", 80, False)]),
    ("fr", "quatre-vingt-onze", [("quatre-vingt-onze", 91, False)]),
    ("fr", "deux cent mille", [("deux cent mille", 200_000, False)]),
    ("fr", "un million deux cent mille", [("un million deux cent mille", 1_200_000, False)]),
    ("fr", "mille milliards", [("mille milliards", 1e12, False)]),
    ("fr", "3,2 milliards", [("3,2 milliards", 3.2e9, False)]),
    ("fr", "2 millions et demi", [("2 millions et demi", 2.5e6, False)]),
    ("fr", "deux virgule cinq", [("deux virgule cinq", 2.5, False)]),
    ("fr", "1,500", [("1,500", 1.5, False)]),
    ("en", "1,500", [("1,500", 1500, False)]),
    ("fr", "100.000", [("100.000", 100_000, False)]),
    ("en", "3.000", [("3.000", 3.0, False)]),
    ("fr", "6.700,54", [("6.700,54", 6700.54, False)]),
    ("en", "100,000.5", [("100,000.5", 100_000.5, False)]),
    ("fr", "1'000", [("1'000", 1000, False)]),
    ("fr", "100\u202f000", [("100\u202f000", 100_000, False)]),
    ("fr", "100\u00a0000", [("100\u00a0000", 100_000, False)]),
    ("fr", "-5", [("-5", -5, False)]),
    ("fr", "- 1.200.000", [("- 1.200.000", -1_200_000, False)]),
    ("fr", "moins 12", [("moins 12", -12, False)]),
    ("fr", "plus ou moins 12", [("12", 12, False)]),
    ("en", "negative five hundred and four", [("negative five hundred and four", -504, False)]),
    ("fr", "1er", [("1er", 1, True)]),
    ("fr", "3ème", [("3ème", 3, True)]),
    ("fr", "le XXIe siècle, le 21e", [("21e", 21, True)]),
    ("fr", "la vingt et unième", [("vingt et unième", 21, True)]),
    ("en", "the twenty-first", [("twenty-first", 21, True)]),
    ("en", "21st and 3rd", [("21st", 21, True), ("3rd", 3, True)]),
    ("en", "two and a half million", [("two and a half million", 2.5e6, False)]),
    ("en", "a dozen", [("a dozen", 12, False)]),
    ("en", "one twenty two", [("one twenty two", 122, False)]),
    ("en", "one twenty-year-old", [("one", 1, False), ("twenty", 20, False)]),
    ("en", "$1.2bn", [("1.2bn", 1.2e9, False)]),
    ("fr", "250k€", [("250k", 250_000, False)]),
    ("fr", "1/4 des", [("1/4", 0.25, False)]),
    ("fr", "forty-five", []),
    ("fr", "un constructeur", []),
    ("fr", "il en reste un.", [("un", 1, False)]),
    ("fr", "la XC90, la SU7, l'A380", []),
    ("fr", "à 14:30", []),
    ("fr", "à 20h30", []),
    ("fr", "la version 3.2.1", []),
    ("fr", "le Covid-19", []),
    ("en", "hundreds of", []),
    ("en", "the single market", []),
    ("fr", "cinq (5)", [("cinq (5)", 5, False)]),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CASES, ids=[f"{lang}: {text}" for lang, text, _ in CASES]
)
def test_scan(lang: str, text: str, expected: list[tuple[str, float, bool]]) -> None:
    found = scan_numerals(text, lang)
    assert [(n.text, n.value, n.ordinal) for n in found] == expected
    for numeral in found:
        assert text[numeral.start : numeral.end] == numeral.text


def test_spelled_marks_words() -> None:
    digits, words, mixed = scan_numerals("12 douze 1,5 million", "fr")
    assert (digits.spelled, words.spelled, mixed.spelled) == (False, True, True)


def test_no_number_costs_nothing() -> None:
    assert scan_numerals("Le gouvernement a présenté son projet de loi.", "fr") == []


def test_numeral_is_a_frozen_value() -> None:
    numeral = Numeral(0, 3, "six", 6.0)
    with pytest.raises(AttributeError):
        numeral.value = 7.0  # type: ignore[misc]

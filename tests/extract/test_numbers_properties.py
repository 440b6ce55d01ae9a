"""Properties of the numbers finder: numbers written any way read back to
themselves, and no text makes extraction raise or misplace an offset."""

from __future__ import annotations

import functools
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import qualifiers
from claimcheck.extract.numbers import find
from claimcheck.extract.numerals import scan_numerals
from conftest import calls

REFERENCE_DATE = datetime(2024, 6, 1)

# With libcst installed, hypothesis's pytest plugin imports it to write a patch for a failing
# example, and libcst's import warns: harmless, but it would hide the failure under -W error.
pytestmark = pytest.mark.filterwarnings(
    "ignore:mypy_extensions.TypedDict is deprecated:DeprecationWarning"
)

# Thousands separators each language writes, and its decimal mark.
SEPARATORS = {
    "fr": [" ", "\u00a0", "\u202f", "\u2009", ".", "'", "’"],
    "en": [",", " ", "\u00a0", "'"],
}
DECIMAL_MARK = {"fr": ",", "en": "."}

FR_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = {
    2: "twenty",
    3: "thirty",
    4: "forty",
    5: "fifty",
    6: "sixty",
    7: "seventy",
    8: "eighty",
    9: "ninety",
}


def _group(number: int, separator: str) -> str:
    digits = str(number)
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return separator.join(reversed(groups))


def _fr_below_hundred(n: int) -> str:
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return f"dix-{FR_UNITS[n - 10]}"
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = n - (60 if tens == 7 else 80)
        joiner = " et " if rest == 11 and tens == 7 else "-"
        return f"{base}{joiner}{_fr_below_hundred(rest)}"
    base = "quatre-vingt" if tens == 8 else FR_TENS[tens]
    if unit == 0:
        return "quatre-vingts" if tens == 8 else base
    if unit == 1 and tens != 8:
        return f"{base} et un"
    return f"{base}-{FR_UNITS[unit]}"


def _fr_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("cent" if hundreds == 1 else f"{FR_UNITS[hundreds]} cent")
    if rest:
        words.append(_fr_below_hundred(rest))
    return " ".join(words)


def french_words(n: int) -> str:
    """French number words for 0 ≤ n < 10⁹ (1990 spelling rules aside, the traditional ones)."""
    if n == 0:
        return "zéro"
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    words = []
    if millions:
        words.append(f"{_fr_below_thousand(millions)} million{'s' if millions > 1 else ''}")
    if thousands:
        words.append("mille" if thousands == 1 else f"{_fr_below_thousand(thousands)} mille")
    if units:
        words.append(_fr_below_thousand(units))
    return " ".join(words)


def _en_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{EN_UNITS[hundreds]} hundred")
    if rest:
        if hundreds:
            words.append("and")
        if rest < 20:
            words.append(EN_UNITS[rest])
        else:
            tens, unit = divmod(rest, 10)
            words.append(EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else ""))
    return " ".join(words)


def english_words(n: int) -> str:
    """English number words for 0 ≤ n < 10⁹, British style ("one hundred and five")."""
    if n == 0:
        return "zero"
    words = []
    for scale, name in ((1_000_000, "million"), (1000, "thousand")):
        count, n = divmod(n, scale)
        if count:
            words.append(f"{_en_below_thousand(count)} {name}")
    if n:
        words.append(_en_below_thousand(n))
    return " ".join(words)


WORDS = {"fr": french_words, "en": english_words}


def _single(text: str, lang: str) -> float:
    found = scan_numerals(text, lang)
    assert len(found) == 1, (text, found)
    assert (found[0].start, found[0].end, found[0].text) == (0, len(text), text)
    return found[0].value


@given(st.sampled_from(["fr", "en"]), st.integers(0, 10**12), st.data())
def test_digits_with_any_separator_read_back(lang: str, number: int, data: st.DataObject) -> None:
    separator = data.draw(st.sampled_from(SEPARATORS[lang]))
    text = _group(number, separator)
    if number >= 1000 and separator == DECIMAL_MARK[lang] and text.count(separator) == 1:
        return  # "1,500" is one and a half in French: the language decides
    assert _single(text, lang) == number


@given(st.sampled_from(["fr", "en"]), st.integers(0, 10**9), st.integers(1, 99))
def test_decimals_read_back(lang: str, whole: int, hundredths: int) -> None:
    text = f"{_group(whole, SEPARATORS[lang][0])}{DECIMAL_MARK[lang]}{hundredths:02d}"
    assert abs(_single(text, lang) - (whole + hundredths / 100)) < 1e-6 * max(1, whole)


@given(st.sampled_from(["fr", "en"]), st.integers(0, 10**9 - 1))
def test_number_words_read_back(lang: str, number: int) -> None:
    text = WORDS[lang](number)
    found = scan_numerals(text, lang)
    if number == 1 and lang == "fr":
        assert [n.value for n in found] == [1.0]
        return
    assert _single(text, lang) == number


@given(st.sampled_from(["fr", "en"]), st.integers(1, 10**6), st.data())
def test_negative_numbers_read_back(lang: str, number: int, data: st.DataObject) -> None:
    sign = data.draw(st.sampled_from(["-", "−"]))
    assert _single(f"{sign}{_group(number, SEPARATORS[lang][0])}", lang) == -number


@given(st.sampled_from(["fr", "en"]), st.text())
def test_find_never_raises_and_offsets_slice_back(lang: str, text: str) -> None:
    for mention in find(text, lang, REFERENCE_DATE):
        assert text[mention.start : mention.end] == mention.text
    for numeral in scan_numerals(text, lang):
        assert text[numeral.start : numeral.end] == numeral.text


NEWSY = st.lists(
    st.sampled_from(
        [
            "plus de",
            "près de",
            "entre",
            "et",
            "à",
            "de",
            "d'",
            "-",
            "%",
            "€",
            "$",
            "k€",
            "millions",
            "milliards",
            "mille",
            "vingt",
            "et un",
            "quatre-vingt",
            "cent",
            "km",
            "°C",
            "about",
            "between",
            "and",
            "to",
            "hundred",
            "million",
            "dollars",
            "of",
            "une",
            "dizaine",
            "1",
            "12",
            "3,2",
            "100 000",
            "1.5",
            "2,000",
            " ",
            "  ",
            "\u202f",
            "(",
            ")",
            "premier",
            "3e",
            "21st",
            "moins",
            "minus",
            "XC90",
            "06 12 34 56 78",
            ".",
            ",",
        ]
    ),
    max_size=30,
).map(" ".join)


@given(st.sampled_from(["fr", "en"]), NEWSY)
def test_find_on_figure_soup(lang: str, text: str) -> None:
    for mention in find(text, lang, REFERENCE_DATE):
        assert text[mention.start : mention.end] == mention.text
        if mention.low is not None and mention.high is not None:
            assert mention.low <= mention.high


def test_long_and_repetitive_text_stays_linear() -> None:
    # No pattern may backtrack (a catastrophic one would not finish at these sizes), and
    # the work grows with the text: ten times the text, at most about ten times the calls.
    units = [
        ("1 ", 500),
        ("vingt-", 500),
        ("1,000,", 300),
        ("plus de ", 500),
        ("- ", 1_000),
        ("one hundred and ", 300),
        # many figures and many words that revisit them: overlap tests must stay linear
        ("1 une tonne ", 100),
        ("un tiers des 3 ", 100),
        ("des centaines 1 ", 100),
        ("half a million 1 ", 100),
        ("$1 and 2 cents ", 100),
    ]
    find("a" * 50_000 + "1", "fr", REFERENCE_DATE)
    for unit, count in units:
        small, large = unit * count, unit * (10 * count)
        for lang in ("fr", "en"):
            work = calls(functools.partial(find, small, lang, REFERENCE_DATE))
            more = calls(functools.partial(find, large, lang, REFERENCE_DATE))
            assert more < 13 * work + 100, unit


# Around a figure: spaces of every kind, the joiners and openers of both languages, other words.
JOINED = st.lists(
    st.sampled_from(
        [
            " ",
            "\u00a0",
            "\u202f",
            "-",
            "–",
            "à",
            "À",
            "a",
            "et",
            "ET",
            "aux",
            "to",
            "and",
            "through",
            "entre",
            "between",
            "from",
            "10",
            "15",
            "mots",
            "words",
            "/",
        ]
    ),
    max_size=6,
).map("".join)


@given(st.sampled_from(["fr", "en"]), JOINED, st.integers(min_value=0, max_value=12))
def test_may_join_is_never_wrong_when_a_joiner_follows(lang: str, text: str, at: int) -> None:
    # The quick test before a range is looked for must not rule out any joiner the range
    # reading would find: bare joiners, signs, or those of any opener.
    position = min(at, len(text))
    openers = [tuple(j) for j in qualifiers.qualifiers_lexicon(lang).ranges.values()]
    found = [
        qualifiers.joiner_after(text, position, lang),
        qualifiers.joiner_after(text, position, lang, signs_only=True),
        *(qualifiers.joiner_after(text, position, lang, joiners) for joiners in openers),
    ]
    if any(end is not None for end in found):
        assert qualifiers.may_join(text, position, lang)

"""Readings fixed in stop 24: decades in words, decades that are degrees, ordinals of a scale
after digits; each with the neighbours that must not move."""

from __future__ import annotations

import pytest
from mention_cases import readings

import claimcheck as cc

REF = "2024-06-01"  # a Saturday


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a decade's tens in words after "les années", as in digits
        (
            "Dans les années quatre-vingt, la ville comptait 300 habitants.",
            "fr",
            [
                ("Dans les années quatre-vingt", "time", "1980-01-01T00:00:00"),
                ("300", "number", "300.0"),
            ],
        ),
        (
            "Au début des années soixante-dix, puis dans les années trente.",
            "fr",
            [
                ("Au début des années soixante-dix", "time", "1970-01-01T00:00:00"),
                ("dans les années trente", "time", "1930-01-01T00:00:00"),
            ],
        ),
        # the latest such decade begun by the reference year, as "les années 20"
        (
            "Dans les années vingt.",
            "fr",
            [("Dans les années vingt", "time", "2020-01-01T00:00:00")],
        ),
        # neighbours: digits, and a duration after "des années"
        ("Dans les années 80.", "fr", [("Dans les années 80", "time", "1980-01-01T00:00:00")]),
        (
            "Il est revenu des années vingt ans plus tard.",
            "fr",
            [("vingt ans plus tard", "time", "2044-06-01T00:00:00")],
        ),
        # English: a decade's plural in words
        (
            "In the eighties the town had 300 people.",
            "en",
            [("In the eighties", "time", "1980-01-01T00:00:00"), ("300", "number", "300.0")],
        ),
        (
            "In the mid-nineties and the late Sixties.",
            "en",
            [
                ("In the mid-nineties", "time", "1993-01-01T00:00:00"),
                ("the late Sixties", "time", "1967-01-01T00:00:00"),
            ],
        ),
        # after a possessive it is an age, as "in her 80s"
        ("She is in her eighties.", "en", []),
        ("She is in her early seventies.", "en", []),
    ],
)
def test_decades_in_words(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short decade near a word of temperature is degrees, no decade
        ("Temperatures in the nineties are forecast.", []),
        ("Highs in the 80s.", []),
        ("Temps in the low 40s.", []),
        (
            "Highs will be in the mid-90s Fahrenheit on Tuesday.",
            [("on Tuesday", "time", "2024-06-04T00:00:00")],
        ),
        ("It felt like the 90s Fahrenheit.", []),
        # a decade in four digits stays one, and so does a short one far from any such word
        ("Temperatures rose in the 1980s.", [("in the 1980s", "time", "1980-01-01T00:00:00")]),
        (
            "In the 80s the temperature rose.",
            [("In the 80s", "time", "1980-01-01T00:00:00")],
        ),
        (
            "The company grew fast in the eighties.",
            [("in the eighties", "time", "1980-01-01T00:00:00")],
        ),
    ],
)
def test_decades_that_are_degrees(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert readings(text, "en", REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("C'est le 300 millionième visiteur du parc.", "fr", 300_000_000),
        ("Le 2 milliardième smartphone est sorti de l'usine.", "fr", 2_000_000_000),
        ("He was the 100 millionth visitor.", "en", 100_000_000),
        ("The 1.5 millionth car left the line.", "en", 1_500_000),
    ],
)
def test_an_ordinal_of_a_scale_after_digits(text: str, lang: str, value: int) -> None:
    """Digits before the ordinal of a million or more multiply it: one ordinal."""
    (found,) = cc.extract(text, lang=lang, reference_date=REF)
    assert found.kind.value == "ordinal" and found.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Le lot vaut 3 millièmes des parts.",  # a fraction, and a thousandth is too small
        "Le 3 millième.",
        "It lasted 3 millionths of a second.",  # a plural is a fraction
    ],
)
def test_no_ordinal_of_a_scale(text: str) -> None:
    lang = "en" if text.startswith("It") else "fr"
    assert all(m.kind.value != "ordinal" for m in cc.extract(text, lang=lang, reference_date=REF))

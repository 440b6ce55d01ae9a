"""Units and scales: bring a claimed figure and a reference figure to one footing.

A unit string ("GWh", "Mt", "M EUR", "%", "" for counts) is read as a
*dimension* and a *factor* to that dimension's base unit: "GWh" is
``Scale("Wh", 1e9)``, "Mt" is ``Scale("t", 1e6)``, "Md EUR" is
``Scale("EUR", 1e9)``. Two figures compare only when their dimensions are the
same; currencies are dimensions of their own, so euros never meet dollars.
The tables are SI prefixes and ISO 4217 codes, the same in every language.

>>> scale_of("TWh").factor / scale_of("GWh").factor
1000.0
>>> scale_of("Md EUR")
Scale(dimension='EUR', factor=1000000000.0)
>>> scale_of("kg").dimension == scale_of("Mt").dimension
True
>>> scale_of("USD") == scale_of("EUR")
False
>>> scale_of("M€") == scale_of("EUR million") == scale_of("MEUR")
True
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from claimcheck.extract.money import money_lexicon
from claimcheck.extract.units import units_lexicon
from claimcheck.lexicon import load_lexicon, supported_languages

__all__ = [
    "COUNT",
    "PERCENT",
    "POINTS",
    "ReferenceUnitWords",
    "Scale",
    "is_currency",
    "scale_of",
]

COUNT = ""  # the dimension of plain counts: people, vehicles, stores
PERCENT = "%"
POINTS = "pp"  # percentage points: a difference between two percentages


class Scale(NamedTuple):
    """A unit as a dimension and the factor that brings it to the base unit."""

    dimension: str
    factor: float


_PREFIXES = {
    "": 1.0,
    "k": 1e3,
    "M": 1e6,
    "G": 1e9,
    "T": 1e12,
    "P": 1e15,
    "h": 1e2,
    "c": 1e-2,
    "m": 1e-3,
}

# Base units that take SI prefixes, with their own factor to the dimension's base.
_PREFIXED = {
    "Wh": ("Wh", 1.0),
    "W": ("W", 1.0),
    "J": ("J", 1.0),
    "t": ("t", 1.0),  # tonnes: kt, Mt, Gt
    "g": ("t", 1e-6),  # grams: kg = 1e-3 t
    "m": ("m", 1.0),
    "l": ("l", 1.0),
    "L": ("l", 1.0),
    "Hz": ("Hz", 1.0),
    "Wc": ("Wc", 1.0),  # watts-crête (peak watts of solar panels)
    "Wp": ("Wc", 1.0),
    "bbl": ("bbl", 1.0),
}

# Units that are not prefix + base.
_SPECIAL = {
    "m2": Scale("m2", 1.0),
    "km2": Scale("m2", 1e6),
    "ha": Scale("m2", 1e4),
    # volumes in litres, as the units lexicon reads them, so that "bcm" (10^9 m3) meets
    # "124 milliards de mètres cubes"
    "m3": Scale("l", 1e3),
    "km3": Scale("l", 1e12),
    "cm3": Scale("l", 1e-3),
    "Mtep": Scale("tep", 1e6),
    "tep": Scale("tep", 1.0),
    "toe": Scale("tep", 1.0),
    "Mtoe": Scale("tep", 1e6),
    "°C": Scale("°C", 1.0),
    "%": Scale(PERCENT, 1.0),
    "‰": Scale(PERCENT, 0.1),
    "pp": Scale(POINTS, 1.0),
    "bp": Scale(POINTS, 0.01),
    "tCO2": Scale("t", 1.0),
    "MtCO2": Scale("t", 1e6),
    "MtCO2e": Scale("t", 1e6),
    "tCO2e": Scale("t", 1.0),
    "q": Scale("t", 0.1),  # the quintal, 100 kg
    "ly": Scale("m", 9460730472580800.0),
    "second": Scale("second", 1.0),
    "minute": Scale("second", 60.0),
    "hour": Scale("second", 3600.0),
    "day": Scale("second", 86400.0),
    "week": Scale("second", 604800.0),
    "month": Scale("month", 1.0),
    "quarter": Scale("month", 3.0),
    "year": Scale("month", 12.0),
}

# Scale words a reference unit column may carry before a currency or a count.
_SCALE_WORDS = {
    "k": 1e3,
    "K": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "M": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "Md": 1e9,
    "Mds": 1e9,
    "Mrd": 1e9,
    "Mrds": 1e9,
    "bn": 1e9,
    "B": 1e9,
    "G": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "T": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
    "trillions": 1e12,
}

# Currency signs a reference unit column may use ("M€", "k$"); "$" is the US dollar.
_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP"}

_CURRENCY = re.compile(r"[A-Z]{3}")
_SCALED = re.compile(
    r"^(?P<scale>[A-Za-z]+)\s*(?P<unit>[A-Z]{3})$"
    r"|^(?P<unit_first>[A-Z]{3})\s*(?P<scale_after>[A-Za-z]+)$"
    r"|^(?P<word>[A-Za-z]+)$"
)


def _rate(unit: str) -> Scale | None:
    """A unit per another one ("g/km", "t/ha", "kWh/m2"), or None when either is unknown.

    >>> _rate("kWh/m2")
    Scale(dimension='Wh/m2', factor=1000.0)
    """
    numerator, _, denominator = unit.partition("/")
    top, bottom = scale_of(numerator), scale_of(denominator)
    if top is None or bottom is None or not top.dimension or not bottom.dimension:
        return None
    return Scale(f"{top.dimension}/{bottom.dimension}", top.factor / bottom.factor)


def is_currency(unit: str) -> bool:
    """Whether ``unit`` is an ISO 4217 code, the unit of a money amount."""
    return _CURRENCY.fullmatch(unit) is not None


@functools.cache
def scale_of(unit: str | None) -> Scale | None:
    """Read a unit string; None when it is not one claimcheck knows.

    None and "" are plain counts; a bare scale word ("millions", "k") is a
    count in those units.

    >>> scale_of(None), scale_of("millions")
    (Scale(dimension='', factor=1.0), Scale(dimension='', factor=1000000.0))
    >>> scale_of("furlongs") is None
    True
    >>> scale_of("million b/d") == Scale("oil-flow", 1e6), scale_of("bcm") == scale_of("Md m3")
    (True, True)
    """
    if unit is None:
        return Scale(COUNT, 1.0)
    unit = unit.strip()
    if not unit:
        return Scale(COUNT, 1.0)
    if unit in _SPECIAL:
        return _SPECIAL[unit]
    word, _, rest = unit.partition(" ")
    if rest and word in _SCALE_WORDS:
        # a scale word before a unit: "million b/d", "billion m3", "thousand tonnes"
        scaled = scale_of(rest)
        if scaled is not None and scaled.dimension:
            return Scale(scaled.dimension, _SCALE_WORDS[word] * scaled.factor)
    if "/" in unit:
        return _rate(unit) or _lexicon_units().get(unit)
    for sign, code in _SIGNS.items():
        if sign in unit:
            unit = unit.replace(sign, f" {code}").strip()
    if is_currency(unit) and unit.casefold() not in _export_words().scales:
        return Scale(unit, 1.0)  # "THS" (thousands, Eurostat's code) is no currency
    for prefix, factor in _PREFIXES.items():
        base = _PREFIXED.get(unit[len(prefix) :]) if unit.startswith(prefix) else None
        if base is not None:
            return Scale(base[0], factor * base[1])
    match = _SCALED.match(unit)
    if match is not None:
        if match["unit"] and match["scale"] in _SCALE_WORDS:
            return Scale(match["unit"], _SCALE_WORDS[match["scale"]])
        if match["unit_first"] and match["scale_after"] in _SCALE_WORDS:
            return Scale(match["unit_first"], _SCALE_WORDS[match["scale_after"]])
        if match["word"] and match["word"] in _SCALE_WORDS:
            return Scale(COUNT, _SCALE_WORDS[match["word"]])
        if match["word"] and match["word"][-3:].isupper() and match["word"][:-3] in _SCALE_WORDS:
            return Scale(match["word"][-3:], _SCALE_WORDS[match["word"][:-3]])
    return _lexicon_units().get(unit) or _exported(unit)


class ReferenceUnitWords(BaseModel):
    """The ``[reference_units]`` table of ``lexicons/<lang>/check.toml``: the words the unit
    column of statistics offices' exports is written in ("milliers", "thousand persons",
    "millions of euro", "percent", Eurostat's codes "THS_PER", "MIO_EUR", "PC")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    scales: dict[str, float] = {}  # word → factor ("milliers" = 1000)
    percent: frozenset[str] = frozenset()  # words of a percentage ("percent", "PC")
    counts: frozenset[str] = frozenset()  # what a count counts ("persons", "personnes")
    links: frozenset[str] = frozenset()  # words between them ("of", "de", "d'")


class _CheckUnits(BaseModel):
    # the one table of check.toml this module reads; report.CheckLexicon validates the file
    model_config = ConfigDict(frozen=True, extra="ignore")

    reference_units: ReferenceUnitWords = ReferenceUnitWords()


class _ExportWords(NamedTuple):
    scales: dict[str, float]
    percent: frozenset[str]
    counts: frozenset[str]
    links: frozenset[str]
    currencies: dict[str, str]  # a currency's code or name, folded → its code
    units: dict[str, str]  # a unit's name, folded → its symbol ("tonnes" → "t")


@functools.cache
def _export_words() -> _ExportWords:
    """The words of exported unit columns in every supported language, folded (a reference
    has no language), with the currencies' codes and names from the money lexicons and the
    units' names from the units lexicons."""
    scales: dict[str, float] = {word.casefold(): f for word, f in _SCALE_WORDS.items()}
    percent: set[str] = set()
    counts: set[str] = set()
    links: set[str] = set()
    currencies: dict[str, str] = {}
    units: dict[str, str] = {}
    for lang in supported_languages():
        words = load_lexicon(lang, "check", _CheckUnits).reference_units
        scales.update((word.casefold(), factor) for word, factor in words.scales.items())
        percent.update(word.casefold() for word in words.percent)
        counts.update(word.casefold() for word in words.counts)
        links.update(word.casefold() for word in words.links)
        for code, entry in money_lexicon(lang).currencies.items():
            currencies.setdefault(code.casefold(), code)
            for name in entry.words:
                currencies.setdefault(name.casefold(), code)
        for symbol, unit in units_lexicon(lang).units.items():
            for name in unit.words:
                units.setdefault(name.casefold(), symbol)
    return _ExportWords(
        scales, frozenset(percent), frozenset(counts), frozenset(links), currencies, units
    )


_EXPORT_TOKEN = re.compile(r"%|[^\W_]+'?")
_LONGEST_NAME = 3  # words in the longest name looked for ("metric tons", "us dollars")


def _exported(unit: str) -> Scale | None:
    """A unit column as statistics offices export it, word by word: scale words, then what
    is counted, the currency or the unit ("thousand persons", "millions of euro", "Mio EUR",
    "milliers de personnes", "MIO_EUR", "thousand tonnes"); a percentage whatever follows
    ("percent", "per cent", "PC_GDP", "% of GDP": the metric says of what). None when a
    word is unknown.

    >>> _exported("millions of euro"), _exported("thousand persons")
    (Scale(dimension='EUR', factor=1000000.0), Scale(dimension='', factor=1000.0))
    >>> _exported("PC_GDP"), _exported("milliers de bananes")
    (Scale(dimension='%', factor=1.0), None)
    """
    words = _export_words()
    tokens = _EXPORT_TOKEN.findall(unit.replace("\u2019", "'"))
    folded = [token.casefold() for token in tokens]
    factor, dimension, known = 1.0, COUNT, False
    i = 0
    while i < len(tokens):
        word = folded[i]
        for size in range(min(_LONGEST_NAME, len(tokens) - i), 1, -1):
            name = " ".join(folded[i : i + size])
            if name in words.percent or name in words.currencies or name in words.units:
                word, i = name, i + size - 1
                break
        i += 1
        if word in words.links:
            continue
        if word in words.percent or word == "%":
            return Scale(PERCENT, factor) if dimension == COUNT else None
        if word in words.scales and (len(word) > 1 or tokens[i - 1] in _SCALE_WORDS):
            factor *= words.scales[word]
        elif word in words.counts and dimension == COUNT:
            pass
        elif word in words.currencies and dimension == COUNT:
            dimension = words.currencies[word]
        elif word in words.units and dimension == COUNT:
            base = scale_of(words.units[word])
            if base is None:
                return None
            dimension, factor = base.dimension, factor * base.factor
        else:
            return None
        known = True
    return Scale(dimension, factor) if known else None


# The lexicons' dimensions whose base unit this module names otherwise, with the factor
# from the lexicon's base to this one's (the lexicon weighs in grams, this module in tonnes).
_LEXICON_BASES = {
    "length": ("m", 1.0),
    "area": ("m2", 1.0),
    "mass": ("t", 1e-6),
    "volume": ("l", 1.0),
    "energy": ("Wh", 1.0),
    "power": ("W", 1.0),
    "frequency": ("Hz", 1.0),
}


@functools.cache
def _lexicon_units() -> dict[str, Scale]:
    """Every unit the extraction lexicons know ("gal", "mph", "acre", "°F"), by its symbol,
    in this module's dimensions: a reference in the units extraction reads loads and
    compares ("USD/gal" is a price per litre times 3.785).

    >>> _lexicon_units()["gal"], _lexicon_units()["mph"]
    (Scale(dimension='l', factor=3.785411784), Scale(dimension='speed', factor=1.609344))
    """
    found: dict[str, Scale] = {}
    symbols: dict[str, Scale] = {}
    for lang in ("en", "fr"):
        for name, entry in units_lexicon(lang).units.items():
            base, factor = _LEXICON_BASES.get(entry.dimension, (entry.dimension, 1.0))
            found.setdefault(name, Scale(base, entry.factor * factor))
            for symbol in entry.symbols:  # "b/d" as well as "bbl/d"
                symbols.setdefault(symbol, found[name])
    return {**symbols, **found}

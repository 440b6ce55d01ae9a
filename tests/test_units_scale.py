"""The units a reference and a claim may be written in, and how they compare."""

from __future__ import annotations

import pytest

import claimcheck as cc
from claimcheck.extract.units import units_lexicon
from claimcheck.units_scale import Scale, scale_of


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_unit_extraction_reads_has_a_scale(lang: str) -> None:
    # a figure extraction reads in a unit is checkable against a reference in that unit
    missing = [name for name in units_lexicon(lang).units if scale_of(name) is None]
    assert missing == []


@pytest.mark.parametrize(
    ("unit", "scale"),
    [
        ("gal", Scale("l", 3.785411784)),
        ("ft", Scale("m", 0.3048)),
        ("acre", Scale("m2", 4046.8564224)),
        ("lb", Scale("t", 0.00045359237)),
        ("km", Scale("m", 1000.0)),  # the module's own reading is kept
        ("mph", Scale("speed", 1.609344)),
        ("km/h", Scale("speed", 1.0)),
    ],
)
def test_units_from_the_lexicons_share_the_dimensions_of_metric_ones(
    unit: str, scale: Scale
) -> None:
    assert scale_of(unit) == pytest.approx(scale)


def test_a_price_per_gallon_loads_and_is_checked() -> None:
    ref = cc.Reference.from_records(
        [
            {
                "entity": "United States",
                "metric": "gasoline price",
                "value": 3.58,
                "unit": "USD/gal",
                "period": "2024-05",
                "kind": "stock",
            }
        ],
        aliases={"metric": {"gasoline price": ["price of gasoline"]}},
    )
    text = "In the United States, the price of gasoline averaged {} a gallon in May 2024."
    verdicts = [
        cc.check(text.format(price), ref, lang="en", reference_date="2024-06-10")
        .findings[0]
        .verdict
        for price in ("$3.58", "$4.50")
    ]
    assert verdicts == [cc.Verdict.SUPPORTED, cc.Verdict.CONTRADICTED]


def test_unknown_units_stay_unknown() -> None:
    assert scale_of("furlongs") is None
    assert scale_of("widgets/fortnight") is None


@pytest.mark.parametrize(
    ("unit", "scale"),
    [
        ("milliers", Scale("", 1e3)),
        ("milliers de personnes", Scale("", 1e3)),
        ("thousand persons", Scale("", 1e3)),
        ("Thousands", Scale("", 1e3)),
        ("THS_PER", Scale("", 1e3)),  # Eurostat's codes
        ("THS", Scale("", 1e3)),  # thousands, not a currency
        ("Mio", Scale("", 1e6)),
        ("Mrd", Scale("", 1e9)),
        ("millions of euro", Scale("EUR", 1e6)),
        ("millions d'euros", Scale("EUR", 1e6)),
        ("Mio EUR", Scale("EUR", 1e6)),
        ("Mio. EUR", Scale("EUR", 1e6)),
        ("MIO_EUR", Scale("EUR", 1e6)),
        ("Million EUR", Scale("EUR", 1e6)),
        ("millions of US dollars", Scale("USD", 1e6)),
        ("percent", Scale("%", 1.0)),
        ("per cent", Scale("%", 1.0)),
        ("PC", Scale("%", 1.0)),
        ("PC_GDP", Scale("%", 1.0)),  # a percentage of GDP: the metric says of what
        ("% of GDP", Scale("%", 1.0)),
        ("pourcentage", Scale("%", 1.0)),
        ("thousand tonnes", Scale("t", 1e3)),
        ("milliers de tonnes", Scale("t", 1e3)),
        # a scale word before a unit symbol, volumes in litres as extraction reads them
        ("million b/d", Scale("oil-flow", 1e6)),
        ("b/d", Scale("oil-flow", 1.0)),
        ("bcm", Scale("l", 1e12)),
        ("billion m3", Scale("l", 1e12)),
        ("m3", Scale("l", 1e3)),
    ],
)
def test_unit_columns_as_statistics_offices_export_them(unit: str, scale: Scale) -> None:
    assert scale_of(unit) == pytest.approx(scale)


@pytest.mark.parametrize(
    "unit",
    ["milliers de bananes", "thousand EUR per capita", "thousand bananas", "million b/fortnight"],
)
def test_an_export_label_with_an_unknown_word_stays_unknown(unit: str) -> None:
    assert scale_of(unit) is None


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("La Norvège a produit 124 milliards de mètres cubes de gaz en 2024.", "fr", "supported"),
        ("Norway produced 116.6 billion cubic meters of gas in 2024.", "en", "contradicted"),
        ("Norway produced 124 bcm of gas in 2024.", "en", "supported"),
        ("Norway produced 124 million cubic meters of gas in 2024.", "en", "contradicted"),
        ("Norway produced 124 million tonnes of gas in 2024.", "en", "unverifiable"),
    ],
)
def test_gas_in_bcm_meets_cubic_metres(text: str, lang: str, verdict: str) -> None:
    reference = cc.Reference.from_records(
        [
            {
                "entity": "Norway",
                "metric": "gas_production",
                "value": 124.0,
                "unit": "bcm",
                "period": "2024",
                "kind": "flow",
                "source": "test",
            },
        ],
        aliases={
            "entity": {"Norway": ["Norvège"]},
            "metric": {"gas_production": ["production de gaz"]},
        },
    )
    findings = cc.check(text, reference, lang=lang, reference_date="2025-05-22").findings
    assert [f.verdict.value for f in findings] == [verdict]

"""Readings fixed in stop 25 (from blind59, blind60 and heldout45): a day's clock time in
brackets, tenses read across a stretch's start, levels and changes across a time, ages,
meals, ordinals before a time noun; each with the neighbours that must not move."""

from __future__ import annotations

import pytest
from mention_cases import readings

import claimcheck as cc
from claimcheck.models import Relation

REF = "2024-06-01"  # a Saturday


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Voting ended Sunday (8pm local time).",
            "en",
            [("Sunday (8pm local time)", "time", "2024-05-26T20:00:00")],
        ),
        (
            "Polls closed on Thursday (7:45pm BST) across the country.",
            "en",
            [("on Thursday (7:45pm BST)", "time", "2024-05-30T19:45:00")],
        ),
        (
            "Le vote a eu lieu jeudi (20h30), a-t-il dit.",
            "fr",
            [("jeudi (20h30)", "time", "2024-05-30T20:30:00")],
        ),
        (
            "Le vote a eu lieu jeudi (à 20 h).",
            "fr",
            [("jeudi (à 20 h)", "time", "2024-05-30T20:00:00")],
        ),
        # neighbours: a date in brackets is another time; a figure in brackets is no clock
        (
            "The results came on Thursday (May 30) after a delay.",
            "en",
            [
                ("on Thursday", "time", "2024-05-30T00:00:00"),
                ("May 30", "time", "2024-05-30T00:00:00"),
            ],
        ),
        (
            "Sales rose on Thursday (12%).",
            "en",
            [("on Thursday", "time", "2024-05-30T00:00:00"), ("12%", "percent", "12.0")],
        ),
    ],
)
def test_a_day_s_clock_in_brackets(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an auxiliary and its participle on either side of the stretch read for a time
        (
            "Une panne a privé des milliers de clients Orange d'internet mardi de 8h à 14h.",
            "fr",
            [
                ("des milliers", "number", None),
                ("mardi de 8h à 14h", "time", "2024-05-28T08:00:00"),
            ],
        ),
        # "next" inside a time is no future marker before the verb
        (
            "Power for delivery next year traded at €95 on Thursday.",
            "en",
            [
                ("next year", "time", "2025-01-01T00:00:00"),
                ("€95", "money", "95.0"),
                ("on Thursday", "time", "2024-05-30T00:00:00"),
            ],
        ),
        # a participle that is a noun too is past right after "est"; alone it is a noun
        ("La loi est entrée en vigueur mardi.", "fr", [("mardi", "time", "2024-05-28T00:00:00")]),
        ("L'entrée est gratuite mardi.", "fr", [("mardi", "time", "2024-06-04T00:00:00")]),
    ],
)
def test_tenses(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert readings(text, lang, REF) == expected


def test_a_level_led_by_to_before_its_currency_sign() -> None:
    (_, since) = cc.extract(
        "The energy price cap rose to £1,928 from January 1.", lang="en", reference_date=REF
    )
    assert since.text == "from January 1" and since.relation is Relation.SINCE


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a change across a time between its word and "de": two amounts, no day 21
        (
            "La taxe passera en février de 21 à 32 euros le MWh.",
            "fr",
            [
                ("en février", "time", "2025-02-01T00:00:00"),
                ("21", "money", "21.0"),
                ("32 euros", "money", "32.0"),
            ],
        ),
        # "passé" before a time is the verb, no "last March"
        (
            "Le loyer est passé en mars 2024 de 500 à 550 euros.",
            "fr",
            [
                ("en mars 2024", "time", "2024-03-01T00:00:00"),
                ("500", "money", "500.0"),
                ("550 euros", "money", "550.0"),
            ],
        ),
        # neighbours: no time between, a range
        (
            "Les effectifs ont augmenté dans les villes de 10 000 à 50 000 habitants.",
            "fr",
            [("de 10 000 à 50 000", "number", None)],
        ),
        # the first level of a change to a duration takes its unit
        (
            "Le congé est passé de 14 à 28 jours.",
            "fr",
            [("14", "duration", "14.0"), ("28 jours", "duration", "28.0")],
        ),
        (
            "Leave rose from 14 to 28 days.",
            "en",
            [("14", "duration", "14.0"), ("28 days", "duration", "28.0")],
        ),
        ("un contrat de 5 à 7 ans", "fr", [("de 5 à 7 ans", "duration", None)]),
    ],
)
def test_changes_and_ranges(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a school year, then the time; no 5 September
        (
            "Les groupes de niveau, instaurés en 5e à la rentrée 2024.",
            "fr",
            [("5e", "ordinal", "5.0"), ("à la rentrée 2024", "time", "2024-09-01T00:00:00")],
        ),
        # "celle" ends the counted noun
        (
            "soit près de deux fois celle d'un réacteur de 900 MW.",
            "fr",
            [("près de deux", "number", "2.0"), ("900 MW", "quantity", "900.0")],
        ),
        # "dans les" hedges a round figure only
        ("Dans les trois zones, les vacances commencent.", "fr", [("trois", "number", "3.0")]),
        (
            "Il gagne dans les deux millions d'euros.",
            "fr",
            [("dans les deux millions d'euros", "money", "2000000.0")],
        ),
        # a diploma's level; ages in words and in ranges after a plural noun of people
        (
            "Titulaire d'un bac+5, elle a enseigné huit ans.",
            "fr",
            [("huit ans", "duration", "8.0")],
        ),
        (
            "Children from nine months old can claim 15 hours.",
            "en",
            [("15 hours", "duration", "15.0")],
        ),
        (
            "Les enfants de 3 à 6 ans sont 2,3 millions.",
            "fr",
            [("2,3 millions", "number", "2300000.0")],
        ),
        # an amount before "year on year" is no duration of years
        (
            "France's trade deficit narrowed by €2.2 billion year on year.",
            "en",
            [("€2.2 billion", "money", "2200000000.0")],
        ),
        # a meal alone is no time; after a preposition it is one
        ("Schools offer free breakfast and lunch to pupils.", "en", []),
        ("La cantine sert le déjeuner à 3 euros.", "fr", [("3 euros", "money", "3.0")]),
        ("Talks resumed after lunch.", "en", [("after lunch", "time", "2024-06-01T12:00:00")]),
        # an ordinal before a time noun, counted once: ranked, no share, no unit
        ("It rose for a third year running.", "en", [("third", "ordinal", "3.0")]),
        ("It rose for a second year.", "en", [("second", "ordinal", "2.0")]),
        (
            "It fell by a third last year.",
            "en",
            [("a third", "number", "0.333333333333"), ("last year", "time", "2023-01-01T00:00:00")],
        ),
    ],
)
def test_look_alikes_and_neighbours(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a free number after its trunk "0" is a phone number
        ("Appelez le numéro vert 0 800 35 25 60 pour vous faire rembourser.", "fr", []),
        # a participle after a verb in the future is the future
        (
            "Une dizaine de magasins resteront fermés ce dimanche.",
            "fr",
            [("Une dizaine", "number", "10.0"), ("ce dimanche", "time", "2024-06-02T00:00:00")],
        ),
        # a number word in a name going on in capitals, at a sentence's start
        (
            "Coca-Cola Zero Sugar volumes rose 9% in 2023.",
            "en",
            [("9%", "percent", "9.0"), ("in 2023", "time", "2023-01-01T00:00:00")],
        ),
        (
            "Yesterday Three people died.",
            "en",
            [("Yesterday", "time", "2024-05-31T00:00:00"), ("Three", "number", "3.0")],
        ),
        # the unit a price is given for is no £1
        (
            "Ground beef averaged $5.36 a pound in April.",
            "en",
            [("$5.36", "money", "5.36"), ("in April", "time", "2024-04-01T00:00:00")],
        ),
        ("It costs a pound.", "en", [("a pound", "money", "1.0")]),
        # "orders" as a noun is no order: the time the delivery took
        (
            "90% of grocery orders were delivered within two hours.",
            "en",
            [("90%", "percent", "90.0"), ("within two hours", "duration", "2.0")],
        ),
        (
            "The court ordered the firm to pay within 30 days.",
            "en",
            [("within 30 days", "time", "2024-07-01T00:00:00")],
        ),
        # a counted noun's complement is no infinitive
        (
            "Des agriculteurs ont déversé 20 tonnes de fumier devant la préfecture mardi.",
            "fr",
            [
                ("20 tonnes de fumier", "quantity", "20.0"),
                ("mardi", "time", "2024-05-28T00:00:00"),
            ],
        ),
        # a cue across an article bounds the noun a hyphenated figure qualifies, not the figure
        (
            "The crop is about 5% below the 10-year average.",
            "en",
            [("about 5%", "percent", "5.0"), ("10-year", "duration", "10.0")],
        ),
        ("Sales were below the 100 mark.", "en", [("below the 100", "number", "100.0")]),
        # a year before what is allotted for it names it
        (
            "Norway and the EU agreed a 2024 mackerel quota of 739,000 tonnes.",
            "en",
            [
                ("2024", "time", "2024-01-01T00:00:00"),
                ("739,000 tonnes", "quantity", "739000.0"),
            ],
        ),
        # "about the" is a preposition
        (
            "Shoppers can call the hotline about the 60,000 jars withdrawn.",
            "en",
            [("60,000", "number", "60000.0")],
        ),
        ("It sold about 60,000 jars.", "en", [("about 60,000", "number", "60000.0")]),
        # a day after "of" and its month
        (
            "A late frost on the night of April 21 sent temperatures down.",
            "en",
            [("on the night of April 21", "time", "2024-04-21T18:00:00")],
        ),
        (
            "It plans to hire teachers by the end of August at a cost of $180 million.",
            "en",
            [
                ("by the end of August", "time", "2024-08-21T00:00:00"),
                ("$180 million", "money", "180000000.0"),
            ],
        ),
        # a season before a crop is a kind of crop
        (
            "Harvest of the winter wheat crop starts in early June.",
            "en",
            [("in early June", "time", "2024-06-01T00:00:00")],
        ),
        (
            "Sales rose in the winter months.",
            "en",
            [("in the winter", "time", "2023-12-21T00:00:00")],
        ),
    ],
)
def test_readings_from_blind61_and_blind62(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected

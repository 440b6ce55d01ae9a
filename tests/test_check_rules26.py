"""check(): rules found by the twenty-sixth held-out set (tests/data/check_dev/heldout26:
tourism, museums, cinema, festivals, sport business, airlines and airports), end to end on
short texts against small references: a measure "at" a name, an adjective of place inside
a name, analysts' forecasts, a figure on record after "below the", a metric narrowed by the
entity's own name, ceremonies and races as events."""

from __future__ import annotations

from datetime import datetime

import pytest

import claimcheck as cc
from check_cases import reference, verdicts

LEISURE = reference(
    [
        ("British Museum", "visitors", 5.82, "millions", "2023", "flow"),
        ("British Museum", "visitors", 6.48, "millions", "2024", "flow"),
        ("United Kingdom", "visits", 38.0, "millions", "2023", "flow"),
        ("United Kingdom", "visits", 41.2, "millions", "2024", "flow"),
        ("United Kingdom", "visits", 40.9, "millions", "2019", "flow"),
        ("Tesla", "deliveries", 1.81, "millions", "2023", "flow"),
        ("Tesla", "deliveries", 1.79, "millions", "2024", "flow"),
        ("World", "cruise_passengers", 34.6, "millions", "2024", "flow"),
        ("Paris 2024", "olympic_tickets_sold", 9.56, "millions", "2024-08-11", "stock"),
        ("Paris 2024", "paralympic_tickets_sold", 2.52, "millions", "2024-09-08", "stock"),
        ("Paris 2024", "paralympic_opening_ceremony", None, None, "2024-08-28", "event"),
        ("Tour de France Femmes", "first_stage", None, None, "2022-07-24", "event"),
    ],
    entity={
        "Paris 2024": ["Paris Paralympics", "Jeux paralympiques de Paris", "Paris Olympics"],
        "World": ["global", "worldwide"],
    },
    metric={
        "visitors": ["attendance", "visitor numbers"],
        "visits": ["visits", "overseas visits"],
        "cruise_passengers": ["cruise passengers"],
        "olympic_tickets_sold": ["tickets sold", "tickets", "billets", "Olympic tickets"],
        "paralympic_tickets_sold": [
            "Paralympics tickets sold",
            "tickets for the Paralympics",
            "billets pour les Jeux paralympiques",
        ],
        "paralympic_opening_ceremony": ["cérémonie d'ouverture", "opening ceremony"],
        "first_stage": ["première édition", "first edition"],
    },
)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Sales at Tesla fell 9% in 2024.", "Tesla"),
        ("Attendance at the Louvre rose 11% in 2024.", "Louvre"),
        ("Exports to China rose 5% in 2024.", "China"),  # a destination stays one
    ],
)
def test_a_measure_at_a_name_is_the_names(text: str, subject: str) -> None:
    """'Sales at Tesla fell': whose sales ('at' blocks a name otherwise: 'for BYD')."""
    assert [c.subject for c in cc.parse_claims(text, "en", "2025-03-20")] == [subject]


def test_an_adjective_of_place_inside_a_name_is_the_names() -> None:
    """'the British Museum' is no claim about the United Kingdom."""
    text = "Attendance at the British Museum rose 11% in 2024."
    claims = cc.parse_claims(text, "en", "2025-03-20", reference=LEISURE)
    assert [c.subject for c in claims] == ["British Museum"]
    assert verdicts(text, LEISURE, "en", "2025-03-20") == [("supported", None)]


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        ("Analysts expect Tesla to deliver 2 million vehicles in 2025.", "en", "not_checkable"),
        ("Tesla expects to deliver 2 million vehicles in 2025.", "en", "not_yet_due"),
        (
            "Les analystes prévoient que Tesla livrera 2 millions de véhicules en 2025.",
            "fr",
            "not_checkable",
        ),
        (
            "Analysts expect global cruise passengers to reach 37.7 million in 2025.",
            "en",
            "not_checkable",
        ),
    ],
)
def test_analysts_forecasts_are_not_checkable(text: str, lang: str, reason: str) -> None:
    """Others' forecasts are no statement of the figure; the entity's own aim is not due."""
    assert verdicts(text, LEISURE, lang, "2025-03-01") == [("unverifiable", reason)]


def test_a_figure_on_record_after_below_the_is_exact() -> None:
    """'still below the 40.9 million recorded in 2019': 40.9 million is the 2019 figure."""
    text = "Visits totalled 38 million in 2023, still below the 40.9 million recorded in 2019."
    mentions = cc.extract(text, lang="en", reference_date=datetime(2024, 6, 1))
    assert [(m.text, m.qualifier and m.qualifier.value) for m in mentions][2] == (
        "40.9 million",
        "exact",
    )
    assert [
        m.qualifier and m.qualifier.value
        for m in cc.extract("It fell below 40.9 million.", lang="en")
    ] == ["lt"]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Some 2.5 million tickets were sold for the Paris Paralympics.", "en", "supported"),
        (
            "Paris 2024 a vendu 2,5 millions de billets pour les Jeux paralympiques.",
            "fr",
            "supported",
        ),
        ("Some 9.5 million tickets were sold for the Paris Olympics.", "en", "supported"),
    ],
)
def test_the_entitys_name_narrows_the_metric(text: str, lang: str, verdict: str) -> None:
    """'tickets sold' names the Olympic tickets whole, but the Paralympics the sentence
    names are the entity's and the narrower metric's: the Paralympic tickets."""
    assert verdicts(text, LEISURE, lang, "2024-09-09") == [(verdict, None)]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        (
            "La cérémonie d'ouverture des Jeux paralympiques de Paris a eu lieu le 28 août 2024.",
            "fr",
            "supported",
        ),
        (
            "The Paris Paralympics opening ceremony took place on August 29, 2024.",
            "en",
            "contradicted",
        ),
        (
            "La première édition du Tour de France Femmes s'est élancée le 24 juillet 2022.",
            "fr",
            "supported",
        ),
        (
            "The first edition of the Tour de France Femmes got under way on July 24, 2022.",
            "en",
            "supported",
        ),
    ],
)
def test_ceremonies_and_races_are_events(text: str, lang: str, verdict: str) -> None:
    assert verdicts(text, LEISURE, lang, "2025-01-10") == [(verdict, None)]

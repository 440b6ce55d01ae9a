"""check(): rules of stop 20, end to end on short texts against small references, from
heldout33's first run (water and waste, luxury and consumer goods)."""

from __future__ import annotations

import pytest

from check_cases import reference, verdicts

UTILITIES = reference(
    [
        ("Veolia", "revenue", 44692, "M EUR", "2024", "flow"),
        ("Veolia", "ebitda", 6360, "M EUR", "2023", "flow"),
        ("Veolia", "ebitda", 6741, "M EUR", "2024", "flow"),
        ("Veolia", "net_income", 1489, "M EUR", "2024", "flow"),
        ("Suez", "revenue", 9430, "M EUR", "2024", "flow"),
        ("Suez", "ebitda", 1510, "M EUR", "2024", "flow"),
    ],
    metric={
        "revenue": [
            "chiffre d'affaires",
            "chiffre d'affaires net",
            "ventes",
            "ventes nettes",
            "revenue",
            "sales",
            "net sales",
        ],
        "ebitda": ["Ebitda", "excédent brut d'exploitation"],
        "net_income": ["résultat net", "bénéfice net", "net income", "net profit"],
    },
)
UTILITIES_AND_FRANCE = reference(
    [
        ("Veolia", "ebitda", 6360, "M EUR", "2023", "flow"),
        ("Veolia", "ebitda", 6741, "M EUR", "2024", "flow"),
        ("France", "gdp", 2920, "Md EUR", "2024", "flow"),
    ],
    metric={"ebitda": ["Ebitda", "EBITDA"], "gdp": ["GDP"]},
    entity={"France": ["French"]},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La dette financière nette de Veolia s'élevait à 18,2 milliards d'euros fin 2024.", "fr"),
        ("Le résultat net de Suez s'est élevé à 300 millions d'euros en 2024.", "fr"),
        ("Suez's net debt stood at €8.4 billion at the end of 2024.", "en"),
    ],
)
def test_a_measure_met_only_on_net_is_unknown(text: str, lang: str) -> None:
    """ "Net" qualifies a measure and names none: a measure the reference lacks ("dette
    nette", "résultat net" of a company without net income) shares it with "ventes nettes"
    or "net sales" but is not revenue; its metric is unknown."""
    assert verdicts(text, UTILITIES, lang, "2025-03-01") == [("unverifiable", "unknown_metric")]


def test_a_measure_named_whole_with_net_stays_matched() -> None:
    text = "Le résultat net de Veolia s'est élevé à 1,49 milliard d'euros en 2024."
    assert verdicts(text, UTILITIES, "fr", "2025-03-01") == [("supported", None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pour 2025, Veolia vise une hausse de son Ebitda de 5 % à 6 %.", "fr"),
        ("Veolia expects EBITDA to grow 5% in 2025.", "en"),
    ],
)
def test_a_range_of_growth_for_a_year_not_over_is_not_yet_due(text: str, lang: str) -> None:
    """Guidance of a range of percentages for a metric in money is a change, not yet due."""
    assert verdicts(text, UTILITIES, lang, "2025-03-01") == [("unverifiable", "not_yet_due")]


def test_an_adjective_of_place_before_a_company_s_description_is_where_it_is_from() -> None:
    """ "The French water and waste group" describes a company, as "le groupe français"
    does: the adjective of place says where it is from, not that France is meant."""
    text = (
        "Veolia reported annual results on Thursday. "
        "The French water and waste group's EBITDA rose 6% last year."
    )
    assert verdicts(text, UTILITIES, "en", "2025-03-01") == [("supported", None)]
    assert verdicts(text, UTILITIES_AND_FRANCE, "en", "2025-03-01") == [("supported", None)]


def test_an_adjective_of_place_before_a_state_s_head_stays_the_place() -> None:
    text = "The French government cut its forecast. French GDP reached €2.92 trillion in 2024."
    assert verdicts(text, UTILITIES_AND_FRANCE, "en", "2025-03-01")[-1:] == [("supported", None)]


WASTE = reference(
    [
        ("European Union", "waste_per_capita", 511, "kg", "2023", "flow"),
        ("European Union", "recycling_rate", 48.2, "%", "2023", "flow"),
        ("France", "waste_per_capita", 546, "kg", "2023", "flow"),
    ],
    metric={
        "waste_per_capita": ["déchets municipaux par habitant", "municipal waste per capita"],
        "recycling_rate": ["taux de recyclage", "recycling rate"],
    },
    entity={"European Union": ["Union européenne", "UE"]},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La moyenne de l'Union européenne s'établit à 511 kg par habitant en 2023.", "fr"),
        ("The European Union average stood at 511 kg per person in 2023.", "en"),
    ],
)
def test_an_average_names_no_measure(text: str, lang: str) -> None:
    """ "La moyenne", "the average" say how a figure is taken, not what it measures: the
    one metric of the figure's unit is meant, as with no measure word at all."""
    assert verdicts(text, WASTE, lang, "2025-03-01") == [("supported", None)]


BILLS = reference(
    [
        ("England and Wales", "water_bill", 480, "GBP", "2024-04-01/2025-03-31", "flow"),
        ("England and Wales", "water_bill", 603, "GBP", "2025-04-01/2026-03-31", "flow"),
    ],
    metric={"water_bill": ["water bills", "water bill", "facture d'eau"]},
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Water bills in England and Wales will rise to £603 a year from April.", "supported"),
        ("Water bills in England and Wales will rise to £700 a year from April.", "contradicted"),
        ("Water bills in England and Wales will rise by 26% from April.", "supported"),
        ("Water bills in England and Wales will rise by 10% from April.", "contradicted"),
    ],
)
def test_a_flow_from_a_month_not_yet_begun_is_the_record_starting_then(
    text: str, verdict: str
) -> None:
    """A flow's level "from April", written in February, is the period that starts then,
    when the reference holds it (announced ahead, as a level from a day is)."""
    assert verdicts(text, BILLS, "en", "2025-02-20") == [(verdict, None)]


EVENTS = reference(
    [
        ("Kering", "ceo_appointment", None, "", "2025-09-15", "event"),
        ("Lyon", "public_water_utility", None, "", "2023-01-01", "event"),
    ],
    metric={
        "ceo_appointment": ["directeur général", "direction générale", "prendre ses fonctions"],
        "public_water_utility": ["régie publique", "passer en régie", "gestion en régie"],
    },
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Luca de Meo a pris ses fonctions de directeur général de Kering le 15 septembre 2025.",
            "supported",
        ),
        ("Luca de Meo a pris la direction générale de Kering le 1er mars 2025.", "contradicted"),
        ("Lyon est passée en régie publique de l'eau le 1er janvier 2023.", "supported"),
        ("Lyon a repris la gestion de son eau en régie publique en 2022.", "contradicted"),
    ],
)
def test_taking_office_and_a_public_utility_are_events(text: str, verdict: str) -> None:
    """ "Prendre ses fonctions", "prendre la direction", "passer en régie", "reprendre la
    gestion" date an event (`event_verbs`), as "took over as chief executive" does."""
    assert verdicts(text, EVENTS, "fr", "2025-10-01") == [(verdict, None)]

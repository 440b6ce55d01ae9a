"""check(): rules found by the twenty-eighth held-out set (tests/data/check_dev/heldout28:
cities and local government), end to end on short texts against small references:
elections and extensions as events, others' forecasts opening the clause."""

from __future__ import annotations

import pytest

from check_cases import reference, verdicts

CITIES = reference(
    [
        ("Grégory Doucet", "elected_mayor", None, None, "2020-07-04", "event"),
        ("Eric Adams", "elected_mayor", None, None, "2021-11-02", "event"),
        ("London", "ulez_expansion", None, None, "2023-08-29", "event"),
        ("RATP", "ridership", 3.2, "Md", "2024", "flow"),
        ("London", "population", 8.9, "millions", "2023-06-30", "stock"),
    ],
    metric={
        "elected_mayor": ["élu maire", "elected mayor"],
        "ulez_expansion": ["ULEZ expansion", "expanded"],
        "ridership": ["fréquentation", "voyages"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        (
            "L'écologiste Grégory Doucet a été élu maire de Lyon le 4 juillet 2020.",
            "fr",
            "supported",
        ),
        (
            "Eric Adams was elected mayor of New York City on November 3, 2021.",
            "en",
            "contradicted",
        ),
        ("London's ULEZ was expanded to all boroughs on August 29, 2023.", "en", "supported"),
    ],
)
def test_elections_and_extensions_are_events(text: str, lang: str, verdict: str) -> None:
    assert verdicts(text, CITIES, lang, "2025-03-10") == [(verdict, None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Les économistes prévoient que la fréquentation de la RATP dépassera 3,3 milliards "
            "de voyages en 2025.",
            "fr",
        ),
        ("Analysts forecast that London's population will reach 10 million by 2036.", "en"),
    ],
)
def test_others_forecast_opening_the_clause_is_not_checkable(text: str, lang: str) -> None:
    """The forecasters and their verb may stand far before the figure, across 'que'/'that'."""
    assert verdicts(text, CITIES, lang, "2025-03-10") == [("unverifiable", "not_checkable")]


def test_the_entitys_own_forecast_stays_not_yet_due() -> None:
    text = "La RATP prévoit que sa fréquentation dépassera 3,3 milliards de voyages en 2025."
    assert verdicts(text, CITIES, "fr", "2025-03-10") == [("unverifiable", "not_yet_due")]


BUDGETS = reference(
    [
        ("Marseille", "budget", 1.63, "Md EUR", "2024", "flow"),
        ("Marseille", "budget", 1.69, "Md EUR", "2025", "flow"),
    ],
    entity={"Marseille": ["Ville de Marseille"]},
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "La Ville de Marseille a présenté vendredi son budget pour 2025. Celui-ci s'élève à "
            "1,69 milliard d'euros.",
            [("supported", None)],
        ),
        (
            "La Ville de Marseille a présenté son budget. "
            "Il s'élève à 1,9 milliard d'euros pour 2025.",
            [("contradicted", None)],
        ),
    ],
)
def test_a_pronoun_stands_for_the_measure_named_before(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    """'… son budget pour 2025. Celui-ci s'élève à 1,69 milliard': the budget, whose."""
    assert verdicts(text, BUDGETS, "fr", "2025-03-10") == found


def test_a_known_possessor_before_an_unknown_name_is_the_subject() -> None:
    """ "TfL's Zone 1 fare": the reference knows TfL, not "Zone 1"."""
    ref = reference(
        [("TfL", "zone_1_fare", 2.90, "GBP", "2025-03-02", "stock")],
        metric={"zone_1_fare": ["Zone 1 fare", "pay-as-you-go fare", "fare"]},
    )
    text = "TfL's Zone 1 pay-as-you-go fare on the Tube is still less than £3."
    assert verdicts(text, ref, "en", "2025-06-01") == [("supported", None)]

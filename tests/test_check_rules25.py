"""check(): rules found by the twenty-fifth held-out set (tests/data/check_dev/heldout25:
science, research, space and higher education), end to end on short texts against small
references: acronyms keep their letters, "R&D" is one word, a relative change tied between an
amount and a ratio is the amount's, an adjective in "-based" is no name, landings and prizes
are events."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference, verdicts
from claimcheck.entities import word_tokens
from claimcheck.terms import terms

RESEARCH = reference(
    [
        ("France", "gerd", 53.2, "Md EUR", "2020", "flow"),
        ("France", "gerd", 55.7, "Md EUR", "2021", "flow"),
        ("France", "gerd_gdp", 2.28, "%", "2020", "flow"),
        ("France", "gerd_gdp", 2.22, "%", "2021", "flow"),
        ("France", "business_rd", 35.0, "Md EUR", "2020", "flow"),
        ("France", "business_rd", 37.5, "Md EUR", "2021", "flow"),
        ("Germany", "gerd", 121.0, "Md EUR", "2022", "flow"),
        ("Germany", "gerd", 129.2, "Md EUR", "2023", "flow"),
        ("European Patent Office", "patent_applications", 199264, None, "2023", "flow"),
        ("European Patent Office", "patent_applications", 199402, None, "2024", "flow"),
        ("SLIM", "moon_landing", None, None, "2024-01-19", "event"),
        ("Geoffrey Hinton", "nobel_prize", None, None, "2024-10-08", "event"),
    ],
    metric={
        "gerd": ["DIRD", "dépenses de R&D", "R&D spending"],
        "gerd_gdp": ["DIRD", "R&D intensity"],
        "business_rd": ["DIRDE", "dépenses de R&D des entreprises"],
        "patent_applications": ["applications", "patent applications"],
        "moon_landing": ["landing", "touch down", "se poser"],
        "nobel_prize": ["Nobel Prize", "prix Nobel"],
    },
    entity={"European Patent Office": ["EPO"], "Germany": ["Allemagne"]},
)


def test_an_acronym_keeps_its_last_letter() -> None:
    """'DIRDE' (business R&D) is not 'DIRD' (all R&D) less an 'e'; a title in capitals
    keeps its words' endings."""
    assert terms("DIRDE", "fr") != terms("DIRD", "fr")
    assert terms("VENTES TOTALES", "fr") == terms("ventes totales", "fr")
    assert verdicts(
        "La DIRDE s'est établie à 37,5 milliards d'euros en 2021.", RESEARCH, "fr", "2024-06-04"
    ) == [("supported", None)]


def test_an_ampersand_joins_one_word() -> None:
    assert word_tokens("les dépenses de R&D d'AT&T")[3:] == ["R&D", "d", "AT&T"]
    assert terms("R&D", "en") == ("r&d",)
    claims = cc.parse_claims(
        "En Allemagne, les dépenses de R&D ont progressé de 6,8 % en 2023.", "fr"
    )
    assert claims[0].measure.noun == "dépenses de R&D"
    assert verdicts(
        "En Allemagne, les dépenses de R&D ont progressé de 6,8 % en 2023.",
        RESEARCH,
        "fr",
        "2025-01-10",
    ) == [("supported", None)]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("La DIRD française a bondi de 4,7 % en 2021.", "supported"),
        ("La DIRD a progressé de 9 % en 2021.", "contradicted"),
    ],
)
def test_a_relative_change_tied_between_an_amount_and_a_ratio_is_the_amounts(
    text: str, verdict: str
) -> None:
    """'la DIRD a bondi de 4,7 %' names R&D spending in euros and in % of GDP alike: the
    amount rose by 4.7 % (a ratio's change is told in points)."""
    assert verdicts(text, RESEARCH, "fr", "2024-06-04") == [(verdict, None)]


def test_a_word_in_based_is_no_name() -> None:
    """'The Munich-based office' is the office, not Munich."""
    text = (
        "The European Patent Office published its annual figures on Tuesday. "
        "The Munich-based office said it received 199,402 applications in 2024."
    )
    claims = cc.parse_claims(text, "en", "2025-03-18")
    assert all(c.subject != "Munich-based" for c in claims)
    assert verdicts(text, RESEARCH, "en", "2025-03-18") == [("supported", None)]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("La sonde japonaise SLIM s'est posée sur la Lune le 19 janvier 2024.", "fr", "supported"),
        ("SLIM touched down on the Moon on January 20, 2024.", "en", "contradicted"),
        ("Geoffrey Hinton a reçu le prix Nobel en octobre 2024.", "fr", "supported"),
        ("Geoffrey Hinton was awarded the Nobel Prize in 2023.", "en", "contradicted"),
    ],
)
def test_a_landing_and_a_prize_are_events(text: str, lang: str, verdict: str) -> None:
    assert verdicts(text, RESEARCH, lang, "2025-01-10") == [(verdict, None)]


def test_a_figure_received_is_no_event() -> None:
    """'a reçu 16 000 demandes': the figure is the claim, not a day something was received."""
    claims = cc.parse_claims("L'EPO a reçu 199 402 demandes en 2024.", "fr", "2025-03-18")
    assert [c.kind for c in claims] == [cc.ClaimKind.QUANTITY]


PATENTS = reference(
    [
        ("European Patent Office", "patent_applications", 193460, None, "2022", "flow"),
        ("European Patent Office", "patent_applications", 199264, None, "2023", "flow"),
    ],
    metric={"patent_applications": ["patent applications", "patent filings", "applications"]},
    entity={"European Patent Office": ["EPO"]},
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Patent filings at the EPO rose 3% in 2023.", [("supported", None)]),
        ("Patent filings at the EPO rose 9% in 2023.", [("contradicted", None)]),
        # a name with a verb after it stays the subject
        (
            "Siemens filed 1,700 patent applications at the EPO in 2023.",
            [("unverifiable", "unknown_entity")],
        ),
    ],
)
def test_a_capitalized_word_opening_the_measure_is_no_name(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    """'Patent filings at the EPO': 'Patent' opens the measure, the office is the subject."""
    assert verdicts(text, PATENTS, "en", "2024-03-20") == found

"""parse_claims(): subjects found by the eighth blind checking batch
(tests/data/check_dev/heldout8): a group of actors owned by a place is the place's."""

from __future__ import annotations

import pytest

import claimcheck as cc


def _subjects(text: str, lang: str) -> list[str | None]:
    return [c.subject for c in cc.parse_claims(text, lang=lang, reference_date="2025-05-22")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a place's possessive before a group of actors: the place
        ("England's schools had 9.09 million pupils in January 2024.", "en", ["England"]),
        ("Separately, Scotland's councils spent £2.1bn on roads in 2024.", "en", ["Scotland"]),
        # an adjective of place after it, as "les ménages français" already was
        (
            "Les écoles anglaises accueillaient 9,09 millions d'élèves en janvier 2024.",
            "fr",
            ["England"],
        ),
        # near misses: a group alone stays the subject
        ("Schools had 9.09 million pupils in January 2024.", "en", ["schools"]),
        ("Les écoles accueillaient 9,09 millions d'élèves en janvier 2024.", "fr", ["écoles"]),
    ],
)
def test_a_group_owned_by_a_place(text: str, lang: str, want: list[str | None]) -> None:
    assert _subjects(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a pronoun after a sentence that named a place alone: that place's
        (
            "Le déficit de l'Espagne s'est réduit en 2024. Il représentait 3,5 % du PIB un an "
            "plus tôt.",
            "fr",
            ["Spain"],
        ),
        # near miss: an organisation named before stays what it refers to
        (
            "Renault a publié ses comptes en France. Il a vendu 2,2 millions de véhicules en 2024.",
            "fr",
            ["Renault"],
        ),
    ],
)
def test_a_pronoun_after_a_place_alone(text: str, lang: str, want: list[str | None]) -> None:
    assert _subjects(text, lang) == want


def _locations(text: str, lang: str) -> list[str | None]:
    return [c.location for c in cc.parse_claims(text, lang=lang, reference_date="2025-05-22")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a pronoun for the previous claim's subject: where that was
        (
            "Uptake of the first MMR dose fell to 88.9% in England in 2023-24. It was 89.3% a year "
            "earlier.",
            "en",
            ["England", "England"],
        ),
        # near misses: a place of its own; a subject named again is not inferred
        (
            "Uptake of the first MMR dose fell to 88.9% in England in 2023-24. It was 91% in "
            "Scotland.",
            "en",
            ["England", "Scotland"],
        ),
        (
            "Uptake of the first MMR dose fell to 88.9% in England in 2023-24. "
            "MMR uptake was 89.3% a year earlier.",
            "en",
            ["England", None],
        ),
    ],
)
def test_a_pronoun_keeps_the_place_it_refers_to(
    text: str, lang: str, want: list[str | None]
) -> None:
    assert _locations(text, lang) == want

"""parse_claims(): rules found by the twentieth held-out set and the thirty-fifth blind
batch: a verb of change in any of its forms before "by" / "de" makes the figure a change."""

from __future__ import annotations

import pytest

import claimcheck as cc


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The NHS waiting list has risen by nearly 3.2 million since February 2020.", "en"),
        ("Prices went up by 5% in 2023.", "en"),
        ("Prices have gone up by 5% in 2023.", "en"),
        ("Rents are rising by 5% a year.", "en"),
        ("Sales have fallen by 5% in 2023.", "en"),
        ("Les ventes se sont envolées de 12 % en 2023.", "fr"),
    ],
)
def test_a_verb_of_change_then_by_makes_a_change(text: str, lang: str) -> None:
    (claim,) = cc.parse_claims(text, lang=lang, reference_date="2024-01-10")
    assert claim.kind is cc.ClaimKind.CHANGE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sales reached 5 million by 2023.", "en"),
        ("Le parc compte 12 000 bornes de recharge.", "fr"),
    ],
)
def test_a_verb_that_does_not_move_a_figure_keeps_a_quantity(text: str, lang: str) -> None:
    (claim,) = cc.parse_claims(text, lang=lang, reference_date="2024-01-10")
    assert claim.kind is cc.ClaimKind.QUANTITY

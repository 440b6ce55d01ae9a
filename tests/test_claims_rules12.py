"""parse_claims() and check(): rules found by the twelfth and thirteenth blind checking batches
(heldout12, elections; heldout13, trade): a lowercase demonym after a determiner is a
noun ("les européennes", the elections), no place; a deficit is a balance below zero."""

from __future__ import annotations

import pytest

import claimcheck as cc


def _subjects(text: str, lang: str) -> list[str | None]:
    return [c.subject for c in cc.parse_claims(text, lang=lang, reference_date="2024-06-10")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the elections, no place: the named party stays the subject
        (
            "La liste du Rassemblement national est arrivée en tête des européennes avec "
            "31,37 % des voix.",
            "fr",
            ["Rassemblement national"],
        ),
        ("Le taux d'abstention aux européennes a atteint 48,5 % dimanche.", "fr", [None]),
        # near misses: an adjective after its noun is still a place
        ("La population française a atteint 68,4 millions d'habitants.", "fr", ["France"]),
        ("Les ménages français ont épargné 17,5 % de leurs revenus.", "fr", ["France"]),
    ],
)
def test_a_demonym_as_a_noun_is_no_place(text: str, lang: str, want: list[str | None]) -> None:
    assert _subjects(text, lang) == want


def test_a_deficit_states_a_balance_below_zero() -> None:
    reference = cc.Reference.from_records(
        [
            {
                "entity": "France",
                "metric": "trade_balance",
                "value": -99.6,
                "unit": "Md EUR",
                "period": "2023",
                "kind": "flow",
                "source": "Douanes",
            },
            {
                "entity": "Germany",
                "metric": "trade_balance",
                "value": 209.6,
                "unit": "Md EUR",
                "period": "2023",
                "kind": "flow",
                "source": "Destatis",
            },
        ],
        aliases={
            "metric": {
                "trade_balance": ["déficit commercial", "excédent commercial", "trade deficit"]
            }
        },
    )

    def verdict(text: str, lang: str) -> str:
        report = cc.check(text, reference, lang=lang, reference_date="2024-03-01")
        return report.findings[0].verdict.value

    assert (
        verdict(
            "Le déficit commercial de la France a atteint 99,6 milliards d'euros en 2023.", "fr"
        )
        == "supported"
    )
    assert verdict("France's trade deficit was €99.6 billion in 2023.", "en") == "supported"
    assert (
        verdict(
            "L'Allemagne a enregistré un déficit commercial de 209,6 milliards d'euros en 2023.",
            "fr",
        )
        == "contradicted"
    )

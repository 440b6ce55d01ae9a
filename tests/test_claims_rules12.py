"""parse_claims(): subjects found by the twelfth blind checking batch
(tests/data/check_dev/heldout12, elections): a lowercase demonym after a determiner is a
noun ("les européennes", the elections), no place."""

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

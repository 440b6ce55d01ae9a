"""check(): rules of stop 20, end to end on short texts against small references, from
heldout32's first run (drugmakers and defence)."""

from __future__ import annotations

import pytest

from check_cases import reference, verdicts

DRUGS = reference(
    [
        ("Sanofi", "revenue", 40313, "M EUR", "2023", "flow"),
        ("Sanofi", "revenue", 41081, "M EUR", "2024", "flow"),
        ("Sanofi", "dupixent_sales", 10715, "M EUR", "2023", "flow"),
        ("Sanofi", "dupixent_sales", 13072, "M EUR", "2024", "flow"),
        ("Pfizer", "revenue", 63627, "M USD", "2024", "flow"),
        ("Pfizer", "comirnaty_sales", 5353, "M USD", "2024", "flow"),
    ],
    metric={
        "revenue": ["chiffre d'affaires", "ventes", "sales", "revenue"],
        "dupixent_sales": ["Dupixent", "ventes de Dupixent", "Dupixent sales"],
        "comirnaty_sales": ["Comirnaty", "Comirnaty sales"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Les ventes de Dupixent ont bondi de 22 % en 2024.", "fr", "supported"),
        ("Les ventes de Dupixent ont atteint 13,1 milliards d'euros en 2024.", "fr", "supported"),
        ("Sanofi a vendu pour 13,1 milliards d'euros de Dupixent en 2024.", "fr", "supported"),
        ("Sales of Pfizer's vaccine Comirnaty fell to $5.4 billion in 2024.", "en", "supported"),
        ("Les ventes de Sanofi ont atteint 41,1 milliards d'euros en 2024.", "fr", "supported"),
    ],
)
def test_a_product_named_with_the_sales_is_its_metric(text: str, lang: str, verdict: str) -> None:
    """Sales with a product's name in the figure's clause are the product's metric (an alias
    holding "ventes" and the product), not the company's revenue met on "ventes" alone."""
    assert verdicts(text, DRUGS, lang, "2025-03-01") == [(verdict, None)]


def test_the_company_sales_beside_a_product_stay_the_company_s() -> None:
    """The product named in another clause leaves the company's sales to the company."""
    text = "Les ventes de Sanofi ont progressé de 1,9 % en 2024, portées par Dupixent."
    assert verdicts(text, DRUGS, "fr", "2025-03-01") == [("supported", None)]

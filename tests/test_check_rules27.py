"""check(): rules found by the twenty-seventh held-out set (tests/data/check_dev/heldout27:
households and consumers, retailers' results), end to end on short texts against small
references: a growth rate the sentence names, an event the sentence names with no entity,
forecasters' aims, a month-on-month change "from June", fiscal years of whole weeks, a
possessor before a place."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference, verdicts

RETAIL = reference(
    [
        ("Carrefour", "revenue", 83.27, "Md EUR", "2023", "flow"),
        ("Carrefour", "revenue", 87.26, "Md EUR", "2024", "flow"),
        ("Carrefour", "like_for_like_sales_growth", 6.3, "%", "2024", "flow"),
        ("France", "gdp", 2639, "Md EUR", "2022", "flow"),
        ("France", "gdp", 2803, "Md EUR", "2023", "flow"),
        ("France", "gdp_growth", 1.1, "%", "2023", "flow"),
        ("France", "household_saving_rate", 18.2, "%", "2024", "flow"),
        ("France", "anti_inflation_quarter", None, None, "2023-03-15", "event"),
        ("United States", "retail_sales", 720.0, "bn USD", "2025-06", "flow"),
        ("United States", "retail_sales", 723.6, "bn USD", "2025-07", "flow"),
        ("United States", "retail_sales", 707.0, "bn USD", "2024-07", "flow"),
        ("Tesco", "revenue", 68.19, "bn GBP", "2023-02-26/2024-02-24", "flow"),
        ("Tesco", "revenue", 69.92, "bn GBP", "2024-02-25/2025-02-22", "flow"),
        ("Tesco", "like_for_like_sales_growth", 3.6, "%", "2024-02-25/2025-02-22", "flow"),
        ("United Kingdom", "retail_sales_volume_index", 98.7, None, "2025-07", "stock"),
    ],
    metric={
        "like_for_like_sales_growth": ["à magasins comparables", "like-for-like sales"],
        "revenue": ["ventes", "chiffre d'affaires", "revenue", "sales"],
        "gdp_growth": ["GDP growth", "croissance du PIB"],
        "household_saving_rate": ["taux d'épargne"],
        "anti_inflation_quarter": ["trimestre anti-inflation"],
        "retail_sales": ["retail sales"],
        "retail_sales_volume_index": ["retail sales volumes"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        (
            "À magasins comparables, les ventes du groupe Carrefour ont augmenté de 6,3 % en 2024.",
            "fr",
            "supported",
        ),
        ("Carrefour's sales rose 4.8% in 2024.", "en", "supported"),  # the revenue's change
        ("France's GDP grew 6.2% in nominal terms in 2023.", "en", "supported"),
    ],
)
def test_a_growth_rate_the_sentence_names_is_the_changes(
    text: str, lang: str, verdict: str
) -> None:
    """'À magasins comparables' names the like-for-like growth the reference states; a
    change word alone ('grew') names no rate: the GDP's change in euros stays."""
    assert verdicts(text, RETAIL, lang, "2025-03-01") == [(verdict, None)]


def test_an_event_the_sentence_names_is_the_home_places() -> None:
    text = "Le trimestre anti-inflation a été lancé le 15 mars 2023 dans les grandes surfaces."
    assert verdicts(text, RETAIL, "fr", "2025-03-01") == [("supported", None)]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Les analystes de la Banque de France tablent sur un taux d'épargne de 18,5 % en 2025.",
            "not_checkable",
        ),
        ("Le gouvernement table sur un taux d'épargne de 18,5 % en 2025.", "not_yet_due"),
    ],
)
def test_forecasters_aims_are_not_checkable(text: str, reason: str) -> None:
    assert verdicts(text, RETAIL, "fr", "2025-06-20") == [("unverifiable", reason)]


def test_a_change_from_the_month_before() -> None:
    """'rose 0.5% in July from June': July against June, not year on year."""
    text = "U.S. retail sales rose 0.5% in July from June."
    claims = cc.parse_claims(text, "en", "2025-08-15")
    assert claims[0].baseline_time is not None
    assert claims[0].baseline_time.text == "from June"
    assert verdicts(text, RETAIL, "en", "2025-08-15") == [("supported", None)]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Tesco's statutory revenue rose 2.5% in the 52 weeks to 22 February 2025.", "supported"),
        ("Tesco's UK like-for-like sales grew 5.4% in the year to February 22.", "contradicted"),
        ("Tesco's UK like-for-like sales grew 3.6% in the year to February 22.", "supported"),
    ],
)
def test_fiscal_years_of_whole_weeks(text: str, verdict: str) -> None:
    """A year of 52 weeks is a day or two short of a calendar year: the one before it is
    the record ending where it starts, and 'the year to February 22' is the record ending
    that day."""
    assert verdicts(text, RETAIL, "en", "2025-04-10") == [(verdict, None)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Tesco's UK like-for-like sales rose 3.6% in 2024.", "Tesco"),
        ("Renault's French sales rose 5% in 2024.", "Renault"),
        ("The IMF expects the global economy to grow by 3.2% in 2025.", "World"),
        ("Norway's sovereign wealth fund made a 16% return in 2023.", "Norway"),
    ],
)
def test_a_possessor_before_a_place_is_the_subject(text: str, subject: str) -> None:
    assert [c.subject for c in cc.parse_claims(text, "en", "2025-04-10")] == [subject]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Compared with July 2024, U.S. retail sales were up 2.3%.", "supported"),
        ("Compared with July 2024, U.S. retail sales were up 3.9%.", "contradicted"),
    ],
)
def test_a_baseline_opening_the_sentence(text: str, verdict: str) -> None:
    """'Compared with July 2024, …': the other side of the change after it, which runs from
    that month to the latest month (the series' months, not its coarsest grain)."""
    claims = cc.parse_claims(text, "en", "2025-08-20")
    assert claims[0].baseline_time is not None
    assert claims[0].time is None
    assert verdicts(text, RETAIL, "en", "2025-08-20") == [(verdict, None)]


STAFF = reference(
    [
        ("Walmart", "employees", 2100000, None, "2025-01-31", "stock"),
        ("Walmart", "revenue", 681, "bn USD", "2024-02-01/2025-01-31", "flow"),
    ],
    metric={"employees": ["employs", "people", "staff", "associates"]},
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Walmart reported its annual results on Thursday. "
            "The retailer employs about 2.1 million people worldwide.",
            "supported",
        ),
        (
            "Walmart publie ses résultats annuels jeudi. Le distributeur emploie environ "
            "2,1 millions de personnes.",
            "supported",
        ),
    ],
)
def test_the_day_results_were_reported_is_not_carried(text: str, verdict: str) -> None:
    """A weekday after a verb of reporting says when figures came out: the next sentence's
    level is the latest, not that day's."""
    lang = "fr" if "publie" in text else "en"
    assert verdicts(text, STAFF, lang, "2025-02-21") == [(verdict, None)]

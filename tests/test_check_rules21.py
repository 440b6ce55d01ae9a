"""check(): rules found by the twenty-fourth held-out set (tests/data/check_dev/heldout24:
public finances, taxes, social spending and jobs), end to end on short texts against small
references: an event or an amount's change naming no entity, a sole holder in the figure's
unit, a name that is a metric's, a level from a month."""

from __future__ import annotations

import pytest

from check_cases import reference, verdicts

FINANCES = reference(
    [
        ("France", "public_debt", 3305.3, "Md EUR", "2024-12-31", "stock"),
        ("France", "public_debt", 3345.8, "Md EUR", "2025-03-31", "stock"),
        ("France", "public_debt_gdp", 113.2, "%", "2024-12-31", "stock"),
        ("France", "public_debt_gdp", 114.0, "%", "2025-03-31", "stock"),
        ("France", "employment_rate", 69.1, "%", "2024-Q4", "stock"),
        ("France", "pension_reform", None, "", "2023-04-14", "event"),
        ("United States", "nonfarm_payrolls", 73, "thousand", "2025-07", "flow"),
        ("United Kingdom", "minimum_wage_hourly", 12.21, "GBP", "2025-04-01", "stock"),
        ("United Kingdom", "minimum_wage_hourly", 12.71, "GBP", "2026-04-01", "stock"),
    ],
    entity={"United Kingdom": ["Britain"]},
    metric={
        "public_debt": ["dette publique"],
        "public_debt_gdp": ["dette publique"],
        "employment_rate": ["taux d'emploi"],
        "pension_reform": ["réforme des retraites", "promulguée"],
        "nonfarm_payrolls": ["nonfarm payrolls", "jobs"],
        "minimum_wage_hourly": ["National Living Wage", "minimum wage"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "when", "want"),
    [
        # an amount's change naming no entity fits the metric in its unit (France, in French)
        (
            "Au premier trimestre 2025, la dette publique a augmenté de 40,5 milliards d'euros.",
            "fr",
            "2025-07-01",
            ("supported", None),
        ),
        # an event naming no entity: the home place's, when it holds the event
        (
            "La réforme des retraites a été promulguée le 14 avril 2023.",
            "fr",
            "2023-04-20",
            ("supported", None),
        ),
        # the one holder whose metric fits the figure's unit, named in full
        (
            "Nonfarm payrolls increased by 73,000 jobs in July.",
            "en",
            "2025-08-02",
            ("supported", None),
        ),
        # a name that is a metric's alias is no entity
        (
            "Britain's National Living Wage rose to £12.21 an hour.",
            "en",
            "2025-05-01",
            ("supported", None),
        ),
        # a level from a month: the record that starts within it
        (
            "Britain's minimum wage will be £12.71 an hour from April 2026.",
            "en",
            "2025-11-27",
            ("supported", None),
        ),
    ],
)
def test_heldout24_rules(text: str, lang: str, when: str, want: tuple[str, str | None]) -> None:
    assert verdicts(text, FINANCES, lang, when)[-1] == want


LEVELS = reference(
    [
        ("United Kingdom", "house_price_index", 100.0, "", "2024-03", "stock"),
        ("United Kingdom", "house_price_index", 102.1, "", "2024-09", "stock"),
        ("United Kingdom", "house_price_index", 99.0, "", "2023-09", "stock"),
        ("United Kingdom", "retail_sales", 100.0, "M GBP", "2024-03", "flow"),
        ("United Kingdom", "retail_sales", 120.0, "M GBP", "2024-09", "flow"),
    ],
    entity={"United Kingdom": ["UK"]},
    metric={"house_price_index": ["house prices"], "retail_sales": ["retail sales"]},
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a level between two named months: from the first to the last (100 → 102.1)
        ("UK house prices rose 2.1% between March and September 2024.", ("supported", None)),
        # not year on year (99 → 102.1 would be 3.1 %)
        ("UK house prices rose 3.1% between March and September 2024.", ("contradicted", None)),
    ],
)
def test_a_levels_change_between_two_named_months(text: str, want: tuple[str, str | None]) -> None:
    assert verdicts(text, LEVELS, "en", "2024-11-01")[-1] == want

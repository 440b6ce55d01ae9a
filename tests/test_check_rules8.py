"""check(): rules found by the eighth blind batch (tests/data/check_dev/heldout8, topics the
others lack: electricity by source, gas, passengers, vaccination, public finance), end to end
on short texts against small references: metrics named in other words."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference


def _verdicts(text: str, reference: cc.Reference, lang: str, date: str) -> list[str]:
    findings = cc.check(text, reference, lang=lang, reference_date=date).findings
    return [
        f"{f.verdict.value}/{f.reason.value}" if f.reason is not None else f.verdict.value
        for f in findings
    ]


def _metrics(text: str, reference: cc.Reference, lang: str, date: str) -> list[str | None]:
    return [f.metric for f in cc.check(text, reference, lang=lang, reference_date=date).findings]


# -- electricity by source: the verb of a metric, the source named in the sentence ----------

POWER = reference(
    [
        ("France", "wind_generation", 46.6, "TWh", "2024", "flow"),
        ("France", "solar_generation", 24.8, "TWh", "2024", "flow"),
        ("France", "gas_generation", 30.0, "TWh", "2023", "flow"),
        ("France", "gas_generation", 17.4, "TWh", "2024", "flow"),
        ("Germany", "renewable_electricity_share", 59.4, "%", "2024", "flow"),
        ("Germany", "power_price", 78.0, "EUR/MWh", "2024", "flow"),
    ],
    metric={
        "wind_generation": ["production éolienne", "wind power generation"],
        "solar_generation": ["production solaire", "solar power generation"],
        "gas_generation": ["production des centrales à gaz", "gas-fired generation"],
        "renewable_electricity_share": [
            "part des renouvelables dans l'électricité",
            "renewables' share of electricity",
        ],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # "fournir" and "generate" say what "production" says
        (
            "Le solaire a fourni environ 25 TWh d'électricité en France en 2024.",
            "fr",
            "solar_generation",
        ),
        ("In France, solar panels generated 24.8 TWh in 2024.", "en", "solar_generation"),
        # met on "électricité" and "produit" alone, wind and solar tie: the sentence names
        # the gas plants whole
        (
            "En 2023, les centrales à gaz françaises ont produit 40 TWh d'électricité.",
            "fr",
            "gas_generation",
        ),
        # a percent figure of the electricity is a share of it
        (
            "En Allemagne, les énergies renouvelables ont représenté 59,4 % de l'électricité "
            "injectée dans le réseau en 2024.",
            "fr",
            "renewable_electricity_share",
        ),
        (
            "Renewables supplied 59.4% of the electricity fed into Germany's grid in 2024.",
            "en",
            "renewable_electricity_share",
        ),
    ],
)
def test_metric_named_in_other_words(text: str, lang: str, want: str) -> None:
    assert _metrics(text, POWER, lang, "2025-05-22") == [want]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # near misses: no source named, the tie stays ambiguous
        ("En 2024, la France a produit 40 TWh d'électricité.", "fr", ["unknown_metric"]),
        # a figure in TWh is no share, whatever the sentence says of renewables
        (
            "Germany's renewables supplied 59.4 TWh of electricity in 2024.",
            "en",
            ["incompatible_unit"],
        ),
        # a percent change is no share
        (
            "En Allemagne, la part des renouvelables dans l'électricité a augmenté de 3 % en 2024.",
            "fr",
            ["no_data"],
        ),
    ],
)
def test_metric_near_misses(text: str, lang: str, want: list[str]) -> None:
    findings = cc.check(text, POWER, lang=lang, reference_date="2025-05-22").findings
    assert [f.reason.value if f.reason else f.verdict.value for f in findings] == want


# -- a metric met on one word of several, when no other metric of the entity shares any -----

FINANCES = reference(
    [
        (
            "United Kingdom",
            "public_sector_net_borrowing",
            131.7,
            "bn GBP",
            "2023-04/2024-03",
            "flow",
        ),
        ("United Kingdom", "public_sector_net_debt", 2700, "bn GBP", "2024-03", "stock"),
        ("France", "public_sector_net_borrowing", 150, "Md EUR", "2024", "flow"),
        ("France", "public_sector_net_lending", 20, "Md EUR", "2024", "flow"),
    ],
    entity={"United Kingdom": ["Britain", "UK"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the verb or the noun names one metric alone
        ("Britain borrowed £131.7bn in the financial year ending March 2024.", "en", ["supported"]),
        ("UK borrowing reached £131.7bn in the year to March 2024.", "en", ["supported"]),
        # near misses: two metrics share the word "net", none is named
        ("France's net figure was €150bn in 2024.", "en", ["unverifiable/unknown_metric"]),
        # a word no metric has
        (
            "Britain spent £131.7bn on pensions in the year to March 2024.",
            "en",
            ["unverifiable/unknown_metric"],
        ),
    ],
)
def test_one_metric_sharing_a_word(text: str, lang: str, want: list[str]) -> None:
    assert _verdicts(text, FINANCES, lang, "2025-05-22") == want


# -- a year written split across two: the span across the new year the records hold ---------

SPLIT = reference(
    [
        ("England", "mmr2_coverage", 84.5, "%", "2022-04-01/2023-03-31", "flow"),
        ("England", "mmr2_coverage", 83.9, "%", "2023-04-01/2024-03-31", "flow"),
        ("France", "flu_vaccination_65_plus", 56.2, "%", "2022-10/2023-02", "flow"),
        ("France", "flu_vaccination_65_plus", 54.0, "%", "2023-10/2024-02", "flow"),
        ("France", "flu_vaccination_65_plus", 50.0, "%", "2023", "flow"),
        ("France", "flu_vaccination_65_plus", 51.0, "%", "2024", "flow"),
        ("United Kingdom", "borrowing", 151.9, "bn GBP", "2024-04-01/2025-03-31", "flow"),
        ("Spain", "exports", 100, "Md EUR", "2023-01/2024-12", "flow"),
        ("Spain", "exports", 60, "Md EUR", "2023-07/2024-06", "flow"),
    ],
    entity={"England": ["Angleterre"], "United Kingdom": ["Royaume-Uni"], "Spain": ["Espagne"]},
    metric={"mmr2_coverage": ["MMR second dose uptake"], "borrowing": ["emprunt"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a change in a split year: from the April-March year before
        (
            "MMR second dose uptake in England dropped 0.6 percentage points in 2023-24.",
            "en",
            ["supported"],
        ),
        (
            "MMR second dose uptake in England dropped 1.6 percentage points in 2023-24.",
            "en",
            ["contradicted"],
        ),
        # a season, with "65 ans" no span of the change; "grippe" is "flu"
        (
            "En France, la vaccination contre la grippe des 65 ans et plus a reculé de 2,2 points "
            "lors de la saison 2023-2024.",
            "fr",
            ["supported"],
        ),
        # a fiscal year written split is no deadline
        (
            "Le Royaume-Uni a emprunté 151,9 milliards de livres sur l'exercice 2024-2025.",
            "fr",
            ["supported"],
        ),
        # near misses: calendar years both recorded and a span across them, the two years
        # whole recorded, and two years named apart
        (
            "En France, la vaccination contre la grippe des 65 ans et plus a atteint 51 % en 2024.",
            "fr",
            ["supported"],
        ),
        ("L'Espagne a exporté pour 100 milliards d'euros en 2023-2024.", "fr", ["supported"]),
        # a change "between 2023 and 2024" runs from 2023 to 2024, no split year
        (
            "En France, la vaccination contre la grippe des 65 ans et plus a augmenté de 1 point "
            "entre 2023 et 2024.",
            "fr",
            ["supported"],
        ),
    ],
)
def test_split_years(text: str, lang: str, want: list[str]) -> None:
    assert _verdicts(text, SPLIT, lang, "2025-05-22") == want


# -- a capital city standing for its country's government -------------------------------------

STATES = reference(
    [
        ("Spain", "public_deficit_ratio", 3.2, "% of GDP", "2024", "flow"),
        ("Spain", "population", 48.6e6, "", "2024", "stock"),
    ],
    entity={"Spain": ["Espagne"]},
    metric={"public_deficit_ratio": ["déficit public", "budget deficit"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Madrid a ramené son déficit public à 3,2 % du PIB en 2024.", "fr", ["supported"]),
        (
            "Madrid vise un déficit public de 2,5 % du PIB en 2026.",
            "fr",
            ["unverifiable/not_yet_due"],
        ),
        ("Madrid cut its budget deficit to 3.2% of GDP in 2024.", "en", ["supported"]),
        # near misses: the city itself (no word of a government), another city
        ("Madrid compte 3,3 millions d'habitants en 2024.", "fr", ["unverifiable/unknown_entity"]),
        (
            "Barcelona cut its budget deficit to 3.2% of GDP in 2024.",
            "en",
            ["unverifiable/unknown_entity"],
        ),
    ],
)
def test_a_capital_for_its_government(text: str, lang: str, want: list[str]) -> None:
    assert _verdicts(text, STATES, lang, "2025-05-22") == want


def test_a_level_a_year_before_a_split_year() -> None:
    # "a year earlier" than "2023-24" is the April-March year before; a change stays strict
    text = (
        "MMR second dose uptake in England fell to 83.9% in 2023-24. It was 84.5% a year earlier."
    )
    assert _verdicts(text, SPLIT, "en", "2025-05-22") == ["supported", "supported"]

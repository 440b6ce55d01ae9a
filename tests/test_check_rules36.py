"""check(): rules of stop 22, end to end on short texts against small references, from the
notes of stop 21 and heldout36's first run (technology companies and semiconductors, energy
companies and utilities)."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference, verdicts

RETAIL = reference(
    [
        ("Amazon", "net_sales", 637959, "M USD", "2024", "flow"),
        ("Amazon", "aws_revenue", 107556, "M USD", "2024", "flow"),
        ("Amazon", "aws_revenue", 90757, "M USD", "2023", "flow"),
    ],
    metric={
        "net_sales": ["net sales", "chiffre d'affaires", "revenue"],
        "aws_revenue": ["AWS", "Amazon Web Services", "cloud"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Amazon Web Services generated $107.6 billion in revenue last year.", "en", "supported"),
        ("Les revenus d'Amazon Web Services ont progressé de 19 % en 2024.", "fr", "supported"),
        (
            "Amazon Web Services a réalisé 150 milliards de dollars de revenus en 2024.",
            "fr",
            "contradicted",
        ),
        ("Amazon generated $638 billion in net sales last year.", "en", "supported"),
    ],
)
def test_a_metric_named_with_the_entity_inside_is_the_metric(
    text: str, lang: str, expected: str
) -> None:
    """A metric's capitalized name of several words, written whole, is that metric: the
    entity's name inside it ("Amazon") does not make the claim one of the entity's whole
    sales."""
    assert verdicts(text, RETAIL, lang, "2025-02-07") == [(expected, None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Amazon's advertising revenue topped $56 billion in 2024.", "en"),
        ("Amazon's ad revenue topped $56 billion in 2024.", "en"),
        ("Les recettes publicitaires d'Amazon ont dépassé 56 milliards de dollars en 2024.", "fr"),
    ],
)
def test_advertising_revenue_is_a_segment_not_the_whole(text: str, lang: str) -> None:
    """The word "advertising" narrows the revenue (``narrowing`` in terms.toml): a reference holding
    only the whole revenue cannot tell."""
    assert verdicts(text, RETAIL, lang, "2025-02-07") == [("unverifiable", "unknown_metric")]


RESULTS = reference(
    [
        ("Auchan", "net_income", -1000, "M EUR", "2024", "flow"),
        ("Auchan", "net_income", -400, "M EUR", "2023", "flow"),
        ("Auchan", "revenue", 32400, "M EUR", "2024", "flow"),
    ],
    metric={
        "net_income": ["résultat net", "perte nette", "net income", "net loss"],
        "revenue": ["chiffre d'affaires", "revenue"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Auchan a perdu 2 milliards d'euros en 2024.", "fr", "contradicted"),
        ("Auchan a perdu environ 1 milliard d'euros en 2024.", "fr", "supported"),
        ("Auchan lost about €1 billion in 2024.", "en", "supported"),
        ("Auchan lost €400 million in 2024.", "en", "contradicted"),
    ],
)
def test_a_sum_lost_is_the_loss_of_a_signed_income(text: str, lang: str, expected: str) -> None:
    """A sum lost ("a perdu 2 milliards") names the net loss (``loss_nouns`` of terms.toml) and
    states its size, a level below zero, not the fall of the income from the year before."""
    assert verdicts(text, RESULTS, lang, "2025-03-13") == [(expected, None)]


ENERGY = reference(
    [
        ("TotalEnergies", "hydrocarbon_production", 2434, "thousand", "2024", "flow"),
        ("TotalEnergies", "hydrocarbon_production", 2483, "thousand", "2023", "flow"),
        ("TotalEnergies", "employees", 102000, "", "2024-12-31", "stock"),
        ("Flamanville 3", "first_criticality", None, "", "2024-09-03", "event"),
        ("Flamanville 3", "grid_connection", None, "", "2024-12-21", "event"),
        ("Ratcliffe-on-Soar", "closure", None, "", "2024-09-30", "event"),
        ("Fessenheim", "closure", None, "", "2020-06-29", "event"),
    ],
    metric={
        "hydrocarbon_production": [
            "barils équivalent pétrole par jour",
            "barrels of oil equivalent per day",
        ],
        "employees": ["salariés", "employees"],
        "first_criticality": ["divergence", "diverger", "first criticality"],
        "grid_connection": ["raccordement au réseau", "couplé au réseau", "grid connection"],
        "closure": ["fermeture", "arrêt définitif", "closure", "shut"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "TotalEnergies a produit 2,43 millions de barils équivalent pétrole par jour en 2024.",
            "fr",
            "supported",
        ),
        (
            "TotalEnergies a produit 2,1 millions de barils équivalent pétrole par jour en 2024.",
            "fr",
            "contradicted",
        ),
        (
            "TotalEnergies produced about 2.5 million barrels of oil equivalent a day in 2023.",
            "en",
            "supported",
        ),
    ],
)
def test_a_figure_in_the_unit_a_count_names_is_a_count(text: str, lang: str, expected: str) -> None:
    """A count stored in thousands whose alias names the barrels meets a figure in barrels
    (the unit is what is counted), instead of clashing with it."""
    assert verdicts(text, ENERGY, lang, "2025-02-06") == [(expected, None)]


def test_a_unit_the_count_does_not_name_still_clashes() -> None:
    text = "TotalEnergies employed 102,000 tonnes in 2024."
    assert verdicts(text, ENERGY, "en", "2025-02-06") == [("unverifiable", "incompatible_unit")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'EPR de Flamanville a été couplé au réseau en novembre 2024.", "fr", "contradicted"),
        ("Le réacteur de Flamanville 3 a divergé le 3 septembre 2024.", "fr", "supported"),
        ("La centrale de Fessenheim a été arrêtée définitivement en 2019.", "fr", "contradicted"),
        ("Flamanville 3 reached first criticality on September 3, 2024.", "en", "supported"),
        ("Britain's last coal plant, Ratcliffe-on-Soar, shut in 2023.", "en", "contradicted"),
    ],
)
def test_a_plant_started_connected_or_shut_is_an_event(text: str, lang: str, expected: str) -> None:
    """Event verbs: "coupler", "diverger", "shut", "reach first criticality";
    "définitivement" meets "définitif" (a family of terms.toml)."""
    assert verdicts(text, ENERGY, lang, "2025-01-10") == [(expected, None)]


RESULTS_Q = reference(
    [
        ("ASML", "net_bookings", 7090, "M EUR", "2024-Q4", "flow"),
        ("Meta", "revenue", 51240, "M USD", "2025-Q3", "flow"),
        ("Apple", "revenue", 391035, "M USD", "2023-10-01/2024-09-28", "flow"),
        ("Apple", "revenue", 416161, "M USD", "2024-09-29/2025-09-27", "flow"),
        ("Apple", "revenue", 102466, "M USD", "2025-06-29/2025-09-27", "flow"),
    ],
    metric={
        "net_bookings": ["commandes", "bookings"],
        "revenue": ["chiffre d'affaires", "revenue"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        (
            "ASML a enregistré 7,1 milliards d'euros de commandes, bien au-delà des 3,9 "
            "milliards attendus par les analystes.",
            "fr",
            "2025-01-29",
        ),
        (
            "Meta's revenue of $51.24 billion beat the $49.41 billion analysts had forecast.",
            "en",
            "2025-10-30",
        ),
        (
            "Wall Street analysts expected Meta to post revenue of $49.4 billion in the third "
            "quarter.",
            "en",
            "2025-10-30",
        ),
    ],
)
def test_what_analysts_expected_is_not_checked(text: str, lang: str, when: str) -> None:
    """Others' expectation after the figure ("attendus par les analystes", "analysts had
    forecast") or before it in the past ("analysts expected") is no statement of the
    figure: not checkable, while the company's own figure is checked."""
    found = verdicts(text, RESULTS_Q, lang, when)
    assert found[-1] == ("unverifiable", "not_checkable")
    assert all(v != "contradicted" for v, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Apple posted fiscal fourth-quarter revenue of $102.5 billion.",
        "Apple posted revenue of $102.5 billion in the fiscal fourth quarter.",
    ],
)
def test_a_fiscal_quarter_is_no_fiscal_year(text: str) -> None:
    """A "fiscal fourth-quarter" is that quarter of the fiscal year the series records (July
    to September at Apple), not the whole fiscal year ending then."""
    assert verdicts(text, RESULTS_Q, "en", "2025-11-20") == [("supported", None)]


def test_a_description_after_du_refers_back_and_holds_its_place() -> None:
    """ "du géant de Cupertino" refers back to the article's company: the place after the
    head completes the description; "part du groupe" names nobody."""
    text = (
        "Apple a réalisé un chiffre d'affaires de 416 milliards de dollars en 2025.\n"
        "Le bénéfice net du géant de Cupertino a atteint 112 milliards de dollars.\n"
        "EDF a dégagé un résultat net part du groupe de 11,4 milliards d'euros."
    )
    claims = cc.parse_claims(text, lang="fr", reference_date="2025-10-31", reference=RESULTS_Q)
    assert [(c.subject, c.subject_inferred) for c in claims] == [
        ("Apple", False),
        ("Apple", True),
        ("EDF", False),
    ]


CHIPS = reference(
    [
        ("Nvidia", "revenue", 130497, "M USD", "2024-01-29/2025-01-26", "flow"),
        ("Nvidia", "revenue", 57006, "M USD", "2025-07-28/2025-10-26", "flow"),
        ("Nvidia", "data_center_revenue", 51215, "M USD", "2025-07-28/2025-10-26", "flow"),
    ],
    metric={
        "revenue": ["chiffre d'affaires", "revenue"],
        "data_center_revenue": ["centres de données", "data center revenue"],
    },
)


def test_a_measure_noun_of_several_words_after_an_amount_is_read_whole() -> None:
    """ "57 milliards de dollars de chiffre d'affaires": "chiffre" is also a verb ("se
    chiffre à"), the measure noun of several words is read whole after the amount."""
    text = "Nvidia a réalisé 57 milliards de dollars de chiffre d'affaires."
    claims = cc.parse_claims(text, lang="fr", reference_date="2025-11-20", reference=CHIPS)
    assert [c.measure.noun for c in claims] == ["chiffre d'affaires"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Au troisième trimestre de son exercice, Nvidia a réalisé 51,2 milliards de dollars "
            "dans les centres de données.",
            "fr",
        ),
        ("Nvidia's data center revenue was $51.2 billion in its fiscal third quarter.", "en"),
    ],
)
def test_a_fiscal_quarter_of_a_series_kept_by_quarters_only(text: str, lang: str) -> None:
    """A series with no year-long record takes the company's fiscal year from its other
    series: the fiscal third quarter of a year opening in February is August to October."""
    assert verdicts(text, CHIPS, lang, "2025-11-20") == [("supported", None)]


FISCAL = reference(
    [
        ("Apple", "revenue", 391035, "M USD", "2023-10-01/2024-09-28", "flow"),
        ("Apple", "revenue", 416161, "M USD", "2024-09-29/2025-09-27", "flow"),
        ("Apple", "revenue", 124300, "M USD", "2024-09-29/2024-12-28", "flow"),
        ("Apple", "revenue", 95359, "M USD", "2024-12-29/2025-03-29", "flow"),
        ("Nvidia", "revenue", 130497, "M USD", "2024-01-29/2025-01-26", "flow"),
        ("Nvidia", "revenue", 57006, "M USD", "2025-07-28/2025-10-26", "flow"),
    ],
    metric={"revenue": ["chiffre d'affaires", "revenue"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "when", "expected"),
    [
        (
            "Apple's revenue for the first half of its fiscal 2025 totalled nearly $220 billion.",
            "en",
            "2025-05-02",
            ("supported", None),
        ),
        (
            "Au premier semestre de son exercice 2025, Apple a réalisé 220 milliards de dollars "
            "de chiffre d'affaires.",
            "fr",
            "2025-05-02",
            ("supported", None),
        ),
        (
            "Nvidia expects revenue of $65 billion for the fourth quarter of fiscal 2026.",
            "en",
            "2025-11-20",
            ("unverifiable", "not_yet_due"),
        ),
    ],
)
def test_a_part_of_a_named_fiscal_year(
    text: str, lang: str, when: str, expected: tuple[str, str | None]
) -> None:
    """A half or a quarter "of its fiscal 2025", "of fiscal 2026" is that part of the fiscal
    year ending in the year named (Apple's first half: October to March, its two fiscal
    quarters of whole weeks summed; Nvidia's fourth quarter of fiscal 2026: November 2025 to
    January 2026, not over)."""
    assert verdicts(text, FISCAL, lang, when) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Credit Agricole has 54 million customers.", ["54 million"]),
        ("Credit Suisse lost 3 billion francs in 2022.", ["3 billion"]),
        ("Video game sales rose 5% in 2024.", ["5%"]),
        ("Housing starts totalled 118,000 in 2024.", ["118,000"]),
        ("Credit: Reuters", []),
        ("Photo AFP", []),
        ("Updated 3:45 p.m. ET", []),
        ("Published Tuesday, 3 June 2024", []),
    ],
)
def test_a_page_line_word_opening_a_name_or_a_noun_phrase_is_a_sentence(
    text: str, expected: list[str]
) -> None:
    """ "Credit", "Video", "Photo" open page lines ("Credit: Reuters", "Photo AFP"), but not
    a name ("Credit Agricole", not in capitals) nor a noun phrase they qualify ("Video game
    sales"); "Housing starts" is a measure noun, "starts" no event verb there."""
    claims = cc.parse_claims(text, lang="en", reference_date="2025-02-06")
    assert [c.figure.text for c in claims if c.figure is not None] == expected


BANKS = reference(
    [
        ("JPMorgan Chase", "net_income", 14393, "M USD", "2025-Q3", "flow"),
        ("JPMorgan Chase", "employees", 317233, "", "2024-12-31", "stock"),
        ("JPMorgan Chase", "cet1_ratio", 15.7, "%", "2024-12-31", "stock"),
        ("JPMorgan Chase", "cet1_ratio", 15.0, "%", "2023-12-31", "stock"),
        ("England", "housing_starts", 30320, "", "2024-Q1", "flow"),
        ("England", "housing_starts", 31410, "", "2024-Q2", "flow"),
        ("United Kingdom", "average_house_price", 256000, "GBP", "2023-12", "flow"),
        ("United Kingdom", "average_house_price", 268087, "GBP", "2024-12", "flow"),
    ],
    metric={
        "net_income": ["net income", "earn", "profit"],
        "employees": ["employees"],
        "cet1_ratio": ["CET1 ratio"],
        "housing_starts": ["housing starts", "starts"],
        "average_house_price": ["house prices", "average house price"],
    },
    entity={"JPMorgan Chase": ["JPMorgan"], "United Kingdom": ["UK"]},
)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts polled by LSEG expected JPMorgan to earn $13.0 billion in the third quarter.",
        "Analysts had on average expected JPMorgan to post net income of $13 billion in the "
        "third quarter.",
    ],
)
def test_forecasters_a_few_words_before_their_verb(text: str) -> None:
    """Forecasters, then a verb of expecting a few words on (``forecast_verbs``): others'
    expectation, not checkable."""
    assert verdicts(text, BANKS, "en", "2025-10-15") == [("unverifiable", "not_checkable")]


def test_a_capitalized_word_between_its_and_a_noun_is_no_name() -> None:
    """ "its CET1 ratio": the acronym qualifies the noun, the subject is the bank before."""
    text = (
        "JPMorgan Chase reported record profit. The bank had 317,233 employees at the end of "
        "December and its CET1 ratio stood at 15.7%, up 0.7 percentage points from a year "
        "earlier."
    )
    assert verdicts(text, BANKS, "en", "2025-01-15") == [("supported", None)] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("England recorded 61,730 housing starts in the first half of 2024.", "supported"),
        ("UK house prices rose 4.7% in the year to December.", "supported"),
        ("UK house prices rose 9% in the year to December.", "contradicted"),
    ],
)
def test_counted_nouns_and_monthly_series(text: str, expected: str) -> None:
    """ "housing starts in the first half": the counted noun's "starts" is no event verb
    taking the time; a change "in the year to December" of a monthly series is December's
    against the December before."""
    assert verdicts(text, BANKS, "en", "2025-02-27") == [(expected, None)]


def test_a_time_in_the_next_coordinated_clause_is_that_clauses() -> None:
    """ "The bank's revenue slipped to $65.9 billion, and its CET1 ratio was 14.9% at the end
    of December": the end of December is the ratio's, not the revenue's (which has no time
    of its own: checking reads its latest year)."""
    text = (
        "HSBC posted a pre-tax profit of $32.3 billion for 2024.\n"
        "The bank's revenue slipped to $65.9 billion, and its CET1 ratio was 14.9% at the end "
        "of December."
    )
    claims = cc.parse_claims(text, lang="en", reference_date="2025-02-19")
    assert [(c.figure.text, c.time and c.time.text) for c in claims if c.figure] == [
        ("$32.3 billion", "for 2024"),
        ("$65.9 billion", None),
        ("14.9%", "at the end of December"),
    ]


MINING = reference(
    [
        ("Gold", "gold_price", 2386, "USD/oz", "2024", "flow"),
        ("Newmont", "gold_production", 6850000, "oz", "2024", "flow"),
        ("Newmont", "gold_production", 5550000, "oz", "2023", "flow"),
        ("Danone", "revenue", 27376, "M EUR", "2024", "flow"),
        ("Danone", "revenue", 27619, "M EUR", "2023", "flow"),
        ("France", "milk_price", 463, "EUR", "2024", "flow"),
    ],
    metric={
        "gold_price": ["gold price", "cours de l'or"],
        "gold_production": ["gold output", "gold production", "production d'or"],
        "revenue": ["sales", "ventes", "chiffre d'affaires"],
        "milk_price": ["milk price", "prix du lait", "paid"],
    },
    entity={"Gold": ["or", "gold"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le cours de l'or s'est établi en moyenne à 2 386 dollars la tonne en 2024.",
            "fr",
            ("unverifiable", "incompatible_unit"),
        ),
        (
            "Le cours de l'or s'est établi en moyenne à 2 386 dollars l'once en 2024.",
            "fr",
            ("supported", None),
        ),
        (
            "The gold price averaged $2,386 per tonne in 2024.",
            "en",
            ("unverifiable", "incompatible_unit"),
        ),
        ("Newmont's gold output rose to 6.85 Moz in 2024.", "en", ("supported", None)),
        (
            "Danone's like-for-like sales grew 4.3% in 2024.",
            "en",
            ("unverifiable", "unknown_metric"),
        ),
        (
            "French dairy farmers were paid an average of 463 euros per 1,000 litres of milk in "
            "2024.",
            "en",
            ("supported", None),
        ),
    ],
)
def test_prices_per_unit_and_mining_units(
    text: str, lang: str, expected: tuple[str, str | None]
) -> None:
    """A price per a unit the reference's prices are not per is never converted ("dollars
    la tonne" against USD/oz); "Moz" is millions of ounces; like-for-like sales narrow the
    sales; "French dairy farmers" are France's."""
    assert verdicts(text, MINING, lang, "2025-02-20")[0] == expected

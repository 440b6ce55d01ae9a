"""check(): rules of stop 21, end to end on short texts against small references, from
heldout34's first run (monthly and quarterly statistics, media and entertainment) and
heldout35's (retail and e-commerce, passenger transport)."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference, verdicts

STATISTICS = reference(
    [
        ("France", "unemployment_rate", 7.4, "%", "2025-Q1", "stock"),
        ("United Kingdom", "unemployment_rate", 4.7, "%", "2025-04-01/2025-06-30", "stock"),
        ("United Kingdom", "car_registrations", 272996, "", "2024-09", "flow"),
        ("United Kingdom", "car_registrations", 311473, "", "2025-09", "flow"),
        ("United Kingdom", "unemployment_rate", 4.5, "%", "2025-01-01/2025-03-31", "stock"),
        ("France", "inflation", 1.7, "%", "2025-01", "flow"),
        ("France", "inflation", 0.8, "%", "2025-02", "flow"),
        ("United States", "inflation", 3.1, "%", "2025-01", "flow"),
        ("United States", "inflation", 2.8, "%", "2025-02", "flow"),
    ],
    metric={
        "unemployment_rate": ["taux de chômage", "unemployment rate", "jobless rate"],
        "car_registrations": ["immatriculations", "registrations", "new car registrations"],
        "inflation": ["inflation", "consumer prices"],
    },
    entity={"United Kingdom": ["UK"], "United States": ["US"]},
)

MEDIA = reference(
    [
        ("Canal+", "listing", None, "", "2024-12-16", "event"),
        ("Netflix", "paid_memberships", 282.72, "millions", "2024-Q3", "stock"),
        ("Netflix", "paid_memberships", 301.63, "millions", "2024-Q4", "stock"),
    ],
    metric={
        "listing": ["introduction en Bourse", "entrée en Bourse", "listing"],
        "paid_memberships": ["paid memberships", "subscribers"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        (
            "En France, le taux de chômage des jeunes a atteint 19 % au premier trimestre.",
            "fr",
            "2025-05-20",
        ),
        (
            "The youth unemployment rate in the UK rose to 14.7% in the three months to June.",
            "en",
            "2025-08-20",
        ),
        ("UK registrations of battery electric cars rose 20% in September.", "en", "2025-10-20"),
    ],
)
def test_a_measure_narrowed_to_a_group_the_metric_lacks_is_unknown(
    text: str, lang: str, when: str
) -> None:
    """Youth unemployment is not the unemployment rate, battery electric cars not every
    car: the narrowing word (``narrowing`` in terms.toml) is missing from every alias."""
    assert verdicts(text, STATISTICS, lang, when) == [("unverifiable", "unknown_metric")]


def test_the_whole_measure_is_still_met() -> None:
    text = "The unemployment rate in the UK rose to 4.7% in the three months to June."
    assert verdicts(text, STATISTICS, "en", "2025-08-20") == [("supported", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Canal+ a fait son entrée à la Bourse de Londres le 16 décembre 2024.", "fr", "supported"),
        ("Canal+ a été introduit en Bourse en novembre 2024.", "fr", "contradicted"),
        ("Canal+ shares began trading in London on December 16.", "en", "supported"),
        ("Canal+ went public in November 2024.", "en", "contradicted"),
    ],
)
def test_a_listing_is_an_event(text: str, lang: str, expected: str) -> None:
    """Entering the stock market ("faire son entrée en Bourse", "began trading", "went
    public") is an event dated by the reference."""
    assert verdicts(text, MEDIA, lang, "2025-01-20") == [(expected, None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "UK inflation data are due next week. Separately, the ONS said the unemployment rate"
            " rose to 4.5% in the three months to March.",
            "en",
            [("supported", None)],
        ),
        (
            "UK inflation data are due next week. Elsewhere, the unemployment rate rose to 4.5%"
            " in the three months to March.",
            "en",
            [("supported", None)],
        ),
    ],
)
def test_a_sentence_adverb_opening_a_paragraph_is_no_name(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, STATISTICS, lang, "2025-05-20") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "L'inflation en France est tombée à 0,8 % sur un an en février. Elle a reculé de 0,9"
            " point par rapport à janvier, où elle atteignait 1,7 %.",
            "fr",
            [("supported", None), ("supported", None), ("supported", None)],
        ),
        (
            "US inflation eased to 2.8% in February from January, when it stood at 3.1%.",
            "en",
            [("supported", None), ("supported", None)],
        ),
    ],
)
def test_a_figure_in_a_relative_clause_after_a_time_is_of_that_time(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "par rapport à janvier, où elle atteignait 1,7 %": January's rate, though January is
    the change's baseline (``time_relatives``)."""
    assert verdicts(text, STATISTICS, lang, "2025-03-20") == expected


def test_a_total_after_an_addition_is_the_level() -> None:
    """ "added 18.9 million …, bringing its total to 301.6 million": the first figure is the
    rise, the second the level reached, not a second rise."""
    text = (
        "Netflix added 18.9 million paid memberships in the fourth quarter, the streaming"
        " giant said on Tuesday, bringing its total to 301.6 million."
    )
    assert verdicts(text, MEDIA, "en", "2025-01-21") == [("supported", None), ("supported", None)]


@pytest.mark.parametrize(
    "text",
    [
        "LOS GATOS, California, Jan 21 (Reuters) - Netflix added 18.9 million paid memberships"
        " in the fourth quarter.",
        "Netflix added 18.9 million paid memberships in the fourth quarter, despite losses"
        " elsewhere.",
    ],
)
def test_an_addition_is_a_rise(text: str) -> None:
    """A verb of addition says which way the level went; a dateline's "LOS" (a word in
    capitals) is no loss, nor is another clause's word of loss."""
    assert verdicts(text, MEDIA, "en", "2025-01-21") == [("supported", None)]


PRICES = reference(
    [
        ("France", "inflation", 0.8, "%", "2025-04", "flow"),
        ("France", "house_prices", -1.2, "%", "2025-Q1", "flow"),
        ("United States", "inflation", 2.3, "%", "2025-04", "flow"),
    ],
    metric={
        "inflation": ["hausse des prix", "price increases"],
        "house_prices": ["prix des logements anciens", "house prices"],
    },
    entity={"United States": ["US"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("En avril, les prix ont progressé de 1,2 % sur un an en France.", "fr", "contradicted"),
        ("En avril, les prix ont augmenté de 0,8 % sur un an en France.", "fr", "supported"),
        ("US prices rose 2.3% in the year to April.", "en", "supported"),
    ],
)
def test_a_verb_of_change_stands_for_its_noun_in_a_metric_s_name(
    text: str, lang: str, expected: str
) -> None:
    """ "les prix ont progressé" meets the alias "hausse des prix" (``rise_nouns``)."""
    assert verdicts(text, PRICES, lang, "2025-05-20") == [(expected, None)]


def test_a_noun_of_change_alone_meets_no_metric() -> None:
    """The measure's own words must still be met: "les ventes ont progressé" shares only
    the noun of change with "hausse des prix"."""
    text = "En avril, les ventes de voitures ont progressé de 1,2 % sur un an en France."
    assert verdicts(text, PRICES, "fr", "2025-05-20") == [("unverifiable", "unknown_metric")]


CALENDAR = reference(
    [
        ("France", "winter_sales", None, "", "2025-01-08", "event"),
        ("Amazon", "prime_day", None, "", "2025-07-08/2025-07-11", "event"),
        ("Eurostar", "launch", None, "", "1994-11-14", "event"),
        ("Heathrow", "third_runway_backing", None, "", "2025-01-29", "event"),
    ],
    metric={
        "winter_sales": ["soldes d'hiver", "winter sales"],
        "prime_day": ["Prime Day"],
        "launch": ["commercial services", "services commerciaux"],
        "third_runway_backing": ["third runway"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les soldes d'hiver ont débuté ce mercredi 8 janvier en France.", "fr", "supported"),
        ("En France, les soldes d'hiver ont démarré le 15 janvier 2025.", "fr", "contradicted"),
        ("Amazon held its Prime Day sales event in June 2025.", "en", "contradicted"),
        ("Eurostar began commercial services in November 1994.", "en", "supported"),
        ("The government backed a third runway at Heathrow on January 29.", "en", "supported"),
    ],
)
def test_a_start_or_an_event_held_is_dated(text: str, lang: str, expected: str) -> None:
    """A start ("ont débuté", "began") and an event held ("held its Prime Day") date an
    event of the reference when the sentence holds no figure (``event_verbs``)."""
    assert verdicts(text, CALENDAR, lang, "2025-08-01") == [(expected, None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("England recorded its wettest 18 months since records began in 1836.", "en"),
        ("Il n'avait jamais autant plu depuis que les relevés ont commencé en 1900.", "fr"),
    ],
)
def test_a_start_in_a_since_clause_is_no_event(text: str, lang: str) -> None:
    """ "since records began in 1836" dates what the sentence measures from
    (``since_clauses``): no event claim."""
    claims = cc.parse_claims(text, lang=lang, reference_date="2025-03-01")
    assert [c for c in claims if c.kind.value == "event"] == []


RETAIL = reference(
    [
        ("Amazon", "net_sales", 637959, "M USD", "2024", "flow"),
        ("Amazon", "aws_revenue", 107556, "M USD", "2024", "flow"),
    ],
    metric={
        "net_sales": ["chiffre d'affaires", "revenus", "net sales", "revenue"],
        "aws_revenue": ["AWS", "cloud"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "AWS, la division cloud d'Amazon, a généré 107,6 milliards de dollars de revenus en"
            " 2024.",
            "fr",
            "supported",
        ),
        ("Amazon a généré 638 milliards de dollars de revenus en 2024.", "fr", "supported"),
        (
            "AWS, Amazon's cloud unit, generated $107.6 billion in revenue in 2024.",
            "en",
            "supported",
        ),
    ],
)
def test_a_subject_naming_a_metric_of_the_entity_is_that_metric(
    text: str, lang: str, expected: str
) -> None:
    """ "AWS, la division cloud d'Amazon": the subject is, word for word, an alias of one of
    Amazon's metrics (a division, a product), checked against it, not Amazon's whole."""
    assert verdicts(text, RETAIL, lang, "2025-03-01") == [(expected, None)]


SHARES = reference(
    [
        ("Auchan", "market_share", 9.3, "%", "2023", "flow"),
        ("Auchan", "market_share", 8.9, "%", "2024", "flow"),
        ("Auchan", "stores", 1700, "", "2024", "stock"),
        ("Heathrow", "passengers", 6.4, "millions", "2025-01", "flow"),
    ],
    metric={
        "market_share": ["part de marché", "market share"],
        "stores": ["points de vente", "magasins", "stores"],
        "passengers": ["passengers", "passagers"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Auchan a perdu 1 point de part de marché en 2024.", "fr", "contradicted"),
        ("Auchan a perdu 0,4 point de part de marché en 2024.", "fr", "supported"),
        ("Auchan lost 0.4 points of market share in 2024.", "en", "supported"),
        ("Auchan comptait 1 700 points de vente fin 2024.", "fr", "supported"),
    ],
)
def test_points_of_a_share_are_percentage_points(text: str, lang: str, expected: str) -> None:
    """ "1 point de part de marché": percentage points of the share the noun names after
    them; "points de vente" stay points of sale."""
    assert verdicts(text, SHARES, lang, "2025-03-01") == [(expected, None)]


def test_travellers_are_passengers() -> None:
    text = "Heathrow welcomed 6.4 million travellers in January."
    assert verdicts(text, SHARES, "en", "2025-03-01") == [("supported", None)]


GROCERS = reference(
    [
        ("Tesco", "revenue", 69916, "M GBP", "2024-02-25/2025-02-22", "flow"),
        ("United Kingdom", "gdp", 2700, "Md GBP", "2024", "flow"),
    ],
    metric={"revenue": ["revenue", "sales"], "gdp": ["GDP"]},
    entity={"United Kingdom": ["Britain", "UK"]},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain's biggest supermarket group had revenue of £69.9 billion in the year to"
            " February 2025, Tesco said.",
            [("supported", None)],
        ),
        (
            "Britain's biggest supermarket group had revenue of £60 billion in the year to"
            " February 2025, Tesco said.",
            [("contradicted", None)],
        ),
    ],
)
def test_a_described_subject_is_the_company_the_attribution_names(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "Britain's biggest supermarket group …, Tesco said": the description's owner
    ("Britain") says where the company is, the attribution names it."""
    assert verdicts(text, GROCERS, "en", "2025-05-01") == expected

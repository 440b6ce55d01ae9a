"""check(): rules of stop 23, end to end on short texts against small references, from the
misses heldout36 to heldout38 left (descriptions of coordinated trades, a comparison with a
fiscal year, a stock's change since a period's end, the basis a figure is taken on) and the
first runs of heldout39 to heldout41."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference, verdicts

MINING = reference(
    [
        ("Glencore", "cobalt_production", 41.3, "kt", "2023", "flow"),
        ("Glencore", "cobalt_production", 35.1, "kt", "2024", "flow"),
        ("Switzerland", "gdp_growth", 1.3, "%", "2024", "flow"),
    ],
    metric={
        "cobalt_production": ["production de cobalt", "cobalt production", "cobalt output"],
        "gdp_growth": ["croissance", "growth"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Glencore a publié mercredi ses comptes. Le négociant et minier suisse a vu sa "
            "production de cobalt reculer de 15 % en 2024.",
            "fr",
            "supported",
        ),
        (
            "Glencore a publié mercredi ses comptes. Le négociant et minier suisse a vu sa "
            "production de cobalt reculer de 30 % en 2024.",
            "fr",
            "contradicted",
        ),
        (
            "Glencore reported on Wednesday. The Swiss miner and trader said its cobalt output "
            "fell 15% in 2024.",
            "en",
            "supported",
        ),
    ],
)
def test_a_description_of_two_trades_refers_back_whole(text: str, lang: str, expected: str) -> None:
    """A description, "Le négociant et minier suisse", whose head is coordinated with a second
    trade keeps its adjective of place as its own modifier; it refers back to the company
    named before, not to Switzerland."""
    assert verdicts(text, MINING, lang, "2025-02-19") == [(expected, None)]


DIVIDENDS = reference(
    [
        ("BHP", "dividend_per_share", 1.46, "USD", "2023-07-01/2024-06-30", "flow"),
        ("BHP", "dividend_per_share", 1.10, "USD", "2024-07-01/2025-06-30", "flow"),
    ],
    metric={"dividend_per_share": ["dividende", "dividend"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "BHP versera un dividende total de 1,10 dollar par action au titre de l'exercice "
            "2025, contre 1,46 dollar un an plus tôt.",
            "fr",
            "supported",
        ),
        (
            "BHP versera un dividende total de 1,10 dollar par action au titre de l'exercice "
            "2025, contre 1,26 dollar un an plus tôt.",
            "fr",
            "contradicted",
        ),
        (
            "BHP will pay a dividend of $1.10 a share for fiscal 2025, down from $1.46 a year "
            "earlier.",
            "en",
            "supported",
        ),
    ],
)
def test_a_year_earlier_after_a_fiscal_year_is_the_fiscal_year_before(
    text: str, lang: str, expected: str
) -> None:
    """A comparison's "un an plus tôt" after a fiscal year is the fiscal year before the
    record read, not the calendar year before the year named."""
    assert verdicts(text, DIVIDENDS, lang, "2025-08-19") == [(expected, None)]


ASSETS = reference(
    [
        ("Amundi", "assets_under_management", 2240, "Md EUR", "2024-12-31", "stock"),
        ("Amundi", "assets_under_management", 2317, "Md EUR", "2025-09-30", "stock"),
    ],
    metric={"assets_under_management": ["encours", "encours sous gestion", "assets"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Amundi a vu ses encours sous gestion progresser de 77 milliards d'euros depuis la "
            "fin de 2024.",
            "fr",
            "supported",
        ),
        (
            "Amundi a vu ses encours sous gestion progresser de 150 milliards d'euros depuis fin "
            "2024.",
            "fr",
            "contradicted",
        ),
        ("Amundi's assets have grown by €77 billion since the end of 2024.", "en", "supported"),
    ],
)
def test_a_change_since_a_period_end_reads_the_level_recorded_in_it(
    text: str, lang: str, expected: str
) -> None:
    """A level recorded on days, none before the period a change counts from ("depuis la fin
    de 2024", a quarter): the level recorded within that period is the start."""
    assert verdicts(text, ASSETS, lang, "2025-10-29") == [(expected, None)]


SALES = reference(
    [
        ("Danone", "revenue", 27376, "M EUR", "2024", "flow"),
        ("Danone", "revenue", 27619, "M EUR", "2023", "flow"),
    ],
    metric={"revenue": ["chiffre d'affaires", "ventes", "croissance", "sales", "revenue"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Danone a enregistré une croissance de ses ventes en données comparables de 4,3 % "
            "en 2024.",
            "fr",
            ("unverifiable", "unknown_metric"),
        ),
        (
            "Les ventes de Danone ont progressé de 4,3 % à périmètre constant en 2024.",
            "fr",
            ("unverifiable", "unknown_metric"),
        ),
        (
            "Danone's sales rose 4.3% on a like-for-like basis in 2024.",
            "en",
            ("unverifiable", "unknown_metric"),
        ),
        ("Danone's sales fell 0.9% in 2024.", "en", ("supported", None)),
    ],
)
def test_a_basis_said_around_the_figure_narrows_its_measure(
    text: str, lang: str, expected: tuple[str, str | None]
) -> None:
    """A basis, "en données comparables" or "on a like-for-like basis", said between the figure and
    the figures next to it narrow its measure as "like-for-like sales" does: a reference of
    the reported sales alone cannot tell."""
    assert verdicts(text, SALES, lang, "2025-02-26") == [expected]


def test_a_basis_said_of_another_figure_does_not_narrow() -> None:
    """The basis belongs to the figure it stands by: the reported revenue before it is
    checked."""
    text = (
        "Danone a réalisé un chiffre d'affaires de 27,4 milliards d'euros en 2024, et une "
        "croissance en données comparables de 4,3 %."
    )
    assert verdicts(text, SALES, "fr", "2025-02-26")[0] == ("supported", None)


GOLD = reference(
    [
        ("Newmont", "gold_production", 6.85, "Moz", "2024", "flow"),
        ("Newmont", "gold_production", 5.55, "Moz", "2023", "flow"),
    ],
    metric={"gold_production": ["production d'or", "gold production", "gold output"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Newmont a publié ses résultats jeudi. Le premier producteur d'or au monde a produit "
            "6,85 millions d'onces en 2024.",
            "fr",
            ("supported", None),
        ),
        (
            "Newmont reported on Thursday. The world's largest gold producer and exporter said "
            "its gold output reached 8 million ounces in 2024.",
            "en",
            ("contradicted", None),
        ),
    ],
)
def test_a_trade_is_a_description_that_refers_back(
    text: str, lang: str, expected: tuple[str, str | None]
) -> None:
    """Trades ("producteur", "négociant", "exporter", ``description_heads`` of the claims
    lexicon) describe the company named before."""
    assert verdicts(text, GOLD, lang, "2025-02-20") == [expected]


CROPS = reference(
    [
        ("France", "wheat_yield", 7.34, "t/ha", "2023", "flow"),
        ("France", "wheat_yield", 6.22, "t/ha", "2024", "flow"),
        ("France", "soft_wheat_harvest", 35.0, "Mt", "2023", "flow"),
        ("France", "soft_wheat_harvest", 25.2, "Mt", "2024", "flow"),
    ],
    metric={
        "wheat_yield": ["rendement du blé", "rendement", "wheat yield", "yield"],
        "soft_wheat_harvest": ["récolte de blé tendre", "blé tendre", "soft wheat harvest"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le rendement du blé tendre en France a chuté de 15 % en 2024.", "fr", "supported"),
        ("Le rendement du blé tendre en France a chuté de 40 % en 2024.", "fr", "contradicted"),
        ("France's soft wheat yield fell 15% in 2024.", "en", "supported"),
        ("The yield of soft wheat in France fell 30% in 2024.", "en", "contradicted"),
        ("La récolte de blé tendre en France a chuté de 28 % en 2024.", "fr", "supported"),
    ],
)
def test_a_tie_between_metrics_goes_to_the_one_of_the_measures_head(
    text: str, lang: str, expected: str
) -> None:
    """The measure "le rendement du blé tendre" meets the yield ("rendement du blé") and the harvest
    ("blé tendre") on as many words: the measure's head (first in French, last before a
    link in English, ``head_last`` of the claims lexicon) says which."""
    assert verdicts(text, CROPS, lang, "2025-01-15") == [(expected, None)]


ECONOMIES = reference(
    [
        ("Morocco", "gdp_growth", 3.2, "%", "2024", "flow"),
        ("Ivory Coast", "gdp_growth", 6.0, "%", "2024", "flow"),
        ("Nigeria", "inflation", 24.23, "%", "2024-03", "stock"),
        ("Switzerland", "inflation", 0.1, "%", "2025-06", "stock"),
    ],
    metric={
        "gdp_growth": ["croissance", "économie", "growth", "economy"],
        "inflation": ["inflation"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "expected"),
    [
        ("L'économie marocaine a progressé de 3,2 % en 2024.", "fr", "2025-03-01", "supported"),
        ("L'économie ivoirienne a progressé de 8 % en 2024.", "fr", "2025-03-01", "contradicted"),
        ("L'inflation helvétique est remontée à 0,1 % en juin.", "fr", "2025-07-10", "supported"),
        ("Nigerian inflation accelerated to 24.23% in March.", "en", "2024-04-20", "supported"),
        ("Moroccan growth slowed to 2% in 2024.", "en", "2025-03-01", "contradicted"),
    ],
)
def test_adjectives_of_place_of_every_country_of_the_places_table(
    text: str, lang: str, date: str, expected: str
) -> None:
    """Every country of the claims lexicon's places has its adjectives (``demonyms``):
    "marocaine", "ivoirienne", "helvétique", "Nigerian", "Moroccan"."""
    assert verdicts(text, ECONOMIES, lang, date) == [(expected, None)]


CURRENCIES = reference(
    [
        ("Swiss National Bank", "eur_floor_removal", None, "", "2015-01-15", "event"),
        ("Central Bank of Nigeria", "naira_float", None, "", "2023-06-14", "event"),
    ],
    entity={"Swiss National Bank": ["SNB", "BNS", "Banque nationale suisse"]},
    metric={
        "eur_floor_removal": ["cours plancher", "cap on the franc", "minimum exchange rate"],
        "naira_float": ["naira", "exchange rate windows"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La Banque nationale suisse a abandonné le cours plancher du franc le 15 janvier 2015.",
            "fr",
            "supported",
        ),
        (
            "The Swiss National Bank scrapped its cap on the franc on January 15, 2015.",
            "en",
            "supported",
        ),
        (
            "The SNB abandoned the franc's minimum exchange rate against the euro in 2014.",
            "en",
            "contradicted",
        ),
        ("The Central Bank of Nigeria floated the naira in June 2023.", "en", "supported"),
        (
            "The Central Bank of Nigeria unified its exchange rate windows in June 2022.",
            "en",
            "contradicted",
        ),
    ],
)
def test_a_currency_regime_ended_or_changed_is_an_event(
    text: str, lang: str, expected: str
) -> None:
    """Currency regimes ended or changed are events: "abandonner", "scrap", "abandon",
    "float", "unify", "devalue" (``event_verbs``)."""
    assert verdicts(text, CURRENCIES, lang, "2025-03-01") == [(expected, None)]


UNILEVER = reference(
    [
        ("Unilever", "ceo_change", None, "", "2025-03-01", "event"),
        ("Unilever", "employees", 118000, "", "2024-12-31", "stock"),
        ("Unilever", "net_income", 6400, "M EUR", "2024", "flow"),
    ],
    metric={
        "ceo_change": ["took over as chief executive", "chief executive"],
        "employees": ["employees"],
        "net_income": ["net profit"],
    },
)


def test_the_name_the_reference_knows_is_what_later_sentences_go_on_about() -> None:
    """A person the reference does not know ("Fernando Fernandez took over as chief
    executive of Unilever"), then "The company", "Its": Unilever, the name it knows."""
    text = (
        "Fernando Fernandez took over as chief executive of Unilever on Saturday.\n"
        "The company had about 118,000 employees at the end of 2024.\n"
        "Its net profit reached 6.4 billion euros in 2024."
    )
    found = verdicts(text, UNILEVER, "en", "2025-03-03")
    assert found[1:] == [("supported", None), ("supported", None)]


TARGETS = reference(
    [("Tesla", "deliveries", 1789226, "", "2024", "flow")],
    metric={"deliveries": ["livraisons", "deliveries", "véhicules livrés"]},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tesla vise 20 millions de véhicules vendus par an d'ici 2030.", "fr"),
        ("Tesla aims to build 1 million Optimus robots a year by 2030.", "en"),
        ("Rivian vise 1 million de livraisons d'ici 2030.", "fr"),
    ],
)
def test_a_figure_for_a_deadline_ahead_is_not_yet_due_whatever_the_reference_holds(
    text: str, lang: str
) -> None:
    """DESIGN's deadlines on figures: not yet due while the deadline is after the
    publication date, read before the entity and the metric (as an event's deadline is)."""
    assert verdicts(text, TARGETS, lang, "2025-03-01") == [("unverifiable", "not_yet_due")]


FOOTBALL = reference(
    [("Paris Saint-Germain", "transfer_spending", 200, "M EUR", "2024", "flow")],
    metric={"transfer_spending": ["transferts", "dépensé", "spent"]},
)


def test_an_adjective_of_place_next_to_a_person_is_a_nationality() -> None:
    """A nationality (``person_heads``: "le milieu portugais João Neves") is no subject."""
    text = (
        "Le Paris Saint-Germain a recruté le milieu portugais João Neves pour 60 millions "
        "d'euros. Le club a dépensé plus de 150 millions d'euros en transferts en 2024."
    )
    subjects = [c.subject for c in cc.parse_claims(text, lang="fr", reference_date="2024-09-01")]
    assert subjects == ["Paris Saint-Germain", "Paris Saint-Germain"]


AIRLINES = reference(
    [("Air France-KLM", "revenue", 31450, "M EUR", "2024", "flow")],
    metric={"revenue": ["revenue", "chiffre d'affaires"]},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three significant digits, the written zero included: ±2 % does not reach 31.45
        ("Air France-KLM posted revenue of €30.0 billion in 2024.", "contradicted"),
        # two: ±5 % does
        ("Air France-KLM posted revenue of €30 billion in 2024.", "supported"),
        ("Air France-KLM posted revenue of €31.5 billion in 2024.", "supported"),
    ],
)
def test_zeros_written_after_a_decimal_mark_are_significant(text: str, expected: str) -> None:
    assert verdicts(text, AIRLINES, "en", "2025-03-01") == [(expected, None)]


MARGINS = reference(
    [
        ("Unilever", "operating_margin", 18.4, "%", "2024", "flow"),
        ("United Kingdom", "wheat_harvest", 11.1, "Mt", "2024", "flow"),
    ],
    metric={
        "operating_margin": ["operating margin", "marge opérationnelle"],
        "wheat_harvest": ["wheat harvest", "wheat production"],
    },
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each side says a word the other lacks: two measures of one head
        ("Unilever's gross margin rose to 45% in 2024.", ("unverifiable", "unknown_metric")),
        (
            "The UK barley harvest rose to 7.1 million tonnes in 2024.",
            ("unverifiable", "unknown_metric"),
        ),
        # the measure says less than the metric: still met
        ("Unilever's margin rose to 18.4% in 2024.", ("supported", None)),
        ("The UK harvest fell to 11.1 million tonnes in 2024.", ("supported", None)),
    ],
)
def test_two_measures_of_one_head_do_not_meet(text: str, expected: tuple[str, str | None]) -> None:
    """A "gross margin" is no "operating margin", "barley harvest" no "wheat harvest": a
    partial match where each side holds a distinctive word the other lacks is no match."""
    assert verdicts(text, MARGINS, "en", "2025-03-01") == [expected]


LAUNCHES = reference(
    [("Renault", "r5_unveiling", None, "", "2024-02-26", "event")],
    metric={"r5_unveiling": ["R5", "Renault 5"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Renault a dévoilé la nouvelle R5 électrique le 26 février 2024.", "fr", "supported"),
        ("Renault unveiled the electric Renault 5 in March 2024.", "en", "contradicted"),
    ],
)
def test_a_model_unveiled_is_an_event(text: str, lang: str, expected: str) -> None:
    assert verdicts(text, LAUNCHES, lang, "2024-06-01") == [(expected, None)]


VISITS = cc.Reference.from_records(
    [
        {
            "entity": "United Kingdom",
            "metric": "overseas_visits",
            "value": 42.6,
            "unit": "millions",
            "period": "2024",
            "kind": "flow",
            "source": "ONS, Travel trends 2024",
        },
        {
            "entity": "United Kingdom",
            "metric": "overseas_visits",
            "value": 41.2,
            "unit": "millions",
            "period": "2024",
            "kind": "flow",
            "source": "VisitBritain, inbound tourism 2024 estimate",
        },
        {
            "entity": "United Kingdom",
            "metric": "visitor_spending",
            "value": 32500,
            "unit": "M GBP",
            "period": "2024",
            "kind": "flow",
            "source": "ONS, Travel trends 2024",
        },
    ],
    aliases={"metric": {"overseas_visits": ["visits"], "visitor_spending": ["spent"]}},
)


def test_a_publisher_the_reference_cites_does_not_take_the_focus() -> None:
    """A name the reference's sources open with (``Reference.source_names``) and no entity
    of it is a publisher ("VisitBritain, the national tourism agency, put the total at …"):
    the article's focus does not move to it."""
    text = (
        "Overseas residents made 42.6 million visits to the UK in 2024, the ONS said.\n"
        "VisitBritain, the national tourism agency, put the total at 41.2 million.\n"
        "Visitors spent £32.5 billion during their stays."
    )
    claims = cc.parse_claims(text, lang="en", reference_date="2025-05-21", reference=VISITS)
    subjects = {c.text: c.subject for c in claims}
    assert subjects["£32.5 billion"] == "United Kingdom"
    assert "VisitBritain" not in subjects.values()
    assert VISITS.source_names() == {"ONS", "VisitBritain"}

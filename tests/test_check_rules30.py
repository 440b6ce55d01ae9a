"""check(): rules of stop 19, end to end on short texts against small references: events
the lexicon had no verb for (a law signed, a notice issued, a bankruptcy, a race held)."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference, verdicts

EVENTS = reference(
    [
        ("Birmingham", "section_114_notice", None, None, "2023-09-05", "event"),
        ("Wilko", "bankruptcy", None, None, "2023-08-10", "event"),
        ("France", "pension_reform", None, None, "2023-04-14", "event"),
        ("Tour de France Femmes", "first_edition", None, None, "2022-07-24", "event"),
        ("Sommet de l'OTAN", "summit", None, None, "2025-06-24", "event"),
    ],
    metric={
        "section_114_notice": ["section 114 notice", "faillite"],
        "bankruptcy": ["bankruptcy", "administration", "faillite"],
        "pension_reform": ["pension reform", "réforme des retraites"],
        "first_edition": ["première édition", "first edition"],
        "summit": ["summit", "sommet"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Birmingham issued a section 114 notice on September 5, 2023.", "en", "supported"),
        ("Birmingham issued its section 114 notice in July 2023.", "en", "contradicted"),
        ("Birmingham s'est déclarée en faillite le 5 septembre 2023.", "fr", "supported"),
        ("Wilko went into administration in August 2023.", "en", "supported"),
        ("Wilko filed for bankruptcy in June 2023.", "en", "contradicted"),
        ("Wilko a fait faillite en août 2023.", "fr", "supported"),
        (
            "French President Emmanuel Macron signed the pension reform into law on April 14,"
            " 2023.",
            "en",
            "supported",
        ),
        ("La réforme des retraites a été signée le 20 avril 2023.", "fr", "contradicted"),
        (
            "La première édition du Tour de France Femmes a été disputée en 2021.",
            "fr",
            "contradicted",
        ),
    ],
)
def test_events_of_the_new_verbs(text: str, lang: str, verdict: str) -> None:
    """Each verb dates its event: the day or month stated against the event's day."""
    assert verdicts(text, EVENTS, lang, "2024-01-10") == [(verdict, None)]


def test_a_figure_keeps_its_claim_beside_an_event_verb() -> None:
    """'issued' before a figure is a verb of that figure, no event: the day is its time."""
    text = "The company issued 2 million new shares on Monday."
    claims = cc.parse_claims(text, lang="en", reference_date="2024-06-01")
    assert [c.kind.value for c in claims] == ["quantity"]


STEPS = reference(
    [
        ("Camden", "council_tax", 2107.31, "GBP", "2024-04-01/2025-03-31", "stock"),
        ("Camden", "council_tax", 2212.17, "GBP", "2025-04-01/2026-03-31", "stock"),
        ("United Kingdom", "minimum_wage", 12.21, "GBP", "2025-04-01", "stock"),
        ("United Kingdom", "minimum_wage", 12.71, "GBP", "2026-04-01", "stock"),
    ],
    metric={"council_tax": ["council tax"], "minimum_wage": ["minimum wage"]},
)


@pytest.mark.parametrize(
    ("text", "when", "verdict"),
    [
        ("Camden is raising council tax by 4.99% from April.", "2025-02-20", "supported"),
        ("Camden is raising council tax by 8% from April.", "2025-02-20", "contradicted"),
        (
            "The UK's minimum wage will rise 4.1% from April 2026.",
            "2025-11-26",
            "supported",
        ),
        ("The UK's minimum wage will rise 6% from April 2026.", "2025-11-26", "contradicted"),
    ],
)
def test_a_change_from_a_date_ahead_is_the_step_then(text: str, when: str, verdict: str) -> None:
    """A change of a level "from" a date after the publication date is the step on that date:
    the level in force from then (a year April–March, a rate from its day) against the one in
    force the day before, not April's start nor the latest level against itself."""
    assert verdicts(text, STEPS, "en", when) == [(verdict, None)]


def test_a_change_from_a_past_date_keeps_its_baseline() -> None:
    """Written after the date, "from" is the other side of the change: the level of April
    2024 against the latest one (2025/26's), not a step."""
    text = "Camden's council tax has risen 5% from April 2024."
    assert verdicts(text, STEPS, "en", "2025-06-01") == [("supported", None)]


RATES = reference(
    [
        ("Livret A", "rate", 2.4, "%", "2025-02-01", "stock"),
        ("Livret A", "rate", 1.7, "%", "2025-08-01", "stock"),
        ("ECB", "deposit_rate", 4.0, "%", "2023-09-20", "stock"),
        ("ECB", "deposit_rate", 3.75, "%", "2024-06-12", "stock"),
    ],
    entity={"ECB": ["BCE"]},
    metric={"rate": ["taux"], "deposit_rate": ["taux de dépôt"]},
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Au 1er août, le taux du Livret A baissera de 0,7 point.", "supported"),
        ("Au 1er août, le taux du Livret A augmentera de 0,7 point.", "contradicted"),
    ],
)
def test_a_french_future_tells_the_direction(text: str, verdict: str) -> None:
    """'baissera', 'augmentera': the future of a verb in -er says which way the level goes
    (the stemmer strips "-era", "-eront", "-erait")."""
    assert verdicts(text, RATES, "fr", "2025-07-18") == [(verdict, None)]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "En juin 2024, la BCE a ramené son taux de dépôt à 3,75 %, sa première baisse"
            " depuis 2019.",
            "supported",
        ),
        (
            "En juin 2024, la BCE a ramené son taux de dépôt à 3,5 %, sa première baisse"
            " depuis 2019.",
            "contradicted",
        ),
    ],
)
def test_a_since_after_the_figure_and_a_comma_is_a_comment(text: str, verdict: str) -> None:
    """'sa première baisse depuis 2019' comments on the figure: its time is June 2024."""
    assert verdicts(text, RATES, "fr", "2024-06-28") == [(verdict, None)]


NAMED = reference(
    [
        ("France", "climate_law", None, None, "2021-08-22", "event"),
        ("Bank of England", "bank_rate", 4.25, "%", "2025-05-08", "stock"),
        ("France", "burned_area", 66393, "ha", "2022", "flow"),
        ("Spain", "burned_area", 306555, "ha", "2022", "flow"),
    ],
    metric={
        "climate_law": ["loi Climat et résilience"],
        "bank_rate": ["Bank Rate"],
        "burned_area": ["wildfires", "hectares brûlés"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("La loi Climat et résilience a été promulguée le 22 août 2021.", "fr", "supported"),
        ("La loi Climat et résilience a été promulguée en juillet 2021.", "fr", "contradicted"),
        ("Bank Rate currently stands at 4.25%.", "en", "supported"),
        ("Bank Rate currently stands at 4.5%.", "en", "contradicted"),
    ],
)
def test_a_word_of_a_metric_alias_written_whole_is_no_entity(
    text: str, lang: str, found: str
) -> None:
    """'Climat' in 'la loi Climat et résilience', 'Rate' in 'Bank Rate' (the parse splits
    the alias between the name and the measure): the metric's one holder is meant."""
    assert verdicts(text, NAMED, lang, "2025-06-20") == [(found, None)]


def test_a_metric_named_as_the_subject_with_several_holders_names_nobody() -> None:
    """'Wildfires' is the measure, not an entity: with two holders, no subject."""
    text = "Wildfires burned 383,000 hectares last year."
    assert verdicts(text, NAMED, "en", "2023-01-10") == [("unverifiable", "no_subject")]


def test_a_final_approval_is_an_event() -> None:
    """'gave final approval to … on Monday' dates the adoption of what was approved."""
    ref = reference(
        [("EU", "nature_restoration_law", None, None, "2024-06-17", "event")],
        metric={"nature_restoration_law": ["nature restoration law"]},
    )
    text = "EU ministers gave final approval to the nature restoration law on Monday."
    assert verdicts(text, ref, "en", "2024-06-18") == [("supported", None)]
    assert verdicts(text, ref, "en", "2024-06-25") == [("contradicted", None)]


def test_a_month_without_a_year_takes_the_year_stated_before_it() -> None:
    """'En 2020, … à la mi-septembre' is mid-September 2020, not the latest September."""
    ref = reference(
        [
            ("Arctic", "sea_ice_minimum", 3.92, "M km2", "2020-09-15", "stock"),
            ("Arctic", "sea_ice_minimum", 4.28, "M km2", "2024-09-11", "stock"),
        ],
        entity={"Arctic": ["banquise arctique"]},
        metric={"sea_ice_minimum": ["banquise"]},
    )
    text = "En 2020, la banquise arctique était tombée à 3,92 millions de km² à la mi-septembre."
    assert verdicts(text, ref, "fr", "2025-03-01") == [("supported", None)]
    claims = cc.parse_claims(
        "In 2023, sales rose 5% in March. Sales rose 5% in March, after a fall in 2023.",
        lang="en",
        reference_date="2025-06-01",
    )
    assert [str(c.time.period) for c in claims if c.time and c.time.period] == [
        "2023-03",
        "2025-03",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "L'Espagne a été le pays le plus touché d'Europe en 2022, avec 306 555 hectares"
            " brûlés.",
            "fr",
        ),
        (
            "Spain was the hardest-hit country in Europe in 2022, with 306,555 hectares burned.",
            "en",
        ),
    ],
)
def test_a_place_after_a_superlative_is_the_domain_not_the_subject(text: str, lang: str) -> None:
    """'le plus touché d'Europe', 'the hardest-hit … in Europe': Spain is the subject."""
    (claim,) = cc.parse_claims(text, lang=lang, reference_date="2023-06-01")
    assert claim.subject == "Spain"
    assert verdicts(text, NAMED, lang, "2023-06-01") == [("supported", None)]


INDUSTRY = reference(
    [
        ("Airbus", "deliveries", 735, None, "2023", "flow"),
        ("Airbus", "deliveries", 766, None, "2024", "flow"),
        ("Volkswagen", "revenue", 322.3, "bn EUR", "2023", "flow"),
        ("Volkswagen", "revenue", 324.7, "bn EUR", "2024", "flow"),
        ("Volkswagen", "deliveries", 9.24, "M", "2023", "flow"),
        ("Volkswagen", "deliveries", 9.03, "M", "2024", "flow"),
        ("Toyota", "sales", 11.23, "M", "2023", "flow"),
        ("Toyota", "sales", 10.82, "M", "2024", "flow"),
        ("Boeing", "net_income", -2222, "M USD", "2023", "flow"),
        ("Boeing", "net_income", -11817, "M USD", "2024", "flow"),
    ],
    entity={"Airbus": ["l'avionneur européen"]},
    metric={
        "deliveries": ["livré", "deliveries"],
        "revenue": ["sales revenue"],
        "sales": ["global sales"],
        "net_income": ["net income", "net loss"],
    },
)


def test_a_day_after_a_verb_of_reporting_is_no_figure_time() -> None:
    """'a annoncé jeudi': the day the figures came out; the change is 2024's."""
    text = (
        "Airbus a livré 766 avions commerciaux en 2024, a annoncé jeudi l'avionneur européen,"
        " un chiffre en hausse de 4,2 % sur un an."
    )
    assert verdicts(text, INDUSTRY, "fr", "2025-01-09") == [("supported", None)] * 2


def test_the_verb_before_a_change_gives_its_direction() -> None:
    """The sentence says both ways; 'dropped' right before '2.3%' tells this one's."""
    text = (
        "Volkswagen's sales revenue edged up to 324.7 billion euros in 2024, while deliveries"
        " dropped 2.3% to 9.03 million vehicles."
    )
    assert verdicts(text, INDUSTRY, "en", "2025-03-01") == [("supported", None)] * 3


def test_names_inside_an_aside_are_no_subject() -> None:
    """'which include the Daihatsu and Hino brands': Toyota, named before, is meant."""
    text = (
        "Toyota said on Thursday its sales fell in 2024. Global sales, which include the"
        " Daihatsu and Hino brands, fell 3.7% from a year earlier."
    )
    assert verdicts(text, INDUSTRY, "en", "2025-01-30")[-1] == ("supported", None)


@pytest.mark.parametrize(("figure", "verdict"), [("11.8", "supported"), ("8", "contradicted")])
def test_a_net_loss_is_the_level_of_the_account(figure: str, verdict: str) -> None:
    """'a net loss of $11.8 billion' states the year's result below zero, no change."""
    text = f"Boeing reported a net loss of ${figure} billion for 2024."
    assert verdicts(text, INDUSTRY, "en", "2025-01-29") == [(verdict, None)]


BACKLOG = reference(
    [
        ("Airbus", "backlog", 8658, None, "2024-12-31", "stock"),
        ("Airbus", "deliveries", 766, None, "2024", "flow"),
        ("Airbus", "net_orders", 826, None, "2024", "flow"),
    ],
    metric={
        "backlog": ["backlog", "carnet de commandes"],
        "deliveries": ["deliveries", "livraisons"],
        "net_orders": ["net orders", "commandes nettes", "commandes"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Airbus's backlog stood at 8,658 aircraft at the end of 2024.", "en"),
        ("Fin 2024, le carnet de commandes d'Airbus s'élevait à 8 658 avions.", "fr"),
    ],
)
def test_the_level_named_before_its_verb_and_link_is_the_measure(text: str, lang: str) -> None:
    """'backlog stood at 8,658 aircraft': the backlog, counted in aircraft (not the
    deliveries); 'le carnet de commandes': the whole phrase, not 'commandes' alone."""
    assert verdicts(text, BACKLOG, lang, "2025-01-10") == [("supported", None)]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Volkswagen a cessé mardi la production dans son usine de Dresde.", "fr", "supported"),
        ("Volkswagen ceased production at its Dresden plant in March 2025.", "en", "contradicted"),
    ],
)
def test_an_activity_stopped_is_an_event(text: str, lang: str, verdict: str) -> None:
    """'cesser', 'cease', 'halt': the day production stopped."""
    ref = reference(
        [("Volkswagen", "dresden_closure", None, None, "2025-12-16", "event")],
        metric={"dresden_closure": ["production dans son usine de Dresde", "Dresden plant"]},
    )
    assert verdicts(text, ref, lang, "2025-12-17") == [(verdict, None)]

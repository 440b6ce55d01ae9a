"""check(): rules found by the twentieth held-out set (tests/data/check_dev/heldout20:
health care and education), end to end on short texts against small references: a count
that rides along an event, laws that apply from a day, institutions whose names hold a
place, and acronyms after "au" that are no place."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference


def _found(
    text: str, reference: cc.Reference, lang: str, when: str = "2025-02-01"
) -> list[tuple[str | None, str, str | None]]:
    findings = cc.check(text, reference, lang=lang, reference_date=when).findings
    return [(f.claim.subject, f.verdict.value, f.reason and f.reason.value) for f in findings]


SCHOOLS = reference(
    [
        ("France", "vaccine_mandate", None, "", "2018-01-01", "event"),
        ("United Kingdom", "vat_on_school_fees", None, "", "2025-01-01", "event"),
        ("France", "bac_pass_rate", 91.4, "%", "2024", "stock"),
        ("France", "hospital_strike", None, "", "2024-02-01", "event"),
    ],
    entity={"United Kingdom": ["Royaume-Uni"]},
    metric={
        "vaccine_mandate": ["obligation vaccinale", "mandatory vaccines"],
        "vat_on_school_fees": ["TVA sur les frais de scolarité", "VAT on school fees"],
        "bac_pass_rate": ["taux de réussite"],
        "hospital_strike": ["grève"],
    },
)


def test_a_count_riding_along_an_event_is_checked_by_the_events_date() -> None:
    # the metric holds only the day the mandate came in: "onze" is a detail of the event
    text = "En France, l'obligation vaccinale a été étendue à onze vaccins en {}."
    assert _found(text.format(2018), SCHOOLS, "fr") == [("France", "supported", None)]
    assert _found(text.format(2017), SCHOOLS, "fr") == [("France", "contradicted", None)]
    english = "France's eleven mandatory vaccines came into force in 2019."
    assert _found(english, SCHOOLS, "en") == [("France", "contradicted", None)]


def test_the_explanation_of_such_an_event_quotes_its_date_not_its_count() -> None:
    text = "En France, l'obligation vaccinale a été étendue à onze vaccins en 2018."
    (finding,) = cc.check(text, SCHOOLS, lang="fr", reference_date="2025-02-01").findings
    assert "(en 2018)" in finding.explanation
    assert "(onze)" not in finding.explanation


def test_a_count_against_a_metric_of_figures_in_another_unit_stays_incompatible() -> None:
    # the rule is for metrics that hold events only
    text = "En France, le taux de réussite a atteint 91 tonnes en 2024."
    assert _found(text, SCHOOLS, "fr") == [("France", "unverifiable", "incompatible_unit")]


def test_applying_from_a_day_and_taking_effect_are_events() -> None:
    text = "Au Royaume-Uni, la TVA sur les frais de scolarité s'applique depuis le 1er janvier."
    assert _found(text, SCHOOLS, "fr") == [("United Kingdom", "supported", None)]
    english = "In the United Kingdom, VAT on school fees took effect on 1 January 2025."
    assert _found(english, SCHOOLS, "en") == [("United Kingdom", "supported", None)]


def test_an_institution_whose_name_holds_a_place_is_not_that_place() -> None:
    # "Fédération" runs on through "hospitalière" to "de France": one name, not France's
    text = "La Fédération hospitalière de France a appelé à la grève le 14 mai 2024."
    assert _found(text, SCHOOLS, "fr", when="2024-06-01") == [
        ("Fédération hospitalière de France", "unverifiable", "unknown_entity")
    ]
    (claim,) = cc.parse_claims(
        "L'Agence régionale de santé d'Occitanie a fermé 120 lits en 2023.", lang="fr"
    )
    assert claim.subject == "Agence régionale de santé d'Occitanie"


def test_an_institution_head_before_a_verb_is_no_longer_name() -> None:
    # "a reçu" is a verb, not the run of a name: France stays where the figure is
    (claim,) = cc.parse_claims("L'Union a reçu 300 millions d'euros de France en 2023.", lang="fr")
    assert claim.subject == "Union"


def test_an_acronym_after_au_is_no_place() -> None:
    # "au CAP" is a diploma; the place the sentence names is France
    text = "Le taux de réussite au CAP a atteint 83 % en 2024 en France."
    (claim,) = cc.parse_claims(text, lang="fr", reference_date="2024-07-10")
    assert (claim.subject, claim.location) == ("France", "France")
    (claim,) = cc.parse_claims("Le chômage a reculé à 7 % au Canada en 2023.", lang="fr")
    assert claim.location == "Canada"


INDICES = reference(
    [
        ("CAC 40", "close", 7543.18, "", "2023-12-29", "stock"),
        ("CAC 40", "close", 7380.74, "", "2024-12-31", "stock"),
        ("FTSE 100", "close", 7733.24, "", "2023-12-29", "stock"),
        ("FTSE 100", "close", 8173.02, "", "2024-12-31", "stock"),
    ],
    metric={"close": ["clôture", "close"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Sur l'ensemble de 2024, le CAC 40 a cédé 2,2 %.", "fr", "supported"),
        ("L'indice CAC 40 a fini 2024 au-dessus des 7 500 points.", "fr", "contradicted"),
        ("London's blue-chip FTSE 100 gained 5.7% in 2024.", "en", "supported"),
        ("The FTSE 100 ended 2024 at 8,173 points.", "en", "supported"),
    ],
)
def test_an_index_that_gave_up_ground_or_closed_a_year(text: str, lang: str, verdict: str) -> None:
    findings = cc.check(text, INDICES, lang=lang, reference_date="2025-02-01").findings
    assert [f.verdict.value for f in findings] == [verdict]


RETAIL = reference(
    [
        ("Tesco", "operating_profit", 3128, "GBP millions", "2024-02-25/2025-02-22", "flow"),
        ("Tesco", "operating_profit", 2821, "GBP millions", "2023-02-26/2024-02-24", "flow"),
    ],
    metric={"operating_profit": ["adjusted operating profit"]},
)


def test_a_fiscal_year_of_whole_weeks_is_the_year_to_its_month() -> None:
    text = "Tesco's adjusted operating profit was £3.1 billion in the year to February."
    findings = cc.check(text, RETAIL, lang="en", reference_date="2025-04-20").findings
    assert [f.verdict.value for f in findings] == ["supported"]
    assert "2024-02-25/2025-02-22" in findings[0].explanation


def test_a_period_further_than_a_week_off_is_not_the_one_named() -> None:
    text = "Tesco's adjusted operating profit was £3.1 billion in the year to December 2024."
    findings = cc.check(text, RETAIL, lang="en", reference_date="2025-04-20").findings
    assert [f.verdict.value for f in findings] != ["supported"]


VINTAGES = reference(
    [
        ("France", "housing_starts", 287400, "", "2023", "flow"),
        ("France", "housing_starts", 294900, "", "2023", "flow"),
    ],
    metric={"housing_starts": ["mises en chantier"]},
)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # both vintages are below the bound: no conflict about it
        ("En 2023, la France est passée sous la barre des 300 000 mises en chantier.", "supported"),
        # one vintage above, one below: they lead to different verdicts
        ("En 2023, la France a compté plus de 290 000 mises en chantier.", "conflicting"),
        # a point figure of three digits (±2 %): the two vintages, 2.5 % apart, conflict
        ("En 2023, la France a compté 289 000 mises en chantier.", "conflicting"),
    ],
)
def test_a_bound_that_every_source_meets_is_no_conflict(text: str, verdict: str) -> None:
    findings = cc.check(text, VINTAGES, lang="fr", reference_date="2025-02-01").findings
    assert [f.verdict.value for f in findings] == [verdict]


GUIDANCE = reference(
    [("Airbus", "deliveries", 766, "", "2024", "flow")],
    metric={"deliveries": ["livraisons"]},
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # the entity's own forecast, in the present: checked once the year is over
        ("Pour 2025, Airbus table sur environ 820 livraisons.", "not_yet_due"),
        # its forecast looking back, or others' forecast: no statement of the figure
        ("Airbus tablait sur 800 livraisons en 2024.", "not_checkable"),
        ("Les analystes de Bernstein tablent sur 800 livraisons en 2024.", "not_checkable"),
    ],
)
def test_an_entitys_own_forecast_waits_for_its_period(text: str, reason: str) -> None:
    findings = cc.check(text, GUIDANCE, lang="fr", reference_date="2025-02-01").findings
    assert [(f.verdict.value, f.reason and f.reason.value) for f in findings] == [
        ("unverifiable", reason)
    ]


APPLE = reference(
    [
        ("Apple", "revenue", 391035, "USD millions", "2023-10-01/2024-09-28", "flow"),
        ("Apple", "revenue", 94930, "USD millions", "2024-06-30/2024-09-28", "flow"),
        ("Apple", "revenue", 124300, "USD millions", "2024-09-29/2024-12-28", "flow"),
    ],
    metric={"revenue": ["revenue"]},
)


@pytest.mark.parametrize(
    "text",
    [
        "Apple generated $94.9 billion in revenue in the fourth quarter of its fiscal year.",
        "Apple's revenue hit a record $124.3 billion in the first quarter of fiscal 2025.",
    ],
)
def test_a_fiscal_quarter_of_a_year_of_weeks(text: str) -> None:
    # Apple's years of 52 or 53 weeks open in the last days of September: October years
    findings = cc.check(text, APPLE, lang="en", reference_date="2025-01-31").findings
    assert [f.verdict.value for f in findings] == ["supported"]


LAUNCHES = reference(
    [
        ("Meta", "advertising_revenue", 131948, "USD millions", "2023", "flow"),
        ("Threads", "launch", None, "", "2023-07-05", "event"),
    ],
    metric={"launch": ["launch", "lancement"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Meta launched Threads on Wednesday as a rival to Twitter.", "en", "supported"),
        ("Meta a lancé Threads le 6 juillet 2023 pour concurrencer Twitter.", "fr", "contradicted"),
    ],
)
def test_an_events_object_dates_it(text: str, lang: str, verdict: str) -> None:
    findings = cc.check(text, LAUNCHES, lang=lang, reference_date="2023-07-06").findings
    assert [f.verdict.value for f in findings] == [verdict]


LOSSES = reference(
    [
        ("Spotify", "operating_income", -446, "EUR millions", "2023", "flow"),
        ("Spotify", "operating_income", 1365, "EUR millions", "2024", "flow"),
    ],
    metric={"operating_income": ["operating profit", "operating income"]},
)


def test_a_loss_stated_as_a_size_is_the_signed_value_below_zero() -> None:
    text = "Spotify swung to an operating profit in 2024 after losing €446 million in 2023."
    findings = cc.check(text, LOSSES, lang="en", reference_date="2025-02-05").findings
    assert [f.verdict.value for f in findings if f.claim.figure is not None][-1] == "supported"


SUBSCRIBERS = reference(
    [("Spotify", "premium_subscribers", 281, "millions", "2025-09-30", "stock")],
    metric={"premium_subscribers": ["abonnés payants"]},
)


def test_a_level_at_the_end_of_a_period_not_over_is_not_yet_due() -> None:
    # the level at the period's start says nothing of its end
    text = "Spotify vise 290 millions d'abonnés payants à la fin de l'année 2025."
    findings = cc.check(text, SUBSCRIBERS, lang="fr", reference_date="2025-11-04").findings
    assert [(f.verdict.value, f.reason and f.reason.value) for f in findings] == [
        ("unverifiable", "not_yet_due")
    ]


AUDIENCES = reference(
    [
        ("France 2", "viewers", 23.0, "millions", "2024-07-26", "flow"),
        ("France", "population", 68.4, "millions", "2024", "stock"),
    ],
    metric={"viewers": ["téléspectateurs"]},
)


def test_a_channel_named_with_a_number_and_its_evening_audience() -> None:
    # "France 2" is the reference's name, not France and a 2; the evening lies in the day
    text = "France 2 a réuni 23 millions de téléspectateurs vendredi soir pour la cérémonie."
    findings = cc.check(text, AUDIENCES, lang="fr", reference_date="2024-07-27").findings
    assert [(f.claim.subject, f.verdict.value) for f in findings] == [("France 2", "supported")]


SHARES = reference(
    [
        ("BBC One", "viewers", 6.8, "millions", "2024-12-25", "flow"),
        ("Free", "ftth_subscribers", 6.0, "millions", "2024-12-31", "stock"),
        ("France", "burglaries", 230000, "", "2024", "flow"),
        ("France", "fertility_rate", 1.62, "", "2024", "stock"),
    ],
    metric={
        "viewers": ["audience", "viewers"],
        "ftth_subscribers": ["abonnés à la fibre", "abonnés FttH"],
        "burglaries": ["cambriolages"],
        "fertility_rate": ["taux de fécondité", "fertility rate"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        # the words name a share or a rate the reference lacks
        ("BBC One took a 40% share of the Christmas Day audience.", "en", "unknown_metric"),
        (
            "Le taux d'élucidation des cambriolages ne dépasse pas 7 % en France.",
            "fr",
            "unknown_metric",
        ),
        # a share of the count it names, and a rate the metric is named as: a unit clash
        ("Free revendique 24 % des abonnés à la fibre.", "fr", "incompatible_unit"),
        ("En France, le taux de fécondité a chuté à 1,62 % en 2024.", "fr", "incompatible_unit"),
    ],
)
def test_a_share_the_reference_lacks_is_an_unknown_metric(
    text: str, lang: str, reason: str
) -> None:
    [(_, verdict, why)] = _found(text, SHARES, lang, "2025-01-10")
    assert (verdict, why) == ("unverifiable", reason)

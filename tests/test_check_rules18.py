"""check(): rules found by the eighteenth blind batch (tests/data/check_dev/heldout18:
transport and demography), end to end on short texts against small references: who a
figure is about when the sentence names it in lowercase, as a place the reference holds
under its own name, or in a clause someone else reports."""

from __future__ import annotations

import claimcheck as cc
from check_cases import reference


def _found(text: str, reference: cc.Reference, lang: str) -> list[tuple[str | None, str]]:
    findings = cc.check(text, reference, lang=lang, reference_date="2025-02-01").findings
    return [(f.claim.subject, f.verdict.value) for f in findings]


TRAFFIC = reference(
    [
        ("Paris Aéroport", "passengers", 103.4, "millions", "2024", "flow"),
        ("Heathrow", "passengers", 83.9, "millions", "2024", "flow"),
        ("Great Britain", "rail_journeys", 1610, "millions", "2024", "flow"),
        ("Great Britain", "road_deaths", 1624, "", "2023", "flow"),
    ],
    entity={"Paris Aéroport": ["aéroports parisiens"], "Great Britain": ["Britain"]},
    metric={
        "passengers": ["passagers", "passengers"],
        "rail_journeys": ["rail journeys"],
        "road_deaths": ["killed on the roads", "people killed"],
    },
)


def test_a_lowercase_alias_of_several_words_is_matched_as_written() -> None:
    # the adjective of place inside it is no longer read as Paris
    text = "Les aéroports parisiens ont accueilli 103,4 millions de passagers en 2024."
    assert _found(text, TRAFFIC, "fr") == [("Paris Aéroport", "supported")]


def test_an_airport_described_refers_back_to_the_one_named_before() -> None:
    text = (
        "Heathrow a publié mardi son trafic annuel. L'aéroport londonien a accueilli "
        "83,9 millions de passagers en 2024."
    )
    assert _found(text, TRAFFIC, "fr") == [("Heathrow", "supported")]


def test_a_place_the_reference_holds_under_its_own_name_is_still_a_place() -> None:
    # "Rail" opens the sentence in capitals: it qualifies the noun, the place says whose
    text = "Rail journeys in Great Britain rose to 1,610 million in 2024."
    assert _found(text, TRAFFIC, "en") == [("Great Britain", "supported")]


def test_an_unknown_speaker_reports_a_figure_of_the_name_in_its_clause() -> None:
    text = "The Department for Transport said 1,624 people were killed on Britain's roads in 2023."
    assert _found(text, TRAFFIC, "en") == [("Great Britain", "supported")]


def test_a_speaker_with_no_other_name_keeps_the_figure() -> None:
    found = cc.parse_claims("Acme Corp said it sold 2 million cars in 2023.", lang="en")
    assert [c.subject for c in found] == ["Acme Corp"]


DEMOGRAPHY = reference(
    [
        ("France", "marriages", 241000, "", "2023", "flow"),
        ("Germany", "births", 692989, "", "2023", "flow"),
        ("United Kingdom", "car_registrations", 1.95, "millions", "2024", "flow"),
    ],
    metric={
        "marriages": ["nombre de mariages", "mariages"],
        "births": ["naissances", "births"],
        "car_registrations": ["new car registrations", "immatriculations"],
    },
)


def test_a_level_after_a_comma_takes_the_measure_of_the_clause_before() -> None:
    text = "Le nombre de mariages a reculé en France en 2023, à 241 000."
    assert _found(text, DEMOGRAPHY, "fr") == [("France", "supported")]


def test_children_born_are_births() -> None:
    text = "En Allemagne, 692 989 enfants sont nés en 2023, selon Destatis."
    assert _found(text, DEMOGRAPHY, "fr") == [("Germany", "supported")]


def test_an_aim_a_few_words_before_its_link_is_others_expectation() -> None:
    text = "Economists had expected UK new car registrations to reach 2 million in 2024."
    findings = cc.check(text, DEMOGRAPHY, lang="en", reference_date="2025-02-01").findings
    assert [(f.verdict.value, f.reason.value if f.reason else None) for f in findings] == [
        ("unverifiable", "not_checkable")
    ]


EVENTS = reference(
    [
        ("loi Egalim", "promulgation", None, "", "2018-10-30", "event"),
        ("Agriculture Act", "royal_assent", None, "", "2020-11-11", "event"),
        ("France", "plastic_packaging_ban", None, "", "2022-01-01", "event"),
    ],
    metric={
        "promulgation": ["promulgation", "promulguer"],
        "royal_assent": ["royal assent"],
        "plastic_packaging_ban": ["interdiction des emballages plastiques"],
    },
)


def test_laws_promulgated_and_given_royal_assent_are_events() -> None:
    assert _found("La loi Egalim a été promulguée le 30 octobre 2018.", EVENTS, "fr") == [
        ("loi Egalim", "supported")
    ]
    assert _found("La loi Egalim a été promulguée en 2019.", EVENTS, "fr") == [
        ("loi Egalim", "contradicted")
    ]
    text = "The Agriculture Act received royal assent on 11 November 2020."
    assert _found(text, EVENTS, "en") == [("Agriculture Act", "supported")]


def test_a_ban_coming_into_force_is_an_event_but_cinema_entries_are_no_verb() -> None:
    text = (
        "En France, l'interdiction des emballages plastiques est entrée en vigueur "
        "le 1er janvier 2022."
    )
    assert _found(text, EVENTS, "fr") == [("France", "supported")]
    cinema = "Les salles ont enregistré 181,5 millions d'entrées en 2024."
    claims = cc.parse_claims(cinema, lang="fr")
    assert [c.measure.noun for c in claims] == ["entrées"]


FOOD = reference(
    [
        ("France", "food_inflation", 11.8, "%", "2023", "flow"),
        ("United Kingdom", "food_inflation", 19.1, "%", "2023", "flow"),
        ("United States", "egg_price", 4.82, "USD", "2023", "flow"),
    ],
    metric={
        "food_inflation": ["prix de l'alimentation", "food prices"],
        "egg_price": ["prix des oeufs", "egg price"],
    },
)


def test_a_french_claim_naming_no_place_is_france_s() -> None:
    text = "Les prix de l'alimentation ont augmenté de 11,8 % en moyenne en 2023."
    findings = cc.check(text, FOOD, lang="fr", reference_date="2024-06-01").findings
    assert [(f.entity, f.verdict.value) for f in findings] == [("France", "supported")]


def test_an_english_claim_naming_no_place_has_no_subject() -> None:
    text = "Food prices rose 11.8% on average in 2023."
    findings = cc.check(text, FOOD, lang="en", reference_date="2024-06-01").findings
    assert [(f.verdict.value, f.reason.value if f.reason else None) for f in findings] == [
        ("unverifiable", "no_subject")
    ]


NATURE = reference(
    [
        ("Brazilian Amazon", "deforestation", 9001, "km2", "2022-08/2023-07", "flow"),
        ("United States", "net_farm_income", 146.7, "bn USD", "2023", "flow"),
    ],
    entity={"Brazilian Amazon": ["Amazonie brésilienne"]},
    metric={"deforestation": ["deforestation"], "net_farm_income": ["net farm income"]},
)


def test_a_name_made_with_an_adjective_of_place_after_in_is_a_place() -> None:
    text = (
        "Deforestation in the Brazilian Amazon totalled 9,001 square kilometres between "
        "August 2022 and July 2023."
    )
    findings = cc.check(text, NATURE, lang="en", reference_date="2024-06-01").findings
    assert [(f.entity, f.verdict.value) for f in findings] == [("Brazilian Amazon", "supported")]


def test_an_aim_several_words_before_the_noun_is_others_expectation() -> None:
    text = "Economists had expected U.S. net farm income of about $140 billion for 2023."
    findings = cc.check(text, NATURE, lang="en", reference_date="2024-06-01").findings
    assert [f.reason.value if f.reason else None for f in findings] == ["not_checkable"]


FARMS = reference(
    [("France", "farms", 389779, "", "2020", "stock")],
    metric={"farms": ["exploitations agricoles"]},
)


def test_a_level_today_is_the_latest_level() -> None:
    text = "La France compte aujourd'hui moins de 400 000 exploitations agricoles."
    findings = cc.check(text, FARMS, lang="fr", reference_date="2024-02-20").findings
    assert [f.verdict.value for f in findings] == ["supported"]


SCHOOLS = reference(
    [
        ("France", "ondam", 247.6, "Md EUR", "2023", "flow"),
        ("France", "ondam", 236.3, "Md EUR", "2022", "flow"),
        ("Royal College of Nursing", "strike", None, "", "2022-12-15", "event"),
    ],
    entity={"Royal College of Nursing": ["RCN"]},
    metric={"ondam": ["ONDAM"], "strike": ["grève", "strike"]},
)


def test_an_acronym_of_four_letters_before_a_year_leaves_the_year_a_time() -> None:
    text = "En France, l'ONDAM 2023 s'est élevé à 247,6 milliards d'euros."
    findings = cc.check(text, SCHOOLS, lang="fr", reference_date="2024-06-01").findings
    assert [(f.verdict.value, str(f.records[0].period)) for f in findings] == [
        ("supported", "2023")
    ]


def test_a_strike_on_a_day_is_an_event() -> None:
    text = "The Royal College of Nursing staged its first national strike on 15 December 2022."
    findings = cc.check(text, SCHOOLS, lang="en", reference_date="2024-06-01").findings
    assert [f.verdict.value for f in findings] == ["supported"]


BAC = reference(
    [
        ("France", "bac_pass_rate", 91.4, "%", "2024", "flow"),
        ("France", "bac_general_pass_rate", 96.1, "%", "2024", "flow"),
    ],
    metric={
        "bac_pass_rate": ["taux de réussite au bac"],
        "bac_general_pass_rate": ["taux de réussite au bac général"],
    },
)


def test_the_sentence_s_longer_alias_names_the_narrower_metric() -> None:
    text = "Au bac général, le taux de réussite a atteint 96,1 % en 2024 en France."
    findings = cc.check(text, BAC, lang="fr", reference_date="2025-02-01").findings
    assert [(f.metric, f.verdict.value) for f in findings] == [
        ("bac_general_pass_rate", "supported")
    ]

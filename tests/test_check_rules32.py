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


GUIDANCE = reference(
    [
        ("Sanofi", "revenue", 41081, "M EUR", "2024", "flow"),
        ("Sanofi", "revenue", 9895, "M EUR", "2025-Q1", "flow"),
        ("Pfizer", "revenue", 63627, "M USD", "2024", "flow"),
    ],
    metric={"revenue": ["chiffre d'affaires", "ventes", "sales", "revenue"]},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pour 2025, Sanofi vise une croissance de ses ventes d'environ 9 %.", "fr"),
        ("Sanofi expects sales growth of 8% to 14% in 2025.", "en"),
    ],
)
def test_a_change_over_a_year_not_over_is_not_yet_due(text: str, lang: str) -> None:
    """A change over a period not over at publication, which the reference lacks, is not
    yet due, as a level is (the quarters of that year held do not make it checkable)."""
    assert verdicts(text, GUIDANCE, lang, "2025-04-24") == [("unverifiable", "not_yet_due")]


def test_a_change_over_a_year_over_without_record_is_no_data() -> None:
    """Over at publication, the missing year is no data."""
    text = "Sanofi's sales grew 9% in 2022."
    assert verdicts(text, GUIDANCE, "en", "2025-04-24") == [("unverifiable", "no_data")]


@pytest.mark.parametrize(
    ("text", "verdict", "reason"),
    [
        (
            "Pfizer expects 2025 revenue of $61 billion to $64 billion.",
            "unverifiable",
            "not_yet_due",
        ),
        ("Pfizer reported 2024 revenue of $63.6 billion.", "supported", None),
    ],
)
def test_a_year_before_the_measure_is_its_time(text: str, verdict: str, reason: str | None) -> None:
    """A bare year right before a measure noun ("2025 revenue") is the figure's year, not a
    number nor no time at all (which took the latest year over)."""
    assert verdicts(text, GUIDANCE, "en", "2025-02-04") == [(verdict, reason)]


APPROVALS = reference(
    [
        ("Sanofi", "dupixent_copd_approval", None, None, "2024-09-27", "event"),
        ("Germany", "debt_brake_reform", None, None, "2025-03-18", "event"),
    ],
    entity={"Germany": ["German", "allemands"]},
    metric={
        "dupixent_copd_approval": ["BPCO", "COPD", "approval"],
        "debt_brake_reform": ["debt brake reform", "réforme du frein à l'endettement"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        (
            "Sanofi a obtenu le 27 septembre 2024 l'approbation de la FDA dans la BPCO.",
            "fr",
            "supported",
        ),
        (
            "Sanofi a obtenu le 3 juin 2024 l'approbation de la FDA dans la BPCO.",
            "fr",
            "contradicted",
        ),
        ("The FDA approved Sanofi's Dupixent for COPD on September 27, 2024.", "en", "supported"),
        ("German lawmakers approved the debt brake reform on March 18, 2025.", "en", "supported"),
        (
            "Les députés allemands ont approuvé le 18 février 2025 la réforme du frein à"
            " l'endettement.",
            "fr",
            "contradicted",
        ),
    ],
)
def test_an_approval_is_an_event(text: str, lang: str, verdict: str) -> None:
    """The verbs "approve", "approuver", "obtenir" (l'approbation) date an event: the day stated
    against the event's day."""
    assert verdicts(text, APPROVALS, lang, "2025-06-01") == [(verdict, None)]


def test_a_figure_obtained_keeps_its_claim() -> None:
    """A figure after "obtenu" is a figure of its own, no event."""
    import claimcheck as cc

    claims = cc.parse_claims("Le parti a obtenu 31,4 % des voix en 2024.", lang="fr")
    assert [c.kind.value for c in claims] == ["quantity"]


BAE = reference(
    [("BAE Systems", "revenue", 28337, "M GBP", "2024", "flow")],
    metric={"revenue": ["sales", "revenue"]},
)


@pytest.mark.parametrize(
    ("text", "verdict", "reason"),
    [
        (
            "Analysts polled by the company had forecast BAE Systems' 2024 sales at £28 billion.",
            "unverifiable",
            "not_checkable",
        ),
        ("BAE Systems put its 2024 sales at £28.3 billion.", "supported", None),
    ],
)
def test_others_forecast_of_a_measure_at_a_figure(
    text: str, verdict: str, reason: str | None
) -> None:
    """In "had forecast X's sales at £28 billion", the aim, a name and its measure, then "at"
    (`aim_links`) lead to the figure, which is others' forecast; without an aim, "at" states
    the figure."""
    assert verdicts(text, BAE, "en", "2025-03-01") == [(verdict, reason)]


COMPANIES = reference(
    [
        ("Sanofi", "revenue", 9803, "M EUR", "2024-Q2", "flow"),
        ("Sanofi", "revenue", 9094, "M EUR", "2025-Q2", "flow"),
        ("bioMérieux", "revenue", 3675, "M EUR", "2023", "flow"),
        ("bioMérieux", "revenue", 3988, "M EUR", "2024", "flow"),
        ("France", "revenue", 1, "M EUR", "2024", "flow"),
        ("Lyon", "revenue", 1, "M EUR", "2024", "flow"),
    ],
    metric={"revenue": ["chiffre d'affaires"]},
)


@pytest.mark.parametrize(
    "text",
    [
        "Sanofi a publié jeudi ses résultats. Le chiffre d'affaires du laboratoire français a"
        " reculé de 7,2 % au deuxième trimestre 2025.",
        "bioMérieux a publié mercredi ses comptes. Le spécialiste lyonnais du diagnostic a vu son"
        " chiffre d'affaires progresser de 8,5 % en 2024.",
    ],
)
def test_a_place_adjective_of_a_company_description_is_no_subject(text: str) -> None:
    """In "du laboratoire français", "le spécialiste lyonnais", the adjective says where the
    company is from; the description stands for the company named before."""
    assert verdicts(text, COMPANIES, "fr", "2025-07-31") == [("supported", None)]


PFIZER = reference(
    [
        ("Pfizer", "revenue", 58496, "M USD", "2023", "flow"),
        ("Pfizer", "revenue", 63627, "M USD", "2024", "flow"),
    ],
    metric={"revenue": ["revenue", "sales"]},
)


def test_a_day_after_a_reported_figure_is_when_it_came_out() -> None:
    """In "reported … revenue of $63.6 billion on Tuesday", written that Tuesday, the day the
    figures came out (the latest year over), not a period not over yet."""
    text = (
        "NEW YORK, Feb 4 (Reuters) - Pfizer reported full-year revenue of $63.6 billion on"
        " Tuesday, up 9% from 2023."
    )
    assert verdicts(text, PFIZER, "en", "2025-02-04") == [("supported", None)] * 2


STAFF = reference(
    [
        ("Rheinmetall", "revenue", 9751, "M EUR", "2024", "flow"),
        ("Rheinmetall", "employees", 31000, None, "2024-12-31", "stock"),
    ],
    metric={"revenue": ["sales"], "employees": ["employ", "employees"]},
)


def test_a_forecast_s_year_is_not_carried_to_a_level_of_the_present() -> None:
    """A year not over, carried from the forecast before, is not the time of a level stated
    after it: the latest level before publication."""
    text = (
        "Rheinmetall expects sales growth of 25% to 30% in 2025. The group employs almost"
        " 31,000 people."
    )
    assert verdicts(text, STAFF, "en", "2025-03-12") == [
        ("unverifiable", "not_yet_due"),
        ("supported", None),
    ]


THALES = reference(
    [
        ("Thales", "revenue", 20577, "M EUR", "2024", "flow"),
        ("Thales", "operating_margin", 11.6, "%", "2023", "flow"),
        ("Thales", "operating_margin", 12.1, "%", "2024", "flow"),
        ("Rheinmetall", "operating_profit", 1478, "M EUR", "2024", "flow"),
        ("Rheinmetall", "operating_margin", 15.2, "%", "2024", "flow"),
        ("BAE Systems", "operating_profit", 3016, "M GBP", "2024", "flow"),
    ],
    metric={
        "revenue": ["chiffre d'affaires"],
        "operating_margin": ["marge d'Ebit", "marge d'Ebit ajusté"],
        "operating_profit": ["Ebit"],
    },
)


def test_a_name_of_what_is_measured_is_the_article_s_entity_s() -> None:
    """In "La marge d'Ebit ajusté", "Ebit", a name the reference does not know completing a
    measure noun, is what is measured; the company the article is about holds it, and a
    description after it ("Le groupe") still refers to that company."""
    text = (
        "Thales a publié mardi ses résultats annuels. La marge d'Ebit ajusté s'est améliorée de"
        " 0,5 point, à 12,1 % en 2024. Le groupe vise un chiffre d'affaires compris entre 21,7"
        " et 22 milliards d'euros en 2025."
    )
    assert verdicts(text, THALES, "fr", "2025-03-04") == [
        ("supported", None),
        ("supported", None),
        ("unverifiable", "not_yet_due"),
    ]


LAWS = reference(
    [("France", "lpm_promulgation", None, None, "2023-08-01", "event")],
    metric={"lpm_promulgation": ["loi de programmation militaire", "promulguer"]},
)


@pytest.mark.parametrize(
    ("text", "verdict", "reason"),
    [
        (
            "Emmanuel Macron a promulgué mardi la nouvelle loi de programmation militaire.",
            "supported",
            None,
        ),
        (
            "Joe Biden a promulgué mardi la loi sur les infrastructures.",
            "unverifiable",
            "unknown_entity",
        ),
    ],
)
def test_an_event_named_whole_is_its_one_holder_s(
    text: str, verdict: str, reason: str | None
) -> None:
    """The one who acted is no entity: the one holder of an event whose alias of two words
    or more the sentence writes whole is what the event is about; a verb alone names none."""
    assert verdicts(text, LAWS, "fr", "2023-08-02") == [(verdict, reason)]


NATO = reference(
    [
        ("United States", "defence_gdp_share", 3.38, "%", "2024", "flow"),
        ("Alliance", "defence_gdp_share", 2.71, "%", "2024", "flow"),
    ],
    entity={"United States": ["États-Unis"]},
    metric={"defence_gdp_share": ["PIB"]},
)


def test_a_name_after_a_superlative_a_link_and_an_article_is_its_domain() -> None:
    """In "le premier contributeur de l'Alliance", an article between the link and the name
    leaves it the comparison's domain, not the subject."""
    text = (
        "Les États-Unis restent de loin le premier contributeur de l'Alliance, avec 3,4 % de"
        " leur PIB en 2024."
    )
    assert verdicts(text, NATO, "fr", "2025-06-20") == [("supported", None)]

"""check(): rules of stop 24, end to end on short texts against small references, from the
first run of heldout42 (media and entertainment; the Smic, jobseekers, pay and payrolls)."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference, verdicts

JOBSEEKERS = reference(
    [
        ("France", "jobseekers_a", 3.36, "millions", "2025-Q1", "stock"),
        ("France", "jobseekers_a", 3.26, "millions", "2025-Q2", "stock"),
    ],
    metric={"jobseekers_a": ["demandeurs d'emploi en catégorie A", "jobseekers in category A"]},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quarter after the last level: no level recorded in it, no change to measure
        (
            "Le nombre de demandeurs d'emploi en catégorie A a augmenté de 2 % au troisième "
            "trimestre 2025.",
            [("unverifiable", "no_data")],
        ),
        # neighbours: the quarter the reference holds, against the one before
        (
            "Le nombre de demandeurs d'emploi en catégorie A a reculé de 3 % au deuxième "
            "trimestre 2025.",
            [("supported", None)],
        ),
        (
            "Le nombre de demandeurs d'emploi en catégorie A a reculé de 10 % au deuxième "
            "trimestre 2025.",
            [("contradicted", None)],
        ),
    ],
)
def test_a_change_needs_a_level_in_its_period(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A stock's level for a period after its last record falls back on that record, and so
    does the baseline the period before: a record against itself measures no change."""
    assert verdicts(text, JOBSEEKERS, "fr", "2025-11-01") == expected


WAGES = reference(
    [
        ("France", "smic_hourly_gross", 11.88, "EUR", "2024-11-01", "stock"),
        ("France", "average_pension", 1662, "EUR", "2023-12-31", "stock"),
        ("Acme", "net_income", 120, "M EUR", "2024", "flow"),
        ("United Kingdom", "regular_pay_growth", 5.0, "%", "2025-05", "stock"),
    ],
    metric={
        "smic_hourly_gross": ["Smic horaire brut", "Smic"],
        "average_pension": ["pension moyenne", "average pension"],
        "net_income": ["bénéfice net", "résultat net", "net income", "profit"],
        "regular_pay_growth": ["regular pay growth", "pay growth", "wage growth"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # one word of a pair of opposites against a metric whose aliases name the other
        ("Le Smic horaire net s'élève à 9,40 euros.", "fr", [("unverifiable", "unknown_metric")]),
        ("Le Smic horaire brut s'élève à 11,88 euros.", "fr", [("supported", None)]),
        ("Le Smic s'élève à 11,88 euros brut.", "fr", [("supported", None)]),
        # "net" against a metric that names it too, or names neither: no conflict
        (
            "Acme a dégagé un bénéfice net de 120 millions d'euros en 2024.",
            "fr",
            [("supported", None)],
        ),
        ("Acme made a net profit of €120 million in 2024.", "en", [("supported", None)]),
        # a measure of women (or men) only is narrower than the whole population's
        (
            "La pension moyenne des femmes s'élevait à 1 268 euros fin 2023.",
            "fr",
            [("unverifiable", "unknown_metric")],
        ),
        ("La pension moyenne s'élevait à 1 662 euros fin 2023.", "fr", [("supported", None)]),
    ],
)
def test_opposite_and_narrower_measures(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, WAGES, lang, "2025-09-01") == expected


RESULTS = reference(
    [
        ("Ubisoft", "net_income", -159.4, "M EUR", "2024-04-01/2025-03-31", "flow"),
        ("Ubisoft", "net_income", 158.1, "M EUR", "2023-04-01/2024-03-31", "flow"),
    ],
    metric={"net_income": ["résultat net", "bénéfice net", "perte nette", "bénéfice"]},
)


def test_a_time_after_contre_is_the_second_figure_s() -> None:
    """ "…, contre un bénéfice de 158,1 millions un an plus tôt": the comparison opens a
    clause of its own, and its time is the second figure's; the first takes the article's."""
    text = (
        "Ubisoft a publié mercredi ses résultats de l'exercice 2024-2025. Le groupe a essuyé "
        "une perte nette de 159,4 millions d'euros, contre un bénéfice de 158,1 millions un an "
        "plus tôt."
    )
    claims = [c for c in cc.parse_claims(text, lang="fr", reference_date="2025-05-15") if c.figure]
    loss = next(c for c in claims if c.figure is not None and c.figure.text.startswith("159,4"))
    assert loss.time is None or "un an plus tôt" not in loss.time.text


UK = reference(
    [
        ("United Kingdom", "unemployment_rate", 4.7, "%", "2025-04-01/2025-06-30", "stock"),
        ("United Kingdom", "regular_pay_growth", 5.0, "%", "2025-04-01/2025-06-30", "stock"),
    ],
    entity={"United Kingdom": ["UK", "Britain", "Royaume-Uni"]},
    metric={
        "unemployment_rate": ["unemployment rate", "jobless rate"],
        "regular_pay_growth": ["regular pay growth", "pay growth"],
    },
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # read through the relative clause to the measure before it; "Regular" opening the
        # sentence is no name
        (
            "Britain's unemployment rate held at 4.7% in the three months to June. Regular pay "
            "growth, which excludes bonuses, stood at 5.0%.",
            [("supported", None), ("supported", None)],
        ),
        (
            "Britain's unemployment rate held at 4.7% in the three months to June. Regular pay "
            "growth, which excludes bonuses, stood at 6.5%.",
            [("supported", None), ("contradicted", None)],
        ),
    ],
)
def test_a_measure_read_through_a_relative_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, UK, "en", "2025-08-12") == expected


CINEMA = reference(
    [
        ("France", "cinema_admissions", 180.8, "millions", "2023", "flow"),
        ("France", "cinema_admissions", 181.3, "millions", "2024", "flow"),
    ],
    metric={"cinema_admissions": ["entrées", "entrées en salles", "admissions"]},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les cinémas français ont enregistré 500 000 entrées de plus en 2024 qu'en 2023.",
            "supported",
        ),
        (
            "Les cinémas français ont enregistré 5 millions d'entrées de plus en 2024 qu'en 2023.",
            "contradicted",
        ),
    ],
)
def test_more_in_one_year_than_in_another_is_a_change(text: str, expected: str) -> None:
    assert verdicts(text, CINEMA, "fr", "2025-02-01") == [(expected, None)]


PAY = reference(
    [("United Kingdom", "regular_pay_growth", 5.0, "%", "2025-04-01/2025-06-30", "stock")],
    entity={"United Kingdom": ["UK", "Britain"]},
    metric={"regular_pay_growth": ["regular pay growth", "pay growth excluding bonuses"]},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UK pay growth including bonuses was 4.6%.", [("unverifiable", "unknown_metric")]),
        ("UK pay growth excluding bonuses was 5.0%.", [("supported", None)]),
    ],
)
def test_including_is_not_excluding(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert verdicts(text, PAY, "en", "2025-08-12") == expected


EVENTS = reference(
    [
        ("Netflix", "ceo_departure", None, "", "2023-01-19", "event"),
        ("TF1", "merger_abandoned", None, "", "2022-09-16", "event"),
    ],
    metric={
        "ceo_departure": ["direction générale", "co-chief executive", "chief executive"],
        "merger_abandoned": ["projet de fusion", "merger"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Reed Hastings a cédé la direction générale de Netflix en 2023.", "fr", "supported"),
        ("Reed Hastings a cédé la direction générale de Netflix en 2022.", "fr", "contradicted"),
        ("Reed Hastings stepped down as Netflix's co-chief executive in 2023.", "en", "supported"),
        ("TF1 a renoncé en septembre 2022 à son projet de fusion.", "fr", "supported"),
        ("TF1 called off its merger in September 2022.", "en", "supported"),
    ],
)
def test_departures_and_plans_given_up_are_events(text: str, lang: str, expected: str) -> None:
    assert verdicts(text, EVENTS, lang, "2025-06-01") == [(expected, None)]


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        (
            "England recorded its wettest 18 months since records began in 1836, with 1,695.9 "
            "millimetres of rain falling between October 2022 and March 2024.",
            "en",
            "between October 2022 and March 2024",
        ),
        (
            "Ce fut l'été le plus chaud depuis le début des relevés en 1900, avec 25,3 °C de "
            "moyenne en 2022.",
            "fr",
            "en 2022",
        ),
    ],
)
def test_the_start_of_records_is_no_figure_s_time(text: str, lang: str, time: str) -> None:
    """A time after "since records began" is where a superlative counts from: the figure
    takes the time of its own clause."""
    (claim,) = [
        c for c in cc.parse_claims(text, lang=lang, reference_date="2024-06-01") if c.figure
    ]
    assert claim.time is not None and claim.time.text == time


PLACES = reference(
    [
        ("Canada", "air_passengers", 50, "millions", "2024", "flow"),
        ("France", "gdp_growth", 1.1, "%", "2024", "flow"),
    ],
    metric={"air_passengers": ["passengers"], "gdp_growth": ["croissance", "growth"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a place of the reference inside a longer run of capitals is that name's
        (
            "Air Canada carried 46.8 million passengers in 2024.",
            "en",
            [("unverifiable", "unknown_entity")],
        ),
        # neighbours: the place alone, and one joined by a connector
        ("Canada carried 50 million passengers in 2024.", "en", [("supported", None)]),
        ("In Canada, 50 million passengers travelled in 2024.", "en", [("supported", None)]),
    ],
)
def test_a_place_inside_a_name(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, PLACES, lang, "2025-03-01") == expected


ELECTIONS = reference(
    [
        ("United Kingdom", "turnout", 67.3, "%", "2019-12-12", "flow"),
        ("United Kingdom", "turnout", 59.7, "%", "2024-07-04", "flow"),
        ("France", "pm_appointment", None, "", "2025-09-09", "event"),
        ("France", "dissolution", None, "", "2024-06-09", "event"),
    ],
    entity={"United Kingdom": ["UK", "Britain", "Royaume-Uni"]},
    metric={
        "turnout": ["turnout", "participation"],
        "pm_appointment": ["Premier ministre", "prime minister"],
        "dissolution": ["Assemblée nationale", "dissolution"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "when", "expected"),
    [
        # a rate recorded on its day alone is its year's figure, in a change from a year too
        ("UK turnout fell 7.6 percentage points from 2019.", "en", "2024-07-06", "supported"),
        ("UK turnout fell 3 percentage points from 2019.", "en", "2024-07-06", "contradicted"),
        ("UK turnout was 67.3% in 2019.", "en", "2024-07-06", "supported"),
        # a superlative's "since" is no figure's time
        ("UK turnout fell to 59.7%, the lowest since 2001.", "en", "2024-07-06", "supported"),
        (
            "La participation britannique est tombée à 59,7 %, son plus bas niveau depuis 2001.",
            "fr",
            "2024-07-06",
            "supported",
        ),
        # an event the reference dates by its day meets a part of that day
        (
            "Sébastien Lecornu a été nommé Premier ministre mardi soir.",
            "fr",
            "2025-09-10",
            "supported",
        ),
        # dissolutions are events
        (
            "Emmanuel Macron a dissous l'Assemblée nationale dimanche soir.",
            "fr",
            "2024-06-10",
            "supported",
        ),
        ("L'Assemblée nationale a été dissoute en mai 2024.", "fr", "2024-07-01", "contradicted"),
    ],
)
def test_elections_and_events(text: str, lang: str, when: str, expected: str) -> None:
    assert verdicts(text, ELECTIONS, lang, when) == [(expected, None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an abstention rate is no turnout
        (
            "L'abstention s'est établie à 33,3 % au Royaume-Uni en 2019.",
            "fr",
            ("unverifiable", "unknown_metric"),
        ),
        # what pollsters expected is no statement of the result
        (
            "Pollsters expected UK turnout of about 70% in 2019.",
            "en",
            ("unverifiable", "not_checkable"),
        ),
    ],
)
def test_abstention_and_pollsters(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert verdicts(text, ELECTIONS, lang, "2024-07-06") == [expected]


SEATS = reference(
    [
        ("RN", "seats", 89, "", "2022-06-19", "flow"),
        ("RN", "seats", 125, "", "2024-07-07", "flow"),
    ],
    metric={"seats": ["députés", "sièges", "seats"]},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le RN a fait élire 125 députés, soit 36 de plus qu'il y a deux ans.", "supported"),
        ("Le RN a fait élire 125 députés, soit 60 de plus qu'il y a deux ans.", "contradicted"),
    ],
)
def test_a_change_from_the_last_occasion_of_a_year(text: str, expected: str) -> None:
    """A series recorded on days far apart (elections): "two years ago" is the last day
    recorded in that year at or before the day two years back."""
    assert verdicts(text, SEATS, "fr", "2024-07-08")[-1] == (expected, None)


HEALTH = reference(
    [
        ("France", "deaths", 675000, "", "2022", "flow"),
        ("France", "deaths", 639000, "", "2023", "flow"),
        ("Deliveroo", "ipo", None, "", "2021-03-31", "event"),
        ("Revolut", "uk_banking_licence", None, "", "2024-07-25", "event"),
    ],
    metric={
        "deaths": ["décès", "deaths"],
        "ipo": ["list its shares", "introduction en Bourse", "listing"],
        "uk_banking_licence": ["licence bancaire", "banking licence"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "when", "expected"),
    [
        # "de moins" after the figure's noun says the way it went
        (
            "En 2023, la France a compté 36 000 décès de moins qu'en 2022.",
            "fr",
            "2024-02-01",
            "supported",
        ),
        (
            "En 2023, la France a compté 36 000 décès de plus qu'en 2022.",
            "fr",
            "2024-02-01",
            "contradicted",
        ),
        # an event in time meets a deadline, however long before publication (DESIGN §6)
        (
            "Deliveroo plans to list its shares in London by April.",
            "en",
            "2025-02-01",
            "supported",
        ),
        # licences secured are events
        ("Revolut secured its UK banking licence in July 2024.", "en", "2024-09-01", "supported"),
        (
            "Revolut a décroché sa licence bancaire britannique en juin 2024.",
            "fr",
            "2024-09-01",
            "contradicted",
        ),
    ],
)
def test_health_and_startups(text: str, lang: str, when: str, expected: str) -> None:
    assert [v for v, _ in verdicts(text, HEALTH, lang, when)] == [expected]

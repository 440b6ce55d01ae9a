"""check(): rules of stop 25, end to end on short texts against small references, from the
first runs of heldout45 (foreign trade and road safety) and heldout46 (telecoms and
education)."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference, verdicts

TRADE = reference(
    [
        ("France", "trade_balance", -163.6, "Md EUR", "2022", "flow"),
        ("France", "trade_balance", -99.6, "Md EUR", "2023", "flow"),
    ],
    metric={"trade_balance": ["déficit commercial", "trade deficit", "balance commerciale"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a comparison's main figure states a deficit's size, as a level alone does
        (
            "Le déficit commercial de la France s'est établi à 99,6 milliards d'euros en 2023, "
            "contre 163,6 milliards en 2022.",
            "fr",
            [("supported", None)],
        ),
        (
            "France's trade deficit fell to €99.6bn in 2023 from €163.6bn in 2022.",
            "en",
            [("supported", None)],
        ),
        # neighbours: a wrong size stays wrong, a level alone as before
        (
            "Le déficit commercial de la France s'est établi à 80 milliards d'euros en 2023, "
            "contre 163,6 milliards en 2022.",
            "fr",
            [("contradicted", None)],
        ),
        ("France's trade deficit was €99.6bn in 2023.", "en", [("supported", None)]),
    ],
)
def test_a_deficit_in_a_comparison(text: str, lang: str, expected: list[tuple[str, None]]) -> None:
    assert verdicts(text, TRADE, lang, "2024-03-01") == expected


def _two_vintages() -> cc.Reference:
    rows = [("-31.6", "ONS, first estimate"), ("-24.7", "ONS, Pink Book")]
    return cc.Reference.from_records(
        [
            {
                "entity": "United Kingdom",
                "metric": "trade_balance",
                "value": value,
                "unit": "bn GBP",
                "period": "2024",
                "kind": "flow",
                "source": source,
            }
            for value, source in rows
        ],
        aliases={"metric": {"trade_balance": ["trade deficit"]}},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nearly £25 billion" of a deficit: a balance of -25 at most, up to -22.5
        ("The UK's trade deficit was nearly £25 billion in 2024.", [("conflicting", None)]),
        ("The UK's trade deficit was nearly £32 billion in 2024.", [("conflicting", None)]),
        ("The UK's trade deficit was nearly £40 billion in 2024.", [("contradicted", None)]),
        ("The UK's trade deficit was nearly £20 billion in 2024.", [("contradicted", None)]),
    ],
)
def test_nearly_a_deficit(text: str, expected: list[tuple[str, None]]) -> None:
    assert verdicts(text, _two_vintages(), "en", "2025-11-01") == expected


OUTAGES = reference(
    [
        ("Rogers", "network_outage", None, "", "2022-07-08", "event"),
        ("Orange", "network_outage", None, "", "2021-06-02", "event"),
    ],
    metric={"network_outage": ["outage", "nationwide outage", "panne", "panne géante"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "when", "verdict", "words"),
    [
        # an incident suffered, or that occurred, on a date: an event, dated not due
        (
            "Rogers suffered a nationwide outage on Friday.",
            "en",
            "2022-07-10",
            "supported",
            "The stated date (on Friday) is confirmed",
        ),
        (
            "The Rogers outage occurred in June 2022.",
            "en",
            "2022-07-10",
            "contradicted",
            "The stated date (in June 2022) is contradicted",
        ),
        (
            "Orange a subi mercredi soir une panne géante.",
            "fr",
            "2021-06-03",
            "supported",
            "La date annoncée (mercredi soir) est confirmée",
        ),
        (
            "La panne géante d'Orange est survenue en mai 2021.",
            "fr",
            "2021-06-10",
            "contradicted",
            "La date annoncée (en mai 2021) est contredite",
        ),
        # a deadline keeps its words
        (
            "Rogers had suffered an outage by 2021.",
            "en",
            "2022-07-10",
            "contradicted",
            "The stated deadline (by 2021) is missed",
        ),
    ],
)
def test_incidents_are_events(text: str, lang: str, when: str, verdict: str, words: str) -> None:
    (finding,) = cc.check(text, OUTAGES, lang=lang, reference_date=when).findings
    assert finding.verdict.value == verdict
    assert finding.explanation.startswith(words)


PHONES = reference(
    [
        ("France", "mobile_subscriptions", 81.0, "millions", "2022-12-31", "stock"),
        ("France", "mobile_subscriptions", 82.0, "millions", "2023-12-31", "stock"),
        ("Belgium", "mobile_subscriptions", 12.0, "millions", "2023-12-31", "stock"),
    ],
    metric={"mobile_subscriptions": ["cartes SIM", "SIM cards"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a measure named by a capitalized word, no entity named: in French, France's
        ("Le nombre de cartes SIM a progressé de 1 million en 2023.", "fr", [("supported", None)]),
        (
            "Le nombre de cartes SIM a progressé de 2 millions en 2023.",
            "fr",
            [("contradicted", None)],
        ),
        # in English, nobody is named
        (
            "The number of SIM cards rose by 1 million in 2023.",
            "en",
            [("unverifiable", "no_subject")],
        ),
    ],
)
def test_a_measure_named_in_capitals_at_home(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, PHONES, lang, "2024-05-10") == expected


ROADS = reference(
    [
        ("Great Britain", "road_deaths", 1752, "", "2019", "flow"),
        ("Great Britain", "road_deaths", 1624, "", "2023", "flow"),
        ("Great Britain", "road_deaths", 1602, "", "2024", "flow"),
        ("France", "road_deaths", 3244, "", "2019", "flow"),
        ("France", "road_deaths", 3167, "", "2023", "flow"),
        ("France", "road_deaths", 3193, "", "2024", "flow"),
        ("France", "wheat_yield", 7.34, "t/ha", "2023", "flow"),
        ("France", "wheat_yield", 6.22, "t/ha", "2024", "flow"),
    ],
    entity={"Great Britain": ["Britain", "GB"]},
    metric={
        "road_deaths": ["road deaths", "mortalité routière", "personnes tuées", "killed", "died"],
        "wheat_yield": ["rendement du blé tendre"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a capitalized word opening the sentence qualifies the measure when the subject is
        # named further on: cyclists' deaths are no road deaths of all
        (
            "Cyclist deaths in Great Britain rose to 87 in 2024.",
            "en",
            [("unverifiable", "unknown_metric")],
        ),
        ("Road deaths in Great Britain rose to 1,602 in 2024.", "en", [("supported", None)]),
        # an article opening the sentence qualifies nothing
        (
            "Le rendement du blé tendre en France a chuté de 15 % en 2024.",
            "fr",
            [("supported", None)],
        ),
        # a change set apart by a comma after its verb and its time
        (
            "La mortalité routière a légèrement augmenté en 2024, de 0,8 %.",
            "fr",
            [("supported", None)],
        ),
        # a level set against another year's: a change from that year
        (
            "Road deaths in Great Britain were 8.6% below their 2019 level in 2024.",
            "en",
            [("supported", None)],
        ),
        (
            "Road deaths in Great Britain were 20% below their 2019 level in 2024.",
            "en",
            [("contradicted", None)],
        ),
        (
            "La mortalité routière de 2024 reste inférieure de 1,6 % à celle de 2019.",
            "fr",
            [("supported", None)],
        ),
        # a dateline's dash is no sign of the figure after it
        (
            "LONDON, Sept 26 - Some 1,602 people were killed on Britain's roads in 2024.",
            "en",
            [("supported", None)],
        ),
        # a place opening the next sentence is its subject, not the place before
        (
            "Some 1,602 people were killed on Britain's roads in 2024. In France, 3,193 people "
            "died on the roads in 2024.",
            "en",
            [("supported", None), ("supported", None)],
        ),
    ],
)
def test_road_deaths(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert verdicts(text, ROADS, lang, "2025-09-30") == expected


EXPORTS = reference(
    [
        ("Germany", "exports", 1560, "bn EUR", "2024", "flow"),
        ("Germany", "exports_us", 161, "bn EUR", "2024", "flow"),
    ],
    metric={
        "exports": ["exports", "exportations"],
        "exports_us": ["exports to the United States", "exportations vers les États-Unis"],
    },
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trade with one partner is no country's whole exports
        (
            "German exports to the United States rose to €161 billion in 2024.",
            [("supported", None)],
        ),
        (
            "German exports to China rose to €80 billion in 2024.",
            [("unverifiable", "unknown_metric")],
        ),
        ("German exports rose to €1,560 billion in 2024.", [("supported", None)]),
    ],
)
def test_a_trade_partner_narrows_the_measure(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, EXPORTS, "en", "2025-03-01") == expected


CANADA = reference(
    [
        ("Canada", "trade_balance", -7.1, "bn CAD", "2024", "flow"),
        ("Canada", "trade_balance", -7.6, "bn CAD", "2025-04", "flow"),
    ],
    metric={"trade_balance": ["trade deficit", "merchandise trade deficit"]},
)


def test_a_headline_takes_its_lead_s_time() -> None:
    """A headline's figure with no time of its own, restated with its time in the lead, is
    of that time (April), not the latest year over."""
    text = (
        "Canada's trade deficit hits record C$7.6 billion\n"
        "OTTAWA, June 5 (Reuters) - Canada's merchandise trade deficit widened to a record "
        "C$7.6 billion in April, Statistics Canada said on Thursday."
    )
    assert verdicts(text, CANADA, "en", "2025-06-05") == [("supported", None)] * 2
    # a headline ended by a full stop is a sentence of its own: the latest year over
    alone = "Canada's trade deficit hits record C$7.6 billion."
    assert verdicts(alone, CANADA, "en", "2025-06-05") == [("contradicted", None)]


SPIRITS = reference(
    [
        ("Pernod Ricard", "revenue", 11.6, "bn EUR", "2023-07-01/2024-06-30", "flow"),
        ("Pernod Ricard", "revenue", 10.96, "bn EUR", "2024-07-01/2025-06-30", "flow"),
    ],
    entity={"Pernod Ricard": ["le numéro deux mondial des spiritueux"]},
    metric={"revenue": ["chiffre d'affaires"]},
)


def test_the_same_verb_with_no_noun_restates_the_measure() -> None:
    text = (
        "Pernod Ricard a réalisé un chiffre d'affaires de 10,96 milliards d'euros sur "
        "l'exercice 2024-2025.\nIl avait réalisé 11,6 milliards d'euros un an plus tôt."
    )
    assert verdicts(text, SPIRITS, "fr", "2025-08-28") == [("supported", None)] * 2


RADARS = reference(
    [
        ("France", "speed_cameras", 4510, "", "2023-12-31", "stock"),
        ("France", "speed_cameras", 4600, "", "2024-12-31", "stock"),
    ],
    metric={"speed_cameras": ["radars", "speed cameras"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a count said to be added to a level is the level's rise over the period
        ("La France a installé 90 radars supplémentaires en 2024.", "fr", [("supported", None)]),
        ("France installed 90 additional speed cameras in 2024.", "en", [("supported", None)]),
        (
            "La France a installé 900 radars supplémentaires en 2024.",
            "fr",
            [("contradicted", None)],
        ),
        # neighbours: the level itself
        ("La France comptait 4 600 radars fin 2024.", "fr", [("supported", None)]),
    ],
)
def test_a_count_added_to_a_level(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, RADARS, lang, "2025-03-01") == expected


POWER = reference(
    [
        ("United Kingdom", "wind_share", 30.2, "%", "2024", "flow"),
        ("France", "renewables_share", 29.2, "%", "2024", "flow"),
        ("United Kingdom", "price_cap", 1717, "GBP", "2024-10-01", "stock"),
        ("United Kingdom", "price_cap", 1738, "GBP", "2025-01-01", "stock"),
    ],
    metric={
        "wind_share": ["wind", "éolien"],
        "renewables_share": ["renewables", "electricity generation", "renouvelables"],
        "price_cap": ["price cap", "plafond tarifaire", "plafond des prix de l'énergie"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "when", "expected"),
    [
        # an adjective of place in the noun a share is of names whose whole it is
        (
            "Wind generated 30% of British electricity in 2024.",
            "en",
            "2025-03-01",
            [("supported", None)],
        ),
        (
            "Renewables accounted for 29.2% of French electricity generation in 2024.",
            "en",
            "2025-03-01",
            [("supported", None)],
        ),
        (
            "L'éolien a fourni 30 % de l'électricité britannique en 2024.",
            "fr",
            "2025-03-01",
            [("supported", None)],
        ),
        # a change dated on a day still to come is the step then
        (
            "Le plafond tarifaire britannique augmentera de 1,2 % au 1er janvier.",
            "fr",
            "2024-11-25",
            [("supported", None)],
        ),
        (
            "The UK price cap will rise by 5% on January 1.",
            "en",
            "2024-11-25",
            [("contradicted", None)],
        ),
    ],
)
def test_shares_of_a_place_and_steps_on_a_day(
    text: str, lang: str, when: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, POWER, lang, when) == expected


RATES = reference(
    [
        ("ECB", "rate_cut", None, "", "2024-06-06", "event"),
        ("ECB", "rate_cut", None, "", "2024-09-12", "event"),
    ],
    entity={"ECB": ["BCE", "European Central Bank"]},
    metric={"rate_cut": ["rate cut", "cut rates", "baisse des taux", "baisser ses taux"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "when", "expected"),
    [
        # a rate decision with no figure is an event of its day
        ("The ECB cut interest rates on Thursday.", "en", "2024-06-08", [("supported", None)]),
        ("La BCE a baissé ses taux jeudi.", "fr", "2024-06-08", [("supported", None)]),
        ("The ECB cut rates in July 2024.", "en", "2024-12-01", [("contradicted", None)]),
    ],
)
def test_rate_decisions_are_events(
    text: str, lang: str, when: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, RATES, lang, when) == expected


IFO = reference(
    [("Germany", "ifo_index", 89.0, "", "2024-08", "flow")],
    entity={"Germany": ["German"]},
    metric={"ifo_index": ["Ifo index", "Ifo business climate index"]},
)


def test_a_name_after_a_possessive_qualifies_the_measure() -> None:
    """ "Germany's Ifo index rose to 89.0": the owner, then a name that is a word of the
    measure, then its noun; the figure is the index's (it made no claim before)."""
    (claim,) = cc.parse_claims(
        "Germany's Ifo index rose to 89.0 in August.", lang="en", reference_date="2024-09-30"
    )
    assert claim.measure.noun == "Ifo index"
    text = "Germany's Ifo index rose to 89.0 in August."
    assert verdicts(text, IFO, "en", "2024-09-30") == [("supported", None)]


CAPS = reference(
    [
        ("United Kingdom", "price_cap", 1717, "GBP", "2024-10-01", "stock"),
        ("United Kingdom", "price_cap", 1738, "GBP", "2025-01-01", "stock"),
        ("France", "energy_price", 0.25, "EUR", "2024", "flow"),
    ],
    metric={"price_cap": ["energy price cap"], "energy_price": ["energy price"]},
)


def test_a_change_takes_the_subject_of_its_level_beside_it() -> None:
    """The level in pounds names the UK's cap; the change beside it, which a metric of
    another entity half-fits, is the UK's too."""
    text = "The energy price cap will rise by 1.2% to £1,738 a year from January 1."
    assert verdicts(text, CAPS, "en", "2024-11-25") == [("supported", None)] * 2


DEPOSIT = reference(
    [
        ("ECB", "deposit_rate", 3.75, "%", "2024-06-12", "stock"),
        ("ECB", "deposit_rate", 3.5, "%", "2024-09-18", "stock"),
    ],
    entity={"ECB": ["BCE"]},
    metric={"deposit_rate": ["taux de dépôt", "deposit rate"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a level decided on a day, recorded from the day it took effect (six days on)
        ("La BCE a abaissé jeudi son taux de dépôt à 3,5 %.", "fr", [("supported", None)]),
        ("The ECB cut its deposit rate to 3.5% on Thursday.", "en", [("supported", None)]),
        ("La BCE a abaissé jeudi son taux de dépôt à 3 %.", "fr", [("contradicted", None)]),
        (
            "La BCE a abaissé jeudi son taux de dépôt de 25 points de base.",
            "fr",
            [("supported", None)],
        ),
        # neighbours: a level stated with no decision verb stays as it was read
        ("Le taux de dépôt de la BCE était de 3,5 % jeudi.", "fr", [("unverifiable", "no_data")]),
    ],
)
def test_a_level_decided_on_a_day_that_starts_later(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert verdicts(text, DEPOSIT, lang, "2024-09-13") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ECB staff project euro zone inflation of 1.9% in 2026.", "en"),
        ("ECB staff now see euro zone inflation averaging 2.0% in 2025.", "en"),
        ("Les services de la BCE prévoient une inflation de 1,6 % en 2026.", "fr"),
    ],
)
def test_an_institution_s_staff_forecast_for_others(text: str, lang: str) -> None:
    """An institution's economists forecast another's figure: not checkable, as analysts'."""
    ref = reference(
        [("Euro area", "inflation", 2.4, "%", "2024", "flow")],
        entity={"Euro area": ["euro zone", "zone euro"]},
        metric={"inflation": ["inflation"]},
    )
    assert verdicts(text, ref, lang, "2025-06-10") == [("unverifiable", "not_checkable")]

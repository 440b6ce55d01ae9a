"""Claims across an article: what the article-level rules of heldout6 read.

Times counted back from the article's time ("un an plus tôt", "a year earlier", "le
trimestre précédent"), the time a paragraph carries, asides, descriptions with an
abbreviation, pronouns standing for an amount, points after a percentage.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck import Claim, ClaimKind
from claimcheck.terms import terms


def claims(text: str, lang: str, date: str = "2025-03-27") -> list[Claim]:
    return cc.parse_claims(text, lang, date)


def year_of(claim: Claim) -> int | None:
    time = claim.time
    return time.period.start.year if time is not None and time.period is not None else None


def test_a_figure_a_year_earlier_is_counted_from_the_time_before_it() -> None:
    text = "Le déficit a atteint 5,8 % du PIB en 2024. Il s'élevait à 5,4 % un an plus tôt."
    first, second = claims(text, "fr")
    assert (year_of(first), year_of(second)) == (2024, 2023)


def test_a_baseline_a_year_earlier_is_counted_from_the_figure_s_time() -> None:
    text = (
        "At the end of 2024, Netflix had 301.6 million paid memberships, up from 260.3 million "
        "a year earlier."
    )
    (claim,) = claims(text, "en", "2025-01-22")
    assert claim.kind is ClaimKind.COMPARISON
    assert claim.baseline_time is not None and claim.baseline_time.period is not None
    assert claim.baseline_time.period.start.year == 2023


def test_the_quarter_before_is_counted_from_the_stated_quarter() -> None:
    text = (
        "Le taux de chômage s'est établi à 7,3 % au quatrième trimestre 2024. Il recule de "
        "0,1 point par rapport au trimestre précédent."
    )
    rate, change = claims(text, "fr", "2025-02-14")
    assert change.kind is ClaimKind.CHANGE
    assert change.baseline_time is not None and change.baseline_time.period is not None
    assert change.baseline_time.period.start == datetime(2024, 7, 1)
    assert change.measure.terms == rate.measure.terms  # points of the rate before it


def test_a_change_since_a_year_earlier_runs_to_the_time_before_it() -> None:
    text = (
        "Fin 2023, la Suisse comptait 8 960 800 habitants, soit 145 400 de plus qu'un an plus tôt."
    )
    change = claims(text, "fr", "2024-09-01")[1]
    assert change.kind is ClaimKind.CHANGE and year_of(change) == 2023
    assert change.baseline_time is not None and change.baseline_time.period is not None
    assert change.baseline_time.period.start.year == 2022


def test_the_paragraph_carries_the_time_of_its_figures_not_the_day_a_source_spoke() -> None:
    text = (
        "Le déficit public a atteint 5,8 % du PIB en 2024, a annoncé jeudi l'Insee. En valeur, "
        "le déficit s'est établi à 169,6 milliards d'euros."
    )
    assert [year_of(c) for c in claims(text, "fr")] == [2024, 2024]


def test_a_weekday_is_not_carried_over_a_year() -> None:
    text = (
        "Germany's economy shrank in 2024, official figures showed Wednesday. Gross domestic "
        "product fell 0.2% after a 0.3% contraction in 2023."
    )
    (claim,) = claims(text, "en", "2025-01-15")
    assert year_of(claim) == 2024
    assert claim.baseline is not None and claim.baseline.text == "0.3%"


def test_a_time_in_an_aside_is_not_the_figure_s() -> None:
    text = (
        "Boeing delivered 348 jets in 2024. Airbus, which reported its figures last week, "
        "delivered 766 aircraft."
    )
    airbus = claims(text, "en", "2025-01-14")[1]
    assert airbus.subject == "Airbus" and year_of(airbus) == 2024


def test_a_description_with_an_abbreviated_place_refers_back() -> None:
    text = "Boeing delivered 348 jets in 2024. The U.S. planemaker's deliveries fell 34% from 528."
    change = claims(text, "en", "2025-01-14")[1]
    assert (change.subject, change.subject_inferred) == ("Boeing", True)


def test_europe_s_largest_economy_is_the_place_the_article_is_about() -> None:
    text = (
        "Germany's economy shrank in 2024. Europe's largest economy has struggled.\n"
        "The country's population stood at 84.7 million at the end of 2023."
    )
    (claim,) = claims(text, "en", "2025-01-15")
    assert claim.subject == "Germany"


def test_a_pronoun_stands_for_the_amount_before_it() -> None:
    text = (
        "Le chiffre d'affaires de Stellantis a reculé à 156,9 milliards d'euros en 2024. "
        "Celui-ci avait atteint 189,5 milliards en 2023."
    )
    second = claims(text, "fr", "2025-02-26")[1]
    assert second.figure is not None and second.figure.currency == "EUR"
    assert year_of(second) == 2023 and second.subject == "Stellantis"


def test_a_fraction_of_a_point_is_no_share() -> None:
    text = "The Bank of England cut interest rates by a quarter of a percentage point."
    assert all(c.kind is not ClaimKind.RATIO for c in claims(text, "en", "2025-02-06"))


_PIECES = [
    "Le groupe a vendu 2,2 millions de voitures en 2024",
    "un an plus tôt",
    "a year earlier",
    "le trimestre précédent",
    "the previous quarter",
    "Il s'élevait à 5,4 %",
    "Celui-ci avait atteint 189,5 milliards",
    ", qui a publié ses chiffres la semaine dernière,",
    "contre 18 %",
    "up from 3 million",
    "jeudi",
    "\n",
    ". ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(["fr", "en"]))
def test_counted_back_times_always_get_a_period_or_none(pieces: list[str], lang: str) -> None:
    text = " ".join(pieces)
    for claim in cc.parse_claims(text, lang, "2025-03-27"):
        for time in (claim.time, claim.baseline_time):
            assert time is None or time.period is not None


def test_a_dateline_s_date_is_no_figure_s_time() -> None:
    text = (
        "TOULOUSE, 20 février (Reuters) - Le chiffre d'affaires d'Airbus a atteint 69,2 "
        "milliards d'euros."
    )
    (claim,) = claims(text, "fr", "2025-02-21")
    assert claim.time is None


def test_a_relative_change_with_no_words_of_its_own_takes_the_paragraph_s_measure() -> None:
    text = "En 2024, 663 000 bébés sont nés en France. C'est 2,2 % de moins qu'un an plus tôt."
    births, change = claims(text, "fr", "2025-01-14")
    assert change.kind is ClaimKind.CHANGE and change.measure == births.measure
    assert year_of(change) == 2024
    assert change.baseline_time is not None and change.baseline_time.period is not None
    assert change.baseline_time.period.start.year == 2023


def test_this_figure_stands_for_the_measure_before_it() -> None:
    text = "Airbus a livré 766 avions en 2024. Ce montant se compare à 735 en 2023."
    deliveries, other = claims(text, "fr", "2025-02-21")
    assert other.measure == deliveries.measure and year_of(other) == 2023


def test_a_measure_named_with_a_referring_word_is_its_own() -> None:
    (claim,) = claims("Le chiffre d'affaires d'Airbus a atteint 69,2 milliards d'euros.", "fr")
    assert claim.measure.noun is not None and "affaires" in claim.measure.noun


def test_the_currency_left_out_for_another_entity_is_the_one_before() -> None:
    text = (
        "En 2024, Renault a réalisé un chiffre d'affaires de 56,2 milliards d'euros, Stellantis "
        "de 156,9 milliards et Airbus de 69,2 milliards."
    )
    found = claims(text, "fr", "2025-02-27")
    assert [c.subject for c in found] == ["Renault", "Stellantis", "Airbus"]
    assert all(c.figure is not None and c.figure.currency == "EUR" for c in found)
    assert found[1].measure == found[0].measure


def test_for_the_full_year_is_the_year_of_the_time_before() -> None:
    text = (
        "Amazon.com reported fourth-quarter results on Thursday. For the full year, the "
        "company's net sales rose 11% to $638 billion."
    )
    for claim in claims(text, "en", "2025-02-07"):
        assert claim.time is not None and claim.time.period is not None
        assert claim.time.period.grain == "year" and year_of(claim) == 2024


def test_a_headline_topic_is_no_name() -> None:
    text = (
        "Naissances : nouveau plus bas historique en France\n\nLa natalité continue de reculer. "
        "Selon l'Insee, 663 000 bébés sont nés en 2024 en France."
    )
    (claim,) = claims(text, "fr", "2025-01-15")
    assert claim.subject == "France"


def test_a_kicker_opening_its_sentence_stays_a_name() -> None:
    (claim,) = claims("Grenoble : la fréquentation du tramway a augmenté de 5 %.", "fr")
    assert claim.subject == "Grenoble"


def test_speakers_are_not_what_the_article_is_about() -> None:
    text = (
        'Amazon reported net income of $59.2 billion in 2024. "We\'re excited," Chief '
        "Executive Andy Jassy said. The retailer had 1.56 million employees."
    )
    assert [c.subject for c in claims(text, "en", "2025-02-07")] == ["Amazon", "Amazon"]
    text = (
        "La France a enregistré 663 000 naissances en 2024. « La baisse est continue », "
        "souligne Sylvie Le Minez, responsable des études. En parallèle, 646 000 décès ont été "
        "enregistrés."
    )
    assert [c.subject for c in claims(text, "fr", "2025-01-15")] == ["France", "France"]


def test_wire_copy_carries_from_the_one_sentence_paragraph_before() -> None:
    text = (
        "Netflix added 18.9 million subscribers in the fourth quarter of 2024.\n\n"
        "That brought its total to 301.6 million, the company said."
    )
    added, total = claims(text, "en", "2025-01-23")
    assert total.measure.verb is None and total.measure.terms == terms("subscribers", "en")
    assert added.time is not None and total.time is None  # a time is not carried over


def test_a_longer_paragraph_s_last_glance_is_not_carried() -> None:
    text = (
        "Stellantis a réalisé 156,9 milliards d'euros de chiffre d'affaires en 2024. Celui-ci "
        "avait atteint 189,5 milliards en 2023.\n\nRenault a vu son chiffre d'affaires "
        "progresser de 7,4 % à 56,2 milliards d'euros."
    )
    assert year_of(claims(text, "fr", "2025-02-26")[-1]) != 2023


def test_a_name_inside_a_phrase_a_blocker_opens_is_no_subject() -> None:
    text = (
        "La France a enregistré 663 000 naissances en 2024. Il s'agit du plus bas niveau depuis "
        "la fin de la Seconde Guerre mondiale. Dans le même temps, 646 000 personnes sont "
        "décédées."
    )
    assert [c.subject for c in claims(text, "fr", "2025-01-14")] == ["France", "France"]

"""check(): rules found by the fifth blind batch (tests/data/check_dev/heldout5), end to end
on short texts against small references: denied bounds, durations stated as levels, a bare
figure set against money, metrics told apart by the sentence, prices per unit, flows
recorded on their day alone, thresholds after a figure, and units written as words in
explanations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from check_cases import reference
from claimcheck.terms import terms


def _finding(text: str, reference: cc.Reference, lang: str, date: str) -> cc.Finding:
    return cc.check(text, reference, lang=lang, reference_date=date).findings[0]


def _verdict(text: str, reference: cc.Reference, lang: str, date: str) -> str:
    finding = _finding(text, reference, lang, date)
    if finding.reason is not None:
        return f"{finding.verdict.value}/{finding.reason.value}"
    return finding.verdict.value


PLANES = reference(
    [
        ("Boeing", "deliveries", 528, "", "2023", "flow"),
        ("Boeing", "deliveries", 348, "", "2024", "flow"),
        ("Airbus", "net_income", 3789, "M EUR", "2023", "flow"),
        ("Airbus", "net_income", 4232, "M EUR", "2024", "flow"),
        ("Alphabet", "net_income", 73795, "M USD", "2023", "flow"),
        ("Alphabet", "net_income", 100118, "M USD", "2024", "flow"),
        ("Euro area", "deficit", 3.1, "%", "2024", "flow"),
    ],
    entity={"Euro area": ["zone euro", "euro area"]},
    metric={
        "deliveries": ["livraisons", "livré", "deliveries", "delivered"],
        "net_income": ["bénéfice net", "net income"],
        "deficit": ["déficit", "deficit"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Boeing did not exceed 400 deliveries in 2024.", "en", "supported"),
        ("Boeing didn't exceed 300 deliveries in 2024.", "en", "contradicted"),
        ("Boeing has never delivered more than 400 jets in 2024.", "en", "supported"),
        ("Boeing n'a pas dépassé les 400 livraisons en 2024.", "fr", "supported"),
        ("Boeing n'a pas livré plus de 400 avions en 2024.", "fr", "supported"),
        ("Boeing n'a pas franchi la barre des 300 livraisons en 2024.", "fr", "contradicted"),
        ("Le déficit de la zone euro n'a pas dépassé 3 % du PIB en 2024.", "fr", "contradicted"),
        ("The euro area's deficit was not above 3.5% of GDP in 2024.", "en", "supported"),
        # the bound itself, not denied: unchanged
        ("Boeing exceeded 400 deliveries in 2024.", "en", "contradicted"),
        ("Boeing a livré pas moins de 300 avions en 2024.", "fr", "supported"),
    ],
)
def test_a_denied_bound_is_its_complement(text: str, lang: str, want: str) -> None:
    assert _verdict(text, PLANES, lang, "2025-02-01") == want


def test_a_denied_bound_shows_its_negation() -> None:
    finding = _finding("Boeing did not exceed 400 deliveries in 2024.", PLANES, "en", "2025-02-01")
    assert finding.claim.figure is not None
    assert finding.claim.figure.text == "not exceed 400"
    assert finding.claim.figure.qualifier is cc.Qualifier.LE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Boeing n'a pas livré 400 avions en 2024.", "fr"),
        ("Boeing did not deliver 400 jets in 2024.", "en"),
    ],
)
def test_a_denied_figure_states_none(text: str, lang: str) -> None:
    assert cc.parse_claims(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "bound"),
    [
        ("Le déficit a atteint 3,1 % sans dépasser 3,5 %.", "fr", "sans dépasser 3,5 %"),
        ("Inflation rose to 3% without exceeding 3.5%.", "en", "without exceeding 3.5%"),
    ],
)
def test_without_exceeding_is_at_most(text: str, lang: str, bound: str) -> None:
    claims = cc.parse_claims(text, lang=lang)
    denied = [c.figure for c in claims if c.figure is not None and c.figure.text == bound]
    assert denied and denied[0].qualifier is cc.Qualifier.LE


def test_not_after_a_comma_is_still_a_comparison() -> None:
    claims = cc.parse_claims("Boeing delivered 348 jets in 2024, not 400.", lang="en")
    assert claims[0].baseline is not None and claims[0].baseline.text == "400"


@given(value=st.integers(min_value=10, max_value=2000).filter(lambda v: abs(v - 348) > 20))
def test_denying_a_bound_flips_its_verdict(value: int) -> None:
    stated = _verdict(f"Boeing exceeded {value} deliveries in 2024.", PLANES, "en", "2025-02-01")
    denied = _verdict(
        f"Boeing did not exceed {value} deliveries in 2024.", PLANES, "en", "2025-02-01"
    )
    assert {stated, denied} == {"supported", "contradicted"}


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Le bénéfice net d'Airbus est passé de 3,8 milliards d'euros en 2023 à 4,2 milliards "
         "en 2024.", "fr", "supported"),
        ("Le bénéfice net d'Airbus est passé de 3,8 milliards d'euros en 2023 à 5,2 milliards "
         "en 2024.", "fr", "contradicted"),
        ("Airbus's net income rose from €3.8 billion in 2023 to 4.2 billion in 2024.", "en",
         "supported"),
    ],
)  # fmt: skip
def test_a_bare_figure_set_against_money_is_that_money(text: str, lang: str, want: str) -> None:
    assert _verdict(text, PLANES, lang, "2025-03-01") == want


def test_a_bound_after_a_figure_is_a_threshold_not_an_earlier_level() -> None:
    text = (
        "Alphabet posted net income of $100.1 billion in 2024, its first year above $100 billion."
    )
    assert _verdict(text, PLANES, "en", "2025-02-05") == "supported"


LIVES = reference(
    [
        ("Japan", "life_expectancy_women", 87.14, "year", "2023", "flow"),
        ("Japan", "life_expectancy_men", 81.09, "year", "2023", "flow"),
        ("France", "life_expectancy_men", 80.0, "year", "2024", "flow"),
        ("United States", "life_expectancy", 77.5, "year", "2022", "flow"),
        ("United States", "life_expectancy", 78.4, "year", "2023", "flow"),
    ],
    entity={"United States": ["U.S."]},
    metric={
        "life_expectancy_women": ["life expectancy for women", "women's life expectancy"],
        "life_expectancy_men": ["life expectancy for men", "espérance de vie des hommes"],
        "life_expectancy": ["life expectancy", "espérance de vie"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "want"),
    [
        ("Japanese women's life expectancy stands at 87.14 years.", "en", "2024-07-27",
         "supported"),
        ("Life expectancy for Japanese men was 81.09 years in 2023.", "en", "2024-07-27",
         "supported"),
        ("Life expectancy for Japanese men was 83.5 years in 2023.", "en", "2024-07-27",
         "contradicted"),
        ("En France, l'espérance de vie des hommes s'établit à 80,0 ans en 2024.", "fr",
         "2025-01-15", "supported"),
        ("U.S. life expectancy rose to 78.4 years in 2023 from 77.5 years in 2022.", "en",
         "2024-12-20", "supported"),
        ("U.S. life expectancy rose to 78.4 years in 2023 from 74.1 years in 2022.", "en",
         "2024-12-20", "contradicted"),
    ],
)  # fmt: skip
def test_durations_stated_as_levels(text: str, lang: str, date: str, want: str) -> None:
    assert _verdict(text, LIVES, lang, date) == want


def test_a_duration_for_how_long_is_no_figure() -> None:
    claims = cc.parse_claims("Boeing a livré 348 avions en douze mois.", lang="fr")
    assert [c.figure.text for c in claims if c.figure is not None] == ["348"]


def test_years_are_written_as_words_in_explanations() -> None:
    fr = _finding(
        "En France, l'espérance de vie des hommes s'établit à 80,0 ans en 2024.",
        LIVES,
        "fr",
        "2025-01-15",
    )
    assert "80 ans" in fr.explanation
    en = _finding(
        "Life expectancy for Japanese men was 81.09 years in 2023.", LIVES, "en", "2024-07-27"
    )
    assert "81.1 years" in en.explanation


PRICES = reference(
    [
        ("Paris", "apartment_price_m2", 9660, "EUR/m2", "2024-01", "flow"),
        ("Paris", "apartment_price_m2", 9700, "EUR/m2", "2025-Q3", "flow"),
        ("Paris", "energy_price", 0.25, "EUR/kWh", "2024", "flow"),
        ("Super Bowl", "viewers", 123_700_000, "", "2024-02-11", "flow"),
        ("Super Bowl", "viewers", 127_700_000, "", "2025-02-09", "flow"),
        ("France", "exports", 89, "TWh", "2024", "flow"),
        ("France", "generation", 536.5, "TWh", "2024", "flow"),
    ],
    metric={
        "apartment_price_m2": ["mètre carré", "prix du mètre carré"],
        "energy_price": ["prix de l'électricité"],
        "viewers": ["viewers"],
        "exports": ["solde exportateur"],
        "generation": ["production d'électricité"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "want"),
    [
        ("Le mètre carré parisien s'échangeait à 9 700 euros au troisième trimestre 2025.", "fr",
         "2025-11-21", "supported"),
        ("À Paris, le prix moyen du mètre carré est passé sous la barre des 10 000 euros.", "fr",
         "2024-03-01", "supported"),
        ("À Paris, le prix du mètre carré a dépassé 12 000 euros en janvier 2024.", "fr",
         "2024-03-01", "contradicted"),
        # a price per kWh is stated per kWh, whatever base unit the kWh is a multiple of
        ("À Paris, le prix de l'électricité s'établit à 0,25 euro en 2024.", "fr",
         "2025-01-10", "supported"),
        ("À Paris, le prix de l'électricité s'établit à 0,35 euro en 2024.", "fr",
         "2025-01-10", "contradicted"),
        ("Last year's Super Bowl averaged 123.7 million viewers.", "en", "2025-02-11",
         "supported"),
        ("The Super Bowl averaged 150 million viewers in 2025.", "en", "2025-03-01",
         "contradicted"),
        ("La France a affiché un solde exportateur record de 89 TWh d'électricité en 2024.",
         "fr", "2025-02-27", "supported"),
    ],
)  # fmt: skip
def test_prices_occurrences_and_metrics_named_whole(
    text: str, lang: str, date: str, want: str
) -> None:
    assert _verdict(text, PRICES, lang, date) == want


CENSUS = reference(
    [
        ("Wales", "population", 3_107_494, "", "2021-03-21", "stock"),
        ("France", "births", 678_000, "", "2023", "flow"),
        ("France", "births", 663_000, "", "2024", "flow"),
    ],
    metric={"population": ["population"], "births": ["births", "naissances"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "want"),
    [
        ("Wales's population fell below 3 million in 2021.", "en", "2023-01-15", "contradicted"),
        ("Wales's population rose above 3 million in 2021.", "en", "2023-01-15", "supported"),
        ("The population of Wales has not fallen below 3 million.", "en", "2023-01-15",
         "supported"),
        ("Births in France fell below 650,000 in 2024.", "en", "2025-01-15", "contradicted"),
        ("Les naissances sont tombées sous la barre des 700 000 en 2024 en France.", "fr",
         "2025-01-15", "supported"),
        # the size of a change, not a level crossed
        ("Births in France fell by more than 10,000 in 2024.", "en", "2025-01-15",
         "supported"),
    ],
)  # fmt: skip
def test_a_level_crossed_after_a_change_verb(text: str, lang: str, date: str, want: str) -> None:
    assert _verdict(text, CENSUS, lang, date) == want


@pytest.mark.parametrize(
    "word",
    ["capacité solaire", "centre", "produit", "passager", "voiture", "nucléaire", "affaire",
     "premier", "annuel", "régional", "mètre"],
)  # fmt: skip
def test_a_french_word_and_its_plural_share_their_key(word: str) -> None:
    plural = " ".join(w + ("" if w.endswith(("s", "x")) else "s") for w in word.split())
    assert terms(word, "fr") == terms(plural, "fr")


def test_solar_capacity_in_the_plural_names_the_metric() -> None:
    ref = reference(
        [("China", "solar_capacity", 886.66, "GW", "2024-12-31", "stock")],
        entity={"China": ["Chine"]},
        metric={"solar_capacity": ["capacité solaire"]},
    )
    text = "La Chine disposait de 887 GW de capacités solaires fin 2024."
    assert _verdict(text, ref, "fr", "2025-01-25") == "supported"


SOLAR = reference(
    [
        ("China", "solar_capacity", 609.49, "GW", "2023-12-31", "stock"),
        ("China", "solar_capacity", 886.66, "GW", "2024-12-31", "stock"),
        ("United States", "payrolls", 256, "k", "2024-12", "flow"),
    ],
    entity={"China": ["Chine"], "United States": ["U.S."]},
    metric={"solar_capacity": ["solar capacity", "capacité solaire"], "payrolls": ["jobs"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("China added 277 GW of solar capacity in 2024.", "en", "supported"),
        ("China added 350 GW of solar capacity in 2024.", "en", "contradicted"),
        ("La Chine a ajouté quelque 277 GW de capacités solaires en 2024.", "fr", "supported"),
        # a level, even with "installed" in its name
        ("China's installed solar capacity reached 887 GW at the end of 2024.", "en",
         "supported"),
        ("La capacité solaire installée de la Chine atteignait 887 GW fin 2024.", "fr",
         "supported"),
        # a flow's addition is that period's figure
        ("The U.S. economy added 256,000 jobs in December 2024.", "en", "supported"),
    ],
)  # fmt: skip
def test_an_addition_to_a_level_is_its_rise(text: str, lang: str, want: str) -> None:
    assert _verdict(text, SOLAR, lang, "2025-01-25") == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Le bénéfice net d'Airbus a fondu de 10 % en 2024.", "fr", "contradicted"),
        ("Airbus a vu son bénéfice net fondre de 5 % en 2024.", "fr", "contradicted"),
        ("Airbus's net income tumbled 5% in 2024.", "en", "contradicted"),
        ("Airbus's net income widened 11.7% in 2024.", "en", "supported"),
    ],
)
def test_fall_and_rise_words(text: str, lang: str, want: str) -> None:
    assert _verdict(text, PLANES, lang, "2025-03-01") == want

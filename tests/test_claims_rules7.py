"""parse_claims(): assembly rules found by the seventh blind batch (statistics offices' series,
tests/data/check_dev/heldout7): a bracketed aside between a measure and its verb, and the
base of a rate's percentage, which is not what is measured."""

from __future__ import annotations

import pytest

import claimcheck as cc


def _measures(text: str, lang: str = "fr") -> list[tuple[str, str | None]]:
    claims = cc.parse_claims(text, lang=lang, reference_date="2025-09-26")
    return [(c.text, c.measure.noun) for c in claims]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Le taux de chômage au sens du Bureau international du travail (BIT) a augmenté de "
         "0,1 point en France.", "taux de chômage"),
        ("Le taux de chômage (BIT) a augmenté de 0,1 point en France.", "taux de chômage"),
        ("The jobless rate (ILO) rose 0.2 percentage points in Britain.", "jobless rate"),
    ],
)  # fmt: skip
def test_a_short_aside_in_brackets_is_read_through(text: str, want: str) -> None:
    ((_, noun),) = _measures(text, "en" if text.startswith("The") else "fr")
    assert noun is not None and noun.startswith(want)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the rate's change in points, then its level "à 7,5 % de la population active"
        ("Le taux de chômage a augmenté de 0,1 point en France, à 7,5 % de la population "
         "active.", "fr", [("0,1 point", "taux de chômage"), ("7,5 %", "taux de chômage")]),
        # after a pronoun, the paragraph's measure
        ("La dette publique a atteint 3 416,3 milliards d'euros. Elle représente 115,6 % du "
         "produit intérieur brut.", "fr",
         [("atteint 3 416,3 milliards d'euros", "dette publique"), ("115,6 %", "dette publique")]),
        ("Le déficit public devrait reculer à 5,4 % du PIB en 2025. Il avait atteint 5,8 % du "
         "PIB en 2024.", "fr",
         [("5,4 %", "déficit public"), ("atteint 5,8 %", "déficit public")]),
        # near misses: a share of another whole keeps its base
        ("La dette publique s'élevait à 3 160 milliards d'euros, soit 110,7 % du produit "
         "intérieur brut.", "fr",
         [("3 160 milliards d'euros", "dette publique"), ("110,7 %", "produit intérieur brut")]),
        ("Boeing will cut about 17,000 jobs, or 10% of its workforce.", "en",
         [("about 17,000", "jobs"), ("10%", "workforce")]),
        ("Labour won 412 seats with 33.7% of the vote.", "en",
         [("412", "seats"), ("33.7%", "vote")]),
    ],
)  # fmt: skip
def test_the_base_of_a_rate_is_not_its_measure(
    text: str, lang: str, want: list[tuple[str, str]]
) -> None:
    assert _measures(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a statistic of a place, in a sentence naming no one: the article's place
        ("Britain's inflation rate jumped to 3.5% in April. The Bank of England, which cut its "
         "main interest rate to 4.25% this month, is worried. Meanwhile, the unemployment rate "
         "rose to 4.5% in the three months to March.", "en", "United Kingdom"),
        ("En France, l'inflation a ralenti à 0,8 % en février. La Banque de France a relevé sa "
         "prévision de croissance à 0,9 %. Le taux de chômage est resté à 7,3 %.", "fr",
         "France"),
        # near misses: what an organisation counts stays its own
        ("Britain's inflation rate jumped to 3.5% in April. Tesla delivered 384,122 vehicles in "
         "the second quarter. Meanwhile, deliveries in Europe fell by 2,000.", "en", "Tesla"),
        ("The Bank of England cut its main interest rate to 4.25% in May. Meanwhile, inflation "
         "rose to 3.5% in April.", "en", "Bank of England"),
    ],
)  # fmt: skip
def test_a_statistic_of_a_place_is_the_places(text: str, lang: str, want: str) -> None:
    claims = cc.parse_claims(text, lang=lang, reference_date="2025-05-21")
    assert claims[-1].subject == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("L'économie américaine n'a créé que 22 000 emplois en août.", "United States"),
        ("L'industrie française ne compte plus que 3,1 millions de salariés.", "France"),
        # near miss: a "que" with no "ne" before it still opens a clause (the Fed's forecast)
        ("L'économie américaine ralentit, estime la Fed, qui prévoit que 22 000 emplois "
         "seront créés.", "Fed"),
    ],
)  # fmt: skip
def test_ne_que_opens_no_clause(text: str, want: str | None) -> None:
    claims = cc.parse_claims(text, lang="fr", reference_date="2025-09-05")
    assert claims[0].subject == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a look back (the imperfect) states its own time, which the next sentence does not
        # carry: the article's quarter
        ("Le taux de chômage a augmenté de 0,1 point au deuxième trimestre 2025 en France. Il "
         "s'établissait à 7,4 % au premier trimestre. Sur un an, il est en hausse de 0,2 point.",
         ["2025-Q2", "2025-Q1", "2025-Q2"]),
        # near miss: a sentence in the present sets the time carried on
        ("Le taux de chômage a augmenté de 0,1 point au deuxième trimestre 2025 en France. Il "
         "atteint 7,4 % au premier trimestre. Sur un an, il est en hausse de 0,2 point.",
         ["2025-Q2", "2025-Q1", "2025-Q1"]),
    ],
)  # fmt: skip
def test_a_look_back_keeps_the_articles_time(text: str, want: list[str]) -> None:
    claims = cc.parse_claims(text, lang="fr", reference_date="2025-08-13")
    assert [c.time.period.label() if c.time and c.time.period else None for c in claims] == want

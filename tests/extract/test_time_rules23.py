"""Readings fixed in stop 23, from blind54 (feature and history writing) and blind55 (business
wire copy), each with the neighbours that must not move."""

from __future__ import annotations

import pytest
from mention_cases import readings

import claimcheck as cc

REF = "2024-06-01"  # a Saturday


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a verb conjugated with "être" in the past ("est mort", "est née"): the last such day
        (
            "Le peintre est mort jeudi à son domicile.",
            "fr",
            [("jeudi", "time", "2024-05-30T00:00:00")],
        ),
        ("Elle est née dimanche à Lyon.", "fr", [("dimanche", "time", "2024-05-26T00:00:00")]),
        # the noun "la mort" is no tense: the future verb gives the next Thursday
        (
            "La mort du peintre sera commémorée jeudi.",
            "fr",
            [("jeudi", "time", "2024-06-06T00:00:00")],
        ),
    ],
)
def test_past_participles_of_etre_verbs(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("The bridge was built in just under seven years.", "en", "nearly"),
        ("It was done in just over a year.", "en", "gt"),
        ("It was built in under seven years.", "en", "lt"),
    ],
)
def test_a_duration_taken_in_just_under(text: str, lang: str, qualifier: str) -> None:
    """A duration taken "in just under seven years" is nearly seven years, as "just under $5"
    is nearly $5."""
    (found,) = cc.extract(text, lang=lang, reference_date=REF)
    assert found.kind.value == "duration" and found.qualifier.value == qualifier


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a person's age told with a verb is no figure
        ("« J'avais 17 ans quand les chars sont entrés dans Prague », raconte Jana.", "fr", []),
        (
            "Le chanteur aurait eu 81 ans ce samedi.",
            "fr",
            [("ce samedi", "time", "2024-06-01T00:00:00")],
        ),
        (
            "Mrs Okafor, who turned 100 on Wednesday, lives here.",
            "en",
            [("on Wednesday", "time", "2024-05-29T00:00:00")],
        ),
        (
            "He was 23 when he won the title in 1985.",
            "en",
            [("in 1985", "time", "1985-01-01T00:00:00")],
        ),
        # "turned" alone is no age: an index turns by points
        ("The index turned 100 points lower.", "en", [("100", "number", "100.0")]),
    ],
)
def test_ages_told_with_a_verb(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was the fifth of nine children.",
            [("fifth", "ordinal", "5.0"), ("nine", "number", "9.0")],
        ),
        (
            "He won the first of his seven world titles in 1985.",
            [
                ("first", "ordinal", "1.0"),
                ("seven", "number", "7.0"),
                ("in 1985", "time", "1985-01-01T00:00:00"),
            ],
        ),
        # a month or a time after "of" keeps the day
        (
            "The deadline is the fifth of June.",
            [("the fifth of June", "time", "2024-06-05T00:00:00")],
        ),
        (
            "It is due on the 20th of next month.",
            [("on the 20th of next month", "time", "2024-07-20T00:00:00")],
        ),
    ],
)
def test_an_ordinal_of_a_count_ranks(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """An ordinal joined by "of" to a count or a possessive ("the fifth of nine children")
    ranks, no day of the month."""
    assert readings(text, "en", REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La guerre de Cent Ans et les Trente Glorieuses sont au programme.", "fr", []),
        ("It traces conflicts from the Hundred Years' War to the Six-Day War.", "en", []),
        # a duration in lowercase, or a headline in capitals, stays a duration
        ("La guerre des Six Jours a duré six jours.", "fr", [("six jours", "duration", "6.0")]),
        ("Sales Rise In Three Months", "en", [("In Three Months", "duration", "3.0")]),
    ],
)
def test_a_duration_in_capitals_after_a_lowercase_word_is_a_name(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In his 80s, he still swam every morning.", []),
        ("In their early 20s, they moved.", []),
        ("In the early 1980s, it grew.", [("In the early 1980s", "time", "1980-01-01T00:00:00")]),
    ],
)
def test_a_decade_after_a_possessive_is_an_age(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, "en", REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Tickets cost £1, roughly £20 in today's money.",
            "en",
            [("£1", "money", "1.0"), ("roughly £20", "money", "20.0")],
        ),
        # a count of times after a name is a count, no model number
        ("The Beatles played the Cavern Club 292 times.", "en", [("292", "number", "292.0")]),
        ("Apple sold the iPhone 15 in China.", "en", []),
        # a preposition that takes a bare time ("courant 2025") is an adjective before another
        (
            "Kering anticipe un recul de son résultat opérationnel courant au premier semestre.",
            "fr",
            [("au premier semestre", "time", "2024-01-01T00:00:00")],
        ),
        (
            "Le chantier démarrera courant 2025.",
            "fr",
            [("courant 2025", "time", "2025-01-01T00:00:00")],
        ),
        (
            "Sur l'ensemble de l'année, il a plu.",
            "fr",
            [("Sur l'ensemble de l'année", "time", "2024-01-01T00:00:00")],
        ),
        # a rank of quarters in a row is no third quarter
        (
            "Pour le troisième trimestre consécutif, les immatriculations ont reculé de 4 %.",
            "fr",
            [("troisième", "ordinal", "3.0"), ("4 %", "percent", "4.0")],
        ),
        (
            "For the third quarter in a row, registrations fell 4%.",
            "en",
            [("third", "ordinal", "3.0"), ("4%", "percent", "4.0")],
        ),
        (
            "Au troisième trimestre, les ventes ont baissé.",
            "fr",
            [("Au troisième trimestre", "time", "2023-07-01T00:00:00")],
        ),
        # a year before what a year's results pay
        (
            "Holcim will pay a 2023 dividend of CHF 2.80 a share.",
            "en",
            [("2023", "time", "2023-01-01T00:00:00"), ("CHF 2.80", "money", "2.8")],
        ),
    ],
)
def test_business_and_feature_copy(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "span", "qualifier"),
    [
        ("Les frais ne pourront pas dépasser 30 euros.", "fr", "pas dépasser 30 euros", "le"),
        ("Le déficit ne dépasse pas 5 % du PIB.", "fr", "ne dépasse pas 5 %", "le"),
        ("Fees will not exceed $30.", "en", "not exceed $30", "le"),
        ("Sales exceed $30 billion.", "en", "exceed $30 billion", "gt"),
        ("Les ventes vont dépasser 30 millions.", "fr", "dépasser 30 millions", "gt"),
    ],
)
def test_a_negated_verb_of_exceeding_is_a_ceiling(
    text: str, lang: str, span: str, qualifier: str
) -> None:
    (found,) = [
        m for m in cc.extract(text, lang=lang, reference_date=REF) if m.kind.value != "time"
    ]
    assert (found.text, found.qualifier.value) == (span, qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reflexive verb's perfect with "sont": the past, whatever the participle's length
        (
            "Les contrôleurs de la SNCF se sont mis en grève vendredi.",
            [("vendredi", "time", "2024-05-31T00:00:00")],
        ),
        ("Ils se sont rassemblés vendredi.", [("vendredi", "time", "2024-05-31T00:00:00")]),
        # a present passive stays a present
        ("Le sommet est organisé dimanche.", [("dimanche", "time", "2024-06-02T00:00:00")]),
        ("Le bien est mis en vente dimanche.", [("dimanche", "time", "2024-06-02T00:00:00")]),
    ],
)
def test_a_reflexive_verbs_perfect_is_past(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, "fr", REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port of Rotterdam handled 13.8m TEU in 2024.", ("13.8m", "number", "13800000.0")),
        ("The tower is 13.8m tall.", ("13.8m", "quantity", "13.8")),
    ],
)
def test_a_glued_m_before_teu_is_millions(text: str, expected: tuple[str, str, str]) -> None:
    assert readings(text, "en", REF)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "-ci" points to the present: the suffix joins the span
        (
            "Le lycée fête ce mois-ci son centenaire.",
            [("ce mois-ci", "time", "2024-06-01T00:00:00")],
        ),
        ("Il viendra cette semaine-ci.", [("cette semaine-ci", "time", "2024-05-27T00:00:00")]),
        # "-là" refers to a time told before: no period of the reference date
        ("Cette année-là, il a plu.", []),
        ("Ce jour-là, la Bourse a chuté de 5 %.", [("5 %", "percent", "5.0")]),
        # a year stays a year
        ("Il viendra ce mois.", [("ce mois", "time", "2024-06-01T00:00:00")]),
    ],
)
def test_demonstrative_suffixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert readings(text, "fr", REF) == expected

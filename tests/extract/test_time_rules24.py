"""Readings fixed in stop 24: decades in words, decades that are degrees, ordinals of a scale
after digits; each with the neighbours that must not move."""

from __future__ import annotations

import pytest
from mention_cases import readings

import claimcheck as cc

REF = "2024-06-01"  # a Saturday


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a decade's tens in words after "les années", as in digits
        (
            "Dans les années quatre-vingt, la ville comptait 300 habitants.",
            "fr",
            [
                ("Dans les années quatre-vingt", "time", "1980-01-01T00:00:00"),
                ("300", "number", "300.0"),
            ],
        ),
        (
            "Au début des années soixante-dix, puis dans les années trente.",
            "fr",
            [
                ("Au début des années soixante-dix", "time", "1970-01-01T00:00:00"),
                ("dans les années trente", "time", "1930-01-01T00:00:00"),
            ],
        ),
        # the latest such decade begun by the reference year, as "les années 20"
        (
            "Dans les années vingt.",
            "fr",
            [("Dans les années vingt", "time", "2020-01-01T00:00:00")],
        ),
        # neighbours: digits, and a duration after "des années"
        ("Dans les années 80.", "fr", [("Dans les années 80", "time", "1980-01-01T00:00:00")]),
        (
            "Il est revenu des années vingt ans plus tard.",
            "fr",
            [("vingt ans plus tard", "time", "2044-06-01T00:00:00")],
        ),
        # English: a decade's plural in words
        (
            "In the eighties the town had 300 people.",
            "en",
            [("In the eighties", "time", "1980-01-01T00:00:00"), ("300", "number", "300.0")],
        ),
        (
            "In the mid-nineties and the late Sixties.",
            "en",
            [
                ("In the mid-nineties", "time", "1993-01-01T00:00:00"),
                ("the late Sixties", "time", "1967-01-01T00:00:00"),
            ],
        ),
        # after a possessive it is an age, as "in her 80s"
        ("She is in her eighties.", "en", []),
        ("She is in her early seventies.", "en", []),
    ],
)
def test_decades_in_words(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short decade near a word of temperature is degrees, no decade
        ("Temperatures in the nineties are forecast.", []),
        ("Highs in the 80s.", []),
        ("Temps in the low 40s.", []),
        (
            "Highs will be in the mid-90s Fahrenheit on Tuesday.",
            [("on Tuesday", "time", "2024-06-04T00:00:00")],
        ),
        ("It felt like the 90s Fahrenheit.", []),
        # a decade in four digits stays one, and so does a short one far from any such word
        ("Temperatures rose in the 1980s.", [("in the 1980s", "time", "1980-01-01T00:00:00")]),
        (
            "In the 80s the temperature rose.",
            [("In the 80s", "time", "1980-01-01T00:00:00")],
        ),
        (
            "The company grew fast in the eighties.",
            [("in the eighties", "time", "1980-01-01T00:00:00")],
        ),
    ],
)
def test_decades_that_are_degrees(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert readings(text, "en", REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("C'est le 300 millionième visiteur du parc.", "fr", 300_000_000),
        ("Le 2 milliardième smartphone est sorti de l'usine.", "fr", 2_000_000_000),
        ("He was the 100 millionth visitor.", "en", 100_000_000),
        ("The 1.5 millionth car left the line.", "en", 1_500_000),
    ],
)
def test_an_ordinal_of_a_scale_after_digits(text: str, lang: str, value: int) -> None:
    """Digits before the ordinal of a million or more multiply it: one ordinal."""
    (found,) = cc.extract(text, lang=lang, reference_date=REF)
    assert found.kind.value == "ordinal" and found.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Le lot vaut 3 millièmes des parts.",  # a fraction, and a thousandth is too small
        "Le 3 millième.",
        "It lasted 3 millionths of a second.",  # a plural is a fraction
    ],
)
def test_no_ordinal_of_a_scale(text: str) -> None:
    lang = "en" if text.startswith("It") else "fr"
    assert all(m.kind.value != "ordinal" for m in cc.extract(text, lang=lang, reference_date=REF))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "local time" between a clock and its date joins them, and changes nothing
        (
            "It struck at 7:58 a.m. local time on April 3.",
            "en",
            [("at 7:58 a.m. local time on April 3", "time", "2024-04-03T07:58:00")],
        ),
        # at the end of a time it is left out (blind43's writer reads it so)
        (
            "The ceasefire took effect on Monday at 6 a.m. local time, but gunfire went on.",
            "en",
            [("on Monday at 6 a.m.", "time", "2024-05-27T06:00:00")],
        ),
        (
            "L'alerte a été déclenchée dimanche 14 janvier à 19 heures, heure locale.",
            "fr",
            [("dimanche 14 janvier à 19 heures", "time", "2024-01-14T19:00:00")],
        ),
        ("Le séisme a eu lieu à 19 heures heure locale.", "fr", [("à 19 heures", "time", None)]),
        # a named zone still moves nothing when the reference has no offset, and joins
        (
            "Trading opens at 9:30 a.m. ET on Monday.",
            "en",
            [("at 9:30 a.m. ET on Monday", "time", "2024-06-03T09:30:00")],
        ),
    ],
)
def test_local_time(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = readings(text, lang, REF)
    if expected[0][2] is None:  # the span alone
        assert [f[:2] for f in found] == [e[:2] for e in expected]
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "span", "relation"),
    [
        (
            "Mount Ruang erupted again shortly before 1:30 a.m. on April 30.",
            "en",
            "shortly before 1:30 a.m. on April 30",
            "before",
        ),
        ("Just after 3 p.m. on Monday, it fell.", "en", "Just after 3 p.m. on Monday", "after"),
        ("Peu après le 14 juillet, il est parti.", "fr", "Peu après le 14 juillet", "after"),
        (
            "Il est arrivé juste avant 15 heures lundi.",
            "fr",
            "juste avant 15 heures lundi",
            "before",
        ),
    ],
)
def test_a_hedge_on_nearness_joins_the_relation(
    text: str, lang: str, span: str, relation: str
) -> None:
    (found,) = [
        m for m in cc.extract(text, lang=lang, reference_date=REF) if m.kind.value == "time"
    ]
    assert found.text == span and found.relation is not None
    assert found.relation.value == relation


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            "L'alerte a été levée un peu plus de deux heures après.",
            "fr",
            "un peu plus de deux heures",
        ),
        ("Il a attendu un peu plus d'une heure.", "fr", "un peu plus d'une heure"),
        ("It came just over two hours after the quake.", "en", "just over two hours"),
    ],
)
def test_a_little_more_than_a_duration(text: str, lang: str, span: str) -> None:
    """The hedges of figures ("un peu plus de", "just over") lead durations too."""
    (found,) = cc.extract(text, lang=lang, reference_date=REF)
    assert (found.kind.value, found.text, found.qualifier.value) == ("duration", span, "gt")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # exit numbers are references, joined by "et" as articles are
        ("La circulation a été coupée entre les sorties 39 et 41 de l'A75.", "fr", []),
        ("La sortie 12 est fermée jusqu'à nouvel ordre.", "fr", []),
        # neighbour: "les sorties de 2023" (outflows) keep their year
        (
            "Les sorties de 2023 ont augmenté de 5 %.",
            "fr",
            [("de 2023", "time", "2023-01-01T00:00:00"), ("5 %", "percent", "5.0")],
        ),
    ],
)
def test_exit_numbers(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert readings(text, lang, REF) == expected


@pytest.mark.parametrize(
    ("text", "lang", "span", "noun"),
    [
        # a day told from today, an adjective put after the noun, a participle of falling
        # weather: the noun phrase of an amount ends before them
        ("They shipped 10 tonnes of grain yesterday.", "en", "10 tonnes of grain", "grain"),
        ("Ils ont livré 10 tonnes de blé hier.", "fr", "10 tonnes de blé", "blé"),
        ("Forecasters said 30mm of rain possible.", "en", "30mm of rain", "rain"),
        ("It saw 1,695.9 mm of rain falling in 18 months.", "en", "1,695.9 mm of rain", "rain"),
        # neighbour: a noun of two words
        ("They shipped 10 tonnes of durum wheat.", "en", "10 tonnes of durum wheat", "durum wheat"),
    ],
)
def test_the_noun_of_an_amount_ends_before_a_time_word(
    text: str, lang: str, span: str, noun: str
) -> None:
    (found,) = [
        m for m in cc.extract(text, lang=lang, reference_date=REF) if m.kind.value == "quantity"
    ]
    assert (found.text, found.noun) == (span, noun)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "La tempête Xynthia a fait 47 morts dans la nuit du 27 au 28 février 2010.",
            "2010-02-27T18:00:00",
            "2010-02-28T06:00:00",
        ),
        (
            "Les pompiers interviendront dans la nuit du 14 au 15 juillet.",
            "2024-07-14T18:00:00",
            "2024-07-15T06:00:00",
        ),
    ],
)
def test_the_night_between_two_days(text: str, start: str, end: str) -> None:
    """A night named by the two days it joins runs from the first evening to the next
    morning, as "la nuit de samedi à dimanche" does."""
    (found,) = [m for m in cc.extract(text, lang="fr", reference_date=REF) if m.period]
    assert found.period is not None
    assert (found.period.start.isoformat(), found.period.end.isoformat()) == (start, end)


def test_a_range_of_more_days_is_no_night() -> None:
    """Neighbour: "la nuit" before a range of four days is no night between two days."""
    found = [
        m
        for m in cc.extract("Du 16 au 19 octobre, il a plu.", lang="fr", reference_date=REF)
        if m.period
    ]
    assert [(m.text, m.period.grain if m.period else None) for m in found] == [
        ("Du 16 au 19 octobre", "day")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a spelled ordinal before a noun of a range ("period") ranks it, no day
        ("They scored twice in the second period.", "en", [("second", "ordinal", "2.0")]),
        ("Payment is due on the second.", "en", [("on the second", "time", "2024-06-02T00:00:00")]),
        # "scores" before a link and digits is the noun of results, no vague figure
        (
            "He won with scores of 115-112 and 114-113.",
            "en",
            [
                ("115", "number", "115.0"),
                ("112", "number", "112.0"),
                ("114", "number", "114.0"),
                ("113", "number", "113.0"),
            ],
        ),
        ("Scores of people were hurt.", "en", [("Scores", "number", None)]),
        # an ordinal joined by "et" to a relative word ranks the noun after it
        (
            "Lors de la 38e et dernière journée, Lorient a été relégué.",
            "fr",
            [("38e", "ordinal", "38.0")],
        ),
        (
            "On the third and last day of talks, they agreed.",
            "en",
            [("third", "ordinal", "3.0")],
        ),
        # an age to come after a person's pronoun; a delay stays a duration
        ("Le milieu, qui aura 18 ans en juillet, est suivi.", "fr", [("en juillet", "time", None)]),
        ("L'usine aura 18 ans de retard.", "fr", [("18 ans", "duration", "18.0")]),
        # a kick of so many yards, a further year
        ("He tied it with a 29-yarder.", "en", [("29-yarder", "quantity", "29.0")]),
        (
            "It comes with the option of a further year.",
            "en",
            [("a further year", "duration", "1.0")],
        ),
    ],
)
def test_sport_readings(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each mention as (text, kind, start or value); None where the value is not compared."""
    found = readings(text, lang, REF)
    assert len(found) == len(expected)
    for got, want in zip(found, expected, strict=True):
        assert got[:2] == want[:2]
        assert want[2] is None or got[2] == want[2]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il a nagé le 200 m en 1'52''39.", 112.39),
        ("Il a nagé le 200 m en 1'52\"39.", 112.39),
        ("Il a couru le 1 500 m en 3'45\".", 225.0),
    ],
)
def test_race_times_with_hundredths(text: str, value: float) -> None:
    """Two minute marks stand for the seconds' mark, and hundredths are glued after it."""
    (found,) = [
        m for m in cc.extract(text, lang="fr", reference_date=REF) if m.kind.value == "duration"
    ]
    assert found.value == value and found.unit == "second"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a duration in capitals opening a sentence after its article, before a lowercase link
        # or a capitalized word no time reads, is a name
        ("Les Vingt-Quatre Heures du Mans ont été disputées en 1923.", "fr", ["en 1923"]),
        ("The Six-Day War began in 1967.", "en", ["in 1967"]),
        # a headline's time goes on
        ("Three Months Later, the plant closed.", "en", ["Three Months Later"]),
        # "de jeu" after a clock reading is the game, no short Thursday
        ("Il s'est qualifié après 4 h 29 de jeu.", "fr", ["après 4 h 29"]),
    ],
)
def test_names_and_games(text: str, lang: str, expected: list[str]) -> None:
    found = [
        m.text
        for m in cc.extract(text, lang=lang, reference_date=REF)
        if m.kind.value in ("time", "duration")
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # put off to a day: the day still to come; put off on a day: that day
        (
            "L'audience a été renvoyée au 12 mars à la demande de la défense.",
            "fr",
            [("au 12 mars", "time", "2025-03-12T00:00:00")],
        ),
        (
            "Le jugement a été mis en délibéré au 4 juillet.",
            "fr",
            [("au 4 juillet", "time", "2024-07-04T00:00:00")],
        ),
        ("Le conseil a été reporté mardi.", "fr", [("mardi", "time", "2024-05-28T00:00:00")]),
        (
            "The hearing was adjourned to March 12.",
            "en",
            [("March 12", "time", "2025-03-12T00:00:00")],
        ),
        (
            "The hearing was adjourned on Friday.",
            "en",
            [("on Friday", "time", "2024-05-31T00:00:00")],
        ),
        # a count in a list shares the unit of the duration after it
        (
            "Ils ont été condamnés à trois et quatre ans de prison ferme.",
            "fr",
            [("trois", "duration", "3.0"), ("quatre ans", "duration", "4.0")],
        ),
        (
            "They were jailed for two and three years.",
            "en",
            [("two", "duration", "2.0"), ("three years", "duration", "3.0")],
        ),
        ("Entre 3 et 5 ans.", "fr", [("Entre 3 et 5 ans", "duration", None)]),
        (
            "Il a 2 enfants et 3 ans de retard.",
            "fr",
            [("2", "number", "2.0"), ("3 ans", "duration", "3.0")],
        ),
        # "dont deux ferme": the part of the sentence, a duration
        (
            "Il a requis quatre ans d'emprisonnement, dont deux ferme.",
            "fr",
            [("quatre ans", "duration", "4.0"), ("deux", "duration", "2.0")],
        ),
        # compound ordinals of the courts ("en première instance" stays an ordinal: blind12's
        # and blind19's writers read it so)
        ("A first-time offender is unlikely to be jailed.", "en", []),
    ],
)
def test_court_readings(text: str, lang: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = readings(text, lang, REF)
    assert len(found) == len(expected)
    for got, want in zip(found, expected, strict=True):
        assert got[:2] == want[:2]
        assert want[2] is None or got[2] == want[2]


def test_a_fine_s_suspended_part_takes_its_currency() -> None:
    """ "20 000 euros d'amende, dont 10 000 avec sursis": the amount's complement may stand
    before the comma and the link."""
    found = cc.extract(
        "Il a été condamné à 20 000 euros d'amende, dont 10 000 avec sursis.",
        lang="fr",
        reference_date=REF,
    )
    assert [(m.text, m.currency) for m in found] == [("20 000 euros", "EUR"), ("10 000", "EUR")]


@pytest.mark.parametrize(
    ("text", "lang", "value", "qualifier"),
    [
        ("Les ventes ont franchi la barre du million d'exemplaires.", "fr", 1e6, "ge"),
        ("Le chiffre d'affaires a dépassé le cap du milliard d'euros.", "fr", 1e9, "ge"),
        ("Le budget dépasse le milliard d'euros.", "fr", 1e9, "gt"),
        ("Sales topped the million mark.", "en", 1e6, "gt"),
    ],
)
def test_a_threshold_named_by_its_scale_word(
    text: str, lang: str, value: float, qualifier: str
) -> None:
    """A large scale word alone in the singular right after a qualifier's cue is that
    threshold's figure."""
    (found,) = cc.extract(text, lang=lang, reference_date=REF)
    assert found.low == value and found.qualifier.value == qualifier


@pytest.mark.parametrize(
    "text", ["Le milliard promis par l'État n'est pas arrivé.", "The billion-dollar question."]
)
def test_no_threshold_without_a_cue(text: str) -> None:
    lang = "en" if text.startswith("The") else "fr"
    assert cc.extract(text, lang=lang, reference_date=REF) == []

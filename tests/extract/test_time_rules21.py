"""Time readings fixed in stop 21 from blind49's and blind50's first runs and heldout35's
articles, each with its neighbours that must not move: an ordinal before a time noun it
ranks, a duration in hours and minutes glued, a count's span "in N months", a relative
clause's own present tense, an abbreviation's dot, a month in a hyphenated name, French
fiscal years ("l'exercice clos fin mars") and periods ending "au" a day."""

from __future__ import annotations

from datetime import datetime

import pytest
from mention_cases import readings

import claimcheck as cc

REF = "2024-06-01"  # a Saturday


def _read(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return readings(text, lang, REF)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an ordinal in words before a time noun it ranks (a weekend, a season): no day of
        # the month, no second of time
        (
            "The film topped the box office for a second weekend.",
            "en",
            [("second", "ordinal", "2.0")],
        ),
        ("The second season of the series is out.", "en", [("second", "ordinal", "2.0")]),
        ("The second summer was hot.", "en", [("second", "ordinal", "2.0")]),
        ("It rained for a second.", "en", [("for a second", "duration", "1.0")]),
        (
            "The payment is due on the first.",
            "en",
            [("on the first", "time", "2024-06-01T00:00:00")],
        ),
        (
            "They met on the second weekend of June.",
            "en",
            [("on the second weekend of June", "time", "2024-06-14T18:00:00")],
        ),
        ("La seconde saison de la série arrive.", "fr", [("seconde", "ordinal", "2.0")]),
        # hours glued to their mark, then minutes: one amount of time, no clock time
        (
            "The movie has a running time of 2h 28m and is out.",
            "en",
            [("2h 28m", "duration", "148.0")],
        ),
        ("It lasted 1h 5min.", "en", [("1h 5min", "duration", "65.0")]),
        ("Le film dure 2h 28min.", "fr", [("2h 28min", "duration", "148.0")]),
        ("Le film commence à 20h.", "fr", [("à 20h", "time", "2024-06-01T20:00:00")]),
        ("Le film dure 2h28.", "fr", [("2h28", "time", "2024-06-01T02:28:00")]),
        # a relative clause between commas with its own verb dates the time inside it: its
        # present looks ahead, whatever the main clause after its comma says
        (
            "Roland-Garros, qui se termine le 9 juin, a déjà accueilli du monde.",
            "fr",
            [("le 9 juin", "time", "2024-06-09T00:00:00")],
        ),
        (
            "Le festival, qui s'est terminé le 9 juin, a attiré du monde.",
            "fr",
            [("le 9 juin", "time", "2023-06-09T00:00:00")],
        ),
        (
            "Le tournoi, qui a eu lieu le 2 juin 2024, a attiré du monde.",
            "fr",
            [("le 2 juin 2024", "time", "2024-06-02T00:00:00")],
        ),
        (
            "The museum, which reopens on June 9, has attracted 3,000 visitors.",
            "en",
            [("on June 9", "time", "2024-06-09T00:00:00"), ("3,000", "number", "3000.0")],
        ),
        (
            "The museum, which reopened on June 9, has attracted 3,000 visitors.",
            "en",
            [("on June 9", "time", "2023-06-09T00:00:00"), ("3,000", "number", "3000.0")],
        ),
        # "in N units" after a noun an ordinal ranks is the span the rank is counted over,
        # unless a future marker stands in its own clause
        (
            "Prices will rise next year, their third increase in two years.",
            "en",
            [
                ("next year", "time", "2025-01-01T00:00:00"),
                ("third", "ordinal", "3.0"),
                ("in two years", "duration", "2.0"),
            ],
        ),
        (
            "The company will launch its first product in six months.",
            "en",
            [("first", "ordinal", "1.0"), ("in six months", "time", "2024-12-01T00:00:00")],
        ),
        (
            "Prices will rise next year, in six months.",
            "en",
            [
                ("next year", "time", "2025-01-01T00:00:00"),
                ("in six months", "time", "2024-12-01T00:00:00"),
            ],
        ),
        # a unit counted once by an article before a noun it qualifies: a compound noun
        ("The price of a day pass rose.", "en", []),
        ("They went on a day trip.", "en", []),
        ("It took a day.", "en", [("a day", "duration", "1.0")]),
        ("He spent a year abroad.", "en", [("a year", "duration", "1.0")]),
        ("Tickets cost $5 a day.", "en", [("$5", "money", "5.0")]),
    ],
)
def test_stop21_readings(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text, lang) == expected


def test_the_reference_is_a_saturday() -> None:
    assert datetime.fromisoformat(REF).weekday() == 5


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an ordinal in words before "in a row", "straight", "consecutive" ranks what came
        # before it: no day of the month
        (
            "It forecasts a surplus in 2023-24, the second in a row.",
            "en",
            [("in 2023-24", "time", "2023-01-01T00:00:00"), ("second", "ordinal", "2.0")],
        ),
        ("Prices rose again, the third straight.", "en", [("third", "ordinal", "3.0")]),
        ("It was the second consecutive.", "en", [("second", "ordinal", "2.0")]),
        (
            "The rent is due on the second in May.",
            "en",
            [("on the second in May", "time", "2024-05-02T00:00:00")],
        ),
        # a dot before a number or a word in lowercase is an abbreviation's ("No. 8"), no
        # sentence end: the past verb before it dates the time
        (
            "The Observatory hoisted the No. 8 typhoon signal at 9.40am on Thursday.",
            "en",
            [("at 9.40am on Thursday", "time", "2024-05-30T09:40:00")],
        ),
        (
            "He hoisted the no. 8 signal on Thursday.",
            "en",
            [("on Thursday", "time", "2024-05-30T00:00:00")],
        ),
        (
            "It won in 2019. It will play on Thursday.",
            "en",
            [
                ("in 2019", "time", "2019-01-01T00:00:00"),
                ("on Thursday", "time", "2024-06-06T00:00:00"),
            ],
        ),
        # a month joined by a hyphen to a capitalized word that is no month is part of a
        # name; two months so joined stay a range
        (
            "Naufrage d'une pirogue sur le lac Mai-Ndombe.",
            "fr",
            [],
        ),
        (
            "Les ventes de juillet-août ont baissé.",
            "fr",
            [("de juillet-août", "time", "2023-07-01T00:00:00")],
        ),
        (
            "Il est né en Mai-Juin 2020.",
            "fr",
            [("en Mai-Juin 2020", "time", "2020-05-01T00:00:00")],
        ),
        # a relative word before its unit, then a noun's complement: the last year of
        # something, no time counted from today
        (
            "En 2001, dernière année du franc belge, le budget a baissé.",
            "fr",
            [("En 2001", "time", "2001-01-01T00:00:00")],
        ),
        ("In the last year of the war, prices rose.", "en", []),
        (
            "la dernière semaine de mai",
            "fr",
            [("la dernière semaine de mai", "time", "2024-05-20T00:00:00")],
        ),
        (
            "Il a baissé l'année dernière.",
            "fr",
            [("l'année dernière", "time", "2023-01-01T00:00:00")],
        ),
    ],
)
def test_stop21_blind50_readings(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _read(text, lang) == expected


FISCAL_REF = "2025-05-19"


def _periods(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    """Each mention as (text, kind, its period's start and end day, or its value)."""
    found = []
    for m in cc.extract(text, lang=lang, reference_date=FISCAL_REF):
        if m.period is not None:
            start, end = m.period.start.date().isoformat(), m.period.end.date().isoformat()
            found.append((m.text, m.kind.value, start, end))
        else:
            found.append((m.text, m.kind.value, None if m.value is None else str(m.value), None))
    return found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a fiscal year closed at a month's end or on a day: the twelve months ending there,
        # as English "the year ended March 31, 2025"; with no year, the latest one over
        (
            "Le chiffre d'affaires a progressé sur l'exercice clos le 31 mars 2025.",
            "fr",
            [("exercice clos le 31 mars 2025", "time", "2024-04-01", "2025-04-01")],
        ),
        (
            "Le groupe a publié son exercice clos fin mars.",
            "fr",
            [("exercice clos fin mars", "time", "2024-04-01", "2025-04-01")],
        ),
        (
            "Le résultat de l'exercice achevé fin mars 2025 a baissé.",
            "fr",
            [("exercice achevé fin mars 2025", "time", "2024-04-01", "2025-04-01")],
        ),
        (
            "Le résultat de l'exercice clos au 30 juin 2024 a baissé.",
            "fr",
            [("exercice clos au 30 juin 2024", "time", "2023-07-01", "2024-07-01")],
        ),
        (
            "Les ventes de l'année close fin mars 2025 ont baissé.",
            "fr",
            [("année close fin mars 2025", "time", "2024-04-01", "2025-04-01")],
        ),
        (
            "Le dividende au titre de l'exercice clos le 31 décembre 2024 est versé.",
            "fr",
            [("exercice clos le 31 décembre 2024", "time", "2024-01-01", "2025-01-01")],
        ),
        (
            "Revenue rose in the year ended March 31, 2025.",
            "en",
            [("the year ended March 31, 2025", "time", "2024-04-01", "2025-04-01")],
        ),
        # "exercice" counts a year only before a period end: alone it is no time
        (
            "L'exercice 2024 a été un exercice difficile.",
            "fr",
            [("L'exercice 2024", "time", "2024-01-01", "2025-01-01")],
        ),
        ("Un exercice de style, clos par un discours.", "fr", []),
        (
            "L'exercice a commencé le 31 mars 2025.",
            "fr",
            [("le 31 mars 2025", "time", "2025-03-31", "2025-04-01")],
        ),
        # "au" before a day ends the period of a counted unit, as English "to"
        (
            "Les ventes ont progressé sur les douze semaines au 23 février 2025.",
            "fr",
            [("douze semaines au 23 février 2025", "time", "2024-12-02", "2025-02-24")],
        ),
        (
            "Les ventes ont progressé sur les 12 mois au 31 mars 2025.",
            "fr",
            [("12 mois au 31 mars 2025", "time", "2024-04-01", "2025-04-01")],
        ),
        (
            "Les ventes ont progressé sur les trois mois au 30 juin.",
            "fr",
            [("trois mois au 30 juin", "time", "2024-04-01", "2024-07-01")],
        ),
        (
            "Sales rose over the three months to June 30.",
            "en",
            [("the three months to June 30", "time", "2024-04-01", "2024-07-01")],
        ),
        # "au" after a duration that is no period's count: two mentions
        (
            "Il a été condamné à trois mois au 1er janvier 2025.",
            "fr",
            [
                ("trois mois", "duration", "3.0", None),
                ("au 1er janvier 2025", "time", "2025-01-01", "2025-01-02"),
            ],
        ),
    ],
)
def test_fiscal_periods_ending(
    text: str, lang: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _periods(text, lang) == expected

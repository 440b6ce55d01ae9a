"""Time readings fixed in stop 20 from blind47's first run, each with its neighbours that
must not move: race times before a date, ranks that look like days or units, a poll's
days, an infinitive that is a qualifier, a time joined after a comma, a participle that
opens a sentence."""

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
        # a race time h:mm:ss before a date: its minutes and seconds are no clock time
        (
            "She won in a world record of 2:16:16 on April 21.",
            "en",
            [("2:16:16", "duration", "8176.0"), ("on April 21", "time", "2024-04-21T00:00:00")],
        ),
        (
            "clocking 2:16:16 on Sunday",
            "en",
            [("2:16:16", "duration", "8176.0"), ("on Sunday", "time", "2024-06-02T00:00:00")],
        ),
        (
            "The train leaves at 12:16:16 on Sunday.",
            "en",
            [("at 12:16:16 on Sunday", "time", "2024-06-02T12:16:16")],
        ),
        # "second" counted once before a hyphen or a noun is a rank, no unit of time
        ("She lost in a second-round match.", "en", [("second", "ordinal", "2.0")]),
        ("He lost in a second round.", "en", [("second", "ordinal", "2.0")]),
        ("It was over in a second, they said.", "en", [("over in a second", "duration", "1.0")]),
        ("Il a gagné en une seconde.", "fr", [("en une seconde", "duration", "1.0")]),
        # an ordinal in words before "and final" ranks a noun
        (
            "Turnout was 65.8% after the seventh and final phase of voting.",
            "en",
            [("65.8%", "percent", "65.8"), ("seventh", "ordinal", "7.0")],
        ),
        ("C'était le premier et dernier tour.", "fr", [("premier", "ordinal", "1.0")]),
        (
            "The payment is due on the first.",
            "en",
            [("on the first", "time", "2024-06-01T00:00:00")],
        ),
        # a poll's days before the verb of its finding
        (
            "A poll conducted May 28-30 shows Labour ahead.",
            "en",
            [("May 28-30", "time", "2024-05-28T00:00:00")],
        ),
        ("The 30 shows sold out.", "en", [("30", "number", "30.0")]),
        # "up to" and "to" before a figure are no infinitive: the clause stays past
        (
            "Rain dumped up to 10 inches within 24 hours on Tuesday.",
            "en",
            [
                ("up to 10 inches", "quantity", "10.0"),
                ("within 24 hours", "duration", "24.0"),
                ("on Tuesday", "time", "2024-05-28T00:00:00"),
            ],
        ),
        (
            "The judge ordered it to pay within 30 days.",
            "en",
            [("within 30 days", "time", "2024-07-01T00:00:00")],
        ),
        # a time after a comma joins the one before only whole
        (
            "La piscine rouvrira dans deux semaines, le samedi 15 juin.",
            "fr",
            [
                ("dans deux semaines", "time", "2024-06-15T00:00:00"),
                ("le samedi 15 juin", "time", "2024-06-15T00:00:00"),
            ],
        ),
        (
            "Elle rouvrira samedi, le 15 juin.",
            "fr",
            [("samedi, le 15 juin", "time", "2024-06-15T00:00:00")],
        ),
        (
            "Le 17 mars 1915, en début d'après-midi et deux heures environ avant le recours.",
            "fr",
            [
                ("Le 17 mars 1915, en début d'après-midi", "time", "1915-03-17T12:00:00"),
                ("deux heures environ", "duration", "2.0"),
            ],
        ),
        # "in" and a duration before "of" and an activity: the time it took, "in" with it
        (
            "He took six stage wins in three weeks of racing.",
            "en",
            [("six", "number", "6.0"), ("in three weeks", "duration", "3.0")],
        ),
        (
            "He was released within 48 hours of arrival.",
            "en",
            [("within 48 hours", "duration", "48.0")],
        ),
        # an ordinal before an adjective ranks the weekend after it: no "this weekend"
        (
            "Bison Futé attend des bouchons lors du premier grand week-end de départs.",
            "fr",
            [("premier", "ordinal", "1.0")],
        ),
        (
            "Le trafic sera dense ce week-end.",
            "fr",
            [("ce week-end", "time", "2024-05-31T18:00:00")],
        ),
        # a reflexive perfect whose participle is a noun elsewhere ("le produit")
        (
            "L'accident s'est produit mercredi vers 7 h 15.",
            "fr",
            [("mercredi vers 7 h 15", "time", "2024-05-29T07:15:00")],
        ),
        ("Le produit sera lancé mercredi.", "fr", [("mercredi", "time", "2024-06-05T00:00:00")]),
        ("Le match a lieu dimanche.", "fr", [("dimanche", "time", "2024-06-02T00:00:00")]),
        # a year to a later month of a later year
        (
            "Il a dirigé le groupe de 2014 à mai 2018.",
            "fr",
            [("de 2014 à mai 2018", "time", "2014-01-01T00:00:00")],
        ),
        (
            "He ran it from 2014 to May 2018.",
            "en",
            [("from 2014 to May 2018", "time", "2014-01-01T00:00:00")],
        ),
        ("de 2014 à 2018", "fr", [("de 2014 à 2018", "time", "2014-01-01T00:00:00")]),
        # an ISO date-time, with or without its offset, is one time
        (
            "The log shows 2024-05-28T14:30:00 as the time.",
            "en",
            [("2024-05-28T14:30:00", "time", "2024-05-28T14:30:00")],
        ),
        (
            "The log shows 2024-05-28T14:30:00+02:00 as the time.",
            "en",
            [("2024-05-28T14:30:00+02:00", "time", "2024-05-28T14:30:00")],
        ),
        (
            "at 2024-05-28 14:30:00-05:00",
            "en",
            [("at 2024-05-28 14:30:00-05:00", "time", "2024-05-28T14:30:00")],
        ),
        # a numbered week with its year
        (
            "Cases rose in week 23 of 2024.",
            "en",
            [("in week 23 of 2024", "time", "2024-06-03T00:00:00")],
        ),
        (
            "Les cas ont reculé en semaine 23 de 2024.",
            "fr",
            [("en semaine 23 de 2024", "time", "2024-06-03T00:00:00")],
        ),
        ("Cases rose in week 23.", "en", [("in week 23", "time", "2023-06-05T00:00:00")]),
        # "I'll": the future marker opens on its apostrophe; French "ai", "avons" auxiliaries
        ("I'll go back on 22/04.", "en", [("on 22/04", "time", "2025-04-22T00:00:00")]),
        ("I went back on 22/04.", "en", [("on 22/04", "time", "2024-04-22T00:00:00")]),
        (
            "Je l'ai acheté le 27 décembre.",
            "fr",
            [("le 27 décembre", "time", "2023-12-27T00:00:00")],
        ),
        (
            "Nous avons signé le 27 décembre.",
            "fr",
            [("le 27 décembre", "time", "2023-12-27T00:00:00")],
        ),
        (
            "Nous signerons le 27 décembre.",
            "fr",
            [("le 27 décembre", "time", "2024-12-27T00:00:00")],
        ),
        # French writes its decades "les années 80": "30s" glued is no 1930s
        ("Il y a moins de 30s.", "fr", []),
        (
            "Dans les années 80, le marché a doublé.",
            "fr",
            [("Dans les années 80", "time", "1980-01-01T00:00:00")],
        ),
        ("Sales boomed in the 80s.", "en", [("in the 80s", "time", "1980-01-01T00:00:00")]),
        # a participle that opens the sentence puts its day in the past
        (
            "Inaugurée mercredi, la centrale alimentera 90 000 foyers.",
            "fr",
            [("mercredi", "time", "2024-05-29T00:00:00"), ("90 000", "number", "90000.0")],
        ),
        (
            "Mercredi, la centrale sera inaugurée.",
            "fr",
            [("Mercredi", "time", "2024-06-05T00:00:00")],
        ),
        (
            "Prévue mercredi, la réunion a été reportée.",
            "fr",
            [("mercredi", "time", "2024-06-05T00:00:00")],
        ),
    ],
)
def test_stop20_readings(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text, lang) == expected


def test_an_iso_offset_converts_to_the_writers_zone() -> None:
    """Stated at +02:00, read by a writer at UTC: two hours earlier."""
    (mention,) = cc.extract(
        "at 2024-05-28T14:30:00+02:00", lang="en", reference_date="2024-06-01T12:00:00+00:00"
    )
    assert mention.period is not None
    assert mention.period.start == datetime(2024, 5, 28, 12, 30)


def test_a_paragraphs_last_word_is_read_in_a_long_text() -> None:
    """A long text is read in stretches cut at the ends of sentences: the stretch cut at a
    new line keeps the paragraph's last word ("in 2024-25" was read as "25"; heldout33)."""
    text = (
        "Water bills in England and Wales to jump from April\nLONDON, Feb 20 (Reuters) - "
        "Average household water bills in England and Wales will rise by 26% to £603 a year "
        "from April, industry body Water UK said on Thursday. Bills averaged £480 in 2024-25."
        "\nIn London, about 24% of the water put into supply is lost through leaks. Londoners "
        "use around 150 litres of water per person a day."
    )
    texts = [m.text for m in cc.extract(text, lang="en", reference_date="2025-02-20")]
    assert "in 2024-25" in texts and "25" not in texts


def test_the_reference_is_a_saturday() -> None:
    assert datetime.fromisoformat(REF).weekday() == 5

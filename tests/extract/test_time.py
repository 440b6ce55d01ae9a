"""Data-driven and unit tests of the time finder (dates, periods, durations, deadlines).

Each line of ``data/time_<lang>.jsonl`` holds a news-like sentence, its reference date and
the ``time`` and ``duration`` mentions the finder must return for it, in text order: the
exact text, and the period (ISO label), grain and relation of a time, or the value, unit
and qualifier of a duration. An empty list means the sentence holds no time at all (a
price, a page number, a model name, "Mars" the planet). Known failures carry
``"xfail": "<reason>"``.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from claimcheck.errors import LexiconError
from claimcheck.extract.time import find
from claimcheck.extract.time_lexicon import TimeWords, parse_holiday, time_lexicon, tokenize
from claimcheck.extract.time_values import easter
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Mention

DATA = Path(__file__).parent / "data"


def _cases(lang: str) -> list[Any]:
    """The news sentences of ``time_<lang>.jsonl`` and of ``time_fallback_<lang>.jsonl``
    (dates that only the dateparser fallback reads)."""
    cases = []
    for name in (f"time_{lang}.jsonl", f"time_fallback_{lang}.jsonl"):
        with (DATA / name).open(encoding="utf-8") as lines:
            for line in lines:
                case = json.loads(line)
                xfail = case.get("xfail")
                marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
                cases.append(pytest.param(case, id=case["text"], marks=marks))
    return cases


def _described(mention: Mention) -> dict[str, Any]:
    if mention.kind.value == "time":
        assert mention.period is not None and mention.relation is not None
        return {
            "kind": "time",
            "text": mention.text,
            "period": str(mention.period),
            "grain": mention.period.grain,
            "relation": mention.relation.value,
        }
    described: dict[str, Any] = {
        "kind": "duration",
        "text": mention.text,
        "value": mention.value,
        "unit": mention.unit,
    }
    if mention.qualifier.value != "exact":
        described["qualifier"] = mention.qualifier.value
    return described


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_corpus_files_exist(lang: str) -> None:
    assert len(_cases(lang)) >= 40


@pytest.mark.parametrize("case", _cases("fr"))
def test_french_sentences(case: dict[str, Any]) -> None:
    _check(case, "fr")


@pytest.mark.parametrize("case", _cases("en"))
def test_english_sentences(case: dict[str, Any]) -> None:
    _check(case, "en")


def _check(case: dict[str, Any], lang: str) -> None:
    ref = datetime.fromisoformat(case["reference_date"])
    mentions = find(case["text"], lang, ref)
    assert [_described(m) for m in mentions] == case["mentions"]
    for m in mentions:
        assert case["text"][m.start : m.end] == m.text


REF = datetime(2013, 2, 12, 4, 30)  # a Tuesday, the reference of Duckling's corpus


def _one(text: str, lang: str, ref: datetime = REF) -> Mention:
    found = find(text, lang, ref)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("en mars", "fr", "2013-03"),  # the month of the reference year
        ("in December", "en", "2013-12"),
        ("le 1er janvier", "fr", "2013-01-01"),  # a day and month: the reference year too
        ("lundi", "fr", "2013-02-18"),  # a weekday: the next one
        ("mardi", "fr", "2013-02-19"),  # today is Tuesday: next Tuesday
        ("last Tuesday", "en", "2013-02-05"),  # English "last": the one of last week
        ("next Tuesday", "en", "2013-02-19"),
        ("dimanche dernier", "fr", "2013-02-10"),
        ("Christmas", "en", "2013-12-25"),  # a holiday: the next one
        ("Easter 2024", "en", "2024-03-31"),
        ("Thanksgiving 2014", "en", "2014-11-27"),
        ("T3 2024", "fr", "2024-Q3"),
        ("2018Q4", "en", "2018-Q4"),
    ],
)
def test_resolution_conventions(text: str, lang: str, label: str) -> None:
    mention = _one(text, lang)
    assert str(mention.period) == label


@pytest.mark.parametrize(
    ("text", "ref", "label"),
    [
        ("next season", datetime(2024, 12, 25), "2025-03-20/2025-06-20"),
        ("last season", datetime(2024, 2, 1), "2023-09-23/2023-12-20"),
        ("this season", datetime(2024, 2, 1), "2023-12-21/2024-03-19"),
        ("last summer", datetime(2024, 11, 20), "2024-06-21/2024-09-22"),
        ("next summer", datetime(2024, 7, 1), "2025-06-21/2025-09-22"),
    ],
)
def test_seasons_around_the_reference(text: str, ref: datetime, label: str) -> None:
    assert str(_one(text, "en", ref).period) == label


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("sa maison", "fr"),  # "sa" is no Saturday
        ("La sonde est sur Mars.", "fr"),
        ("Le jeu et la mer.", "fr"),  # short forms of "jeudi", "mercredi"
        ("May I come in?", "en"),
        ("Le taux est de 3,5.", "fr"),
        ("La XC90 et la SU7.", "fr"),
        ("Voir page 12.", "fr"),
        ("12 300 véhicules", "fr"),
        ("De 2000 à 3000 personnes", "fr"),
        ("Between 2000 and 3000 people", "en"),
        ("il a été élu", "fr"),  # "été" the verb, not the summer
        ("for months", "en"),
        ("pendant des mois", "fr"),
        ("The bank lent 2018 firms money.", "en"),  # "lent" the verb, not Lent
        ("Power prices rose as the Chinese economy slowed.", "en"),
        ("His birthday party drew two thousand people.", "en"),
        ("Ad spending rose 2014 ad campaigns.", "en"),  # "ad" is an advert, not Anno Domini
    ],
)
def test_not_a_time(text: str, lang: str) -> None:
    assert find(text, lang, REF) == []


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("en seulement six mois", "fr", "duration"),  # the time it took
        ("dans six mois", "fr", "time"),  # a date six months ahead
        ("in just six months", "en", "duration"),
        ("in six months", "en", "time"),
        ("il y a deux ans", "fr", "time"),
        ("pendant deux ans", "fr", "duration"),
    ],
)
def test_durations_are_not_dates(text: str, lang: str, kind: str) -> None:
    assert _one(text, lang).kind.value == kind


def test_hedged_duration_bounds() -> None:
    more = _one("plus de six mois", "fr")
    assert (more.low, more.high, more.low_exclusive) == (6, None, True)
    less = _one("less than two weeks", "en")
    assert (less.low, less.high, less.high_exclusive) == (None, 2, True)


def test_offsets_slice_back_to_the_text() -> None:
    text = "Né le 26 octobre 1881, il a couru de 1900 à 1910, puis dès 1912."
    for mention in find(text, "fr", REF):
        assert text[mention.start : mention.end] == mention.text


def test_easter_dates() -> None:
    assert [easter(y).date().isoformat() for y in (2010, 2013, 2018, 2025)] == [
        "2010-04-04",
        "2013-03-31",
        "2018-04-01",
        "2025-04-20",
    ]


def test_holiday_rules_are_validated() -> None:
    assert parse_holiday("05/-1/0") == ("nth", 5, -1, 0, 0, None)
    assert parse_holiday("13-45") is None
    raw = load_lexicon("fr", "time", TimeWords).model_dump()
    raw["holidays"] = {"mauvais": "13-45"}
    with pytest.raises(ValueError, match="mauvais"):
        TimeWords.model_validate(raw)


def test_holiday_tables_are_validated() -> None:
    assert parse_holiday("table:passover-1*9") == ("table:passover", 0, 9, 0, -1, None)
    raw = load_lexicon("en", "time", TimeWords).model_dump()
    raw["holiday_tables"] = {"bad": ["2024-02-30"]}
    with pytest.raises(ValueError, match="bad"):
        TimeWords.model_validate(raw)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ramadan 2024", "2024-03-11/2024-04-09"),  # to the eve of Eid al-Fitr
        ("Eid al-Fitr 2024", "2024-04-10"),
        ("Chinese New Year 2024", "2024-02-10"),
        ("Rosh Hashanah 2024", "2024-10-02/2024-10-04"),  # from the eve (sundown), three days
        ("Hanukkah 2024", "2024-12-25/2025-01-01"),
        ("Diwali 2024", "2024-10-31"),
        ("Lent 2024", "2024-02-14/2024-03-30"),  # Ash Wednesday to Holy Saturday
        ("Chinese New Year", "2014-01-31"),  # the next one from the reference day
        ("last Chinese New Year", "2013-02-10"),
    ],
)
def test_holidays_of_other_calendars(text: str, label: str) -> None:
    assert str(_one(text, "en").period) == label


def _holiday_params() -> list[Any]:
    tables = load_lexicon("en", "time", TimeWords).holiday_tables
    params = []
    for lang in ("fr", "en"):
        for phrase, when in load_lexicon(lang, "time", TimeWords).holidays.items():
            year = 2020
            if when.startswith("table:"):  # a table that stops before 2020: its last year
                name = when[6:].split("@")[0].split("+")[0].split("-")[0].split("*")[0]
                year = min(year, max(int(day[:4]) for day in tables[name]))
            params.append(pytest.param(lang, phrase, year, id=f"{lang}: {phrase} {year}"))
    return params


@pytest.mark.parametrize(("lang", "phrase", "year"), _holiday_params())
def test_every_holiday_reads_with_a_year(lang: str, phrase: str, year: int) -> None:
    # every holiday of the lexicons, tables included, names one period in 2020 (an eve may
    # fall the day before; "*N" holidays last days)
    text = f"{phrase} {year}"
    found = _one(text, lang, datetime(2024, 11, 20))
    assert found.text.lower() == text.lower()
    assert found.period is not None
    assert datetime(year - 1, 12, 31) <= found.period.start < datetime(year + 1, 1, 1)


def test_every_lexicon_loads() -> None:
    for lang in ("fr", "en"):
        lexicon = time_lexicon(lang)
        assert lexicon.phrases and lexicon.cue_words


def test_a_bad_lexicon_is_a_clear_error() -> None:
    with pytest.raises(LexiconError):
        load_lexicon("fr", "no-such-part", TimeWords)


@pytest.mark.parametrize("ref", [datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59)])
def test_extreme_reference_dates(ref: datetime) -> None:
    text = "L'an dernier, l'année prochaine, dans 10 siècles, il y a 3000 ans, fin 9999, à Noël."
    for mention in find(text, "fr", ref):
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_whole_text_reads_as_its_sentences(lang: str) -> None:
    # Long texts are read in stretches; where they are cut must not change what is found.
    # Left out: the sentences with a time counted from the text's own time ("two days
    # later"), which a time of an earlier sentence rightly drops (``narrative_words``).
    narrative = time_lexicon(lang).narrative_words
    sentences = [
        case.values[0]["text"]
        for case in _cases(lang)
        if not any(
            m.kind.value == "time"
            and any(tuple(t for t, _, _ in tokenize(m.text))[-len(p) :] == p for p in narrative)
            for m in find(case.values[0]["text"], lang, datetime(2024, 11, 20))
        )
    ]
    ref = datetime(2024, 11, 20)
    expected, offset = [], 0
    for sentence in sentences:
        for m in find(sentence, lang, ref):
            expected.append((m.start + offset, m.text, str(m.period), m.value))
        offset += len(sentence) + 1
    found = [
        (m.start, m.text, str(m.period), m.value) for m in find(" ".join(sentences), lang, ref)
    ]
    assert found == expected


def test_long_text_stays_fast() -> None:
    sentence = "Le 28 mars 2024, les ventes ont progressé de 12 % sur un an. "
    text = sentence * 400
    found = find(text, "fr", REF)
    assert len(found) == 400 * 2  # the date and "sur un an" in every sentence


def test_numbers_in_words_are_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # each stretch takes its part of the text's numbers: a long text stays linear
    from claimcheck.extract import time as time_finder

    find("En 2019, trois cents voitures.", "fr", REF)
    scan = time_finder._SCAN[0]
    assert scan is not None
    calls: list[str] = []

    def counted(text: str, lang: str) -> list[Any]:
        calls.append(text)
        return scan(text, lang)

    monkeypatch.setattr(time_finder, "_SCAN", [counted])
    text = "En 2019, le groupe a vendu trois cents voitures en deux mois. " * 60
    found = find(text, "fr", REF)
    assert len(calls) == 1
    assert [m.text for m in found[:2]] == ["En 2019", "en deux mois"]
    assert len(found) == 120

"""The speed paths of assembly and checking change no result.

A reference remembers the entity each name matched, and its fuzzy fallback compares a
name only with the names whose length lets them reach the threshold; ``check_many``
reads its texts in batches, one step over the whole batch at a time; a sentence's asides
are found from its commas; number marks are written by one ``str.translate``. Each test
below compares a shortcut with the long way round.
"""

from __future__ import annotations

import importlib
import pickle
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

import claimcheck as cc
from claimcheck.claim_lexicon import claim_words
from claimcheck.claims import _Article, assemble, parse_claims, read_mentions
from claimcheck.entities import phrase_key, tokenize, word_tokens
from claimcheck.errors import InputError
from claimcheck.measures import ParsedSentence
from claimcheck.reference import _MATCHES_KEPT, Reference, normalize_name
from claimcheck.report import _digits, _lexicon

checking = importlib.import_module("claimcheck.check")  # the module, not its function

# -- entity matching ---------------------------------------------------------------------

name_words = st.sampled_from(
    ["renault", "groupe", "banque", "france", "air", "total", "orange", "sa", "la", "poste"]
)
names = st.lists(
    st.one_of(name_words, st.integers(1, 30).map(str), st.text("abcdeor", min_size=1)),
    min_size=1,
    max_size=4,
).map(" ".join)


@given(st.lists(names, min_size=1, max_size=25), names, st.floats(40.0, 100.0))
def test_the_fuzzy_fallback_finds_what_a_scan_of_every_name_finds(
    entities: list[str], query: str, threshold: float
) -> None:
    ref = Reference.from_records(
        [{"entity": e, "metric": "m", "value": 1, "period": "2020"} for e in entities]
    )
    key = normalize_name(query)
    found = process.extractOne(
        key, sorted(ref._entity_keys), scorer=fuzz.ratio, score_cutoff=threshold
    )
    expected = None if found is None else (found[0], float(found[1]))
    assert ref._fuzzy_best(key, threshold) == expected


POPULATION = Reference.from_records(
    [
        {"entity": "Groupe Renault", "metric": "sales", "value": 2.2e6, "period": "2023"},
        {"entity": "Banque de France", "metric": "staff", "value": 9000, "period": "2023"},
        {"entity": "France", "metric": "population", "value": 68e6, "period": "2023"},
        {"entity": "Entreprise 4711", "metric": "sales", "value": 12300, "period": "2019"},
    ],
    aliases={"entity": {"France": ["Hexagone"]}},
)
ASKED = [
    "France",  # exact
    "hexagone",  # an alias
    "la France",  # after a skipped article
    "Renault",  # the core of a name
    "Banque de Frnace",  # fuzzy
    "Entreprise 4712",  # fuzzy, but another number: none
    "Apple",  # none
    "",  # nothing to match
]


def test_a_remembered_match_is_the_match() -> None:
    skip = frozenset({"la", "le"})
    fresh = [
        Reference.from_records(list(map(_row, POPULATION)))._match_entity_ids(n, 88.0, skip)
        for n in ASKED
    ]
    first = [POPULATION._match_entity_ids(n, 88.0, skip) for n in ASKED]
    again = [POPULATION._match_entity_ids(n, 88.0, skip) for n in ASKED]
    assert first == again
    # (the fresh copy has no alias: compare the names that need none)
    assert [f for f, n in zip(first, ASKED, strict=True) if n != "hexagone"] == [
        f for f, n in zip(fresh, ASKED, strict=True) if n != "hexagone"
    ]
    assert first[ASKED.index("Banque de Frnace")] is not None
    assert first[ASKED.index("Entreprise 4712")] is None


def _row(record: cc.ReferenceRecord) -> dict[str, Any]:
    return {k: getattr(record, k) for k in ("entity", "metric", "value", "period", "kind")}


def test_a_pickled_reference_forgets_its_matches_not_its_answers() -> None:
    skip = frozenset({"la"})
    before = [POPULATION.match_entity(n, skip=skip) for n in ASKED]
    copy = pickle.loads(pickle.dumps(POPULATION))
    assert copy._entity_matches == {}
    assert [copy.match_entity(n, skip=skip) for n in ASKED] == before


def test_the_remembered_matches_are_bounded() -> None:
    ref = Reference.from_records(
        [{"entity": "Xiaomi", "metric": "m", "value": 1, "period": "2020"}]
    )
    for i in range(_MATCHES_KEPT + 10):
        ref._match_entity_ids(f"Nom {i}", 88.0, frozenset())
    assert len(ref._entity_matches) <= _MATCHES_KEPT
    assert ref.match_entity("xiaomi") == ("Xiaomi", 100.0)


# -- check_many ----------------------------------------------------------------------------

SENTENCES = [
    "La France compte 68 millions d'habitants.",
    "La France compte 90 millions d'habitants.",
    "En 2019, Entreprise 4711 a réalisé 12 300 ventes.",
    "Le Groupe Renault a vendu **2,2 millions** de véhicules en 2023.",
    "Il pleut.",
    "",
    "Renault sold 2.2 million cars in 2023.",
    "La Banque de France emploie 9 000 personnes.",
]


def _one_by_one(texts: list[Any], **kw: Any) -> list[cc.Report]:
    return [cc.check(t, POPULATION, **kw) for t in texts]


@pytest.mark.parametrize("lang", ["fr", None])
def test_check_many_reports_what_check_reports(lang: str | None) -> None:
    texts = SENTENCES * 20  # 160 texts: two whole batches and part of a third
    kw: dict[str, Any] = {"lang": lang, "reference_date": "2024-03-01"}
    assert list(cc.check_many(texts, POPULATION, **kw)) == _one_by_one(texts, **kw)


def test_check_many_takes_claims_between_texts() -> None:
    claims = parse_claims(SENTENCES[0], "fr", "2024-03-01", reference=POPULATION)
    texts: list[Any] = [SENTENCES[1], claims, SENTENCES[2]]
    kw: dict[str, Any] = {"lang": "fr", "reference_date": "2024-03-01"}
    assert list(cc.check_many(texts, POPULATION, **kw)) == _one_by_one(texts, **kw)


def test_check_many_reads_a_batch_at_a_time() -> None:
    read: list[int] = []

    def texts() -> Iterator[str]:
        for i in range(1000):
            read.append(i)
            yield SENTENCES[i % len(SENTENCES)]

    reports = cc.check_many(texts(), POPULATION, lang="fr", reference_date="2024-03-01")
    next(reports)
    assert 1 <= len(read) <= checking._BATCH + 1


def test_check_many_raises_in_the_bad_texts_turn() -> None:
    texts: list[Any] = [*SENTENCES[:3] * 3, 5, SENTENCES[0]]
    got: list[cc.Report] = []
    with pytest.raises(InputError, match="not int"):
        got.extend(cc.check_many(texts, POPULATION, lang="fr", reference_date="2024-03-01"))
    assert got == _one_by_one(texts[:9], lang="fr", reference_date="2024-03-01")


def test_check_many_raises_an_assembly_error_after_the_reports_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(text: str, *args: Any, **kw: Any) -> list[cc.Claim]:
        if text == SENTENCES[2]:
            raise RuntimeError("assembly failed")
        return assemble(text, *args, **kw)

    monkeypatch.setattr(checking, "assemble", failing)
    got: list[cc.Report] = []
    with pytest.raises(RuntimeError, match="assembly failed"):
        got.extend(cc.check_many(SENTENCES, POPULATION, lang="fr", reference_date="2024-03-01"))
    monkeypatch.undo()
    assert got == _one_by_one(SENTENCES[:2], lang="fr", reference_date="2024-03-01")


def test_check_many_checks_its_arguments_only_when_it_has_texts() -> None:
    assert list(cc.check_many([], "not a reference")) == []  # type: ignore[arg-type]
    with pytest.raises(InputError, match="Reference"):
        list(cc.check_many(["Il pleut."], "not a reference"))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", SENTENCES)
def test_read_mentions_then_assemble_is_parse_claims(text: str) -> None:
    language, mentions = read_mentions(text, "fr", "2024-03-01")
    claims = assemble(text, mentions, language) if mentions else []
    assert claims == parse_claims(text, "fr", "2024-03-01")


# -- assembly and reports ------------------------------------------------------------------


def _asides_the_long_way(words: list[str], starts: list[int], ends: list[int]) -> list[Any]:
    relatives = claim_words("fr").relatives
    found = []
    i = 0
    while i + 1 < len(words):
        if words[i] == "," and words[i + 1] in relatives:
            close = next((k for k in range(i + 2, len(words)) if words[k] == ","), None)
            if close is None:
                break
            found.append((starts[i], ends[close]))
            i = close
        i += 1
    return found


@given(st.lists(st.sampled_from([",", "qui", "dont", "le", "groupe", "a", "vendu"]), max_size=20))
def test_asides_are_read_from_the_commas(words: list[str]) -> None:
    text = " ".join(words)
    tokens = tokenize(text)
    norms = [t.norm for t in tokens]
    article = _Article(text, "fr", claim_words("fr"), None)
    parsed = ParsedSentence(0, len(text), 0, tokens, norms)
    expected = _asides_the_long_way(norms, [t.start for t in tokens], [t.end for t in tokens])
    assert article._asides(parsed) == expected
    assert article._asides(parsed) == expected  # read once, kept with the sentence


@given(
    st.floats(0, 1e13, allow_nan=False, allow_infinity=False),
    st.integers(0, 6),
    st.sampled_from(["fr", "en"]),
)
def test_number_marks_are_the_languages(size: float, decimals: int, lang: str) -> None:
    numbers = _lexicon(lang).numbers
    text = f"{size:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    expected = (
        text.replace(",", "\x00").replace(".", numbers.decimal).replace("\x00", numbers.thousands)
    )
    assert _digits(size, numbers, decimals) == expected


@given(st.text(max_size=40))
def test_word_tokens_are_the_phrase_key_as_written(text: str) -> None:
    assert tuple(w.casefold() for w in word_tokens(text)) == phrase_key(text)


def test_check_many_reads_texts_of_any_date() -> None:
    moment = datetime(2024, 3, 1)
    texts = SENTENCES * 10
    assert list(cc.check_many(texts, POPULATION, lang="fr", reference_date=moment)) == (
        _one_by_one(texts, lang="fr", reference_date=moment)
    )

"""Light lemmas: word families meet, distinct ideas stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.lexicon import supported_languages
from claimcheck.terms import fold, terms

SAME = [
    ("fr", ["produit", "produites", "production", "produire", "a produit", "produisent"]),
    ("fr", ["vendu", "vendre", "ventes", "vente", "a vendu", "vendues"]),
    ("fr", ["immatriculations", "immatriculé", "immatriculées"]),
    ("fr", ["habitants", "habitant", "population"]),
    ("en", ["produced", "produces", "production", "produce", "has produced", "producing"]),
    ("en", ["sold", "sales", "sells", "selling", "sale"]),
    ("en", ["registrations", "registered", "registration"]),
    ("en", ["employees", "employed", "employment"]),
]

DIFFERENT = [
    ("fr", "salariés", "employés"),
    ("fr", "produit", "vendu"),
    ("fr", "habitants", "salariés"),
    ("en", "produced", "sold"),
    ("en", "revenue", "profit"),
]


@pytest.mark.parametrize(("lang", "words"), SAME, ids=[" / ".join(w) for _, w in SAME])
def test_families_share_a_key(lang: str, words: list[str]) -> None:
    keys = {terms(word, lang) for word in words}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("lang", "a", "b"), DIFFERENT, ids=[f"{a} ≠ {b}" for _, a, b in DIFFERENT])
def test_distinct_words_stay_apart(lang: str, a: str, b: str) -> None:
    assert terms(a, lang) != terms(b, lang)


def test_stop_words_and_accents_go() -> None:
    assert terms("Les Unités PRODUITES", "fr") == terms("unites produites", "fr")
    assert terms("de la", "fr") == ()


def test_each_key_once_in_order() -> None:
    assert terms("production produite de véhicules", "fr") == ("produce", "vehicle")


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("a vendu", "sold"),
        ("véhicules produits", "vehicles produced"),
        ("habitants", "inhabitants"),
        ("livraisons", "deliveries"),
        ("immatriculations", "registrations"),
        ("avions", "planes"),
        ("chômage", "unemployment"),
        ("naissances", "births"),
        ("PIB", "GDP"),
        ("chiffre d'affaires", "revenue"),
        ("taux de chômage", "unemployment rate"),
        ("production d'électricité", "electricity production"),
        ("électricité nucléaire", "nuclear power"),
    ],
)
def test_families_are_shared_across_languages(fr: str, en: str) -> None:
    assert set(terms(fr, "fr")) == set(terms(en, "en"))


def test_fold() -> None:
    assert fold("Île-de-France") == "ile-de-france"


@given(st.text(max_size=200), st.sampled_from(supported_languages()))
def test_any_text_gives_folded_keys(text: str, lang: str) -> None:
    for key in terms(text, lang):
        assert key
        assert key == fold(key)

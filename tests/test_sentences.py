"""Sentence splitting: French and English typography, exact offsets, paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.sentences import split_sentences
from conftest import calls


def texts(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


CASES = [
    (
        "fr",
        "M. Dupont a vendu 3,5 millions de titres. La Bourse a salué l'opération.",
        ["M. Dupont a vendu 3,5 millions de titres.", "La Bourse a salué l'opération."],
    ),
    (
        "fr",
        "La ville fut fondée en 52 av. J.-C. Elle compte aujourd'hui 12 000 habitants.",
        [
            "La ville fut fondée en 52 av. J.-C.",
            "Elle compte aujourd'hui 12 000 habitants.",
        ],
    ),
    (
        "fr",
        "« Nous avons produit 100 000 unités. » Le groupe vise plus, etc. La suite viendra.",
        [
            "« Nous avons produit 100 000 unités. »",
            "Le groupe vise plus, etc.",
            "La suite viendra.",
        ],
    ),
    (
        "fr",
        "Xiaomi bientôt en Europe ? La marque le souhaite ! Elle y vend déjà.",
        ["Xiaomi bientôt en Europe ?", "La marque le souhaite !", "Elle y vend déjà."],
    ),
    (
        "fr",
        "Le taux est passé de 3.5 à 4,2 % (selon l'Insee). Il recule ensuite…",
        ["Le taux est passé de 3.5 à 4,2 % (selon l'Insee).", "Il recule ensuite…"],
    ),
    (
        "en",
        "Mr. Smith said the U.S. economy grew 2.5% in 2023. Sales rose, e.g. in Texas.",
        ["Mr. Smith said the U.S. economy grew 2.5% in 2023.", "Sales rose, e.g. in Texas."],
    ),
    (
        "en",
        'He said: "We sold 1.8 million cars." The company agreed.',
        ['He said: "We sold 1.8 million cars."', "The company agreed."],
    ),
    (
        "fr",
        "Xiaomi bientôt en Europe\nLa marque recrute.",
        ["Xiaomi bientôt en Europe", "La marque recrute."],
    ),
    (
        "fr",
        "Le constructeur chinois a produit dans son usine de Pékin plus de\n100 000 véhicules en"
        " six\nmois, un record.",
        [
            "Le constructeur chinois a produit dans son usine de Pékin plus de\n100 000 véhicules"
            " en six\nmois, un record."
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1] for c in CASES])
def test_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert texts(text, lang) == expected


def test_paragraphs_follow_blank_lines_and_finished_lines() -> None:
    text = "Titre\n\nPremière phrase. Deuxième phrase.\nTroisième phrase.\n\n\nQuatrième."
    sentences = split_sentences(text, "fr")
    assert [(text[s.start : s.end], s.paragraph) for s in sentences] == [
        ("Titre", 0),
        ("Première phrase.", 1),
        ("Deuxième phrase.", 1),
        ("Troisième phrase.", 2),
        ("Quatrième.", 3),
    ]


def test_a_list_stays_in_the_paragraph_that_introduces_it() -> None:
    text = (
        "Les chiffres clés en 2023 :\n- 66,5 millions de tonnes ;\n• 2,9 millions.\nSuite.\n"
        "-5 % ici."
    )
    sentences = split_sentences(text, "fr")
    assert [(text[s.start : s.end], s.paragraph) for s in sentences] == [
        ("Les chiffres clés en 2023 :", 0),
        ("66,5 millions de tonnes ;", 0),
        ("2,9 millions.", 0),
        ("Suite.", 1),
        ("-5 % ici.", 2),
    ]


def test_offsets_survive_no_break_spaces_and_markup() -> None:
    text = "Il a vendu 12\u202f300 voitures. **Le groupe** vise « 2026 »."
    found = texts(text, "fr")
    assert found == ["Il a vendu 12\u202f300 voitures.", "**Le groupe** vise « 2026 »."]


def test_overlong_sentences_are_cut_at_a_pause() -> None:
    text = "Renault 12 300 voitures, " * 100
    sentences = split_sentences(text, "fr")
    assert len(sentences) > 1
    assert all(s.end - s.start <= 600 for s in sentences)
    assert all(text[s.end - 1] == "," for s in sentences[:-1])


def test_empty_and_blank_texts() -> None:
    assert split_sentences("", "fr") == []
    assert split_sentences(" \n\n \t", "en") == []


@given(st.text(alphabet=st.sampled_from("ab C.!?…«»\"' \n,;:1\u00a0-•"), max_size=300))
def test_sentences_are_ordered_stripped_slices(text: str) -> None:
    sentences = split_sentences(text, "fr")
    previous_end = 0
    for s in sentences:
        assert previous_end <= s.start < s.end <= len(text)
        piece = text[s.start : s.end]
        assert piece == piece.strip()
        previous_end = s.end
    # nothing but whitespace and the markers of list items is left out
    covered = "".join(text[s.start : s.end] for s in sentences)
    left_out = "".join(text.split()).replace("-", "").replace("•", "")
    assert left_out == "".join(covered.split()).replace("-", "").replace("•", "")


def test_linear_work_on_long_and_strange_text() -> None:
    unit = "M. A. b. 1.2. « x » etc. Y ? " * 20 + "\n"
    small = calls(lambda: split_sentences(unit * 100, "fr"))
    assert calls(lambda: split_sentences(unit * 1000, "fr")) < 12 * small

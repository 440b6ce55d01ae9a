"""Properties: claims written into sentence templates parse back to themselves; any text
assembles without error."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck import ClaimKind, Qualifier
from claimcheck import strategies as claim_strategies
from claimcheck.claims import assemble
from claimcheck.terms import terms

SUBJECTS = [
    "Renault",
    "Xiaomi",
    "Stellantis",
    "BYD",
    "Air Liquide",
    "Nova Energia",
    "Entreprise 4711",
]


@dataclass(frozen=True)
class Measure:
    noun: str
    form: str  # the verb as the template writes it
    lemma: str


MEASURES = {
    "fr": [
        Measure("voitures", "a vendu", "vendre"),
        Measure("unités", "a produit", "produire"),
        Measure("véhicules électriques", "a livré", "livrer"),
        Measure("logements", "a construit", "construire"),
        Measure("points de vente", "a ouvert", "ouvrir"),
        Measure("salariés", "emploie", "employer"),
        Measure("bornes de recharge", "a installé", "installer"),
    ],
    "en": [
        Measure("cars", "sold", "sell"),
        Measure("units", "produced", "produce"),
        Measure("electric vehicles", "delivered", "deliver"),
        Measure("homes", "built", "build"),
        Measure("stores", "opened", "open"),
        Measure("people", "employs", "employ"),
        Measure("charging points", "installed", "install"),
    ],
}

QUALIFIERS = {
    "fr": [("", Qualifier.EXACT), ("plus de ", Qualifier.GT), ("près de ", Qualifier.NEARLY)],
    "en": [("", Qualifier.EXACT), ("more than ", Qualifier.GT), ("nearly ", Qualifier.NEARLY)],
}

# {intro} is a sentence naming the subject; {who} is the subject or a word referring to it.
TEMPLATES = {
    "fr": [
        "{who} {verb} {figure} {noun} en {year}.",
        "En {year}, {who} {verb} {figure} {noun}.",
        "{who} {verb} {figure} {noun} en {year} en France.",
    ],
    "en": [
        "{who} {verb} {figure} {noun} in {year}.",
        "In {year}, {who} {verb} {figure} {noun}.",
        "{who} {verb} {figure} {noun} in France in {year}.",
    ],
}
INTRO = {"fr": "{subject} accélère sa croissance.", "en": "{subject} is speeding up its growth."}
REFERRING = {"fr": ["il", "le groupe", "la société"], "en": ["it", "the company", "the group"]}


def written(value: int, lang: str) -> str:
    grouped = f"{value:,}"
    return grouped.replace(",", "\u202f") if lang == "fr" else grouped


@dataclass(frozen=True)
class Case:
    text: str
    lang: str
    subject: str
    inferred: bool
    measure: Measure
    value: int
    qualifier: Qualifier
    year: int
    located: bool


@st.composite
def cases(draw: st.DrawFn) -> Case:
    lang = draw(st.sampled_from(["fr", "en"]))
    subject = draw(st.sampled_from(SUBJECTS))
    measure = draw(st.sampled_from(MEASURES[lang]))
    value = draw(
        st.integers(2, 50_000_000).filter(lambda v: not 1000 <= v <= 2100 and v % 1000 != 0)
    )
    words, qualifier = draw(st.sampled_from(QUALIFIERS[lang]))
    year = draw(st.integers(1990, 2030))
    template_index = draw(st.integers(0, len(TEMPLATES[lang]) - 1))
    template = TEMPLATES[lang][template_index]
    inferred = draw(st.booleans())
    who = draw(st.sampled_from(REFERRING[lang])) if inferred else subject
    sentence = template.format(
        who=who,
        verb=measure.form,
        figure=words + written(value, lang),
        noun=measure.noun,
        year=year,
    )
    sentence = sentence[0].upper() + sentence[1:]
    text = INTRO[lang].format(subject=subject) + " " + sentence if inferred else sentence
    return Case(text, lang, subject, inferred, measure, value, qualifier, year, template_index == 2)


@given(cases())
def test_written_claims_parse_back(case: Case) -> None:
    found = cc.parse_claims(case.text, case.lang, "2031-01-01")
    assert len(found) == 1, [(c.kind.value, c.text) for c in found]
    claim = found[0]
    assert claim.kind is ClaimKind.QUANTITY
    assert (claim.subject, claim.subject_inferred) == (case.subject, case.inferred)
    assert claim.figure is not None
    assert (claim.figure.value, claim.figure.qualifier) == (case.value, case.qualifier)
    assert claim.measure.verb == case.measure.lemma
    assert set(terms(case.measure.noun, case.lang)) <= set(claim.measure.terms)
    assert claim.time is not None and str(claim.time.period) == str(case.year)
    assert claim.location == ("France" if case.located else None)
    assert case.text[claim.start : claim.end] == claim.text


def assembled(text: str, lang: str) -> list[cc.Claim]:
    """Claims assembled from what extraction finds (extraction's own robustness is tested
    with the finders; here, whatever mentions come, assembly must hold)."""
    try:
        mentions = cc.extract(text, lang, "2024-11-20")
    except Exception:
        mentions = []
    return assemble(text, mentions, lang)


@given(st.text(max_size=400), st.sampled_from(["fr", "en"]))
def test_any_text_assembles(text: str, lang: str) -> None:
    for claim in assembled(text, lang):
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start :].startswith(claim.sentence)


NEWSY = st.lists(
    st.sampled_from(
        [
            *"abcdeéèàç ,.;:!?«»()'’-\n0123456789%€$",
            *["Renault ", "il ", "la marque ", "en Chine ", "plus de ", "d'ici ", "contre "],
            *["millions ", "unités ", "M. ", "etc. ", " 2026", " 100 000 ", "page ", "The "],
        ]
    ),
    max_size=60,
).map("".join)


@given(NEWSY, st.sampled_from(["fr", "en"]))
def test_news_like_text_assembles(text: str, lang: str) -> None:
    for claim in assembled(text, lang):
        assert text[claim.start : claim.end] == claim.text


@given(st.sampled_from(["fr", "en"]).flatmap(lambda lang: claim_strategies.claims(lang)))
def test_claims_written_by_the_strategies_parse_back(claim: cc.Claim) -> None:
    """The project's own writer (``claimcheck.strategies.claims``) and reader agree."""
    found = cc.parse_claims(claim.sentence, claim.lang, "2035-01-01")
    assert len(found) == 1, [(c.kind.value, c.text) for c in found]
    assert found[0].subject == claim.subject
    if claim.figure is None:
        assert found[0].figure is None
    else:
        assert found[0].figure is not None
        assert found[0].figure.value == claim.figure.value

"""Rendering figures, periods and claims as text: exact wordings, the lexicons' own
consistency, and clear errors on what cannot be written."""

from __future__ import annotations

import string
from datetime import datetime

import pytest

from claimcheck.errors import InputError, LanguageError
from claimcheck.lexicon import supported_languages
from claimcheck.models import Claim, Measure, Mention, Period
from claimcheck.render import (
    figure_forms,
    lexicon,
    number_styles,
    render,
    render_duration,
    render_figure,
    render_number,
    render_ordinal,
    render_period,
    render_sentence,
    renderable,
)

# (value, lang, style) → text; the ids are the texts.
NUMBERS = [
    (100000, "fr", "space", "100 000"),
    (100000, "fr", "nbsp", "100\u00a0000"),
    (100000, "fr", "narrow_nbsp", "100\u202f000"),
    (100000, "fr", "dot", "100.000"),
    (1000, "fr", "apostrophe", "1'000"),
    (100000, "en", "comma", "100,000"),
    (1234567.5, "en", "comma", "1,234,567.5"),
    (1234567.5, "fr", "space", "1 234 567,5"),
    (12.25, "fr", "none", "12,25"),
    (12.25, "en", "none", "12.25"),
    (20380, "fr", "none", "20380"),
    (1500000, "fr", "scaled", "1,5 million"),
    (2000000, "fr", "scaled", "2 millions"),
    (3200000000, "fr", "scaled", "3,2 milliards"),
    (1500000, "en", "scaled", "1.5 million"),
    (3200000000, "en", "scaled", "3.2 billion"),
    (21, "fr", "words", "vingt et un"),
    (71, "fr", "words", "soixante et onze"),
    (80, "fr", "words", "quatre-vingts"),
    (90, "fr", "words", "quatre-vingt-dix"),
    (200, "fr", "words", "deux cents"),
    (250, "fr", "words", "deux cent cinquante"),
    (1000, "fr", "words", "mille"),
    (80000, "fr", "words", "quatre-vingt mille"),
    (200000, "fr", "words", "deux cent mille"),
    (2000000, "fr", "words", "deux millions"),
    (1000000, "fr", "words", "un million"),
    (105, "en", "words", "one hundred five"),
    (21, "en", "words", "twenty-one"),
    (2000000, "en", "words", "two million"),
]


@pytest.mark.parametrize(
    ("value", "lang", "style", "text"), NUMBERS, ids=[row[-1] for row in NUMBERS]
)
def test_render_number(value: float, lang: str, style: str, text: str) -> None:
    assert render_number(value, lang, style) == text


def test_a_four_digit_whole_number_always_has_a_separator() -> None:
    # "2024" alone reads as a year
    assert "none" not in number_styles(2024, "fr")
    assert "none" in number_styles(2024.5, "fr")


@pytest.mark.parametrize(
    ("value", "style", "message"),
    [
        (1.5, "words", "cannot be written in style 'words'"),
        (100000, "comma", "cannot be written in style 'comma' in 'fr'"),
        (250000, "scaled", "cannot be written in style 'scaled'"),
        ("12", "none", "value must be a number, not str"),
        (float("nan"), "none", "is not a finite number"),
    ],
)
def test_render_number_errors(value: object, style: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        render_number(value, "fr", style)  # type: ignore[arg-type]


def test_unsupported_language() -> None:
    with pytest.raises(LanguageError, match="lang='de' is not supported"):
        render_number(1, "de")


def figure(kind: str, qualifier: str = "exact", **fields: object) -> Mention:
    return Mention.model_validate(
        {"kind": kind, "text": "", "start": 0, "end": 0, "qualifier": qualifier, **fields}
    )


FIGURES = [
    (figure("number", "gt", value=100000), "fr", "space", 0, "plus de 100 000"),
    (figure("number", "nearly", value=1.5e6), "fr", "scaled", 0, "près de 1,5 million"),
    (
        figure("money", "approx", value=3.2e9, currency="EUR"),
        "fr",
        "scaled",
        0,
        "environ 3,2 milliards d'euros",
    ),
    (figure("money", "gt", value=1.2e9, currency="USD"), "en", "scaled", 2, "more than $1.2bn"),
    (
        figure("money", "exact", value=250, currency="EUR"),
        "fr",
        "words",
        2,
        "deux cent cinquante euros",
    ),
    (figure("money", "exact", value=1.5, currency="EUR"), "fr", "none", 2, "1,5 euro"),
    (figure("money", "exact", value=1, currency="USD"), "en", "none", 1, "1 dollar"),
    (figure("money", "exact", value=2, currency="USD"), "en", "none", 1, "2 dollars"),
    (
        figure("money", "range", low=10, high=15, currency="USD"),
        "en",
        "none",
        0,
        "between $10 and $15",
    ),
    (figure("percent", "range", low=10, high=15, unit="%"), "fr", "none", 0, "entre 10 et 15 %"),
    (
        figure("quantity", "range", low=900, high=1100, unit="t"),
        "en",
        "comma",
        0,
        "between 900 and 1,100 t",
    ),
    (
        figure("money", "range", low=1e6, high=1e7, currency="EUR"),
        "en",
        "scaled",
        0,
        "between €1 million and €10 million",
    ),
    (
        figure("money", "range", low=1.5e9, high=2e9, currency="USD"),
        "en",
        "scaled",
        2,
        "between $1.5bn and $2bn",
    ),
    (
        figure("money", "range", low=1e6, high=1e7, currency="EUR"),
        "fr",
        "scaled",
        0,
        "entre 1 et 10 millions d'euros",
    ),
    (
        figure("number", "range", low=1.5e6, high=2e6),
        "fr",
        "scaled",
        0,
        "entre 1,5 et 2 millions",
    ),
    (figure("quantity", "le", value=1.5, unit="t"), "fr", "none", 1, "jusqu'à 1,5 tonne"),
    (figure("quantity", "le", value=1.5, unit="t"), "en", "none", 1, "up to 1.5 tonnes"),
    (figure("number", "gt", value=1e6), "fr", "words", 0, "plus d'un million"),
]


@pytest.mark.parametrize(
    ("mention", "lang", "style", "form", "text"), FIGURES, ids=[row[-1] for row in FIGURES]
)
def test_render_figure(mention: Mention, lang: str, style: str, form: int, text: str) -> None:
    assert render_figure(mention, lang, style, form=form) == text


def test_an_idiom_takes_the_next_wording() -> None:
    # "presque neuf" reads as "nearly new"
    nearly_nine = figure("number", "nearly", value=9)
    assert render_figure(nearly_nine, "fr", "words", qualifier_form=1) == "près de neuf"
    assert render_figure(nearly_nine, "fr", "none", qualifier_form=1) == "presque 9"


def test_no_quantity_with_scale_words() -> None:
    # "1,5 million de tonnes" is not in the extraction's promise: no template offered
    assert figure_forms("quantity", "fr", "scaled", 1.5e6, unit="t") == ()
    with pytest.raises(InputError, match="cannot be written in style 'scaled'"):
        render_figure(figure("quantity", value=1.5e6, unit="t"), "fr", "scaled")


def test_unknown_currency_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="currency 'XYZ' has no wording"):
        render_figure(figure("money", value=1, currency="XYZ"), "fr")


PERIODS = [
    (Period.year(2024), "fr", "in", 0, "en 2024"),
    (Period.quarter(2025, 1), "fr", "in", 0, "au premier trimestre 2025"),
    (Period.quarter(2025, 1), "fr", "in", 1, "au T1 2025"),
    (Period.quarter(2025, 1), "en", "in", 1, "in Q1 2025"),
    (Period.month(2024, 3), "fr", "in", 0, "en mars 2024"),
    (Period.day(2024, 3, 28), "fr", "in", 0, "le 28 mars 2024"),
    (Period.day(2024, 1, 1), "fr", "in", 0, "le 1er janvier 2024"),
    (Period.day(2024, 3, 28), "en", "in", 0, "on March 28, 2024"),
    (Period.year(2026), "fr", "by", 0, "d'ici 2026"),
    (Period.year(2030), "fr", "by", 1, "d'ici à 2030"),
    (Period.year(2026), "en", "by", 0, "by 2026"),
    (Period.year(2020), "fr", "since", 0, "depuis 2020"),
    (Period.year(2030), "fr", "until", 0, "jusqu'en 2030"),
]


@pytest.mark.parametrize(
    ("period", "lang", "relation", "form", "text"), PERIODS, ids=[row[-1] for row in PERIODS]
)
def test_render_period(period: Period, lang: str, relation: str, form: int, text: str) -> None:
    assert render_period(period, lang, relation, form=form) == text


def test_a_week_is_not_renderable() -> None:
    week = Period.parse("2024-W05")
    assert not renderable(week)
    with pytest.raises(InputError, match="is not a calendar year, quarter, month or day"):
        render_period(week, "fr")


def test_durations_and_ordinals() -> None:
    assert render_duration(6, "month", "fr", words=True, form=2) == "en seulement six mois"
    assert render_duration(18, "month", "fr") == "18 mois"
    assert render_duration(2, "week", "en", words=True, form=1) == "for two weeks"
    assert render_duration(1, "week", "fr") == "une semaine"
    assert [render_ordinal(n, "en") for n in (1, 2, 3, 4, 11, 12, 13, 21, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "111th",
    ]  # fmt: skip
    assert render_ordinal(1, "fr") == "1er" and render_ordinal(2, "fr") == "2e"
    with pytest.raises(InputError, match="ordinals in words go up to 10"):
        render_ordinal(11, "fr", words=True)


def test_render_sentence_spans_slice_the_text() -> None:
    r = render_sentence(
        "{time}, {subject} a produit {figure}{link} véhicules.",
        {"time": "en 2024", "subject": "Xiaomi", "figure": "2 millions", "link": " de"},
        "Par ailleurs, ",
    )
    assert r.text == "Par ailleurs, en 2024, Xiaomi a produit 2 millions de véhicules."
    for part, value in (("time", "en 2024"), ("subject", "Xiaomi"), ("figure", "2 millions")):
        start, end = r.spans[part]
        assert r.text[start:end] == value


def test_an_empty_part_takes_its_comma_along() -> None:
    r = render_sentence(
        "{time}, {subject} a vendu {figure}.", {"time": "", "subject": "X", "figure": "3"}
    )
    assert r.text == "X a vendu 3."


def claim(figure_mention: Mention | None, noun: str, period: Period, relation: str = "in") -> Claim:
    when = Mention(kind="time", text="x", start=0, end=1, period=period, relation=relation)
    return Claim(
        kind="quantity" if figure_mention else "event",
        lang="fr",
        text="x",
        start=0,
        end=1,
        sentence="x",
        sentence_start=0,
        subject="Xiaomi",
        measure=Measure(noun=noun),
        figure=figure_mention,
        time=when,
    )


def test_render_a_claim_in_both_languages() -> None:
    c = claim(figure("number", "gt", value=100000), "unités produites", Period.year(2024))
    assert render(c) == "Xiaomi a produit plus de 100 000 véhicules en 2024."
    assert render(c, "en") == "Xiaomi produced more than 100,000 vehicles in 2024."
    millions = claim(figure("number", value=2e6), "voitures vendues", Period.quarter(2025, 1))
    assert render(millions) == "Xiaomi a vendu 2 millions de voitures au premier trimestre 2025."
    assert render(millions, "en") == "Xiaomi sold 2 million cars in the first quarter of 2025."


def test_render_a_range_claim_in_the_usual_style() -> None:
    c = claim(figure("number", "range", low=900, high=1100), "voitures vendues", Period.year(2024))
    assert render(c) == "Xiaomi a vendu entre 900 et 1 100 voitures en 2024."
    big = claim(figure("money", "range", low=1.5e9, high=2e9, currency="EUR"), "ventes",
                Period.year(2024))  # fmt: skip
    assert (
        render(big, "en") == "Xiaomi posted between €1.5 billion and €2 billion in revenue in 2024."
    )


def test_render_an_event_claim() -> None:
    c = claim(None, "exporter", Period.year(2026), "by")
    assert render(c) == "Xiaomi prévoit d'exporter ses véhicules d'ici 2026."
    assert render(c, "en") == "Xiaomi plans to export its vehicles by 2026."


def test_render_a_claim_with_an_unknown_measure_quotes_it() -> None:
    c = claim(figure("percent", value=49.5, unit="%"), "taux de croissance", Period.year(2023))
    assert render(c) == "Pour Xiaomi, l'indicateur « taux de croissance » affiche 49,5 % en 2023."


def test_a_quantity_claim_needs_a_figure() -> None:
    c = claim(None, "unités produites", Period.year(2024)).model_copy(update={"kind": "quantity"})
    with pytest.raises(InputError, match="needs a figure"):
        render(c)


# -- the lexicons ----------------------------------------------------------------------

FIELDS = {"subject", "figure", "time", "noun", "link"}


@pytest.mark.parametrize("lang", supported_languages())
def test_every_template_uses_known_parts(lang: str) -> None:
    lex = lexicon(lang)
    templates = [*lex.claims.fallback, *(t for m in lex.metrics.values() for t in m.templates)]
    for template in templates:
        names = {field for _, field, _, _ in string.Formatter().parse(template) if field}
        assert names <= FIELDS, template
        assert "{subject}" in template and "{time}" in template, template


def test_every_language_has_the_same_sample_metrics() -> None:
    catalogues = [lexicon(lang).metrics for lang in supported_languages()]
    first = catalogues[0]
    for other in catalogues[1:]:
        assert set(other) == set(first)
        for name, forms in other.items():
            assert (forms.kind, forms.unit) == (first[name].kind, first[name].unit), name


def test_render_period_of_each_grain_starts_where_the_period_does() -> None:
    assert render_period(Period.month(2024, 12), "en") == "in December 2024"
    assert Period.month(2024, 12).contains(datetime(2024, 12, 31))

"""Claims: subjects, measures, figures, times, places and kinds, on whole texts."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck as cc
from claimcheck import Claim, ClaimKind, Mention, Qualifier, Relation
from claimcheck.claims import assemble, reference_gazetteer
from claimcheck.entities import Gazetteer, tokenize
from claimcheck.terms import terms
from conftest import calls

# The founding article is third-party text: read from the shared folder beside the
# checkout when it is there (as on CI), never copied into the project.
_SEED_NAME = Path("shared", "seed", "000_784c8d1884d08b3e.txt")
SEED = next(
    (
        root / _SEED_NAME
        for root in (Path(__file__).resolve().parents[2], Path("/work"))
        if (root / _SEED_NAME).exists()
    ),
    Path("/work") / _SEED_NAME,
)
DATE = "2024-11-20"


def claims_of(text: str, lang: str = "fr", **kwargs: object) -> list[Claim]:
    return cc.parse_claims(text, lang, DATE, **kwargs)  # type: ignore[arg-type]


def only(text: str, lang: str = "fr") -> Claim:
    found = claims_of(text, lang)
    assert len(found) == 1, [(c.kind.value, c.text) for c in found]
    return found[0]


def has_terms(claim: Claim, words: str) -> bool:
    return set(terms(words, claim.lang)) <= set(claim.measure.terms)


# -- the founding article ------------------------------------------------------------------


@pytest.fixture(scope="module")
def founding() -> tuple[str, list[Claim]]:
    if not SEED.exists():
        pytest.skip("the founding article is not on this machine")
    text = SEED.read_text(encoding="utf-8")
    return text, claims_of(text)


def test_founding_article_figures(founding: tuple[str, list[Claim]]) -> None:
    text, found = founding
    figures = [c for c in found if c.kind is not ClaimKind.EVENT]
    assert [c.kind for c in figures] == [ClaimKind.QUANTITY] * 3
    cap, shops, made = figures

    assert (cap.subject, cap.subject_inferred) == ("Xiaomi", True)
    assert cap.subject_span is not None
    assert cap.subject_span.text == "Le géant technologique chinois"
    assert cap.figure is not None
    assert (cap.figure.qualifier, cap.figure.value) == (Qualifier.GE, 100_000)
    assert cap.measure.noun == "unités produites"
    assert cap.location == "China"

    assert shops.subject == "Xiaomi"
    assert shops.figure is not None
    assert (shops.figure.qualifier, shops.figure.value) == (Qualifier.NEARLY, 100)
    assert shops.measure.noun == "points de vente"

    assert (made.subject, made.subject_inferred) == ("Xiaomi", True)
    assert made.subject_span is not None and made.subject_span.text == "il"
    assert made.figure is not None
    assert (made.figure.qualifier, made.figure.value) == (Qualifier.GT, 100_000)
    assert made.duration is not None and made.duration.value == 6
    assert made.duration.unit == "month"
    assert has_terms(made, "unités produire")

    for claim in found:
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start :].startswith(claim.sentence)
    assert not any("2025" in c.text for c in found)  # "Volvo XC90 (2025)" is a title


def test_founding_article_event(founding: tuple[str, list[Claim]]) -> None:
    _, found = founding
    events = [c for c in found if c.kind is ClaimKind.EVENT]
    assert len(events) == 1
    (export,) = events
    assert export.figure is None
    assert export.time is not None and export.time.relation is Relation.BY
    assert export.time.period is not None and str(export.time.period) == "2026"
    assert export.measure.verb == "exporter"
    assert (export.subject, export.subject_inferred) == ("Xiaomi", True)


def test_founding_event_sentence() -> None:
    text = (
        "Xiaomi veut exporter. Au regard de ce succès, il n’est pas démesuré de penser que la "
        "marque pourrait envisager d’exporter sa gamme d’ici **2026**."
    )
    export = only(text)
    assert export.kind is ClaimKind.EVENT
    assert export.figure is None
    assert export.time is not None and export.time.relation is Relation.BY
    assert export.time.period is not None and str(export.time.period) == "2026"
    assert export.measure.verb == "exporter"
    assert (export.subject, export.subject_inferred) == ("Xiaomi", True)
    assert export.subject_span is not None and export.subject_span.text == "la marque"


@pytest.mark.parametrize(
    ("text", "lang", "qualifier"),
    [
        ("Xiaomi a dépassé les 100 000 unités produites en Chine.", "fr", Qualifier.GT),
        ("Xiaomi a franchi le cap des 100 000 unités produites en Chine.", "fr", Qualifier.GE),
        ("Xiaomi has produced more than 100,000 units in China.", "en", Qualifier.GT),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) > 3 else "",
)
def test_same_claim_worded_differently(text: str, lang: str, qualifier: Qualifier) -> None:
    claim = only(text, lang)
    assert claim.subject == "Xiaomi" and not claim.subject_inferred
    assert claim.figure is not None
    assert (claim.figure.value, claim.figure.qualifier) == (100_000, qualifier)
    assert has_terms(claim, "unités produites" if lang == "fr" else "units produced")
    assert claim.location == "China"


def test_english_pronoun_and_duration() -> None:
    text = (
        "Xiaomi wants to sell its cars abroad. "
        "In just six months, it produced more than 100,000 units of its sedan."
    )
    claim = only(text, "en")
    assert (claim.subject, claim.subject_inferred) == ("Xiaomi", True)
    assert claim.subject_span is not None and claim.subject_span.text == "it"
    assert claim.duration is not None and claim.duration.value == 6
    assert claim.measure.noun == "units of its sedan"  # a generic noun says of what


def test_year_in_a_title_is_no_claim() -> None:
    assert claims_of("Essai du Volvo XC90 (2025) : le SUV hybride suédois toujours au top !") == []


# -- figures that are not claims -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Voir la page 12 du rapport et l'article 49 de la Constitution.",
        "Contact presse : 01 42 75 80 00.",
        "Renault est le troisième constructeur européen.",
        "La SU7 et le Volvo XC90 sont des modèles récents.",
        "1. Renault\n2. Peugeot\n3. Citroën",
        "Le CAC 40 a ouvert en baisse.",
    ],
)
def test_not_claims(text: str) -> None:
    assert claims_of(text) == []


def test_ranks_only_when_asked() -> None:
    text = "Renault est le troisième constructeur européen."
    assert claims_of(text) == []
    (rank,) = cc.parse_claims(text, "fr", DATE, ranks=True)
    assert rank.kind is ClaimKind.RANK
    assert (rank.subject, rank.measure.noun) == ("Renault", "constructeur européen")
    assert rank.figure is not None and rank.figure.value == 3


def test_number_in_a_name_joins_it() -> None:
    claim = only("Entreprise 4711 a produit 12 300 véhicules en 2023.")
    assert claim.subject == "Entreprise 4711"
    assert claim.figure is not None and claim.figure.value == 12_300
    assert claim.time is not None and str(claim.time.period) == "2023"


# -- kinds ---------------------------------------------------------------------------------


def test_change() -> None:
    claim = only("Renault a vu ses ventes progresser en hausse de 49,5 % en 2023.")
    assert claim.kind is ClaimKind.CHANGE
    assert claim.figure is not None and claim.figure.value == 49.5


def test_change_inherits_the_measure_of_its_sentence() -> None:
    first, change = claims_of("Renault a vendu 2,24 millions de véhicules, en hausse de 9 %.")
    assert change.kind is ClaimKind.CHANGE
    assert change.subject == "Renault"
    assert change.measure == first.measure


def test_comparison_holds_both_sides() -> None:
    claim = only("La part des voitures électriques atteint 16,8 % en 2023, contre 13,3 % en 2022.")
    assert claim.kind is ClaimKind.COMPARISON
    assert claim.figure is not None and claim.figure.value == 16.8
    assert claim.baseline is not None and claim.baseline.value == 13.3
    assert claim.time is not None and str(claim.time.period) == "2023"
    assert claim.baseline_time is not None and str(claim.baseline_time.period) == "2022"
    assert has_terms(claim, "part voitures électriques")


def test_ratio() -> None:
    text = "Les bornes de recharge sont 140 000, soit deux fois plus qu'il y a deux ans."
    _, ratio = claims_of(text)
    assert ratio.kind is ClaimKind.RATIO
    assert ratio.figure is not None and ratio.figure.value == 2


def test_event_verb_dates_an_event() -> None:
    claim = only("Renault a lancé la Mégane électrique en 2022.")
    assert claim.kind is ClaimKind.EVENT
    assert claim.measure.verb == "lancer"
    assert claim.subject == "Renault"


def test_deadline_of_a_figure_is_its_time_not_an_event() -> None:
    claim = only("Renault veut vendre 1 million de voitures électriques d'ici 2030.")
    assert claim.kind is ClaimKind.QUANTITY
    assert claim.time is not None and claim.time.relation is Relation.BY


# -- subjects, places, times ---------------------------------------------------------------


def test_impersonal_pronoun_is_no_subject() -> None:
    text = "Renault recrute. Il semble que 300 ingénieurs soient embauchés."
    claim = only(text)
    assert claim.subject == "Renault"
    assert claim.subject_span is None  # taken from the article, not from "il"


def test_description_refers_to_the_article_entity() -> None:
    text = "Stellantis investit en Italie. Le constructeur emploie 258 000 salariés."
    claim = only(text)
    assert (claim.subject, claim.subject_inferred) == ("Stellantis", True)
    assert claim.subject_span is not None and claim.subject_span.text == "Le constructeur"


def test_source_is_not_the_subject() -> None:
    claim = only("Selon l'Insee, la France comptait 68,4 millions d'habitants en 2024.")
    assert claim.subject == "France"
    assert has_terms(claim, "habitants")


def test_place_of_the_clause_only() -> None:
    claim = only("Xiaomi dispose de 100 points de vente, notamment en Europe.")
    assert claim.location is None
    claim = only("En Europe, Xiaomi dispose de 100 points de vente.")
    assert claim.location == "Europe"


def test_paragraph_time_carries_to_the_next_sentence() -> None:
    text = "En 2023, Renault a vendu 2,2 millions de voitures. Le groupe emploie 105 000 salariés."
    _, staff = claims_of(text)
    assert staff.time is not None and str(staff.time.period) == "2023"
    text = (
        "En 2023, Renault a vendu 2,2 millions de voitures.\n\nLe groupe emploie 105 000 salariés."
    )
    _, staff = claims_of(text)
    assert staff.time is None


# -- with a reference ----------------------------------------------------------------------


def reference() -> cc.Reference:
    return cc.Reference.from_records(
        [
            {"entity": "Xiaomi", "metric": "vehicles_produced", "value": 1, "period": "2024"},
            {"entity": "Renault Group", "metric": "vehicles_sold", "value": 1, "period": "2024"},
        ],
        aliases={"entity": {"Renault Group": ["Renault", "groupe Renault"]}},
    )


def test_reference_names_are_the_gazetteer() -> None:
    claim = claims_of("Le groupe Renault a vendu 2,2 millions de voitures.", reference=reference())
    assert [c.subject for c in claim] == ["Renault Group"]


def test_gazetteer_is_built_once_per_reference() -> None:
    ref = reference()
    assert reference_gazetteer(ref) is reference_gazetteer(ref)
    assert reference_gazetteer(None) is None


def test_gazetteer_lookup_does_not_grow_with_the_number_of_entities() -> None:
    def gazetteer_of(n: int) -> Gazetteer:
        aliases = [(f"Entreprise {i}", f"Entreprise {i}") for i in range(n)]
        return Gazetteer(
            aliases + [(f"Groupe Alpha {i} Industries", f"Alpha {i}") for i in range(n)]
        )

    tokens = tokenize(
        "Selon Entreprise 4711, le Groupe Alpha 17 Industries a vendu 300 voitures. " * 20
    )
    small, large = gazetteer_of(5_000), gazetteer_of(20_000)
    names = large.find(tokens)
    assert [n.canonical for n in names[:2]] == ["Entreprise 4711", "Alpha 17"]
    assert calls(lambda: large.find(tokens)) <= 1.1 * calls(lambda: small.find(tokens))


def test_gazetteer_matches_whatever_the_accents_and_case() -> None:
    gazetteer = Gazetteer([("Etats-Unis", "United States"), ("Orange", "Orange")])
    found = gazetteer.find(tokenize("Aux ÉTATS-UNIS, une orange coûte plus cher."))
    assert [n.canonical for n in found] == ["United States"]


# -- contract ------------------------------------------------------------------------------


def test_assemble_takes_mentions_found_elsewhere() -> None:
    text = "Le groupe Renault a produit 12 300 véhicules."
    figure = cc.Mention(kind="number", text="12 300", start=28, end=34, value=12300)
    (claim,) = assemble(text, [figure], "fr")
    assert claim.subject == "Renault"
    assert claim.measure.verb == "produire"


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        cc.parse_claims(b"Renault", "fr")  # type: ignore[arg-type]
    with pytest.raises(cc.LanguageError):
        cc.parse_claims("Renault a vendu 3 voitures.", "de")
    with pytest.raises(cc.InputError):
        cc.parse_claims("Renault a vendu 3 voitures.", "fr", "hier")


def test_claims_round_trip_through_json() -> None:
    for claim in claims_of("En 2023, Xiaomi a produit plus de 100 000 unités en Chine."):
        assert Claim.model_validate_json(claim.model_dump_json()) == claim


def test_text_without_figures_costs_little() -> None:
    text = "Le groupe recrute des ingénieurs pour son usine. "
    assert claims_of(text * 2000) == []
    assert calls(lambda: claims_of(text * 2000)) < 2 * calls(lambda: claims_of(text * 20))


def test_long_text_stays_linear() -> None:
    unit = (
        "Renault a vendu 2,2 millions de voitures en 2023, en hausse de 9 %. Le groupe "
        "emploie 105 000 salariés en France. Il pourrait exporter sa gamme d'ici 2026.\n"
    )
    small, large = len(claims_of(unit * 10)), len(claims_of(unit * 100))
    assert large >= 9 * small
    assert calls(lambda: claims_of(unit * 100)) < 12 * calls(lambda: claims_of(unit * 10))


def test_text_without_sentences_stays_linear() -> None:
    unit = "Renault 12 300 voitures Peugeot 4 500 vélos "
    small_text, large_text = unit * 100, unit * 1000
    small_mentions = cc.extract(small_text, "fr", DATE)
    large_mentions = cc.extract(large_text, "fr", DATE)

    small = calls(lambda: assemble(small_text, small_mentions, "fr"))
    assert calls(lambda: assemble(large_text, large_mentions, "fr")) < 12 * small


def test_one_long_line_of_figures_stays_linear() -> None:
    """Sentences without a line break between them: reading whether a figure opens its line
    (list numbering, "1.") looks back over spaces and list marks only, not to the line's
    start (which made a long line quadratic)."""
    unit = "Le groupe a vendu 12 voitures et 7 camions. "

    def work(count: int) -> int:
        text = unit * count
        mentions = [
            Mention(kind="number", text="12", start=i, end=i + 2, value=12)
            for i in range(unit.index("12"), len(text), len(unit))
        ]
        assert len(assemble(text, mentions, "fr")) == count
        return calls(lambda: assemble(text, mentions, "fr"))

    # calls count Python-level work; the C-level slicing that made this quadratic is
    # watched by benchmarks/linearity.py
    assert work(4_000) < 5 * work(1_000)


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("La Banque centrale européenne a ramené le taux de dépôt à 3,5 %.", "fr", None),
        ("The Denver City Council approved a $4.4 billion budget.", "en", None),
        ("Grenoble : la fréquentation du tramway a augmenté de 8 %.", "fr", "Grenoble"),
        ("American farmers planted 90 million acres of corn.", "en", "United States"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_names_with_description_heads_kickers_and_demonyms(
    text: str, lang: str, subject: str | None
) -> None:
    claim = only(text, lang)
    assert not claim.subject_inferred
    if subject is not None:
        assert claim.subject == subject
    else:  # the whole name, not a description of the article's entity
        assert claim.subject_span is not None and claim.subject == claim.subject_span.text
        assert " " in claim.subject and claim.subject[0].isupper()


def test_bulleted_key_figures_take_their_label_time_and_entity() -> None:
    text = (
        "Zenith Robotics released its annual results. Key figures for 2023:\n"
        "• Revenue: $4.2 billion, up 12%\n• Net income: $512 million\n• Employees: 18,400"
    )
    found = [c for c in claims_of(text, "en") if c.figure is not None]
    assert [c.text for c in found] == ["$4.2 billion", "12%", "$512 million", "18,400"]
    assert all(c.subject == "Zenith Robotics" and c.subject_inferred for c in found)
    assert all(c.time is not None and c.time.period.label() == "2023" for c in found)  # type: ignore[union-attr]
    assert [c.measure.noun for c in found] == ["Revenue", "Revenue", "Net income", "Employees"]


def test_elided_cue_and_change_noun_of_the_previous_figure() -> None:
    change = only("Son chiffre d'affaires devrait reculer d'environ 10 %.")
    assert change.kind is ClaimKind.CHANGE
    sales, growth = claims_of(
        "Danone annonce un chiffre d'affaires de 13,9 milliards d'euros, en croissance "
        "organique de 4,3 %."
    )
    assert growth.kind is ClaimKind.CHANGE and growth.measure == sales.measure


def test_from_one_figure_to_another_is_a_comparison() -> None:
    claim = only("À Lyon, le prix du mètre carré est passé de 5 400 euros à 4 850 euros.")
    assert claim.kind is ClaimKind.COMPARISON
    assert claim.text == "4 850 euros" and claim.baseline is not None


@pytest.mark.parametrize(
    ("written", "hour"),
    [("2024-03-05T10:00:00+01:00", 22), ("2024-03-05T10:00:00", 16)],
)
def test_a_time_stated_in_another_zone_converts_into_the_reference_dates_own(
    written: str, hour: int
) -> None:
    text = "Apple shares fell 5% at 4pm ET on Monday."
    (parsed,) = cc.parse_claims(text, "en", written)
    report = cc.check(text, cc.Reference.from_records([]), lang="en", reference_date=written)
    assert report.reference_date is not None
    assert report.reference_date.tzinfo is None  # checking compares wall-clock times
    for claim in (parsed, report.findings[0].claim):
        assert claim.time is not None and claim.time.period is not None
        assert claim.time.period.start.hour == hour


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "Les recettes ont atteint 203 milliards, soit près de la moitié des recettes.",
            "fr",
            "près de la moitié",
        ),
        ("Plus de la moitié des salariés sont en télétravail.", "fr", "Plus de la moitié"),
        ("More than half of the workers were tired.", "en", "More than half"),
    ],
)
def test_a_bare_fraction_of_something_is_a_share(text: str, lang: str, figure: str) -> None:
    (claim,) = [c for c in cc.parse_claims(text, lang, "2024-01-01") if c.text == figure]
    assert claim.kind is ClaimKind.RATIO  # a share, not a count to check against a count metric


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("AMSTERDAM, Feb 26 (Reuters) - The carmaker Stellantis said sales fell 5%.", "Stellantis"),
        ("PARIS (AFP) — Renault a vendu 2,2 millions de voitures en 2023.", "Renault"),
        ("EDF, qui exploite 56 réacteurs, a produit 320 TWh en 2023.", "EDF"),
    ],
)
def test_a_datelines_place_is_never_the_subject(text: str, subject: str) -> None:
    assert {c.subject for c in cc.parse_claims(text, None, "2024-02-26")} == {subject}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Disney+ revendiquait 149,6 millions d'abonnés fin 2023.", "Disney+"),
        ("Selon le groupe, Canal+ comptait 9 millions d'abonnés en 2023.", "Canal+"),
        ("Apple TV+ had 25 million subscribers in 2023.", "Apple TV+"),
    ],
)
def test_a_plus_glued_to_a_name_is_part_of_it(text: str, subject: str) -> None:
    assert [c.subject for c in cc.parse_claims(text, None, "2024-02-26")] == [subject]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Notre-Dame de Paris a rouvert ses portes le 7 décembre 2024.", "fr"),
        ("Notre-Dame cathedral reopened on December 7, 2024.", "en"),
    ],
)
def test_a_reopening_on_a_day_is_an_event(text: str, lang: str) -> None:
    (claim,) = cc.parse_claims(text, lang, "2024-12-10")
    assert claim.kind is ClaimKind.EVENT and claim.time is not None
    assert claim.time.period is not None and claim.time.period.grain == "day"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Le musée d'Orsay a accueilli 3,9 millions de visiteurs en 2023.", "musée d'Orsay"),
        (
            "L'aéroport de Nice-Côte d'Azur a accueilli 14,8 millions de passagers.",
            "aéroport de Nice-Côte d'Azur",
        ),
        (
            "Le ministère de l'Intérieur a recensé 217 000 cambriolages en 2023.",
            "ministère de l'Intérieur",
        ),
        ("The port of Rotterdam handled 438 million tonnes in 2023.", "port of Rotterdam"),
        ("Le parc de Saint-Nazaire compte 80 éoliennes.", "Saint-Nazaire"),
    ],
)
def test_a_head_noun_before_a_name_is_part_of_it(text: str, subject: str) -> None:
    assert [c.subject for c in cc.parse_claims(text, None, "2024-02-26")] == [subject]


def test_names_inside_a_source_phrase_are_the_source() -> None:
    text = (
        "En 2023, 217 000 cambriolages ont été enregistrés en France, selon le service "
        "statistique du ministère de l'Intérieur."
    )
    assert [c.subject for c in cc.parse_claims(text, "fr", "2024-02-26")] == ["France"]


@pytest.mark.parametrize(
    ("text", "lang", "measure"),
    [
        (
            "Le taux de réussite s'établit à 91,4 %, en baisse de 0,5 point.",
            "fr",
            "taux de réussite",
        ),
        ("Unemployment fell 0.2 points to 4.1%.", "en", "Unemployment"),
    ],
)
def test_points_after_a_change_are_its_unit_not_its_measure(
    text: str, lang: str, measure: str
) -> None:
    assert {c.measure.noun for c in cc.parse_claims(text, lang, "2024-01-01")} == {measure}


def test_a_sources_date_is_no_event_and_no_figures_time() -> None:
    text = (
        "Murders fell 11.6% in 2023, according to FBI data released on Monday. "
        "Violent crime overall declined about 3%."
    )
    claims = cc.parse_claims(text, "en", "2024-09-25")
    assert [c.kind for c in claims] == [ClaimKind.CHANGE, ClaimKind.CHANGE]
    assert all(c.time is not None and c.time.text == "in 2023" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Murders fell 11.6% in 2023, one of the largest drops on record.", "en", ["11.6%"]),
        ("Deux des 45 usines de Renault produisent 300 000 voitures.", "fr", ["45", "300 000"]),
    ],
)
def test_a_number_word_picking_one_out_is_no_figure(
    text: str, lang: str, figures: list[str]
) -> None:
    assert [c.text for c in cc.parse_claims(text, lang, "2024-01-01")] == figures


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Foreign visitors made up 77% of attendance.", ClaimKind.QUANTITY),
        ("Sales were up 5% in 2023.", ClaimKind.CHANGE),
        ("La production de crédits a rebondi de 18 % sur trois mois.", ClaimKind.CHANGE),
    ],
)
def test_a_change_cue_inside_a_phrasal_verb_is_no_change(text: str, kind: ClaimKind) -> None:
    assert [c.kind for c in cc.parse_claims(text, None, "2024-01-01")] == [kind]


def test_a_reflexive_verb_after_its_noun_is_the_measures() -> None:
    text = "Plus de 720 000 candidats se sont présentés aux épreuves."
    (claim,) = cc.parse_claims(text, "fr", "2024-07-01")
    assert claim.measure.verb == "présenter"


def test_an_event_in_a_relative_clause_is_a_claim_of_its_own() -> None:
    text = (
        "Le Centre Pompidou, qui fermera ses portes fin 2025, a enregistré 3,2 millions d'entrées."
    )
    claims = cc.parse_claims(text, "fr", "2024-01-10")
    assert [(c.kind, c.subject) for c in claims] == [
        (ClaimKind.EVENT, "Centre Pompidou"),
        (ClaimKind.QUANTITY, "Centre Pompidou"),
    ]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Le Paris Saint-Germain a recruté le milieu João Neves pour 60 millions d'euros.",
            ["Paris Saint-Germain"],
        ),
        (
            "The European Commission fined Apple 1.8 billion euros on Monday.",
            ["European Commission"],
        ),
        ("Tesla a livré 1,8 million de voitures et BYD 3 millions.", ["Tesla", "BYD"]),
        ("Microsoft a annoncé que OpenAI a levé 6,6 milliards de dollars.", ["OpenAI"]),
    ],
)
def test_a_verbs_object_before_the_figure_is_not_its_subject(
    text: str, subjects: list[str]
) -> None:
    assert [c.subject for c in cc.parse_claims(text, None, "2024-01-01")] == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "La CNIL a infligé une amende de 40 millions d'euros à la société Criteo. "
            "L'entreprise a réalisé un chiffre d'affaires de 2 milliards de dollars.",
            "Criteo",
        ),
        (
            "Le groupe Renault a vendu 2 millions de voitures avec la société Nissan. "
            "Le groupe a réalisé un chiffre d'affaires de 52 milliards d'euros.",
            "Renault",
        ),
        (
            "The carmaker Renault sold 2 million cars with the company Nissan. "
            "The carmaker reported revenue of 52 billion euros.",
            "Renault",
        ),
        (
            "Ofcom fined the company Vodafone 5 million pounds. "
            "The company reported revenue of 40 billion pounds.",
            "Vodafone",
        ),
    ],
)
def test_a_description_refers_to_the_name_a_description_head_introduced(
    text: str, subject: str
) -> None:
    assert cc.parse_claims(text, None, "2024-01-01")[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Le Paris Saint-Germain a recruté João Neves pour 60 millions d'euros. "
            "Le champion de France a dépensé 200 millions d'euros en transferts cet été.",
            "Paris Saint-Germain",
        ),
        (
            "Le Paris Saint-Germain a recruté João Neves pour 60 millions d'euros. "
            "Le leader européen a dépensé 200 millions d'euros cet été.",
            "Paris Saint-Germain",
        ),
        (
            "Manchester City signed Rodri for 62 million pounds. "
            "The champions of England spent 200 million pounds last summer.",
            "Manchester City",
        ),
    ],
)
def test_a_title_with_a_country_in_it_describes_the_entity(text: str, subject: str) -> None:
    claims = cc.parse_claims(text, None, "2024-01-01")
    assert (claims[-1].subject, claims[-1].subject_inferred) == (subject, True)


def test_a_description_with_nothing_read_before_takes_its_sentences_subject() -> None:
    text = (
        "Manchester United posted revenue of 661.8 million pounds, "
        "while the club's net debt climbed to 650 million pounds."
    )
    assert [c.subject for c in cc.parse_claims(text, "en", "2024-01-01")] == [
        "Manchester United",
        "Manchester United",
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Chelsea signed Argentina midfielder Enzo Fernández from Benfica "
            "for a British record fee of £106.8 million.",
            "Chelsea",
        ),
        ("Renault a vendu dans le marché français 300 000 voitures.", "Renault"),
        ("The British economy grew by 0.6% in the quarter.", "United Kingdom"),
        ("The IMF expects the global economy to grow by 3.2%.", "World"),
    ],
)
def test_an_adjective_of_place_in_a_complement_is_not_the_subject(text: str, subject: str) -> None:
    assert cc.parse_claims(text, None, "2024-01-01")[0].subject == subject


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Google has been fined a total of 8.25 billion euros in three EU antitrust cases.",
            ["8.25 billion euros"],
        ),
        ("Le chantier a coûté 2 milliards d'euros en deux étapes.", ["2 milliards d'euros"]),
        ("Apple employs 150,000 people in 60 countries.", ["150,000", "60"]),
        ("Three companies were fined 8 million euros.", ["Three", "8 million euros"]),
    ],
)
def test_a_number_word_after_a_preposition_counts_circumstances(
    text: str, figures: list[str]
) -> None:
    claims = cc.parse_claims(text, None, "2024-01-01")
    assert [c.figure.text for c in claims] == figures
    assert all(c.measure is None or c.measure.noun != "three" for c in claims)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Carpentras a enregistré une température de 41,6 °C. "
            "Seize départements ont été placés en vigilance rouge.",
            None,
        ),
        (
            "Tesla sold 1.8 million cars last year. Three firms were placed under investigation.",
            None,
        ),
        (
            "Le marché automobile européen a progressé de 13,8 %. "
            "Quelque 926 000 voitures neuves ont été immatriculées dans l'Union européenne.",
            "European Union",
        ),
        (
            "Hospital waiting lists in England fell to 7.6 million. "
            "About 300,000 patients had waited more than a year.",
            "England",
        ),
    ],
)
def test_a_count_of_places_or_companies_opening_a_sentence_is_its_own_subject(
    text: str, subject: str | None
) -> None:
    assert cc.parse_claims(text, None, "2024-01-01")[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "La mortalité routière a reculé en 2024 : 3 190 personnes ont perdu la vie "
            "sur les routes de France métropolitaine.",
            "France",
        ),
        (
            "Road deaths fell last year: 1,624 people died on the roads of Britain.",
            "United Kingdom",
        ),
    ],
)
def test_a_place_after_the_figure_is_the_subject_when_nothing_is_before(
    text: str, subject: str
) -> None:
    assert cc.parse_claims(text, None, "2025-01-31")[0].subject == subject


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("Le club a dépensé 200 millions d'euros en transferts cet été.", "fr", "transferts"),
        (
            "La région a voté 300 millions d'euros consacrés aux transports scolaires.",
            "fr",
            "transports scolaires",
        ),
        ("The council set aside $120 million for affordable housing.", "en", "affordable housing"),
        # a manner, a time, a date or a name after the link: no purpose
        ("Chaque ménage a dépensé 2 400 euros en moyenne.", "fr", None),
        ("Le club a dépensé 200 millions d'euros pour 2025.", "fr", None),
        ("Le club a dépensé 200 millions d'euros pour Mbappé.", "fr", None),
        ("The firm paid $5 million for example.", "en", None),
        # a participle link after a bare scaled number; never after a counted noun
        ("La région dépensera 1,3 milliard consacré aux transports.", "fr", "transports"),
        ("La commune compte 300 logements destinés aux étudiants.", "fr", "logements destinés"),
    ],
)
def test_what_a_sum_goes_to_after_a_purpose_link_is_its_measure(
    text: str, lang: str, noun: str | None
) -> None:
    assert claims_of(text, lang)[0].measure.noun == noun


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        (
            "Le taux de réussite au baccalauréat s'établit à 91,4 % en 2024.",
            "fr",
            "taux de réussite au baccalauréat",
        ),
        ("Les ventes à l'export ont atteint 3 milliards d'euros.", "fr", "ventes à l'export"),
        (
            "Spending on the state pension will rise to £138 billion.",
            "en",
            "Spending on the state pension",
        ),
        # a name after the link says where, it is not part of the measure
        ("Le taux de chômage aux États-Unis atteint 4,1 %.", "fr", "taux de chômage"),
    ],
)
def test_a_complement_joined_to_a_measure_noun_before_the_figure_is_part_of_it(
    text: str, lang: str, noun: str
) -> None:
    assert claims_of(text, lang)[0].measure.noun == noun


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("Les homicides ont fait 1 010 victimes en 2023.", "fr", "homicides victimes"),
        ("L'accident a fait trois morts.", "fr", "accident morts"),
        ("The floods claimed 1,010 victims.", "en", "floods victims"),
        # a name or a description as the subject: the object alone is what is counted
        ("La France compte 68 millions d'habitants.", "fr", "habitants"),
        ("Le groupe a totalisé 1 200 commandes.", "fr", "commandes"),
    ],
)
def test_a_light_verbs_subject_noun_joins_its_object_in_the_measure(
    text: str, lang: str, noun: str
) -> None:
    assert claims_of(text, lang)[0].measure.noun == noun


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        (
            "Les incendies ont détruit 72 000 hectares de forêts en 2022.",
            "fr",
            "hectares de forêts",
        ),
        ("Le feu a parcouru 14 000 hectares.", "fr", "hectares"),
        ("The fire burned 72,000 acres of forest.", "en", "acres of forest"),
        # a unit that is no extent stays out of the measure
        ("EDF a produit 320 TWh d'électricité nucléaire.", "fr", "électricité nucléaire"),
    ],
)
def test_a_unit_that_names_an_extent_opens_the_measure(text: str, lang: str, noun: str) -> None:
    assert claims_of(text, lang)[0].measure.noun == noun


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        (
            "There were 7.57 million cases on the waiting list in England.",
            "en",
            "cases on the waiting list",
        ),
        ("On a recensé 12 000 cas de rougeole en 2024.", "fr", "cas de rougeole"),
        ("Renewables supplied 47% of Britain's electricity in 2023.", "en", "electricity"),
        # a name after the generic noun's link says where, not of what
        ("The fund employs 1,200 people in London.", "en", "people"),
    ],
)
def test_a_generic_noun_and_a_possessor_let_the_noun_after_them_be_the_measure(
    text: str, lang: str, noun: str
) -> None:
    assert claims_of(text, lang)[0].measure.noun == noun


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Some 222,000 patients had been waiting more than 52 weeks.", "waiting"),
        ("About 1,500 homes have been sold.", "sell"),
        # one auxiliary before a word the lexicon does not know: no verb is guessed
        ("Some 222,000 patients were waiting.", None),
    ],
)
def test_a_verb_form_after_two_auxiliaries_carries_the_figure(text: str, verb: str | None) -> None:
    assert claims_of(text, "en")[0].measure.verb == verb


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Renewables generated 30% of the world's electricity in 2023.", "World"),
        ("Wind supplied 47% of Britain's electricity in 2023.", "United Kingdom"),
    ],
)
def test_a_possessor_after_the_figure_is_its_subject(text: str, subject: str) -> None:
    assert claims_of(text, "en")[0].subject == subject


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("Japan's real wages fell in July, dropping 0.6% from a year earlier.", "en", "real wages"),
        ("Le salaire moyen a reculé en juillet, baissant de 0,6 %.", "fr", "salaire moyen"),
    ],
)
def test_a_clause_opened_by_a_participle_takes_the_measure_of_the_clause_before(
    text: str, lang: str, noun: str
) -> None:
    assert claims_of(text, lang)[0].measure.noun == noun


def test_a_capitalized_time_opening_a_sentence_is_no_subject() -> None:
    """'Fin 2023, la Suisse comptait …': the time is when, never who (it had become the
    subject of the sentence's second figure)."""
    text = "Fin 2023, la Suisse comptait 8 960 800 habitants, soit 145 400 de plus."
    claims = cc.parse_claims(text, "fr", "2024-08-27")
    assert [c.subject for c in claims] == ["Switzerland", "Switzerland"]


def test_an_event_verb_whose_object_holds_a_figure_dates_no_event() -> None:
    """'a adopté mardi un budget de 612 millions': the figure is the claim; but 'a adopté
    l'euro le 1er janvier 2023' is an event."""
    budget = cc.parse_claims("Nantes a adopté mardi un budget de 612 millions d'euros.", "fr")
    assert [c.kind for c in budget] == [ClaimKind.QUANTITY]
    euro = cc.parse_claims("La Croatie a adopté l'euro le 1er janvier 2023.", "fr", "2023-01-02")
    assert [c.kind for c in euro] == [ClaimKind.EVENT]


@pytest.mark.parametrize(
    ("text", "lang", "events"),
    [
        ("Ariane 6 a décollé pour la première fois en 2024.", "fr", 1),
        ("Les ventes de voitures électriques ont décollé en 2023.", "fr", 0),
        ("The rocket lifted off for the first time on Tuesday.", "en", 1),
        ("Sales of electric cars took off in 2023.", "en", 0),
    ],
)
def test_a_take_off_is_an_event_only_the_first_time(text: str, lang: str, events: int) -> None:
    """'décoller' and 'take off' are often a trend, not an event: only 'for the first time'
    (a maiden flight) dates one."""
    claims = cc.parse_claims(text, lang, "2024-07-10")
    assert sum(c.kind is ClaimKind.EVENT for c in claims) == events

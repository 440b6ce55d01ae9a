"""parse_claims(): rules found by the twentieth held-out set and the thirty-fifth blind
batch: a verb of change in any of its forms before "by" / "de" makes the figure a change."""

from __future__ import annotations

import pytest

import claimcheck as cc


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The NHS waiting list has risen by nearly 3.2 million since February 2020.", "en"),
        ("Prices went up by 5% in 2023.", "en"),
        ("Prices have gone up by 5% in 2023.", "en"),
        ("Rents are rising by 5% a year.", "en"),
        ("Sales have fallen by 5% in 2023.", "en"),
        ("Les ventes se sont envolées de 12 % en 2023.", "fr"),
    ],
)
def test_a_verb_of_change_then_by_makes_a_change(text: str, lang: str) -> None:
    (claim,) = cc.parse_claims(text, lang=lang, reference_date="2024-01-10")
    assert claim.kind is cc.ClaimKind.CHANGE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sales reached 5 million by 2023.", "en"),
        ("Le parc compte 12 000 bornes de recharge.", "fr"),
    ],
)
def test_a_verb_that_does_not_move_a_figure_keeps_a_quantity(text: str, lang: str) -> None:
    (claim,) = cc.parse_claims(text, lang=lang, reference_date="2024-01-10")
    assert claim.kind is cc.ClaimKind.QUANTITY


@pytest.mark.parametrize(
    ("text", "lang", "verb"),
    [
        ("En 2024, 259 100 logements ont été mis en chantier en France.", "fr", "mis"),
        ("En 2023, 373 100 logements ont été autorisés en France.", "fr", "autorisés"),
        ("In 2024, 12,000 homes were demolished in Wales.", "en", "demolished"),
    ],
)
def test_a_past_participle_after_the_noun_is_the_measures_verb(
    text: str, lang: str, verb: str
) -> None:
    # the verb lexicon does not know them: the ending after an auxiliary tells the verb
    (claim,) = cc.parse_claims(text, lang=lang, reference_date="2025-02-01")
    assert claim.measure.verb == verb


def test_housing_starts_and_stock_are_told_apart_by_the_participle() -> None:
    reference = cc.Reference.from_records(
        [
            {
                "entity": "France",
                "metric": "dwellings",
                "value": 37.8,
                "unit": "millions",
                "period": "2023",
                "kind": "stock",
            },
            {
                "entity": "France",
                "metric": "housing_starts",
                "value": 259100,
                "unit": "",
                "period": "2024",
                "kind": "flow",
            },
        ],
        aliases={
            "metric": {"dwellings": ["logements"], "housing_starts": ["logements mis en chantier"]}
        },
    )
    text = "En 2024, 259 100 logements ont été mis en chantier en France."
    (finding,) = cc.check(text, reference, lang="fr", reference_date="2025-02-01").findings
    assert finding.verdict is cc.Verdict.SUPPORTED


def test_a_subject_reaching_a_count_joins_what_is_counted() -> None:
    text = "Au premier trimestre 2025, les mises en chantier ont atteint 68 000 logements."
    (claim,) = cc.parse_claims(text, lang="fr", reference_date="2025-06-01")
    # (the noun phrase stops at "en": "mises" with "logements")
    assert claim.measure.noun == "mises logements"
    # a copula joins nothing: "cases on the waiting list" stays the measure
    english = "There were 7.57 million cases on the waiting list in England."
    (claim,) = cc.parse_claims(english, lang="en", reference_date="2025-06-01")
    assert claim.measure.noun == "cases on the waiting list"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("En décembre 2022, le taux ne dépassait pas 2 % en France.", cc.Qualifier.LE),
        ("Le chômage n'atteint pas 7 % en 2023.", cc.Qualifier.LT),
    ],
)
def test_a_negation_between_a_verb_cue_and_its_figure_denies_the_cue(
    text: str, qualifier: cc.Qualifier
) -> None:
    (claim,) = cc.parse_claims(text, lang="fr", reference_date="2024-06-01")
    assert claim.figure is not None and claim.figure.qualifier is qualifier


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Capital Economics had forecast that UK house prices would fall 5% in 2024.", "en"),
        ("Le consensus anticipait un taux d'épargne des ménages de 17,5 % en 2024.", "fr"),
        ("La Fédération française du bâtiment anticipait 250 000 mises en chantier en 2025.", "fr"),
    ],
)
def test_what_others_forecast_is_not_checked(text: str, lang: str) -> None:
    reference = cc.Reference.from_records(
        [
            {
                "entity": "United Kingdom",
                "metric": "house prices",
                "value": -1.8,
                "unit": "%",
                "period": "2024",
                "kind": "flow",
            },
            {
                "entity": "France",
                "metric": "taux d'épargne des ménages",
                "value": 18.2,
                "unit": "%",
                "period": "2024",
                "kind": "flow",
            },
            {
                "entity": "France",
                "metric": "mises en chantier",
                "value": 259100,
                "unit": "",
                "period": "2025",
                "kind": "flow",
            },
        ]
    )
    findings = cc.check(text, reference, lang=lang, reference_date="2025-06-01").findings
    assert [(f.verdict, f.reason) for f in findings] == [
        (cc.Verdict.UNVERIFIABLE, cc.Reason.NOT_CHECKABLE)
    ]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Depuis le 1er janvier 2025, les logements classés G sont interdits à la location.",
            "interdire",
        ),
        ("Le prêt à taux zéro a été élargi à tout le territoire le 1er avril 2025.", "élargir"),
    ],
)
def test_a_fronted_date_or_a_widened_measure_dates_an_event(text: str, verb: str) -> None:
    (claim,) = cc.parse_claims(text, lang="fr", reference_date="2025-06-01")
    assert (claim.kind, claim.measure.verb) == (cc.ClaimKind.EVENT, verb)


def test_what_is_valued_follows_the_figure() -> None:
    text = "La Fondation estime à 350 000 le nombre de personnes sans domicile en France."
    (claim,) = cc.parse_claims(text, lang="fr", reference_date="2025-06-01")
    assert claim.measure.noun == "nombre de personnes"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("LVMH a finalisé le 7 janvier 2021 l'acquisition de Tiffany.", "fr"),
        ("Orange a bouclé en février 2024 sa fusion avec MásMóvil.", "fr"),
        ("Renault a nommé François Provost directeur général le 30 juillet 2025.", "fr"),
        ("Fernando Fernandez took over as Unilever's chief executive on March 1.", "en"),
        ("BP on Wednesday named Murray Auchincloss as its permanent chief executive.", "en"),
    ],
)
def test_deals_closed_and_appointments_are_events(text: str, lang: str) -> None:
    (claim,) = cc.parse_claims(text, lang=lang, reference_date="2025-09-01")
    assert claim.kind is cc.ClaimKind.EVENT


def test_a_complement_after_from_is_part_of_the_measure() -> None:
    text = "The luxury giant's profit from recurring operations fell 14% in 2024."
    (claim,) = cc.parse_claims(text, lang="en", reference_date="2025-02-01")
    assert claim.measure.noun == "profit from recurring operations"


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("Orange had more than 13,000 5G sites in France at the end of 2024.", "en", "5G sites"),
        ("Free a ouvert 20 900 sites 5G en 2024.", "fr", "sites 5G"),
    ],
)
def test_a_code_glued_to_capitals_is_part_of_the_noun(text: str, lang: str, noun: str) -> None:
    (claim,) = cc.parse_claims(text, lang=lang, reference_date="2025-02-01")
    assert claim.measure.noun == noun


def test_no_count_is_read_across_a_left_out_narrative_time() -> None:
    # "plus que deux" is the comparison's cue and the first word of "deux ans plus tôt"
    text = (
        "HEC a fixé à 24 700 euros les droits pour la rentrée 2024, "
        "soit 6 % de plus que deux ans plus tôt."
    )
    found = [
        (m.kind.value, m.text) for m in cc.extract(text, lang="fr", reference_date="2024-06-01")
    ]
    assert ("number", "plus que deux") not in found
    assert ("percent", "6 %") in found


def test_a_hyphenated_noun_opening_the_sentence_is_the_measure() -> None:
    text = "Full-fibre coverage in the UK rose 12 percentage points in 2024."
    (claim,) = cc.parse_claims(text, lang="en", reference_date="2025-02-01")
    assert claim.measure.noun == "Full-fibre coverage"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Les ventes n'ont progressé que de 2 % en 2024.", "change"),
        ("Le chômage n'a reculé que de 0,1 point.", "change"),
        ("Le chômage ne touche que 7 % des actifs.", "quantity"),
    ],
)
def test_a_restricted_change_is_a_change(text: str, kind: str) -> None:
    """'n'a augmenté que de 2 %': the change, only 2 % ('que' read past)."""
    assert [c.kind.value for c in cc.parse_claims(text, "fr", "2025-01-01")] == [kind]

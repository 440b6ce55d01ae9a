"""The founding article's claims, as restated in examples/xiaomi.txt, come out as a careful
reader states them (issue 2): subject, figure with its qualifier, noun, time and place."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck as cc

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "xiaomi.txt"


@pytest.fixture(scope="module")
def claims() -> list[cc.Claim]:
    text = ARTICLE.read_text(encoding="utf-8")
    return cc.parse_claims(text, lang="fr", reference_date="2024-11-20")


def test_exactly_four_claims_and_no_title_year(claims: list[cc.Claim]) -> None:
    assert len(claims) == 4
    assert all("2025" not in c.text for c in claims)


def test_cap_des_100_000_unites_produites_en_chine(claims: list[cc.Claim]) -> None:
    claim = claims[0]
    assert (claim.subject, claim.subject_inferred) == ("Xiaomi", True)
    assert claim.subject_span is not None
    assert claim.subject_span.text == "Le géant technologique chinois"
    assert claim.figure is not None
    assert (claim.figure.qualifier, claim.figure.low, claim.figure.high) == (
        cc.Qualifier.GE,
        100_000,
        None,
    )
    assert claim.measure.noun == "unités produites"
    assert claim.location == "China"


def test_pres_de_100_points_de_vente(claims: list[cc.Claim]) -> None:
    claim = claims[1]
    assert claim.subject == "Xiaomi"
    assert claim.figure is not None
    assert (claim.figure.qualifier, claim.figure.high) == (cc.Qualifier.NEARLY, 100)
    assert claim.measure.noun == "points de vente"


def test_plus_de_100_000_en_six_mois_from_il(claims: list[cc.Claim]) -> None:
    claim = claims[2]
    assert (claim.subject, claim.subject_inferred) == ("Xiaomi", True)
    assert claim.subject_span is not None and claim.subject_span.text.lower() == "il"
    assert claim.figure is not None
    assert (claim.figure.qualifier, claim.figure.low, claim.figure.low_exclusive) == (
        cc.Qualifier.GT,
        100_000,
        True,
    )
    assert claim.duration is not None
    assert (claim.duration.value, claim.duration.unit) == (6, "month")


def test_exporter_sa_gamme_d_ici_2026(claims: list[cc.Claim]) -> None:
    claim = claims[3]
    assert claim.kind is cc.ClaimKind.EVENT
    assert claim.figure is None
    assert claim.time is not None and claim.time.period is not None
    assert claim.time.relation is cc.Relation.BY
    assert claim.time.period == cc.Period.year(2026)
    assert claim.measure.verb == "exporter"

"""Every model is frozen and survives a JSON round trip unchanged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

import claimcheck as cc

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def report() -> cc.Report:
    reference = cc.Reference.from_csv(EXAMPLES / "reference.csv", aliases=EXAMPLES / "aliases.csv")
    text = (EXAMPLES / "xiaomi.txt").read_text(encoding="utf-8")
    return cc.check(text, reference, lang="fr", reference_date="2024-11-20")


def test_report_round_trips(report: cc.Report) -> None:
    assert cc.Report.model_validate_json(report.to_json()) == report
    for finding in report.findings:
        assert cc.Finding.model_validate_json(finding.model_dump_json()) == finding
        claim = finding.claim
        assert cc.Claim.model_validate_json(claim.model_dump_json()) == claim
        for record in finding.records:
            assert cc.ReferenceRecord.model_validate_json(record.model_dump_json()) == record


def test_mentions_round_trip() -> None:
    text = "Entre 2020 et 2023, la production a dépassé 3,2 milliards d'euros, +4,5 %."
    mentions = cc.extract(text, lang="fr", reference_date="2024-01-01")
    assert mentions
    for mention in mentions:
        assert cc.Mention.model_validate_json(mention.model_dump_json()) == mention
        assert text[mention.start : mention.end] == mention.text


def test_models_are_frozen(report: cc.Report) -> None:
    with pytest.raises(ValidationError):
        report.findings[0].claim.subject = "Tesla"  # type: ignore[misc]


def test_tolerance_round_trips_and_validates() -> None:
    tolerance = cc.Tolerance(precise=0.01, approx=0.2)
    assert cc.Tolerance.model_validate_json(tolerance.model_dump_json()) == tolerance
    with pytest.raises(ValidationError):
        cc.Tolerance(nearly=1.5)


def test_schemas_exist() -> None:
    for model in (cc.Mention, cc.Claim, cc.ReferenceRecord, cc.Finding, cc.Report):
        assert model.model_json_schema()["type"] == "object"


def test_mention_offsets_must_fit_its_text() -> None:
    with pytest.raises(ValidationError, match="span"):
        cc.Mention(kind="number", text="100", start=0, end=5, value=100)


@given(
    st.integers(1900, 2100),
    st.sampled_from(["", "-Q1", "-Q4", "-H2", "-03", "-12", "-02-28", "-W10"]),
)
def test_periods_parse_their_own_label(year: int, suffix: str) -> None:
    period = cc.Period.parse(f"{year}{suffix}")
    assert cc.Period.parse(period.label()) == period
    assert period.contains(period.start)
    assert not period.contains(period.end)
    assert cc.Period.model_validate_json(period.model_dump_json()) == period


@given(
    st.integers(1900, 2100),
    st.sampled_from(
        [
            ("Q1", "-Q1"),
            ("-T3", "-Q3"),
            ("q4", "-Q4"),
            ("M03", "-03"),
            ("-M12", "-12"),
            ("-S1", "-H1"),
            ("S2", "-H2"),
            ("H2", "-H2"),
            ("-A1", ""),
            ("W05", "-W05"),
            ("0228", "-02-28"),
        ]
    ),
)
def test_reporting_periods_of_statistical_offices_are_their_iso_period(
    year: int, forms: tuple[str, str]
) -> None:
    written, iso = forms
    assert cc.Period.parse(f"{year}{written}") == cc.Period.parse(f"{year}{iso}")


@pytest.mark.parametrize(
    "bad",
    ["2024-13", "2024-02-30", "24", "2024-Q5", "2025/2024", "", "2024M13", "202413", "2024X1"],
)
def test_bad_periods_say_what_is_wrong(bad: str) -> None:
    with pytest.raises(ValueError, match=repr(bad) if bad != "2025/2024" else "ends before"):
        cc.Period.parse(bad)


def test_report_counts_every_verdict(report: cc.Report) -> None:
    counts = report.counts
    assert set(counts) == set(cc.Verdict)
    assert sum(counts.values()) == len(report.findings)
    assert isinstance(report.reference_date, datetime | None)

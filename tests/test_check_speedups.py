"""The shortcuts of checking's hot path change no finding.

Checking a claim in a stated period reads only the rows of its series that lie
inside (flows) or meet (stocks) that period; metric coverage, period phrases
and time windows are kept between claims; findings, claims and reports are
assembled without validating their already valid parts again. Each property
below compares a shortcut with the long way round.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.check import check, check_claim
from claimcheck.models import (
    Claim,
    Finding,
    Measure,
    Mention,
    Period,
    Reason,
    Report,
    Verdict,
)
from claimcheck.reference import Reference
from claimcheck.terms import terms

NOW = datetime(2025, 6, 1)
checking = importlib.import_module("claimcheck.check")  # the module, not its function

periods = st.one_of(
    st.builds(Period.year, st.integers(2018, 2025)),
    st.builds(Period.quarter, st.integers(2018, 2025), st.integers(1, 4)),
    st.builds(Period.month, st.integers(2018, 2025), st.integers(1, 12)),
)
kinds = st.sampled_from(["flow", "stock", "event"])


@st.composite
def rows(draw: st.DrawFn) -> list[tuple[Period, str, float | None, str | None]]:
    """Rows of one series: of one kind (the shortcut's case) or of mixed kinds."""
    common = draw(st.one_of(st.none(), kinds))
    return draw(
        st.lists(
            st.tuples(
                periods,
                kinds if common is None else st.just(common),
                st.one_of(st.none(), st.floats(1.0, 1e6, allow_nan=False)),
                st.sampled_from([None, "Insee", "Eurostat"]),
            ),
            min_size=1,
            max_size=12,
        )
    )


def _reference(drawn: list[tuple[Period, str, float | None, str | None]]) -> Reference:
    records: list[dict[str, Any]] = []
    for period, kind, value, source in drawn:
        if value is None and kind != "event":
            value = 1000.0
        records.append(
            {
                "entity": "Acme",
                "metric": "vehicles_produced",
                "value": value,
                "period": period.label(),
                "kind": kind,
                "source": source,
            }
        )
    return Reference.from_records(
        records, aliases={"metric": {"vehicles_produced": ["véhicules produits"]}}
    )


def _claim(period: Period, relation: str | None, value: float, duration: bool) -> Claim:
    text = f"{value:.0f}"
    figure = Mention(kind="number", text=text, start=0, end=len(text), value=value)
    time = Mention(kind="time", text="x", start=0, end=1, period=period, relation=relation)
    six_months = Mention(kind="duration", text="6 mois", start=0, end=6, value=6, unit="month")
    return Claim(
        lang="fr",
        text=text,
        start=0,
        end=len(text),
        sentence=text,
        sentence_start=0,
        subject="Acme",
        measure=Measure(noun="véhicules produits", terms=terms("véhicules produits", "fr")),
        figure=figure,
        time=time,
        duration=six_months if duration else None,
    )


def _near(period: Period) -> list[Period]:
    """Periods a claim may state around a row's: its own, the years it starts and ends in,
    the quarter its end falls in (a stock ending there is that quarter's level)."""
    end = period.end
    return [
        period,
        Period.year(period.start.year),
        Period.year(end.year),
        Period.quarter(end.year, (end.month - 1) // 3 + 1),
    ]


@settings(max_examples=150)  # the shortcut's corner cases are few among all series
@given(
    st.data(),
    rows(),
    st.sampled_from([None, "in", "by", "since", "until", "before", "after"]),
    st.floats(1.0, 1e6, allow_nan=False),
    st.booleans(),
)
def test_reading_only_the_rows_of_the_claims_period_changes_no_finding(
    data: st.DataObject,
    drawn: list[tuple[Period, str, float | None, str | None]],
    relation: str | None,
    value: float,
    duration: bool,
) -> None:
    near = [p for row in drawn for p in _near(row[0])]
    period = data.draw(st.one_of(st.sampled_from(near), periods))
    claim = _claim(period, relation, value, duration)
    shortcut = check_claim(claim, _reference(drawn), NOW)
    with mock.patch.object(checking, "_window", return_value=None):
        whole = check_claim(claim, _reference(drawn), NOW)
    assert shortcut == whole, (shortcut.explanation, whole.explanation)


@pytest.mark.parametrize(
    ("drawn", "period", "verdict"),
    [
        # a level at the end of 2018 is the level at the start of 2019-Q1
        ([(Period.year(2018), "stock", 5.0, None)], Period.quarter(2019, 1), "supported"),
        # the latest level ending within the period, not one ending after it
        (
            [(Period.month(2019, 2), "stock", 5.0, None), (Period.year(2019), "stock", 9.0, None)],
            Period.quarter(2019, 1),
            "supported",
        ),
        # quarters tiling a year, summed; a month outside it ignored
        (
            [(Period.quarter(2019, q), "flow", 1.25, None) for q in (1, 2, 3, 4)]
            + [(Period.month(2020, 1), "flow", 7.0, None)],
            Period.year(2019),
            "supported",
        ),
        # a mixed series: its kind (here stock, the majority) is read from all its rows
        (
            [
                (Period.year(2017), "stock", 5.0, None),
                (Period.year(2018), "stock", 5.0, None),
                (Period.year(2019), "flow", 9.0, None),
            ],
            Period.quarter(2019, 1),
            "supported",
        ),
    ],
)
def test_the_shortcut_on_series_whose_rows_only_meet_the_period(
    drawn: list[tuple[Period, str, float | None, str | None]], period: Period, verdict: str
) -> None:
    claim = _claim(period, "in", 5.0, False)
    shortcut = check_claim(claim, _reference(drawn), NOW)
    with mock.patch.object(checking, "_window", return_value=None):
        whole = check_claim(claim, _reference(drawn), NOW)
    assert shortcut == whole
    assert shortcut.verdict.value == verdict, shortcut.explanation


@given(rows(), periods, st.booleans())
def test_a_window_keeps_exactly_the_rows_inside_or_meeting_it(
    drawn: list[tuple[Period, str, float | None, str | None]], period: Period, inside: bool
) -> None:
    ref = _reference(drawn)
    every = ref._rows(0, 0)
    low, high = period.start, period.end
    if inside:
        expected = tuple(r for r in every if r.start >= low and r.end <= high)
    else:
        expected = tuple(r for r in every if r.end >= low and r.start <= high)
    assert ref._rows(0, 0, (low, high, inside)) == expected
    assert ref._rows(0, 0, (low, high, inside)) == expected  # the window's periods, kept


def _many_claims() -> tuple[Reference, list[Claim]]:
    records = [
        {"entity": name, "metric": metric, "value": value, "period": str(year)}
        for name, base in (("Acme", 1000.0), ("Globex", 5000.0))
        for metric, factor in (("vehicles_produced", 1.0), ("vehicles_sold", 0.9))
        for year in (2022, 2023, 2024)
        for value in (base * factor * (year - 2020),)
    ]
    aliases = {"metric": {"vehicles_produced": ["véhicules produits"], "vehicles_sold": ["ventes"]}}
    ref = Reference.from_records(records, aliases=aliases)
    claims = []
    for subject in ("Acme", "Globex", "Initech"):
        for noun in ("véhicules produits", "ventes", "salariés"):
            for year in (2021, 2023):
                c = _claim(Period.year(year), "in", 3000.0, False)
                claims.append(
                    c.model_copy(
                        update={
                            "subject": subject,
                            "measure": Measure(noun=noun, terms=terms(noun, "fr")),
                        }
                    )
                )
    return ref, claims


def test_what_a_reference_keeps_between_claims_never_changes_a_finding() -> None:
    ref, claims = _many_claims()
    forward = [check_claim(c, ref, NOW) for c in claims]
    again = [check_claim(c, ref, NOW) for c in claims]
    fresh_ref, _ = _many_claims()
    backward = [check_claim(c, fresh_ref, NOW) for c in reversed(claims)][::-1]
    assert forward == again == backward
    verdicts = {f.verdict for f in forward}
    assert {Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIABLE} <= verdicts


def test_findings_and_reports_built_without_validation_equal_validated_ones() -> None:
    ref, claims = _many_claims()
    report = check(claims, ref, reference_date=NOW)
    assert Report.model_validate_json(report.to_json()) == report
    for finding in report.findings:
        assert Finding.model_validate(finding.model_dump()) == finding
    unknown = next(f for f in report.findings if f.reason is Reason.UNKNOWN_ENTITY)
    assert unknown.entity_score is None
    # as validation leaves it: no score, so no threshold was set
    assert "entity_threshold" not in unknown.model_fields_set
    matched = next(f for f in report.findings if f.entity_score is not None)
    assert matched.entity_threshold is not None
    assert "entity_threshold" in matched.model_fields_set

"""check(): matching, period alignment, units, tolerance and verdicts, on hand-built claims."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

import claimcheck as cc
from claimcheck.check import check_claim
from claimcheck.errors import InputError
from claimcheck.models import (
    Claim,
    ClaimKind,
    Finding,
    Measure,
    Mention,
    Period,
    Reason,
    Tolerance,
    Verdict,
)
from claimcheck.reference import Reference
from claimcheck.terms import terms

NOW = datetime(2024, 11, 20)


def figure(text: str, value: float, qualifier: str = "exact", **fields: Any) -> Mention:
    """A figure mention as the extractor would give it, with the qualifier's interval."""
    bounds: dict[str, Any] = {
        "exact": {"low": value, "high": value},
        "approx": {"low": value, "high": value},
        "nearly": {"high": value},
        "gt": {"low": value, "low_exclusive": True},
        "ge": {"low": value},
        "lt": {"high": value, "high_exclusive": True},
        "le": {"high": value},
    }.get(qualifier, {})
    kind = fields.pop("kind", "money" if "currency" in fields else "number")
    return Mention(
        kind=kind,
        text=text,
        start=0,
        end=len(text),
        value=value,
        qualifier=qualifier,
        **{**bounds, **fields},
    )


def when(text: str, period: str, relation: str = "in") -> Mention:
    return Mention(
        kind="time",
        text=text,
        start=0,
        end=len(text),
        period=Period.parse(period),
        relation=relation,
    )


def claim(
    subject: str | None,
    fig: Mention | None,
    measure: str = "",
    *,
    lang: str = "fr",
    time: Mention | None = None,
    duration: Mention | None = None,
    location: str | None = None,
    kind: ClaimKind = ClaimKind.QUANTITY,
    start: int = 0,
) -> Claim:
    text = fig.text if fig is not None else (time.text if time is not None else "?")
    return Claim(
        kind=kind,
        lang=lang,
        text=text,
        start=start,
        end=start + len(text),
        sentence=text,
        sentence_start=start,
        subject=subject,
        measure=Measure(noun=measure or None, terms=terms(measure, lang)),
        figure=fig,
        time=time,
        duration=duration,
        location=location,
    )


def verdict_of(ref: Reference, c: Claim, **kw: Any) -> Finding:
    return check_claim(c, ref, kw.pop("moment", NOW), kw.pop("tolerance", None))


POPULATION = Reference.from_records(
    [
        {
            "entity": "France",
            "metric": "population",
            "value": 68_373_433,
            "period": "2023",
            "kind": "stock",
            "source": "Insee",
        },
        {
            "entity": "France",
            "metric": "population",
            "value": 68_042_591,
            "period": "2022",
            "kind": "stock",
            "source": "Insee",
        },
        {
            "entity": "Chine",
            "metric": "population",
            "value": 1_409_670_000,
            "period": "2023",
            "kind": "stock",
            "source": "NBS",
        },
    ],
    aliases={
        "entity": {"France": ["Hexagone"], "Chine": ["China"]},
        "metric": {"population": ["habitants", "inhabitants"]},
    },
)


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "expected", "tolerance"),
    [
        ("68 millions", 68e6, "exact", Verdict.SUPPORTED, 0.05),
        ("68,4 millions", 68.4e6, "exact", Verdict.SUPPORTED, 0.02),
        ("70 millions", 70e6, "exact", Verdict.SUPPORTED, 0.05),
        ("72 millions", 72e6, "exact", Verdict.CONTRADICTED, 0.05),
        ("69,9 millions", 69.9e6, "exact", Verdict.CONTRADICTED, 0.02),
        ("environ 75 millions", 75e6, "approx", Verdict.SUPPORTED, 0.10),
        ("environ 80 millions", 80e6, "approx", Verdict.CONTRADICTED, 0.10),
        ("près de 70 millions", 70e6, "nearly", Verdict.SUPPORTED, 0.10),
        ("près de 68 millions", 68e6, "nearly", Verdict.CONTRADICTED, 0.10),
        ("plus de 68 millions", 68e6, "gt", Verdict.SUPPORTED, 0.0),
        ("plus de 69 millions", 69e6, "gt", Verdict.CONTRADICTED, 0.0),
        ("moins de 70 millions", 70e6, "lt", Verdict.SUPPORTED, 0.0),
        ("au plus 68 millions", 68e6, "le", Verdict.CONTRADICTED, 0.0),
    ],
)
def test_qualifiers_and_rounding(
    text: str, value: float, qualifier: str, expected: Verdict, tolerance: float
) -> None:
    c = claim(
        "La France", figure(text, value, qualifier), "habitants", time=when("en 2023", "2023")
    )
    finding = verdict_of(POPULATION, c)
    assert finding.verdict is expected, finding.explanation
    assert finding.tolerance == tolerance
    assert finding.reference_value == 68_373_433
    assert finding.relative_deviation == pytest.approx((68_373_433 - value) / value)


def test_range_is_strict() -> None:
    fig = Mention(
        kind="number",
        text="entre 60 et 68 millions",
        start=0,
        end=23,
        value=None,
        low=60e6,
        high=68e6,
        qualifier="range",
    )
    c = claim("France", fig, "habitants", time=when("en 2023", "2023"))
    assert verdict_of(POPULATION, c).verdict is Verdict.CONTRADICTED
    wide = Tolerance(bounds=0.01)
    assert verdict_of(POPULATION, c, tolerance=wide).verdict is Verdict.SUPPORTED


def test_finding_keeps_its_evidence() -> None:
    c = claim("Hexagone", figure("68 millions", 68e6), "habitants", time=when("en 2023", "2023"))
    finding = verdict_of(POPULATION, c)
    assert (finding.entity, finding.entity_score) == ("France", 100.0)
    assert (finding.metric, finding.metric_score) == ("population", 100.0)
    (record,) = finding.records
    assert record.source == "Insee" and record.origin == "records row 1"
    assert finding.deviation == pytest.approx(373_433)
    assert "68,37 millions" in finding.explanation and "Insee" in finding.explanation


def test_wrong_year_uses_that_year() -> None:
    c = claim("France", figure("68 373 433", 68_373_433), "habitants", time=when("en 2022", "2022"))
    finding = verdict_of(POPULATION, c)
    assert finding.verdict is Verdict.SUPPORTED  # 68.04 M is within 2 % of 68.37 M
    c = claim("France", figure("68 373 433", 68_373_433), "habitants", time=when("en 2019", "2019"))
    finding = verdict_of(POPULATION, c)
    assert (finding.verdict, finding.reason) == (Verdict.UNVERIFIABLE, Reason.NO_DATA)


def test_no_time_takes_the_stock_at_the_reference_date() -> None:
    c = claim("France", figure("68,04 millions", 68.04e6), "habitants")
    assert verdict_of(POPULATION, c, moment=datetime(2022, 6, 1)).verdict is Verdict.SUPPORTED
    # Published in 2025: no record contains the date; the latest before it (2023) counts.
    finding = verdict_of(POPULATION, c, moment=datetime(2025, 3, 1))
    assert finding.records[0].period == Period.year(2023)


def test_location_names_the_entity_when_there_is_no_subject() -> None:
    c = claim(
        None,
        figure("1,41 milliard", 1.41e9),
        "habitants",
        location="Chine",
        time=when("en 2023", "2023"),
    )
    finding = verdict_of(POPULATION, c)
    assert (finding.verdict, finding.entity) == (Verdict.SUPPORTED, "Chine")


@pytest.mark.parametrize(
    ("subject", "measure", "reason"),
    [
        (None, "habitants", Reason.NO_SUBJECT),
        ("Atlantide", "habitants", Reason.UNKNOWN_ENTITY),
        ("France", "chômeurs", Reason.UNKNOWN_METRIC),
    ],
)
def test_unverifiable_reasons(subject: str | None, measure: str, reason: Reason) -> None:
    # (with no subject, French news are about France: home_place; English have none)
    lang = "en" if subject is None else "fr"
    c = claim(subject, figure("3 millions", 3e6), measure, time=when("en 2023", "2023"), lang=lang)
    finding = verdict_of(POPULATION, c)
    assert (finding.verdict, finding.reason) == (Verdict.UNVERIFIABLE, reason)
    assert finding.explanation.startswith("Invérifiable" if lang == "fr" else "Unverifiable")


def test_a_french_claim_naming_no_place_is_about_france_when_france_holds_it() -> None:
    c = claim(None, figure("68 millions", 68e6), "habitants", time=when("en 2023", "2023"))
    finding = verdict_of(POPULATION, c)
    assert (finding.verdict, finding.entity) == (Verdict.SUPPORTED, "France")


FLOWS = Reference.from_records(
    [
        *(
            {
                "entity": "Renault",
                "metric": "vehicles_sold",
                "value": v,
                "period": f"2023-Q{q}",
                "source": "Renault",
            }
            for q, v in zip((1, 2, 3, 4), (520_000, 580_000, 490_000, 645_000), strict=True)
        ),
        {
            "entity": "Renault",
            "metric": "vehicles_sold",
            "value": 500_000,
            "period": "2024-Q1",
            "source": "Renault",
        },
        {
            "entity": "Renault",
            "metric": "revenue",
            "value": 52.4,
            "unit": "Md EUR",
            "period": "2023",
            "source": "Renault",
        },
        {
            "entity": "EDF",
            "metric": "nuclear_output",
            "value": 320_400,
            "unit": "GWh",
            "period": "2023",
            "source": "EDF",
        },
        {
            "entity": "France",
            "metric": "co2_emissions",
            "value": 373_000,
            "unit": "kt",
            "period": "2023",
            "source": "Citepa",
        },
        {
            "entity": "France",
            "metric": "unemployment_rate",
            "value": 7.3,
            "unit": "%",
            "period": "2023",
            "source": "Insee",
        },
    ],
    aliases={
        "metric": {
            "vehicles_sold": ["véhicules vendus", "ventes", "vehicles sold"],
            "revenue": ["chiffre d'affaires", "revenue"],
            "nuclear_output": ["production nucléaire", "électricité nucléaire"],
            "co2_emissions": ["émissions de CO2", "émissions"],
            "unemployment_rate": ["taux de chômage", "chômage"],
        }
    },
)


def test_flows_over_sub_periods_are_summed() -> None:
    c = claim(
        "Renault", figure("2,24 millions", 2.24e6), "véhicules vendus", time=when("en 2023", "2023")
    )
    finding = verdict_of(FLOWS, c)
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.reference_value == 2_235_000 and len(finding.records) == 4


def test_flows_that_do_not_tile_the_period_give_no_data() -> None:
    c = claim("Renault", figure("2 millions", 2e6), "ventes", time=when("en 2024", "2024"))
    assert verdict_of(FLOWS, c, moment=datetime(2025, 3, 1)).reason is Reason.NO_DATA
    c = claim("Renault", figure("200 000", 2e5), "ventes", time=when("en mars 2023", "2023-03"))
    assert verdict_of(FLOWS, c).reason is Reason.NO_DATA


def test_a_flow_with_no_time_is_the_latest_period_ended() -> None:
    c = claim("Renault", figure("500 000", 5e5), "ventes")
    finding = verdict_of(FLOWS, c, moment=datetime(2024, 5, 2))
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.records[0].period == Period.quarter(2024, 1)


def test_money_is_scaled_but_never_converted() -> None:
    eur = claim(
        "Renault",
        figure("52 milliards d'euros", 52e9, currency="EUR"),
        "chiffre d'affaires",
        time=when("en 2023", "2023"),
    )
    assert verdict_of(FLOWS, eur).verdict is Verdict.SUPPORTED
    usd = claim(
        "Renault",
        figure("56 milliards de dollars", 56e9, currency="USD"),
        "chiffre d'affaires",
        time=when("en 2023", "2023"),
    )
    finding = verdict_of(FLOWS, usd)
    assert (finding.verdict, finding.reason) == (Verdict.UNVERIFIABLE, Reason.INCOMPATIBLE_UNIT)


@pytest.mark.parametrize(
    ("text", "value", "unit", "measure", "expected"),
    [
        ("320 TWh", 320, "TWh", "production nucléaire", Verdict.SUPPORTED),
        ("360 TWh", 360, "TWh", "production nucléaire", Verdict.CONTRADICTED),
        ("320 400 000 MWh", 320_400_000, "MWh", "production nucléaire", Verdict.SUPPORTED),
    ],
)
def test_energy_prefixes(
    text: str, value: float, unit: str, measure: str, expected: Verdict
) -> None:
    c = claim(
        "EDF",
        figure(text, value, unit=unit, kind="quantity"),
        measure,
        time=when("en 2023", "2023"),
    )
    finding = verdict_of(FLOWS, c)
    assert finding.verdict is expected
    assert finding.reference_value == pytest.approx(320.4e12 / (1e12 if unit == "TWh" else 1e6))


def test_tonnes_and_percent() -> None:
    co2 = claim(
        "France",
        figure("373 Mt", 373, unit="Mt", kind="quantity"),
        "émissions de CO2",
        time=when("en 2023", "2023"),
    )
    assert verdict_of(FLOWS, co2).verdict is Verdict.SUPPORTED
    rate = claim(
        "France",
        figure("7,3 %", 7.3, unit="%", kind="percent"),
        "taux de chômage",
        time=when("en 2023", "2023"),
    )
    assert verdict_of(FLOWS, rate).verdict is Verdict.SUPPORTED
    count = claim("France", figure("7,3", 7.3), "taux de chômage", time=when("en 2023", "2023"))
    assert verdict_of(FLOWS, count).reason is Reason.INCOMPATIBLE_UNIT


def test_conflicting_sources() -> None:
    ref = Reference.from_records(
        [
            {
                "entity": "Tesla",
                "metric": "deliveries",
                "value": 1_808_581,
                "period": "2023",
                "source": "Tesla",
            },
            {
                "entity": "Tesla",
                "metric": "deliveries",
                "value": 1_500_000,
                "period": "2023",
                "source": "Other",
            },
        ],
        aliases={"metric": {"deliveries": ["livraisons"]}},
    )
    c = claim("Tesla", figure("1,8 million", 1.8e6), "livraisons", time=when("en 2023", "2023"))
    finding = verdict_of(ref, c)
    assert finding.verdict is Verdict.CONFLICTING and len(finding.records) == 2
    assert "Tesla" in finding.explanation and "Other" in finding.explanation


def test_agreeing_sources_are_not_a_conflict() -> None:
    ref = Reference.from_records(
        [
            {"entity": "Tesla", "metric": "deliveries", "value": v, "period": "2023", "source": s}
            for v, s in ((1_808_581, "Tesla"), (1_808_000, "Other"))
        ],
        aliases={"metric": {"deliveries": ["livraisons"]}},
    )
    c = claim("Tesla", figure("1,8 million", 1.8e6), "livraisons", time=when("en 2023", "2023"))
    assert verdict_of(ref, c).verdict is Verdict.SUPPORTED


XIAOMI = Reference.from_records(
    [
        *(
            {
                "entity": "Xiaomi",
                "metric": "vehicles_produced",
                "value": v,
                "period": p,
                "kind": "stock",
                "source": "Xiaomi",
            }
            for p, v in (
                ("2024-04-30", 7058),
                ("2024-06-30", 27307),
                ("2024-10-03", 75310),
                ("2024-11-18", 100000),
            )
        ),
        {
            "entity": "Xiaomi",
            "metric": "export_start",
            "period": "2025-06",
            "kind": "event",
            "source": "Reuters",
        },
    ],
    aliases={
        "metric": {
            "vehicles_produced": ["unités produites", "production"],
            "export_start": ["exporter", "export"],
        }
    },
)


def test_duration_against_a_cumulative_series() -> None:
    six_months = Mention(kind="duration", text="six mois", start=0, end=8, value=6, unit="month")
    c = claim(
        "Xiaomi", figure("plus de 100 000", 100_000, "gt"), "unités produites", duration=six_months
    )
    finding = verdict_of(XIAOMI, c)
    assert finding.verdict is Verdict.CONTRADICTED, finding.explanation
    assert len(finding.records) == 2
    c = claim(
        "Xiaomi", figure("plus de 70 000", 70_000, "gt"), "unités produites", duration=six_months
    )
    assert verdict_of(XIAOMI, c).verdict is Verdict.SUPPORTED
    c = claim(
        "Xiaomi", figure("plus de 80 000", 80_000, "gt"), "unités produites", duration=six_months
    )
    assert verdict_of(XIAOMI, c).verdict is Verdict.UNVERIFIABLE  # between 75 310 and 100 000


def test_stock_without_time_at_the_reference_date() -> None:
    c = claim("Xiaomi", figure("franchi le cap des 100 000", 100_000, "ge"), "unités produites")
    finding = verdict_of(XIAOMI, c)
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.records[0].period == Period.day(2024, 11, 18)


@pytest.mark.parametrize(
    ("deadline", "moment", "verdict", "reason"),
    [
        ("2026", NOW, Verdict.SUPPORTED, None),
        ("2025", NOW, Verdict.SUPPORTED, None),
        ("2024", NOW, Verdict.CONTRADICTED, None),
    ],
)
def test_event_deadlines(
    deadline: str, moment: datetime, verdict: Verdict, reason: Reason | None
) -> None:
    c = claim(
        "Xiaomi",
        None,
        "exporter",
        time=when(f"d'ici {deadline}", deadline, "by"),
        kind=ClaimKind.EVENT,
    )
    finding = verdict_of(XIAOMI, c, moment=moment)
    assert (finding.verdict, finding.reason) == (verdict, reason), finding.explanation


def test_event_absent_is_not_yet_due_or_unverifiable() -> None:
    c = claim(
        "Xiaomi", None, "exporter", time=when("d'ici 2026", "2026", "by"), kind=ClaimKind.EVENT
    )
    finding = verdict_of(POPULATION, c)  # no Xiaomi at all in this reference
    assert (finding.verdict, finding.reason) == (Verdict.UNVERIFIABLE, Reason.NOT_YET_DUE)
    ref = Reference.from_records(
        [{"entity": "Xiaomi", "metric": "export_start", "period": "2030", "kind": "event"}]
    )
    past = claim(
        "Xiaomi", None, "export_start", time=when("d'ici 2023", "2023", "by"), kind=ClaimKind.EVENT
    )
    assert verdict_of(ref, past).verdict is Verdict.CONTRADICTED
    ref = Reference.from_records(
        [{"entity": "Xiaomi", "metric": "export_start", "value": 1, "period": "2030"}]
    )
    assert verdict_of(ref, past).reason is Reason.NO_DATA  # a figure, not the date of an event


def test_ambiguous_metric_is_unknown() -> None:
    ref = Reference.from_records(
        [
            {"entity": "Stellantis", "metric": "vehicles_produced", "value": 1, "period": "2023"},
            {"entity": "Stellantis", "metric": "vehicles_sold", "value": 2, "period": "2023"},
        ]
    )
    c = claim("Stellantis", figure("2", 2), "vehicles", lang="en", time=when("in 2023", "2023"))
    assert verdict_of(ref, c).reason is Reason.UNKNOWN_METRIC
    c = claim(
        "Stellantis", figure("2", 2), "vehicles sold", lang="en", time=when("in 2023", "2023")
    )
    assert verdict_of(ref, c).verdict is Verdict.SUPPORTED


def test_english_explanations() -> None:
    c = claim(
        "France",
        figure("more than 70 million", 70e6, "gt"),
        "inhabitants",
        lang="en",
        time=when("in 2023", "2023"),
    )
    finding = verdict_of(POPULATION, c)
    assert finding.verdict is Verdict.CONTRADICTED
    assert finding.explanation == (
        "The stated figure (more than 70 million) is contradicted: the reference gives "
        "68.37 million in 2023, according to Insee (-2.3%)."
    )


def test_check_orders_findings_and_counts() -> None:
    claims = [
        claim(
            "France",
            figure("70 millions", 70e6),
            "habitants",
            time=when("en 2023", "2023"),
            start=50,
        ),
        claim(
            "France",
            figure("90 millions", 90e6),
            "habitants",
            time=when("en 2023", "2023"),
            start=10,
        ),
    ]
    report = cc.check(claims, POPULATION, reference_date=NOW)
    assert [f.claim.start for f in report.findings] == [10, 50]
    assert report.counts[Verdict.CONTRADICTED] == 1 and report.contradicted
    assert report.lang == "fr" and report.reference_date == NOW
    assert cc.Report.model_validate_json(report.to_json()) == report


def test_check_rejects_bad_arguments() -> None:
    with pytest.raises(InputError, match="Reference"):
        cc.check([], {"France": 1})  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"claims\[0\]"):
        cc.check(["La France compte 68 millions d'habitants."], POPULATION)  # type: ignore[list-item]
    with pytest.raises(InputError, match="Tolerance"):
        cc.check([], POPULATION, tolerance=0.1)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="reference_date"):
        cc.check([], POPULATION, reference_date="hier")


def test_check_many_is_lazy() -> None:
    reports = cc.check_many(iter([]), POPULATION)
    assert list(reports) == []


def test_rates_are_never_summed_over_sub_periods() -> None:
    ref = Reference.from_records(
        [
            {
                "entity": "France",
                "metric": "unemployment_rate",
                "value": 7.5,
                "unit": "%",
                "period": f"2023-Q{q}",
            }
            for q in (1, 2, 3, 4)
        ],
        aliases={"metric": {"unemployment_rate": ["taux de chômage"]}},
    )
    c = claim(
        "France",
        figure("30 %", 30, unit="%", kind="percent"),
        "taux de chômage",
        time=when("en 2023", "2023"),
    )
    assert verdict_of(ref, c).reason is Reason.NO_DATA


def test_entity_named_in_the_sentence_when_the_subject_is_part_of_it() -> None:
    ref = Reference.from_records(
        [{"entity": "Eiffel Tower", "metric": "visitors", "value": 6.3e6, "period": "2023"}],
        aliases={
            "entity": {"Eiffel Tower": ["tour Eiffel"]},
            "metric": {"visitors": ["visiteurs"]},
        },
    )
    c = claim("Eiffel", figure("6,3 millions", 6.3e6), "visiteurs", time=when("en 2023", "2023"))
    c = c.model_copy(update={"sentence": "La tour Eiffel a accueilli 6,3 millions de visiteurs."})
    finding = verdict_of(ref, c)
    assert (finding.verdict, finding.entity, finding.entity_score) == (
        Verdict.SUPPORTED,
        "Eiffel Tower",
        90.0,
    )
    other = c.model_copy(update={"subject": "Louvre"})
    assert verdict_of(ref, other).reason is Reason.UNKNOWN_ENTITY


def test_metric_named_in_the_sentence_when_the_measure_is_a_unit() -> None:
    ref = Reference.from_records(
        [{"entity": "France", "metric": "ghg", "value": 373, "unit": "Mt", "period": "2023"}],
        aliases={"metric": {"ghg": ["émissions de gaz à effet de serre"]}},
    )
    fig = figure("373 millions de tonnes", 373e6, unit="t", kind="quantity", noun="tonnes")
    c = claim("France", fig, "tonnes", time=when("en 2023", "2023"))
    c = c.model_copy(
        update={
            "sentence": "Les émissions de gaz à effet de serre de la France "
            "sont tombées à 373 millions de tonnes en 2023."
        }
    )
    finding = verdict_of(ref, c)
    assert (finding.verdict, finding.metric, finding.metric_score) == (
        Verdict.SUPPORTED,
        "ghg",
        90.0,
    )


def change(text: str, value: float, measure: str, **kw: Any) -> Claim:
    fig = figure(text, value, **kw)
    return claim("Renault", fig, measure, time=when("en 2023", "2023"), kind=ClaimKind.CHANGE)


@pytest.mark.parametrize(
    ("text", "value", "measure", "fields", "expected"),
    [
        # 2 235 000 sold in 2023; none in 2022 in this reference, so use revenue below.
        ("3,2 %", 3.2, "ventes en baisse", {"unit": "%", "kind": "percent"}, Reason.NO_DATA),
    ],
)
def test_change_without_a_baseline_is_unverifiable(
    text: str, value: float, measure: str, fields: dict[str, Any], expected: Reason
) -> None:
    assert verdict_of(FLOWS, change(text, value, measure, **fields)).reason is expected


REVENUE = Reference.from_records(
    [
        {
            "entity": "Renault",
            "metric": "revenue",
            "value": v,
            "unit": "M EUR",
            "period": p,
            "source": "Renault Group",
        }
        for p, v in (("2022", 46_391), ("2023", 52_376))
    ],
    aliases={"metric": {"revenue": ["chiffre d'affaires", "revenue"]}},
)


@pytest.mark.parametrize(
    ("text", "value", "measure", "fields", "expected"),
    [
        (
            "12,9 %",
            12.9,
            "chiffre d'affaires en hausse",
            {"unit": "%", "kind": "percent"},
            Verdict.SUPPORTED,
        ),
        (
            "13 %",
            13,
            "chiffre d'affaires a progressé",
            {"unit": "%", "kind": "percent"},
            Verdict.SUPPORTED,
        ),
        (
            "12,9 %",
            12.9,
            "chiffre d'affaires a reculé",
            {"unit": "%", "kind": "percent"},
            Verdict.CONTRADICTED,
        ),
        (
            "25 %",
            25,
            "chiffre d'affaires en hausse",
            {"unit": "%", "kind": "percent"},
            Verdict.CONTRADICTED,
        ),
        (
            "6 milliards d'euros",
            6e9,
            "chiffre d'affaires en hausse",
            {"currency": "EUR"},
            Verdict.SUPPORTED,
        ),
        (
            "6 milliards de dollars",
            6e9,
            "chiffre d'affaires en hausse",
            {"currency": "USD"},
            Verdict.UNVERIFIABLE,
        ),
    ],
)
def test_changes_year_on_year(
    text: str, value: float, measure: str, fields: dict[str, Any], expected: Verdict
) -> None:
    finding = verdict_of(REVENUE, change(text, value, measure, **fields))
    assert finding.verdict is expected, finding.explanation
    if expected is not Verdict.UNVERIFIABLE:
        assert len(finding.records) == 2
        assert "2022" in finding.explanation


@pytest.mark.parametrize(
    ("metric", "unit", "text", "value", "measure", "lang", "fields"),
    [
        ("vehicles_sold", "", "3 millions", 3e6, "véhicules vendre", "fr", {}),
        ("population", "", "68 millions", 68e6, "habitants", "fr", {}),
        ("gdp", "EUR", "2 800 milliards", 2.8e12, "PIB", "fr", {"currency": "EUR"}),
        ("revenue", "EUR", "52 milliards", 52e9, "chiffre d'affaires", "fr", {"currency": "EUR"}),
        (
            "unemployment_rate",
            "%",
            "7,3 %",
            7.3,
            "taux de chômage",
            "fr",
            {"unit": "%", "kind": "percent"},
        ),
        ("chiffre_affaires", "EUR", "52 billion", 52e9, "revenue", "en", {"currency": "EUR"}),
        ("naissances", "", "678,000", 678e3, "births", "en", {}),
    ],
)
def test_metric_names_match_across_languages_without_aliases(
    metric: str,
    unit: str,
    text: str,
    value: float,
    measure: str,
    lang: str,
    fields: dict[str, Any],
) -> None:
    ref = Reference.from_records(
        [{"entity": "X", "metric": metric, "value": value, "unit": unit, "period": "2023"}]
    )
    c = claim("X", figure(text, value, **fields), measure, lang=lang, time=when("2023", "2023"))
    finding = verdict_of(ref, c)
    assert (finding.verdict, finding.metric) == (Verdict.SUPPORTED, metric), finding.explanation


def test_check_runs_in_a_process_pool() -> None:
    import functools
    from concurrent.futures import ProcessPoolExecutor

    texts = [
        "La France compte 68 millions d'habitants.",
        "La France compte 90 millions d'habitants.",
    ]
    run = functools.partial(cc.check, reference=POPULATION, lang="fr", reference_date="2023-06-01")
    with ProcessPoolExecutor(max_workers=2) as pool:
        reports = list(pool.map(run, texts))
    assert reports == list(cc.check_many(texts, POPULATION, lang="fr", reference_date="2023-06-01"))
    assert [r.findings[0].verdict for r in reports] == [Verdict.SUPPORTED, Verdict.CONTRADICTED]


def test_percentage_points_are_a_difference_of_rates() -> None:
    ref = Reference.from_records(
        [
            {
                "entity": "France",
                "metric": "unemployment_rate",
                "value": v,
                "unit": "%",
                "period": p,
                "kind": "stock",
            }
            for p, v in (("2023-Q4", 7.5), ("2024-Q4", 7.3))
        ],
        aliases={"metric": {"unemployment_rate": ["taux de chômage"]}},
    )
    for stated, expected in ((0.2, Verdict.SUPPORTED), (0.5, Verdict.CONTRADICTED)):
        fig = figure(f"{stated} point de pourcentage", stated, unit="pp", kind="percent")
        c = claim(
            "France",
            fig,
            "taux de chômage a reculé",
            time=when("en 2024", "2024"),
            kind=ClaimKind.CHANGE,
        )
        finding = verdict_of(ref, c, moment=datetime(2025, 2, 20))
        assert finding.verdict is expected, finding.explanation


def test_an_event_with_no_time_happened_before_publication() -> None:
    c = claim("Xiaomi", None, "exporter", kind=ClaimKind.EVENT)
    assert verdict_of(XIAOMI, c, moment=datetime(2025, 7, 1)).verdict is Verdict.SUPPORTED
    assert verdict_of(XIAOMI, c, moment=datetime(2025, 1, 1)).reason is Reason.NO_DATA


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("7,3 %", 7.3, Verdict.SUPPORTED),
        ("7,5 %", 7.5, Verdict.SUPPORTED),  # 2 significant digits: ±5 % (DESIGN)
        ("7,7 %", 7.7, Verdict.CONTRADICTED),  # 7,3 is 5.2 % below
        ("7 %", 7.0, Verdict.SUPPORTED),
        ("8 %", 8.0, Verdict.CONTRADICTED),
        ("7,30 %", 7.30, Verdict.SUPPORTED),
        ("7,42 %", 7.42, Verdict.SUPPORTED),  # 3 significant digits: ±2 %
        ("7,48 %", 7.48, Verdict.CONTRADICTED),  # 7,3 is 2.4 % below
    ],
)
def test_percentages_take_designs_tolerance(text: str, value: float, expected: Verdict) -> None:
    c = claim(
        "France",
        figure(text, value, unit="%", kind="percent"),
        "taux de chômage",
        time=when("en 2023", "2023"),
    )
    assert verdict_of(FLOWS, c).verdict is expected


def test_a_comparison_is_contradicted_by_a_wrong_baseline() -> None:
    ref = Reference.from_records(
        [
            {"entity": "Airbus", "metric": "deliveries", "value": v, "period": p}
            for p, v in (("2023", 735), ("2024", 766))
        ],
        aliases={"metric": {"deliveries": ["livraisons", "livrer"]}},
    )

    def comparison(baseline: float) -> Claim:
        c = claim(
            "Airbus",
            figure("766", 766),
            "appareils livrer",
            time=when("en 2024", "2024"),
            kind=ClaimKind.COMPARISON,
        )
        return c.model_copy(
            update={
                "baseline": figure(f"{baseline:g}", baseline),
                "baseline_time": when("en 2023", "2023"),
            }
        )

    assert verdict_of(ref, comparison(735)).verdict is Verdict.SUPPORTED
    finding = verdict_of(ref, comparison(600))
    assert finding.verdict is Verdict.CONTRADICTED
    assert finding.claim.kind is ClaimKind.COMPARISON and "600" in finding.explanation


def test_a_year_end_level_is_the_level_on_the_first_of_january() -> None:
    ref = Reference.from_records(
        [
            {
                "entity": "France",
                "metric": "population",
                "value": 68_373_433,
                "period": "2023",
                "kind": "stock",
            }
        ],
        aliases={"metric": {"population": ["habitants"]}},
    )
    c = claim(
        "France",
        figure("68,4 millions", 68.4e6),
        "habitants",
        time=when("au 1er janvier 2024", "2024-01-01"),
    )
    assert verdict_of(ref, c).verdict is Verdict.SUPPORTED
    old = claim(
        "France", figure("68,4 millions", 68.4e6), "habitants", time=when("en 2025", "2025")
    )
    # older than the period: stale
    assert verdict_of(ref, old, moment=datetime(2026, 3, 1)).reason is Reason.NO_DATA


def test_no_figure_for_a_period_not_over_is_not_yet_due() -> None:
    """A forecast or a target ("devrait atteindre 68,4 millions en 2025", written in 2024):
    no reference can hold its figure yet."""
    ahead = claim(
        "France", figure("68,4 millions", 68.4e6), "habitants", time=when("en 2025", "2025")
    )
    finding = verdict_of(POPULATION, ahead)
    assert finding.reason is Reason.NOT_YET_DUE
    assert "en 2025" in finding.explanation
    year = claim("Renault", figure("2 millions", 2e6), "ventes", time=when("en 2024", "2024"))
    assert verdict_of(FLOWS, year).reason is Reason.NOT_YET_DUE  # 2024 not over on NOW


def test_a_verb_reporting_the_level_reached_takes_a_rounded_figure() -> None:
    """'a atteint 27,4 milliards' reports the level (27 376 M rounds to it), where "au
    moins 27,4 milliards" sets a floor that 27 376 M misses."""
    ref = Reference.from_records(
        [
            {
                "entity": "Danone",
                "metric": "revenue",
                "value": 27376,
                "unit": "M EUR",
                "period": "2024",
            }
        ],
        aliases={"metric": {"revenue": ["chiffre d'affaires"]}},
    )

    def stated(text: str) -> Claim:
        money = figure(text, 27.4e9, "ge", currency="EUR")
        return claim("Danone", money, "chiffre d'affaires", time=when("en 2024", "2024"))

    reached = verdict_of(ref, stated("atteint 27,4 milliards d'euros"))
    assert reached.verdict is Verdict.SUPPORTED
    floor = verdict_of(ref, stated("au moins 27,4 milliards d'euros"))
    assert floor.verdict is Verdict.CONTRADICTED


# Rules found on the held-out batch (tests/data/check_dev/heldout/).

QUARTERS = Reference.from_records(
    [
        {
            "entity": "Tesla",
            "metric": "deliveries",
            "value": v,
            "period": f"2024-Q{q}",
            "source": f"Tesla, Q{q} 2024 report",
        }
        for q, v in ((1, 386_810), (2, 443_956), (3, 462_890), (4, 495_570))
    ],
    aliases={"metric": {"deliveries": ["livraisons"]}},
)


def test_quarters_citing_a_source_each_still_sum_to_the_year() -> None:
    c = claim("Tesla", figure("1,79 million", 1.79e6), "livraisons", time=when("en 2024", "2024"))
    finding = verdict_of(QUARTERS, c, moment=datetime(2025, 1, 3))
    assert finding.verdict is Verdict.SUPPORTED and len(finding.records) == 4
    assert "Q1 2024 report" in finding.explanation and "Q4 2024 report" in finding.explanation


def test_two_figures_for_one_quarter_do_not_sum() -> None:
    fields = ("entity", "metric", "value", "unit", "period", "kind", "source")
    rows = [{f: getattr(r, f) for f in fields} for r in QUARTERS]
    rows.append({**rows[0], "value": 400_000, "source": "Other"})
    ref = Reference.from_records(rows, aliases={"metric": {"deliveries": ["livraisons"]}})
    c = claim("Tesla", figure("1,79 million", 1.79e6), "livraisons", time=when("en 2024", "2024"))
    assert verdict_of(ref, c, moment=datetime(2025, 1, 3)).reason is Reason.NO_DATA


RATES = Reference.from_records(
    [
        {"entity": "Spain", "metric": "unemployment_rate", "value": v, "unit": "%", "period": p}
        | {"kind": "stock", "source": "INE"}
        for v, p in ((11.76, "2023-Q4"), (10.61, "2024-Q4"))
    ]
    + [
        {"entity": "France", "metric": "inflation", "value": v, "unit": "%", "period": p}
        | {"source": "Insee"}
        for v, p in ((5.2, "2022"), (4.9, "2023"))
    ],
    aliases={"metric": {"unemployment_rate": ["chômage"], "inflation": ["prix"]}},
)


def test_a_bare_figure_in_points_is_a_difference_of_rates() -> None:
    q4 = when("au quatrième trimestre 2024", "2024-Q4")
    points = figure("1,15", 1.15, noun="point")
    c = claim("Spain", points, "chômage a reculé", time=q4, kind=ClaimKind.CHANGE)
    assert verdict_of(RATES, c, moment=datetime(2025, 2, 1)).verdict is Verdict.SUPPORTED
    percent = figure("1,15 %", 1.15, kind="percent", unit="%")
    c = claim("Spain", percent, "chômage a reculé", time=q4, kind=ClaimKind.CHANGE)
    assert verdict_of(RATES, c, moment=datetime(2025, 2, 1)).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("words", "value", "verdict"),
    [
        ("prix ont augmenté", 4.9, Verdict.SUPPORTED),
        ("prix ont augmenté", 5.2, Verdict.CONTRADICTED),
        ("prix ont baissé", 4.9, Verdict.CONTRADICTED),
    ],
)
def test_a_rise_of_prices_is_the_inflation_rate(words: str, value: float, verdict: Verdict) -> None:
    fig = figure(f"{value} %", value, kind="percent", unit="%")
    c = claim("France", fig, words, time=when("en 2023", "2023"), kind=ClaimKind.CHANGE)
    assert verdict_of(RATES, c, moment=datetime(2024, 2, 1)).verdict is verdict


VINTAGES = Reference.from_records(
    [
        {"entity": "France", "metric": "deficit", "value": v, "unit": "%", "period": "2023"}
        | {"source": s}
        for v, s in ((5.5, "Insee 2024"), (5.4, "Insee 2025"))
    ],
)


def test_sources_that_both_reject_a_figure_contradict_it() -> None:
    fig = figure("5,8 %", 5.8, kind="percent", unit="%")
    c = claim("France", fig, "deficit", time=when("en 2023", "2023"))
    assert verdict_of(VINTAGES, c).verdict is Verdict.CONTRADICTED
    at_least = figure("5,5 %", 5.5, "ge", kind="percent", unit="%")
    c = claim("France", at_least, "deficit", time=when("en 2023", "2023"))
    assert verdict_of(VINTAGES, c).verdict is Verdict.CONFLICTING


def test_a_two_digit_count_takes_the_round_tolerance() -> None:
    """DESIGN: an exact figure with two significant digits or fewer is checked at ±5 %."""
    ref = Reference.from_records(
        [{"entity": "France", "metric": "reactors", "value": 56, "period": "2023", "kind": "stock"}]
    )
    near = claim("France", figure("58", 58.0), "reactors", time=when("en 2023", "2023"))
    assert verdict_of(ref, near).verdict is Verdict.SUPPORTED
    assert verdict_of(ref, near).tolerance == Tolerance().round
    far = claim("France", figure("60", 60.0), "reactors", time=when("en 2023", "2023"))
    assert verdict_of(ref, far).verdict is Verdict.CONTRADICTED


def test_sources_far_apart_conflict_only_by_their_verdicts() -> None:
    """Sources that spread beyond the tolerance but all reject (or all accept) a figure give
    that verdict and are named in the explanation; they conflict when they split."""
    ref = Reference.from_records(
        [
            {"entity": "France", "metric": "deficit", "value": v, "unit": "%", "period": "2023"}
            | {"source": s}
            for v, s in ((5.5, "Insee 2024"), (4.9, "Insee 2025"))
        ],
    )
    year = when("en 2023", "2023")
    rejected = verdict_of(
        ref, claim("France", figure("7,2 %", 7.2, kind="percent", unit="%"), "deficit", time=year)
    )
    assert rejected.verdict is Verdict.CONTRADICTED
    assert "5,5" in rejected.explanation and "4,9" in rejected.explanation
    assert "Insee 2025" in rejected.explanation and len(rejected.records) == 2
    about = figure("environ 5,2 %", 5.2, "approx", kind="percent", unit="%")
    assert (
        verdict_of(ref, claim("France", about, "deficit", time=year)).verdict is Verdict.SUPPORTED
    )
    split = figure("5,5 %", 5.5, kind="percent", unit="%")
    assert (
        verdict_of(ref, claim("France", split, "deficit", time=year)).verdict is Verdict.CONFLICTING
    )


@pytest.mark.parametrize("name", ["Entreprise 1999", "Vision 2030", "Groupe 1850"])
def test_a_year_inside_a_known_name_is_not_the_claims_time(name: str) -> None:
    ref = Reference.from_records(
        [{"entity": name, "metric": "vehicles_produced", "value": 12_300, "period": "2019"}],
        aliases={"metric": {"vehicles_produced": ["véhicules produits"]}},
    )
    text = f"En 2019, {name} a produit 12\u202f300 véhicules."
    (finding,) = cc.check(text, ref, lang="fr", reference_date="2021-01-01").findings
    assert finding.claim.subject == name
    assert finding.claim.time is not None and finding.claim.time.text == "En 2019"
    assert finding.verdict is Verdict.SUPPORTED


def test_a_level_changes_over_its_stated_period() -> None:
    """A stock's change in a month is from the level at the month's start (November's
    to December's); year on year only when the reference lacks the month before."""
    rows = [
        {"entity": "United States", "metric": "unemployment_rate", "value": v, "period": p}
        | {"unit": "%", "kind": "stock", "source": "BLS"}
        for p, v in (("2023-12", 3.7), ("2024-11", 4.2), ("2024-12", 4.1))
    ]
    aliases = {"metric": {"unemployment_rate": ["taux de chômage"]}}
    december = when("en décembre 2024", "2024-12")
    points = figure("0,1", 0.1, noun="point")
    c = claim(
        "United States", points, "taux de chômage a reculé", time=december, kind=ClaimKind.CHANGE
    )
    moment = datetime(2025, 1, 10)
    assert verdict_of(Reference.from_records(rows, aliases), c, moment=moment).verdict is (
        Verdict.SUPPORTED
    )
    no_november = Reference.from_records([r for r in rows if r["period"] != "2024-11"], aliases)
    finding = verdict_of(no_november, c, moment=moment)  # 3,7 → 4,1: up 0,4, not down 0,1
    assert finding.verdict is Verdict.CONTRADICTED


def test_a_year_flow_may_be_read_from_a_fiscal_year() -> None:
    """No calendar record: the one year-long record covering most of the stated year
    (Apple's fiscal 2024, October 2023 to September 2024); never one covering less."""
    ref = Reference.from_records(
        [
            {"entity": "Apple", "metric": "revenue", "value": v, "period": p}
            | {"unit": "M USD", "source": "Apple, Form 10-K"}
            for p, v in (
                ("2022-09-25/2023-10-01", 383_285),
                ("2023-10-01/2024-09-29", 391_035),
            )
        ],
        aliases={"metric": {"revenue": ["revenue"]}},
    )
    money = figure("$391 billion", 391e9, currency="USD")
    fiscal = claim("Apple", money, "revenue", time=when("in fiscal 2024", "2024"), lang="en")
    finding = verdict_of(ref, fiscal)
    assert finding.verdict is Verdict.SUPPORTED
    assert "2023-10-01/2024-09-29" in finding.explanation
    later = claim("Apple", money, "revenue", time=when("in 2022", "2022"), lang="en")
    assert verdict_of(ref, later).reason is Reason.NO_DATA  # fiscal 2023 covers 3 months of it


_POLICY_RATE = cc.Reference.from_records(
    [
        {
            "entity": "BCE",
            "metric": "deposit_rate",
            "value": 4.0,
            "unit": "%",
            "period": "2024-05",
            "kind": "stock",
            "source": "ECB",
        },
        {
            "entity": "BCE",
            "metric": "deposit_rate",
            "value": 3.75,
            "unit": "%",
            "period": "2024-06",
            "kind": "stock",
            "source": "ECB",
        },
    ],
    aliases={
        "entity": {"BCE": ["Banque centrale européenne", "ECB"]},
        "metric": {"deposit_rate": ["taux de dépôt", "deposit rate"]},
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("La BCE a abaissé son taux de dépôt de 25 points de base en juin.", "fr", "supported"),
        (
            "La BCE a baissé son taux de dépôt de 0,25 point de pourcentage en juin.",
            "fr",
            "supported",
        ),
        ("The ECB cut its deposit rate by 25 basis points in June.", "en", "supported"),
        ("The ECB cut its deposit rate by 0.25 percentage point in June.", "en", "supported"),
        ("The ECB cut its deposit rate by 50 basis points in June.", "en", "contradicted"),
        ("The ECB raised its deposit rate by 25 basis points in June.", "en", "contradicted"),
    ],
)
def test_points_and_basis_points_are_changes_of_a_rate(text: str, lang: str, verdict: str) -> None:
    # a basis point is a hundredth of a percentage point; either only tells a difference
    report = cc.check(text, _POLICY_RATE, lang=lang, reference_date="2024-06-10")
    assert [(f.claim.kind.value, f.verdict.value) for f in report.findings] == [("change", verdict)]

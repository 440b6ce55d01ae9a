"""The checking development sets: real-looking news sentences against real figures.

Each case of ``tests/data/check_dev/claims.toml`` (the development set) and of
``tests/data/check_dev/heldout/claims.toml`` (written after the first was tuned, in
reference shapes it lacks: quarterly flows to sum, values in thousands or millions,
start/end stocks, monthly rates, disagreeing vintages, with verdicts fixed before the
first run), and of ``tests/data/check_dev/heldout2/claims.toml`` (written blind, without
running claimcheck or reading its code: new entities, metrics and units, scored before
any tuning), and of ``tests/data/check_dev/heldout3/claims.toml`` (written blind the
same way: adjectives of place as subjects, fiscal years, percent against points,
forecasts, quarterly stocks in millions, Mt and t), and of
``tests/data/check_dev/heldout4/claims.toml`` (written blind too: wire style, central-bank
rates in basis points, monthly series, second-sentence subjects, fiscal years named after
the year they end in, per-capita and cumulative figures), and of
``tests/data/check_dev/heldout5/claims.toml`` (written blind too: regional figures, company
figures with fiscal years, energy capacities, prices per unit, life expectancy in years, two
figures in one claim, growth rates, negations, wrong scales and currencies) runs the whole pipeline
(parse_claims, then check) and compares the verdict of the finding on the expected
figure; the test id is the sentence. Known failures are strict xfails whose reason
names the stage at fault.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

import pytest

import claimcheck as cc

DEV = Path(__file__).resolve().parent / "data" / "check_dev"
SETS = {
    "dev": DEV,
    "heldout": DEV / "heldout",
    "heldout2": DEV / "heldout2",
    "heldout3": DEV / "heldout3",
    "heldout4": DEV / "heldout4",
    "heldout5": DEV / "heldout5",
}


def _cases(name: str) -> list[dict[str, Any]]:
    with (SETS[name] / "claims.toml").open("rb") as handle:
        return [{**case, "set": name} for case in tomllib.load(handle)["claim"]]


CASES = {name: _cases(name) for name in SETS}


@pytest.fixture(scope="module", params=sorted(SETS))
def reference(request: pytest.FixtureRequest) -> cc.Reference:
    folder = SETS[request.param]
    return cc.Reference.from_csv(folder / "reference.csv", aliases=folder / "aliases.csv")


@functools.cache
def _reference(name: str) -> cc.Reference:
    folder = SETS[name]
    return cc.Reference.from_csv(folder / "reference.csv", aliases=folder / "aliases.csv")


def outcome(case: dict[str, Any], reference: cc.Reference) -> str:
    report = cc.check(case["text"], reference, lang=case["lang"], reference_date=case["date"])
    start = case["text"].index(case["figure"])
    end = start + len(case["figure"])
    for finding in report.findings:
        claim = finding.claim
        spans = [(claim.start, claim.end)]
        if claim.time is not None:
            spans.append((claim.time.start, claim.time.end))
        if claim.baseline is not None:  # "2.3% in October from 1.7% in September"
            spans.append((claim.baseline.start, claim.baseline.end))
        if any(s < end and start < e for s, e in spans):
            assert finding.explanation
            if finding.verdict is cc.Verdict.UNVERIFIABLE and case.get("reason"):
                return f"unverifiable/{finding.reason.value if finding.reason else None}"
            return finding.verdict.value
    return "no finding"


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["text"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for cases in CASES.values() for c in cases])
def test_verdict(case: dict[str, Any]) -> None:
    want = case["verdict"]
    if want == "unverifiable" and case.get("reason"):
        want = f"unverifiable/{case['reason']}"
    assert outcome(case, _reference(case["set"])) == want


@pytest.mark.parametrize(
    ("name", "fr", "en"),
    [
        ("dev", 60, 30),
        ("heldout", 25, 15),
        ("heldout2", 40, 20),
        ("heldout3", 40, 25),
        ("heldout4", 40, 40),
        ("heldout5", 50, 50),
    ],
)
def test_the_sets_are_large_enough(name: str, fr: int, en: int) -> None:
    langs = [c["lang"] for c in CASES[name]]
    assert langs.count("fr") >= fr and langs.count("en") >= en


def test_every_reference_row_cites_its_source(reference: cc.Reference) -> None:
    assert all(record.source for record in reference)

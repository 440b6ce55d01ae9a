"""The held-out checking batch: news-like sentences against real figures.

``tests/data/check_dev/heldout/`` was written after the main development set was
tuned, in reference shapes that set lacks (quarterly flows to sum, values in
thousands or millions, start/end stocks, monthly rates, disagreeing vintages),
with verdicts fixed before the first run. Each case runs the whole pipeline and
compares the verdict of the finding on the expected figure; the test id is the
sentence. Known failures are strict xfails whose reason names the stage at fault.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import claimcheck as cc

HELDOUT = Path(__file__).resolve().parent / "data" / "check_dev" / "heldout"
with (HELDOUT / "claims.toml").open("rb") as _handle:
    CASES: list[dict[str, Any]] = tomllib.load(_handle)["claim"]


@pytest.fixture(scope="module")
def reference() -> cc.Reference:
    return cc.Reference.from_csv(HELDOUT / "reference.csv", aliases=HELDOUT / "aliases.csv")


def outcome(case: dict[str, Any], reference: cc.Reference) -> str:
    report = cc.check(case["text"], reference, lang=case["lang"], reference_date=case["date"])
    start = case["text"].index(case["figure"])
    end = start + len(case["figure"])
    for finding in report.findings:
        claim = finding.claim
        spans = [(claim.start, claim.end)]
        if claim.time is not None:
            spans.append((claim.time.start, claim.time.end))
        if any(s < end and start < e for s, e in spans):
            assert finding.explanation
            if finding.verdict is cc.Verdict.UNVERIFIABLE and case.get("reason"):
                return f"unverifiable/{finding.reason.value if finding.reason else None}"
            return finding.verdict.value
    return "no finding"


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["text"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_verdict(case: dict[str, Any], reference: cc.Reference) -> None:
    want = case["verdict"]
    if want == "unverifiable" and case.get("reason"):
        want = f"unverifiable/{case['reason']}"
    assert outcome(case, reference) == want


def test_the_batch_is_large_enough() -> None:
    langs = [c["lang"] for c in CASES]
    assert langs.count("fr") >= 25 and langs.count("en") >= 15


def test_every_reference_row_cites_its_source(reference: cc.Reference) -> None:
    assert all(record.source for record in reference)

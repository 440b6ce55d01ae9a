"""The bundled example runs and shows every kind of verdict, each explained."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

import claimcheck as cc

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "xiaomi.py"


def test_example_prints_all_three_verdicts(capsys: pytest.CaptureFixture[str]) -> None:
    namespace = runpy.run_path(str(EXAMPLE))
    report = namespace["main"]()
    out = capsys.readouterr().out
    verdicts = {f.verdict for f in report.findings}
    assert {cc.Verdict.SUPPORTED, cc.Verdict.CONTRADICTED, cc.Verdict.UNVERIFIABLE} <= verdicts
    assert all(f.explanation for f in report.findings)
    assert "contradicted" in out


def test_example_reference_says_it_is_illustrative() -> None:
    csv = (EXAMPLE.parent / "reference.csv").read_text(encoding="utf-8")
    rows = csv.splitlines()[1:]
    assert rows and all("illustrative" in row for row in rows)

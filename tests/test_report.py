"""Report renderers: a plain-text table and a Markdown table, both with the counts."""

from __future__ import annotations

from datetime import datetime

import pytest

import claimcheck as cc
from claimcheck.models import Claim, Finding, Mention, Reason, Report, Verdict
from claimcheck.report import format_number, render_markdown, render_text


def finding(verdict: Verdict, text: str, explanation: str, start: int) -> Finding:
    figure = Mention(kind="number", text=text, start=start, end=start + len(text), value=1)
    c = Claim(
        lang="fr",
        text=text,
        start=start,
        end=start + len(text),
        sentence=text,
        sentence_start=start,
        subject="France",
        figure=figure,
    )
    return Finding(
        claim=c,
        verdict=verdict,
        explanation=explanation,
        entity="France",
        metric="population",
        reason=Reason.NO_DATA if verdict == "unverifiable" else None,
    )


REPORT = Report(
    findings=(
        finding(
            Verdict.SUPPORTED, "68 millions", "Le chiffre annoncé (68 millions) est confirmé.", 0
        ),
        finding(Verdict.CONTRADICTED, "plus de 100 000", "Contredit | avec une barre.", 40),
        finding(Verdict.UNVERIFIABLE, "3 %", "Invérifiable.", 80),
    ),
    lang="fr",
    reference_date=datetime(2024, 11, 20),
)


def test_text_table_has_a_row_per_finding_and_the_counts() -> None:
    text = render_text(REPORT)
    lines = text.splitlines()
    assert lines[0].split() == ["#", "verdict", "claim", "entity", "metric", "explanation"]
    assert lines[2].startswith("1  supported")
    assert "plus de 100 000" in lines[3] and "contradicted" in lines[3]
    assert lines[-1] == "3 claims: 1 supported, 1 contradicted, 1 unverifiable, 0 conflicting"
    # Columns line up: every explanation starts at the same offset.
    offsets = {
        line.index(expl)
        for line, expl in zip(lines[2:5], ["Le chiffre", "Contredit", "Invérifiable"], strict=True)
    }
    assert len(offsets) == 1


def test_markdown_table_escapes_pipes() -> None:
    md = render_markdown(REPORT)
    lines = md.splitlines()
    assert lines[0] == "| # | Verdict | Claim | Entity | Metric | Explanation |"
    assert lines[1] == "|---|---|---|---|---|---|"
    assert "| **contradicted** |" in lines[3]
    assert "Contredit \\| avec une barre." in lines[3]
    assert all(line.count(" | ") == 5 for line in lines[2:5])
    assert lines[-1].startswith("3 claims:")


def test_report_methods_use_the_renderers() -> None:
    assert REPORT.to_text() == render_text(REPORT)
    assert REPORT.to_markdown() == render_markdown(REPORT)


def test_empty_report() -> None:
    assert (
        render_text(Report())
        == "0 claims: 0 supported, 0 contradicted, 0 unverifiable, 0 conflicting"
    )
    assert render_markdown(Report()).splitlines()[-1].startswith("0 claims")


@pytest.mark.parametrize(
    ("value", "lang", "percent", "expected"),
    [
        (96214, "fr", False, "96\u202f214"),
        (96214, "en", False, "96,214"),
        (1.5e9, "fr", False, "1,5 milliard"),
        (2.5e9, "en", False, "2.5 billion"),
        (2.803e12, "fr", False, "2\u202f803 milliards"),
        (3.4163e12, "fr", False, "3\u202f416,3 milliards"),
        (2.803e12, "en", False, "2.8 trillion"),
        (7.25, "fr", False, "7,25"),
        (0.0042, "en", False, "0.0042"),
        (-12.5, "fr", False, "−12,5"),
        (0.0, "en", True, "0%"),
        (-0.038, "en", True, "-3.8%"),
        (0.5, "fr", True, "+50\u202f%"),
    ],
)
def test_format_number(value: float, lang: str, percent: bool, expected: str) -> None:
    assert format_number(value, lang, percent=percent) == expected


def test_a_change_in_points_is_explained_in_points() -> None:
    """'a reculé de 1 point': the explanation gives the difference in points, not a bare
    number next to percentages."""
    ref = cc.Reference.from_records(
        [
            {"entity": "European Union", "metric": "bev_share", "value": v, "period": p}
            | {"unit": "%", "source": "ACEA"}
            for p, v in (("2023", 14.6), ("2024", 13.6))
        ],
        aliases={
            "entity": {"European Union": ["UE"]},
            "metric": {"bev_share": ["part des voitures électriques"]},
        },
    )
    text = "La part des voitures électriques dans l'UE a reculé de 1 point en 2024."
    finding = cc.check(text, ref, lang="fr", reference_date="2025-02-01").findings[0]
    assert finding.verdict is cc.Verdict.SUPPORTED
    assert "(1 point)" in finding.explanation and "−1 point" in finding.explanation

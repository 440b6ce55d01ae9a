"""The article checking set: whole news articles against real figures (heldout6).

``tests/data/check_dev/heldout6/articles.toml`` holds 14 articles (7 French, 7 English),
written blind, each with the findings a careful fact-checker lists, in text order: the
subject named once and then referred to ("il", "le groupe", "the company"), the time given
in the lead and carried, datelines, headlines, quotes, several entities, comparisons with
"un an plus tôt", targets and forecasts. Each expected finding is a test (id: the article's
id and the figure), and each article has a test that claimcheck finds nothing else. Known
failures are strict xfails whose reason names the stage at fault. The scorer of
``benchmarks/check_dev.py --set heldout6`` uses the same alignment.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

import pytest

import claimcheck as cc

FOLDER = Path(__file__).resolve().parent / "data" / "check_dev" / "heldout6"

with (FOLDER / "articles.toml").open("rb") as _handle:
    ARTICLES: list[dict[str, Any]] = tomllib.load(_handle)["article"]


@functools.cache
def _reference() -> cc.Reference:
    return cc.Reference.from_csv(FOLDER / "reference.csv", aliases=FOLDER / "aliases.csv")


def _spans(article: dict[str, Any]) -> list[tuple[int, int]]:
    """Each expected figure's offsets, searched after the previous one."""
    spans: list[tuple[int, int]] = []
    position = 0
    for item in article["finding"]:
        start = article["text"].index(item["figure"], position)
        position = start + len(item["figure"])
        spans.append((start, position))
    return spans


@functools.cache
def _aligned(index: int) -> tuple[list[cc.Finding | None], list[cc.Finding]]:
    """The finding on each expected figure (None: missed) and the findings left over."""
    article = ARTICLES[index]
    report = cc.check(
        article["text"], _reference(), lang=article["lang"], reference_date=article["date"]
    )
    spans = _spans(article)
    taken: list[cc.Finding | None] = [None] * len(spans)
    free = list(report.findings)
    for own in (True, False):  # the claim's own words first, then its time or baseline
        for k, (start, end) in enumerate(spans):
            if taken[k] is not None:
                continue
            for finding in free:
                claim = finding.claim
                others = (
                    [(claim.start, claim.end)]
                    if own
                    else [(m.start, m.end) for m in (claim.time, claim.baseline) if m is not None]
                )
                if any(s < end and start < e for s, e in others):
                    taken[k] = finding
                    free.remove(finding)
                    break
    return taken, free


def _label(finding: cc.Finding | None) -> str:
    if finding is None:
        return "no finding"
    if finding.verdict is cc.Verdict.UNVERIFIABLE and finding.reason is not None:
        return f"unverifiable/{finding.reason.value}"
    return finding.verdict.value


def _finding_params() -> list[Any]:
    params = []
    for index, article in enumerate(ARTICLES):
        for k, item in enumerate(article["finding"]):
            xfail = item.get("xfail")
            marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
            case = f"{article['id']}: {item['figure']}"
            params.append(pytest.param(index, k, id=case, marks=marks))
    return params


@pytest.mark.parametrize(("index", "k"), _finding_params())
def test_finding(index: int, k: int) -> None:
    item = ARTICLES[index]["finding"][k]
    got = _label(_aligned(index)[0][k])
    want = item["verdict"]
    if want == "unverifiable" and not item.get("reason"):
        assert got.startswith("unverifiable"), got
    else:
        assert got == (f"unverifiable/{item['reason']}" if item.get("reason") else want)


def _article_params() -> list[Any]:
    return [
        pytest.param(
            index,
            id=article["id"],
            marks=[pytest.mark.xfail(reason=article["extra_xfail"], strict=True)]
            if "extra_xfail" in article
            else [],
        )
        for index, article in enumerate(ARTICLES)
    ]


@pytest.mark.parametrize("index", _article_params())
def test_no_extra_finding(index: int) -> None:
    extra = _aligned(index)[1]
    assert [f.claim.text for f in extra] == []


def test_the_set_is_large_enough() -> None:
    langs = [a["lang"] for a in ARTICLES]
    assert langs.count("fr") >= 6 and langs.count("en") >= 6
    assert sum(len(a["finding"]) for a in ARTICLES) >= 70


def test_every_reference_row_cites_its_source() -> None:
    assert all(record.source for record in _reference())


# -- the rules the set led to, on their own ---------------------------------------------------

_RECORDS = [
    {"entity": "Airbus", "metric": "deliveries", "value": 766, "period": "2024"},
    {"entity": "Airbus", "metric": "deliveries", "value": 735, "period": "2023"},
    {"entity": "France", "metric": "births", "value": 663000, "period": "2024"},
    {"entity": "France", "metric": "births", "value": 678000, "period": "2023"},
    {"entity": "Apple", "metric": "revenue", "value": 383285, "unit": "M USD",
     "period": "2022-09-25/2023-09-30"},
    {"entity": "Apple", "metric": "revenue", "value": 391035, "unit": "M USD",
     "period": "2023-10-01/2024-09-28"},
]  # fmt: skip


def _verdict(text: str, lang: str, date: str) -> list[str]:
    reference = cc.Reference.from_records(_RECORDS, aliases={"metric": {"births": ["naissances"]}})
    return [_label(f) for f in cc.check(text, reference, lang=lang, reference_date=date).findings]


def test_a_target_is_not_the_measured_figure() -> None:
    text = "Airbus a livré 766 avions en 2024, moins que son objectif initial de 800 livraisons."
    assert _verdict(text, "fr", "2025-01-10") == ["supported", "unverifiable/not_checkable"]


def test_a_forecast_by_others_is_not_the_measured_figure() -> None:
    text = "Airbus delivered 766 jets in 2024. Analysts had forecast 800 deliveries."
    assert _verdict(text, "en", "2025-01-10") == ["supported", "unverifiable/not_checkable"]


def test_fewer_after_a_change_figure_says_it_fell() -> None:
    text = "La France a enregistré 663 000 naissances en 2024, soit 2,2 % de moins qu'en 2023."
    assert _verdict(text, "fr", "2025-01-14") == ["supported", "supported"]


def test_a_change_from_the_previous_fiscal_year() -> None:
    text = (
        "Apple reported revenue of $391 billion for its fiscal year 2024, up 2% from the "
        "previous year."
    )
    assert _verdict(text, "en", "2024-11-01") == ["supported", "supported"]

"""Testing a program that writes news text from data, with claimcheck and hypothesis.

Copy this file next to your tests and replace ``write_summary`` with your own
program. Needs ``pip install "claimcheck[hypothesis]" pytest``; run it with
``python -m pytest examples/test_with_claimcheck.py``.

Three kinds of test:

1. a fixed example: one text, one reference, ``assert_consistent``;
2. a property: for *any* reference hypothesis invents, the summary your
   program writes states only figures the reference supports;
3. a calibration: claimcheck itself catches the contradictions that
   ``claimcheck.strategies.articles`` plants, with the tolerance you use.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck import strategies as ccst
from claimcheck.testing import assert_consistent, assert_no_unverifiable

FRENCH_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


# -- the program under test: yours goes here -------------------------------------------


def write_summary(records: list[cc.ReferenceRecord]) -> str:
    """A toy report writer: one French sentence per monthly sales figure."""
    sentences = []
    for record in records:
        month = FRENCH_MONTHS[record.period.start.month - 1]
        figure = f"{record.value:,.0f}".replace(",", "\u202f")  # 12 300 → "12 300"
        sentences.append(
            f"En {month} {record.period.start.year}, {record.entity} a vendu {figure} voitures."
        )
    return " ".join(sentences)


# -- 1. a fixed example -----------------------------------------------------------------

SALES = cc.Reference.from_records(
    [
        {"entity": "Renault", "metric": "vehicles_sold", "value": 12300, "period": "2024-03"},
        {"entity": "Renault", "metric": "vehicles_sold", "value": 15100, "period": "2024-04"},
    ],
    aliases={"metric": {"vehicles_sold": ["voitures vendues", "vendu"]}},
)


def test_a_known_summary_is_consistent() -> None:
    text = write_summary(list(SALES))
    report = assert_consistent(text, SALES, lang="fr")
    assert [f.verdict for f in report.findings] == [cc.Verdict.SUPPORTED] * 2


def test_a_wrong_figure_is_reported() -> None:
    text = "En mars 2024, Renault a vendu 21 300 voitures."
    with pytest.raises(AssertionError, match="21 300"):
        assert_consistent(text, SALES, lang="fr")


# -- 2. a property over invented data ---------------------------------------------------

monthly_sales = ccst.references(
    entities=["Renault", "Stellantis"],
    metrics=["vehicles_sold"],
    periods=ccst.periods(["month"], min_year=2020, max_year=2024),
)


# No deadline: the first check in a process loads claimcheck's lexicons (a few hundred
# milliseconds), which hypothesis's default 200 ms deadline would report as a flaky failure.
@settings(max_examples=50, deadline=None)
@given(monthly_sales)
def test_every_summary_is_consistent_and_checkable(reference: cc.Reference) -> None:
    records = list(reference)
    text = write_summary(records)
    assert_consistent(text, reference, lang="fr")
    assert_no_unverifiable(text, reference, lang="fr")


# -- 3. calibration: the planted contradictions are caught -------------------------------

# The notations this program writes; strategies can write many more (see docs/testing.md).
DIGITS = ["narrow_nbsp", "space", "none"]


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_planted_contradictions_are_caught(data: st.DataObject) -> None:
    reference = data.draw(monthly_sales)
    article = data.draw(
        ccst.articles("fr", reference, verdicts=["contradicted"], max_claims=2, styles=DIGITS)
    )
    with pytest.raises(AssertionError, match="contradict"):
        assert_consistent(article.text, reference, lang="fr", reference_date=article.reference_date)

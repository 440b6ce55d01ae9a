"""Shared helpers of the ``test_check_rules*`` files: a small reference from tuples, and the
verdicts ``check`` gives a short text against it."""

from __future__ import annotations

from typing import Any

import claimcheck as cc

COLUMNS = ("entity", "metric", "value", "unit", "period", "kind")


def reference(rows: list[tuple[Any, ...]], **aliases: dict[str, list[str]]) -> cc.Reference:
    """A reference of ``rows`` (entity, metric, value, unit, period, kind), each from the
    source "test", with the ``entity=`` and ``metric=`` aliases given.

    >>> reference([("France", "gdp", 2803, "Md EUR", "2023", "flow")]).entities
    ('France',)
    """
    return cc.Reference.from_records(
        [{**dict(zip(COLUMNS, row, strict=True)), "source": "test"} for row in rows],
        aliases=dict(aliases) or None,
    )


def verdicts(
    text: str, against: cc.Reference, lang: str, when: str
) -> list[tuple[str, str | None]]:
    """The (verdict, reason) of each finding on ``text``, checked on ``when``."""
    findings = cc.check(text, against, lang=lang, reference_date=when).findings
    return [(f.verdict.value, f.reason and f.reason.value) for f in findings]

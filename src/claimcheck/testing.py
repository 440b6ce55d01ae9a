"""Assertions for test suites that check machine-written text against reference data.

Plain functions that raise :class:`AssertionError`, so they work in pytest,
unittest or a bare ``assert``-less script; the message lists every offending
claim, where it is in the text and why, in the text's own language.

>>> from claimcheck import Reference
>>> ref = Reference.from_records(
...     [{"entity": "Xiaomi", "metric": "vehicles_produced", "value": 96214, "period": "2024"}],
...     aliases={"metric": {"vehicles_produced": ["véhicules produits"]}})
>>> report = assert_consistent("Xiaomi a produit 96 214 véhicules en 2024.", ref, lang="fr")
>>> [f.verdict.value for f in report.findings]
['supported']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from os import PathLike
from typing import Any

from claimcheck.check import check
from claimcheck.errors import InputError
from claimcheck.models import Claim, Finding, ReferenceRecord, Report, Tolerance, Verdict
from claimcheck.reference import Reference

__all__ = ["assert_consistent", "assert_no_unverifiable"]

ReferenceLike = Reference | str | PathLike[str] | Iterable[Mapping[str, Any] | ReferenceRecord]


def _reference(reference: ReferenceLike) -> Reference:
    """A Reference as given, read from a CSV path, or built from records."""
    if isinstance(reference, Reference):
        return reference
    if isinstance(reference, str | PathLike):
        return Reference.from_csv(reference)
    if isinstance(reference, Iterable):
        return Reference.from_records(reference)
    raise InputError(
        "reference must be a Reference, a path to a CSV file or an iterable of records, "
        f"not {type(reference).__name__}"
    )


def _where(finding: Finding, why: str) -> str:
    claim = finding.claim
    return (
        f"{claim.text!r} (characters {claim.start}-{claim.end}): {why}\n    in {claim.sentence!r}"
    )


def _report(
    text: str | Sequence[Claim],
    reference: ReferenceLike,
    lang: str | None,
    reference_date: date | datetime | str | None,
    tolerance: Tolerance | None,
) -> Report:
    return check(
        text, _reference(reference), lang=lang, reference_date=reference_date, tolerance=tolerance
    )


def _fail(findings: list[Finding], what: str, why: Callable[[Finding], str]) -> None:
    """Raise an AssertionError listing ``findings``, each with where it is and ``why``."""
    if not findings:
        return
    count = len(findings)
    lines = [f"{count} claim{'s' if count > 1 else ''} {what}:"]
    lines.extend(f"  - {_where(finding, why(finding))}" for finding in findings)
    raise AssertionError("\n".join(lines))


def assert_consistent(
    text: str | Sequence[Claim],
    reference: ReferenceLike,
    *,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    tolerance: Tolerance | None = None,
) -> Report:
    """Check ``text`` against ``reference`` and fail if any claim is contradicted.

    ``reference`` is a :class:`~claimcheck.reference.Reference`, a path to a
    reference CSV, or records; the options are those of :func:`claimcheck.check`.
    The :class:`AssertionError` lists each contradicted claim with the
    explanation of its finding. Returns the report when nothing is contradicted
    (unverifiable claims pass: see :func:`assert_no_unverifiable`).

    >>> from claimcheck import Reference
    >>> ref = Reference.from_records(
    ...     [{"entity": "Xiaomi", "metric": "vehicles_produced", "value": 96214,
    ...       "period": "2024"}],
    ...     aliases={"metric": {"vehicles_produced": ["véhicules produits"]}})
    >>> assert_consistent("Xiaomi a produit plus de 100 000 véhicules en 2024.", ref, lang="fr")
    Traceback (most recent call last):
    ...
    AssertionError: 1 claim contradicts the reference:
      - 'plus de 100 000' (characters 17-32): Le chiffre annoncé (plus de 100 000) est contredit...
        in 'Xiaomi a produit plus de 100 000 véhicules en 2024.'
    """
    report = _report(text, reference, lang, reference_date, tolerance)
    contradicted = [f for f in report.findings if f.verdict is Verdict.CONTRADICTED]
    what = "contradicts" if len(contradicted) == 1 else "contradict"
    _fail(
        contradicted,
        f"{what} the reference",
        lambda f: f.explanation or _deviation(f),
    )
    return report


def assert_no_unverifiable(
    text: str | Sequence[Claim],
    reference: ReferenceLike,
    *,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    tolerance: Tolerance | None = None,
) -> Report:
    """Check ``text`` against ``reference`` and fail if any claim cannot be checked,
    for strict suites where every figure a program writes must come from the data.

    The :class:`AssertionError` lists each unverifiable claim with its reason
    (unknown entity, unknown metric, no data for the period…). Returns the report.

    >>> from claimcheck import Reference
    >>> ref = Reference.from_records(
    ...     [{"entity": "Xiaomi", "metric": "vehicles_produced", "value": 96214,
    ...       "period": "2024"}],
    ...     aliases={"metric": {"vehicles_produced": ["véhicules produits"]}})
    >>> assert_no_unverifiable("Xiaomi a produit 96 214 véhicules en 2019.", ref, lang="fr")
    Traceback (most recent call last):
    ...
    AssertionError: 1 claim cannot be checked against the reference:
      - '96 214' (characters 17-23): ...
        in 'Xiaomi a produit 96 214 véhicules en 2019.'
    """
    report = _report(text, reference, lang, reference_date, tolerance)
    unverifiable = [f for f in report.findings if f.verdict is Verdict.UNVERIFIABLE]
    _fail(
        unverifiable,
        "cannot be checked against the reference",
        lambda f: f.explanation or (f.reason.value if f.reason else "unverifiable"),
    )
    return report


def _deviation(finding: Finding) -> str:
    if finding.reference_value is None:
        return "contradicted"
    return f"the reference says {finding.reference_value:g}"

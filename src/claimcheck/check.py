"""Placeholder: claims × reference → findings (being written)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime

from claimcheck.models import Claim, Report, Tolerance
from claimcheck.reference import Reference


def check(
    text_or_claims: str | Sequence[Claim],
    reference: Reference,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    tolerance: Tolerance | None = None,
) -> Report:
    """Check every claim of a text against the reference (being written)."""
    raise NotImplementedError


def check_many(
    texts: Iterable[str],
    reference: Reference,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    tolerance: Tolerance | None = None,
) -> Iterator[Report]:
    """Check many texts, one report each, lazily (being written)."""
    for text in texts:
        yield check(text, reference, lang, reference_date, tolerance)

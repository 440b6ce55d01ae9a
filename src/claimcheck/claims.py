"""Placeholder: mentions → claims (being written)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from claimcheck.models import Claim

if TYPE_CHECKING:
    from claimcheck.reference import Reference


def parse_claims(
    text: str,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    *,
    reference: Reference | None = None,
) -> list[Claim]:
    """Turn an article into claims (being written)."""
    raise NotImplementedError

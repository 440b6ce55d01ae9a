"""Placeholder while the numbers finder is written (issue work in progress)."""

from __future__ import annotations

from datetime import datetime

from claimcheck.models import Mention


def find(text: str, lang: str, reference_date: datetime) -> list[Mention]:
    """Find the numbers mentions of ``text``."""
    return []

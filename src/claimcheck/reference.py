"""Placeholder: reference data (being written)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from os import PathLike
from typing import Any

from claimcheck.models import ReferenceRecord

Aliases = Mapping[str, Mapping[str, Iterable[str]]] | str | PathLike[str] | None


class Reference:
    """Reference data: records indexed by entity, metric and period (being written)."""

    @classmethod
    def from_csv(cls, path: str | PathLike[str], aliases: Aliases = None) -> Reference:
        raise NotImplementedError

    @classmethod
    def from_records(
        cls, records: Iterable[Mapping[str, Any] | ReferenceRecord], aliases: Aliases = None
    ) -> Reference:
        raise NotImplementedError

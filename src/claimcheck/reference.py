"""Reference data: load, validate, index and look up the figures claims are checked against.

A :class:`Reference` holds one figure per row (entity, metric, value, unit,
period, kind, source), read from a CSV file, from records (dicts or
:class:`~claimcheck.models.ReferenceRecord`) or from a pandas or polars
DataFrame. Loading checks every row and reports all the bad ones at once in a
:class:`~claimcheck.errors.ReferenceDataError`; nothing is dropped silently and
the caller's objects are never changed.

Rows are kept in columns (arrays of numbers and interned strings) rather than
one pydantic object each, so that a million rows load in seconds and pickle
cheaply; :class:`ReferenceRecord` objects are built only for the rows a finding
cites. Entities and metrics are found through alias dictionaries keyed by
folded text, with rapidfuzz as a fallback for entities.

>>> ref = Reference.from_records(
...     [{"entity": "France", "metric": "population", "value": 68_000_000,
...       "period": "2023", "kind": "stock", "source": "Insee"}],
...     aliases={"entity": {"France": ["la France", "Hexagone"]},
...              "metric": {"population": ["habitants"]}})
>>> len(ref), ref.entities, ref.metrics
(1, ('France',), ('population',))
>>> ref.match_entity("hexagone")
('France', 100.0)
>>> [str(r.period) for r in ref.records_for("France", "population")]
['2023']
"""

from __future__ import annotations

import csv
import functools
import math
import re
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from os import PathLike, fspath
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from claimcheck.errors import InputError, Problem, ReferenceDataError
from claimcheck.lexicon import load_lexicon, supported_languages
from claimcheck.models import Period, RecordKind, ReferenceRecord
from claimcheck.terms import TermsLexicon, fold, terms
from claimcheck.units_scale import Scale, scale_of

__all__ = ["COLUMNS", "FUZZY_THRESHOLD", "Aliases", "Reference", "Row", "normalize_name"]

Aliases = Mapping[str, Mapping[str, Iterable[str]]] | str | PathLike[str] | None

COLUMNS = ("entity", "metric", "value", "unit", "period", "kind", "source")
_REQUIRED = ("entity", "metric", "period")
_KINDS = {kind.value: index for index, kind in enumerate(RecordKind)}
_KIND_OF = tuple(RecordKind)
_FLOW, _STOCK, _EVENT = (
    _KINDS[k.value] for k in (RecordKind.FLOW, RecordKind.STOCK, RecordKind.EVENT)
)

FUZZY_THRESHOLD = 88.0  # rapidfuzz ratio (0-100) below which a name is not taken as an entity

_WORDS = re.compile(r"[^\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")


_WINDOWS_KEPT = 1024  # time windows whose periods a reference remembers

_CORE_SCORE = 95.0  # the same name but for words like "Group", "Inc.", "SA"
_INSIDE_SCORE = 85.0  # every word of a name inside a longer one ("aéroport de Dubaï")
_INSIDE_EXTRA = 2  # words the longer name may have more
_INSIDE_LETTERS = 3  # letters a word needs to count as the name's own (not "de", "of")
_MATCHES_KEPT = 8192  # distinct names whose entity match a reference remembers
_ROUNDING = 1e-6  # slack for a length bound computed in floating point


@functools.cache
def _name_words() -> frozenset[str]:
    """Words that do not tell one organisation from another, in every language."""
    found: set[str] = set()
    for lang in supported_languages():
        lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
        found.update(lexicon.name_words)
    return frozenset(found)


def _core_name(key: str) -> str:
    """A normalized name without its organisational words ("groupe renault" → "renault")."""
    noise = _name_words()
    return " ".join(w for w in key.split(" ") if w not in noise)


def _loose(keys: Mapping[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    loose: dict[str, set[int]] = {}
    for key, ids in keys.items():
        core = _core_name(key)
        if core:
            loose.setdefault(core, set()).update(ids)
    return {core: tuple(sorted(ids)) for core, ids in loose.items()}


_Profile = tuple[frozenset[str], bool, RecordKind | None]


@functools.lru_cache(maxsize=256)
def _shared_profile(dimensions: frozenset[str], events: bool, kind: RecordKind | None) -> _Profile:
    """One tuple for every group of the same profile (there are a handful): a reference of
    a million records has tens of thousands of groups, and a tuple and a frozenset kept for
    each would be that many more long-lived objects for the garbage collector to walk.

    >>> one = _shared_profile(frozenset({"count"}), False, RecordKind.FLOW)
    >>> one is _shared_profile(frozenset({"count"}), False, RecordKind.FLOW)
    True
    """
    return (dimensions, events, kind)


def _period_ranks(periods: Sequence[Period]) -> list[int] | None:
    """Each period's rank in the order of (start, end), equal bounds ranked alike: what
    sorting rows by their period's bounds compares. None when bounds cannot all be
    compared (naive and aware times mixed): rows are then compared by their bounds.

    >>> _period_ranks([parse_period("2024"), parse_period("2023"), parse_period("2023")])
    [1, 0, 0]
    """
    bounds = [(p.start, p.end) for p in periods]
    try:
        ordered = sorted(set(bounds))
    except TypeError:
        return None
    place = {b: i for i, b in enumerate(ordered)}
    return [place[b] for b in bounds]


def _pick(ids: tuple[int, ...], column: Sequence[Any]) -> tuple[Any, ...]:
    """The cells of ``column`` at rows ``ids``, in that order (one C loop).

    >>> _pick((2, 0), "abc"), _pick((1,), "abc"), _pick((), "abc")
    (('c', 'a'), ('b',), ())
    """
    if len(ids) > 1:
        found: tuple[Any, ...] = itemgetter(*ids)(column)
        return found
    return (column[ids[0]],) if ids else ()


_Model = TypeVar("_Model", bound=BaseModel)
_TRUSTED: dict[type[BaseModel], tuple[tuple[str, ...], frozenset[str]]] = {}


def trusted_model(cls: type[_Model], values: dict[str, Any]) -> _Model:
    """``cls.model_construct(**values)`` for values already valid, faster on the hot path.

    When ``values`` names every field of a plain model (no aliases, no extra fields, no
    private attributes, no post-init hook), the instance is built from it directly:
    the same instance ``model_construct`` builds, fields set included. Otherwise this is
    ``model_construct``.

    >>> from claimcheck.models import Span
    >>> span = trusted_model(Span, {"text": "Renault", "start": 0, "end": 7})
    >>> span == Span.model_construct(text="Renault", start=0, end=7), sorted(span.model_fields_set)
    (True, ['end', 'start', 'text'])
    """
    plain = _TRUSTED.get(cls)
    if plain is None:
        plain = _TRUSTED[cls] = _plain_fields(cls)
    names, name_set = plain
    if not names:
        return cls.model_construct(**values)
    if tuple(values) != names:  # the usual call names every field, in order: one test
        if values.keys() != name_set:
            return cls.model_construct(**values)
        values = {n: values[n] for n in names}
    model = cls.__new__(cls)
    _set = object.__setattr__
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", set(name_set))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


_new_model = BaseModel.__new__
_set_attribute = object.__setattr__
# The fields Reference.record sets, in order (what trusted_model tests it may build from).
_RECORD_FIELDS = ("entity", "metric", "value", "unit", "period", "kind", "source", "origin")
_RECORD_SET = frozenset(_RECORD_FIELDS)  # what model_in_order copies (faster than the tuple)


def model_in_order(cls: type[_Model], values: dict[str, Any], fields: Iterable[str]) -> _Model:
    """What :func:`trusted_model` builds, without its tests: for a caller whose ``values``
    name every field of a plain model in order (``fields`` the set ones, which
    :func:`check_in_order` told at import; a frozenset is copied fastest)."""
    model = _new_model(cls)
    _set_attribute(model, "__dict__", values)
    _set_attribute(model, "__pydantic_fields_set__", set(fields))
    _set_attribute(model, "__pydantic_extra__", None)
    _set_attribute(model, "__pydantic_private__", None)
    return model


def check_in_order(cls: type[BaseModel], fields: tuple[str, ...]) -> None:
    """Raise unless ``fields`` are every field of ``cls``, in order, and ``cls`` is a model
    :func:`trusted_model` builds directly: what :func:`model_in_order` relies on."""
    if _plain_fields(cls)[0] != fields:
        raise AssertionError(f"{cls.__name__} has other fields than {fields}")


def _plain_fields(cls: type[BaseModel]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The field names of a model ``trusted_model`` can build directly (in order and as a
    set), else none."""
    fields = cls.model_fields
    plain = (
        not cls.__pydantic_root_model__
        and not cls.__pydantic_post_init__
        and not cls.__private_attributes__
        and cls.model_config.get("extra") != "allow"
        and all(f.alias is None and f.validation_alias is None for f in fields.values())
    )
    names = tuple(fields) if plain else ()
    return names, frozenset(names)


check_in_order(ReferenceRecord, _RECORD_FIELDS)


def normalize_name(text: str) -> str:
    """The key a name is looked up by: folded, its words joined by single spaces.

    >>> normalize_name("  L'Île-de-France ")
    'l ile de france'
    """
    return " ".join(_WORDS.findall(fold(text)))


class Row(NamedTuple):
    """One indexed row, without building a pydantic model: what checking needs."""

    row: int
    start: Any  # datetime
    end: Any  # datetime
    value: float | None
    kind: RecordKind
    unit: str | None
    source: str | None


class _Problems:
    """Collects every bad cell before raising them all at once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.items: list[Problem] = []

    def add(self, row: int, column: str, value: object, message: str) -> None:
        self.items.append(Problem(self.name, row, column, value, message))

    def raise_any(self) -> None:
        if self.items:
            raise ReferenceDataError(sorted(self.items, key=lambda p: p.row))


class Reference:
    """Reference figures indexed by entity, metric and period.

    Build one with :meth:`from_csv`, :meth:`from_records` or
    :meth:`from_dataframe`; ``check`` reads it. Instances are immutable and
    safe to share between threads and processes.
    """

    def __init__(self) -> None:
        # Interned strings and periods; rows refer to them by number.
        self._entities: list[str] = []
        self._metrics: list[str] = []
        self._strings: list[str | None] = [None]  # units and sources; 0 is "none"
        self._periods: list[Period] = []
        self._origin_name = ""
        # One entry per row.
        self._ent = array("i")
        self._met = array("i")
        self._per = array("i")
        self._unit = array("i")
        self._src = array("i")
        self._kind = bytearray()
        self._val = array("d")
        self._line = array("i")
        # Derived: rows by (entity, metric), aliases.
        self._index: dict[tuple[int, int], tuple[int, ...]] = {}
        self._by_entity: dict[int, list[int]] = {}
        self._entity_keys: dict[str, tuple[int, ...]] = {}
        self._metric_aliases: dict[int, tuple[str, ...]] = {}
        # Names and aliases for rapidfuzz, grouped by length (in sorted order within each):
        # a name is only compared with those long enough to reach the threshold.
        self._fuzzy_choices: dict[int, list[str]] | None = None
        # Threshold and skipped words, then text → the entities matched: a name is matched
        # once. (Keyed by the text alone within: a key holding the frozenset would be one
        # more object for the garbage collector to walk per name remembered.)
        self._entity_matches: dict[
            tuple[float, frozenset[str]], dict[str, tuple[tuple[int, ...], float] | None]
        ] = {}
        # The start and the end of each period, as two lists.
        self._period_bounds: tuple[list[datetime], list[datetime]] | None = None
        self._loose_keys: dict[str, tuple[int, ...]] | None = None
        # Word → the names and aliases holding it: a name is looked up inside longer ones.
        self._word_keys: dict[str, list[str]] | None = None
        self._metric_terms: dict[str, dict[int, tuple[frozenset[str], ...]]] = {}
        self._entity_terms: dict[int, frozenset[str]] | None = None
        self._profiles: dict[tuple[int, int], _Profile] = {}
        self._windows: dict[tuple[datetime, datetime, bool], frozenset[int]] = {}  # periods in
        # Claim terms → metric → (share of an alias's terms covered, terms shared): check's.
        self._term_coverage: dict[frozenset[str], dict[int, tuple[float, int]]] = {}
        # Term → (terms of an alias holding it, metric), and metric → its longest alias's
        # number of terms: check's tests of wider aliases, built from _terms_of_metrics.
        self._alias_index: tuple[dict[str, list[tuple[int, int]]], dict[int, int]] | None = None
        self._signed_metrics: dict[int, bool] = {}
        self._longest_name = 0
        # The entities that alone hold a metric, found once when a claim names no entity.
        self._sole_holders: dict[int, int] | None = None

    # ------------------------------------------------------------------ loading

    @classmethod
    def from_csv(cls, path: str | PathLike[str], aliases: Aliases = None) -> Reference:
        """Read a UTF-8 CSV with a header naming the columns (``entity``, ``metric``,
        ``value``, ``unit``, ``period``, ``kind``, ``source``; the first three of
        ``entity``, ``metric``, ``period`` and ``value`` are required).

        Errors name the file, the row (as a spreadsheet numbers it, the header
        being row 1) and the column.
        """
        file = Path(fspath(path))
        problems = _Problems(file.name)
        try:
            with file.open(encoding="utf-8-sig", newline="") as handle:
                delimiter = _delimiter(handle)
                reader = csv.reader(handle, delimiter=delimiter)
                # A semicolon or a tab between cells is what spreadsheets set to French
                # and most other locales write; their numbers have a decimal comma.
                local = delimiter != ","
                header = next(reader, None)
                if header is None:
                    raise InputError(f"{file.name}: the file is empty (expected a header row)")
                columns = [name.strip().lower() for name in header]
                _check_header(file.name, columns)

                def rows() -> Iterator[tuple[int, Mapping[str, Any]]]:
                    width = len(columns)
                    for number, cells in enumerate(reader, start=2):
                        if len(cells) != width:
                            if not any(cell.strip() for cell in cells):
                                continue  # blank lines are layout, not rows
                            problems.add(
                                number,
                                "*",
                                cells,
                                f"has {len(cells)} cells but the header has {width}",
                            )
                            continue
                        row = dict(zip(columns, cells, strict=True))
                        if "value" in row:
                            cell = row["value"]
                            row["value"] = _local_number(cell) if local else _grouped(cell)
                        yield number, row

                reference = cls._build(rows(), file.name, problems)
        except OSError as exc:
            raise InputError(f"cannot read reference file {fspath(path)!r}: {exc}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{file.name} is not UTF-8 text: {exc}") from None
        reference._add_aliases(aliases)
        return reference

    @classmethod
    def from_records(
        cls, records: Iterable[Mapping[str, Any] | ReferenceRecord], aliases: Aliases = None
    ) -> Reference:
        """Read records: mappings with the CSV's columns, or ReferenceRecord objects.

        >>> Reference.from_records([{"entity": "X", "metric": "m", "value": "douze",
        ...                          "period": "2024"}])
        Traceback (most recent call last):
        ...
        claimcheck.errors.ReferenceDataError: records row 1, column 'value': 'douze' is not a number
        """
        if isinstance(records, str | bytes) or not isinstance(records, Iterable):
            raise InputError(
                f"records must be an iterable of mappings or ReferenceRecord objects, "
                f"not {type(records).__name__}"
            )
        reference = cls._build(enumerate(records, start=1), "records", _Problems("records"))
        reference._add_aliases(aliases)
        return reference

    @classmethod
    def from_dataframe(cls, frame: Any, aliases: Aliases = None) -> Reference:
        """Read a pandas or polars DataFrame whose columns are the CSV's columns.

        Missing cells (NaN, None, null) count as empty.
        """
        if hasattr(frame, "to_dicts"):  # polars
            rows: Iterable[Mapping[str, Any]] = frame.to_dicts()
        elif hasattr(frame, "to_dict"):  # pandas
            rows = frame.to_dict("records")
        else:
            raise InputError(
                f"from_dataframe needs a pandas or polars DataFrame, not {type(frame).__name__}"
            )
        cleaned = [
            {key: (None if _is_missing(value) else value) for key, value in row.items()}
            for row in rows
        ]
        reference = cls._build(enumerate(cleaned, start=1), "dataframe", _Problems("dataframe"))
        reference._add_aliases(aliases)
        return reference

    @classmethod
    def _build(
        cls,
        rows: Iterable[tuple[int, Mapping[str, Any] | ReferenceRecord]],
        name: str,
        problems: _Problems,
    ) -> Reference:
        """Validate and store numbered rows (the number is the row in the user's terms).

        Cells repeat (a million rows may name a few thousand entities, twenty
        periods, one unit): each distinct cell of a column is validated once and
        remembered, which is what makes large tables load in seconds.
        """
        self = cls()
        self._origin_name = name
        names: dict[str, dict[str, int]] = {"entity": {}, "metric": {}}
        lists = {"entity": self._entities, "metric": self._metrics}
        strings: dict[str | None, int] = {None: 0}
        period_ids: dict[object, int] = {}
        # Per column: raw cell → validated id, or -1 when the cell is bad.
        seen: dict[str, dict[Any, int]] = {c: {} for c in ("entity", "metric", "unit", "source")}
        seen_kind: dict[Any, int] = {}
        seen_entity, seen_metric = seen["entity"], seen["metric"]
        seen_unit, seen_source = seen["unit"], seen["source"]
        seen_period: dict[Any, int] = {}
        why_period: dict[Any, str] = {}
        ent, met, per, unit_col, src = self._ent, self._met, self._per, self._unit, self._src
        kinds, values, line_col = self._kind, self._val, self._line
        known = frozenset(COLUMNS)

        def name_id(column: str, cell: object) -> int:
            text = _text(cell)
            if text is None:
                return -1
            table = names[column]
            found = table.get(text)
            if found is None:
                found = table[text] = len(lists[column])
                lists[column].append(text)
            return found

        def string_id(column: str, cell: object) -> int:
            text = _text(cell)
            if column == "unit" and text is not None and scale_of(text) is None:
                return -1
            found = strings.get(text)
            if found is None:
                found = strings[text] = len(self._strings)
                self._strings.append(text)
            return found

        def kind_id(cell: object) -> int:
            if isinstance(cell, RecordKind):
                return _KINDS[cell.value]
            text = _text(cell)
            return _FLOW if text is None else _KINDS.get(text.lower(), -1)

        def period_id(cell: object) -> int:
            if isinstance(cell, Period):
                period = cell
            else:
                text = _text(cell)
                if text is None:
                    why_period[cell] = "a period is required"
                    return -1
                try:
                    period = parse_period(text)
                except ValueError as exc:
                    why_period[cell] = str(exc)
                    return -1
            key = (period.start, period.end, period.grain)
            found = period_ids.get(key)
            if found is None:
                found = period_ids[key] = len(self._periods)
                self._periods.append(period)
            return found

        def cached(table: dict[Any, int], cell: object, read: Any, *args: object) -> int:
            try:
                return table[cell]
            except KeyError:
                found: int = read(*args, cell)
                table[cell] = found
                return found
            except TypeError:  # an unhashable cell: read it every time
                return int(read(*args, cell))

        for line, row in rows:
            if type(row) is not dict:
                if isinstance(row, ReferenceRecord):
                    row = {column: getattr(row, column) for column in COLUMNS}
                elif not isinstance(row, Mapping):
                    problems.add(line, "*", row, f"is a {type(row).__name__}, not a mapping")
                    continue
            if not row.keys() <= known:
                for key in sorted(map(str, row.keys() - known)):
                    problems.add(
                        line, key, row[key], f"unknown column (expected {', '.join(COLUMNS)})"
                    )
                continue
            get = row.get
            # a cell seen before is read from its column's table here (the usual case: a
            # million rows hold a few thousand distinct cells), else by ``cached``
            try:
                eid = seen_entity[get("entity")]
                mid = seen_metric[get("metric")]
                kind = seen_kind[get("kind")]
                uid = seen_unit[get("unit")]
                sid = seen_source[get("source")]
                pid = seen_period[get("period")]
            except (KeyError, TypeError):
                eid = cached(seen_entity, get("entity"), name_id, "entity")
                mid = cached(seen_metric, get("metric"), name_id, "metric")
                kind = cached(seen_kind, get("kind"), kind_id)
                uid = cached(seen_unit, get("unit"), string_id, "unit")
                sid = cached(seen_source, get("source"), string_id, "source")
                pid = cached(seen_period, get("period"), period_id)
            cell = get("value")
            kind_of = type(cell)
            if kind_of is float or kind_of is int:
                value: float | None = float(cell)  # type: ignore[arg-type]
                bad_value = not math.isfinite(value)  # type: ignore[arg-type]
            else:
                number = _number(cell)
                bad_value = number is _NOT_A_NUMBER
                value = None if bad_value else number  # type: ignore[assignment]
            if (
                eid < 0
                or mid < 0
                or kind < 0
                or uid < 0
                or pid < 0
                or bad_value
                or (value is None and kind != _EVENT)
            ):
                self._report(
                    line, row, eid, mid, kind, uid, pid, bad_value, value, why_period, problems
                )
                continue
            ent.append(eid)
            met.append(mid)
            per.append(pid)
            unit_col.append(uid)
            src.append(sid)
            kinds.append(kind)
            values.append(math.nan if value is None else value)
            line_col.append(line)
        problems.raise_any()
        self._build_index()
        return self

    @staticmethod
    def _report(
        line: int,
        row: Mapping[str, Any],
        eid: int,
        mid: int,
        kind: int,
        uid: int,
        pid: int,
        bad_value: bool,
        value: float | None,
        why_period: Mapping[Any, str],
        problems: _Problems,
    ) -> None:
        """Name every bad cell of one row."""
        if eid < 0:
            problems.add(line, "entity", row.get("entity"), "an entity name is required")
        if mid < 0:
            problems.add(line, "metric", row.get("metric"), "a metric name is required")
        if kind < 0:
            cell = row.get("kind")
            problems.add(line, "kind", cell, f"{cell!r} is not one of flow, stock, event")
        cell = row.get("value")
        if bad_value:
            hint = " (write decimals with a dot)" if _DECIMAL_COMMA.fullmatch(str(cell)) else ""
            problems.add(line, "value", cell, f"{cell!r} is not a number{hint}")
        elif value is None and kind >= 0 and kind != _EVENT:
            problems.add(line, "value", cell, f"a {_KIND_OF[kind].value} record needs a value")
        if uid < 0:
            unit = _text(row.get("unit"))
            problems.add(line, "unit", unit, f"{unit!r} is not a unit claimcheck knows")
        if pid < 0:
            cell = row.get("period")
            try:
                why = why_period[cell]
            except (KeyError, TypeError):
                why = "a period is required"
            problems.add(line, "period", cell, why)

    def _build_index(self) -> None:
        groups: dict[tuple[int, int], list[int]] = {}
        for row, key in enumerate(zip(self._ent, self._met, strict=True)):
            found = groups.get(key)
            if found is None:
                groups[key] = [row]
            else:
                found.append(row)
        periods, strings, values, per, src = (
            self._periods,
            self._strings,
            self._val,
            self._per,
            self._src,
        )

        # Rows in a canonical order (by period, then source and value), so that the
        # order of the input never changes a result. A period is ranked once by its start
        # and end (the same rank for the same bounds), not compared row by row.
        rank = _period_ranks(periods)

        def order(row: int) -> tuple[Any, ...]:
            if rank is None:
                period = periods[per[row]]
                return (period.start, period.end, strings[src[row]] or "", values[row])
            return (rank[per[row]], strings[src[row]] or "", values[row])

        index: dict[tuple[int, int], tuple[int, ...]] = {}
        by_entity: dict[int, list[int]] = {}
        for key, rows in groups.items():
            if len(rows) > 1:
                rows.sort(key=order)
            index[key] = tuple(rows)
            by_entity.setdefault(key[0], []).append(key[1])
        self._index = index
        self._by_entity = by_entity
        keys: dict[str, list[int]] = {}
        for eid, name in enumerate(self._entities):
            keys.setdefault(normalize_name(name), []).append(eid)
        self._entity_keys = {key: tuple(ids) for key, ids in keys.items()}

    def _add_aliases(self, aliases: Aliases) -> None:
        if aliases is None:
            return
        table = _read_aliases(aliases)
        entity_ids = {name: i for i, name in enumerate(self._entities)}
        metric_ids = {name: i for i, name in enumerate(self._metrics)}
        keys = {key: list(ids) for key, ids in self._entity_keys.items()}
        problems = _Problems(table.origin)
        for line, kind, name, alias in table.rows:
            if kind == "entity":
                eid = entity_ids.get(name)
                if eid is None:
                    continue  # aliases may cover entities this dataset lacks
                key = normalize_name(alias)
                if not key:
                    problems.add(
                        line, "alias", alias, "an alias needs at least one letter or digit"
                    )
                    continue
                ids = keys.setdefault(key, [])
                if eid not in ids:
                    ids.append(eid)
            elif kind == "metric":
                mid = metric_ids.get(name)
                if mid is None:
                    continue
                self._metric_aliases[mid] = (*self._metric_aliases.get(mid, ()), alias)
            else:
                problems.add(line, "type", kind, f"{kind!r} is not 'entity' or 'metric'")
        problems.raise_any()
        self._entity_keys = {key: tuple(sorted(ids)) for key, ids in keys.items()}
        self._longest_name = 0
        self._loose_keys = None
        self._word_keys = None
        self._fuzzy_choices = None
        self._entity_matches = {}

    # ---------------------------------------------------------------- protocol

    def __len__(self) -> int:
        return len(self._val)

    def __repr__(self) -> str:
        return (
            f"<Reference {len(self)} records, {len(self._entities)} entities, "
            f"{len(self._metrics)} metrics>"
        )

    def __iter__(self) -> Iterator[ReferenceRecord]:
        """Every record, in the order it was read."""
        for row in range(len(self)):
            yield self.record(row)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_fuzzy_choices"] = None
        state["_loose_keys"] = None
        state["_word_keys"] = None
        state["_entity_matches"] = {}
        state["_metric_terms"] = {}
        state["_entity_terms"] = None
        state["_profiles"] = {}
        state["_term_coverage"] = {}
        state["_alias_index"] = None
        state["_signed_metrics"] = {}
        state["_windows"] = {}
        state["_period_bounds"] = None
        state["_sole_holders"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__dict__.setdefault("_period_bounds", None)
        self.__dict__.setdefault("_term_coverage", {})
        self.__dict__.setdefault("_alias_index", None)
        self.__dict__.setdefault("_signed_metrics", {})
        self.__dict__.setdefault("_windows", {})
        self.__dict__.setdefault("_entity_matches", {})
        self.__dict__.setdefault("_word_keys", None)
        self.__dict__.setdefault("_sole_holders", None)

    # ------------------------------------------------------------------ lookup

    @property
    def entities(self) -> tuple[str, ...]:
        """The canonical entity names, in the order they were first read."""
        return tuple(self._entities)

    @property
    def metrics(self) -> tuple[str, ...]:
        """The canonical metric names, in the order they were first read."""
        return tuple(self._metrics)

    def source_names(self) -> frozenset[str]:
        """The names the records' sources open with (what comes before their first comma
        or colon, capitalized, five words at most): the publishers a text may quote
        ("VisitBritain, inbound tourism 2024" → "VisitBritain", "ONS: …" → "ONS"), less
        the reference's own entities.

        >>> ref = Reference.from_records([{"entity": "France", "metric": "visits",
        ...     "value": 1, "period": "2024", "kind": "flow", "source": "Atout France: visits"}])
        >>> sorted(ref.source_names())
        ['Atout France']
        """
        used = set(self._src)
        names = set()
        for sid in used:
            source = self._strings[sid]
            if not source:
                continue
            head = re.split(r"[,:;(]", source, maxsplit=1)[0].strip()
            if head[:1].isupper() and len(head.split()) <= 5:
                names.add(head)
        return frozenset(names - set(self._entities))

    def entity_names(self) -> dict[str, tuple[str, ...]]:
        """Every normalized name or alias an entity is known by → the entities it names.

        A gazetteer for finding subjects in text.

        >>> ref = Reference.from_records([{"entity": "Xiaomi", "metric": "m", "value": 1,
        ...     "period": "2024"}], aliases={"entity": {"Xiaomi": ["Xiaomi Auto"]}})
        >>> ref.entity_names()
        {'xiaomi': ('Xiaomi',), 'xiaomi auto': ('Xiaomi',)}
        """
        names = self._entities
        return {key: tuple(names[i] for i in ids) for key, ids in self._entity_keys.items()}

    def metric_aliases(self, metric: str) -> tuple[str, ...]:
        """The aliases given for ``metric`` (not including its own name)."""
        try:
            mid = self._metrics.index(metric)
        except ValueError:
            return ()
        return self._metric_aliases.get(mid, ())

    def match_entity(
        self, text: str, *, threshold: float = FUZZY_THRESHOLD, skip: frozenset[str] = frozenset()
    ) -> tuple[str, float] | None:
        """The entity ``text`` names and the match score (100 for an exact alias).

        Exact (folded) names and aliases first, then the same without leading
        words in ``skip`` (articles), then rapidfuzz's ratio at ``threshold`` or
        above. A fuzzy match must have the same numbers as ``text`` ("Entreprise
        4711" never matches "Entreprise 4712"). Several entities under one alias
        are ambiguous: None.
        """
        found = self._match_entity_ids(text, threshold, skip)
        if found is None or len(found[0]) != 1:
            return None
        return self._entities[found[0][0]], found[1]

    def _match_entity_ids(
        self, text: str, threshold: float, skip: frozenset[str]
    ) -> tuple[tuple[int, ...], float] | None:
        """:meth:`match_entity` as entity ids, each distinct name read once (the same
        subjects come back claim after claim, and a fuzzy search reads every name)."""
        matches = self._entity_matches.get((threshold, skip))
        if matches is None:
            matches = self._entity_matches[(threshold, skip)] = {}
        try:
            return matches[text]
        except KeyError:
            pass
        found = self._read_entity_ids(text, threshold, skip)
        if len(matches) >= _MATCHES_KEPT:
            matches.clear()
        matches[text] = found
        return found

    def _read_entity_ids(
        self, text: str, threshold: float, skip: frozenset[str]
    ) -> tuple[tuple[int, ...], float] | None:
        key = normalize_name(text)
        if not key:
            return None
        ids = self._entity_keys.get(key)
        if ids is not None:
            return ids, 100.0
        words = key.split(" ")
        while len(words) > 1 and words[0] in skip:
            words = words[1:]
            ids = self._entity_keys.get(" ".join(words))
            if ids is not None:
                return ids, 100.0
        key = " ".join(words)
        core = _core_name(key)
        if core:
            loose = self._loose_keys
            if loose is None:
                loose = self._loose_keys = _loose(self._entity_keys)
            ids = loose.get(core)
            if ids is not None:
                return ids, _CORE_SCORE
        best = self._fuzzy_best(key, threshold)
        if best is None:
            inside = self._inside_one(key, skip)
            return (inside, _INSIDE_SCORE) if inside is not None else None
        name, score = best
        if _DIGITS.findall(name) != _DIGITS.findall(key):
            return None
        return self._entity_keys[name], round(score, 1)

    def _inside_one(self, key: str, skip: frozenset[str]) -> tuple[int, ...] | None:
        """The one entity with a name or alias holding every word of ``key`` and at most
        :data:`_INSIDE_EXTRA` words more, when ``key`` has two words of its own at least
        ("aéroport de Dubaï" in "aéroport international de Dubaï"); None when none or
        several entities do."""
        words = key.split(" ")
        own = [w for w in words if len(w) >= _INSIDE_LETTERS and w not in skip]
        if len(own) < 2:
            return None
        index = self._word_keys
        if index is None:
            index = {}
            for name in self._entity_keys:
                for word in set(name.split(" ")):
                    index.setdefault(word, []).append(name)
            self._word_keys = index
        lists = sorted((index.get(w, []) for w in own), key=len)
        if not lists[0]:
            return None
        wanted = set(words)
        found: set[int] = set()
        close = False  # one of the names holding it is at most a few words longer
        for name in lists[0]:
            held = name.split(" ")
            if wanted <= set(held):
                found.update(self._entity_keys[name])
                if len(found) > 1:
                    return None  # "aéroport de Paris": Orly's or Charles de Gaulle's
                close = close or len(held) - len(words) <= _INSIDE_EXTRA
        if not close or len(found) != 1 or _DIGITS.findall(key):
            return None
        return tuple(found)

    def _fuzzy_best(self, key: str, threshold: float) -> tuple[str, float] | None:
        """The name or alias with the best rapidfuzz ratio to ``key`` at ``threshold`` or
        above, the first in sorted order among equals: what ``process.extractOne`` over
        them all finds, reading only the names whose length lets them reach the threshold
        (a ratio is at most ``1 - |a - b| / (a + b)`` for lengths ``a`` and ``b``)."""
        groups = self._fuzzy_choices
        if groups is None:
            groups = {}
            for choice in sorted(self._entity_keys):
                groups.setdefault(len(choice), []).append(choice)
            self._fuzzy_choices = groups
        size = len(key)
        best: tuple[str, float] | None = None
        for length, choices in groups.items():
            if 100.0 * (1.0 - abs(size - length) / (size + length)) < threshold - _ROUNDING:
                continue  # too short or too long to reach the threshold
            found = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=threshold)
            if found is None:
                continue
            score = float(found[1])
            if best is None or score > best[1] or (score == best[1] and found[0] < best[0]):
                best = (found[0], score)
        return best

    def entities_in(self, text: str) -> list[tuple[str, tuple[str, ...]]]:
        """The known names (canonical or alias) in ``text``, in order, longest first.

        Each is the normalized name and the entities it names. A gazetteer scan
        over the words of the text, not a fuzzy search.

        >>> ref = Reference.from_records([{"entity": "Eiffel Tower", "metric": "visitors",
        ...     "value": 6.3e6, "period": "2023"}], aliases={"entity": {"Eiffel Tower":
        ...     ["tour Eiffel"]}})
        >>> ref.entities_in("La tour Eiffel a accueilli 6,3 millions de visiteurs.")
        [('tour eiffel', ('Eiffel Tower',))]
        """
        names = self._entities
        return [(key, tuple(names[i] for i in ids)) for key, ids in self._scan_entity_ids(text)]

    def _scan_entity_ids(self, text: str) -> list[tuple[str, tuple[int, ...]]]:
        longest = self._longest_name
        if longest == 0:
            longest = self._longest_name = max(
                (key.count(" ") + 1 for key in self._entity_keys), default=1
            )
        words = _WORDS.findall(fold(text))
        found = []
        i = 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                key = " ".join(words[i : i + n])
                ids = self._entity_keys.get(key)
                if ids is not None:
                    found.append((key, ids))
                    i += n
                    break
            else:
                i += 1
        return found

    def metrics_of(self, entity: str) -> tuple[str, ...]:
        """The metrics the reference holds for ``entity``."""
        ids = [i for i, name in enumerate(self._entities) if name == entity]
        return tuple(self._metrics[m] for eid in ids for m in self._by_entity.get(eid, ()))

    def records_for(self, entity: str, metric: str) -> tuple[ReferenceRecord, ...]:
        """The records of one entity and metric, by period."""
        return tuple(self.record(row.row) for row in self.rows_for(entity, metric))

    def rows_for(self, entity: str, metric: str) -> tuple[Row, ...]:
        """Like :meth:`records_for`, as light rows (no pydantic model is built)."""
        try:
            eid, mid = self._entities.index(entity), self._metrics.index(metric)
        except ValueError:
            return ()
        return self._rows(eid, mid)

    def _profile(self, eid: int, mid: int) -> _Profile:
        """The unit dimensions of a group's figures, whether it holds events, and the kind
        all its rows share (None when they mix kinds)."""
        key = (eid, mid)
        found = self._profiles.get(key)
        if found is None:
            ids = self._index.get(key, ())
            kinds, units = _pick(ids, self._kind), _pick(ids, self._unit)
            events = _EVENT in kinds
            if events:
                distinct = {u for u, k in zip(units, kinds, strict=True) if k != _EVENT}
            else:
                distinct = set(units)
            dimensions = set()
            for unit in distinct:  # each distinct unit read once
                scale = scale_of(self._strings[unit])
                if scale is not None:
                    dimensions.add(scale.dimension)
            one_kind = bool(kinds) and kinds.count(kinds[0]) == len(kinds)
            kind = _KIND_OF[kinds[0]] if one_kind else None
            found = self._profiles[key] = _shared_profile(frozenset(dimensions), events, kind)
        return found

    def _signed(self, mid: int) -> bool:
        """Whether a metric holds negative values for some entity (a balance stored signed:
        a deficit is below zero), read once per metric."""
        known = self._signed_metrics.get(mid)
        if known is None:
            values = self._val
            known = any(
                values[i] < 0 for (_, m), ids in self._index.items() if m == mid for i in ids
            )
            self._signed_metrics[mid] = known
        return known

    def _rows(
        self, eid: int, mid: int, window: tuple[datetime, datetime, bool] | None = None
    ) -> tuple[Row, ...]:
        """The rows of a group, in canonical order; with a ``window`` (start, end, inside),
        only those whose period lies inside ``[start, end]`` or, when ``inside`` is false,
        meets it (ends at or after start and starts at or before end)."""
        ids = self._index.get((eid, mid))
        if not ids:
            return ()
        starts, ends = self._bounds()
        per = self._per
        if window is not None:
            meets = self._windows.get(window)
            if meets is None:
                low, high, inside = window
                bounds = zip(starts, ends, strict=True)
                meets = frozenset(
                    p
                    for p, (start, end) in enumerate(bounds)
                    if (start >= low and end <= high if inside else end >= low and start <= high)
                )
                if len(self._windows) >= _WINDOWS_KEPT:
                    self._windows.clear()
                self._windows[window] = meets
            # (one comprehension over the group's rows: a window keeps few of them)
            kept = [i for i in ids if per[i] in meets]
            if len(kept) != len(ids):
                if not kept:
                    return ()
                ids = tuple(kept)
        periods = _pick(ids, per)
        new = tuple.__new__  # Row(...) without its Python-level __new__: checking's hot path
        strings = self._strings
        if len(ids) == 1:  # a claim's own period: one row, read cell by cell
            i, p = ids[0], periods[0]
            v = self._val[i]
            return (
                new(
                    Row,
                    (
                        i,
                        starts[p],
                        ends[p],
                        None if v != v else v,
                        _KIND_OF[self._kind[i]],
                        strings[self._unit[i]],
                        strings[self._src[i]],
                    ),
                ),
            )
        columns = zip(
            ids,
            periods,
            _pick(ids, self._val),
            _pick(ids, self._kind),
            _pick(ids, self._unit),
            _pick(ids, self._src),
            strict=True,
        )
        return tuple(
            [
                new(
                    Row,
                    (
                        i,
                        starts[p],
                        ends[p],
                        None if v != v else v,  # NaN: no value (an event)
                        _KIND_OF[k],
                        strings[u],
                        strings[s],
                    ),
                )
                for i, p, v, k, u, s in columns
            ]
        )

    def _bounds(self) -> tuple[list[datetime], list[datetime]]:
        """The start and the end of each period, as two lists."""
        bounds = self._period_bounds
        if bounds is None or len(bounds[0]) != len(self._periods):
            bounds = self._period_bounds = (
                [p.start for p in self._periods],
                [p.end for p in self._periods],
            )
        return bounds

    def record(self, index: int) -> ReferenceRecord:
        """Row ``index`` (in reading order) as a ReferenceRecord."""
        value = self._val[index]
        strings = self._strings
        # (every field of ReferenceRecord, in order: a finding's records are built on
        # checking's hot path)
        return model_in_order(
            ReferenceRecord,
            {
                "entity": self._entities[self._ent[index]],
                "metric": self._metrics[self._met[index]],
                "value": None if value != value else value,  # NaN: no value (an event)
                "unit": strings[self._unit[index]],
                "period": self._periods[self._per[index]],
                "kind": _KIND_OF[self._kind[index]],
                "source": strings[self._src[index]],
                "origin": f"{self._origin_name} row {self._line[index]}",
            },
            _RECORD_SET,
        )

    # Used by check: ids and per-language metric terms.

    def _entity_has(self, eid: int) -> list[int]:
        return self._by_entity.get(eid, [])

    def _sole_metrics(self) -> dict[int, int]:
        """Each metric no other entity holds, with the entity that holds it ("smic":
        France): a claim that names no entity may be about it ("le Smic brut mensuel")."""
        if self._sole_holders is None:
            holders: dict[int, list[int]] = {}
            for eid, mids in self._by_entity.items():
                for mid in mids:
                    holders.setdefault(mid, []).append(eid)
            self._sole_holders = {mid: e[0] for mid, e in holders.items() if len(e) == 1}
        return self._sole_holders

    def _metric_name(self, mid: int) -> str:
        return self._metrics[mid]

    def _entity_name(self, eid: int) -> str:
        return self._entities[eid]

    def _terms_of_metrics(self) -> dict[int, tuple[frozenset[str], ...]]:
        """For each metric, the term sets of its name and of each alias.

        Names and aliases are not tagged with a language: each is read in every
        supported language, and the family keys those share let an English
        metric name meet a French claim.
        """
        cached = self._metric_terms.get("*")
        if cached is None:
            cached = {}
            languages = supported_languages()
            for mid, name in enumerate(self._metrics):
                phrases = (name.replace("_", " "), *self._metric_aliases.get(mid, ()))
                sets = {frozenset(terms(p, lang)) for p in phrases for lang in languages}
                cached[mid] = tuple(sorted((s for s in sets if s), key=sorted))
            self._metric_terms["*"] = cached
        return cached

    def _terms_of_entity(self, eid: int) -> frozenset[str]:
        """The terms of an entity's name and aliases, read in every supported language
        ("Paris Paralympics", "Jeux paralympiques de Paris": paris, paralymp, jeu)."""
        cached = self._entity_terms
        if cached is None:
            found: dict[int, set[str]] = {}
            languages = supported_languages()
            for key, ids in self._entity_keys.items():
                words = {t for lang in languages for t in terms(key, lang)}
                for i in ids:
                    found.setdefault(i, set()).update(words)
            cached = self._entity_terms = {i: frozenset(w) for i, w in found.items()}
        return cached.get(eid, frozenset())

    def _aliases_by_term(self) -> tuple[dict[str, list[tuple[int, int]]], dict[int, int]]:
        """The term sets of :meth:`_terms_of_metrics` indexed: for each term, the size of
        each set holding it and its metric; for each metric, the size of its largest set."""
        index = self._alias_index
        if index is None:
            by_term: dict[str, list[tuple[int, int]]] = {}
            longest: dict[int, int] = {}
            for mid, sets in self._terms_of_metrics().items():
                for alias in sets:
                    for term in alias:
                        by_term.setdefault(term, []).append((len(alias), mid))
                if sets:
                    longest[mid] = max(map(len, sets))
            index = self._alias_index = (by_term, longest)
        return index

    def _longest_aliases(self) -> dict[int, int]:
        """For each metric with terms, how many terms its largest term set has (a metric
        has an alias of more than ``n`` terms when this is above ``n``)."""
        return self._aliases_by_term()[1]

    def _metrics_wider(self, left: frozenset[str], longer: int) -> set[int]:
        """The metrics with an alias of more than ``longer`` terms that holds a term of
        ``left``."""
        by_term = self._aliases_by_term()[0]
        return {mid for term in left for size, mid in by_term.get(term, ()) if size > longer}

    def _metric_scale(self, rows: Sequence[Row]) -> Scale | None:
        units = {row.unit for row in rows}
        if len(units) != 1:
            scales = {scale_of(u) for u in units}
            dims = {s.dimension for s in scales if s is not None}
            return Scale(dims.pop(), 0.0) if len(dims) == 1 else None
        return scale_of(units.pop())


# --------------------------------------------------------------------- cells

_NOT_A_NUMBER = object()


# A reporting period as statistics offices label it, the year and the letter apart or the
# letter first: "2024 Q1", "Q1 2024", "T1 2024" (trimestre), "2024 H1", "S1 2024"
# (semestre), "2024 M03". The letters are the SDMX and Insee codes Period.parse reads.
_LOOSE_PERIOD = re.compile(
    r"(?P<year>\d{4})[\s_-]*(?P<letter>[QTHSMqthsm])\s*(?P<number>\d{1,2})"
    r"|(?P<letter2>[QTHSMqthsm])\s*(?P<number2>\d{1,2})[\s_-]+(?P<year2>\d{4})"
)


def parse_period(text: str) -> Period:
    """A period cell: ISO 8601 (:meth:`Period.parse`), a reporting period labelled with
    its letter apart or first ("2024 Q1", "T1 2024", "H2 2024") or a month named in English
    or French words with its year ("2024 JAN", "janvier 2024"); a clear error otherwise.

    >>> [parse_period(p).label() for p in ("2024 Q1", "T1 2024", "2024Q1", "S2 2024")]
    ['2024-Q1', '2024-Q1', '2024-Q1', '2024-H2']
    >>> [parse_period(p).label() for p in ("2024 JAN", "Sept. 2023", "janvier 2024")]
    ['2024-01', '2023-09', '2024-01']
    >>> parse_period("2024 Q5")
    Traceback (most recent call last):
    ...
    ValueError: '2024 Q5' is not a period: Q5 is no quarter of a year
    """
    try:
        return Period.parse(text)
    except ValueError as exc:
        loose = _LOOSE_PERIOD.fullmatch(text.strip())
        if loose is None:
            named = _named_month(text.strip())
            if named is not None:
                return named
            if "is not a valid date" in str(exc):
                raise
            raise ValueError(
                f"{text.strip()!r} is not a period (expected 2024, 2024-Q1, 2024 Q1, T1 2024, "
                "2024-H1, 2024-S1, 2024-03, 2024-M03, 2024 JAN, 2024-03-28 or start/end)"
            ) from None
        year = loose["year"] or loose["year2"]
        letter = (loose["letter"] or loose["letter2"]).upper()
        number = loose["number"] or loose["number2"]
        try:
            return Period.parse(f"{year}-{letter}{number}")
        except ValueError:
            raise ValueError(
                f"{text.strip()!r} is not a period: {letter}{number} is no "
                f"{_LETTERS[letter]} of a year"
            ) from None


_LETTERS = {"Q": "quarter", "T": "quarter", "H": "half", "S": "half", "M": "month"}

# A month named in words and its year, either way round: "2024 JAN" (the ONS's time
# series), "Jan 2024", "janvier 2024", "janv.-2024".
_NAMED_MONTH = re.compile(
    r"(?P<year>\d{4})[\s_-]*(?P<month>[^\W\d_]{3,}\.?)"
    r"|(?P<month2>[^\W\d_]{3,}\.?)[\s_-]*(?P<year2>\d{4})"
)


def _named_month(text: str) -> Period | None:
    """The month a cell names in English or French words with its year, or None."""
    from claimcheck.extract.time_lexicon import month_number, time_lexicon

    found = _NAMED_MONTH.fullmatch(text)
    if found is None:
        return None
    word = found["month"] or found["month2"]
    year = found["year"] or found["year2"]
    for lang in ("en", "fr"):
        month = month_number(time_lexicon(lang), word)
        if month is not None:
            return Period.parse(f"{year}-{month:02d}")
    return None


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _text(cell: object) -> str | None:
    if cell is None:
        return None
    if isinstance(cell, str):
        text = cell.strip()
        return text or None
    if isinstance(cell, float) and math.isnan(cell):
        return None
    return str(cell).strip() or None


def _number(cell: object) -> object:
    """A finite float, None for an empty cell, or _NOT_A_NUMBER."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        return _NOT_A_NUMBER
    if isinstance(cell, int | float):
        number = float(cell)
    elif isinstance(cell, str):
        text = cell.strip()
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            if not text.startswith("\u2212"):
                return _NOT_A_NUMBER
            try:  # a typographic minus ("−5,2" as an Insee table prints it): minus 5.2
                number = -float(text[1:])
            except ValueError:
                return _NOT_A_NUMBER
    else:
        try:
            number = float(cell)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return _NOT_A_NUMBER
    return number if math.isfinite(number) else _NOT_A_NUMBER


_DECIMAL_COMMA = re.compile(r"\s*-?\d+,\d+\s*")
# A number as a spreadsheet set to a decimal-comma locale writes it: "68 373 433" (spaces,
# no-break or narrow no-break spaces, or dots between groups of three), "2 803,0", "7,3".
# A dot alone stays a decimal dot ("320.4", "1.234"), as DESIGN writes values.
_LOCAL_NUMBER = re.compile(
    r"[-\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?"  # "68 373 433", "2 803,0"
    r"|[-\u2212]?\d{1,3}(?:\.\d{3})+,\d+|[-\u2212]?\d{1,3}(?:\.\d{3}){2,}"  # "1.234,5", "1.234.567"
    r"|[-\u2212]?\d+,\d+"  # "7,3"
)


def _local_number(cell: str) -> str:
    """A cell of a decimal-comma CSV as Python reads numbers ("2 803,0" → "2803.0"); any
    other cell as it is, to be reported as written."""
    text = cell.strip()
    if _LOCAL_NUMBER.fullmatch(text) is None:
        return cell
    return re.sub(r"[ \u00a0\u202f.]", "", text).replace(",", ".").replace("\u2212", "-")


# A number with its thousands grouped by commas, as English spreadsheets quote it in a
# comma-separated file: "2,803.4", "68,373,433" (a comma with other than three digits after
# it stays an error: "7,3" is a decimal comma).
_GROUPED_NUMBER = re.compile(r"[-\u2212]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _grouped(cell: str) -> str:
    """A cell of a comma-separated file as Python reads numbers ("2,803.4" → "2803.4"); any
    other cell as it is."""
    text = cell.strip()
    if _GROUPED_NUMBER.fullmatch(text) is None:
        return cell
    return text.replace(",", "").replace("\u2212", "-")


def _delimiter(handle: Any) -> str:
    """The cell separator of a CSV file, told by its header line: a comma, or the
    semicolon or tab that spreadsheets set to French or other locales write."""
    start = handle.tell()
    header = handle.readline()
    handle.seek(start)
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _check_header(name: str, columns: list[str]) -> None:
    unknown = [c for c in columns if c not in COLUMNS]
    missing = [c for c in (*_REQUIRED, "value") if c not in columns]
    duplicated = sorted({c for c in columns if columns.count(c) > 1})
    messages = []
    if unknown:
        messages.append(f"unknown column(s) {', '.join(map(repr, unknown))}")
    if missing:
        messages.append(f"missing column(s) {', '.join(map(repr, missing))}")
    if duplicated:
        messages.append(f"repeated column(s) {', '.join(map(repr, duplicated))}")
    if messages:
        raise InputError(
            f"{name} row 1 (header): {'; '.join(messages)} (expected {', '.join(COLUMNS)})"
        )


# ------------------------------------------------------------------- aliases


class _AliasTable(NamedTuple):
    origin: str
    rows: list[tuple[int, str, str, str]]  # line, type, name, alias


def _read_aliases(aliases: Aliases) -> _AliasTable:
    if isinstance(aliases, Mapping):
        return _aliases_from_mapping(aliases)
    if isinstance(aliases, str | PathLike):
        return _aliases_from_csv(Path(fspath(aliases)))
    raise InputError(
        f"aliases must be a CSV path or a mapping {{'entity': {{name: [alias, …]}}, "
        f"'metric': {{…}}}}, not {type(aliases).__name__}"
    )


def _aliases_from_mapping(aliases: Mapping[str, Any]) -> _AliasTable:
    rows: list[tuple[int, str, str, str]] = []
    problems = _Problems("aliases")
    line = 0
    for kind, names in aliases.items():
        if kind not in ("entity", "metric"):
            problems.add(0, "type", kind, f"{kind!r} is not 'entity' or 'metric'")
            continue
        if not isinstance(names, Mapping):
            problems.add(0, kind, names, "expected a mapping of names to lists of aliases")
            continue
        for name, alias_list in names.items():
            if isinstance(alias_list, str) or not isinstance(alias_list, Iterable):
                problems.add(0, kind, alias_list, f"the aliases of {name!r} must be a list")
                continue
            for alias in alias_list:
                line += 1
                if not isinstance(alias, str) or not alias.strip():
                    problems.add(line, "alias", alias, f"an alias of {name!r} must be a word")
                    continue
                rows.append((line, kind, str(name), alias.strip()))
    problems.raise_any()
    return _AliasTable("aliases", rows)


def _aliases_from_csv(path: Path) -> _AliasTable:
    rows: list[tuple[int, str, str, str]] = []
    problems = _Problems(path.name)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, delimiter=_delimiter(handle))
            header = [c.strip().lower() for c in next(reader, [])]
            if header != ["type", "name", "alias"]:
                raise InputError(
                    f"{path.name} row 1 (header): expected the columns type,name,alias, "
                    f"got {','.join(header) or 'nothing'}"
                )
            for number, cells in enumerate(reader, start=2):
                if not any(cell.strip() for cell in cells):
                    continue
                if len(cells) != 3:
                    problems.add(number, "*", cells, f"has {len(cells)} cells, expected 3")
                    continue
                kind, name, alias = (cell.strip() for cell in cells)
                if kind not in ("entity", "metric"):
                    problems.add(number, "type", kind, f"{kind!r} is not 'entity' or 'metric'")
                    continue
                if not name:
                    problems.add(number, "name", name, "a name is required")
                    continue
                if not alias:
                    problems.add(number, "alias", alias, "an alias is required")
                    continue
                rows.append((number, kind, name, alias))
    except OSError as exc:
        raise InputError(f"cannot read aliases file {fspath(path)!r}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name} is not UTF-8 text: {exc}") from None
    problems.raise_any()
    return _AliasTable(path.name, rows)

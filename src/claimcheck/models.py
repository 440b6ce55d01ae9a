"""The typed objects of each pipeline stage.

Every model is a frozen pydantic model that survives a JSON round trip
unchanged, so that mentions, claims and reports can be stored, sent between
processes and compared in tests.

>>> p = Period.parse("2024-Q1")
>>> p.start.date().isoformat(), p.end.date().isoformat(), p.grain
('2024-01-01', '2024-04-01', 'quarter')
>>> Period.model_validate_json(p.model_dump_json()) == p
True
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Claim",
    "ClaimKind",
    "Finding",
    "Grain",
    "Measure",
    "Mention",
    "MentionKind",
    "Period",
    "Qualifier",
    "Reason",
    "RecordKind",
    "ReferenceRecord",
    "Relation",
    "Report",
    "Span",
    "Tolerance",
    "Verdict",
]

Grain = Literal["year", "quarter", "month", "week", "day", "hour", "minute", "second"]

GRAINS: tuple[str, ...] = ("second", "minute", "hour", "day", "week", "month", "quarter", "year")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class MentionKind(StrEnum):
    """What an extracted expression is."""

    NUMBER = "number"
    ORDINAL = "ordinal"
    PERCENT = "percent"
    MONEY = "money"
    QUANTITY = "quantity"
    DURATION = "duration"
    TIME = "time"


class Qualifier(StrEnum):
    """How a figure is hedged in the text; see DESIGN "Qualifiers → intervals"."""

    EXACT = "exact"
    APPROX = "approx"
    NEARLY = "nearly"
    GT = "gt"
    GE = "ge"
    LT = "lt"
    LE = "le"
    RANGE = "range"


class Relation(StrEnum):
    """How a time expression relates an event to its period."""

    IN = "in"
    BY = "by"
    SINCE = "since"
    UNTIL = "until"
    BEFORE = "before"
    AFTER = "after"


# ISO 8601 ("2024", "2024-03", "2024-03-28", "20240328", "2024-W05") and the reporting
# periods of statistical offices, with or without the hyphen: SDMX "2024-Q1", "2024-M03",
# "2024-S2" (a semester), "2024-A1" (the year); Eurostat "2024Q1", "2024M03"; Insee's French
# "2024-T1" (a trimestre); "2024-H2" (a half).
_ISO_PERIOD = re.compile(
    r"""^(?P<year>\d{4})
        (?:-?(?:[QT](?P<quarter>[1-4])|[HS](?P<half>[12])|W(?P<week>\d{2})|M(?P<mmonth>\d{2})
               |A1?)
          |-(?P<month>\d{2})(?:-(?P<day>\d{2}))?
          |(?P<bmonth>\d{2})(?P<bday>\d{2}))?$""",
    re.VERBOSE | re.IGNORECASE,
)


def _add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1)


class Period(_Frozen):
    """A half-open interval of time ``[start, end)`` at a grain.

    Times are naive wall-clock datetimes: a period means the same days
    wherever it is read.

    >>> Period.year(2026).contains(datetime(2026, 12, 31, 23, 59))
    True
    >>> Period.year(2026).contains(datetime(2027, 1, 1))
    False
    >>> str(Period.parse("2024-03"))
    '2024-03'
    """

    start: datetime
    end: datetime
    grain: Grain

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end <= self.start:
            raise ValueError(f"period end {self.end} is not after its start {self.start}")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("period bounds are naive wall-clock datetimes, without a time zone")
        return self

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(start=datetime(year, 1, 1), end=datetime(year + 1, 1, 1), grain="year")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        start = datetime(year, month, 1)
        return cls(start=start, end=_add_months(start, 1), grain="month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        start = datetime(year, 3 * (quarter - 1) + 1, 1)
        return cls(start=start, end=_add_months(start, 3), grain="quarter")

    @classmethod
    def day(cls, year: int, month: int, day: int) -> Period:
        start = datetime(year, month, day)
        return cls(start=start, end=start + timedelta(days=1), grain="day")

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read an ISO 8601 period: ``2024``, ``2024-Q1``, ``2024-H2``, ``2024-W05``,
        ``2024-03``, ``2024-03-28`` (or ``20240328``) or ``start/end`` (end inclusive at its
        grain); the reporting periods of statistical offices are read too: SDMX's
        ``2024-M03``, ``2024-S2``, ``2024-A1``, Eurostat's ``2024Q1``, ``2024M03``, Insee's
        ``2024-T1``.

        >>> [str(Period.parse(p)) for p in ("2024Q1", "2024-M03", "2024-S2", "2024-T4")]
        ['2024-Q1', '2024-03', '2024-H2', '2024-Q4']

        >>> str(Period.parse("2024-01/2024-06"))
        '2024-01/2024-06'
        >>> Period.parse("2024-06/2024-01")
        Traceback (most recent call last):
        ...
        ValueError: period '2024-06/2024-01' ends before it starts
        """
        text = text.strip()
        if "/" in text:
            first, _, last = text.partition("/")
            a, b = cls.parse(first), cls.parse(last)
            if b.end <= a.start:
                raise ValueError(f"period {text!r} ends before it starts")
            grain = a.grain if GRAINS.index(a.grain) <= GRAINS.index(b.grain) else b.grain
            return cls(start=a.start, end=b.end, grain=grain)
        match = _ISO_PERIOD.match(text)
        if match is None:
            raise ValueError(
                f"{text!r} is not an ISO 8601 period "
                "(expected 2024, 2024-Q1, 2024-H1, 2024-03, 2024-03-28 or start/end)"
            )
        year = int(match["year"])
        month = match["month"] or match["mmonth"] or match["bmonth"]
        day = match["day"] or match["bday"]
        try:
            if match["quarter"]:
                return cls.quarter(year, int(match["quarter"]))
            if match["half"]:
                start = datetime(year, 1 if match["half"] == "1" else 7, 1)
                return cls(start=start, end=_add_months(start, 6), grain="quarter")
            if match["week"]:
                start = datetime.fromisocalendar(year, int(match["week"]), 1)
                return cls(start=start, end=start + timedelta(days=7), grain="week")
            if day:
                return cls.day(year, int(month), int(day))
            if month:
                return cls.month(year, int(month))
        except ValueError as exc:
            raise ValueError(f"{text!r} is not a valid date: {exc}") from None
        return cls.year(year)

    def contains(self, moment: datetime | date | Period) -> bool:
        """Whether a moment (or a whole period) lies inside this one."""
        if isinstance(moment, Period):
            return self.start <= moment.start and moment.end <= self.end
        if not isinstance(moment, datetime):
            moment = datetime(moment.year, moment.month, moment.day)
        return self.start <= moment < self.end

    def label(self) -> str:
        """The shortest ISO 8601 name of this period (``2024``, ``2024-Q1``, ``2024-H2``,
        ``2024-W05``, ``2024-03``, ``2024-03-28``, else ``start/end``)."""
        s, e = self.start, self.end
        midnight = s.time() == datetime.min.time() and e.time() == datetime.min.time()
        if midnight and s.day == 1:
            if s.month == 1 and e == s.replace(year=s.year + 1):
                return f"{s.year}"
            if (s.month - 1) % 3 == 0 and e == _add_months(s, 3):
                return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
            if e == _add_months(s, 1):
                return f"{s:%Y-%m}"
            if s.month in (1, 7) and e == _add_months(s, 6) and self.grain == "quarter":
                return f"{s.year}-H{1 if s.month == 1 else 2}"
        if midnight and self.grain == "week" and e == s + timedelta(days=7) and s.weekday() == 0:
            iso = s.isocalendar()
            return f"{iso.year}-W{iso.week:02d}"
        if midnight and e == s + timedelta(days=1):
            return f"{s:%Y-%m-%d}"
        last = e - timedelta(days=1) if midnight else e
        if midnight and s.day == 1 and e.day == 1:
            return f"{s:%Y-%m}/{last:%Y-%m}"
        if midnight:
            return f"{s:%Y-%m-%d}/{last:%Y-%m-%d}"
        return f"{s.isoformat()}/{e.isoformat()}"

    def __str__(self) -> str:
        return self.label()


class Mention(_Frozen):
    """One expression found in a text: a figure, a date or a duration.

    ``low`` and ``high`` are the interval the wording asserts once its
    qualifier is applied (None is unbounded); ``low_exclusive`` and
    ``high_exclusive`` say whether a bound itself is excluded ("plus de 100"
    asserts more than 100, not 100).

    >>> m = Mention(kind="number", text="plus de 100", start=0, end=11, value=100,
    ...             low=100, low_exclusive=True, qualifier="gt")
    >>> m.qualifier
    <Qualifier.GT: 'gt'>
    """

    kind: MentionKind
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: float | None = None
    low: float | None = None
    high: float | None = None
    low_exclusive: bool = False
    high_exclusive: bool = False
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = None
    currency: str | None = None
    noun: str | None = None
    period: Period | None = None
    relation: Relation | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Mention:
        if self.end < self.start:
            raise ValueError(f"mention end {self.end} is before its start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"mention text {self.text!r} has {len(self.text)} characters "
                f"but its offsets {self.start}..{self.end} span {self.end - self.start}"
            )
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"mention interval is empty: low {self.low} > high {self.high}")
        return self


class Span(_Frozen):
    """Some words of the text and their offsets in it."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Measure(_Frozen):
    """What a figure counts or measures: the noun phrase and the verb that carry it.

    ``terms`` are the light lemmas of both ("unités produites", "produire" →
    ``("unite", "produ")``), used to match reference metrics whatever the
    inflection.
    """

    noun: str | None = None
    verb: str | None = None
    terms: tuple[str, ...] = ()


class ClaimKind(StrEnum):
    """What a claim asserts."""

    QUANTITY = "quantity"  # a figure about a subject: "100 000 unités produites"
    EVENT = "event"  # something happens at a time: "exporter d'ici 2026"
    CHANGE = "change"  # a rise or fall: "en hausse de 49,5 %"
    RATIO = "ratio"  # a multiple: "deux fois plus que"
    COMPARISON = "comparison"  # a figure against another: "contre 18,3 % en 2022"
    RANK = "rank"  # a position: "le troisième constructeur"


class Claim(_Frozen):
    """One figure (or one dated event) tied to what it is about.

    ``subject`` is the entity's name; when the sentence only refers to it ("il",
    "le géant chinois"), ``subject_inferred`` is true and ``subject_span`` holds
    the referring words. ``start``/``end`` are the offsets of the figure (or of
    the time, for events) in the whole text.
    """

    kind: ClaimKind = ClaimKind.QUANTITY
    lang: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: str
    sentence_start: int = Field(ge=0)
    subject: str | None = None
    subject_inferred: bool = False
    subject_span: Span | None = None
    measure: Measure = Measure()
    figure: Mention | None = None
    time: Mention | None = None
    duration: Mention | None = None
    location: str | None = None
    location_span: Span | None = None
    baseline: Mention | None = None
    baseline_time: Mention | None = None


class RecordKind(StrEnum):
    """How a reference figure relates to its period."""

    FLOW = "flow"  # an amount during the period (production, sales, GDP)
    STOCK = "stock"  # a level at the period's end (population, cumulative output)
    EVENT = "event"  # the period says when something happened


class ReferenceRecord(_Frozen):
    """One row of reference data: one figure for an entity, a metric and a period.

    >>> r = ReferenceRecord(entity="France", metric="population", value=68_000_000,
    ...                     period="2023", kind="stock")
    >>> str(r.period), r.kind.value
    ('2023', 'stock')
    """

    entity: str = Field(min_length=1)
    metric: str = Field(min_length=1)
    value: float | None = None
    unit: str | None = None
    period: Period
    kind: RecordKind = RecordKind.FLOW
    source: str | None = None
    origin: str | None = None  # where the row was read: "ref.csv row 17"

    @model_validator(mode="before")
    @classmethod
    def _period_from_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("period"), str):
            data = {**data, "period": Period.parse(data["period"])}
        return data

    @model_validator(mode="after")
    def _value_unless_event(self) -> ReferenceRecord:
        if self.value is None and self.kind is not RecordKind.EVENT:
            raise ValueError(f"a {self.kind.value} record needs a value")
        return self


class Tolerance(_Frozen):
    """How far a stated figure may be from the reference and still be right.

    Relative tolerances, by how the figure is stated: ``precise`` for exact
    figures with three or more significant digits, ``round`` for exact figures
    with two or fewer ("68 millions"), ``approx`` for "environ"/"about", and
    ``nearly`` for the room below a "près de"/"nearly" figure. Bounds (gt, ge,
    lt, le, range) are strict, widened only by ``bounds``.

    >>> Tolerance().for_figure("exact", significant_digits=2)
    0.05
    """

    precise: float = Field(default=0.02, ge=0)
    round: float = Field(default=0.05, ge=0)
    approx: float = Field(default=0.10, ge=0)
    nearly: float = Field(default=0.10, ge=0, lt=1)
    bounds: float = Field(default=0.0, ge=0)

    def for_figure(self, qualifier: Qualifier | str, significant_digits: int = 3) -> float:
        if not isinstance(qualifier, Qualifier):
            qualifier = Qualifier(qualifier)  # (a member needs no lookup: checking's hot path)
        if qualifier is Qualifier.EXACT:
            return self.precise if significant_digits >= 3 else self.round
        if qualifier is Qualifier.APPROX:
            return self.approx
        if qualifier is Qualifier.NEARLY:
            return self.nearly
        return self.bounds


class Verdict(StrEnum):
    """What the reference says of a claim."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"
    CONFLICTING = "conflicting"


class Reason(StrEnum):
    """Why a claim could not be checked."""

    NO_SUBJECT = "no_subject"
    UNKNOWN_ENTITY = "unknown_entity"
    UNKNOWN_METRIC = "unknown_metric"
    NO_DATA = "no_data"
    INCOMPATIBLE_UNIT = "incompatible_unit"
    NOT_YET_DUE = "not_yet_due"
    NOT_CHECKABLE = "not_checkable"


class Finding(_Frozen):
    """The verdict on one claim, with the evidence behind it."""

    claim: Claim
    verdict: Verdict
    reason: Reason | None = None
    records: tuple[ReferenceRecord, ...] = ()
    entity: str | None = None
    entity_score: float | None = None  # rapidfuzz ratio 0-100; 100 for an exact alias
    entity_threshold: float | None = None  # the ratio below which no entity is taken
    metric: str | None = None
    metric_score: float | None = None
    reference_value: float | None = None
    deviation: float | None = None
    relative_deviation: float | None = None
    tolerance: float | None = None
    explanation: str = ""


class Report(_Frozen):
    """All findings on one text, in text order."""

    findings: tuple[Finding, ...] = ()
    lang: str | None = None
    reference_date: datetime | None = None

    @property
    def counts(self) -> dict[Verdict, int]:
        """How many findings each verdict has (every verdict is a key)."""
        counts = dict.fromkeys(Verdict, 0)
        for finding in self.findings:
            counts[finding.verdict] += 1
        return counts

    @property
    def contradicted(self) -> bool:
        return any(f.verdict is Verdict.CONTRADICTED for f in self.findings)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON; ``Report.model_validate_json`` reads it back."""
        return self.model_dump_json(indent=indent)

    def to_markdown(self) -> str:
        """The findings as a Markdown table, with the counts per verdict."""
        from claimcheck.report import render_markdown

        return render_markdown(self)

    def to_text(self) -> str:
        """The findings as a plain-text table for a terminal."""
        from claimcheck.report import render_text

        return render_text(self)

"""Time values before and after resolution against a reference instant.

A :class:`When` is what a time expression says: calendar fields it fixes ("mars 2024" fixes
the month and the year), an interval already computed from the reference ("l'an dernier"),
a part of the day, a boundary ("fin"). :func:`resolve` turns it into a half-open interval
``[start, end)`` at a grain.

>>> ref = datetime(2013, 2, 12, 4, 30)
>>> span = resolve(When(month=3), ref, SPANS)
>>> span.start.date().isoformat(), span.end.date().isoformat(), span.grain
('2013-03-01', '2013-04-01', 'month')
>>> resolve(When(weekday=0), ref, SPANS).start.date().isoformat()
'2013-02-18'
"""

from __future__ import annotations

import calendar
import functools
import operator
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import date, datetime, timedelta
from typing import NamedTuple

__all__ = [
    "SPANS",
    "Boundaries",
    "Duration",
    "HolidayRule",
    "Span",
    "When",
    "easter",
    "register_holiday_table",
    "resolve",
    "resolved",
    "shift",
    "unit_span",
]

# A holiday's rule (see ``time_lexicon.parse_holiday``): kind, month, n, weekday or day, days
# after, and the hours it lasts on its day as minutes of the day [from, to), or None.
HolidayRule = tuple[str, int, int, int, int, tuple[int, int] | None]

GRAIN_ORDER = ("second", "minute", "hour", "day", "week", "month", "quarter", "year")
FINER = {
    "year": "month",
    "quarter": "month",
    "month": "day",
    "week": "day",
    "day": "hour",
    "hour": "minute",
    "minute": "second",
    "second": "second",
}
SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
MONTHS = {"month": 1, "quarter": 3, "year": 12}

# Astronomical seasons of the northern hemisphere: (month, day) of their first day.
SEASONS = {"spring": (3, 20), "summer": (6, 21), "autumn": (9, 23), "winter": (12, 21)}

Boundaries = dict[str, dict[str, tuple[int, int]]]
SPANS: Boundaries = {
    "year": {"begin": (1, 4), "mid": (5, 9), "end": (10, 13)},
    "month": {"begin": (1, 11), "mid": (11, 21), "end": (21, 32)},
    "week": {"begin": (0, 2), "mid": (2, 4), "end": (3, 7)},
    "day": {"begin": (6, 10), "mid": (11, 16), "end": (17, 21)},
}


class Span(NamedTuple):
    """A resolved interval ``[start, end)`` at a grain."""

    start: datetime
    end: datetime
    grain: str


@dataclass(frozen=True, slots=True)
class Duration:
    """An amount of time: ``value`` units, with the hedge of its wording."""

    value: float
    unit: str
    qualifier: str = "exact"

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", float(self.value))


# The zone name of "local time", "heure locale" (``named_time_zones``): the clock of the place
# the text is about, of no known offset; a time in it stays as read.
LOCAL = "local"


@dataclass(frozen=True, slots=True, init=False)
class When:
    """What a time expression fixes; see :func:`resolve`."""

    year: int | None = None
    quarter: int | None = None
    half: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None  # "am" or "pm" when the wording says so
    pod: tuple[int, int] | None = None  # part of the day, in hours [from, to)
    season: str | None = None
    decade: int | None = None
    boundary: str | None = None  # begin | mid | end, applied after resolution
    span: Span | None = None  # an interval computed from the reference: searched within
    direction: int = 0  # weekdays: -1 the last one, 1 the next one, 0 the coming one
    future: bool = False  # month and day without a year: the next occurrence (holidays)
    weekend: bool = False
    closed: bool = False  # a range: it takes no further fields
    holiday: HolidayRule | None = None  # see time_lexicon.parse_holiday
    hour12: bool = False  # an hour with no am/pm, read on a 12-hour clock
    # in a past-tense clause: a weekday is the latest one (today included); a month or a
    # quarter with no year that would start after the reference is the previous year's
    past: bool = False
    weak: int = 0  # what a weak word needs: 1 a preposition, 2 a day or a year ("May", "mer")
    # a stated time zone: its UTC offset in minutes ("4pm CET": 60), or the IANA name of a
    # zone whose offset follows daylight saving ("4pm ET": "America/New_York")
    tz: int | str | None = None

    def __init__(
        self,
        year: int | None = None,
        quarter: int | None = None,
        half: int | None = None,
        month: int | None = None,
        day: int | None = None,
        weekday: int | None = None,
        hour: int | None = None,
        minute: int | None = None,
        second: int | None = None,
        ampm: str | None = None,
        pod: tuple[int, int] | None = None,
        season: str | None = None,
        decade: int | None = None,
        boundary: str | None = None,
        span: Span | None = None,
        direction: int = 0,
        future: bool = False,
        weekend: bool = False,
        closed: bool = False,
        holiday: HolidayRule | None = None,
        hour12: bool = False,
        past: bool = False,
        weak: int = 0,
        tz: int | str | None = None,
    ) -> None:
        """What the dataclass's own ``__init__`` does, at about half its cost: each slot is
        set by its own setter rather than by ``object.__setattr__`` looked up anew."""
        _PUT_YEAR(self, year)
        _PUT_QUARTER(self, quarter)
        _PUT_HALF(self, half)
        _PUT_MONTH(self, month)
        _PUT_DAY(self, day)
        _PUT_WEEKDAY(self, weekday)
        _PUT_HOUR(self, hour)
        _PUT_MINUTE(self, minute)
        _PUT_SECOND(self, second)
        _PUT_AMPM(self, ampm)
        _PUT_POD(self, pod)
        _PUT_SEASON(self, season)
        _PUT_DECADE(self, decade)
        _PUT_BOUNDARY(self, boundary)
        _PUT_SPAN(self, span)
        _PUT_DIRECTION(self, direction)
        _PUT_FUTURE(self, future)
        _PUT_WEEKEND(self, weekend)
        _PUT_CLOSED(self, closed)
        _PUT_HOLIDAY(self, holiday)
        _PUT_HOUR12(self, hour12)
        _PUT_PAST(self, past)
        _PUT_WEAK(self, weak)
        _PUT_TZ(self, tz)

    def but(self, **changes: object) -> When:
        """A copy with ``changes``: what ``dataclasses.replace`` gives, at less than half
        its cost (the slots are copied in place, with no call of ``__init__``).

        >>> When(month=3, weak=2).but(year=2024, weak=0) == When(year=2024, month=3)
        True
        """
        values = list(_GET_ALL(self))
        for name, value in changes.items():
            at = _SLOT_AT.get(name)
            if at is None:
                raise TypeError(f"When has no field {name!r}")
            values[at] = value
        copy: When = _new_object(When)
        _INIT(copy, *values)
        return copy

    def fields(self) -> bool:
        """Whether some calendar field is fixed."""
        return (
            self._date_fields()
            or self.hour is not None
            or self.minute is not None
            or (self.second is not None)
        )

    def _date_fields(self) -> bool:
        """Whether a field other than the time of day is fixed."""
        return (
            self.year is not None
            or self.quarter is not None
            or self.half is not None
            or self.month is not None
            or self.day is not None
            or self.weekday is not None
            or self.season is not None
            or self.decade is not None
            or self.holiday is not None
            or self.weekend
        )

    def fields_other(self) -> bool:
        """Whether a field other than the weekday is fixed (or an interval is given)."""
        return (
            self.span is not None
            or self.hour is not None
            or self.minute is not None
            or self.second is not None
            or self.year is not None
            or self.quarter is not None
            or self.half is not None
            or self.month is not None
            or self.day is not None
            or self.season is not None
            or self.decade is not None
            or self.holiday is not None
            or self.weekend
        )

    def tod_only(self) -> bool:
        """Whether only a time of day is fixed ("9h30", "3pm")."""
        return self.hour is not None and self.span is None and not self._date_fields()

    def merge(self, other: When) -> When | None:
        """Both constraints at once, or None when they disagree.

        >>> When(month=3).merge(When(day=1, weekday=3)) == When(month=3, day=1, weekday=3)
        True
        >>> When(month=3).merge(When(month=4)) is None
        True
        """
        if self.span is not None and other.span is not None:
            return None
        mine, theirs = _GET_ALL(self), _GET_ALL(other)
        values = list(_DEFAULTS)  # a field neither merged nor joined keeps its default
        for k in _MERGED:
            a, b = mine[k], theirs[k]
            if a is None:
                values[k] = b
            elif b is None or a == b:
                values[k] = a
            elif k == _WEEKDAY and (self.day is not None or other.day is not None):
                continue  # "vendredi 1er mars": the date wins over a wrong weekday
            else:
                return None
        for k in _JOINED:
            values[k] = mine[k] or theirs[k]
        if values[_HOLIDAY] is not None and (
            values[_MONTH] is not None or values[_DAY] is not None or values[_WEEKDAY] is not None
        ):
            return None
        merged: When = _new_object(When)
        _INIT(merged, *values)
        return merged


# What When.__init__, When.but and When.merge fill a When with: the slots' own setters, and
# one getter of every field at once.
_NAMES = tuple(f.name for f in dataclass_fields(When))
_GET_ALL = operator.attrgetter(*_NAMES)
_PUT: tuple[Callable[[When, object], None], ...] = tuple(
    When.__dict__[name].__set__ for name in _NAMES
)
(
    _PUT_YEAR,
    _PUT_QUARTER,
    _PUT_HALF,
    _PUT_MONTH,
    _PUT_DAY,
    _PUT_WEEKDAY,
    _PUT_HOUR,
    _PUT_MINUTE,
    _PUT_SECOND,
    _PUT_AMPM,
    _PUT_POD,
    _PUT_SEASON,
    _PUT_DECADE,
    _PUT_BOUNDARY,
    _PUT_SPAN,
    _PUT_DIRECTION,
    _PUT_FUTURE,
    _PUT_WEEKEND,
    _PUT_CLOSED,
    _PUT_HOLIDAY,
    _PUT_HOUR12,
    _PUT_PAST,
    _PUT_WEAK,
    _PUT_TZ,
) = _PUT
_INIT = When.__init__
_SLOT_AT = {name: k for k, name in enumerate(_NAMES)}
# What When.merge does per field: the calendar fields must agree (one may be unset), the
# flags are joined ("or"), the others (``closed``, ``weak``) keep their defaults.
_DEFAULTS = _GET_ALL(When())
_MERGED = tuple(
    _SLOT_AT[name]
    for name in (
        "year",
        "quarter",
        "half",
        "month",
        "day",
        "weekday",
        "hour",
        "minute",
        "second",
        "ampm",
        "pod",
        "season",
        "decade",
        "boundary",
        "span",
        "holiday",
        "tz",
    )
)
_JOINED = tuple(_SLOT_AT[name] for name in ("direction", "future", "weekend", "hour12", "past"))
_WEEKDAY, _HOLIDAY, _MONTH, _DAY = (_SLOT_AT[n] for n in ("weekday", "holiday", "month", "day"))
_new_object = object.__new__


def _add_months(moment: datetime, months: int) -> datetime:
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def floor(moment: datetime, grain: str) -> datetime:
    """The start of the ``grain`` unit that contains ``moment`` (weeks start on Monday)."""
    if grain == "second":
        return moment.replace(microsecond=0)
    if grain == "minute":
        return moment.replace(second=0, microsecond=0)
    if grain == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if grain == "day":
        return day
    if grain == "week":
        return day - timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    if grain == "quarter":
        return day.replace(day=1, month=3 * ((day.month - 1) // 3) + 1)
    return day.replace(day=1, month=1)


def shift(moment: datetime, unit: str, count: float) -> datetime:
    """``moment`` moved by ``count`` units (calendar months for months, quarters, years)."""
    if unit in MONTHS:
        whole = int(count * MONTHS[unit])
        return _add_months(moment, whole)
    return moment + timedelta(seconds=count * SECONDS[unit])


def unit_span(ref: datetime, unit: str, offset: int, count: int = 1) -> Span:
    """The ``unit`` that contains ``ref`` moved by ``offset`` (``count`` units long)."""
    start = shift(floor(ref, unit), unit, offset)
    return Span(start, shift(start, unit, count), unit)


def _grain(w: When) -> str:
    if w.second is not None:
        return "second"
    if w.minute is not None:
        return "minute"
    if w.hour is not None:
        return "hour"
    if w.day is not None or w.weekday is not None:
        return "day"
    if w.month is not None:
        return "month"
    if w.quarter is not None or w.half is not None:
        return "quarter"
    return "year"


def _months(w: When) -> list[int]:
    if w.month is not None:
        return [w.month]
    if w.quarter is not None:
        return [3 * w.quarter - 2]
    if w.half is not None:
        return [6 * w.half - 5]
    return list(range(1, 13))


def _search(w: When, low: datetime, high: datetime | None, grain: str) -> datetime | None:
    """The first instant at ``grain`` that satisfies ``w``'s fields, in ``[low, high)``."""
    low = floor(low, grain if grain != "quarter" else "month")
    first_year = w.year if w.year is not None else low.year
    last_year = w.year if w.year is not None else (high.year if high else low.year + 30)
    hour = w.hour
    if hour is not None and w.ampm == "pm" and hour < 12:
        hour += 12
    elif hour is not None and w.ampm == "am" and hour == 12:
        hour = 0
    elif (
        hour is not None
        and w.ampm is None
        and w.pod is not None
        and w.pod[1] > 24
        and hour + 24 < w.pod[1]
    ):
        hour += 24  # "à 3 h 12 dans la nuit de vendredi": the night's morning, 03:12 Saturday
    elif hour is not None and w.ampm is None and w.pod is not None and w.pod[0] >= 12 and hour < 12:
        hour += 12  # "ce soir à 8 h" is 20:00
    elif hour == 12 and w.ampm is None and w.pod is not None and w.pod[0] > 12:
        hour = 24  # "tonight at 12" is the midnight that ends the evening, not noon
    for year in range(first_year, last_year + 1):
        if year < 1 or year > 9998:
            return None
        for month in _months(w):
            if (year, month) < (low.year, low.month) and grain != "year":
                continue
            if grain in ("year", "quarter", "month"):
                start = datetime(year, 1 if grain == "year" else month, 1)
                if start >= low and (high is None or start < high):
                    return start
                continue
            last_day = calendar.monthrange(year, month)[1]
            days = [w.day] if w.day is not None else range(1, last_day + 1)
            for day in days:
                if day > last_day or (year, month, day) < (low.year, low.month, low.day):
                    continue
                base = datetime(year, month, day)
                if w.weekday is not None and base.weekday() != w.weekday:
                    continue
                if grain == "day":
                    if high is not None and base >= high:
                        return None
                    return base
                if hour is None:
                    hours: list[int] | range = range(24)
                elif w.hour12 and w.ampm is None and w.pod is None and hour == 12:
                    hours = [12, 0]  # "12:15" with no am/pm: noon first ("12:15 BST: Sterling…")
                elif w.hour12 and w.ampm is None and w.pod is None and 1 <= hour <= 12:
                    hours = [hour % 12, hour % 12 + 12]
                else:
                    hours = [hour % 24]
                for h in hours:
                    moment = base + timedelta(
                        hours=h + (24 if hour is not None and hour >= 24 else 0),
                        minutes=w.minute or 0,
                        seconds=w.second or 0,
                    )
                    if moment >= low and (high is None or moment < high):
                        return moment
                    if high is not None and moment >= high:
                        return None
    return None


def easter(year: int) -> datetime:
    """Easter Sunday of ``year`` (the anonymous Gregorian computus).

    >>> easter(2013).date().isoformat(), easter(2024).date().isoformat()
    ('2013-03-31', '2024-03-31')
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return datetime(year, month, day + 1)


def orthodox_easter(year: int) -> datetime:
    """Orthodox Easter Sunday of ``year`` (the Julian computus, as a Gregorian date).

    >>> orthodox_easter(2018).date().isoformat()
    '2018-04-08'
    """
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = datetime(year, month, day + 1)
    return julian + timedelta(days=year // 100 - year // 400 - 2)


# Holidays of lunar and lunisolar calendars: their days per Gregorian year, from the
# ``holiday_tables`` of the time lexicons (name → year → [(first day, days it lasts)]).
_TABLES: dict[str, dict[int, list[tuple[datetime, int]]]] = {}


def register_holiday_table(name: str, days: list[tuple[date, int]]) -> None:
    """Makes the rule ``table:<name>`` read ``days`` (each a first day and a length)."""
    _holiday_dates.cache_clear()
    _RESOLVED.clear()  # a holiday of the table may now fall on other days
    by_year: dict[int, list[tuple[datetime, int]]] = {}
    for day, length in sorted(set(days)):
        by_year.setdefault(day.year, []).append((datetime(day.year, day.month, day.day), length))
    _TABLES[name] = by_year


def holiday_dates(rule: HolidayRule, year: int) -> list[Span]:
    """The days a holiday rule (see ``time_lexicon.parse_holiday``) names in ``year``, as
    intervals (most holidays fall once a year; an Islamic one may fall twice); a holiday of
    some hours ("Earth Hour", 20:30 to 21:30) is those hours of its day, to the minute.

    >>> [s.start.date().isoformat() for s in holiday_dates(("easter", 0, 0, 0, -2, None), 2013)]
    ['2013-03-29']
    >>> s = holiday_dates(("nth", 3, -1, 5, 0, (1230, 1290)), 2019)[0]
    >>> s.start.isoformat(), s.end.isoformat(), s.grain
    ('2019-03-30T20:30:00', '2019-03-30T21:30:00', 'minute')
    """
    return list(_holiday_dates(rule, year))


@functools.lru_cache(maxsize=4096)
def _holiday_dates(rule: HolidayRule, year: int) -> tuple[Span, ...]:
    kind, _, n, _, days, hours = rule
    if kind.startswith("table:"):
        found = _TABLES.get(kind[6:], {}).get(year, [])
        shifted = [(d + timedelta(days=days), n or length) for d, length in found]
        spans = [Span(d, d + timedelta(days=length), "day") for d, length in shifted]
    else:
        day = holiday_date(rule, year)
        if day is None:
            return ()
        length = n if kind in ("easter", "orthodox_easter") and n > 0 else 1
        spans = [Span(day, day + timedelta(days=length), "day")]
    if hours is None:
        return tuple(spans)
    return tuple(
        Span(s.start + timedelta(minutes=hours[0]), s.start + timedelta(minutes=hours[1]), "minute")
        for s in spans
    )


def holiday_date(rule: HolidayRule, year: int) -> datetime | None:
    """The day a holiday rule (see ``time_lexicon.parse_holiday``) falls on in ``year``."""
    kind, month, n, wd, days, _ = rule
    if kind.startswith("table:"):
        spans = holiday_dates(rule, year)
        return spans[0].start if spans else None
    if kind == "fixed":
        try:
            day = datetime(year, month, wd)
        except ValueError:
            return None
        if n == 1 and day.weekday() >= 5:  # the nearest weekday
            return day + timedelta(days=-1 if day.weekday() == 5 else 1)
        if n == 2 and day.weekday() == 6:  # a Sunday: the Saturday before
            return day - timedelta(days=1)
        return day
    if kind == "easter":
        return easter(year) + timedelta(days=days)
    if kind == "orthodox_easter":
        return orthodox_easter(year) + timedelta(days=days)
    last = calendar.monthrange(year, month)[1]
    matches = [d for d in range(1, last + 1) if datetime(year, month, d).weekday() == wd]
    if n > len(matches):
        return None
    return datetime(year, month, matches[n - 1 if n > 0 else n]) + timedelta(days=days)


def _holiday(w: When, ref: datetime) -> Span | None:
    assert w.holiday is not None
    today = floor(ref, "day")
    found: list[Span]
    if w.year is not None:
        found = holiday_dates(w.holiday, w.year)[:1]
    elif w.span is not None:
        inside = [
            s
            for year in range(w.span.start.year, w.span.end.year + 1)
            for s in holiday_dates(w.holiday, year)
            if w.span.start <= s.start < w.span.end
        ]
        found = inside[:1]
    elif w.direction < 0 or (w.past and not w.future):
        # "last Christmas"; in a past-tense clause the latest one, today's included
        past = [
            s
            for year in (ref.year - 1, ref.year)
            for s in holiday_dates(w.holiday, year)
            if s.start < today or (w.direction >= 0 and s.start == today)
        ]
        found = past[-1:]
    else:
        ahead = [
            s
            for year in (ref.year, ref.year + 1)
            for s in holiday_dates(w.holiday, year)
            if s.start >= today
        ]
        found = ahead[:1]
    return found[0] if found else None


def _step(start: datetime, grain: str) -> datetime:
    if grain in MONTHS:
        return shift(start, grain, 1)
    return start + timedelta(seconds=SECONDS[grain])


def _latest_day(day: int, today: datetime) -> datetime | None:
    """The latest day numbered ``day`` on or before ``today`` (months too short for it are
    passed over)."""
    year, month = today.year, today.month
    for _ in range(3):
        if (
            day <= calendar.monthrange(year, month)[1]
            and (year, month, day) <= today.timetuple()[:3]
        ):
            return datetime(year, month, day)
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _season(w: When, ref: datetime) -> Span:
    month, day = SEASONS[w.season or "summer"]
    nxt = {"spring": "summer", "summer": "autumn", "autumn": "winter", "winter": "spring"}
    end_month, end_day = SEASONS[nxt[w.season or "summer"]]
    if w.year is not None:
        year = w.year
    else:
        year = ref.year
        if w.season == "winter" and (ref.month, ref.day) < (end_month, end_day):
            year -= 1  # in February, "cet hiver" began last December
        if w.past and not w.future and datetime(year, month, day) > ref:
            year -= 1  # "a recensé 910 dauphins cet hiver", said in June: the last winter
    start = datetime(year, month, day)
    end = datetime(year + (1 if end_month < month else 0), end_month, end_day)
    return Span(start, end, "day")


def _apply_boundary(span: Span, boundary: str, spans: Boundaries) -> Span:
    start, end, grain = span
    if grain == "year" and end == shift(start, "year", 10):
        # a decade: "the late 1990s" is 1997-1999, "le début des années 2000" 2000-2003
        a, b = {"begin": (0, 4), "mid": (3, 7), "end": (7, 10)}[boundary]
        return Span(shift(start, "year", a), shift(start, "year", b), "year")
    if grain == "year" and end == shift(start, "year", 1):
        a, b = spans["year"][boundary]
        s = start.replace(month=a)
        e = shift(start, "month", b - 1)
        return Span(s, e, "quarter" if b - a == 3 and (a - 1) % 3 == 0 else "month")
    if grain == "month":
        a, b = spans["month"][boundary]
        last = calendar.monthrange(start.year, start.month)[1]
        s = start.replace(day=min(a, last))
        e = end if b > last else start.replace(day=b)
        return Span(s, e, "day")
    if grain == "week":
        a, b = spans["week"][boundary]
        return Span(start + timedelta(days=a), start + timedelta(days=b), "day")
    if grain == "day" and end - start == timedelta(days=1):
        a, b = spans["day"][boundary]
        return Span(start + timedelta(hours=a), start + timedelta(hours=b), "hour")
    if end - start < timedelta(days=1):
        # part of a day ("late last night", "early this afternoon"): its first, middle or
        # last half, in whole hours (the evening's 18-24 h: late is 21-24 h)
        half = (end - start) / 2
        offset = {"begin": 0, "mid": 0.5, "end": 1}[boundary]
        s = floor(start + half * offset, "hour")
        return Span(s, max(floor(s + half, "hour"), s + timedelta(hours=1)), "hour")
    # Other intervals: their first, middle or last third.
    third = (end - start) / 3
    offset = {"begin": 0, "mid": 1, "end": 2}[boundary]
    return Span(
        floor(start + third * offset, "day"), floor(start + third * (offset + 1), "day"), "day"
    )


def resolve(w: When, ref: datetime, spans: Boundaries) -> Span | None:
    """The interval ``w`` names, read from the reference instant ``ref``.

    Without a year, a month (and a day of it) is taken in the reference year, a holiday
    and a day of the month at their next occurrence, a weekday at the next such day after
    the reference day (or the last one before it, when ``direction`` is -1), an hour at its
    next occurrence.
    """
    if w.holiday is not None:
        day = _holiday(w, ref)
        if day is None:
            return None
        w = w.but(holiday=None, year=None, span=day, direction=0)
    span: Span | None = w.span
    if w.decade is not None:
        span = Span(datetime(w.decade, 1, 1), datetime(w.decade + 10, 1, 1), "year")
    elif w.season is not None:
        span = _season(w, ref)
    elif w.weekend:
        base = w.span.start if w.span is not None else ref
        friday = floor(base, "week") + timedelta(days=4)
        if w.span is None and ref >= friday + timedelta(days=3):
            friday += timedelta(days=7)
        span = Span(friday + timedelta(hours=18), friday + timedelta(days=3), "hour")
    elif w.fields():
        grain = _grain(w)
        this_year = False  # a month, a quarter or a half taken in the reference year
        if w.span is not None:
            low, high = w.span.start, w.span.end
        elif w.year is not None:
            low, high = datetime(w.year, 1, 1), None
        elif w.month is not None or w.quarter is not None or w.half is not None:
            if w.future:
                low, high = floor(ref, "day"), None
            elif w.weekday is not None and w.day is not None:
                # "Fri, Jul 18": the year in which that day is a Friday
                low, high = datetime(ref.year, 1, 1), datetime(ref.year + 2, 1, 1)
            else:
                low, high = datetime(ref.year, 1, 1), datetime(ref.year + 1, 1, 1)
                this_year = True
        elif w.weekday is not None and w.past and w.direction == 0 and w.day is None:
            today = floor(ref, "day")
            low = today - timedelta(days=(today.weekday() - w.weekday) % 7)  # on or before
            high = low + timedelta(days=1)
        elif w.day is not None and w.past and not w.future and w.weekday is None:
            # "took effect on the 1st", said on the 12th: the latest such day, today's included
            latest = _latest_day(w.day, floor(ref, "day"))
            if latest is None:
                return None
            low, high = latest, latest + timedelta(days=1)
        elif w.weekday is not None and w.direction < 0:
            today = floor(ref, "day")
            back = (today.weekday() - w.weekday - 1) % 7 + 1  # the last such day before today
            low = today - timedelta(days=back)
            high = low + timedelta(days=1)
        elif w.weekday is not None and w.day is None and w.hour is None:
            low, high = floor(ref, "day") + timedelta(days=1), None
        elif grain == "day" or w.hour is None:
            low, high = floor(ref, "day"), None
        else:
            low, high = floor(ref, "hour"), None
        start = _search(w, low, high, grain)
        if start is not None and start > ref and this_year and w.past:
            # "stood at 6.5% in October" (published in January): last October
            start = _search(w, datetime(ref.year - 1, 1, 1), datetime(ref.year, 1, 1), grain)
        if start is None and w.weekday is not None and w.day is not None:
            return resolve(w.but(weekday=None), ref, spans)  # a wrong weekday
        if start is None:
            return None
        span = Span(
            start, _step(start, grain if grain != "quarter" or w.half is None else "quarter"), grain
        )
        if w.half is not None and w.quarter is None and w.month is None:
            span = Span(start, shift(start, "month", 6), "quarter")
    if span is None:
        if w.pod is None:
            return None
        span = Span(floor(ref, "day"), floor(ref, "day") + timedelta(days=1), "day")
    if w.pod is not None and span.grain == "day" and span.end - span.start == timedelta(days=1):
        a, b = w.pod
        span = Span(span.start + timedelta(hours=a), span.start + timedelta(hours=b), "hour")
    if w.boundary is not None:
        span = _apply_boundary(span, w.boundary, spans)
    return span


# Intervals already resolved, by value, reference instant and boundary spans (kept with the
# spans, whose id could otherwise be reused): resolution is a function of these alone (and
# of the holiday tables, which empty it when they change). News repeats the same times
# against the same reference ("en 2019", "l'an dernier"). Emptied when full, so it stays small.
_RESOLVED: dict[tuple[When, datetime, int], tuple[Boundaries, Span | None]] = {}
_RESOLVED_KEPT = 4096


def resolved(w: When, ref: datetime, spans: Boundaries) -> Span | None:
    """What :func:`resolve` gives, kept; None also beyond the years 1 to 9999 (where it
    raises).

    >>> ref = datetime(2013, 2, 12, 4, 30)
    >>> resolved(When(year=2019), ref, SPANS) == resolve(When(year=2019), ref, SPANS)
    True
    >>> resolved(When(decade=9990), ref, SPANS) is None  # resolve raises: no year 10000
    True
    """
    key = (w, ref, id(spans))
    kept = _RESOLVED.get(key)
    if kept is not None and kept[0] is spans:
        return kept[1]
    span: Span | None
    try:
        span = resolve(w, ref, spans)
    except (ValueError, OverflowError):
        span = None
    if len(_RESOLVED) >= _RESOLVED_KEPT:
        _RESOLVED.clear()
    _RESOLVED[key] = (spans, span)
    return span

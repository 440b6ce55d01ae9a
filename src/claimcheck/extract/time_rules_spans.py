"""Time rules for durations ("six mois", "un an et demi"), times counted from the reference
date ("il y a deux ans", "in six months"), ranges ("de 2020 à 2023") and relations ("d'ici
2026", "since March").

Each rule is registered with :func:`claimcheck.extract.time_grammar.rule` when this module is
imported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, cast

from claimcheck.extract.time_grammar import (
    Chart,
    Item,
    combine,
    cued,
    hour_of,
    is_day,
    is_year,
    rule,
    weak_pair,
    year_when,
)
from claimcheck.extract.time_rules_clock import possessive, zoned
from claimcheck.extract.time_values import (
    FINER,
    Duration,
    Span,
    When,
    floor,
    holiday_dates,
    resolve,
    shift,
    unit_span,
)

__all__: list[str] = []


# -- durations --------------------------------------------------------------------------


@rule(
    "num unit",
    "num half unit",
    "num unitmod unit",
    "num prep unit",
    "num prep",
    "num p num",
    "num p hdur",
    "dur range_and num",
    "dur num",
    "hdur",
    "hdur dur",
    unread=("time", "rtime", "tod", "htod"),
)
def durations(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for j, (n, u) in c.seq(i, "num", "unit"):
        count, unit = u.val
        value = n.val.value * count
        if c.tokens[u.i][0] in {"'", '"'} and not c.glued(n.i):
            continue
        letter = len(c.tokens[u.i][0]) == 1 and c.tokens[u.i][0].isalpha()
        if letter and not (c.glued(n.i) or n.val.digits):
            continue
        if letter and c.glued(u.i) and j < len(c.tokens) and c.tokens[j][0] == "'":
            continue  # "5 s'écrivait": an elided word, not seconds
        yield j, "dur", _duration(value, unit)
    for j, (n, h, u) in c.seq(i, "num", "half", "unit"):
        yield j, "dur", _duration((n.val.value + h.val) * u.val[0], u.val[1])
    for n in c.get(i, "num"):
        # "une vingtaine de jours", "deux millions d'années": a number ending in a noun takes
        # a link before its unit; "une vingtaine" is about twenty
        hedge = c.lex.collective_numerals.get(c.tokens[n.j - 1][0])
        if hedge is None:
            continue
        linked = c.collective_link_end(n.j)
        if linked is None:
            continue
        for u in c.get(linked, "unit"):
            if u.j < len(c.tokens) and c.tokens[u.j][0] == "-" and c.glued(u.j - 1):
                continue  # "51,7 millions de journées-skieurs": a count of visits
            count, unit = u.val
            amount = _duration(n.val.value * count, unit)
            yield u.j, "dur", Duration(amount.value, amount.unit, hedge)
    for j, (n, _, u) in c.seq(i, "num", "unitmod", "unit"):
        yield j, "dur", _duration(n.val.value * u.val[0], u.val[1])
    # "1/2 hour", "3/4 h", "1/2h": a fraction of a unit
    for j, (a, p, b, u) in c.seq(i, "num", "p", "num", "unit"):
        if (
            p.val == "/"
            and c.glued(a.i)
            and c.glued(p.i)
            and a.val.digits
            and b.val.value > a.val.value
        ):
            yield j, "dur", _duration(a.val.value / b.val.value * u.val[0], u.val[1])
    for j, (a, p, h) in c.seq(i, "num", "p", "hdur"):
        if p.val == "/" and c.glued(a.i) and c.glued(p.i) and h.val.value > a.val.value:
            yield j, "dur", _duration(a.val.value / h.val.value, "hour")
    # "1 hour thirty", "2 hours and 10": minutes after hours
    for d in c.get(i, "dur"):
        if d.val.unit != "hour" or d.val.qualifier != "exact":
            continue
        for j, (_, n) in c.seq(d.j, "range_and?", "num"):
            v = n.val.value
            if c.get(n.i, "count"):
                continue  # "six hours a night": the rate's article, no minute
            if v.is_integer() and 0 < v < 60 and not c.get(j, "unit") and not c.get(j, "unitmod"):
                yield j, "dur", Duration(d.val.value * 60 + v, "minute")
    for h in c.get(i, "hdur"):
        if c.get(h.j, "half") or (i > 0 and any(x.j == i for x in _ending(c, i, "dur_before"))):
            yield h.j, "dur", _duration(h.val.value, "hour")
        # "a running time of 2h 28m", "2h 28min": hours glued to their mark, then minutes,
        # are one amount of time (a clock time is not written with a mark of minutes)
        for m in c.get(h.j, "dur"):
            v = m.val
            whole = v.value.is_integer() and 0 < v.value < 60 and h.val.value.is_integer()
            if v.unit == "minute" and v.qualifier == "exact" and whole:
                yield m.j, "dur", Duration(h.val.value * 60 + v.value, "minute")


@rule("num p unit")
def hyphenated_durations(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "a 30-minute meeting", "a two-hour flight", "a 10-day trip": a duration as an adjective
    for j, (n, p, u) in c.seq(i, "num", "p", "unit"):
        if (
            p.val == "-"
            and c.glued(p.i - 1)
            and c.glued(p.i)
            and u.j == p.j + 1
            and c.tokens[u.i][0][0].isalpha()
            and len(c.tokens[u.i][0]) > 1
            and n.val.value > 0
            and not (j < len(c.tokens) and c.tokens[j][0] == "-" and c.glued(j - 1))
        ):  # not "a 5-year-old boy": an age
            count, unit = cast(tuple[float, str], u.val)
            yield j, "dur", _duration(n.val.value * count, unit)


@rule("num p dur")
def glued_decimal(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "3,5ans", "3.5years": the decimal's last digits are glued to the unit and read with it
    for j, (n, p, d) in c.seq(i, "num", "p", "dur"):
        word = c.tokens[d.i][0]
        if (
            p.val in (".", ",")
            and d.j == d.i + 1
            and n.val.digits
            and n.val.value.is_integer()
            and c.glued(n.i)
            and c.glued(p.i)
            and word[0].isdecimal()
        ):
            letters = word.lstrip("0123456789")
            decimals = word[: len(word) - len(letters)]
            for cat, val in c.lex.phrases.get((letters,), ()):
                if cat == "unit":
                    count, unit = cast(tuple[float, str], val)
                    value = n.val.value + int(decimals) / 10 ** len(decimals)
                    yield j, "dur", _duration(value * count, unit)


def _ending(c: Chart, j: int, cat: str) -> list[Item]:
    return [x for k in range(max(0, j - 4), j) for x in c.get(k, cat) if x.j == j]


def _duration(value: float, unit: str) -> Duration:
    if not float(value).is_integer() and unit == "year" and float(value * 12).is_integer():
        return Duration(value * 12, "month")
    return Duration(value, unit)


_IN_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_IN_MONTHS = {"month": 1, "quarter": 3, "year": 12}


@rule("dur half", "dur p dur", "dur dur", "dur range_and dur", "dur num")
def compound_durations(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "un an et demi", "2 years and 3 months", "an hour and a half"
    for j, (d, n) in c.seq(i, "dur", "num"):
        # "1'52''39", "1'52\"39": the hundredths glued after the mark of the seconds
        if (
            d.val.unit == "second"
            and d.val.qualifier == "exact"
            and c.tokens[n.i - 1][0] in _SECOND_MARKS
            and c.glued(n.i - 1)
            and n.val.digits == 2
            and (j >= len(c.tokens) or not c.glued(j - 1) or not c.tokens[j][0][:1].isalnum())
        ):
            yield j, "dur", _duration(d.val.value + n.val.value / 100, "second")
    for j, (d, h) in c.seq(i, "dur", "half"):
        v = d.val
        if v.qualifier == "exact" and v.value.is_integer():
            yield j, "dur", _duration(v.value + h.val, v.unit)
    for sep in ("p?", "range_and"):
        for j, (a, s, b) in c.seq(i, "dur", sep, "dur"):
            if s.val is not None and s.cat == "p" and s.val != ",":
                continue
            if not (c.tokens[b.i][0][0].isdecimal() or c.get(b.i, "num")):
                continue  # "the 100 m in 9.58 seconds": a cue opens the second one
            total = _sum(a.val, b.val)
            if total is not None:
                yield j, "dur", total


# The marks of seconds a race time's hundredths are glued after ('"', and "''" read as two).
_SECOND_MARKS = frozenset(('"', "'"))


def _sum(a: Duration, b: Duration) -> Duration | None:
    if a.qualifier != "exact" or b.qualifier != "exact":
        return None
    if a.unit in _IN_MONTHS and b.unit in _IN_MONTHS and _IN_MONTHS[a.unit] > _IN_MONTHS[b.unit]:
        return Duration(a.value * _IN_MONTHS[a.unit] / _IN_MONTHS[b.unit] + b.value, b.unit)
    seconds = {**_IN_SECONDS, "month": 2592000, "quarter": 7776000, "year": 31536000}
    if seconds[a.unit] > seconds[b.unit]:
        return Duration(a.value * seconds[a.unit] / seconds[b.unit] + b.value, b.unit)
    return None


@rule("qualifier dur", "dur_before dur", "taken_before dur", "intensifier dur")
def hedged_durations(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "plus de six mois", "pendant trois ans", "en seulement six mois"
    compared = _compared(c, i)
    for j, (q, d) in c.seq(i, "qualifier", "dur"):
        if compared:
            continue  # "10% fewer than a year earlier": the figure's comparison, no hedge
        if c.get(d.i, "dur_before"):
            continue  # "some for more than 24 hours": "some" is a pronoun, "for" opens the rest
        if d.val.qualifier == "exact":
            # ranked first: "more than" is an intensifier too, whose unhedged reading of the
            # same words ("more than 2 hours and 30 minutes") must not win (it stays for
            # "more than a year ago")
            yield j, "dur", replace(d.val, qualifier=q.val), 0
    for cue in ("dur_before", "taken_before", "intensifier"):
        if cue == "intensifier" and compared:
            continue  # "£2,400 more than a month ago": the figure's comparison
        for j, (t, d) in c.seq(i, cue, "dur"):
            hedge = _qualifier_ending(c, t)
            if hedge is not None and d.val.qualifier == "exact":
                yield j, "dur", replace(d.val, qualifier=hedge)  # "in less than two years"
            else:
                yield j, "dur", d.val


def _compared(c: Chart, i: int) -> bool:
    """Whether the qualifier at token ``i`` compares the figure right before it, or the
    figure and a word of no time that follows it ("£2,400 more than a month ago", "2,400
    pounds more than a month ago", "a quarter fewer than"): no hedge of the time after."""
    qualifiers = c.get(i, "qualifier")
    if not qualifiers:
        return False
    if c.after_figure(i, right_after=True):
        return True
    # a word between: only a comparative ("more than", not "over": "42,000 spent over 12 hours")
    comparative = any(c.tokens[q.j - 1][0] in c.lex.comparison_words for q in qualifiers)
    return (
        comparative
        and i >= 2
        and c.tokens[i - 2][0][0].isdecimal()
        and c.tokens[i - 1][0].isalpha()
        and not c.at[i - 1]
    )


def _qualifier_ending(c: Chart, cue: Item) -> str | None:
    """The qualifier a cue ends with ("in less than", "in more than"), if any."""
    for k in range(cue.i + 1, cue.j):
        for q in c.get(k, "qualifier"):
            if q.j == cue.j:
                return str(q.val)
    return None


# -- relative to the reference ----------------------------------------------------------


@rule("ago_before dur", "dur ago_after", "hence_before dur", "dur hence_after", "hence_before hdur")
def ago_and_hence(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "il y a deux ans", "two years ago", "dans six mois", "in 3 days", "3 days from now"
    for j, (_, d) in c.seq(i, "ago_before", "dur"):
        yield j, "time", _moved(c, d.val, -1)
    for j, (d, a) in c.seq(i, "dur", "ago_after"):
        if _compared(c, i):
            continue  # "£2,400 more than a month ago": the figure's comparison, no hedge
        # "deux jours avant le vote" counts from an event; "a year ago and …" never does
        if _clause_ends(c, j, joiners=True) or c.tokens[a.i][0] in c.lex.ago_whole:
            yield j, "time", _moved(c, d.val, -1)
    for j, (_, d) in c.seq(i, "hence_before", "dur"):
        if c.get(d.i, "intensifier"):
            continue  # "in just six months" is the time it took
        if j < len(c.tokens) and c.tokens[j][0] in c.lex.counted_from_words:
            # "within 48 hours of arrival": counted from an event, a duration; "six stage wins
            # in three weeks of racing": the time it took, its "in" with it
            if c.get(i, "ambiguous_hence"):
                yield j, "dur", d.val
            continue
        if any(r.val == "by" for r in c.get(i, "relation")):
            continue  # "within 48 hours": a deadline (:func:`relations`) or the time it took
        if c.get(i, "ambiguous_hence") and (not _ahead(c, i) or c.past_clause(i, j)):
            # "built in six months", "scored in 90 minutes", "fell 4.4% in 48 hours"
            yield j, "dur", d.val
            continue
        yield j, "time", _moved(c, d.val, 1)
    for j, (d, h) in c.seq(i, "dur", "hence_after"):
        if c.get(i, "dur_before") or _ending(c, i, "dur_before"):
            continue  # "for three days after Easter": a duration
        cue = tuple(t[0] for t in c.tokens[h.i : h.j])
        # a cue that takes no complement needs no end of clause after it ("une semaine plus
        # tard à Buenos Aires"); the others do ("dix-sept ans après sa conversion" is none)
        whole = cue in c.lex.hence_whole and not (
            j < len(c.tokens) and c.tokens[j][0] in c.lex.comparison_words
        )  # "three months later than planned": a comparison, the duration stays
        if whole or _clause_ends(c, j, joiners=True):
            second = cue in c.lex.hence_to_the_second  # "a day from right now"
            yield j, "time", _moved(c, d.val, 1, "second" if second else None)
    for j, (_, h) in c.seq(i, "hence_before", "hdur"):
        yield j, "time", _moved(c, Duration(h.val.value, "hour"), 1)


@rule("dur after_word time", "dur before_word time")
def counted_from(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "trois jours après Pâques", "three days after Easter", "3 years from today"
    for d in c.get(i, "dur"):
        if d.val.qualifier != "exact" or c.get(d.i, "dur_before") or _ending(c, i, "dur_before"):
            continue  # "closed for 18 months from September": a duration, then its start
        for cue, sign in (("after_word", 1), ("before_word", -1)):
            for j, (_, t) in c.seq(d.j, cue, "time"):
                if t.val.closed and sign > 0:
                    # "the 18 months from October 2022 to March 2024": the span it names
                    yield j, "time", t.val
                    continue
                base = c.resolve(t.val)
                if base is None:
                    continue
                try:
                    start = shift(base.start, d.val.unit, sign * d.val.value)
                    if _bare_holiday(t.val):
                        past = c.past_clause(i, j)
                        start = _counted_from_holiday(c, t.val, d.val, sign, past) or start
                except (OverflowError, ValueError):
                    continue
                grain = min(base.grain, d.val.unit, key=_order)  # "15 minutes from 1pm"
                yield j, "time", When(span=Span(start, shift(start, grain, 1), grain))


def _bare_holiday(w: When) -> bool:
    """Whether ``w`` is a holiday with no year nor anything else that would fix its year."""
    bare = w.but(holiday=None, weak=0, past=False, direction=0, future=False)
    return w.holiday is not None and bare == When()


def _counted_from_holiday(c: Chart, w: When, d: Duration, sign: int, past: bool) -> datetime | None:
    """The day some time after or before a holiday with no year ("one year after Christmas",
    "a week before Diwali"): counted from the occurrence that puts it nearest ahead of the
    reference, or behind it in a past-tense clause ("prices spiked a week before Diwali"),
    so "a year from Christmas" said in February 2013 is 25 December 2013 (Duckling's
    reading) and "a week after Christmas" said on 28 December is New Year's Day, not a year
    later."""
    assert w.holiday is not None
    today = floor(c.ref, "day")
    per_year = {"year": 1.0, "quarter": 0.25, "month": 1 / 12}.get(d.unit, 0.0)
    years = int(abs(d.value) * per_year) + 1
    days = [
        shift(s.start, d.unit, sign * d.value)
        for y in range(c.ref.year - years - 1, c.ref.year + years + 2)
        for s in holiday_dates(w.holiday, y)
    ]
    if past or w.past or w.direction < 0:
        behind = [x for x in days if x < today]
        return max(behind) if behind else None
    ahead = [x for x in days if x >= today]
    return min(ahead) if ahead else None


@rule(
    "time hence_before dur",
    "time dur hence_after",
    "time dur ago_after",
    "time after_word offset",
)
def moved_occurrence(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "Thanksgiving in 9 months", "Diwali six years hence", "Thanksgiving 3 months ago": the
    # occurrence that follows the moved reference; "Friday after next", "March after next"
    for a in c.get(i, "time"):
        w = a.val
        if w.span is not None or w.year is not None or w.boundary is not None or w.closed:
            continue
        if w.holiday is None and w.month is None and w.weekday is None:
            continue
        if w.weekday is None:
            moves = [(j, d.val, 1) for j, (_, d) in c.seq(a.j, "hence_before", "dur")]
            moves += [(j, d.val, 1) for j, (d, _) in c.seq(a.j, "dur", "hence_after")]
            moves += [(j, d.val, -1) for j, (d, _) in c.seq(a.j, "dur", "ago_after")]
            for j, d, sign in moves:
                if d.qualifier != "exact" or not _clause_ends(c, j):
                    continue
                if _order(d.unit) < _order("day") or d.value != int(d.value):
                    continue  # "last August in 9.83 seconds": the time a race took
                try:
                    moved = shift(c.ref, d.unit, sign * d.value)
                    span = resolve(w.but(future=True, weak=0), moved, c.spans)
                except (OverflowError, ValueError):
                    continue
                if span is not None:
                    yield j, "time", When(span=span)
        for j, (_, o) in c.seq(a.j, "after_word", "offset"):
            if o.val != 1 or not _clause_ends(c, j):
                continue
            first = c.resolve(w.but(future=True, weak=0))
            if first is None:
                continue
            if w.holiday is not None:
                try:
                    span = resolve(w.but(weak=0), first.end, c.spans)
                except (OverflowError, ValueError):
                    continue
            else:
                cycle = ("week", 1) if w.weekday is not None and w.month is None else ("year", 1)
                start = shift(first.start, *cycle)
                span = Span(start, shift(start, first.grain, 1), first.grain)
            if span is not None:
                yield j, "time", When(span=span)


@rule(
    "ord weekday after_word",
    "ord weekday before_word",
    "ordinal weekday after_word",
    "ordinal weekday before_word",
    "prep ord weekday",
)
def nth_weekday_from(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "the first Monday after Easter", "third Tuesday after Christmas 2014", "the second
    # Sunday before Christmas": the n-th such weekday after (before) a day
    for cue, sign in (("after_word", 1), ("before_word", -1)):
        for pattern in (("ord", "weekday"), ("ordinal", "weekday"), ("prep", "ord", "weekday")):
            for k, items in c.seq(i, *pattern, cue):
                nth, wd = items[-3].val, items[-2].val
                if not isinstance(nth, int) or not 1 <= nth <= 10:
                    continue
                for t in c.get(k, "time"):
                    base = c.resolve(t.val)
                    if base is None or _order(base.grain) > _order("day"):
                        continue
                    if sign > 0:
                        day = floor(base.end, "day")
                        ahead = (wd - day.weekday()) % 7
                    else:
                        day = floor(base.start, "day") - timedelta(days=1)
                        ahead = -((day.weekday() - wd) % 7)
                    try:
                        found = day + timedelta(days=ahead + sign * 7 * (nth - 1))
                    except OverflowError:
                        continue
                    yield t.j, "time", When(span=Span(found, found + timedelta(days=1), "day"))


@rule(
    "article dur period_end",
    "dur period_end time",
    "dur rolling period_end",
    "article unit period_end",
    "unit period_end time",
    "dur period_end num",
    "article unit period_end num",
    "article period_unit period_end",
    "period_unit period_end time",
)
def periods_ending(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "the three months to March", "the 12 months through December", "the year to March 2024",
    # "the 12 weeks to 21 April": that many units ending with the month (the day) named, the
    # latest one begun by the reference date when no year is given; "the five years to 2030";
    # a noun that counts a unit only so ("l'exercice clos le 31 mars 2025": ``period_units``)
    for first in ("dur", "unit", "period_unit"):
        found: list[tuple[int, list[Item]]] = list(
            c.seq(i, "article?", first, "rolling?", "period_end", "time")
        )
        # ("the decade to 2023": a unit of many years before a year)
        for j, items in c.seq(i, "article?", first, "rolling?", "period_end", "num"):
            y = items[-1]
            if is_year(y.val) and y.val.digits == 4 and c.follower_ok(j, year=True):
                year = Item(y.i, y.j, "time", year_when(int(y.val.value)))
                found.append((j, [*items[:-1], year]))
        for j, items in found:
            counted, t = items[1], items[-1]  # (an absent optional item is an empty one)
            if first == "dur":
                d = counted.val
                if d.qualifier != "exact" or not float(d.value).is_integer():
                    continue
                if c.get(counted.i, "prep"):
                    continue  # "sur douze mois à fin mars": the period starts after "sur"
                amount, unit = int(d.value), d.unit
            else:
                count, unit = counted.val
                if c.get(counted.i, "pluralunit") or not float(count).is_integer():
                    continue  # "the months to March" counts none
                amount = int(count)
            end = items[-2]
            if tuple(c.tokens[k][0] for k in range(end.i, end.j)) in c.lex.led_period_ends:
                lead = c.tokens[counted.i - 1][0] if counted.i > 0 else ""
                if lead not in c.lex.period_end_leads:
                    continue  # "condamné à trois mois au 1er janvier": no period's count
            # "expects … for the fiscal year ending June 30": the year still running
            word = c.tokens[end.i][0]
            running = word in c.lex.open_period_ends and not c.past_clause(i, j)
            span = _ending_period(c, t.val, unit, amount, running)
            if span is not None:
                yield j, "time", When(span=span, closed=True)


def _ending_period(c: Chart, w: When, unit: str, amount: int, running: bool = False) -> Span | None:
    """The ``amount`` units ending with the month or the day ``w`` names (see
    :func:`periods_ending`), or that many years ending with the year it names ("the five
    years to 2030": 2026-2030); with ``running`` (``open_period_ends``: "ending"), the one
    begun by the reference date, which may not be over ("the fiscal year ending June 30")."""
    if (
        unit == "year"
        and w.year is not None
        and w.month is None
        and w.quarter is None
        and w.half is None
        and w.season is None
        and w.span is None
        and w.day is None
        and w.boundary is None
        and 1 < amount <= 50
    ):
        return Span(datetime(w.year - amount + 1, 1, 1), datetime(w.year + 1, 1, 1), "year")
    if w.month is None or w.weekday is not None or w.span is not None or w.hour is not None:
        return None
    if unit not in ("week", "month", "quarter", "year") or not 0 < amount <= 120:
        return None
    if w.boundary == "end":
        w = w.but(boundary=None)  # "the year to end-March" ends with March, as "to March"
    end = c.resolve(w)
    if end is None:
        return None
    if w.year is None and end.start > c.ref:
        earlier = Span(shift(end.start, "year", -1), shift(end.end, "year", -1), end.grain)
        if not (running and shift(end.end, unit, -amount) <= c.ref):
            end = earlier  # the latest over, unless a running one has begun
    return Span(shift(end.end, unit, -amount), end.end, end.grain)


@rule("time time")
def weekend_of(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "le week-end du 17 août", "the weekend of 17 August": the Saturday and Sunday of that
    # day's week (a Saturday or a Sunday named: its own weekend)
    for a in c.get(i, "time"):
        if not a.val.weekend or a.val.span is not None or a.val.day is not None:
            continue
        for b in c.get(a.j, "time"):
            w = b.val
            link = tuple(c.tokens[k][0] for k in range(b.i, b.i + 3) if k < len(c.tokens))
            if w.holiday is not None and w.year is None and not _dated_holiday(w):
                # "le week-end de l'Ascension", "le week-end de Pâques": the holiday's weekend
                if any(link[: len(x)] == x for x in c.lex.day_links):
                    span = _holiday_weekend(c, w)
                    if span is not None:
                        yield b.j, "time", When(span=span, closed=True)
                continue
            if w.day is None or w.month is None or w.hour is not None or w.weekend:
                continue
            if not any(link[: len(x)] == x for x in c.lex.day_links):
                continue  # "le week-end, 17 août …": no link, two times
            if w.year is None and (w.month, w.day) > (c.ref.month, c.ref.day):
                # "le week-end du 14 juillet a été chargé", said in June: last July
                w = w.but(past=c.past_clause(i, b.j))
            day = c.resolve(w)
            if day is None:
                continue
            saturday = floor(day.start, "week") + timedelta(days=5)
            yield b.j, "time", When(span=Span(saturday, saturday + timedelta(days=2), "day"))
    # "the Memorial Day weekend", "over the Easter weekend": a holiday, then "weekend"
    for h in c.get(i, "time"):
        w = h.val
        if w.holiday is None or w.year is not None or _dated_holiday(w):
            continue
        for b in c.get(h.j, "time"):
            if b.val.weekend and b.val.span is None and b.j - b.i == 1:
                span = _holiday_weekend(c, w)
                if span is not None:
                    yield b.j, "time", When(span=span, closed=True)


def _dated_holiday(w: When) -> bool:
    """Whether a holiday's time fixes more than the holiday (an hour, a span, a day)."""
    return w.span is not None or w.but(holiday=None).fields()


def _holiday_weekend(c: Chart, w: When) -> Span | None:
    """The weekend of a holiday: the Saturday and Sunday of its week, and a Monday holiday
    with the weekend before it ("the Memorial Day weekend": Saturday to Monday)."""
    day = c.resolve(w)
    if day is None or day.grain != "day":
        return None
    start = floor(day.start, "day")
    if start.weekday() == 0:
        return Span(start - timedelta(days=2), start + timedelta(days=1), "day")
    saturday = floor(start, "week") + timedelta(days=5)
    return Span(saturday, saturday + timedelta(days=2), "day")


@rule("rest unit")
def rest_of(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "the rest of the week", "for the remainder of the year", "le reste de l'année": from
    # the current day (month…) to the end of the current unit
    for j, (_, u) in c.seq(i, "rest", "unit"):
        count, unit = u.val
        if count != 1 or unit not in FINER or unit in ("second", "minute"):
            continue
        whole = unit_span(c.ref, unit, 0)
        grain = FINER[unit]
        start = floor(c.ref, grain)
        if start < whole.end:
            yield j, "time", When(span=Span(start, whole.end, grain), closed=True)


@rule("num weekdays hence_after", "num weekdays ago_after")
def counted_weekdays(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "3 Fridays from now", "two Thursdays ago": the n-th such weekday after (before) today
    for n in c.get(i, "num"):
        if not n.val.value.is_integer() or not 1 <= n.val.value <= 52:
            continue
        count = int(n.val.value)
        for cue, sign in (("hence_after", 1), ("ago_after", -1)):
            for j, (wd, _) in c.seq(n.j, "weekdays", cue):
                if not _clause_ends(c, j):
                    continue
                today = floor(c.ref, "day")
                ahead = (wd.val - today.weekday()) % 7 or 7
                behind = (today.weekday() - wd.val) % 7 or 7
                first = today + timedelta(days=ahead if sign > 0 else -behind)
                try:
                    day = first + timedelta(days=sign * 7 * (count - 1))
                except OverflowError:
                    continue
                yield j, "time", When(span=Span(day, day + timedelta(days=1), "day"))


@rule(
    "time dur",
    "rtime dur",
    "dur range_from time",
)
def time_for_duration(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "from 18th Dec for 10 days", "4pm for 30 mins", "for 10 days from 18th Dec": an
    # interval opened by a day or a time of day and lasting a duration (a week at most)
    pairs: list[tuple[int, Item, Item]] = []
    for a in c.get(i, "time"):
        if c.get(a.j, "dur_before") and not a.val.weak:
            # (a weak word is no day before it: "the inquiry sat for 18 days")
            pairs += [(d.j, a, d) for d in c.get(a.j, "dur")]
    for r in c.get(i, "rtime"):  # "from 18th Dec" read as a start
        if r.val[1] == "since" and c.get(r.j, "dur_before"):
            t = Item(r.i, r.j, "time", r.val[0])
            pairs += [(d.j, t, d) for d in c.get(r.j, "dur")]
    for d in c.get(i, "dur"):
        if c.get(i, "dur_before"):
            pairs += [(j, a, d) for j, (_, a) in c.seq(d.j, "range_from", "time")]
    for j, a, d in pairs:
        if d.val.qualifier != "exact" or _order(d.val.unit) > _order("week"):
            continue
        base = c.resolve(a.val)
        if base is None or _order(base.grain) > _order("day") or a.val.closed:
            continue
        try:
            end = shift(base.start, d.val.unit, d.val.value)
        except (OverflowError, ValueError):
            continue
        grain = min(base.grain, d.val.unit, key=_order)
        yield j, "time", When(span=Span(base.start, end, grain), closed=True), 1


@rule("rtime")
def both_bounds(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "later than 9:30 but before 11:00 on Thursday", "after 3:30pm but before 6pm": an
    # interval between a lower and an upper bound (the day of the second one serves both)
    for a in c.get(i, "rtime"):
        if a.val[1] not in ("after", "since"):
            continue
        if a.j >= len(c.tokens) or c.tokens[a.j][0] not in c.lex.bound_joiners:
            continue
        for b in c.get(a.j + 1, "rtime"):
            j = b.j
            if b.val[1] not in ("before", "until"):
                continue
            low, high = c.resolve(a.val[0]), c.resolve(b.val[0])
            if low is None or high is None:
                continue
            # "after 2020" starts in 2021, "after 9:30" at 9:30; "until June" takes June
            after_end = a.val[1] == "after" and _order(low.grain) >= _order("day")
            start = low.end if after_end else low.start
            if a.val[0].tod_only() and not b.val[0].tod_only():
                start = floor(high.start, "day") + (low.start - floor(low.start, "day"))
            end = high.end if b.val[1] == "until" else high.start
            if start < end:
                grain = min(low.grain, high.grain, key=_order)
                yield j, "time", When(span=Span(start, end, grain), closed=True)


def _same_grain(c: Chart, a: When, b: When) -> bool:
    """Whether two times are whole periods of the same unit (two quarters, two years): one
    does not narrow the other, they are two times ("in the third quarter from the previous
    quarter": a period and its baseline)."""
    first, second = c.resolve(a), c.resolve(b)
    return (
        first is not None
        and second is not None
        and first.grain == second.grain
        and _order(first.grain) >= _order("month")
    )


def _amount_cue(c: Chart, r: Item) -> bool:
    """Whether the relation cue ``r`` before a duration gives the size of a change, not a
    deadline (``amount_cues``: "cut by a quarter", "delayed by two weeks")."""
    return tuple(t[0] for t in c.tokens[r.i : r.j]) in c.lex.amount_cues


def _ordered(c: Chart, i: int) -> bool:
    """Whether an order or an infinitive stands before token ``i`` in its sentence, so that
    what follows is still to be done in a past clause ("the judge ordered it to pay within
    30 days", "ordered inspections within 48 hours"; ``order_words``, ``infinitive_words``)."""
    lex = c.lex
    for k in range(i - 1, max(-1, i - _ORDER_REACH), -1):
        word = c.tokens[k][0]
        if word in _CLAUSE_MARKS and not (k and c.glued(k - 1) and c.glued(k)):
            return False  # a sentence ends ("$83.3m" is one figure)
        if word in lex.order_words:
            return True
        if word in lex.infinitive_words and not _to_figure(c, k):
            return True
    return False


def _to_figure(c: Chart, k: int) -> bool:
    """Whether the word at token ``k`` leads to a figure, no verb: it ends a qualifier ("up
    to 10 inches") or a number follows it ("from 3% to 5%")."""
    if k + 1 < len(c.tokens) and "num" in c.at[k + 1]:
        return True
    return any(q.j > k for q in c.get(k - 1, "qualifier")) if k else False


_ORDER_REACH = 12  # tokens looked back for an order or an infinitive
_CLAUSE_MARKS = frozenset(".!?;:")


def _clause_ends(c: Chart, j: int, joiners: bool = False) -> bool:
    """Whether nothing but a mark, the end or a time word follows token ``j``: "deux jours
    plus tard," is counted from the reference date, "deux jours après sa conversion" from an
    event the text names."""
    if j >= len(c.tokens) or not c.tokens[j][0][0].isalnum():
        return True
    if joiners and c.tokens[j][0] in c.lex.bound_joiners:
        return True  # "7,1 % un an plus tôt et 8,1 % en 2019": a conjunction, a new member
    return c.timely(j) and not _only_weak(c, j)


def _only_weak(c: Chart, j: int) -> bool:
    """Whether the time words at token ``j`` all make weak times only: a short form that is a
    noun too ("après 80 jours de mer": the sea, no Wednesday), a month word that needs a cue."""
    slots = c.at[j]
    times = [t for cat in ("time", "rtime") for t in slots.get(cat, ())]
    if not times or slots.keys() - _WEAK_OR_TIME:
        return False
    return all((t.val[0] if t.cat == "rtime" else t.val).weak for t in times)


# What a weak time's token may also hold and still give no time word.
_WEAK_OR_TIME = frozenset(
    (
        "time",
        "rtime",
        "weekday",
        "month",
        "prep",
        "range_from",
        "clockprep",
        "article",
        "dayfrom",
        "p",
    )
)


def _ahead(c: Chart, i: int) -> bool:
    """Whether "in" at token ``i`` looks ahead in time: it opens the sentence, or a future
    marker ("will", "expected") stands a few words before it; after a noun an ordinal ranks
    ("…, its second increase in 12 months"), only one in the same clause, no comma between
    (the span the rank is counted over: "will launch its first product in six months" stays
    ahead)."""
    k = i - 1
    while k >= 0 and c.tokens[k][0] in ("'", '"', "«", "(", "-"):
        k -= 1
    if k < 0 or not (c.tokens[k][0][0].isalnum() or (c.tokens[k][0],) in c.lex.measure_marks):
        return True  # (a figure's mark is no opening: "charges to 80% in about 18 minutes")
    start = max(0, i - 6)
    if _ranked_noun_before(c, i):
        commas = [m for m in range(start, i) if c.tokens[m][0] == ","]
        start = commas[-1] + 1 if commas else start
    return any(c.get(m, "future") for m in range(start, i))


def _ranked_noun_before(c: Chart, i: int) -> bool:
    """Whether a noun an ordinal ranks ends right before token ``i``: an ordinal, then one
    or two words with no reading ("its second increase", "their third straight weekly
    gain")."""
    for k in (i - 2, i - 3):
        if k < 0:
            break
        words = range(k + 1, i)
        if all(c.tokens[m][0][0].isalpha() and not c.at[m] for m in words) and any(
            o.j == k + 1 for cat in ("ord", "ordinal") for o in c.get(k, cat)
        ):
            return True
    return False


def _moved(c: Chart, d: Duration, sign: int, grain: str | None = None) -> When | None:
    """The time ``d`` away from the reference, at the grain below the duration's unit (a
    fraction of a unit counts in the unit below it: "in half an hour" is at the second), or
    at ``grain``."""
    if d.qualifier not in ("exact", "approx"):
        return None
    unit, value = d.unit, d.value
    if not float(value).is_integer() and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        unit, value = smaller, value * factor
    grain = grain or FINER[unit]
    try:
        moment = shift(c.ref, unit, sign * value)
    except (OverflowError, ValueError):
        return None
    start = floor(moment, grain)
    return When(span=Span(start, shift(start, grain, 1), grain))


_SMALLER = {
    "year": ("month", 12),
    "hour": ("minute", 60),
    "minute": ("second", 60),
    "day": ("hour", 24),
}


@rule("ord num unit", "num ord unit", "ordinal num unit", "num ordinal unit")
def first_n(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "the first nine months of 2024", "les six premiers mois de l'année", "the last three
    # months of 2023": units counted from the start (or the end) of a period, by default the
    # reference year
    patterns = (
        ("ord", "num", "unit"),
        ("num", "ord", "unit"),
        ("ordinal", "num", "unit"),
        ("num", "ordinal", "unit"),
    )
    for pattern in patterns:
        for j, items in c.seq(i, *pattern):
            num = next(x for x in items if x.cat == "num").val
            n = num.value
            first = next(x for x in items if x.cat in ("ord", "ordinal")).val
            count, unit = items[2].val
            if first not in (1, -1) or count != 1 or not n.is_integer() or not 1 <= n <= 100:
                continue
            if n == 1 and num.digits == 0:
                continue  # "après une première journée de grève": an article, an event's day
            # "the last three months" alone is counted back from now (last_n); "the first 18
            # minutes" alone (of a match, of a session) is no part of the reference year
            whole_year = first == 1 and unit not in _WITHIN_A_DAY
            anchors: list[tuple[int, Span]] = [(j, unit_year(c))] if whole_year else []
            for t in c.get(j, "time"):
                span = c.resolve(t.val)
                if span is not None:
                    anchors.append((t.j, span))
            for k, (_, u) in c.seq(j, "prep", "unit"):
                if u.val == (1.0, "year"):
                    anchors.append((k, unit_year(c)))
            for end, anchor in anchors:
                if first == 1:
                    start = anchor.start
                    stop = shift(start, unit, int(n))
                else:
                    stop = anchor.end
                    start = shift(stop, unit, -int(n))
                if anchor.start <= start < stop <= anchor.end:
                    yield end, "time", When(span=Span(start, stop, unit), closed=True), 1


_WITHIN_A_DAY = frozenset(("second", "minute", "hour"))


def unit_year(c: Chart) -> Span:
    return Span(datetime(c.ref.year, 1, 1), datetime(c.ref.year + 1, 1, 1), "year")


# Named times an offset word may stand before ("last July", "next Monday").
_NAMED = frozenset(("month", "weekday", "season", "holiday", "weekpart"))


@rule("num offset unit", "offset num unit", "num unit offset")
def last_n(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "les 2 derniers mois", "3 prochains jours", "the past six months", "next 3 weeks"
    patterns: tuple[tuple[str, ...], ...] = (
        ("num", "offset", "unit"),
        ("offset", "num", "unit"),
        ("num", "unit", "offset"),
    )
    for pattern in patterns:
        if pattern[-1] == "offset" and not c.lex.words.offset_after_unit:
            continue  # English: "talks ran 33 hours past their close" is no last 33 hours
        if pattern[0] == "offset" and c.tokens[i][0] in c.lex.offsets_after_only:
            continue  # "il a passé trois ans en Chine": a verb, no past three years
        for j, items in c.seq(i, *pattern):
            n = next(x for x in items if x.cat == "num")
            o = next(x for x in items if x.cat == "offset")
            u = next(x for x in items if x.cat == "unit")
            count, unit = u.val
            if o.val == 0 or count != 1 or not n.val.value.is_integer() or n.val.value < 1:
                continue
            if n.val.value > 1000:
                continue
            if o.j == j and j < len(c.tokens) and c.at[j].keys() & _NAMED:
                continue  # "for 13 days last July": the offset is the month's
            plural = c.lex.plural_endings
            if n.val.value > 1 and not (
                c.raw(u.j - 1).lower().endswith(plural) or c.raw(o.j - 1).lower().endswith(plural)
            ):
                continue  # "recorded 617 last year": a count, then last year
            k = int(n.val.value)
            grain = unit
            if unit in ("second", "minute", "hour"):
                base = floor(c.ref, unit)
                start = shift(base, unit, 1) if o.val > 0 else shift(base, unit, -k)
                if unit == "second" and o.val < 0:
                    start = shift(floor(c.ref, "second"), "second", -k)
            else:
                base = floor(c.ref, unit)
                start = shift(base, unit, 1) if o.val > 0 else shift(base, unit, -k)
            yield j, "time", When(span=Span(start, shift(start, unit, k), grain))


# -- ranges and relations ---------------------------------------------------------------


@rule(
    "time range_to time",
    "time range_to num",
    "time range_to ord",
    "time range_to htod",
    "num range_to time",
    "num range_to num",
    "num range_to ord",
    "num range_to htod",
    "ord range_to time",
    "ord range_to num",
    "ord range_to ord",
    "ord range_to htod",
    "range_from time",
    "range_from num",
    "range_from ord",
    "range_from htod",
)
def ranges(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "de 2020 à 2023", "2023-2024", "du 13 au 15 juillet", "entre 9h30 et 11h"
    for start in (i, *(f.j for f in c.get(i, "range_from"))):
        for a_cat in ("time", "num", "ord", "htod"):
            if a_cat == "htod" and start == i:
                continue
            for a in c.get(start, a_cat):
                for sep in c.get(a.j, "range_to"):
                    both = start == i and any(x.j == sep.j for x in c.get(sep.i, "range_and"))
                    if start == i and not c.get(sep.i, "bare_to") and not both:
                        continue
                    if start == i and a_cat == "time" and a.val.span is not None:
                        continue
                    for b_cat in ("time", "num", "ord", "htod"):
                        for b in c.get(sep.j, b_cat):
                            if both and not _joined_days(a, b, a_cat, b_cat):
                                continue
                            if (
                                start == i
                                and b_cat == "num"
                                and a_cat == "time"
                                and a.val.hour
                                and not c.follower_ok(b.j)
                            ):
                                # "vers 2 h 30 au 14 rue Victor-Hugo": a bare number before a
                                # noun it counts, with no opener, ends no range of hours
                                continue
                            if _number_word(c, a, a_cat) or _number_word(c, b, b_cat):
                                continue  # "de six à sept salariés": counts, not September
                            span = _range(
                                c, a, b, a_cat, "time" if b_cat == "htod" else b_cat, start != i
                            )
                            if span is not None and _past_months(c, a, b, a_cat, b_cat, span):
                                # "stood at 4.4% in the October to December period", said in
                                # June: the latest such months (days)
                                span = Span(
                                    shift(span.start, "year", -1),
                                    shift(span.end, "year", -1),
                                    span.grain,
                                )
                            if span is not None:
                                zone = _zone(a, a_cat) if b_cat == "htod" else _zone(b, b_cat)
                                yield b.j, "time", When(span=span, closed=True, tz=zone)
                                if _yearless(a, a_cat) and _yearless(b, b_cat):
                                    for j, year in _year_after(c, b.j):
                                        moved = _in_year(span, year)
                                        yield j, "time", When(span=moved, closed=True, tz=zone)


def _past_months(c: Chart, a: Item, b: Item, a_cat: str, b_cat: str, span: Span) -> bool:
    """Whether a range of two bare months not over by the reference date ("seized 1,100
    guns between January and October", said in June), or of days of a month with no year
    not begun by then ("du 14 au 17 novembre, il est tombé …"), stands in a clause in the
    past: then the latest such months or days are meant."""
    if span.end <= c.ref:
        return False  # over by the reference date: this year's ("from January to May")
    months = a_cat == "time" and b_cat == "time" and _bare_month(a.val) and _bare_month(b.val)
    if span.start <= c.ref and not months:
        return False  # days begun by the reference date: the ones running
    # days only when they open the sentence: "Le festival, du 29 juin au 21 juillet, a déjà
    # vendu …" names the days still to come of what was sold
    days = (
        span.grain == "day"
        and _yearless(a, a_cat)
        and _yearless(b, b_cat)
        and all(c.get(k, "range_from") or c.get(k, "prep") for k in range(a.i))
    )
    if not (months or days):
        return False
    return c.past_clause(a.i, b.j)


def _yearless(item: Item, cat: str) -> bool:
    """Whether a range's bound is a day or a month with no year ("June 12", "14")."""
    if cat == "num":
        return not is_year(item.val)
    return (
        cat == "time"
        and item.val.year is None
        and item.val.span is None
        and (item.val.day is not None or item.val.month is not None)
    )


def _year_after(c: Chart, j: int) -> Iterator[tuple[int, int]]:
    """The year written after a range of days ("June 12-14, 2021", "12 au 14 juin 2021" is
    read by the range's own bound)."""
    for k, (mark, y) in c.seq(j, "p?", "num"):
        if mark.val in (None, ",") and y.val.digits == 4 and is_year(y.val) and c.follower_ok(k):
            yield k, int(y.val.value)


def _in_year(span: Span, year: int) -> Span:
    """``span`` moved to begin in ``year`` (its end moves as much)."""
    years = year - span.start.year
    return Span(shift(span.start, "year", years), shift(span.end, "year", years), span.grain)


def _zone(item: Item, cat: str) -> int | str | None:
    """The time zone stated with a range's bound ("15:00 GMT - 18:00 GMT"), if any."""
    return item.val.tz if cat == "time" else None


def _number_word(c: Chart, item: Item, cat: str) -> bool:
    """Whether a weak month or weekday word is also a number word ("sept": seven)."""
    return (
        cat == "time" and bool(item.val.weak) and any(n.j == item.j for n in c.get(item.i, "num"))
    )


def _joined_days(a: Item, b: Item, a_cat: str, b_cat: str) -> bool:
    """Whether "A et B" names one stretch: days of one month ("les 12 et 13 mars", "mardi 12
    et mercredi 13 mars", "June 27 and 28") or two months ("en mars et avril"), not two dates
    apart."""
    if a_cat == "time" and b_cat in ("num", "ord"):
        # "on June 27 and 28": the day after a dated day of a month named first
        dated: When = a.val
        day = int(b.val if b_cat == "ord" else b.val.value)
        return (
            dated.month is not None
            and dated.day is not None
            and dated.hour is None
            and dated.weekday is None
            and day == dated.day + 1
        )
    if b_cat != "time" or b.val.month is None or b.val.hour is not None:
        return False
    if a_cat in ("num", "ord"):
        day = int(a.val if a_cat == "ord" else a.val.value)
        return bool(b.val.day is not None and day + 1 == b.val.day)  # not "12 et 19 mars"
    first: When = a.val
    second: When = b.val
    if first.month is None and first.day is not None and second.day is not None:
        return first.day + 1 == second.day
    return (
        first.month is not None
        and first.day is None
        and second.day is None
        and (first.month % 12 + 1 == second.month)
    )


_RANGE_TO = frozenset(("range_to",))


@rule("time range_from time", "time range_from htod")
def day_then_hours(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "jeudi de 9h à 11h", "mardi de 8 h à 12 h": a range of hours on a day named before it
    # (not on the last day of a range of days: "du lundi au vendredi de 9 h à 17 h")
    if c.ends_at(i, _RANGE_TO) or c.get(i, "range_to"):
        return
    for d in c.get(i, "time"):
        if d.val.hour is not None or d.val.closed:
            continue
        day = c.resolve(d.val)
        if day is None or day.grain != "day":
            continue
        anchor = Span(day.start, day.end, "day")
        for f in c.get(d.j, "range_from"):
            for a in (*c.get(f.j, "time"), *c.get(f.j, "htod")):
                if not a.val.tod_only():
                    continue
                for sep in c.get(a.j, "range_to"):
                    for b in (*c.get(sep.j, "time"), *c.get(sep.j, "htod")):
                        if not b.val.tod_only():
                            continue
                        start = c.resolve(a.val.but(span=anchor))
                        end = c.resolve(b.val.but(span=anchor))
                        if start is not None and end is not None:
                            span = _join(start, end, b.val)
                            if span is not None:
                                yield b.j, "time", When(span=span, closed=True)


@rule("time rangenoun")
def named_range(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "in the January-to-March period", "the January-March quarter": a range of months and
    # the noun that names it (``range_nouns``); a quarter's noun makes a calendar quarter's
    # months that quarter
    for a in c.get(i, "time"):
        w = a.val
        span = c.resolve(w) if w.span is None else w.span
        if span is None or span.grain not in ("month", "year"):
            continue
        start, end, grain = span
        if end <= shift(start, grain, 1):
            continue  # a range of months or years only ("the 2025-2030 period")
        for n in c.get(a.j, "rangenoun"):
            months = 3 if n.val == "quarter" else 6
            aligned = (start.month - 1) % months == 0 and end == shift(start, "month", months)
            if n.val and grain == "month" and aligned:
                yield n.j, "time", w.but(span=Span(start, end, n.val))
            else:
                yield n.j, "time", w


@rule("time p", "time time", "time tz")
def after_time(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # What may follow a time: a zone ("4pm CET", "9 am (BST)"), a possessive ("last week's
    # Sunday"), the second date of an ISO interval ("2024-01-01/2024-03-31"), a range of hours
    # and its day ("this Thu 9-11am"). One plain function looks at the mark after the time and
    # calls only the readings it may start: most times are followed by a comma or a full stop,
    # and this runs after every one of them.
    toks = c.tokens
    at = c.at
    size = len(toks)
    zone = owner = iso = hours = False
    for a in c.get(i, "time"):
        j = a.j
        if j >= size:
            continue
        mark = toks[j][0]
        if mark == ",":
            slots = at[j + 1] if j + 1 < size else _NOTHING
        else:
            slots = at[j]
            if mark == "(":
                zone = True
            elif mark == "'":
                owner = True
            elif mark == "/":
                iso = True
            elif mark in ("+", "-") and c.glued(j - 1):
                zone = True  # an ISO offset: "14:30:00+02:00"
        if "tz" in slots:
            zone = True
        nexts = slots.get("time")
        if nexts and not hours:
            closed = a.val.closed
            hours = any(b.val.closed != closed for b in nexts)
    if not (zone or owner or iso or hours):
        return iter(())
    found: list[tuple[Any, ...]] = []
    if zone:
        found.extend(zoned(c, i))
    if owner:
        found.extend(possessive(c, i))
    if iso:
        found.extend(iso_interval(c, i))
    if hours:
        found.extend(day_and_hours(c, i))
    return iter(found)


_NOTHING: dict[str, list[Item]] = {}


def day_and_hours(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "this Thu 9-11am", "March 3, 2-4pm", "from 3 to 5pm on Friday": a range of hours read on
    # the day named next to it
    for a in c.get(i, "time"):
        nexts = c.get(a.j, "time")
        for p in c.get(a.j, "p"):
            if p.val == ",":
                nexts = [*nexts, *c.get(p.j, "time")]
        for b in nexts:
            if a.val.closed == b.val.closed:
                continue  # one is a range of hours, the other a day: most pairs end here
            hours, other = (a, b) if a.val.closed else (b, a)
            if not _hour_range(c, hours) or not _one_day(other.val):
                continue
            if c.get(b.i, "range_from"):
                continue  # "jeudi de 9h à 11h": day_then_hours
            day = c.resolve(other.val)
            if day is None or day.grain != "day" or day.end - day.start != timedelta(days=1):
                continue
            assert hours.val.span is not None
            start, end, grain = hours.val.span
            moved = day.start - floor(start, "day")
            span = Span(start + moved, end + moved, grain)
            yield b.j, "time", When(span=span, closed=True, tz=hours.val.tz)


def _one_day(w: When) -> bool:
    """Whether ``w`` may name one day: no hour, no range, no weak word alone."""
    return w.hour is None and not w.closed and not w.weak


def _hour_range(c: Chart, item: Item) -> bool:
    """Whether ``item`` is a range of hours of no day of its own, written with a digit ("9-11am",
    "de 9 h à 17 h"): within a day, and read on the reference day or the next (not "17 mars
    1915, en début d'après-midi et deux heures environ avant …")."""
    w: When = item.val
    if not w.closed or w.span is None or w.span.grain not in ("hour", "minute", "second"):
        return False
    start, end, _ = w.span
    if end - start > timedelta(days=1):
        return False
    if not any(t[0][0].isdecimal() for t in c.tokens[item.i : item.j]):
        return False
    today = floor(c.ref, "day")
    return today <= floor(start, "day") <= today + timedelta(days=1)


def iso_interval(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "2024-01-01/2024-03-31", "2015-03-28 17:00:00/2015-03-29 21:00:00": ISO 8601 intervals
    for a in c.get(i, "time"):
        if not _dated(a.val):
            continue
        for p in c.get(a.j, "p"):
            if p.val != "/" or not (c.glued(a.j - 1) and c.glued(p.i)):
                continue
            for b in c.get(p.j, "time"):
                if not _dated(b.val):
                    continue
                first, last = c.resolve(a.val), c.resolve(b.val)
                if first is None or last is None or last.end <= first.start:
                    continue
                grain = min(first.grain, last.grain, key=_order)
                yield b.j, "time", When(span=Span(first.start, last.end, grain), closed=True)


def _dated(w: When) -> bool:
    """Whether ``w`` names a whole date (a year, a month and a day), as ISO 8601 writes one."""
    return w.year is not None and w.month is not None and w.day is not None and not w.closed


@rule("dayfrom num", "dayfrom ord")
def day_ranges(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "du 13 au 18", "du 13e au dix-huit": days of the coming month
    for f in c.get(i, "dayfrom"):
        for a_cat in ("num", "ord"):
            for a in c.get(f.j, a_cat):
                first = a.val if a_cat == "ord" else (int(a.val.value) if is_day(a.val) else 0)
                if not 1 <= first <= 31:
                    continue
                for sep in c.get(a.j, "range_to"):
                    for b_cat in ("num", "ord"):
                        for b in c.get(sep.j, b_cat):
                            last = (
                                b.val
                                if b_cat == "ord"
                                else (int(b.val.value) if is_day(b.val) else 0)
                            )
                            if first < last <= 31 and c.follower_ok(b.j):
                                start = c.resolve(When(day=first))
                                if start is not None:
                                    try:
                                        end = start.start.replace(day=last)
                                    except ValueError:
                                        continue
                                    span = Span(start.start, shift(end, "day", 1), "day")
                                    yield b.j, "time", When(span=span, closed=True)


def _range(c: Chart, a: Item, b: Item, a_cat: str, b_cat: str, opened: bool) -> Span | None:
    if a_cat == "htod":
        a_cat = "time"
    if (
        a_cat == "time"
        and b_cat in ("num", "ord")
        and a.val.day is not None
        and a.val.month is not None
    ):
        last = b.val if b_cat == "ord" else (int(b.val.value) if is_day(b.val) else 0)
        first = c.resolve(a.val)
        # "their June 11-12 meeting": days glued by a dash may qualify a noun after them, as
        # a year does (a counted plural still ends them: "June 11-12 attendees")
        glued = c.glued(a.j - 1) and c.glued(a.j)
        ends = c.follower_ok(b.j, year=glued) or (glued and c.subject_verb_at(b.j))
        if first is None or not a.val.day < last <= 31 or not ends:
            return None  # ("May 28-30 shows Labour on 43%": the days of a poll that shows)
        try:
            stop = first.start.replace(day=last)
        except ValueError:
            return None
        return Span(first.start, shift(stop, "day", 1), "day")
    if a_cat == "time" and b_cat == "num" and a.val.tod_only():
        hour = hour_of(b.val)  # "8am until 6": the same day, on a 12-hour clock
        if hour is None:
            return None
        b_cat, b = "time", Item(b.i, b.j, "time", hour)
    if a_cat == "num" and b_cat == "time" and b.val.hour is not None and b.val.ampm is not None:
        # "3-4pm", "from 5 to 6pm on April 22": the first hour takes the second's am or pm
        hour = hour_of(a.val)
        if hour is None or hour.hour is None or hour.hour > 12:
            return None
        a_cat, a = "time", Item(a.i, a.j, "time", hour.but(ampm=b.val.ampm))
    if a_cat == "num" and b_cat == "num":
        glued = c.glued(a.i) and c.glued(a.j)
        if is_year(a.val) and b.val.digits == 2 and glued:  # "2022-23", "2023-24"
            last = int(a.val.value) // 100 * 100 + int(b.val.value)
            last += 100 if last <= a.val.value else 0
            if last - a.val.value <= 10:
                return Span(datetime(int(a.val.value), 1, 1), datetime(last + 1, 1, 1), "year")
        if (
            is_year(a.val)
            and is_year(b.val)
            and a.val.value < b.val.value
            and (glued or c.follower_ok(b.j, year=opened))
        ):  # ("between 2018 and 2021 because …": an opened range's end is a year like "in 2021")
            return Span(
                datetime(int(a.val.value), 1, 1), datetime(int(b.val.value) + 1, 1, 1), "year"
            )
        return None
    if b_cat != "time":
        return None
    if not opened and a_cat == "time" and a.val.tod_only() and b.val.hour is None:
        return None  # "between 8 a.m. and 5 p.m. until June 14": daily hours, then a last day
    end = c.resolve(b.val)
    if end is None:
        return None
    if a_cat == "time":
        first = a.val
        shares = first.tod_only() and b.val.tod_only() and first.ampm is None
        if shares and b.val.ampm is not None and (first.hour or 0) <= min(12, b.val.hour or 0):
            first = first.but(ampm=b.val.ampm, hour12=False)
        if first.tod_only() and b.val.tod_only() is False and b.val.hour is not None:
            first = b.val.but(hour=first.hour, minute=first.minute, ampm=first.ampm)
        elif (
            first.year is None
            and first.day is None
            and b.val.year is not None
            and (first.month is not None or first.quarter is not None or first.season is not None)
        ):
            first = first.but(year=b.val.year)  # "June to August 2010"
        elif first.day is not None and first.month is None and b.val.month is not None:
            first = first.but(month=b.val.month, year=b.val.year, weekday=None)
        elif (
            first.hour is not None
            and first.day is None
            and first.span is None
            and b.val.span is not None
        ):
            first = first.but(span=b.val.span)
        start = c.resolve(first)
        if (
            start is not None
            and first.year is not None
            and b.val.year is None
            and b.val.span is None
            and b.val.month is not None
        ):
            # "du 3 janvier 2017 au 1er février", "January 3, 2017 - February 1st": the end
            # in the start's year (the next one when it would come before the start)
            for year in (first.year, first.year + 1):
                moved = c.resolve(b.val.but(year=year))
                if moved is not None and moved.start >= start.start:
                    end = moved
                    break
        after = (
            start is not None
            and end.start <= start.start
            and a.val.weekday is not None
            and a.val.hour is not None
        )  # "from 6pm Friday until noon Sunday"; not "du lundi au vendredi de 9 h à 17 h"
        if start is not None and b.val.weekday is not None and (not b.val.fields_other() or after):
            # "du lundi au vendredi", "from 6pm Friday until noon Sunday": the first such
            # weekday after the start
            end = c.resolve(b.val.but(span=Span(start.start, shift(start.start, "day", 7), "day")))
            if end is None:
                return None
    elif a_cat == "num" and a.val.digits == 4 and is_year(a.val):
        # "de 2014 à mai 2018", "from 2014 to May 2018": a year to a later month of a year
        year = int(a.val.value)
        if b.val.year is None or b.val.year <= year:
            return None
        start = Span(datetime(year, 1, 1), datetime(year + 1, 1, 1), "year")
    else:
        day = a.val if a_cat == "ord" else a.val.value
        if not (isinstance(day, int) or float(day).is_integer()) or not 1 <= int(day) <= 31:
            return None
        if b.val.day is None or (not opened and a_cat == "num" and a.val.digits > 2):
            return None
        try:
            start_moment = end.start.replace(day=int(day))
        except ValueError:
            return None
        start = Span(start_moment, shift(start_moment, "day", 1), "day")
    if start is None:
        return None
    if a_cat == "time" and start.start >= end.start and _bare_month(a.val) and _bare_month(b.val):
        # "between October and April": the winter across the new year, ending with the
        # April read alone
        start = Span(shift(start.start, "year", -1), shift(start.end, "year", -1), start.grain)
    if (
        a_cat == "time"
        and start.start >= end.start
        and a.val.year is None
        and b.val.year is None
        and a.val.month is not None
        and b.val.month is not None
        and b.val.span is None
    ):
        # "from Dec. 23 through Jan. 3", "du 23 décembre au 3 janvier": across the new year,
        # the end in the year after the start's
        end = Span(shift(end.start, "year", 1), shift(end.end, "year", 1), end.grain)
    if a_cat == "time" and a.val.tod_only() and b.val.tod_only():
        # "de 9h30 à 11h", "11h30-1h30": the same day, on a 12-hour clock when needed
        end_w = b.val.but(
            span=Span(floor(start.start, "day"), shift(floor(start.start, "day"), "day", 1), "day"),
        )
        end = c.resolve(end_w)
        if end is None:
            return None
        if end.start <= start.start:
            # "11h30-1h30", "8am until 6": the afternoon's hour when it follows the start; else
            # "de 21 h à 6 h": the night across midnight, the end on the next day
            # (a start past noon is on a 24-hour clock, and so is the end: "de 18 h 30 à 8 h
            # 30" ends the next morning, not at 20:30)
            twelve = (b.val.hour or 0) < 12 and b.val.ampm is None and start.start.hour <= 12
            later = 12 if twelve else 24
            if shift(end.start, "hour", later) <= start.start:
                later = 24
            end = Span(shift(end.start, "hour", later), shift(end.end, "hour", later), end.grain)
    return _join(start, end, b.val)


def _bare_month(w: When) -> bool:
    """Whether ``w`` is a month alone, with no day nor year ("October")."""
    return w.month is not None and w.day is None and w.year is None and w.span is None


def _join(start: Span, end: Span, last: When) -> Span | None:
    """The interval from ``start`` to ``end``; an hour that comes out before the start is
    read on a 12-hour clock ("11h30-1h30"), else on the next day ("de 22 h à 2 h", "de 12h30
    à 00h30", "10pm to 2am")."""
    if end.start <= start.start and last.tod_only():
        later = Span(shift(end.start, "hour", 12), shift(end.end, "hour", 12), end.grain)
        if (
            (last.hour or 0) < 12
            and last.ampm is None
            and later.start > start.start
            and start.start.hour <= 12
        ):
            end = later
        else:
            end = Span(shift(end.start, "day", 1), shift(end.end, "day", 1), end.grain)
    if start.start >= end.end:
        return None
    grain = start.grain if _order(start.grain) <= _order(end.grain) else end.grain
    stop = end.end
    if grain in ("hour", "minute", "second") and _order(end.grain) > _order(grain):
        stop = shift(end.start, grain, 1)
    return Span(start.start, stop, grain)


def _order(grain: str) -> int:
    return ("second", "minute", "hour", "day", "week", "month", "quarter", "year").index(grain)


def _hyphenated_attribute(c: Chart, t: Item) -> bool:
    """Whether the time ``t`` is a hyphenated compound qualifying the lowercase noun after it
    ("first-quarter earnings", "full-year results"): an adjective, which takes no relation."""
    j = t.j
    if j >= len(c.tokens) or not (c.raw(j).isalpha() and c.raw(j).islower()) or c.at[j]:
        return False  # (not "à partir de mi-juin et …": a word of the lexicon follows)
    if not c.get(j - 1, "unit"):
        return False  # the compound ends in a unit: "first-quarter", "full-year"
    return any(c.tokens[k][0] == "-" and c.glued(k - 1) and c.glued(k) for k in range(t.i + 1, j))


@rule(
    "relation time",
    "relation num",
    "relation qualifier time",
    "relation qualifier num",
    "relation prep time",
    "relation htod",
    "relation dur",
    "prep rtime",
    "time rtime",
    "rtime prep time",
    "rtime time",
)
def relations(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "d'ici 2026", "depuis 2020", "jusqu'en 2030", "avant fin 2025", "since March"
    for j, (r, t) in c.seq(i, "relation", "time"):
        if t.val.closed and c.get(r.i, "range_from"):
            continue  # "from 2020 to 2023" is a range, not "since"
        if j < len(c.tokens) and c.tokens[j][0] in c.lex.year_nouns:
            continue  # "cut by 55% from 1990 levels": the year of a baseline, no "since"
        if _hyphenated_attribute(c, t):
            continue  # "after first-quarter earnings jumped": the clause's, not the quarter's
        yield j, "rtime", (cued(t.val), r.val), c.rank(t)
    for j, (r, y) in c.seq(i, "relation", "num"):
        if is_year(y.val) and c.follower_ok(j, year=True) and not c.joined_number(j):
            yield j, "rtime", (year_when(int(y.val.value)), r.val)
    for j, (r, _, t) in c.seq(i, "relation", "prep", "time"):
        if (
            j < len(c.tokens)
            and c.tokens[j][0] in c.lex.year_nouns
            and c.tokens[r.i][0] not in c.lex.since_back
        ):
            continue  # "up 2.3 points from the 2019 election": a baseline's year, no "since"
        yield j, "rtime", (t.val, r.val)
    # "until at least 2025", "jusqu'à au moins 2030": a last day the writer hedges
    for j, (r, q, t) in c.seq(i, "relation", "qualifier", "time"):
        if r.val == "until" and q.val == "ge":
            yield j, "rtime", (cued(t.val), r.val), c.rank(t)
    for j, (r, q, y) in c.seq(i, "relation", "qualifier", "num"):
        if r.val == "until" and q.val == "ge" and is_year(y.val) and c.follower_ok(j, year=True):
            yield j, "rtime", (year_when(int(y.val.value)), r.val)
    for j, (r, d) in c.seq(i, "relation", "num"):
        if is_day(d.val) and c.follower_ok(j) and c.tokens[j - 2][0] in c.lex.day_article_ends:
            yield j, "rtime", (When(day=int(d.val.value)), r.val)
    for j, (r, t) in c.seq(i, "relation", "htod"):
        if c.get(r.i, "taken_before"):
            continue  # "within three hours" is no "by 3 o'clock"
        if j + 1 < len(c.tokens) and c.tokens[j][0] in c.lex.rate_words and c.get(j + 1, "unit"):
            continue  # "up to 10 hours a day": a rate of hours
        if j < len(c.tokens) and c.tokens[j][0] in c.lex.hours_of:
            continue  # "jusqu'à trois heures de retard": an amount of hours
        yield j, "rtime", (t.val, r.val)
    for j, (r, d) in c.seq(i, "relation", "dur"):
        # "après trois ans de …" counts from an event; a deadline in a clause not in the past
        # ("must rebook within 48 hours or …", "d'ici deux semaines pour …") needs no end of
        # clause, unless an event follows ("within 48 hours of arrival")
        past = r.val == "by" and c.past_clause(i, j) and not _ordered(c, i)
        if past and c.get(i, "taken_before"):
            continue  # "officers arrived within four minutes": the time it took
        deadline = (
            r.val == "by"
            and not (j < len(c.tokens) and c.tokens[j][0] in c.lex.counted_from_words)
            and not past
        )
        moved = _moved(c, d.val, 1) if _clause_ends(c, j) or deadline else None
        if moved is None or _amount_cue(c, r):
            continue  # "cut by a quarter", "delayed by a week": the size of a change
        if r.val == "after" and (_ending(c, i, "time") or c.past_clause(i, j)):
            # "will close on June 30 after 37 years", "the battery failed after three days":
            # how long it lasted, no time counted from now
            continue
        if r.val in ("by", "after"):  # "d'ici 2 semaines", "after 5 days"
            yield j, "rtime", (moved, r.val)
    for j, (p, r) in c.seq(i, "prep", "rtime"):
        if i and p.j - p.i == 1 and c.tokens[i - 1][0] in c.lex.year_list_joiners:
            continue  # "aged 65 and over starting Sept. 2": the age's bound, then the start
        yield j, "rtime", r.val
    # "jeudi après 9h30", "le 20 à partir de 10h", "après 16h le 1er novembre"
    for t in c.get(i, "time"):
        for r in c.get(t.j, "rtime"):
            if t.val.hour is not None and r.val[0].hour is None:
                continue  # "between 8 a.m. and 5 p.m. until June 14": hours, then a last day
            if weak_pair(t.val, r.val[0]):
                continue  # "une mission vers Mars d'ici à 2035": the planet
            if _same_grain(c, t.val, r.val[0]):
                continue  # "in the third quarter from the previous quarter": a baseline
            merged = combine(c, t.val, r.val[0])
            if merged is not None:
                yield r.j, "rtime", (merged, r.val[1])
    for r in c.get(i, "rtime"):
        for j, (_, t) in c.seq(r.j, "prep?", "time"):
            if t.val.weak and weak_pair(r.val[0], t.val):
                continue  # "après 4 h 29 de jeu": the game, no short Thursday
            merged = combine(c, r.val[0], t.val)
            if merged is not None:
                yield j, "rtime", (merged, r.val[1])

"""Time rules for times of day ("15h30", "3pm", "midi et quart") and for joining two times
into one ("lundi 18 février", "demain à 11h", "en mars 2024").

Each rule is registered with :func:`claimcheck.extract.time_grammar.rule` when this module is
imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from claimcheck.extract.time_grammar import (
    DERIVED,
    FEW_HOURS,
    Chart,
    Item,
    Num,
    after_cue,
    combine,
    cued,
    hour_of,
    rule,
    weak_pair,
)
from claimcheck.extract.time_values import LOCAL, Duration, Span, When

__all__ = ["clock_digits", "measured", "possessive", "zoned"]


# -- times of day -----------------------------------------------------------------------


@rule("num p num", "num p minampm", "num unit", "num oclock", "clock", unread=DERIVED)
def clock(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    toks = c.tokens
    inside = i >= 2 and c.glued(i - 2) and c.glued(i - 1) and toks[i - 1][0] == ":"
    if inside and toks[i - 2][0].isdigit():
        return  # "2:16:16 on April 21": the minutes and seconds of a reading begun before
    for j, (h, p, m) in c.seq(i, "num", "p", "num"):
        if (
            p.val == ":"
            and c.glued(h.i)
            and c.glued(p.i)
            and h.val.digits <= 2
            and m.val.digits == 2
        ):
            hour, minute = int(h.val.value), int(m.val.value)
            if minute < 60 and hour < 60:
                for k2, (p2, f) in c.seq(j, "p", "num"):
                    # "a lap of 1:10.270", "Chebet 28:54.14": minutes, seconds and their
                    # decimals, a race time
                    if p2.val == "." and c.glued(j - 1) and c.glued(p2.i) and f.val.digits:
                        fraction = f.val.value / 10**f.val.digits
                        yield k2, "dur", Duration(hour * 60 + minute + fraction, "second"), 1
            if 24 < hour < 60 and h.val.digits == 2 and not c.seq(j, "p", "num"):
                # "won the women's 10km race in 33:41": minutes and seconds no clock shows,
                # a race time (not "33:41.5", read above, nor "25:10:05")
                yield j, "dur", Duration(hour * 60 + minute, "second"), 1
            if hour <= 24 and minute < 60:
                w = When(hour=hour, minute=minute)
                if not c.tokens[h.i][0].startswith("0"):
                    w = _clock12(c, w)  # "08:00" is on a 24-hour clock, "8:00" may not be
                k = j
                elapsed = False
                for k2, (p2, s) in c.seq(j, "p", "num"):
                    if p2.val == ":" and s.val.digits == 2 and s.val.value < 60:
                        w, k = w.but(second=int(s.val.value)), k2
                        if hour < 10 and _elapsed(c, i, k2):
                            # "a world record of 2:00:35", "clocking 2:16:16": a race time
                            total = hour * 3600 + minute * 60 + s.val.value
                            yield k2, "dur", Duration(total, "second"), 1
                            elapsed = True
                for k2, (p2, s) in c.seq(j, "p", "minampm"):
                    # "6:00:00pm": seconds glued to their half of the day
                    if p2.val == ":" and c.glued(p2.i) and hour <= 12:
                        yield (
                            k2,
                            "tod",
                            When(hour=hour, minute=minute, second=s.val[0], ampm=s.val[1]),
                        )
                if not elapsed:
                    yield k, "tod", w
        elif (
            p.val == "."
            and c.glued(h.i)
            and c.glued(p.i)
            and h.val.digits <= 2
            and m.val.digits == 2
            and 1 <= h.val.value <= 12
            and m.val.value < 60
        ):
            # "7.25 pm", "at 7.25 p.m." (British): a dot between hour and minutes only with
            # am/pm after them, or it is a decimal ("rose 7.25 percent")
            for half in ("am", "pm"):
                for k, (a,) in c.seq(j, half):
                    if a.j - a.i == 1 and len(c.tokens[a.i][0]) == 1 and not c.glued(m.i):
                        continue  # "7.25 a share" is no time
                    hour, minute = int(h.val.value), int(m.val.value)
                    yield k, "tod", When(hour=hour, minute=minute, ampm=half)
    for j, (h, u, m) in c.seq(i, "num", "unit", "num?"):
        if c.get(i, "count"):
            continue  # "une heure", "an hour" are durations
        if u.val == (1.0, "hour") and h.val.value.is_integer() and 0 <= h.val.value <= 24:
            if c.lex.durations_only_hours and c.tokens[u.i][0] in c.lex.durations_only_hours:
                continue  # "waits of up to three hours": English hours are a length of time
            if m.val is not None and (m.val.value >= 60 or c.get(m.i, "count")):
                continue  # not "10 hours a day": the rate's article is no minute
            mins = None if m.val is None else int(m.val.value)
            yield j, "htod", When(hour=int(h.val.value), minute=mins)
    for j, (h, p, m) in c.seq(i, "num", "p", "minampm"):
        # "7:25pm", "7.25pm" (the minutes glued to am/pm: no decimal)
        if p.val in (":", ".") and c.glued(h.i) and c.glued(p.i) and 1 <= h.val.value <= 12:
            yield j, "tod", When(hour=int(h.val.value), minute=m.val[0], ampm=m.val[1])
    for j, (h, _) in c.seq(i, "num", "oclock"):
        if h.val.value.is_integer() and 0 <= h.val.value <= 24 and h.val.digits <= 2:
            yield j, "tod", _clock12(c, When(hour=int(h.val.value)))
    for named in c.get(i, "clock"):
        # "mid day" is noon before it is the middle of the day
        yield named.j, "tod", When(hour=named.val), _NAMED_RANK


@rule(
    "clockprep htod",
    "htod",
    "tod",
    "num am",
    "num pm",
    "time clockprep num",
    "time htod",
    "num time",
    "clockprep num",
)
def clock_cues(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "à 15 heures", "vers 5h", "3 heures du matin", "3pm", "8h du soir"
    for j, (_, t) in c.seq(i, "clockprep", "htod"):
        if c.get(i, "range_from") and _counted_hours(c, t):
            continue  # "retardé de trois heures", "une grève de 24 heures": a duration
        if j < len(c.tokens) and c.tokens[j][0] in c.lex.hours_of and _counted_hours(c, t):
            after = j + 2 if j + 1 < len(c.tokens) and c.tokens[j + 1][0] == "'" else j + 1
            if not _determiner_after(c, after):
                # "jusqu'à trois heures de retard", "à trois heures de route": an amount (not
                # "vers 15 heures d'une exploitation agricole": where from, at 3 pm)
                continue
        yield j, "tod", t.val
    for t in c.get(i, "htod"):
        # "18 h 45": an hour symbol with minutes is a time of day
        if t.val.minute is not None and t.j - t.i == 3 and len(c.tokens[t.i + 1][0]) == 1:
            yield t.j, "tod", t.val
    for half in ("am", "pm"):
        for j, (t, m) in c.seq(i, "htod", half):
            if m.j - m.i == 1 and len(c.tokens[m.i][0]) == 1 and not c.glued(m.i - 1):
                continue  # "10 hours a day": the rate's article, no "a.m."
            yield j, "tod", t.val.but(ampm=half)
    for j, (t, _) in c.seq(i, "tod", "am"):
        if t.val.ampm is None and t.val.hour is not None and t.val.hour <= 12:
            yield j, "tod", t.val.but(ampm="am")
    for j, (t, _) in c.seq(i, "tod", "pm"):
        if t.val.ampm is None and t.val.hour is not None and t.val.hour <= 12:
            yield j, "tod", t.val.but(ampm="pm")
    for half in ("am", "pm"):
        for j, (n, a) in c.seq(i, "num", half):
            if a.j - a.i == 1 and len(c.tokens[a.i][0]) == 1 and not c.glued(n.i):
                continue  # "10 a" is not "10 a.m."
            if n.i and c.tokens[n.i - 1][0] == ":" and c.glued(n.i - 1):
                continue  # "10:04am": the minutes, read with their hour
            if n.val.digits <= 2 and 1 <= n.val.value <= 12:
                yield j, "tod", When(hour=int(n.val.value), ampm=half)
            elif n.val.digits in (3, 4) and n.val.value.is_integer():
                hour, minute = divmod(int(n.val.value), 100)  # "330 p.m.", "1030 am"
                if 1 <= hour <= 12 and minute < 60:
                    yield j, "tod", When(hour=hour, minute=minute, ampm=half)
    for t in c.get(i, "tod"):
        w = _hour_mark(c, t)
        rank = _NAMED_RANK if any(n.j == t.j for n in c.get(i, "clock")) else 5
        yield t.j, "time", w, rank
        for hedge in c.get(t.j, "hedge_after"):
            yield hedge.j, "time", w  # "3pm approximately"
    # "Saturday morning at 9", "tonight at 11", "8 tonight", "this morning @ 10", "August 5th
    # at 8" (a day of the month is a day too)
    for t in c.get(i, "time"):
        if t.val.pod is None and t.val.span is None and t.val.weekday is None and t.val.day is None:
            continue
        for j, (_, n) in c.seq(t.j, "clockprep", "num"):
            h = hour_of(n.val)
            if h is not None and c.follower_ok(j) and not measured(c, j) and not grouped(c, j):
                merged = combine(c, t.val, _clock12(c, h))
                if merged is not None:
                    yield j, "time", merged
        if t.val.weekday is not None and t.val.hour is None:
            # "jusqu'à dimanche 8 heures": a weekday's hour mark right after it, no "à"
            for mark in c.get(t.j, "htod"):
                if mark.j < len(c.tokens) and c.tokens[mark.j][0] in c.lex.hours_of:
                    continue  # "a travaillé lundi 8 heures d'affilée": an amount
                if "\n" in c.text[c.tokens[t.j - 1][2] : c.tokens[t.j][1]]:
                    continue  # "Sam.\n20 h : concert": a heading, then a line of its own
                if mark.val.minute is None and mark.val.hour is not None:
                    merged = combine(c, t.val, mark.val)
                    if merged is not None and not c.get(mark.j, "unit"):
                        yield mark.j, "time", merged
    # "at 9 on Saturday morning", "at 8 in the evening": a bare hour after a clock preposition
    # before a part of the day (before a day alone it may be a level: "was at 8 on Monday")
    for j, (_, n) in c.seq(i, "clockprep", "num"):
        h = hour_of(n.val)
        if h is None or not c.follower_ok(j) or measured(c, j) or grouped(c, j):
            continue
        for t in c.get(j, "time"):
            w = t.val
            if w.hour is None and w.pod is not None:
                merged = combine(c, _clock12(c, h), w)
                if merged is not None:
                    yield t.j, "time", merged
    for n in c.get(i, "num"):
        h = hour_of(n.val)
        if h is None or (n.val.digits == 0 and n.val.value == 1):
            continue  # "une nuit à Bali", "one night": an article, no hour
        if n.val.digits == 0 and i and c.tokens[i - 1][0] in c.lex.clause_openers:
            continue  # "dont cinq dans la nuit du 23 avril": a count, no five o'clock
        for t in c.get(n.j, "time"):
            if t.val.pod is not None and t.val.hour is None and not t.val.fields():
                merged = combine(c, _clock12(c, h), t.val)
                if merged is not None:
                    yield t.j, "time", merged
    # "8 heures ce soir", "3 heures du matin"
    for hh in c.get(i, "htod"):
        for t in c.get(hh.j, "time"):
            if t.val.pod is not None or t.val.span is not None:
                merged = combine(c, hh.val, t.val)
                if merged is not None:
                    yield t.j, "time", merged


@rule(
    "tod clockmin",
    "tod num",
    "htod clockmin",
    "htod num",
    "tod to num",
    "tod to clockmin",
    "tod range_and dur",
    "tod past dur",
    "htod to num",
    "htod to clockmin",
    "htod range_and dur",
    "htod past dur",
    "clockbefore tod",
    "clockbefore num",
    "num unit past",
    "num unit to",
    "num past tod",
    "num to tod",
)
def clock_minutes(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "midi et quart", "midi quinze", "midi moins cinq", "half past 3", "20 minutes to noon"
    for cat in ("tod", "htod"):
        for t in c.get(i, cat):
            w = t.val
            if w.hour is None or w.minute is not None:
                continue
            for m in c.get(t.j, "clockmin"):
                yield m.j, "tod", _plus_minutes(w, m.val)
            for j, (n, _) in c.seq(t.j, "num", "unit?"):
                if c.get(n.i, "count"):
                    continue  # "10 hours a day": the rate's article is no minute
                v = n.val.value
                if v.is_integer() and 0 < v < 60 and (n.val.digits != 1):
                    if not c.get(j, "unit") and c.follower_ok(j):
                        yield j, cat, _plus_minutes(w, int(v))
                elif v.is_integer() and -60 < v < 0:  # "midi moins cinq", read as -5
                    yield j, "tod", _plus_minutes(w, int(v))
            for j, (_, n, _) in c.seq(t.j, "to", "num", "unit?"):
                if c.ends_at(i, _RANGE_FROM) or c.get(n.j, "am") or c.get(n.j, "pm"):
                    continue  # "from noon to 5 p.m.": a range of hours, no 11:55
                if n.val.value.is_integer() and 0 < n.val.value < 60:
                    yield j, cat, _plus_minutes(w, -int(n.val.value))
            for j, (_, m) in c.seq(t.j, "to", "clockmin"):
                yield j, cat, _plus_minutes(w, -abs(m.val))
            for j, (_, d) in c.seq(t.j, "range_and", "dur"):
                if d.val.unit == "minute" and d.val.value.is_integer() and d.val.value < 60:
                    yield j, cat, _plus_minutes(w, int(d.val.value))
            for j, (_, d) in c.seq(t.j, "past", "dur"):
                if d.val.unit == "minute" and d.val.value.is_integer() and d.val.value < 60:
                    yield j, cat, _plus_minutes(w, int(d.val.value))
    for b in c.get(i, "clockbefore"):
        for cat in ("tod", "num"):
            for t in c.get(b.j, cat):
                if cat == "num" and not t.val.digits and len(c.raw(t.i)) < 3:
                    continue  # "by a quarter of a percentage point": an article, no hour
                w = t.val if cat == "tod" else hour_of(t.val)
                if w is not None and w.minute is None:
                    yield t.j, "tod", _plus_minutes(w, b.val)
    for j, (n, _, _, t) in c.seq(i, "num", "unit?", "past", "tod"):
        if n.val.value.is_integer() and 0 < n.val.value < 60 and t.val.minute is None:
            yield j, "tod", _plus_minutes(t.val, int(n.val.value))
    for j, (n, u, _, t) in c.seq(i, "num", "unit?", "to", "tod"):
        if u.val is None and c.ends_at(i, _RANGE_FROM):
            continue  # "from 3 to 5 p.m." is a range of hours, not 4:57 pm
        if n.val.value.is_integer() and 0 < n.val.value < 60 and t.val.minute is None:
            yield j, "tod", _plus_minutes(t.val, -int(n.val.value))


def zoned(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "4pm CET", "Thursday 8:00 GMT", "9 am (BST)", "9:30 - 11:00 CST", "15:00 UTC+2", "4pm ET"
    for t in c.get(i, "time"):
        w = t.val
        if w.tz is not None or not _clocked(w):
            continue
        yield from _iso_offset(c, t)
        zones = list(c.get(t.j, "tz"))
        for p in c.get(t.j, "p"):
            if p.val == ",":  # "à 20 h, heure de Paris": a zone named in words after a comma
                # ("à 19 heures, heure locale" changes nothing: left out after a comma)
                zones.extend(z for z in c.get(p.j, "tz") if z.j - z.i > 1 and z.val != LOCAL)
            if p.val == "(":
                zones.extend(
                    Item(z.i, q.j, "tz", z.val)
                    for z in c.get(p.j, "tz")
                    for q in c.get(z.j, "p")
                    if q.val == ")"
                )
        for z in zones:
            yield z.j, "time", w.but(tz=z.val)
            if not isinstance(z.val, int):
                continue  # a named zone takes no offset after it
            for j, (sign, n) in c.seq(z.j, "p", "num"):
                # "UTC+2", "GMT-5": an offset glued to the zone
                if sign.val in "+-" and c.glued(z.j - 1) and c.glued(sign.i) and n.val.digits <= 2:
                    hours = n.val.value if sign.val == "+" else -n.val.value
                    if hours.is_integer() and abs(hours) <= 14:
                        yield j, "time", w.but(tz=z.val + int(hours) * 60)


def _iso_offset(c: Chart, t: Item) -> Iterator[tuple[Any, ...]]:
    """An ISO 8601 offset glued to a clock time ("2024-05-28T14:30:00+02:00", "14:30-05:00"):
    the time in that zone (its offset in minutes)."""
    if not c.glued(t.j - 1):
        return
    for j, (sign, h, colon, m) in c.seq(t.j, "p", "num", "p", "num"):
        if (
            sign.val in ("+", "-")
            and colon.val == ":"
            and c.glued(sign.i)
            and c.glued(h.i)
            and c.glued(colon.i)
            and h.val.digits == 2
            and m.val.digits == 2
            and h.val.value <= 14
            and m.val.value < 60
        ):
            minutes = int(h.val.value) * 60 + int(m.val.value)
            yield j, "time", t.val.but(tz=minutes if sign.val == "+" else -minutes)


def _clocked(w: When) -> bool:
    """Whether ``w`` names a time of day (a zone after it changes its meaning): an hour, or
    a range read down to the hour."""
    if w.hour is not None:
        return True
    return w.closed and w.span is not None and w.span.grain in ("hour", "minute", "second")


@rule("num num", "num am", "num pm", "clockprep", switch="spoken_clock")
def spoken_clock(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "ten thirty am", "nine fifty nine a m", "at three twenty", "at 3 15", "at 1030", "at 3p"
    if not c.lex.words.spoken_clock:
        return
    slots = c.at[i]
    if "num" in slots:
        yield from _spoken_halves(c, i)
    for p in slots.get("clockprep", ()):
        yield from _after_clockprep(c, p)


def _spoken_halves(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "ten thirty am", "nine fifty nine a m"
    for half in ("am", "pm"):
        for j, (n, mark) in c.seq(i, "num", half):
            hour, minute = divmod(int(n.val.value), 100)
            words = n.val.digits == 0 and n.val.value.is_integer()  # "nine fifty nine am"
            if words and 1 <= hour <= 12 and minute < 60 and _worded(c, mark):
                yield j, "tod", When(hour=hour, minute=minute, ampm=half)
        for j, (h, m, mark) in c.seq(i, "num", "num", half):
            hour, minute = h.val.value, m.val.value
            spoken = 1 <= hour <= 12 and hour.is_integer() and _minutes(m.val)
            if spoken and h.val.digits <= 2 and _worded(c, mark):
                yield j, "tod", When(hour=int(hour), minute=int(minute), ampm=half)


def _after_clockprep(c: Chart, p: Item) -> Iterator[tuple[Any, ...]]:
    # "at three twenty", "at 3 15", "at 1030", "at 3p"
    if p.j >= len(c.tokens):
        return
    first = c.tokens[p.j][0]
    if not first[0].isdecimal() and "num" not in c.at[p.j]:
        return  # "at the end": no number after the preposition
    for j, (h, m) in c.seq(p.j, "num", "num"):
        hour = h.val.value
        words = h.val.digits == 0 and m.val.digits == 0
        digits = 1 <= h.val.digits <= 2 and m.val.digits == 2
        if (
            (words or digits)
            and hour.is_integer()
            and 1 <= hour <= (12 if words else 23)
            and _minutes(m.val)
            and _clock_ends(c, j)
        ):
            yield j, "tod", _clock12(c, When(hour=int(hour), minute=int(m.val.value)))
    for n in c.get(p.j, "num"):
        hour, minute = divmod(int(n.val.value), 100)
        if clock_digits(c, p, n) and _clock_ends(c, n.j):
            # "at 1030": a 12-hour clock time; a year is never read after a clock preposition
            yield n.j, "tod", _clock12(c, When(hour=hour, minute=minute)), 2
    if first[0].isdecimal() and not c.get(p.i, "qualifier") and not c.get(p.i, "relation"):
        # (not after a hedge: "about 10p more", "around 8p a litre" are pence; nor after a
        # relation: "will rise by 5p" is pence)
        glued = _GLUED_HALF.fullmatch(first)
        if glued and 1 <= int(glued[1]) <= 12:
            for cat, _ in c.lex.phrases.get((glued[2],), ()):
                if cat in ("am", "pm"):  # "at 3p", "at 9a": the letter alone after a clock cue
                    j = p.j + 1
                    if j < len(c.tokens) and c.tokens[j][0] == "." and c.glued(p.j):
                        j += 1
                    yield j, "tod", When(hour=int(glued[1]), ampm=cat)


def clock_digits(c: Chart, prep: Item, n: Item) -> bool:
    """Whether ``n`` after ``prep`` reads as a clock time in four digits ("at 1030", "@
    1130"): a clock preposition that is neither a relation ("since 1215", "by 1200") nor a
    hedge ("around 1200" is a year, "about 1030 jobs" a count) unless a time zone follows
    ("around 1030 GMT", "by 1200 GMT"), and hours 1 to 12 with minutes under 60 (0 to 23
    with a time zone: "by 1415 GMT")."""
    if not c.lex.words.spoken_clock or not c.get(prep.i, "clockprep"):
        return False
    zoned = n.j < len(c.tokens) and bool(c.get(n.j, "tz"))  # "around 1030 GMT", "by 1200 GMT"
    if (c.get(prep.i, "relation") or c.get(prep.i, "qualifier")) and not zoned:
        return False
    hour, minute = divmod(int(n.val.value), 100)
    # wire copy's clock is on 24 hours when zoned: "by 1415 GMT"
    hours = range(24) if zoned else range(1, 13)
    return n.val.digits == 4 and n.val.value.is_integer() and hour in hours and minute < 60


_GLUED_HALF = re.compile(r"(\d{1,2})([a-z])")


def _worded(c: Chart, mark: Item) -> bool:
    """Whether an am/pm item is more than one letter ("am", "p.m.", "a m"): a lone "a" or "p"
    after a number in words is an article or a letter ("three a day")."""
    return mark.j - mark.i > 1 or len(c.tokens[mark.i][0]) > 1


def _minutes(n: Num) -> bool:
    """Whether ``n`` reads as the minutes of a clock time said aloud: two digits ("3 15") or
    words from ten ("three twenty"), under sixty."""
    v = n.value
    return v.is_integer() and 10 <= v < 60 and n.digits in (0, 2)


def measured(c: Chart, j: int) -> bool:
    """Whether the words from token ``j`` after a number make it a measure (``measure_marks``:
    "%", "€", "pour cent"), so that the number is no day and no hour ("en octobre à 4 %",
    "Monday at 4%", "le 4 %")."""
    marks = c.lex.measure_marks
    if j >= len(c.tokens) or not marks:
        return False
    words = tuple(t[0] for t in c.tokens[j : j + 2])
    return words[:1] in marks or words in marks


def _clock_ends(c: Chart, j: int) -> bool:
    """Whether a clock time said as two numbers may end before token ``j``: the end, a mark
    that is not a dash glued to a word ("12 15-year-olds"), or a time word."""
    if j >= len(c.tokens):
        return True
    word = c.tokens[j][0]
    if word in ("-", "/") or word[0].isdecimal():
        return False
    return c.follower_ok(j) and "unit" not in c.at[j] and not measured(c, j)


# The rank of a clock word's reading ("noon", "mid day"), ahead of other readings of its words.
_NAMED_RANK = 2
_GLUED_HOUR = re.compile(r"\d{1,2}h")


def _hour_mark(c: Chart, t: Item) -> When:
    """A time of day written as an hour glued to the hour mark ("15h"), at the grain the
    language reads it at (``hour_mark_grain``: English "15h" is 15:00, French "15h" the hour)."""
    w: When = t.val
    if (
        w.minute is None
        and t.j - t.i == 1
        and c.lex.words.hour_mark_grain == "minute"
        and _GLUED_HOUR.fullmatch(c.tokens[t.i][0])
    ):
        return w.but(minute=0)
    return w


_RANGE_FROM = frozenset(("range_from",))


def _clock12(c: Chart, w: When) -> When:
    """An hour with no am/pm, marked for a 12-hour clock where the language reads one."""
    return w.but(hour12=True) if c.lex.words.twelve_hour_clock else w


def _plus_minutes(w: When, minutes: int) -> When:
    hour = w.hour or 0
    total = hour * 60 + minutes
    new_hour, minute = divmod(total, 60)
    if w.hour == 24 and minutes > 0:
        new_hour = 0  # "minuit trois" is three minutes past midnight
    return w.but(hour=new_hour % 25, minute=minute)


@rule(
    "time range_from num range_and num",
    "time range_from num range_to num",
    "time range_from tod range_and tod",
    "time range_from tod range_to tod",
    "time range_from num range_to tod",
    "time range_from tod range_to num",
    "time range_from short_tod",
)
def hours_of_a_day(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "in the evening between 8 and 9", "Jul 26th between 8 and 9", "mardi entre 9 et 11",
    # "tomorrow between 1-2:30": bare numbers or clock times after a day or a part of the day
    # and a range opener are its hours (not "on Tuesday between 8 and 9 percent": a unit after
    # them makes them figures)
    for t in c.get(i, "time"):
        w = t.val
        a_day = w.day is not None or w.weekday is not None or (w.span and w.span.grain == "day")
        if w.hour is not None or (w.pod is None and not a_day):
            continue  # "tomorrow", "Thursday", "Jul 26th", "in the evening"
        for opener in c.get(t.j, "range_from"):
            for a_end, first in _hour_ends(c, opener.j):
                for sep in (*c.get(a_end, "range_and"), *c.get(a_end, "range_to")):
                    for j, last in _hour_ends(c, sep.j):
                        if (
                            not c.follower_ok(j)
                            or measured(c, j)
                            or (j < len(c.tokens) and c.get(j, "unit"))
                        ):
                            continue
                        start = combine(c, w, first)
                        end = combine(c, w, last)
                        if start is None or end is None:
                            continue
                        span_a, span_b = c.resolve(start), c.resolve(end)
                        if span_a is None or span_b is None:
                            continue
                        if span_b.start <= span_a.start and last.hour12 and last.hour:
                            # "from 9 to 5": an end before the start on a 12-hour clock is
                            # in the afternoon
                            later = combine(c, w, last.but(hour=last.hour + 12, hour12=False))
                            span_b = c.resolve(later) if later is not None else None
                            if span_b is None:
                                continue
                        if span_b.start <= span_a.start:
                            continue
                        fine = [g for g in (span_a.grain, span_b.grain) if g in _FINE]
                        grain = min((*fine, "hour"), key=_FINE.index)  # "1-2:30": minutes
                        when = When(span=Span(span_a.start, span_b.end, grain), closed=True)
                        yield j, "time", when
                        for hedge in c.get(j, "hedge_after"):
                            yield hedge.j, "time", when  # "between 1-2:30 ish"


_FINE = ("second", "minute", "hour")


def _hour_ends(c: Chart, k: int) -> Iterator[tuple[int, When]]:
    """The hours a range of a day's hours may start or end with at token ``k``: a bare
    number in digits ("between 8 and 9") or a clock time ("1-2:30", "from 9am", "9a")."""
    for n in c.get(k, "num"):
        h = hour_of(n.val)
        if h is not None and n.val.digits:
            yield n.j, _clock12(c, h)
    for t in (*c.get(k, "tod"), *c.get(k, "short_tod")):
        yield t.j, t.val


# -- combinations -----------------------------------------------------------------------


@rule("time")
def intersect(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "lundi 18 février", "demain à 11h", "mardi la semaine prochaine", "lundi matin"
    elapsed = i > 0 and bool(c.get(i - 1, "taken_before"))
    for a in c.get(i, "time"):
        if elapsed and a.val.tod_only() and any(d.j == a.j for d in c.get(i, "dur")):
            continue  # "6-4, 7-6 en 1 h 52 jeudi": the time the match took, then the day
        if a.j == i + 1 and _rated_part_of_day(c, i):
            continue  # "16,20 € par nuit au 1er janvier": a rate's unit, then the day
        iso = a.j < len(c.tokens) and c.tokens[a.j][0] == "t" and c.glued(a.j - 1) and c.glued(a.j)
        seps = (None, *c.get(a.j, "p"), *c.get(a.j, "prep"))
        if iso:  # "2015-03-28T17:00"
            seps = (Item(a.j, a.j + 1, "p", "T"),)
        for sep in seps:
            start = a.j if sep is None else sep.j
            if sep is not None and sep.val == "(":
                yield from _bracketed_clock(c, a, sep)
                continue
            if sep is not None and sep.cat == "p" and sep.val not in {",", "@", "T"}:
                continue
            nexts = c.get(start, "time")
            longest = max((b.j for b in nexts), default=start)
            for b in nexts:
                if sep is not None and sep.val == "," and b.j < longest:
                    continue  # "Il y a 30 ans, le 6 mai 1994": not "le 6" alone, a date's head
                if weak_pair(a.val, b.val):
                    continue  # "sur Mars en 2021"
                if sep is None and _weekday_by_quarter(a.val, b.val):
                    continue  # "ses résultats du premier trimestre mardi": two times
                merged = combine(c, a.val, b.val)
                if merged is not None and merged != a.val:
                    yield b.j, "time", merged  # not "July 13th 2014 July": that adds nothing


def _bracketed_clock(c: Chart, a: Item, bracket: Item) -> Iterator[tuple[Any, ...]]:
    """A day and its clock time in brackets after it ("Sunday (8pm local time)", "jeudi (à
    20 h, heure de Paris)"): one time, the closing bracket in its span."""
    if a.val.tod_only() or _clocked(a.val):
        return
    for b in c.get(bracket.j, "time"):
        if not b.val.tod_only():
            continue
        for close in c.get(b.j, "p"):
            merged = combine(c, a.val, b.val) if close.val == ")" else None
            if merged is not None:
                yield close.j, "time", merged


def _rated_part_of_day(c: Chart, i: int) -> bool:
    """Whether token ``i`` is a part of the day after a rate word after a figure or its
    mark ("16,20 € par nuit", "£120 a night"): the unit of a price, no night."""
    toks = c.tokens
    return (
        i >= 2
        and "pod" in c.at[i]
        and toks[i - 1][0] in c.lex.rate_words
        and (
            toks[i - 2][0][-1].isdecimal()
            or bool(c.get(i - 2, "unit"))
            or (toks[i - 2][0],) in c.lex.measure_marks
        )
    )


def _weekday_by_quarter(a: When, b: When) -> bool:
    """Whether one of two adjacent times is a weekday alone and the other a quarter or a half
    with no month: no date is both ("du premier trimestre mardi" is Tuesday, and the quarter
    before it another time)."""
    for day, period in ((a, b), (b, a)):
        alone = day.weekday is not None and day.day is None and day.month is None
        if (
            alone
            and (period.quarter is not None or period.half is not None)
            and period.month is None
        ):
            return True
    return False


def possessive(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "last week's Sunday", "next month's first Monday", "2019's first quarter"
    toks = c.tokens
    for a in c.get(i, "time"):
        j = a.j
        if a.val.closed or j + 2 >= len(toks) or toks[j][0] != "'" or toks[j + 1][0] != "s":
            continue
        if not (c.glued(j - 1) and c.glued(j)):
            continue
        for b in c.get(j + 2, "time"):
            merged = combine(c, a.val, b.val)
            if merged is not None and not weak_pair(a.val, b.val):
                yield b.j, "time", merged


@rule("prep time", "boundary p time", "boundary time")
def absorb_prep(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "en mars 2024", "au premier trimestre", "le 28 mars": the preposition joins the span
    for j, (p, t) in c.seq(i, "prep", "time"):
        if _hours_for(c, p, t):
            continue  # "je partirai pour 3h", "for 3h": a duration
        if (
            c.get(i, "taken_before")
            and t.val.hour is not None
            and t.val.minute is not None
            and not t.val.but(hour=None, minute=None, hour12=False).fields()
            and any(d.j == t.j for d in c.get(t.i, "dur"))
        ):
            continue  # "bat Bouzkova 6-3, 6-4 en 1 h 32": the time it took, no clock time
        if p.j - p.i == 1 and c.tokens[i][0] in c.lex.unspanned_preps and not c.ending.get(i):
            # "their level of two years ago", "ahead of Diwali": the complement of a word that
            # is no time ("the weekend of 17 August" keeps it)
            continue
        if t.val.closed and _ends_period(c, t):
            continue  # "in the three months to March": the period is a noun phrase's
        if _led_by_prep(c, p, t):
            continue  # "résultat opérationnel courant au premier semestre": "au" opens it
        if _attributive_date(c, p, t):
            continue  # "the Aug. 8 fire", "the June 30 deadline": the article is the noun's
        if (
            j < len(c.tokens)
            and c.tokens[j][0] in c.lex.baseline_nouns
            and t.val.year is not None
            and t.val.month is None
            and t.j - t.i == 1
        ):
            continue  # "at 2019 prices": the preposition is the noun's, the year its attribute
        yield j, "time", cued(t.val), c.rank(t)
    for j, (b, _, t) in c.seq(i, "boundary", "p?", "time"):
        if i and c.tokens[i - 1][0] in c.lex.boundary_not_after:
            continue  # "a mis fin mardi à huit ans de taux négatifs": the verb's noun
        if t.val.boundary is None and (t.val.fields() or t.val.span is not None):
            yield j, "time", t.val.but(boundary=b.val, weak=after_cue(t.val))


def _led_by_prep(c: Chart, p: Item, t: Item) -> bool:
    """Whether ``p`` is a preposition that joins only a time with none of its own
    (``bare_preps``: "courant mars") and the time after it opens on one ("résultat
    opérationnel courant au premier semestre": "courant" qualifies the noun before)."""
    if p.j - p.i != 1 or c.tokens[p.i][0] not in c.lex.bare_preps:
        return False
    return bool(c.get(t.i, "prep"))


def _attributive_date(c: Chart, p: Item, t: Item) -> bool:
    """Whether an article alone before a month's day opens the noun the date qualifies,
    a word of no time after it ("the Aug. 8 fire", "The May 5 vote"), in a language that
    writes the day after the month: the article is the noun's, not the date's."""
    if p.j - p.i != 1 or not c.get(p.i, "article") or not c.lex.words.day_after_month:
        return False  # (French "le 28 mars" is the date's own article)
    w = t.val
    if w.month is None or w.day is None or w.hour is not None or t.j >= len(c.tokens):
        return False
    after = c.raw(t.j)
    return after.isalpha() and after.islower() and not c.at[t.j]


def _elapsed(c: Chart, i: int, j: int) -> bool:
    """Whether the clock reading of tokens ``[i, j)`` with seconds (under ten hours) is an
    elapsed time: no clock preposition before it ("at 7:58:30"), no am/pm after it
    ("2:00:35 pm"); "15:23:24" stays a time of day."""
    if i and c.get(i - 1, "clockprep"):
        return False
    return not (j < len(c.tokens) and (c.get(j, "am") or c.get(j, "pm")))


def _determiner_after(c: Chart, k: int) -> bool:
    """Whether token ``k`` is a determiner (``noun_determiners``; an elided "l'" too)."""
    if k >= len(c.tokens):
        return False
    word = c.tokens[k][0]
    return word in c.lex.noun_determiners or (
        word + "'" in c.lex.noun_determiners and k + 1 < len(c.tokens) and c.tokens[k + 1][0] == "'"
    )


def _counted_hours(c: Chart, t: Item) -> bool:
    """Whether the time ``t`` is a number then an hour word ("trois heures", "24 heures")
    with no end of a range after it ("de 9 heures à 18 heures" is a range of hours)."""
    return (
        t.j - t.i == 2
        and bool(c.get(t.i + 1, "unit") or c.get(t.i + 1, "clock"))
        and not c.raw(t.i + 1)[:1].isupper()
        and not (
            any(c.get(t.j, cat) for cat in ("range_to", "to", "bare_to"))
            and any(c.get(t.j + 1, cat) for cat in ("num", "htod", "tod", "clock"))
        )
    )


def _ends_period(c: Chart, t: Item) -> bool:
    """Whether the time ``t`` is a period of counted units ending with a month ("the three
    months to March", "douze mois glissants à fin mars", "l'exercice clos fin mars":
    ``time_rules_spans.periods_ending``)."""
    return any(
        "period_end" in c.at[k]
        and (
            bool(c.at[k - 1].keys() & _COUNTED)
            or ("rolling" in c.at[k - 1] and bool(c.at[k - 2].keys() & _COUNTED))
        )
        for k in range(t.i + 1, t.j)
    )


# what counts the units of a period before its end: a unit, or a noun that counts one there
_COUNTED = frozenset(("unit", "period_unit"))


def _hours_for(c: Chart, p: Item, t: Item) -> bool:
    """Whether the time ``t`` is a bare hour mark of a few hours ("3h") after a preposition
    ``p`` that opens a duration too ("pour", "for"): the number of hours ("je partirai pour
    3h"), not the hour. From ``FEW_HOURS`` on (see ``time_grammar``), it stays the hour
    ("prévu pour 15h", "pour 9h"). ``Chart._mixed`` reads "for 3h" so already; this keeps
    "for 3 h" and the like."""
    word = c.tokens[t.i][0]
    return (
        t.j == t.i + 1
        and _GLUED_HOUR.fullmatch(word) is not None
        and int(word[:-1]) < FEW_HOURS
        and any(d.j == p.j for d in c.get(p.i, "dur_before"))
    )


def grouped(c: Chart, j: int) -> bool:
    """Whether token ``j`` is a group of three digits that goes on the number before it:
    "hier à 5 100 dollars" holds no five o'clock, "octobre 22 000 emplois" no 22 October."""
    return j < len(c.tokens) and len(c.tokens[j][0]) == 3 and c.tokens[j][0].isdecimal()

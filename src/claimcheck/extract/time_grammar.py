"""The time grammar: a small chart parser over the words of a stretch of text.

Words become items through the language's lexicon ("mars" → a month, "d'ici" → a
relation); rules join adjacent items into larger ones ("le" + 28 + "mars" + 2024 → a day),
pass after pass, until nothing new appears. Every item keeps its token range, so the
caller picks the longest readings that do not overlap. The rules know categories only
(month, unit, relation…); every word is data in ``lexicons/<lang>/time.toml``.

The chart is bounded: a stretch holds at most :data:`MAX_ITEMS` items, so no input can
make a pass quadratic in the length of a text (stretches are short windows around cues).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from claimcheck.extract.time_lexicon import TimeLexicon
from claimcheck.extract.time_values import (
    Boundaries,
    Duration,
    Span,
    When,
    floor,
    resolve,
    shift,
    unit_span,
)

__all__ = ["Chart", "Item", "Num"]

MAX_ITEMS = 4000
MAX_PASSES = 6


@dataclass(frozen=True, slots=True)
class Num:
    """A number read in the text: its value, and how many digits it was written with
    (0 for words)."""

    value: float
    digits: int = 0


@dataclass(frozen=True, slots=True)
class Item:
    """A reading of the tokens ``[i, j)``: a category and a value."""

    i: int
    j: int
    cat: str
    val: Any


# Tokens that mix digits and letters, read on their own.
_HOUR = re.compile(r"(\d{1,2})h(\d{2})?")
_CODE_YEAR = re.compile(r"(\d{4})([a-z])([1-4])")
_DECADE = re.compile(r"(\d{3}0)s")


def _is_day(n: Num) -> bool:
    return n.value.is_integer() and 1 <= n.value <= 31 and n.digits <= 2


def _is_year(n: Num) -> bool:
    return n.digits == 4 and 1000 <= n.value <= 2999


def _is_month(n: Num) -> bool:
    return n.value.is_integer() and 1 <= n.value <= 12 and n.digits <= 2


# Categories that make no time on their own: a stretch with nothing else is not read.
_WEAK = frozenset(
    (
        "num",
        "p",
        "prep",
        "article",
        "count",
        "relation",
        "range_from",
        "range_to",
        "range_and",
        "bare_to",
        "dayfrom",
        "clockprep",
        "qualifier",
        "intensifier",
        "dur_before",
        "taken_before",
        "hence_before",
        "ago_before",
        "ago_after",
        "hence_after",
        "offset",
        "past",
        "to",
        "unitmod",
        "am",
        "pm",
        "ordinal",
        "boundary",
        "decade",
    )
)
_MARKS = frozenset("/-.:")
_SEASON_CUES = frozenset(("prep", "offset"))
_DAY_CUES = frozenset(("article", "dayfrom", "relation", "range_to", "p"))

Rule = Callable[["Chart", int], Iterator[tuple[Any, ...]]]


class Chart:
    """All readings of one stretch of tokens (see the module docstring)."""

    def __init__(
        self,
        text: str,
        tokens: list[tuple[str, int, int]],
        lexicon: TimeLexicon,
        ref: datetime,
        numerals: list[tuple[int, int, float, bool]],
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lexicon
        self.ref = ref
        self.spans: Boundaries = {
            str(grain): {str(part): span for part, span in parts.items()}
            for grain, parts in lexicon.words.boundary_spans.items()
        }
        self.at: list[dict[str, list[Item]]] = [{} for _ in range(len(tokens) + 1)]
        self.seen: set[tuple[int, int, str, Any]] = set()
        self.ranks: dict[tuple[int, int, str, Any], int] = {}
        self.count = 0
        self.added: list[int] = []
        self._lexical(numerals)

    # -- building ---------------------------------------------------------------------

    def add(self, i: int, j: int, cat: str, val: Any, rank: int = 5) -> bool:
        key = (i, j, cat, val)
        if key in self.seen:
            self.ranks[key] = min(rank, self.ranks[key])
            return False
        if self.count >= MAX_ITEMS:
            return False
        self.ranks[key] = rank
        self.added.append(i)
        self.seen.add(key)
        self.at[i].setdefault(cat, []).append(Item(i, j, cat, val))
        self.count += 1
        return True

    def get(self, i: int, cat: str) -> list[Item]:
        if i >= len(self.at):
            return []
        return self.at[i].get(cat, [])

    def glued(self, i: int) -> bool:
        """Whether token ``i`` touches token ``i + 1`` (no space between them)."""
        return i + 1 < len(self.tokens) and self.tokens[i][2] == self.tokens[i + 1][1]

    def raw(self, i: int) -> str:
        return self.text[self.tokens[i][1] : self.tokens[i][2]]

    def follower_ok(self, j: int) -> bool:
        """Whether the token after a bare number lets it stand as a year or a day: a mark,
        the end, a digit, or a word of ``year_followers`` or of the time lexicon."""
        if j >= len(self.tokens):
            return True
        word = self.tokens[j][0]
        if word in ("-", "/") and j + 1 < len(self.tokens) and self.tokens[j + 1][0].isdigit():
            return not self.glued(j - 1)  # "2023-2024" is one range, "2023" is not a year
        if not word[0].isalpha():
            return True
        return word in self.lex.followers or bool(self.at[j])

    def _lexical(self, numerals: list[tuple[int, int, float, bool]]) -> None:
        toks = self.tokens
        phrases = self.lex.phrases
        words = [t[0] for t in toks]
        lengths = self.lex.lengths
        for i, word in enumerate(words):
            for length in lengths.get(word, ()):
                if i + length <= len(words):
                    key = tuple(words[i : i + length])
                    for cat, val in phrases.get(key, ()):
                        self.add(i, i + length, cat, val)
            if word.isdigit():
                self.add(i, i + 1, "num", Num(float(word), len(word)))
            elif not word[0].isalnum():
                self.add(i, i + 1, "p", word)
            elif word[0].isdigit() or word[-1].isdigit():
                self._mixed(i, word)
        for start, end, value, ordinal in numerals:
            first = next((k for k, t in enumerate(toks) if t[1] == start), None)
            last = next((k for k, t in enumerate(toks) if t[2] == end), None)
            if first is None or last is None or last < first:
                continue
            if not any(t[0].isalpha() for t in toks[first : last + 1]):
                continue  # numbers in digits are read here, with their digit counts
            if ordinal:
                if value.is_integer():
                    self.add(first, last + 1, "ord", int(value))
            else:
                self.add(first, last + 1, "num", Num(value, 0))
        for i in range(len(toks)):
            for item in list(self.get(i, "count")):
                self.add(item.i, item.j, "num", Num(float(item.val), 0))
            for item in list(self.get(i, "ordinal")):
                if item.val > 0:
                    self.add(item.i, item.j, "ord", item.val)

    def _code(self, i: int, letter: str, year: int, number: int) -> None:
        """A quarter or half written as one token with its year ("2018Q4", "18q4")."""
        kind = self.lex.words.codes.get(letter)
        if kind == "quarter":
            self.add(i, i + 1, "time", When(year=year, quarter=number))
        elif kind == "half" and number <= 2:
            self.add(i, i + 1, "time", When(year=year, half=number))

    def _mixed(self, i: int, word: str) -> None:
        """A token of digits glued to letters: "15h30", "3pm", "1er", "2018Q4", "1990s",
        "14april", "Feb13", "T1", "2m" (the letters are looked up in the lexicon)."""
        if m := _HOUR.fullmatch(word):
            hour, minute = int(m[1]), m[2]
            if hour <= 24 and (minute is None or int(minute) < 60):
                self.add(i, i + 1, "tod", When(hour=hour, minute=int(minute) if minute else None))
                self.add(i, i + 1, "hdur", Num(hour + (int(minute) / 60 if minute else 0)))
            return
        if m := _CODE_YEAR.fullmatch(word):
            self._code(i, m[2], int(m[1]), int(m[3]))
            return
        if m := _DECADE.fullmatch(word):
            self.add(i, i + 1, "time", When(decade=int(m[1])))
            return
        if m := re.fullmatch(r"(\d{2})([a-z])([1-4])", word):
            self._code(i, m[2], 2000 + int(m[1]), int(m[3]))
            return
        head = re.fullmatch(r"(\d+)([a-z]+)", word)
        if head is None:
            tail = re.fullmatch(r"([a-z]+)(\d+)", word)
            if tail is None:
                return
            letters, digits = tail[1], tail[2]
            if letters in self.lex.words.codes and len(digits) == 1 and digits in "1234":
                self.add(i, i + 1, "code_" + self.lex.words.codes[letters], int(digits))
            for cat, val in self.lex.phrases.get((letters,), ()):
                if cat == "month" and 1 <= int(digits) <= 31 and len(digits) <= 2:
                    self.add(i, i + 1, "time", When(month=cast(int, val), day=int(digits)))
            return
        digits, letters = head[1], head[2]
        n = int(digits)
        if letters in self.lex.suffixes:
            self.add(i, i + 1, "ord", n)
        if letters in self.lex.words.codes and len(digits) == 1 and digits in "1234":
            self.add(i, i + 1, "code_" + self.lex.words.codes[letters], n)
        for cat, val in self.lex.phrases.get((letters,), ()):
            if cat in ("am", "pm") and len(digits) <= 2 and 1 <= n <= 12:
                self.add(i, i + 1, "tod", When(hour=n, ampm=cat))
            elif cat in ("am", "pm") and len(digits) == 2 and n < 60:
                self.add(i, i + 1, "minampm", (n, cat))
            elif cat in ("am", "pm") and len(digits) in (3, 4) and n % 100 < 60 and n // 100 <= 12:
                self.add(i, i + 1, "tod", When(hour=n // 100, minute=n % 100, ampm=cat))
            elif cat == "month" and len(digits) <= 2 and 1 <= n <= 31:
                self.add(i, i + 1, "time", When(month=cast(int, val), day=n))
            elif (cat == "unit" and not word.endswith("s")) or (cat == "unit" and len(letters) > 1):
                count, unit = cast(tuple[float, str], val)
                self.add(i, i + 1, "dur", Duration(n * count, unit))

    # -- parsing ----------------------------------------------------------------------

    def promising(self) -> bool:
        """Whether the stretch can hold a time at all: a time word (a season after a cue, a
        unit mark right after a number), a digit token glued to letters ("15h", "T1"), a
        year-like number, a day number after "le"/"du", or digits joined by a date or clock
        mark. Most stretches around a number in prose are not read further."""
        toks = self.tokens
        for i, slots in enumerate(self.at):
            if not slots:
                continue
            word = toks[i][0]
            before = self.at[i - 1].keys() if i else set()
            if slots.keys() <= _WEAK:
                if "num" in slots and word.isdigit():
                    if len(word) == 4 and "1000" <= word <= "2999":
                        return True
                    if i + 1 < len(toks) and toks[i + 1][0] in _MARKS and self.glued(i):
                        return True
                    if len(word) <= 2 and before & _DAY_CUES:
                        return True
                continue
            if len(word) == 1 and not word.isdigit():
                if "num" in before:
                    return True  # "2'", "5 h"
                continue
            if slots.keys() <= {"ord", "season", *_WEAK} and word.isalpha():
                if "season" in slots and before & _SEASON_CUES:
                    return True
                continue
            return True
        return False

    def parse(self) -> None:
        """Apply the rules, pass after pass, until no new reading appears. After the first
        pass a rule runs only near the readings the previous pass added."""
        if not self.promising():
            return
        low, high = 0, len(self.tokens)
        for _ in range(MAX_PASSES):
            before = self.count
            self.added = []
            for i in range(low, high):
                slots = self.at[i]
                if not slots:
                    continue
                for rule in _rules_for(frozenset(slots)):
                    base = RANKS.get(rule.__name__, 5)
                    for out in rule(self, i):
                        if out[2] is not None:
                            self.add(i, out[0], out[1], out[2], out[3] if len(out) > 3 else base)
            if self.count == before or self.count >= MAX_ITEMS:
                break
            low = max(0, min(self.added) - _REACH)
            high = min(len(self.tokens), max(self.added) + 1)

    def seq(self, i: int, *cats: str) -> list[tuple[int, list[Item]]]:
        """Every run of adjacent items of categories ``cats`` starting at token ``i`` (a
        category ending in "?" may be absent), as ``(end, items)``."""
        at = self.at
        size = len(at)
        paths: list[tuple[int, list[Item]]] = [(i, [])]
        for name, optional in _pattern(cats):
            grown: list[tuple[int, list[Item]]] = []
            for pos, items in paths:
                if optional:
                    grown.append((pos, [*items, Item(pos, pos, name, None)]))
                slot = at[pos].get(name) if pos < size else None
                if slot:
                    grown.extend((item.j, [*items, item]) for item in slot)
            if not grown:
                return []
            paths = grown
        return paths

    def resolve(self, w: When) -> Span | None:
        return resolve(w, self.ref, self.spans)

    def rank(self, item: Item) -> int:
        """How much a reading is preferred over others of the same words (lower first)."""
        return self.ranks.get((item.i, item.j, item.cat, item.val), 5)


RULES: list[Rule] = []


# How far left of a new reading a rule may start and still use it (tokens).
_REACH = 12


@functools.cache
def _rules_for(cats: frozenset[str]) -> tuple[Rule, ...]:
    """The rules that can start on an item of one of ``cats``, in rule order."""
    wanted = {id(r) for cat in cats for r in STARTS.get(cat, ())}
    return tuple(r for r in RULES if id(r) in wanted)


@functools.cache
def _pattern(cats: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    return tuple((c.rstrip("?"), c.endswith("?")) for c in cats)


# Which rule's reading wins when two cover the same words (lower first): specific
# constructions before the general intersection of two times.
RANKS = {
    "nth_of": 0,
    "ranges": 1,
    "day_ranges": 1,
    "day_then_hours": 1,
    "day_of_period": 1,
    "numeric_date": 2,
    "day_month": 2,
    "clock_minutes": 2,
    "weekday_day": 3,
    "relative_weekday": 3,
    "relative_unit": 3,
    "intersect": 6,
}


# For each category, the rules whose first item can be of that category, in rule order.
STARTS: dict[str, list[Rule]] = {}


def rule(*starts: str) -> Callable[[Rule], Rule]:
    """Register a rule, with the categories its first item can have (a rule runs at a
    position only when an item of one of them starts there)."""

    def register(func: Rule) -> Rule:
        RULES.append(func)
        for cat in starts:
            STARTS.setdefault(cat, []).append(func)
        return func

    return register


def _time(w: When | None) -> When | None:
    return w


# -- numbers and days -------------------------------------------------------------------


@rule("num")
def decimal(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for j, (a, p, b) in c.seq(i, "num", "p", "num"):
        if p.val in {",", "."} and c.glued(i) and c.glued(p.i) and a.val.digits and b.val.digits:
            yield j, "num", Num(float(f"{int(a.val.value)}.{int(b.val.value)}"), 0)


@rule("num", "ord", "month")
def day_month(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "28 mars", "1er janvier", "15 of february", "18th Dec"
    for j, (d, _, m) in c.seq(i, "num", "prep?", "month"):
        if _is_day(d.val):
            yield j, "time", When(day=int(d.val.value), month=m.val)
    for j, (d, _, m) in c.seq(i, "ord", "prep?", "month"):
        if 1 <= d.val <= 31:
            yield j, "time", When(day=d.val, month=m.val)
    # "March 28", "march 3rd", "February the 15th"
    for j, (m, _, d) in c.seq(i, "month", "prep?", "num"):
        if (
            _is_day(d.val)
            and c.follower_ok(j)
            and not (c.get(j, "p") and c.get(j, "p")[0].val == ":")
        ):
            yield j, "time", When(day=int(d.val.value), month=m.val)
    for j, (m, _, d) in c.seq(i, "month", "prep?", "ord"):
        if 1 <= d.val <= 31:
            yield j, "time", When(day=d.val, month=m.val)


@rule("time")
def add_year(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "28 mars 2024", "March 28, 2024", "31 octobre 74", "mars 2024", "March of 2024"
    for t in c.get(i, "time"):
        w = t.val
        if w.year is not None or w.span is not None or w.hour is not None:
            continue
        named = (w.month, w.season, w.quarter, w.half, w.holiday)
        if all(x is None for x in named):
            continue
        for j, (mark, y) in c.seq(t.j, "p?", "num"):
            if mark.val not in (None, ",") and not (mark.val == "." and c.glued(mark.i - 1)):
                continue
            if _is_year(y.val) or (y.val.digits == 2 and w.day is not None and j == y.j):
                year = int(y.val.value)
                if y.val.digits == 2:
                    year += 1900 if year >= 50 else 2000
                if y.val.digits == 4 or c.follower_ok(j):
                    yield j, "time", replace(w, year=year, future=False, weak=0)
        for j, (_, y) in c.seq(t.j, "prep", "num"):
            if _is_year(y.val) and c.follower_ok(j) and not w.weak:
                yield j, "time", replace(w, year=int(y.val.value), future=False)


@rule("month", "weekday")
def month_alone(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for m in c.get(i, "month"):
        yield m.j, "time", When(month=m.val, weak=_weak(c, m))
    for wd in c.get(i, "weekday"):
        j = wd.j
        if (
            j < len(c.tokens)
            and c.tokens[j][0] == "."
            and c.glued(i)
            and c.tokens[i][0] in c.lex.short
        ):
            j += 1  # "lun.", "fri."
        yield j, "time", When(weekday=wd.val, weak=_weak(c, wd))


def _cue(w: When) -> int:
    """The weakness left once a preposition or a relative word stands before ``w``."""
    return 0 if w.weak <= 1 else w.weak


def _weak(c: Chart, item: Item) -> int:
    """What a month or weekday word needs around it to be a date (see ``When.weak``)."""
    word = c.tokens[item.i][0]
    if item.j - item.i != 1:
        return 0
    if word in c.lex.short:
        return 2
    if word in c.lex.weak:
        raw = c.raw(item.i)
        return c.lex.words.weak_levels["lower" if raw.islower() else "capitalized"]
    return 0


@rule("weekday")
def weekday_day(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "mercredi 13", "jeudi 15 à 8h", "Tuesday the 19th", "lundi en huit"
    for wd in c.get(i, "weekday"):
        for j, (_, d) in c.seq(wd.j, "article?", "num"):
            if _is_day(d.val) and c.follower_ok(j):
                yield j, "time", When(weekday=wd.val, day=int(d.val.value))
        for j, (_, d) in c.seq(wd.j, "article?", "ord"):
            if 1 <= d.val <= 31:
                yield j, "time", When(weekday=wd.val, day=d.val)
        for j, (s,) in c.seq(wd.j, "weekshift"):
            day = floor(c.ref, "day")
            low = shift(day, "day", 7 * s.val)
            yield j, "time", When(weekday=wd.val, span=Span(low, shift(low, "day", 7), "day"))


@rule("ord", "ordinal")
def nth_of(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "le premier mercredi du mois prochain", "la dernière semaine de septembre 2014",
    # "le 3e jour d'octobre", "the last Sunday of March 2014", "premier week-end de septembre"
    for o_cat in ("ord", "ordinal"):
        for o in c.get(i, o_cat):
            n = o.val
            for what_cat in ("weekday", "unit", "weekpart"):
                for what in c.get(o.j, what_cat):
                    for j, (_, t) in c.seq(what.j, "prep", "time"):
                        span = c.resolve(t.val)
                        if span is None or span.grain not in ("month", "year", "quarter"):
                            continue
                        found = _nth(span, what_cat, what.val, n)
                        if found is not None:
                            yield j, "time", When(span=found)


@rule("ord", "unit")
def nth_last_and_week_of(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "the 2nd last week of October 2018", "fifth last day of May"
    for o in c.get(i, "ord"):
        for last in c.get(o.j, "ordinal"):
            if last.val != -1:
                continue
            for what_cat in ("weekday", "unit", "weekpart"):
                for what in c.get(last.j, what_cat):
                    for j, (_, t) in c.seq(what.j, "prep", "time"):
                        span = c.resolve(t.val)
                        if span is not None and span.grain in ("month", "year", "quarter"):
                            found = _nth(span, what_cat, what.val, -o.val)
                            if found is not None:
                                yield j, "time", When(span=found), 0
    # "la semaine du 7 octobre", "the week of October 7th": the week that holds that day
    for u in c.get(i, "unit"):
        if u.val != (1.0, "week"):
            continue
        for j, (_, t) in c.seq(u.j, "prep", "time"):
            span = c.resolve(t.val)
            if span is not None and span.grain == "day":
                week = floor(span.start, "week")
                yield j, "time", When(span=Span(week, shift(week, "week", 1), "week")), 0


def _nth(span: Span, kind: str, what: Any, n: int) -> Span | None:
    from datetime import timedelta

    days = [span.start + timedelta(days=k) for k in range((span.end - span.start).days)]
    if kind == "weekday":
        picks = [d for d in days if d.weekday() == what]
        grain, length = "day", timedelta(days=1)
    elif kind == "weekpart":
        picks = [d + timedelta(hours=18) for d in days if d.weekday() == 4]
        grain, length = "hour", timedelta(days=2, hours=6)
    elif what == (1.0, "day"):
        picks, grain, length = days, "day", timedelta(days=1)
    elif what == (1.0, "week"):
        picks = [d for d in days if d.weekday() == 0 and d + timedelta(days=7) <= span.end]
        grain, length = "week", timedelta(days=7)
    else:
        return None
    if not picks or n == 0 or n > len(picks):
        return None
    pick = picks[n - 1] if n > 0 else picks[n]
    return Span(pick, pick + length, grain)


@rule("ord", "num")
def day_of_period(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for cat in ("ord", "num"):
        for d in c.get(i, cat):
            day = d.val if cat == "ord" else (int(d.val.value) if _is_day(d.val) else 0)
            if not 1 <= day <= 31:
                continue
            for j, (_, t) in c.seq(d.j, "prep", "time"):
                if t.val.span is not None and t.val.span.grain == "month" and not t.val.fields():
                    yield j, "time", When(day=day, span=t.val.span)


@rule("num")
def numeric_date(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    dmy = c.lex.words.numeric_order == "dmy"
    for j, (a, p, b, q, d) in c.seq(i, "num", "p", "num", "p", "num"):
        if p.val != q.val or p.val not in "/-." or not (c.glued(a.i) and c.glued(p.i)):
            continue
        if not (c.glued(b.i) and c.glued(q.i)):
            continue
        x, y, z = (int(v.val.value) for v in (a, b, d))
        if a.val.digits == 4:
            w = _date(x, y, z)
        else:
            year = (
                z
                if d.val.digits == 4
                else (z + (1900 if z >= 50 else 2000) if d.val.digits == 2 else None)
            )
            if year is None:
                continue
            w = _date(year, y, x) if dmy else _date(year, x, y)
            if w is None and p.val == "-":
                w = _date(year, x, y) if dmy else _date(year, y, x)
        if w is not None:
            yield j, "time", w
    for j, (a, p, b) in c.seq(i, "num", "p", "num"):
        # "2014-10": a year and a month
        year_month = p.val == "-" and a.val.digits == 4 and b.val.digits == 2 and _is_month(b.val)
        more = j < len(c.tokens) and c.tokens[j][0] == "-"
        if year_month and c.glued(a.i) and c.glued(p.i) and not more:
            yield j, "time", When(year=int(a.val.value), month=int(b.val.value))
        if p.val not in "/" or not c.glued(a.i) or not c.glued(p.i):
            continue
        if j < len(c.tokens) and c.tokens[j][0] in {"/", "-", "."} and c.glued(b.i):
            continue
        if a.val.digits == 4 and _is_month(b.val):
            yield j, "time", When(year=int(a.val.value), month=int(b.val.value))
            continue
        if _is_month(a.val) and _is_year(b.val):
            yield j, "time", When(year=int(b.val.value), month=int(a.val.value))
            continue
        if c.get(j, "unit"):
            continue
        x, y = int(a.val.value), int(b.val.value)
        day, month = (x, y) if dmy else (y, x)
        if a.val.digits <= 2 and b.val.digits <= 2 and 1 <= month <= 12 and 1 <= day <= 31:
            yield j, "time", When(day=day, month=month)


@rule("num")
def named_month_date(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "31-Oct-74", "31/Oct/1974"
    for j, (d, p, m, q, y) in c.seq(i, "num", "p", "month", "p", "num"):
        if p.val == q.val and p.val in "-/" and _is_day(d.val) and y.val.digits in (2, 4):
            year = int(y.val.value)
            if y.val.digits == 2:
                year += 1900 if year >= 50 else 2000
            w = _date(year, m.val, int(d.val.value))
            if w is not None:
                yield j, "time", w


def _date(year: int, month: int, day: int) -> When | None:
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    return When(year=year, month=month, day=day)


@rule("prep", "article", "num")
def article_day(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "le 16", "the 24th", "on the 15th": a day of the month on its own
    for j, (_, d) in c.seq(i, "prep", "ord"):
        if 1 <= d.val <= 31 and c.follower_ok(j):
            yield j, "time", When(day=d.val)
    for j, (_, d) in c.seq(i, "article", "num"):
        if _is_day(d.val) and c.follower_ok(j):
            yield j, "time", When(day=int(d.val.value))
    # "le 17 02", "20 02 2014": day and month (and year) in digits apart
    for j, (_, d, m) in c.seq(i, "article", "num", "num"):
        if _is_day(d.val) and _is_month(m.val) and c.follower_ok(j):
            yield j, "time", When(day=int(d.val.value), month=int(m.val.value))
    for j, (d, m, y) in c.seq(i, "num", "num", "num"):
        if _is_day(d.val) and _is_month(m.val) and y.val.digits in (2, 4) and c.follower_ok(j):
            year = int(y.val.value)
            if y.val.digits == 2:
                year += 1900 if year >= 50 else 2000
            if _date(year, int(m.val.value), int(d.val.value)) is not None and 1900 <= year <= 2100:
                yield j, "time", When(year=year, month=int(m.val.value), day=int(d.val.value))


def _not_counted(c: Chart, j: int) -> bool:
    """Whether a number ending at ``j`` is not the start of a count range ("de 2000 à
    3000 personnes")."""
    for sep in c.get(j, "range_to"):
        for n in c.get(sep.j, "num"):
            if not c.follower_ok(n.j):
                return False
    return True


@rule("prep", "boundary", "decade")
def years(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "en 2024", "in 2024", "de 2020", "fin 2025", "mi-2025": a year needs a cue word
    for j, (_, y) in c.seq(i, "prep", "num"):
        if _is_year(y.val) and c.follower_ok(j) and _not_counted(c, j):
            yield j, "time", When(year=int(y.val.value))
    for j, (b, _, y) in c.seq(i, "boundary", "p?", "num"):
        if _is_year(y.val) and c.follower_ok(j):
            yield j, "time", When(year=int(y.val.value), boundary=b.val)
    for j, (_, y) in c.seq(i, "decade", "num"):
        if _is_year(y.val) and y.val.value % 10 == 0:
            yield j, "time", When(decade=int(y.val.value))


@rule("ord", "ordinal", "code_quarter", "code_half", "num")
def quarters(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "premier trimestre", "second semestre", "3rd quarter", "T1", "Q1 2025", "H2 2024"
    for j, (o, u) in c.seq(i, "ord", "unit"):
        count, unit = u.val
        if unit == "quarter" and count == 1 and 1 <= o.val <= 4:
            yield j, "time", When(quarter=o.val)
        elif unit == "month" and count == 6 and 1 <= o.val <= 2:
            yield j, "time", When(half=o.val)
    for j, (o, u) in c.seq(i, "ordinal", "unit"):
        if o.val == -1 and u.val == (1.0, "quarter"):
            yield j, "time", When(quarter=4)
        elif o.val == -1 and u.val == (6.0, "month"):
            yield j, "time", When(half=2)
    for q in c.get(i, "code_quarter"):
        yield q.j, "time", When(quarter=q.val)
    for h in c.get(i, "code_half"):
        if c.get(h.j, "num") and any(_is_year(n.val) for n in c.get(h.j, "num")):
            yield h.j, "time", When(half=h.val)
    for j, (y, h) in c.seq(i, "num", "code_quarter"):
        if _is_year(y.val):
            yield j, "time", When(year=int(y.val.value), quarter=h.val)


@rule("offset", "unit", "boundary")
def relative_unit(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "l'an dernier", "le mois prochain", "cette année", "last year", "next quarter"
    for j, (o, u) in c.seq(i, "offset", "unit"):
        span = _shifted(c, u.val, o.val)
        if span is not None:
            yield j, "time", When(span=span)
    for j, (u, o) in c.seq(i, "unit", "offset"):
        if not c.lex.words.offset_after_unit:
            break
        if o.val != 0 or c.tokens[o.i][0] not in {"ce", "cet", "cette", "this"}:
            span = _shifted(c, u.val, o.val)
            if span is not None:
                yield j, "time", When(span=span)
    # "l'année", "le mois" with a boundary: "en fin d'année", "à la fin du mois"
    for j, (b, _, u) in c.seq(i, "boundary", "prep?", "unit"):
        span = _shifted(c, u.val, 0)
        if span is not None:
            yield j, "time", When(span=span, boundary=b.val)


def _shifted(c: Chart, unit: tuple[float, str], offset: int) -> Span | None:
    count, name = unit
    if count == 6 and name == "month":
        start = floor(c.ref, "month").replace(month=1 if c.ref.month <= 6 else 7)
        start = shift(start, "month", 6 * offset)
        return Span(start, shift(start, "month", 6), "quarter")
    if count != 1:
        return None
    return unit_span(c.ref, name, offset)


@rule("time", "offset")
def relative_weekday(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "lundi prochain", "mardi dernier", "next tuesday", "last Sunday"
    for j, (t, o) in c.seq(i, "time", "offset"):
        if not c.lex.words.offset_after_unit:
            break
        w = t.val
        if w.weekday is not None and not w.fields_other():
            yield j, "time", replace(w, direction=o.val or w.direction)
        elif w.month is not None and w.day is None and w.year is None:
            yield j, "time", replace(w, year=c.ref.year + o.val)
        elif w.weekend and w.span is None:
            yield j, "time", replace(w, span=unit_span(c.ref, "week", o.val))
    for j, (o, t) in c.seq(i, "offset", "time"):
        w = t.val
        if (
            w.weekday is not None
            and not w.fields_other()
            and o.val
            and c.lex.words.weekday_offsets_by_week
        ):
            yield j, "time", replace(w, span=unit_span(c.ref, "week", o.val))
        elif w.weekday is not None and not w.fields_other():
            yield j, "time", replace(w, direction=o.val or w.direction)
        elif w.pod is not None and not w.fields() and w.span is None and o.val:
            day = shift(floor(c.ref, "day"), "day", o.val)
            yield j, "time", replace(w, span=Span(day, shift(day, "day", 1), "day"))
        elif w.season is not None and w.year is None:
            yield j, "time", w
        elif w.holiday is not None and w.year is None and w.span is None:
            yield j, "time", replace(w, direction=o.val)
        elif w.weekend and w.span is None:
            yield j, "time", replace(w, span=unit_span(c.ref, "week", o.val))
        elif w.pod is not None and w.span is None and not w.fields() and o.val == 0:
            yield j, "time", w
        elif w.month is not None and w.day is None and w.year is None and o.val != 0:
            yield j, "time", replace(w, year=c.ref.year + o.val, weak=_cue(w))


@rule("dayword", "now", "holiday", "season", "weekpart", "pod", "bunit")
def day_words(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for d in c.get(i, "dayword"):
        day = floor(c.ref, "day")
        start = shift(day, "day", d.val)
        yield d.j, "time", When(span=Span(start, shift(start, "day", 1), "day"))
    for n in c.get(i, "now"):
        yield (
            n.j,
            "time",
            When(
                span=Span(
                    floor(c.ref, "second"), shift(floor(c.ref, "second"), "second", 1), "second"
                )
            ),
        )
    for h in c.get(i, "holiday"):
        yield h.j, "time", When(holiday=h.val)
    for b in c.get(i, "bunit"):
        boundary, unit = b.val
        yield b.j, "time", When(span=unit_span(c.ref, unit, 0), boundary=boundary)
    for w in c.get(i, "weekpart"):
        yield w.j, "time", When(weekend=True)
    for p in c.get(i, "pod"):
        yield p.j, "time", When(pod=p.val)


@rule("season", "prep", "offset")
def seasons(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "en été", "l'été 2024", "cet hiver", "summer 2023": a season needs a cue ("il a été")
    for j, (s, _, y) in c.seq(i, "season", "prep?", "num"):
        if _is_year(y.val):
            yield j, "time", When(season=s.val, year=int(y.val.value))
    for cue in ("prep", "offset"):
        for j, (_, s) in c.seq(i, cue, "season"):
            yield j, "time", When(season=s.val)


# -- times of day -----------------------------------------------------------------------


@rule("num", "clock")
def clock(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for j, (h, p, m) in c.seq(i, "num", "p", "num"):
        if (
            p.val == ":"
            and c.glued(h.i)
            and c.glued(p.i)
            and h.val.digits <= 2
            and m.val.digits == 2
        ):
            hour, minute = int(h.val.value), int(m.val.value)
            if hour <= 24 and minute < 60:
                w = _clock12(c, When(hour=hour, minute=minute))
                k = j
                for k2, (p2, s) in c.seq(j, "p", "num"):
                    if p2.val == ":" and s.val.digits == 2 and s.val.value < 60:
                        w, k = replace(w, second=int(s.val.value)), k2
                yield k, "tod", w
    for j, (h, u, m) in c.seq(i, "num", "unit", "num?"):
        if c.get(i, "count"):
            continue  # "une heure", "an hour" are durations
        if u.val == (1.0, "hour") and h.val.value.is_integer() and 0 <= h.val.value <= 24:
            if m.val is not None and m.val.value >= 60:
                continue
            mins = None if m.val is None else int(m.val.value)
            yield j, "htod", When(hour=int(h.val.value), minute=mins)
    for j, (h, p, m) in c.seq(i, "num", "p", "minampm"):
        if p.val == ":" and c.glued(h.i) and c.glued(p.i) and 1 <= h.val.value <= 12:
            yield j, "tod", When(hour=int(h.val.value), minute=m.val[0], ampm=m.val[1])
    for j, (h, _) in c.seq(i, "num", "oclock"):
        if h.val.value.is_integer() and 0 <= h.val.value <= 24 and h.val.digits <= 2:
            yield j, "tod", _clock12(c, When(hour=int(h.val.value)))
    for named in c.get(i, "clock"):
        yield named.j, "tod", When(hour=named.val)


@rule("clockprep", "htod", "tod", "num", "time")
def clock_cues(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "à 15 heures", "vers 5h", "3 heures du matin", "3pm", "8h du soir"
    for j, (_, t) in c.seq(i, "clockprep", "htod"):
        yield j, "tod", t.val
    for j, (t, _) in c.seq(i, "htod", "am"):
        yield j, "tod", replace(t.val, ampm="am")
    for j, (t, _) in c.seq(i, "htod", "pm"):
        yield j, "tod", replace(t.val, ampm="pm")
    for j, (t, _) in c.seq(i, "tod", "am"):
        if t.val.ampm is None and t.val.hour is not None and t.val.hour <= 12:
            yield j, "tod", replace(t.val, ampm="am")
    for j, (t, _) in c.seq(i, "tod", "pm"):
        if t.val.ampm is None and t.val.hour is not None and t.val.hour <= 12:
            yield j, "tod", replace(t.val, ampm="pm")
    for half in ("am", "pm"):
        for j, (n, a) in c.seq(i, "num", half):
            if a.j - a.i == 1 and len(c.tokens[a.i][0]) == 1 and not c.glued(n.i):
                continue  # "10 a" is not "10 a.m."
            if n.val.digits <= 2 and 1 <= n.val.value <= 12:
                yield j, "tod", When(hour=int(n.val.value), ampm=half)
    for t in c.get(i, "tod"):
        yield t.j, "time", t.val
    # "Saturday morning at 9", "tonight at 11", "8 tonight", "this morning @ 10"
    for t in c.get(i, "time"):
        if t.val.pod is None and t.val.span is None and t.val.weekday is None:
            continue
        for j, (_, n) in c.seq(t.j, "clockprep", "num"):
            h = _hour(n.val)
            if h is not None and c.follower_ok(j):
                merged = _intersect(c, t.val, _clock12(c, h))
                if merged is not None:
                    yield j, "time", merged
    for n in c.get(i, "num"):
        h = _hour(n.val)
        if h is None:
            continue
        for t in c.get(n.j, "time"):
            if t.val.pod is not None and t.val.hour is None and not t.val.fields():
                merged = _intersect(c, _clock12(c, h), t.val)
                if merged is not None:
                    yield t.j, "time", merged
    # "8 heures ce soir", "3 heures du matin"
    for hh in c.get(i, "htod"):
        for t in c.get(hh.j, "time"):
            if t.val.pod is not None or t.val.span is not None:
                merged = _intersect(c, hh.val, t.val)
                if merged is not None:
                    yield t.j, "time", merged


@rule("tod", "htod", "clockbefore", "num")
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
                v = n.val.value
                if v.is_integer() and 0 < v < 60 and (n.val.digits != 1):
                    if not c.get(j, "unit") and c.follower_ok(j):
                        yield j, cat, _plus_minutes(w, int(v))
                elif v.is_integer() and -60 < v < 0:  # "midi moins cinq", read as -5
                    yield j, "tod", _plus_minutes(w, int(v))
            for j, (_, n, _) in c.seq(t.j, "to", "num", "unit?"):
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
                w = t.val if cat == "tod" else _hour(t.val)
                if w is not None and w.minute is None:
                    yield t.j, "tod", _plus_minutes(w, b.val)
    for j, (n, _, _, t) in c.seq(i, "num", "unit?", "past", "tod"):
        if n.val.value.is_integer() and 0 < n.val.value < 60 and t.val.minute is None:
            yield j, "tod", _plus_minutes(t.val, int(n.val.value))
    for j, (n, _, _, t) in c.seq(i, "num", "unit?", "to", "tod"):
        if n.val.value.is_integer() and 0 < n.val.value < 60 and t.val.minute is None:
            yield j, "tod", _plus_minutes(t.val, -int(n.val.value))


def _clock12(c: Chart, w: When) -> When:
    """An hour with no am/pm, marked for a 12-hour clock where the language reads one."""
    return replace(w, hour12=True) if c.lex.words.twelve_hour_clock else w


def _hour(n: Num) -> When | None:
    if n.value.is_integer() and 0 <= n.value <= 24 and n.digits <= 2:
        return When(hour=int(n.value))
    return None


def _plus_minutes(w: When, minutes: int) -> When:
    hour = w.hour or 0
    total = hour * 60 + minutes
    new_hour, minute = divmod(total, 60)
    if w.hour == 24 and minutes > 0:
        new_hour = 0  # "minuit trois" is three minutes past midnight
    return replace(w, hour=new_hour % 25, minute=minute)


# -- combinations -----------------------------------------------------------------------


@rule("time")
def intersect(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "lundi 18 février", "demain à 11h", "mardi la semaine prochaine", "lundi matin"
    for a in c.get(i, "time"):
        for sep in (None, *c.get(a.j, "p"), *c.get(a.j, "prep")):
            start = a.j if sep is None else sep.j
            if sep is not None and sep.cat == "p" and sep.val not in {",", "@"}:
                continue
            for b in c.get(start, "time"):
                if _weak_pair(a.val, b.val):
                    continue  # "sur Mars en 2021"
                merged = _intersect(c, a.val, b.val)
                if merged is not None:
                    yield b.j, "time", merged


def _weak_pair(a: When, b: When) -> bool:
    """Whether a weak word would be joined to a time that does not make it a date: only a
    weak weekday next to a full date is ("Fri, Jul 18")."""
    for weak, other in ((a, b), (b, a)):
        if weak.weak and not (weak.weekday is not None and other.day is not None):
            return True
    return False


def _intersect(c: Chart, a: When, b: When) -> When | None:
    if a.closed or b.closed:
        return None
    if a.span is not None and b.span is not None:
        if a.span.grain != b.span.grain or a.span != b.span:
            inner, outer = (a, b) if _width(a.span) < _width(b.span) else (b, a)
            if (
                outer.span is not None
                and inner.span is not None
                and outer.span.start <= inner.span.start
                and inner.span.end <= outer.span.end
            ):
                return inner
        return None
    if (a.decade or b.decade) or (a.weekend and b.weekend):
        return None
    if (a.weekend and b.fields()) or (b.weekend and a.fields()):
        return None
    if a.span is not None and b.fields() is False and b.pod is None and b.boundary is None:
        return None
    if a.hour is not None and b.hour is not None:
        return None
    if (a.pod is not None and b.pod is not None) or (
        a.boundary is not None and b.boundary is not None
    ):
        return None
    return a.merge(b)


def _width(span: Span) -> float:
    return (span.end - span.start).total_seconds()


@rule("prep", "boundary")
def absorb_prep(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "en mars 2024", "au premier trimestre", "le 28 mars": the preposition joins the span
    for j, (_, t) in c.seq(i, "prep", "time"):
        yield j, "time", replace(t.val, weak=_cue(t.val)), c.rank(t)
    for j, (b, _, t) in c.seq(i, "boundary", "p?", "time"):
        if t.val.boundary is None and (t.val.fields() or t.val.span is not None):
            yield j, "time", replace(t.val, boundary=b.val)


# -- durations --------------------------------------------------------------------------


@rule("num", "hdur")
def durations(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for j, (n, u) in c.seq(i, "num", "unit"):
        count, unit = u.val
        value = n.val.value * count
        if c.tokens[u.i][0] in {"'", '"'} and not c.glued(n.i):
            continue
        if (
            len(c.tokens[u.i][0]) == 1
            and c.tokens[u.i][0].isalpha()
            and not (c.glued(n.i) or n.val.digits)
        ):
            continue
        yield j, "dur", _duration(value, unit)
    for j, (n, h, u) in c.seq(i, "num", "half", "unit"):
        yield j, "dur", _duration((n.val.value + h.val) * u.val[0], u.val[1])
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
            if v.is_integer() and 0 < v < 60 and not c.get(j, "unit") and not c.get(j, "unitmod"):
                yield j, "dur", Duration(d.val.value * 60 + v, "minute")
    for h in c.get(i, "hdur"):
        if c.get(h.j, "half") or (i > 0 and any(x.j == i for x in _ending(c, i, "dur_before"))):
            yield h.j, "dur", _duration(h.val.value, "hour")


def _ending(c: Chart, j: int, cat: str) -> list[Item]:
    return [x for k in range(max(0, j - 4), j) for x in c.get(k, cat) if x.j == j]


def _duration(value: float, unit: str) -> Duration:
    if not float(value).is_integer() and unit == "year" and float(value * 12).is_integer():
        return Duration(value * 12, "month")
    return Duration(value, unit)


_IN_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_IN_MONTHS = {"month": 1, "quarter": 3, "year": 12}


@rule("dur")
def compound_durations(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "un an et demi", "2 years and 3 months", "an hour and a half"
    for j, (d, h) in c.seq(i, "dur", "half"):
        v = d.val
        if v.qualifier == "exact" and v.value.is_integer():
            yield j, "dur", _duration(v.value + h.val, v.unit)
    for sep in ("p?", "range_and"):
        for j, (a, s, b) in c.seq(i, "dur", sep, "dur"):
            if s.val is not None and s.cat == "p" and s.val != ",":
                continue
            total = _sum(a.val, b.val)
            if total is not None:
                yield j, "dur", total


def _sum(a: Duration, b: Duration) -> Duration | None:
    if a.qualifier != "exact" or b.qualifier != "exact":
        return None
    if a.unit in _IN_MONTHS and b.unit in _IN_MONTHS and _IN_MONTHS[a.unit] > _IN_MONTHS[b.unit]:
        return Duration(a.value * _IN_MONTHS[a.unit] / _IN_MONTHS[b.unit] + b.value, b.unit)
    seconds = {**_IN_SECONDS, "month": 2592000, "quarter": 7776000, "year": 31536000}
    if seconds[a.unit] > seconds[b.unit]:
        return Duration(a.value * seconds[a.unit] / seconds[b.unit] + b.value, b.unit)
    return None


@rule("qualifier", "dur_before", "taken_before", "intensifier")
def hedged_durations(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "plus de six mois", "pendant trois ans", "en seulement six mois"
    for j, (q, d) in c.seq(i, "qualifier", "dur"):
        if d.val.qualifier == "exact":
            yield j, "dur", replace(d.val, qualifier=q.val)
    for cue in ("dur_before", "taken_before", "intensifier"):
        for j, (_, d) in c.seq(i, cue, "dur"):
            yield j, "dur", d.val


# -- relative to the reference ----------------------------------------------------------


@rule("ago_before", "dur", "hence_before")
def ago_and_hence(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "il y a deux ans", "two years ago", "dans six mois", "in 3 days", "3 days from now"
    for j, (_, d) in c.seq(i, "ago_before", "dur"):
        yield j, "time", _moved(c, d.val, -1)
    for j, (d, _) in c.seq(i, "dur", "ago_after"):
        yield j, "time", _moved(c, d.val, -1)
    for j, (_, d) in c.seq(i, "hence_before", "dur"):
        if not c.get(d.i, "intensifier"):  # "in just six months" is the time it took
            yield j, "time", _moved(c, d.val, 1)
    for j, (d, _) in c.seq(i, "dur", "hence_after"):
        yield j, "time", _moved(c, d.val, 1)
    for j, (_, h) in c.seq(i, "hence_before", "hdur"):
        yield j, "time", _moved(c, Duration(h.val.value, "hour"), 1)


def _moved(c: Chart, d: Duration, sign: int) -> When | None:
    if d.qualifier != "exact":
        return None
    from claimcheck.extract.time_values import FINER

    grain = FINER[d.unit]
    try:
        moment = shift(c.ref, d.unit, sign * d.value)
    except (OverflowError, ValueError):
        return None
    start = floor(moment, grain)
    return When(span=Span(start, shift(start, grain, 1), grain))


@rule("num", "offset")
def last_n(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "les 2 derniers mois", "3 prochains jours", "the past six months", "next 3 weeks"
    for pattern in (
        ("num", "offset", "unit"),
        ("offset", "num", "unit"),
        ("num", "unit", "offset"),
    ):
        for j, items in c.seq(i, *pattern):
            n = next(x for x in items if x.cat == "num")
            o = next(x for x in items if x.cat == "offset")
            u = next(x for x in items if x.cat == "unit")
            count, unit = u.val
            if o.val == 0 or count != 1 or not n.val.value.is_integer() or n.val.value < 1:
                continue
            if n.val.value > 1000:
                continue
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


@rule("time", "num", "ord", "range_from")
def ranges(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "de 2020 à 2023", "2023-2024", "du 13 au 15 juillet", "entre 9h30 et 11h"
    for start in (i, *(f.j for f in c.get(i, "range_from"))):
        for a_cat in ("time", "num", "ord", "htod"):
            if a_cat == "htod" and start == i:
                continue
            for a in c.get(start, a_cat):
                for sep in c.get(a.j, "range_to"):
                    if start == i and not c.get(sep.i, "bare_to"):
                        continue
                    if start == i and a_cat == "time" and a.val.span is not None:
                        continue
                    for b_cat in ("time", "num", "ord"):
                        for b in c.get(sep.j, b_cat):
                            span = _range(c, a, b, a_cat, b_cat, bool(start != i))
                            if span is not None:
                                yield b.j, "time", When(span=span, closed=True)


@rule("time")
def day_then_hours(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "jeudi de 9h à 11h": a range of hours on a day named before it
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
                    for b in c.get(sep.j, "time"):
                        if not b.val.tod_only():
                            continue
                        start = c.resolve(replace(a.val, span=anchor))
                        end = c.resolve(replace(b.val, span=anchor))
                        if start is not None and end is not None:
                            span = _join(start, end, b.val)
                            if span is not None:
                                yield b.j, "time", When(span=span, closed=True)


@rule("dayfrom")
def day_ranges(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "du 13 au 18", "du 13e au dix-huit": days of the coming month
    for f in c.get(i, "dayfrom"):
        for a_cat in ("num", "ord"):
            for a in c.get(f.j, a_cat):
                first = a.val if a_cat == "ord" else (int(a.val.value) if _is_day(a.val) else 0)
                if not 1 <= first <= 31:
                    continue
                for sep in c.get(a.j, "range_to"):
                    for b_cat in ("num", "ord"):
                        for b in c.get(sep.j, b_cat):
                            last = (
                                b.val
                                if b_cat == "ord"
                                else (int(b.val.value) if _is_day(b.val) else 0)
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
        last = b.val if b_cat == "ord" else (int(b.val.value) if _is_day(b.val) else 0)
        first = c.resolve(a.val)
        if first is None or not a.val.day < last <= 31 or not c.follower_ok(b.j):
            return None
        try:
            stop = first.start.replace(day=last)
        except ValueError:
            return None
        return Span(first.start, shift(stop, "day", 1), "day")
    if a_cat == "num" and b_cat == "time" and b.val.tod_only() and b.val.ampm is not None:
        hour = _hour(a.val)  # "3-4pm": the first hour takes the second's am or pm
        if hour is None or hour.hour is None or hour.hour > 12:
            return None
        a_cat, a = "time", Item(a.i, a.j, "time", replace(hour, ampm=b.val.ampm))
    if a_cat == "num" and b_cat == "num":
        glued = c.glued(a.i) and c.glued(a.j)
        if (
            _is_year(a.val)
            and _is_year(b.val)
            and a.val.value < b.val.value
            and (glued or c.follower_ok(b.j))
        ):
            return Span(
                datetime(int(a.val.value), 1, 1), datetime(int(b.val.value) + 1, 1, 1), "year"
            )
        return None
    if b_cat != "time":
        return None
    end = c.resolve(b.val)
    if end is None:
        return None
    if a_cat == "time":
        first = a.val
        shares = first.tod_only() and b.val.tod_only() and first.ampm is None
        if shares and b.val.ampm is not None and (first.hour or 0) <= min(12, b.val.hour or 0):
            first = replace(first, ampm=b.val.ampm, hour12=False)
        if first.tod_only() and b.val.tod_only() is False and b.val.hour is not None:
            first = replace(b.val, hour=first.hour, minute=first.minute, ampm=first.ampm)
        elif first.day is not None and first.month is None and b.val.month is not None:
            first = replace(first, month=b.val.month, year=b.val.year, weekday=None)
        elif (
            first.hour is not None
            and first.day is None
            and first.span is None
            and b.val.span is not None
        ):
            first = replace(first, span=b.val.span)
        start = c.resolve(first)
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
    if a_cat == "time" and a.val.tod_only() and b.val.tod_only():
        # "de 9h30 à 11h", "11h30-1h30": the same day, on a 12-hour clock when needed
        end_w = replace(
            b.val,
            span=Span(floor(start.start, "day"), shift(floor(start.start, "day"), "day", 1), "day"),
        )
        end = c.resolve(end_w)
        if end is None:
            return None
    return _join(start, end, b.val)


def _join(start: Span, end: Span, last: When) -> Span | None:
    """The interval from ``start`` to ``end``; an hour that comes out before the start is
    read on a 12-hour clock ("11h30-1h30")."""
    if end.start <= start.start and last.tod_only() and (last.hour or 0) < 12 and last.ampm is None:
        end = Span(shift(end.start, "hour", 12), shift(end.end, "hour", 12), end.grain)
    if start.start >= end.end:
        return None
    grain = start.grain if _order(start.grain) <= _order(end.grain) else end.grain
    stop = end.end
    if grain in ("hour", "minute", "second") and _order(end.grain) > _order(grain):
        stop = shift(end.start, grain, 1)
    return Span(start.start, stop, grain)


def _order(grain: str) -> int:
    return ("second", "minute", "hour", "day", "week", "month", "quarter", "year").index(grain)


@rule("relation", "time", "rtime", "prep")
def relations(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "d'ici 2026", "depuis 2020", "jusqu'en 2030", "avant fin 2025", "since March"
    for j, (r, t) in c.seq(i, "relation", "time"):
        if t.val.closed and c.get(r.i, "range_from"):
            continue  # "from 2020 to 2023" is a range, not "since"
        yield j, "rtime", (replace(t.val, weak=_cue(t.val)), r.val), c.rank(t)
    for j, (r, y) in c.seq(i, "relation", "num"):
        if _is_year(y.val) and c.follower_ok(j):
            yield j, "rtime", (When(year=int(y.val.value)), r.val)
    for j, (r, _, t) in c.seq(i, "relation", "prep", "time"):
        yield j, "rtime", (t.val, r.val)
    for j, (r, d) in c.seq(i, "relation", "num"):
        if _is_day(d.val) and c.follower_ok(j) and c.tokens[j - 2][0] in c.lex.day_article_ends:
            yield j, "rtime", (When(day=int(d.val.value)), r.val)
    for j, (r, t) in c.seq(i, "relation", "htod"):
        yield j, "rtime", (t.val, r.val)
    for j, (r, d) in c.seq(i, "relation", "dur"):
        moved = _moved(c, d.val, 1)
        if moved is not None and r.val == "by":
            yield j, "rtime", (moved, r.val)
    for j, (_, r) in c.seq(i, "prep", "rtime"):
        yield j, "rtime", r.val
    # "jeudi après 9h30", "le 20 à partir de 10h", "après 16h le 1er novembre"
    for t in c.get(i, "time"):
        for r in c.get(t.j, "rtime"):
            merged = _intersect(c, t.val, r.val[0])
            if merged is not None:
                yield r.j, "rtime", (merged, r.val[1])
    for r in c.get(i, "rtime"):
        for j, (_, t) in c.seq(r.j, "prep?", "time"):
            merged = _intersect(c, r.val[0], t.val)
            if merged is not None:
                yield j, "rtime", (merged, r.val[1])

"""The dateparser fallback: dates in forms the grammar does not know ("le 28-III-2024",
"Mar. 28th, '24").

The grammar (:mod:`claimcheck.extract.time`) reads the common forms. What it leaves unread
is found by a cheap candidate test, the ``[fallback]`` patterns of ``lexicons/<lang>/time.toml``
(digit groups with date separators, Roman months, month abbreviations with a two-digit year),
and only those strings go to ``dateparser.parse`` (about 1 ms a call, 50 ms to import: it is
imported at the first call, never by ``import claimcheck``). A text with no digit costs one
search; a text with digits one more regular-expression pass.

>>> from datetime import datetime
>>> ref = datetime(2024, 11, 20)
>>> [(m.text, str(m.period)) for m in complete("Signé le 28-III-2024.", "fr", ref, [])]
[('le 28-III-2024', '2024-03-28')]
>>> complete("Il a vendu 3 voitures.", "fr", ref, [])
[]
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from claimcheck.extract.time_lexicon import time_lexicon, tokenize
from claimcheck.models import Mention, MentionKind, Period, Relation

__all__ = ["candidates", "complete"]

_NUMBER = re.compile(r"\d+")
# A candidate stands alone: no word, number or separator glued to it on either side
# ("v1.02.2024", "192.168.1.2024" are no dates).
_BEFORE = r"(?<![\w./,-])"
_AFTER = r"(?![\w'’]|[./,-]\d)"


# How far from an anchor hit a candidate may start or end: the longest pattern match
# ("September 28th, '24") is far shorter.
_REACH = 40


@dataclass(frozen=True)
class _Test:
    """A language's compiled candidate test."""

    anchor: re.Pattern[str]
    test: re.Pattern[str]
    rewrites: dict[str, str]
    words: re.Pattern[str] | None


@functools.cache
def _compiled(lang: str) -> _Test | None:
    """The candidate test of ``lang`` (None when its lexicon has no ``[fallback]`` patterns)."""
    lexicon = time_lexicon(lang)
    fallback = lexicon.words.fallback
    if not fallback.patterns:
        return None
    months = sorted(
        (w for w in lexicon.words.months if w.replace(".", "").isalpha()), key=len, reverse=True
    )
    month = "|".join(re.escape(w) for w in months) or "(?!)"
    keys = sorted(fallback.rewrites, key=len, reverse=True)
    roman = "(?-i:" + ("|".join(re.escape(k) for k in keys) or "(?!)") + ")"
    parts = [p.replace("{month}", month).replace("{roman}", roman) for p in fallback.patterns]
    test = re.compile(_BEFORE + "(?:" + "|".join(f"(?:{p})" for p in parts) + ")" + _AFTER, re.I)
    words = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b") if keys else None
    anchor = re.compile(fallback.anchor or r"\d")
    return _Test(anchor, test, dict(fallback.rewrites), words)


def candidates(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that look like dates by the ``[fallback]`` patterns of ``lang``.

    The patterns are tried only within :data:`_REACH` characters of the anchor's hits, so a
    text costs one search for the anchor and a few short ones.

    >>> candidates("Signed Mar. 28th, '24 in Paris; 2024/03/28 too.", "en")
    [(7, 21), (32, 42)]
    >>> candidates("Version 1.2.3 shipped to 192.168.1.20.", "en")
    []
    """
    compiled = _compiled(lang)
    if compiled is None:
        return []
    found: set[tuple[int, int]] = set()
    size = len(text)
    reach_end = -1
    for hit in compiled.anchor.finditer(text):
        if hit.start() + _REACH <= reach_end:
            continue  # the last window read covers this hit's candidates
        lo = max(0, hit.start() - _REACH, reach_end - _REACH)
        reach_end = min(size, hit.end() + _REACH)
        for match in compiled.test.finditer(text, lo, reach_end):
            # the lookahead saw the real characters after the match, not the window's end
            if match.end() + 2 <= reach_end or reach_end == size:
                found.add(match.span())
    return sorted(found)


def _dateparse(candidate: str, lang: str, reference_date: datetime) -> datetime | None:
    """``dateparser.parse`` on one candidate, strict: a day, a month and a year must be read."""
    import dateparser  # ~50 ms: only when a candidate is met

    settings: dict[str, Any] = {
        "RELATIVE_BASE": reference_date,
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    found: datetime | None = dateparser.parse(candidate, languages=[lang], settings=settings)
    return found


def _day(candidate: str, lang: str, reference_date: datetime) -> datetime | None:
    """The day ``candidate`` names, or None: dateparser's reading is kept only when the day
    and the year it gives are written in the candidate (a two-digit year as its last digits)."""
    compiled = _compiled(lang)
    if compiled is None:
        return None
    rewrites, words = compiled.rewrites, compiled.words
    readable = words.sub(lambda m: rewrites[m.group()], candidate) if words else candidate
    found = _dateparse(readable, lang, reference_date)
    if found is None:
        return None
    numbers = {int(n) for n in _NUMBER.findall(readable)}
    written = [n for n in _NUMBER.findall(readable) if len(n) in (2, 4)]
    year_ok = any(int(n) == found.year or int(n) == found.year % 100 for n in written)
    if not year_ok or found.day not in numbers:
        return None
    return datetime(found.year, found.month, found.day)


def _cue_before(text: str, lo: int, lang: str) -> tuple[int, Relation]:
    """Where the preposition or relation cue right before ``text[lo:]`` starts ("on",
    "depuis le"), and the relation it says; ``(lo, in)`` when there is none."""
    lexicon = time_lexicon(lang)
    tokens = tokenize(text[max(0, lo - _REACH) : lo], max(0, lo - _REACH))
    if not tokens or text[tokens[-1][2] : lo].strip():
        return lo, Relation.IN
    for size in range(min(lexicon.longest, len(tokens)), 0, -1):
        words = tokens[-size:]
        if any(text[a[2] : b[1]].strip() for a, b in itertools.pairwise(words)):
            continue  # a mark between the words
        for category, value in lexicon.phrases.get(tuple(t[0] for t in words), ()):
            if category == "relation":
                return words[0][1], Relation(str(value))
            if category == "prep":
                return words[0][1], Relation.IN
    return lo, Relation.IN


def complete(text: str, lang: str, reference_date: datetime, found: list[Mention]) -> list[Mention]:
    """``found`` (the grammar's mentions of ``text``, in text order), with the dates of
    ``text`` it left unread added at day grain. A candidate that one time mention covers
    whole is left alone; a candidate parsed by dateparser replaces the time mentions it
    overlaps ("le 28" of "le 28-III-2024") and takes their span and their relation."""
    spans = candidates(text, lang)
    if not spans:
        return found
    times = [m for m in found if m.kind is MentionKind.TIME]
    added: list[Mention] = []
    dropped: set[int] = set()
    for lo, hi in spans:
        if any(m.start <= lo and hi <= m.end for m in times):
            continue  # the grammar read it
        day = _day(text[lo:hi], lang, reference_date)
        if day is None or day.date() == date.max:
            continue  # none, or the last day of year 9999 (its end is not a date)
        overlapping = [m for m in times if m.start < hi and lo < m.end]
        start = min([lo, *(m.start for m in overlapping)])
        end = max([hi, *(m.end for m in overlapping)])
        relation = overlapping[0].relation if overlapping else Relation.IN
        if not overlapping:  # the cue before it belongs to its span: "on 28/03/2024"
            start, relation = _cue_before(text, lo, lang)
        dropped.update(id(m) for m in overlapping)
        period = Period(start=day, end=day + timedelta(days=1), grain="day")
        added.append(
            Mention(
                kind=MentionKind.TIME,
                text=text[start:end],
                start=start,
                end=end,
                period=period,
                relation=relation,
            )
        )
    if not added:
        return found
    kept = [m for m in found if id(m) not in dropped]
    return sorted(kept + added, key=lambda m: m.start)

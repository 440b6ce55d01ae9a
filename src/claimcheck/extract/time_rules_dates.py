"""Time rules for calendar dates: days, months, years, quarters, seasons, holidays, weekdays
and the periods named from the reference date ("l'an dernier", "next month").

Each rule is registered with :func:`claimcheck.extract.time_grammar.rule` when this module is
imported; see that module for how the chart applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set
from datetime import datetime, timedelta
from typing import Any

from claimcheck.extract.time_grammar import (
    DERIVED,
    RANGE_JOINERS,
    RANKED_NOUNS,
    Chart,
    Item,
    Num,
    Rule,
    after_cue,
    day_when,
    is_day,
    is_month,
    is_year,
    rule,
    year_only,
    year_when,
)
from claimcheck.extract.time_lexicon import normalize, tokens_in
from claimcheck.extract.time_rules_clock import clock_digits, grouped, measured
from claimcheck.extract.time_values import (
    SEASONS,
    Span,
    When,
    floor,
    holiday_dates,
    shift,
    unit_span,
)

__all__: list[str] = []


# -- numbers and days -------------------------------------------------------------------


@rule("num p num", unread=DERIVED)
def decimal(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for j, (a, p, b) in c.seq(i, "num", "p", "num"):
        if p.val in {",", "."} and c.glued(i) and c.glued(p.i) and a.val.digits and b.val.digits:
            # Counted as all its digits: "12,000" (twelve thousand, or 12.000) is never a day,
            # an hour or a year, whichever mark separates its thousands.
            digits = a.val.digits + b.val.digits
            value = float(f"{int(a.val.value)}.{c.raw(b.i)}")  # "1.05": the zero counts
            grouped = c.numeral_value(i, j)  # "1,000" in English is a thousand
            if grouped is not None and grouped != value:
                value, digits = grouped, digits + 1  # the mark counts: never a year
            yield j, "num", Num(value, digits)


@rule(
    "num prep month",
    "num month",
    "ord prep month",
    "ord month",
    "month p num",
    "month p ord",
    "month prep num",
    "month num",
    "month prep ord",
    "month ord",
)
def day_month(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "28 mars", "1er janvier", "15 of february", "18th Dec"
    for j, (d, p, m) in c.seq(i, "num", "prep?", "month"):
        if _number_word(c, m) and (p.val is not None or not d.val.digits or not c.follower_ok(j)):
            continue  # "sept" (seven) is September only as in "le 6 sept", not "six à sept"
        if p.val is not None and not _day_link(c, p):
            continue  # "15 of february", not "rose 12 in March"
        if not d.val.digits and d.j - d.i == 1 and "count" in c.at[d.i]:
            continue  # "called a July 4 election": the article, no 1 July
        if is_day(d.val):
            yield j, "time", day_when(int(d.val.value), m.val)
    for j, (d, p, m) in c.seq(i, "ord", "prep?", "month"):
        if p.val is not None and not _day_link(c, p):
            continue  # "instaurés en 5e à la rentrée 2024": a school year, then the time
        if 1 <= d.val <= 31:
            yield j, "time", day_when(d.val, m.val)
    # "Nov. 15", "Jan. 3rd": an abbreviation's dot, before a day in digits ("since December.
    # Two-thirds of …" ends a sentence)
    for j, (m, p, d) in c.seq(i, "month", "p", "num"):
        if (
            p.val == "."
            and c.glued(m.i)
            and c.tokens[m.i][0] in c.lex.short  # "Nov. 15"; "in July. 12:15 BST" ends one
            and d.val.digits
            and is_day(d.val)
            and (
                c.follower_ok(j)
                or _attributive_day(c, m.i, j)
                or (m.i > 0 and c.tokens[m.i - 1][0] in c.lex.day_preps)
                # the end of a range of days: "from March 1 to May 31 came to 112%"
                or (m.i > 0 and bool(c.get(m.i - 1, "range_to")) and _day_before(c, m.i - 1))
            )
            and not measured(c, j)
        ):  # "an outage on Feb. 22 blocked …", as "on February 22 blocked …"
            yield j, "time", day_when(int(d.val.value), m.val)
    for j, (m, p, o) in c.seq(i, "month", "p", "ord"):
        if (
            p.val == "."
            and c.glued(m.i)
            and c.tokens[m.i][0] in c.lex.short
            and c.raw(o.i)[:1].isdecimal()
            and 1 <= o.val <= 31
        ):
            yield j, "time", day_when(o.val, m.val)
    # "March 28", "march 3rd", "February the 15th"
    for j, (m, p, d) in c.seq(i, "month", "prep?", "num"):
        if _short_year(c, m.i, d):
            continue  # "octobre 22" is October 2022 in French (add_year)
        if _number_word(c, m) and (p.val is not None or not d.val.digits):
            continue  # "de sept à dix": a count range, not 10 September
        if p.val is not None and c.lex.day_links and _day_link(c, p):
            continue  # "passera en février de 21 à 32 euros": a link leads a day to its month
        if (
            is_day(d.val)
            and (
                c.follower_ok(j)
                or _attributive_day(c, m.i, j)
                or (
                    m.i > 0
                    and c.tokens[m.i - 1][0] in c.lex.day_preps
                    and p.val is None
                    and bool(d.val.digits)
                )
                # the end of a range of days: "from March 1 to May 31 came to 112%"
                or (m.i > 0 and bool(c.get(m.i - 1, "range_to")) and _day_before(c, m.i - 1))
            )
            and not measured(c, j)
            and not grouped(c, j)
            and not (c.get(j, "p") and c.get(j, "p")[0].val == ":")
        ):
            yield j, "time", day_when(int(d.val.value), m.val)
    for j, (m, p, d) in c.seq(i, "month", "prep?", "ord"):
        if 1 <= d.val <= 31 and not (_number_word(c, m) and p.val is not None):
            yield j, "time", day_when(d.val, m.val)


def _day_before(c: Chart, k: int) -> bool:
    """Whether a day of a month ends right before token ``k`` ("from March 1| to")."""
    return any(
        t.j == k and t.val.day is not None and t.val.month is not None
        for start in c.ending.get(k, ())
        for t in c.at[start].get("time", ())
    )


@rule("time num", "time p num", "time prep unit", "time prep num")
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
            hyphen = mark.val == "-" and _hyphen(c, mark) and y.val.digits == 4
            if (
                mark.val not in (None, ",")
                and not (mark.val == "." and c.glued(mark.i - 1))
                and not hyphen  # "Q1-2025", "first-quarter-2025"
            ):
                continue
            short = (
                y.val.digits == 2 and j == y.j and y.val.value.is_integer() and not measured(c, j)
            )
            if short and _count_of_whole(c, j):
                short = False  # "a censuré le 25 janvier 35 des 86 articles": a count
            if w.day is None and w.month is not None:
                # "October 22" is a day (day_month); "octobre 22 000 emplois" a count
                short = short and _short_year(c, t.i, y)
            if is_year(y.val) or short:
                year = int(y.val.value)
                if y.val.digits == 2:
                    year += 1900 if year >= 50 else 2000
                if (y.val.digits == 4 and not w.weak) or c.follower_ok(j):
                    # a weak word needs a year that counts nothing ("lent 2018 firms money")
                    yield j, "time", w.but(year=year, future=False, weak=0)
            elif _year_in_words(y.val) and mark.val is None and c.follower_ok(j):
                # "Easter Sunday two thousand ten" (not "two thousand people")
                yield j, "time", w.but(year=int(y.val.value), future=False, weak=0)
        if w.quarter is not None or w.half is not None:
            for j, (_, u) in c.seq(t.j, "prep", "unit"):
                if u.val == (1.0, "year"):  # "the second half of the year"
                    yield j, "time", w.but(year=c.ref.year)
        for j, (_, y) in c.seq(t.j, "prep", "num"):
            if is_year(y.val) and c.follower_ok(j, year=True) and not w.weak:
                yield j, "time", w.but(year=int(y.val.value), future=False)


_COUNTED = frozenset(("num", "ord", "unit"))


def _attributive_day(c: Chart, i: int, j: int) -> bool:
    """Whether a month and day from token ``i`` to ``j`` stand before a singular noun as its
    attribute: "its March 14 peak", "the June 5 deadline"; not "in March 14 people died".
    The word before is a determiner: no time word, unless an article."""
    if i == 0 or j >= len(c.tokens):
        return False
    before, after = c.raw(i - 1), c.raw(j)
    if not (before.isalpha() and after.isalpha() and after.islower()):
        return False
    before_slots: Set[str] = c.at[i - 1].keys()
    if "count" in before_slots and not c.raw(i - 1)[:1].isdecimal():
        before_slots = {"article"}  # "called a July 4 general election": the indefinite article
    if before_slots - {"article", "prep"} or c.at[j].keys() & _COUNTED:
        return False
    if "prep" in before_slots and "article" not in before_slots:
        return False  # "in March 14 people died"; "the January 5 blowout" is a day
    return not after.endswith(c.lex.plural_endings)


def _number_word(c: Chart, item: Item) -> bool:
    """Whether a month or weekday word is also read as a number ("sept": seven)."""
    return any(n.j == item.j for n in c.get(item.i, "num"))


def _year_in_words(n: Num) -> bool:
    """A year written in words ("two thousand eighteen"), not a round count."""
    v = n.value
    return n.digits == 0 and v.is_integer() and 1000 <= v <= 2999 and v % 100 != 0


@rule("month", "weekday", unread=DERIVED)
def month_alone(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for m in c.get(i, "month"):
        if not _named_by_hyphen(c, m):
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
        elif _noun_before_article(c, wd):
            continue  # "abîmé en mer le 1er juin": the sea, then the date
        yield j, "time", When(weekday=wd.val, weak=_weak(c, wd), past=c.past_clause(i, j))


def _named_by_hyphen(c: Chart, month: Item) -> bool:
    """Whether a ``month`` is joined by a hyphen to a capitalized word after it that is no
    month: part of a name ("le lac Mai-Ndombe"), no month; "Juillet-Août" is a range."""
    j = month.j
    return _hyphen_joins(c, j) and c.raw(j + 1)[:1].isupper() and not c.get(j + 1, "month")


def _noun_before_article(c: Chart, item: Item) -> bool:
    """Whether a weekday ``item`` is a short form in lowercase right before an article: a
    noun ("en mer le 1er juin"), as no schedule writes an abbreviated weekday before one."""
    return (
        item.j - item.i == 1
        and item.j < len(c.tokens)
        and c.tokens[item.i][0] in c.lex.short
        and c.raw(item.i).islower()
        and "article" in c.at[item.j]
    )


def _weak(c: Chart, item: Item) -> int:
    """What a month or weekday word needs around it to be a date (see ``When.weak``)."""
    word = c.tokens[item.i][0]
    if item.j - item.i != 1:
        phrase = " ".join(c.tokens[k][0] for k in range(item.i, item.j))
        if phrase not in c.lex.weak:
            return 0
        word = phrase  # "great fast" (a cricket bowler's), "the Great Fast"
    if word in c.lex.short:
        if word in c.lex.standalone_short:
            return 0
        return 0 if _heading(c, item) else 2
    if word in c.lex.weak:
        levels = c.lex.weak_levels_by_word.get(word, c.lex.words.weak_levels)
        level = levels["lower"] if c.raw(item.i).islower() else levels["capitalized"]
        if level == 1 and _after_possessive(c, item.i):
            return 0  # "China's May factory PMI": no verb after a possessive
        if level == 1 and item.j < len(c.tokens):
            after = c.tokens[item.j][0]
            if after in c.lex.month_nouns or after in c.lex.year_nouns:
                return 0  # "posted May revenue", "the May figures": a noun, no verb, after it
            if c.subject_verb_at(item.j):
                return 0  # "said May was the warmest": the modal takes no "was"
        return level
    return 0


def _after_possessive(c: Chart, i: int) -> bool:
    """Whether token ``i`` follows a possessive "'s" glued to the word before it."""
    toks = c.tokens
    return (
        i >= 3
        and toks[i - 1][0] == "s"
        and toks[i - 2][0] in ("'", "’")
        and c.glued(i - 3)
        and c.glued(i - 2)
    )


# The word after a holiday's name; the word before it and the mark or word before that one.
_NEXT_WORD = re.compile(r"[ \t]([^\W\d_][\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"(\S?)\s*\b([^\W\d_][\w'’-]*)\s+$")
_TIME_WORDS = frozenset(("month", "weekday", "holiday", "dayword", "pod", "season", "num", "ord"))
_SENTENCE_OPENERS = frozenset('.!?:;"“«(')


_SENTENCE_END = re.compile(r"[.!?;]\s")


def _future_before(c: Chart, item: Item) -> bool:
    """Whether a future marker ("will", "plans", "expected") stands earlier in the sentence
    of ``item``, within 100 characters, read in the text itself: the chart's stretch may not
    reach it ("Banks will remain closed on Eid al-Adha", "will be celebrated on Onam")."""
    start = c.tokens[item.i][1]
    lo = max(0, start - 100)
    for end in _SENTENCE_END.finditer(c.text, lo, start):
        lo = end.end()
    words = [t for t, _, _ in tokens_in(c.text, lo, start)]
    phrases = c.lex.phrases
    for k in range(len(words)):
        for n in (1, 2, 3):
            found = phrases.get(tuple(words[k : k + n]), ())
            if any(cat == "future" for cat, _ in found):
                return True
    return False


def _in_name(c: Chart, item: Item) -> bool:
    """Whether a holiday is part of a compound word ("Christmas-themed") or of a name: "le
    Père Noël", "l'île de Pâques" (a phrase of ``holiday_name_leaders`` before it, whatever
    the case); capitalized, "the Earth Hour movement" (a noun of ``holiday_name_followers``),
    "Christmas Island", "the Earth Hour Foundation": a capitalized word after it that is no
    time word makes a name, unless a word of ``holiday_cues`` stands before the holiday
    ("during Ramadan Muslims fast") or the line is in title case (the capitalized word before
    the holiday does not open its sentence: "Shoppers Flock to Stores Before Christmas
    Rush")."""
    start = c.tokens[item.i][1]
    end = c.tokens[item.j - 1][2]
    if c.text[end : end + 1] == "-" and c.text[end + 1 : end + 2].isalpha():
        return True  # a compound: "Christmas-themed", "a great fast-growing market"
    leaders = c.lex.holiday_name_leaders
    if leaders:
        words = tuple(t for t, _, _ in tokens_in(c.text, max(0, start - 30), start))
        if any(words[-len(k) :] == k for k in leaders):
            return True  # "le Père Noël", "l'île de Pâques"
    if not c.text[start : start + 1].isupper():
        return False
    after = _NEXT_WORD.match(c.text, end)
    if after is None:
        return False
    word = after[1]
    if normalize(word) in c.lex.holiday_name_followers:
        return True
    if not word[:1].isupper() or word.isupper():
        return False
    if item.j < len(c.tokens) and c.at[item.j].keys() & _TIME_WORDS:
        return False  # "Easter Monday" read apart, "Diwali Saturday"
    before = _PREVIOUS_WORD.search(c.text, max(0, start - 60), start)
    if before is None:
        return True
    if normalize(before[2]) in c.lex.holiday_cues:
        return False  # "during Ramadan Muslims fast"
    if not before[2][:1].isupper():
        return True
    return not before[1] or before[1] in _SENTENCE_OPENERS  # it opens its sentence


def _heading(c: Chart, item: Item) -> bool:
    """Whether a short form is a schedule's heading ("Sat", "sun.", "Mer."): alone in its
    line, no number word ("sept" is seven) and, in lowercase, not one of the words that
    are common nouns too (``not_headings``: "mer" is the sea)."""
    word = c.tokens[item.i][0]
    if _number_word(c, item) or (word in c.lex.not_headings and c.raw(item.i).islower()):
        return False
    return _alone_in_line(c, item)


def _alone_in_line(c: Chart, item: Item) -> bool:
    """Whether ``item`` is the only word of its line (a heading or a cell of a schedule:
    "Sat", "Sun."), marks aside."""
    text = c.text
    start, end = c.tokens[item.i][1], c.tokens[item.j - 1][2]
    head = text[max(0, start - 8) : start].rstrip(" \t")
    if head and head[-1] != "\n":
        return False  # a word or a mark before it on its line
    tail = text[end : end + 8].lstrip(".: \t")
    return not tail or tail[0] in "\r\n"


@rule(
    "weekday article num",
    "weekday article ord",
    "weekday num",
    "weekday ord",
    "weekday weekshift",
)
def weekday_day(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "mercredi 13", "jeudi 15 à 8h", "Tuesday the 19th", "lundi en huit"
    for wd in c.get(i, "weekday"):
        if _noun_before_article(c, wd):
            continue  # "abîmé en mer le 1er juin": the sea, then the date
        for j, (_, d) in c.seq(wd.j, "article?", "num"):
            if (
                is_day(d.val)
                and c.follower_ok(j)
                and not c.get(d.i, "count")
                and not grouped(c, j)  # "a promis jeudi 3 000 places": a count, no 3rd
            ):
                yield j, "time", When(weekday=wd.val, day=int(d.val.value))
        for j, (_, d) in c.seq(wd.j, "article?", "ord"):
            if 1 <= d.val <= 31:
                yield j, "time", When(weekday=wd.val, day=d.val)
        for j, (s,) in c.seq(wd.j, "weekshift"):
            day = floor(c.ref, "day")
            low = shift(day, "day", 7 * s.val)
            yield j, "time", When(weekday=wd.val, span=Span(low, shift(low, "day", 7), "day"))


@rule(
    "ord weekday",
    "ord unit",
    "ord weekpart",
    "ordinal weekday",
    "ordinal unit",
    "ordinal weekpart",
)
def nth_of(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "le premier mercredi du mois prochain", "la dernière semaine de septembre 2014",
    # "le 3e jour d'octobre", "the last Sunday of March 2014", "premier week-end de septembre"
    for o_cat in ("ord", "ordinal"):
        for o in c.get(i, o_cat):
            n = o.val
            for what_cat in ("weekday", "unit", "weekpart"):
                for what in c.get(o.j, what_cat):
                    for j, (_, t) in c.seq(what.j, "prep?", "time"):
                        span = c.resolve(t.val)
                        if span is None or span.grain not in ("month", "year", "quarter"):
                            continue
                        found = _nth(span, what_cat, what.val, n)
                        if found is not None:
                            yield j, "time", When(span=found)
                    # "the first Monday of the month": of the current one
                    for j, (_, u) in c.seq(what.j, "prep", "unit"):
                        if u.val in ((1.0, "month"), (1.0, "year"), (1.0, "quarter")):
                            found = _nth(unit_span(c.ref, u.val[1], 0), what_cat, what.val, n)
                            if found is not None:
                                yield j, "time", When(span=found)


@rule("ord ordinal", "unit prep")
def nth_last_and_week_of(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "the 2nd last week of October 2018", "fifth last day of May"
    for o in c.get(i, "ord"):
        for last in c.get(o.j, "ordinal"):
            if last.val != -1:
                continue
            for what_cat in ("weekday", "unit", "weekpart"):
                for what in c.get(last.j, what_cat):
                    for j, (_, t) in c.seq(what.j, "prep?", "time"):
                        span = c.resolve(t.val)
                        if span is not None and span.grain in ("month", "year", "quarter"):
                            found = _nth(span, what_cat, what.val, -o.val)
                            if found is not None:
                                yield j, "time", When(span=found), 0
    # "la semaine du 7 octobre", "the week of October 7th": the week that holds that day; a
    # week is named by the day it starts, so a Sunday names the week it opens (the American
    # week runs from Sunday: "the week of October 6th", a Sunday, is that of Monday 7th)
    for u in c.get(i, "unit"):
        if u.val != (1.0, "week") or c.tokens[u.j - 1][0].endswith("s"):
            continue  # not "quatre semaines du 10 janvier au 6 février": a count of weeks
        for j, (_, t) in c.seq(u.j, "prep", "time"):
            span = c.resolve(t.val)
            if span is not None and span.grain == "day":
                week = floor(shift(span.start, "day", 1), "week")
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


@rule("ord prep time", "num prep time")
def day_of_period(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for cat in ("ord", "num"):
        for d in c.get(i, cat):
            day = d.val if cat == "ord" else (int(d.val.value) if is_day(d.val) else 0)
            if not 1 <= day <= 31:
                continue
            for j, (p, t) in c.seq(d.j, "prep", "time"):
                span = t.val.span
                if span is None or span.grain != "month" or t.val.fields() or not _day_link(c, p):
                    continue
                if shift(span.start, "month", 1) == span.end:  # one month, not "the past 12"
                    yield j, "time", When(day=day, span=span)


# The marks between the numbers of a date in digits ("28/03/2024", "2024-03-28", "28.03.2024").
_DATE_MARKS = "/-."


@rule("num p num", unread=DERIVED)
def numeric_date(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # every reading below needs a "/", "-" or "." right after the first number: most
    # numbers met here are decimals ("1,5 %") or in a list ("2, 3"), read no further
    if not any(p.val in _DATE_MARKS for a in c.get(i, "num") for p in c.get(a.j, "p")):
        return
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
        year_month = p.val == "-" and a.val.digits == 4 and b.val.digits == 2 and is_month(b.val)
        more = j < len(c.tokens) and c.tokens[j][0] == "-"
        if year_month and c.glued(a.i) and c.glued(p.i) and not more:
            yield j, "time", When(year=int(a.val.value), month=int(b.val.value))
        if p.val not in "/" or not c.glued(a.i) or not c.glued(p.i):
            continue
        if _more_digits(c, b.i, j):
            continue  # "1/2/3", "3/15.5"; not "on 3/15." at the end of a sentence
        if _fraction(c, i, j):
            continue
        if i and c.tokens[i - 1][0].isdecimal() and not c.glued(i - 1):
            continue  # "rose 2 1/4 on Monday": a mixed number, no date
        if a.val.digits == 4 and is_month(b.val):
            yield j, "time", When(year=int(a.val.value), month=int(b.val.value))
            continue
        if is_month(a.val) and is_year(b.val):
            yield j, "time", When(year=int(b.val.value), month=int(a.val.value))
            continue
        if c.get(j, "unit"):
            continue
        x, y = int(a.val.value), int(b.val.value)
        day, month = (x, y) if dmy else (y, x)
        if month > 12 and day <= 12 and i and c.get(i - 1, "prep"):
            day, month = month, day  # "on 22/04" in English: only a day, then a month; not 24/7
        if a.val.digits <= 2 and b.val.digits <= 2 and 1 <= month <= 12 and 1 <= day <= 31:
            yield j, "time", day_when(day, month)


def _more_digits(c: Chart, last: int, j: int) -> bool:
    """Whether a mark glued after the number ``last`` goes on with more of the figure: a
    slash or a dash, or a dot before a digit."""
    if j >= len(c.tokens) or c.tokens[j][0] not in {"/", "-", "."} or not c.glued(last):
        return False
    return c.tokens[j][0] != "." or (c.glued(j) and c.tokens[j + 1][0][0].isdecimal())


def _fraction(c: Chart, i: int, j: int) -> bool:
    """Whether the slash pair of tokens ``[i, j)`` is a fraction, not a date: a word of
    ``fraction_followers`` after it ("1/5 of voters", "les 2/3 des élus") or of
    ``fraction_leaders`` before it ("a 2/3 majority")."""
    lex = c.lex.words
    after = {w.lower() for w in lex.fraction_followers.words}
    before = {w.lower() for w in lex.fraction_leaders.words}
    if j < len(c.tokens) and c.tokens[j][0] in after:
        return True
    return i > 0 and c.tokens[i - 1][0] in before and not c.glued(i - 1)


@rule("num p month")
def named_month_date(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "31-Oct-74", "31/Oct/1974"
    for j, (d, p, m, q, y) in c.seq(i, "num", "p", "month", "p", "num"):
        if p.val == q.val and p.val in "-/" and is_day(d.val) and y.val.digits in (2, 4):
            year = int(y.val.value)
            if y.val.digits == 2:
                year += 1900 if year >= 50 else 2000
            w = _date(year, m.val, int(d.val.value))
            if w is not None:
                yield j, "time", w


def _ranked_before(c: Chart, i: int) -> bool:
    """Whether an ordinal ranks the word at token ``i``, right before it or before one word
    that has no reading, an adjective ("le premier week-end", "lors du premier grand
    week-end de départs"; "last weekend" is no rank)."""
    for k in (i - 1, i - 2):
        if k < 0 or (k == i - 2 and (c.at[i - 1] or not c.tokens[i - 1][0].isalpha())):
            break
        if any(o.val > 0 and o.j == k + 1 for cat in ("ordinal", "ord") for o in c.get(k, cat)):
            return True
    return False


def _ranked_after(c: Chart, j: int) -> bool:
    """Whether a phrase of ``rank_after`` ("and final", "et dernier") starts at token ``j``,
    so that the ordinal before it ranks the noun after it."""
    words = tuple(t[0] for t in c.tokens[j : j + 3])
    return any(words[: len(p)] == p for p in c.lex.rank_after)


def _ranks_among(c: Chart, j: int) -> bool:
    """Whether the link word at token ``j`` (``day_links``: "of") joins the ordinal before it
    to a count or a possessive, no month nor time: "the fifth of nine children", "the first
    of his seven world titles" rank; "the fifth of June", "the 20th of next month" are days."""
    k = j + 1
    if k >= len(c.tokens) or (c.tokens[j][0],) not in c.lex.day_links:
        return False
    found = c.at[k].keys() if c.at[k] else set()
    return found <= {"num"} and c.tokens[k][0].isalnum() and not c.get(k, "article")


def _day_link(c: Chart, p: Item) -> bool:
    """Whether the preposition ``p`` may join a day to its month (``day_links``)."""
    links = c.lex.day_links
    return not links or tuple(t[0] for t in c.tokens[p.i : p.j]) in links


def _date(year: int, month: int, day: int) -> When | None:
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    return When(year=year, month=month, day=day)


@rule("article ord", "article num", "num num", unread=DERIVED)
def article_day(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "le 16", "the 24th", "on the 15th": a day of the month on its own
    for j, (_, d) in c.seq(i, "article", "ord"):
        spelled = c.tokens[j - 1][0].isalpha()
        if spelled and d.val > c.lex.words.ordinal_days:
            continue  # "en mars, le troisième en deux ans": French says days as cardinals
        ends = j >= len(c.tokens) or not c.tokens[j][0][0].isalnum()
        if ends and spelled and not c.spelled_day(d):
            continue  # "she was the first.": a rank; "due on the first." a day
        if spelled and _ranked_after(c, j):
            continue  # "after the seventh and final phase of voting": a rank
        if spelled and j < len(c.tokens) and c.at[j] and c.at[j].keys() <= RANKED_NOUNS:
            continue  # "the second season of the series": a rank of the noun, no day
        if spelled and _ranks_among(c, j):
            continue  # "the fifth of nine children", "the first of his seven titles"
        counted = any(c.get(n.j, "unit") for n in c.get(j, "num"))
        if 1 <= d.val <= 31 and c.follower_ok(j) and not counted and not _hyphenated(c, j):
            # not "in the first 18 minutes" (a span of time), nor "the first-round vote"
            yield j, "time", When(day=d.val)
    for j, (_, d) in c.seq(i, "article", "num"):
        if not d.val.digits and c.lex.words.ordinal_days >= 31:
            continue  # "the four seasons": where days are ordinals, a cardinal word is none
        if is_day(d.val) and c.follower_ok(j) and not _hyphenated(c, j) and not measured(c, j):
            yield j, "time", When(day=int(d.val.value))
    # "le 17 02", "20 02 2014": day and month (and year) in digits apart
    for j, (_, d, m) in c.seq(i, "article", "num", "num"):
        if is_day(d.val) and is_month(m.val) and m.val.digits and c.follower_ok(j):
            yield j, "time", day_when(int(d.val.value), int(m.val.value))
    # (the runs of three numbers, as ``c.seq(i, "num", "num", "num")`` gives them in order,
    # each number tested as soon as it is met: most numbers are no day in digits)
    for d in c.get(i, "num"):
        if not (d.val.digits and is_day(d.val)):
            continue  # "6 sept 2020" is September: a month in words is a month
        for m in c.get(d.j, "num"):
            if not (m.val.digits and is_month(m.val)):
                continue
            for y in c.get(m.j, "num"):
                j = y.j
                if y.val.digits not in (2, 4) or not c.follower_ok(j):
                    continue
                year = int(y.val.value)
                if y.val.digits == 2:
                    year += 1900 if year >= 50 else 2000
                month, day = int(m.val.value), int(d.val.value)
                if _date(year, month, day) is not None and 1900 <= year <= 2100:
                    yield j, "time", When(year=year, month=month, day=day)


def _short_year(c: Chart, m: int, n: Item) -> bool:
    """Whether the number ``n`` after the month word at token ``m`` is its year in two
    digits, in a language that writes the day before the month (``day_after_month`` false:
    "Octobre 22" is October 2022); not in a range of days ("Novembre 19 au 20", "Oct. 2 et
    Oct 22") nor before a count ("octobre 22 000 emplois")."""
    if c.lex.words.day_after_month or n.val.digits != 2 or not n.val.value.is_integer():
        return False
    toks, j = c.tokens, n.j
    if j < len(toks) and (toks[j][0][0].isdecimal() or c.joined_number(j) or measured(c, j)):
        return False  # "octobre 22 000 emplois", "a retrouvé en avril 98 % de son niveau"
    after = j < len(toks) and any(c.get(j, cat) for cat in RANGE_JOINERS) and j + 1 < len(toks)
    if after and toks[j + 1][0][0].isdecimal():
        return False  # "Novembre 19 au 20"
    if _count_of_whole(c, j):
        return False  # "en janvier 35 des 86 articles": a count of a whole
    before = m - 1
    while before >= 0 and toks[before][0] == ".":
        before -= 1
    # the word before the month, or the time's own first word ("au Octobre 22")
    return not any(any(c.get(k, cat) for cat in RANGE_JOINERS) for k in (before, m) if k >= 0)


def _count_of_whole(c: Chart, j: int) -> bool:
    """Whether a word that leads to a whole (``fraction_followers``: "des", "of") then a
    number stand from token ``j``: the number before is a count of it ("35 des 86 articles")."""
    toks = c.tokens
    wholes = c.lex.words.fraction_followers.words
    return j + 1 < len(toks) and toks[j][0] in wholes and toks[j + 1][0][:1].isdecimal()


def _hyphenated(c: Chart, j: int) -> bool:
    """Whether the number ending before token ``j`` opens a compound word with a dash glued
    to a word ("the 16-bit chip", "The 3-in-1 printer", "the 30-minute meeting")."""
    return _hyphen_joins(c, j) and c.tokens[j + 1][0][0].isalpha()


def _hyphen_joins(c: Chart, j: int) -> bool:
    """Whether token ``j`` is a hyphen glued to the tokens on both sides of it."""
    return j + 1 < len(c.tokens) and c.tokens[j][0] == "-" and c.glued(j - 1) and c.glued(j)


@rule("num p num")
def slashed_years(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "2023/24", "2023/2024": a season or a fiscal year over two calendar years, both read
    if i + 1 >= len(c.tokens) or c.tokens[i + 1][0] != "/":
        return  # most numbers: a decimal, a date in digits, a range
    for j, (a, p, b) in c.seq(i, "num", "p", "num"):
        if p.val != "/" or not (c.glued(a.i) and c.glued(p.i)) or not is_year(a.val):
            continue
        span = _next_year(c, int(a.val.value), b, j)
        if span is not None:
            yield j, "time", When(span=span)


@rule("time p num")
def slashed_glued_years(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "FY2024/25": a year read from one token of letters and digits, then the next year
    if i + 1 >= len(c.tokens) or c.tokens[i + 1][0] != "/" or c.tokens[i][0].isdecimal():
        return
    for j, (t, p, b) in c.seq(i, "time", "p", "num"):
        w = t.val
        if (
            t.j == i + 1
            and p.val == "/"
            and c.glued(i)
            and c.glued(p.i)
            and w.year is not None
            and w.span is None
            and not w.but(year=None).fields()
        ):
            span = _next_year(c, w.year, b, j)
            if span is not None:
                yield j, "time", When(span=span)


def _next_year(c: Chart, first: int, b: Item, j: int) -> Span | None:
    """Both years when ``b`` (ending at ``j``) writes the year after ``first`` ("/24",
    "/2024") and a year may end there: a season or a fiscal year over two calendar years."""
    second = b.val.value
    short = b.val.digits == 2 and second == (first + 1) % 100
    if (short or (b.val.digits == 4 and second == first + 1)) and _year_ends(c, j):
        return Span(datetime(first, 1, 1), datetime(first + 2, 1, 1), "year")
    return None


def _year_ends(c: Chart, j: int) -> bool:
    """Whether a year may end before token ``j`` (no counted noun, no other number joined)."""
    return c.follower_ok(j, year=True) and not c.joined_number(j)


def _two_digit_decade(c: Chart, tens: int) -> int:
    """The decade "80" or "20" names: the latest one that has begun by the reference year."""
    century = c.ref.year // 100 * 100
    return century + tens if century + tens <= c.ref.year else century - 100 + tens


def _likely_year(c: Chart, n: Num) -> bool:
    """Whether a number is a year even before a plural noun ("In 2019 sales rose"): a
    round hundred is rather a count ("en 2000 exemplaires"), a recent year rather a year."""
    return n.value % 100 != 0 and 1900 <= n.value <= c.ref.year + 30


def _not_counted(c: Chart, j: int, value: float | None = None) -> bool:
    """Whether a number ending at ``j`` (of ``value``) is not the start of a count range
    ("de 2000 à 3000 personnes"). A scaled figure it cannot be the low end of ("in 2024 to
    675 million": 2024 million is more) starts no range with it."""
    for sep in c.get(j, "range_to"):
        ends = c.get(sep.j, "num")
        if value is not None and len(ends) > 1:
            low = min(n.val.value for n in ends)
            high = max(n.val.value for n in ends)
            if 0 < low < high < value * high / low:
                continue  # "675" and "675 million": the year times the scale is more
        if any(not c.follower_ok(n.j) for n in ends):
            return False
    return True


@rule("prep num", "boundary p num", "boundary num", "decade num", unread=DERIVED)
def years(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "en 2024", "in 2024", "de 2020", "fin 2025", "mi-2025": a year needs a cue word
    for j, (p, y) in c.seq(i, "prep", "num"):
        if not is_year(y.val) or c.joined_number(j):
            continue
        if c.get(p.i, "range_from") and not _not_counted(c, j, y.val.value):
            continue  # "de 2000 à 3000 personnes"; "en 2024 et deux camions" opens no range
        if clock_digits(c, p, y):
            continue  # "at 1030" is half past ten (time_rules_clock.spoken_clock)
        if j < len(c.tokens) and c.tokens[j][0] in c.lex.baseline_nouns:
            continue  # "at 2019 prices": the preposition is the noun's, the year its attribute
        if c.follower_ok(j, year=True) or _likely_year(c, y.val):
            yield j, "time", year_when(int(y.val.value))
    for j, (b, _, y) in c.seq(i, "boundary", "p?", "num"):
        if is_year(y.val) and c.follower_ok(j, year=True):
            yield j, "time", When(year=int(y.val.value), boundary=b.val)
    for j, (_, y) in c.seq(i, "decade", "num"):
        if is_year(y.val) and y.val.value % 10 == 0:
            yield j, "time", When(decade=int(y.val.value))
        elif _decade_tens(y.val):  # "les années 80", "les années quatre-vingt": the latest
            yield j, "time", When(decade=_two_digit_decade(c, int(y.val.value)))


def _decade_tens(n: Num) -> bool:
    """Whether a number after a decade word names a decade by its tens: "80" in digits, or
    "vingt" to "quatre-vingt-dix" in words ("les années soixante-dix")."""
    return n.digits in (0, 2) and n.value % 10 == 0 and 10 <= n.value <= 90


@rule("spelled_decade")
def spelled_decades(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    """A decade's plural in words (``spelled_decades``): "the eighties", "the Sixties", as
    "the 80s" (the latest such decade begun by the reference year)."""
    for item in c.get(i, "spelled_decade"):
        yield item.j, "time", When(decade=_two_digit_decade(c, int(item.val)))


@rule("num")
def bare_years(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    """A number that is a year with no cue word before it: :func:`attributive_years`,
    :func:`named_years`, :func:`listed_years`, in that order (one rule, as the three read
    the same numbers: most numbers are no year, and one test sends them away). Each keeps
    its outputs apart, as rules do: one that fails on date arithmetic leaves the others'.
    Each part's own first test is made here (a part that fails it finds nothing): most
    numbers of four digits pass none ("Entreprise 4711"), and no part is set up for them."""
    toks = c.tokens
    word = toks[i][0]
    numbers = c.get(i, "num")
    if len(word) != 4 or not word.isdecimal():  # no edition's year (``Chart.after_name``)
        for y in numbers:
            if is_year(y.val):
                break
        else:
            return  # no year at all: most numbers
    for y in numbers:
        if y.j == i + 1 and is_year(y.val):
            yield from _outputs(attributive_years, c, i)
            break
    if c.after_name(i):
        yield from _outputs(named_years, c, i)
    if i >= 2 and toks[i - 1][0] in c.lex.year_list_joiners and not c.glued(i - 1):
        yield from _outputs(listed_years, c, i)


def _outputs(part: Rule, c: Chart, i: int) -> list[tuple[Any, ...]]:
    """What ``part`` finds at token ``i``, or nothing when it fails on date arithmetic (as
    :meth:`Chart.parse` does for a rule)."""
    try:
        return list(part(c, i))
    except (ValueError, OverflowError):
        return []


def attributive_years(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "its 2019 record", "from 1990 levels", "the 2022 census": a year before a noun of
    # ``year_nouns`` is that year ("the 2000 employees" stays a count); so is one after a
    # noun of ``nouns_before_year`` ("la récolte 2023", "le budget 2025"), unless a count
    # follows
    for y in c.get(i, "num"):
        if y.j == i + 1 and is_year(y.val):
            break
    else:
        return  # most numbers: no year of one token, so no look around them
    lead = (
        i > 0
        and not c.glued(i - 1)
        and (
            c.tokens[i - 1][0] in c.lex.nouns_before_year
            or c.tokens[i - 1][0] in c.lex.year_verbs  # "the S&P 500 finished 2023 at …"
            or c.year_lead(i)
        )
    )
    subject = c.subject_verb_at(i + 1)  # "2023 was the hottest year on record"
    noun = c.year_noun_after(i + 1)
    if not lead and not subject and not noun:
        return
    for y in c.get(i, "num"):
        if y.j != i + 1 or not is_year(y.val) or c.joined_number(y.j):
            continue
        if subject and y.val.digits != 4:
            continue
        noun_after = subject or noun
        if lead and not noun_after:
            named = _EDITIONS[0] <= y.val.value <= _EDITIONS[1] and not _glued_word(c, i)
            if not named or not c.follower_ok(y.j, year=True):
                continue  # "la production 2000 tonnes", "le budget 1000 fois"
        elif c.glued(i) or (i > 0 and c.glued(i - 1)):
            continue  # "Q1-2025 results": the year of a code, read with it
        yield y.j, "time", year_when(int(y.val.value))


# The years a noun of ``nouns_before_year`` may name ("la récolte 2023"), as an edition's.
_EDITIONS = (1850, 2100)


def _glued_word(c: Chart, i: int) -> bool:
    """Whether token ``i`` is glued to a word or a figure after it ("2022-2023", "2024e")."""
    return c.glued(i) and c.tokens[i + 1][0][0].isalnum()


def named_years(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "le Tour de France 2024", "Paris 2024", "Euro 2024", "World Cup 2022": the year of an
    # edition, right after its name (the numbers finder drops it as a figure)
    if not c.after_name(i):
        return
    for y in c.get(i, "num"):
        if c.follower_ok(y.j, year=True) and _not_counted(c, y.j) and not c.joined_number(y.j):
            yield y.j, "time", year_when(int(y.val.value))


def listed_years(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "en 2022 et 2023", "in 2021, 2022 and 2023": a bare year joined by one of
    # ``year_list_joiners`` to a year read before it is a year too (not "in 2019 and 2000
    # people": a count follows); after a comma, only inside a list ("En 2023, 1850 were
    # hired" is a count)
    joiners = c.lex.year_list_joiners
    if i < 2 or c.tokens[i - 1][0] not in joiners or c.glued(i - 1):
        return
    comma = c.tokens[i - 1][0] == ","
    if not any(
        item.j == i - 1 and year_only(item.val)
        for k in c.ending.get(i - 1, ())
        for item in c.at[k].get("time", ())
    ):
        return
    for y in c.get(i, "num"):
        if comma and (y.j >= len(c.tokens) or c.tokens[y.j][0] not in joiners):
            continue
        if is_year(y.val) and _year_ends(c, y.j) and _not_counted(c, y.j, y.val.value):
            yield y.j, "time", year_when(int(y.val.value))


@rule("month unit", "month p month unit", "month p range_to p month")
def quarters_by_month(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "the March quarter", "the December quarter" (Indian, Australian and company results):
    # the calendar quarter that ends with that month
    for j, (m, u) in c.seq(i, "month", "unit"):
        if u.val == (1.0, "quarter") and m.val % 3 == 0 and not _number_word(c, m):
            yield j, "time", When(quarter=m.val // 3)
    # "the January-March quarter": its first and last months
    for j, (m, p, n, u) in c.seq(i, "month", "p", "month", "unit"):
        if u.val == (1.0, "quarter") and p.val == "-" and n.val % 3 == 0 and n.val - m.val == 2:
            yield j, "time", When(quarter=n.val // 3), 1  # before the months' range
    # "the April-to-June period": the months from the first to the last, as one compound
    for j, (m, p, _, q, n) in c.seq(i, "month", "p", "range_to", "p", "month"):
        if p.val == "-" and q.val == "-" and c.glued(m.i) and c.glued(q.i) and m.val < n.val:
            first = c.resolve(When(month=m.val))
            last = c.resolve(When(month=n.val))
            if first is not None and last is not None:
                span = Span(first.start, last.end, "month")
                if span.start > c.ref and c.past_clause(i, j):  # said before those months
                    span = Span(shift(span.start, "year", -1), shift(span.end, "year", -1), "month")
                yield j, "time", When(span=span)


@rule(
    "ord unit",
    "ordinal unit",
    "ord halfword",
    "ord p unit",
    "ord p halfword",
    "code_quarter",
    "code_half num",
    "num code_quarter",
    "num code_half",
)
def quarters(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "premier trimestre", "second semestre", "3rd quarter", "T1", "Q1 2025", "H2 2024",
    # "2019 H2" (a capital H after the year: "2030 h2" is no half)
    for j, (o, u) in c.seq(i, "ord", "unit"):
        count, unit = u.val
        if _ranked_after(c, j):
            continue  # "pour le troisième trimestre consécutif": a rank of quarters, no Q3
        if unit == "quarter" and count == 1 and 1 <= o.val <= 4:
            yield j, "time", When(quarter=o.val)
        elif unit == "month" and count == 6 and 1 <= o.val <= 2:
            yield j, "time", When(half=o.val)
    for j, (o, u) in c.seq(i, "ordinal", "unit"):
        if o.val == -1 and u.val == (1.0, "quarter"):
            yield j, "time", When(quarter=4)
        elif o.val == -1 and u.val == (6.0, "month"):
            yield j, "time", When(half=2)
    for j, (o, _) in c.seq(i, "ord", "halfword"):
        if 1 <= o.val <= 2:  # "the first half of 2024"
            yield j, "time", When(half=o.val)
    # "second-quarter revenue", "first-half profit": the ordinal hyphenated to its unit
    for j, (o, d, u) in c.seq(i, "ord", "p", "unit"):
        if _hyphen(c, d) and u.val == (1.0, "quarter") and 1 <= o.val <= 4:
            yield j, "time", When(quarter=o.val)
    for j, (o, d, _) in c.seq(i, "ord", "p", "halfword"):
        if _hyphen(c, d) and 1 <= o.val <= 2:
            yield j, "time", When(half=o.val)
    for q in c.get(i, "code_quarter"):
        yield q.j, "time", When(quarter=q.val)
    for h in c.get(i, "code_half"):
        if c.get(h.j, "num") and any(is_year(n.val) for n in c.get(h.j, "num")):
            yield h.j, "time", When(half=h.val)
    for j, (y, h) in c.seq(i, "num", "code_quarter"):
        if is_year(y.val):
            yield j, "time", When(year=int(y.val.value), quarter=h.val)
    for j, (y, h) in c.seq(i, "num", "code_half"):
        if is_year(y.val) and c.tokens[h.i][0] != c.raw(h.i):
            yield j, "time", When(year=int(y.val.value), half=h.val)  # "2019 H2"


@rule("ord unit", "ord p unit")
def centuries(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "au XIXe siècle", "the 19th century", "a 19th-century house": the hundred years
    # whose hundreds the ordinal counts from one (the 19th century is 1800-1899, as news
    # mean it)
    for j, (o, u) in c.seq(i, "ord", "unit"):
        if u.val == _CENTURY_UNIT and 2 <= o.val <= 22:
            yield j, "time", _century(o.val)
    for j, (o, d, u) in c.seq(i, "ord", "p", "unit"):
        if _hyphen(c, d) and u.val == _CENTURY_UNIT and 2 <= o.val <= 22:
            yield j, "time", _century(o.val)


_CENTURY_UNIT = (100.0, "year")


def _century(ordinal: int) -> When:
    start = datetime(100 * (ordinal - 1), 1, 1)
    return When(span=Span(start, datetime(100 * ordinal, 1, 1), "year"), closed=True)


def _hyphen(c: Chart, mark: Item) -> bool:
    """Whether ``mark`` is a hyphen glued to the words on both sides ("second-quarter")."""
    return mark.val == "-" and mark.i > 0 and c.glued(mark.i - 1) and c.glued(mark.i)


@rule("offset unit", "unit offset", "unit num", "boundary prep unit", "boundary unit")
def relative_unit(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "l'an dernier", "le mois prochain", "cette année", "last year", "next quarter"
    for j, (o, u) in c.seq(i, "offset", "unit"):
        if _plural(c, o) or _symbol(c, u) or c.get(u.i, "pluralunit"):
            continue  # "ces dernières années": vague; "prochain s'annonce" has no unit
        if _complemented(c, j):
            continue  # "dernière année du franc belge": the last year of something
        span = _shifted(c, u.val, o.val)
        if span is not None:
            yield j, "time", When(span=span)
    for j, (u, o) in c.seq(i, "unit", "offset"):
        if not c.lex.words.offset_after_unit:
            break
        before_only = any(x.j == o.j for x in c.get(o.i, "beforeonly"))  # "cette" comes first
        if _plural(c, o) or _symbol(c, u) or before_only or c.get(u.i, "pluralunit"):
            continue
        span = _shifted(c, u.val, o.val)
        if span is not None:
            yield j, "time", When(span=span)
    # "l'année 2023", "the year 2023"
    for j, (u, y) in c.seq(i, "unit", "num"):
        if c.ends_at(u.j, frozenset(("decade",))):
            continue  # "les années 1990" is a decade
        if u.val == (1.0, "year") and is_year(y.val) and c.follower_ok(j, year=True):
            yield j, "time", year_when(int(y.val.value))
    # "l'année", "le mois" with a boundary: "en fin d'année", "à la fin du mois"
    for j, (b, _, u) in c.seq(i, "boundary", "prep?", "unit"):
        if _symbol(c, u):
            continue
        span = _shifted(c, u.val, 0)
        if span is not None:
            yield j, "time", When(span=span, boundary=b.val)


def _complemented(c: Chart, j: int) -> bool:
    """Whether one of ``unit_complements`` ("du", "of the") starts at token ``j`` and a word
    with no time reading follows it: a noun's complement, naming what the unit before is
    of ("la dernière année du franc belge"); "la dernière semaine de mai" is a time."""
    toks = c.tokens
    for phrase in c.lex.unit_complements:
        k = j + len(phrase)
        if tuple(t[0] for t in toks[j:k]) == phrase and k < len(toks):
            return toks[k][0][:1].isalpha() and not c.at[k].keys() & _TIME_NOUNS
    return False


# the readings of a word that make it a time after a complement ("de mai", "of the year")
_TIME_NOUNS = frozenset(("month", "unit", "weekday", "num", "season", "seasonword"))


def _symbol(c: Chart, unit: Item) -> bool:
    """Whether a unit is a symbol ("s", "h", "'"), a unit only right after a number."""
    word = c.tokens[unit.i][0]
    return unit.j - unit.i == 1 and (len(word) == 1 or not word.isalpha())


def _plural(c: Chart, offset: Item) -> bool:
    return any(x.j == offset.j for x in c.get(offset.i, "pluraloffset"))


def _shifted(c: Chart, unit: tuple[float, str], offset: int) -> Span | None:
    count, name = unit
    if count == 6 and name == "month":
        start = floor(c.ref, "month").replace(month=1 if c.ref.month <= 6 else 7)
        start = shift(start, "month", 6 * offset)
        return Span(start, shift(start, "month", 6), "quarter")
    if count != 1:
        return _counted_unit(c, count, name, offset)
    return unit_span(c.ref, name, offset)


def _counted_unit(c: Chart, count: float, name: str, offset: int) -> Span | None:
    """A unit worth several of another ("decade" = 10 years, "fortnight" = 2 weeks) after a
    relative word: "the past decade" is the last ten whole years, as "the last ten years";
    "the next decade" the ten years after this one; "this decade" the one holding the
    reference ("this decade" in 2024: 2020 to 2030)."""
    if not count.is_integer() or count < 2 or name not in _WHOLE_UNITS:
        return None
    k = int(count)
    base = floor(c.ref, name)
    if offset < 0:
        start = shift(base, name, -k)
    elif offset > 0:
        start = shift(base, name, 1)
    elif name == "year":
        start = base.replace(year=base.year - base.year % k)
    else:
        return None
    return Span(start, shift(start, name, k), name)


_WHOLE_UNITS = frozenset(("day", "week", "month", "year"))


@rule("time nextweek", "time offset", "offset time")
def relative_weekday(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "lundi prochain", "mardi dernier", "next tuesday", "last Sunday"
    for j, (t, _) in c.seq(i, "time", "nextweek"):
        w = t.val
        if w.weekday is not None and not w.fields_other():  # "mercredi suivant"
            yield j, "time", w.but(span=unit_span(c.ref, "week", 1), weak=after_cue(w)), 2
    for j, (t, o) in c.seq(i, "time", "offset"):
        if not c.lex.words.offset_after_unit:
            break
        if any(x.j == o.j for x in c.get(o.i, "beforeonly")):
            continue  # "attendues mi-juin dans la Beauce": "dans la" leads, it never follows
        w = t.val
        if w.weekday is not None and not w.fields_other():
            yield j, "time", w.but(direction=o.val or w.direction)
        elif w.month is not None and w.day is None and w.year is None:
            yield j, "time", w.but(year=_month_year(c, w.month, o.val))
        elif w.month is not None and w.day is not None and w.year is None and o.val:
            # "au 1er janvier prochain", "le 15 mars dernier": the coming or the latest one
            yield j, "time", w.but(year=_day_year(c, w.month, w.day, o.val))
        elif w.weekend and w.span is None:
            yield j, "time", w.but(span=unit_span(c.ref, "week", o.val))
        elif w.season is not None and w.year is None and o.val:
            yield j, "time", w.but(year=_season_year(c, w.season, o.val))
        elif w.pod is not None and not w.fields() and w.span is None and o.val:
            day = shift(floor(c.ref, "day"), "day", o.val)  # "la nuit dernière"
            yield j, "time", w.but(span=Span(day, shift(day, "day", 1), "day"))
    for j, (o, t) in c.seq(i, "offset", "time"):
        if c.tokens[o.i][0] in c.lex.offsets_after_only:
            break  # "est passé en mars 2024": a verb, no "last March"
        w = t.val
        if (
            w.weekday is not None
            and not w.fields_other()
            and o.val
            and c.lex.words.weekday_offsets_by_week
        ):
            yield j, "time", w.but(span=unit_span(c.ref, "week", o.val))
        elif w.weekday is not None and not w.fields_other():
            yield j, "time", w.but(direction=o.val or w.direction)
        elif w.pod is not None and not w.fields() and w.span is None and o.val:
            day = shift(floor(c.ref, "day"), "day", o.val)
            yield j, "time", w.but(span=Span(day, shift(day, "day", 1), "day"))
        elif w.season is not None and w.year is None:
            yield j, "time", w.but(year=_season_year(c, w.season, o.val))
        elif w.holiday is not None and w.year is None and w.span is None:
            yield j, "time", w.but(direction=o.val)
        elif w.weekend and w.span is None:
            yield j, "time", w.but(span=unit_span(c.ref, "week", o.val))
        elif w.pod is not None and w.span is None and not w.fields() and o.val == 0:
            today = floor(c.ref, "day")
            start = today + timedelta(hours=w.pod[0])
            if c.ref < start and w.pod[0] >= _EVENING and c.past_clause(i, j):
                # "le séisme a été ressenti cette nuit", "the concert this evening was
                # cancelled", said before the evening: the one that has passed
                start -= timedelta(days=1)
                end = today + timedelta(hours=w.pod[1] - 24)
                yield j, "time", When(span=Span(start, end, "hour"), closed=True)
            else:
                yield j, "time", w
        elif w.month is not None and w.day is None and w.year is None and o.val != 0:
            yield j, "time", w.but(year=_month_year(c, w.month, o.val), weak=after_cue(w))


def _season_at(ref: datetime, offset: int) -> tuple[str, int]:
    """The season around ``ref`` moved by ``offset`` seasons, with the year it starts in."""
    order = ("spring", "summer", "autumn", "winter")
    today = (ref.month, ref.day)
    if today < SEASONS["spring"]:
        index = (ref.year - 1) * 4 + 3  # the winter that began last December
    else:
        index = ref.year * 4 + max(k for k, name in enumerate(order) if today >= SEASONS[name])
    year, k = divmod(index + offset, 4)
    return order[k], year


def _season_year(c: Chart, season: str, offset: int) -> int | None:
    """The year of "l'été dernier" (the latest summer over) or "next spring" (the coming
    one); None keeps the season around the reference date ("cet hiver")."""
    if offset == 0:
        return None
    year = c.ref.year
    if offset < 0:
        span = c.resolve(When(season=season, year=year))
        return year if span is not None and span.end <= c.ref else year - 1
    span = c.resolve(When(season=season, year=year))
    return year if span is not None and span.start > c.ref else year + 1


def _month_year(c: Chart, month: int, offset: int) -> int:
    """The year of "next March" (the coming one) or "last March" (the latest one past)."""
    if offset > 0:
        return c.ref.year if month > c.ref.month else c.ref.year + 1
    if offset < 0:
        return c.ref.year if month < c.ref.month else c.ref.year - 1
    return c.ref.year


def _inside_clause(c: Chart, i: int) -> bool:
    """Whether token ``i`` stands between two words, no mark on either side ("Brent is now
    at"): a one-word "now" there says how things stand, not when."""
    toks = c.tokens
    if not 0 < i < len(toks) - 1 or not toks[i + 1][0][0].isalpha():
        return False
    before = toks[i - 1][0]
    return before[0].isalpha() or (before[0].isdecimal() and before[-1].isalpha())  # "5G now"


def _day_year(c: Chart, month: int, day: int, offset: int) -> int:
    """The year of "le 1er janvier prochain" (the coming one) or "le 15 mars dernier" (the
    latest one past)."""
    here = (c.ref.month, c.ref.day)
    if offset > 0:
        return c.ref.year if (month, day) > here else c.ref.year + 1
    return c.ref.year if (month, day) < here else c.ref.year - 1


@rule("ago_after time", "hence_after time")
def earlier_this(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "earlier this month", "later this year", "earlier today": the current unit, the word
    # before it only saying which part of it (a time counted back or on is "two years earlier")
    for cue in ("ago_after", "hence_after"):
        for j, (a, t) in c.seq(i, cue, "time"):
            if a.j - a.i != 1 or not _this_unit(c, t.i):
                continue
            yield j, "time", t.val


def _this_unit(c: Chart, i: int) -> bool:
    """Whether token ``i`` says the current unit: "this", "cette", "today"."""
    return any(o.val == 0 for o in c.get(i, "offset")) or any(
        d.val == 0 for d in c.get(i, "dayword")
    )


@rule("pod prep time range_to time")
def night_between(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "dans la nuit de mercredi à jeudi", "the night of Wednesday to Thursday": one night,
    # from the evening of the first day to the morning after
    for j, (p, _, a, _, b) in c.seq(i, "pod", "prep", "time", "range_to", "time"):
        first, second = a.val.weekday, b.val.weekday
        if first is None or second != (first + 1) % 7 or p.val[0] < _EVENING:
            continue
        day = c.resolve(a.val)
        if day is None or day.grain != "day":
            continue
        start = day.start + timedelta(hours=p.val[0])
        end = day.start + timedelta(days=1, hours=_MORNING)
        if a.val.past and start > c.ref:
            # "a été flashé dans la nuit de samedi à dimanche", said on the Saturday: the
            # night that has passed, a week before
            start, end = start - timedelta(days=7), end - timedelta(days=7)
        # closed: an hour after it is read on its own ("dans la nuit de vendredi à samedi,
        # vers 3 heures du matin"), not on the first day
        yield j, "time", When(span=Span(start, end, "hour"), closed=True)


@rule("pod time", "pod prep time")
def night_of_two_days(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "dans la nuit du 27 au 28 février 2010", "the night of June 5-6": a night named by the
    # two days it joins, a range of two days right after it (or after "of")
    found = [(j, p, t) for j, (p, t) in c.seq(i, "pod", "time")]
    found += [(j, p, t) for j, (p, _, t) in c.seq(i, "pod", "prep", "time")]
    for j, p, t in found:
        span = t.val.span
        if (
            p.val[0] < _EVENING
            or not t.val.closed
            or span is None
            or span.grain != "day"
            or span.end - span.start != timedelta(days=2)
        ):
            continue
        start = span.start + timedelta(hours=p.val[0])
        end = span.start + timedelta(days=1, hours=_MORNING)
        yield j, "time", When(span=Span(start, end, "hour"), closed=True)


_EVENING = 18  # a part of the day that starts then or later is the night's
_MORNING = 6  # the hour a night ends


@rule("dayword", "now", "holiday", "bunit", "weekpart", "pod")
def day_words(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    for d in c.get(i, "dayword"):
        day = floor(c.ref, "day")
        start = shift(day, "day", d.val)
        if not (d.val and d.j < len(c.tokens) and c.tokens[d.j][0] in c.lex.day_complements):
            # not "à la veille de son congrès": the eve of an event the text names
            yield d.j, "time", When(span=Span(start, shift(start, "day", 1), "day"))
        for j, (_, t) in c.seq(d.j, "prep", "time"):  # "le lendemain du 13 février"
            w = t.val
            if w.year is None and w.month is not None:
                w = w.but(past=c.past_clause(i, j))  # "publié la veille du 14 juillet"
            other = c.resolve(w)
            if other is not None and other.grain == "day" and d.val:
                start = shift(other.start, "day", d.val)
                yield j, "time", When(span=Span(start, shift(start, "day", 1), "day"))
    for n in c.get(i, "now"):
        if n.j - n.i == 1 and _inside_clause(c, n.i):
            continue  # "Guyana now pumps", "le prix atteint actuellement": an adverb
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
        if _attributive_holiday(c, h):
            continue  # "les marchés de Noël": a kind of market, no time
        if not _in_name(c, h):
            # "lent" the verb; in a past-tense clause the latest occurrence ("sales surged
            # ahead of Diwali, traders said")
            past = c.past_clause(h.i, h.j) and not _future_before(c, h)
            yield h.j, "time", When(holiday=h.val, weak=_weak(c, h), past=past)
    for b in c.get(i, "bunit"):
        if b.j - b.i == 1 and not c.raw(b.i).isupper():
            continue  # "EOM", "BOY" are acronyms; "boy" is a boy
        boundary, unit = b.val
        yield b.j, "time", When(span=unit_span(c.ref, unit, 0), boundary=boundary)
    for w in c.get(i, "weekpart"):
        counted = _ranked_before(c, i)  # "premier week-end", not "last weekend"
        if not _owned(c, i) and not counted:
            # not "le premier week-end du dernier Astérix": an event's first, no calendar's
            # ("le premier week-end de juin" is read whole by the rules of ordinals)
            yield w.j, "time", When(weekend=True)
    for p in c.get(i, "pod"):
        if not _after_one(c, i):
            yield p.j, "time", When(pod=p.val)  # not "une nuit à Bali", "one night"


def _owned(c: Chart, i: int) -> bool:
    """Whether token ``i`` follows one of the lexicon's ``possessives``, right before it or
    one word before ("over its opening weekend", "lors de son premier week-end", "the film's
    opening weekend"): an event's own, not the calendar's."""
    owners = c.lex.possessives
    toks = c.tokens
    for k in (i - 1, i - 2):
        if k < 0:
            return False
        word = toks[k][0]
        if word in owners or (word == "s" and k and toks[k - 1][0] == "'"):
            return True
        if k == i - 2 or not word.isalpha():
            return False
    return False


def _attributive_holiday(c: Chart, h: Item) -> bool:
    """Whether a holiday after one of ``attributive_preps`` qualifies the lowercase noun
    before it ("les marchés de Noël", "le sapin de Noël"), unless that noun names a stretch
    of time (``holiday_periods``: "les vacances de Pâques", "le week-end de Pâques")."""
    toks = c.tokens
    k = h.i - 1
    if k < 1 or not c.lex.holiday_periods:
        return False
    prep = toks[k][0]
    if prep == "'" and k >= 2:
        prep, k = toks[k - 1][0] + "'", k - 1
    if prep not in c.lex.attributive_preps:
        return False
    noun = toks[k - 1][0]
    raw = c.raw(k - 1)
    if c.ending.get(k):
        return False  # a time word ends there ("le week-end de l'Ascension")
    return raw.isalpha() and raw.islower() and noun not in c.lex.holiday_periods and not c.at[k - 1]


def _after_one(c: Chart, i: int) -> bool:
    """Whether "one" in words ends right before token ``i``: "une nuit", "one night" count
    a night, and name no part of the day ("at eight tonight" does)."""
    return any(
        n.j == i and n.val.digits == 0 and n.val.value == 1
        for k in c.ending.get(i, ())
        for n in c.at[k].get("num", ())
    )


@rule(
    "season prep num",
    "season num",
    "prep season",
    "boundary season",
    "offset season",
    "offset seasonword",
    "seasonword offset",
    "seasonword time",
)
def seasons(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "en été", "l'été 2024", "cet hiver", "summer 2023": a season needs a cue ("il a été")
    for j, (s, _, y) in c.seq(i, "season", "prep?", "num"):
        if is_year(y.val):
            yield j, "time", When(season=s.val, year=int(y.val.value))
    for cue in ("prep", "offset"):
        for j, (p, s) in c.seq(i, cue, "season"):
            if cue == "prep" and c.tokens[s.i][0] in c.lex.weak and c.get(p.i, "article"):
                continue  # "the fall in sterling"; "in the fall", "this fall" are seasons
            if cue == "prep" and "".join(t[0] for t in c.tokens[p.i : p.j]) in (
                c.lex.attributive_preps
            ):
                continue  # "orge d'hiver", "sports d'hiver", "heure d'été": a kind of thing
            if s.j < len(c.tokens) and c.tokens[s.j][0] in c.lex.season_compounds:
                continue  # "the winter wheat crop": a kind of wheat, no winter
            year = _season_year(c, s.val, p.val) if cue == "offset" else None
            yield j, "time", When(season=s.val, year=year)
    for j, (b, s) in c.seq(i, "boundary", "season"):
        if c.tokens[s.i][0] in c.lex.weak and not (i and c.get(i - 1, "prep")):
            continue  # "a late fall in prices"; "in late fall" is the season
        yield j, "time", When(season=s.val, boundary=b.val)  # "in early summer"
    # "this season", "la saison dernière": the season around the reference date, moved
    for j, (o, _) in c.seq(i, "offset", "seasonword"):
        if tuple(t[0] for t in c.tokens[o.i : o.j]) in c.lex.season_word_not_after:
            continue  # "du jamais vu si tôt dans la saison": the season of the thing, no time
        season, year = _season_at(c.ref, o.val)
        yield j, "time", When(season=season, year=year)
    # "la saison 2022-2023": the word names the years' span, and is in it ("the 2022-23
    # season" is the years alone: a noun after a year is its attribute, "the 2022 census")
    for j, (_, t) in c.seq(i, "seasonword", "time"):
        if _years_only(t.val):
            yield j, "time", t.val
    if c.lex.words.offset_after_unit:
        for j, (_, o) in c.seq(i, "seasonword", "offset"):
            season, year = _season_at(c.ref, o.val)
            yield j, "time", When(season=season, year=year)


def _years_only(w: When) -> bool:
    """Whether ``w`` is a year or a span of years and nothing finer."""
    spanned = w.span is not None and w.span.grain == "year"
    return (w.year is not None or spanned) and not w.but(
        year=None, span=None, closed=False
    ).fields()


@rule("time era", "num era")
def era_years(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "in 2014 AD", "in 14 A.D.": the era word joins the year's span ("ad" in lowercase is an
    # advert: "2014 ad spending"); "AD 79", with no rule starting on a connector, is not read
    for a in c.get(i, "time"):
        if a.val.year is None or a.val.but(year=None).fields() or a.val.span is not None:
            continue
        end = _era_end(c, a.j)
        if end is not None:
            yield end, "time", a.val
    for n in c.get(i, "num"):
        v = n.val.value
        if not (v.is_integer() and 1 <= v <= 9999):
            continue
        end = _era_end(c, n.j)
        if end is not None and c.follower_ok(end, year=True):
            yield end, "time", year_when(int(v))


def _era_end(c: Chart, i: int) -> int | None:
    """Where an era written as one ("AD", "A.D.", not the word "ad") that starts at token
    ``i`` ends, or None."""
    words = [t[0] for t in c.tokens]
    for era in c.lex.eras:
        if tuple(words[i : i + len(era)]) == era and (len(era) > 1 or c.raw(i).isupper()):
            return i + len(era)
    return None


@rule("closest time", "ord closest", "ordinal closest")
def closest(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "the closest Monday to Oct 5th", "the second closest Xmas to today": of the weekdays or
    # holidays around a day, the n-th nearest (the earlier first at equal distance)
    heads = [(1, i)] if c.get(i, "closest") else []
    heads += [(o.val, o.j) for cat in ("ord", "ordinal") for o in c.get(i, cat)]
    for n, k in heads:
        if not 1 <= n <= 5:
            continue
        for word in c.get(k, "closest"):
            for x in c.get(word.j, "time"):
                if not _recurring(x.val):
                    continue
                for to in c.get(x.j, "to"):
                    for y in c.get(to.j, "time"):
                        anchor = c.resolve(y.val)
                        if anchor is None or anchor.grain != "day":
                            continue
                        found = _around(x.val, anchor.start, n)
                        if found is not None:
                            yield y.j, "time", When(span=found, closed=True)


def _recurring(w: When) -> bool:
    """Whether ``w`` is a weekday or a holiday alone (what recurs around a day)."""
    bare = w.but(weekday=None, holiday=None, weak=0, past=False, direction=0)
    return (w.weekday is not None or w.holiday is not None) and bare == When()


def _around(w: When, day: datetime, n: int) -> Span | None:
    """The ``n``-th nearest occurrence of the weekday or holiday ``w`` to ``day``."""
    if w.holiday is not None:
        found = [
            s for y in range(day.year - n, day.year + n + 1) for s in holiday_dates(w.holiday, y)
        ]
    else:
        found = [
            Span(d, d + timedelta(days=1), "day")
            for d in (day + timedelta(days=k) for k in range(-7 * n, 7 * n + 1))
            if d.weekday() == w.weekday
        ]
    found.sort(key=lambda s: (abs(s.start - day), s.start))
    return found[n - 1] if len(found) >= n else None


@rule("unit num")
def week_number(c: Chart, i: int) -> Iterator[tuple[Any, ...]]:
    # "en semaine 21", "in week 49": an ISO week of the year (epidemiological bulletins), the
    # latest one begun by the reference date when no year is given
    if c.raw(i).lower() not in c.lex.week_numbers:
        return
    for u in c.get(i, "unit"):
        if u.val != (1.0, "week") or u.j != i + 1:
            continue
        for n in c.get(u.j, "num"):
            if not (n.val.digits and n.val.digits <= 2 and n.val.value.is_integer()):
                continue
            week = int(n.val.value)
            if not 1 <= week <= 53 or c.get(n.j, "unit") or not c.follower_ok(n.j):
                continue
            year = c.ref.year
            start = _iso_week(year, week)
            if start is not None and start > c.ref:
                year -= 1
                start = _iso_week(year, week)
            if start is not None:
                span = Span(start, start + timedelta(days=7), "week")
                yield n.j, "time", When(span=span, closed=True)
            for j, (_, y) in c.seq(n.j, "prep", "num"):
                # "week 23 of 2024", "la semaine 23 de 2024": that year's week
                four_digits = y.val.digits == 4 and is_year(y.val)
                stated = _iso_week(int(y.val.value), week) if four_digits else None
                if stated is not None and c.follower_ok(j, year=True):
                    span = Span(stated, stated + timedelta(days=7), "week")
                    yield j, "time", When(span=span, closed=True)


def _iso_week(year: int, week: int) -> datetime | None:
    """The Monday of ISO week ``week`` of ``year``, or None when the year has no such week."""
    try:
        return datetime.fromisocalendar(year, week, 1)
    except ValueError:
        return None

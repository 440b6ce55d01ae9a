"""Dates, periods, durations and deadlines: text → ``time`` and ``duration`` mentions.

A ``time`` mention holds a half-open period at a grain, resolved against the reference
date, and how the text relates to it (``in``, ``by``, ``since``, ``until``, ``before``,
``after``); a ``duration`` mention holds an amount of time and its unit. Spans cover the cue
words: "d'ici 2026", "en mars 2024", "pendant trois ans", "plus de six mois".

Speed: one regular-expression pass finds the cues (a digit, or a word of the time lexicon
that can open a time); only a few words around each cue are read by the grammar
(:mod:`claimcheck.extract.time_grammar`), so a sentence with no cue costs one search.

>>> from datetime import datetime
>>> ref = datetime(2024, 11, 20)
>>> [(m.text, str(m.period), m.relation.value) for m in find("Il exportera d'ici 2026.", "fr", ref)]
[("d'ici 2026", '2026', 'by')]
>>> [(m.text, str(m.period)) for m in find("Sales fell last year.", "en", ref)]
[('last year', '2023')]
>>> [(m.kind.value, m.text, m.value, m.unit) for m in find("Construite en six mois.", "fr", ref)]
[('duration', 'en six mois', 6.0, 'month')]
"""

from __future__ import annotations

import bisect
import functools
import importlib
import importlib.util
import re
import unicodedata
import zoneinfo
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from claimcheck.extract import (
    qualifiers,
    time_fallback,
    time_rules_clock,
    time_rules_dates,
    time_rules_spans,
)
from claimcheck.extract.numerals import numbers_lexicon
from claimcheck.extract.time_grammar import RANGE_JOINERS, RANKED_NOUNS, Chart, Item
from claimcheck.extract.time_lexicon import (
    TimeLexicon,
    bc_years,
    time_lexicon,
    tokenize,
    tokens_in,
)
from claimcheck.extract.time_values import LOCAL, Duration, Span, When, shift
from claimcheck.models import Mention, MentionKind, Period, Qualifier, Relation

__all__ = ["find"]

# The rule modules register their rules when imported; the order is the order rules run in.
_RULE_MODULES = (time_rules_dates, time_rules_clock, time_rules_spans)

# Characters read around a cue, on each side: enough for "au plus tard le" before a date
# and "à 18 h 30 du soir" after one.
_BEFORE = 48
_AFTER = 64
_LONGEST = 320
_DIGIT = re.compile(r"\d")
# Words of two letters or more, and numbers: the cues are looked up among them.
_WORD = re.compile(r"\d+|[^\W\d_]{2,}")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_WORDISH = re.compile(r"\w+")  # a faster scan: the same words when no digit nor "_" stands
_PRIORITY = {"rtime": 0, "time": 1, "dur": 2, "not_time": 3}


def find(text: str, lang: str, reference_date: datetime) -> list[Mention]:
    """Find the time and duration mentions of ``text``, read in ``lang`` and resolved
    against ``reference_date``, in text order.

    ``reference_date`` is a wall-clock datetime; when it carries a UTC offset, a time
    stated in another zone ("4pm CET") is converted into that offset. Periods are always
    given as naive wall-clock times of the reference's own offset.

    >>> from datetime import timedelta, timezone
    >>> ref = datetime(2013, 2, 12, 4, 30, tzinfo=timezone(timedelta(hours=-2)))
    >>> [(m.text, str(m.period)) for m in find("The call is at 4pm CET.", "en", ref)]
    [('at 4pm CET', '2013-02-12T13:00:00/2013-02-12T13:01:00')]
    """
    offset: int | None = None
    if reference_date.tzinfo is not None:
        delta = reference_date.utcoffset()
        offset = None if delta is None else round(delta.total_seconds() / 60)
        reference_date = reference_date.replace(tzinfo=None)
    lexicon = time_lexicon(lang)
    mentions: list[Mention] = []
    for start, end in _windows(text, lexicon, lang):
        mentions.extend(_read(text, start, end, lang, lexicon, reference_date, offset))
    left: tuple[tuple[int, int], ...] = ()
    if lexicon.narrative_words and len(mentions) > 1:
        kept = _without_narrative(lexicon, mentions, reference_date)
        if len(kept) < len(mentions):
            staying = {id(m) for m in kept}
            left = tuple((m.start, m.end) for m in mentions if id(m) not in staying)
        mentions = kept
    _LEFT_OUT[0] = (text, left)
    mentions = _with_cues_after(text, mentions, lang)
    if mentions and (lexicon.here_suffixes or lexicon.there_suffixes):
        mentions = _with_demonstrative_suffixes(text, mentions, lexicon)
    if mentions:
        mentions = _without_adverb_now(text, mentions, lang)
    # the long tail of date strings ("le 28-III-2024"): dateparser, on those strings only
    mentions = time_fallback.complete(text, lang, reference_date, mentions)
    if mentions:
        # a year before year 1 ("44 BC", "52 av. J.-C."): no period holds it
        bc = bc_years(text, lang)
        if bc:
            ends = [end for _, end in bc]
            mentions = [m for m in mentions if not _before_christ(text, m, bc, ends)]
    return mentions


def _without_adverb_now(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """Leave out a one-word "now", "maintenant", "actuellement" inside a sentence, a word on
    each side: an adverb of the present tense ("the line now handles 700,000 journeys"),
    which no reader marks as a time; alone ("now") or in a phrase ("right now") it stays."""
    singles = _single_now_words(lang)
    return [
        m
        for m in mentions
        if m.text.lower() not in singles
        or not (_WORD_BEFORE_NOW.search(text, 0, m.start) and _WORD_AFTER_NOW.match(text, m.end))
    ]


@functools.lru_cache(maxsize=8)
def _single_now_words(lang: str) -> frozenset[str]:
    """The now_words of ``lang`` of one word ("now", "actuellement"), once per language."""
    return frozenset(w.lower() for w in time_lexicon(lang).words.now_words.words if " " not in w)


_WORD_BEFORE_NOW = re.compile(r"[\w,;][ \u00a0]+\Z")
_WORD_AFTER_NOW = re.compile(r"[ \u00a0]+\w")


_FIGURE_NEXT = re.compile(r"\s*[\d$€£¥]")


# The times of the last text read that were left out as counted from the text's own time
# ("five years earlier"): their words are no figures either (see :func:`left_out`).
_LEFT_OUT: list[tuple[str, tuple[tuple[int, int], ...]]] = [("", ())]


@functools.cache
def list_joiners(lang: str) -> frozenset[str]:
    """The words joining a list of durations sharing one unit ("trois et quatre ans").

    >>> sorted(list_joiners("fr"))
    ['et', 'ou']
    """
    return time_lexicon(lang).list_joiners


def left_out(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the times :func:`find` left out of ``text``, the last text it read,
    because they count from the text's own time ("$33.7 trillion five years earlier",
    "compared with the previous three months"): no figure is read inside them either.

    >>> ref = datetime(2024, 6, 1)
    >>> text = "Sales rose in 2023, after falling a year earlier."
    >>> [m.text for m in find(text, "en", ref)], left_out(text)
    (['in 2023'], ((34, 48),))
    """
    read, spans = _LEFT_OUT[0]
    return spans if read is text else ()


def _with_demonstrative_suffixes(
    text: str, mentions: list[Mention], lexicon: TimeLexicon
) -> list[Mention]:
    """Times whose last word carries a demonstrative suffix (``here_suffixes``,
    ``there_suffixes``): "ce mois-ci" keeps its reading, the suffix in its span; "cette
    année-là", "ce jour-là" refer to a time told before, no period of the reference date:
    they are dropped."""
    out: list[Mention] = []
    for mention in mentions:
        end = mention.end
        if (
            mention.kind is MentionKind.TIME
            and text[end : end + 1] in "-‑"
            and text[end - 1].isalpha()
        ):
            after = text[end : end + 4].casefold()
            there = next((x for x in lexicon.there_suffixes if after.startswith(x)), None)
            if there is not None and not text[end + len(there) : end + len(there) + 1].isalpha():
                continue  # "Cette année-là, il a plu": the year the text told of
            here = next((x for x in lexicon.here_suffixes if after.startswith(x)), None)
            if here is not None and not text[end + len(here) : end + len(here) + 1].isalpha():
                stop = end + len(here)
                mention = mention.model_copy(
                    update={"text": text[mention.start : stop], "end": stop}
                )
        out.append(mention)
    return out


def _with_cues_after(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """The exact durations with a qualifier written after them, as the numbers finder reads
    one after a figure ("lasting three months or more": at least three months; "deux heures
    au plus"; the qualifiers lexicon's ``after`` cues)."""
    out = mentions
    for k, mention in enumerate(mentions):
        if mention.kind is not MentionKind.DURATION or mention.qualifier is not Qualifier.EXACT:
            continue
        cue = qualifiers.cue_after(text, mention.end, lang)
        if cue is None or cue.qualifier == "exact" or mention.value is None:
            continue
        if _FIGURE_NEXT.match(text, cue.end):
            continue  # "two hours at least 40 times": the cue is the next figure's
        q = Qualifier(cue.qualifier)
        value = mention.value
        bounds: dict[str, Any] = {"low": value, "high": value}
        if q in (Qualifier.GT, Qualifier.GE):
            bounds = {"low": value, "high": None, "low_exclusive": q is Qualifier.GT}
        elif q in (Qualifier.LT, Qualifier.LE, Qualifier.NEARLY):
            bounds = {"low": None, "high": value, "high_exclusive": q is Qualifier.LT}
        if out is mentions:
            out = list(mentions)
        out[k] = mention.model_copy(
            update={"text": text[mention.start : cue.end], "end": cue.end, "qualifier": q, **bounds}
        )
    return out


def _without_narrative(
    lexicon: TimeLexicon, mentions: list[Mention], ref: datetime
) -> list[Mention]:
    """The mentions less the times counted from the time the text tells of ("in 2023, up from
    7.8 million a year earlier": 2022, not a year before the reference; "un an plus tard";
    "Sales rose in 2023. A year earlier, they fell."): a time ending with ``narrative_words``
    after another time of its text (a new paragraph goes on telling of the same time). The
    time it counts from is not always the one before it ("in the first quarter, down 8.5%
    from a year earlier": the first quarter of last year), so no period is given rather than
    a wrong one. Only when the time before it is of the same grain, a year, a quarter or a
    month, is it counted from that one ("en 2023, contre 279 TWh l'année précédente": 2022)."""
    kept: list[Mention] = []
    told: Mention | None = None  # the time that stands before
    for mention in mentions:
        if mention.kind is MentionKind.TIME:
            if told is not None and _narrative(lexicon, mention.text):
                counted = _counted_from(mention, told, ref) if _offset(lexicon, mention) else None
                if counted is not None:
                    kept.append(counted)
                continue
            told = mention
        kept.append(mention)
    return kept


_GRAIN_MONTHS = {"year": 12, "quarter": 3, "month": 1}


def _offset(lexicon: TimeLexicon, mention: Mention) -> bool:
    """Whether a narrative time names its unit with a relative word ("the previous year",
    "l'année précédente"), not a duration moved ("a year earlier", left out)."""
    tokens = {t for t, _, _ in tokenize(mention.text)}
    return not lexicon.narrative_offsets.isdisjoint(tokens)


def _counted_from(mention: Mention, before: Mention, ref: datetime) -> Mention | None:
    """``mention`` (counted from the reference) counted from the time ``before`` instead,
    when both are whole years, quarters or months and it lies before the reference's own
    ("l'année précédente" after "en 2023" is 2022; "the previous quarter" after "in the third
    quarter" is the second)."""
    period, base = mention.period, before.period
    if period is None or base is None or before.relation is not Relation.IN:
        return None
    months = _GRAIN_MONTHS.get(period.grain)
    if months is None or base.grain != period.grain:
        return None
    if shift(base.start, "month", months) != base.end:
        return None  # several years ("2019-2023"): no single one to count from
    now = datetime(ref.year, 1 if months == 12 else (ref.month - 1) // months * months + 1, 1)
    delta = (period.start.year - now.year) * 12 + period.start.month - now.month
    if delta >= 0 or delta % months:
        return None
    start = shift(base.start, "month", delta)
    counted = Period(start=start, end=shift(start, "month", months), grain=period.grain)
    return mention.model_copy(update={"period": counted})


def _narrative(lexicon: TimeLexicon, words: str) -> bool:
    """Whether ``words`` end with one of the lexicon's ``narrative_words`` ("a year
    earlier") or hold one of its ``narrative_offsets`` ("the previous year")."""
    tokens = tuple(t for t, _, _ in tokenize(words))
    if lexicon.narrative_offsets.intersection(tokens) and not any(t[0].isdecimal() for t in tokens):
        return True  # "le lendemain", "the previous year"; not "la veille du 14 juillet"
    return any(tokens[-len(phrase) :] == phrase for phrase in lexicon.narrative_words)


def _before_christ(text: str, mention: Mention, bc: list[tuple[int, int]], ends: list[int]) -> bool:
    """Whether ``mention`` holds a year before year 1, or is the day and month right before
    one ("le 1er janvier 49 av. J.-C."); ``bc`` in text order, ``ends`` their ends."""
    index = bisect.bisect_right(ends, mention.start)  # the first that ends after its start
    if index == len(bc):
        return False
    start = bc[index][0]
    return start < mention.end or (
        start - mention.end < 8 and not text[mention.end : start].strip()
    )


def _windows(text: str, lexicon: TimeLexicon, lang: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its cues, merged where they overlap, cut at spaces.

    A merged stretch longer than :data:`_LONGEST` is split at the last end of sentence
    before the next cue (or a space), so that a long text is read in short stretches.
    """
    windows: list[tuple[int, int]] = []
    cues = lexicon.cue_words
    # am/pm after a number in words is a cue in some languages ("ten thirty am"); looked for
    # only when the text holds such a mark: "am" as a word, or a dotted or spaced one
    halves, probes, ends = _half_marks(lexicon, lang)
    marked = bool(ends) and (text.endswith(ends) or any(probe in text for probe in probes))
    preps, articles = _said_cues(lexicon, lang)
    lowered = text.lower()
    if not _DIGIT.search(text):
        # letters only (no digit here): a run of word characters is a word, unless "_"
        # stands in the text, a word character that splits words
        words = (_LETTERS if "_" in text else _WORDISH).findall(lowered)
        if cues.isdisjoint(words) and (halves.isdisjoint(words) and not marked):
            clocks, days = not preps.isdisjoint(words), not articles.isdisjoint(words)
            said = _said_times(text, lexicon, lang, clocks, days) if clocks or days else []
            if not said:
                return windows  # most sentences: one pass in C, no cue
    if len(lowered) == len(text) and _FINAL_SIGMA not in text:
        # lowercasing kept every offset and read no context: the words of the lowercased
        # text are the text's words lowercased one by one, looked up at once
        words = _LETTERS.findall(lowered)
        if cues.isdisjoint(words) and halves.isdisjoint(words):
            positions = [m.span() for m in _DIGITS_RUN.finditer(text)]  # no cue word: numbers
        else:
            positions, half = _cue_positions(lowered, cues, halves)
            marked = marked or half
    else:
        positions, half = _cue_positions(text, cues, halves)
        marked = marked or half
    if marked:
        spoken = _spoken_clocks(text, lexicon, lang)
        if spoken:
            positions = sorted(positions + spoken)
    if preps or articles:
        said = _said_times(text, lexicon, lang, bool(preps), bool(articles))
        if said:
            positions = sorted(positions + said)
    for cue_start, cue_end in positions:
        lo = max(0, cue_start - _BEFORE)
        hi = min(len(text), cue_end + _AFTER)
        if windows and lo <= windows[-1][1]:
            first = windows[-1][0]
            cut = _sentence_end(text, first, cue_start) if hi - first > _LONGEST else None
            if cut is None and hi - first > 4 * _LONGEST:
                cut = _space_before(text, first, lo)  # no sentence end: cut before the cue's words
            if cut is None:
                windows[-1] = (first, hi)
                continue
            windows[-1] = (first, cut)
            lo = cut
        windows.append((lo, hi))
    cut_windows: list[tuple[int, int]] = []
    for lo, hi in windows:
        if lo > 0 and not text[lo - 1].isspace():
            space = text.find(" ", lo)
            lo = space + 1 if 0 <= space < hi else lo
        if hi < len(text) and not (text[hi].isspace() or text[hi - 1].isspace()):
            # inside a word: back to the space before it (a stretch cut at a sentence's end
            # keeps its last word: "… in 2024-25.\nIn London")
            space = text.rfind(" ", lo, hi)
            hi = space if space > lo else hi
        cut_windows.append((lo, hi))
    return cut_windows


# The one letter whose lowercase depends on the letters around it (a final sigma): a text
# with none is lowercased letter by letter.
_FINAL_SIGMA = "\u03a3"
_DIGITS_RUN = re.compile(r"\d+")


def _cue_positions(
    text: str, cues: frozenset[str], halves: frozenset[str]
) -> tuple[list[tuple[int, int]], bool]:
    """Where the numbers and the cue words of ``text`` stand, in text order, and whether an
    am/pm mark of ``halves`` stands as a word (each word lowercased: ``text`` may be the
    lowercased text, the same words at the same offsets)."""
    positions: list[tuple[int, int]] = []
    marked = False
    for match in _WORD.finditer(text):
        word = match.group()
        if word[0].isdecimal():
            positions.append(match.span())
            continue
        lower = word.lower()
        if lower in cues:
            positions.append(match.span())
        elif lower in halves:
            marked = True
    return positions, marked


# Per language: the am/pm marks written after a clock time ("am", "p.m.", "a m"), as one pattern.
_MARKS: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _spoken_clocks(text: str, lexicon: TimeLexicon, lang: str) -> list[tuple[int, int]]:
    """The am/pm marks of ``text`` right after a number in words ("ten thirty am", "nine
    fifty nine a m"): cues, though "am" and "pm" alone are not ("I am", "the PM"). Read in
    the languages that say clock times so (``spoken_clock``): one search for a mark standing
    as a word, then the numbers in words of the text (read once, shared with the numbers
    finder)."""
    if not lexicon.words.spoken_clock:
        return []
    cached = _MARKS.get(lang)
    if cached is None:
        words = sorted(
            {
                w.lower()
                for w in (*lexicon.words.am.words, *lexicon.words.pm.words)
                if 2 <= len(w) <= 4 and w[0].isalpha()
            },
            key=len,
            reverse=True,
        )
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in words) or "(?!)"
        after = re.compile(rf"\s+(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)
        # a loose pre-filter that starts on a character class, which the regex engine skips to
        # in C: a first letter of a mark, then the rest of some mark
        firsts = "".join(sorted({c for w in words for c in (w[0], w[0].upper())}))
        rests = "|".join(
            re.escape(r).replace(r"\ ", r"\s")
            for r in sorted({w[1:] for w in words}, key=len)[::-1]
        )
        quick = re.compile(rf"[{re.escape(firsts)}](?i:{rests})(?![^\W\d_])") if words else None
        cached = _MARKS[lang] = (after, quick)
    after, quick = cached
    if quick is None or not any(
        m.start() == 0 or not text[m.start() - 1].isalpha() for m in quick.finditer(text)
    ):
        return []  # no "am", "P.M." standing as a word: most texts ("same", "team" are not)
    found: list[tuple[int, int]] = []
    for _, end, _, ordinal in _numerals(text, lang, 0, len(text)):
        if not ordinal and text[end - 1].isalpha():
            mark = after.match(text, end)
            if mark is not None:
                found.append(mark.span())
    return found


# Per language: the one-word clock prepositions ("at", "around") of a language that says
# clock times aloud, and the last words of its ``spelled_day_articles``, for
# :func:`_said_times`.
_SAID_CUES: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _said_cues(lexicon: TimeLexicon, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that may stand before a time in words alone (:func:`_said_times`): the
    one-word clock prepositions of a language that says clock times aloud ("at", "around")
    and the last words of its ``spelled_day_articles`` ("the")."""
    cues = _SAID_CUES.get(lang)
    if cues is None:
        preps: frozenset[str] = frozenset()
        if lexicon.words.spoken_clock:
            preps = frozenset(w.lower() for w in lexicon.words.clock_preps.words if w.isalpha())
        articles = frozenset(a[-1] for a in lexicon.spelled_day_articles if a)
        cues = _SAID_CUES[lang] = (preps, articles)
    return cues


def _said_times(
    text: str, lexicon: TimeLexicon, lang: str, clocks: bool, days: bool
) -> list[tuple[int, int]]:
    """The times in words that no cue word marks: a clock time said aloud after a
    preposition, when ``clocks`` ("the session resumes at three twenty": two numbers in
    words one space apart, an hour then minutes), and a day of the month in words after one
    of ``spelled_day_articles``, when ``days`` ("due on the first"); the chart then decides.
    The numbers in words are those the numbers finder reads too (one shared scan)."""
    preps, _ = _said_cues(lexicon, lang)
    numbers = _numerals(text, lang, 0, len(text))
    found: list[tuple[int, int]] = []
    for k, (start, end, value, ordinal) in enumerate(numbers):
        if not text[start].isalpha() or not value.is_integer() or value > 31:
            continue  # digits are cues of their own; no hour, minute nor day
        before = text[max(0, start - 20) : start].lower().split()
        if days and ordinal and value >= 1:
            if any(tuple(before[-len(a) :]) == a for a in lexicon.spelled_day_articles):
                found.append((start, end))  # the chart reads "on the first" when it ends a clause
            continue
        if not clocks or ordinal or k + 1 == len(numbers) or not before or before[-1] not in preps:
            continue
        after, stop, minute, ordinal2 = numbers[k + 1]
        if ordinal2 or text[end:after] != " ":
            continue
        if 1 <= value <= 12 and minute.is_integer() and 10 <= minute < 60:
            found.append((start, stop))  # (whole numbers up to 31 only reach here)
    return found


def _sentence_end(text: str, lo: int, hi: int) -> int | None:
    """Where a sentence ends between ``lo`` and ``hi`` (the last place), or None; a dot
    before a word in lowercase or a number ends an abbreviation, no sentence ("through Dec.
    20", "vs. a year")."""
    ends = [text.rfind(mark, lo, hi) + len(mark) for mark in ("; ", "\n", "! ", "? ")]
    dot = text.rfind(". ", lo, hi)
    while dot >= lo and dot + 2 < len(text) and not text[dot + 2].isupper():
        dot = text.rfind(". ", lo, dot)
    ends.append(dot + 2 if dot >= lo else 0)
    best = max(ends)
    return best if best > lo + 2 else None


def _space_before(text: str, lo: int, hi: int) -> int:
    """The last space between ``lo`` and ``hi`` (``hi`` when there is none)."""
    space = text.rfind(" ", lo, hi)
    return space + 1 if space > lo else hi


def _read(
    text: str,
    lo: int,
    hi: int,
    lang: str,
    lexicon: TimeLexicon,
    ref: datetime,
    offset: int | None = None,
) -> list[Mention]:
    tokens = tokens_in(text, lo, hi)
    if not tokens:
        return []
    chart = _Chart(text, tokens, lexicon, ref, lambda: _numerals(text, lang, lo, hi))
    chart.parse()
    candidates: list[tuple[int, int, int, int, Item]] = []
    rank = chart.rank
    for slots in chart.at:
        if not slots:
            continue  # most tokens: no reading starts there
        for cat, items in slots.items():
            priority = _PRIORITY.get(cat)
            if priority is not None:
                for item in items:
                    candidates.append((item.i - item.j, priority, rank(item), item.i, item))
    candidates.sort(key=_candidate_order)
    # "au petit matin", "la Seconde Guerre mondiale": no time, nor any of its words, even
    # inside a longer reading ("depuis la fin de la Seconde")
    # (and "Thursday Night Football": a title, see :func:`_titled`)
    blocked = [
        c[-1]
        for c in candidates
        if c[-1].cat == "not_time" or _titled(chart, c[-1]) or _named_duration(chart, c[-1])
    ]
    labels = _labels(lang)
    taken: list[Item] = []  # the readings chosen, in the order of ``chosen``
    chosen: list[Mention] = []
    for *_, item in candidates:
        if item.cat == "not_time":
            continue
        if all(item.j <= t.i or item.i >= t.j for t in (*blocked, *taken)):
            if (
                _no_duration(chart, item)
                or _compound_unit(chart, item)
                or _cut_after_comma(chart, item)
                or _inside_hedge(chart, item)
                or _misread(chart, item)
                or _possessed(chart, item)
                or _aged(chart, item)
                or _degrees(chart, item)
                or _bare_meal(chart, item)
                or _ranked_alongside(chart, item)
                or _labelled_code(chart, item, labels)
            ):
                continue
            item = _unspanned_lead(chart, _after_lead(chart, _edition_year(chart, item)))
            item = _without_trailing_local(chart, item)
            mention = _mention(chart, item, offset)
            if mention is not None:
                taken.append(item)
                chosen.append(mention)
    bare = [k for k, item in enumerate(taken) if _bare_symbol(chart, item)]
    spaced = {  # "a 12 m wall", "the 1,500m world record", "ran 400m in 44 seconds"
        k for k, item in enumerate(taken) if _spaced_symbol(chart, item) or _long_glued(chart, item)
    }
    if bare or spaced:  # "3m", '5"' with no other time in their sentence: metres, millions
        bare += spaced
        others = [chosen[k] for k in range(len(chosen)) if k not in bare]
        chosen = [
            m
            for k, m in enumerate(chosen)
            if k not in bare
            or (k not in spaced and any(_same_sentence(text, m, o) for o in others))
        ]
    chosen.sort(key=lambda m: m.start)
    return chosen


def _candidate_order(candidate: tuple[int, int, int, int, Item]) -> tuple[int, int, int, int]:
    """Longest first, then by category (:data:`_PRIORITY`), rank and start."""
    return candidate[:4]


_SENTENCE_ENDS = (". ", "! ", "? ", "; ", "\n")
_GLUED_HALF = re.compile(r"\d{1,2}[a-z]")
_HALF_MARKS: dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]] = {}


def _half_marks(
    lexicon: TimeLexicon, lang: str
) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The am/pm marks of a spoken clock time in a language that says them
    (``spoken_clock``): those written as one word ("am", found by the cue scan's word pass)
    and, for those in letters apart ("a.m.", "P.M.", "a m"), what follows their first letter,
    in both cases, looked for as substrings (".m") or at the end of the text (" m")."""
    found = _HALF_MARKS.get(lang)
    if found is None:
        words = [
            w.lower()
            for w in (*lexicon.words.am.words, *lexicon.words.pm.words)
            if 2 <= len(w) <= 4 and w[0].isalpha()
        ]
        if not lexicon.words.spoken_clock:
            words = []
        whole = frozenset(w for w in words if w.isalpha())
        tails = {v for w in words if not w.isalpha() for v in (w[1:], w[1:].upper())}
        # a tail after a space (" m") is looked for at the end of the text only: inside it,
        # " m" begins too many words
        ends = {t.rstrip(".") for t in tails}
        probes = {t for t in ends if not t[0].isspace()}
        found = _HALF_MARKS[lang] = (whole, tuple(sorted(probes)), tuple(sorted(ends)))
    return found


_HALVES = frozenset(("am", "pm"))


class _Chart(Chart):
    """The chart, which also reads a clock time said aloud ("at 3 15", "at three twenty",
    "ten thirty am", "at 1030", "at 3p"): a stretch the chart finds no time word in."""

    def promising(self) -> bool:
        return super().promising() or (self.lex.words.spoken_clock and self._clock_said())

    def _worded_half(self, i: int) -> bool:
        """Whether an am/pm reading at token ``i`` is more than one letter ("am", "a m"), not
        the article "a"."""
        return len(self.tokens[i][0]) > 1 or any(
            item.j - item.i > 1 for cat in _HALVES for item in self.get(i, cat)
        )

    def _clock_said(self) -> bool:
        toks = self.tokens
        at = self.at
        size = len(toks)
        for i, slots in enumerate(at[:size]):
            if "clockprep" in slots and i + 1 < size:
                nxt = toks[i + 1][0]
                if nxt[0].isdecimal():
                    two = i + 2 < size and toks[i + 2][0].isdecimal()
                    if len(nxt) == 4 or two or _GLUED_HALF.fullmatch(nxt):
                        return True
                elif i + 2 < size and self._spelled(i + 1, 1, 12) and self._spelled(i + 2, 10, 59):
                    return True  # "at three twenty"
            if (
                i
                and slots.keys() & _HALVES
                and self._worded_half(i)
                and self._spelled(i - 1, 1, 1259)
            ):
                return True  # "ten thirty am", "nine fifty nine a m"
        return False


def rate_leaders(lang: str) -> frozenset[str]:
    """The words of ``lang`` that count times ("fois", "times"): a figure before one is no
    amount of a unit ("trois fois le montant").

    >>> "fois" in rate_leaders("fr")
    True
    """
    return time_lexicon(lang).rate_leaders


def _same_sentence(text: str, a: Mention, b: Mention) -> bool:
    """Whether no end of sentence stands between mentions ``a`` and ``b``."""
    between = text[min(a.end, b.end) : max(a.start, b.start)]
    return not any(mark in between for mark in _SENTENCE_ENDS)


def _bare_symbol(chart: Chart, item: Item, spaced: bool = False) -> bool:
    """Whether ``item`` is a duration written as a number and an ambiguous unit symbol glued
    to it ("3m", '5"'), or set apart from it when ``spaced`` ("12 m"), hedged at most ("over
    5\""): alone in its stretch it is no duration."""
    if item.cat != "dur":
        return False
    symbols = chart.lex.ambiguous_symbols
    last = chart.tokens[item.j - 1][0]
    if last[0].isdecimal() and last.lstrip("0123456789") in symbols:
        number = item.j - 1  # "3m"
        if (
            number - 2 >= item.i
            and chart.tokens[number - 1][0] in (".", ",")
            and chart.glued(number - 1)
            and chart.glued(number - 2)
            and chart.tokens[number - 2][0].isdecimal()
        ):
            number -= 2  # "1.2M": a decimal
    elif (
        last in symbols
        and item.j - 2 >= item.i
        and chart.tokens[item.j - 2][0].isdecimal()
        and (chart.glued(item.j - 2) or spaced)
    ):
        number = item.j - 2  # '5"', "12 m" (``spaced``)
    else:
        return False
    return number == item.i or any(q.j == number for q in chart.get(item.i, "qualifier"))


def _long_glued(chart: Chart, item: Item) -> bool:
    """Whether ``item`` is a number of three digits or more (or after an article, or before
    a word) with an ambiguous unit symbol glued to it: a length or a count whatever else
    stands in the sentence ("the 1,500m world record on Sunday", "ran 400m in 44 seconds",
    "7.5m people at the end of March"); nobody writes 400 minutes "400m"."""
    if not _bare_symbol(chart, item):
        return False
    tokens = chart.tokens
    if (
        item.j < len(tokens)
        and tokens[item.j][0][0].isalpha()
        and not (item.i > 0 and tokens[item.i - 1][0][0].isdecimal())
    ):
        return True  # (not "2h 15m and …": a duration's second part)
    last = chart.tokens[item.j - 1][0]
    digits = last.rstrip("".join(chart.lex.ambiguous_symbols))
    if len(digits) >= 3 and digits.isdecimal():
        return True
    return item.i > 0 and "article" in chart.at[item.i - 1]


def _spaced_symbol(chart: Chart, item: Item) -> bool:
    """Whether ``item`` is a bare duration of a number and an ambiguous unit symbol set
    apart from it, in running text: a word right before or after it ("the 100 m in 9.58
    seconds", "a 12 m wall", "12 m de haut") makes it a length or a count, whatever else
    stands in the sentence."""
    tokens = chart.tokens
    if (
        tokens[item.j - 1][0] not in chart.lex.ambiguous_symbols
        or chart.glued(item.j - 2)
        or not _bare_symbol(chart, item, spaced=True)
    ):
        return False
    before = item.i > 0 and tokens[item.i - 1][0][0].isalpha()
    return before or (item.j < len(tokens) and tokens[item.j][0][0].isalpha())


def _no_duration(chart: Chart, item: Item) -> bool:
    """Whether a duration's unit is read as another word: a count ("une quinzaine de
    voitures": ``collective_numerals`` before a link and a word that is no unit), a fraction
    ("a quarter", "three quarters of respondents", "five billion and three quarters": a
    count in words of ``fraction_counts`` before a unit of ``fraction_units``, with no cue of
    a duration before it: "for three quarters" stays a duration, so does "3 quarters"), or
    an ordinal ("a second term", "a second consecutive year": a unit of ``ordinal_units``
    counted once, before a word that is no time word, a unit or a modifier of units, or
    before a hyphen: "a second-round match"; a time "in" such a unit is no time either: "in
    a second round")."""
    lex, tokens = chart.lex, chart.tokens
    last = item.j - 1
    unit = tokens[last][0]
    if item.cat == "time" and unit in lex.ordinal_units and last - 1 > item.i:
        return tokens[last - 1][0] in lex.fraction_counts and _ranked(chart, item)
    if item.cat != "dur":
        return False
    start = tokens[item.i][1]
    if start and unicodedata.category(chart.text[start - 1]) == "Sc":
        return True  # "narrowed by €2.2 billion year on year": an amount, no 2.2 billion years
    if unit in lex.collective_numerals and item.j < len(tokens):
        # "une quinzaine de voitures": a count of what follows, no fortnight
        after = chart.collective_link_end(item.j)
        if after is not None and after < len(tokens):
            return not chart.get(after, "unit")
    count = last - 1
    if count > item.i and tokens[count][0] == "-" and chart.glued(count - 1):
        count -= 1  # "three-quarters of care home residents"
    if last == item.i or tokens[count][0] not in lex.fraction_counts:
        return False
    if unit in lex.fraction_units:
        first = item.i
        for q in chart.get(first, "qualifier"):
            first = max(first, q.j)  # "about three quarters"
        return "num" in chart.at[first] or tokens[first][0] in lex.fraction_counts
    if unit in lex.ordinal_units and item.val.value == 1:
        return _ranked(chart, item)
    return False


def _compound_unit(chart: Chart, item: Item) -> bool:
    """Whether a duration of one unit counted by an article qualifies the noun after it,
    one of ``unit_compounds`` ("the price of a day pass", "on a day trip"): no duration."""
    tokens = chart.tokens
    if item.cat != "dur" or item.j >= len(tokens) or item.j - item.i < 2:
        return False
    count = tokens[item.j - 2][0]
    return (
        tokens[item.j][0] in chart.lex.unit_compounds
        and chart.raw(item.j).islower()
        and any(n.j == item.j - 1 for n in chart.get(item.j - 2, "count"))
        and not count[:1].isdecimal()
    )


def _inside_hedge(chart: Chart, item: Item) -> bool:
    """Whether ``item`` starts inside a hedge that began before it (the "de" of "en moins de
    six heures l'an dernier" is the hedge's, no "from six o'clock"), or right after a strict
    bound, which measures an amount of time ("moins de six heures" is no 6 a.m.; "vers 18 h",
    "jusqu'à 20 h" stay times)."""
    # a clock reading that opens on a number (not "3.7% more than in 2022", "10% fewer than
    # a year earlier": baselines)
    when = item.val if item.cat == "time" else item.val[0] if item.cat == "rtime" else None
    counted = "num" in chart.at[item.i] and isinstance(when, When) and when.hour is not None
    size = len(chart.tokens)
    return any(
        (q.j > item.i and q.j < size and "num" in chart.at[q.j])  # (not "3 000 de plus d'ici")
        or (counted and q.j == item.i and q.val in ("lt", "gt"))
        for k in range(max(0, item.i - 3), item.i)
        for q in chart.get(k, "qualifier")
    )


def _cut_after_comma(chart: Chart, item: Item) -> bool:
    """Whether a time joined to another after a comma ends inside the time that follows the
    comma: "dans deux semaines, le samedi 15 juin" is no "dans deux semaines, le samedi 15"
    and a month ("Il y a 30 ans, le 6 mai 1994" joins only whole)."""
    if item.cat != "time" or item.j - item.i < 3:
        return False
    tokens = chart.tokens
    for k in range(item.j - 2, item.i, -1):
        if tokens[k][0] == ",":
            return any(
                b.j > item.j
                and not any(chart.get(p, cat) for p in range(item.j, b.j) for cat in RANGE_JOINERS)
                for b in chart.get(k + 1, "time")
            )  # ("Le 17 mars 1915, en début d'après-midi et deux heures …": a range after)
    return False


def _ranked(chart: Chart, item: Item) -> bool:
    """Whether the unit ending ``item``, counted once, is a rank: the word after it is no
    time word, unit or modifier of units ("a second term"; "for a second consecutive year";
    "a second month running", "a second year": a unit counted once more is a rank) or a time
    noun of ``RANKED_NOUNS`` ("for a second weekend"), or a hyphen glued to it ("a
    second-round match")."""
    tokens = chart.tokens
    if item.j >= len(tokens):
        return False
    word = tokens[item.j][0]
    if word == "-" and chart.glued(item.j - 1) and chart.glued(item.j):
        return True
    if (
        "num" in chart.at[item.j]
        and item.j + 2 < len(tokens)
        and tokens[item.j + 1][0] == "-"
        and chart.glued(item.j)
        and chart.get(item.j + 2, "unit")
    ):
        return True  # "a second four-year term", "a second 4-year term": a rank
    slots = chart.at[item.j].keys()
    # (a time noun an ordinal ranks: "for a second weekend", "a second season")
    plain = not slots or slots in ({"unitmod"}, {"unit"}) or slots <= RANKED_NOUNS
    return word[0].isalpha() and plain and chart.raw(item.j).islower()


def _elapsed_clock(chart: Chart, item: Item, when: When) -> bool:
    """Whether a bare clock time "4 h 30" is an amount of time: before a noun it measures
    ("4 h 30 d'attente", "6 h 42 par nuit": ``elapsed_after``) or next to an average ("en
    moyenne 4 h 30", "de 4 h 30 en moyenne": ``elapsed_before``); the duration read from
    the same words stands instead."""
    lex = chart.lex
    if not lex.elapsed_after and not lex.elapsed_before:
        return False
    if when.hour is None or when.minute is None or when.but(hour=None, minute=None).fields():
        return False
    toks = chart.tokens
    start = item.i
    if toks[start][0] in lex.elapsed_after and start + 1 < item.j:
        start += 1  # "qui restent de 4 h 30 en moyenne", "un temps moyen de 4 h 30"
    if not toks[start][0][:1].isdecimal():
        return False  # "à 4 h 30": a clock time
    j = item.j
    if j + 1 < len(toks) and toks[j][0] in lex.elapsed_after:
        k = j + 2 if toks[j + 1][0] == "'" and j + 2 < len(toks) else j + 1
        following = toks[k][0]
        slots = chart.at[k].keys() - {"prep"}
        if following in lex.short and chart.raw(k).islower():
            # "2 h 41 de jeu": a noun, no short weekday (nor the weak date it alone reads)
            slots -= {"weekday", "month", "time"}
        if following.isalpha() and not slots:
            return True  # (an article has a slot of its own: "de la nuit" is a time's)
    before = tuple(t[0] for t in toks[max(0, start - 2) : start])
    after = tuple(t[0] for t in toks[j : j + 2])
    if any(before[-len(p) :] == p or after[: len(p)] == p for p in lex.elapsed_before):
        return True
    # "attend en moyenne 6 h 15, contre 4 h 30 en 2019": set against a duration before it
    return bool(before) and before[-1] in lex.elapsed_against and _duration_before(chart, start - 1)


def _duration_before(chart: Chart, end: int) -> bool:
    """Whether an amount of time ends among the few tokens before token ``end``."""
    return any(
        "dur" in chart.at[k] or "hdur" in chart.at[k] for k in range(max(0, end - _AGAINST), end)
    )


_AGAINST = 8  # tokens before a comparison word where the duration it is set against may be


_SEASON_AHEAD = timedelta(days=45)  # how soon a season "about to begin" begins


def _season_ahead(chart: Chart, when: When) -> bool:
    """Whether the season ``when`` names begins within weeks of the reference date: the
    one a writer calls "this summer" in June, in any tense."""
    span = chart.resolve(when)
    return span is not None and chart.ref < span.start <= chart.ref + _SEASON_AHEAD


def _event_night(chart: Chart, item: Item) -> bool:
    """Whether ``item`` is a part of the day alone before one of ``day_complements`` and no
    time: an event's night or evening ("pour la nuit de la cérémonie d'ouverture"), not
    tonight ("la nuit du 14 juillet", "la nuit de samedi à dimanche" stay times)."""
    j = item.j
    if item.cat != "time" or j + 1 >= len(chart.tokens) or "pod" not in chart.at[j - 1]:
        return False
    if chart.tokens[j][0] not in chart.lex.day_complements or chart.tokens[item.i][0].isdecimal():
        return False
    return not any(chart.get(k, "time") for k in (j + 1, j + 2) if k < len(chart.tokens))


def _misread(chart: Chart, item: Item) -> bool:
    """Whether ``item`` is read from words that mean something else around it: a rate
    (:func:`_rate`), a relative word that is a verb ("expected to last six weeks": the
    ``offset_verb_leaders`` before it), or an ordinal before a noun ("for the fifth
    consecutive month": no day of the month)."""
    tokens = chart.tokens
    first = tokens[item.i][0]
    if _rate(chart, item):
        return True
    if (
        item.i
        and "offset" in chart.at[item.i]
        and item.cat in ("time", "rtime")
        and tokens[item.i - 1][0] in chart.lex.offset_verb_leaders
        and chart.get(item.i + 1, "num")
    ):  # "to last six weeks", not "compared to last year"
        return True
    if item.cat not in ("time", "rtime"):
        return False
    when = item.val[0] if item.cat == "rtime" else item.val
    if item.cat == "time" and _elapsed_clock(chart, item, when):
        return True
    if _event_night(chart, item):
        return True
    # "6 h 42 par nuit", "7 hours a night", "340 euros la nuit": a rate's unit, no tonight
    pod = item.i + 1 if tokens[item.i][0] in chart.lex.rate_words else item.i
    if (
        item.cat == "time"
        and item.j - pod == 1
        and pod >= 2
        and "pod" in chart.at[pod]
        and tokens[pod - 1][0] in chart.lex.rate_words
        and (
            tokens[pod - 2][0][-1].isdecimal()
            or chart.get(pod - 2, "unit")
            or (tokens[pod - 2][0],) in chart.lex.measure_marks
        )
    ):
        return True
    if item.cat == "rtime" and when.day is not None and _ordinal_pronoun(chart, item):
        return True  # "the first since December 2019": the first one, no day of December
    if (
        item.cat == "time"
        and when.day is not None
        and when.month is None
        and item.j < len(tokens)
        and bool(chart.at[item.j - 1].keys() & _ORDINALS)
        and tokens[item.j - 1][0].isalpha()
        and "relation" in chart.at[item.j]
    ):
        return True  # "the first since …": an ordinal before a relation word, no day
    return (
        (when.month is None or tokens[item.j - 1][0].isalpha())
        and when.day is not None
        and item.j < len(tokens)
        and bool(chart.at[item.j - 1].keys() & _ORDINALS)
        and not tokens[item.j - 1][0].isdecimal()
        and tokens[item.j][0].isalpha()
        and chart.raw(item.j).islower()
        and chart.at[item.j].keys() <= _NOUN_READINGS
        and first not in chart.lex.short
    )  # ("en août le troisième anniversaire": an ordinal in words before a noun, no day)


def _ordinal_pronoun(chart: Chart, item: Item) -> bool:
    """Whether a relation's time opens with an ordinal in words (after an article) that
    its relation word follows: "the first since December 2019" is the first one since."""
    k = item.i + 1 if chart.at[item.i].keys() & {"article", "prep"} else item.i
    return (
        k + 1 < item.j
        and bool(chart.at[k].keys() & _ORDINALS)
        and chart.tokens[k][0].isalpha()
        and not chart.at[k + 1].keys() & {"month", "num", "ord", "ordinal"}
    )


# What a noun after an ordinal may also read as ("the fifth consecutive month", "the fifth
# year"): a day of the month is never followed by one.
_NOUN_READINGS = frozenset(("unitmod", "unit", "pluralunit"))


_ORDINALS = frozenset(("ord", "ordinal"))


def _labelled_code(chart: Chart, item: Item, labels: frozenset[str]) -> bool:
    """Whether ``item`` is one code of letters and digits ("T3", "Q2") right after a label
    word of the numbers lexicon ("la ligne T3 du tramway"): a line's name, no quarter."""
    if item.j - item.i != 1 or item.i == 0:
        return False
    word = chart.tokens[item.i][0]
    if not (word[:1].isalpha() and any(ch.isdigit() for ch in word)):
        return False
    return chart.tokens[item.i - 1][0] in labels


@functools.lru_cache(maxsize=8)
def _labels(lang: str) -> frozenset[str]:
    """The label words of ``lang``'s numbers lexicon ("ligne", "article", "route")."""
    return frozenset(w.lower() for w in numbers_lexicon(lang).labels)


def _possessed(chart: Chart, item: Item) -> bool:
    """Whether ``item`` opens on a preposition and ends before a possessive "'s": the time
    qualifies the noun after it, and the preposition belongs to that noun's phrase ("claims
    from last month's floods", "a quarter of last year's total": "last month", "last
    year"); the shorter reading without the preposition is taken instead. A relation keeps
    its word ("before Tuesday's vote")."""
    tokens, j = chart.tokens, item.j
    return (
        j + 1 < len(tokens)
        and tokens[j][0] == "'"
        and tokens[j + 1][0] == "s"
        and chart.glued(j - 1)
        and chart.glued(j)
        and item.j - item.i > 1
        and (
            # a relation keeps its sense: "before Tuesday's vote" is before Tuesday; not
            # one that is also a plain preposition (``baseline_words``: "from")
            (bool(chart.get(item.i, "prep")) and not chart.get(item.i, "relation"))
            or tokens[item.i][0] in chart.lex.baseline_words
        )
    )


def _aged(chart: Chart, item: Item) -> bool:
    """Whether ``item`` is a decade right after a possessive determiner (``possessives``): a
    person's age ("in his 80s", "in their early 20s"), no decade of the calendar."""
    if item.cat != "time" or item.i == 0 or not isinstance(item.val, When):
        return False
    if item.val.decade is None:
        return False
    before = item.i - 1
    if before > 0 and chart.get(before, "boundary"):
        before -= 1  # "in their early 20s"
    return chart.tokens[before][0] in chart.lex.possessives


# A decade written with four digits ("the 1990s", "les années 1990"): never degrees.
_FULL_DECADE = re.compile(r"\d{4}s?")

# How many words back a temperature word makes a short decade degrees ("highs will be in the
# mid-90s"): the decade's own lead words ("in the mid-") are not counted.
_DEGREES_REACH = 3

# The categories of a decade's lead words, passed over by :func:`_degrees`.
_DECADE_LEADS = frozenset(("prep", "boundary", "article", "p", "relation"))


def _bare_meal(chart: Chart, item: Item) -> bool:
    """Whether ``item`` is one of the lexicon's ``meal_words`` alone, an article at most
    before it: the meal, no time ("offer free breakfast and lunch", "sert le déjeuner à 3
    euros"); "at lunch", "tomorrow lunch", "au déjeuner mardi" stay times."""
    meals = chart.lex.meal_words
    if not meals or item.j - item.i > _MEAL_TOKENS:
        return False
    toks = chart.tokens
    first = item.i
    while first < item.j - 1 and "article" in chart.at[first]:
        first += 1
    return "".join(toks[k][0] for k in range(first, item.j)) in meals


_MEAL_TOKENS = 4  # "the petit - dejeuner": the most tokens a meal alone may take


def _degrees(chart: Chart, item: Item) -> bool:
    """Whether ``item`` is a decade in two digits or in words with a word of temperature
    (``temperature_words``) among the few words before it in its sentence, or right after
    it: a range of degrees ("highs in the mid-90s", "temperatures in the nineties", "in the
    80s Fahrenheit"), no decade of the calendar. The words that may lead a decade ("in the
    mid-") are passed over, so that the decade and a longer reading of it agree."""
    if item.cat != "time" or not isinstance(item.val, When) or item.val.decade is None:
        return False
    words = chart.lex.temperature_words
    if not words:
        return False
    toks = chart.tokens
    if any(_FULL_DECADE.fullmatch(toks[k][0]) for k in range(item.i, item.j)):
        return False
    if item.j < len(toks) and toks[item.j][0] in words:
        return True
    counted = 0
    for k in range(item.j - 2, -1, -1):
        word = toks[k][0]
        if word in _SENTENCE_MARKS:
            return False
        if word in words:
            return True
        if not _DECADE_LEADS.intersection(chart.at[k]):
            counted += 1
            if counted == _DEGREES_REACH:
                return False
    return False


def _ranked_alongside(chart: Chart, item: Item) -> bool:
    """Whether ``item`` opens on a relative word joined by "et", "and" to an ordinal before
    it: a rank of the noun after it ("lors de la 38e et dernière journée", "the third and
    last day of talks"), no day counted from today."""
    i = item.i
    if i < 2 or "offset" not in chart.at[i] or item.cat not in ("time", "rtime"):
        return False
    if not chart.get(i - 1, "range_and"):
        return False
    return chart.ends_at(i - 1, _ORDINALS)


_ORDINALS = frozenset(("ord", "ordinal"))


def _titled(chart: Chart, item: Item) -> bool:
    """Whether ``item`` ends on a part of the day in capitals before another capitalized
    word that is no time word, inside a sentence: a title ("Thursday Night Football",
    "Monday Night Raw"), no evening."""
    last = item.j - 1
    if last <= item.i or item.j >= len(chart.tokens) or "pod" not in chart.at[last]:
        return False
    word, after = chart.raw(last), chart.raw(item.j)
    return word[:1].isupper() and after[:1].isupper() and after.isalpha() and not chart.at[item.j]


def _named_duration(chart: Chart, item: Item) -> bool:
    """Whether ``item`` is a duration written in capitals after a lowercase word: a name
    ("la guerre de Cent Ans", "les Vingt-Quatre Heures du Mans", "the Six-Day War"), no span
    of time; a headline in capitals ("Sales Rise In Three Months") has none before it."""
    if item.cat != "dur" or item.i == 0:
        return False
    words = [chart.raw(k) for k in range(item.i, item.j)]
    if not (
        all(w[:1].isupper() for w in words if w[:1].isalpha())
        and any(w[:1].isalpha() for w in words)
    ):
        return False
    before = chart.raw(item.i - 1)
    if before.isalpha() and before.islower():
        return True
    # opening a sentence after its article: "Les 24 Heures du Mans" (a lowercase link of the
    # name after it), "The Six-Day War began" (a capitalized word no time reads); a headline
    # goes on with a time word ("Three Months Later, …") or ends
    after = chart.raw(item.j) if item.j < len(chart.tokens) else ""
    if not (before[:1].isupper() and item.i == 1 and after.isalpha()):
        return False
    readings = chart.at[item.j].keys()
    if after.islower():
        return not readings - _NAME_LINK_READINGS
    return not readings


# What a lowercase link inside a name may read as ("du", "de", "of"): no time word.
_NAME_LINK_READINGS = frozenset(("prep", "range_from", "dayfrom", "article", "unitmod"))


def _rate(chart: Chart, item: Item) -> bool:
    """Whether ``item`` opens on a rate's unit: "a", "per" (``rate_words``) and a unit right
    after a figure ("£11.44 an hour", "500,000 tonnes of hydrogen a year": a figure a few
    words before, in the same clause), a unit ("three days a week") or a count of times
    (``rate_leaders``: "twice a year"). Such a unit is no duration, and no time counted
    from the date after it ("an hour from April 1": the date alone is the time)."""
    tokens, lex = chart.tokens, chart.lex
    i = item.i
    if (
        i >= 2
        and tokens[i][0] in lex.rate_words
        and tokens[i - 1][0] == "-"
        and chart.glued(i - 2)
        and chart.glued(i - 1)
    ):
        return True  # "a $100 billion-a-year goal", "a £300,000-a-week contract"
    if i == 0 or tokens[i][0] not in lex.rate_words or not chart.get(i + 1, "unit"):
        return False
    if item.cat != "dur":
        unit_end = max(u.j for u in chart.get(i + 1, "unit"))
        if not (chart.get(unit_end, "after_word") or chart.get(unit_end, "before_word")):
            return False  # "a year ago", "a year earlier": a time, not a rate
    before = tokens[i - 1][0]
    if before in lex.rate_leaders or before[-1].isdecimal() or chart.get(i - 1, "unit"):
        return True
    if chart.ends_at(i, _HEDGES):
        return False  # "309,300 waiting more than a year": a hedged length, no rate
    for k in range(i - 1, max(-1, i - 1 - _RATE_REACH), -1):
        word = tokens[k][0]
        if not word[0].isalnum():
            if word not in _IN_FIGURES:
                return False  # a clause ends: "In 2023, he spent a year in jail"
            continue
        if word in lex.past_words or (word in lex.bound_joiners and _verb_after(chart, k + 1)):
            return False  # "3 children and spent a year abroad", "3 men spent a year"
        # (a joiner between nouns goes on: "three portions of fruit and vegetables a day")
        if (word[0].isdecimal() or chart.get(k, "num")) and not _in_time(chart, k):
            return True
    return False


def _verb_after(chart: Chart, k: int) -> bool:
    """Whether a verb in the past (a past word or a participle's ending) stands at token
    ``k``, or anything that is not a plain lowercase word (a clause goes on there)."""
    if k >= len(chart.tokens):
        return True
    word = chart.tokens[k][0]
    if not word.isalpha() or not chart.raw(k).islower() or chart.at[k]:
        return True
    return word in chart.lex.past_words or word.endswith(chart.lex.past_endings)


# How many tokens before a rate's unit its figure may stand ("500,000 tonnes of green
# hydrogen a year"), and the marks a figure is written with.
_RATE_REACH = 7
_HEDGES = frozenset(("qualifier",))  # "more than", "plus de" before a unit counted once
_IN_FIGURES = frozenset((",", ".", "%", "$", "£", "€", "-"))


def _in_time(chart: Chart, k: int) -> bool:
    """Whether token ``k`` is inside a time reading of the chart ("In 2023 he spent …")."""
    return any(
        item.i <= k < item.j
        for m in range(max(0, k - 4), k + 1)
        for cat in ("time", "rtime")
        for item in chart.get(m, cat)
        if item.j - item.i > 1 or not chart.tokens[item.i][0].isdecimal()
    )


def _edition_year(chart: Chart, item: Item) -> Item:
    """A year between an article and a noun or a name names an edition ("in the 2022
    referendum", "for the 2024 season", "in the 2024 Olympics"): the time is the year alone,
    with its relation ("in the 2022" is no phrase). Only after a word before the article:
    "The 2008 Wall Street crash" keeps "The 2008" (the look-alike tests' convention)."""
    if item.cat not in ("time", "rtime") or item.j >= len(chart.tokens):
        return item
    if item.j - item.i < 3 and not (item.j - item.i == 2 and item.i > 0):
        return item  # "The 2008 Wall Street crash" opening a sentence keeps "The 2008"
    year = item.j - 1
    toks = chart.tokens
    if (
        year - 2 > item.i
        and toks[year][0].isdecimal()
        and len(toks[year][0]) in (2, 4)
        and toks[year - 1][0] in ("-", "/")
        and chart.glued(year - 2)
        and chart.glued(year - 1)
    ):
        year -= 2  # "in the 2022-23 school year": the span of years is the edition's
    word = toks[year][0]
    if not (len(word) == 4 and word.isdecimal() and "article" in chart.at[year - 1]):
        return _attributive_date(chart, item)
    if year - 1 == item.i and (
        item.i == 0
        or (
            chart.tokens[item.i - 1][0] in _SENTENCE_MARKS
            and (chart.tokens[item.i - 1][0] != ":" or chart.raw(item.i)[:1].isupper())
        )
    ):
        # "The 2022-23 season ended": the sentence's first word stays ("Above: the 1933
        # Double Eagle", lowercase after a colon, opens no sentence)
        return item
    after = chart.tokens[item.j][0]
    # (an ordinal the time did not take is a word of the noun: "of the 2021 final")
    if after.isalpha() and chart.at[item.j].keys() <= _EDITION_WORDS:
        val = item.val
        if isinstance(val, When) and val.boundary is not None:
            val = val.but(boundary=None)  # "voted early in the 2020 election": the adverb's
        return Item(year, item.j, item.cat, val)
    return item


_SENTENCE_MARKS = frozenset(".!?;:")


def _unspanned_lead(chart: Chart, item: Item) -> Item:
    """A time opened by one of ``unspanned_preps`` after a word that is no time starts after
    it: the preposition joins a noun's complement ("his 5th win of 2024": "2024"); one
    opened by a preposition and a possessive starts after both ("de son exercice 2025")."""
    i = item.i
    if item.cat not in ("time", "rtime") or item.j - i < 2 or chart.ending.get(i) or i == 0:
        return item
    if item.j - i > 2 and chart.tokens[i + 1][0] in chart.lex.possessives:
        # a preposition and a possessive ("of its", "de son": preps that join a part of a
        # year to the company's fiscal year) stay out of a time standing alone: "the results
        # of its fiscal 2025", "les résultats de son exercice 2025"
        return Item(i + 2, item.j, item.cat, item.val)
    if chart.tokens[i][0] not in chart.lex.unspanned_preps:
        return item
    return Item(i + 1, item.j, item.cat, item.val)


def _without_trailing_local(chart: Chart, item: Item) -> Item:
    """A time that ends on "local time" ("heure locale", a zone of no known offset) ends
    before it: the words change nothing ("on Monday at 6 a.m. local time"); inside a time
    they stay, as what joins the clock to its date ("at 7:58 a.m. local time on April 3")."""
    if item.cat != "time" or not isinstance(item.val, When) or item.val.tz != LOCAL:
        return item
    for k in range(item.j - 1, item.i, -1):
        if any(z.j == item.j and z.val == LOCAL for z in chart.at[k].get("tz", ())):
            return Item(item.i, k, item.cat, item.val)
    return item


def _after_lead(chart: Chart, item: Item) -> Item:
    """A time whose first word closes one of ``year_leads`` starts after it, the whole
    leading phrase left out ("par rapport à 2023", "par rapport à l'an dernier": "2023",
    "l'an dernier"), as a bare year after one already is."""
    if item.cat not in ("time", "rtime") or item.j - item.i < 2:
        return item
    if not chart.year_lead(item.i + 1):
        return item
    return Item(item.i + 1, item.j, item.cat, item.val)


def _attributive_date(chart: Chart, item: Item) -> Item:
    """A month and a day between an article and a noun, after another word, are that day
    alone, as an edition's year is ("in the January 5 blowout": "January 5"; "counting from
    the May 29 vote": "May 29", relation in, since "from" starts nothing there)."""
    cat = item.cat
    if cat == "rtime" and item.val[1] in ("since", "after"):
        if chart.tokens[item.i][0] in chart.lex.since_back:
            return item  # "since the May 29 vote" counts from it
        # "counting from the May 29 vote": the vote's day; "yields fell after the April PCE
        # data": the data's month (the relation is the data's, not the month's)
        w, cat = item.val[0], "time"
    elif cat != "time" or not isinstance(item.val, When):
        return item
    else:
        w = item.val
    if w.month is None or w.hour is not None or item.j >= len(chart.tokens):
        return item
    if w.day is None and (w.year is not None or w.span is not None or cat != "time"):
        return item  # a month alone, as "the April PCE data" writes it
    after = chart.tokens[item.j][0]
    raw = chart.raw(item.j)
    noun = raw.islower() or (len(raw) > 1 and raw.isupper())  # "the April PCE data"
    if not (after.isalpha() and noun and not chart.at[item.j]):
        return item
    for k in range(item.i + 1, min(item.j - 1, item.i + 3)):
        if "article" in chart.at[k] and "month" in chart.at[k + 1]:
            return Item(k + 1, item.j, cat, w)
    return item


# What the noun after an edition's year may also read as ("the 2024 season").
_NAMED = frozenset(("seasonword",))
_EDITION_WORDS = _NAMED | {"ordinal"}


def _yearless(w: When) -> bool:
    """Whether ``w`` is a month, a quarter or a half (a day of a month too) with no year nor
    anything else that places it ("en octobre", "le 28 mars", "au troisième trimestre")."""
    return (
        (w.month is not None or w.quarter is not None or w.half is not None)
        and w.year is None
        and w.span is None
        and w.holiday is None
        and w.weekday is None
        and w.decade is None
        and not w.future
        and not w.past
    )


# The relations whose period a past-tense clause places in the past ("in", "since", "before").
_LOOKING_BACK = frozenset((Relation.IN, Relation.SINCE, Relation.BEFORE))


def _bare_day(w: When) -> bool:
    """Whether ``w`` is a day of the month alone ("le 16", "on the 1st", "on the first")."""
    return w.day is not None and w == _day_alone(w.day)


@functools.lru_cache(maxsize=256)
def _day_alone(day: int) -> When:
    """The time of a day of the month alone (one object per day: a When is slow to make)."""
    return When(day=day)


def _after_reference(w: When, ref: datetime) -> bool:
    """Whether a month, a quarter or a half of the reference year (a day of it) starts after
    the reference day: only then may a past tense move it a year back."""
    if w.month is not None:
        return (w.month, w.day or 1) > (ref.month, ref.day)
    if w.quarter is not None:
        return (w.quarter - 1) * 3 + 1 > ref.month
    return w.half is not None and (w.half - 1) * 6 + 1 > ref.month


def _over_before(w: When, ref: datetime) -> bool:
    """Whether a month, a quarter or a half of the reference year (a day of it) is over
    before the reference day: only then may a future tense move it a year on."""
    if w.month is not None:
        return (w.month, w.day or 31) < (ref.month, ref.day) and (
            w.day is not None or w.month < ref.month
        )
    if w.quarter is not None:
        return w.quarter * 3 < ref.month
    return w.half is not None and w.half * 6 < ref.month


# How far back (in words) a future verb puts a yearless time of the past months in the
# coming year ("seront revalorisées de 5,3 % au 1er janvier").
_NEAR = 6

# How long ago a yearless time of the reference year must be over for a future verb to
# move it a year on.
_STALE = timedelta(days=31)


def _long_over(chart: Chart, w: When) -> bool:
    """Whether the reference year's ``w`` ended more than :data:`_STALE` before the
    reference date."""
    if not _over_before(w, chart.ref):
        return False
    span = chart.resolve(w)
    return span is not None and span.end + _STALE <= chart.ref


def _qualifies_noun(chart: Chart, item: Item) -> bool:
    """Whether the time ``item`` qualifies a noun: before one of ``year_nouns`` ("will report
    first-quarter results") or after one of ``nouns_before_year`` ("publiera ses résultats du
    premier trimestre")."""
    toks = chart.tokens
    after = item.j < len(toks) and toks[item.j][0] in chart.lex.year_nouns
    return after or (item.i > 0 and toks[item.i - 1][0] in chart.lex.nouns_before_year)


def _bygone_or_told(chart: Chart, item: Item, when: When) -> bool:
    """Whether a time after "9% from" is a comparison's baseline: one already over ("up 5.2%
    from last year") or one in a clause that is not in the future ("down 9% from April");
    "will fall 7% from July 1" starts then."""
    if _yearless(when) and when.day is not None and _after_reference(when, chart.ref):
        return False  # "raised award wages by 3.75% from July 1", said in May: the start
    if when.day is not None and _level_before(chart, item.i):
        return False  # "cut the rate … to 8% from April 6": a level has no baseline
    if not chart.future_clause(item.i):
        return True
    if _yearless(when) or when.weekday is not None:
        return False  # "will rise 21% from April": next April, whichever the year
    span = chart.resolve(when)
    return span is not None and span.end <= chart.ref


def _level_before(chart: Chart, i: int) -> bool:
    """Whether the figure right before token ``i`` is a level reached, led by a word that
    joins a range's end ("to 8% from April 6", "à 8 % à partir du 6 avril"): a level, unlike
    a change, has no baseline, so a day after it is when the level starts."""
    k = i - 1
    while k > 0 and not chart.tokens[k][0][0].isdecimal():
        k -= 1
        if i - k > _MARK_WORDS:
            return False
    while k > 0 and (chart.tokens[k - 1][0][0].isdecimal() or chart.tokens[k - 1][0] in ",."):
        k -= 1  # the figure's first digits ("8.5", "1,200")
    if k > 1 and not chart.tokens[k - 1][0][0].isalnum() and chart.glued(k - 1):
        k -= 1  # a currency's sign glued before the digits ("to £1,928 from January 1")
    return k > 0 and bool(chart.get(k - 1, "range_to"))


_MARK_WORDS = 3  # how many words a figure's mark or unit may take ("basis points")


def _mention(chart: Chart, item: Item, offset: int | None = None) -> Mention | None:
    start = chart.tokens[item.i][1]
    end = chart.tokens[item.j - 1][2]
    words = chart.text[start:end]
    if item.cat == "dur":
        return _duration_mention(item.val, words, start, end)
    when: When
    relation = Relation.IN
    if item.cat == "rtime":
        when, relation = item.val[0], Relation(item.val[1])
    else:
        when = item.val
    if when.weak:
        return None  # "Mars", "mer", "May" alone
    if (
        relation is Relation.SINCE
        and chart.tokens[item.i][0] in chart.lex.baseline_words
        and (
            chart.get(item.j - 1, "ago_after")
            or (chart.after_figure(item.i) and _bygone_or_told(chart, item, when))
        )
    ):
        # "down 3% from a year ago", "down 9% from April", "up 5.2% from last year": the
        # comparison's baseline ("will fall 7% from July 1" starts then)
        relation = Relation.IN
    if (
        relation is Relation.SINCE
        and when.holiday is not None
        and when.year is None
        and chart.tokens[item.i][0] in chart.lex.since_back
    ):
        when = when.but(past=True)  # "fermée depuis la Toussaint": the latest one
    if (
        relation is Relation.SINCE
        and when.weekday is not None
        and when.day is None
        and when.month is None
        and when.span is None
        and chart.tokens[item.i][0] in chart.lex.since_back
    ):
        when = when.but(past=True)  # "recule de 2,8 % depuis lundi": the last Monday
    if relation in _LOOKING_BACK and _yearless(when) and _after_reference(when, chart.ref):
        # "stood at 6.5% in October", "s'est établi … au troisième trimestre": in a past-tense
        # clause, a month or a quarter after the reference date is the previous year's (not a
        # deadline: "had pledged to finish by October", "postponed until October"); after
        # "depuis", "since" in any tense ("prive … d'eau depuis septembre")
        back = relation is Relation.SINCE and chart.tokens[item.i][0] in chart.lex.since_back
        effective = relation is Relation.SINCE and not back and when.day is not None
        # "lifted the minimum wage … from July 1", "a annoncé … à partir du 1er juillet": the
        # day a decision takes effect, still to come
        when = when.but(past=back or (not effective and chart.past_clause(item.i, item.j)))
    elif (
        relation in _LOOKING_BACK
        and when.boundary is not None
        and when.span is not None
        and when.span.start <= chart.ref < when.span.end
        and chart.past_clause(item.i, item.j)
    ):
        # "had 1.56 million employees at the end of the year", said in February: the end of
        # the year just past, when that part of this year is still ahead
        ahead = chart.resolve(when)
        if ahead is not None and ahead.start > chart.ref:
            last = shift(when.span.start, when.span.grain, -1)
            when = when.but(span=Span(last, when.span.start, when.span.grain))
    elif (
        relation in _LOOKING_BACK
        and _bare_day(when)
        and when.day != chart.ref.day
        and chart.past_clause(item.i, item.j)
    ):
        when = when.but(past=True)  # "the law took effect on the 1st": the latest 1st
    elif (
        relation in _LOOKING_BACK
        and when.season is not None
        and when.year is None
        and when.span is None
        and not when.future
    ):
        # "a recensé … cet hiver" (said in June): the winter just past; but the season about
        # to begin is the coming one, whatever the tense ("bookings for this summer were up")
        if not _season_ahead(chart, when):
            when = when.but(past=chart.past_clause(item.i, item.j))
    elif (
        relation is Relation.SINCE
        and _yearless(when)
        and _over_before(when, chart.ref)
        and chart.future_clause(item.i)
    ):
        # "will rise to £11.44 an hour from April 1", said in June: next April (a start still
        # ahead cannot lie behind)
        when = when.but(future=True)
    elif (
        _yearless(when)
        and _long_over(chart, when)
        and chart.future_verb(item.i, _NEAR)
        and not _qualifies_noun(chart, item)
    ):
        # "la réforme entrera en vigueur le 1er janvier", "will open in April", said in June:
        # the next one, when its verb is near ("after a drop in the first quarter" is no
        # future, however far back "expects" stands) and the time of the reference year is
        # over by more than a month (a text written a few days ahead of its date: "sont
        # attendus le 5 novembre" on 20 November); with no tense, the reference year's; not
        # a time that qualifies a noun after it ("will report first-quarter results": the
        # quarter just past)
        when = when.but(future=True)
    span: Span | None = chart.resolve(when)
    if span is None:
        return None
    if when.tz is not None:
        try:
            span = _zoned(span, when.tz, offset)
        except OverflowError:
            return None  # beyond the years 1 to 9999 once moved
    key = (words, start, end, span, relation)
    try:
        return _MENTIONS[key]
    except KeyError:
        pass
    period = _period(span)
    mention = (
        None
        if period is None
        else Mention(
            kind=MentionKind.TIME,
            text=words,
            start=start,
            end=end,
            period=period,
            relation=relation,
        )
    )
    return _kept(key, mention)


# Mentions already built, by what they are made of (words, offsets and period or amount): a
# Mention is frozen, so one object serves each call that finds the same words at the same
# place ("En 2019" opening a sentence). None for words that make no mention. Emptied when
# full, so it stays small.
_MENTIONS: dict[tuple[Any, ...], Mention | None] = {}


def _kept(key: tuple[Any, ...], mention: Mention | None) -> Mention | None:
    """``mention``, kept as the one of ``key`` (see :data:`_MENTIONS`)."""
    if len(_MENTIONS) >= _PERIODS_KEPT:
        _MENTIONS.clear()
    _MENTIONS[key] = mention
    return mention


# Periods already built, by span: a Period is frozen, so one object serves every mention of
# the same interval (most are the years and months of the reference's neighbourhood). None
# for a span that makes no period. Emptied when full, so it stays small.
_PERIODS: dict[Span, Period | None] = {}
_PERIODS_KEPT = 4096


def _period(span: Span) -> Period | None:
    """The period of ``span``, or None when it makes none (its end not after its start)."""
    try:
        return _PERIODS[span]
    except KeyError:
        pass
    period: Period | None
    try:
        period = Period.model_validate({"start": span.start, "end": span.end, "grain": span.grain})
    except ValueError:
        period = None
    if len(_PERIODS) >= _PERIODS_KEPT:
        _PERIODS.clear()
    _PERIODS[span] = period
    return period


def _zoned(span: Span, zone: int | str, offset: int | None) -> Span:
    """A time stated in the zone of UTC offset ``zone`` (minutes), or of IANA name ``zone``
    (its offset on that day: "4pm ET" is UTC-4 in July, UTC-5 in November), moved into the
    reference's ``offset`` (kept as stated when the reference has none, or when the zone
    database is missing). A stated zone pins the clock reading: "4pm CET" is 16:00 to the
    minute, which the conversion keeps (an offset may be a half hour: IST is UTC+5:30).
    The zone ``LOCAL`` ("local time", "heure locale") is the place's own clock, of no known
    offset: the span stays as read."""
    if zone == LOCAL:
        return span
    start, end, grain = span
    if grain == "hour" and end - start == timedelta(hours=1):
        end, grain = start + timedelta(minutes=1), "minute"
    if isinstance(zone, str):
        named = _zone_offset(zone, start)
        if named is None:
            return Span(start, end, grain)
        zone = named
    if offset is None:
        return Span(start, end, grain)
    moved = timedelta(minutes=offset - zone)
    return Span(start + moved, end + moved, grain)


def _zone_offset(name: str, moment: datetime) -> int | None:
    """The UTC offset in minutes of the IANA zone ``name`` at the wall-clock ``moment``, or
    None without a zone database."""
    try:
        delta = moment.replace(tzinfo=zoneinfo.ZoneInfo(name)).utcoffset()
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OverflowError):
        return None
    return None if delta is None else round(delta.total_seconds() / 60)


def _duration_mention(d: Duration, words: str, start: int, end: int) -> Mention | None:
    if d.value <= 0:
        return None
    key = (words, start, end, d)
    try:
        return _MENTIONS[key]
    except KeyError:
        pass
    q = Qualifier(d.qualifier)
    bounds: dict[str, Any] = {"low": d.value, "high": d.value}
    if q in (Qualifier.GT, Qualifier.GE):
        bounds = {"low": d.value, "high": None, "low_exclusive": q is Qualifier.GT}
    elif q in (Qualifier.LT, Qualifier.LE, Qualifier.NEARLY):
        bounds = {"low": None, "high": d.value, "high_exclusive": q is Qualifier.LT}
    return _kept(
        key,
        Mention(
            kind=MentionKind.DURATION,
            text=words,
            start=start,
            end=end,
            value=d.value,
            unit=d.unit,
            qualifier=q,
            **bounds,
        ),
    )


_SCAN: list[Callable[[str, str], list[Any]] | None] = []
# The numbers in words of the last text read, by start: (text, lang, starts, numbers).
_READ: list[tuple[str, str, list[int], list[tuple[int, int, float, bool]]]] = [("", "", [], [])]


def _numerals(text: str, lang: str, lo: int, hi: int) -> list[tuple[int, int, float, bool]]:
    """Numbers written in words ("six", "vingt et un", "third") within ``text[lo:hi]``, from
    the numerals finder when it is installed: ``(start, end, value, ordinal)``. The whole
    text is read once (the numerals finder keeps its last text too, which the numbers
    finder reads next), then each stretch takes its part by bisection, so that a long text
    of many stretches stays linear; a number that runs past the stretch is left out."""
    if not _SCAN:
        found = importlib.util.find_spec("claimcheck.extract.numerals") is not None
        module = importlib.import_module("claimcheck.extract.numerals") if found else None
        _SCAN.append(getattr(module, "scan_numerals", None))
    scan = _SCAN[0]
    if scan is None:
        return []
    last_text, last_lang, starts, numbers = _READ[0]
    if last_text is not text or last_lang != lang:
        numbers = sorted(
            (n.start, n.end, float(n.value), bool(n.ordinal))
            for n in scan(text, lang)
            if n.value is not None
        )
        starts = [n[0] for n in numbers]
        _READ[0] = (text, lang, starts, numbers)
    first = bisect.bisect_left(starts, lo)
    last = bisect.bisect_left(starts, hi)
    return [n for n in numbers[first:last] if n[1] <= hi]

"""The time grammar: a small chart parser over the words of a stretch of text.

Words become items through the language's lexicon ("mars" → a month, "d'ici" → a
relation); rules join adjacent items into larger ones ("le" + 28 + "mars" + 2024 → a day),
pass after pass, until nothing new appears. Every item keeps its token range, so the
caller picks the longest readings that do not overlap. The rules know categories only
(month, unit, relation…); every word is data in ``lexicons/<lang>/time.toml``. The rules
themselves live in ``time_rules_dates``, ``time_rules_clock`` and ``time_rules_spans``, which
register them here with :func:`rule` when imported (``extract/time.py`` imports them).

The chart is bounded: a stretch holds at most :data:`MAX_ITEMS` items, so no input can
make a pass quadratic in the length of a text (stretches are short windows around cues).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple, cast

from claimcheck.extract.time_lexicon import TimeLexicon, tokens_in
from claimcheck.extract.time_values import (
    Boundaries,
    Duration,
    Span,
    When,
    floor,
    resolved,
    shift,
)

__all__ = [
    "DERIVED",
    "FEW_HOURS",
    "NAMED_YEARS",
    "RANGE_JOINERS",
    "RANKS",
    "RULES",
    "Chart",
    "Item",
    "Num",
    "after_cue",
    "combine",
    "cued",
    "day_when",
    "hour_of",
    "is_day",
    "is_month",
    "is_year",
    "rule",
    "weak_pair",
    "width",
    "year_when",
]

MAX_ITEMS = 4000
_PRIMES = frozenset({"'", '"'})  # marks of minutes and seconds: "30'", "12\""
# The categories of the readings rules make of other readings (rules make numbers too, but
# nearly every rule reads them): a rule that reads none of these registers them as
# ``unread`` (see :func:`rule`), and a later pass that only adds such readings does not run
# it again where it ran.
DERIVED = ("time", "rtime", "dur", "tod", "htod")
# the categories of the words that join the two ends of a range ("au", "to", "and", "-")
RANGE_JOINERS = ("range_to", "range_and", "bare_to")
# the categories of the time nouns an ordinal in words may rank ("a second weekend", "the
# second season", "the first summer"): an ordinal right before one is no day, no unit of time
# ("the second period", "the third round" of a match: a noun of a range, "period", ranked)
RANKED_NOUNS = frozenset(("weekpart", "seasonword", "season", "rangenoun"))
# The rank of a reading no rule ranks otherwise (see :meth:`Chart.rank`).
RANK = 5
# An hour mark glued to fewer hours than this after a duration's preposition ("for 3h",
# "pour 3h") is a number of hours; from it on, the hour ("prévu pour 15h"): news rarely sets
# an event between midnight and dawn.
FEW_HOURS = 6
# The years an edition may be named by, right after its name ("Euro 2024"): beyond them, a
# number after a name is a model or a label ("Entreprise 4711", "Room 1204").
NAMED_YEARS = (1850, 2100)
MAX_PASSES = 6
# How far (in words: figures and marks are not counted) the tense of a clause is looked for.
PAST_REACH = 24
_CONTEXT_CHARS = 160  # how far before a stretch of text its words are read for their tense
_SENTENCE_ENDS = frozenset(".!?;:")


@dataclass(frozen=True, slots=True)
class Num:
    """A number read in the text: its value, and how many digits it was written with
    (0 for words)."""

    value: float
    digits: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", float(self.value))


class Item(NamedTuple):
    """A reading of the tokens ``[i, j)``: a category and a value (a named tuple: the chart
    makes many, and a tuple is made fastest)."""

    i: int
    j: int
    cat: str
    val: Any


# An item is made as a plain tuple of its class (no call of the named tuple's ``__new__``).
_new_tuple = tuple.__new__
# Where a token starts and ends in the text.
_START = operator.itemgetter(1)
_END = operator.itemgetter(2)

# Tokens that mix digits and letters, read on their own.
# Digits in groups of three after spaces: "5 300", "10\u202f000".
_SPACED_GROUPS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+")
# A hyphen and a letter glued after a word: a compound adjective ("sixth-lowest").
_COMPOUNDED = re.compile(r"-[^\W\d_]")
# A vulgar fraction ("2½"): the numbers finder reads its value.
_VULGAR = re.compile("[½¼¾⅓⅔⅕⅖⅗⅘⅛⅜⅝⅞]")
_SUBJECT_WORDS = 4  # words of a subject before an aside ("The Louvre museum, closed …,")
# a Roman ordinal as news write centuries ("XIXe", "XXIe", "Ier"), lowercased by the tokens
_ROMAN_ORDINAL = re.compile(r"([xvi]+)(?:e|er|ème|eme)")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_CENTURY = (100.0, "year")


def _roman(letters: str) -> int:
    """The value of a Roman numeral of the letters I, V and X ("xix" is 19)."""
    total = 0
    for k, letter in enumerate(letters):
        value = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[letters[k + 1]] if k + 1 < len(letters) else 0
        total += -value if value < following else value
    return total


# No time reads more digits than this (a float of them could overflow).
_LONGEST_DIGITS = 18
_HOUR = re.compile(r"(\d{1,2})h(\d{2})?")
_CODE_YEAR = re.compile(r"(\d{4})([a-z])([1-4])")
_DECADE = re.compile(r"(\d{3}0)s")
_SHORT_DECADE = re.compile(r"(\d0)s")
_SHORT_CODE_YEAR = re.compile(r"(\d{2})([a-z])([1-4])")
_DIGITS_LETTERS = re.compile(r"(\d+)([a-z]+)")
_LETTERS_DIGITS = re.compile(r"([a-z]+)(\d+)")


def _currency(word: str) -> bool:
    """Whether ``word`` is a currency sign ("$", "£", "€")."""
    return len(word) == 1 and unicodedata.category(word) == "Sc"


# The most tokens an aside between commas before a time may hold (``Chart._past_aside``).
_ASIDE = 10


@functools.lru_cache(maxsize=4096)
def _digits(word: str) -> Num:
    """The number a run of digits writes (a value is immutable: one is made per run met)."""
    return Num(float(word), len(word))


def is_day(n: Num) -> bool:
    return n.value.is_integer() and 1 <= n.value <= 31 and n.digits <= 2


def is_year(n: Num) -> bool:
    return n.digits == 4 and 1000 <= n.value <= 2999


def is_month(n: Num) -> bool:
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
        "beforeonly",
        "pluraloffset",
        "after_word",
        "before_word",
        "ambiguous_hence",
        "future",
        "nextweek",
        "rest",
        "weekdays",
        "period_end",
        "rolling",
        "not_time",
    )
)
# What may stand right before a year for it to be one: "en 2024", "depuis 2020", "fin 2025".
_YEAR_CUES = frozenset(
    (
        "prep",
        "relation",
        "boundary",
        "decade",
        "range_from",
        "range_to",
        "unit",
        "article",
        "season",
    )
)
# The weak categories, ordinals and seasons: a word read only so needs more (``promising``).
_WEAK_ORD_SEASON = _WEAK | {"ord", "season"}
_MARKS = frozenset("/-.:")
_LETTER = re.compile(r"[^\W\d_]")
_NOTHING: frozenset[str] = frozenset()
_CLOCK_CUES = frozenset(("am", "pm", "oclock"))
_SEASON_CUES = frozenset(("prep", "offset", "boundary"))
_DAY_CUES = frozenset(("article", "dayfrom", "relation", "range_to", "p"))

Rule = Callable[["Chart", int], Iterator[tuple[Any, ...]]]
# What a rule needs at a position: a category, or two or three categories in a row.
Need = str | tuple[str, str] | tuple[str, str, str]


class Chart:
    """All readings of one stretch of tokens (see the module docstring)."""

    def __init__(
        self,
        text: str,
        tokens: list[tuple[str, int, int]],
        lexicon: TimeLexicon,
        ref: datetime,
        numerals: Callable[[], list[tuple[int, int, float, bool]]],
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lexicon
        self.ref = ref
        self.spans: Boundaries = _boundary_spans(lexicon)
        self.at: list[dict[str, list[Item]]] = [{} for _ in range(len(tokens) + 1)]
        # the readings of another rank than :data:`RANK`, and their ranks: most readings
        # (every word's) are of that rank, and an item with a date in it is slow to hash
        self.ranks: dict[Item, int] = {}
        self.count = 0
        self.added: list[int] = []
        # the category of every reading added (or ranked higher) by :meth:`add`, in order:
        # what a rule may have met that it had not when it last ran (see :meth:`parse`)
        self.log: list[str] = []
        self.ending: dict[int, set[int]] = {}  # where the items ending at a token start
        self.numerals = numerals  # read only when the stretch is promising
        self._in_words: list[tuple[int, int, float, bool]] | None = None
        # where the phrases that may read as counts or ordinals start (see _numbers)
        self._counting: list[int] = []
        self._before: Chart | None = None  # the words before, once read (_context)
        self._before_read = False
        # the future marker the last tense read stopped at (-1: none, -2: an infinitive)
        self.decider = -1
        self._off = _switched_off(lexicon)  # the rules this language never runs
        self._lexical()

    # -- building ---------------------------------------------------------------------

    def add(self, i: int, j: int, cat: str, val: Any, rank: int = RANK) -> bool:
        slots = self.at[i]
        items = slots.get(cat)
        item: Item = _new_tuple(Item, (i, j, cat, val))
        # an equal reading starts at the same token, of the same category: looked for among
        # those few (compared field by field, the date last), not by hashing the item
        if items is not None and item in items:
            if rank < self.rank(item):
                self.ranks[item] = rank
                self.log.append(cat)
            return False
        if self.count >= MAX_ITEMS:
            return False
        if rank != RANK:
            self.ranks[item] = rank
        self.added.append(i)
        self.log.append(cat)
        ending = self.ending.get(j)
        if ending is None:
            self.ending[j] = {i}
        else:
            ending.add(i)
        if items is None:
            if not slots:
                self.log.append("")  # a slot no longer empty: no rule leaves that unread
            slots[cat] = [item]
        else:
            items.append(item)
        self.count += 1
        return True

    def get(self, i: int, cat: str) -> list[Item]:
        try:
            items = self.at[i].get(cat)
        except IndexError:  # past the end of the stretch
            return []
        return [] if items is None else items

    def glued(self, i: int) -> bool:
        """Whether token ``i`` touches token ``i + 1`` (no space between them)."""
        return i + 1 < len(self.tokens) and self.tokens[i][2] == self.tokens[i + 1][1]

    def raw(self, i: int) -> str:
        return self.text[self.tokens[i][1] : self.tokens[i][2]]

    def follower_ok(self, j: int, year: bool = False) -> bool:
        """Whether the token after a bare number lets it stand as a year or a day: a mark,
        the end, a digit, or a word of ``year_followers`` or of the time lexicon; for a
        ``year``, also a capitalized name or a word that does not end like a plural."""
        toks = self.tokens
        if j >= len(toks):
            return True
        word = toks[j][0]
        if (
            word in (".", ",")
            and self.glued(j - 1)
            and self.glued(j)
            and toks[j + 1][0][:1].isdecimal()
        ):
            return False  # "1.5", "3,5", "the 1.5C threshold": a decimal
        if (
            word == "/"
            and self.glued(j - 1)
            and self.glued(j)
            and j + 1 < len(toks)
            and toks[j + 1][0][:1].isdecimal()
        ):
            return False  # "on 11/20, 11/22 or 11/25": the next date's month, no year
        if not word[0].isalpha():
            return True
        if self.glued(j) and toks[j + 1][0] == "'" and not self.glued(j - 1):
            return True  # an elided word spaced from the number: "en 2024 s'est", "2024 l'a"
        if "unit" in self.at[j] and word not in self.lex.followers:
            return False  # "the 6th century", "le 16e siècle", "2000 ans"
        if (
            self.at[j].keys() & {"num", "ord"}
            and word not in self.lex.followers
            # "the Paris 2024 opening ceremony": an ordinal qualifying a noun is no count
            and not (year and "num" not in self.at[j] and self._uncounted(j + 1))
        ):
            return False  # "the first nine months": a count follows
        if word in self.lex.followers or self.at[j]:
            return True
        if not year:
            return False
        # Another word: a capitalized name or a word that does not look like a counted plural
        # noun ("en 1979 suit", "en 1940 Cuijk"; not "en 2000 exemplaires").
        raw = self.raw(j)
        return raw[:1].isupper() or not raw.endswith(self.lex.plural_endings)

    def _uncounted(self, k: int) -> bool:
        """Whether token ``k`` is a word no number nor unit reads ("ceremony"), or the end."""
        if k >= len(self.tokens):
            return True
        return self.tokens[k][0][:1].isalpha() and not self.at[k].keys() & {"num", "unit"}

    def past_clause(self, i: int, j: int) -> bool:
        """Whether the words around tokens ``[i, j)`` put their clause in the past. Going back
        at most :data:`PAST_REACH` words within the sentence (the figures and marks between
        them are not counted: "a abaissé ses taux de 25 points de base jeudi"), then
        (nothing found) forward as far ("Vendredi, la Bourse a perdu 1,5 %"): a past-tense
        word ("said") or an auxiliary before a participle ("a perdu") met before any future
        marker ("will", "prévu"); or, right before (a preposition or an article skipped), a
        lowercase participle ("publié dimanche", "closed on Friday"); or anywhere a word with
        one of the ``past_endings_anywhere`` ("shares closed higher Friday"). A past word or
        participle right after a future marker is the future ("sera tiré le 14 juillet",
        "will be held on Friday")."""
        reach = self._past_aside(self._reach(i - 1, -1))
        back = self._tense(reach, True)
        if back is None:
            back = self._tense_before(reach)
        if back is not None:
            return back
        # (a time inside its clause, words before it, is not the next clause's: "qui se
        # termine le 9 juin, …, et une place a atteint 190 euros"; one opening its sentence
        # may take a verb after an aside: "On Friday, and for the first time, the index fell")
        inside = False
        for k in reach:  # (read back, up to the sentence's start)
            if self._ends_sentence(k):
                break
            if self.tokens[k][0][0].isalpha() and not self.at[k].keys() & {"prep", "article"}:
                inside = True
                break
        ahead = self._reach(j, 1)
        if self._relative_clause(reach):
            # ("Roland-Garros, qui se termine le 9 juin, a déjà accueilli …": the relative
            # clause's own present dates the time; the main clause after its comma does not)
            ahead = ahead[: next((n for n, k in enumerate(ahead) if self._aside_comma(k)), None)]
        return bool(self._tense(ahead, False, joined=inside))

    def _relative_clause(self, reach: list[int]) -> bool:
        """Whether the tokens ``reach`` (read back from a time) show the time inside a
        relative clause between commas, with a verb of its own before the time: a comma, then
        one of the ``clause_openers``, then a word that is no preposition nor article, all
        before any other comma ("Roland-Garros, qui se termine le 9 juin, …")."""
        toks = self.tokens
        worded = False
        for n, k in enumerate(reach):
            word = toks[k][0]
            if word in self.lex.clause_openers:
                return worded and n + 1 < len(reach) and self._aside_comma(reach[n + 1])
            if not word[0].isalpha():
                if self._aside_comma(k) or self._ends_sentence(k):
                    return False
                continue
            worded = worded or not self.at[k].keys() & {"prep", "article"}
        return False

    def _past_aside(self, reach: list[int]) -> list[int]:
        """``reach`` (tokens read back from a time) without an aside between commas right
        before the time: its verb is not the time's ("Apple is expected to unveil the iPhone
        16, powered by its A18 chip, on Sept. 10": "powered" tells nothing of Sept. 10)."""
        toks = self.tokens
        if not reach:
            return reach
        if toks[reach[0]][0] != ",":
            return self._aside_further(reach)
        for n in range(1, min(len(reach), _ASIDE)):
            word = toks[reach[n]][0]
            if word == ",":
                return reach[:1] + self._reach(reach[n] - 1, -1) if n > 1 else reach
            if self._ends_sentence(reach[n]):
                break
        return reach

    def _aside_further(self, reach: list[int]) -> list[int]:
        """``reach`` without the first aside between commas further back ("The museum,
        closed for renovation for more than a decade, reopens … on Sept. 14": "closed" is
        no verb of the clause that dates Sept. 14)."""
        toks = self.tokens
        opening = next((n for n, k in enumerate(reach) if self._aside_comma(k)), None)
        if opening is None:
            return reach
        for m in range(opening + 2, min(len(reach), opening + _ASIDE)):
            if self._aside_comma(reach[m]):
                if not self._after_subject(reach[m]):
                    break  # an aside must follow the clause's subject, opening the sentence
                return reach[:opening] + self._reach(reach[m] - 1, -1)
            if self._ends_sentence(reach[m]) or toks[reach[m]][0] == ",":
                break
        return reach

    def _after_subject(self, comma: int) -> bool:
        """Whether the comma at token ``comma`` follows a subject opening its sentence (at
        most :data:`_SUBJECT_WORDS` words before it: "The museum, closed …, reopens")."""
        words = 0
        for k in range(comma - 1, -1, -1):
            if self._ends_sentence(k):
                break
            if self.tokens[k][0][:1].isalpha():
                words += 1
                if words > _SUBJECT_WORDS:
                    return False
        return True

    def _aside_comma(self, k: int) -> bool:
        """Whether token ``k`` is a comma between words, not a decimal comma ("2,4")."""
        return self.tokens[k][0] == "," and not (k > 0 and self.glued(k - 1) and self.glued(k))

    def _tense_before(self, reach: list[int], most: int = PAST_REACH) -> bool | None:
        """The tense the words before this stretch of text give, when the look back from
        ``reach`` met the stretch's start with words left to read and no end of sentence
        ("La Première ministre a engagé … en recourant à l'article 49.3 ce lundi": the
        stretch read starts after "a engagé"). Those words are read for their tense only,
        never parsed, up to the end of the sentence before them."""
        toks = self.tokens
        if not toks or (reach and reach[-1] != 0):
            return None
        openers = self.lex.clause_openers
        if any(self._ends_sentence(k) or toks[k][0] in openers for k in reach):
            return None  # the look back stopped at an end of sentence or a relative pronoun
        words = sum(1 for k in reach if toks[k][0][0].isalpha())
        if words >= most:
            return None
        context = self._context()
        if context is None:
            return None
        last = len(context.tokens) - 1
        return context._tense(context._reach(last, -1, most - words + 1), False)

    def _context(self) -> Chart | None:
        """The words before this stretch, back to the sentence's start (at most
        :data:`_CONTEXT_CHARS`), read once per stretch, lexically only."""
        if self._before_read:
            return self._before
        self._before_read = True
        start = self.tokens[0][1] if self.tokens else 0
        if start == 0:
            return None
        lo = max(0, start - _CONTEXT_CHARS)
        cut = max(self.text.rfind(mark, lo, start) for mark in (". ", "! ", "? ", "; ", "\n"))
        lo = max(lo, cut + 1)
        # the stretch's first word too, read with the words before it: an auxiliary and its
        # participle may lie on either side of the stretch's start ("a | privé … mardi")
        first = self.tokens[0]
        before = tokens_in(self.text, lo, first[2] if first[0][:1].isalpha() else start)
        if before:
            self._before = Chart(self.text, before, self.lex, self.ref, list)
        return self._before

    def future_verb(self, i: int, most: int) -> bool:
        """Whether a future verb at most ``most`` words before token ``i`` puts its clause in
        the future: a future marker ("will", "seront", "entrera") that is no bare participle
        after a noun ("six cuts expected in January": a reduced relative, whose time may be
        past); a participle needs an auxiliary, a future marker or one of the lexicon's
        ``passive_links`` before it ("is expected", "a été reporté")."""
        self.decider = -1
        if not self.future_clause(i, most):
            return False
        k = self.decider
        if k == -2:
            return False  # an infinitive ("avant de refluer en janvier"), no future verb
        if k < 0:
            return True  # found in the words before the stretch
        raw = self.raw(k)
        lex = self.lex
        if k == 0 or not raw.islower() or not raw.endswith(lex.past_endings):
            return True
        before = self.tokens[k - 1][0]
        return (
            before in lex.present_auxiliaries
            or before in lex.past_auxiliaries
            or before in lex.passive_links
            or "future" in self.at[k - 1]
        )

    def future_clause(self, i: int, most: int = PAST_REACH) -> bool:
        """Whether the words before token ``i`` put its clause in the future ("will rise …
        from April 1"): a future marker met before any past word, within the sentence and
        at most ``most`` words back."""
        reach = self._reach(i - 1, -1, most)
        tense = self._tense(reach, True)
        if tense is None:
            tense = self._tense_before(reach, most)
        return tense is False

    def _reach(self, k: int, step: int, most: int = PAST_REACH) -> list[int]:
        """The tokens from ``k`` on, in the direction ``step``, up to ``most`` words (the
        figures and marks between them not counted)."""
        toks = self.tokens
        found: list[int] = []
        words = 0
        while 0 <= k < len(toks) and words < most:
            found.append(k)
            if toks[k][0][0].isalpha():
                words += 1
            k += step
        return found

    def _tense(self, where: list[int], backwards: bool, joined: bool = False) -> bool | None:
        """True for the past, False for the future, None when the tokens ``where`` (read in
        that order) say neither before a sentence ends; read ahead with ``joined``, neither
        past a comma and a joiner that opens another clause ("…, et …", "…, but …")."""
        lex = self.lex
        toks = self.tokens
        right_before = backwards
        skip_to = -1
        for n, k in enumerate(where):
            if n <= skip_to:
                continue
            word = toks[k][0]
            if not word[0].isalnum():
                if self._ends_sentence(k):
                    return None
                if "future" in self.at[k]:
                    self.decider = k
                    return False  # "I'll go back on 22/04": a marker that opens on its "'"
                if (backwards or joined) and word == "," and not self._decimal_mark(k):
                    joiner = toks[k + 1][0] if k + 1 < len(toks) else ","
                    if joiner != "," and joiner in lex.bound_joiners:
                        # "…passed in 2023, and this year's paper starts …"; ahead too, for a
                        # time inside its clause: "qui se termine le 9 juin, …, et une place
                        # a atteint 190 euros"
                        return None
                    skip_to = self._relative_aside(where, n)
                right_before = False
                continue
            if word in lex.clause_openers:
                return None  # "…, qui promet de nouvelles mesures avant la Tabaski"
            if self._infinitive(k):
                self.decider = -2  # no future marker: an infinitive
                return False  # "a renoncé à partir en vacances cet été": the infinitive's time
            slots = self.at[k]
            if "future" in slots and not ("month" in slots and self.raw(k)[:1].isupper()):
                if right_before and word in lex.decision_words:
                    if self._target_after(k):
                        # "l'audience a été renvoyée au 12 mars", "adjourned to Friday": the
                        # day it was put off to, still to come
                        self.decider = k
                        return False
                    return True  # "was adjourned on Friday", "reporté mardi": the act's day
                self.decider = k
                # "will", "may" (not the month "May"); "avait prévu", "had expected": the past
                return bool(k and toks[k - 1][0] in lex.pluperfect_auxiliaries)
            if self._compound(k):
                right_before = False
                continue  # "Chinese-made", "state-owned": an adjective, no tense
            if lex.past_forms and self.raw(k).lower() in lex.past_forms:
                return not self._after_future(k)  # "est arrivé", "sont redescendus"
            if (
                k
                and toks[k - 1][0] in lex.present_auxiliaries
                and self.raw(k).lower() in lex.past_forms_after_be
            ):
                return not self._after_future(k)  # "la loi est entrée en vigueur mardi"
            if word in lex.past_words and not self._after_present(k) and not self._determined(k):
                if k and self.tokens[k - 1][0] in lex.infinitive_words:
                    right_before = False
                    continue  # "expect the Fed to cut rates": an infinitive
                if k + 1 < len(toks) and toks[k + 1][0] in lex.comparison_words:
                    right_before = False
                    continue  # "two weeks earlier than last year": a comparison, no tense
                return not self._after_future(k)
            if self._auxiliary(k) and self._perfect(k + 1):
                return True
            if right_before and word in lex.present_auxiliaries:
                return None  # "the deadline is 11:59 p.m. on June 18": the present, no past
            if (
                backwards
                and lex.progressive_endings
                and word.endswith(lex.progressive_endings)
                and k > 0
                and toks[k - 1][0] in lex.present_auxiliaries
            ):
                return None  # "… and is seeking a second term in November": the present
            if right_before and slots.keys() & {"prep", "article", "offset"}:
                continue  # "publié ce vendredi", "closed on the Friday"
            if lex.future_endings and self._participle(
                k, lex.future_endings, shortest=5, noun_check=False
            ):
                return False  # "la réforme entrera en vigueur", "je reviendrai" (not "fini")
            endings = lex.past_endings if right_before else lex.past_endings_anywhere
            # away from the time a past form needs five letters ("en fait" is no "fait")
            if self._participle(k, endings, 4 if right_before else 5) and not self._after_present(
                k
            ):
                return not self._after_future(k)
            right_before = False
        return None

    def _target_after(self, k: int) -> bool:
        """Whether token ``k + 1`` opens where something was put off to: a range's end word
        ("au", "à", "to") or an "until" relation ("jusqu'au", "until")."""
        if k + 1 >= len(self.tokens):
            return False
        return bool(self.get(k + 1, "range_to")) or any(
            r.val == "until" for r in self.get(k + 1, "relation")
        )

    def _relative_aside(self, where: list[int], n: int) -> int:
        """Read back from the comma at ``where[n]``: the position in ``where`` of the comma
        that opens a relative clause between commas ("the Supreme Court, which began its
        recess on May 20, reopens on July 8": "began" is the aside's tense, not the time's),
        or ``n`` when none does."""
        toks = self.tokens
        for m in range(n + 2, min(len(where), n + _ASIDE)):
            if toks[where[m]][0] == "," and not self._decimal_mark(where[m]):
                return m if toks[where[m - 1]][0] in self.lex.clause_openers else n
            if self._ends_sentence(where[m]):
                break
        return n

    def _decimal_mark(self, k: int) -> bool:
        """Whether the comma at token ``k`` joins two digits ("4,5")."""
        toks = self.tokens
        return (
            0 < k < len(toks) - 1
            and toks[k - 1][0][-1:].isdigit()
            and toks[k + 1][0][:1].isdigit()
            and self.glued(k - 1)
            and self.glued(k)
        )

    def _perfect(self, k: int) -> bool:
        """Whether a participle stands at token ``k``, after an auxiliary, or after up to
        three of the lexicon's ``perfect_adverbs`` ("a de nouveau recouru", "has already
        announced")."""
        toks = self.tokens
        lex = self.lex
        for m in range(k, min(k + 4, len(toks))):
            if self._participle(m, lex.past_endings, shortest=2) and "future" not in self.at[m]:
                return True
            if toks[m][0] in lex.auxiliary_participles:
                return True  # "l'accident s'est produit mercredi"
            if toks[m][0] not in lex.perfect_adverbs:
                return False
        return False

    def _infinitive(self, k: int) -> bool:
        """Whether token ``k`` is an infinitive after one of ``infinitive_words`` ("à
        partir", "d'organiser"), by one of the lexicon's ``infinitive_endings``."""
        endings = self.lex.infinitive_endings
        if not endings or k == 0:
            return False
        word = self.tokens[k][0]
        if len(word) < 5 or not word.endswith(endings) or word in self.lex.not_participles:
            return False
        before = self.tokens[k - 1][0]
        if before == "'" and k >= 2:
            before = self.tokens[k - 2][0] + "'"
        if before not in self.lex.infinitive_words:
            return False
        # a counted noun's complement is no infinitive: "20 tonnes de fumier", "3 kilos de
        # papier" (a figure, then a word, then the link)
        return not (k >= 3 and self.tokens[k - 3][0][:1].isdecimal())

    def _ends_sentence(self, k: int) -> bool:
        """Whether token ``k`` is a mark that ends a sentence (not the dot of "49.3" nor of
        an initial, nor a dot before a number or a word in lowercase: an abbreviation's, "the
        No. 8 signal", "through Dec. 20", "vs. a year")."""
        toks = self.tokens
        word = toks[k][0]
        if (
            word == "."
            and k + 1 < len(toks)
            and (toks[k + 1][0][:1].isdigit() or self.raw(k + 1).islower())
        ):
            return False
        return (
            word in _SENTENCE_ENDS
            and not (k and self.glued(k - 1) and self.glued(k))
            and not (word == "." and k and self._initial(k - 1))
        )

    def _compound(self, k: int) -> bool:
        """Whether token ``k`` ends a hyphenated compound ("Chinese-made", "debt-laden")."""
        return k >= 2 and self.tokens[k - 1][0] == "-" and self.glued(k - 1) and self.glued(k - 2)

    def _auxiliary(self, k: int) -> bool:
        """Whether token ``k`` is a past auxiliary, alone ("a", "had") or elided as the
        lexicon writes it ("s'est": être is one only in a pronominal verb; "le sommet est
        organisé dimanche" is a passive present)."""
        toks = self.tokens
        word = toks[k][0]
        auxiliaries = self.lex.past_auxiliaries
        if word in auxiliaries:
            return True
        if (
            k >= 1
            and word in self.lex.present_auxiliaries
            and toks[k - 1][0] in self.lex.reflexives
        ):
            return True  # "se sont mis en grève vendredi": a reflexive verb's perfect
        return k >= 2 and toks[k - 1][0] == "'" and f"{toks[k - 2][0]}'{word}" in auxiliaries

    def _after_present(self, k: int) -> bool:
        """Whether token ``k`` follows a present auxiliary: a present passive ("the parade
        is held on Sunday", "le sommet est organisé dimanche"), no past."""
        if not (k > 0 and self.tokens[k - 1][0] in self.lex.present_auxiliaries):
            return False
        # "se sont rassemblés vendredi", "s'est tenu": a reflexive verb's perfect, the past
        reflexives = self.lex.reflexives
        if not reflexives or k < 2:
            return True
        before = self.tokens[k - 2][0]
        if before in reflexives:
            return False
        return not (before == "'" and k >= 3 and self.tokens[k - 3][0] + "'" in reflexives)

    def _after_future(self, k: int) -> bool:
        """Whether a future marker stands one or two words before token ``k``: a passive or
        a perfect of the future ("sera tiré", "will be held", "will have closed"); not one
        inside a time ("next year traded", "l'an prochain a été"), an adjective of the time."""
        if (
            k >= 1
            and self.lex.future_endings
            and self._participle(k - 1, self.lex.future_endings, shortest=5, noun_check=False)
        ):
            return True  # "resteront fermés ce dimanche": a participle after a future verb
        return any(
            "future" in self.at[m] and not self._inside_time(m) for m in (k - 1, k - 2) if m >= 0
        )

    def _inside_time(self, m: int) -> bool:
        """Whether token ``m`` lies inside a time read in the chart, starting at most two
        tokens before it."""
        return any(t.j > m for n in range(max(0, m - 2), m + 1) for t in self.get(n, "time"))

    def _initial(self, k: int) -> bool:
        """Whether token ``k`` is a letter glued to the dot after it: an abbreviation's
        initial ("U.S.", "J.-C."), no sentence end."""
        return len(self.tokens[k][0]) == 1 and self.tokens[k][0].isalpha() and self.glued(k)

    def _participle(
        self, k: int, endings: tuple[str, ...], shortest: int = 4, *, noun_check: bool = True
    ) -> bool:
        """Whether token ``k`` is a lowercase word of ``shortest`` letters or more with one of
        ``endings``. Alone a participle needs four letters ("du", "vu", "été" are other words
        too); right after an auxiliary, two do ("ont été créés", "a eu lieu", "a dû"). With
        ``noun_check``, none after a determiner or a figure (:meth:`_determined`); a verb in
        the future keeps its tense after a name's number ("la Ligue 1 rapportera")."""
        raw = self.raw(k)
        return (
            len(raw) >= shortest
            and (raw.islower() or (raw[1:].islower() and self._opens_sentence(k)))
            and raw.endswith(endings)
            and self.tokens[k][0] not in self.lex.not_participles
            and not raw.endswith(self.lex.not_participle_endings)
            and not (noun_check and self._determined(k))
        )

    def _opens_sentence(self, k: int) -> bool:
        """Whether token ``k`` opens its sentence: only spaces after a full stop, a question
        or exclamation mark, or the start of the text, stand before it ("Inaugurée mercredi,
        la centrale …": a participle, capitalized)."""
        text = self.text
        at = self.tokens[k][1] - 1
        while at >= 0 and text[at].isspace():
            at -= 1  # (no copy of the text before: a long text stays linear)
        return at < 0 or text[at] in ".!?"

    def _determined(self, k: int) -> bool:
        """Whether token ``k`` follows one of the lexicon's ``noun_determiners`` (or a
        figure, where the lexicon says so): a noun, however it ends ("le défilé du 14
        juillet sera raccourci", "éliront 720 députés le 9 juin")."""
        if k == 0:
            return False
        lex = self.lex
        before = self.tokens[k - 1][0]
        if before == "'" and k >= 2:
            before = self.tokens[k - 2][0] + "'"
        if before in lex.noun_determiners:
            return True
        if not (lex.noun_after_figures and before[:1].isdigit()):
            return False
        # a name's number is no count of a noun after it: "le CAC 40 cédait 0,4 %"
        return not (k >= 2 and self.raw(k - 2)[:1].isupper() and self._named_number(k - 1))

    def _named_number(self, k: int) -> bool:
        """Whether the number at token ``k`` follows a capitalized word by one space, as a
        name's number does ("CAC 40", "Ligue 1")."""
        toks = self.tokens
        return k >= 1 and toks[k - 1][2] + 1 == toks[k][1] and self.raw(k - 1).isalpha()

    def timely(self, j: int) -> bool:
        """Whether token ``j`` carries a time word (not only a connector like "de", "la")."""
        return j < len(self.at) and not self.at[j].keys() <= _WEAK

    def _year_cued(self, i: int) -> bool:
        """Whether a cue of a year ends right before token ``i``, or before a qualifier that
        ends right before it ("until at least 2025")."""
        if self.ends_at(i, _YEAR_CUES):
            return True
        return any(
            item.j == i and self.ends_at(k, _YEAR_CUES)
            for k in self.ending.get(i, ())
            for item in self.at[k].get("qualifier", ())
        )

    def ends_at(self, j: int, cats: frozenset[str]) -> bool:
        """Whether an item of one of ``cats`` starting at most four tokens before token ``j``
        ends right before it."""
        at = self.at
        for k in self.ending.get(j, ()):  # where the items ending there start
            if j - 4 <= k < j:
                slots = at[k]
                for cat in cats & slots.keys():
                    for item in slots[cat]:
                        if item.j == j:
                            return True
        return False

    def after_name(self, i: int) -> bool:
        """Whether token ``i``, a number of four digits from :data:`NAMED_YEARS`, stands
        right after a capitalized word the time lexicon does not know: an edition's year
        ("Tour de France 2024", "Paris 2024", "JO 2024", "World Cup 2022"), not a model
        ("Airbus A380": one token) nor a number beyond the years ("Entreprise 4711"), nor
        after a code of three capitals ("USD 2024"); an acronym of more is a name ("l'ONDAM
        2023", "la LFSS 2025")."""
        if i == 0 or self.at[i - 1] or self.glued(i - 1):
            return False
        word = self.tokens[i][0]
        if (
            len(word) != 4
            or not word.isdecimal()
            or not NAMED_YEARS[0] <= int(word) <= NAMED_YEARS[1]
        ):
            return False
        name = self.raw(i - 1)
        if len(name) == 3 and name.isupper():
            return False  # a code: "USD 2024", "Pay ABC 2000" (so "CES 2024" is missed)
        return len(name) > 1 and name.isalpha() and name[0].isupper()

    def joined_number(self, j: int) -> bool:
        """Whether a number ending at ``j`` is glued by a dash or a slash to another number
        ("2023-2024"): then it is not a year on its own."""
        return (
            j + 1 < len(self.tokens)
            and self.tokens[j][0] in ("-", "/")
            and self.tokens[j + 1][0].isdecimal()
            and self.glued(j - 1)
        )

    def _lexical(self) -> None:
        toks = self.tokens
        phrases = self.lex.phrases
        words = [t[0] for t in toks]
        table = _lexical_table(self.lex)
        known = table.words
        prefixes = table.prefixes
        counted = self._counting
        size = len(words)
        add = self.add
        at = self.at
        ending = self.ending
        for i, word in enumerate(words):
            entry = known.get(word)
            if entry is not None:
                counts, opens, entries = entry
                if counts:
                    counted.append(i)
                if i + 1 < size and words[i + 1] in opens:
                    # phrases of several words, found word by word, longest first
                    found: list[tuple[int, tuple[tuple[str, object], ...]]] = []
                    key: tuple[str, ...] = (word,)
                    length = 1
                    while i + length < size:
                        key = (*key, words[i + length])
                        length += 1
                        if key not in prefixes:
                            break  # no phrase goes on with these words
                        more = phrases.get(key)
                        if more is not None:
                            found.append((length, more))
                    for length, more in reversed(found):
                        for cat, val in more:
                            add(i, i + length, cat, val)
                if (
                    entries
                    and word in _PRIMES
                    and i + 1 < size
                    and toks[i + 1][1] == toks[i][2]
                    and words[i + 1][:1].isalpha()
                ):
                    entries = ()  # "Formula 1's", "l'an": an apostrophe, no minute mark
                if entries:
                    if self.count + len(entries) > MAX_ITEMS:
                        for cat, val in entries:
                            add(i, i + 1, cat, val)
                    else:  # the one-word readings: distinct, and unlike any longer one
                        slots = at[i]
                        ends = ending.get(i + 1)
                        if ends is None:
                            ending[i + 1] = {i}
                        else:
                            ends.add(i)
                        for cat, val in entries:
                            item: Item = _new_tuple(Item, (i, i + 1, cat, val))
                            items = slots.get(cat)
                            if items is None:
                                slots[cat] = [item]
                            else:
                                items.append(item)
                        self.count += len(entries)
            if word.isalpha():
                if word == "t" and 0 < i < size - 1 and self._iso_mark(i):
                    add(i, i + 1, "p", "T")  # "2024-05-28T14:30": chains the date to its time
                continue  # a word: no number, mark or digits glued to letters
            if word.isdecimal():
                if i and toks[i - 1][2] == toks[i][1] and _currency(words[i - 1]):
                    continue  # "£12", "$2024": an amount, never a day, an hour or a year
                cat, val = "num", _digits(word)
            elif not word[0].isalnum():
                cat, val = "p", word
            else:
                if word[0].isdecimal() or word[-1].isdecimal():
                    self._mixed(i, word)
                continue
            # a number in digits or a mark (one token in three): entered as :meth:`_single`
            # does, inline
            slots = at[i]
            if cat in slots or self.count >= MAX_ITEMS:
                add(i, i + 1, cat, val)
                continue
            slots[cat] = [_new_tuple(Item, (i, i + 1, cat, val))]
            ends = ending.get(i + 1)
            if ends is None:
                ending[i + 1] = {i}
            else:
                ends.add(i)
            self.count += 1

    def _numbers(self) -> None:
        """Numbers in words ("six", "vingt et un", "third") and the counting words of the
        lexicon ("une", "a couple of") as numbers and ordinals."""
        toks = self.tokens
        text = self.text
        # numbers in digits are read by :meth:`_lexical`, with their digit counts: only those
        # with a letter in them are read here, and digits grouped by spaces ("5 300 ans",
        # "10 000 heures") as one number (the groups joined by marks are read by a rule)
        numerals = [
            n
            for n in self._words()
            if _LETTER.search(text, n[0], n[1])
            or (not n[3] and _SPACED_GROUPS.fullmatch(text, n[0], n[1]))
            or _VULGAR.search(text, n[0], n[1])
        ]
        if numerals:
            # tokens neither overlap nor are empty: one starts, and one ends, at an offset,
            # found by bisection (the tokens are in text order)
            size = len(toks)
            for start, end, value, ordinal in numerals:
                first = bisect.bisect_left(toks, start, key=_START)
                last = bisect.bisect_left(toks, end, key=_END)
                if (
                    first == size
                    or last == size
                    or toks[first][1] != start
                    or toks[last][2] != end
                    or last < first
                ):
                    continue
                if _VULGAR.search(text, start, end):
                    self.add(first, last + 1, "num", Num(value, 0))  # "2½ years"
                    continue
                if not any(t[0].isalpha() for t in toks[first : last + 1]):
                    if first < last and _SPACED_GROUPS.fullmatch(text, start, end):
                        # its width as written: never a day, an hour or a year ("jusqu'à 1 000")
                        self.add(first, last + 1, "num", Num(value, end - start))
                    continue  # digits with letters glued to them ("3e", "2M")
                if ordinal:
                    if value.is_integer() and not _COMPOUNDED.match(text, end):
                        # not "the sixth-lowest", "third-largest": an adjective's part
                        self.add(first, last + 1, "ord", int(value))
                else:
                    self.add(first, last + 1, "num", Num(value, 0))
        at = self.at
        for i in range(len(toks) - 1):
            # "au XIXe siècle": a Roman ordinal before a unit of a hundred years
            roman = _ROMAN_ORDINAL.fullmatch(toks[i][0])
            if (
                roman is not None
                and roman[1]
                and any(u.val == _CENTURY for u in at[i + 1].get("unit", ()))
            ):
                self.add(i, i + 1, "ord", _roman(roman[1]))
        for i in self._counting:
            slots = at[i]
            if "count" in slots:
                for item in list(slots["count"]):
                    self.add(item.i, item.j, "num", Num(float(item.val), 0))
            if "ordinal" in slots:
                for item in list(slots["ordinal"]):
                    if item.val > 0:
                        self.add(item.i, item.j, "ord", item.val)

    def _single(self, i: int, cat: str, val: Any) -> None:
        """Enter a one-token reading: a number in digits or a mark. With no other reading of
        the category starting at ``i``, it is entered as :meth:`add` would, without its
        comparisons."""
        slots = self.at[i]
        if cat in slots or self.count >= MAX_ITEMS:
            self.add(i, i + 1, cat, val)
            return
        slots[cat] = [_new_tuple(Item, (i, i + 1, cat, val))]
        ending = self.ending
        if i + 1 not in ending:
            ending[i + 1] = set()
        ending[i + 1].add(i)
        self.count += 1

    def _after_duration_cue(self, i: int) -> bool:
        """Whether a word that opens a duration ("for", "pendant") ends right before token
        ``i`` (the items before ``i`` are all read when ``_lexical`` reaches it)."""
        at = self.at
        return any(
            item.j == i for k in self.ending.get(i, ()) for item in at[k].get("dur_before", ())
        )

    def _code(self, i: int, letter: str, year: int, number: int) -> None:
        """A quarter or half written as one token with its year ("2018Q4", "18q4")."""
        kind = self.lex.words.codes.get(letter)
        if kind == "quarter":
            self.add(i, i + 1, "time", When(year=year, quarter=number))
        elif kind == "half" and number <= 2:
            self.add(i, i + 1, "time", When(year=year, half=number))

    def _mixed(self, i: int, word: str) -> None:
        """A token of digits glued to letters: "15h30", "3pm", "1er", "2018Q4", "1990s",
        "14april", "Feb13", "T1", "FY2023", "2m" (the letters are looked up in the lexicon)."""
        if m := _HOUR.fullmatch(word):
            hour, minute = int(m[1]), m[2]
            if hour <= 24 and (minute is None or int(minute) < 60):
                if minute is None and hour < FEW_HOURS and self._after_duration_cue(i):
                    # "for 3h on Monday", "pendant 3h lundi": a number of hours, not the hour
                    self.add(i, i + 1, "hdur", Num(float(hour)))
                    return
                self.add(i, i + 1, "tod", When(hour=hour, minute=int(minute) if minute else None))
                self.add(i, i + 1, "hdur", Num(hour + (int(minute) / 60 if minute else 0.0)))
            return
        if m := _CODE_YEAR.fullmatch(word):
            self._code(i, m[2], int(m[1]), int(m[3]))
            return
        if m := _DECADE.fullmatch(word):
            self.add(i, i + 1, "time", When(decade=int(m[1])))
            return
        if self.lex.words.glued_decades and (m := _SHORT_DECADE.fullmatch(word)):  # "the 80s"
            century = self.ref.year // 100 * 100
            decade = century + int(m[1])
            self.add(
                i, i + 1, "time", When(decade=decade if decade <= self.ref.year else decade - 100)
            )
            return
        if m := _SHORT_CODE_YEAR.fullmatch(word):
            self._code(i, m[2], 2000 + int(m[1]), int(m[3]))
            return
        head = _DIGITS_LETTERS.fullmatch(word)
        if head is None:
            tail = _LETTERS_DIGITS.fullmatch(word)
            if tail is None:
                return
            letters, digits = tail[1], tail[2]
            if (
                letters in self.lex.words.codes
                and len(digits) == 1
                and digits in "1234"
                and not (i and self.tokens[i - 1][0] in self.lex.code_determiners)
            ):  # ("le loyer d'un T2": a flat of two rooms, no second quarter)
                self.add(i, i + 1, "code_" + self.lex.words.codes[letters], int(digits))
            for cat, val in self.lex.phrases.get((letters,), ()):
                if cat == "month" and 1 <= int(digits) <= 31 and len(digits) <= 2:
                    self.add(i, i + 1, "time", When(month=cast(int, val), day=int(digits)))
                elif cat == "prep" and len(letters) > 1 and is_year(_digits(digits)):
                    # "FY2023 results": a year's cue glued to it (the lexicon's "fy" is a prep)
                    self.add(i, i + 1, "time", year_when(int(digits)))
                elif cat == "prep" and len(digits) == 2 and self.raw(i)[: len(letters)].isupper():
                    # "FY24": an abbreviation in capitals glued to a year's last two digits
                    year = int(digits)
                    self.add(i, i + 1, "time", When(year=year + (1900 if year >= 50 else 2000)))
            return
        digits, letters = head[1], head[2]
        if len(digits) > _LONGEST_DIGITS:
            return
        n = int(digits)
        if any(cat == "hedge_after" for cat, _ in self.lex.phrases.get((letters,), ())):
            self._single(i, "num", _digits(digits))  # "3ish pm", "5:30ish": the number, hedged
            return
        if letters in self.lex.suffixes:
            self.add(i, i + 1, "ord", n)
        if letters in self.lex.words.codes and len(digits) == 1 and digits in "1234":
            self.add(i, i + 1, "code_" + self.lex.words.codes[letters], n)
        minutes = i >= 1 and self.tokens[i - 1][0] == ":" and self.glued(i - 1)
        for cat, val in self.lex.phrases.get((letters,), ()):
            if cat in ("am", "pm") and len(digits) <= 2 and 1 <= n <= 12 and len(letters) > 1:
                if not minutes:  # "10:04am": the minutes of "10:04 am", no hour
                    self.add(i, i + 1, "tod", When(hour=n, ampm=cat))  # "3pm", not "4a"
                if len(digits) == 2:
                    self.add(i, i + 1, "minampm", (n, cat))
            elif cat in ("am", "pm") and len(digits) <= 2 and 1 <= n <= 12 and not minutes:
                # "9a", "5p": an hour only as an end of a day's hours ("Thursday from 9a to
                # 11a"), see ``hours_of_a_day``; alone it is a grade, a seat, a form, pence
                # ("about 10p more")
                self.add(i, i + 1, "short_tod", When(hour=n, ampm=cat))
            elif cat in ("am", "pm") and len(digits) == 2 and n < 60:
                self.add(i, i + 1, "minampm", (n, cat))
            elif (
                cat in ("am", "pm")
                and len(digits) in (3, 4)
                and n % 100 < 60
                and n // 100 <= 12
                and len(letters) > 1
            ):  # "130pm" (not "150p": pence)
                self.add(i, i + 1, "tod", When(hour=n // 100, minute=n % 100, ampm=cat))
            elif cat == "month" and len(digits) <= 2 and 1 <= n <= 31:
                self.add(i, i + 1, "time", day_when(n, cast(int, val)))
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
        at = self.at
        last = len(toks) - 1
        for i, slots in enumerate(at):
            if not slots:
                if i < last and not _CLOCK_CUES.isdisjoint(at[i + 1]) and self._spelled_hour(i):
                    return True  # "three am", "eleven o'clock"
                continue
            word = toks[i][0]
            before = at[i - 1].keys() if i else _NOTHING
            if _WEAK.issuperset(slots):
                if "article" in before and word.isalpha() and self._spelled_ordinal_day(i):
                    return True  # "due on the first"
                if "num" in slots and i + 1 < len(toks) and self.at[i + 1].keys() & _CLOCK_CUES:
                    return True  # "3 am", "three pm", "8 o'clock"
                if "weekdays" in slots and i and ("num" in before or self._spelled(i - 1, 1, 52)):
                    return True  # "3 Fridays from now", "two Thursdays ago"
                if "num" in slots and word.isdecimal():
                    if len(word) == 4 and "1000" <= word <= "2999" and self._year_cued(i):
                        return True  # "en 2024", "until at least 2025"; not "(2001)", "TV 2001"
                    if self.after_name(i):
                        return True  # "Paris 2024", "le Tour de France 2024"
                    if len(word) == 4 and i < last and self.year_noun_after(i + 1):
                        return True  # "its 2019 record", "its 2024 sales forecast"
                    if len(word) == 4 and i and toks[i - 1][0] in self.lex.nouns_before_year:
                        return True  # "la récolte 2023", "le budget 2025"
                    if len(word) == 4 and i and self.year_lead(i):
                        return True  # "compared with 2014"
                    marked = i + 2 < len(toks) and toks[i + 1][0] in _MARKS and self.glued(i)
                    if marked and self.glued(i + 1) and toks[i + 2][0][0].isdecimal():
                        return True  # "28/03", "15:30", "2023-2024"
                    three = (
                        i + 2 < len(toks)
                        and toks[i + 1][0].isdecimal()
                        and toks[i + 2][0].isdecimal()
                    )
                    if len(word) <= 2 and three:
                        return True  # "20 02 2014"
                    if len(word) <= 2 and before & _DAY_CUES:
                        return True
                continue
            if len(word) == 1 and not word.isdecimal():
                if "num" in before:
                    return True  # "2'", "5 h"
                if all(item.j == i + 1 for items in slots.values() for item in items):
                    continue  # a symbol alone ("s", "h"); not "l'Ascension", "à midi"
            if slots.keys() <= _WEAK_ORD_SEASON and word.isalpha():
                if "season" in slots and self.ends_at(i, _SEASON_CUES):
                    return True
                continue
            return True
        return False

    def year_noun_after(self, k: int) -> bool:
        """Whether a noun of ``year_nouns`` stands at token ``k``, or after at most two words
        in lowercase that qualify it ("its 2024 net profit guidance", "the 2019 general
        election"), none of them a time word or a figure."""
        toks = self.tokens
        for m in range(k, min(k + 3, len(toks))):
            if toks[m][0] in self.lex.year_nouns:
                return True
            if not (self.raw(m).isalpha() and self.raw(m).islower()) or self.at[m]:
                return False
        return False

    def subject_verb_at(self, j: int) -> bool:
        """Whether a verb of ``subject_verbs`` starts at token ``j``, so that the year or the
        month before it is its subject ("2023 was the hottest year", "May was the warmest")."""
        verbs = self.lex.subject_verbs
        if not verbs or j >= len(self.tokens) or self.tokens[j][0] not in self.lex.subject_firsts:
            return False  # most words start no such verb: one set lookup
        words = tuple(t[0] for t in self.tokens[j : j + 3])
        return any(words[: len(v)] == v for v in verbs)

    def after_figure(self, i: int, right_after: bool = False) -> bool:
        """Whether token ``i`` follows a figure, its measure mark or its unit ("9% from", "1.2
        million from", "2 cents from"); with ``right_after``, the figure or its mark alone
        ("10% fewer than", "a quarter fewer than", not "Interstate 5 for more than")."""
        if i == 0:
            return False
        before = self.tokens[i - 1][0]
        if before[0].isdecimal() or (before,) in self.lex.measure_marks:
            return True
        if right_after:
            # a fraction counted by an article: "a quarter fewer than a year earlier"
            return (
                before in self.lex.fraction_units
                and i >= 2
                and (self.tokens[i - 2][0] in self.lex.fraction_counts)
            )
        if i >= 2 and self.tokens[i - 2][0][0].isdecimal():
            return True  # "down 2 cents from"
        # a mark of two words: "up 12 basis points from April"
        pair = (self.tokens[i - 2][0], before) if i >= 3 else None
        return pair in self.lex.measure_marks and self.tokens[i - 3][0][0].isdecimal()

    def spelled_day(self, d: Item) -> bool:
        """Whether the ordinal ``d`` is a day of the month in words standing alone: after one
        of ``spelled_day_articles`` and at the end of its clause ("rent is due on the
        first"; not "she was the first", "on the first day")."""
        toks = self.tokens
        if not toks[d.j - 1][0].isalpha() or not 1 <= d.val <= 31:
            return False
        if d.j < len(toks) and toks[d.j][0][0].isalnum():
            return False
        return self._after_day_article(d.i)

    def collective_link_end(self, j: int) -> int | None:
        """Where one of ``collective_links`` that starts at token ``j`` ends ("de", "d'" after
        "une vingtaine"), or None."""
        for link in self.lex.collective_links:
            end = j + len(link)
            if tuple(t[0] for t in self.tokens[j:end]) == link:
                return end
        return None

    def _after_day_article(self, i: int) -> bool:
        """Whether one of ``spelled_day_articles`` ends right before token ``i``."""
        before = tuple(t[0] for t in self.tokens[max(0, i - 3) : i])
        return any(before[-len(a) :] == a for a in self.lex.spelled_day_articles)

    def _spelled_ordinal_day(self, i: int) -> bool:
        """Whether a number in words that starts at token ``i`` is an ordinal that
        :meth:`spelled_day` takes (asked before the numbers in words enter the chart)."""
        if not self._after_day_article(i):
            return False  # most words after "the": no numbers in words read for them
        start = self.tokens[i][1]
        for first, last, value, ordinal in self._words():
            if first == start and ordinal and value.is_integer():
                j = bisect.bisect_left(self.tokens, last, key=_END) + 1
                if self.spelled_day(Item(i, j, "ord", int(value))):
                    return True
        return False

    def year_lead(self, i: int) -> bool:
        """Whether a phrase of ``year_leads`` ends right before token ``i`` ("compared
        with 2014", "par rapport à 2019")."""
        if i == 0 or self.tokens[i - 1][0] not in self.lex.year_lead_ends:
            return False
        words = tuple(t[0] for t in self.tokens[max(0, i - 4) : i])
        return any(words[-len(lead) :] == lead for lead in self.lex.year_leads)

    def _spelled_hour(self, i: int) -> bool:
        """Whether token ``i`` ends a number in words of 1 to 12 and a clock word ("am",
        "pm", "o'clock") follows it: "three am"."""
        toks = self.tokens
        if i + 1 >= len(toks) or not self.at[i + 1].keys() & _CLOCK_CUES:
            return False
        return self._spelled(i, 1, 12)

    def _spelled(self, i: int, low: float, high: float) -> bool:
        """Whether token ``i`` ends a number in words from ``low`` to ``high`` (the numbers
        in words are read only when this is asked)."""
        if not self.tokens[i][0].isalpha():
            return False
        end = self.tokens[i][2]
        return any(
            stop == end and not ordinal and low <= value <= high
            for _, stop, value, ordinal in self._words()
        )

    def numeral_value(self, i: int, j: int) -> float | None:
        """The value the numbers finder reads for exactly tokens ``i`` to ``j`` (exclusive),
        or None: "1,000" is a thousand in English, one in French."""
        start, end = self.tokens[i][1], self.tokens[j - 1][2]
        for first, last, value, ordinal in self._words():
            if first == start and last == end and not ordinal:
                return value
        return None

    def _iso_mark(self, i: int) -> bool:
        """Whether the "T" at token ``i`` is glued between two digits, ISO's mark between a
        date and its time."""
        toks = self.tokens
        return (
            toks[i - 1][2] == toks[i][1]
            and toks[i][2] == toks[i + 1][1]
            and toks[i - 1][0][-1:].isdecimal()
            and toks[i + 1][0][:1].isdecimal()
        )

    def _words(self) -> list[tuple[int, int, float, bool]]:
        """The numbers in words of the stretch (read once)."""
        if self._in_words is None:
            self._in_words = self.numerals()
        return self._in_words

    def parse(self) -> None:
        """Apply the rules, pass after pass, until no new reading appears. After the first
        pass a rule runs only where a chain of adjacent items leads to a reading the
        previous pass added (the only places where a rule can find something new), and
        (for a rule with ``unread`` categories, see :func:`rule`) only if something it reads
        was added since it last ran there: a rule reads nothing but the chart, which only
        grows, so with nothing new among what it reads it finds again what it found, already
        in the chart."""
        if not self.promising():
            return
        self._numbers()
        positions: Iterable[int] = range(len(self.tokens))
        at = self.at
        add = self.add
        log = self.log
        off = self._off
        # where the log stood when a rule last ran at a position, by position and rule
        ran: dict[tuple[int, int], int] = {}
        for _ in range(MAX_PASSES):
            before = self.count
            self.added = []
            for i in positions:
                slots = at[i]
                if not slots:
                    continue
                wants = _wants(tuple(slots), off)
                if wants is None:
                    continue  # a mark, a word no rule starts on
                # with no pattern of two or three categories, no item after this one matters
                plan = _plan(wants, self._offered(slots, wants) if wants.seconds else wants.met)
                while plan:
                    for index, rule, base, number, unread in plan:
                        if unread:
                            key = (i, number)
                            mark = ran.get(key)
                            if mark is not None and unread.issuperset(log[mark:]):
                                continue  # nothing it reads is new since it ran here
                            ran[key] = len(log)
                        count = self.count
                        try:
                            outs = list(rule(self, i))
                        except (ValueError, OverflowError):
                            continue  # date arithmetic beyond the years 1 to 9999
                        for out in outs:
                            if out[2] is not None:
                                add(i, out[0], out[1], out[2], out[3] if len(out) > 3 else base)
                        if self.count != count:  # new items here: the later rules may now apply
                            later = _plan(wants, self._offered(slots, wants))
                            plan = tuple(p for p in later if p[0] > index)
                            break
                    else:
                        break  # every rule of the plan ran
            if self.count == before or self.count >= MAX_ITEMS:
                break
            positions = sorted(self._leading_to(self.added))

    def _offered(self, slots: dict[str, list[Item]], wants: _Wants) -> int:
        """Which of the rules that may start at a position find what they need there (see
        :func:`_wants`), as bits: the categories of the items starting there, the pairs of one
        of them with a category of an item right after it, and the triples that go on from
        such pairs, each as the rules whose patterns name it."""
        offered = wants.met
        at = self.at
        size = len(at)
        for cat, follows in wants.seconds:
            items = slots.get(cat)
            if items is None:
                continue
            for item in items:
                if item.j >= size:
                    continue
                following = at[item.j]
                for other in following:
                    found = follows.get(other)
                    if found is None:
                        continue
                    offered |= found[0]
                    thirds = found[1]
                    if thirds:
                        for after in following[other]:
                            if after.j < size:
                                for third in at[after.j]:
                                    offered |= thirds.get(third, 0)
        return offered

    def _leading_to(self, starts: list[int]) -> set[int]:
        """Every token from which adjacent items chain up to one of ``starts``."""
        found = set(starts)
        frontier = list(found)
        while frontier:
            for k in self.ending.get(frontier.pop(), ()):
                if k not in found:
                    found.add(k)
                    frontier.append(k)
        return found

    def seq(self, i: int, *cats: str) -> list[tuple[int, list[Item]]]:
        """Every run of adjacent items of categories ``cats`` starting at token ``i`` (a
        category ending in "?" may be absent), as ``(end, items)``."""
        first = cats[0]
        if first[-1] == "?":
            return self._grow([(i, [])], cats, 0)
        at = self.at
        try:
            heads = at[i].get(first)
        except IndexError:  # past the end of the stretch
            return []
        if heads is None:
            return []  # the common case: nothing of that kind starts here
        size = len(at)
        if len(cats) == 1:
            return [(a.j, [a]) for a in heads]
        second = cats[1]
        if second[-1] == "?":
            return self._grow([(a.j, [a]) for a in heads], cats, 1)
        found: list[tuple[int, list[Item]]] = []
        for a in heads:
            if a.j < size:
                slot = at[a.j].get(second)
                if slot:
                    found.extend([(b.j, [a, b]) for b in slot])
        if len(cats) == 2 or not found:
            return found  # two kinds, the next most common; or no run past the second
        return self._grow(found, cats, 2)

    def _grow(
        self, paths: list[tuple[int, list[Item]]], cats: tuple[str, ...], start: int
    ) -> list[tuple[int, list[Item]]]:
        """The runs of :meth:`seq`, grown from ``paths`` by ``cats[start:]``, level by level
        (so in the order of the items at each step)."""
        at = self.at
        size = len(at)
        pattern = _pattern(cats)
        for k in range(start, len(pattern)):
            name, optional = pattern[k]
            grown: list[tuple[int, list[Item]]] = []
            for pos, items in paths:
                if optional:
                    grown.append((pos, [*items, _new_tuple(Item, (pos, pos, name, None))]))
                slot = at[pos].get(name) if pos < size else None
                if slot:
                    grown.extend([(item.j, [*items, item]) for item in slot])
            if not grown:
                return []
            paths = grown
        return paths

    def resolve(self, w: When) -> Span | None:
        """The interval ``w`` names, or None (also beyond the years 1 to 9999)."""
        return resolved(w, self.ref, self.spans)

    def rank(self, item: Item) -> int:
        """How much a reading is preferred over others of the same words (lower first)."""
        ranks = self.ranks
        return ranks.get(item, RANK) if ranks else RANK  # most charts rank none: no hashing


RULES: list[Rule] = []


@functools.cache
def _rules_for(
    cats: tuple[str, ...], off: frozenset[int] = frozenset()
) -> tuple[tuple[Rule, int, frozenset[Need], int, frozenset[str]], ...]:
    """The rules that can start on an item of one of ``cats``, in rule order, each with its
    base rank and its needs (keyed by the categories in the order they appeared: a tuple is
    cheaper to build and hash than a set, and the orders met are few), its number in
    :data:`RULES` and the categories it never reads (``unread`` in :func:`rule`); the rules
    numbered in ``off`` (switched off in a language: :func:`_switched_off`) left out."""
    wanted = {id(r) for cat in cats for r in STARTS.get(cat, ())}
    return tuple(
        (r, RANKS.get(r.__name__, RANK), NEEDS[id(r)], number, UNREAD[id(r)])
        for number, r in enumerate(RULES)
        if id(r) in wanted and number not in off
    )


# What a category found after another is worth at a position: the rules (as bits) whose
# patterns of two categories it completes, and for each category found after it in turn, the
# rules whose patterns of three categories that completes.
_Follow = tuple[int, dict[str, int]]
# A rule to run at a position: its place among the rules that may start there, the rule,
# its base rank, its number in :data:`RULES` and the categories it never reads.
_Planned = tuple[int, Rule, int, int, frozenset[str]]


class _Wants(NamedTuple):
    """What the rules that may start on an item of some categories look for (see
    :func:`_wants`). Rules are bits: the k-th of :func:`_rules_for` is ``1 << k``."""

    rules: tuple[tuple[Rule, int, frozenset[Need], int, frozenset[str]], ...]
    met: int  # the rules that one of those categories is enough for
    # for each of those categories that a pattern starts with, the categories wanted after it
    seconds: tuple[tuple[str, dict[str, _Follow]], ...]
    # the plans met so far, by the rules whose needs are met (see :func:`_plan`)
    plans: dict[int, tuple[_Planned, ...]]


@functools.cache
def _wants(cats: tuple[str, ...], off: frozenset[int] = frozenset()) -> _Wants | None:
    """What :meth:`Chart._offered` looks for at a position whose items start with ``cats``:
    the needs of the rules that can start there (but those numbered in ``off``), each with
    the rules it is enough for. None when no rule starts on any of ``cats``."""
    rules = _rules_for(cats, off)
    if not rules:
        return None
    met = 0
    seconds: dict[str, dict[str, tuple[int, dict[str, int]]]] = {}
    for k, (_, _, needs, _, _) in enumerate(rules):
        bit = 1 << k
        for need in needs:
            if isinstance(need, str):
                if need in cats:
                    met |= bit
                continue
            if need[0] not in cats:
                continue
            follows = seconds.setdefault(need[0], {})
            pair, thirds = follows.get(need[1], (0, {}))
            if len(need) == 2:
                pair |= bit
            else:
                third = need[2]
                thirds[third] = thirds.get(third, 0) | bit
            follows[need[1]] = (pair, thirds)
    return _Wants(rules, met, tuple((cat, seconds[cat]) for cat in cats if cat in seconds), {})


def _plan(wants: _Wants, offered: int) -> tuple[_Planned, ...]:
    """The rules to run at a position: of those of ``wants``, the ones ``offered`` (see
    :meth:`Chart._offered`), in rule order, each with its place in that order, its base
    rank, its number in :data:`RULES` and the categories it never reads. Kept with
    ``wants`` by ``offered``: the combinations met are few."""
    plan = wants.plans.get(offered)
    if plan is None:
        plan = wants.plans[offered] = tuple(
            (k, r, base, number, unread)
            for k, (r, base, _, number, unread) in enumerate(wants.rules)
            if offered >> k & 1
        )
    return plan


_SPANS: dict[int, tuple[TimeLexicon, Boundaries]] = {}
_OFF: dict[int, tuple[TimeLexicon, frozenset[int]]] = {}


def _switched_off(lexicon: TimeLexicon) -> frozenset[int]:
    """The numbers in :data:`RULES` of the rules the lexicon switches off (``switch`` in
    :func:`rule`: a rule that finds nothing in a language whose time words set that flag
    false is never run there), found once per lexicon (kept with it, so that its id is not
    reused)."""
    cached = _OFF.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        off = frozenset(
            number
            for number, r in enumerate(RULES)
            if id(r) in SWITCHES and not getattr(lexicon.words, SWITCHES[id(r)])
        )
        cached = _OFF[id(lexicon)] = (lexicon, off)
    return cached[1]


class _LexicalTable(NamedTuple):
    """A lexicon's phrases as :meth:`Chart._lexical` reads them."""

    # for each first word of a phrase: whether a phrase it opens reads as a count or an
    # ordinal ("une", "a couple of"), the second words of its phrases of two words or more
    # (looked up first: "de", "le" open phrases, but the word after them is most often
    # none of those second words), and its readings alone (empty if none)
    words: dict[str, tuple[bool, frozenset[str], tuple[tuple[str, object], ...]]]
    # every start of two words or more of the phrases (the phrases too)
    prefixes: frozenset[tuple[str, ...]]


_TABLES: dict[int, tuple[TimeLexicon, _LexicalTable]] = {}


def _lexical_table(lexicon: TimeLexicon) -> _LexicalTable:
    """The lexicon's phrases split for :meth:`Chart._lexical`, built once per lexicon (kept
    with it, so that its id is not reused)."""
    cached = _TABLES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        phrases = lexicon.phrases
        seconds: dict[str, set[str]] = {}
        for key in phrases:
            if len(key) > 1:
                seconds.setdefault(key[0], set()).add(key[1])
        counting = {
            key[0]
            for key, entries in phrases.items()
            if any(cat in ("count", "ordinal") for cat, _ in entries)
        }
        words = {
            word: (word in counting, frozenset(seconds.get(word, ())), phrases.get((word,), ()))
            for word in {key[0] for key in phrases}
        }
        prefixes = frozenset(
            key[:n] for key in phrases for n in range(2, len(key) + 1) if len(key) > 1
        )
        cached = _TABLES[id(lexicon)] = (lexicon, _LexicalTable(words, prefixes))
    return cached[1]


def _boundary_spans(lexicon: TimeLexicon) -> Boundaries:
    """The lexicon's boundary spans ("début" → the first third…), as the resolver reads them,
    built once per lexicon (kept with it, so that its id is not reused)."""
    cached = _SPANS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        spans: Boundaries = {
            str(grain): {str(part): span for part, span in parts.items()}
            for grain, parts in lexicon.words.boundary_spans.items()
        }
        cached = _SPANS[id(lexicon)] = (lexicon, spans)
    return cached[1]


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
# For each rule (by id), what it needs at a position to find anything there (see ``rule``).
NEEDS: dict[int, frozenset[Need]] = {}
# For each rule (by id), the categories of readings it never reads (see ``rule``).
UNREAD: dict[int, frozenset[str]] = {}
# For the rules a language may switch off (by id), the flag of its time words that does.
SWITCHES: dict[int, str] = {}


def rule(
    *patterns: str, unread: Iterable[str] = (), switch: str | None = None
) -> Callable[[Rule], Rule]:
    """Register a rule with what it needs to find anything at a position: each pattern is a
    category ("month": an item of it starts there), two ("num unit": an item of the first
    starts there and one of the second right after it) or three ("num p num"). The chart
    calls a rule only where one of its patterns holds: a set lookup instead of a call that
    finds nothing.

    ``unread``: categories of readings the rule (with every helper it calls) never looks
    at, by name or through the categories a slot holds: readings of them added after it
    ran at a position cannot change what it finds there, so a later pass does not run it
    there again for them (:meth:`Chart.parse`). A rule that reads a slot's categories as a
    whole (``at[k].keys() <= ...``, every item of a slot) can leave out none.

    ``switch``: a flag of the language's time words (``TimeWords``) without which the rule
    finds nothing (it tests the flag first): in a language that sets it false, the chart
    never runs the rule (:func:`_switched_off`)."""

    def register(func: Rule) -> Rule:
        RULES.append(func)
        needs: set[Need] = set()
        for pattern in patterns:
            cats = pattern.split()
            if len(cats) == 1:
                needs.add(cats[0])
            elif len(cats) == 2:
                needs.add((cats[0], cats[1]))
            else:
                needs.add((cats[0], cats[1], cats[2]))
            if func not in STARTS.setdefault(cats[0], []):
                STARTS[cats[0]].append(func)
        NEEDS[id(func)] = frozenset(needs)
        UNREAD[id(func)] = frozenset(unread)
        if switch is not None:
            SWITCHES[id(func)] = switch
        return func

    return register


# -- helpers shared by the rule modules ------------------------------------------------


def after_cue(w: When) -> int:
    """The weakness left once a preposition or a relative word stands before ``w``."""
    return 0 if w.weak <= 1 else w.weak


def cued(w: When) -> When:
    """``w`` with the weakness :func:`after_cue` leaves it: ``w`` itself when that changes
    nothing (most times: no copy made)."""
    weak = after_cue(w)
    return w if weak == w.weak else w.but(weak=weak)


def hour_of(n: Num) -> When | None:
    if n.value.is_integer() and 0 <= n.value <= 24 and n.digits <= 2:
        return _HOURS[int(n.value)]
    return None


# The hours of a day as times (a When is frozen: one object serves every reading of it).
_HOURS = tuple(When(hour=hour) for hour in range(25))


@functools.lru_cache(maxsize=1024, typed=True)
def day_when(day: int, month: int) -> When:
    """The time of day ``day`` of month ``month`` (one object per day of the year: a When
    is frozen and slow to make)."""
    return When(day=day, month=month)


@functools.lru_cache(maxsize=4096)
def year_when(year: int) -> When:
    """The time of the whole year ``year`` (a When is frozen and slow to make: one object
    serves every reading of the same year)."""
    return When(year=year)


def weak_pair(a: When, b: When) -> bool:
    """Whether a weak word would be joined to a time that does not make it a date: only a
    weak weekday next to a full date is ("Fri, Jul 18")."""
    for weak, other in ((a, b), (b, a)):
        if weak.weak and not (weak.weekday is not None and other.day is not None):
            return True
    return False


def combine(c: Chart, a: When, b: When) -> When | None:
    for x, y in ((a, b), (b, a)):
        inside = _hour_inside(x, y)
        if inside is not None:
            return inside  # "à 3 h 12 dans la nuit de vendredi à samedi": 03:12 that night
    if a.closed or b.closed:
        return None
    if a.span is not None and b.span is not None:
        if a.span.grain != b.span.grain or a.span != b.span:
            inner, outer = (a, b) if width(a.span) < width(b.span) else (b, a)
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
    for x, y in ((a, b), (b, a)):
        if _calendar_year(x) and y.month is not None and y.year is None and y.span is None:
            # "on November 29 last year", "le 29 novembre cette année": that year's day
            assert x.span is not None
            return y.but(year=x.span.start.year)
    for x, y in ((a, b), (b, a)):
        if x.span is not None and (y.month is not None or y.year is not None):
            # "between 8 a.m. and 5 p.m. until June 14", "on June 30 after 37 years": a
            # stretch of hours or a time counted from now holds no date of its own
            return None
        if year_only(x) and y.weekday is not None and y.month is None and y.day is None:
            return None  # "for fiscal 2025 on Thursday night": no Thursday of a whole year
        if year_only(x) and y.hour is not None and _clock_alone(y):
            return None  # "contre 4 h 30 en 2019": no hour of a whole year
    if a.hour is not None and b.hour is not None:
        return None
    for x, y in ((a, b), (b, a)):
        if y.month is not None and _outside_part(x, y.month):
            return None  # "ses résultats du T3 2024 le 24 octobre": the quarter, then a day
        if (x.quarter is not None or x.half is not None) and y.day is not None and y.month is None:
            return None  # a day of no month names no date of a quarter ("du T3 2024 le 24")
    if (a.pod is not None and b.pod is not None) or (
        a.boundary is not None and b.boundary is not None
    ):
        return None
    a, b = _day_wide(a, b), _day_wide(b, a)
    return a.merge(b)


def _outside_part(x: When, month: int) -> bool:
    """Whether ``month`` lies outside the quarter or the half ``x`` names: no date is in
    both."""
    if x.quarter is not None and 1 <= x.quarter <= 4:
        return (month - 1) // 3 + 1 != x.quarter
    if x.half is not None and 1 <= x.half <= 2:
        return (month - 1) // 6 + 1 != x.half
    return False


def _clock_alone(w: When) -> bool:
    """Whether ``w`` places nothing but an hour: no month, day, weekday nor part of day."""
    return w.month is None and w.day is None and w.weekday is None and w.pod is None


def _calendar_year(x: When) -> bool:
    """Whether ``x`` is a whole calendar year counted from now ("last year", "cette année")."""
    span = x.span
    return (
        span is not None
        and span.grain == "year"
        and not x.closed
        and span.start.month == 1
        and span.start.day == 1
        and span.end.year == span.start.year + 1
        and span.end.month == 1
        and span.end.day == 1
    )


def _hour_inside(x: When, y: When) -> When | None:
    """The hour ``y`` names inside the stretch of less than a day ``x`` holds (a night),
    or None."""
    span = x.span
    if span is None or not x.closed or y.hour is None or y.ampm is not None or not y.tod_only():
        return None
    if span.end - span.start > timedelta(days=1) or span.grain != "hour":
        return None
    day = floor(span.start, "day")
    moment = day + timedelta(hours=y.hour % 24, minutes=y.minute or 0)
    if moment < span.start:
        moment += timedelta(days=1)
    if moment >= span.end:
        return None
    grain = "minute" if y.minute is not None else "hour"
    return When(span=Span(moment, shift(moment, grain, 1), grain), closed=True)


def year_only(w: When) -> bool:
    """Whether ``w`` names a year and nothing inside it."""
    return (
        w.year is not None
        and w.month is None
        and w.quarter is None
        and w.half is None
        and w.season is None
        and w.day is None
        and w.holiday is None
        and w.span is None
    )


def _day_wide(w: When, other: When) -> When:
    """A time counted in hours from the reference ("in 7 days" is 4:00 in 7 days), widened
    to its day when the other side gives the hour ("in 7 days at 5pm")."""
    if w.span is not None and other.hour is not None and w.span.grain in ("hour", "minute"):
        day = floor(w.span.start, "day")
        return w.but(span=Span(day, shift(day, "day", 1), "day"))
    return w


def width(span: Span) -> float:
    return (span.end - span.start).total_seconds()

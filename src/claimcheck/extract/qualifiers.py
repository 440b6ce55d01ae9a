"""The words that bound a figure: "plus de", "près de", "entre … et …", "or more".

Cues are data (``lexicons/<lang>/qualifiers.toml``). A cue before a figure is
found by looking back from the figure's start: of all cues that end there, the
one that starts earliest (the longest) wins, so "pas plus de" (le) is not read
as "plus de" (gt).

>>> cue = cue_before("Il a produit plus de 100 000 unités", 21, "fr")
>>> cue.qualifier, cue.start
('gt', 13)
>>> cue_before("il a dépassé les 100 000", 17, "fr").qualifier
'gt'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from claimcheck.extract.numerals import lowercase, scan_numerals
from claimcheck.extract.time_lexicon import time_lexicon
from claimcheck.extract.units import (
    TailIndex,
    last_token,
    last_tokens,
    surface_key,
    surface_pattern,
    surface_trie,
    tokens_before,
)
from claimcheck.lexicon import load_lexicon

__all__ = [
    "Cue",
    "QualifiersLexicon",
    "change_before",
    "change_word_before",
    "cue_after",
    "cue_before",
    "fall_before",
    "joiner_after",
    "may_join",
    "milestone_after",
    "negating_after",
    "negating_may_start",
    "qualifiers_lexicon",
    "range_opener_before",
    "referent_after",
    "vague_figures",
]

QualifierName = Literal["exact", "approx", "nearly", "gt", "ge", "lt", "le"]


class QualifiersLexicon(BaseModel):
    """The schema of ``lexicons/<lang>/qualifiers.toml`` (its header documents each key)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cue_articles: list[str]
    joiners: list[str]
    negating_after: list[str]
    before: dict[str, QualifierName]
    after: dict[str, QualifierName]
    ranges: dict[str, list[str]]
    changes: list[str]
    vague: dict[str, float]
    # vague forms that are nouns too ("scores"): before a link and digits they are the noun
    # ("with scores of 115-112"), no figure
    vague_nouns: list[str] = []
    # words between a change word and its first figure: "grew by 1.2 million to 9.8 million"
    change_links: list[str] = []
    # words that may stand between a change link and its figure: "by a record 50 yen"
    change_link_fillers: list[str] = []
    # verb cues that need a milestone noun after the figure when an article stands between
    # them and it, and those nouns: see qualifiers.toml's header
    milestone_cues: list[str] = []
    milestone_nouns: list[str] = []
    # the changes that go down ("baisse de 3 à 4 %" is a range of the fall)
    falls: list[str] = []
    # openers after which two figures are one range even after a change word ("fall
    # between 5% and 10%"): see qualifiers.toml's header
    range_only_openers: list[str] = []
    # cues that hedge only a round figure ("dans les 2 000 euros"; "dans les 27 États membres"
    # is where): see qualifiers.toml's header
    round_only: list[str] = []
    # openers whose change word may stand a few words before them, what changes in between
    # ("raise the price of a ticket from €29.40 to €35.30"): see qualifiers.toml's header
    far_change_openers: list[str] = []
    # words that, with the time finder's cue words and years, make a time between a change
    # word and its opener ("est passé en mars de 500 à 550 euros"): see the header
    change_time_words: list[str] = []
    # articles across which any cue needs a milestone noun ("over a 24% pay claim")
    open_articles: list[str] = []
    # cues that never reach across an article: prepositions then ("calls about the 60,000
    # jars withdrawn" is no hedge)
    bare_cues: list[str] = []
    # cues that say "only" after a negation in their clause ("ne représente plus que 20 %"):
    # see qualifiers.toml's header
    restrictive: dict[str, list[str]] = {}
    # cues that bound only right after one of their words ("weakened past Rp 16,000", "to
    # top ¥5 trillion"; "the past 12 months", "the top 10" are none): see the header
    guarded: dict[str, list[str]] = {}
    # words after an after-cue that make it no cue ("en 2026 au plus tôt")
    not_after: dict[str, list[str]] = {}
    # words right before a before-cue that make it a verb's particle, no cue ("Airbus handed
    # over 306 aircraft"): see the header
    not_before: dict[str, list[str]] = {}
    # nouns right after the figure that make a before-cue a span, no bound ("voted over
    # seven phases", "losses over three seasons"): see the header
    spans_after: dict[str, list[str]] = {}
    # words that, just after a figure a cue reaches across an article, give the figure a
    # referent of its own ("below the $3.4 billion analysts had expected"): see the header
    referent_words: list[str] = []
    referent_openers: list[str] = []


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in the text: its meaning and its offsets."""

    qualifier: str
    start: int
    end: int
    joiners: tuple[str, ...] = ()
    milestone: bool = False  # a verb cue across an article: it needs a milestone noun
    article: bool = False  # an article stands between the cue and the figure


def qualifiers_lexicon(lang: str) -> QualifiersLexicon:
    """The validated qualifiers lexicon of ``lang`` (cached)."""
    lexicon: QualifiersLexicon = load_lexicon(lang, "qualifiers", QualifiersLexicon)
    return lexicon


_GAP = "[ \u00a0\u202f\u2009]*"
_SPACE = "[ \u00a0\u202f\u2009]+"
_LOOKBACK = 60
# How many words may stand between a change word and its link ("raised its forecast by").
_CHANGE_GAP = 4
# how far a change word may stand before its link when the figures are far apart
_FAR_CHANGE_GAP = 10
_CLAUSE_ENDS = frozenset(",;:.!?)")


def _alternation(forms: Iterable[str]) -> str:
    keys = sorted({surface_key(f) for f in forms}, key=len, reverse=True)
    return "|".join(surface_pattern(k) for k in keys)


def _trie(forms: Iterable[str]) -> str:
    """:func:`_alternation` written as a trie: the cues before a figure are searched over a
    window of characters, and an alternation of them all costs a test per cue at each."""
    keys = {surface_key(f) for f in forms}
    return surface_trie(keys) if keys else ""


def _first_chars(keys: Iterable[str]) -> str:
    """A character set of what the surface patterns of ``keys`` can start with (either
    apostrophe for one)."""
    firsts: set[str] = set()
    for key in keys:
        if not key:
            return r"[\w\W]"
        firsts.update("'’" if key[0] in "'’" else key[0])
    return "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"


def _bounded(form: str) -> str:
    """A cue pattern that does not start or end inside a word."""
    return rf"(?<![^\W\d_])(?:{form})"


class _Qualifiers:
    def __init__(self, lexicon: QualifiersLexicon, lang: str) -> None:
        self.before = {surface_key(k): v for k, v in lexicon.before.items()}
        self.after = {surface_key(k): v for k, v in lexicon.after.items()}
        self.ranges = {surface_key(k): tuple(v) for k, v in lexicon.ranges.items()}
        self.vague = {surface_key(k): v for k, v in lexicon.vague.items()}
        self.vague_nouns = [surface_key(k) for k in lexicon.vague_nouns]
        # Quick keys: the last token a cue can end with (an article may follow a cue).
        self.before_tails = TailIndex(self.before, lexicon.cue_articles)
        self._memo_text = ""
        self._memo: dict[int, Cue | None] = {}
        self.opener_tails = last_tokens(self.ranges)
        self.changes = frozenset(surface_key(w) for w in lexicon.changes)
        self.falls = frozenset(surface_key(w) for w in lexicon.falls)
        self.range_only = frozenset(surface_key(w) for w in lexicon.range_only_openers)
        self.round_only = frozenset(surface_key(w) for w in lexicon.round_only)
        self.far_change_openers = frozenset(surface_key(w) for w in lexicon.far_change_openers)
        self.change_time_words = frozenset(lowercase(w) for w in lexicon.change_time_words)
        self.lang = lang
        self.change_links = frozenset(surface_key(w) for w in lexicon.change_links)
        self.change_link_fillers = frozenset(surface_key(w) for w in lexicon.change_link_fillers)
        self.milestone_cues = frozenset(surface_key(w) for w in lexicon.milestone_cues)
        self.milestone_nouns = frozenset(surface_key(w) for w in lexicon.milestone_nouns)
        self.open_articles = frozenset(surface_key(w) for w in lexicon.open_articles)
        self.bare_cues = frozenset(surface_key(w) for w in lexicon.bare_cues)
        self.restrictive = {
            surface_key(k): tuple(surface_key(w) for w in v) for k, v in lexicon.restrictive.items()
        }
        self.guarded = {
            surface_key(k): frozenset(surface_key(w) for w in v) for k, v in lexicon.guarded.items()
        }
        self.not_before = {
            surface_key(k): frozenset(surface_key(w) for w in v)
            for k, v in lexicon.not_before.items()
        }
        self.not_after = {
            surface_key(k): frozenset(surface_key(w) for w in v)
            for k, v in lexicon.not_after.items()
        }
        self.spans_after = {
            surface_key(k): frozenset(surface_key(w) for w in v)
            for k, v in lexicon.spans_after.items()
        }
        self.referent_words = frozenset(surface_key(w) for w in lexicon.referent_words)
        self.referent_openers = frozenset(surface_key(w) for w in lexicon.referent_openers)
        articles = _alternation(lexicon.cue_articles)
        article = rf"(?:{_SPACE}(?:{articles}))?" if articles else ""
        # (the sources only: see before_pattern)
        self._before_source = rf"{_bounded(_trie(self.before))}(?P<article>{article}){_GAP}\Z"
        # A cue that opens with a sign is glued to the figure ("300+", "40-plus"); none
        # has a figure glued after it ("2+2" is a sum).
        after_words = _alternation(k for k in self.after if k[:1].isalpha())
        after_signs = _alternation(k for k in self.after if not k[:1].isalpha()) or "(?!)"
        self.after_pattern = re.compile(
            rf"(?:{_GAP}(?:{after_words})|(?:{after_signs}))(?![^\W_])", re.IGNORECASE
        )
        self._opener_source = rf"{_bounded(_alternation(self.ranges))}{_GAP}\Z"
        signs = _alternation(j for j in lexicon.joiners if not j[:1].isalpha())
        words = _alternation(j for j in lexicon.joiners if j[:1].isalpha())
        # A word joins figures between spaces ("10 à 15"); a dash may be glued ("10-15"); a
        # suspended hyphen may end the first figure ("8- to 16-meter": 8 to 16 metres).
        self.joiner_pattern = re.compile(
            rf"[-‐‑]{_SPACE}(?:{words}){_SPACE}|{_GAP}(?:{signs}){_GAP}|{_SPACE}(?:{words}){_SPACE}",
            re.IGNORECASE,
        )
        self.sign_joiner_pattern = re.compile(rf"{_GAP}(?:{signs}){_GAP}")
        # every joiner of an opener ("et" after "entre"), for a quick test before any range
        self.opener_joiners = tuple(sorted({j for js in self.ranges.values() for j in js}))
        # the same, as a set and the lengths they have, for may_join's test
        self.opener_joiner_set = frozenset(self.opener_joiners)
        self.opener_joiner_sizes = tuple(sorted({len(j) for j in self.opener_joiners}))
        self.negating_pattern = re.compile(
            rf"{_GAP}(?:{_alternation(lexicon.negating_after)})(?![^\W\d_])", re.IGNORECASE
        )
        # what the negating words may start with, matched as the pattern matches it (None
        # when there are none: the empty pattern matches anywhere)
        negating_keys = {surface_key(f) for f in lexicon.negating_after}
        self.negating_first = (
            re.compile(_first_chars(negating_keys), re.IGNORECASE)
            if negating_keys and "" not in negating_keys
            else None
        )
        # A vague figure is written with the last word of its form ("centaines", "dozens"):
        # looking for those words in C rules most texts out before the pattern runs (None
        # when a last word has an apostrophe, which the pattern lets be either).
        lasts = {key.split()[-1] for key in self.vague if key.split()}
        self.vague_lasts = (
            tuple(sorted(lasts)) if not any(("'" in w or "’" in w) for w in lasts) else None
        )
        # Scanned over whole texts: the lookahead on the first character lets the engine
        # skip most positions with a set test (3× faster, the same matches).
        self._vague_source = (
            rf"(?={_first_chars(self.vague)}){_bounded(_alternation(self.vague))}(?![^\W\d_])"
            if self.vague
            else "(?!)"
        )

    # The patterns of the cues before a figure, of range openers and of vague figures are
    # compiled when a text first needs one (a token a cue or an opener may end with, a last
    # word of a vague form), not with the rest: each costs milliseconds to compile.
    @functools.cached_property
    def before_pattern(self) -> re.Pattern[str]:
        """A qualifier cue (and an article) that ends where a figure starts."""
        return re.compile(self._before_source, re.IGNORECASE)

    @functools.cached_property
    def opener_pattern(self) -> re.Pattern[str]:
        """A range's opener ("entre", "between") that ends where a figure starts."""
        return re.compile(self._opener_source, re.IGNORECASE)

    @functools.cached_property
    def vague_pattern(self) -> re.Pattern[str]:
        """The vague figures ("des centaines"), in the lowercase text (none if not self.vague)."""
        return re.compile(self._vague_source)

    def cue_before(self, text: str, position: int) -> Cue | None:
        # The numbers finder asks for the cue before one figure several times (the figure
        # alone, as a range's first or second figure): the answers for the last text are kept.
        if text is not self._memo_text:
            self._memo_text = text
            self._memo.clear()
        elif position in self._memo:
            return self._memo[position]
        cue = self._cue_before(text, position)
        self._memo[position] = cue
        return cue

    def _cue_before(self, text: str, position: int) -> Cue | None:
        if not self.before_tails.may_end(text, position):
            return None
        match = self.before_pattern.search(text, max(0, position - _LOOKBACK), position)
        if match is None:
            return None
        cue_end = match.start("article") if match["article"] else match.end()
        key = surface_key(text[match.start() : cue_end])
        if match["article"] and key in self.bare_cues:
            return None  # "about the 60,000 jars withdrawn": a preposition, no hedge
        if key in self.restrictive and self._negated(text, match.start(), self.restrictive[key]):
            return None  # "le nickel ne représente plus que 20 %": only 20 %, exactly
        if key in self.guarded and last_token(text, match.start()) not in self.guarded[key]:
            return None  # "the past 12 months", "the top 10": no verb before the cue
        if key in self.not_before and last_token(text, match.start()) in self.not_before[key]:
            return None  # "Airbus handed over 306 aircraft": a verb's particle
        if key in self.round_only and not _round_figure(text, position, self.lang):
            return None  # "dans les 27 États membres": where, no hedge
        article = bool(match["article"])
        milestone = article and (
            key in self.milestone_cues or surface_key(match["article"]) in self.open_articles
        )
        return Cue(self.before[key], match.start(), position, milestone=milestone, article=article)

    @staticmethod
    def _negated(text: str, position: int, negations: tuple[str, ...]) -> bool:
        """Whether a negation ("ne", "n'" glued to its verb) stands a few words before
        ``position`` in the same clause."""
        for word in reversed(tokens_before(text, position, _CHANGE_GAP)):
            if any(w == word or (w.endswith("'") and word.startswith(w)) for w in negations):
                return True
            if word[-1:] in _CLAUSE_ENDS:
                return False
        return False

    def cue_after(self, text: str, position: int) -> Cue | None:
        match = self.after_pattern.match(text, position)
        if match is None:
            return None
        key = surface_key(match[0])
        if key in self.not_after:
            word = _NEXT_WORD.match(text, match.end())
            if word is not None and word[1].lower() in self.not_after[key]:
                return None  # "en 2026 au plus tôt": a time, no bound
        return Cue(self.after[key], position, match.end())

    def referent_after(self, text: str, end: int) -> bool:
        words: list[str] = []
        at = end
        while len(words) < 2:
            word = _NEXT_WORD.match(text, at)
            if word is None:
                break
            words.append(word[1].lower())
            at = word.end()
        if words and words[0] in self.referent_openers:
            return True
        return any(w in self.referent_words for w in words)

    def change_before(self, text: str, position: int) -> str | None:
        """The change word that ends at ``position``, or before an opener that does
        ("passé de")."""
        token = last_token(text, position)
        if token in self.changes:
            return token
        if token in self.opener_tails and token not in self.range_only:
            at = position
            while at > 0 and text[at - 1] in _SPACES:
                at -= 1
            word = last_token(text, at - len(token))
            if word in self.changes:
                return word
            if token in self.far_change_openers:
                return self._change_in_clause(text, at - len(token))
            if self.change_time_words:
                return self._change_over_time(text, at - len(token))
        return None

    def _change_over_time(self, text: str, position: int) -> str | None:
        """The change word before a time of at most :data:`_TIME_GAP` words that ends at
        ``position`` ("est passé en mars de 500 à 550 euros", "passera en février 2025 de
        21 à 32 euros"): a word of the time finder's cues or a year among them, the others
        ``change_time_words``."""
        words = tokens_before(text, position, _TIME_GAP + 1)
        cues = self._time_cues
        timed = False
        for n in range(len(words) - 1, -1, -1):
            word = words[n].rpartition("'")[2]  # "l'an": "an"
            if n < len(words) - 1 and words[n] in self.changes:
                return words[n] if timed else None
            if word in cues or (len(word) == 4 and word.isdecimal()):
                timed = True
            elif words[n] not in self.change_time_words:
                return None
        return None

    @functools.cached_property
    def _time_cues(self) -> frozenset[str]:
        """The time finder's cue words (months, weekdays, "an", "trimestre"…)."""
        return frozenset(time_lexicon(self.lang).cue_words)

    def change_word_before(self, text: str, position: int) -> bool:
        """Whether a change word itself ends at ``position`` ("rose 3 to 5 percent")."""
        return last_token(text, position) in self.changes

    def change_link_before(self, text: str, position: int, gap: int = _CHANGE_GAP) -> bool:
        """Whether a change link after a change word (at most ``gap`` words before it) ends
        at ``position`` ("grew by")."""
        token = last_token(text, position)
        for _ in range(_FILLERS):
            if token not in self.change_link_fillers:
                break
            # "raise the minimum wage by a record 50 yen to ¥1,054": words between the link
            # and its figure
            at = position
            while at > 0 and text[at - 1] in _SPACES:
                at -= 1
            position = at - len(token)
            token = last_token(text, position)
        if token not in self.change_links:
            return False
        at = position
        while at > 0 and text[at - 1] in _SPACES:
            at -= 1
        # The change word may stand a few words before its link, with what changes in
        # between ("raises the tax rate by 3 cents to $1.125"), within the clause.
        for word in reversed(tokens_before(text, at - len(token), gap + 1)):
            if word in self.changes:
                return True
            if word[-1:] in _CLAUSE_ENDS:
                return False
        return False

    def opener_before(self, text: str, position: int) -> Cue | None:
        if last_token(text, position) not in self.opener_tails:
            return None
        match = self.opener_pattern.search(text, max(0, position - _LOOKBACK), position)
        if match is None:
            return None
        opener = surface_key(match[0])
        if opener not in self.range_only and self.change_before(text, match.start()):
            return None  # "passé de 5 % à 7 %" is a change; "fall between 5% and 10%" no
        return Cue("range", match.start(), position, self.ranges[opener])

    def _change_in_clause(self, text: str, position: int) -> str | None:
        """The change word a few words before ``position``, within its clause, what changes
        in between: "will raise the price of an adult ticket to the summit from €29.40 to
        €35.30" (a change from one figure to the other, no range)."""
        for word in reversed(tokens_before(text, position, _FAR_CHANGE_GAP + 1)):
            if word in self.changes:
                return word
            if word[-1:] in _CLAUSE_ENDS:
                return None
        return None


_TIME_GAP = 4  # at most this many words of a time between a change word and its opener
_FILLERS = 3  # at most this many change_link_fillers between a change link and its figure
_ROUND = re.compile(r"[ \u00a0\u202f]*\d{1,3}(?:[ \u00a0\u202f.,]?0{3})*(?![\d,.])")


def _round_figure(text: str, position: int, lang: str) -> bool:
    """Whether the figure after ``position`` is round: ten or more, its last digit a zero
    ("2 000", "200", "30"), or followed by a scale word (read by the caller's text), or in
    words from ten ("dans les cinquante ans"; "dans les trois zones" is where)."""
    match = _ROUND.match(text, position)
    if match is None:
        at = len(text) - len(text[position:].lstrip())
        for numeral in scan_numerals(text, lang):
            if numeral.start == at:
                return numeral.value >= 10  # "dans les deux millions"
        return True  # a scaled figure
    digits = re.sub(r"\D", "", match[0])
    return len(digits) >= 2 and digits.endswith("0")


@functools.cache
def _qualifiers(lang: str) -> _Qualifiers:
    return _Qualifiers(qualifiers_lexicon(lang), lang)


def spans_after(text: str, cue: Cue, end: int, lang: str) -> bool:
    """Whether the noun right after a figure ending at ``end`` makes its cue a span, no bound
    (``spans_after``: "voted over seven phases"; "over seven million voters" keeps its bound)."""
    table = _qualifiers(lang).spans_after
    if not table:
        return False
    nouns = table.get(surface_key(text[cue.start : cue.end].strip()))
    if not nouns:
        return False
    word = _NEXT_NOUN.match(text, end)
    return word is not None and surface_key(word[1]) in nouns


_NEXT_NOUN = re.compile(r"[ \u00a0\u202f]+([^\W\d_]+)")


def cue_before(text: str, position: int, lang: str) -> Cue | None:
    """The qualifier cue that ends at ``position`` (spaces allowed), or None."""
    return _qualifiers(lang).cue_before(text, position)


def cue_after(text: str, position: int, lang: str) -> Cue | None:
    """The qualifier cue written at ``position`` ("ou plus", "or more"), or None."""
    return _qualifiers(lang).cue_after(text, position)


def range_opener_before(text: str, position: int, lang: str) -> Cue | None:
    """A range opener ("entre", "between") ending at ``position``, with its joiners."""
    return _qualifiers(lang).opener_before(text, position)


def change_before(text: str, position: int, lang: str) -> bool:
    """Whether the figure at ``position`` is the start of a change ("passé de 5 % à 7 %")."""
    return _qualifiers(lang).change_before(text, position) is not None


def fall_before(text: str, position: int, lang: str) -> bool:
    """Whether the change word before the figure at ``position`` is one of ``falls``: "de X
    à Y" rising after it is the range of the fall, no change from X to Y.

    >>> fall_before("une nouvelle baisse de 3 à 4 %", 23, "fr")
    True
    >>> fall_before("le taux est passé de 3 à 4 %", 21, "fr")
    False
    """
    q = _qualifiers(lang)
    return q.change_before(text, position) in q.falls


def referent_after(text: str, end: int, lang: str) -> bool:
    """Whether the figure ending at ``end`` has a referent of its own, which a cue across an
    article compares with ("below the $3.4 billion analysts had expected": that amount is
    what analysts expected, exactly); "below the 2% target" keeps its bound.

    >>> referent_after("below the $3.4 billion analysts had expected", 22, "en")
    True
    >>> referent_after("below the 2% target", 12, "en")
    False
    """
    return _qualifiers(lang).referent_after(text, end)


def milestone_after(text: str, end: int, lang: str) -> bool:
    """Whether a milestone noun follows the figure ending at ``end`` ("passed the 100,000
    mark"): a verb cue across an article bounds the figure only then ("passed the $95bn aid
    package" is a bill and its amount).

    >>> milestone_after("passed the 100,000 mark", 18, "en")
    True
    >>> milestone_after("passed the $95bn aid package", 16, "en")
    False
    """
    match = _NEXT_WORD.match(text, end)
    return match is not None and match[1].lower() in _qualifiers(lang).milestone_nouns


_NEXT_WORD = re.compile(r"[ \u00a0\u202f\u2009]*([^\W\d_]+)")


def change_word_before(text: str, position: int, lang: str) -> bool:
    """Whether the figure at ``position`` comes straight after a change word ("rose 3").

    >>> change_word_before("Shares rose 3 to 5 percent", 12, "en")
    True
    >>> change_word_before("Inflation rose from 3 to 5 percent", 20, "en")
    False
    """
    return _qualifiers(lang).change_word_before(text, position)


def change_link_before(text: str, position: int, lang: str, *, far: bool = False) -> bool:
    """Whether the figure at ``position`` follows a change word and its link ("grew by"):
    "by 1.2 million to 9.8 million" is a change, then a level, when each has its own unit.
    A few words of the same clause may stand between the change word and its link; with
    ``far``, for figures too far apart to bound one range, a few more ("will raise the
    price of its US premium plan by $1 to $11.99").

    >>> change_link_before("raises the tax rate by 3 cents", 23, "en")
    True
    >>> change_link_before("was written by 3 authors", 15, "en")
    False
    """
    gap = _FAR_CHANGE_GAP if far else _CHANGE_GAP
    return _qualifiers(lang).change_link_before(text, position, gap)


def joiner_after(
    text: str,
    position: int,
    lang: str,
    joiners: tuple[str, ...] = (),
    *,
    signs_only: bool = False,
) -> int | None:
    """Where the second figure of a range may start, if a joiner is written at ``position``.

    With ``joiners`` (those of an opener: "et" after "entre"), only they count;
    otherwise the language's bare joiners ("à", "-", "to"), or only its signs.
    """
    if joiners:
        at = _skip_spaces(text, position)
        if at == position:
            return None
        for joiner in joiners:
            end = at + len(joiner)
            if text[at:end].lower() == joiner and end < len(text) and text[end] in _SPACES:
                return _skip_spaces(text, end)
        return None
    q = _qualifiers(lang)
    match = (q.sign_joiner_pattern if signs_only else q.joiner_pattern).match(text, position)
    return match.end() if match is not None else None


def may_join(text: str, position: int, lang: str) -> bool:
    """Whether :func:`joiner_after` finds a joiner at ``position`` with some joiners: the
    language's bare ones or signs, or those of one of its openers. A cheap test before
    looking for the words of a range.

    >>> may_join("entre 10 et 15", 8, "fr"), may_join("10 véhicules et 15", 2, "fr")
    (True, False)
    """
    q = _qualifiers(lang)
    if q.joiner_pattern.match(text, position) is not None:
        return True
    # joiner_after's test of an opener's joiners, for all of them at once
    at = _skip_spaces(text, position)
    if at == position:
        return False
    for size in q.opener_joiner_sizes:
        end = at + size
        if end < len(text) and text[end] in _SPACES and text[at:end].lower() in q.opener_joiner_set:
            return True
    return False


_SPACES = " \u00a0\u202f\u2009"


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in _SPACES:
        position += 1
    return position


def negating_after(text: str, position: int, lang: str) -> int | None:
    """The end of words that make a figure negative ("below zero"), or None."""
    match = _qualifiers(lang).negating_pattern.match(text, position)
    return match.end() if match is not None else None


def negating_may_start(char: str, lang: str) -> bool:
    """Whether negating words may start with ``char``, the first character after the spaces
    that follow a figure ("" at the end of the text): when not, :func:`negating_after`
    finds none there."""
    first = _qualifiers(lang).negating_first
    return first is None or (bool(char) and first.match(char) is not None)


def vague_figures(text: str, lang: str) -> list[tuple[int, int, float]]:
    """Numbers of unstated size with a lower bound: "des centaines" → (start, end, 200)."""
    q = _qualifiers(lang)
    lower = lowercase(text)
    if not q.vague or lower is None:
        return []
    if q.vague_lasts is not None and not any(word in lower for word in q.vague_lasts):
        return []  # no last word of a vague form: most texts
    found = [
        (m.start(), m.end(), q.vague[surface_key(m[0])]) for m in q.vague_pattern.finditer(lower)
    ]
    if found and q.vague_nouns:
        found = [f for f in found if not _noun_before_digits(lower, f, q.vague_nouns)]
    return found


# A link word then digits after a vague form: "scores of 115-112".
_LINK_THEN_DIGITS = re.compile(r"[ \u00a0]+[^\W\d_]+['’ \u00a0]*\d")


def _noun_before_digits(lower: str, found: tuple[int, int, float], nouns: list[str]) -> bool:
    """Whether a vague form of ``vague_nouns`` is followed by a link and digits: the noun
    ("with scores of 115-112"), no figure."""
    start, end, _ = found
    if surface_key(lower[start:end]) not in nouns:
        return False
    return _LINK_THEN_DIGITS.match(lower, end) is not None

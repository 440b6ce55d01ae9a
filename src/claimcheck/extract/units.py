"""Units of measure after a figure: "3 km", "250ml", "37 °C", "15 %", "2 points de pourcentage".

The units of a language are data (``lexicons/<lang>/units.toml``): each canonical
symbol lists its case-sensitive abbreviations and its case-insensitive names,
with the dimension it measures and its size in that dimension's base unit, so
that "7 feet 10 inches" can be added up.

>>> found = unit_after("3 kilomètres à pied", 1, "fr")
>>> found.symbol, found.end
('km', 12)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from claimcheck.extract.numerals import numbers_lexicon
from claimcheck.lexicon import load_lexicon

__all__ = [
    "HeadIndex",
    "Proportion",
    "TailIndex",
    "Unit",
    "UnitsLexicon",
    "first_words",
    "fraction_unit_after",
    "head_at",
    "is_unit_not_ordinal",
    "last_token",
    "last_tokens",
    "proportions",
    "surface_key",
    "surface_pattern",
    "surface_trie",
    "tokens_before",
    "unit_after",
    "unit_may_start",
    "units_lexicon",
]


class UnitEntry(BaseModel):
    """One canonical unit of ``units.toml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    dimension: str
    factor: float
    symbols: list[str]
    words: list[str]


class UnitsLexicon(BaseModel):
    """The schema of ``lexicons/<lang>/units.toml`` (its header documents each key)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    clause_final: list[str]
    quote_marks: list[str]
    context_units: dict[str, dict[str, list[str]]]
    ordinal_units: list[str]
    unit_cues: list[str]
    proportion_joiners: list[str]
    units: dict[str, UnitEntry]
    # names that are a unit only after a figure with decimals: see units.toml's header
    fraction_units: dict[str, list[str]] = {}
    # words between two units that make a rate of them ("gramme par litre"): see the header
    per_words: list[str] = []
    # words of size after which a clause-final unit is the unit ("2 1/2 in thick")
    size_words: list[str] = []
    # scale letters glued to a figure that are a unit in a sentence with one of their cue
    # words ("573.15K" beside "temperatures"): see units.toml's header
    scale_units: dict[str, list[str]] = {}


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit found in the text, with where its surface form ends."""

    symbol: str
    dimension: str
    factor: float
    start: int
    end: int


def units_lexicon(lang: str) -> UnitsLexicon:
    """The validated units lexicon of ``lang`` (cached)."""
    lexicon: UnitsLexicon = load_lexicon(lang, "units", UnitsLexicon)
    return lexicon


_GAP = "[ \u00a0\u202f\u2009]*"
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD_AFTER = re.compile(r"[ \u00a0\u202f\u2009]*[^\W_]")


def surface_pattern(form: str) -> str:
    """A regex for a written form: any run of spaces for a space, either apostrophe for '."""
    parts = []
    for char in form:
        if char == " ":
            parts.append("[ \u00a0\u202f\u2009]+")
        elif char in "'’":
            parts.append("['’]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def surface_trie(
    forms: Iterable[str], tail: Callable[[str], str] | None = None, space: str = ""
) -> str:
    """One regex for written forms, as :func:`surface_pattern` writes each, shared prefixes
    written once (a position costs a test per character, not one per form); ``tail`` gives
    what follows a form's pattern, ``space`` what a space is written as (a run of spaces
    if empty). It matches what the alternation of the forms matches,
    the longer continuation tried first (as an alternation sorted longest first does).

    >>> surface_trie(["km", "kg", "k m"])
    'k(?:[ \u00a0\u202f\u2009]+m|g|m)'
    """
    root: dict[str, Any] = {}
    for form in forms:
        node = root
        for char in form:
            # either apostrophe is written ['’]: one branch for both
            node = node.setdefault("'" if char == "’" else char, {})
        node[""] = form
    return _trie_pattern(root, tail, space)


def _trie_pattern(node: dict[str, Any], tail: Callable[[str], str] | None, space: str) -> str:
    """The pattern of a :func:`surface_trie` node: its branches, then the end of its form."""
    branches = [
        (space if char == " " and space else surface_pattern(char))
        + _trie_pattern(child, tail, space)
        for char, child in sorted(node.items())
        if char
    ]
    if "" in node:
        branches.append(tail(node[""]) if tail is not None else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def surface_key(form: str) -> str:
    """The key a written form is looked up by (lowercase, one space, one apostrophe)."""
    return " ".join(form.lower().replace("’", "'").split())


class _TextMemo:
    """Answers about positions of the last text read, dropped when another text comes: the
    finders ask about the words around one figure several times (each unit, currency and
    cue test reads the word after or before it). Its readers test ``text`` by identity
    (the memo holds it, so no other string can take its place) and keep ``answers`` by
    position."""

    __slots__ = ("answers", "text")

    def __init__(self) -> None:
        self.text = ""
        self.answers: dict[int, Any] = {}


_LAST_TOKENS = _TextMemo()
_TAILS = _TextMemo()
_HEADS = _TextMemo()


def last_token(text: str, position: int) -> str:
    """The lowercase run of non-space characters that ends (spaces allowed) at ``position``.

    A cheap key to rule out cue patterns before running them: a cue can end
    there only if its last token is this one.

    >>> last_token("il a dépassé les  100", 18), last_token("(US$100", 4)
    ('les', 'us$')
    """
    memo = _LAST_TOKENS
    if text is not memo.text:  # another text: its answers are new
        memo.text, memo.answers = text, {}
    answers = memo.answers
    token: str | None = answers.get(position)
    if token is None:
        token = answers[position] = _last_token(text, position)
    return token


def _last_token(text: str, position: int) -> str:
    """:func:`last_token`, read from the text."""
    end = position
    while end > 0 and text[end - 1] in " \u00a0\u202f\u2009":
        end -= 1
    tokens = text[max(0, end - 24) : end].rsplit(None, 1)
    if not tokens or (end > 24 and len(tokens) == 1 and not text[end - 25].isspace()):
        return ""
    return tokens[-1].lstrip("([«\"“'’").lower().replace("’", "'")


def tokens_before(text: str, position: int, count: int) -> list[str]:
    """The last ``count`` runs of non-space characters before ``position``, lowercase.

    >>> tokens_before("il a dépassé les  100", 18, 2)
    ['dépassé', 'les']
    """
    tokens = text[max(0, position - 64) : position].lower().replace("’", "'").split()
    return tokens[-count:]


class TailIndex:
    """Which written forms may end just before a position, by their last two tokens.

    A cheap test to rule out a cue pattern before running it: "plus de" may end
    before "de 100" only if the token before "de" is "plus".
    """

    def __init__(self, forms: Iterable[str], optional: Iterable[str] = ()) -> None:
        self.singles: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        for form in forms:
            tokens = surface_key(form).split()
            if len(tokens) == 1:
                self.singles.add(tokens[0])
            elif tokens:
                self.pairs.add((tokens[-2], tokens[-1]))
        self.glued = tuple(
            t for t in self.singles | {b for _, b in self.pairs} if not t[-1].isalnum()
        )
        self.optional = frozenset(surface_key(w) for w in optional)
        # Every last token a form may end with: with the optional words, most positions are
        # ruled out by a set test on the last token alone, before the tokens are read.
        self.lasts = self.singles | {b for _, b in self.pairs}

    def _ends(self, tokens: list[str]) -> bool:
        if not tokens:
            return False
        # An elided article may be glued to a cue's first word: "d'au moins", "d'environ".
        last = tokens[-1].lstrip("([«\"“'")
        bare = last.rpartition("'")[2]
        if last in self.singles or bare in self.singles or last.endswith(self.glued):
            return True
        if len(tokens) < 2:
            return False
        previous = tokens[-2].lstrip("([«\"“'")
        return (previous, last) in self.pairs or (previous.rpartition("'")[2], last) in self.pairs

    def may_end(self, text: str, position: int) -> bool:
        """Whether one of the forms may end at ``position`` (an optional word may follow it)."""
        memo = _TAILS
        if text is not memo.text:  # another text: its answers are new
            memo.text, memo.answers = text, {}
        answers = memo.answers
        tail: tuple[str, str] | None = answers.get(position)
        if tail is None:
            tail = answers[position] = _tail(text, position)
        raw, last = tail
        if not raw:
            return False
        if (
            raw not in self.optional
            and last not in self.lasts
            and last.rpartition("'")[2] not in self.singles
            and not last.endswith(self.glued)
        ):
            return False
        tokens = tokens_before(text, position, 3)
        if self._ends(tokens):
            return True
        return bool(tokens) and tokens[-1] in self.optional and self._ends(tokens[:-1])


def _tail(text: str, position: int) -> tuple[str, str]:
    """The last run of non-space characters before ``position`` (within 64 characters),
    lowercase with one apostrophe, and that run without its opening marks ("", "" if none).
    """
    tail = text[max(0, position - 64) : position].rsplit(None, 1)
    if not tail:
        return "", ""
    raw = tail[-1].lower().replace("’", "'")
    return raw, raw.lstrip("([«\"“'")


class HeadIndex:
    """Which written forms may start at a position, by their first letters or sign.

    A cheap test to rule out a unit or currency pattern before running it: after
    "12 300", "véhicules" starts no unit.
    """

    def __init__(self, forms: Iterable[str]) -> None:
        self.words: set[str] = set()
        # Letters a mark follows within the form ("A$", "Fr.", "d'"), with that mark: the
        # French verb "a" after a figure starts no "A$", the article "d" no "d'".
        self.glued: set[tuple[str, str]] = set()
        self.signs: set[str] = set()
        for form in forms:
            key = surface_key(form)
            letters = _LETTERS.match(key)
            if letters is None:
                if key:
                    self.signs.add(key[0])
                continue
            mark = key[letters.end() : letters.end() + 1]
            if mark in ("", " "):
                self.words.add(letters[0])
            else:
                self.glued.add((letters[0], mark))

    def may_start(self, text: str, position: int) -> bool:
        """Whether one of the forms may start at ``position`` (after spaces).

        >>> heads = HeadIndex(["euros", "A$", "d'"])
        >>> [heads.may_start(t, 0) for t in (" Euros", "A$", "a produit", "d’euros", "de")]
        [True, True, False, True, False]
        """
        return self.holds(head_at(text, position))

    def holds(self, head: tuple[str, str | None, str]) -> bool:
        """Whether one of the forms may start with ``head``, what :func:`head_at` read."""
        char, word, mark = head
        if word is None:
            return char in self.signs if char else False
        if word in self.words:
            return True
        return (word, mark) in self.glued


def head_at(text: str, position: int) -> tuple[str, str | None, str]:
    """What starts at ``position`` after spaces (see :func:`_head`), kept for the last text:
    every currency, unit and cue test after a figure reads it.

    >>> head_at("12 300 véhicules", 6)
    ('v', 'véhicules', '')
    """
    memo = _HEADS
    if text is not memo.text:  # another text: its answers are new
        memo.text, memo.answers = text, {}
    answers = memo.answers
    head: tuple[str, str | None, str] | None = answers.get(position)
    if head is None:
        head = answers[position] = _head(text, position)
    return head


def _head(text: str, position: int) -> tuple[str, str | None, str]:
    """What starts at ``position`` after spaces: its first character ("" at the end of the
    text), the lowercase letters from there (None when it is no letter) and the character
    after them, with one apostrophe."""
    at = position
    while at < len(text) and text[at] in " \u00a0\u202f\u2009":
        at += 1
    if at >= len(text):
        return "", None, ""
    if not text[at].isalpha():
        return text[at], None, ""
    letters = _LETTERS.match(text, at)
    if letters is None:
        return text[at], "", ""  # a letter that is no word character: no form starts there
    mark = text[letters.end() : letters.end() + 1].replace("’", "'")
    return text[at], letters[0].lower(), mark


def last_tokens(forms: Iterable[str]) -> frozenset[str]:
    """The last tokens of written forms, as :func:`last_token` reads them."""
    return frozenset(surface_key(f).split()[-1] for f in forms if f.split())


_SPACE_OR_HYPHEN = "(?:[ \u00a0\u202f\u2009]+|-)"


class _Units:
    def __init__(self, lexicon: UnitsLexicon, links: list[str]) -> None:
        self.clause_final = {surface_key(w) for w in lexicon.clause_final}
        self.size_words = frozenset(w.lower() for w in lexicon.size_words)
        self.quote_marks = frozenset(lexicon.quote_marks)
        self.entries = lexicon.units
        self.context_units = {
            unit: {target: frozenset(w.lower() for w in words) for target, words in cues.items()}
            for unit, cues in lexicon.context_units.items()
        }
        self.symbols: dict[str, tuple[str, UnitEntry]] = {}
        self.words: dict[str, tuple[str, UnitEntry]] = {}
        for name, entry in lexicon.units.items():
            for symbol in entry.symbols:
                self.symbols[" ".join(symbol.split())] = (name, entry)
            for word in entry.words:
                self.words[surface_key(word)] = (name, entry)
        # (both as tries: an alternation of the hundreds of forms costs a test per form)
        symbols = surface_trie(self.symbols)
        # In an adjectival compound the words of a unit's name are hyphenated too: "a
        # 2,400-square-foot home", "a 650,000 barrels-per-day refinery".
        words = surface_trie(self.words, space=_SPACE_OR_HYPHEN)
        # A unit ends where a word ends; a symbol made of signs ("%", "°") needs nothing more.
        self.heads = HeadIndex([*self.symbols, *self.words, *links])
        self.first_words = frozenset(
            f.lower().split()[0] for f in [*self.symbols, *self.words] if f.split()
        )
        link = "|".join(surface_pattern(w) for w in sorted(links, key=len, reverse=True))
        link = rf"(?:(?i:{link})(?<=['’])|(?i:{link})[ \u00a0\u202f\u2009]+)"
        # (the sources only: see pattern)
        self._source = (
            rf"{_GAP}(?P<link>{link})?"
            rf"(?:(?P<word>(?i:{words}))|(?P<symbol>{symbols}))(?![^\W\d_]|['’]\w)"
        )
        self.fraction_words = {
            surface_key(word): name
            for name, names in lexicon.fraction_units.items()
            for word in names
        }
        fractions = "|".join(
            surface_pattern(w) for w in sorted(self.fraction_words, key=len, reverse=True)
        )
        self._fraction_source = (
            rf"(?:[ \u00a0\u202f\u2009]+|-)(?P<word>(?i:{fractions}))(?![^\W\d_]|['’]\w)"
            if fractions
            else None
        )
        # "120 g/km", "8 t/ha", "50 mg/l": a unit per another unit's symbol is a rate, and
        # so is one per another's name ("1,2 gramme par litre", "2 grams per litre").
        pers = "|".join(
            surface_pattern(w) for w in sorted(lexicon.per_words, key=len, reverse=True)
        )
        per_word = (
            rf"|[ \u00a0\u202f\u2009]+(?i:{pers})[ \u00a0\u202f\u2009]+(?P<word>(?i:{words}))"
            if pers
            else ""
        )
        self._per_source = rf"(?:/(?P<symbol>{symbols}){per_word})(?![^\W\d_]|['’]\w)"

    # The patterns are compiled when a text first needs one (a word after a figure that may
    # start a unit, a slash after a unit, a fraction of a unit), not with the rest: each
    # costs milliseconds to compile, mostly for its hundreds of forms' space classes.
    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """A unit's symbol or name after a figure (a noun link allowed before it)."""
        return re.compile(self._source)

    @functools.cached_property
    def fraction_pattern(self) -> re.Pattern[str] | None:
        """A unit a fraction is a part of ("0,8 point"), None when the language has none."""
        return None if self._fraction_source is None else re.compile(self._fraction_source)

    @functools.cached_property
    def per_pattern(self) -> re.Pattern[str]:
        """Another unit a unit is per: "/km", "par litre"."""
        return re.compile(self._per_source)

    def _word(self, word: str) -> tuple[str, UnitEntry]:
        key = surface_key(word)
        return self.words.get(key) or self.words[surface_key(word.replace("-", " "))]

    def fraction_after(self, text: str, position: int) -> Unit | None:
        if self.fraction_pattern is None:
            return None
        match = self.fraction_pattern.match(text, position)
        if match is None:
            return None
        name = self.fraction_words[surface_key(match["word"])]
        entry = self.entries[name]
        return Unit(name, entry.dimension, entry.factor, match.start("word"), match.end())

    def _size_after(self, text: str, end: int) -> bool:
        """Whether a word of size ending its clause follows a clause-final unit: "2 1/2 in
        thick,"."""
        if not self.size_words:
            return False
        word = _SIZE_WORD.match(text, end)
        return word is not None and word[1].lower() in self.size_words

    def size_follows(self, text: str, end: int) -> bool:
        """Whether a word of size follows ``end``, ending its clause or not ("6 feet, 2
        inches tall")."""
        word = _SIZE_WORD_AFTER.match(text, end)
        return word is not None and word[1].lower() in self.size_words

    def after(self, text: str, position: int, linked: bool) -> Unit | None:
        # An adjectival compound joins the figure and the unit by a hyphen: "a 2.5-mile
        # stretch", "un tunnel de 2,5-km".
        hyphen = text.startswith("-", position)
        if hyphen:
            position += 1
        if not self.heads.may_start(text, position):
            return None
        match = self.pattern.match(text, position)
        if match is None or (match["link"] and not linked):
            return None
        if match["link"] and match["word"] is None and len(match["symbol"]) < 2:
            return None  # "3 milliards de m3" has its unit; "1 million de t" is no tonnage
        if hyphen and (match.start() != position or match["link"]):
            return None
        if match["word"] is not None:
            key = surface_key(match["word"])
            if key not in self.words:
                key = surface_key(match["word"].replace("-", " "))  # "square-foot"
            if (
                key in self.clause_final
                and (hyphen or _WORD_AFTER.match(text, match.end()))
                and not self._size_after(text, match.end())
            ):
                return None  # "5 in 2023", "3 in 10 people", "3-in-1": the preposition
            name, entry = self.words[key]
            start = match.start("word")
        else:
            symbol = " ".join(match["symbol"].split())
            if symbol in self.quote_marks and _closes_quote(text, match.start("symbol"), symbol):
                return None  # 'the class "English 101"': the mark closes a quotation
            model = _MODEL_AFTER.match(text, match.end())
            if model is not None and self.after(text, model.end(), False) is None:
                return None  # "35 F-35 fighter jets": a model's letter; not "104F-105F"
            name, entry = self.symbols[symbol]
            start = match.start("symbol")
        if name in self.context_units:
            name = _read_in_context(text, start, match.end(), self.context_units[name]) or name
            entry = self.entries[name]
        per = self.per_pattern.match(text, match.end())
        if per is not None:
            per_name, per_entry = (
                self.symbols[" ".join(per["symbol"].split())]
                if per["symbol"] is not None
                else self._word(per["word"])
            )
            return Unit(
                f"{name}/{per_name}",
                f"{entry.dimension}/{per_entry.dimension}",
                entry.factor / per_entry.factor,
                start,
                per.end(),
            )
        return Unit(name, entry.dimension, entry.factor, start, match.end())


# A hyphen and digits glued after a unit symbol make a model's name ("F-35", "B-52").
# A word of size that ends its clause ("6 in wide.", "2 1/2 in thick, "); before a noun it
# is no measure's ("ranked 2 in tall buildings").
_SIZE_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_SIZE_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)(?=[ \u00a0]*(?:[.,;:!?)]|\n|\Z))")
_MODEL_AFTER = re.compile(r"-\d+(?:[.,]\d+)?")
_QUOTE_WINDOW = 300
_OPENS_AFTER = frozenset(" \t\n([{«“‘")


def _closes_quote(text: str, position: int, mark: str) -> bool:
    """Whether the quotation mark at ``position`` closes one opened before it on its line.

    A mark at the start of a word opens a quotation; one glued after a word or a figure
    closes one. The marks are counted back to the line's start (at most a few hundred
    characters): more openings than closings leave a quotation open.

    >>> _closes_quote('The class is "English 101".', 24, '"')
    True
    >>> _closes_quote('Boards of 5" and 6" were cut.', 18, '"')
    False
    """
    start = max(text.rfind("\n", 0, position) + 1, position - _QUOTE_WINDOW)
    open_count = 0
    at = text.find(mark, start, position)
    while at != -1:
        if at == 0 or text[at - 1] in _OPENS_AFTER:
            open_count += 1
        elif open_count:
            open_count -= 1
        at = text.find(mark, at + len(mark), position)
    return open_count > 0


_SENTENCE_WINDOW = 200
_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)|\n")
_WORD = re.compile(r"°?[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "°C" names a scale too


def _read_in_context(
    text: str, start: int, end: int, cues: dict[str, frozenset[str]]
) -> str | None:
    """The unit a word of the sentence around ``text[start:end]`` makes of an ambiguous one.

    Bare degrees are Celsius in a sentence that names the scale ("−273.15° on the Celsius
    scale"); the cues are lexicon data, and the cue word nearest the unit wins.

    >>> cues = {"°C": frozenset({"celsius"}), "°F": frozenset({"fahrenheit"})}
    >>> text = "zero is −273.15° on the Celsius scale and −459.67° on the Fahrenheit scale"
    >>> _read_in_context(text, 8, 16, cues), _read_in_context(text, 42, 50, cues)
    ('°C', '°F')
    """
    first = max(0, start - _SENTENCE_WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, first, start)]
    first = ends[-1] if ends else first
    after = _SENTENCE_END.search(text, end, end + _SENTENCE_WINDOW)
    last = after.start() if after else min(len(text), end + _SENTENCE_WINDOW)
    nearest: tuple[int, str] | None = None
    for word in _WORD.finditer(text, first, last):
        key = word[0].lower()
        for unit, words_of_unit in cues.items():
            if key in words_of_unit:
                distance = start - word.end() if word.end() <= start else word.start() - end
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, unit)
    return nearest[1] if nearest is not None else None


class _OrdinalUnits:
    def __init__(self, lang: str) -> None:
        lexicon = units_lexicon(lang)
        self.words = frozenset(surface_key(w) for w in lexicon.ordinal_units)
        self.cues = frozenset(surface_key(w) for w in lexicon.unit_cues)
        numbers = numbers_lexicon(lang)
        # "for a second year running": a noun though it ends a counted one
        self.stops = frozenset(surface_key(w) for w in numbers.noun.stops) - frozenset(
            surface_key(w) for w in numbers.ordinal_fraction_nouns
        )


@functools.cache
def _ordinal_units(lang: str) -> _OrdinalUnits:
    return _OrdinalUnits(lang)


_NEXT_WORD = re.compile(r"[ \u00a0\u202f\u2009]*(?:-[ \u00a0]*)?([^\W\d_]+)")


def is_unit_not_ordinal(text: str, start: int, end: int, lang: str) -> bool:
    """Whether an ordinal word that is also a unit ("seconde") is the unit here.

    It is the unit after a cue of the unit ("de", "par", "of a") when no noun follows
    it: "quatre centièmes de seconde", "per second"; "la seconde fois", "de seconde
    main", "a second term" keep the ordinal.

    >>> is_unit_not_ordinal("en quatre centièmes de seconde.", 23, 30, "fr")
    True
    >>> is_unit_not_ordinal("pour la seconde fois", 9, 16, "fr")
    False
    """
    ordinal_units = _ordinal_units(lang)
    if surface_key(text[start:end]) not in ordinal_units.words:
        return False
    before = tokens_before(text, start, 1)
    if not before or before[0] not in ordinal_units.cues:
        return False
    following = _NEXT_WORD.match(text, end)
    return following is None or following[1].lower() in ordinal_units.stops


@dataclass(frozen=True, slots=True)
class Proportion:
    """A share said as two counts: "un Français sur trois" (``noun`` "Français"), "1 in 4"."""

    start: int
    end: int
    count: float
    whole: float
    noun: tuple[int, int] | None  # the counted noun between the counts, if any

    @property
    def percent(self) -> float:
        """The share in percent."""
        return self.count / self.whole * 100


_COUNT_TOKEN = re.compile(r"\S+")
_NOUN_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_AFTER_WHOLE = re.compile(r"[ \u00a0\u202f\u2009]*([^\W\d_]+)")
_WORDS_AFTER_WHOLE = re.compile(r"[ \u00a0\u202f\u2009]*([^\W\d_]+(?:['’-][^\W\d_]+)*)")
_MAX_WHOLE = 1000  # "5 in 2023" is a year
_MAX_GROUPED_WHOLE = 1_000_000
_GROUP_MARKS = re.compile(r"[ \u00a0\u202f\u2009.,'’]")


class _Proportions:
    def __init__(self, lang: str) -> None:
        numbers = numbers_lexicon(lang)
        self.counts = {w.lower(): v for w, v in numbers.cardinals.items() if v >= 1 and v == int(v)}
        self.wholes = dict(self.counts)
        for word in numbers.bare_scales:
            value = numbers.scales.get(word) or numbers.hundreds.get(word)
            if value is not None and value <= _MAX_WHOLE:
                self.wholes[word.lower()] = value
        self.stops = frozenset(surface_key(w) for w in numbers.noun.stops)
        self.labels = frozenset(w.lower() for w in numbers.labels)
        self.plurals = tuple(numbers.noun.head_suffixes)
        self.not_plurals = tuple(numbers.noun.not_head_suffixes)
        self.not_heads = frozenset(w.lower() for w in numbers.noun.not_heads)
        self.participles = tuple(numbers.noun.stop_suffixes)
        self.not_participles = tuple(numbers.noun.not_stop_suffixes)
        # the words before the head of the whole's noun: "in 33 league games"
        self.modifiers = max(0, numbers.noun.max_words - 1)
        joiners = units_lexicon(lang).proportion_joiners
        joined = "|".join(surface_pattern(w) for w in sorted(joiners, key=len, reverse=True))
        words = "|".join(re.escape(w) for w in sorted(self.wholes, key=len, reverse=True))
        # The pattern opens on the joiner, so that the engine skips most positions on its
        # first letter; the counts before it are read backwards.
        self.pattern = (
            re.compile(
                rf"(?:{joined})[ \u00a0\u202f\u2009]+"
                rf"(?P<whole>\d{{1,3}}(?:[ \u00a0\u202f\u2009.,'’]\d{{3}})+|\d{{1,4}}|{words})"
                # the whole number, not its head: "sur 10,5", "in 1,0005"
                rf"(?![^\W\d_]|-[^\W\d_]|[.,'’ \u00a0\u202f\u2009]?\d)"
            )
            if joiners
            else None
        )
        self.lang = lang
        # the last text read, its lowercase, shares and idioms
        self._last: tuple[str, str, list[Proportion], list[Proportion]] = ("", "", [], [])

    def find(self, text: str, lower: str, *, always: bool = False) -> list[Proportion]:
        """The shares of ``text``; with ``always``, only the idioms that say "all the time"
        instead ("24 heures sur 24", "7 jours sur 7").

        Both are read in one pass, kept for the last text: the numbers finder asks for the
        shares, its look-alikes for the idioms."""
        last_text, last_lower, shares, idioms = self._last
        if text != last_text or lower != last_lower:
            shares, idioms = self._find(text, lower)
            self._last = (text, lower, shares, idioms)
        return list(idioms if always else shares)

    def _find(self, text: str, lower: str) -> tuple[list[Proportion], list[Proportion]]:
        """The shares of ``text`` and its idioms of "all the time", in one pass."""
        shares: list[Proportion] = []
        idioms: list[Proportion] = []
        if self.pattern is None:
            return shares, idioms
        for match in self.pattern.finditer(lower):
            joiner = match.start()
            if joiner == 0 or lower[joiner - 1] not in " \u00a0\u202f\u2009":
                continue
            whole_text = match["whole"]
            digits = _GROUP_MARKS.sub("", whole_text)
            whole = float(digits) if digits.isdecimal() else self.wholes[whole_text]
            # A year is no whole ("5 in 2023"); a grouped number is none ("1 sur 10 000").
            limit = _MAX_WHOLE if digits == whole_text else _MAX_GROUPED_WHOLE
            if not 2 <= whole <= limit or self._measured(text, match.end()):
                continue  # "3 in 10 minutes", "1 sur 10 km"
            read = self._count_before(text, lower, joiner)
            if read is None:
                continue
            start, count, noun = read
            if (
                noun is not None
                and count >= 2
                and self._counted_whole(text, lower, match.end(), lower[noun[0] : noun[1]])
            ):
                continue  # "29 goals in 38 matches": a rate of two counted things, no share
            idiom = count == whole and noun is not None and self._time_unit(text, noun)
            if count <= whole:  # "24 heures sur 24": always, no share
                (idioms if idiom else shares).append(
                    Proportion(start, match.end(), count, whole, noun)
                )
        return shares, idioms

    def _counted_whole(self, text: str, lower: str, end: int, noun: str) -> bool:
        """Whether the whole counts a noun of its own, another than the count's ``noun``: a
        plural (by the lexicon's ``noun.head_suffixes``) right after it or after up to
        ``noun.max_words`` - 1 words that qualify it ("29 goals in 38 matches", "19 goals in
        33 league games"), or an acronym right after it ("trois mois sur 15 000 GPU"). A
        share's whole has none or a verb ("3 people in 10 smoke"); "one match in 10 matches"
        counts the same thing twice, a share."""
        word = _WORDS_AFTER_WHOLE.match(lower, end)
        if word is None or surface_key(word[1]) in self.stops:
            return False
        if text[word.start(1) : word.end(1)].isupper() and len(word[1]) > 1:
            return True  # an acronym counts things: "GPU", "EPR", "TGV"
        if not self.plurals:
            return False
        for _ in range(self.modifiers + 1):
            head = word[1]
            if self._plural(head):
                return head != noun.split()[-1]
            if head.endswith(self.participles) and not head.endswith(self.not_participles):
                return False  # "3 people in 10 surveyed said": a clause of its own
            word = _WORDS_AFTER_WHOLE.match(lower, word.end())
            if word is None or surface_key(word[1]) in self.stops:
                return False
        return False

    def _plural(self, word: str) -> bool:
        """Whether ``word`` ends like a plural noun and is one ("matches", not "excess")."""
        return (
            word.endswith(self.plurals)
            and len(word) > 3
            and not (self.not_plurals and word.endswith(self.not_plurals))
            and word not in self.not_heads
        )

    def _measured(self, text: str, end: int) -> bool:
        """Whether a unit or a unit of time follows the whole: no share, a measure."""
        if unit_after(text, end, self.lang) is not None:
            return True
        word = _AFTER_WHOLE.match(text, end)
        return word is not None and self._time_unit(text, word.span(1))

    def _time_unit(self, text: str, span: tuple[int, int]) -> bool:
        """Whether the word at ``span`` is a unit of time ("heures", "days")."""
        from claimcheck.extract.time_lexicon import normalize, time_lexicon

        word = text[span[0] : span[1]]
        meanings = time_lexicon(self.lang).phrases.get((normalize(word),), ())
        return any(category == "unit" for category, _ in meanings)

    def _count_before(
        self, text: str, lower: str, joiner: int
    ) -> tuple[int, float, tuple[int, int] | None] | None:
        """The count before a joiner, with up to two noun words between them."""
        window = max(0, joiner - 64)
        tokens = [(m.start(), m.end()) for m in _COUNT_TOKEN.finditer(lower, window, joiner)]
        if window and tokens and tokens[0][0] == window:
            tokens = tokens[1:]  # cut by the window
        nouns: list[tuple[int, int]] = []
        for start, end in reversed(tokens):
            token = lower[start:end]
            bare = token.rpartition("'")[2].rpartition("’")[2]
            count = float(bare) if bare.isdecimal() and len(bare) <= 3 else self.counts.get(bare)
            if count is not None:
                start = end - len(bare)
                before = lower[max(0, start - 2) : start].rstrip(" \u00a0\u202f\u2009")
                if before[-1:].isdecimal():
                    return None  # "12 300 sur": the tail of a grouped number
                words_before = lower[max(0, start - 24) : start].split()
                if words_before and words_before[-1] in self.labels:
                    return None  # "un essai de phase 3 mené sur 1 736 patients": a label
                noun = (nouns[-1][0], nouns[0][1]) if nouns else None
                return start, count, noun
            if len(nouns) == 2 or not _NOUN_TOKEN.fullmatch(token) or token in self.stops:
                return None
            nouns.append((start, end))
        return None


@functools.cache
def _proportions(lang: str) -> _Proportions:
    return _Proportions(lang)


def proportions(text: str, lang: str, lower: str) -> list[Proportion]:
    """The shares said as two counts in ``text`` ("un Français sur trois", "one in five").

    ``lower`` is the lowercase of ``text`` with the same offsets. The whole is at most a
    thousand and is no measure ("3 in 10 minutes" is none).

    >>> found = proportions("Un Français sur trois part.", "fr", "un français sur trois part.")
    >>> [(p.start, p.end, round(p.percent, 2), p.noun) for p in found]
    [(0, 21, 33.33, (3, 11))]
    """
    return _proportions(lang).find(text, lower)


def always_spans(text: str, lang: str, lower: str) -> list[tuple[int, int]]:
    """The idioms that say "all the time" with two equal counts around a unit of time
    ("24 heures sur 24", "7 jours sur 7"): no share, no duration.

    >>> text = "Ouvert 24 heures sur 24, un jour sur deux."
    >>> [text[a:b] for a, b in always_spans(text, "fr", text.lower())]
    ['24 heures sur 24']
    """
    return [(p.start, p.end) for p in _proportions(lang).find(text, lower, always=True)]


@functools.cache
def _units(lang: str) -> _Units:
    return _Units(units_lexicon(lang), numbers_lexicon(lang).noun.links)


def first_words(lang: str) -> frozenset[str]:
    """The lowercase first words of every unit name and symbol of ``lang``."""
    return _units(lang).first_words


def fraction_unit_after(text: str, position: int, lang: str) -> Unit | None:
    """The unit a figure with decimals takes from a word that is no unit after a whole
    one: "0,8 point" is a percentage point, "3 points" in a match is not.

    >>> fraction_unit_after("baisse de 0,8 point sur un an", 13, "fr").symbol
    'pp'
    """
    return _units(lang).fraction_after(text, position)


def scale_unit(text: str, start: int, end: int, letters: str, lang: str) -> Unit | None:
    """The unit the scale letters ``letters`` ending a figure at ``text[start:end]`` stand
    for in their sentence, or None: "573.15K" beside "temperatures" is kelvin; "32K" in a
    sentence of salaries stays a thousand (the caller's reading).

    >>> scale_unit("temperatures of 300 °C (573.15K)", 25, 32, "K", "en").symbol
    'K'
    >>> scale_unit("salaries of 32K", 12, 15, "K", "en") is None
    True
    """
    lexicon = units_lexicon(lang)
    cues = lexicon.scale_units.get(letters)
    if not cues or letters not in lexicon.units:
        return None
    if _read_in_context(text, start, end, {letters: frozenset(w.lower() for w in cues)}) is None:
        return None
    entry = lexicon.units[letters]
    return Unit(letters, entry.dimension, entry.factor, end - len(letters), end)


def unit_may_start(head: tuple[str, str | None, str], lang: str) -> bool:
    """Whether a unit (or a link before one) may start with ``head``, what :func:`head_at`
    read after a figure: when not, :func:`unit_after` finds none there."""
    return _units(lang).heads.holds(head)


def size_word_after(text: str, position: int, lang: str) -> bool:
    """Whether a word of size (``size_words``: "tall", "long") follows ``position``.

    >>> size_word_after("6 feet, 2 inches tall and fit", 16, "en")
    True
    """
    return _units(lang).size_follows(text, position)


def unit_after(text: str, position: int, lang: str, *, linked: bool = False) -> Unit | None:
    """The unit written at ``position`` (after optional spaces or one hyphen), or None.

    ``linked`` allows "de"/"of" before a unit name, as after a scale word
    ("37 milliards de tonnes").
    """
    return _units(lang).after(text, position, linked)

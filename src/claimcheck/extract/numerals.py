"""Numerals: every cardinal and ordinal number of a text, in digits or in words.

:func:`scan_numerals` is the shared reader of figures: the numbers finder builds
percentages, amounts and quantities on it, the time finder reads durations
("six mois", "dix-huit mois") with it. Offsets are those of the caller's string.

Digits are read in every grouping style seen in news (``100 000`` with a space,
a no-break or a narrow no-break space, ``100.000``, ``100,000``, ``1'000``);
a mark that is the language's decimal mark groups thousands only when it is
repeated ("1,000,000") and reads as decimal otherwise ("1,5" in French). Words
follow the arithmetic of the language as given by its lexicon
(``lexicons/<lang>/numbers.toml``): units, teens and tens add up, a hundred
multiplies the group before it, scale words multiply everything before them
and must decrease ("un million deux cent mille").

>>> [(n.text, n.value) for n in scan_numerals("Il a vendu 3,2 millions de voitures.", "fr")]
[('3,2 millions', 3200000.0)]
>>> [(n.text, n.value, n.ordinal) for n in scan_numerals("the twenty-first edition", "en")]
[('twenty-first', 21.0, True)]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from claimcheck.extract.memo import LastRead
from claimcheck.lexicon import load_lexicon

__all__ = [
    "LookalikeRules",
    "NounRules",
    "NumbersLexicon",
    "Numeral",
    "lowercase",
    "numbers_lexicon",
    "scan_numerals",
    "word_alternation",
]


@dataclass(frozen=True, slots=True, init=False)
class Numeral:
    """One number of the text: its offsets, its text and its value.

    ``ordinal`` marks "3e", "troisième", "21st"; ``spelled`` marks a number
    written (at least partly) in words ("six", "1,5 million").
    """

    start: int
    end: int
    text: str
    value: float
    ordinal: bool = False
    spelled: bool = False

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        value: float,
        ordinal: bool = False,
        spelled: bool = False,
    ) -> None:
        """What the dataclass's own ``__init__`` does, at about half its cost: each slot
        is set by its own setter rather than by ``object.__setattr__`` looked up anew."""
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_TEXT(self, text)
        _SET_VALUE(self, value)
        _SET_ORDINAL(self, ordinal)
        _SET_SPELLED(self, spelled)


# The slots' setters Numeral.__init__ uses (the class is frozen: no other code sets them).
_SET_START, _SET_END, _SET_TEXT, _SET_VALUE, _SET_ORDINAL, _SET_SPELLED = (
    Numeral.__dict__[name].__set__
    for name in ("start", "end", "text", "value", "ordinal", "spelled")
)


class NounRules(BaseModel):
    """How the counted noun after a figure is read (``[noun]`` of ``numbers.toml``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    links: list[str]
    stops: list[str]
    max_words: int
    stop_suffixes: list[str]
    # endings that hold a stop suffix but end no participle ("speed", "need"): see the header
    not_stop_suffixes: list[str] = []
    head_suffixes: list[str]
    # endings and words that hold a head suffix but are no plural ("excess", "measles")
    not_head_suffixes: list[str] = []
    not_heads: list[str] = []
    heads: list[str]
    # endings of a verb right after a content word: see numbers.toml's header
    verb_suffixes: list[str] = []
    # stop words that are the counted noun right after a figure ("7 000 pas par jour")
    first_nouns: list[str] = []
    # stop words that lead into the counted noun right after a figure ("1,000 more teachers")
    noun_leads: list[str] = []
    # endings of a participle after a fraction: it is no noun ("un tiers reversé à l'ESA")
    fraction_verb_suffixes: list[str] = []
    # scale words that are nouns, whose noun always follows a link ("16 milliards de
    # dollars"; "16 milliards consacrés aux munitions" has none; "cent mille spectateurs" does
    # without), as in French
    link_after_scale: list[str] = []
    # participle endings, and the words after a participle that make it a clause of its
    # own, out of the noun ("12 500 adultes suivis pendant huit ans"): see the header
    participle_suffixes: list[str] = []
    participle_complements: list[str] = []
    # prepositions of place and time after a participle: a complement of its own only before
    # a time ("lits fermés en 2023", not "unités produites en Chine")
    participle_time_links: list[str] = []
    # endings that hold a participle's ending and end an adjective ("électriques", "longues")
    not_participle_suffixes: list[str] = []
    # endings of a plural noun, and the singular endings after one that make a word its
    # clause's verb ("un quart des ménages dit avoir renoncé"): see the header
    plural_endings: list[str] = []
    # endings of an adverb after which a word of stop_suffixes qualifies the noun ("40
    # heavily used corridors")
    adverb_suffixes: list[str] = []
    singular_verb_suffixes: list[str] = []


class LookalikeRules(BaseModel):
    """What only looks like a figure (``[lookalikes]`` of ``numbers.toml``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    streets: list[str]
    street_names: tuple[int, int]
    number_suffixes: list[str]
    address_leads: list[str]
    references: list[str]
    # words before a reference word that make it a verb ("can build 500,000 cars", "to release
    # 300 prisoners"): the number after it is a figure
    reference_verb_leads: list[str] = []
    # words joining a second number one dials to the first ("appelez le 15 ou le 112")
    code_joiners: list[str] = []
    # words joining a second code to a reference's ("articles 3 and 4", "junctions 31 and 33")
    reference_joiners: list[str] = []
    ages: list[str] = []
    age_phrases: list[str] = []
    # words or signs joining two ages of one phrase ("aged 19 and 20", "âgés de 19 à 23 ans")
    age_joiners: list[str] = []
    # set phrases with digits that say "all the time" ("24h/24", "24/7"): no figure nor time
    always: list[str] = []
    # set phrases with digits that name an event, no figure nor time ("9/11": the attacks)
    named: list[str] = []
    # nouns glued by a hyphen after a number that give the size of a body ("the 20-nation
    # euro zone", "a 15-member council"): no figure of news
    bodies: list[str] = []
    # possessive endings after a name with a number ("Covid-19's", "OAO-1's"): the mark is
    # no prime (minutes, feet), the name no figure
    possessives: list[str] = []
    age_bounds: list[str] = []
    code_phrases: list[str] = []
    apposition_persons: list[str] = []
    apposition_tails: list[str] = []
    person_age_phrases: list[str] = []


class NumbersLexicon(BaseModel):
    """The schema of ``lexicons/<lang>/numbers.toml`` (its header documents each key)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    decimal_mark: Literal[",", "."]
    cardinals: dict[str, float]
    compounds: dict[str, float]
    hundreds: dict[str, float]
    scales: dict[str, float]
    bare_scales: list[str]
    ordinals: dict[str, float]
    multipliers: dict[str, float]
    approximate: list[str]
    vigesimal_tens: list[int]
    implicit_hundred: bool
    connectors: list[str]
    halves: list[str]
    determiners: list[str]
    determiner_followers: list[str]
    # words a number in words is joined to by a hyphen in a compound noun ("deux-roues")
    hyphen_nouns: list[str] = []
    homographs: list[str]
    # articles after which a homograph standing alone is a noun ("miser sur le neuf")
    homograph_articles: list[str] = []
    articles: list[str]
    negatives: list[str]
    negative_not_after: list[str]
    decimal_words: list[str]
    ordinal_suffixes: list[str]
    digit_scales: dict[str, float]
    fraction_only_scales: list[str]
    # digits and letters that name a standard, no figure, unless a currency sign is glued
    # to them ("4K", "8K": video resolutions, as "5G" is a network's generation)
    standard_codes: list[str] = []
    # unit symbols that scale a figure before a counted noun: see numbers.toml's header
    noun_scales: dict[str, float] = {}
    noun_scale_nouns: list[str] = []
    noun_scale_not: list[str] = []
    dangling: list[str]
    fractions: dict[str, float]
    fraction_links: list[str]
    whole_fractions: list[str]
    whole_fractions_not_after: list[str]
    attributive_fractions: list[str] = []
    # nouns after which a fraction that is an ordinal too, counted once, is the ordinal ("a
    # third year running", "a fourth time"): see numbers.toml's header
    ordinal_fraction_nouns: list[str] = []
    whole_fractions_after: list[str] = []
    labels: list[str]
    lookalikes: LookalikeRules
    noun: NounRules
    # ordinal words that are adverbs too ("first announced"): see numbers.toml's header
    adverb_ordinals: list[str] = []
    adverb_ordinals_after: list[str] = []
    # currency signs written before a figure in another language's way: see the header
    foreign_signs_before: list[str] = []
    # number words that are pronouns after some words ("no one"): see the header
    pronouns: dict[str, list[str]] = {}
    # "one of the largest banks", "one of Europe's most expensive cities": a number word that
    # is a pronoun before a superlative (see numbers.toml's header)
    superlatives: dict[str, list[str]] = {}
    # ordinal words that are a title or a noun, no rank: see the header
    title_ordinals: list[str] = []
    # determiners before such a title that make its ordinal a rank ("leur première présidente":
    # the first woman to be president, not the title)
    title_ordinals_not_after: list[str] = []
    noun_ordinal_leads: list[str] = []
    compound_ordinals: list[str] = []
    # words after a model number ("737 MAX"): a space before such a number is no thousands
    # separator ("24 737 MAX jets" is 24 jets); see the header
    model_words: list[str] = []


def numbers_lexicon(lang: str) -> NumbersLexicon:
    """The validated number lexicon of ``lang`` (cached)."""
    lexicon: NumbersLexicon = load_lexicon(lang, "numbers", NumbersLexicon)
    return lexicon


class _Kind(IntEnum):
    UNIT = 1  # 0-9
    TEEN = 2  # 10-19
    TEN = 3  # 20, 30 … 90 (and compounds such as "quatre-vingt")
    HUNDRED = 4
    SCALE = 5
    MULTIPLIER = 6  # "douzaine", "dozen": a terminal noun of number
    CONNECTOR = 7
    ARTICLE = 8
    NEGATIVE = 9
    POINT = 10
    DANGLING = 11
    DIGITS = 12


@dataclass(frozen=True, slots=True)
class _Word:
    kind: _Kind
    value: Decimal = Decimal(0)
    ordinal: bool = False
    determiner: bool = False


class _Token(NamedTuple):
    """A figure in digits (a named tuple: one is made per figure, and a tuple is made
    fastest)."""

    start: int
    end: int
    digits: Decimal
    plain: bool = False  # without separator, decimal part or scale
    has_fraction: bool = False
    ordinal: bool = False


# A token made as a plain tuple of its class (no call of the named tuple's ``__new__``).
_new_tuple = tuple.__new__

# A figure in digits: thousands grouped by one repeated separator, or not
# grouped; an optional decimal part; letters glued after it (a scale "k",
# an ordinal "e", or a unit that the numbers finder reads).
# The vulgar fractions of Unicode, read after the units they are glued to ("2½").
_VULGAR = {
    "½": Decimal("0.5"),
    "¼": Decimal("0.25"),
    "¾": Decimal("0.75"),
    "⅓": Decimal(1) / Decimal(3),
    "⅔": Decimal(2) / Decimal(3),
    "⅕": Decimal("0.2"),
    "⅖": Decimal("0.4"),
    "⅗": Decimal("0.6"),
    "⅘": Decimal("0.8"),
    "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"),
    "⅝": Decimal("0.625"),
    "⅞": Decimal("0.875"),
}
_RARE_SIGNS = re.compile(f"[{''.join(_VULGAR)}±]|\\+/")
_LONE_VULGAR = re.compile(rf"(?<![\w.,/])[{''.join(_VULGAR)}](?![\d/])")
_DIGITS = re.compile(
    r"""
    (?:
        (?P<int>\d{1,3}(?P<sep>[ \u00a0\u202f\u2009'’.,])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*
               |\d+)
        (?:(?P<dec>[.,])(?P<frac>\d+))?
      | (?<![\d.,])(?P<dec0>[.,])(?P<frac0>\d+)
    )
    (?P<suffix>[^\W\d_]+)?
    """,
    re.VERBOSE,
)
_FRACTION = re.compile(r"/([1-9]\d{0,3})(?![\d/.,:]|[^\W\d_])")
_CHAIN = re.compile(r"[.,:/]\d")
# A proper fraction after a whole number and one space: "10 1/2", "2 1/4", "3 7/8" (a date
# "12/03", a score or a chain of slashes is none).
_MIXED = re.compile(r"[ \u00a0](\d{1,2})/(\d{1,2})(?![\d/]|[.,:]\d|[^\W\d_])")
_MIXED_DENOMINATOR = 64
_GAP = re.compile(r"[ \t\u00a0\u202f\u2009]*(?:[-‐‑–—][ \t\u00a0\u202f\u2009]*)?")
_WORD = re.compile(r"[^\W\d_]+(?:['’](?=[^\W\d_]|$))?")
_PLAIN_DIGITS = re.compile(r"\d+(?![\w.,])")
_NEXT_WORD = re.compile(r"[ \t\u00a0\u202f\u2009]*([^\W\d_]+|\d)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?[ \t\u00a0\u202f\u2009]*$")
_END = re.compile(r"[ \t.!?…]*(?:\n|$)")
_PAREN = re.compile(r"[ \t\u00a0\u202f\u2009]*\(")

_MAX_TOKENS = 48
_SPACE_MARKS = frozenset(" \u00a0\u202f\u2009")  # the marks that group by spaces
_INERT_KEPT = 8192  # how many words :meth:`_Grammar.inert` keeps its answer for
_ZERO = Decimal(0)
_PLURAL_MODEL = re.compile(r"[A-Z]?s")  # "787s", "777Xs": a model number in the plural


class _Grammar:
    """A language's number lexicon compiled for scanning."""

    def __init__(self, lexicon: NumbersLexicon) -> None:
        self.lexicon = lexicon
        self.decimal_mark = lexicon.decimal_mark
        self.foreign_signs = tuple(lexicon.foreign_signs_before)
        words: dict[str, _Word] = {}
        determiners = set(lexicon.determiners)
        for word, value in lexicon.cardinals.items():
            words[word] = _Word(_kind_of(value), _dec(value), determiner=word in determiners)
        for word, value in lexicon.ordinals.items():
            words[word] = _Word(_kind_of(value), _dec(value), ordinal=True)
        for word, value in lexicon.hundreds.items():
            words[word] = _Word(_Kind.HUNDRED, _dec(value))
        for word, value in lexicon.scales.items():
            words[word] = _Word(_Kind.SCALE, _dec(value))
        for word, value in lexicon.multipliers.items():
            words[word] = _Word(_Kind.MULTIPLIER, _dec(value))
        for word in lexicon.connectors:
            words[word] = _Word(_Kind.CONNECTOR)
        for word in lexicon.articles:
            words.setdefault(word, _Word(_Kind.ARTICLE))
        for word in lexicon.negatives:
            words[word] = _Word(_Kind.NEGATIVE)
        for word in lexicon.decimal_words:
            words[word] = _Word(_Kind.POINT)
        for word in lexicon.dangling:
            words.setdefault(word.rstrip("'’"), _Word(_Kind.DANGLING))
        self.words = words
        # A compound is an ordinal when its last word is one ("quatre-vingtième").
        self.compounds = {
            tuple(phrase.split()): _Word(
                _kind_of(value), _dec(value), ordinal=phrase.split()[-1] in lexicon.ordinals
            )
            for phrase, value in lexicon.compounds.items()
        }
        self.halves = [tuple(h.split()) for h in lexicon.halves]
        self.half_words = {w for h in self.halves for w in h}
        self.bare_scales = set(lexicon.bare_scales)
        self.determiner_followers = {w.lower() for w in lexicon.determiner_followers}
        self.homographs = {w.lower() for w in lexicon.homographs}
        self.homograph_articles = frozenset(w.lower() for w in lexicon.homograph_articles)
        self.hyphen_nouns = frozenset(w.lower() for w in lexicon.hyphen_nouns)
        self.pronouns = {
            word.lower(): frozenset(lead.lower() for lead in leads)
            for word, leads in lexicon.pronouns.items()
        }
        self.superlative = _superlative_pattern(lexicon.superlatives)
        self.stops = {w.lower().replace("’", "'").rstrip("'") for w in lexicon.noun.stops}
        self.tens = sorted(
            (w for w, v in lexicon.cardinals.items() if v >= 20 and v % 10 == 0),
            key=len,
            reverse=True,
        )
        # What a solid compound and a two-word compound may start with: most words are
        # ruled out by a set test.
        self.ten_initials = {ten[:1] for ten in self.tens if ten} if all(self.tens) else None
        self.compound_firsts = {key[0] for key in self.compounds if key}
        self.ordinal_suffixes = set(lexicon.ordinal_suffixes)
        self.digit_scales = {k: _dec(v) for k, v in lexicon.digit_scales.items()}
        self.fraction_only = set(lexicon.fraction_only_scales)
        self.standard_codes = frozenset(lexicon.standard_codes)
        self.noun_scales = {k: _dec(v) for k, v in lexicon.noun_scales.items()}
        self.noun_scale_nouns = frozenset(lexicon.noun_scale_nouns)
        self.noun_scale_not = frozenset(lexicon.noun_scale_not)
        models = "|".join(re.escape(w) for w in sorted(lexicon.model_words, key=len, reverse=True))
        self.model_after = re.compile(rf" (?:{models})(?![\w-])") if models else None
        self.negative_not_after = set(lexicon.negative_not_after)
        self.vigesimal = {Decimal(v) for v in lexicon.vigesimal_tens}
        self._inert: dict[str, bool] = {}  # see :meth:`inert`
        seeds, firsts = self._seed_pattern()
        # The lookahead on the first character lets the engine skip most positions with
        # a set test (the lookbehind that opens the words would otherwise disable its
        # prefix scan): 3× faster, the same matches.
        self.starts = re.compile(rf"(?=[.,\d{firsts}])(?:(?P<digits>[.,]?\d+)|(?P<words>{seeds}))")
        self.starts_ignoring_case = re.compile(self.starts.pattern, re.IGNORECASE)

    def _seed_pattern(self) -> tuple[str, str]:
        """The pattern of the number words that can open a figure, and the characters they
        can start with (escaped for a character set)."""
        lex = self.lexicon
        plain = set(lex.cardinals) | set(lex.ordinals) | set(lex.hundreds) | set(lex.negatives)
        plain |= {p.split()[0] for p in lex.compounds if p.split()[0] not in lex.articles}
        plain |= set(lex.bare_scales)
        heads = set(lex.hundreds) | set(lex.scales) | set(lex.multipliers) | set(lex.halves)
        heads |= {p.split()[1] for p in lex.compounds}
        # As a trie: the engine tries a handful of letters at a word start, not every word.
        alternation = _trie(plain)
        tens = "|".join(re.escape(w) for w in self.tens)
        head_words = "|".join(re.escape(w.split()[0]) for w in sorted(heads, key=len, reverse=True))
        articles = "|".join(re.escape(w) for w in lex.articles)
        points = "|".join(re.escape(w) for w in lex.decimal_words)
        parts = [rf"(?:{alternation})(?![^\W\d_])"]
        if tens:
            parts.append(rf"(?:{tens})(?=[^\W\d_])")
        if articles:
            parts.append(rf"(?:{articles})(?=[\s\-]+(?:{head_words})(?![^\W\d_]))")
        if points:
            parts.append(rf"(?:{points})(?=\s+\d)")
        words = set(plain) | set(self.tens) | set(lex.articles) | set(lex.decimal_words)
        firsts = "".join(re.escape(c) for c in sorted({w[0] for w in words if w}))
        if not all(words):
            firsts = r"\w\W"  # an empty word matches anywhere
        return rf"(?<![^\W\d_])(?:{'|'.join(parts)})", firsts

    def inert(self, word: str) -> bool:
        """Whether the word ``word`` (as written) can go on no number: no scale
        abbreviation after digits, no number word (nor one with an apostrophe), no first
        word of a compound, no compound written solid. Most words after a figure are such;
        the answer is kept per word (a bounded table, emptied when full)."""
        known = self._inert.get(word)
        if known is None:
            lower = word.lower()
            known = (
                word not in self.digit_scales
                and self.lookup(lower) is None
                and lower not in self.compound_firsts
                and self.split_glued(lower) is None
            )
            if len(self._inert) >= _INERT_KEPT:
                self._inert.clear()
            self._inert[word] = known
        return known

    def lookup(self, word: str) -> _Word | None:
        found = self.words.get(word)
        if found is None and (word.endswith(("'", "’"))):
            found = self.words.get(word[:-1])
        return found

    def split_glued(self, word: str) -> tuple[str, str] | None:
        """Split a compound written solid ("twentyfifth") into a ten and a unit."""
        if self.ten_initials is not None and word[:1] not in self.ten_initials:
            return None
        for ten in self.tens:
            if word.startswith(ten) and len(word) > len(ten):
                rest = word[len(ten) :]
                found = self.words.get(rest)
                if found is not None and found.kind is _Kind.UNIT:
                    return ten, rest
        return None


def _trie(words: set[str]) -> str:
    """A pattern that matches the longest of ``words`` that fits, written as a trie.

    Same matches as the words joined longest first, but a failing position costs a
    test per letter rather than per word.

    >>> _trie({"six", "sixième", "sept"})
    's(?:ept|ix(?:ième)?)'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(root)


def word_alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, longest first, written as a trie (a failing
    position costs a test per letter, not per word), for the other finders' patterns.

    >>> word_alternation(["demi", "demie", "dixième"])
    'd(?:emi(?:e)?|ixième)'
    """
    return _trie(set(words))


def _trie_node(node: dict[str, Any]) -> str:
    # Longer words are tried first: the branches come before the end of a word.
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:
        return f"(?:{group})?" if len(branches) == 1 else f"{group}?"
    return group


def _dec(value: float) -> Decimal:
    return Decimal(repr(value)).normalize() if value != int(value) else Decimal(int(value))


def _kind_of(value: float) -> _Kind:
    if value < 10:
        return _Kind.UNIT
    if value < 20:
        return _Kind.TEEN
    if value < 100:
        return _Kind.TEN
    if value == 100:
        return _Kind.HUNDRED
    return _Kind.SCALE


def lowercase(text: str) -> str | None:
    """``text`` in lowercase if that keeps every offset ("İ" does not), else None.

    >>> lowercase("Près de 100"), lowercase("İstanbul")
    ('près de 100', None)
    """
    last_text, last_lower = _LOWER[0]
    if text is last_text:
        return last_lower  # the finders ask for the lowercase of one text several times
    lower = text.lower()
    found = lower if len(lower) == len(text) else None
    _LOWER[0] = (text, found)
    return found


_LOWER: list[tuple[str, str | None]] = [("", "")]


@functools.cache
def _grammar(lang: str) -> _Grammar:
    return _Grammar(numbers_lexicon(lang))


# The last text read and its numbers: the time finder and the numbers finder both read the
# numbers of a sentence within one ``extract`` call, and the second gets them for free.
_LAST: LastRead[Numeral] = LastRead()


# A figure beyond this is no figure of news (and scaled, it would overflow a float).
_LARGEST = 1e30


def _by_currency_sign(text: str, start: int, end: int) -> bool:
    """Whether a currency sign ("$", "€", "£") is glued before ``start`` or after ``end``."""
    before = start > 0 and unicodedata.category(text[start - 1]) == "Sc"
    return before or (end < len(text) and unicodedata.category(text[end]) == "Sc")


def scan_numerals(text: str, lang: str) -> list[Numeral]:
    """Every number of ``text`` in text order, with offsets into ``text``.

    Digits glued to letters on their left ("XC90", "A380") or chained by dots
    and colons ("3.2.1", "14:30") are not numbers; digits followed by letters
    ("100km") are, and the letters are left to the caller.

    >>> [(n.text, n.value) for n in scan_numerals("quatre-vingt-dix-neuf et 100.000", "fr")]
    [('quatre-vingt-dix-neuf', 99.0), ('100.000', 100000.0)]
    >>> [n.value for n in scan_numerals("one hundred and five, 1,500 and 2.5bn", "en")]
    [105.0, 1500.0, 2500000000.0]
    """
    kept = _LAST.get(text, lang)
    return kept if kept is not None else _LAST.put(text, lang, _scan(text, lang))


def _scan(text: str, lang: str) -> list[Numeral]:
    grammar = _grammar(lang)
    # One pass finds where figures may start: runs of digits, and number words in the
    # lowercased text (much faster than matching while ignoring case).
    lower = lowercase(text)
    if lower is not None:
        starts = [(m.start(), m.lastgroup == "digits") for m in grammar.starts.finditer(lower)]
    else:
        matches = grammar.starts_ignoring_case.finditer(text)
        starts = [(m.start(), m.lastgroup == "digits") for m in matches]
    # A vulgar fraction alone ("a ⅓ cup") opens a figure as digits do, and an uncertainty
    # ("±0.01") may follow a figure: both looked for apart, as few texts have one.
    rare = _RARE_SIGNS.search(text) if _may_have_rare_signs(text) else None
    if rare is not None:
        lone = [(m.start(), True) for m in _LONE_VULGAR.finditer(text, rare.start())]
        if lone:
            starts = sorted(starts + lone)
    if not starts:
        return []
    found: list[Numeral] = []
    covered = 0
    signed = rare is not None and ("±" in text or "+/" in text)
    for start, is_digit in starts:
        if start < covered:
            continue
        try:
            numeral = _read(grammar, text, start, is_digit)
        except InvalidOperation:  # digits beyond the arithmetic's precision: no figure
            chain = _DIGITS.match(text, start)
            covered = chain.end() if chain is not None else start + 1
            continue
        if numeral is None:
            continue
        if not abs(numeral.value) <= _LARGEST:
            covered = numeral.end  # hundreds of digits: no figure, and no overflow later
            continue
        tolerance = _TOLERANCE.match(text, numeral.end) if signed else None
        if tolerance is not None and not numeral.ordinal:
            # "2,000.45±0.01 pounds", "125.1 ± 0.2 GeV": the figure, with its uncertainty
            end = tolerance.end()
            numeral = Numeral(
                numeral.start, end, text[numeral.start : end], numeral.value, False, numeral.spelled
            )
        if found and text.startswith(")", numeral.end) and _restates(text, found[-1], numeral):
            previous = found.pop()
            numeral = Numeral(
                previous.start,
                numeral.end + 1,
                text[previous.start : numeral.end + 1],
                previous.value,
                previous.ordinal,
                previous.spelled or numeral.spelled,
            )
        found.append(numeral)
        covered = numeral.end
    return found


# An uncertainty after a figure: "±0.01", "± 0.2", "+/- 3".
_TOLERANCE = re.compile(r"[ \u00a0]*(?:±|\+/[-−])[ \u00a0]*\d+(?:[.,]\d+)?(?![\d.,]\d|[-/:])")


def _may_have_rare_signs(text: str) -> bool:
    """A cheap test before :data:`_RARE_SIGNS` runs: most texts are ASCII, and an ASCII
    text holds no rare sign but "+/" (a text that is not runs the one search)."""
    return "+/" in text or not text.isascii()


def _restates(text: str, before: Numeral, after: Numeral) -> bool:
    """Whether ``after`` repeats ``before`` in brackets: "cinq (5)", "45 (forty-five)"."""
    if not text.startswith(")", after.end):
        return False  # most figures: no bracket closes right after them
    gap = _PAREN.fullmatch(text, before.end, after.start)
    return (
        gap is not None
        and after.value == before.value
        and after.ordinal == before.ordinal
        and text.startswith(")", after.end)
    )


def _digit_token(grammar: _Grammar, text: str, start: int) -> tuple[_Token, bool] | None:
    """Read a figure in digits at ``start``; the flag says whether it is complete
    (a fraction, an ordinal) and must not take words after it."""
    match = _DIGITS.match(text, start)
    if match is None:
        if text[start] in _VULGAR and not (
            start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.,/")
        ):
            # "a ⅓ cup", "½ tbsp": a vulgar fraction alone, not glued to a word or a figure
            return _Token(start, start + 1, _VULGAR[text[start]], has_fraction=True), False
        return None
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return None  # inside a token: "XC90", "A380", "SU7", "B2B"
    if start > 1 and text[start - 1] in ".,:/" and text[start - 2].isdecimal():
        return None  # the tail of a chain: "3.2.1", "14:30", "12/03/2024"
    if start > 1 and text[start - 1] in "-‐‑" and text[start - 2].isalpha():
        letters = start - 2
        while letters > 0 and text[letters - 1].isalpha():
            letters -= 1
        if letters == 0 or not text[letters - 1].isdecimal():
            return None  # "Covid-19", "A-380"; but "3km-5km" is a range
    if start > 1 and text[start - 1] in "+-‐‑−" and text[start - 2].isdecimal():
        digits = start - 2
        while digits > 0 and (text[digits - 1].isdecimal() or text[digits - 1] == "."):
            digits -= 1
        if digits > 0 and text[digits - 1].isalpha():
            return None  # "MACS J1149.5+6663", "A380-800": the tail of a designation
    # the groups read at once (one call, not one per look)
    int_digits, sep, dec, frac, dec0, frac0, suffix = match.group(
        "int", "sep", "dec", "frac", "dec0", "frac0", "suffix"
    )
    end = match.end("suffix") if suffix else match.end()
    number_end = match.start("suffix") if suffix else match.end()
    if _CHAIN.match(text, number_end):
        fraction = _FRACTION.match(text, number_end)
        if fraction is None or sep or dec or dec0 or suffix:
            return None
        numerator, denominator = int(int_digits), int(fraction[1])
        if int_digits.startswith("0") or numerator > denominator:
            return None
        value = Decimal(numerator) / Decimal(denominator)
        token = _Token(start, fraction.end(), value, has_fraction=True)
        return token, True
    integer = int_digits or "0"
    separator = sep
    decimal_mark, fraction_digits = dec, frac
    if dec0:
        decimal_mark, fraction_digits = dec0, frac0
    # After a sign another typography writes first, the mark groups thousands as it does
    # there ("$699,000" in French).
    if (
        separator
        and separator == grammar.decimal_mark
        and integer.count(separator) == 1
        and not (grammar.foreign_signs and text.endswith(grammar.foreign_signs, 0, start))
    ):
        if decimal_mark:
            return None  # "1,500,5" or "1.500.5": no reading is safe
        # The language's own decimal mark once, before three digits: decimal ("1,500" fr).
        integer, fraction_digits = integer.split(separator)
        decimal_mark = separator
    elif separator and decimal_mark == separator:
        return None
    if separator:
        integer = integer.replace(separator, "")
    value = Decimal(f"{integer}.{fraction_digits}") if fraction_digits else Decimal(integer)
    has_fraction = bool(fraction_digits)
    if suffix is not None and suffix[0] in _VULGAR and not has_fraction and not separator:
        # "2½ years", "1½ million": a vulgar fraction glued to the units
        value += _VULGAR[suffix[0]]
        if len(suffix) == 1:
            return _Token(start, number_end + 1, value, has_fraction=True), False
        scale = grammar.digit_scales.get(suffix[1:])
        if scale is None or (end < len(text) and text[end].isdecimal()):
            return None
        return _Token(start, end, value * scale, has_fraction=True), True  # "£2¾bn"
    if suffix is not None:
        if end < len(text) and text[end].isdecimal():
            return None  # "20h30", "4x4", "3e5"
        if text[start:end] in grammar.standard_codes and not _by_currency_sign(text, start, end):
            return None  # "the 4K TV", "l'écran 4K"; "$4K", "4K€" are amounts
        if suffix in grammar.digit_scales and (has_fraction or suffix not in grammar.fraction_only):
            value *= grammar.digit_scales[suffix]
            return _Token(start, end, value, has_fraction=has_fraction), True
        if suffix in grammar.noun_scales and _counted_noun_at(grammar, text, end):
            value *= grammar.noun_scales[suffix]  # "7.5m people", "40m passengers"
            return _Token(start, end, value, has_fraction=has_fraction), True
        if (
            not separator
            and not has_fraction
            and (suffix in grammar.ordinal_suffixes or suffix.lower() in grammar.ordinal_suffixes)
        ):
            return _Token(start, end, value, ordinal=True), True
    if separator in _SPACE_MARKS and (
        (suffix is not None and _PLURAL_MODEL.fullmatch(suffix))
        or (
            suffix is None
            and grammar.model_after is not None
            and grammar.model_after.match(text, number_end)
        )
    ):
        # "20 787s", "15 777Xs", "24 737 MAX jets": a count, then a model, not 20 787
        head = int_digits.split(separator, 1)[0]
        return _Token(start, start + len(head), Decimal(head), plain=True), False
    plain = not separator and not fraction_digits and not dec0
    if plain and suffix is None:
        mixed = _MIXED.match(text, number_end)
        if mixed is not None and 0 < int(mixed[1]) < int(mixed[2]) <= _MIXED_DENOMINATOR:
            # "10 1/2 miles", "a 2 1/2-mile stretch": a whole number and a proper fraction
            value += Decimal(int(mixed[1])) / Decimal(int(mixed[2]))
            return _Token(start, mixed.end(), value, has_fraction=True), False
    # the common end (a figure with no fraction nor scale): made as a plain tuple of its
    # class, with no call of the named tuple's ``__new__``
    token = _new_tuple(_Token, (start, number_end, value, plain, has_fraction, False))
    return token, suffix is not None


_COUNTED_NOUN = re.compile(r"[ \u00a0]([^\W\d_]+)\b")


def _counted_noun_at(grammar: _Grammar, text: str, end: int) -> bool:
    """Whether a plural noun a figure can count follows at ``end``, one space on: then a
    unit symbol of ``noun_scales`` glued to the figure is its scale ("7.5m people", "40m
    passengers", "5m tonnes"), not its unit ("the 100m hurdles", "5m high", "a 10m wall")."""
    match = _COUNTED_NOUN.match(text, end)
    if match is None:
        return False
    word = match[1].lower()
    if word in grammar.noun_scale_not:
        return False
    return word in grammar.noun_scale_nouns or (word.endswith("s") and not word.endswith("ss"))


# Currency symbols glued to a scale abbreviation after a grouped figure: "3 160 Md€".
_SCALED_CURRENCY = frozenset("€$£¥")

# A name's number right before a signed figure: "CAC 40 -1,2 %", "FTSE 100 -0.4%".
_NAMED_NUMBER = re.compile(r"(?:^|[\s:(])[A-Z][A-Za-z&]+ \d{1,3}\Z")


# The minus signs :func:`_sign_before` reads, glued to a figure or a space before it.
_MINUSES = "-−"


def _sign_before(text: str, start: int) -> int:
    """Where a minus sign before ``start`` begins, or ``start`` if there is none.

    A hyphen glued to the figure is a minus unless it joins two figures or a
    word and a figure ("2020-2024", "Covid-19"); a hyphen and a space are a
    minus only at the start of the text or after an opening bracket or a colon
    ("- 1.200.000"), never after a line break, where they mark a list item.
    """
    if start >= 1 and text[start - 1] in "-−":
        before = text[start - 2] if start >= 2 else " "
        if (
            before == " "
            and start >= 3
            and text[start - 3].isdecimal()
            and text[start - 1] == "-"
            and not _NAMED_NUMBER.search(text, max(0, start - 40), start - 2)
        ):
            return start  # "2 -7 g": a hyphen between two figures joins them
        if not before.isalnum() and before not in ".,%)]-−‐‑–/":
            return start - 1
    if start >= 2 and text[start - 1] == " " and text[start - 2] in "-−":
        index = start - 3
        while index >= 0 and text[index] in " \t":
            index -= 1
        # After a line break, "- " opens a list item ("Chiffres clés :\n- 66,5 millions").
        if index < 0 or text[index] in "([:":
            return start - 2
    return start


class _Reader:
    """The arithmetic of one number, token by token; ``accept`` says whether a
    token continues the number."""

    __slots__ = (
        "grammar",
        "group",
        "last",
        "last_scale",
        "ordinal",
        "provisional",
        "terminal",
        "total",
    )

    def __init__(self, grammar: _Grammar) -> None:
        self.grammar = grammar
        self.total = _ZERO
        self.group = _ZERO
        self.last: _Kind | None = None
        self.last_scale: Decimal | None = None
        self.ordinal = False
        self.terminal = False
        # "one twenty" is a number only once a unit completes it ("one twenty two" = 122):
        # alone it is more often "one twenty-year-old" or a time of day.
        self.provisional = False

    @property
    def value(self) -> Decimal:
        return self.total + self.group

    def accept(self, word: _Word, first: bool, lower: str) -> bool:
        kind, value, last = word.kind, word.value, self.last
        rest = self.group % 100
        if kind is _Kind.UNIT:
            if last is None or last in (_Kind.HUNDRED, _Kind.SCALE):
                if value == 0 and not first:
                    return False
                self.group += value
                self.terminal = value == 0
            elif last in (_Kind.TEN, _Kind.TEEN) and rest % 10 == 0 and rest:
                self.group += value
                self.provisional = False
            else:
                return False
        elif kind is _Kind.TEEN:
            after_ten = last is _Kind.TEN and rest in self.grammar.vigesimal
            if last is None or last in (_Kind.HUNDRED, _Kind.SCALE) or after_ten:
                self.group += value
            else:
                return False
        elif kind is _Kind.TEN:
            if last is None or last in (_Kind.HUNDRED, _Kind.SCALE):
                self.group += value
            elif (
                last is _Kind.UNIT
                and self.grammar.lexicon.implicit_hundred
                and self.total == 0
                and 0 < self.group < 10
                and not word.ordinal
            ):
                self.group = self.group * 100 + value
                self.provisional = True
            else:
                return False
        elif kind is _Kind.HUNDRED:
            if last is None and not (lower in self.grammar.bare_scales or word.ordinal):
                return False  # "hundreds of" is no hundred
            if last is None or last is _Kind.SCALE:
                self.group += value
            elif last is _Kind.ARTICLE:
                self.group = value
            elif last in (_Kind.UNIT, _Kind.TEEN, _Kind.TEN) and 0 < self.group < 100:
                self.group *= value
            else:
                return False
        elif kind is _Kind.SCALE:
            scale = value
            if last is None:
                if not first or (lower not in self.grammar.bare_scales and not word.ordinal):
                    return False
                self.total, self.group = scale, _ZERO
            elif last is _Kind.ARTICLE:
                self.total, self.group = scale, _ZERO
            elif last in (_Kind.UNIT, _Kind.TEEN, _Kind.TEN, _Kind.HUNDRED, _Kind.DIGITS):
                if self.last_scale is not None and scale >= self.last_scale:
                    return False
                if last is _Kind.DIGITS and self.group == 0:
                    return False
                self.total += self.group * scale
                self.group = _ZERO
            elif last is _Kind.SCALE and self.group == 0 and self.last_scale is not None:
                if scale < self.last_scale and lower in self.grammar.bare_scales:
                    self.total += scale  # "un million mille": one thousand more
                elif scale <= self.last_scale:
                    return False
                else:
                    self.total *= scale  # "mille milliards", "thousand millions"
            else:
                return False
            self.last_scale = scale
        elif kind is _Kind.MULTIPLIER:
            if last is _Kind.ARTICLE:
                self.group = Decimal(1)
            elif last not in (_Kind.UNIT, _Kind.TEEN, _Kind.TEN, _Kind.HUNDRED, _Kind.DIGITS):
                return False
            if self.value == 0:
                return False
            self.total, self.group = self.value * value, _ZERO
            self.terminal = True
        else:
            return False
        self.last = kind
        if word.ordinal:
            self.ordinal = self.terminal = True
        return True


def _read(grammar: _Grammar, text: str, start: int, is_digit: bool) -> Numeral | None:
    """The longest number that starts at ``start`` (or at a sign before it), or None."""
    if not is_digit:
        match = _WORD.match(text, start)
        word = grammar.lookup(match[0].lower()) if match is not None else None
        if match is not None and word is not None and word.kind is _Kind.NEGATIVE:
            if _negative_blocked(grammar, text, start):
                return None
            at = _gap_end(text, match.end())
            if at == match.end() or at >= len(text):
                return None
            body = _read_body(grammar, text, at, text[at].isdecimal() or text[at] in ".,")
            if body is None or body.ordinal or body.start != at:
                return None
            return Numeral(start, body.end, text[start : body.end], -body.value, False, True)
        if match is not None and word is not None and _article_alone(grammar, text, match, word):
            return None
    return _read_body(grammar, text, start, is_digit)


def _article_alone(grammar: _Grammar, text: str, match: re.Match[str], word: _Word) -> bool:
    """Whether a determiner ("un", "une", "one") is only an article before a noun that is no
    number word ("un constructeur"): the answer :func:`_read_body` comes to, found at a
    fraction of its cost (most such words in prose are articles)."""
    if not word.determiner or word.kind is not _Kind.UNIT or word.ordinal or not word.value:
        return False
    end = match.end()
    at = _gap_end(text, end)
    following = _WORD.match(text, at) if at > end else None
    if following is None:
        return False
    lower = following[0].lower()
    if (
        grammar.lookup(lower) is not None
        or (match[0].lower(), lower) in grammar.compounds
        or grammar.split_glued(lower) is not None
    ):
        return False
    noun = _NEXT_WORD.match(text, end)
    return noun is not None and noun[1].lower() not in grammar.determiner_followers


def _read_body(grammar: _Grammar, text: str, start: int, is_digit: bool) -> Numeral | None:
    reader = None
    best: tuple[Decimal, int, bool, bool] | None = None
    numeral_start = start
    digit_token: _Token | None = None
    if is_digit:
        read = _digit_token(grammar, text, start)
        if read is None:
            return None
        digit_token, complete = read
        before = text[start - 1] if start else " "
        if before in _MINUSES or (before == " " and start >= 2 and text[start - 2] in _MINUSES):
            numeral_start = _sign_before(text, start)  # (most figures: no sign before them)
        if complete or _alone(grammar, text, digit_token.end):
            # no word can go on the figure: the digits alone, as the loop below ends (the
            # sum the reader makes, to the same rounding), made as :func:`_numeral` does
            total = _ZERO + digit_token.digits
            end = digit_token.end
            return Numeral(
                numeral_start,
                end,
                text[numeral_start:end],
                float(-total if numeral_start < start else total),
                digit_token.ordinal,
                False,
            )
        reader = _Reader(grammar)
        reader.group = digit_token.digits
        reader.last = _Kind.DIGITS
        reader.ordinal = digit_token.ordinal
        best = (reader.value, digit_token.end, reader.ordinal, False)
    else:
        reader = _Reader(grammar)
    position = digit_token.end if digit_token is not None else start
    consumed = digit_token is not None
    spelled = False
    words_used = 0
    determiner_only = False
    while words_used < _MAX_TOKENS:
        at = position
        if consumed:
            at = _gap_end(text, position)
            if at == position:
                break  # words are separated by a space or a hyphen
        match = _WORD.match(text, at)
        if match is not None and grammar.inert(match[0]):
            break  # a word that goes on no number (as the tests below find, at once)
        if match is None:
            if reader.last is _Kind.TEN and not reader.ordinal:
                # a ten then a digit: "trente 3"
                digit = _PLAIN_DIGITS.match(text, at)
                if digit is not None and len(digit[0]) == 1 and digit[0] != "0":
                    reader.group += int(digit[0])
                    position = digit.end()
                    best = (reader.value, position, False, True)
            break
        lower = match[0].lower()
        end = match.end()
        if (
            digit_token is not None
            and not words_used
            and (
                digit_token.plain
                or digit_token.has_fraction
                or text[end : end + 1] in _SCALED_CURRENCY  # "3 160 Md€"
            )
        ):
            scale = grammar.digit_scales.get(match[0])
            if (
                scale is not None
                and match[0] not in grammar.fraction_only
                and "-" not in text[position:at]  # "Form 10-K", "an 8-K filing": a code
            ):
                # a scale abbreviation after a space: "250 k€", "3,2 Mds"
                best = (reader.value * scale, end, False, False)
                break
        word = grammar.lookup(lower)
        pair = _pair(grammar, text, end, lower)
        if pair is not None:
            word, end = pair
            lower = text[at:end].lower()
        if word is None:
            glued = grammar.split_glued(lower)
            if glued is None:
                break
            ten = grammar.words[glued[0]]
            if not reader.accept(ten, not consumed, glued[0]):
                break
            word = grammar.words[glued[1]]
        kind = word.kind
        if kind is _Kind.ARTICLE:
            if consumed:
                break
            reader.last = _Kind.ARTICLE
            position, consumed = end, True
            continue
        if kind is _Kind.CONNECTOR:
            if reader.last in (None, _Kind.ARTICLE) or reader.terminal:
                break
            half = _half(grammar, text, end)
            if half is not None:
                if reader.last is _Kind.SCALE and reader.last_scale is not None:
                    reader.total += reader.last_scale / 2
                    reader.terminal = True
                else:
                    reader.group += Decimal("0.5")
                    reader.last = _Kind.DIGITS
                position, spelled = half, True
                best = (reader.value, position, reader.ordinal, spelled)
                if reader.terminal:
                    break
                continue
            # The connector belongs to the number only if a number word continues it.
            next_at = _gap_end(text, end)
            following = _WORD.match(text, next_at) if next_at > end else None
            if following is None:
                break
            next_lower = following[0].lower()
            next_word = grammar.lookup(next_lower)
            if next_word is None or next_word.kind > _Kind.MULTIPLIER:
                break
            if not reader.accept(next_word, False, next_lower):
                break
            position, spelled = following.end(), True
            words_used += 2
            best = (reader.value, position, reader.ordinal, spelled)
            if reader.terminal:
                break
            continue
        if kind is _Kind.POINT:
            if reader.last not in (None, _Kind.UNIT, _Kind.TEEN, _Kind.TEN, _Kind.DIGITS):
                break
            if reader.ordinal or (digit_token is not None and not digit_token.plain):
                break
            fraction = _decimal_part(grammar, text, end)
            if fraction is None:
                break
            digits, position = fraction
            reader.group += Decimal(f"0.{digits}")
            reader.last = _Kind.DIGITS
            consumed = spelled = True
            best = (reader.value, position, reader.ordinal, spelled)
            continue
        if kind in (_Kind.NEGATIVE, _Kind.DANGLING):
            break
        if digit_token is not None and (
            kind < _Kind.HUNDRED or (word.ordinal and not _ordinal_scale(word, lower))
        ):
            break  # "3 trois", "3 millième": two numbers, not one
        if not reader.accept(word, not consumed, lower):
            break
        words_used += 1
        consumed = spelled = True
        determiner_only = word.determiner and words_used == 1 and digit_token is None
        position = end
        if not reader.provisional:
            best = (reader.value, position, reader.ordinal, spelled)
        if reader.terminal:
            break
    if best is None:
        return None
    if digit_token is None and text.startswith("-", best[1]) and grammar.hyphen_nouns:
        after = _WORD.match(text, best[1] + 1)
        if after is not None and after[0].lower() in grammar.hyphen_nouns:
            return None  # "deux-roues", "un deux-pièces": a compound noun, no figure
    if determiner_only and words_used == 1:
        if text.startswith("-", best[1]) and text[best[1] + 1 : best[1] + 2].isalpha():
            return None  # the first word of a compound ("single-family", "single-digit")
        following = _NEXT_WORD.match(text, best[1])
        if following is not None and (
            following[1].lower() not in grammar.determiner_followers
            or text.startswith("-", following.end(1))  # "un contre-la-montre": a noun
        ):
            return None  # an article before a noun ("un constructeur"), not a number
    if (
        words_used == 1
        and digit_token is None
        and text[start : best[1]].lower() in grammar.homographs
    ):
        previous = _WORD_BEFORE.search(text, max(0, start - 40), start)
        following = _NEXT_WORD.match(text, best[1])
        if previous is not None and (following is None or following[1].lower() in grammar.stops):
            before = previous[1].lower()
            if before not in grammar.stops:
                return None  # an adjective after its noun ("un véhicule neuf."), not a number
            if before in grammar.homograph_articles:
                return None  # a noun after its article ("élargi pour le neuf le 1er avril")
    if words_used == 1 and digit_token is None and grammar.pronouns:
        leads = grammar.pronouns.get(text[start : best[1]].lower())
        previous = _WORD_BEFORE.search(text, max(0, start - 40), start) if leads else None
        if leads and previous is not None and previous[1].lower() in leads:
            return None  # "no one was hurt", "another one", "the one I want": a pronoun
        if (
            grammar.superlative is not None
            and text[start : best[1]].lower() == "one"
            and grammar.superlative.match(text, best[1]) is not None
        ):
            return None  # "one of the largest banks": one among them, no count
    if best[3]:
        best = (best[0], _dangling_end(grammar, text, best[1]), best[2], best[3])
    return _numeral(text, numeral_start, best, numeral_start < start)


# The least scale an ordinal after digits multiplies them by ("le 300 millionième visiteur",
# "the 100 millionth"): "3 millième" (a thousandth) stays two numbers.
_LEAST_ORDINAL_SCALE = 1e6


def _ordinal_scale(word: _Word, lower: str) -> bool:
    """Whether ``word`` is the ordinal of a scale of a million or more, in the singular, that
    digits before it multiply: "300 millionième", "100 millionth" (a plural is a fraction:
    "3 millionièmes")."""
    return word.kind is _Kind.SCALE and word.value >= _LEAST_ORDINAL_SCALE and lower[-1:] != "s"


def _superlative_pattern(table: dict[str, list[str]]) -> re.Pattern[str] | None:
    """What follows a number word that is a pronoun before a superlative: the link, up to
    two determiners or possessives, then a superlative of the list or with one of the
    endings ("one of the world's biggest"; an ending alone would take "interest")."""
    links, words, endings = table.get("links"), table.get("words"), table.get("endings")
    if not links or not (words or endings):
        return None
    link = "|".join(re.escape(w) for w in links)
    dets = "|".join(re.escape(w) for w in table.get("determiners", []))
    owner = r"[^\W\d_]+['’]s"
    det = f"(?:{dets}|{owner})" if dets else owner
    heads = [re.escape(w) for w in words or []]
    heads += (
        [rf"[^\W\d_]{{2,}}(?:{'|'.join(re.escape(e) for e in endings or [])})"] if endings else []
    )
    return re.compile(
        rf"[ \u00a0]+(?:{link})[ \u00a0]+(?:{det}[ \u00a0]+){{0,2}}(?:{'|'.join(heads)})(?![\w-])",
        re.IGNORECASE,
    )


def _alone(grammar: _Grammar, text: str, end: int) -> bool:
    """Whether the figure in digits that ends at ``end`` takes no word after it: no space
    or hyphen follows it, or no word after that, or a word that goes on no number
    (:meth:`_Grammar.inert`): the first step of :func:`_read_body`'s loop ends there."""
    gap = _GAP.match(text, end)  # (as :func:`_gap_end` finds it)
    if gap is None or gap.end() == end:
        return True
    match = _WORD.match(text, gap.end())
    return match is None or grammar.inert(match[0])


def _gap_end(text: str, position: int) -> int:
    gap = _GAP.match(text, position)
    return gap.end() if gap is not None else position


def _dangling_end(grammar: _Grammar, text: str, end: int) -> int:
    """Keep a dangling "of"/"de" at the very end of a text ("a dozen of")."""
    at = _gap_end(text, end)
    match = _WORD.match(text, at) if at > end else None
    if match is None:
        return end
    word = grammar.lookup(match[0].lower())
    if word is None or word.kind is not _Kind.DANGLING or not _END.match(text, match.end()):
        return end
    return match.end()


def _numeral(
    text: str, start: int, best: tuple[Decimal, int, bool, bool], negative: bool
) -> Numeral:
    value, end, ordinal, spelled = best
    signed = float(-value if negative else value)
    return Numeral(start, end, text[start:end], signed, ordinal, spelled)


def _pair(grammar: _Grammar, text: str, end: int, lower: str) -> tuple[_Word, int] | None:
    """A two-word compound starting with ``lower`` ("quatre-vingt", "a couple")."""
    if lower not in grammar.compound_firsts:
        return None
    gap = _GAP.match(text, end)
    at = gap.end() if gap is not None else end
    if at == end:
        return None
    match = _WORD.match(text, at)
    if match is None:
        return None
    word = grammar.compounds.get((lower, match[0].lower()))
    return (word, match.end()) if word is not None else None


def _half(grammar: _Grammar, text: str, end: int) -> int | None:
    """The end of a half phrase ("demi", "a half") right after ``end``, if any."""
    for phrase in grammar.halves:
        position = end
        for part in phrase:
            gap = _GAP.match(text, position)
            at = gap.end() if gap is not None else position
            match = _WORD.match(text, at)
            if at == position or match is None or match[0].lower() != part:
                break
            position = match.end()
        else:
            return position
    return None


def _decimal_part(grammar: _Grammar, text: str, end: int) -> tuple[str, int] | None:
    """The digits after a spoken decimal mark: "virgule 5", "point seven seven"."""
    gap = _GAP.match(text, end)
    at = gap.end() if gap is not None else end
    if at == end:
        return None
    digit = _PLAIN_DIGITS.match(text, at)
    if digit is not None:
        return digit[0], digit.end()
    whole = _whole_decimal_part(grammar, text, at)
    if whole is not None:
        return whole
    digits = ""
    position = end
    while True:
        gap = _GAP.match(text, position)
        at = gap.end() if gap is not None else position
        match = _WORD.match(text, at)
        if at == position or match is None:
            break
        word = grammar.lookup(match[0].lower())
        if word is None or word.ordinal or word.kind > _Kind.TEEN:
            break
        if word.kind is not _Kind.UNIT and digits:
            break
        digits += str(int(word.value))
        position = match.end()
        if word.kind is not _Kind.UNIT:
            break
    return (digits, position) if digits else None


def _whole_decimal_part(grammar: _Grammar, text: str, at: int) -> tuple[str, int] | None:
    """The digits of a decimal part said as one number below a thousand: "point ninety-nine"
    (.99), "virgule quatre-vingt-dix-neuf" (.99), "virgule deux cent trente six" (.236).
    Digit by digit ("point seven seven"), and before a scale word ("two point five
    million"), the caller reads it word by word."""
    match = _WORD.match(text, at)
    first = grammar.lookup(match[0].lower()) if match is not None else None
    if match is None or first is None or first.ordinal:
        return None
    if first.kind is _Kind.UNIT:
        gap = _gap_end(text, match.end())
        following = _WORD.match(text, gap) if gap > match.end() else None
        nxt = grammar.lookup(following[0].lower()) if following is not None else None
        pair = (match[0].lower(), following[0].lower()) if following is not None else None
        if nxt is None or (nxt.kind is not _Kind.HUNDRED and pair not in grammar.compounds):
            return None  # "point seven seven", "virgule cinq"; not "quatre-vingt", "deux cent"
    elif first.kind is not _Kind.TEN:
        return None
    body = _read_body(grammar, text, at, False)
    if body is None or body.ordinal or body.start != at or not 10 <= body.value < 1000:
        return None
    if body.value != int(body.value):
        return None
    return str(int(body.value)), body.end


def _negative_blocked(grammar: _Grammar, text: str, at: int) -> bool:
    """Whether the word before a negative word makes it something else ("plus ou moins")."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and before[1].lower() in grammar.negative_not_after

"""Words, phrases and names: the token-level machinery claims are assembled with.

A sentence is cut into :class:`Token` objects that keep their offsets in the
whole text. Phrases (lexicon entries, reference aliases) are looked up in a
:class:`PhraseIndex`, a dictionary keyed by the first word of each phrase, so
a lookup costs one dictionary probe per word whatever the number of phrases:
10 000 entity aliases cost no more than ten.

>>> tokens = tokenize("Le groupe Renault a vendu 2,2 millions de véhicules.")
>>> [t.norm for t in tokens][:4]
['le', 'groupe', 'renault', 'a']
>>> index = PhraseIndex([("groupe renault", "Renault")])
>>> index.longest_at([t.norm for t in tokens], 1)
('Renault', 2)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Generic, Literal, NamedTuple, TypeVar

from claimcheck.terms import fold

__all__ = [
    "Gazetteer",
    "Name",
    "NamePieces",
    "PhraseIndex",
    "Token",
    "find_names",
    "first_word",
    "name_key",
    "name_pieces",
    "phrase_key",
    "read_tokens",
    "tokenize",
    "word_tokens",
]

V = TypeVar("V")

# A word is letters and digits, possibly joined by inner hyphens or periods ("États-Unis",
# "J.-C" stays in pieces, "Moyen-Orient" is one word); apostrophes separate words, as French
# elision does ("l'entreprise" → "l", "entreprise"); any other sign is a token of its own.
# (Possessive quantifiers: nothing follows a word that could make the engine give letters
# back, so it keeps no backtracking state; the same tokens, found faster.)
_TOKEN = re.compile(r"[^\W_]++(?:[-.&][^\W_]++)*+|[^\w\s'’]")  # "R&D", "AT&T": one word


class Token(NamedTuple):
    """One word or sign: its casefolded form and its offsets in the whole text."""

    norm: str
    start: int
    end: int
    text: str

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets in ``text``."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    append, new, find = tokens.append, tuple.__new__, text.find  # new: Token(...), but faster
    at = start
    for word in _TOKEN.findall(text, start, stop):
        # What lies between two tokens (spaces, apostrophes, "_") is never part of one: the
        # next occurrence of a token's text is the token.
        at = find(word, at)
        after = at + len(word)
        append(new(Token, (word.casefold(), at, after, word)))
        at = after
    return tokens


def first_word(text: str, start: int = 0, end: int | None = None) -> str:
    """The casefolded first token of ``text[start:end]`` ("" if none): ``tokenize(…)[0].norm``
    without cutting the rest.

    >>> first_word("Lire aussi : …")
    'lire'
    """
    found = _TOKEN.search(text, start, len(text) if end is None else end)
    return found.group().casefold() if found is not None else ""


def word_tokens(text: str) -> list[str]:
    """The tokens of ``text`` as written (``phrase_key`` before casefolding, in one C pass).

    >>> word_tokens("l'an dernier,")
    ['l', 'an', 'dernier', ',']
    """
    return _TOKEN.findall(text)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lookup key of a phrase: its words, casefolded.

    >>> phrase_key("d'après")
    ('d', 'après')
    """
    return tuple(map(str.casefold, _TOKEN.findall(phrase)))  # (the pattern has no group)


class PhraseIndex(Generic[V]):
    """Phrases (sequences of words) mapped to values, found by dictionary lookups."""

    def __init__(
        self,
        pairs: Iterable[tuple[str, V]] = (),
        *,
        key: Callable[[str], tuple[str, ...]] | None = None,
    ) -> None:
        self._key = key or phrase_key
        self._values: dict[tuple[str, ...], V] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}
        lengths: dict[str, set[int]] = {}
        for phrase, value in pairs:
            key_ = self._key(phrase)
            if not key_:
                continue
            self._values.setdefault(key_, value)
            lengths.setdefault(key_[0], set()).add(len(key_))
        for first, found in lengths.items():
            self._lengths[first] = tuple(sorted(found, reverse=True))
        # For lookups that end at a word: the last word of every phrase, and the longest.
        self._last_words = frozenset(k[-1] for k in self._values)
        self._longest = max((len(k) for k in self._values), default=0)

    def __len__(self) -> int:
        return len(self._values)

    @property
    def first_words(self) -> Mapping[str, tuple[int, ...]]:
        """The first word of every phrase (→ the phrases' lengths, longest first)."""
        return self._lengths

    @property
    def last_words(self) -> frozenset[str]:
        """The last word of every phrase: a phrase ends at a word only if it is one of them."""
        return self._last_words

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and self._key(phrase) in self._values

    def get(self, phrase: str) -> V | None:
        return self._values.get(self._key(phrase))

    def values(self) -> Iterable[V]:
        return self._values.values()

    def longest_at(self, words: Sequence[str], i: int) -> tuple[V, int] | None:
        """The value and length of the longest phrase that starts at word ``i``."""
        lengths = self._lengths.get(words[i]) if i < len(words) else None
        if lengths is None:
            return None
        for n in lengths:
            if i + n <= len(words):
                value = self._values.get(tuple(words[i : i + n]))
                if value is not None:
                    return value, n
        return None

    def lengths_at(self, words: Sequence[str], i: int) -> tuple[int, ...]:
        """The lengths of the phrases that start with word ``i`` (longest first)."""
        lengths = self._lengths.get(words[i], ()) if i < len(words) else ()
        return tuple(n for n in lengths if i + n <= len(words))

    def value_of(self, words: Sequence[str]) -> V | None:
        """The value of exactly these words, or None."""
        return self._values.get(tuple(words))

    def longest_ending_at(self, words: Sequence[str], end: int, longest: int = 6) -> int:
        """The length of the longest phrase that ends just before word ``end`` (0: none)."""
        if end <= len(words):
            if end <= 0 or words[end - 1] not in self._last_words:
                return 0  # the usual answer, told by one word
            longest = min(longest, self._longest)
        for n in range(min(longest, end), 0, -1):
            if tuple(words[end - n : end]) in self._values:
                return n
        return 0

    def find_all(self, words: Sequence[str]) -> list[tuple[int, int, V]]:
        """Every phrase in ``words``, leftmost-longest and without overlaps: (start, end, value)."""
        found: list[tuple[int, int, V]] = []
        i = 0
        while i < len(words):
            hit = self.longest_at(words, i)
            if hit is None:
                i += 1
                continue
            value, n = hit
            found.append((i, i + n, value))
            i += n
        return found


class Name(NamedTuple):
    """A name found in a sentence: token positions, offsets and its canonical form."""

    first: int  # index of its first token
    last: int  # index after its last token
    start: int
    end: int
    canonical: str
    known: bool  # from the gazetteer (True) or a guess from capitals (False)


_new = tuple.__new__  # Name(...) without its Python-level __new__, on the hot path


@functools.lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    return word if word.isascii() else fold(word)


@functools.lru_cache(maxsize=65536)
def name_key(phrase: str) -> tuple[str, ...]:
    """The key a name is looked up by: its words folded (no case, no accents), hyphens
    splitting words as spaces do (read once per process: articles repeat their names, and
    a sentence's known names are looked up again among the places).

    >>> name_key("l'Île-de-France")
    ('l', 'ile', 'de', 'france')
    """
    return tuple(_PIECE.findall(fold(phrase)))


_PIECE = re.compile(r"[^\W_]+")


class NamePieces(NamedTuple):
    """The words names are looked up by (tokens folded, split at hyphens and periods), for
    each the index of the token it comes from, and the set of them."""

    words: list[str]
    owner: list[int]
    distinct: frozenset[str]


def name_pieces(tokens: Sequence[Token]) -> NamePieces:
    """The pieces of ``tokens`` a :class:`Gazetteer` looks names up by.

    >>> name_pieces(tokenize("aux États-Unis"))[:2]
    (['aux', 'etats', 'unis'], [0, 1, 1])
    """
    pieces: list[str] = []
    owner: list[int] = []
    known = _PIECES
    for i, token in enumerate(tokens):
        parts = known.get(token.norm)
        if parts is None:
            parts = _pieces_of(token.norm)
            if len(known) >= _PIECES_KEPT:
                known.clear()
            known[token.norm] = parts
        if len(parts) == 1:  # most words: one piece
            pieces.append(parts[0])
            owner.append(i)
        elif parts:
            pieces.extend(parts)
            owner.extend([i] * len(parts))
    return NamePieces(pieces, owner, frozenset(pieces))


class TokenReading(NamedTuple):
    """A stretch of text read once for everything names are found by: its tokens, their
    casefolded forms, their :func:`name_pieces` and the indexes of the capitalized ones."""

    tokens: list[Token]
    words: list[str]
    pieces: NamePieces
    capitals: list[int]


def read_tokens(text: str, start: int = 0, end: int | None = None) -> TokenReading:
    """``tokenize(text, start, end)`` with the tokens' casefolded forms, name pieces and
    capitalized tokens, in one pass: what each written word gives is read once per process
    (articles repeat their words) rather than by a pass of each kind over every sentence.

    >>> reading = read_tokens("Aux États-Unis, Tesla")
    >>> reading.tokens == tokenize("Aux États-Unis, Tesla"), reading.words
    (True, ['aux', 'états-unis', ',', 'tesla'])
    >>> reading.pieces == name_pieces(reading.tokens), reading.capitals
    (True, [0, 1, 3])
    """
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    words: list[str] = []
    pieces: list[str] = []
    owner: list[int] = []
    capitals: list[int] = []
    append, new, find = tokens.append, tuple.__new__, text.find  # new: Token(...), but faster
    known = _READINGS
    at = start
    for i, word in enumerate(_TOKEN.findall(text, start, stop)):
        reading = known.get(word)
        if reading is None:
            norm = word.casefold()
            parts = _PIECES.get(norm)
            if parts is None:
                parts = _pieces_of(norm)
            reading = (norm, parts, word[:1].isupper())
            if len(known) >= _PIECES_KEPT:
                known.clear()
            known[word] = reading
        norm, parts, capital = reading
        # (the next occurrence of a token's text is the token: see ``tokenize``)
        at = find(word, at)
        after = at + len(word)
        append(new(Token, (norm, at, after, word)))
        words.append(norm)
        if capital:
            capitals.append(i)
        if len(parts) == 1:  # most words: one piece
            pieces.append(parts[0])
            owner.append(i)
        elif parts:
            pieces.extend(parts)
            owner.extend([i] * len(parts))
        at = after
    return TokenReading(tokens, words, NamePieces(pieces, owner, frozenset(pieces)), capitals)


def _pieces_of(norm: str) -> tuple[str, ...]:
    """A casefolded token's pieces: folded, split at hyphens and periods, signs dropped."""
    if norm.isascii() and norm.isalnum():  # most words: nothing to fold or split
        return (norm,)
    folded = _folded(norm)
    return (folded,) if folded.isalnum() else tuple(_PIECE.findall(folded))


_PIECES: dict[str, tuple[str, ...]] = {}  # each token's pieces, read once per process
_PIECES_KEPT = 65536
# each written word's casefolded form, pieces and capital, read once per process (read_tokens)
_READINGS: dict[str, tuple[str, tuple[str, ...], bool]] = {}


def _capitalized(alias: str, canonical: str, by_canonical: bool) -> bool:
    """Whether ``alias`` matches only words among which one is capitalized: when it is
    capitalized itself, or (``by_canonical``) when its canonical name is and the alias is
    one lowercase word ("orange" for "Orange"); a lowercase phrase of several words a user
    gave is specific enough to match as written ("aéroports parisiens")."""
    if not by_canonical:
        return alias[:1].isupper()
    if alias[:1].isupper():
        return True
    return canonical[:1].isupper() and " " not in alias.strip()


class Gazetteer:
    """Entity aliases → canonical names, looked up word by word, whatever the accents.

    A name that is capitalized only matches words among which one is capitalized, so
    that the company "Orange" is not found in "une orange" but "groupe Renault" is.
    ``capitals`` says what tells: the alias itself ("alias") or, for aliases of one word
    given in lowercase, the canonical name ("canonical"; a lowercase phrase of several words
    matches as written: "aéroports parisiens"). ``holders`` are longer names of other things
    that hold one of the names ("Amazon Web Services", a metric of Amazon): see :meth:`holds`.

    >>> g = Gazetteer([("Xiaomi Auto", "Xiaomi"), ("Xiaomi", "Xiaomi")])
    >>> [n.canonical for n in g.find(tokenize("XIAOMI AUTO a livré 20 000 voitures"))]
    ['Xiaomi']
    >>> Gazetteer([("Etats-Unis", "United States")]).find(tokenize("aux États-Unis"))[0].start
    4
    """

    def __init__(
        self,
        aliases: Iterable[tuple[str, str]],
        *,
        capitals: Literal["alias", "canonical"] = "alias",
        holders: Iterable[str] = (),
        sources: Iterable[str] = (),
    ) -> None:
        by_canonical = capitals == "canonical"
        # the publishers a reference cites, no names of it: quoted, they are no subjects
        self._sources = frozenset(name_key(s) for s in sources)
        # names of other things written with capitals, which hold a name of this gazetteer
        # without meaning it ("Amazon Web Services", a division): see :meth:`holds`
        self._holders = frozenset(name_key(h) for h in holders)
        self._index: PhraseIndex[tuple[str, bool]] = PhraseIndex(
            (
                (alias, (canonical, _capitalized(alias, canonical, by_canonical)))
                for alias, canonical in aliases
            ),
            key=name_key,
        )
        self.canonical_names = frozenset(value[0] for value in self._index.values())
        self._firsts = frozenset(self._index.first_words)  # the words a name starts with

    def __len__(self) -> int:
        return len(self._index)

    def get(self, phrase: str) -> str | None:
        """The canonical name of a phrase, or None."""
        value = self._index.get(phrase)
        return value[0] if value is not None else None

    def holds(self, phrase: str) -> bool:
        """Whether ``phrase``, written whole, is the name of something else (one of the
        ``holders`` given), so that a name of the gazetteer inside it is not meant.

        >>> g = Gazetteer([("Amazon", "Amazon")], holders=["Amazon Web Services"])
        >>> g.holds("Amazon Web Services"), g.holds("Amazon")
        (True, False)
        """
        return bool(self._holders) and name_key(phrase) in self._holders

    def cites(self, phrase: str) -> bool:
        """Whether ``phrase`` is a publisher the reference cites (one of the ``sources``).

        >>> Gazetteer([], sources=["VisitBritain"]).cites("VisitBritain")
        True
        """
        return bool(self._sources) and name_key(phrase) in self._sources

    def find(self, tokens: Sequence[Token], pieces: NamePieces | None = None) -> list[Name]:
        """The names among ``tokens``, leftmost-longest, as whole tokens.

        ``pieces`` is ``name_pieces(tokens)``, when the caller already has it (one sentence
        looked up in several gazetteers).
        """
        if pieces is None:
            pieces = name_pieces(tokens)
        words, owner, distinct = pieces
        names: list[Name] = []
        firsts = self._firsts
        if firsts.isdisjoint(distinct):
            return names  # no word of the sentence starts a name: the usual case
        a = 0  # the first piece a name may start at (after the last one found)
        for b in _positions(words, firsts & distinct):
            if b < a:
                continue
            match = self._match_at(words, owner, tokens, b)
            if match is None:
                continue
            a, canonical = match
            first, last = owner[b], owner[a - 1] + 1
            start, end = tokens[first].start, tokens[last - 1].end
            names.append(_new(Name, (first, last, start, end, canonical, True)))
        return names

    def _match_at(
        self, pieces: Sequence[str], owner: Sequence[int], tokens: Sequence[Token], a: int
    ) -> tuple[int, str] | None:
        """The longest alias at piece ``a`` made of whole tokens, capitalized when it must be."""
        if a > 0 and owner[a - 1] == owner[a]:
            return None  # inside a word
        values = self._index._values
        for n in self._index._lengths.get(pieces[a], ()):
            b = a + n
            if b > len(pieces):
                continue
            value = values.get(tuple(pieces[a:b]))
            if value is None or (b < len(owner) and owner[b] == owner[b - 1]):
                continue
            canonical, capital = value
            if capital:
                for i in range(owner[a], owner[b - 1] + 1):
                    if tokens[i].text[:1].isupper():
                        break
                else:
                    continue  # no capital where the name needs one
            return b, canonical
        return None


def _positions(words: list[str], wanted: Iterable[str]) -> list[int]:
    """The indexes of the words in ``wanted``, in order (a few C scans, one per wanted word
    and occurrence, rather than a test of every word).

    >>> _positions(["la", "tour", "eiffel", "et", "la", "tour"], {"tour", "et"})
    [1, 3, 5]
    """
    found: list[int] = []
    for word in wanted:
        i = -1
        for _ in range(words.count(word)):
            i = words.index(word, i + 1)
            found.append(i)
    found.sort()
    return found


def find_names(
    tokens: Sequence[Token],
    text: str,
    *,
    numbered: frozenset[str] = frozenset(),
    not_names: frozenset[str],
    adjective_endings: tuple[str, ...] = (),
    connectors: PhraseIndex[bool],
    sentence_start_is_name: bool,
    words: Sequence[str] | None = None,
    capitals: Sequence[int] | None = None,
    institutions: PhraseIndex[bool] | None = None,
) -> list[Name]:
    """Proper-noun phrases: runs of capitalized words and acronyms.

    Connectors ("de", "of") join two capitalized runs ("Banque de France"); a
    number right after a name that is not itself a figure belongs to it
    ("Entreprise 4711", "Peugeot 208") — the caller decides which numbers are
    figures by giving their tokens as lowercase-free digits. The first word of
    the sentence is a name only if ``sentence_start_is_name`` says so. A common
    word in ``numbered`` starts a name when a number or a connected capitalized word
    follows it ("Entreprise 4711", "Banque de France"). ``words`` are the tokens' casefolded
    forms, and ``capitals`` the indexes of the capitalized tokens, when the caller has them
    (:func:`read_tokens`). A capitalized head in ``institutions`` runs on through a few
    lowercase words to a connector and a name ("Fédération hospitalière de France"). A
    word with one of ``adjective_endings`` is no name ("the Munich-based office").
    """
    if words is None:
        words = [t.norm for t in tokens]
    if capitals is None:
        capitals = [k for k, t in enumerate(tokens) if t.text[:1].isupper()]
    names: list[Name] = []
    if not capitals:
        return names
    n = len(tokens)
    name_word = [False] * n  # _name_word of each token, computed once (capitalized ones only)
    for k in capitals:
        token = tokens[k]
        name_word[k] = (
            token.text[:1].isalnum()
            and token.norm not in not_names
            and not (adjective_endings and token.norm.endswith(adjective_endings))
        )
    after = 0  # the first token a name may start at (after the last one found)
    # A name starts with a capitalized token (both ways of starting one need a capital).
    for i in capitals:
        if i < after:
            continue
        token = tokens[i]
        numbered_name = (
            token.norm in numbered
            and i + 1 < n
            and _adjacent(text, token, tokens[i + 1])
            and (tokens[i + 1].text.isdigit() or _joins_a_name(tokens, words, i + 1, connectors))
        )
        if not numbered_name and (not name_word[i] or (i == 0 and not sentence_start_is_name)):
            continue
        j = i + 1
        if institutions is not None and token.norm in institutions.first_words:
            j = _institution_end(text, tokens, words, i, institutions, connectors, name_word) or j
        while j < n:
            if name_word[j] and _adjacent(text, tokens[j - 1], tokens[j]):
                j += 1
                continue
            if (
                words[j] in numbered
                and tokens[j].text[:1].isupper()
                and _adjacent(text, tokens[j - 1], tokens[j])
            ):
                j += 1  # "Volkswagen Group", "Renault Group": a capitalized head ends a name
                continue
            link = connectors.longest_at(words, j)
            if link is not None:
                k = j + link[1]
                if k < n and name_word[k]:
                    j = k + 1
                    continue
            break
        if j - i > 1 or len(token.text) > 1:  # a lone capital ("catégorie A") is no name
            end = tokens[j - 1].end
            names.append(_new(Name, (i, j, token.start, end, text[token.start : end], False)))
        after = j
    return names


_RUN_ON = 3  # lowercase words an institution's name runs on through before its connector


def _institution_end(
    text: str,
    tokens: Sequence[Token],
    words: Sequence[str],
    i: int,
    heads: PhraseIndex[bool],
    connectors: PhraseIndex[bool],
    name_word: Sequence[bool],
) -> int | None:
    """Where an institution's name opened at ``i`` ends when its head runs on through
    lowercase words to a connector and a capitalized name: "Fédération| hospitalière de
    France|", "Agence| régionale de santé d'Occitanie|". A lowercase word of the run is a
    connector or has four letters or more ("Union a reçu" is no name: a verb follows)."""
    head = heads.longest_at(words, i)
    if head is None:
        return None
    n = len(tokens)
    p = i + head[1]
    for _ in range(_RUN_ON + 1):
        if p >= n or not _adjacent(text, tokens[p - 1], tokens[p]):
            return None
        link = connectors.longest_at(words, p)
        if link is not None and p > i + head[1]:
            k = p + link[1]
            if k < n and name_word[k]:
                return k + 1
        piece = tokens[p].text
        if not (piece.isalpha() and piece.islower() and (len(piece) >= 4 or link is not None)):
            return None
        p += 1
    return None


def _joins_a_name(
    tokens: Sequence[Token], words: Sequence[str], j: int, connectors: PhraseIndex[bool]
) -> bool:
    """A connector then a capitalized word: "Banque| de France"."""
    link = connectors.longest_at(words, j)
    k = j + link[1] if link is not None else j
    return link is not None and k < len(tokens) and tokens[k].text[:1].isupper()


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """Two tokens separated by nothing but one space (no comma, no line break)."""
    gap = text[a.end : b.start]
    return gap in (" ", "\u00a0", "\u202f", "")

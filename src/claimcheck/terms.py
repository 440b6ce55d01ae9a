"""Light lemmas: the keys that match what a claim measures to a reference metric.

:func:`terms` lowercases a phrase, strips its accents, drops its stop words and
folds each remaining word to a key shared by its family, so that the many
forms of one idea meet: "produit", "produites", "production", "produire" and
"a produit" all give ``produce``. It is a light stemmer, not a morphological
analyser: the stop words, the suffixes it strips and the word families it folds
are data in ``lexicons/<lang>/terms.toml``. Family keys are concept names shared
by all languages ("vendu" and "sold" both give ``sell``), so a metric named in
one language can meet a claim in another.

Claims put ``terms(noun + " " + verb, lang)`` into ``Measure.terms``; the
reference applies the same function to metric names and aliases, so both sides
always agree.

>>> terms("a produit", "fr") == terms("production", "fr") == terms("produites", "fr")
True
>>> terms("ventes", "fr") == terms("vendu", "fr")
True
>>> terms("salariés", "fr") == terms("employés", "fr")
False
>>> terms("units produced", "en"), terms("unités produites", "fr")
(('unit', 'produce'), ('unit', 'produce'))
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimcheck.lexicon import load_lexicon, supported_languages

__all__ = [
    "change_nouns",
    "direction",
    "distinctive_terms",
    "fold",
    "generic_terms",
    "is_points",
    "loss_nouns",
    "names_a_change_rate",
    "narrowing_basis",
    "partner_named",
    "percent_heads",
    "points_of_a_share",
    "says_added_after",
    "says_addition",
    "says_deficit",
    "says_fiscal",
    "says_flow",
    "says_per_unit",
    "says_year_on_year",
    "terms",
]


class TermsLexicon(BaseModel):
    """The schema of ``lexicons/<lang>/terms.toml`` (its header documents it)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    min_stem: int = Field(default=3, ge=1)
    stop_words: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    families: dict[str, tuple[str, ...]] = {}
    rises: tuple[str, ...] = ()
    falls: tuple[str, ...] = ()
    name_words: frozenset[str] = frozenset()
    points: frozenset[str] = frozenset()
    change_rates: frozenset[str] = frozenset()
    reaches: frozenset[str] = frozenset()
    fiscal: frozenset[str] = frozenset()
    additions: frozenset[str] = frozenset()
    # words right after a figure or its noun that make it an addition to a level: "90 radars
    # supplémentaires", "90 additional cameras" (read by ``says_added_after``)
    added_words: tuple[str, ...] = ()
    per_unit: tuple[str, ...] = ()
    year_on_year: tuple[str, ...] = ()
    deficits: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()
    # words that make a measure a narrower one than a metric which lacks them: "core inflation"
    # is not inflation, "l'inflation sous-jacente" not l'inflation
    narrowing: tuple[str, ...] = ()
    # pairs of words of which a measure names one and a metric the other: the two measure
    # different things ("le Smic horaire net" is not the gross Smic, "net sales" no gross sales)
    opposites: tuple[tuple[str, str], ...] = ()
    # phrases after or around a measure that state the narrower basis it is taken on: "ventes
    # en données comparables", "sales rose 4% on a like-for-like basis"
    narrowing_bases: tuple[str, ...] = ()
    # nouns of trade and the links after which a capitalized name is a partner, which
    # narrows the measure: "exports to the United States", "exportations allemandes vers les
    # États-Unis" (up to two lowercase words between the noun and its link)
    partner_nouns: tuple[str, ...] = ()
    partner_links: tuple[str, ...] = ()
    # articles that may stand between a link and the partner's name ("the", "les")
    partner_articles: tuple[str, ...] = ()
    percent_heads: tuple[str, ...] = ()
    flows: tuple[str, ...] = ()
    rises_after: frozenset[str] = frozenset()
    falls_after: frozenset[str] = frozenset()
    # the nouns a verb of change stands for in a metric's name: "les prix ont augmenté"
    # meets "hausse des prix", "prices rose" meets "price increase"
    rise_nouns: tuple[str, ...] = ()
    fall_nouns: tuple[str, ...] = ()
    loss_nouns: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _folded(self) -> TermsLexicon:
        words = (
            *self.stop_words,
            *self.suffixes,
            *self.families,
            *self.name_words,
            *self.points,
            *self.change_rates,
            *self.reaches,
            *self.fiscal,
            *self.additions,
            *self.added_words,
            *self.per_unit,
            *self.year_on_year,
            *self.narrowing_bases,
            *self.partner_nouns,
            *self.partner_links,
            *self.partner_articles,
            *self.deficits,
            *self.generic,
            *self.flows,
            *self.rises_after,
            *self.falls_after,
        )
        for word in words:
            if word != fold(word):
                raise ValueError(f"{word!r} must be written lowercase without accents")
        for members in self.families.values():
            for word in members:
                if word != fold(word):
                    raise ValueError(f"{word!r} must be written lowercase without accents")
        return self


_WORD = re.compile(r"[^\W_]+(?:&[^\W_]+)*", re.UNICODE)  # "R&D", "AT&T": one word


def fold(text: str) -> str:
    """Lowercase ``text`` and strip its accents ("Élysée" → "elysee").

    >>> fold("Véhicules Électriques")
    'vehicules electriques'
    """
    if text.isascii():
        return text.lower()  # nothing to decompose, and casefold is lower for ASCII
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    if decomposed.isascii():
        return decomposed  # combining marks are never ASCII
    return decomposed.translate(_UNMARKED)


class _Unmarked(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters come."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNMARKED = _Unmarked()


class _Stemmer:
    """One language's folding rules, compiled once."""

    def __init__(self, lexicon: TermsLexicon) -> None:
        self.min_stem = lexicon.min_stem
        self.stop_words = lexicon.stop_words
        # Longest suffix first, so "ements" is tried before "s".
        self.suffixes = tuple(sorted(set(lexicon.suffixes), key=len, reverse=True))
        self.family: dict[str, str] = {}
        # members of several words, matched whole on folded words ("produit interieur brut",
        # "gross domestic product" → gdp), by their first word
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, members in lexicon.families.items():
            self.family[key] = key
            for member in members:
                words = tuple(member.split())
                if len(words) > 1:
                    self.phrases.setdefault(words[0], []).append((words, key))
                else:
                    self.family[member] = key
        for found in self.phrases.values():
            found.sort(key=lambda entry: -len(entry[0]))  # the longest phrase first

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one stemmer per language, kept for life
    def key(self, word: str) -> str:
        found = self.family.get(word)
        if found is not None:
            return found
        stem = self._strip(word)
        found = self.family.get(stem)
        if found is not None:
            return found
        # A second ending may hide a family ("produits" → "produit" → "produ");
        # it is stripped only when that reaches one.
        return self.family.get(self._strip(stem), stem)

    def _strip(self, word: str) -> str:
        for suffix in self.suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= self.min_stem:
                return word[: -len(suffix)]
        return word


@functools.cache
def _stemmer(lang: str) -> _Stemmer:
    return _Stemmer(load_lexicon(lang, "terms", TermsLexicon))


@functools.lru_cache(maxsize=65536)
def terms(text: str, lang: str) -> tuple[str, ...]:
    """The light lemmas of ``text``'s content words, in order, each once.

    Numbers are kept as written; stop words are dropped.

    >>> terms("les unités produites", "fr")
    ('unit', 'produce')
    >>> terms("points de vente", "fr")
    ('point', 'sell')
    >>> terms("le produit intérieur brut", "fr"), terms("gross domestic product", "en")
    (('gdp',), ('gdp',))
    """
    stemmer = _stemmer(lang)
    seen: dict[str, None] = {}
    words = _WORD.findall(fold(text))
    # An acronym is a name, not a word with an ending: "DIRDE" (business R&D) is not "DIRD"
    # (all R&D) less an "e"; a word of three to six capitals is one, five in a text all in
    # capitals ("DIRDE" alone, an alias; but "VENTES TOTALES" is a title in capitals, and
    # "Les unités PRODUITES" a word stressed: their words keep their endings).
    acronyms = _acronyms(text) if not text.islower() else frozenset()
    phrases = stemmer.phrases
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        if word in phrases:
            whole = _phrase_at(words, i - 1, phrases[word])
            if whole is not None:
                seen.setdefault(whole[1], None)
                i += len(whole[0]) - 1
                continue
        if word in stemmer.stop_words:
            continue
        if word.isdigit():
            key = word
        elif word in acronyms:
            key = stemmer.family.get(word, word)
        else:
            key = stemmer.key(word)
        if key not in stemmer.stop_words:
            seen.setdefault(key, None)
    return tuple(seen)


def _acronyms(text: str) -> frozenset[str]:
    lowered = not text.isupper()
    return frozenset(
        fold(word)
        for word in _WORD.findall(text)
        if 2 < len(word) <= (6 if lowered else 5) and word.isupper() and word.isalpha()
    )


def _phrase_at(
    words: list[str], i: int, candidates: list[tuple[tuple[str, ...], str]]
) -> tuple[tuple[str, ...], str] | None:
    for phrase, key in candidates:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return phrase, key
    return None


@functools.cache
def _directions(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    rises = frozenset(key for word in lexicon.rises for key in terms(word, lang))
    falls = frozenset(key for word in lexicon.falls for key in terms(word, lang))
    return rises - falls, falls - rises


@functools.cache
def change_nouns(sense: int, lang: str) -> frozenset[str]:
    """The term keys of the nouns that name a change of ``sense`` (+1 a rise, -1 a fall) in
    a metric's name (``rise_nouns``, ``fall_nouns`` in terms.toml).

    >>> sorted(change_nouns(1, "fr"))  # "hausse", "augmentation", "progression"
    ['augment', 'hauss', 'progress']
    """
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    nouns = lexicon.rise_nouns if sense > 0 else lexicon.fall_nouns if sense < 0 else ()
    return _term_keys(nouns, lang)


@functools.cache
def loss_nouns(lang: str) -> frozenset[str]:
    """The term keys of the nouns a verb of loss stands for in a metric's name
    (``loss_nouns`` in terms.toml).

    >>> sorted(loss_nouns("fr")), sorted(loss_nouns("en"))  # "perte", "loss"
    (['pert'], ['los'])
    """
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return _term_keys(lexicon.loss_nouns, lang)


def _term_keys(words: Iterable[str], lang: str) -> frozenset[str]:
    """The term keys of each of ``words``, read one by one (a word may give several)."""
    return frozenset(key for word in words for key in terms(word, lang))


@functools.cache
def change_terms(lang: str) -> frozenset[str]:
    """The term keys of the words that say a change went up or down ("grew", "hausse")."""
    rises, falls = _directions(lang)
    return rises | falls


def direction(keys: Iterable[str], lang: str) -> int:
    """+1 if the light lemmas ``keys`` say a figure went up, -1 down, 0 if they do not tell.

    >>> direction(terms("les ventes ont reculé", "fr"), "fr")
    -1
    >>> direction(terms("deliveries rose", "en"), "en"), direction(terms("ventes", "fr"), "fr")
    (1, 0)
    """
    rises, falls = _directions(lang)
    found = set(keys)
    up, down = bool(found & rises), bool(found & falls)
    return 0 if up == down else (1 if up else -1)


_AFTER_REACH = 3  # words after a change figure where "more", "de moins" tell its direction


def direction_after(text: str, lang: str) -> int:
    """+1 or -1 when the first words of ``text`` (what follows a change figure) say which
    way it went ("2,2 % de moins qu'en 2023", "11% more than"), else 0.

    >>> direction_after(" de moins qu'en 2023", "fr"), direction_after(" fewer than", "en")
    (-1, -1)
    >>> direction_after(" des ventes", "fr")
    0
    """
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    stop = _stemmer(lang).stop_words
    for word in _WORD.findall(fold(text[:40]))[:_AFTER_REACH]:
        if word in lexicon.falls_after:
            return -1
        if word in lexicon.rises_after:
            return 1
        if word not in stop:
            return 0
    return 0


@functools.cache
def _points(lang: str) -> frozenset[str]:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return lexicon.points


@functools.lru_cache(maxsize=4096)  # the nouns after figures are few: "points", "voitures"…
def is_points(noun: str | None, lang: str) -> bool:
    """Whether a figure's noun says percentage points ("1,15 point", "0.5 points").

    >>> is_points("points", "en"), is_points("Point", "fr"), is_points("voitures", "fr")
    (True, True, False)
    """
    return noun is not None and fold(noun) in _points(lang)


@functools.lru_cache(maxsize=4096)
def points_of_a_share(noun: str | None, lang: str) -> bool:
    """Whether a figure's noun says percentage points, alone or of a share or a rate it
    names after a link and at most one word ("1 point de part de marché", "2 points of market
    share"); "points de vente" (points of sale) are none.

    >>> points_of_a_share("point de part de marché", "fr"), points_of_a_share("points", "en")
    (True, True)
    >>> points_of_a_share("points de vente", "fr")
    False
    """
    if noun is None:
        return False
    if is_points(noun, lang):
        return True
    words = _WORD.findall(fold(noun))
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return (
        len(words) >= 3
        and words[0] in _points(lang)
        and words[1] in lexicon.stop_words
        and not _percent_head_words(lang).isdisjoint(words[2:4])  # "of (market) share"
    )


@functools.cache
def _percent_head_words(lang: str) -> frozenset[str]:
    """The ``percent_heads`` of terms.toml, folded ("part", "taux", "share", "rate")."""
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return frozenset(fold(word) for word in lexicon.percent_heads)


@functools.cache
def _reaches(lang: str) -> frozenset[str]:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return lexicon.reaches


def states_a_level(text: str, lang: str) -> bool:
    """Whether a figure's text opens with a verb that reports the level reached
    (``reaches`` in terms.toml): "a atteint 27,4 milliards" names the level, rounded,
    where "au moins 27,4 milliards" sets a floor.

    >>> states_a_level("reached €27.4 billion", "en"), states_a_level("at least 5", "en")
    (True, False)
    >>> states_a_level("atteindre 618 millions", "fr")
    True
    """
    words = _WORD.findall(fold(text.split(maxsplit=1)[0])) if text.strip() else []
    return bool(words) and words[0] in _reaches(lang)


@functools.cache
def _fiscal(lang: str) -> frozenset[str]:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return lexicon.fiscal


def says_fiscal(text: str, lang: str) -> bool:
    """Whether words name a fiscal year (``fiscal`` in terms.toml): "in fiscal 2024",
    "son exercice 2025", "l'exercice clos le 30 juin".

    >>> says_fiscal("in its fiscal year 2025", "en"), says_fiscal("sur l'exercice clos", "fr")
    (True, True)
    >>> says_fiscal("in 2024", "en")
    False
    """
    return not _fiscal(lang).isdisjoint(_WORD.findall(fold(text)))


@functools.cache
def _additions(lang: str) -> frozenset[str]:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return lexicon.additions


@functools.lru_cache(maxsize=4096)  # a claim's verb: few distinct ones
@functools.cache
def _added_words(lang: str) -> tuple[str, ...]:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return lexicon.added_words


def says_added_after(text: str, lang: str) -> bool:
    """Whether one of the first words of ``text`` (what follows a figure, up to
    :data:`_ADDED_REACH` words) says the figure is added to a level (``added_words`` in
    terms.toml): "radars supplémentaires en 2024", "additional cameras".

    >>> says_added_after(" radars supplémentaires en 2024.", "fr")
    True
    >>> says_added_after(" radars en service", "fr")
    False
    """
    words = _added_words(lang)
    if not words:
        return False
    head = " ".join(_WORD.findall(fold(text[:_ADDED_CHARS]))[:_ADDED_REACH])
    return any(f" {w} " in f" {head} " for w in words)


_ADDED_REACH = 3  # words after a figure read for an addition ("radars fixes supplémentaires")
_ADDED_CHARS = 60


def says_addition(verb: str | None, lang: str) -> bool:
    """Whether a measure's verb says its object was added to a level (``additions`` in
    terms.toml): "China added 277 GW of solar capacity", "a ajouté 5 GW".

    >>> says_addition("added", "en"), says_addition("ajouté", "fr"), says_addition("sold", "en")
    (True, True, False)
    """
    return verb is not None and not _additions(lang).isdisjoint(_WORD.findall(fold(verb)))


@functools.cache
def _flows(lang: str) -> frozenset[str]:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return frozenset(key for verb in lexicon.flows for key in terms(verb, lang))


@functools.lru_cache(maxsize=4096)  # a claim's verb: few distinct ones
def says_flow(verb: str | None, lang: str) -> bool:
    """Whether a measure's verb counts what went out over a period (``flows`` in terms.toml):
    "sold", "a vendu", "delivered", "a livré".

    >>> says_flow("sell", "en"), says_flow("vendre", "fr"), says_flow("reach", "en")
    (True, True, False)
    """
    return verb is not None and not _flows(lang).isdisjoint(terms(verb, lang))


@functools.cache
def _per_unit(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The per-person phrases of a language as one pattern over folded words, with
    their first words: a text holding none of these is not read further."""
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return _phrase_pattern(lexicon.per_unit)


@functools.cache
def _year_on_year(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return _phrase_pattern(lexicon.year_on_year)


@functools.cache
def _deficits(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return _phrase_pattern(lexicon.deficits)


def says_deficit(text: str, lang: str) -> bool:
    """Whether words state the size of a shortfall (``deficits`` in terms.toml): "un déficit
    commercial de 99,6 milliards", "a trade deficit of $773 billion" state a balance of
    −99.6, −773.

    >>> says_deficit("le déficit commercial de la France", "fr")
    True
    >>> says_deficit("the trade surplus", "en")
    False
    """
    return _says_phrase(_deficits(lang), text)


def _phrase_pattern(phrases: Sequence[str]) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    if not phrases:
        return None
    ordered = sorted(phrases, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")
    return pattern, tuple(sorted({p.split()[0] for p in ordered}))


def _says_phrase(found: tuple[re.Pattern[str], tuple[str, ...]] | None, text: str) -> bool:
    return _phrase_in(found, text) is not None


def _phrase_in(found: tuple[re.Pattern[str], tuple[str, ...]] | None, text: str) -> str | None:
    """The first phrase of ``found`` (a :func:`_phrase_pattern`) that ``text`` holds, folded."""
    if found is None:
        return None
    pattern, firsts = found
    folded = fold(text)  # (the phrases are folded: "déficit" is "deficit")
    if not any(first in folded for first in firsts):  # the usual case, cheaply
        return None
    said = pattern.search(" ".join(_WORD.findall(folded)))
    return None if said is None else said.group()


@functools.cache
def narrowing_terms(lang: str) -> frozenset[str]:
    """The lemmas of the words that make a measure narrower than a metric lacking them
    (``narrowing`` in terms.toml: "core", "underlying", "sous-jacente").

    >>> sorted(narrowing_terms("en"))[:8]  # "core", "underlying", "youth", "battery", "ad"…
    ['ad', 'advertis', 'battery', 'comparabl', 'cor', 'cyclist', 'femal', 'lik']
    """
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return frozenset(terms(" ".join(lexicon.narrowing), lang))


@functools.cache
def opposite_terms(lang: str) -> dict[str, frozenset[str]]:
    """Each lemma of ``opposites`` (terms.toml) with the lemmas it excludes: a measure
    naming one is not a metric whose every alias that names either names the other.

    >>> opposite_terms("fr")["net"]
    frozenset({'brut'})
    """
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    found: dict[str, set[str]] = {}
    for first, second in lexicon.opposites:
        for a, b in ((first, second), (second, first)):
            for one in terms(a, lang):
                found.setdefault(one, set()).update(terms(b, lang))
    return {k: frozenset(v) for k, v in found.items()}


@functools.cache
def _narrowing_bases(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return _phrase_pattern(lexicon.narrowing_bases)


def narrowing_basis(text: str, lang: str) -> frozenset[str]:
    """The narrowing lemmas (``narrowing_terms``) of a phrase that states the narrower basis
    a figure is taken on (``narrowing_bases`` in terms.toml), when ``text`` holds one.

    >>> sorted(narrowing_basis("ventes en données comparables de 4,3 %", "fr"))
    ['comparabl']
    >>> narrowing_basis("sales rose 4% from a year earlier", "en")
    frozenset()
    """
    said = _phrase_in(_narrowing_bases(lang), text)
    if said is None:
        return frozenset()
    return frozenset(terms(said, lang)) & narrowing_terms(lang)


@functools.cache
def _partner_pattern(lang: str) -> re.Pattern[str] | None:
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    if not (lexicon.partner_nouns and lexicon.partner_links):
        return None

    def alternation(words: Sequence[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    articles = alternation(lexicon.partner_articles)
    lead = rf"(?:(?:{articles})\s+|l')?" if articles else ""
    word = r"[^\W\d_][\w'-]*"
    # the noun, a few words (lowercase, tested by the caller), the link, then the name
    return re.compile(
        rf"\b(?:{alternation(lexicon.partner_nouns)})(?P<between>(?:\s+{word}){{0,2}}?)"
        rf"\s+(?:{alternation(lexicon.partner_links)})\s+{lead}"
        rf"(?P<name>{word}(?:\s+{word})*)",
        re.IGNORECASE,
    )


def partner_named(text: str, lang: str) -> str | None:
    """The trade partner a text names after one of ``partner_nouns`` and one of
    ``partner_links`` (terms.toml), folded, the capitalized words of its name only: a measure
    of trade with one partner is narrower than a country's whole trade.

    >>> partner_named("German exports to the United States rose to €161 billion", "en")
    'united states'
    >>> partner_named("Les exportations vers l'Union européenne ont reculé", "fr")
    'union'
    >>> partner_named("German exports rose to €1.6 trillion", "en") is None
    True
    """
    pattern = _partner_pattern(lang)
    if pattern is None:
        return None
    if not text.isascii():  # the phrases are written without accents; the name keeps its case
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    for match in pattern.finditer(text.replace("’", "'")):
        if any(w[:1].isupper() for w in match["between"].split()):
            continue  # "exports of Airbus to": a name between, no adjective
        words = []
        for word in match["name"].split():
            if not word[:1].isupper():
                break
            words.append(word)
        if words:
            return fold(" ".join(words))
    return None


@functools.cache
def generic_terms(lang: str) -> frozenset[str]:
    """The lemmas of the generic heads of a measure (``generic`` in terms.toml).

    >>> "rate" in generic_terms("fr"), "rate" in generic_terms("en")  # "taux", "rate"
    (True, True)
    """
    lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
    return frozenset(terms(" ".join(lexicon.generic), lang))


@functools.cache
def percent_heads() -> frozenset[str]:
    """The lemmas of every language's heads that a percent figure states by itself
    (``percent_heads`` in terms.toml: "share", "rate", "part", "taux"), each read in every
    language, as reference aliases are: "59.4% of the electricity" is a share of it.

    >>> {"shar", "part", "taux"} <= percent_heads()
    True
    >>> "level" in percent_heads()
    False
    """
    found: set[str] = set()
    for lang in supported_languages():
        lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
        for other in supported_languages():
            found.update(terms(" ".join(lexicon.percent_heads), other))
    return frozenset(found)


@functools.lru_cache(maxsize=4096)  # a claim's measure: few distinct ones
def distinctive_terms(text: str, lang: str) -> frozenset[str]:
    """The lemmas of ``text`` that say what is measured: all but the generic heads of a
    measure (``generic`` in terms.toml: "taux", "rate", "part", "number"…).

    >>> sorted(distinctive_terms("taux d'emploi des seniors", "fr"))
    ['employ', 'senior']
    >>> distinctive_terms("the rate", "en")
    frozenset()
    """
    return frozenset(terms(text, lang)) - generic_terms(lang)


def says_year_on_year(text: str, lang: str) -> bool:
    """Whether words compare a figure with a year earlier (``year_on_year`` in terms.toml):
    "year on year", "from a year earlier", "sur un an", "en glissement annuel".

    >>> says_year_on_year("rose 0.3 points year-on-year in April", "en")
    True
    >>> says_year_on_year("a reculé de 0,9 point en février", "fr")
    False
    """
    return _says_phrase(_year_on_year(lang), text)


def says_per_unit(text: str, lang: str | None = None) -> bool:
    """Whether words state a figure per person (``per_unit`` in terms.toml): "per
    capita", "par habitant". Without a language, every supported language is read
    (reference aliases carry none).

    >>> says_per_unit("GDP per capita", "en"), says_per_unit("dette publique par habitant")
    (True, True)
    >>> says_per_unit("habitants", "fr")
    False
    """
    lowered = text.casefold()
    folded: str | None = None
    for each in (lang,) if lang is not None else supported_languages():
        found = _per_unit(each)
        if found is None:
            continue
        pattern, firsts = found
        if not any(first in lowered for first in firsts):  # the usual case, cheaply
            continue
        if folded is None:
            folded = " ".join(_WORD.findall(fold(text)))
        if pattern.search(folded):
            return True
    return False


@functools.cache
def names_a_change_rate(name: str) -> bool:
    """Whether a metric's name, read in every language, is a rate of change
    (``change_rates`` in terms.toml): its values are changes already.

    >>> names_a_change_rate("inflation"), names_a_change_rate("gdp_growth")
    (True, True)
    >>> names_a_change_rate("unemployment_rate"), names_a_change_rate("gdp")
    (False, False)
    """
    phrase = name.replace("_", " ")
    for lang in supported_languages():
        lexicon: TermsLexicon = load_lexicon(lang, "terms", TermsLexicon)
        if lexicon.change_rates & set(terms(phrase, lang)):
            return True
    return False

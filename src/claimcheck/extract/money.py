"""Currencies around a figure: "€20", "20 €", "US$ 3.14", "3,2 milliards d'euros", "EUR29,99".

The currencies of a language are data (``lexicons/<lang>/money.toml``), keyed by
ISO 4217 code: signs and codes are matched case-sensitively before or after the
figure, names case-insensitively after it.

>>> found = currency_after("3,2 milliards d'euros", 13, "fr", linked=True)
>>> found.code, found.end
('EUR', 21)
>>> currency_before("Il a levé US$ 12", 14, "fr").code
'USD'

An amount grouped the other language's way ("1.234,56 €" in English, "1,234.56 $"
in French) is no numeral of the language, yet next to a currency its shape is
unambiguous: :func:`foreign_amounts` finds it and lets price-parser read it.

>>> foreign_amounts("The bill came to 1.234,56 € in Berlin.", "en")
[Numeral(start=17, end=25, text='1.234,56', value=1234.56, ordinal=False, spelled=False)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Mapping
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, model_validator

from claimcheck.extract import units
from claimcheck.extract.numerals import Numeral, numbers_lexicon
from claimcheck.extract.units import HeadIndex, TailIndex, surface_key, surface_pattern
from claimcheck.lexicon import load_lexicon

__all__ = [
    "Currency",
    "MoneyLexicon",
    "currency_after",
    "currency_before",
    "currency_may_start",
    "first_words",
    "foreign_amounts",
    "glued_code_starts",
    "money_lexicon",
    "scale_suffix",
    "scale_suffixes",
    "scaled_sign_before",
    "subunit_after",
    "weighed_before",
    "weight_in_sentence",
    "whole_currencies",
]


class CurrencyEntry(BaseModel):
    """One currency of ``money.toml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    symbols: list[str]
    words: list[str]
    subunits: list[str]
    # coins named for a fraction of it, with how many make one ("dimes" = 10): see the header
    coins: dict[str, int] = {}
    # amounts in it have no hundredths in practice: see money.toml's header
    whole: bool = False
    # signs that are its own only glued to a scaled or decimal figure: see money.toml's header
    scaled_symbols: list[str] = []
    # names it shares with other currencies, its own only when one of its country words
    # is in the sentence ("Kenya's parliament … 346 billion shillings"): see the header
    shared_words: list[str] = []
    countries: list[str] = []
    # the currency whose names and signs it shares, its own when one of its country words
    # is in the sentence ("Au Cameroun, … 840 francs CFA" = XAF): see the header
    zone_of: str | None = None


class MoneyLexicon(BaseModel):
    """The schema of ``lexicons/<lang>/money.toml`` (its header documents each key)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ambiguous_words: list[str]
    weight_cues: list[str]
    plain_words: list[str]
    scale_suffixes: dict[str, float]
    currencies: dict[str, CurrencyEntry]
    # words of a sentence that make an ambiguous currency word a weight when no word of
    # money_context is in it: see money.toml's header
    weight_context: list[str] = []
    money_context: list[str] = []
    # nouns right after an ambiguous currency word that make it a weight ("a twenty pound
    # bag"): see money.toml's header
    weight_nouns: list[str] = []
    # words after an amount that lead to another of the same currency, left unsaid
    # ("47,2 milliards d'euros, soit 3,3 milliards de plus"): see money.toml's header
    elided_links: list[str] = []
    # whether an ambiguous word after a scale word is money even before "de" ("6,1
    # milliards de livres de revenus"): see money.toml's header
    scaled_is_money: bool = False

    @model_validator(mode="after")
    def _zones_share_a_known_currency(self) -> MoneyLexicon:
        """Every ``zone_of`` names a currency of the lexicon (XAF's is XOF)."""
        for code, entry in self.currencies.items():
            if entry.zone_of is not None and entry.zone_of not in self.currencies:
                known = ", ".join(sorted(self.currencies))
                msg = f"currency {code}: zone_of {entry.zone_of!r} is no currency (known: {known})"
                raise ValueError(msg)
        return self


@dataclass(frozen=True, slots=True)
class Currency:
    """A currency found in the text; ``subunit`` marks a fraction of it, of which ``per``
    make one ("cents": 100, "dimes": 10)."""

    code: str
    start: int
    end: int
    subunit: bool = False
    ambiguous: bool = False
    plain: bool = False  # also an ordinary word: a currency only after a figure
    per: int = 100


def money_lexicon(lang: str) -> MoneyLexicon:
    """The validated money lexicon of ``lang`` (cached)."""
    lexicon: MoneyLexicon = load_lexicon(lang, "money", MoneyLexicon)
    return lexicon


_GAP = "[ \u00a0\u202f\u2009]*"


class _Money:
    def __init__(self, lexicon: MoneyLexicon, links: list[str], scales: list[str]) -> None:
        self.scale_words = frozenset(w.lower() for w in scales)  # "Euro 5 million": money
        self.symbols: dict[str, str] = {}
        self.words: dict[str, tuple[str, bool]] = {}
        self.per: dict[str, int] = {}  # coins: how many make one of their currency
        for code, entry in lexicon.currencies.items():
            for symbol in entry.symbols:
                self.symbols.setdefault(" ".join(symbol.split()), code)
            for word in entry.words:
                self.words.setdefault(surface_key(word), (code, False))
            for word in entry.subunits:
                self.words.setdefault(surface_key(word), (code, True))
            for word, per in entry.coins.items():
                self.words.setdefault(surface_key(word), (code, True))
                self.per.setdefault(surface_key(word), per)
        # a name several currencies share: each with the words of its country
        self.shared: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for code, entry in lexicon.currencies.items():
            for word in entry.shared_words:
                countries = frozenset(w.lower() for w in entry.countries)
                self.shared.setdefault(surface_key(word), []).append((code, countries))
        # the currencies that share another's names and signs in a zone of their own (the
        # CFA franc: XOF, and XAF in central Africa), each with the words of its countries,
        # the shared currency's own countries first
        self.zones: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for code, entry in lexicon.currencies.items():
            if entry.zone_of is not None:
                base = lexicon.currencies[entry.zone_of]
                zone = self.zones.setdefault(
                    entry.zone_of, [(entry.zone_of, frozenset(w.lower() for w in base.countries))]
                )
                zone.append((code, frozenset(w.lower() for w in entry.countries)))
        self.ambiguous = {surface_key(w) for w in lexicon.ambiguous_words}
        self.weight_cues = frozenset(surface_key(w) for w in lexicon.weight_cues)
        self.weight_context = frozenset(surface_key(w) for w in lexicon.weight_context)
        self.weight_nouns = frozenset(w.lower() for w in lexicon.weight_nouns)
        self.money_context = frozenset(surface_key(w) for w in lexicon.money_context)
        self.plain = {surface_key(w) for w in lexicon.plain_words}
        self.before_tails = TailIndex([*self.symbols, *self.words])
        self.heads = HeadIndex([*self.symbols, *self.words, *self.shared, *links])
        self.first_words = frozenset(
            f.lower().split()[0] for f in [*self.symbols, *self.words, *self.shared] if f.split()
        )
        self.scales = lexicon.scale_suffixes
        end = r"(?![^\W\d_]|['’]\w)"
        # A code ends where a word ends ("CHF", not "CHFL"); a sign may have letters glued
        # after it: "184,20 €HT", "12 €TTC" (French prices before or with taxes).
        # (both as tries: an alternation of the hundreds of forms costs a test per form at
        # each position, and the pattern before a figure is searched over 32 characters)
        symbols = units.surface_trie(
            self.symbols, lambda symbol: end if symbol[-1].isalnum() else ""
        )
        # A one-letter name ("c" for cents, "p" for pence) is matched as written: "1.5C" is
        # no money.
        self.letters = {w for w in [*self.words] if len(w) == 1}
        words = units.surface_trie(w for w in {*self.words, *self.shared} if w not in self.letters)
        letters = "|".join(re.escape(w) for w in sorted(self.letters)) or "(?!)"
        # "3 milliards d'euros": a noun link may stand before a currency name.
        link = "|".join(surface_pattern(w) for w in sorted(links, key=len, reverse=True))
        link = rf"(?:(?i:{link})(?<=['’])|(?i:{link})[ \u00a0\u202f\u2009]+)"
        # "75 millions de $": after a scale word the link may lead to a sign as well.
        # (the sources only: see after_pattern)
        self._after_source = (
            rf"{_GAP}(?:(?P<sign_link>{link})?(?P<symbol>{symbols})"
            rf"|(?P<link>{link})?(?P<word>(?i:{words})|{letters}){end})"
        )
        self._before_source = (
            rf"(?:(?P<symbol>{symbols}){_GAP}|(?P<word>(?i:{words}))[ \u00a0\u202f\u2009]+)\Z"
        )
        # A sign that ends in a letter is glued to its figure as a code is: "EUR29,99",
        # "$US1.2 billion" (the Australian press's US dollar), "Dh5 million".
        codes = sorted((s for s in self.symbols if s[-1].isalpha()), key=len, reverse=True)
        # "R1.2 billion", "R500 million": a sign that is also a name's letter ("R8", "R2"),
        # the currency's only before a scaled figure (the caller checks the figure)
        self.scaled_symbols = {
            s: code for code, entry in lexicon.currencies.items() for s in entry.scaled_symbols
        }
        codes = sorted({*codes, *self.scaled_symbols}, key=len, reverse=True)
        self._glued_source = rf"(?:{'|'.join(re.escape(c) for c in codes)})(?=\d)"
        # the last character of a code glued to a digit, looked for first: most texts have
        # no letter or sign glued before a digit, and the engine skips to such a pair
        ends = "".join(sorted({re.escape(c[-1]) for c in codes if c}))
        self.glued_probe = re.compile(rf"[{ends}]\d") if ends else None

    # The patterns are compiled when a text first needs one (a word that may start a
    # currency after a figure, one that may end one before it, a letter glued before a
    # digit), not with the rest: each costs milliseconds to compile, mostly for its
    # hundreds of forms' space classes, and a text with no currency needs none of them.
    @functools.cached_property
    def after_pattern(self) -> re.Pattern[str]:
        """A currency sign or name after a figure (a noun link allowed before it)."""
        return re.compile(self._after_source)

    @functools.cached_property
    def before_pattern(self) -> re.Pattern[str]:
        """A currency sign or name that ends where a figure starts."""
        return re.compile(self._before_source)

    @functools.cached_property
    def glued_codes(self) -> re.Pattern[str]:
        """A currency code glued before a digit ("EUR29,99")."""
        return re.compile(self._glued_source)

    def after(self, text: str, position: int, linked: bool) -> Currency | None:
        # An adjectival compound joins a figure and a currency name by a hyphen: "a
        # 20-euro note", "a 12-cent dividend", "its one-yen bid".
        hyphen = text.startswith("-", position)
        if hyphen:
            position += 1
        if not self.heads.may_start(text, position):
            return None
        match = self.after_pattern.match(text, position)
        if match is None:
            return None
        if hyphen and (
            match["word"] is None
            or match["link"]
            or match.start("word") != position
            or surface_key(match["word"]) in self.plain | self.letters | self.ambiguous
        ):
            return None  # "a 10-pound baby" weighs (a hyphenated pound is a weight)
        if match["symbol"] is not None:
            if match["sign_link"] and not linked:
                return None
            symbol = " ".join(match["symbol"].split())
            code = self._zoned(text, position, self.symbols[symbol], symbol)
            return Currency(code, match.start("symbol"), match.end())
        if match["link"] and not linked:
            return None
        key = surface_key(match["word"])
        if key in self.plain and match["word"][:1].isupper() and not match["word"].isupper():
            return None  # "Dortmund 0-2 Real Madrid": a capitalized plain word names a club
        if key not in self.words:
            shared = self._country_code(text, position, self.shared[key])
            return None if shared is None else Currency(shared, match.start(), match.end())
        code, subunit = self.words[key]
        return Currency(
            self._zoned(text, position, code),
            match.start(),
            match.end(),
            subunit,
            key in self.ambiguous,
            key in self.plain,
            self.per.get(key, 100),
        )

    @staticmethod
    def _country_code(
        text: str, position: int, candidates: list[tuple[str, frozenset[str]]]
    ) -> str | None:
        """The one currency of ``candidates`` whose country is named in the sentence around
        ``position``; None when none or several are."""
        words = {w.lower() for w in _CONTEXT_WORDS.findall(text, *_sentence(text, position))}
        found = {code for code, countries in candidates if words & countries}
        return found.pop() if len(found) == 1 else None

    def _zoned(self, text: str, position: int, code: str, symbol: str = "") -> str:
        """``code``, or the currency of another zone that shares its names and signs when
        that zone's country alone is named in the sentence around ``position`` ("Au
        Cameroun, … 840 francs CFA": XAF; "en Côte d'Ivoire, … FCFA" stays XOF); the ISO
        code written out (``symbol``: "XOF 500") keeps its currency."""
        zone = self.zones.get(code)
        if zone is None or symbol == code:
            return code
        return self._country_code(text, position, zone) or code

    def _norm_number(self, text: str, position: int) -> bool:
        """Whether a small whole number with no scale word after it starts at ``position``:
        after a capitalized currency name, a norm's number ("the Euro 7 rules")."""
        match = _NORM_NUMBER.match(text, position)
        return match is not None and match["next"].lower() not in self.scale_words

    def before(self, text: str, position: int) -> Currency | None:
        if not self.before_tails.may_end(text, position):
            return None
        window_start = max(0, position - 32)
        match = self.before_pattern.search(text, window_start, position)
        if match is None:
            return None
        start = match.start()
        if match["word"] is not None:
            key = surface_key(match["word"])
            code, subunit = self.words[key]
            if subunit or key in self.plain:
                return None  # "won 65 medals": a verb, not the Korean won
            if match["word"][0].isupper() and (
                _YEAR.match(text, position) or self._norm_number(text, position)
            ):
                # a capitalized name before a year names an edition ("Euro 2024"), before a
                # small whole number a norm ("the Euro 7 rules"); "Euro 5 million" stays money
                return None
            code = self._zoned(text, position, code)
        else:
            symbol = " ".join(match["symbol"].split())
            code = self._zoned(text, position, self.symbols[symbol], symbol)
        if text[start].isalpha() and start > 0 and text[start - 1].isalpha():
            return None  # the end of a word, not a code ("MEUR 20")
        return Currency(code, start, position)


# A year-shaped figure standing alone: four digits from 1900 to 2099, no decimals or group.
_YEAR = re.compile(r"(?:19|20)\d\d(?![\d.,]\d|[^\W\d_])")
# A small whole number with no scale word after it (a norm's number: "Euro 7 rules").
_NORM_NUMBER = re.compile(r"\d{1,2}(?![\d.,]\d|[^\W\d_])[ \u00a0]*(?P<next>[^\W\d_]*)")


@functools.cache
def _money(lang: str) -> _Money:
    numbers = numbers_lexicon(lang)
    return _Money(money_lexicon(lang), numbers.noun.links, [*numbers.scales, *numbers.digit_scales])


def currency_after(text: str, position: int, lang: str, *, linked: bool) -> Currency | None:
    """The currency written at ``position`` (after optional spaces), or None.

    ``linked`` allows "de"/"d'"/"of" before a currency name, as after a scale
    word ("3 milliards d'euros").
    """
    return _money(lang).after(text, position, linked)


def currency_may_start(head: tuple[str, str | None, str], lang: str) -> bool:
    """Whether a currency (or a link before one) may start with ``head``, what
    :func:`claimcheck.extract.units.head_at` read after a figure: when not,
    :func:`currency_after` finds none there (nor after a hyphen's position)."""
    return _money(lang).heads.holds(head)


def subunit_after(text: str, position: int, lang: str) -> Currency | None:
    """A currency's hundredth written at ``position`` ("43 cents"), or None."""
    found = _money(lang).after(text, position, False)
    return found if found is not None and found.subunit else None


def currency_before(text: str, position: int, lang: str) -> Currency | None:
    """The currency sign or code that ends at ``position`` (spaces allowed), or None."""
    return _money(lang).before(text, position)


def weighed_before(text: str, position: int, lang: str) -> bool:
    """Whether a verb of weight stands in the three words before ``position``.

    After it, a currency word that is also a unit is the unit: "weighed seven pounds",
    "he lost 25 pounds" (the caller keeps amounts with a scale word as money: "lost 25
    million pounds").

    >>> weighed_before("The baby weighed seven pounds", 20, "en")
    True
    """
    cues = _money(lang).weight_cues
    return any(
        token.strip('.,;:!?()«»"“”') in cues for token in units.tokens_before(text, position, 3)
    )


_NOUN_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def scaled_is_money(lang: str) -> bool:
    """Whether, in ``lang``, a currency word that is also a unit is money after a scale
    word even before "de" (French news writes no weights in millions of pounds: "6,1
    milliards de livres de revenus"; American copy does: "2 million pounds of beef").

    >>> scaled_is_money("fr"), scaled_is_money("en")
    (True, False)
    """
    return money_lexicon(lang).scaled_is_money


def weight_noun_after(text: str, position: int, lang: str) -> bool:
    """Whether a noun of a weighed thing follows ``position`` (the end of a currency word that
    is also a unit): "a twenty pound bag" is a weight, "a ten pound note" stays money.

    >>> weight_noun_after("a twenty pound bag of beans", 14, "en")
    True
    >>> weight_noun_after("a ten pound note", 11, "en")
    False
    """
    nouns = _money(lang).weight_nouns
    if not nouns:
        return False
    match = _NOUN_AFTER.match(text, position)
    return match is not None and match[1].lower() in nouns


_SENTENCE_EDGE = re.compile(r"[.!?;]\s|\n")
_CONTEXT_WORDS = re.compile(r"[^\W\d_]+|[$€£¥]")
_CONTEXT_REACH = 200  # how far the sentence around a figure is read, each way


def weight_in_sentence(text: str, position: int, lang: str) -> bool:
    """Whether the sentence around ``position`` speaks of weight and not of money.

    A currency word that is also a unit ("pounds", "livres") is then the unit: "the baby
    is over two pounds", "a metric ton is equal to 2,204.62 pounds"; one word of money in
    the sentence ("cost", "£", "paid") keeps it money.

    >>> weight_in_sentence("The baby is over two pounds now.", 21, "en")
    True
    >>> weight_in_sentence("The baby's cot cost two pounds.", 22, "en")
    False
    """
    found = _money(lang)
    if not found.weight_context:
        return False
    words = {w.lower() for w in _CONTEXT_WORDS.findall(text, *_sentence(text, position))}
    return bool(words & found.weight_context) and not words & found.money_context


def _sentence(text: str, position: int) -> tuple[int, int]:
    """The bounds of the sentence around ``position``, read at most 200 characters each way."""
    low, high = max(0, position - _CONTEXT_REACH), min(len(text), position + _CONTEXT_REACH)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, low, position)]
    start = edges[-1] if edges else low
    edge = _SENTENCE_EDGE.search(text, position, high)
    return start, edge.start() if edge is not None else high


def first_words(lang: str) -> frozenset[str]:
    """The lowercase first words of every currency name and sign of ``lang``."""
    return _money(lang).first_words


def glued_code_starts(text: str, lang: str) -> list[tuple[int, bool]]:
    """Where figures glued after a currency code begin ("EUR29,99" → the 2), each with
    whether the code is a sign that needs a scaled figure ("R1.2 billion", not "R8").

    >>> glued_code_starts("EUR29,99 and R1.2 billion, in an R8", "en")
    [(3, False), (14, True), (34, True)]
    """
    money = _money(lang)
    if money.glued_probe is None or money.glued_probe.search(text) is None:
        return []
    return [
        (m.end(), m[0] in money.scaled_symbols)
        for m in money.glued_codes.finditer(text)
        if not (m.start() and text[m.start() - 1].isalpha())
    ]


def scaled_sign_before(text: str, position: int, lang: str) -> Currency | None:
    """The sign glued before ``position`` that is a currency's only with a scaled or decimal
    figure ("R" of the South African rand in "R1.2 billion"), or None; the caller checks
    the figure."""
    for sign, code in _money(lang).scaled_symbols.items():
        start = position - len(sign)
        if (
            start >= 0
            and text.startswith(sign, start)
            and not (start and text[start - 1].isalpha())
        ):
            return Currency(code, start, position)
    return None


def scale_suffix(lang: str, suffix: str) -> float | None:
    """The scale of letters glued to a figure next to a currency ("$5m" → 1e6)."""
    return _money(lang).scales.get(suffix)


def scale_suffixes(lang: str) -> Mapping[str, float]:
    """Every scale suffix of ``lang`` and its scale (:func:`scale_suffix` for many at once)."""
    return _money(lang).scales


# Digits grouped by threes with one separator, then a decimal part after the other
# separator: "1.234,56", "1,234.56", "1 234.56", "1'234,50". The shape alone fixes which
# separator is the decimal one, whatever the language of the text.
_GROUPED_DECIMAL = re.compile(
    r"(?<![\w.,'’])\d{1,3}(?P<group>[.,'’ \u00a0\u202f\u2009])\d{3}(?:(?P=group)\d{3})*"
    r"(?P<decimal>[.,])\d{1,2}(?![\w'’]|[.,]\d)"
)


def foreign_amounts(
    text: str, lang: str, read: Container[tuple[int, int]] = frozenset()
) -> list[Numeral]:
    """Amounts next to a currency whose digit grouping the language's grammar rejects.

    Only a grouped number with a decimal part after the *other* separator is a
    candidate ("1.234,56", not "1.234" nor "12,50": those stay with the grammar),
    and only with a currency sign, code or name of ``lang`` right before or after it.
    price-parser reads the amount text of each candidate (imported on first use:
    prose with no candidate never loads it). Spans in ``read`` (the grammar's own
    numerals) are skipped.
    """
    found: list[Numeral] = []
    for match in _GROUPED_DECIMAL.finditer(text):
        if match["group"] == match["decimal"]:
            continue
        start, end = match.span()
        if (start, end) in read:
            continue
        if currency_before(text, start, lang) is None:
            after = currency_after(text, end, lang, linked=False)
            if after is None or after.subunit:
                continue
        value = _read_amount(match[0])
        if value is not None:
            found.append(Numeral(start, end, match[0], value))
    return found


def _read_amount(amount_text: str) -> float | None:
    """The value of an amount's digits, read by price-parser (which guesses the separators)."""
    # Imported here: price-parser compiles 17 ms of regexes at import.
    from price_parser import Price

    # price-parser knows spaces as group separators, not the no-break ones.
    price = Price.fromstring(re.sub("[\u00a0\u202f\u2009’]", " ", amount_text))
    return price.amount_float


@functools.cache
def whole_currencies(lang: str) -> frozenset[str]:
    """The currencies whose amounts have no hundredths in practice ("Rp 31.500").

    >>> sorted({"IDR", "JPY", "EUR"} & whole_currencies("en"))
    ['IDR', 'JPY']
    """
    return frozenset(code for code, entry in money_lexicon(lang).currencies.items() if entry.whole)


@functools.cache
def elided_link_words(lang: str) -> list[str]:
    """The lexicon's ``elided_links`` as written, longest first (for a pattern)."""
    return sorted(money_lexicon(lang).elided_links, key=len, reverse=True)


@functools.cache
def elided_links(lang: str) -> frozenset[str]:
    """The words after an amount that lead to a scaled figure of the same currency, left
    unsaid: "soit", "dont", "of which" ("1,2 milliard d'euros, dont 340 millions")."""
    return frozenset(w.lower() for w in money_lexicon(lang).elided_links)

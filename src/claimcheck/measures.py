"""What a figure counts or measures: the noun phrase around it and the verb that carries it.

:class:`MeasureReading` is the part of claim assembly that reads one sentence's
words around a figure, driven by the claim lexicon of its language
(:mod:`claimcheck.claim_lexicon`): noun phrases after a figure ("100 000
unités produites", "18 % de la population") or before it ("le taux de chômage
s'établit à"), measure nouns of the lexicon, and the verbs that carry a figure
("a réussi à produire", "ont été immatriculées") as their lemma.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from claimcheck.claim_lexicon import ClaimWords
from claimcheck.entities import Name, Token
from claimcheck.models import Mention, Span
from claimcheck.reference import check_in_order, model_in_order

__all__ = [
    "MeasureReading",
    "ParsedSentence",
    "Referent",
    "text_span",
    "token_range",
    "tokens_within",
]

_WINDOW = 12  # tokens looked at before a figure for its verb
_LABEL_WORDS = 5  # words of a label before a colon: "Net income: $512 million"


_APOSTROPHES = frozenset(("'", "’"))  # a possessive's mark
_ASIDE_TOKENS = 6  # tokens of a bracketed aside read through to its clause ("(BIT)")
_RESTRICTION_WORDS = 4  # words between "ne" and its "que": "n'a créé que", "ne compte plus que"
_CODE_WORD = re.compile(r"\d[A-Z][A-Za-z0-9]*")  # "5G", "4K", "3D": a code, part of a noun


@dataclass(slots=True)
class Referent:
    """Something a figure may be about: a name, a place, or words that refer back."""

    first: int
    last: int
    start: int
    end: int
    name: str | None  # canonical name; None for a pronoun or a description
    place: bool = False
    refers_to_place: bool = False
    owner: str | None = None  # "Norway" in "Norway's sovereign wealth fund"
    speaker: bool = False  # "nous", "we": the organization speaking
    known: bool = False  # a name of the reference (or the lexicon), not any capitalized word


@dataclass(slots=True)
class ParsedSentence:
    """The words of one sentence and what was recognized in them."""

    start: int
    end: int
    paragraph: int
    tokens: list[Token]
    words: list[str]
    referents: list[Referent] = field(default_factory=list)
    located: list[tuple[int, int, str, int, int]] = field(default_factory=list)  # places
    names: list[Name] = field(default_factory=list)
    # names right after a description head, whatever their role: "la société Criteo"
    headed: list[str] = field(default_factory=list)
    # the character spans of its asides between commas, once read (claims' _asides)
    asides: list[tuple[int, int]] | None = None
    # where its coordinated clauses open, once read (claims' _coordinated_clauses)
    coordinations: list[int] | None = None
    # the verbs found before a token, once read: (token, events_only, generic) → verb
    verbs_before: dict[tuple[int, bool, bool], tuple[int, str] | None] = field(default_factory=dict)
    # the token range of each mention asked for, by its offsets (see ``token_range``)
    ranges: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def token_range(self, m: Mention) -> tuple[int, int]:
        """:func:`token_range` of a mention in this sentence, read once per mention (a
        sentence's times and figures are placed in its tokens by several rules)."""
        key = (m.start, m.end)
        found = self.ranges.get(key)
        if found is None:
            found = self.ranges[key] = token_range(self.tokens, m)
        return found


def token_range(tokens: Sequence[Token], m: Mention) -> tuple[int, int]:
    """The indexes of the first token of a mention and of the token after it.

    Tokens are in text order and do not overlap, so both ends are binary searches: the
    first token is the first that ends after the mention starts, the one after it the
    first (from there) that starts at or after the mention's end.

    >>> from claimcheck.entities import tokenize
    >>> tokens = tokenize("Il a vendu 12 300 voitures.")
    >>> token_range(tokens, Mention(kind="number", text="12 300", start=11, end=17))
    (3, 5)
    """
    first = bisect_right(tokens, m.start, key=_END)
    return first, bisect_left(tokens, m.end, first, key=_START)


def text_span(text: str, start: int, end: int) -> Span:
    """The :class:`Span` of ``text[start:end]``, built without validating it again (its
    offsets come from tokens of ``text``: in order and in range).

    >>> text_span("Le groupe Renault", 10, 17)
    Span(text='Renault', start=10, end=17)
    """
    return model_in_order(Span, {"text": text[start:end], "start": start, "end": end}, _SPAN_FIELDS)


_SPAN_FIELDS = ("text", "start", "end")  # every field of Span, in order (told at import)
check_in_order(Span, _SPAN_FIELDS)


def tokens_within(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """The indexes of the first token inside ``start``..``end`` and of the token after the
    last one: the tokens wholly inside are those from the first that starts at or after
    ``start`` up to the first that ends after ``end`` (tokens are in order).

    >>> from claimcheck.entities import tokenize
    >>> tokenize("Il a vendu 12 300 voitures.")[slice(*tokens_within(
    ...     tokenize("Il a vendu 12 300 voitures."), 11, 26))][-1].text
    'voitures'
    """
    first = bisect_left(tokens, start, key=_START)
    return first, max(first, bisect_right(tokens, end, first, key=_END))


_START = itemgetter(1)  # Token.start
_END = itemgetter(2)  # Token.end


class MeasureReading:
    """Noun phrases and verbs around a figure, in the sentence being read."""

    text: str
    lex: ClaimWords
    _covered: frozenset[int]  # tokens of the sentence's times and durations

    def _finite_looking(self, words: Sequence[str], i: int) -> bool:
        """A word that looks like a finite verb: one the lexicon knows, or a verb ending.
        ("Xiaomi wants …"; but in "Electric cars accounted …" the verb is the word after.)"""
        if i >= len(words):
            return False
        word, lex = words[i], self.lex
        if word in lex.auxiliaries or word in lex.neutral_verbs:
            return True
        if lex.verbs.longest_at(words, i) is not None:
            return True
        return word.isalpha() and word not in lex.noun_stops and word.endswith(lex.verb_endings)

    def _verb_in(self, parsed: ParsedSentence, start: int, end: int) -> bool:
        """Whether tokens ``start``..``end`` hold a verb the lexicon knows."""
        lex, words = self.lex, parsed.words
        for i in range(start, end):
            word = words[i]
            if word in lex.auxiliaries or word in lex.neutral_verbs:
                return True
            if lex.verbs.longest_at(words, i) is not None:
                return True
        return False

    def _noun_after(self, parsed: ParsedSentence, i: int) -> Span | None:
        """The noun phrase right after a figure: "unités produites", "points de vente",
        "18 % de la population"."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        n = len(words)
        if i < n and words[i] in lex.noun_links:
            i += 1
            if i < n and words[i] in lex.link_determiners:
                i += 1
            i = self._past_possessor(tokens, words, i)  # "47% of Britain's electricity"
        phrase = self._noun_phrase(tokens, words, i, n)
        if phrase is not None and self._generic(parsed, phrase):
            # "7.57 million cases on the waiting list": what the cases are of
            j = bisect_left(tokens, phrase.end, key=_START)
            if j + 1 < n and words[j] in lex.noun_links:
                k = j + 1
                if words[k] in lex.link_determiners:
                    k += 1
                if k < n and not tokens[k].capitalized and k not in self._covered:
                    rest = self._noun_phrase(tokens, words, k, n)
                    if rest is not None:
                        return text_span(self.text, phrase.start, rest.end)
        return phrase

    def _past_possessor(self, tokens: Sequence[Token], words: Sequence[str], i: int) -> int:
        """The word after a possessor name and its marker ("Britain's", "the United
        States'"), else ``i``."""
        markers = self.lex.possessive_markers
        j = i
        while j < len(words) and j - i < 3 and tokens[j].capitalized and tokens[j].is_word:
            j += 1
        if i < j < len(words) - 1 and words[j] in markers:
            return j + 1
        return i

    def _purpose_after(self, parsed: ParsedSentence, i: int, *, money: bool) -> Span | None:
        """What a sum goes to, after a purpose link right after it: "200 millions d'euros en
        transferts", "dont 1,3 milliard consacré aux transports", "$120 million for affordable
        housing" (a common noun, not a time, a manner or a generic counting noun). A link of
        one word (a bare preposition) says a purpose only after money; a longer one (a
        participle and its preposition) after any figure with nothing counted before it."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        n = len(words)
        hit = lex.purpose_links.longest_at(words, i)
        if hit is None or (hit[1] == 1 and not money):
            return None
        j = i + hit[1]
        if hit[1] > 1 and j < n and words[j] in lex.link_determiners:
            j += 1  # "consacrera … à l'investissement" (never "pour la première fois")
        if j >= n or words[j] in lex.not_purposes or tokens[j].capitalized:
            return None
        phrase = self._noun_phrase(tokens, words, j, n)
        if phrase is None or self._generic(parsed, phrase):
            return None
        return phrase

    def _noun_phrase(
        self,
        tokens: Sequence[Token],
        words: Sequence[str],
        i: int,
        n: int,
        *,
        determined: bool = False,
        heads: bool = False,
    ) -> Span | None:
        """Nouns and adjectives from word ``i``, joined by links ("points de vente"); with
        ``determined``, links may take a determiner ("charge de la dette"); with ``heads``,
        the heads of descriptions count as nouns ("troisième constructeur européen")."""
        lex = self.lex
        start = i
        last = i
        count = 0
        while last < n and count < 5:
            if last in self._covered:
                break  # a time or a duration: "in the fourth quarter"
            whole = lex.measure_nouns.longest_at(words, last)
            if whole is not None and whole[1] > 1 and not tokens[last].capitalized:
                # a measure noun of several words whose first is no noun alone: "57 milliards
                # de dollars de chiffre d'affaires" ("chiffre" is also a verb, "se chiffre à")
                last += whole[1]
                count += 1
                continue
            if self._noun_word(tokens[last], words[last], heads=heads) or (
                count == 0 and self._demonym_before_noun(tokens, words, last, n)
            ):
                last += 1
                count += 1
                continue
            if count > 0 and words[last] in lex.compound_links:
                k = last + 1
                if determined and k < n and words[k] in lex.link_determiners:
                    k += 1
                if (
                    k < n
                    and self._noun_word(tokens[k], words[k])
                    and (not tokens[k].capitalized or tokens[k].text.isupper())
                ):
                    # a common noun or an acronym naming a measure ("dépenses de R&D"), never
                    # a name ("les ventes de Renault")
                    last = k + 1
                    count += 1
                    continue
                if determined and k < n and k > last + 1 and self._noun_word(tokens[k], words[k]):
                    last = k + 1  # "recettes de la TVA"
                    count += 1
                    continue
            if (
                count > 0
                and words[last] in lex.possessive_markers
                and last + 1 < n
                and self._noun_word(tokens[last + 1], words[last + 1])
            ):
                last += 1  # "the world's electricity"
                continue
            if (
                count > 0
                and words[last] in lex.coordinators
                and last + 2 < n
                and self._noun_word(tokens[last + 1], words[last + 1])
                and self._noun_word(tokens[last + 2], words[last + 2])
            ):
                # "battery-electric and plug-in hybrid cars": a coordinated modifier
                last += 3
                count += 2
                continue
            break
        if last == start:
            return None
        a, b = tokens[start].start, tokens[last - 1].end
        return text_span(self.text, a, b)

    def _demonym_before_noun(
        self, tokens: Sequence[Token], words: Sequence[str], i: int, n: int
    ) -> bool:
        """Whether word ``i`` is a capitalized demonym before a noun in lower case, which it
        qualifies: "18 million French households", "3,000 British workers"."""
        return (
            tokens[i].capitalized
            and words[i] in self.lex.demonyms
            and i + 1 < n
            and not tokens[i + 1].capitalized
            and self._noun_word(tokens[i + 1], words[i + 1])
        )

    def _noun_word(self, token: Token, word: str, *, heads: bool = False) -> bool:
        lex = self.lex
        if word in lex.numbered_heads and not heads:
            return False  # "sa marque", "le groupe": who, not what
        initial = token.text[:1]
        if not initial.isalnum():
            return False
        if token.norm[0].isdigit():
            # a code of a digit glued to capitals qualifies the noun: "13,000 5G sites"
            return _CODE_WORD.fullmatch(token.text) is not None
        if word in lex.not_nouns:  # stops, auxiliaries, links, neutral verbs
            return False
        # a capitalized word is a name, unless it names a measure ("PIB", "CO2")
        return not initial.isupper() or lex.measure_nouns.longest_at([word], 0) is not None

    def _measure_noun_before(self, parsed: ParsedSentence, first: int) -> Span | None:
        """The first measure noun of the lexicon in the figure's clause, before it, with the
        rest of its noun phrase: "le taux de chômage s'établit à 7,3 %"."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        for i in range(self._clause_start(parsed, first), first):
            hit = lex.measure_nouns.longest_at(words, i)
            if hit is not None and i + hit[1] <= first:
                end = tokens[i + hit[1] - 1].end
                phrase = self._noun_phrase(tokens, words, i, first, determined=True)
                if phrase is None or phrase.end < end:
                    phrase = text_span(self.text, tokens[i].start, end)
                phrase = self._with_complement(parsed, phrase, first)
                k = i  # modifiers before the noun: "Solar output", "the net profit"
                while k > 0 and (
                    self._noun_word(tokens[k - 1], words[k - 1])
                    or (k - 1 == 0 and self._opening_noun(parsed))
                ):
                    k -= 1
                while (
                    k > 1
                    and words[k - 1] in lex.compound_links
                    and self._noun_word(tokens[k - 2], words[k - 2])
                    and not tokens[k - 2].capitalized
                    and k - 2 >= self._clause_start(parsed, first)
                ):
                    k -= 2  # the head it complements: "le carnet de commandes d'Airbus"
                if k < i:
                    start = tokens[k].start
                    phrase = text_span(self.text, start, phrase.end)
                return phrase
        return None

    def _with_complement(self, parsed: ParsedSentence, phrase: Span, first: int) -> Span:
        """A measure noun's phrase with the common noun a complement link joins to it, before
        the figure: "le taux de réussite au baccalauréat", "Spending on the state pension"."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        k = bisect_left(tokens, phrase.end, key=_START)
        hit = lex.complement_links.longest_at(words, k)
        if hit is None:
            return phrase
        j = k + hit[1]
        if j >= first or tokens[j].capitalized or j in self._covered:
            return phrase
        rest = self._noun_phrase(tokens, words, j, first)
        if rest is None:
            return phrase
        return text_span(self.text, phrase.start, rest.end)

    def _opening_noun(self, parsed: ParsedSentence) -> bool:
        """A capitalized common word opening the sentence ("Solar output grew …")."""
        tokens, words = parsed.tokens, parsed.words
        return (
            bool(tokens)
            and tokens[0].capitalized
            and tokens[0].text.isalpha()
            and words[0] not in self.lex.noun_stops
            and (words[0] not in self.lex.not_names or words[0] in self.lex.opening_adjectives)
            and not any(r.first == 0 for r in parsed.referents)
        )

    def _partitive(self, parsed: ParsedSentence, first: int) -> bool:
        """A pronoun standing for what was counted before: "Boeing en a enregistré 1 456"."""
        words, lex = parsed.words, self.lex
        return any(
            words[i] in lex.partitive_clitics and self._finite_looking(words, i + 1)
            for i in range(self._clause_start(parsed, first), first - 1)
        )

    def _generic(self, parsed: ParsedSentence, span: Span) -> bool:
        """Whether a noun phrase is only a generic counting noun ("personnes", "people")."""
        first, last = tokens_within(parsed.tokens, span.start, span.end)
        return self.lex.generic_nouns.issuperset(parsed.words[first:last])

    def _names_measure(self, parsed: ParsedSentence, span: Span) -> bool:
        """Whether a noun phrase holds a measure noun of the lexicon ("de dépenses")."""
        first, last = tokens_within(parsed.tokens, span.start, span.end)
        words = parsed.words[first:last]
        nouns = self.lex.measure_nouns
        if nouns.first_words.keys().isdisjoint(words):
            return False  # no word a measure noun starts with: the usual phrase
        return any(nouns.longest_at(words, i) for i in range(len(words)))

    def _noun_before(self, parsed: ParsedSentence, first: int) -> Span | None:
        """The noun phrase of the first determiner in the figure's clause: "la dette
        publique atteint …" (names and referring words excepted)."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        for i in range(self._clause_start(parsed, first), first - 1):
            if words[i] not in lex.determiners:
                continue
            if any(r.first <= i < r.last or r.first == i + 1 for r in parsed.referents):
                continue
            phrase = self._noun_phrase(tokens, words, i + 1, first, determined=True)
            if phrase is not None:
                return phrase
        opening = (
            first > 0
            and self._clause_start(parsed, first) == 0
            and tokens[0].capitalized
            and tokens[0].text.replace("-", "").isalpha()  # "Full-fibre coverage …" too
            and words[0] not in lex.noun_stops
            and words[0] not in lex.pronouns  # "Celui-ci s'élève à …": what it stands for
            and not any(r.first == 0 for r in parsed.referents)
        )
        if opening:
            # a bare noun opening the sentence: "Wind power alone supplied 139 TWh"
            rest = self._noun_phrase(tokens, words, 1, first, determined=True)
            stop = rest.end if rest is not None and rest.start == tokens[1].start else tokens[0].end
            return text_span(self.text, tokens[0].start, stop)
        return self._noun_after_name(parsed, first)

    def _noun_after_name(self, parsed: ParsedSentence, first: int) -> Span | None:
        """The common nouns right after a name opening the figure's clause (after its
        determiner), the name qualifying them: "Heathrow passenger numbers rose by 4.7
        million", "The UK new car market grew 10.4%" (the name is the subject, the nouns
        what is measured)."""
        tokens, words = parsed.tokens, parsed.words
        clause = self._clause_start(parsed, first)
        if clause < first and words[clause] in self.lex.determiners:
            clause += 1  # "The UK new car market grew 10.4%"
        for r in parsed.referents:
            if r.first == clause and r.name is not None and r.last < first:
                if self._verb_in(parsed, r.last, r.last + 1):
                    return None  # "La France consacrera 55 milliards": the verb, no noun
                last = r.last
                between = self.text[tokens[last - 1].end : tokens[last].start]
                named = None
                if words[last] in self.lex.possessive_markers and between in _APOSTROPHES:
                    # "Germany's Ifo index rose to 89": the owner's name, then another name
                    # that qualifies the nouns after it, and is one of their words
                    named = next((o for o in parsed.referents if o.first == last + 1), None)
                    if named is None or named.last >= first:
                        return None
                    last = named.last
                phrase = self._noun_phrase(tokens, words, last, first, determined=True)
                if phrase is not None and phrase.start == tokens[last].start:
                    if named is not None:
                        return text_span(self.text, tokens[named.first].start, phrase.end)
                    return phrase
        return None

    def _label_before(self, parsed: ParsedSentence, first: int) -> Span | None:
        """The label of a figure right after a colon: "Revenue: $4.2 billion", "Effectifs :
        18 400" (a few words, no number, no name)."""
        tokens = parsed.tokens
        colon = first - 1
        if colon < 1 or tokens[colon].text != ":":
            return None
        start = self._clause_start(parsed, colon)
        if not 0 < colon - start <= _LABEL_WORDS:
            return None
        if not all(t.is_word and not t.norm[0].isdigit() for t in tokens[start:colon]):
            return None
        if any(r.first < colon and start < r.last for r in parsed.referents):
            return None  # "Paris : 2,1 millions": a name, the subject
        a, b = tokens[start].start, tokens[colon - 1].end
        return text_span(self.text, a, b)

    def _clause_start(self, parsed: ParsedSentence, first: int) -> int:
        tokens, words = parsed.tokens, parsed.words
        breaks = self.lex.break_words  # with a comma, the only words that may end a clause
        clause = first
        while clause > 0:
            word = words[clause - 1]
            if word == "," or word in breaks:
                if word == "," and clause < first and self._clause_break(tokens[clause - 1], word):
                    # a relative clause between commas is read through: "Regular pay growth,
                    # which excludes bonuses, stood at 5.0%" (the subject before it; a
                    # decimal comma closes none: ", which 12,5 …")
                    opening = self._relative_opening(words, clause - 1)
                    if opening is not None:
                        clause = opening
                        continue
                if word == ")":
                    # a short aside in brackets is read through: "Le taux de chômage au sens
                    # du Bureau international du travail (BIT) a augmenté de 0,1 point"
                    opening = self._aside_opening(words, clause - 1)
                    if opening is not None:
                        clause = opening
                        continue
                if self._clause_break(tokens[clause - 1], word) and (
                    word not in self.lex.restrictive or not self._restricts(words, clause - 1)
                ):
                    break
            clause -= 1
        return clause

    def _restricts(self, words: Sequence[str], i: int) -> bool:
        """Whether the clause word at ``i`` closes a restriction opened just before it
        ("n'a créé que 22 000 emplois": ne … que, only), which opens no clause."""
        openers = self.lex.restrictive.get(words[i])
        if openers is None:
            return False
        return any(w in openers for w in words[max(0, i - _RESTRICTION_WORDS) : i])

    def _relative_opening(self, words: Sequence[str], closing: int) -> int | None:
        """The index of the comma that opens a relative clause (``relatives``: ", which",
        ", qui") closed by the comma at ``closing``, a few words before it, else None."""
        opening = self._mark_before(words, closing, ",")
        if opening is None or words[opening + 1] not in self.lex.relatives:
            return None
        return opening

    @staticmethod
    def _aside_opening(words: Sequence[str], closing: int) -> int | None:
        """The index of the "(" a few words before the ")" at ``closing``, with words between."""
        return MeasureReading._mark_before(words, closing, "(")

    @staticmethod
    def _mark_before(words: Sequence[str], closing: int, mark: str) -> int | None:
        """The index of the nearest ``mark`` a few words (at most :data:`_ASIDE_TOKENS`)
        before the mark at ``closing``, with a word between them, else None."""
        for opening in range(closing - 2, max(-1, closing - 1 - _ASIDE_TOKENS), -1):
            if words[opening] == mark:
                return opening
        return None

    def _clause_break(self, token: Token, word: str) -> bool:
        # A mark's word is its text (casefolding leaves marks alone): one lookup tells a
        # clause word or mark (``break_words``).
        if word == ",":
            # a decimal comma ("85,7") is part of a number, not a pause
            text = self.text
            return not (
                text[token.start - 1 : token.start].isdigit()
                and text[token.end : token.end + 1].isdigit()
            )
        return word in self.lex.break_words

    def _object_after(self, parsed: ParsedSentence, i: int) -> Span | None:
        """The object of an event verb: "exporter sa gamme" → "gamme"."""
        words = parsed.words
        if i < len(words) and words[i] in self.lex.determiners:
            i += 1
        return self._noun_phrase(parsed.tokens, words, i, len(words))

    def _measure_verb(self, parsed: ParsedSentence, first: int, noun: Span | None) -> str | None:
        """The verb that carries a figure: a verb of the lexicon before it in its clause, in
        its noun phrase ("unités produites") or just after ("ont été vendues")."""
        words = parsed.words
        governed = first < len(words) and words[first] in self.lex.neutral_verbs
        # "compte atteindre 335 TWh": the figure's own verb ("atteindre") says nothing of it
        hit = None
        if not governed:
            hit = self._verb_before(parsed, first, events_only=False, generic=False, skip=noun)
        if hit is not None:
            return hit[1]
        if noun is not None:
            inside = range(*tokens_within(parsed.tokens, noun.start, noun.end))
            for i in inside:
                lemma = self.lex.verb_lemma((words[i],))
                if lemma is not None:
                    return lemma
        if noun is not None:
            lemma = self._verb_after(parsed, noun.end)
            if lemma is not None:
                return lemma
        if governed:
            return None
        hit = self._verb_before(parsed, first, events_only=False, generic=True, skip=noun)
        return hit[1] if hit is not None else None

    def _verb_after(self, parsed: ParsedSentence, end: int) -> str | None:
        """A verb of the lexicon after auxiliaries right after a noun phrase: "ont été
        vendues", "were sold"."""
        lex, words = self.lex, parsed.words
        i = 0
        while i < len(parsed.tokens) and parsed.tokens[i].start < end:
            i += 1
        skipped = auxiliaries = 0
        while i < len(words) and skipped < 4:
            if words[i] in lex.auxiliaries:
                auxiliaries += 1
            elif words[i] not in lex.clitics:  # "se sont présentés"
                break
            i += 1
            skipped += 1
        if auxiliaries == 0:
            return None
        hit = lex.verbs.longest_at(words, i)
        if hit is not None:
            return hit[0]
        if i < len(words):
            word = words[i]
            if not word.isalpha() or word in lex.noun_stops:
                return None
            if auxiliaries >= 2 and word.endswith(lex.verb_endings):
                # after two auxiliaries a verb form whatever the lexicon knows: "had been waiting"
                return word
            if word.endswith(lex.past_participle_endings):
                # a past participle the lexicon does not know: "ont été mis en chantier",
                # "ont été autorisés", "were demolished"
                return word
        return None

    def _verb_before(
        self,
        parsed: ParsedSentence,
        first: int,
        *,
        events_only: bool,
        generic: bool = True,
        skip: Span | None = None,
    ) -> tuple[int, str] | None:
        """The nearest verb before token ``first`` in its clause: (token index, lemma).
        Words of ``skip`` (the measure's noun phrase) are nouns, not verbs ("chiffre").

        Read once per sentence, token and question: a figure's carrier and its measure's
        verb ask the same (a ``skip`` that starts at or after the token skips nothing)."""
        tokens = parsed.tokens
        if skip is not None and first < len(tokens) and skip.start >= tokens[first].start:
            skip = None  # the noun after the figure: no word before it is skipped
        if skip is not None:
            return self._read_verb_before(parsed, first, events_only, generic, skip)
        key = (first, events_only, generic)
        known = parsed.verbs_before
        if key in known:
            return known[key]
        found = known[key] = self._read_verb_before(parsed, first, events_only, generic, None)
        return found

    def _read_verb_before(
        self,
        parsed: ParsedSentence,
        first: int,
        events_only: bool,
        generic: bool,
        skip: Span | None,
    ) -> tuple[int, str] | None:
        """:meth:`_verb_before`, read from the words."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        stop = max(0, first - _WINDOW)
        verb_at, breaks = lex.verbs.longest_at, lex.break_words
        for i in range(first - 1, stop - 1, -1):
            word = words[i]
            if (
                (word == "," or word in breaks)
                and i < first - 1
                and self._clause_break(tokens[i], word)
            ):
                if word != "," or not self._opens_apposed_name(parsed, i, first):
                    break
                continue  # "a fermé sa dernière centrale, Ratcliffe-on-Soar, le 30 septembre"
            if skip is not None and skip.start <= tokens[i].start < skip.end:
                continue
            hit = verb_at(words, i)
            if hit is not None and i + hit[1] <= first:
                if events_only and hit[0] not in lex.event_verbs:
                    continue
                return i, hit[0]
            if not events_only and word in lex.neutral_verbs and word not in lex.auxiliaries:
                return None  # the figure's own verb says nothing of it: "a franchi le cap des"
            if events_only or not generic:
                continue
            if word in lex.noun_stops or i in self._covered:
                continue  # (a time is no verb: "is now 5%", "is currently £1,738")
            if i > 0 and words[i - 1] in lex.infinitive_markers and self._infinitive(word):
                return i, word
            if i > 0 and words[i - 1] in lex.auxiliaries and tokens[i].is_word:
                return i, word
        return None

    def _opens_apposed_name(self, parsed: ParsedSentence, opening: int, first: int) -> bool:
        """Whether the comma at ``opening`` opens a name set between commas before token
        ``first`` ("sa dernière centrale, Ratcliffe-on-Soar, le 30 septembre"): up to four
        words, the first capitalized, the others capitalized or digits."""
        tokens, words = parsed.tokens, parsed.words
        for closing in range(opening + 2, min(first, opening + 2 + _ASIDE_TOKENS)):
            if words[closing] != ",":
                continue
            between = self.text[tokens[opening].end : tokens[closing].start].split()
            return (
                0 < len(between) <= 4
                and between[0][:1].isupper()
                and all(w[:1].isupper() or w[:1].isdigit() for w in between)
            )
        return False

    def _same_clause(self, parsed: ParsedSentence, start: int, end: int) -> bool:
        """Whether no clause break lies between tokens ``start`` and ``end``."""
        return 0 <= start <= end and not any(
            self._clause_break(parsed.tokens[i], parsed.words[i]) for i in range(start, end)
        )

    def _event_verb_at(self, parsed: ParsedSentence, i: int) -> int | None:
        """Token ``i`` if it is a form of an event verb of the lexicon."""
        if i < 0:
            return None
        hit = self.lex.verbs.longest_at(parsed.words, i)
        return i if hit is not None and hit[1] == 1 and hit[0] in self.lex.event_verbs else None

    def _event_verb_after(
        self, parsed: ParsedSentence, last: int, fronted: bool = False
    ) -> tuple[int, str] | None:
        """An event verb in the few words after a time ending at token ``last``, in its
        clause; a ``fronted`` time (one opening its sentence, then a comma) reads on into the
        main clause ("Depuis le 1er janvier 2025, les logements classés G sont interdits")."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        reach = 6
        if fronted and last < len(words) and tokens[last].text == ",":
            last, reach = last + 1, 8
        for i in range(last, min(last + reach, len(words))):
            if self._clause_break(tokens[i], words[i]):
                return None
            hit = lex.verbs.longest_at(words, i)
            if hit is not None and hit[0] in lex.event_verbs:
                return i, hit[0]
        return None

    def _infinitive(self, word: str) -> bool:
        return word.isalpha() and any(word.endswith(e) for e in self.lex.infinitive_endings)

    def _lemma_at(self, parsed: ParsedSentence, i: int) -> str:
        hit = self.lex.verbs.longest_at(parsed.words, i)
        return hit[0] if hit is not None else parsed.words[i]

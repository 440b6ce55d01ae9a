"""Who a figure is about: names, places and the words that refer back to them.

:class:`SubjectReading` reads one sentence for its names (from a reference's
gazetteer, the lexicon's places and institutions, or capitalized words),
its places after a location preposition ("en Chine"), and its pronouns and
descriptions ("il", "le géant technologique chinois"); then picks, for each
figure, the subject and the place a careful reader would give it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from claimcheck.entities import (
    Gazetteer,
    Name,
    PhraseIndex,
    Token,
    TokenReading,
    find_names,
    read_tokens,
)
from claimcheck.measures import (
    MeasureReading,
    ParsedSentence,
    Referent,
    text_span,
    tokens_within,
)
from claimcheck.models import Claim, Mention, MentionKind, Span
from claimcheck.sentences import Sentence
from claimcheck.terms import terms

__all__ = ["SubjectReading"]

_SOURCE_WORDS = 8  # the longest source phrase before a name, in words ("selon le service …")
_ASIDE_WORDS = 16  # the longest apposition or aside read between commas, in words
_SPEAKER_REACH = 4  # how far after a name its verb of speech may stand ("… for Transport said")
_MODIFIERS_BEFORE_HEAD = (
    4  # modifiers between an adjective of place and its head ("water and waste")
)
# What follows a dateline's place: an optional date after a comma and an optional agency in
# brackets, then a dash ("AMSTERDAM, Feb 26 (Reuters) - ", "PARIS (AFP) — ").
_BLOCKED_HOPS = 3  # a blocker, then up to two nouns and their links, before a name
_DATELINE_TAIL = re.compile(r"(?:,[^-–—.;:()\n]{1,30}?)?(?:\s*\([^()\n]{1,40}\))?\s*[-–—]\s")
_LETTERS = re.compile(r"[^\W\d_]+")  # the words of the text's vocabulary (``_vocab``)
# A word found this many times or more in the casefolded text (a word that is also a common
# piece of others: "c", "a") is looked up in the whole vocabulary instead (``_word_cases``).
_FEW_OCCURRENCES = 8


class SubjectReading(MeasureReading):
    """Names, places and references in the sentence being read, and the subject of a figure."""

    gazetteer: Gazetteer | None
    lang: str
    current: str | None  # the entity the article is about
    current_place: str | None  # the place the article is about
    current_claimed: bool  # whether `current` is the subject of a claim
    _vocabulary: dict[str, tuple[bool, bool]] | None
    _folded_text: str | None = None  # the text casefolded, once asked for (``_word_cases``)
    _last_reading: tuple[int, int, TokenReading] | None = None
    # a name introduced by a description head ("à la société Criteo") other than `current`,
    # and whether `current` was itself introduced so: what "l'entreprise" refers back to
    headed_other: str | None = None
    current_headed: bool = False

    def _vocab(self) -> dict[str, tuple[bool, bool]]:
        """Every word of the text → (seen in lowercase, seen capitalized inside a sentence)."""
        if self._vocabulary is None:
            vocabulary: dict[str, tuple[bool, bool]] = {}
            text = self.text
            for match in _LETTERS.finditer(text):
                word = match.group()
                key = word.casefold()
                lower, inner = vocabulary.get(key, (False, False))
                if word[0].islower():
                    lower = True
                else:
                    before = text[max(0, match.start() - 2) : match.start()]
                    if before[-1:] == " " and before[:1] not in (".", "!", "?", "\n", ""):
                        inner = True
                vocabulary[key] = (lower, inner)
            self._vocabulary = vocabulary
        return self._vocabulary

    def _word_cases(self, key: str) -> tuple[bool, bool]:
        """``_vocab().get(key, (False, False))`` for one casefolded word, read from its few
        occurrences in the casefolded text when it has few and casefolding keeps every
        character's offset (the usual text): most articles ask about one or two words, and
        scanning every word of the text costs more than finding those (C searches)."""
        if self._vocabulary is not None or not key:
            return self._vocab().get(key, (False, False))
        text = self.text
        folded = self._folded_text
        if folded is None:
            folded = self._folded_text = text.casefold()
        if len(folded) != len(text) or folded.count(key) >= _FEW_OCCURRENCES:
            # (a character folded to several: offsets move; or a word found all over)
            return self._vocab().get(key, (False, False))
        # Casefolding maps each character to one here: an occurrence of ``key`` at the same
        # offsets of the text is a word of the vocabulary with that key when it is a whole
        # run of letters there.
        lower = inner = False
        letters, size, n = _LETTERS, len(key), len(text)
        at = folded.find(key)
        while at >= 0:
            end = at + size
            if (
                (at == 0 or letters.match(text, at - 1, at) is None)
                and (end == n or letters.match(text, end, end + 1) is None)
                and letters.fullmatch(text, at, end) is not None
            ):
                if text[at].islower():
                    lower = True
                else:
                    before = text[max(0, at - 2) : at]
                    if before[-1:] == " " and before[:1] not in (".", "!", "?", "\n", ""):
                        inner = True
            at = folded.find(key, at + 1)
        return lower, inner

    def _sentence_tokens(self, sentence: Sentence) -> list[Token]:
        """The tokens of a sentence (those of the last one asked for are kept: read-only)."""
        return self._sentence_reading(sentence).tokens

    def _sentence_reading(self, sentence: Sentence) -> TokenReading:
        """The tokens of a sentence with their words, name pieces and capitals (those of the
        last one asked for are kept: read-only)."""
        kept = self._last_reading
        if kept is not None and kept[0] == sentence.start and kept[1] == sentence.end:
            return kept[2]
        reading = read_tokens(self.text, sentence.start, sentence.end)
        self._last_reading = (sentence.start, sentence.end, reading)
        return reading

    def _parse(
        self, sentence: Sentence, figures: Sequence[Mention], times: Sequence[Mention] = ()
    ) -> ParsedSentence:
        text, lex = self.text, self.lex
        tokens, words, pieces, capitals = self._sentence_reading(sentence)
        parsed = ParsedSentence(sentence.start, sentence.end, sentence.paragraph, tokens, words)
        taken = [False] * len(tokens)
        bare = [False] * len(tokens)  # a plain number, which a known name may hold
        for m in figures:  # a unit is not a name: "50,7 TWh", "82 GW"
            first, last = parsed.token_range(m)
            taken[first:last] = [True] * (last - first)
            if m.kind is MentionKind.NUMBER and m.text.isdigit() and last - first == 1:
                bare[first] = True
        guessed = find_names(
            tokens,
            text,
            numbered=lex.name_heads,
            not_names=lex.not_names,
            adjective_endings=lex.adjective_endings,
            connectors=lex.name_connectors,
            sentence_start_is_name=self._starts_with_name(tokens, words),
            words=words,
            capitals=capitals,
            institutions=lex.institution_heads,
        )
        # "la Fédération hospitalière de France": a name the reference's "France" is inside
        # and "Amazon Web Services": a name of the reference's metrics holding "Amazon"
        run_ons = [
            (g.first, g.last)
            for g in guessed
            if (
                words[g.first] in lex.institution_heads.first_words
                and any(t.text.islower() for t in tokens[g.first + 1 : g.last])
            )
            or (self.gazetteer is not None and self.gazetteer.holds(g.canonical))
        ]
        names: list[Name] = []
        collectives: set[int] = set()
        guessed_firsts = [g.first for g in guessed]  # (in text order, apart: bisected)
        for gazetteer in (self.gazetteer, lex.names, lex.collectives):
            if gazetteer is None:
                continue
            for name in gazetteer.find(tokens, pieces):
                held = gazetteer is self.gazetteer and not any(
                    taken[k] and not bare[k] for k in range(name.first, name.last)
                )  # a name of the reference holding a plain number: "France 2 a réuni"
                if (any(taken[name.first : name.last]) and not held) or any(
                    a <= name.first and name.last <= b and b - a > name.last - name.first
                    for a, b in run_ons
                ):
                    continue
                if gazetteer is lex.collectives:
                    if (name.last < len(words) and words[name.last] in lex.demonyms) or (
                        name.first >= 1 and words[name.first - 1] in lex.demonyms
                    ):
                        continue  # "les ménages français", "American farmers": the place's
                    if (
                        name.first >= 2
                        and words[name.first - 2] in lex.demonyms
                        and tokens[name.first - 1].text.islower()
                        and tokens[name.first - 1].is_word
                    ):
                        continue  # "French dairy farmers": the place's, a word between
                    if (
                        name.first >= 2
                        and words[name.first - 1] in lex.possessive_markers
                        and tokens[name.first - 2].text[:1].isupper()
                    ):
                        continue  # "England's schools", "Britain's households": the owner's
                    if (
                        name.first >= 1
                        and words[name.first - 1] in lex.compound_links
                        and words[name.first - 1] not in lex.determiners
                    ):
                        continue  # "les défaillances d'entreprises": a complement, not who
                    collectives.add(name.first)
                if (
                    gazetteer is self.gazetteer
                    and name.last - name.first == 1
                    and words[name.first] in lex.demonyms
                    and self._describes_company(words, name.first)
                ):
                    continue  # "The French water and waste group": where it is from
                if gazetteer is self.gazetteer and self._place_in_a_name(
                    name, guessed, guessed_firsts, tokens
                ):
                    continue  # "Air Canada carried …": a company, not Canada
                names.append(name)
                for i in range(name.first, name.last):
                    taken[i] = True
        for name in lex.places.find(tokens, pieces):
            if any(taken[name.first : name.last]):
                continue
            if any(
                g.first <= name.first
                and name.last <= g.last
                and g.last - g.first > name.last - name.first
                for g in guessed
            ):
                continue  # a place inside a longer name: "Banque de France", "Air France"
            names.append(name)
            for i in range(name.first, name.last):
                taken[i] = True
        places = {
            (n.first, n.last)
            for n in names
            if n.canonical in lex.place_names
            or (n.known and lex.places.get(self.text[n.start : n.end]) is not None)
            or (
                n.known
                and self._located(words, n.first)
                and any(w in lex.demonyms for w in words[n.first : n.last])
            )
        }  # (a name of the reference that is a place too: "Great Britain" for its own data;
        # one made with an adjective of place after a preposition of place: "in the
        # Brazilian Amazon")
        timed = [False] * len(tokens)
        for m in times:  # "Fin 2023, la Suisse comptait …": a time, not a name
            first, last = parsed.token_range(m)
            timed[first:last] = [True] * (last - first)
        for name in guessed:
            if self._qualifies_a_noun(name, tokens, words):
                continue  # "its CET1 ratio stood at 15.7%": part of the measure
            if not any(taken[name.first : name.last]) and not any(timed[name.first : name.last]):
                name = self._with_number(name, tokens, figures)
                name = self._with_possessive_s(name, tokens, words)
                name = self._with_plus(name, tokens)
                name = self._with_head(name, tokens, words, taken)
                names.append(name)
                acronym = name.last - name.first == 1 and name.canonical.isupper()
                if self._located(words, name.first) and not (acronym and len(name.canonical) > 1):
                    # "à Cholet": a place not in the lexicon; not an acronym the lexicon does
                    # not know as a place ("le taux de réussite au CAP": a diploma)
                    places.add((name.first, name.last))
        names.sort(key=lambda n: n.first)
        parsed.names = names
        blocked_until = (
            -1
        )  # a list of names after a blocker shares it: "avec Xiaomi, Porsche et Audi"
        source_end = -1
        dateline = self._dateline(names[0]) if names and names[0].first == 0 else -1
        # A source marker or a person's title ends only at one of its last words: in a
        # sentence with none of them (the usual one), no name needs those tests.
        sources = bool(names) and not lex.source_markers.last_words.isdisjoint(words)
        titles = bool(names) and not lex.person_titles.last_words.isdisjoint(words)
        for name in names:
            if name.start < dateline:
                continue  # "AMSTERDAM, Feb 26 (Reuters) - Stellantis …": where and when, not who
            is_place = (name.first, name.last) in places
            if (
                not is_place
                and name.canonical not in lex.source_names
                and lex.description_heads.longest_ending_at(words, name.first)
            ):
                parsed.headed.append(name.canonical)  # "à la société Criteo": a company
            between = text[source_end : name.start] if source_end >= 0 else ""
            if (
                name.canonical in lex.source_names
                or (sources and self._in_source(tokens, words, name.first))
                or (between.rstrip().endswith("(") and not any(c in between for c in ",;:."))
            ):
                source_end = name.end  # "selon la Plateforme automobile (PFA)": both the source
                continue
            if titles and self._after_any(lex.person_titles, words, name.first, through=3):
                continue  # "M. Dupont", "chief executive Elon Musk": a speaker, not a subject
            if lex.person_titles.longest_at(words, name.first) is not None:
                continue  # "Chief Executive Andy Jassy said": the title opens the name
            if self._inverted_speaker(name, words):
                continue  # "« … », souligne Sylvie Le Minez": who speaks, not a subject
            listed = (
                blocked_until >= 0
                and name.first <= blocked_until + 2
                and all(
                    w == "," or w in lex.coordinators for w in words[blocked_until : name.first]
                )
            )
            if (
                (self._after_blocker(words, name.first) or listed)
                and not is_place
                and not self._measure_at(words, name.first)
            ):
                blocked_until = name.last
                continue  # "depuis la Seconde Guerre mondiale", "pour BYD"
            if is_place and self._located(words, name.first):
                parsed.located.append((name.first, name.last, name.canonical, name.start, name.end))
                continue
            if (
                name.first in collectives
                and parsed.referents
                and parsed.referents[-1].place
                and not text[parsed.referents[-1].end : name.start].strip(" .")
            ):
                continue  # "U.S. employers": the place's
            parsed.referents.append(
                Referent(
                    name.first,
                    name.last,
                    name.start,
                    name.end,
                    name.canonical,
                    is_place,
                    known=name.known,
                )
            )
        if lex.referring_starts.isdisjoint(words):
            described = []  # the usual sentence: no word a pronoun or a description opens with
        else:
            named = frozenset(
                i for n in names if n.last - n.first > 1 for i in range(n.first, n.last)
            )
            described = list(self._references(tokens, words, named))
        if not described:  # no pronoun, no description: the names are the referents
            parsed.referents.sort(key=lambda r: r.first)
            return parsed
        # "la deuxième ville de France": the name completes the description, it is not a subject
        ends = {r.last for r in described}
        spans = [(r.first, r.last) for r in described]
        starts = {r.first for r in described}
        n_words = len(words)
        owned = {
            r.last: r
            for r in parsed.referents
            if r.last in starts and r.last < n_words and words[r.last] in lex.possessive_markers
        }  # "Europe's largest airline": the name completes the description
        for d in described:
            if d.first in owned:
                d.owner = owned[d.first].name
            else:  # "the UK government", "le gouvernement français" is the place's
                inner = [r for r in parsed.referents if d.first < r.first and r.last <= d.last]
                if inner and inner[0].place:
                    d.owner = inner[0].name
        parsed.referents = [
            r
            for r in parsed.referents
            if not any(a <= r.first and r.last <= b for a, b in spans)  # "The Google owner"
            and r.last not in owned
            and not (
                r.first >= 2 and r.first - 1 in ends and words[r.first - 1] in lex.compound_links
            )
            and not (
                r.first >= 3
                and r.first - 2 in ends
                and words[r.first - 2] in lex.compound_links
                and words[r.first - 1] in lex.link_determiners
            )
        ]
        parsed.referents.extend(described)
        parsed.referents.sort(key=lambda r: r.first)
        return parsed

    def _dateline(self, name: Name) -> int:
        """Where a wire dateline ends when a name opening a sentence is its place (written in
        capitals, followed by a date or an agency and a dash); -1 if it is not one."""
        written = self.text[name.start : name.end]
        if not written.isupper() or sum(c.isalpha() for c in written) < 2:
            return -1
        tail = _DATELINE_TAIL.match(self.text, name.end, name.end + 80)
        return tail.end() if tail is not None else -1

    def _place_in_a_name(
        self,
        name: Name,
        guessed: Sequence[Name],
        firsts: Sequence[int],
        tokens: Sequence[Token],
    ) -> bool:
        """Whether the reference's ``name`` is a place that ends a longer run of capitalized
        words with no connector ("Air Canada", "Lidl France"): that name's, as a place of the
        places table inside one already is ("Air France"); "Banque de France", joined by a
        connector, and "The UK National Living Wage", the place first, keep the place."""
        k = bisect.bisect_right(firsts, name.first) - 1  # the run starting last before it
        if k < 0:
            return False
        g = guessed[k]
        if not (g.first < name.first and name.last == g.last):
            return False
        if self.lex.places.get(self.text[name.start : name.end]) is None:
            return False
        not_names = self.lex.not_names
        return all(
            t.text[:1].isupper() and t.norm not in not_names for t in tokens[g.first : name.first]
        )

    def _starts_with_name(self, tokens: Sequence[Token], words: Sequence[str]) -> bool:
        """Whether a capitalized first word is a name rather than a capitalized common word:
        an acronym, a word the text never writes in lowercase but capitalizes inside sentences,
        or one followed by a verb ("Xiaomi ambitionne", "Entreprise 4711 a produit")."""
        if not tokens or not tokens[0].capitalized or words[0] in self.lex.not_names:
            return False
        if self.lex.measure_nouns.longest_at(words, 0) is not None:
            return False  # "House prices in England fell …": what is measured, not who
        if tokens[0].text.isupper() and len(tokens[0].text) > 1:
            return True  # an acronym
        if len(tokens) > 1 and tokens[1].text == "+" and tokens[1].start == tokens[0].end:
            return True  # a brand: "Disney+ revendiquait …", "Canal+ a perdu …"
        lower, inner = self._word_cases(words[0])
        if lower:
            return False
        if inner:
            return True
        i = 1
        if i < len(tokens) and tokens[i].text.isdigit() and len(tokens[i].text) <= 5:
            i += 1  # "Entreprise 4711 a produit …"
        while i < len(tokens) - 1 and words[i] in self.lex.clitics:
            i += 1  # "Boeing en a enregistré …"
        if i >= len(tokens):
            return False
        nxt = words[i]
        lex = self.lex
        if nxt == ":" and i + 1 < len(tokens) and tokens[i + 1].text[:1].isalpha():
            # a kicker: "Grenoble : la fréquentation du tramway a augmenté …"; but a
            # headline's topic the body never capitalizes is no name ("Naissances : nouveau
            # plus bas historique en France", then the article)
            return not self._ends_line(tokens[-1].end)
        return (
            tokens[i].capitalized
            or nxt in lex.auxiliaries
            or nxt in lex.neutral_verbs
            or lex.verbs.longest_at(words, i) is not None
            or (self._finite_looking(words, i) and not self._finite_looking(words, i + 1))
            or nxt in ("s", ",")
        )

    def _ends_line(self, end: int) -> bool:
        """Whether only spaces stand between ``end`` and a line break."""
        stop = self.text.find("\n", end)
        return stop >= 0 and not self.text[end:stop].strip()

    def _with_number(self, name: Name, tokens: Sequence[Token], figures: Sequence[Mention]) -> Name:
        """Extend a name over a plain number right after it that is not a figure of its own:
        "Entreprise 4711", "Peugeot 208", "CAC 40"."""
        last = name.last
        if name.known or last >= len(tokens) or self.text[name.end : tokens[last].start] != " ":
            return name
        number = tokens[last]
        if not number.text.isdigit() or len(number.text) > 5:
            return name
        if last + 1 < len(tokens) and tokens[last + 1].text.isdigit():
            return name  # "Renault 2 300 …": a grouped figure, not a model number
        for m in figures:
            if m.start <= number.start < m.end and (
                m.text != number.text or self._figure_noun(tokens, last + 1)
            ):
                return name  # a figure of its own: "Xiaomi 100 000 unités"
        canonical = self.text[name.start : number.end]
        return Name(name.first, last + 1, name.start, number.end, canonical, False)

    def _with_head(
        self, name: Name, tokens: Sequence[Token], words: Sequence[str], taken: Sequence[bool]
    ) -> Name:
        """ "le musée d'Orsay", "l'aéroport de Nice-Côte d'Azur": a head noun of the lexicon
        and a link word before a name are part of it."""
        lex, i = self.lex, name.first - 1
        if i >= 1 and words[i] in lex.link_determiners:
            i -= 1  # "ministère de l'Intérieur"
        if i < 1 or words[i] not in lex.compound_links or words[i - 1] not in lex.named_heads:
            return name
        head = i - 1
        if taken[head] or (tokens[head].capitalized and head > 0):
            return name  # a capitalized head is a name's own word already
        start = tokens[head].start
        canonical = self.text[start : name.end]
        if tokens[head].capitalized:
            canonical = canonical[:1].lower() + canonical[1:]  # "Musée d'Orsay …" opening
        return Name(head, name.last, start, name.end, canonical, name.known)

    def _with_plus(self, name: Name, tokens: Sequence[Token]) -> Name:
        """ "Disney+", "Canal+", "Apple TV+": a "+" glued to a name ends it (not "+ 5 %")."""
        last = name.last
        if (
            last < len(tokens)
            and tokens[last].text == "+"
            and tokens[last].start == name.end
            and not self.text[name.end + 1 : name.end + 2].isalnum()
        ):
            end = name.end + 1
            return Name(name.first, last + 1, name.start, end, name.canonical + "+", name.known)
        return name

    def _with_possessive_s(self, name: Name, tokens: Sequence[Token], words: Sequence[str]) -> Name:
        """ "McDonald's operates …": an "'s" followed by a verb is part of the name (not
        "Tesla's revenue", where a noun follows)."""
        last = name.last
        if (
            last + 1 < len(tokens)
            and words[last] in self.lex.possessive_markers
            and self.text[name.end : tokens[last].start] in ("'", "’")
            and self._finite_looking(words, last + 1)
            and not self._finite_looking(words, last + 2)  # "Tesla's sales rose"
        ):
            end = tokens[last].end
            return Name(name.first, last + 1, name.start, end, self.text[name.start : end], False)
        return name

    def _figure_noun(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a plain number is followed by what it counts ("Renault 300 voitures")."""
        if i >= len(tokens) or not self._noun_word(tokens[i], tokens[i].norm):
            return False
        words = [t.norm for t in tokens[i : i + 3]]
        return not self._finite_looking(words, 0) or words[0] in self.lex.demonyms

    def _located(self, words: Sequence[str], first: int) -> bool:
        lex = self.lex
        if lex.location_prepositions.longest_ending_at(words, first):
            return True
        return (
            first >= 1
            and words[first - 1] in lex.determiners
            and lex.location_prepositions.longest_ending_at(words, first - 1) > 0
        )

    def _possessed_by(self, parsed: ParsedSentence, chosen: Referent) -> bool:
        """Whether ``chosen`` is a name (no place) in the possessive, with words after it:
        what follows is its own ("Renault's French sales", "Walmart's global e-commerce
        sales": the adjective of place says where, not whose)."""
        words = parsed.words
        k = chosen.last
        return (
            chosen.name is not None
            and not chosen.place
            and k + 1 < len(words)
            and words[k] in self.lex.possessive_markers
        )

    def _measure_at(self, words: Sequence[str], first: int) -> bool:
        """Whether a name follows a measure noun and one of ``measure_owner_links``, its
        determiner between: "Sales at Tesla fell", "Attendance at the British Museum rose"
        (whose sales, whose attendance; "exports to China" stays a destination)."""
        lex = self.lex
        j = first - 1
        if j >= 0 and words[j] in lex.determiners:
            j -= 1
        return (
            j >= 1
            and words[j] in lex.measure_owner_links
            and lex.measure_nouns.longest_ending_at(words, j) > 0
        )

    def _after_blocker(self, words: Sequence[str], first: int) -> bool:
        """Whether a name is inside a phrase a blocker opens: right after it ("pour BYD"),
        after its determiner, or after a noun or two and their links ("depuis la fin de la
        Seconde Guerre mondiale")."""
        lex = self.lex
        blockers, determiners = lex.description_blockers, lex.determiners
        j = first
        for _ in range(_BLOCKED_HOPS):
            if j >= 1 and words[j - 1] in blockers:
                return True
            if j >= 2 and words[j - 1] in determiners and words[j - 2] in blockers:
                return True
            k = j - 1
            if k >= 0 and words[k] in determiners:
                k -= 1
            if not (k >= 1 and words[k] in lex.compound_links and words[k - 1].isalpha()):
                return False
            j = k - 1  # the noun the name completes: "fin" of "la fin de la Seconde Guerre"
        return False

    def _in_source(self, tokens: Sequence[Token], words: Sequence[str], first: int) -> bool:
        """Whether word ``first`` is inside the phrase of a source marker, in its clause: "selon
        l'Insee", "selon le service statistique du ministère de l'Intérieur"."""
        markers = self.lex.source_markers
        # a marker can end only at one of its last words; a clause only at a comma or a
        # break word: both told by a set lookup before the calls that decide
        ends, breaks = markers.last_words, self.lex.break_words
        for j in range(first, max(0, first - _SOURCE_WORDS) - 1, -1):
            if j <= 0:
                return bool(markers.longest_ending_at(words, j))
            word = words[j - 1]
            if word in ends and markers.longest_ending_at(words, j):
                return True
            if (word == "," or word in breaks) and self._clause_break(tokens[j - 1], word):
                return False
        return False

    def _inverted_speaker(self, name: Name, words: Sequence[str]) -> bool:
        """A person named after the verb of an attribution set after a quote ("« … »,
        souligne Sylvie Le Minez", "…," said Andy Jassy"): a name of several words the
        reference does not know, right after a neutral verb (and its auxiliary) after a
        comma."""
        if name.known or name.last - name.first < 2:
            return False
        i = name.first - 1
        if i < 1 or words[i] not in self.lex.neutral_verbs:
            return False
        i -= 1
        if words[i] in self.lex.auxiliaries and i >= 1:
            i -= 1
        return words[i] == ","

    def _after_any(
        self, phrases: PhraseIndex[bool], words: Sequence[str], first: int, *, through: int = 0
    ) -> bool:
        """Whether a phrase ends right before word ``first`` (or a determiner before it), or
        up to ``through`` words before it."""
        ends = phrases.last_words  # a phrase ends before word j only if word j-1 is one
        for j in range(first, first - through - 1, -1):
            if j >= 1 and words[j - 1] in ends and phrases.longest_ending_at(words, j):
                return True
        return (
            first >= 2
            and words[first - 1] in self.lex.determiners
            and words[first - 2] in ends
            and phrases.longest_ending_at(words, first - 1) > 0
        )

    def _superlative_domain(self, parsed: ParsedSentence, r: Referent) -> bool:
        """Whether referent ``r`` follows a superlative and a link word, three words between
        them at most: the place a comparison ranks within ("le pays le plus touché
        d'Europe", "the hardest-hit country in Europe"), not what the figure is about."""
        words, lex = parsed.words, self.lex
        link = r.first - 1
        if link >= 1 and words[link] in lex.determiners:
            link -= 1  # "le premier contributeur de l'Alliance": the link, then an article
        if link < 1 or words[link] not in lex.superlative_links:
            return False
        return any(w in lex.superlatives for w in words[max(0, link - 4) : link])

    def _qualifies_a_noun(self, name: Name, tokens: Sequence[Token], words: Sequence[str]) -> bool:
        """Whether a guessed name of one word stands between a possessive determiner and a
        common noun, which it qualifies ("its CET1 ratio", "their EBIT margin")."""
        first, last = name.first, name.last
        return (
            last - first == 1
            and first > 0
            and last < len(tokens)
            and words[first - 1] in self.lex.possessive_determiners
            and tokens[last].is_word
            and tokens[last].text.islower()
        )

    def _references(
        self, tokens: Sequence[Token], words: Sequence[str], named: frozenset[int] = frozenset()
    ) -> Iterable[Referent]:
        """Pronouns and descriptions that refer back to what the article is about; ``named``
        are the tokens of names of several words, whose heads name rather than describe."""
        lex = self.lex
        n = len(words)
        starts = lex.referring_starts
        for i, word in enumerate(words):
            if word not in starts:
                continue  # most words: neither a pronoun nor a description's determiner
            blocked = i > 0 and words[i - 1] in lex.description_blockers
            if word in lex.speaker_pronouns:
                yield Referent(i, i + 1, tokens[i].start, tokens[i].end, None, speaker=True)
                continue
            if word in lex.pronouns and not blocked:
                if i + 1 < n and words[i + 1] in lex.impersonal_after:
                    continue
                if i > 0 and self._finite_looking(words, i - 1):
                    continue  # an object: "making it the most visited show"
                yield Referent(i, i + 1, tokens[i].start, tokens[i].end, None)
                continue
            if word not in lex.description_determiners or blocked:
                continue
            if i > 0 and words[i - 1] in lex.copulas:
                continue  # "l'Inde est devenue le pays le plus peuplé": said of, not referring
            reach = i + 4
            for j in range(i + 1, n):
                if j >= reach:
                    break
                if words[j] == "." and tokens[j].start == tokens[j - 1].end and j - 1 > i:
                    # the period of an abbreviation: "The U.S. planemaker"
                    if tokens[j - 1].capitalized:
                        reach += 1
                        continue
                    break
                head = lex.description_heads.longest_at(words, j)
                if head is not None and j in named:
                    break  # a head inside a name: "La Banque centrale européenne", "Denver City"
                if head is not None:
                    last = j + head[1]
                    if last + 1 < n and words[last] in lex.coordinators:
                        # a second head or trade: "le négociant et minier suisse", "the miner
                        # and trader"; the modifiers after it are the description's
                        second = lex.description_heads.longest_at(words, last + 1)
                        if second is not None and last + 1 not in named:
                            last += 1 + second[1]
                        elif self._modifier(tokens[last + 1], words, last + 1):
                            last += 2
                    # trailing modifiers: "le géant technologique chinois"
                    extra = 0
                    while last < n and extra < 2 and self._modifier(tokens[last], words, last):
                        last += 1
                        extra += 1
                    refers_to_place = " ".join(words[j : j + head[1]]) in lex.place_heads
                    yield Referent(
                        i, last, tokens[i].start, tokens[last - 1].end, None, False, refers_to_place
                    )
                    break
                if not self._modifier(tokens[j], words, j) and not tokens[j].capitalized:
                    break

    def _modifier(self, token: Token, words: Sequence[str], i: int) -> bool:
        lex = self.lex
        word = words[i]
        return (
            token.is_word
            and not token.norm[0].isdigit()
            and not token.capitalized
            and word not in lex.noun_stops
            and word not in lex.compound_links
            and word not in lex.neutral_verbs
            and word not in lex.auxiliaries
            and lex.verbs.longest_at(words, i) is None
        ) or word in lex.demonyms

    def _subject(
        self,
        parsed: ParsedSentence,
        first: int,
        last: int,
        noun: Span | None,
        previous: Claim | None = None,
    ) -> tuple[str | None, bool, Span | None]:
        """The referent nearest before the figure; else the first after a fronted figure;
        else the subject of the sentence's previous claim; else an adjective of place; else
        the article's current entity (inferred); else the sentence's place."""
        before = [r for r in parsed.referents if r.last <= first]
        while before and self._apposed(parsed, before, first):
            # "Tesla, the world's most valuable carmaker, reported …"; every name of an aside
            # ("Global sales, which include the Daihatsu and Hino brands, fell 3.7%")
            before.pop()
        if len(before) > 1:
            # "L'Espagne a été le pays le plus touché d'Europe": the comparison's domain
            before = [r for r in before if not self._superlative_domain(parsed, r)] or before
        agents = [r for r in before[:-1] if not r.place]
        if not agents and before and not before[-1].known:
            # "L'Australie a terminé les Jeux de 2024 avec 50 médailles": a place the reference
            # knows, before a name it does not
            agents = [r for r in before[:-1] if r.known]
        if agents and self._object(parsed, agents[-1], before[-1], first):
            # "Le PSG a recruté João Neves pour 60 millions": who recruited (a country in
            # between is the object's: "Chelsea signed Argentina midfielder Enzo Fernández")
            while before[-1] is not agents[-1]:
                before.pop()
        chosen: Referent | None = before[-1] if before else None
        if chosen is not None and (chosen.place or not chosen.known) and len(before) > 1:
            possessor = before[-2]
            if (
                (chosen.place or possessor.known)
                and possessor.last + 1 == chosen.first
                and self._possessed_by(parsed, possessor)
            ):
                # "Tesco's UK like-for-like sales", "Walmart's U.S. business": the owner's,
                # the place only says where; "TfL's Zone 1 fare": a name the reference knows,
                # before one it does not
                chosen = possessor
        if (
            chosen is not None
            and not chosen.known
            and noun is not None
            and (
                (chosen.end <= noun.start and not self.text[chosen.end : noun.start].strip())
                # "Germany's Ifo index": the name opens the measure's noun
                or (chosen.start == noun.start and chosen.end < noun.end)
            )
        ):
            # "Global EV sales rose 25%": an unknown name right before the measure's noun
            # qualifies it; a name of the reference before it is what the figure is about
            known = [r for r in before[:-1] if r.known]
            if known:
                chosen = known[-1]
            elif parsed.located and parsed.located[0][3] >= noun.end:
                # "Rail journeys in Great Britain rose 16%": none before it, the place the
                # clause names after it
                _, _, canonical, start, end = parsed.located[0]
                return canonical, False, text_span(self.text, start, end)
        if chosen is not None and not chosen.known and chosen.name is not None:
            reported = self._reported_about(parsed, chosen, first)
            if reported is not None:
                return reported
        if chosen is not None and chosen.speaker:
            speaker = self._speaker(parsed, last)
            if speaker is not None:
                return speaker
        if chosen is not None and not self._possessed_by(parsed, chosen):
            place = self._demonym_in(parsed, first, None, after=chosen.last)
            if place is not None:
                # "The IMF expects the global economy to grow by 3.2%": whose economy
                return place[0], False, place[1]
        if chosen is None and not self._verb_in(parsed, 0, first):
            # a fronted figure: "Avec 12,3 millions d'habitants, l'Île-de-France …"
            after = [r for r in parsed.referents if r.first >= last]
            if noun is not None:
                after = [r for r in after if r.start >= noun.end or r.end <= noun.start]
            chosen = after[0] if after else None
            if chosen is None and self._counted_subject(parsed, first, noun):
                # "Seize départements ont été placés en vigilance rouge": what is counted is
                # the subject itself, nothing is inherited from the sentences before
                return None, False, None
        if chosen is not None:
            span = text_span(self.text, chosen.start, chosen.end)
            if chosen.name is not None:
                return chosen.name, False, span
            if chosen.owner is not None and self._company_head(
                parsed.words[chosen.first : chosen.last]
            ):
                # "Britain's biggest supermarket group had revenue of £68.2 billion …, Tesco
                # said": the company the attribution names, not the owner's place
                named = self._named_speaker(parsed, last)
                if named is not None:
                    return named
            target = self.current
            if (
                self.headed_other is not None
                and not self.current_headed
                and parsed.words[chosen.first] in self.lex.description_determiners
            ):
                # "La CNIL a infligé une amende à la société Criteo. L'entreprise a réalisé …"
                target = self.headed_other
            if chosen.refers_to_place:
                # "le pays", "la métropole": the article's place, else what its claims are about
                target = self.current_place or (self.current if self.current_claimed else None)
            if target is None and chosen.owner is not None:
                # "Norway's sovereign wealth fund made …", with nothing to refer back to
                return chosen.owner, False, span
            if target is None and previous is None:
                # "The French government aims …", "Le gouvernement français vise …", with
                # nothing to refer back to: the description's adjective of place
                own = self._demonym_within(parsed, chosen)
                if own is not None:
                    return own
            if target is None and self.current_place is not None:
                # "Le déficit de l'Espagne s'est réduit. Il représentait 3,5 % du PIB": the
                # article named a place alone, what it refers to is that place's
                target = self.current_place
            if target in self.lex.place_names and parsed.located and not chosen.refers_to_place:
                _, _, canonical, start, end = parsed.located[0]
                return canonical, False, text_span(self.text, start, end)
            if target is not None or previous is None or previous.subject is None:
                return target, True, span
            # "Manchester United posted …, while the club's net debt climbed to …": nothing
            # read before the sentence, its previous claim's subject is what it refers to
        if previous is not None and previous.subject is not None:
            return previous.subject, previous.subject_inferred, previous.subject_span
        place = self._demonym_in(parsed, first, noun)
        if place is not None:
            return place[0], False, place[1]
        owner = self._possessor_after(parsed, last)
        if owner is not None:
            return owner
        if self.current is not None:
            if (
                self.current in self.lex.place_names or self.current == self.current_place
            ) and parsed.located:
                # "… dans la zone euro. En Espagne, il atteint 11,7 %": the sentence's place
                _, _, canonical, start, end = parsed.located[0]
                return canonical, False, text_span(self.text, start, end)
            if (
                self.current_place is not None
                and self.current not in self.lex.place_names
                and not parsed.located
                and self._of_a_place(parsed, noun)
            ):
                # "The Bank of England … Meanwhile, the unemployment rate rose to 4.5%": a
                # statistic of the article's place, not of the organisation named before
                return self.current_place, True, None
            return self.current, True, None
        if parsed.located:
            # nothing named and nothing to refer back to: a figure about a place
            # ("le taux de chômage … en France")
            _, _, canonical, start, end = parsed.located[0]
            return canonical, False, text_span(self.text, start, end)
        place_after = self._place_after(parsed, last)
        if place_after is not None:
            return place_after
        if self.current_place is not None:
            # an article about a place ("… les ventes s'envolent en France"), no one named
            return self.current_place, True, None
        return None, False, None

    def _of_a_place(self, parsed: ParsedSentence, noun: Span | None) -> bool:
        """Whether a measure's noun phrase names a statistic of a place (``place_measures``
        in claims.toml: "the unemployment rate", "l'inflation")."""
        if noun is None:
            return False
        first, last = tokens_within(parsed.tokens, noun.start, noun.end)
        words, index = parsed.words, self.lex.place_measures
        return any(index.longest_at(words[:last], i) is not None for i in range(first, last))

    def _place_after(self, parsed: ParsedSentence, last: int) -> tuple[str, bool, Span] | None:
        """The first place named after the figure in its clause, for a figure with nothing
        named before it nor read before it: "3 190 personnes ont perdu la vie sur les routes
        de France" (whose roads: the place's)."""
        tokens, words = parsed.tokens, parsed.words
        checked = last  # tokens last..checked hold no clause break (each is looked at once)
        for r in parsed.referents:
            if r.first < last:
                continue
            while checked < r.first:
                if self._clause_break(tokens[checked], words[checked]):
                    return None
                checked += 1
            if not r.place or r.name is None:
                return None  # a name first: not the place's figure
            return r.name, False, text_span(self.text, r.start, r.end)
        return None

    def _counted_subject(self, parsed: ParsedSentence, first: int, noun: Span | None) -> bool:
        """Whether a figure opens its sentence (after a determiner at most) with what it
        counts right after it, followed by a verb, and what it counts is what subjects are
        (places, companies): the counted noun is the sentence's subject ("Seize départements
        ont été placés …", "Three firms were fined …"; not "Some 222,000 patients had been
        waiting …", a count within the scope read before)."""
        words, tokens, lex = parsed.words, parsed.tokens, self.lex
        if noun is None or (first > 1 or (first == 1 and words[0] not in lex.determiners)):
            return False
        if lex.head_terms.isdisjoint(terms(noun.text, self.lang)):
            return False
        j = first
        while j < len(tokens) and tokens[j].start < noun.end:
            j += 1
        if j >= len(words) or j == first or tokens[j - 1].end != noun.end:
            return False
        return (
            words[j] in lex.auxiliaries
            or words[j] in lex.neutral_verbs
            or lex.verbs.longest_at(words, j) is not None
        )

    def _object(self, parsed: ParsedSentence, agent: Referent, named: Referent, first: int) -> bool:
        """Whether a name between a verb and the figure is the verb's object, its subject
        before the verb in the same clause: "The European Commission fined Apple 1.8 billion
        euros", "L'Australie a terminé les Jeux de 2024 avec 50 médailles" (not "Tesla a livré
        1,8 million de voitures et BYD 3 millions")."""
        if named.name is None or named.place:
            return False
        if agent.place and (named.known or not agent.known):
            # a place before the verb is its subject only against a name the reference does
            # not know ("L'Australie a terminé les Jeux de 2024 avec 50 médailles")
            return False
        words, lex = parsed.words, self.lex
        between = range(agent.last, named.first)
        return (
            self._verb_in(parsed, agent.last, named.first)
            and not any(words[i] in lex.coordinators for i in between)
            and not self._verb_in(parsed, named.last, first)
            and self._same_clause(parsed, agent.last, first)
        )

    def _possessor_after(self, parsed: ParsedSentence, last: int) -> tuple[str, bool, Span] | None:
        """The possessor of what a figure counts, named right after it: "47% of Britain's
        electricity", "30 % of the world's output"."""
        words, lex = parsed.words, self.lex
        j = last
        while (
            j < len(words)
            and j - last < 2
            and (words[j] in lex.noun_links or words[j] in lex.link_determiners)
        ):
            j += 1
        if j > last and j + 1 < len(words) and words[j + 1] in lex.possessive_markers:
            place = lex.demonyms.get(parsed.tokens[j].norm)
            if place is not None:
                # a common word of place as the possessor: "30% of the world's electricity"
                token = parsed.tokens[j]
                return place, False, text_span(self.text, token.start, token.end)
        for r in parsed.referents:
            if r.first < last or r.name is None:
                continue
            if (
                r.first - last <= 2
                and r.last < len(words)
                and words[r.last] in lex.possessive_markers
                and all(
                    w in lex.noun_links or w in lex.link_determiners for w in words[last : r.first]
                )
            ):
                span = text_span(self.text, r.start, r.end)
                return r.name, False, span
            break
        return None

    def _apposed(self, parsed: ParsedSentence, before: Sequence[Referent], first: int) -> bool:
        """Whether the last referent before a figure sits in an apposition or an aside
        between commas or brackets right after a name ("Stellantis, qui réunit quatorze marques
        dont Peugeot et Fiat, a dégagé …"), closed before the figure."""
        tokens = parsed.tokens
        last = before[-1]
        opening = last.first - 1
        while opening >= 0 and last.first - opening <= _ASIDE_WORDS:
            if tokens[opening].text in ",(":
                break
            if tokens[opening].text in ".;:)":
                return False
            opening -= 1
        else:
            return False
        if not any(r.last == opening for r in before) and not (
            opening + 1 < len(parsed.words) and parsed.words[opening + 1] in self.lex.relatives
        ):
            # after a name or a description ("Le groupe, né de la fusion de PSA et de Fiat
            # Chrysler, a chiffré …"), or a relative clause after any noun ("Global sales,
            # which include the Daihatsu and Hino brands, fell 3.7%")
            return False
        closing = last.last
        while closing < first and closing - opening <= 2 * _ASIDE_WORDS:
            if tokens[closing].text in ",)":
                return True
            if tokens[closing].text in "(;:":
                return False
            closing += 1
        return False

    def _reported_about(
        self, parsed: ParsedSentence, chosen: Referent, first: int
    ) -> tuple[str, bool, Span] | None:
        """A name of the reference in a clause an unknown name reports ("The Department for
        Transport said 1,624 people were killed on Britain's roads": Britain's figure, the
        department its source); none when the report refers back to its speaker ("Acme
        said it sold …" has no other name)."""
        words = parsed.words
        said = next(
            (
                k
                for k in range(chosen.last, min(first, chosen.last + _SPEAKER_REACH))
                if self.lex.source_markers.longest_at(words, k)
            ),
            None,
        )
        if said is None:
            return None
        for name in parsed.names:
            if name.first > said and name.known:
                return name.canonical, False, text_span(self.text, name.start, name.end)
        return None

    def _speaker(self, parsed: ParsedSentence, after: int) -> tuple[str, bool, Span] | None:
        """ "Nous", "we" in quoted speech: the organization in the attribution after the
        figure ("…, a déclaré Guillaume Faury, le président exécutif d'Airbus"), the last name
        there that is neither a source nor a person after a title."""
        lex = self.lex
        for name in reversed(self._attributed(parsed, after)):
            if name.first >= 1 and lex.person_titles.longest_ending_at(parsed.words, name.first):
                continue
            if self._after_any(lex.source_markers, parsed.words, name.first):
                continue  # "said Maria Lopez": the speaker herself
            span = text_span(self.text, name.start, name.end)
            return name.canonical, False, span
        return None

    def _named_speaker(self, parsed: ParsedSentence, after: int) -> tuple[str, bool, Span] | None:
        """The name right before a verb of saying after token ``after`` ("…, Tesco said"),
        neither a source nor a place; else None."""
        for name in self._attributed(parsed, after):
            if self.lex.source_markers.longest_at(parsed.words, name.last):
                return name.canonical, False, text_span(self.text, name.start, name.end)
        return None

    def _attributed(self, parsed: ParsedSentence, after: int) -> list[Name]:
        """The names from token ``after`` on, in text order, that may be who speaks for a
        figure: neither a source (statistics offices, agencies) nor a place."""
        lex = self.lex
        return [
            name
            for name in parsed.names
            if name.first >= after
            and name.canonical not in lex.source_names
            and name.canonical not in lex.place_names
        ]

    def _demonym_in(
        self, parsed: ParsedSentence, first: int, noun: Span | None, *, after: int = 0
    ) -> tuple[str, Span] | None:
        """An adjective of place before the figure in its clause: "la population française
        atteint …", "le parc solaire français a dépassé 20 GW" (not "30,000 people
        worldwide", where it says where, not whose)."""
        tokens, words = parsed.tokens, parsed.words
        demonyms = self.lex.demonyms
        if demonyms.keys().isdisjoint(words[:first]):
            # the usual sentence: no adjective of place before the figure; one in the noun
            # the figure is a part of ("29.2% of French electricity generation")
            return self._demonym_after(parsed, first, noun) if noun is not None else None
        clause = self._clause_start(parsed, first)
        # The clause's words outside the names in it, then the noun's words (a demonym is
        # rare: it is looked up first, and only a hit is tested against the names).
        for k in range(max(clause, after), first):
            token = tokens[k]
            place = demonyms.get(token.norm)
            if place is None or any(r.start <= token.start < r.end for r in parsed.referents):
                continue
            if any(n.start <= token.start < n.end and n.last - n.first > 1 for n in parsed.names):
                continue  # "Attendance at the British Museum rose": a word of a name
            if self._nominalized(tokens, words, k):
                continue  # "en tête des européennes": the elections, an adjective as a noun
            if self._describes_company(words, k):
                continue  # "le chiffre d'affaires du laboratoire français": where it is from
            if self._describes_person(words, k):
                continue  # "a recruté le milieu portugais João Neves": a nationality
            if after and self._in_complement(words, k, clause):
                continue  # "Chelsea signed … for a British record fee of …": the fee's kind
            return place, text_span(self.text, token.start, token.end)
        if noun is not None and noun.end <= tokens[first].start:
            lo, hi = tokens_within(tokens, noun.start, noun.end)
            for k in range(lo, hi):
                token = tokens[k]
                place = demonyms.get(token.norm)
                if place is not None and not self._nominalized(tokens, words, k):
                    # (not "le taux d'abstention aux européennes": the elections')
                    return place, text_span(self.text, token.start, token.end)
        return None

    def _demonym_after(
        self, parsed: ParsedSentence, first: int, noun: Span
    ) -> tuple[str, Span] | None:
        """An adjective of place inside the noun a figure is a part of, after it and a
        partitive link ("29.2% of French electricity generation", "30 % de l'électricité
        britannique"): the place whose whole the share is of."""
        tokens, words = parsed.tokens, parsed.words
        lo, hi = tokens_within(tokens, noun.start, noun.end)
        if lo <= first or not any(w in self.lex.noun_links for w in words[first:lo]):
            return None
        for k in range(lo, hi):
            place = self.lex.demonyms.get(tokens[k].norm)
            if place is not None and not self._nominalized(tokens, words, k):
                if self._describes_company(words, k) or self._describes_person(words, k):
                    continue
                return place, text_span(self.text, tokens[k].start, tokens[k].end)
        return None

    def _company_head(self, head: Sequence[str]) -> bool:
        """Whether a description's head names a company, not a state ("le gouvernement")
        nor a place ("le pays")."""
        lex = self.lex
        return not any(w in lex.state_heads or w in lex.place_heads for w in head)

    def _describes_person(self, words: Sequence[str], k: int) -> bool:
        """Whether the adjective of place at ``k`` stands next to a noun of a person
        (``person_heads``): "le milieu portugais", "Portuguese midfielder"."""
        people = self.lex.person_heads
        return (k > 0 and words[k - 1] in people) or (k + 1 < len(words) and words[k + 1] in people)

    def _describes_company(self, words: Sequence[str], k: int) -> bool:
        """Whether the adjective of place at ``k`` follows the head of a description of a
        company ("du laboratoire français", "le spécialiste lyonnais du diagnostic"): it says
        where the company is from, the description stands for the company (not a state's
        head, "le gouvernement français", nor a place's, "le pays")."""
        lex = self.lex
        found = lex.description_heads.longest_ending_at(words, k)
        if found:
            return self._company_head(words[k - found : k])
        if k == 0 or words[k - 1] not in lex.determiners:
            return False
        # "The French water and waste group's EBITDA": the adjective right after the
        # determiner, then modifiers in lower case up to the description's head
        for j in range(k + 1, min(k + _MODIFIERS_BEFORE_HEAD + 2, len(words))):
            hit = lex.description_heads.longest_at(words, j)
            if hit is not None:
                return self._company_head(words[j : j + hit[1]])
            if not words[j].isalpha() or not words[j].islower() or words[j] in lex.determiners:
                return False
        return False

    def _demonym_within(
        self, parsed: ParsedSentence, referent: Referent
    ) -> tuple[str, bool, Span] | None:
        """The place of an adjective of place inside a description of a state (``state_heads``),
        or right before its head after its determiner ("The French government", "le
        gouvernement français")."""
        tokens, words = parsed.tokens, parsed.words
        if not any(words[k] in self.lex.state_heads for k in range(referent.first, referent.last)):
            return None  # "le constructeur chinois" refers back to a maker, not to China
        lo = max(0, referent.first - 1)
        for k in range(lo, min(referent.last, len(tokens))):
            place = self.lex.demonyms.get(tokens[k].norm)
            if place is not None and not self._nominalized(tokens, words, k):
                return place, False, text_span(self.text, tokens[k].start, tokens[k].end)
        return None

    def _nominalized(self, tokens: Sequence[Token], words: Sequence[str], k: int) -> bool:
        """Whether the adjective of place at ``k`` is a noun: in lowercase right after one of
        the lexicon's ``nominalizers`` ("des européennes": the elections, no place)."""
        return k > 0 and tokens[k].text.islower() and words[k - 1] in self.lex.nominalizers

    def _in_complement(self, words: Sequence[str], k: int, clause: int) -> bool:
        """Whether word ``k`` is in a noun phrase opened by a preposition that keeps it from
        being a subject ("for a British record fee", "dans l'industrie française"): only
        determiners and modifiers between the preposition and it."""
        lex = self.lex
        j, steps = k - 1, 0
        while j >= clause and steps < 3:
            word = words[j]
            if word in lex.description_blockers:
                return True
            if word in lex.auxiliaries or word in lex.neutral_verbs or word in lex.compound_links:
                return False
            if self._finite_looking(words, j) and word not in lex.determiners:
                return False
            j, steps = j - 1, steps + 1
        return False

    def _location(
        self, parsed: ParsedSentence, m: Mention, noun: Span | None
    ) -> tuple[str | None, Span | None]:
        """The place nearest the figure: any before it in the sentence, or one after it in its
        clause ("unités produites en Chine", not "…, notamment en Europe")."""
        best: tuple[int, int, str, int, int] | None = None
        best_distance = 0
        for place in parsed.located:
            first, _, _, start, end = place
            if start >= m.end:
                between = parsed.tokens[parsed.token_range(m)[1] : first]
                if any(self._clause_break(t, t.norm) for t in between):
                    continue
                distance = start - m.end
            else:
                distance = m.start - end
            if best is None or distance < best_distance:
                best, best_distance = place, distance
        if best is not None:
            return best[2], text_span(self.text, best[3], best[4])
        del noun
        return None, None

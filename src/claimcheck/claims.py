"""Mentions → claims: who and what each figure is about, across a whole article.

:func:`parse_claims` reads an article as a careful reader lists its claims: one
claim per figure (or per dated event) that asserts something about the world.
Each claim gets

- its **subject**: the nearest name before the figure in its sentence (from
  the reference's aliases when one is given, else capitalized words and
  acronyms), or, when the sentence refers to it ("il", "la marque", "le géant
  technologique chinois", "the company"), the entity the article is currently
  about, with ``subject_inferred`` true;
- its **measure**: the noun phrase around the figure ("unités produites",
  "taux de chômage") and the verb that carries it ("produire"), with the light
  lemmas of both (:func:`claimcheck.terms.terms`);
- its **time** (the sentence's, else the paragraph's), **duration** and
  **location** ("en Chine" → China);
- its **kind**: a change ("en hausse de 49,5 %"), a ratio ("deux fois plus"),
  a comparison ("contre 18,3 % en 2022", with the other side as ``baseline``)
  or a plain quantity; a time with a deadline and a verb ("exporter sa gamme
  d'ici 2026") is an event.

Figures that are not claims are left out: years in dates and titles, numbers
inside names ("Peugeot 208", "SU7"), list numbering, page and article numbers,
phone numbers and ranks. All the words this takes are data in
``lexicons/<lang>/claims.toml``.
"""

from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from claimcheck.claim_lexicon import ClaimWords, claim_words
from claimcheck.entities import Gazetteer, Name, PhraseIndex, Token, find_names, tokenize
from claimcheck.extract import extract
from claimcheck.inputs import coerce_lang, coerce_reference_date
from claimcheck.models import Claim, ClaimKind, Measure, Mention, MentionKind, Relation, Span
from claimcheck.sentences import Sentence, split_sentences
from claimcheck.terms import terms

if TYPE_CHECKING:
    from claimcheck.reference import Reference

__all__ = ["assemble", "parse_claims", "reference_gazetteer"]

_FIGURES = frozenset(
    {MentionKind.NUMBER, MentionKind.PERCENT, MentionKind.MONEY, MentionKind.QUANTITY}
)
_DEADLINES = frozenset({Relation.BY, Relation.BEFORE, Relation.UNTIL})
# Markdown emphasis around words ("**2026**") is blanked before extraction: same length, so
# offsets do not move.
_EMPHASIS = re.compile(r"\*\*|__")
# A phone number: digit groups of two (French) or 3-3-4 (North American), optional prefix.
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.]?)?(?:\(0\)\s?)?(?:0?\d{1,2}(?:[\s.-]\d{2}){4}|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4})"
)
_YEAR_DIGITS = re.compile(r"\d{4}")
_LEADING_ZERO = re.compile(r"0\d")
_DIGIT_AFTER_SPACE = re.compile(r" \d")
_WINDOW = 12  # tokens looked at around a figure for its verb


def parse_claims(
    text: str,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    *,
    reference: Reference | None = None,
    ranks: bool = False,
) -> list[Claim]:
    """Turn an article into claims, in text order.

    ``lang`` is "fr" or "en" (None detects it); ``reference_date`` anchors
    relative times. With a ``reference``, its entity names and aliases are the
    names subjects are recognized by; without one, capitalized words are. Ranks
    ("le troisième constructeur européen") are claims of kind ``rank`` only
    with ``ranks=True``.

    >>> [c.kind.value for c in parse_claims("Il pleut.", lang="fr")]
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    language = coerce_lang(lang, text)
    moment = coerce_reference_date(reference_date)
    masked = _EMPHASIS.sub(lambda m: " " * len(m.group()), text) if "*" in text else text
    mentions = extract(masked, language, moment)
    if not mentions:
        return []
    if masked is not text:
        mentions = [m.model_copy(update={"text": text[m.start : m.end]}) for m in mentions]
    return assemble(text, mentions, language, gazetteer=reference_gazetteer(reference), ranks=ranks)


_GAZETTEERS: weakref.WeakKeyDictionary[Reference, Gazetteer] = weakref.WeakKeyDictionary()


def reference_gazetteer(reference: Reference | None) -> Gazetteer | None:
    """The gazetteer of a reference's entity names and aliases, built once per reference.

    Names shared by several entities are left out: they do not say which one is meant.
    """
    if reference is None:
        return None
    try:
        return _GAZETTEERS[reference]
    except (KeyError, TypeError):
        pass
    names = reference.entity_names()
    gazetteer = Gazetteer(
        ((alias, owners[0]) for alias, owners in names.items() if len(set(owners)) == 1),
        capitals="canonical",
    )
    with contextlib.suppress(TypeError):  # a reference that cannot be weakly referenced
        _GAZETTEERS[reference] = gazetteer
    return gazetteer


def assemble(
    text: str,
    mentions: Sequence[Mention],
    lang: str,
    *,
    gazetteer: Gazetteer | None = None,
    ranks: bool = False,
) -> list[Claim]:
    """Claims from mentions already found in ``text`` (``parse_claims`` without extraction).

    >>> text = "Renault a vendu 12 300 voitures."
    >>> fig = Mention(kind="number", text="12 300", start=16, end=22, value=12300)
    >>> [(c.subject, c.measure.noun, c.measure.verb) for c in assemble(text, [fig], "fr")]
    [('Renault', 'voitures', 'vendre')]
    """
    if not mentions:
        return []
    article = _Article(text, lang, claim_words(lang), gazetteer, ranks=ranks)
    ordered = sorted(mentions, key=lambda m: m.start)
    claims: list[Claim] = []
    k = 0
    for index, sentence in enumerate(article.sentences):
        while k < len(ordered) and ordered[k].start < sentence.start:
            k += 1
        first = k
        while k < len(ordered) and ordered[k].start < sentence.end:
            k += 1
        if k > first:
            claims.extend(article.sentence_claims(index, ordered[first:k]))
    claims.sort(key=lambda c: c.start)
    return claims


# -- one sentence --------------------------------------------------------------------------


@dataclass
class _Referent:
    """Something a figure may be about: a name, a place, or words that refer back."""

    first: int
    last: int
    start: int
    end: int
    name: str | None  # canonical name; None for a pronoun or a description
    place: bool = False
    refers_to_place: bool = False


@dataclass
class _Parsed:
    """The words of one sentence and what was recognized in them."""

    start: int
    end: int
    paragraph: int
    tokens: list[Token]
    words: list[str]
    referents: list[_Referent] = field(default_factory=list)
    located: list[tuple[int, int, str, int, int]] = field(default_factory=list)  # places
    names: list[Name] = field(default_factory=list)


class _Article:
    """One text being read: its sentences and who it is currently about."""

    def __init__(
        self,
        text: str,
        lang: str,
        words: ClaimWords,
        gazetteer: Gazetteer | None,
        *,
        ranks: bool = False,
    ) -> None:
        self.text = text
        self.figure_kinds = _FIGURES | {MentionKind.ORDINAL} if ranks else _FIGURES
        self.lang = lang
        self.lex = words
        self.gazetteer = gazetteer
        self.sentences = split_sentences(text, lang)
        self.current: str | None = None
        self.current_claimed = False  # whether `current` is the subject of a claim
        self.current_place: str | None = None
        self.read_upto = 0  # sentences before this index have updated `current`
        self.paragraph_time: dict[int, Mention] = {}
        self.paragraph_claim: dict[int, Claim] = {}
        self._vocabulary: dict[str, tuple[bool, bool]] | None = None
        self._covered: frozenset[int] = frozenset()  # tokens of the sentence's times

    # -- what the article is about ---------------------------------------------------------

    def _catch_up(self, index: int) -> None:
        """Read the sentences before ``index`` not read yet, for the names they are about."""
        self._covered = frozenset()
        while self.read_upto < index:
            parsed = self._parse(self.sentences[self.read_upto], ())
            self._follow(parsed, None)
            self.read_upto += 1

    def _follow(self, parsed: _Parsed, focus: str | None) -> None:
        """Move the article's focus after a sentence: to the subject of its first claim, else
        to the first name it puts in subject position."""
        for start, end, place, _, _ in parsed.located:
            del start, end
            self.current_place = place
        if focus is not None:
            self.current = focus
            self.current_claimed = True
            if focus in self.lex.place_names:
                self.current_place = focus
            return
        for ref in parsed.referents:
            if ref.name is None:
                continue
            if ref.place:
                self.current_place = ref.name
                continue
            self.current = ref.name
            self.current_claimed = False
            return

    def _vocab(self) -> dict[str, tuple[bool, bool]]:
        """Every word of the text → (seen in lowercase, seen capitalized inside a sentence)."""
        if self._vocabulary is None:
            vocabulary: dict[str, tuple[bool, bool]] = {}
            text = self.text
            for match in re.finditer(r"[^\W\d_]+", text):
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

    # -- reading a sentence ----------------------------------------------------------------

    def _parse(self, sentence: Sentence, figures: Sequence[Mention]) -> _Parsed:
        text, lex = self.text, self.lex
        tokens = tokenize(text, sentence.start, sentence.end)
        words = [t.norm for t in tokens]
        parsed = _Parsed(sentence.start, sentence.end, sentence.paragraph, tokens, words)
        taken = [False] * len(tokens)
        names: list[Name] = []
        for gazetteer in (self.gazetteer, lex.names):
            if gazetteer is None:
                continue
            for name in gazetteer.find(tokens):
                if any(taken[name.first : name.last]):
                    continue
                names.append(name)
                for i in range(name.first, name.last):
                    taken[i] = True
        guessed = find_names(
            tokens,
            text,
            numbered=lex.numbered_heads,
            not_names=lex.not_names,
            connectors=lex.name_connectors,
            sentence_start_is_name=self._starts_with_name(tokens, words),
        )
        for name in lex.places.find(tokens):
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
        places = {(n.first, n.last) for n in names if n.canonical in lex.place_names}
        for name in guessed:
            if not any(taken[name.first : name.last]):
                name = self._with_number(name, tokens, figures)
                names.append(name)
                if self._located(words, name.first):
                    places.add((name.first, name.last))  # "à Cholet": a place not in the lexicon
        names.sort(key=lambda n: n.first)
        parsed.names = names
        blocked_until = (
            -1
        )  # a list of names after a blocker shares it: "avec Xiaomi, Porsche et Audi"
        source_end = -1
        for name in names:
            is_place = (name.first, name.last) in places
            between = text[source_end : name.start] if source_end >= 0 else ""
            if (
                name.canonical in lex.source_names
                or self._after_any(lex.source_markers, words, name.first)
                or (between.rstrip().endswith("(") and not any(c in between for c in ",;:."))
            ):
                source_end = name.end  # "selon la Plateforme automobile (PFA)": both the source
                continue
            if self._after_any(lex.person_titles, words, name.first, through=3):
                continue  # "M. Dupont", "chief executive Elon Musk": a speaker, not a subject
            listed = (
                blocked_until >= 0
                and name.first <= blocked_until + 2
                and all(
                    w == "," or w in lex.coordinators for w in words[blocked_until : name.first]
                )
            )
            if (self._after_blocker(words, name.first) or listed) and not is_place:
                blocked_until = name.last
                continue  # "depuis la Seconde Guerre mondiale", "pour BYD"
            if is_place and self._located(words, name.first):
                parsed.located.append((name.first, name.last, name.canonical, name.start, name.end))
                continue
            parsed.referents.append(
                _Referent(name.first, name.last, name.start, name.end, name.canonical, is_place)
            )
        described = list(self._references(tokens, words))
        # "la deuxième ville de France": the name completes the description, it is not a subject
        ends = {r.last for r in described}
        spans = [(r.first, r.last) for r in described]
        parsed.referents = [
            r
            for r in parsed.referents
            if not any(a <= r.first and r.last <= b for a, b in spans)  # "The Google owner"
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

    def _starts_with_name(self, tokens: Sequence[Token], words: Sequence[str]) -> bool:
        """Whether a capitalized first word is a name rather than a capitalized common word:
        an acronym, a word the text never writes in lowercase but capitalizes inside sentences,
        or one followed by a verb ("Xiaomi ambitionne", "Entreprise 4711 a produit")."""
        if not tokens or not tokens[0].capitalized or words[0] in self.lex.not_names:
            return False
        if tokens[0].text.isupper() and len(tokens[0].text) > 1:
            return True  # an acronym
        lower, inner = self._vocab().get(words[0], (False, False))
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
        return (
            tokens[i].capitalized
            or nxt in lex.auxiliaries
            or nxt in lex.neutral_verbs
            or lex.verbs.longest_at(words, i) is not None
            or (self._finite_looking(words, i) and not self._finite_looking(words, i + 1))
            or nxt in ("s", ",")
        )

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

    def _after_blocker(self, words: Sequence[str], first: int) -> bool:
        blockers = self.lex.description_blockers
        if first >= 1 and words[first - 1] in blockers:
            return True
        return (
            first >= 2 and words[first - 1] in self.lex.determiners and words[first - 2] in blockers
        )

    def _after_any(
        self, phrases: PhraseIndex[bool], words: Sequence[str], first: int, *, through: int = 0
    ) -> bool:
        """Whether a phrase ends right before word ``first`` (or a determiner before it), or
        up to ``through`` words before it."""
        for skip in range(1, through + 1):
            if first - skip >= 0 and phrases.longest_ending_at(words, first - skip):
                return True
        if phrases.longest_ending_at(words, first):
            return True
        return (
            first >= 1
            and words[first - 1] in self.lex.determiners
            and phrases.longest_ending_at(words, first - 1) > 0
        )

    def _references(self, tokens: Sequence[Token], words: Sequence[str]) -> Iterable[_Referent]:
        """Pronouns and descriptions that refer back to what the article is about."""
        lex = self.lex
        n = len(words)
        for i, word in enumerate(words):
            blocked = i > 0 and words[i - 1] in lex.description_blockers
            if word in lex.pronouns and not blocked:
                if i + 1 < n and words[i + 1] in lex.impersonal_after:
                    continue
                yield _Referent(i, i + 1, tokens[i].start, tokens[i].end, None)
                continue
            if word not in lex.description_determiners or blocked:
                continue
            if i > 0 and words[i - 1] in lex.copulas:
                continue  # "l'Inde est devenue le pays le plus peuplé": said of, not referring
            for j in range(i + 1, min(i + 4, n)):
                head = lex.description_heads.longest_at(words, j)
                if head is not None:
                    last = j + head[1]
                    # trailing modifiers: "le géant technologique chinois"
                    extra = 0
                    while last < n and extra < 2 and self._modifier(tokens[last], words, last):
                        last += 1
                        extra += 1
                    refers_to_place = " ".join(words[j : j + head[1]]) in lex.place_heads
                    yield _Referent(
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

    # -- claims of one sentence ------------------------------------------------------------

    def sentence_claims(self, index: int, mentions: Sequence[Mention]) -> list[Claim]:
        self._catch_up(index)
        sentence = self.sentences[index]
        opening = tokenize(self.text, sentence.start, min(sentence.end, sentence.start + 40))
        if self.lex.not_claim_lines.longest_at([t.norm for t in opening], 0):
            self.read_upto = index + 1
            return []  # "Lire aussi : …", "Publié le …": the page around the article
        figures = [m for m in mentions if m.kind in self.figure_kinds]
        parsed = self._parse(sentence, figures)
        times = [m for m in mentions if m.kind is MentionKind.TIME]
        covered: set[int] = set()
        for m in mentions:
            if m.kind in (MentionKind.TIME, MentionKind.DURATION):
                covered.update(range(*_token_range(parsed.tokens, m)))
        self._covered = frozenset(covered)
        durations: list[Mention] = []
        for m in mentions:
            if m.kind is MentionKind.DURATION:
                if self._duration_is_figure(m, parsed, figures):
                    figures.append(m)
                else:
                    durations.append(m)
        figures.sort(key=lambda m: m.start)
        in_names = {m.start for m in figures for n in parsed.names if n.start <= m.start < n.end}
        drafts: list[_Draft] = []
        pending_baseline: Mention | None = None
        for m in figures:
            if m.start in in_names or self._not_a_claim(m, parsed):
                continue
            first, last = _token_range(parsed.tokens, m)
            if self.lex.comparison_before.longest_ending_at(parsed.words, first):
                if drafts and drafts[-1].baseline is None:
                    drafts[-1].baseline = m
                else:
                    pending_baseline = m
                continue
            draft = _Draft(m, first, last)
            if m.kind is MentionKind.ORDINAL:
                draft.kind = ClaimKind.RANK  # "le troisième constructeur européen"
            elif pending_baseline is not None:
                draft.baseline = pending_baseline
                draft.kind = ClaimKind.CHANGE
                pending_baseline = None
            drafts.append(draft)
        event_times = self._event_times(parsed, times, drafts)
        used: set[int] = {t.start for t in event_times}
        for draft in drafts:
            if draft.baseline is not None:
                draft.baseline_time = _right_after(draft.baseline, times, self.text)
        for t in times:
            first, _ = _token_range(parsed.tokens, t)
            cue = self.lex.comparison_before
            if cue.longest_at(parsed.words, first) or cue.longest_ending_at(parsed.words, first):
                # "up 38% from a year earlier", "par rapport à 2022": the other side's time
                earlier = [d for d in drafts if d.mention.end <= t.start]
                if earlier and earlier[-1].baseline_time is None:
                    earlier[-1].baseline_time = t
        for draft in drafts:
            if draft.baseline_time is not None:
                used.add(draft.baseline_time.start)
        claims: list[Claim] = []
        focus: str | None = None
        previous: Claim | None = None
        for draft in drafts:
            claim = self._figure_claim(draft, parsed, times, durations, used, previous)
            if claim is None:
                continue
            if focus is None and claim.subject:
                focus = claim.subject
            claims.append(claim)
            previous = claim
            self.paragraph_claim[sentence.paragraph] = claim
        for t, verb_at in event_times.items():
            claims.append(self._event_claim(t, verb_at, parsed, durations))
        for t in times:
            if t.relation in (None, Relation.IN, Relation.SINCE) and t.start not in used:
                self.paragraph_time[sentence.paragraph] = t
        self._follow(parsed, focus)
        self.read_upto = index + 1
        return claims

    def _duration_is_figure(self, d: Mention, parsed: _Parsed, figures: Sequence[Mention]) -> bool:
        """A duration that is what is measured, not when: "l'espérance de vie atteint 85 ans",
        "… et 80 ans pour les hommes"; not "en six mois", "depuis dix ans"."""
        first, _ = _token_range(parsed.tokens, d)
        if first == 0 or not parsed.tokens[first].norm[:1].isdigit():
            return False
        before = parsed.words[first - 1]
        lex = self.lex
        if before in lex.neutral_verbs or lex.verbs.longest_at(parsed.words, first - 1):
            return True
        if before in lex.coordinators:
            return any(0 < d.start - f.end < 40 for f in figures)
        return False

    def _not_a_claim(self, m: Mention, parsed: _Parsed) -> bool:
        """Numbers that are labels, not figures."""
        text = self.text
        before = text[m.start - 1] if m.start > 0 else " "
        after = text[m.end] if m.end < len(text) else " "
        if before.isalpha() or (after.isalnum() and m.kind is MentionKind.NUMBER):
            return True  # part of a word: "SU7", "XC90", "CO2"
        if m.kind is MentionKind.PERCENT and self._modifier_percent(m, parsed):
            return True  # "des voitures 100 % électriques": an adjective, not a figure
        if m.kind is MentionKind.NUMBER:
            if _PHONE.fullmatch(m.text) or _LEADING_ZERO.match(m.text):
                return True  # "01 42 75 80 00", "020 7946 0958": a phone number or a code
            if _DIGIT_AFTER_SPACE.match(text, m.end):
                return True  # digit groups a figure would have joined: a number, not a figure
            first, _ = _token_range(parsed.tokens, m)
            if self.lex.not_claim_before.longest_ending_at(parsed.words, first):
                return True
            plain = m.qualifier.value == "exact" and m.unit is None
            if plain and _YEAR_DIGITS.fullmatch(m.text) and 1000 <= (m.value or 0) <= 2100:
                return True  # a year the time finder did not take: "(2025)"
            line_start = text.rfind("\n", 0, m.start) + 1
            if plain and not text[line_start : m.start].strip(" \t-•*") and after in ".)":
                return True  # list numbering: "1." "2)"
        return False

    def _modifier_percent(self, m: Mention, parsed: _Parsed) -> bool:
        first, last = _token_range(parsed.tokens, m)
        if first == 0 or last >= len(parsed.tokens) or m.qualifier.value != "exact":
            return False
        before, after = parsed.tokens[first - 1], parsed.tokens[last]
        words, lex = parsed.words, self.lex
        return (
            self._noun_word(before, words[first - 1])
            and not self._finite_looking(words, first - 1)
            and lex.verbs.longest_at(words, first - 1) is None
            and after.is_word
            and words[last] not in lex.noun_links
            and words[last] not in lex.noun_stops
            and lex.change_after.longest_at(words, last) is None
        )

    def _event_times(
        self, parsed: _Parsed, times: Sequence[Mention], drafts: Sequence[_Draft]
    ) -> dict[Mention, int]:
        """Times that date an event: a deadline after a verb ("exporter … d'ici 2026"), or any
        time next to an event verb ("lancée en 2021"). Value: the verb's token index."""
        found: dict[Mention, int] = {}
        for t in times:
            first, last = _token_range(parsed.tokens, t)
            if _in_title(self.text, t):
                continue
            attached = self._event_verb_at(parsed, first - 1)
            if attached is not None:
                found[t] = attached  # "ouverte en 1952", "fondée en 2010": the verb's own date
                continue
            verb = self._verb_before(parsed, first, events_only=t.relation not in _DEADLINES)
            if verb is None and t.relation not in _DEADLINES:
                verb = self._event_verb_after(parsed, last)
            if verb is None:
                continue
            if t.relation in _DEADLINES and any(
                d.first > verb[0]
                or (
                    self._same_clause(parsed, d.last, first)
                    and not any(w in self.lex.coordinators for w in parsed.words[d.last : verb[0]])
                )
                for d in drafts
            ):
                # the deadline of a figure: "vendre 1 million de voitures d'ici 2030", "400 000
                # bornes seront nécessaires d'ici 2030" (but "… 100 points de vente et
                # pourrait exporter sa gamme d'ici 2026" is an event of its own)
                continue
            if t.relation not in _DEADLINES and drafts:
                continue  # a date in a sentence of figures is their time, not an event
            found[t] = verb[0]
        return found

    def _figure_claim(
        self,
        draft: _Draft,
        parsed: _Parsed,
        times: Sequence[Mention],
        durations: Sequence[Mention],
        used: set[int],
        previous: Claim | None,
    ) -> Claim | None:
        m, words, lex = draft.mention, parsed.words, self.lex
        kind = draft.kind
        if kind is ClaimKind.QUANTITY:
            signed = m.text[:1] in "+−" or self.text[m.start - 1 : m.start] in ("+", "−")
            if signed or lex.change_before.longest_ending_at(words, draft.first):
                kind = ClaimKind.CHANGE
            elif lex.ratio_after.longest_at(words, draft.last) is not None:
                kind = ClaimKind.RATIO
            elif lex.change_after.longest_at(words, draft.last) is not None:
                kind = ClaimKind.CHANGE
            elif draft.baseline is not None:
                kind = ClaimKind.COMPARISON
        noun_at = draft.last
        if kind is ClaimKind.RANK:
            rank_noun = self._noun_phrase(parsed.tokens, words, draft.last, len(words), heads=True)
            if rank_noun is None:
                return None  # a rank of nothing: "le premier"
        if kind is ClaimKind.RATIO:
            hit = lex.ratio_after.longest_at(words, draft.last)
            noun_at = draft.last + (hit[1] if hit else 0)
        after = self._noun_after(parsed, noun_at) if kind is not ClaimKind.RANK else rank_noun
        if after is not None and previous is not None and self._generic(parsed, after):
            after = None  # "… a reculé de 0,9 %, à 2,8 millions de personnes": who is counted
        named_after = after is not None and (
            self._names_measure(parsed, after) or m.kind is MentionKind.MONEY
        )  # "40 milliards d'euros d'économies": what the money is
        noun = None
        if not named_after or m.kind is MentionKind.PERCENT:
            # "le taux de chômage … 7,5 % de la population active": a share of what follows
            noun = self._measure_noun_before(parsed, draft.first)
        if noun is None:
            noun = after
        if noun is None:
            noun = self._noun_before(parsed, draft.first)
        if noun is None and previous is None:
            noun = self._object_after(parsed, draft.last)  # "chiffre à 12 milliards le coût de …"
        verb = self._measure_verb(parsed, draft.first, noun)
        measure = self._measure(noun, verb)
        earlier = self.paragraph_claim.get(parsed.paragraph)
        if (
            noun is None
            and verb is not None
            and earlier is not None
            and earlier.measure.noun
            and self._partitive(parsed, draft.first)
        ):
            # "Lidl a ouvert 31 magasins … et en compte désormais 1 600": "en" = magasins
            joined = f"{earlier.measure.noun} {verb}"
            measure = Measure(noun=earlier.measure.noun, verb=verb, terms=terms(joined, self.lang))
        if noun is None and verb is None:
            if previous is not None and previous.measure.terms:
                # "… 2,24 millions de véhicules, en hausse de 9 %": the same measure
                measure = previous.measure
            elif (
                earlier is not None
                and earlier.figure is not None
                and earlier.measure.terms
                and (m.unit, m.currency) == (earlier.figure.unit, earlier.figure.currency)
                and (m.unit or m.currency or self._partitive(parsed, draft.first))
            ):
                # "EDF a produit 320 TWh … L'électricien vise entre 315 et 345 TWh": the same
                # measure in the same unit
                measure = earlier.measure
            elif m.kind is MentionKind.NUMBER:
                return None  # a bare number with nothing it counts
        subject, inferred, span = self._subject(parsed, draft.first, draft.last, noun, previous)
        location, location_span = self._location(parsed, m, noun)
        extent = m
        if noun is not None and noun.start >= m.end:
            # measure from the end of the noun phrase: "2 000 magasins d'ici 2027"
            extent = m.model_copy(update={"end": noun.end, "text": self.text[m.start : noun.end]})
        time = _nearest(extent, [t for t in times if t.start not in used])
        if time is None:
            time = self.paragraph_time.get(parsed.paragraph)
        duration = _nearest(m, durations)
        return Claim(
            kind=kind,
            lang=self.lang,
            text=m.text,
            start=m.start,
            end=m.end,
            sentence=self.text[parsed.start : parsed.end],
            sentence_start=parsed.start,
            subject=subject,
            subject_inferred=inferred,
            subject_span=span,
            measure=measure,
            figure=m,
            time=time,
            duration=duration,
            location=location,
            location_span=location_span,
            baseline=draft.baseline,
            baseline_time=draft.baseline_time,
        )

    def _event_claim(
        self, t: Mention, verb_at: int, parsed: _Parsed, durations: Sequence[Mention]
    ) -> Claim:
        words = parsed.words
        lemma = self._lemma_at(parsed, verb_at)
        noun = self._object_after(parsed, verb_at + 1)
        subject, inferred, span = self._subject(parsed, verb_at, verb_at + 1, noun)
        location, location_span = self._location(parsed, t, noun)
        del words
        return Claim(
            kind=ClaimKind.EVENT,
            lang=self.lang,
            text=t.text,
            start=t.start,
            end=t.end,
            sentence=self.text[parsed.start : parsed.end],
            sentence_start=parsed.start,
            subject=subject,
            subject_inferred=inferred,
            subject_span=span,
            measure=self._measure(noun, lemma),
            time=t,
            duration=_nearest(t, durations),
            location=location,
            location_span=location_span,
        )

    def _measure(self, noun: Span | None, verb: str | None) -> Measure:
        noun_text = noun.text if noun is not None else None
        joined = " ".join(p for p in (noun_text, verb) if p)
        return Measure(noun=noun_text, verb=verb, terms=terms(joined, self.lang) if joined else ())

    # -- subject ---------------------------------------------------------------------------

    def _subject(
        self,
        parsed: _Parsed,
        first: int,
        last: int,
        noun: Span | None,
        previous: Claim | None = None,
    ) -> tuple[str | None, bool, Span | None]:
        """The referent nearest before the figure; else the first after a fronted figure;
        else the subject of the sentence's previous claim; else an adjective of place; else
        the article's current entity (inferred); else the sentence's place."""
        before = [r for r in parsed.referents if r.last <= first]
        chosen: _Referent | None = before[-1] if before else None
        if chosen is not None:
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
        if chosen is not None:
            span = Span(
                text=self.text[chosen.start : chosen.end], start=chosen.start, end=chosen.end
            )
            if chosen.name is not None:
                return chosen.name, False, span
            target = self.current
            if chosen.refers_to_place:
                # "le pays", "la métropole": the article's place, else what its claims are about
                target = self.current_place or (self.current if self.current_claimed else None)
            if target in self.lex.place_names and parsed.located and not chosen.refers_to_place:
                _, _, canonical, start, end = parsed.located[0]
                return canonical, False, Span(text=self.text[start:end], start=start, end=end)
            return target, True, span
        if previous is not None and previous.subject is not None:
            return previous.subject, previous.subject_inferred, previous.subject_span
        place = self._demonym_in(parsed, first, noun)
        if place is not None:
            return place[0], False, place[1]
        if self.current is not None:
            if self.current in self.lex.place_names and parsed.located:
                # "… dans la zone euro. En Espagne, il atteint 11,7 %": the sentence's place
                _, _, canonical, start, end = parsed.located[0]
                return canonical, False, Span(text=self.text[start:end], start=start, end=end)
            return self.current, True, None
        if parsed.located:
            # nothing named and nothing to refer back to: a figure about a place
            # ("le taux de chômage … en France")
            _, _, canonical, start, end = parsed.located[0]
            return canonical, False, Span(text=self.text[start:end], start=start, end=end)
        if self.current_place is not None:
            # an article about a place ("… les ventes s'envolent en France"), no one named
            return self.current_place, True, None
        return None, False, None

    def _demonym_in(
        self, parsed: _Parsed, first: int, noun: Span | None, *, after: int = 0
    ) -> tuple[str, Span] | None:
        """An adjective of place before the figure in its clause: "la population française
        atteint …", "le parc solaire français a dépassé 20 GW" (not "30,000 people
        worldwide", where it says where, not whose)."""
        tokens, words = parsed.tokens, parsed.words
        clause = first
        while clause > 0 and not self._clause_break(tokens[clause - 1], words[clause - 1]):
            clause -= 1
        inside = [
            t
            for t in tokens[max(clause, after) : first]
            if not any(r.start <= t.start < r.end for r in parsed.referents)
        ]
        if noun is not None and noun.end <= tokens[first].start:
            inside += [t for t in tokens if noun.start <= t.start and t.end <= noun.end]
        for token in inside:
            place = self.lex.demonyms.get(token.norm)
            if place is not None:
                return place, Span(text=token.text, start=token.start, end=token.end)
        return None

    def _verb_in(self, parsed: _Parsed, start: int, end: int) -> bool:
        """Whether tokens ``start``..``end`` hold a verb the lexicon knows."""
        lex, words = self.lex, parsed.words
        for i in range(start, end):
            word = words[i]
            if word in lex.auxiliaries or word in lex.neutral_verbs:
                return True
            if lex.verbs.longest_at(words, i) is not None:
                return True
        return False

    # -- location --------------------------------------------------------------------------

    def _location(
        self, parsed: _Parsed, m: Mention, noun: Span | None
    ) -> tuple[str | None, Span | None]:
        """The place nearest the figure: any before it in the sentence, or one after it in its
        clause ("unités produites en Chine", not "…, notamment en Europe")."""
        best: tuple[int, int, str, int, int] | None = None
        best_distance = 0
        for place in parsed.located:
            first, _, _, start, end = place
            if start >= m.end:
                between = parsed.tokens[_token_range(parsed.tokens, m)[1] : first]
                if any(self._clause_break(t, t.norm) for t in between):
                    continue
                distance = start - m.end
            else:
                distance = m.start - end
            if best is None or distance < best_distance:
                best, best_distance = place, distance
        if best is not None:
            return best[2], Span(text=self.text[best[3] : best[4]], start=best[3], end=best[4])
        del noun
        return None, None

    # -- measure: the noun -----------------------------------------------------------------

    def _noun_after(self, parsed: _Parsed, i: int) -> Span | None:
        """The noun phrase right after a figure: "unités produites", "points de vente",
        "18 % de la population"."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        n = len(words)
        if i < n and words[i] in lex.noun_links:
            i += 1
            if i < n and words[i] in lex.link_determiners:
                i += 1
        return self._noun_phrase(tokens, words, i, n)

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
            if self._noun_word(tokens[last], words[last], heads=heads):
                last += 1
                count += 1
                continue
            if count > 0 and words[last] in lex.compound_links:
                k = last + 1
                if determined and k < n and words[k] in lex.link_determiners:
                    k += 1
                if k < n and self._noun_word(tokens[k], words[k]) and not tokens[k].capitalized:
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
        return Span(text=self.text[a:b], start=a, end=b)

    def _noun_word(self, token: Token, word: str, *, heads: bool = False) -> bool:
        lex = self.lex
        if word in lex.numbered_heads and not heads:
            return False  # "sa marque", "le groupe": who, not what
        if not token.is_word or token.norm[0].isdigit():
            return False
        if word in lex.noun_stops or word in lex.auxiliaries or word in lex.compound_links:
            return False
        if word in lex.neutral_verbs:
            return False
        if word in lex.noun_links:
            return False
        # a capitalized word is a name, unless it names a measure ("PIB", "CO2")
        return not token.capitalized or lex.measure_nouns.longest_at([word], 0) is not None

    def _measure_noun_before(self, parsed: _Parsed, first: int) -> Span | None:
        """The first measure noun of the lexicon in the figure's clause, before it, with the
        rest of its noun phrase: "le taux de chômage s'établit à 7,3 %"."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        for i in range(self._clause_start(parsed, first), first):
            hit = lex.measure_nouns.longest_at(words, i)
            if hit is not None and i + hit[1] <= first:
                end = tokens[i + hit[1] - 1].end
                phrase = self._noun_phrase(tokens, words, i, first, determined=True)
                if phrase is None or phrase.end < end:
                    phrase = Span(
                        text=self.text[tokens[i].start : end], start=tokens[i].start, end=end
                    )
                k = i  # modifiers before the noun: "Solar output", "the net profit"
                while k > 0 and (
                    self._noun_word(tokens[k - 1], words[k - 1])
                    or (k - 1 == 0 and self._opening_noun(parsed))
                ):
                    k -= 1
                if k < i:
                    start = tokens[k].start
                    phrase = Span(text=self.text[start : phrase.end], start=start, end=phrase.end)
                return phrase
        return None

    def _opening_noun(self, parsed: _Parsed) -> bool:
        """A capitalized common word opening the sentence ("Solar output grew …")."""
        tokens, words = parsed.tokens, parsed.words
        return (
            bool(tokens)
            and tokens[0].capitalized
            and tokens[0].text.isalpha()
            and words[0] not in self.lex.noun_stops
            and words[0] not in self.lex.not_names
            and not any(r.first == 0 for r in parsed.referents)
        )

    def _partitive(self, parsed: _Parsed, first: int) -> bool:
        """A pronoun standing for what was counted before: "Boeing en a enregistré 1 456"."""
        words, lex = parsed.words, self.lex
        return any(
            words[i] in lex.partitive_clitics and self._finite_looking(words, i + 1)
            for i in range(self._clause_start(parsed, first), first - 1)
        )

    def _generic(self, parsed: _Parsed, span: Span) -> bool:
        """Whether a noun phrase is only a generic counting noun ("personnes", "people")."""
        words = [t.norm for t in parsed.tokens if span.start <= t.start and t.end <= span.end]
        return all(w in self.lex.generic_nouns for w in words)

    def _names_measure(self, parsed: _Parsed, span: Span) -> bool:
        """Whether a noun phrase holds a measure noun of the lexicon ("de dépenses")."""
        words = [t.norm for t in parsed.tokens if span.start <= t.start and t.end <= span.end]
        return any(self.lex.measure_nouns.longest_at(words, i) for i in range(len(words)))

    def _noun_before(self, parsed: _Parsed, first: int) -> Span | None:
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
            and tokens[0].text.isalpha()
            and words[0] not in lex.noun_stops
            and not any(r.first == 0 for r in parsed.referents)
        )
        if opening:
            # a bare noun opening the sentence: "Wind power alone supplied 139 TWh"
            rest = self._noun_phrase(tokens, words, 1, first, determined=True)
            stop = rest.end if rest is not None and rest.start == tokens[1].start else tokens[0].end
            return Span(text=self.text[tokens[0].start : stop], start=tokens[0].start, end=stop)
        return None

    def _clause_start(self, parsed: _Parsed, first: int) -> int:
        tokens, words = parsed.tokens, parsed.words
        clause = first
        while clause > 0 and not self._clause_break(tokens[clause - 1], words[clause - 1]):
            clause -= 1
        return clause

    def _clause_break(self, token: Token, word: str) -> bool:
        if token.text == ",":
            # a decimal comma ("85,7") is part of a number, not a pause
            text = self.text
            return not (
                text[token.start - 1 : token.start].isdigit()
                and text[token.end : token.end + 1].isdigit()
            )
        return token.text in (";", ":", "(", ")", "«", "»", "—", "–") or (
            word in self.lex.clause_breaks
        )

    def _object_after(self, parsed: _Parsed, i: int) -> Span | None:
        """The object of an event verb: "exporter sa gamme" → "gamme"."""
        words = parsed.words
        if i < len(words) and words[i] in self.lex.determiners:
            i += 1
        return self._noun_phrase(parsed.tokens, words, i, len(words))

    # -- measure: the verb -----------------------------------------------------------------

    def _measure_verb(self, parsed: _Parsed, first: int, noun: Span | None) -> str | None:
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
            for i, token in enumerate(parsed.tokens):
                if noun.start <= token.start and token.end <= noun.end:
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

    def _verb_after(self, parsed: _Parsed, end: int) -> str | None:
        """A verb of the lexicon after auxiliaries right after a noun phrase: "ont été
        vendues", "were sold"."""
        lex, words = self.lex, parsed.words
        i = 0
        while i < len(parsed.tokens) and parsed.tokens[i].start < end:
            i += 1
        skipped = 0
        while i < len(words) and words[i] in lex.auxiliaries and skipped < 3:
            i += 1
            skipped += 1
        if skipped == 0:
            return None
        hit = lex.verbs.longest_at(words, i)
        return hit[0] if hit is not None else None

    def _verb_before(
        self,
        parsed: _Parsed,
        first: int,
        *,
        events_only: bool,
        generic: bool = True,
        skip: Span | None = None,
    ) -> tuple[int, str] | None:
        """The nearest verb before token ``first`` in its clause: (token index, lemma).
        Words of ``skip`` (the measure's noun phrase) are nouns, not verbs ("chiffre")."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        stop = max(0, first - _WINDOW)
        for i in range(first - 1, stop - 1, -1):
            if self._clause_break(tokens[i], words[i]) and i < first - 1:
                break
            if skip is not None and skip.start <= tokens[i].start < skip.end:
                continue
            hit = lex.verbs.longest_at(words, i)
            if hit is not None and i + hit[1] <= first:
                if events_only and hit[0] not in lex.event_verbs:
                    continue
                return i, hit[0]
            word = words[i]
            if not events_only and word in lex.neutral_verbs and word not in lex.auxiliaries:
                return None  # the figure's own verb says nothing of it: "a franchi le cap des"
            if events_only or not generic:
                continue
            if word in lex.noun_stops:
                continue
            if i > 0 and words[i - 1] in lex.infinitive_markers and self._infinitive(word):
                return i, word
            if i > 0 and words[i - 1] in lex.auxiliaries and tokens[i].is_word:
                return i, word
        return None

    def _same_clause(self, parsed: _Parsed, start: int, end: int) -> bool:
        """Whether no clause break lies between tokens ``start`` and ``end``."""
        return 0 <= start <= end and not any(
            self._clause_break(parsed.tokens[i], parsed.words[i]) for i in range(start, end)
        )

    def _event_verb_at(self, parsed: _Parsed, i: int) -> int | None:
        """Token ``i`` if it is a form of an event verb of the lexicon."""
        if i < 0:
            return None
        hit = self.lex.verbs.longest_at(parsed.words, i)
        return i if hit is not None and hit[1] == 1 and hit[0] in self.lex.event_verbs else None

    def _event_verb_after(self, parsed: _Parsed, last: int) -> tuple[int, str] | None:
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        for i in range(last, min(last + 6, len(words))):
            if self._clause_break(tokens[i], words[i]):
                return None
            hit = lex.verbs.longest_at(words, i)
            if hit is not None and hit[0] in lex.event_verbs:
                return i, hit[0]
        return None

    def _infinitive(self, word: str) -> bool:
        return word.isalpha() and any(word.endswith(e) for e in self.lex.infinitive_endings)

    def _lemma_at(self, parsed: _Parsed, i: int) -> str:
        hit = self.lex.verbs.longest_at(parsed.words, i)
        return hit[0] if hit is not None else parsed.words[i]


@dataclass
class _Draft:
    """A figure on its way to becoming a claim."""

    mention: Mention
    first: int  # index of the figure's first token
    last: int  # index after its last token
    kind: ClaimKind = ClaimKind.QUANTITY
    baseline: Mention | None = None
    baseline_at: int = 0
    baseline_time: Mention | None = None


def _token_range(tokens: Sequence[Token], m: Mention) -> tuple[int, int]:
    """The indexes of the first token of a mention and of the token after it."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= m.start:
            lo = mid + 1
        else:
            hi = mid
    first = lo
    last = first
    while last < len(tokens) and tokens[last].start < m.end:
        last += 1
    return first, last


def _nearest(m: Mention, candidates: Sequence[Mention]) -> Mention | None:
    best: Mention | None = None
    best_distance = 0
    for c in candidates:
        distance = c.start - m.end if c.start >= m.end else m.start - c.end
        if best is None or distance < best_distance:
            best, best_distance = c, distance
    return best


def _right_after(m: Mention, times: Sequence[Mention], text: str) -> Mention | None:
    """The time that follows a figure with nothing but spaces and commas between."""
    for t in times:
        if t.start >= m.end and not text[m.end : t.start].strip(" ,\u00a0\u202f"):
            return t
    return None


def _in_title(text: str, m: Mention) -> bool:
    """A year in brackets after a name, as in "Volvo XC90 (2025)"."""
    before = text[max(0, m.start - 2) : m.start]
    return before.endswith("(") and text[m.end : m.end + 1] == ")"

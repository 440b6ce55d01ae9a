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
_WINDOW = 12  # tokens looked at around a figure for its verb


def parse_claims(
    text: str,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
    *,
    reference: Reference | None = None,
) -> list[Claim]:
    """Turn an article into claims, in text order.

    ``lang`` is "fr" or "en" (None detects it); ``reference_date`` anchors
    relative times. With a ``reference``, its entity names and aliases are the
    names subjects are recognized by; without one, capitalized words are.

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
    return assemble(text, mentions, language, gazetteer=reference_gazetteer(reference))


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
) -> list[Claim]:
    """Claims from mentions already found in ``text`` (``parse_claims`` without extraction).

    >>> fig = Mention(kind="number", text="12 300", start=13, end=19, value=12300)
    >>> [(c.subject, c.measure.noun, c.measure.verb)
    ...  for c in assemble("Renault a vendu 12 300 voitures.".replace("vendu ", "vendu "),
    ...                    [fig.model_copy(update={"start": 16, "end": 22})], "fr")]
    [('Renault', 'voitures', 'vendre')]
    """
    if not mentions:
        return []
    article = _Article(text, lang, claim_words(lang), gazetteer)
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
        self, text: str, lang: str, words: ClaimWords, gazetteer: Gazetteer | None
    ) -> None:
        self.text = text
        self.lang = lang
        self.lex = words
        self.gazetteer = gazetteer
        self.sentences = split_sentences(text, lang)
        self.current: str | None = None
        self.current_place: str | None = None
        self.read_upto = 0  # sentences before this index have updated `current`
        self.paragraph_time: dict[int, Mention] = {}
        self._vocabulary: dict[str, tuple[bool, bool]] | None = None

    # -- what the article is about ---------------------------------------------------------

    def _catch_up(self, index: int) -> None:
        """Read the sentences before ``index`` not read yet, for the names they are about."""
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
            if focus not in self.lex.place_names:
                self.current = focus
            return
        for ref in parsed.referents:
            if ref.name is None:
                continue
            if ref.place:
                self.current_place = ref.name
                continue
            self.current = ref.name
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
        if self.gazetteer is not None:
            for name in self.gazetteer.find(tokens):
                names.append(name)
                for i in range(name.first, name.last):
                    taken[i] = True
        for name in lex.places.find(tokens):
            if not any(taken[name.first : name.last]):
                names.append(name)
                for i in range(name.first, name.last):
                    taken[i] = True
        places = {(n.first, n.last) for n in names if n.canonical in lex.place_names}
        guessed = find_names(
            tokens,
            text,
            not_names=lex.not_names,
            connectors=lex.name_connectors,
            sentence_start_is_name=self._starts_with_name(tokens, words),
        )
        for name in guessed:
            if not any(taken[name.first : name.last]):
                names.append(self._with_number(name, tokens, figures))
        names.sort(key=lambda n: n.first)
        parsed.names = names
        for name in names:
            is_place = (name.first, name.last) in places
            if self._after_any(lex.source_markers, words, name.first):
                continue
            if is_place and self._located(words, name.first):
                parsed.located.append((name.first, name.last, name.canonical, name.start, name.end))
                continue
            parsed.referents.append(
                _Referent(name.first, name.last, name.start, name.end, name.canonical, is_place)
            )
        parsed.referents.extend(self._references(tokens, words))
        parsed.referents.sort(key=lambda r: r.first)
        return parsed

    def _starts_with_name(self, tokens: Sequence[Token], words: Sequence[str]) -> bool:
        """Whether a capitalized first word is a name rather than a capitalized common word."""
        if not tokens or not tokens[0].capitalized or words[0] in self.lex.not_names:
            return False
        if tokens[0].text.isupper() and len(tokens[0].text) > 1:
            return True  # an acronym
        lower, inner = self._vocab().get(words[0], (False, False))
        if lower:
            return False
        if inner:
            return True
        if len(tokens) < 2:
            return False
        nxt = words[1]
        lex = self.lex
        return (
            tokens[1].capitalized
            or nxt in lex.auxiliaries
            or nxt in lex.neutral_verbs
            or lex.verbs.longest_at(words, 1) is not None
            or nxt in ("s", ",")
        )

    def _with_number(self, name: Name, tokens: Sequence[Token], figures: Sequence[Mention]) -> Name:
        """Extend a name over a plain number right after it: "Entreprise 4711", "Peugeot 208"."""
        for m in figures:
            if (
                m.kind is MentionKind.NUMBER
                and m.start == name.end + 1
                and self.text[name.end] == " "
                and m.text.isdigit()
                and m.qualifier.value == "exact"
            ):
                last = name.last
                while last < len(tokens) and tokens[last].end <= m.end:
                    last += 1
                return Name(
                    name.first, last, name.start, m.end, self.text[name.start : m.end], False
                )
        return name

    def _located(self, words: Sequence[str], first: int) -> bool:
        lex = self.lex
        if lex.location_prepositions.longest_ending_at(words, first):
            return True
        return (
            first >= 1
            and words[first - 1] in lex.determiners
            and lex.location_prepositions.longest_ending_at(words, first - 1) > 0
        )

    def _after_any(self, phrases: PhraseIndex[bool], words: Sequence[str], first: int) -> bool:
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
        figures = [m for m in mentions if m.kind in _FIGURES]
        parsed = self._parse(sentence, figures)
        times = [m for m in mentions if m.kind is MentionKind.TIME]
        durations = [m for m in mentions if m.kind is MentionKind.DURATION]
        in_names = {m.start for m in figures for n in parsed.names if n.start <= m.start < n.end}
        builders: list[_Draft] = []
        pending_baseline: Mention | None = None
        for m in figures:
            if m.start in in_names or self._not_a_claim(m, parsed):
                continue
            first, last = _token_range(parsed.tokens, m)
            if self.lex.comparison_before.longest_ending_at(parsed.words, first):
                if builders:
                    builders[-1].baseline = m
                    builders[-1].baseline_at = last
                else:
                    pending_baseline = m
                continue
            draft = _Draft(m, first, last)
            if pending_baseline is not None:
                draft.baseline = pending_baseline
                draft.kind = ClaimKind.CHANGE
                pending_baseline = None
            builders.append(draft)
        event_times = self._event_times(parsed, times, builders)
        used: set[int] = {t.start for t in event_times}
        for draft in builders:
            if draft.baseline is not None:
                draft.baseline_time = _right_after(draft.baseline, times, self.text)
                if draft.baseline_time is not None:
                    used.add(draft.baseline_time.start)
        claims: list[Claim] = []
        focus: str | None = None
        for draft in builders:
            claim = self._figure_claim(draft, parsed, times, durations, used)
            if claim is None:
                continue
            if focus is None and claim.subject:
                focus = claim.subject
            claims.append(claim)
        for t, verb_at in event_times.items():
            claims.append(self._event_claim(t, verb_at, parsed, durations))
        for t in times:
            if t.relation in (None, Relation.IN, Relation.SINCE):
                self.paragraph_time[sentence.paragraph] = t
        self._follow(parsed, focus)
        self.read_upto = index + 1
        return claims

    def _not_a_claim(self, m: Mention, parsed: _Parsed) -> bool:
        """Numbers that are labels, not figures."""
        text = self.text
        before = text[m.start - 1] if m.start > 0 else " "
        after = text[m.end] if m.end < len(text) else " "
        if before.isalpha() or (after.isalnum() and m.kind is MentionKind.NUMBER):
            return True  # part of a word: "SU7", "XC90", "CO2"
        if m.kind is MentionKind.NUMBER:
            if _PHONE.fullmatch(m.text):
                return True
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
            verb = self._verb_before(parsed, first, events_only=t.relation not in _DEADLINES)
            if verb is None and t.relation not in _DEADLINES:
                verb = self._event_verb_after(parsed, last)
            if verb is None:
                continue
            if t.relation in _DEADLINES and any(d.first > verb[0] for d in drafts):
                continue  # the deadline of a figure: "vendre 1 million de voitures d'ici 2030"
            if t.relation not in _DEADLINES and any(
                d.first > verb[0] and d.first < first for d in drafts
            ):
                continue
            found[t] = verb[0]
        return found

    def _figure_claim(
        self,
        draft: _Draft,
        parsed: _Parsed,
        times: Sequence[Mention],
        durations: Sequence[Mention],
        used: set[int],
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
        if kind is ClaimKind.RATIO:
            hit = lex.ratio_after.longest_at(words, draft.last)
            noun_at = draft.last + (hit[1] if hit else 0)
        noun = self._noun_after(parsed, noun_at, figure=m)
        if noun is None:
            noun = self._noun_before(parsed, draft.first)
        verb = self._measure_verb(parsed, draft.first, noun)
        if noun is None and verb is None and m.kind is MentionKind.NUMBER:
            return None  # a bare number with nothing it counts
        subject, inferred, span = self._subject(parsed, draft.first, draft.last, noun)
        location, location_span = self._location(parsed, m, noun)
        time = _nearest(m, [t for t in times if t.start not in used])
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
            measure=self._measure(noun, verb),
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
        self, parsed: _Parsed, first: int, last: int, noun: Span | None
    ) -> tuple[str | None, bool, Span | None]:
        """The referent nearest before the figure; else the first after it; else the
        article's current entity (inferred)."""
        before = [r for r in parsed.referents if r.last <= first]
        chosen: _Referent | None = before[-1] if before else None
        if chosen is None:
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
            target = self.current_place if chosen.refers_to_place else self.current
            return target, True, span
        place = self._demonym_in(parsed, noun)
        if place is not None:
            return place[0], False, place[1]
        return self.current, self.current is not None, None

    def _demonym_in(self, parsed: _Parsed, noun: Span | None) -> tuple[str, Span] | None:
        if noun is None:
            return None
        for token in parsed.tokens:
            if noun.start <= token.start and token.end <= noun.end:
                place = self.lex.demonyms.get(token.norm)
                if place is not None:
                    return place, Span(text=token.text, start=token.start, end=token.end)
        return None

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

    def _noun_after(self, parsed: _Parsed, i: int, figure: Mention | None = None) -> Span | None:
        """The noun phrase right after a figure: "unités produites", "points de vente"."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        n = len(words)
        if i < n and words[i] in lex.noun_links:
            i += 1
        return self._noun_phrase(tokens, words, i, n)

    def _noun_phrase(
        self, tokens: Sequence[Token], words: Sequence[str], i: int, n: int
    ) -> Span | None:
        lex = self.lex
        start = i
        last = i
        count = 0
        while last < n and count < 4:
            token = tokens[last]
            word = words[last]
            if self._noun_word(token, word):
                last += 1
                count += 1
                continue
            if (
                count > 0
                and word in lex.compound_links
                and last + 1 < n
                and self._noun_word(tokens[last + 1], words[last + 1])
                and not tokens[last + 1].capitalized
            ):
                last += 2
                count += 1
                continue
            break
        if last == start:
            return None
        a, b = tokens[start].start, tokens[last - 1].end
        return Span(text=self.text[a:b], start=a, end=b)

    def _noun_word(self, token: Token, word: str) -> bool:
        lex = self.lex
        if not token.is_word or token.norm[0].isdigit():
            return False
        if word in lex.noun_stops or word in lex.auxiliaries or word in lex.compound_links:
            return False
        if word in lex.noun_links:
            return False
        # a capitalized word is a name, unless it names a measure ("PIB", "CO2")
        return not token.capitalized or lex.measure_nouns.longest_at([word], 0) is not None

    def _noun_before(self, parsed: _Parsed, first: int) -> Span | None:
        """A measure noun of the lexicon before the figure, else the first determiner's noun
        phrase in the figure's clause: "le taux de chômage s'établit à 7,3 %"."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        clause = first
        while clause > 0 and not self._clause_break(tokens[clause - 1], words[clause - 1]):
            clause -= 1
        best: Span | None = None
        for i in range(clause, first):
            hit = lex.measure_nouns.longest_at(words, i)
            if hit is not None and i + hit[1] <= first:
                phrase = self._noun_phrase(tokens, words, i, first)
                end = tokens[i + hit[1] - 1].end
                if phrase is None or phrase.end < end:
                    phrase = Span(
                        text=self.text[tokens[i].start : end], start=tokens[i].start, end=end
                    )
                best = phrase
        if best is not None:
            return best
        for i in range(clause, first - 1):
            if words[i] in lex.determiners:
                phrase = self._noun_phrase(tokens, words, i + 1, first)
                if phrase is not None:
                    return phrase
        return None

    def _clause_break(self, token: Token, word: str) -> bool:
        return token.text in (",", ";", ":", "(", ")", "«", "»", "—", "–") or (
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
        hit = self._verb_before(parsed, first, events_only=False, generic=False)
        if hit is not None:
            return hit[1]
        if noun is not None:
            for i, token in enumerate(parsed.tokens):
                if noun.start <= token.start and token.end <= noun.end:
                    lemma = self.lex.verb_lemma((words[i],))
                    if lemma is not None:
                        return lemma
        hit = self._verb_before(parsed, first, events_only=False, generic=True)
        return hit[1] if hit is not None else None

    def _verb_before(
        self, parsed: _Parsed, first: int, *, events_only: bool, generic: bool = True
    ) -> tuple[int, str] | None:
        """The nearest verb before token ``first`` in its clause: (token index, lemma)."""
        lex, words, tokens = self.lex, parsed.words, parsed.tokens
        stop = max(0, first - _WINDOW)
        for i in range(first - 1, stop - 1, -1):
            if self._clause_break(tokens[i], words[i]) and i < first - 1:
                break
            hit = lex.verbs.longest_at(words, i)
            if hit is not None and i + hit[1] <= first:
                if events_only and hit[0] not in lex.event_verbs:
                    continue
                return i, hit[0]
            if events_only or not generic:
                continue
            word = words[i]
            if word in lex.neutral_verbs or word in lex.noun_stops:
                continue
            if i > 0 and words[i - 1] in lex.infinitive_markers and self._infinitive(word):
                return i, word
            if i > 0 and words[i - 1] in lex.auxiliaries and tokens[i].is_word:
                return i, word
        return None

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

"""The shortcuts of claim assembly's hot path change no answer.

Tests that were several set lookups or calls are one lookup in a set derived from the
claim lexicon (``not_nouns``, ``break_words``, ``referring_starts``); phrase lookups that
end at a word are made only where a word ends a phrase (``PhraseIndex.last_words``);
a page line is read on as many words as its longest phrase has; capitalized names are
looked for from capitalized tokens only. Each property below compares a shortcut with
the long way round, written out here as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.claim_lexicon import CLAUSE_MARKS, ClaimWords, claim_words
from claimcheck.claims import _Article
from claimcheck.entities import PhraseIndex, Token, find_names, tokenize
from claimcheck.lexicon import supported_languages
from claimcheck.measures import _ASIDE_TOKENS, ParsedSentence
from claimcheck.models import Span
from claimcheck.reference import trusted_model
from claimcheck.sentences import Sentence

LANGS = supported_languages()


def _article(text: str, lang: str) -> _Article:
    return _Article(text, lang, claim_words(lang), None)


def _parsed(article: _Article) -> ParsedSentence:
    tokens = tokenize(article.text)
    return ParsedSentence(0, len(article.text), 0, tokens, [t.norm for t in tokens])


def _lexicon_words(lex: ClaimWords) -> list[str]:
    """Words the lexicon's sets and phrases are made of, and a few that are in none."""
    found: set[str] = set()
    for value in vars(lex).values():
        if isinstance(value, frozenset):
            found.update(w for w in value if isinstance(w, str))
        elif isinstance(value, PhraseIndex):
            found.update(w for key in value._values for w in key)
    return sorted(found | {"voitures", "Renault", "2019", ",", "12,5"})


@pytest.mark.parametrize("lang", LANGS)
def test_the_derived_sets_are_their_definitions(lang: str) -> None:
    lex = claim_words(lang)
    assert lex.not_nouns == (
        lex.noun_stops | lex.auxiliaries | lex.compound_links | lex.neutral_verbs | lex.noun_links
    )
    assert lex.break_words == lex.clause_breaks | CLAUSE_MARKS
    assert lex.referring_starts == lex.pronouns | lex.speaker_pronouns | lex.description_determiners


def _noun_word_long_way(article: _Article, token: Token, word: str, heads: bool) -> bool:
    lex = article.lex
    if word in lex.numbered_heads and not heads:
        return False
    if not token.is_word:
        return False
    if token.norm[0].isdigit():  # a code glued to capitals ("5G") is part of a noun
        return re.fullmatch(r"\d[A-Z][A-Za-z0-9]*", token.text) is not None
    if word in lex.noun_stops or word in lex.auxiliaries or word in lex.compound_links:
        return False
    if word in lex.neutral_verbs or word in lex.noun_links:
        return False
    return not token.capitalized or lex.measure_nouns.longest_at([word], 0) is not None


def _clause_break_long_way(article: _Article, token: Token, word: str) -> bool:
    if token.text == ",":
        text = article.text
        return not (
            text[token.start - 1 : token.start].isdigit()
            and text[token.end : token.end + 1].isdigit()
        )
    return token.text in (";", ":", "(", ")", "«", "»", "—", "–") or (
        word in article.lex.clause_breaks
    )


@pytest.mark.parametrize("lang", LANGS)
def test_noun_word_and_clause_break_on_every_lexicon_word(lang: str) -> None:
    words = _lexicon_words(claim_words(lang))
    for word in words:
        for written in (word, word.capitalize(), f"1{word}"):
            text = f"12{written}5 {written}"
            article = _article(text, lang)
            for token in tokenize(text):
                for heads in (False, True):
                    assert article._noun_word(token, token.norm, heads=heads) == (
                        _noun_word_long_way(article, token, token.norm, heads)
                    ), token
                assert article._clause_break(token, token.norm) == _clause_break_long_way(
                    article, token, token.norm
                ), token


def _after_any_long_way(
    article: _Article, phrases: PhraseIndex[bool], words: Sequence[str], first: int, through: int
) -> bool:
    for skip in range(1, through + 1):
        if first - skip >= 0 and phrases.longest_ending_at(words, first - skip):
            return True
    if phrases.longest_ending_at(words, first):
        return True
    return (
        first >= 1
        and words[first - 1] in article.lex.determiners
        and phrases.longest_ending_at(words, first - 1) > 0
    )


def _in_source_long_way(article: _Article, parsed: ParsedSentence, first: int) -> bool:
    markers = article.lex.source_markers
    for j in range(first, max(0, first - 8) - 1, -1):
        if markers.longest_ending_at(parsed.words, j):
            return True
        if j > 0 and _clause_break_long_way(article, parsed.tokens[j - 1], parsed.words[j - 1]):
            return False
    return False


def _sentences(lang: str) -> st.SearchStrategy[str]:
    """Sentences of lexicon words (markers, titles, determiners, breaks) and names."""
    words = _lexicon_words(claim_words(lang))
    phrase = st.sampled_from(words) | st.sampled_from(["Renault", "M.", "12,5", ",", "Insee"])
    return st.lists(phrase, min_size=1, max_size=14).map(" ".join)


@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
def test_source_and_title_lookups_only_where_a_phrase_can_end(
    lang: str, data: st.DataObject
) -> None:
    text = data.draw(_sentences(lang))
    article = _article(text, lang)
    parsed = _parsed(article)
    lex = article.lex
    for first in range(len(parsed.words)):
        assert article._in_source(parsed.tokens, parsed.words, first) == _in_source_long_way(
            article, parsed, first
        )
        for phrases, through in ((lex.person_titles, 3), (lex.source_markers, 0)):
            assert article._after_any(phrases, parsed.words, first, through=through) == (
                _after_any_long_way(article, phrases, parsed.words, first, through)
            )
        assert article._clause_start(parsed, first) == _clause_start_long_way(
            article, parsed, first
        )


def _clause_start_long_way(article: _Article, parsed: ParsedSentence, first: int) -> int:
    clause = first
    while clause > 0:
        comma = parsed.tokens[clause - 1].text == ","
        if (
            comma
            and clause < first
            and _clause_break_long_way(article, parsed.tokens[clause - 1], ",")
        ):
            # a relative clause between commas is read through (", which …,")
            closing = clause - 1
            opened = [k for k in range(closing - _ASIDE_TOKENS, closing - 1) if k >= 0]
            opened = [k for k in opened if parsed.words[k] == ","]
            if opened and parsed.words[opened[-1] + 1] in article.lex.relatives:
                clause = opened[-1]
                continue
        if parsed.words[clause - 1] == ")":
            # a short aside in brackets is read through ("du travail (BIT) a augmenté")
            closing = clause - 1
            opened = [k for k in range(closing - _ASIDE_TOKENS, closing - 1) if k >= 0]
            opened = [k for k in opened if parsed.words[k] == "("]
            if opened:
                clause = opened[-1]
                continue
        if _clause_break_long_way(article, parsed.tokens[clause - 1], parsed.words[clause - 1]):
            break
        clause -= 1
    return clause


def _page_line_long_way(article: _Article, sentence: Sentence) -> bool:
    stop = min(sentence.end, sentence.start + 40)
    opening = [t.norm for t in tokenize(article.text, sentence.start, stop)]
    found = article.lex.not_claim_lines.longest_at(opening, 0)
    if found is None:
        return False
    # the word after the opening words may make them a sentence's ("Credit Agricole …")
    tokens = tokenize(article.text, sentence.start, sentence.end)
    return not article._sentence_goes_on(tokens, found[1])


@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
def test_a_page_line_is_read_on_its_longest_phrase(lang: str, data: st.DataObject) -> None:
    lines = claim_words(lang).not_claim_lines
    opening = data.draw(st.sampled_from([" ".join(k) for k in lines._values]))
    rest = data.draw(_sentences(lang))
    text = data.draw(st.sampled_from([opening, f"{opening} {rest}", f"{opening}{rest}"]))
    article = _article(text, lang)
    for sentence in article.sentences:
        assert article._page_line(sentence) == _page_line_long_way(article, sentence), text


@given(st.text(alphabet="abc déf,.;12 AB-'", max_size=60))
def test_names_are_found_from_capitals_only(text: str) -> None:
    lex = claim_words("fr")
    tokens = tokenize(text)
    names = find_names(
        tokens,
        text,
        numbered=lex.name_heads,
        not_names=lex.not_names,
        connectors=lex.name_connectors,
        sentence_start_is_name=True,
    )
    if not any(t.capitalized for t in tokens):
        assert names == []
    for name in names:
        assert tokens[name.first].capitalized


def test_a_trusted_model_is_the_same_whatever_the_order_of_its_values() -> None:
    ordered = trusted_model(Span, {"text": "Renault", "start": 0, "end": 7})
    shuffled = trusted_model(Span, {"end": 7, "text": "Renault", "start": 0})
    partial = trusted_model(Span, {"text": "Renault", "start": 0})
    assert ordered == shuffled == Span(text="Renault", start=0, end=7)
    assert list(shuffled.__dict__) == ["text", "start", "end"]
    assert shuffled.model_fields_set == {"text", "start", "end"}
    assert partial.model_fields_set == {"text", "start"}  # model_construct's way

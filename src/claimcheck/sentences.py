"""Cutting a text into paragraphs and sentences, with exact offsets.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quote or
bracket after it) when what follows opens a new sentence: a capital, a digit,
an opening quote or a dash. A period does not end a sentence after an
abbreviation of the language ("M.", "av."), after a single capital (an
initial), or inside a number ("3.5"). A line break ends a sentence unless the
next line goes on in lowercase (a hard-wrapped paragraph); a blank line, or a
line break after a finished sentence or a title, starts a new paragraph.

>>> text = "M. Dupont le dit : le PIB a crû de 0,9 %. « C'est peu », etc. La suite."
>>> [text[s.start:s.end] for s in split_sentences(text, "fr")]
['M. Dupont le dit : le PIB a crû de 0,9 %.', "« C'est peu », etc.", 'La suite.']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimcheck.claim_lexicon import claim_words

__all__ = ["Sentence", "split_sentences"]


class Sentence(NamedTuple):
    """A sentence's offsets in the whole text and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


# Candidate ends: terminal punctuation, then closing quotes or brackets (French puts a space
# before "»"), then space; or a line break. Each candidate is confirmed or rejected by looking
# at both sides.
_CLOSE = r"(?:[ \u00a0\u202f]?[\"»”’')\]*]+)*"
# (Written to open with its first character's class, the same matches as
# ``[.!?…]+{_CLOSE}(?=\s)|[.!?…]+{_CLOSE}\Z|\n`` in the same order: the regex engine then
# skips to the next such character instead of trying every position of the text.)
_CANDIDATE = re.compile(rf"[.!?…\n](?:(?<=\n)|[.!?…]*{_CLOSE}(?=\s)|[.!?…]*{_CLOSE}\Z)")
_OPENS = re.compile(r"\s*[\"«“(\[*\-–—•]*\s*([^\s\"«“(\[*\-–—•])")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
# A list item's marker: a bullet or a dash, then a space ("-5 %" is a number, not an item).
_BULLET = re.compile(r"[ \t\u00a0]*[-–—•*▪◦·][ \t\u00a0]+")
_MARKS = frozenset("-–—•*▪◦·")  # the markers _BULLET opens with
_new = tuple.__new__  # Sentence(...) without its Python-level __new__
_LONG_LINE = 50  # a line this long that stops mid-sentence is hard-wrapped
_LONGEST = 600  # characters: no sentence of prose is longer


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """The sentences of ``text`` in order; each ``text[s.start:s.end]`` is stripped."""
    abbreviations = claim_words(lang).abbreviations
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    line_start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if match.group() == "\n":
            line = text[line_start : match.start()].strip()
            nxt = _OPENS.match(text, end)
            following = nxt.group(1) if nxt is not None else ""
            open_line = line != "" and not line.endswith((".", "!", "?", "…", ":", "»", '"'))
            wrapped = (
                open_line
                and _BLANK_LINE.match(text, match.start()) is None
                and (following.islower() or (following.isdigit() and len(line) >= _LONG_LINE))
            )
            line_start = end
            if wrapped:
                continue
            _add(sentences, text, start, match.start(), paragraph)
            # A list goes on its paragraph: the line that introduces it ("Key figures for
            # 2023:") and each item ("- 66,5 millions de tonnes ;") but the last.
            listed = (
                _BLANK_LINE.match(text, match.start()) is None
                and _BULLET.match(text, end) is not None
                and (line.endswith(":") or _BULLET.match(line) is not None)
            )
            if line and not listed:
                paragraph += 1
            start = end
            continue
        if not _ends_sentence(text, match, abbreviations):
            continue
        _add(sentences, text, start, end, paragraph)
        start = end
    if start < len(text):  # (nothing after the last end: nothing to add)
        _add(sentences, text, start, len(text), paragraph)
    return sentences


def _ends_sentence(text: str, match: re.Match[str], abbreviations: frozenset[str]) -> bool:
    punctuation = match.group()
    nxt = _OPENS.match(text, match.end())
    if nxt is None:
        return True  # end of text
    following = nxt.group(1)
    if following.islower() or following in ",;:)]»”":
        return False
    if not punctuation.startswith("."):
        return True
    # the word before the punctuation (what ``(\S+)\Z`` finds in the 40 characters before
    # it, read by one split rather than a regex search tried at each of them)
    before = text[max(0, match.start() - 40) : match.start()]
    word = before.rsplit(None, 1)[-1] if before and not before[-1].isspace() else ""
    word = word.lstrip('"«“([*')
    if word + "." in abbreviations:
        return False
    # An initial ("J. Dupont"): one capital letter, or a chain of them ("J.-C." ends a
    # sentence only as the last word of an era, handled by the capital test below).
    return not (len(word) == 1 and word.isupper() and following.isupper())


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    # (a marker is the first character left: a space before it was skipped just above)
    bullet = _BULLET.match(text, start, end) if text[start : start + 1] in _MARKS else None
    if bullet is not None:  # a list item's marker is not part of its sentence
        start = bullet.end()
        while start < end and text[start].isspace():
            start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # A "sentence" longer than any in prose (a table, a list run together) is cut into
    # pieces at a pause or a space, so that reading it stays linear.
    while end - start > _LONGEST:
        cut = max(text.rfind(mark, start, start + _LONGEST) for mark in (", ", "; ", " "))
        cut = cut + 1 if cut > start else start + _LONGEST
        _add(sentences, text, start, cut, paragraph)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append(_new(Sentence, (start, end, paragraph)))

"""Checking and normalizing the arguments of the public functions.

>>> detect_language("Le géant chinois a produit plus de 100 000 unités.")
'fr'
>>> detect_language("The company sold more than 100,000 units last year.")
'en'
>>> coerce_reference_date("2024-11-20")
datetime.datetime(2024, 11, 20, 0, 0)
"""

from __future__ import annotations

import re
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from claimcheck.errors import InputError
from claimcheck.lexicon import load_lexicon, supported_languages, validate_lang

__all__ = ["coerce_lang", "coerce_reference_date", "detect_language"]


class LanguageLexicon(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    function_words: frozenset[str]


_WORD = re.compile(r"[^\W\d_]+'?", re.UNICODE)
_SAMPLE = 2000  # characters enough to tell French from English


def detect_language(text: str) -> str:
    """Tell which supported language ``text`` is in, by its function words.

    Cheap: it reads the first couple of thousand characters. A text with no
    telling word is taken as English.
    """
    sample = text[:_SAMPLE].lower().replace("’", "'")
    words = _WORD.findall(sample)
    best, best_votes = "en", 0
    for lang in supported_languages():
        vocabulary = load_lexicon(lang, "language", LanguageLexicon).function_words
        votes = sum(1 for word in words if word in vocabulary)
        if votes > best_votes:
            best, best_votes = lang, votes
    return best


def coerce_lang(lang: str | None, text: str) -> str:
    """The language to read ``text`` in: ``lang`` validated, or detected when None."""
    if lang is None:
        return detect_language(text)
    return validate_lang(lang)


def coerce_reference_date(
    value: date | datetime | str | None, *, keep_offset: bool = False
) -> datetime:
    """The reference date as a naive wall-clock datetime.

    Accepts a date, a datetime or an ISO 8601 string; an offset is dropped after
    reading the wall-clock time in it (relative expressions are resolved in the
    writer's own time). None means now. With ``keep_offset``, a stated offset is kept
    (the wall-clock time is the same): the time finder converts times stated in
    another zone ("4pm CET") into it.

    >>> coerce_reference_date("2013-02-12T04:30:00-02:00", keep_offset=True).isoformat()
    '2013-02-12T04:30:00-02:00'
    """
    if value is None:
        return datetime.now().replace(microsecond=0)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InputError(
                f"reference_date={value!r} is not an ISO 8601 date (expected e.g. '2024-11-20')"
            ) from None
    if isinstance(value, datetime):
        return value if keep_offset else value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    raise InputError(
        f"reference_date must be a date, a datetime or an ISO string, not {type(value).__name__}"
    )

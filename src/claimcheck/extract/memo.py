"""A memory of one call: what a finder read last, for the next finder that asks.

Within one ``extract`` call the time finder and the numbers finder ask for the same reading
of the same text (its numerals, its years before Christ); the second gets it for free.
"""

from __future__ import annotations

from typing import Generic, TypeVar

__all__ = ["LastRead"]

T = TypeVar("T")


class LastRead(Generic[T]):
    """The items read from the last ``(text, lang)`` given, kept as a tuple (so no caller's
    list is shared) and handed out as a new list.

    >>> last: LastRead[int] = LastRead()
    >>> last.get("12 et 13", "fr") is None
    True
    >>> last.put("12 et 13", "fr", [12, 13])
    [12, 13]
    >>> last.get("12 et 13", "fr"), last.get("12 et 13", "en")
    ([12, 13], None)
    """

    __slots__ = ("_found", "_lang", "_text")

    def __init__(self) -> None:
        self._text = ""
        self._lang = ""
        self._found: tuple[T, ...] = ()

    def get(self, text: str, lang: str) -> list[T] | None:
        """The items of ``text`` in ``lang`` if they were the last put, else None."""
        if lang == self._lang and text == self._text:
            return list(self._found)
        return None

    def put(self, text: str, lang: str, found: list[T]) -> list[T]:
        """Keep ``found`` as the items of ``text`` in ``lang``; returns ``found``."""
        self._text, self._lang, self._found = text, lang, tuple(found)
        return found

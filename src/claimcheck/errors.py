"""The exceptions claimcheck raises.

Every error derives from :class:`ClaimcheckError` and also from the builtin
that describes its nature, so ``except ValueError`` keeps working for callers
who do not know this library.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "ClaimcheckError",
    "InputError",
    "LanguageError",
    "LexiconError",
    "Problem",
    "ReferenceDataError",
]


class ClaimcheckError(Exception):
    """Root of every error raised on purpose by claimcheck."""


class LanguageError(ClaimcheckError, ValueError):
    """A language code that claimcheck has no lexicon for.

    >>> raise LanguageError("de", ("en", "fr"))
    Traceback (most recent call last):
    ...
    claimcheck.errors.LanguageError: lang='de' is not supported (supported: 'en', 'fr')
    """

    def __init__(self, lang: object, supported: Sequence[str]) -> None:
        self.lang = lang
        self.supported = tuple(supported)
        names = ", ".join(repr(code) for code in self.supported)
        super().__init__(f"lang={lang!r} is not supported (supported: {names})")


class InputError(ClaimcheckError, ValueError):
    """An argument or input file that claimcheck cannot use, with where it went wrong."""


class LexiconError(ClaimcheckError, ValueError):
    """A lexicon data file that does not follow its documented format."""


@dataclass(frozen=True)
class Problem:
    """One bad cell of reference data: where it is and what is wrong with it."""

    source: str
    row: int
    column: str
    value: object
    message: str

    def __str__(self) -> str:
        return f"{self.source} row {self.row}, column {self.column!r}: {self.message}"


class ReferenceDataError(InputError):
    """Reference data with bad rows; ``problems`` lists every one of them.

    >>> err = ReferenceDataError([Problem("ref.csv", 17, "value", "douze",
    ...                                   "'douze' is not a number")])
    >>> print(err)
    ref.csv row 17, column 'value': 'douze' is not a number
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        shown = [str(p) for p in self.problems[:20]]
        if len(self.problems) > 20:
            shown.append(f"… and {len(self.problems) - 20} more bad cells")
        super().__init__("\n".join(shown))

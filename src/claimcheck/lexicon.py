"""Reading the per-language lexicons, the only place that opens ``lexicons/``.

Each language is a folder of TOML files (``lexicons/fr/numbers.toml``,
``lexicons/fr/time.toml``…), one per part of the pipeline. The module that uses
a part declares its schema as a pydantic model; :func:`load_lexicon` reads the
file, validates it against that schema (unknown keys are errors) and caches the
frozen result, so a lexicon is read once per process.

>>> "fr" in supported_languages() and "en" in supported_languages()
True
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from claimcheck.errors import LanguageError, LexiconError

__all__ = ["load_lexicon", "supported_languages", "validate_lang"]

Schema = TypeVar("Schema", bound=BaseModel)

_ROOT = resources.files("claimcheck") / "lexicons"


@functools.cache
def supported_languages() -> tuple[str, ...]:
    """The language codes that have a lexicon folder, sorted."""
    return tuple(sorted(p.name for p in _ROOT.iterdir() if p.is_dir() and len(p.name) == 2))


def validate_lang(lang: object) -> str:
    """Return ``lang`` if claimcheck supports it, else raise :class:`LanguageError`."""
    if isinstance(lang, str) and lang in supported_languages():
        return lang
    raise LanguageError(lang, supported_languages())


@functools.cache
def load_lexicon(lang: str, part: str, schema: type[Schema]) -> Schema:
    """Load ``lexicons/<lang>/<part>.toml`` validated against ``schema``.

    Raises :class:`LanguageError` for an unknown language and
    :class:`LexiconError` (naming the file and the key) for a malformed file.
    """
    validate_lang(lang)
    path = _ROOT / lang / f"{part}.toml"
    name = f"lexicons/{lang}/{part}.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"{name} does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{name}: {exc}") from None
    try:
        return schema.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise LexiconError(f"{name}: {problems}") from None

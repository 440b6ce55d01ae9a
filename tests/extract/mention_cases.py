"""The runner shared by the data-driven extraction tests.

Each line of a ``data/<name>_<lang>.jsonl`` file holds a sentence and the mentions that
must be found in it, in text order: each by its exact text, with the fields that matter
for it (a field left out is not checked). An empty list means the sentence only looks
numeric. A mention's ``"note"`` says why its writer read it so (where the docs are silent)
and is not checked. Known failures carry ``"xfail": "<reason>"`` and run as strict xfails.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import claimcheck as cc
from claimcheck.models import Mention

DATA = Path(__file__).parent / "data"


def cases(name: str, lang: str) -> list[Any]:
    """The lines of ``data/<name>_<lang>.jsonl`` as pytest parameters (text, mentions)."""
    params = []
    with (DATA / f"{name}_{lang}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            case = json.loads(line)
            marks = []
            if "xfail" in case:
                marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
            params.append(
                pytest.param(case["text"], case["mentions"], id=case["text"], marks=marks)
            )
    return params


def _agrees(expected: object, got: object) -> bool:
    if isinstance(expected, float | int) and not isinstance(expected, bool):
        return isinstance(got, float | int) and math.isclose(expected, got, rel_tol=1e-9)
    return expected == got


def check(text: str, mentions: list[Mention], expected: list[dict[str, Any]]) -> None:
    """``mentions`` are the ``expected`` ones: the same texts in order, each agreeing on
    the fields it names, and each slicing back to its own text."""
    found = [m.model_dump(mode="json") for m in mentions]
    assert [m["text"] for m in found] == [e["text"] for e in expected]
    for want, got in zip(expected, found, strict=True):
        assert text[got["start"] : got["end"]] == got["text"]
        wrong = {k: (v, got[k]) for k, v in want.items() if k != "note" and not _agrees(v, got[k])}
        assert not wrong, f"{want['text']!r}: (expected, got) {wrong}"


def readings(text: str, lang: str, reference_date: str) -> list[tuple[str, str, str | None]]:
    """Each mention ``extract`` finds, as (text, kind, the start of its period or its
    value): the short form the ``test_time_rules*`` files compare."""
    found = []
    for m in cc.extract(text, lang=lang, reference_date=reference_date):
        if m.period is not None:
            found.append((m.text, m.kind.value, m.period.start.isoformat()))
        else:
            found.append((m.text, m.kind.value, None if m.value is None else str(m.value)))
    return found

"""docs/testing.md is a runnable page: its ``python`` blocks run here, in order, in one
namespace, as a reader would paste them (the test ids are the sections they sit in)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

PAGE = Path(__file__).resolve().parent.parent / "docs" / "testing.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
_HEADING = re.compile(r"^#+ (.+)$", re.MULTILINE)


def blocks() -> list[tuple[str, str]]:
    """Each python block with the heading above it (numbered when a heading has several)."""
    text = PAGE.read_text(encoding="utf-8")
    found: list[tuple[str, str]] = []
    for match in _BLOCK.finditer(text):
        headings = _HEADING.findall(text, 0, match.start())
        section = headings[-1] if headings else "top"
        index = sum(1 for name, _ in found if name.startswith(section))
        found.append((f"{section} #{index + 1}" if index else section, match.group(1)))
    return found


BLOCKS = blocks()


@pytest.fixture(scope="module")
def namespace() -> dict[str, Any]:
    return {"__name__": "docs_testing"}


def test_the_page_has_runnable_blocks() -> None:
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("code", [code for _, code in BLOCKS], ids=[name for name, _ in BLOCKS])
def test_block_runs(code: str, namespace: dict[str, Any]) -> None:
    exec(compile(code, str(PAGE), "exec"), namespace)

"""docs/testing.md is a runnable page: its ``python`` blocks run here, in order, in one
namespace, as a reader would paste them (the test ids are the sections they sit in)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

PAGE = Path(__file__).resolve().parent.parent / "docs" / "testing.md"


def blocks() -> list[tuple[str, str]]:
    """Each python block with the heading above it (numbered when a heading has several);
    lines inside any fenced block are code, never headings."""
    found: list[tuple[str, str]] = []
    section, fence, code = "top", None, []
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        if fence is None and line.startswith("```"):
            fence, code = line[3:].strip(), []
        elif fence is not None and line.startswith("```"):
            if fence == "python":
                count = sum(1 for name, _ in found if name.split(" #")[0] == section)
                found.append((f"{section} #{count + 1}" if count else section, "\n".join(code)))
            fence = None
        elif fence is not None:
            code.append(line)
        elif line.startswith("#"):
            section = line.lstrip("#").strip()
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

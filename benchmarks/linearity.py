#!/usr/bin/env python3
"""Extraction and claim assembly stay linear in the length of their input.

Prints, for growing inputs of several shapes (news prose, digits glued together, a
figure-dense table, punctuation-free runs), the microseconds spent per character: a
linear pipeline keeps that figure flat as the input grows. A benchmark, not a test.

Usage: python benchmarks/linearity.py [--max 400000]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import claimcheck as cc

SHAPES: dict[str, str] = {
    "prose fr": (
        "En 2023, la France comptait 68 millions d'habitants. Le géant chinois a produit "
        "plus de 100 000 unités en six mois, et vise 3,2 milliards d'euros d'ici 2026. "
    ),
    "digits": "1234567890",
    "table": "2024 | 1 234 | 5,6 % | 7 890 € | T1 2025 | ",
    "no punctuation": "plus de 100 000 unités en mars 2024 et près de 100 points de vente ",
    "separators": "1\u202f000\u00a0000 ",
    # times counted from the text's own time, left out with the figures inside them
    "narrative": "Sales rose 5% in 2023 from 4% a year earlier and 3% five years earlier. ",
}


def per_char(fn: Callable[[str], object], text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return (time.perf_counter() - t0) / len(text) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--max", type=int, default=400_000)
    args = ap.parse_args()
    sizes = [s for s in (10_000, 40_000, 100_000, 400_000, 1_000_000) if s <= args.max]
    steps: dict[str, Callable[[str], object]] = {
        "extract": lambda t: cc.extract(t, lang="fr", reference_date="2024-11-20"),
        "parse_claims": lambda t: cc.parse_claims(t, lang="fr", reference_date="2024-11-20"),
    }
    print(f"{'shape':16} {'step':13} " + " ".join(f"{s:>10,}" for s in sizes) + "  (µs/char)")
    for shape, unit in SHAPES.items():
        for step, fn in steps.items():
            cells = [per_char(fn, (unit * (size // len(unit) + 1))[:size]) for size in sizes]
            print(f"{shape:16} {step:13} " + " ".join(f"{c:10.2f}" for c in cells))


if __name__ == "__main__":
    main()

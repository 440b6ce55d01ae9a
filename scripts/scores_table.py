#!/usr/bin/env python3
"""Write docs/scores.md from the shared extraction scorer's JSON output.

Usage (from the project root, with ../shared beside it):
    python ../shared/eval/score_extract.py --json /tmp/scores.json
    python scripts/scores_table.py /tmp/scores.json > docs/scores.md
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

TARGETS = {  # strict targets of the extraction issues, per dimension
    "numeral": 98,
    "ordinal": 95,
    "amount-of-money": 95,
    "distance": 90,
    "volume": 90,
    "temperature": 90,
    "quantity": 90,
    "duration": 95,
    "time": 90,
}
NAMES = {"fr": "French", "en": "English"}


def main() -> None:
    scores = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    out = [
        "# Extraction scores on Duckling's corpora",
        "",
        f"Measured {date.today().isoformat()} with `../shared/eval/score_extract.py` on the",
        "development corpora (Duckling's French and English test corpora). *Strict*: the",
        "agreeing mention covers the whole example (Duckling's own rule); *lenient*: some",
        "agreeing mention exists. Negative lines (texts that must yield nothing) are",
        "counted in their dimension. Regenerate with `scripts/scores_table.py`.",
        "",
    ]
    for lang in ("fr", "en"):
        out += [
            f"## {NAMES[lang]}",
            "",
            "| dimension | n | strict | lenient | target (strict) |",
            "|---|---|---|---|---|",
        ]
        for row in scores["rows"]:
            if row["lang"] != lang:
                continue
            n = row["n"]
            strict, lenient = 100 * row["strict"] / n, 100 * row["lenient"] / n
            target = TARGETS.get(row["dim"])
            mark = "" if target is None else f"≥ {target} %" + (" ✓" if strict >= target else " ✗")
            out.append(f"| {row['dim']} | {n} | {strict:.1f} % | {lenient:.1f} % | {mark} |")
        out.append("")
    total = scores["total"]
    out.append(
        f"All: {total['n']} examples, {100 * total['strict'] / total['n']:.1f} % strict, "
        f"{100 * total['lenient'] / total['n']:.1f} % lenient; crashes: {scores['crashes']}."
    )
    print("\n".join(out))


if __name__ == "__main__":
    main()

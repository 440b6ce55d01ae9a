"""Check the bundled French article against the bundled (illustrative) reference data.

Run from anywhere: ``python examples/xiaomi.py``. Prints a table of findings.
"""

from __future__ import annotations

from pathlib import Path

import claimcheck as cc

HERE = Path(__file__).resolve().parent


def main() -> cc.Report:
    reference = cc.Reference.from_csv(HERE / "reference.csv", aliases=HERE / "aliases.csv")
    article = (HERE / "xiaomi.txt").read_text(encoding="utf-8")
    report = cc.check(article, reference, lang="fr", reference_date="2024-11-20")
    print(report.to_text())
    return report


if __name__ == "__main__":
    main()

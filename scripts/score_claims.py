"""Score ``claimcheck.parse_claims`` on the claims development set.

    python scripts/score_claims.py [tests/data/claims_dev/*.json] [--verbose]

For each language file, prints the precision and recall of claims (a claim is
right when its figure, kind, subject and measure are right; see
``tests/data/claims_dev/README.md``), the same without the figure's value and
qualifier (what claim assembly alone decides), and how often time and location
are right among the claims found. ``--verbose`` lists every miss.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck import Claim, parse_claims
from claimcheck.terms import terms

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "claims_dev"


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    right: int = 0
    assembled: int = 0  # right but for the figure's value and qualifier
    times: int = 0
    times_right: int = 0
    locations: int = 0
    locations_right: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        p = self.right / self.found if self.found else 0.0
        r = self.right / self.expected if self.expected else 0.0
        pa = self.assembled / self.found if self.found else 0.0
        ra = self.assembled / self.expected if self.expected else 0.0
        t = self.times_right / self.times if self.times else 0.0
        loc = self.locations_right / self.locations if self.locations else 0.0
        return (
            f"{name}: {self.expected} expected, {self.found} found; "
            f"precision {p:.1%}, recall {r:.1%} "
            f"(assembly only: precision {pa:.1%}, recall {ra:.1%}); "
            f"time {t:.1%}, location {loc:.1%} of matched claims"
        )


def _span(text: str, figure: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(figure, start + 1)
        if start < 0:
            raise ValueError(f"{figure!r} does not occur {occurrence} time(s) in {text!r}")
    return start, start + len(figure)


def _figure_right(claim: Claim, want: dict[str, Any]) -> bool:
    if claim.figure is None:
        return "value" not in want and "qualifier" not in want
    if "qualifier" in want and claim.figure.qualifier.value != want["qualifier"]:
        return False
    value = want.get("value")
    if value is None:
        return True
    stated = [v for v in (claim.figure.value, claim.figure.low, claim.figure.high) if v is not None]
    return any(abs(v - value) <= 1e-9 * max(1.0, abs(value)) for v in stated)


def _assembly_problems(claim: Claim, want: dict[str, Any], lang: str) -> list[str]:
    problems = []
    if claim.kind.value != want["kind"]:
        problems.append(f"kind {claim.kind.value} (want {want['kind']})")
    if (claim.subject or "").casefold() != (want["subject"] or "").casefold():
        problems.append(f"subject {claim.subject!r} (want {want['subject']!r})")
    needed = set(terms(want["measure"], lang))
    if not needed <= set(claim.measure.terms):
        problems.append(
            f"measure {claim.measure.noun!r}/{claim.measure.verb!r} (want {want['measure']!r})"
        )
    return problems


def score_file(path: Path, score: Score) -> None:
    for item in json.loads(path.read_text(encoding="utf-8")):
        lang = item.get("lang", path.stem)
        text = item["text"]
        claims = parse_claims(text, lang=lang, reference_date=item["reference_date"])
        score.found += len(claims)
        matched: set[int] = set()
        for want in item["claims"]:
            score.expected += 1
            start, end = _span(text, want["figure"], want.get("occurrence", 1))
            index = next(
                (
                    i
                    for i, c in enumerate(claims)
                    if i not in matched and c.start < end and start < c.end
                ),
                None,
            )
            if index is None:
                score.misses.append(f"{item['id']}: missed {want['figure']!r}")
                continue
            matched.add(index)
            claim = claims[index]
            problems = _assembly_problems(claim, want, lang)
            figure_ok = _figure_right(claim, want)
            if not problems:
                score.assembled += 1
                if figure_ok:
                    score.right += 1
            if not figure_ok:
                f = claim.figure
                problems.append(
                    f"figure {f.value if f else None} {f.qualifier.value if f else None} "
                    f"(want {want.get('value')} {want.get('qualifier')})"
                )
            if problems:
                score.misses.append(f"{item['id']}: {want['figure']!r}: " + "; ".join(problems))
            if want.get("time") is not None:
                score.times += 1
                period = claim.time.period if claim.time is not None else None
                if period is not None and period.label() == want["time"]:
                    score.times_right += 1
            if want.get("location") is not None:
                score.locations += 1
                if claim.location == want["location"]:
                    score.locations_right += 1
        for i, c in enumerate(claims):
            if i not in matched:
                score.misses.append(f"{item['id']}: spurious {c.kind.value} {c.text!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    files: Iterable[Path] = args.files or sorted(DEV.glob("*.json"))
    total = Score()
    for path in files:
        score = Score()
        score_file(path, score)
        print(score.line(path.stem))
        if args.verbose:
            for miss in score.misses:
                print("   ", miss)
        for name in (
            "expected",
            "found",
            "right",
            "assembled",
            "times",
            "times_right",
            "locations",
            "locations_right",
        ):
            setattr(total, name, getattr(total, name) + getattr(score, name))
    print(total.line("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

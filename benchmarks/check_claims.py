"""Checking speed without claim parsing: hand-built claims against a synthetic reference.

The same reference as ``shared/eval/bench_check.py`` (entities x metrics x years,
aliases for the metrics), but the claims are built directly as Claim objects,
so this measures loading, indexing and checking alone.

Usage: python benchmarks/check_claims.py [--records 1000000] [--claims 5000]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

import claimcheck as cc
from claimcheck.models import Claim, Measure, Mention, Period
from claimcheck.terms import terms

METRICS = [  # (metric, unit, French noun, verb)
    ("vehicles_produced", "", "véhicules", "a produit"),
    ("vehicles_sold", "", "véhicules", "a vendu"),
    ("employees", "", "salariés", "compte"),
    ("stores", "", "points de vente", "compte"),
    ("revenue", "EUR", "euros de chiffre d'affaires", "a réalisé"),
]
ALIASES = {
    "metric": {
        "vehicles_produced": ["véhicules produits", "production"],
        "vehicles_sold": ["véhicules vendus", "ventes"],
        "employees": ["salariés", "employés"],
        "stores": ["points de vente", "magasins"],
        "revenue": ["chiffre d'affaires"],
    }
}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--claims", type=int, default=5000)
    args = parser.parse_args()
    rng = random.Random(7)
    years = list(range(2000, 2020))
    n_entities = max(1, args.records // (len(METRICS) * len(years)))
    records = [
        {
            "entity": f"Entreprise {e}",
            "metric": metric,
            "value": rng.randrange(1_000, 5_000_000),
            "unit": unit,
            "period": str(y),
            "kind": "flow",
        }
        for e in range(n_entities)
        for metric, unit, _, _ in METRICS
        for y in years
    ]
    before = rss_mb()
    start = time.perf_counter()
    reference = cc.Reference.from_records(records, aliases=ALIASES)
    load = time.perf_counter() - start
    grown = rss_mb() - before

    by_key = {(r["entity"], r["metric"], r["period"]): int(str(r["value"])) for r in records}
    claims, expected = [], []
    for _ in range(args.claims):
        e = rng.randrange(n_entities)
        metric, unit, noun, verb = rng.choice(METRICS)
        year = rng.choice(years)
        true = by_key[(f"Entreprise {e}", metric, str(year))]
        right = rng.random() < 0.5
        value = true if right else int(true * rng.choice([0.5, 0.7, 1.4, 2.0]))
        text = f"{value:,}".replace(",", "\u202f")
        figure = Mention(
            kind="money" if unit else "number",
            text=text,
            start=0,
            end=len(text),
            value=value,
            low=value,
            high=value,
            currency=unit or None,
            noun=noun,
        )
        when = Mention(
            kind="time", text=f"En {year}", start=0, end=7, period=Period.year(year), relation="in"
        )
        claims.append(
            Claim(
                lang="fr",
                text=text,
                start=0,
                end=len(text),
                sentence="",
                sentence_start=0,
                subject=f"Entreprise {e}",
                measure=Measure(noun=noun, verb=verb, terms=terms(f"{noun} {verb}", "fr")),
                figure=figure,
                time=when,
            )
        )
        expected.append("supported" if right else "contradicted")

    start = time.perf_counter()
    verdicts = [
        cc.check([claim], reference, reference_date="2021-01-01").findings[0].verdict.value
        for claim in claims
    ]
    took = time.perf_counter() - start
    n_right = sum(v == x for v, x in zip(verdicts, expected, strict=True))
    print(f"records: {len(records):,}")
    print(f"load+index: {load:.2f} s, memory growth ~{grown:,.0f} MB")
    print(f"check: {len(claims) / took:,.0f} claims/s")
    print(f"verdicts as expected: {n_right}/{len(claims)} ({100 * n_right / len(claims):.1f}%)")


if __name__ == "__main__":
    main()

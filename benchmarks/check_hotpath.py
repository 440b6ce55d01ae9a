"""The claim hot path of ``shared/eval/bench_check.py``, phase by phase, and its results.

Builds the same synthetic reference and French sentences as bench_check.py, then times
extraction alone, ``parse_claims`` (extraction + assembly) and ``check`` over the same
sentences, so the cost of assembly and of checking can be read by difference, then
``check_many`` over them (batches read one step at a time; its reports must equal
``check``'s). With ``--dump FILE`` it writes every finding's verdict and explanation
(one JSON line per sentence) to compare results before and after an optimization; with
``--profile`` it prints the top of a cProfile of the check loop.

Usage: python benchmarks/check_hotpath.py [--records 200000] [--claims 5000]
       [--dump FILE] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import time
from datetime import date

import claimcheck as cc
from claimcheck.claims import parse_claims
from claimcheck.extract import extract

METRICS = [  # (metric, unit, French noun for the sentence, verb)
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


def build(records_wanted: int, claims: int, seed: int = 7) -> tuple[cc.Reference, list[str]]:
    """The reference and sentences of bench_check.py (same generator, same seed)."""
    rng = random.Random(seed)
    years = list(range(2000, 2020))
    n_entities = max(1, records_wanted // (len(METRICS) * len(years)))
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
    reference = cc.Reference.from_records(records, aliases=ALIASES)
    by_key = {(r["entity"], r["metric"], r["period"]): int(str(r["value"])) for r in records}
    texts = []
    for _ in range(claims):
        e = rng.randrange(n_entities)
        metric, _, noun, verb = rng.choice(METRICS)
        y = str(rng.choice(years))
        true = by_key[(f"Entreprise {e}", metric, y)]
        right = rng.random() < 0.5
        value = true if right else int(true * rng.choice([0.5, 0.7, 1.4, 2.0]))
        figure = f"{value:,}".replace(",", "\u202f")
        texts.append(f"En {y}, Entreprise {e} {verb} {figure} {noun}.")
    return reference, texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--dump", help="write verdicts and explanations to this file")
    parser.add_argument("--profile", action="store_true", help="cProfile the check loop")
    args = parser.parse_args()
    reference, texts = build(args.records, args.claims)
    moment = date(2021, 1, 1)
    for text in texts[:50]:  # warm the lexicons and caches
        cc.check(text, reference, lang="fr", reference_date=moment)

    start = time.perf_counter()
    for text in texts:
        extract(text, "fr", moment)
    extraction = time.perf_counter() - start
    start = time.perf_counter()
    for text in texts:
        parse_claims(text, "fr", moment, reference=reference)
    parsing = time.perf_counter() - start
    start = time.perf_counter()
    reports = [cc.check(t, reference, lang="fr", reference_date="2021-01-01") for t in texts]
    checking = time.perf_counter() - start
    start = time.perf_counter()
    batched = list(cc.check_many(texts, reference, lang="fr", reference_date="2021-01-01"))
    many = time.perf_counter() - start
    if batched != reports:
        raise SystemExit("check_many and check disagree")

    n = len(texts)
    per = 1e6 / n
    print(f"extract:              {extraction * per:7.1f} µs/claim")
    print(f"assembly (parse-ext): {(parsing - extraction) * per:7.1f} µs/claim")
    print(f"check (check-parse):  {(checking - parsing) * per:7.1f} µs/claim")
    print(f"end to end:           {n / checking:7,.0f} claims/s")
    print(f"check_many (batches): {n / many:7,.0f} claims/s")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for text, report in zip(texts, reports, strict=True):
                row = [text] + [
                    [f.verdict.value, f.explanation, f.model_dump_json()] for f in report.findings
                ]
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for text in texts:
            cc.check(text, reference, lang="fr", reference_date="2021-01-01")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(45)


if __name__ == "__main__":
    main()

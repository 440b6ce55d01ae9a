#!/usr/bin/env python3
"""Where extraction spends its time: per finder, and inside each finder per phase.

Reads the benchmark prose one sentence per call (as ``shared/eval/bench.py`` does) and
prints the best of several rounds for: the whole ``extract``, each finder alone, and the
time finder's phases (cue windows, tokenizing, building the chart, the numbers in words,
the rule passes), with how many stretches are read and how many hold a time, and the
numbers finder's (reading the numerals, the other passes over the whole text, the figures
with their units and currencies, the mentions with their cues, ranges and nouns; phone
numbers left out). Also the fixed cost of a call: the time of one dated sentence of
``shared/eval/bench_check.py`` and of "En 2019." said again and again, and of 3,000
distinct sentences of that shape (another entity, year and figure each: what
``bench_check.py`` reads), for all of ``extract`` and the time finder alone. Times are of
the processor (``time.process_time``), which a shared machine disturbs less. A benchmark,
not a test.

Usage: python benchmarks/extract_phases.py [--lang fr] [--rounds 5]
"""

from __future__ import annotations

import argparse
import functools
import inspect
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import claimcheck as cc
from claimcheck.extract import numbers, numerals, qualifiers
from claimcheck.extract import time as time_finder
from claimcheck.extract.time_grammar import Chart
from claimcheck.extract.time_lexicon import time_lexicon, tokens_in

PROSE = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bench"
DATED = "En 2019, Entreprise 4711 a produit 12\u202f300 véhicules."
SHORT = "En 2019."
# Sentences of bench_check.py's shape, each another one: no text is read twice.
DISTINCT = [
    f"En {2000 + k % 20}, Entreprise {k} a produit {k % 97 + 1}\u202f{k % 1000:03d} véhicules."
    for k in range(3000)
]


def best_of(rounds: int, run: Callable[[], object]) -> float:
    """The shortest of ``rounds`` timings of ``run``, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def phases(sentences: list[str], lang: str, ref: datetime) -> dict[str, float]:
    """Seconds per phase of the time finder over ``sentences`` (one round)."""
    lexicon = time_lexicon(lang)
    # the time finder's own chart class and cue windows (their signatures follow time.py)
    chart_class = getattr(time_finder, "_Chart", Chart)
    windows_of: Callable[..., list[tuple[int, int]]] = time_finder._windows
    with_lang = len(inspect.signature(windows_of).parameters) > 2
    spent = dict.fromkeys(("windows", "tokens", "chart", "words", "rules"), 0.0)
    counts = {"stretches": 0, "promising": 0}
    for text in sentences:
        t0 = time.perf_counter()
        windows = windows_of(text, lexicon, lang) if with_lang else windows_of(text, lexicon)
        spent["windows"] += time.perf_counter() - t0
        for lo, hi in windows:
            counts["stretches"] += 1
            t1 = time.perf_counter()
            tokens = tokens_in(text, lo, hi)  # as time._read does
            t2 = time.perf_counter()
            spent["tokens"] += t2 - t1
            if not tokens:
                continue

            def words(
                text: str = text, lo: int = lo, hi: int = hi
            ) -> list[tuple[int, int, float, bool]]:
                return time_finder._numerals(text, lang, lo, hi)

            chart = chart_class(text, tokens, lexicon, ref, words)
            promising = chart.promising()
            t3 = time.perf_counter()
            spent["chart"] += t3 - t2
            if not promising:
                continue
            counts["promising"] += 1
            chart._numbers()
            t4 = time.perf_counter()
            spent["words"] += t4 - t3
            chart._numbers = lambda: None  # type: ignore[method-assign]
            chart.parse()
            spent["rules"] += time.perf_counter() - t4
    print(f"stretches read: {counts['stretches']}, promising: {counts['promising']}")
    return spent


def number_phases(sentences: list[str], lang: str) -> dict[str, float]:
    """Seconds per phase of the numbers finder over ``sentences`` (one round)."""
    spent = dict.fromkeys(("scan", "passes", "figures", "mentions"), 0.0)
    reading = numbers._reading(lang)
    for text in sentences:
        t0 = time.perf_counter()
        found = numerals._scan(text, lang)
        t1 = time.perf_counter()
        found = numbers._with_glued_codes(text, lang, found)
        found = numbers._with_unit_leads(text, lang, found)
        found = numbers._with_fractions(text, lang, found)
        qualifiers.vague_figures(text, lang)
        t2 = time.perf_counter()
        figures = [
            figure
            for numeral in found
            if not numbers._is_noise(text, numeral, (), reading, lang)
            if (figure := numbers._figure(text, numeral, lang)) is not None
        ]
        figures = numbers._compounds(text, numbers._disjoint(figures), lang)
        t3 = time.perf_counter()
        numbers._mentions(text, figures, lang, reading)
        t4 = time.perf_counter()
        spent["scan"] += t1 - t0
        spent["passes"] += t2 - t1
        spent["figures"] += t3 - t2
        spent["mentions"] += t4 - t3
    return spent


def _call(
    finder: Callable[[str, str, datetime], object], lang: str, ref: datetime, text: str
) -> object:
    return finder(text, lang, ref)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    lang = args.lang
    lines = (PROSE / f"{lang}_prose.txt").read_text(encoding="utf-8").splitlines()
    sentences = [s for s in lines if s.strip()][:2000]
    chars = sum(len(s) for s in sentences)
    ref = datetime(2024, 11, 20)
    for text in sentences[:50]:
        cc.extract(text, lang=lang, reference_date=ref)

    def each(finder: Callable[[str], object]) -> Callable[[], None]:
        def run() -> None:
            for text in sentences:
                finder(text)

        return run

    print(f"{len(sentences)} sentences, {chars:,} characters, lang={lang}")
    whole = best_of(args.rounds, each(lambda s: cc.extract(s, lang=lang, reference_date=ref)))
    print(f"extract        {whole * 1e3:8.1f} ms   {chars / whole:12,.0f} chars/s")
    finders: dict[str, Callable[[str, str, datetime], object]] = {
        "time.find": time_finder.find,
        "numbers.find": numbers.find,
    }
    for name, finder in finders.items():
        spent = best_of(args.rounds, each(functools.partial(_call, finder, lang, ref)))
        print(f"{name:14} {spent * 1e3:8.1f} ms")
    for phase, spent in phases(sentences, lang, ref).items():
        print(f"  time: {phase:8} {spent * 1e3:8.1f} ms")
    for phase, spent in number_phases(sentences, lang).items():
        print(f"  numbers: {phase:8} {spent * 1e3:8.1f} ms")
    fixed_cost(args.rounds)


def _each(call: Callable[[str], object], texts: list[str]) -> None:
    for text in texts:
        call(text)


def fixed_cost(rounds: int) -> None:
    """Print the µs of a call on short sentences (see the module docstring)."""
    ref = datetime(2021, 1, 1)
    calls: dict[str, Callable[[str], object]] = {
        "extract": lambda s: cc.extract(s, lang="fr", reference_date=ref),
        "time.find": lambda s: time_finder.find(s, "fr", ref),
    }
    for name, call in calls.items():
        for label, texts in (
            (repr(SHORT), [SHORT] * 2000),
            (repr(DATED), [DATED] * 2000),
            (f"{len(DISTINCT):,} distinct dated sentences", DISTINCT),
        ):
            spent = best_of(rounds, functools.partial(_each, call, texts))
            print(f"{name:10} {spent / len(texts) * 1e6:7.1f} µs a call: {label}")


if __name__ == "__main__":
    main()

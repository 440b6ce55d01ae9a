"""Verdict accuracy on the checking development set (tests/data/check_dev/).

Runs the whole pipeline (parse_claims, then check) on each text and compares the
verdict of the finding whose claim overlaps the expected figure with the
expected verdict (and reason, for unverifiable ones).

Usage: python benchmarks/check_dev.py [--verbose]
       [--set heldout|heldout2|...|heldout8|heldout10|...|heldout48]

``--set heldout`` scores the held-out batch of ``tests/data/check_dev/heldout/``
(its own reference), written after the main set was tuned; ``--set heldout2`` the
batch of ``tests/data/check_dev/heldout2/``, written blind (without running claimcheck
or reading its code); ``--set heldout3`` the third held-out batch, of
``tests/data/check_dev/heldout3/``; ``--set heldout4`` the fourth, of
``tests/data/check_dev/heldout4/``; ``--set heldout5`` the fifth, of
``tests/data/check_dev/heldout5/``; ``--set heldout6`` the sixth, of whole ARTICLES
(``tests/data/check_dev/heldout6/articles.toml``): every finding a fact-checker expects is
listed in text order, so it reports, per language, the findings right, wrong, missed (no
finding on the figure) and extra (a finding on no listed figure); ``--set heldout7`` the
seventh, against a reference shaped like statistics offices' exports (monthly, quarterly and
annual series, rolling windows, fiscal quarters, values in thousands and millions, disagreeing
vintages): its sentences (``claims.toml``, per language right, wrong and missed) and its
articles (``articles.toml``, scored like heldout6); ``--set heldout8`` the eighth, on topics
the others lack (electricity by source, gas, rail and air passengers, hospitals, vaccination,
education, housing, public finance), with entities and metrics named by synonyms the aliases
lack: sentences and articles, scored like heldout7; ``--set heldout10`` the tenth (stop 12,
written blind): tourism, wine and wheat, museums, the Tube, cinema, road deaths, births,
minimum wages as stocks from the day they take effect, quarterly unemployment, and two
series whose sources disagree; ``--set heldout11`` the eleventh (stop 13, written blind):
aircraft and car deliveries by quarter and half-year, company results, airports, inflation,
policy rates recorded on the day they take effect, nuclear output, emissions;
``--set heldout12`` the twelfth (stop 13, written blind): elections, vote shares by round,
seats, turnout, changes between elections, disagreeing tallies; ``--set heldout13`` the
thirteenth (stop 13, written blind): trade balances stored signed, prices, rates, indices;
``--set heldout14`` the fourteenth (stop 14, written blind): car makers and electric vehicles;
``--set heldout15`` the fifteenth (stop 14, written blind): sport and culture;
``--set heldout16`` the sixteenth (stop 14, written blind): crime, prisons, road deaths, defence.
``--set heldout17`` the seventeenth (stop 15, written blind): energy, prices, inflation, jobs,
growth, public finances.
``--set heldout18`` the eighteenth (stop 16, written blind): transport and demography.
``--set heldout19`` the nineteenth (stop 16, written blind): agriculture, food and the environment.
``--set heldout20`` the twentieth (stop 16, written blind): health care and education.
``--set heldout21`` the twenty-first (stop 17, written blind): housing, construction, consumption.
``--set heldout22`` the twenty-second (stop 17, written blind): companies and markets.
``--set heldout23`` the twenty-third (stop 17, written blind): telecoms, technology, media.
``--set heldout24`` the twenty-fourth (stop 18, written blind): public finances and jobs.
``--set heldout25`` the twenty-fifth (stop 18, written blind): science, space, universities.
``--set heldout26`` the twenty-sixth (stop 18, written blind): tourism, culture, sport business.
``--set heldout27`` the twenty-seventh (stop 18, written blind): households and consumers.
``--set heldout28`` the twenty-eighth (stop 18, written blind): cities and local government.
``--set heldout29`` the twenty-ninth (stop 18, written blind): migration, asylum and aid.
``--set heldout30`` the thirtieth (stop 19, written blind): climate, weather, banking, savings.
``--set heldout31`` the thirty-first (stop 19, written blind): industry, with ten articles.
``--set heldout32`` the thirty-second (stop 20, written blind): drugmakers and defence,
with ten articles.
``--set heldout33`` the thirty-third (stop 20, written blind): water and waste, luxury and
consumer goods, with nine articles.
``--set heldout34`` the thirty-fourth (stop 21, written blind): monthly and quarterly
statistics, media and entertainment, with ten articles.
``--set heldout35`` the thirty-fifth (stop 21, written blind): retail and e-commerce,
passenger transport, with ten articles.
``--set heldout36`` the thirty-sixth (stop 22, written blind): technology companies and
semiconductors, energy companies and utilities, with ten articles.
``--set heldout37`` the thirty-seventh (stop 22, written blind): banks and insurers,
construction and real estate, with nine articles.
``--set heldout38`` the thirty-eighth (stop 22, written blind): mining, metals and
commodities, agriculture and the food industry, with ten articles.
``--set heldout39`` the thirty-ninth (stop 23, written blind): transport and logistics
(airlines, airports, rail, shipping and ports) and car makers, with ten articles.
``--set heldout40`` the fortieth (stop 23, written blind): luxury, cosmetics and consumer
goods, hotels, tourism and leisure, with ten articles.
``--set heldout41`` the forty-first (stop 23, written blind): Belgium, Switzerland,
Luxembourg, Québec and Canada, Francophone Africa and the Maghreb, with ten articles.
``--set heldout42`` the forty-second (stop 24, written blind): media, entertainment and video
games; the Smic, jobseekers, pensions, UK pay and US payrolls, with ten articles.
``--set heldout43`` the forty-third (stop 24, written blind): elections, polls and political
life; cities, urban transport and housing, with ten articles.
``--set heldout44`` the forty-fourth (stop 24, written blind): health and demography;
start-ups and venture capital, with eight articles.
``--set heldout45`` the forty-fifth (stop 25, written blind): foreign trade and exporters;
road safety, speed limits and driving licences, with eight articles.
``--set heldout46`` the forty-sixth (stop 25, written blind): telecoms and internet
operators; schools, the baccalauréat, universities and student permits, with eight articles.
``--set heldout47`` the forty-seventh (stop 25, written blind): energy statistics, tariffs,
price caps and fuel prices, with eight articles.
``--set heldout48`` the forty-eighth (stop 25, written blind): euro-area, German, Italian,
Spanish and US macroeconomics and central banks' rates, with eight articles.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path
from typing import Any

import claimcheck as cc

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "check_dev"


def load(folder: Path = DEV) -> tuple[cc.Reference, list[dict[str, Any]]]:
    reference = cc.Reference.from_csv(folder / "reference.csv", aliases=folder / "aliases.csv")
    with (folder / "claims.toml").open("rb") as handle:
        cases = tomllib.load(handle)["claim"]
    return reference, cases


def outcome(case: dict[str, Any], reference: cc.Reference) -> tuple[str, cc.Finding | None]:
    """The verdict (with the reason for unverifiable ones) the pipeline gives a case."""
    report = cc.check(case["text"], reference, lang=case["lang"], reference_date=case["date"])
    start = case["text"].index(case["figure"])
    end = start + len(case["figure"])
    for finding in report.findings:
        claim = finding.claim
        spans = [(claim.start, claim.end)]
        if claim.time is not None:
            spans.append((claim.time.start, claim.time.end))
        if claim.baseline is not None:  # "2.3% in October from 1.7% in September"
            spans.append((claim.baseline.start, claim.baseline.end))
        if any(s < end and start < e for s, e in spans):
            return _label(finding), finding
    return "no finding", None


def _label(finding: cc.Finding) -> str:
    if finding.verdict is cc.Verdict.UNVERIFIABLE and finding.reason is not None:
        return f"unverifiable/{finding.reason.value}"
    return finding.verdict.value


def expected(case: dict[str, Any]) -> str:
    if case["verdict"] == "unverifiable" and case.get("reason"):
        return f"unverifiable/{case['reason']}"
    return str(case["verdict"])


def matches(got: str, want: str) -> bool:
    """Unverifiable without an expected reason accepts any reason."""
    return got == want or (want == "unverifiable" and got.startswith("unverifiable"))


def load_articles(folder: Path) -> tuple[cc.Reference, list[dict[str, Any]]]:
    reference = cc.Reference.from_csv(folder / "reference.csv", aliases=folder / "aliases.csv")
    with (folder / "articles.toml").open("rb") as handle:
        articles = tomllib.load(handle)["article"]
    return reference, articles


def expected_spans(article: dict[str, Any]) -> list[tuple[int, int]]:
    """Each expected figure's offsets, searched in text order after the previous one."""
    spans: list[tuple[int, int]] = []
    position = 0
    for item in article["finding"]:
        start = article["text"].index(item["figure"], position)
        spans.append((start, start + len(item["figure"])))
        position = start + len(item["figure"])
    return spans


def align(
    article: dict[str, Any], findings: list[cc.Finding]
) -> tuple[list[cc.Finding | None], list[cc.Finding]]:
    """The finding on each expected figure (None: missed), and the findings left (extra).

    A finding is on a figure when the claim's own words overlap it; failing that, when
    its time or its baseline does (a comparison read the other way round).
    """
    spans = expected_spans(article)
    taken: list[cc.Finding | None] = [None] * len(spans)
    free = list(findings)
    for own in (True, False):
        for index, (start, end) in enumerate(spans):
            if taken[index] is not None:
                continue
            for finding in free:
                claim = finding.claim
                if own:
                    others = [(claim.start, claim.end)]
                else:
                    others = [
                        (m.start, m.end) for m in (claim.time, claim.baseline) if m is not None
                    ]
                if any(s < end and start < e for s, e in others):
                    taken[index] = finding
                    free.remove(finding)
                    break
    return taken, free


def score_articles(
    reference: cc.Reference, articles: list[dict[str, Any]], verbose: bool
) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for article in articles:
        report = cc.check(
            article["text"], reference, lang=article["lang"], reference_date=article["date"]
        )
        taken, extra = align(article, list(report.findings))
        tally = counts.setdefault(
            article["lang"], {"expected": 0, "right": 0, "wrong": 0, "missed": 0, "extra": 0}
        )
        tally["expected"] += len(taken)
        tally["extra"] += len(extra)
        for item, finding in zip(article["finding"], taken, strict=True):
            got = "no finding" if finding is None else _label(finding)
            ok = matches(got, expected(item))
            tally["right" if ok else "missed" if finding is None else "wrong"] += 1
            if verbose and not ok:
                print(f"[{article['id']}] {item['figure']!r}: expected {expected(item)}, got {got}")
                if finding is not None:
                    print(f"    {finding.claim.sentence}\n    {finding.explanation}")
        for finding in extra if verbose else []:
            print(f"[{article['id']}] extra {finding.claim.text!r}: {_label(finding)}")
            print(f"    {finding.claim.sentence}")
    return counts


def report_articles(verbose: bool, folder: Path = DEV / "heldout6") -> int:
    counts = score_articles(*load_articles(folder), verbose=verbose)
    for lang, tally in sorted(counts.items()):
        print(
            f"{lang}: {tally['right']}/{tally['expected']} findings right "
            f"({100 * tally['right'] / tally['expected']:.1f}%), {tally['wrong']} wrong, "
            f"{tally['missed']} missed, {tally['extra']} extra"
        )
    right = sum(t["right"] for t in counts.values())
    total = sum(t["expected"] for t in counts.values())
    extra = sum(t["extra"] for t in counts.values())
    print(f"all: {right}/{total} ({100 * right / total:.1f}%), {extra} extra")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", "-v", action="store_true", help="show every wrong case")
    parser.add_argument(
        "--set",
        choices=[
            "main",
            "heldout",
            "heldout2",
            "heldout3",
            "heldout4",
            "heldout5",
            "heldout6",
            "heldout7",
            "heldout8",
            "heldout10",
            "heldout11",
            "heldout12",
            "heldout13",
            "heldout14",
            "heldout15",
            "heldout16",
            "heldout17",
            "heldout18",
            "heldout19",
            "heldout20",
            "heldout21",
            "heldout22",
            "heldout23",
            "heldout24",
            "heldout25",
            "heldout26",
            "heldout27",
            "heldout28",
            "heldout29",
            "heldout30",
            "heldout31",
            "heldout32",
            "heldout33",
            "heldout34",
            "heldout35",
            "heldout36",
            "heldout37",
            "heldout38",
            "heldout39",
            "heldout40",
            "heldout41",
            "heldout42",
            "heldout43",
            "heldout44",
            "heldout45",
            "heldout46",
            "heldout47",
            "heldout48",
        ],
        default="main",
        help="which set",
    )
    args = parser.parse_args()
    if args.set == "heldout6":
        return report_articles(args.verbose)
    folder = DEV if args.set == "main" else DEV / args.set
    report_sentences(folder, args.verbose)
    if (folder / "articles.toml").exists():
        print("articles:")
        report_articles(args.verbose, folder)
    return 0


def report_sentences(folder: Path, verbose: bool) -> None:
    """Per language: verdicts right, and of the others how many had no finding at all."""
    reference, cases = load(folder)
    right: dict[str, list[int]] = {}
    for case in cases:
        got, finding = outcome(case, reference)
        ok = matches(got, expected(case))
        tally = right.setdefault(case["lang"], [0, 0, 0])
        tally[0] += ok
        tally[1] += 1
        tally[2] += not ok and finding is None
        if verbose and not ok:
            print(f"[{case['lang']}] {case['text']}\n    expected {expected(case)}, got {got}")
            if finding is not None:
                print(f"    {finding.explanation}")
    total = [sum(v[0] for v in right.values()), sum(v[1] for v in right.values())]
    for lang, (good, n, missed) in sorted(right.items()):
        print(
            f"{lang}: {good}/{n} verdicts right ({100 * good / n:.1f}%), "
            f"{n - good - missed} wrong, {missed} missed"
        )
    print(f"all: {total[0]}/{total[1]} ({100 * total[0] / total[1]:.1f}%)")


if __name__ == "__main__":
    sys.exit(main())

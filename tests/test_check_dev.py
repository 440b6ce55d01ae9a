"""The checking development sets: real-looking news sentences against real figures.

Each case of ``tests/data/check_dev/claims.toml`` (the development set) and of
``tests/data/check_dev/heldout/claims.toml`` (written after the first was tuned, in reference
shapes it lacks: quarterly flows to sum, values in thousands or millions, start/end stocks,
monthly rates, disagreeing vintages, with verdicts fixed before the first run), and of
``tests/data/check_dev/heldout2/claims.toml`` (written blind, without running claimcheck or
reading its code: new entities, metrics and units, scored before any tuning), and of
``tests/data/check_dev/heldout3/claims.toml`` (written blind the same way: adjectives of place
as subjects, fiscal years, percent against points, forecasts, quarterly stocks in millions, Mt
and t), and of ``tests/data/check_dev/heldout4/claims.toml`` (written blind too: wire style,
central-bank rates in basis points, monthly series, second-sentence subjects, fiscal years
named after the year they end in, per-capita and cumulative figures), and of
``tests/data/check_dev/heldout5/claims.toml`` (written blind too: regional figures, company
figures with fiscal years, energy capacities, prices per unit, life expectancy in years, two
figures in one claim, growth rates, negations, wrong scales and currencies), and of
``tests/data/check_dev/heldout7/claims.toml`` (written blind too, against a reference shaped
like statistics offices' exports: monthly, quarterly and annual series in one metric, rolling
three-month windows, fiscal quarters, thousands and millions in the unit column, disagreeing
vintages, a cumulative series), and of ``tests/data/check_dev/heldout8/claims.toml`` (written
blind too, on topics the others lack: electricity by source, gas, rail and air passengers,
hospitals, vaccination, education, housing, public finance; entities and metrics named by
synonyms the aliases lack), and of ``tests/data/check_dev/heldout10/claims.toml`` (written
blind at the end of stop 12: tourism, agriculture, museums, transport, cinema, road deaths,
births, minimum wages, unemployment, two disagreeing series), and of
``tests/data/check_dev/heldout11/claims.toml`` (written blind in stop 13: aircraft and car
deliveries by quarter and half-year, company results, airports, inflation, policy rates
recorded on the day they take effect, nuclear output, emissions, two disagreeing series), and
of ``tests/data/check_dev/heldout12/claims.toml`` (written blind in stop 13: elections in
France, the United Kingdom, the United States, Germany and India, vote shares by round, seats,
turnout, changes between elections, disagreeing tallies), and of
``tests/data/check_dev/heldout13/claims.toml`` (written blind in stop 13: trade balances stored
signed, exports and imports, exchange rates, oil, gold and pump prices, index closes), and of
``tests/data/check_dev/heldout14/claims.toml`` (written blind in stop 14: car makers and
electric vehicles, deliveries by quarter and year, cumulative production, employees, charging
points, forecasts and others' expectations, disagreeing sources), and of
``tests/data/check_dev/heldout15/claims.toml`` (written blind in stop 14: sport and culture,
Olympic medal tables recorded on the Games' last day, cinema admissions, museum visitors,
streaming subscribers by quarter, transfer fees, disagreeing sources), and of
``tests/data/check_dev/heldout16/claims.toml`` (written blind at the end of stop 14: crime,
prisons, road deaths and defence spending, with disagreeing vintages; its misses are strict
xfails not yet analysed), and of ``tests/data/check_dev/heldout17/claims.toml`` (written blind
in stop 15: energy and the economy, electricity by source, tariffs and price caps, inflation,
unemployment, growth, deficits and debt, power-plant events, disagreeing vintages; its misses
are strict xfails with the likely cause read from the finding), and of
``tests/data/check_dev/heldout18/claims.toml`` (written blind in stop 16: transport and
demography, airport and airline traffic over fiscal years, rail journeys, car registrations,
road deaths, births, fertility and life expectancy, with revised vintages), and of
``tests/data/check_dev/heldout19/claims.toml`` (written blind in stop 16: agriculture, food
and the environment, harvests over marketing years, food inflation, emissions, forests,
rainfall, laws and bans as events, disagreeing sources), and of
``tests/data/check_dev/heldout20/claims.toml`` (written blind at the end of stop 16: health
care and education; its misses are strict xfails with the cause read from the finding), and of
``tests/data/check_dev/heldout21/claims.toml`` (written blind in stop 17: housing,
construction and household consumption, rolling 12-month sums, disagreeing vintages), and of
``tests/data/check_dev/heldout22/claims.toml`` (written blind in stop 17: companies and
markets, fiscal years that are not calendar years, index closes, deals and appointments), and
of ``tests/data/check_dev/heldout23/claims.toml`` (written blind in stop 17: telecoms,
technology and media, disagreeing trackers, audiences, launches), and of
``tests/data/check_dev/heldout24/claims.toml`` (written blind in stop 18: public finances,
taxes, social spending and the labour market), and of
``tests/data/check_dev/heldout25/claims.toml`` (written blind in stop 18: science, research,
space and higher education), and of
``tests/data/check_dev/heldout26/claims.toml`` (written blind in stop 18: tourism, museums,
cinema, festivals, sport business, airlines and airports), and of
``tests/data/check_dev/heldout27/claims.toml`` (written blind in stop 18: households and
consumers, savings, credit, business failures, retail, confidence, prices), and of
``tests/data/check_dev/heldout28/claims.toml`` (written blind in stop 18: cities and local
government, budgets, local taxes, transport, population, police, housing), and of
``tests/data/check_dev/heldout29/claims.toml`` (written blind in stop 18: migration, asylum,
refugees, international aid and defence spending), and of
``tests/data/check_dev/heldout30/claims.toml`` (written blind in stop 19: climate, weather and
the environment, banking and household savings), and of
``tests/data/check_dev/heldout31/claims.toml`` (written blind in stop 19: industry and
manufacturing companies, industrial production), and of
``tests/data/check_dev/heldout32/claims.toml`` (written blind in stop 20: drugmakers and
defence: results, drug sales, approvals, military budgets and arms makers), and of
``tests/data/check_dev/heldout33/claims.toml`` (written blind later in stop 20: water, waste
and recycling, luxury and consumer goods), and of
``tests/data/check_dev/heldout34/claims.toml`` (written blind in stop 21: monthly and
quarterly statistics, media and entertainment companies), and of
``tests/data/check_dev/heldout35/claims.toml`` (written blind later in stop 21: retail and
e-commerce, passenger transport companies), and of
``tests/data/check_dev/heldout36/claims.toml`` (written blind in stop 22: technology companies
and semiconductors, energy companies and utilities), and of
``tests/data/check_dev/heldout37/claims.toml`` (written blind later in stop 22: banks and
insurers, construction and real estate), and of
``tests/data/check_dev/heldout38/claims.toml`` (written blind at the end of stop 22: mining,
metals and commodities, agriculture and the food industry), and of
``tests/data/check_dev/heldout39/claims.toml``, ``heldout40/claims.toml`` and
``heldout41/claims.toml`` (written blind in stop 23: transport, logistics and car makers;
luxury, cosmetics, consumer goods, hotels and tourism; the French-speaking world beyond France,
Francophone Africa and the Maghreb, in local currencies), and of
``tests/data/check_dev/heldout42/claims.toml`` (written blind in stop 24: media, entertainment
and video games; the Smic, jobseekers, pensions, UK pay and US payrolls), and of
``tests/data/check_dev/heldout43/claims.toml`` (written blind later in stop 24: elections,
polls and political life; cities, urban transport and housing), and of
``tests/data/check_dev/heldout44/claims.toml`` (written blind at the end of stop 24: health and
demography; start-ups and venture capital), and of
``tests/data/check_dev/heldout45/claims.toml``, ``heldout46/claims.toml``,
``heldout47/claims.toml`` and ``heldout48/claims.toml`` (written blind in stop 25: foreign trade
and road safety; telecoms and education; energy statistics; euro-area and US macroeconomics)
runs
the whole pipeline
(parse_claims, then check) and compares the verdict of the finding on the expected figure; the
test id is the sentence. The articles of ``heldout7/articles.toml``,
``heldout8/articles.toml``, ``heldout31/articles.toml``, ``heldout32/articles.toml``,
``heldout33/articles.toml``, ``heldout34/articles.toml``, ``heldout35/articles.toml``,
``heldout36/articles.toml``, ``heldout37/articles.toml``, ``heldout38/articles.toml``,
``heldout39/articles.toml``, ``heldout40/articles.toml``, ``heldout41/articles.toml``,
``heldout42/articles.toml``, ``heldout43/articles.toml``, ``heldout44/articles.toml``,
``heldout45/articles.toml``, ``heldout46/articles.toml``, ``heldout47/articles.toml`` and
``heldout48/articles.toml`` are
scored like heldout6's
(``test_check_articles.py``): each
expected finding is a test (id: the article's id and the figure), and each article has a test
that claimcheck finds nothing else. Known failures are strict xfails whose reason names the
stage at fault.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

import pytest

import claimcheck as cc

DEV = Path(__file__).resolve().parent / "data" / "check_dev"
SETS = {
    "dev": DEV,
    "heldout": DEV / "heldout",
    "heldout2": DEV / "heldout2",
    "heldout3": DEV / "heldout3",
    "heldout4": DEV / "heldout4",
    "heldout5": DEV / "heldout5",
    "heldout7": DEV / "heldout7",
    "heldout8": DEV / "heldout8",
    "heldout10": DEV / "heldout10",
    "heldout11": DEV / "heldout11",
    "heldout12": DEV / "heldout12",
    "heldout13": DEV / "heldout13",
    "heldout14": DEV / "heldout14",
    "heldout15": DEV / "heldout15",
    "heldout16": DEV / "heldout16",
    "heldout17": DEV / "heldout17",
    "heldout18": DEV / "heldout18",
    "heldout19": DEV / "heldout19",
    "heldout20": DEV / "heldout20",
    "heldout21": DEV / "heldout21",
    "heldout22": DEV / "heldout22",
    "heldout23": DEV / "heldout23",
    "heldout24": DEV / "heldout24",
    "heldout25": DEV / "heldout25",
    "heldout26": DEV / "heldout26",
    "heldout27": DEV / "heldout27",
    "heldout28": DEV / "heldout28",
    "heldout29": DEV / "heldout29",
    "heldout30": DEV / "heldout30",
    "heldout31": DEV / "heldout31",
    "heldout32": DEV / "heldout32",
    "heldout33": DEV / "heldout33",
    "heldout34": DEV / "heldout34",
    "heldout35": DEV / "heldout35",
    "heldout36": DEV / "heldout36",
    "heldout37": DEV / "heldout37",
    "heldout38": DEV / "heldout38",
    "heldout39": DEV / "heldout39",
    "heldout40": DEV / "heldout40",
    "heldout41": DEV / "heldout41",
    "heldout42": DEV / "heldout42",
    "heldout43": DEV / "heldout43",
    "heldout44": DEV / "heldout44",
    "heldout45": DEV / "heldout45",
    "heldout46": DEV / "heldout46",
    "heldout47": DEV / "heldout47",
    "heldout48": DEV / "heldout48",
}


def _cases(name: str) -> list[dict[str, Any]]:
    with (SETS[name] / "claims.toml").open("rb") as handle:
        return [{**case, "set": name} for case in tomllib.load(handle)["claim"]]


CASES = {name: _cases(name) for name in SETS}


@pytest.fixture(scope="module", params=sorted(SETS))
def reference(request: pytest.FixtureRequest) -> cc.Reference:
    folder = SETS[request.param]
    return cc.Reference.from_csv(folder / "reference.csv", aliases=folder / "aliases.csv")


@functools.cache
def _reference(name: str) -> cc.Reference:
    folder = SETS[name]
    return cc.Reference.from_csv(folder / "reference.csv", aliases=folder / "aliases.csv")


def outcome(case: dict[str, Any], reference: cc.Reference) -> str:
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
            assert finding.explanation
            if finding.verdict is cc.Verdict.UNVERIFIABLE and case.get("reason"):
                return f"unverifiable/{finding.reason.value if finding.reason else None}"
            return finding.verdict.value
    return "no finding"


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["text"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for cases in CASES.values() for c in cases])
def test_verdict(case: dict[str, Any]) -> None:
    want = case["verdict"]
    if want == "unverifiable" and case.get("reason"):
        want = f"unverifiable/{case['reason']}"
    assert outcome(case, _reference(case["set"])) == want


@pytest.mark.parametrize(
    ("name", "fr", "en"),
    [
        ("dev", 60, 30),
        ("heldout", 25, 15),
        ("heldout2", 40, 20),
        ("heldout3", 40, 25),
        ("heldout4", 40, 40),
        ("heldout5", 50, 50),
        ("heldout7", 40, 30),
        ("heldout8", 40, 40),
        ("heldout10", 60, 45),
        ("heldout11", 60, 50),
        ("heldout12", 60, 50),
        ("heldout13", 60, 50),
        ("heldout14", 70, 35),
        ("heldout15", 70, 35),
        ("heldout16", 70, 35),
        ("heldout17", 70, 35),
        ("heldout18", 80, 40),
        ("heldout19", 80, 40),
        ("heldout20", 80, 40),
        ("heldout21", 80, 40),
        ("heldout22", 80, 40),
        ("heldout23", 80, 40),
        ("heldout24", 80, 40),
        ("heldout25", 80, 40),
        ("heldout26", 80, 40),
        ("heldout27", 80, 40),
        ("heldout28", 80, 40),
        ("heldout29", 80, 40),
        ("heldout30", 80, 40),
        ("heldout31", 80, 40),
        ("heldout32", 80, 40),
        ("heldout33", 80, 40),
        ("heldout34", 80, 40),
        ("heldout35", 80, 40),
        ("heldout36", 80, 40),
        ("heldout37", 80, 40),
        ("heldout38", 80, 40),
        ("heldout39", 80, 40),
        ("heldout40", 80, 40),
        ("heldout41", 80, 40),
        ("heldout42", 80, 40),
        ("heldout43", 80, 40),
        ("heldout44", 80, 40),
        ("heldout45", 80, 40),
        ("heldout46", 80, 40),
        ("heldout47", 80, 40),
        ("heldout48", 80, 40),
    ],
)
def test_the_sets_are_large_enough(name: str, fr: int, en: int) -> None:
    langs = [c["lang"] for c in CASES[name]]
    assert langs.count("fr") >= fr and langs.count("en") >= en


def test_every_reference_row_cites_its_source(reference: cc.Reference) -> None:
    assert all(record.source for record in reference)


# -- heldout7's and heldout8's articles ----------------------------------------------------------


def _articles(name: str) -> list[dict[str, Any]]:
    with (SETS[name] / "articles.toml").open("rb") as handle:
        return [{**article, "set": name} for article in tomllib.load(handle)["article"]]


ARTICLES: list[dict[str, Any]] = (
    _articles("heldout7")
    + _articles("heldout8")
    + _articles("heldout31")
    + _articles("heldout32")
    + _articles("heldout33")
    + _articles("heldout34")
    + _articles("heldout35")
    + _articles("heldout36")
    + _articles("heldout37")
    + _articles("heldout38")
    + _articles("heldout39")
    + _articles("heldout40")
    + _articles("heldout41")
    + _articles("heldout42")
    + _articles("heldout43")
    + _articles("heldout44")
    + _articles("heldout45")
    + _articles("heldout46")
    + _articles("heldout47")
    + _articles("heldout48")
)


@functools.cache
def _aligned(index: int) -> tuple[list[cc.Finding | None], list[cc.Finding]]:
    """The finding on each expected figure (None: missed) and the findings left over.

    Figures are searched in text order; a finding is on a figure when the claim's own words
    overlap it, failing that when its time or its baseline does."""
    article = ARTICLES[index]
    report = cc.check(
        article["text"],
        _reference(article["set"]),
        lang=article["lang"],
        reference_date=article["date"],
    )
    spans: list[tuple[int, int]] = []
    position = 0
    for item in article["finding"]:
        start = article["text"].index(item["figure"], position)
        position = start + len(item["figure"])
        spans.append((start, position))
    taken: list[cc.Finding | None] = [None] * len(spans)
    free = list(report.findings)
    for own in (True, False):
        for k, (start, end) in enumerate(spans):
            if taken[k] is not None:
                continue
            for finding in free:
                claim = finding.claim
                others = (
                    [(claim.start, claim.end)]
                    if own
                    else [(m.start, m.end) for m in (claim.time, claim.baseline) if m is not None]
                )
                if any(s < end and start < e for s, e in others):
                    taken[k] = finding
                    free.remove(finding)
                    break
    return taken, free


def _label(finding: cc.Finding | None) -> str:
    if finding is None:
        return "no finding"
    if finding.verdict is cc.Verdict.UNVERIFIABLE and finding.reason is not None:
        return f"unverifiable/{finding.reason.value}"
    return finding.verdict.value


def _finding_params() -> list[Any]:
    params = []
    for index, article in enumerate(ARTICLES):
        for k, item in enumerate(article["finding"]):
            marks = (
                [pytest.mark.xfail(reason=item["xfail"], strict=True)] if "xfail" in item else []
            )
            params.append(
                pytest.param(index, k, id=f"{article['id']}: {item['figure']}", marks=marks)
            )
    return params


@pytest.mark.parametrize(("index", "k"), _finding_params())
def test_article_finding(index: int, k: int) -> None:
    item = ARTICLES[index]["finding"][k]
    got = _label(_aligned(index)[0][k])
    if item["verdict"] == "unverifiable" and not item.get("reason"):
        assert got.startswith("unverifiable"), got
    else:
        want = f"unverifiable/{item['reason']}" if item.get("reason") else item["verdict"]
        assert got == want


@pytest.mark.parametrize(
    "index",
    [
        pytest.param(
            index,
            id=article["id"],
            marks=[pytest.mark.xfail(reason=article["extra_xfail"], strict=True)]
            if "extra_xfail" in article
            else [],
        )
        for index, article in enumerate(ARTICLES)
    ],
)
def test_article_has_no_extra_finding(index: int) -> None:
    assert [f.claim.text for f in _aligned(index)[1]] == []


@pytest.mark.parametrize(("name", "findings"), [("heldout7", 25), ("heldout8", 19)])
def test_the_article_sets_are_enough(name: str, findings: int) -> None:
    articles = [a for a in ARTICLES if a["set"] == name]
    langs = [a["lang"] for a in articles]
    assert langs.count("fr") >= 2 and langs.count("en") >= 2
    assert sum(len(a["finding"]) for a in articles) >= findings


# -- the lexicon rules heldout7 led to, on their own --------------------------------------------

_JOBS = [
    {"entity": "United States", "metric": "nonfarm_payrolls", "value": 22, "unit": "thousands",
     "period": "2025-08"},
    {"entity": "Germany", "metric": "car_registrations", "value": 2844609, "period": "2023"},
    {"entity": "Germany", "metric": "car_registrations", "value": 2817331, "period": "2024"},
    {"entity": "Germany", "metric": "bev_registrations", "value": 524219, "period": "2023"},
    {"entity": "Germany", "metric": "bev_registrations", "value": 380609, "period": "2024"},
]  # fmt: skip
_ALIASES = {
    "entity": {"United States": ["U.S.", "États-Unis"]},
    "metric": {
        "nonfarm_payrolls": ["jobs", "emplois"],
        "car_registrations": ["new car registrations", "registrations"],
        "bev_registrations": ["electric car registrations", "electric cars"],
    },
}


def _verdicts(text: str, lang: str, date: str) -> list[str]:
    reference = cc.Reference.from_records(_JOBS, aliases=_ALIASES)
    return [_label(f) for f in cc.check(text, reference, lang=lang, reference_date=date).findings]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("U.S. employers added just 22,000 jobs in August, well below forecasts of 75,000.", "en"),
        (
            "Les États-Unis ont créé 22 000 emplois en août, bien en deçà des prévisions de "
            "75 000 des économistes.",
            "fr",
        ),
    ],
)
def test_others_forecasts_as_nouns_are_not_the_figure(text: str, lang: str) -> None:
    assert _verdicts(text, lang, "2025-09-05") == ["supported", "unverifiable/not_checkable"]


def test_new_does_not_tell_metrics_apart() -> None:
    """'new' qualifies a flow of the same thing: 'registrations of new electric cars' are the
    electric car registrations (-27.4 %), not a tie with 'new car registrations'."""
    text = "In Germany, registrations of new electric cars fell 27.4% in 2024."
    assert _verdicts(text, "en", "2025-01-06") == ["supported"]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("US CPI rose 2.9% in August from a year earlier.", "en", "2025-09-11"),
        ("Euro zone HICP inflation eased to 1.9% in May.", "en", "2025-06-18"),
        ("En France, l'IPC a augmenté de 0,8 % sur un an en février.", "fr", "2025-03-14"),
        ("L'IPCH de la zone euro a progressé de 1,9 % sur un an en mai.", "fr", "2025-06-18"),
    ],
)
def test_consumer_price_indices_state_the_inflation_rate(text: str, lang: str, date: str) -> None:
    """CPI, HICP, IPC, IPCH are no names: their rate is the inflation metric's."""
    records = [
        {"entity": "United States", "metric": "inflation", "value": 2.9, "unit": "%",
         "period": "2025-08"},
        {"entity": "Euro area", "metric": "inflation", "value": 1.9, "unit": "%",
         "period": "2025M05"},
        {"entity": "France", "metric": "inflation", "value": 0.8, "unit": "%",
         "period": "2025-02"},
    ]  # fmt: skip
    aliases = {"entity": {"United States": ["US"], "Euro area": ["euro zone", "zone euro"]}}
    reference = cc.Reference.from_records(records, aliases=aliases)
    findings = cc.check(text, reference, lang=lang, reference_date=date).findings
    assert [_label(f) for f in findings] == ["supported"]


_CHANGE_RECORDS = [
    {"entity": "Tesla", "metric": "deliveries", "value": 443956, "period": "2024-Q2"},
    {"entity": "Tesla", "metric": "deliveries", "value": 384122, "period": "2025-Q2"},
    {"entity": "France", "metric": "public_debt", "value": 3345.8, "unit": "Md EUR",
     "period": "2025-Q1", "kind": "stock"},
    {"entity": "France", "metric": "public_debt", "value": 3416.3, "unit": "Md EUR",
     "period": "2025-Q2", "kind": "stock"},
    {"entity": "France", "metric": "gdp_growth", "value": -0.1, "unit": "%", "period": "2024-Q4"},
]  # fmt: skip
_CHANGE_ALIASES = {
    "metric": {
        "deliveries": ["deliveries", "livraisons"],
        "public_debt": ["public debt", "dette publique"],
        "gdp_growth": ["GDP", "PIB", "croissance"],
    }
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tesla's deliveries slumped 13.5% in the second quarter of 2025.", "en"),
        ("Tesla's deliveries eased 13.5% in the second quarter of 2025.", "en"),
        ("Tesla's deliveries retreated 13.5% in the second quarter of 2025.", "en"),
        ("France's public debt swelled by 70.5 billion euros in the second quarter of 2025.", "en"),
        (
            "France's public debt ballooned by 70.5 billion euros in the second quarter of 2025.",
            "en",
        ),
        ("Les livraisons de Tesla se sont repliées de 13,5 % au deuxième trimestre 2025.", "fr"),
        ("Les livraisons de Tesla ont fléchi de 13,5 % au deuxième trimestre 2025.", "fr"),
        ("Le PIB français s'est replié de 0,1 % au quatrième trimestre 2024.", "fr"),
        (
            "En France, la dette publique s'est accrue de 70,5 milliards d'euros au deuxième "
            "trimestre 2025.",
            "fr",
        ),
        (
            "En France, la dette publique a gonflé de 70,5 milliards d'euros au deuxième "
            "trimestre 2025.",
            "fr",
        ),
        (
            "En France, la dette publique s'est alourdie de 70,5 milliards d'euros au deuxième "
            "trimestre 2025.",
            "fr",
        ),
    ],
)
def test_change_verbs_of_the_series_news(text: str, lang: str) -> None:
    """The verbs news use for these series' moves make a change with its direction (a figure
    after 'slumped', 's'est replié de' was a level: a percentage against a count)."""
    reference = cc.Reference.from_records(_CHANGE_RECORDS, aliases=_CHANGE_ALIASES)
    findings = cc.check(text, reference, lang=lang, reference_date="2025-10-01").findings
    assert [_label(f) for f in findings] == ["supported"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tesla's deliveries advanced 13.5% in the second quarter of 2025.", "en"),
        ("Les livraisons de Tesla se sont redressées de 13,5 % au deuxième trimestre 2025.", "fr"),
    ],
)
def test_a_rise_verb_said_of_a_fall_is_contradicted(text: str, lang: str) -> None:
    reference = cc.Reference.from_records(_CHANGE_RECORDS, aliases=_CHANGE_ALIASES)
    findings = cc.check(text, reference, lang=lang, reference_date="2025-10-01").findings
    assert [_label(f) for f in findings] == ["contradicted"]


_TRAFFIC = [
    {"entity": "Ryanair", "metric": "passengers", "value": 55.5, "unit": "millions",
     "period": "2024-04/2024-06"},
    {"entity": "Ryanair", "metric": "passengers", "value": 57.2, "unit": "millions",
     "period": "2025-04/2025-06"},
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le trafic de Ryanair a progressé de 3 % entre avril et juin 2025.", "fr"),
        ("Ryanair's traffic rose 3% between April and June 2025.", "en"),
    ],
)
def test_an_airlines_traffic_counts_its_passengers(text: str, lang: str) -> None:
    reference = cc.Reference.from_records(_TRAFFIC)
    findings = cc.check(text, reference, lang=lang, reference_date="2025-07-21").findings
    assert [_label(f) for f in findings] == ["supported"]


def test_a_scale_word_in_the_unit_column_reads_as_english() -> None:
    """A reference in "millions" is written "55.5 million" in English, "55,5 millions" in
    French."""
    reference = cc.Reference.from_records(_TRAFFIC, aliases={"metric": {"passengers": ["trafic"]}})
    en = cc.check("Ryanair's passengers rose 3% between April and June 2025.", reference,
                  lang="en", reference_date="2025-07-21").findings  # fmt: skip
    fr = cc.check("Le trafic de Ryanair a progressé de 3 % entre avril et juin 2025.", reference,
                  lang="fr", reference_date="2025-07-21").findings  # fmt: skip
    assert "(55.5 million → 57.2 million)" in en[0].explanation
    assert "(55,5 millions → 57,2 millions)" in fr[0].explanation


# -- probes: other wordings of heldout7's series that need code (strict xfails) -----------------
# Found after the set's first run, by writing more news sentences about the same series; each
# names the stage at fault. The whole list of findings is compared: an extra finding fails too.

_PROBES = [
    (
        "Airbus handed over 306 aircraft in the first half of 2025.",
        "en", "2025-07-08", ["supported"],
        "extraction/claims: 'handed over' is a verb of delivery, not the qualifier 'over' (gt); "
        "and 'aircraft' alone names no metric: unknown_metric",
    ),
    (
        "Tesla's deliveries rose 7% year on year to 497,099 vehicles in the third quarter.",
        "en", "2025-10-02", ["supported", "supported"],
        "check (tolerance): a whole percentage of change is rounded to the point (+7.4% is "
        "'7%' in any newsroom), but DESIGN's round tolerance is relative (7% +-5 % is 6.65 to "
        "7.35): contradicted",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "date", "want"),
    [
        pytest.param(
            text, lang, date, want, id=text, marks=pytest.mark.xfail(reason=why, strict=True)
        )
        for text, lang, date, want, why in _PROBES
    ],
)
def test_probe(text: str, lang: str, date: str, want: list[str]) -> None:
    findings = cc.check(text, _reference("heldout7"), lang=lang, reference_date=date).findings
    assert [_label(f) for f in findings] == want


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("France's economy shrank 0.1% in the final quarter of 2024.", "2025-01-31"),
        ("The British economy expanded 0.3% in the April-to-June period.", "2025-08-14"),
    ],
)
def test_quarters_named_by_their_months(text: str, date: str) -> None:
    """'the final quarter of 2024' is Q4 (not the year), 'the April-to-June period' the three
    months (not April): each is checked against the quarterly record."""
    findings = cc.check(text, _reference("heldout7"), lang="en", reference_date=date).findings
    assert [_label(f) for f in findings] == ["supported"]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        # a family member of several words: 'produit intérieur brut' folds to gdp as 'PIB'
        ("Le produit intérieur brut de la France a progressé de 0,3 % au deuxième trimestre "
         "2025.", "fr", "2025-08-01"),
        ("France's gross domestic product grew 0.3% in the second quarter of 2025.", "en",
         "2025-08-01"),
        # a rate over the twelve months to a month is that month's rate
        ("Consumer price inflation in the UK rose to 3.5% in the 12 months to April.", "en",
         "2025-05-21"),
        # units sold over a quarter against units sold since launch: the rise over it
        ("The Switch 2 sold 4.54 million units between July and September.", "en",
         "2025-11-04"),
        # "ne … que" (only) opens no clause: the adjective of place before it names whose
        ("L'économie américaine n'a créé que 22 000 emplois en août.", "fr", "2025-09-05"),
        # the number in a known entity's name is no figure
        ("Switch 2 sales reached 10.36 million units by the end of September.", "en",
         "2025-11-04"),
    ],
)  # fmt: skip
def test_probes_that_pass(text: str, lang: str, date: str) -> None:
    report = cc.check(text, _reference("heldout7"), lang=lang, reference_date=date)
    assert [_label(f) for f in report.findings] == ["supported"]


def test_a_quarter_of_the_fiscal_year() -> None:
    """'au premier trimestre de son exercice' is April-June at Ryanair, whose fiscal years the
    reference holds; the change and the level both read it."""
    text = (
        "Le trafic de Ryanair a progressé de 3 % au premier trimestre de son exercice, à 57,2 "
        "millions de passagers."
    )
    report = cc.check(text, _reference("heldout7"), lang="fr", reference_date="2025-07-21")
    assert [_label(f) for f in report.findings] == ["supported", "supported"]


def test_nouns_after_a_determined_name() -> None:
    """'The UK new car market grew 10.4% in March to 317,737 units': the name after 'The'
    qualifies the nouns after it, the measure of both figures."""
    text = "The UK new car market grew 10.4% in March to 317,737 units."
    report = cc.check(text, _reference("heldout7"), lang="en", reference_date="2024-04-04")
    assert [_label(f) for f in report.findings] == ["supported", "supported"]


def test_a_compound_adjectives_number_is_no_figure() -> None:
    """'the 20-nation euro zone': 20 qualifies the zone, no extra finding (a probe that passes
    since the extraction of compound adjectives)."""
    text = "Inflation in the 20-nation euro zone eased to 1.9% in May."
    report = cc.check(text, _reference("heldout7"), lang="en", reference_date="2025-06-18")
    assert [_label(f) for f in report.findings] == ["supported"]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        (
            "Outre-Rhin, les immatriculations de voitures électriques ont chuté de 27,4 % en 2024.",
            "fr",
            "2025-01-06",
        ),
        (
            "Outre-Manche, les immatriculations de voitures neuves ont progressé de 2,6 % en 2024.",
            "fr",
            "2025-01-07",
        ),
        ("Outre-Atlantique, le taux de chômage est monté à 4,3 % en août.", "fr", "2025-09-05"),
        (
            "France's ILO unemployment rate rose to 7.5% in the second quarter of 2025.",
            "en",
            "2025-08-13",
        ),
        (
            "Selon le BIT, le taux de chômage en France a atteint 7,5 % au deuxième trimestre "
            "2025.",
            "fr",
            "2025-08-13",
        ),
    ],
)
def test_press_periphrases_and_the_ilo(text: str, lang: str, date: str) -> None:
    """'Outre-Rhin' is Germany as 'l'Hexagone' is France; the ILO (BIT) defines the rate, it is
    not what the figure is about."""
    findings = cc.check(text, _reference("heldout7"), lang=lang, reference_date=date).findings
    assert [_label(f) for f in findings] == ["supported"]

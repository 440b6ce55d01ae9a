"""Metamorphic properties of checking: how verdicts must move when figures do.

- a figure stated from a record's own value, rounded within what the wording
  allows, is supported;
- the same figure doubled or halved is contradicted;
- widening the tolerance never turns supported into contradicted;
- shuffling the reference's rows changes no finding.
"""

from __future__ import annotations

import math
import random
from datetime import datetime
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

from claimcheck import strategies as cs
from claimcheck.check import check, check_claim
from claimcheck.models import Claim, Measure, Mention, Period, Tolerance, Verdict
from claimcheck.reference import Reference
from claimcheck.terms import terms

NOW = datetime(2025, 6, 1)
METRICS = {  # metric: (unit, French measure, English measure)
    "vehicles_produced": ("", "véhicules produits", "vehicles produced"),
    "revenue": ("EUR", "chiffre d'affaires", "revenue"),
    "electricity": ("GWh", "électricité produite", "electricity generated"),
}
ALIASES = {"metric": {m: [fr, en] for m, (_, fr, en) in METRICS.items()}}

values = st.floats(min_value=1.0, max_value=1e12, allow_nan=False, allow_infinity=False)
years = st.integers(min_value=2000, max_value=2024)
metrics = st.sampled_from(sorted(METRICS))
langs = st.sampled_from(["fr", "en"])
qualifiers = st.sampled_from(["exact", "approx", "nearly", "ge", "le"])


def reference(value: float, metric: str, year: int, extra: int = 0) -> Reference:
    unit = METRICS[metric][0]
    rows = [
        {"entity": "Acme", "metric": metric, "value": value, "unit": unit, "period": str(year)},
        *(
            {
                "entity": f"Other {i}",
                "metric": metric,
                "value": value * (i + 2),
                "unit": unit,
                "period": str(year),
            }
            for i in range(extra)
        ),
    ]
    return Reference.from_records(rows, aliases=ALIASES)


def rounded(value: float, digits: int) -> float:
    """``value`` rounded to ``digits`` significant digits."""
    exponent = math.floor(math.log10(abs(value)))
    return round(value, digits - 1 - exponent)


def stated(value: float, digits: int, qualifier: str) -> Mention:
    """A figure saying ``value`` with ``digits`` significant digits and a qualifier."""
    shown = f"{value:.{digits}g}"
    text = shown if "e" not in shown else f"{value:.0f}"
    interval: dict[str, Any] = {
        "exact": {"low": value, "high": value},
        "approx": {"low": value, "high": value},
        "nearly": {"high": value},
        "ge": {"low": value},
        "le": {"high": value},
    }[qualifier]
    return Mention(
        kind="number",
        text=text,
        start=0,
        end=len(text),
        value=value,
        qualifier=qualifier,
        **interval,
    )


def claim(figure: Mention, metric: str, year: int, lang: str) -> Claim:
    unit = METRICS[metric][0]
    if unit == "EUR":
        figure = Mention.model_validate({**figure.model_dump(), "kind": "money", "currency": "EUR"})
    elif unit:
        figure = Mention.model_validate({**figure.model_dump(), "kind": "quantity", "unit": unit})
    measure = METRICS[metric][1 if lang == "fr" else 2]
    when = Mention(
        kind="time", text=str(year), start=0, end=4, period=Period.year(year), relation="in"
    )
    return Claim(
        lang=lang,
        text=figure.text,
        start=0,
        end=len(figure.text),
        sentence=figure.text,
        sentence_start=0,
        subject="Acme",
        measure=Measure(noun=measure, terms=terms(measure, lang)),
        figure=figure,
        time=when,
    )


@given(
    values,
    metrics,
    years,
    langs,
    st.integers(min_value=3, max_value=8),
    st.sampled_from(["exact", "approx"]),
)
def test_the_records_own_value_rounded_is_supported(
    value: float, metric: str, year: int, lang: str, digits: int, qualifier: str
) -> None:
    ref = reference(value, metric, year)
    figure = stated(rounded(value, digits), digits, qualifier)
    finding = check_claim(claim(figure, metric, year, lang), ref, NOW)
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation


@given(values, metrics, years, langs)
def test_a_round_figure_within_five_percent_is_supported(
    value: float, metric: str, year: int, lang: str
) -> None:
    figure = stated(rounded(value, 2), 2, "exact")
    finding = check_claim(claim(figure, metric, year, lang), reference(value, metric, year), NOW)
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation


@given(values, metrics, years, langs, qualifiers)
def test_bounds_at_the_value_are_supported(
    value: float, metric: str, year: int, lang: str, qualifier: str
) -> None:
    figure = stated(value, 17, qualifier)
    finding = check_claim(claim(figure, metric, year, lang), reference(value, metric, year), NOW)
    assert finding.verdict is Verdict.SUPPORTED, finding.explanation


@given(
    values,
    metrics,
    years,
    langs,
    st.integers(min_value=2, max_value=6),
    st.sampled_from(["exact", "approx", "nearly"]),
    st.sampled_from([2.0, 0.5]),
)
def test_doubling_or_halving_is_contradicted(
    value: float, metric: str, year: int, lang: str, digits: int, qualifier: str, factor: float
) -> None:
    figure = stated(rounded(value, digits) * factor, digits, qualifier)
    finding = check_claim(claim(figure, metric, year, lang), reference(value, metric, year), NOW)
    assert finding.verdict is Verdict.CONTRADICTED, finding.explanation


tolerances = st.builds(
    Tolerance,
    precise=st.floats(0, 0.5),
    round=st.floats(0, 0.5),
    approx=st.floats(0, 0.5),
    nearly=st.floats(0, 0.9),
    bounds=st.floats(0, 0.5),
)


@given(
    values,
    st.floats(min_value=0.3, max_value=3.0),
    metrics,
    years,
    qualifiers,
    tolerances,
    st.floats(min_value=0, max_value=0.5),
)
def test_widening_the_tolerance_never_contradicts(
    value: float,
    ratio: float,
    metric: str,
    year: int,
    qualifier: str,
    base: Tolerance,
    widen: float,
) -> None:
    ref = reference(value, metric, year)
    c = claim(stated(value * ratio, 3, qualifier), metric, year, "fr")
    wider = Tolerance(
        precise=base.precise + widen,
        round=base.round + widen,
        approx=base.approx + widen,
        nearly=min(base.nearly + widen, 0.99),
        bounds=base.bounds + widen,
    )
    narrow = check_claim(c, ref, NOW, base).verdict
    wide = check_claim(c, ref, NOW, wider).verdict
    assume(narrow is Verdict.SUPPORTED)
    assert wide is Verdict.SUPPORTED


@given(
    values,
    metrics,
    years,
    st.integers(min_value=0, max_value=6),
    st.randoms(),
    st.floats(min_value=0.5, max_value=2.0),
)
def test_shuffling_the_rows_changes_nothing(
    value: float, metric: str, year: int, extra: int, rng: random.Random, ratio: float
) -> None:
    ordered = list(reference(value, metric, year, extra))
    rows = [r.model_copy(update={"origin": None}) for r in ordered]
    shuffled = rows[:]
    rng.shuffle(shuffled)
    c = claim(stated(value * ratio, 3, "exact"), metric, year, "fr")
    a = check_claim(c, Reference.from_records(rows, aliases=ALIASES), NOW)
    b = check_claim(c, Reference.from_records(shuffled, aliases=ALIASES), NOW)
    strip = {"records"}
    assert a.model_dump(exclude=strip) == b.model_dump(exclude=strip)
    assert [r.model_copy(update={"origin": None}) for r in a.records] == [
        r.model_copy(update={"origin": None}) for r in b.records
    ]


# The library's own strategies write articles whose claims carry the verdict they
# must get: checking the claims as written (not re-parsed) must agree.


@given(st.data(), langs)
def test_articles_claims_get_their_verdicts(data: st.DataObject, lang: str) -> None:
    ref = data.draw(cs.references())
    article = data.draw(cs.articles(lang, ref, max_claims=3))
    findings = [check_claim(c, ref, article.reference_date) for c in article.claims]
    got = [f.verdict for f in findings]
    assert got == list(article.verdicts), [f.explanation for f in findings]


@given(st.data(), langs)
def test_articles_read_from_text_get_their_verdicts(data: st.DataObject, lang: str) -> None:
    """End to end: the article's text, parsed and checked, gives each claim its verdict."""
    ref = data.draw(cs.references())
    article = data.draw(cs.articles(lang, ref, max_claims=3))
    report = check(article.text, ref, lang=lang, reference_date=article.reference_date)
    for claim, verdict in zip(article.claims, article.verdicts, strict=True):
        found = [
            f for f in report.findings if f.claim.start < claim.end and claim.start < f.claim.end
        ]
        assert found, (article.text, claim.text)
        assert found[0].verdict is verdict, (article.text, found[0].explanation)


@given(st.data(), langs)
def test_checking_any_claim_never_raises(data: st.DataObject, lang: str) -> None:
    ref = data.draw(cs.references())
    c = data.draw(cs.claims(lang))
    finding = check_claim(c, ref, NOW)
    assert finding.explanation
    assert finding.verdict in Verdict

"""The strategies themselves: eager argument checks, and what each drawn example promises
about itself (offsets, intervals, verdict margins), whatever the extraction does."""

from __future__ import annotations

import math
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from claimcheck import strategies as cs
from claimcheck.models import Claim, Mention, MentionKind, Period, Qualifier, Verdict
from claimcheck.reference import Reference
from claimcheck.render import render_number

LANGS = ["fr", "en"]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: cs.numbers("de"), "lang='de' is not supported"),
        (lambda: cs.numbers("fr", min_value=5, max_value=1), "min_value=5 is greater than"),
        (lambda: cs.numbers("fr", min_value=-1), "min_value=-1 must be between 0 and"),
        (lambda: cs.numbers("fr", styles=["comma"]), "'comma' is not one"),
        (lambda: cs.numbers("en", styles=[]), "must name at least one of"),
        (
            lambda: cs.numbers("fr", min_value=1, max_value=2, styles=["scaled"]),
            "no number between 1 and 2 can be written",
        ),
        (lambda: cs.numbers("fr", max_value="12"), "max_value='12' must be a number"),
        (lambda: cs.mentions("weight", "fr"), "kind=.* must name at least one of"),
        (lambda: cs.mentions("number", "fr", qualifiers=["about"]), "'about' is not one"),
        (lambda: cs.periods(["fortnight"]), "'fortnight' is not one"),
        (lambda: cs.periods(min_year=2030, max_year=2020), "min_year=2030 is greater"),
        (lambda: cs.periods(min_year=0), "min_year=0 must be a whole year"),
        (lambda: cs.references(metrics=["gdp"]), "'gdp' is not one"),
        (lambda: cs.references(entities="Xiaomi"), "must be a sequence of names"),
        (lambda: cs.references(entities=["", "X"]), "'' is not one"),
        (lambda: cs.references(periods=[Period.year(2020)]), "must be a strategy of Period"),
        (lambda: cs.references(max_series=0), "max_series=0 must be a whole number from 1"),
        (lambda: cs.claims("fr", verdicts=["supported"]), "verdicts needs a reference"),
        (lambda: cs.claims("fr", reference="ref.csv"), "must be a Reference or an iterable"),
        (lambda: cs.articles("fr", None), "articles\\(\\) needs a reference"),  # type: ignore[arg-type]
    ],
)
def test_arguments_are_checked_when_the_strategy_is_built(build: object, message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        build()  # type: ignore[operator]


def test_a_reference_with_nothing_to_state_is_refused() -> None:
    weekly = Reference.from_records(
        [{"entity": "X", "metric": "m", "value": 1, "period": "2024-W05"}]
    )
    with pytest.raises(InvalidArgument, match="reference has no record that 'fr' text can state"):
        cs.claims("fr", weekly)


def test_articles_checks_its_counts() -> None:
    ref = Reference.from_records([{"entity": "X", "metric": "m", "value": 1, "period": "2024"}])
    with pytest.raises(InvalidArgument, match="min_claims=3 is greater than max_claims=2"):
        cs.articles("fr", ref, min_claims=3, max_claims=2)
    with pytest.raises(InvalidArgument, match=r"verdicts=.*'conflicting' is not one"):
        cs.articles("fr", ref, verdicts=["conflicting"])


@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
def test_numbers_write_their_value(lang: str, data: st.DataObject) -> None:
    text, value = data.draw(cs.numbers(lang))
    assert text and text == text.strip()
    assert 0 <= value <= 10**12
    assert math.isclose(value, round(value, 2), abs_tol=1e-9)


@given(st.data())
def test_numbers_keep_within_their_bounds_and_styles(data: st.DataObject) -> None:
    text, value = data.draw(cs.numbers("fr", min_value=1000, max_value=5000, styles=["nbsp"]))
    assert 1000 <= value <= 5000
    assert text == render_number(Decimal(repr(value)), "fr", "nbsp")


def check_interval(m: Mention) -> None:
    q = m.qualifier
    if q is Qualifier.RANGE:
        assert m.value is None and m.low is not None and m.high is not None and m.low < m.high
        return
    assert m.value is not None
    expected = {
        Qualifier.EXACT: (m.value, m.value),
        Qualifier.APPROX: (m.value, m.value),
        Qualifier.NEARLY: (None, m.value),
        Qualifier.GT: (m.value, None),
        Qualifier.GE: (m.value, None),
        Qualifier.LT: (None, m.value),
        Qualifier.LE: (None, m.value),
    }[q]
    assert (m.low, m.high) == expected
    assert m.low_exclusive == (q is Qualifier.GT)
    assert m.high_exclusive == (q is Qualifier.LT)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", [k.value for k in MentionKind])
@given(data=st.data())
def test_mentions_are_placed_on_their_own_text(lang: str, kind: str, data: st.DataObject) -> None:
    m = data.draw(cs.mentions(kind, lang))
    assert m.kind.value == kind
    assert (m.start, m.end) == (0, len(m.text)) and m.text
    if kind in ("number", "percent", "money", "quantity"):
        check_interval(m)
        assert (m.currency is not None) == (kind == "money")
        assert (m.unit is not None) == (kind in ("percent", "quantity"))
    if kind == "time":
        assert m.period is not None and m.relation is not None


@given(cs.periods())
def test_periods_contain_their_start_and_exclude_their_end(period: Period) -> None:
    assert period.contains(period.start) and not period.contains(period.end)
    assert Period.model_validate_json(period.model_dump_json()) == period


@given(cs.periods(["week"], min_year=2020, max_year=2020))
def test_weeks_start_on_monday(period: Period) -> None:
    assert period.start.weekday() == 0 and period.grain == "week"


def check_claim_offsets(claim: Claim, text: str) -> None:
    sentence_end = claim.sentence_start + len(claim.sentence)
    assert text[claim.sentence_start : sentence_end] == claim.sentence
    assert text[claim.start : claim.end] == claim.text
    for part in (claim.figure, claim.time):
        if part is not None:
            assert text[part.start : part.end] == part.text
            assert claim.sentence_start <= part.start <= part.end <= sentence_end
    assert claim.subject and claim.subject in claim.sentence


@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
def test_claims_slice_their_sentence(lang: str, data: st.DataObject) -> None:
    claim = data.draw(cs.claims(lang))
    assert claim.lang == lang and claim.sentence_start == 0
    check_claim_offsets(claim, claim.sentence)


@given(cs.references())
def test_references_never_disagree_with_themselves(ref: Reference) -> None:
    records = list(ref)
    assert records
    for i, a in enumerate(records):
        for b in records[i + 1 :]:
            if (a.entity, a.metric) == (b.entity, b.metric):
                assert a.period.end <= b.period.start or b.period.end <= a.period.start
                assert a.period.grain == b.period.grain


@settings(max_examples=settings.default.max_examples // 2 + 1)
@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
def test_articles_carry_their_claims_and_verdicts(lang: str, data: st.DataObject) -> None:
    ref = data.draw(cs.references())
    article = data.draw(cs.articles(lang, ref))
    assert len(article.claims) == len(article.verdicts) >= 1
    starts = [c.start for c in article.claims]
    assert starts == sorted(starts)
    for claim in article.claims:
        check_claim_offsets(claim, article.text)
    assert all(v is not Verdict.CONFLICTING for v in article.verdicts)
    last = max(r.period.end for r in ref)
    assert article.reference_date == last + timedelta(days=1)


def reference_value(ref: Reference, claim: Claim) -> float | None:
    assert claim.time is not None and claim.time.period is not None
    for record in ref:
        same = (record.entity, record.period) == (claim.subject, claim.time.period)
        if same and record.value is not None and claim.figure is not None:
            return record.value
    return None


def holds(figure: Mention, value: float) -> bool:
    """Whether ``value`` lies in the interval the figure states, stretched by the design's
    default tolerances (10 % around approx, 2 % or 5 % around exact)."""
    if figure.qualifier in (Qualifier.EXACT, Qualifier.APPROX):
        assert figure.value is not None
        room = 0.10 if figure.qualifier is Qualifier.APPROX else 0.05
        return abs(value - figure.value) <= room * figure.value
    if figure.qualifier is Qualifier.NEARLY:
        assert figure.high is not None
        return 0.9 * figure.high <= value <= figure.high
    low_ok = figure.low is None or (
        value > figure.low if figure.low_exclusive else value >= figure.low
    )
    high_ok = figure.high is None or (
        value < figure.high if figure.high_exclusive else value <= figure.high
    )
    return low_ok and high_ok


@given(st.data())
def test_article_figures_are_on_the_right_side_of_the_reference(data: st.DataObject) -> None:
    metric = data.draw(
        st.sampled_from(["vehicles_sold", "revenue", "market_share", "co2_emissions"])
    )
    ref = data.draw(cs.references(metrics=[metric]))
    article = data.draw(cs.articles("fr", ref, verdicts=["supported", "contradicted"]))
    for claim, verdict in zip(article.claims, article.verdicts, strict=True):
        assert claim.figure is not None
        value = reference_value(ref, claim)
        assert value is not None
        assert holds(claim.figure, value) == (verdict is Verdict.SUPPORTED), claim.sentence


@pytest.mark.parametrize(
    ("lang", "alias"), [("fr", "taux de chômage"), ("en", "unemployment rate")]
)
@given(data=st.data())
def test_a_user_metric_is_named_by_its_alias_in_the_language(
    lang: str, alias: str, data: st.DataObject
) -> None:
    ref = Reference.from_records(
        [{"entity": "France", "metric": "unemployment_rate", "value": 7.5, "unit": "%",
          "period": "2023", "kind": "stock"}],
        aliases={"metric": {"unemployment_rate": ["taux de chômage", "unemployment rate"]}},
    )  # fmt: skip
    claim = data.draw(cs.claims(lang, ref))
    assert alias in claim.sentence and claim.sentence.startswith(("Pour France", "For France"))

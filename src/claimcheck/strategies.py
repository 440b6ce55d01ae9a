"""Hypothesis strategies for property-based tests of text that states figures.

Install with ``pip install "claimcheck[hypothesis]"``. Every strategy is built
from hypothesis primitives, so examples shrink to the simplest failing one, and
every text it writes is one that claimcheck's extraction promises to read back
(the wordings live in ``lexicons/<lang>/render.toml``):

- :func:`numbers` — ``(text, value)`` pairs in every notation of a language:
  thousands separators (space, no-break spaces, dot, comma, apostrophe),
  decimals, scale words ("1,5 million") and words ("deux cent cinquante");
- :func:`mentions` — a :class:`~claimcheck.models.Mention` of one kind and its text;
- :func:`periods` — calendar periods at every grain;
- :func:`references` — a :class:`~claimcheck.reference.Reference` of sample figures;
- :func:`claims` — a :class:`~claimcheck.models.Claim` written as a sentence,
  drawn from a reference's records when one is given;
- :func:`articles` — a paragraph of several claims with the verdict each should get.

Arguments are checked when the strategy is built, in hypothesis's own way
(:class:`hypothesis.errors.InvalidArgument`):

>>> numbers("de")
Traceback (most recent call last):
...
hypothesis.errors.InvalidArgument: lang='de' is not supported (supported: 'en', 'fr')
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Any

from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from pydantic import BaseModel, ConfigDict

from claimcheck.errors import InputError
from claimcheck.inputs import detect_language
from claimcheck.lexicon import supported_languages
from claimcheck.models import (
    GRAINS,
    Claim,
    ClaimKind,
    Measure,
    Mention,
    MentionKind,
    Period,
    Qualifier,
    RecordKind,
    ReferenceRecord,
    Relation,
    Verdict,
)
from claimcheck.reference import Reference
from claimcheck.render import (
    RenderLexicon,
    figure_forms,
    lexicon,
    number_styles,
    render_duration,
    render_figure,
    render_number,
    render_ordinal,
    render_period,
    render_sentence,
    renderable,
    scale_link,
)

__all__ = [
    "Article",
    "articles",
    "claims",
    "mentions",
    "numbers",
    "periods",
    "references",
]

_MAX_VALUE = 10**12
_WORDS_LIMIT = 1_000_000
_DECIMALS_BELOW = 1_000_000
_FIGURE_KINDS = (MentionKind.NUMBER, MentionKind.PERCENT, MentionKind.MONEY, MentionKind.QUANTITY)
_CHECKABLE = (Verdict.SUPPORTED, Verdict.CONTRADICTED)


class Article(BaseModel):
    """A paragraph of news prose written by :func:`articles`, with what it states.

    ``claims`` are the claims the text makes, in text order, their offsets in
    ``text``; ``verdicts[i]`` is what checking ``claims[i]`` against the
    reference must give on ``reference_date``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    lang: str
    reference_date: datetime
    claims: tuple[Claim, ...]
    verdicts: tuple[Verdict, ...]


# -- argument checks, in hypothesis's style ---------------------------------------------


def _check_lang(lang: object) -> str:
    if not isinstance(lang, str) or lang not in supported_languages():
        names = ", ".join(repr(code) for code in supported_languages())
        raise InvalidArgument(f"lang={lang!r} is not supported (supported: {names})")
    return lang


def _check_choice(name: str, given: object, allowed: Sequence[str]) -> tuple[str, ...]:
    """A non-empty subset of ``allowed``, from a string or an iterable of strings."""
    if isinstance(given, str):
        given = (given,)
    if not isinstance(given, Iterable):
        raise InvalidArgument(f"{name}={given!r} must be a sequence of strings")
    chosen = tuple(str(getattr(item, "value", item)) for item in given)
    unknown = [item for item in chosen if item not in allowed]
    if unknown or not chosen:
        raise InvalidArgument(
            f"{name}={given!r} must name at least one of {', '.join(map(repr, allowed))}"
            + (f"; {', '.join(map(repr, unknown))} is not one" if unknown else "")
        )
    return tuple(dict.fromkeys(chosen))


def _check_number(name: str, value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise InvalidArgument(f"{name}={value!r} must be a number")
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not number.is_finite() or not 0 <= number <= _MAX_VALUE:
        raise InvalidArgument(f"{name}={value!r} must be between 0 and {_MAX_VALUE:_}")
    return number


def _check_year(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9998:
        raise InvalidArgument(f"{name}={value!r} must be a whole year from 1 to 9998")
    return value


# -- numbers ----------------------------------------------------------------------------


def _all_styles(lang: str) -> tuple[str, ...]:
    return (*lexicon(lang).separators, "words", "scaled")


def _word_scales(lex: RenderLexicon) -> tuple[int, ...]:
    return tuple(s.value for s in lex.scales if s.singular)


def _cents_between(low: Decimal, high: Decimal) -> tuple[int, int]:
    return math.ceil(low * 100), math.floor(high * 100)


@functools.lru_cache(maxsize=4096)
def _spread(low: int, high: int) -> st.SearchStrategy[int]:
    """Integers in [low, high] with every number of digits about as likely (small figures
    are as common in news as large ones); shrinks towards ``low``."""
    if low > high:
        return st.nothing()
    widths = range(len(str(max(low, 0))), len(str(high)) + 1)

    def in_width(width: int) -> st.SearchStrategy[int]:
        return st.integers(
            max(low, 10 ** (width - 1) if width > 1 else 0), min(high, 10**width - 1)
        )

    return st.sampled_from(widths).flatmap(in_width)


def _times(scale: int, *, cents: bool) -> Callable[[int], Decimal]:
    """Mantissa (whole, or in hundredths) → the value it has with a scale word."""

    def value(mantissa: int) -> Decimal:
        return (Decimal(mantissa) / 100 if cents else Decimal(mantissa)) * scale

    return value


@functools.lru_cache(maxsize=4096)
def _style_values(style: str, lang: str, low: Decimal, high: Decimal) -> st.SearchStrategy[Decimal]:
    """Values that ``style`` can write, within [low, high], as exact decimals."""
    lex = lexicon(lang)
    if style == "scaled":
        options = []
        for scale in _word_scales(lex):
            first, last = _cents_between(
                max(low / scale, Decimal(1)), min(high / scale, Decimal("999.99"))
            )
            if first <= last:
                options.append(_spread(first, last).map(_times(scale, cents=True)))
        return st.one_of(options) if options else st.nothing()
    if style == "words":
        options = []
        small_high = min(high, Decimal(_WORDS_LIMIT - 1))
        if math.ceil(low) <= math.floor(small_high):
            options.append(_spread(math.ceil(low), math.floor(small_high)).map(Decimal))
        for scale in _word_scales(lex):
            first = max(math.ceil(low / scale), 1)
            last = min(math.floor(high / scale), 999)
            if first <= last and first * scale >= _WORDS_LIMIT:
                options.append(st.integers(first, last).map(_times(scale, cents=False)))
        return st.one_of(options) if options else st.nothing()
    floor = Decimal(0) if style == "none" else Decimal(1000)
    first, last = _cents_between(max(low, floor), high)
    if first > last:
        return st.nothing()
    integers = _spread(math.ceil(first / 100), last // 100).map(Decimal)
    # News writes decimals on figures below a million (1 234,5), a scale word above.
    cents = _spread(first, min(last, _DECIMALS_BELOW * 100 - 1))
    decimals = cents.filter(lambda c: c % 100 != 0).map(lambda c: Decimal(c) / 100)
    return (integers | decimals).filter(lambda v: style in number_styles(v, lang))


def _feasible(style: str, lang: str, low: Decimal, high: Decimal) -> bool:
    return not _style_values(style, lang, low, high).is_empty


@st.composite
def _styled_number(
    draw: st.DrawFn, lang: str, styles: Sequence[str], low: Decimal, high: Decimal
) -> tuple[str, Decimal]:
    style = draw(st.sampled_from(styles))
    value = draw(_style_values(style, lang, low, high))
    return style, value


def numbers(
    lang: str = "fr",
    *,
    min_value: int | float | Decimal = 0,
    max_value: int | float | Decimal = _MAX_VALUE,
    styles: Sequence[str] | None = None,
) -> st.SearchStrategy[tuple[str, float]]:
    """A number written as news writes it in ``lang``, with its value: ``(text, value)``.

    ``styles`` restricts the notations: the lexicon's thousands separators
    (``none``, ``space``, ``nbsp``, ``narrow_nbsp``, ``thin``, ``apostrophe``, and
    ``dot`` in French or ``comma`` in English), ``words`` ("deux cent
    cinquante", "two million") and ``scaled`` ("1,5 million"). Values lie in
    [min_value, max_value] and have at most two decimals, only below a million.

    >>> from hypothesis import find
    >>> find(numbers("fr", min_value=1_000_000, styles=["scaled"]), lambda pair: True)
    ('1 million', 1000000.0)
    """
    lang = _check_lang(lang)
    low, high = _check_number("min_value", min_value), _check_number("max_value", max_value)
    if low > high:
        raise InvalidArgument(f"min_value={min_value!r} is greater than max_value={max_value!r}")
    allowed = _check_choice(
        "styles", _all_styles(lang) if styles is None else styles, _all_styles(lang)
    )
    usable = tuple(s for s in allowed if _feasible(s, lang, low, high))
    if not usable:
        raise InvalidArgument(
            f"no number between {min_value!r} and {max_value!r} can be written in styles {allowed}"
        )

    def written(pair: tuple[str, Decimal]) -> tuple[str, float]:
        style, value = pair
        return render_number(value, lang, style), float(value)

    return _styled_number(lang, usable, low, high).map(written)


# -- periods ----------------------------------------------------------------------------


@st.composite
def _period(draw: st.DrawFn, grain: str, min_year: int, max_year: int) -> Period:
    year = draw(st.integers(min_year, max_year))
    if grain == "year":
        return Period.year(year)
    if grain == "quarter":
        return Period.quarter(year, draw(st.integers(1, 4)))
    if grain == "month":
        return Period.month(year, draw(st.integers(1, 12)))
    if grain == "week":
        start = datetime.fromisocalendar(year, draw(st.integers(1, 52)), 1)
        return Period(start=start, end=start + timedelta(days=7), grain="week")
    day = datetime(year, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    if grain == "day":
        return Period.day(day.year, day.month, day.day)
    steps = {"hour": (23, timedelta(hours=1)), "minute": (1439, timedelta(minutes=1))}
    last, size = steps.get(grain, (86_399, timedelta(seconds=1)))
    start = day + size * draw(st.integers(0, last))
    return Period.model_validate({"start": start, "end": start + size, "grain": grain})


def periods(
    grains: Sequence[str] | None = None, *, min_year: int = 1900, max_year: int = 2100
) -> st.SearchStrategy[Period]:
    """A :class:`~claimcheck.models.Period` at one of ``grains`` (all eight by default:
    year, quarter, month, week, day, hour, minute, second), starting in
    [min_year, max_year].

    >>> from hypothesis import find
    >>> find(periods(["quarter"], min_year=2025), lambda p: True).label()
    '2025-Q1'
    """
    chosen = _check_choice("grains", tuple(reversed(GRAINS)) if grains is None else grains, GRAINS)
    low, high = _check_year("min_year", min_year), _check_year("max_year", max_year)
    if low > high:
        raise InvalidArgument(f"min_year={min_year!r} is greater than max_year={max_year!r}")
    return st.sampled_from(chosen).flatmap(lambda g: _period(g, low, high))


# -- mentions ---------------------------------------------------------------------------


def _interval(qualifier: Qualifier, value: Decimal, low: Decimal | None) -> dict[str, Any]:
    """The fields a figure's qualifier sets, per DESIGN "Qualifiers → intervals"."""
    v = float(value)
    if qualifier is Qualifier.RANGE:
        assert low is not None
        return {"value": None, "low": float(low), "high": v}
    bounds: dict[Qualifier, dict[str, Any]] = {
        Qualifier.EXACT: {"low": v, "high": v},
        Qualifier.APPROX: {"low": v, "high": v},
        Qualifier.NEARLY: {"high": v},
        Qualifier.GT: {"low": v, "low_exclusive": True},
        Qualifier.GE: {"low": v},
        Qualifier.LT: {"high": v, "high_exclusive": True},
        Qualifier.LE: {"high": v},
    }
    return {"value": v, **bounds[qualifier]}


def _figure_mention(
    kind: MentionKind,
    qualifier: Qualifier,
    value: Decimal,
    low: Decimal | None,
    unit: str | None,
    currency: str | None,
) -> Mention:
    """A mention with placeholder text, to be written by :func:`render_figure`."""
    return Mention(
        kind=kind,
        text="",
        start=0,
        end=0,
        qualifier=qualifier,
        unit="%" if kind is MentionKind.PERCENT else unit,
        currency=currency,
        **_interval(qualifier, value, low),
    )


def _placed(mention: Mention, text: str, start: int = 0) -> Mention:
    return mention.model_copy(update={"text": text, "start": start, "end": start + len(text)})


def _figure_styles(kind: MentionKind, lang: str) -> tuple[str, ...]:
    """The number styles a figure of this kind is written in (the extraction reads "1,5
    million d'euros" but promises no "1,5 million de tonnes")."""
    styles = _all_styles(lang)
    if kind in (MentionKind.NUMBER, MentionKind.MONEY):
        return styles
    return tuple(s for s in styles if s not in ("words", "scaled"))


@st.composite
def _figure(
    draw: st.DrawFn,
    kind: MentionKind,
    lang: str,
    qualifiers: Sequence[Qualifier],
    styles: Sequence[str],
    unit: str | None,
    currency: str | None,
) -> Mention:
    qualifier = draw(st.sampled_from(qualifiers))
    top = Decimal(100) if kind is MentionKind.PERCENT else Decimal(_MAX_VALUE)
    style, value = draw(_styled_number(lang, styles, Decimal(1), top))
    low = None
    if qualifier is Qualifier.RANGE:
        low = draw(_range_low(style, lang, value))
    mention = _figure_mention(kind, qualifier, value, low, unit, currency)
    if not figure_forms(kind, lang, style, value, unit=unit, currency=currency):
        reject()  # e.g. "£" has no wording with a number in words
    text = render_figure(
        mention,
        lang,
        style,
        form=draw(st.integers(0, 7)),
        qualifier_form=draw(st.integers(0, 3)),
    )
    return _placed(mention, text)


def _range_low(style: str, lang: str, high: Decimal) -> st.SearchStrategy[Decimal]:
    """A low end below ``high`` that the same style writes, sharing its scale word if any."""
    lex = lexicon(lang)
    if style in ("scaled", "words") and high >= _WORDS_LIMIT:
        scale = max(s for s in _word_scales(lex) if high / s >= 1)
        step = Decimal(1) if style == "words" else Decimal("0.01")
        units = int(high / scale / step)
        if units <= int(1 / step):
            return st.nothing()
        return st.integers(int(1 / step), units - 1).map(lambda u: u * step * scale)
    if style == "words":
        # Spoken ranges share their thousands word ("de deux à trois mille" is 2 000 to
        # 3 000), so in words both ends have as many groups of three digits.
        floor = Decimal(1000) ** ((len(str(int(high))) - 1) // 3)
        return _style_values(style, lang, floor, high - 1)
    return _style_values(style, lang, Decimal(1), high - Decimal("0.01"))


@st.composite
def _duration(draw: st.DrawFn, lang: str, styles: Sequence[str]) -> Mention:
    lex = lexicon(lang)
    unit = draw(st.sampled_from(sorted(lex.durations)))
    words = draw(st.sampled_from(styles)) == "words"
    value = draw(st.integers(1, 99 if words else 120))
    text = render_duration(value, unit, lang, words=words, form=draw(st.integers(0, 3)))
    return Mention(
        kind=MentionKind.DURATION,
        text=text,
        start=0,
        end=len(text),
        value=value,
        low=value,
        high=value,
        unit=unit,
    )


@st.composite
def _ordinal(draw: st.DrawFn, lang: str, styles: Sequence[str]) -> Mention:
    words = draw(st.sampled_from(styles)) == "words"
    value = draw(st.integers(1, len(lexicon(lang).ordinals.words) if words else 500))
    text = render_ordinal(value, lang, words=words)
    return Mention(
        kind=MentionKind.ORDINAL,
        text=text,
        start=0,
        end=len(text),
        value=value,
        low=value,
        high=value,
    )


@st.composite
def _time(draw: st.DrawFn, lang: str, relations: Sequence[Relation]) -> Mention:
    relation = draw(st.sampled_from(relations))
    templates = lexicon(lang).time.templates[relation]
    grains = [g for g in ("year", "quarter", "month", "day") if templates.get(g)]
    period = draw(_period(draw(st.sampled_from(grains)), 1960, 2049))
    text = render_period(period, lang, relation, form=draw(st.integers(0, 3)))
    return Mention(
        kind=MentionKind.TIME, text=text, start=0, end=len(text), period=period, relation=relation
    )


def mentions(
    kind: MentionKind | str,
    lang: str = "fr",
    *,
    qualifiers: Sequence[Qualifier | str] | None = None,
    styles: Sequence[str] | None = None,
) -> st.SearchStrategy[Mention]:
    """A :class:`~claimcheck.models.Mention` of ``kind`` whose ``text`` is its wording in
    ``lang``, offsets 0 to ``len(text)``: what :func:`claimcheck.extract` must find in it.

    Figures (``number``, ``percent``, ``money``, ``quantity``) carry a qualifier
    (any of ``qualifiers``, all by default) and the interval it asserts, their
    number written in one of ``styles`` (as in :func:`numbers`; percentages and
    quantities are never in words or with a scale word); ``time`` mentions a
    calendar period with a relation ("d'ici 2026"); ``duration`` and ``ordinal``
    a whole number, in digits (style ``none``) or ``words``.

    >>> from hypothesis import find
    >>> m = find(mentions("money", "en", qualifiers=["gt"]), lambda m: m.value > 1000)
    >>> m.qualifier.value, m.text.startswith(("more than", "over")), m.low == m.value
    ('gt', True, True)
    """
    lang = _check_lang(lang)
    kinds = [k.value for k in MentionKind]
    kind = MentionKind(_check_choice("kind", (getattr(kind, "value", kind),), kinds)[0])
    lex = lexicon(lang)
    allowed = _figure_styles(kind, lang) if kind in _FIGURE_KINDS else ("none", "words")
    chosen_styles = _check_choice(
        "styles", allowed if styles is None else styles, _all_styles(lang)
    )
    usable = tuple(style for style in chosen_styles if style in allowed)
    if not usable:
        raise InvalidArgument(
            f"a {kind.value} mention is never written in styles {chosen_styles} "
            f"(its styles: {', '.join(map(repr, allowed))})"
        )
    if kind is MentionKind.DURATION:
        return _duration(lang, usable)
    if kind is MentionKind.ORDINAL:
        return _ordinal(lang, usable)
    if kind is MentionKind.TIME:
        relations = tuple(r for r in Relation if r in lex.time.templates)
        return _time(lang, relations)
    chosen = tuple(
        Qualifier(q)
        for q in _check_choice(
            "qualifiers",
            [q.value for q in Qualifier] if qualifiers is None else qualifiers,
            [q.value for q in Qualifier],
        )
    )
    if kind is MentionKind.MONEY:
        return st.sampled_from(sorted(lex.currencies)).flatmap(
            lambda code: _figure(kind, lang, chosen, usable, None, code)
        )
    if kind is MentionKind.QUANTITY:
        return st.sampled_from(sorted(lex.units)).flatmap(
            lambda unit: _figure(kind, lang, chosen, usable, unit, None)
        )
    return _figure(kind, lang, chosen, usable, None, None)


# -- references -------------------------------------------------------------------------


def _catalogue() -> tuple[str, ...]:
    """The sample metrics every language can write (lexicons/<lang>/render.toml [metrics])."""
    names = [set(lexicon(lang).metrics) for lang in supported_languages()]
    return tuple(sorted(set.intersection(*names)))


def _metric_aliases(metrics: Iterable[str]) -> dict[str, list[str]]:
    return {
        name: sorted(
            {a for lang in supported_languages() for a in lexicon(lang).metrics[name].aliases}
        )
        for name in metrics
    }


def _round(
    value: Decimal, digits: int, rounding: str = ROUND_HALF_EVEN, *, whole: bool = False
) -> Decimal:
    """``value`` to ``digits`` significant digits, never finer than hundredths (than units
    for a ``whole`` count)."""
    if value == 0:
        return value
    quantum = Decimal(1).scaleb(max(value.adjusted() - digits + 1, 0 if whole else -2))
    return (value / quantum).to_integral_value(rounding=rounding) * quantum


def _step(value: Decimal, *, whole: bool = False) -> Decimal:
    """One unit of the second significant digit of ``value`` (at least 1 for a count)."""
    return Decimal(1).scaleb(max(value.adjusted() - 1, 0 if whole else -2))


@st.composite
def _record_value(draw: st.DrawFn, kind: MentionKind) -> Decimal:
    """A figure of the size news gives for this kind, with one to four significant digits:
    percentages up to 99.99, money from 1 000 to 10^11, counts from 10 and quantities from 1
    to 10^8."""
    digits = draw(st.integers(2 if kind is MentionKind.NUMBER else 1, 4))
    mantissa = Decimal(draw(st.integers(10 ** (digits - 1), 10**digits - 1)))
    if kind is MentionKind.PERCENT:
        return mantissa.scaleb(-max(digits - 2, 0))
    low, high = (3, 7) if kind is MentionKind.MONEY else (0, 4)
    return mantissa.scaleb(draw(st.integers(low, high)))


def _unit_kind(unit: str) -> MentionKind:
    shape = _figure_kind(unit, lexicon(supported_languages()[0]))
    return MentionKind.NUMBER if shape is None else shape[0]


def _disjoint(found: list[Period]) -> list[Period]:
    """The periods of ``found`` that overlap none before them (a flow is never given twice)."""
    kept: list[Period] = []
    for period in found:
        if all(period.end <= p.start or p.end <= period.start for p in kept):
            kept.append(period)
    return kept


@st.composite
def _records(
    draw: st.DrawFn,
    entities: Sequence[str],
    metrics: Sequence[str],
    period_strategy: st.SearchStrategy[Period],
    max_pairs: int,
) -> list[ReferenceRecord]:
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(entities), st.sampled_from(metrics)),
            min_size=1,
            max_size=max_pairs,
            unique=True,
        )
    )
    forms = lexicon(supported_languages()[0]).metrics
    records: list[ReferenceRecord] = []
    for entity, metric in pairs:
        kind = RecordKind(forms[metric].kind)
        found = draw(st.lists(period_strategy, min_size=1, max_size=4))
        if kind is RecordKind.EVENT:
            first = found[0].start
            records.append(
                ReferenceRecord(
                    entity=entity,
                    metric=metric,
                    period=Period.day(first.year, first.month, first.day),
                    kind=kind,
                )
            )
            continue
        grain = found[0].grain
        for period in _disjoint([p for p in found if p.grain == grain]):
            value = draw(_record_value(_unit_kind(forms[metric].unit)))
            records.append(
                ReferenceRecord(
                    entity=entity,
                    metric=metric,
                    value=float(value),
                    unit=forms[metric].unit or None,
                    period=period,
                    kind=kind,
                )
            )
    return records


def references(
    entities: Sequence[str] | None = None,
    metrics: Sequence[str] | None = None,
    periods: st.SearchStrategy[Period] | None = None,
    *,
    max_series: int = 6,
) -> st.SearchStrategy[Reference]:
    """A :class:`~claimcheck.reference.Reference` of sample figures that :func:`claims` and
    :func:`articles` can write about.

    Up to ``max_series`` (entity, metric) series, each of one to four records at
    one grain with no two periods overlapping (so the reference never disagrees
    with itself). ``entities`` are names (sample company names by default);
    ``metrics`` are names of the sample metrics of ``render.toml`` (all by
    default), whose aliases in every language come along; ``periods`` draws the
    records' periods (calendar years, quarters and months of 2015–2024 by
    default).

    >>> from hypothesis import find
    >>> ref = find(references(["Xiaomi"], ["revenue"]), lambda r: True)
    >>> [(r.entity, r.metric, r.unit) for r in ref]
    [('Xiaomi', 'revenue', 'EUR')]
    """
    names = tuple(dict.fromkeys(lexicon(supported_languages()[0]).claims.subjects))
    if entities is not None:
        if isinstance(entities, str) or not isinstance(entities, Iterable):
            raise InvalidArgument(f"entities={entities!r} must be a sequence of names")
        names = tuple(dict.fromkeys(entities))
        bad = [name for name in names if not isinstance(name, str) or not name.strip()]
        if bad or not names:
            raise InvalidArgument(
                f"entities={entities!r} must hold at least one non-blank name"
                + (f"; {bad[0]!r} is not one" if bad else "")
            )
    chosen = _check_choice("metrics", _catalogue() if metrics is None else metrics, _catalogue())
    if periods is None:
        periods = _calendar_periods(2015, 2024)
    elif not isinstance(periods, st.SearchStrategy):
        raise InvalidArgument(f"periods={periods!r} must be a strategy of Period, e.g. periods()")
    if isinstance(max_series, bool) or not isinstance(max_series, int) or max_series < 1:
        raise InvalidArgument(f"max_series={max_series!r} must be a whole number from 1")
    aliases = {"metric": _metric_aliases(chosen)}
    return _records(names, chosen, periods, max_series).map(
        lambda records: Reference.from_records(records, aliases=aliases)
    )


def _calendar_periods(min_year: int, max_year: int) -> st.SearchStrategy[Period]:
    return st.sampled_from(("year", "quarter", "month")).flatmap(
        lambda grain: _period(grain, min_year, max_year)
    )


# -- claims -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Statement:
    """One claim about to be written, with the verdict it should get (None: not known)."""

    subject: str
    templates: tuple[str, ...]
    noun: str
    figure: Mention | None
    style: str
    time: Mention
    kind: ClaimKind
    verdict: Verdict | None


def _figure_kind(
    unit: str | None, lex: RenderLexicon
) -> tuple[MentionKind, str | None, str | None] | None:
    """How a reference unit is written: the mention kind, its unit and its currency."""
    if not unit:
        return MentionKind.NUMBER, None, None
    if unit == "%":
        return MentionKind.PERCENT, "%", None
    if unit in lex.currencies:
        return MentionKind.MONEY, None, unit
    if unit in lex.units:
        return MentionKind.QUANTITY, unit, None
    return None


def _time_mention(period: Period, relation: Relation) -> Mention:
    return Mention(kind=MentionKind.TIME, text="", start=0, end=0, period=period, relation=relation)


def _stated(
    qualifier: Qualifier, value: Decimal, verdict: Verdict, *, whole: bool = False
) -> tuple[Decimal, Decimal | None] | None:
    """The figure (and the low end of a range) to state so that a reference value of
    ``value`` gives ``verdict``, with a wide margin over the default tolerances; a
    ``whole`` count is stated in whole units."""

    def near(number: Decimal, digits: int = 2, rounding: str = ROUND_HALF_EVEN) -> Decimal:
        return _round(number, digits, rounding, whole=whole)

    down, up = near(value, rounding=ROUND_FLOOR), near(value, rounding=ROUND_CEILING)
    low: Decimal | None = None
    if verdict is Verdict.SUPPORTED:
        below = down if down < value else down - _step(down, whole=whole)
        above = up if up > value else up + _step(up, whole=whole)
        stated = {
            Qualifier.EXACT: value,
            Qualifier.APPROX: near(value),
            Qualifier.NEARLY: up,
            Qualifier.GT: below,
            Qualifier.GE: down,
            Qualifier.LT: above,
            Qualifier.LE: up,
            Qualifier.RANGE: above,
        }[qualifier]
        if qualifier is Qualifier.RANGE:
            low = below
    else:
        over = near(value * Decimal("1.2"), rounding=ROUND_CEILING)
        under = near(value * Decimal("0.8"), rounding=ROUND_FLOOR)
        stated = {
            Qualifier.EXACT: near(value * Decimal("1.3"), 3),
            Qualifier.APPROX: near(value * Decimal("1.4")),
            Qualifier.NEARLY: under,
            Qualifier.GT: over,
            Qualifier.GE: over,
            Qualifier.LT: under,
            Qualifier.LE: under,
            Qualifier.RANGE: near(value * Decimal("1.5"), rounding=ROUND_CEILING),
        }[qualifier]
        if qualifier is Qualifier.RANGE:
            low = over
    if stated <= 0 or (low is not None and not 0 < low < stated):
        return None
    return stated, low


@functools.lru_cache(maxsize=4096)
def _styles_for(
    kind: MentionKind,
    lang: str,
    stated: Decimal,
    low: Decimal | None,
    unit: str | None,
    currency: str | None,
    allowed: tuple[str, ...] | None = None,
) -> tuple[str, ...]:
    """The number styles (of ``allowed``, if any can) that write this figure, both ends of a
    range alike; a figure that none of ``allowed`` can write is written in digits."""
    mention = _figure_mention(
        kind, Qualifier.RANGE if low is not None else Qualifier.EXACT, stated, low, unit, currency
    )
    styles = []
    for style in _figure_styles(kind, lang):
        try:
            render_figure(mention, lang, style)
        except InputError:
            continue
        styles.append(style)
    if allowed is None:
        return tuple(styles)
    return tuple(
        [s for s in styles if s in allowed] or [s for s in styles if s not in ("words", "scaled")]
    )


@st.composite
def _free_statement(draw: st.DrawFn, lang: str, styles: tuple[str, ...] | None) -> _Statement:
    """A claim about a sample subject and metric, with nothing to check it against."""
    lex = lexicon(lang)
    metric = draw(st.sampled_from(sorted(lex.metrics)))
    forms = lex.metrics[metric]
    subject = draw(st.sampled_from(lex.claims.subjects))
    if forms.kind == "event":
        period = Period.year(draw(st.integers(2000, 2040)))
        return _Statement(
            subject,
            forms.templates,
            forms.aliases[0],
            None,
            "none",
            _time_mention(period, Relation.BY),
            ClaimKind.EVENT,
            None,
        )
    period = draw(_calendar_periods(2000, 2030))
    shape = _figure_kind(forms.unit, lex)
    assert shape is not None, f"sample metric {metric} has a unit {lang} cannot write"
    kind, unit, currency = shape
    qualifier = draw(st.sampled_from(list(Qualifier)))
    value = draw(_record_value(kind))
    picked = _stated(qualifier, value, Verdict.SUPPORTED, whole=kind is MentionKind.NUMBER)
    if picked is None:
        qualifier, picked = Qualifier.EXACT, (value, None)
    stated, low = picked
    style = draw(st.sampled_from(_styles_for(kind, lang, stated, low, unit, currency, styles)))
    figure = _figure_mention(kind, qualifier, stated, low, unit, currency)
    return _Statement(
        subject,
        forms.templates,
        forms.aliases[0],
        figure,
        style,
        _time_mention(period, Relation.IN),
        ClaimKind.QUANTITY,
        None,
    )


@dataclass(frozen=True)
class _Source:
    """What claims can be drawn from: the writable records and the years each series covers."""

    records: tuple[ReferenceRecord, ...]
    years: Mapping[tuple[str, str], frozenset[int]]
    aliases: Mapping[str, tuple[str, ...]]
    last: datetime


def _source(reference: object, lang: str) -> _Source:
    if isinstance(reference, str | bytes) or not isinstance(reference, Iterable):
        raise InvalidArgument(
            f"reference={reference!r} must be a Reference or an iterable of ReferenceRecord"
        )
    records = [
        r if isinstance(r, ReferenceRecord) else ReferenceRecord.model_validate(r)
        for r in reference
    ]
    lex = lexicon(lang)
    years: dict[tuple[str, str], set[int]] = {}
    for record in records:
        covered = years.setdefault((record.entity, record.metric), set())
        covered.update(
            range(
                record.period.start.year, (record.period.end - timedelta(microseconds=1)).year + 1
            )
        )
    usable = []
    for record in records:
        if record.kind is RecordKind.EVENT:
            if record.metric in lex.metrics and lex.metrics[record.metric].kind == "event":
                usable.append(record)
        elif (
            renderable(record.period)
            and record.period.grain != "day"
            and record.value is not None
            and record.value > 0
            and _figure_kind(record.unit, lex) is not None
        ):
            usable.append(record)
    if not usable:
        raise InvalidArgument(
            f"reference has no record that {lang!r} text can state (a positive value of a "
            "count, a percent, a known currency or unit, over a calendar year, quarter or month)"
        )
    aliases: dict[str, tuple[str, ...]] = {}
    if isinstance(reference, Reference):
        aliases = {
            metric: reference.metric_aliases(metric) for metric in {r.metric for r in usable}
        }
    last = max(r.period.end for r in records)
    return _Source(tuple(usable), {k: frozenset(v) for k, v in years.items()}, aliases, last)


def _wording(metric: str, lang: str, aliases: Sequence[str]) -> tuple[tuple[str, ...], str]:
    """The sentence templates and the noun of a metric: the sample metric's own, else the
    generic sentence with the metric's alias in this language (or its name)."""
    lex = lexicon(lang)
    if metric in lex.metrics:
        return lex.metrics[metric].templates, lex.metrics[metric].aliases[0]
    own = [alias for alias in aliases if detect_language(alias) == lang]
    return lex.claims.fallback, (own or list(aliases) or [metric.replace("_", " ")])[0]


@st.composite
def _checked_statement(
    draw: st.DrawFn,
    lang: str,
    source: _Source,
    verdicts: Sequence[Verdict],
    styles: tuple[str, ...] | None,
) -> _Statement:
    lex = lexicon(lang)
    record = draw(st.sampled_from(source.records))
    verdict = draw(st.sampled_from(verdicts))
    templates, noun = _wording(record.metric, lang, source.aliases.get(record.metric, ()))
    if record.kind is RecordKind.EVENT:
        year = record.period.start.year
        if verdict is Verdict.UNVERIFIABLE:
            verdict = Verdict.SUPPORTED  # an event on record is never unverifiable
        offset = draw(st.integers(0, 2))
        deadline = year + offset if verdict is Verdict.SUPPORTED else year - 1 - offset
        return _Statement(
            record.entity,
            templates,
            noun,
            None,
            "none",
            _time_mention(Period.year(deadline), Relation.BY),
            ClaimKind.EVENT,
            verdict,
        )
    assert record.value is not None
    shape = _figure_kind(record.unit, lex)
    assert shape is not None
    kind, unit, currency = shape
    value = _round(Decimal(repr(record.value)), 6)
    period = record.period
    if verdict is Verdict.UNVERIFIABLE:
        covered = source.years[(record.entity, record.metric)]
        period = Period.year(min(covered) - 1 - draw(st.integers(0, 2)))
        verdict_for_figure = Verdict.SUPPORTED
    else:
        verdict_for_figure = verdict
    qualifier = draw(st.sampled_from(list(Qualifier)))
    whole = kind is MentionKind.NUMBER and value == value.to_integral_value()
    picked = _stated(qualifier, value, verdict_for_figure, whole=whole)
    if picked is None:
        qualifier = Qualifier.EXACT
        picked = _stated(qualifier, value, verdict_for_figure, whole=whole)
    assert picked is not None
    stated, low = picked
    style = draw(st.sampled_from(_styles_for(kind, lang, stated, low, unit, currency, styles)))
    figure = _figure_mention(kind, qualifier, stated, low, unit, currency)
    return _Statement(
        record.entity,
        templates,
        noun,
        figure,
        style,
        _time_mention(period, Relation.IN),
        ClaimKind.QUANTITY,
        verdict,
    )


@st.composite
def _written(
    draw: st.DrawFn, lang: str, statement: _Statement, offset: int, connector: str
) -> Claim:
    """Write one statement as a sentence starting at ``offset`` of a text."""
    figure_text = ""
    if statement.figure is not None:
        figure_text = render_figure(
            statement.figure,
            lang,
            statement.style,
            form=draw(st.integers(0, 7)),
            qualifier_form=draw(st.integers(0, 3)),
        )
    assert statement.time.period is not None and statement.time.relation is not None
    time_text = render_period(
        statement.time.period, lang, statement.time.relation, form=draw(st.integers(0, 3))
    )
    template = draw(st.sampled_from(statement.templates))
    rendered = render_sentence(
        template,
        {
            "subject": statement.subject,
            "figure": figure_text,
            "link": scale_link(statement.figure, lang, statement.style),
            "time": time_text,
            "noun": statement.noun,
        },
        connector,
    )
    text = rendered.text

    def placed(mention: Mention, part: str) -> Mention:
        start, end = rendered.spans[part]
        return _placed(mention, text[start:end], offset + start)

    time = placed(statement.time, "time")
    figure = placed(statement.figure, "figure") if statement.figure is not None else None
    anchor = figure or time
    return Claim(
        kind=statement.kind,
        lang=lang,
        text=anchor.text,
        start=anchor.start,
        end=anchor.end,
        sentence=text,
        sentence_start=offset,
        subject=statement.subject,
        measure=Measure(noun=statement.noun),
        figure=figure,
        time=time,
    )


def _check_verdicts(verdicts: object, default: Sequence[Verdict]) -> tuple[Verdict, ...]:
    allowed = [v.value for v in (Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIABLE)]
    chosen = _check_choice(
        "verdicts", [v.value for v in default] if verdicts is None else verdicts, allowed
    )
    return tuple(Verdict(v) for v in chosen)


def claims(
    lang: str = "fr",
    reference: Reference | Iterable[ReferenceRecord] | None = None,
    *,
    verdicts: Sequence[Verdict | str] | None = None,
    styles: Sequence[str] | None = None,
) -> st.SearchStrategy[Claim]:
    """A :class:`~claimcheck.models.Claim` written as one sentence in ``lang``: its
    ``sentence`` is the text, its figure and time carry their offsets in it.

    Without a reference, the subject and the measure are samples. With one, each
    claim states a record of the reference, so that it can be checked: by default
    truthfully or not (``verdicts``: any of "supported", "contradicted",
    "unverifiable"; :func:`articles` says which one each claim should get).
    ``styles`` restricts how numbers are written, as in :func:`numbers` (a number
    none of them can write is written in digits).

    >>> from hypothesis import find
    >>> c = find(claims("en", styles=["comma"]), lambda c: c.figure and c.figure.value > 1000)
    >>> c.sentence[c.figure.start:c.figure.end] == c.figure.text, "," in c.figure.text
    (True, True)
    """
    lang = _check_lang(lang)
    allowed = None if styles is None else _check_choice("styles", styles, _all_styles(lang))
    if reference is None:
        if verdicts is not None:
            raise InvalidArgument("verdicts needs a reference to be checked against")
        statements: st.SearchStrategy[_Statement] = _free_statement(lang, allowed)
    else:
        source = _source(reference, lang)
        chosen = _check_verdicts(verdicts, _CHECKABLE)
        statements = _checked_statement(lang, source, chosen, allowed)
    return statements.flatmap(lambda s: _written(lang, s, 0, ""))


@st.composite
def _article(
    draw: st.DrawFn,
    lang: str,
    source: _Source,
    verdicts: Sequence[Verdict],
    min_claims: int,
    max_claims: int,
    styles: tuple[str, ...] | None,
) -> Article:
    one = _checked_statement(lang, source, verdicts, styles)
    statements = draw(st.lists(one, min_size=min_claims, max_size=max_claims))
    connectors = lexicon(lang).claims.connectors
    written: list[Claim] = []
    offset = 0
    for index, statement in enumerate(statements):
        connector = draw(st.sampled_from(connectors)) if index else ""
        claim = draw(_written(lang, statement, offset, connector))
        written.append(claim)
        offset += len(claim.sentence) + 1
    text = " ".join(c.sentence for c in written)
    return Article(
        text=text,
        lang=lang,
        reference_date=source.last + timedelta(days=1),
        claims=tuple(written),
        verdicts=tuple(s.verdict or Verdict.SUPPORTED for s in statements),
    )


def articles(
    lang: str,
    reference: Reference | Iterable[ReferenceRecord],
    *,
    min_claims: int = 1,
    max_claims: int = 4,
    verdicts: Sequence[Verdict | str] | None = None,
    styles: Sequence[str] | None = None,
) -> st.SearchStrategy[Article]:
    """A paragraph of French or English news prose stating ``min_claims`` to ``max_claims``
    figures of ``reference``, each worded so that checking it gives a chosen verdict.

    Supported claims state a record faithfully (exactly, or hedged: "près de",
    "plus de", "between … and …"); contradicted ones miss it by 20 % or more;
    unverifiable ones are about a year the reference has no figure for. The
    :class:`Article` carries the text, its claims with their offsets, the
    expected verdicts and the ``reference_date`` to check on (the day after the
    reference's last period). ``styles`` restricts how numbers are written, as in
    :func:`claims`.

    >>> from hypothesis import find
    >>> ref = find(references(["Xiaomi"], ["vehicles_sold"]), lambda r: True)
    >>> article = find(articles("fr", ref, verdicts=["contradicted"]), lambda a: True)
    >>> [v.value for v in article.verdicts], article.text.startswith("Xiaomi")
    (['contradicted'], True)
    """
    lang = _check_lang(lang)
    if reference is None:
        raise InvalidArgument("articles() needs a reference: its claims are drawn from its records")
    source = _source(reference, lang)
    allowed = None if styles is None else _check_choice("styles", styles, _all_styles(lang))
    chosen = _check_verdicts(verdicts, tuple(v for v in Verdict if v is not Verdict.CONFLICTING))
    for name, value in (("min_claims", min_claims), ("max_claims", max_claims)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidArgument(f"{name}={value!r} must be a whole number from 1")
    if min_claims > max_claims:
        raise InvalidArgument(f"min_claims={min_claims} is greater than max_claims={max_claims}")
    return _article(lang, source, chosen, min_claims, max_claims, allowed)

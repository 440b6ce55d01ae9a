"""Findings → words: the one-line explanation of each finding, and reports as tables.

:class:`Explainer` builds the findings of one claim with their explanation in
the claim's language, from the templates in ``lexicons/<lang>/check.toml``;
:func:`render_text` and :func:`render_markdown` lay a whole report out as a
plain-text table (for a terminal) or a Markdown table.

French groups digits with a narrow no-break space (U+202F):

>>> format_number(96214.0, "fr"), format_number(-0.038, "fr", percent=True)
('96\u202f214', '−3,8\u202f%')
>>> format_number(68_373_433.0, "en"), format_number(0.005, "en", percent=True)
('68.37 million', '+0.5%')
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from claimcheck.lexicon import load_lexicon
from claimcheck.models import (
    Claim,
    Finding,
    Period,
    Reason,
    ReferenceRecord,
    Relation,
    Report,
    Verdict,
)
from claimcheck.reference import FUZZY_THRESHOLD, check_in_order, model_in_order
from claimcheck.terms import points_of_a_share
from claimcheck.units_scale import ReferenceUnitWords

_SPACES = re.compile(r" {2,}")

__all__ = ["Explainer", "check_lexicon", "format_number", "render_markdown", "render_text"]


class _Numbers(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    thousands: str
    decimal: str
    percent: str
    minus: str
    scales: tuple[tuple[float, str, str], ...] = ()
    # which sizes a unit word names in the singular: "below_two" ("1,5 an", French) or
    # "one" alone ("1.5 years", English)
    unit_singular: Literal["below_two", "one"] = "below_two"


class _UnitWord(NamedTuple):
    singular: str
    plural: str


class _Periods(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    day: str
    week: str
    month: str
    quarter: str
    year: str
    default: str


class _Texts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    supported: str
    contradicted: str
    supported_bounds: str
    contradicted_bounds: str
    inconclusive_bounds: str
    conflicting: str
    conflicting_value: str
    agreeing: str
    event_supported: str
    # an event dated, no deadline ("a subi mercredi soir une panne", "took office on July 5")
    event_dated_supported: str
    event_dated_contradicted: str
    change_supported: str
    change_contradicted: str
    event_contradicted: str
    no_subject: str
    unknown_entity: str
    unknown_metric: str
    no_data: str
    incompatible_unit: str
    not_yet_due: str
    not_checkable: str
    count_unit: str


class Capitals(BaseModel):
    """The ``[capitals]`` table of ``lexicons/<lang>/check.toml``: capital cities that stand
    for their country's government, and the words that say a sentence is about one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cities: dict[str, str] = {}
    government_words: frozenset[str] = frozenset()


class CheckLexicon(BaseModel):
    """The schema of ``lexicons/<lang>/check.toml`` (its header documents it)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    numbers: _Numbers
    period: _Periods
    text: _Texts
    units: dict[str, _UnitWord] = {}
    reference_units: ReferenceUnitWords = ReferenceUnitWords()  # read by units_scale
    capitals: Capitals = Capitals()  # read by check
    home_place: str | None = None  # read by check
    span_openers: list[str] = []  # read by check


def _lexicon(lang: str) -> CheckLexicon:
    lexicon = _LEXICONS.get(lang)
    if lexicon is None:  # read (and validated) once per language and process
        lexicon = _LEXICONS[lang] = load_lexicon(lang, "check", CheckLexicon)
    return lexicon


_LEXICONS: dict[str, CheckLexicon] = {}


def check_lexicon(lang: str) -> CheckLexicon:
    """``lexicons/<lang>/check.toml``, read and validated once per language.

    >>> check_lexicon("fr").capitals.cities["Madrid"]
    'Spain'
    """
    return _lexicon(lang)


def format_number(value: float, lang: str, *, percent: bool = False) -> str:
    """A figure as the language writes it; ``percent`` writes a signed share (0.038 → +3,8 %)."""
    return _written(value, _lexicon(lang).numbers, percent)


def _written(value: float, numbers: _Numbers, percent: bool = False) -> str:
    """:func:`format_number` with the language's number marks at hand."""
    if percent:
        share = abs(value) * 100
        # a small but real gap keeps two significant digits ("−0,03 %", not "0 %")
        decimals = max(1, 1 - math.floor(math.log10(share))) if 0 < share < 0.05 else 1
        shown = _digits(share, numbers, decimals=min(decimals, 6))
        sign = numbers.minus if value < 0 else "+"
        if shown.strip("0,.") == "":
            sign = ""
        return f"{sign}{shown}{numbers.percent}"
    sign = numbers.minus if value < 0 else ""
    size = abs(value)
    for factor, singular, plural in numbers.scales:
        if size >= factor:
            shown = _digits(size / factor, numbers, decimals=2)
            return f"{sign}{shown} {plural if size >= 2 * factor else singular}"
    if size >= 1000 or abs(size - round(size)) < 1e-9:
        return sign + _digits(size, numbers, decimals=0)
    decimals = max(0, 3 - math.floor(math.log10(size)) - 1) if size > 0 else 0
    return sign + _digits(size, numbers, decimals=min(decimals, 6))


def _digits(size: float, numbers: _Numbers, decimals: int) -> str:
    text = format(size, _SPECS[decimals])
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    thousands = numbers.thousands
    if "." not in thousands:  # two replacements in turn, cheaper than a translation table
        return text.replace(",", thousands).replace(".", numbers.decimal)
    return text.translate(_marks(thousands, numbers.decimal))


_SPECS = tuple(f",.{decimals}f" for decimals in range(7))  # the format of 0 to 6 decimals


@functools.lru_cache(maxsize=16)
def _marks(thousands: str, decimal: str) -> dict[int, str]:
    """The table that writes Python's "," and "." as a language's group and decimal marks
    (both at once: one may be the other's)."""
    return str.maketrans({",": thousands, ".": decimal})


# the relations that make an event's time a deadline to meet ("d'ici 2026", "by June")
_DEADLINES = frozenset((Relation.BY, Relation.BEFORE, Relation.UNTIL))


class Explainer:
    """Builds the findings on one claim, each with its one-line explanation."""

    def __init__(self, claim: Claim, reference_date: datetime) -> None:
        self.claim = claim
        self.lang = claim.lang
        self.moment = reference_date
        self.lexicon = _lexicon(claim.lang)
        self.entity: str | None = None
        self.entity_score: float | None = None
        self.metric: str | None = None
        self.metric_score: float | None = None

    def matched(self, entity: str, entity_score: float, metric: str, metric_score: float) -> None:
        """Remember the entity and metric the claim was matched to."""
        self.entity, self.entity_score = entity, entity_score
        self.metric, self.metric_score = metric, metric_score

    # ----------------------------------------------------------- findings

    def unverifiable(
        self,
        reason: Reason,
        *,
        entity: str | None = None,
        entity_score: float | None = None,
        metric: str | None = None,
        period: Period | None = None,
        reference_unit: str | None = None,
    ) -> Finding:
        claim = self.claim
        entity_name = entity or self.entity or claim.subject or claim.location or "?"
        noun = claim.measure.noun or (claim.figure.noun if claim.figure is not None else None)
        verb = claim.measure.verb
        measure = (verb or noun) if claim.figure is None else (noun or verb)
        words = {
            "entity": entity_name,
            "measure": measure or self.claimed(),
            "metric": metric or self.metric or "?",
            "period": self.period_phrase(period) if period is not None else "",
            # a deadline not yet reached is named by its time ("en 2025"), not the figure
            "claimed": (
                claim.time.text
                if reason is Reason.NOT_YET_DUE and claim.time is not None
                else self.claimed()
            ),
            "date": self.moment.date().isoformat(),
            "claim_unit": self._unit_name(self._claim_unit()),
            "reference_unit": self._unit_name(reference_unit),
            "kind": claim.kind.value,
        }
        return self._finding(
            Verdict.UNVERIFIABLE,
            self._say(reason.value, words),
            reason=reason,
            entity=entity if entity is not None else self.entity,
            entity_score=entity_score if entity_score is not None else self.entity_score,
            metric=metric if metric is not None else self.metric,
            metric_score=self.metric_score,
        )

    def compared(
        self,
        verdict: Verdict,
        reference_value: float,
        period: Period,
        source: str | None,
        records: tuple[ReferenceRecord, ...],
        deviation: float | None,
        relative: float | None,
        tolerance: float,
        agreeing: Sequence[tuple[float, str | None]] = (),
    ) -> Finding:
        """A level set against the reference; ``agreeing`` holds the figures of the other
        sources that give the same verdict (they are named after the explanation)."""
        gap = (
            _written(relative, self.lexicon.numbers, True)
            if relative is not None
            else self.figure(deviation or 0.0)
        )
        words = _Words(
            claimed=self.claimed(),
            reference=self.figure(reference_value),
            period=self.period_phrase(period),
            source=self._source(source),
            deviation=gap,
        )
        explanation = self._say(verdict.value, words)
        if agreeing:
            also = self._say("agreeing", {"values": self._listed(agreeing)})
            explanation = f"{explanation} {also}"
        return self._finding(
            verdict,
            explanation,
            records=records,
            reference_value=reference_value,
            deviation=deviation,
            relative_deviation=relative,
            tolerance=tolerance,
        )

    def bounded(
        self,
        verdict: Verdict | None,
        low: tuple[float, Period],
        high: tuple[float, Period],
        period: Period,
        source: str | None,
        records: tuple[ReferenceRecord, ...],
        tolerance: float,
        gap: tuple[float, float | None, float | None],
    ) -> Finding:
        """A figure checked against two levels of a cumulative series that bracket it.

        Values are in base units; ``gap`` is the nearest level, the deviation
        from it and the relative deviation.
        """
        factor = self._factor()
        words = {
            "claimed": self.claimed(),
            "low": self.figure(low[0] / factor),
            "low_period": self.period_phrase(low[1]),
            "high": self.figure(high[0] / factor),
            "high_period": self.period_phrase(high[1]),
            "period": self.period_phrase(period),
            "source": self._source(source),
        }
        key = {
            Verdict.SUPPORTED: "supported_bounds",
            Verdict.CONTRADICTED: "contradicted_bounds",
            None: "inconclusive_bounds",
        }[verdict]
        nearest, deviation, relative = gap
        return self._finding(
            verdict or Verdict.UNVERIFIABLE,
            self._say(key, words),
            reason=Reason.NO_DATA if verdict is None else None,
            records=records,
            tolerance=tolerance,
            reference_value=nearest / factor,
            deviation=None if deviation is None else deviation / factor,
            relative_deviation=relative,
        )

    def conflicting(
        self,
        values: Sequence[tuple[float, str | None]],
        period: Period,
        records: tuple[ReferenceRecord, ...],
    ) -> Finding:
        words = {
            "claimed": self.claimed(),
            "period": self.period_phrase(period),
            "values": self._listed(values),
        }
        return self._finding(Verdict.CONFLICTING, self._say("conflicting", words), records=records)

    def _listed(self, values: Sequence[tuple[float, str | None]]) -> str:
        """Figures with their sources, for a list in an explanation."""
        template = self.lexicon.text.conflicting_value
        return "; ".join(
            template.format(reference=self.figure(value), source=source or "?")
            for value, source in values
        )

    def change(
        self,
        verdict: Verdict,
        change: float,
        relative: bool,
        base: tuple[float, str | None, Period],
        current: tuple[float, str | None, Period],
        source: str | None,
        records: tuple[ReferenceRecord, ...],
        deviation: tuple[float | None, float | None],
        tolerance: float,
    ) -> Finding:
        """A rise or fall checked: ``change`` is in percent when ``relative``, else in
        the claim's unit; ``base`` and ``current`` are values in their records' units."""
        shown = (
            format_number(change / 100, self.lang, percent=True)
            if relative
            else self._signed(change)
        )
        claimed = self.claimed()
        figure = self.claim.figure
        if (
            not relative
            and figure is not None
            and figure.unit is None
            and figure.currency is None
            and figure.noun
            and points_of_a_share(figure.noun, self.lang)
        ):  # "a reculé de 1 point": the difference in points, as the claim counts it
            shown = f"{shown} {figure.noun}"
            if figure.noun not in claimed:
                claimed = f"{claimed} {figure.noun}"
        words = {
            "claimed": claimed,
            "change": shown,
            "period": self.period_phrase(current[2]),
            "base_period": base[2].label(),
            "base": self._with_unit(base[0], base[1]),
            "current": self._with_unit(current[0], current[1]),
            "source": self._source(source),
        }
        key = "change_supported" if verdict is Verdict.SUPPORTED else "change_contradicted"
        return self._finding(
            verdict,
            self._say(key, words),
            records=records,
            reference_value=change,
            deviation=deviation[0],
            relative_deviation=deviation[1],
            tolerance=tolerance,
        )

    def _signed(self, value: float) -> str:
        shown = self.figure(value)
        return shown if value < 0 else "+" + shown

    def _with_unit(self, value: float, unit: str | None) -> str:
        shown = format_number(value, self.lang)
        if unit == "%":
            return shown + self.lexicon.numbers.percent
        return f"{shown} {self._unit_word(value, unit)}" if unit else shown

    def _unit_word(self, value: float, unit: str) -> str:
        """A unit as the language names it when it has a name ("80 ans", "87.14 years"),
        else its symbol ("TWh", "EUR")."""
        word = self.lexicon.units.get(unit)
        if word is None:
            return unit
        size = abs(value)
        if self.lexicon.numbers.unit_singular == "one":
            return word.singular if size == 1 else word.plural
        return word.singular if size < 2 else word.plural

    def event(self, verdict: Verdict, record: ReferenceRecord) -> Finding:
        time = self.claim.time
        words = {  # the date stated, also when a count rides along ("étendue à onze vaccins")
            "claimed": time.text if time is not None else self.claimed(),
            "period": self.period_phrase(record.period),
            "source": self._source(record.source),
        }
        key = "event_supported" if verdict is Verdict.SUPPORTED else "event_contradicted"
        if time is not None and time.relation not in _DEADLINES:
            # a date stated for the event, no deadline to meet: "on Friday", "en mai 2021"
            key = key.replace("event_", "event_dated_")
        return self._finding(verdict, self._say(key, words), records=(record,))

    # ------------------------------------------------------------- pieces

    def claimed(self) -> str:
        """The figure (or the time, for events) as the text states it."""
        claim = self.claim
        if claim.figure is not None:
            return claim.figure.text
        if claim.time is not None:
            return claim.time.text
        return claim.text

    def figure(self, value: float) -> str:
        """A reference figure in the claim's unit, as the claim's language writes it."""
        unit = self._claim_unit()
        numbers = self.lexicon.numbers
        if unit == "%":
            return _written(value, numbers) + numbers.percent
        shown = _written(value, numbers)
        return f"{shown} {self._unit_word(value, unit)}" if unit else shown

    def period_phrase(self, period: Period) -> str:
        key = (self.lang, period.start, period.end, period.grain)
        phrase = _PERIOD_PHRASES.get(key)
        if phrase is None:
            templates = self.lexicon.period
            label = period.label()
            template = (
                getattr(templates, period.grain, templates.default) if "/" not in label else None
            )
            phrase = (template or templates.default).format(label=label)
            if len(_PERIOD_PHRASES) >= _PHRASES_KEPT:
                _PERIOD_PHRASES.clear()
            _PERIOD_PHRASES[key] = phrase
        return phrase

    def _source(self, source: str | None) -> str:
        return self.lexicon.text.source.format(source=source) if source else ""

    def _claim_unit(self) -> str | None:
        figure = self.claim.figure
        if figure is None:
            return None
        return figure.currency or figure.unit

    def _factor(self) -> float:
        from claimcheck.units_scale import scale_of

        figure = self.claim.figure
        if figure is None or figure.currency:
            return 1.0
        scale = scale_of(figure.unit)
        return scale.factor if scale is not None else 1.0

    def _unit_name(self, unit: str | None) -> str:
        if not unit:
            return self.lexicon.text.count_unit
        word = self.lexicon.units.get(unit)
        return word.plural if word is not None else unit  # "la référence en ans"

    def _say(self, key: str, words: dict[str, Any]) -> str:
        template: str = getattr(self.lexicon.text, key)
        text = template.format_map(words if type(words) is _Words else _Words(words))
        if "  " in text:
            text = _SPACES.sub(" ", text)
        return text.strip()

    def _finding(
        self,
        verdict: Verdict,
        explanation: str,
        *,
        reason: Reason | None = None,
        records: tuple[ReferenceRecord, ...] = (),
        entity: str | None = None,
        entity_score: float | None = None,
        metric: str | None = None,
        metric_score: float | None = None,
        reference_value: float | None = None,
        deviation: float | None = None,
        relative_deviation: float | None = None,
        tolerance: float | None = None,
    ) -> Finding:
        """The finding, its fields in the model's order (built without validation: every
        value comes from validated models or from checking); the entity and metric not
        given are those :meth:`matched` remembered."""
        entity = entity if entity is not None else self.entity
        entity_score = entity_score if entity_score is not None else self.entity_score
        metric = metric if metric is not None else self.metric
        metric_score = metric_score if metric_score is not None else self.metric_score
        finding = model_in_order(
            Finding,
            {
                "claim": self.claim,
                "verdict": verdict,
                "reason": reason,
                "records": records,
                "entity": entity,
                "entity_score": entity_score,
                "entity_threshold": FUZZY_THRESHOLD if entity_score is not None else None,
                "metric": metric,
                "metric_score": metric_score,
                "reference_value": reference_value,
                "deviation": deviation,
                "relative_deviation": relative_deviation,
                "tolerance": tolerance,
                "explanation": explanation.replace(" .", ".").replace(" ,", ","),
            },
            # as validation leaves it: the threshold is not set when no entity score is
            _FINDING_SET if entity_score is not None else _FINDING_FIELDS_NO_THRESHOLD,
        )
        return finding


_FINDING_FIELDS = (
    "claim",
    "verdict",
    "reason",
    "records",
    "entity",
    "entity_score",
    "entity_threshold",
    "metric",
    "metric_score",
    "reference_value",
    "deviation",
    "relative_deviation",
    "tolerance",
    "explanation",
)  # every field of Finding, in order, as Explainer._finding sets them
_FINDING_SET = frozenset(_FINDING_FIELDS)  # what model_in_order copies (faster than the tuple)
_FINDING_FIELDS_NO_THRESHOLD = _FINDING_SET - {"entity_threshold"}
check_in_order(Finding, _FINDING_FIELDS)


class _Words(dict[str, Any]):
    """The words of a template: the usual ones left out are empty."""

    def __missing__(self, key: str) -> str:
        if key in _OPTIONAL:
            return ""
        raise KeyError(key)


_OPTIONAL = frozenset(("claimed", "reference", "period", "source", "deviation", "entity", "metric"))
_PERIOD_PHRASES: dict[tuple[str, datetime, datetime, str], str] = {}
_PHRASES_KEPT = 4096  # periods whose phrase is kept, per process


# --------------------------------------------------------------------- tables

_COLUMNS = ("#", "verdict", "claim", "entity", "metric", "explanation")


def _rows(report: Report) -> list[tuple[str, ...]]:
    return [
        (
            str(number),
            finding.verdict.value,
            _claim_text(finding),
            finding.entity or "",
            finding.metric or "",
            finding.explanation,
        )
        for number, finding in enumerate(report.findings, start=1)
    ]


def _claim_text(finding: Finding) -> str:
    claim = finding.claim
    return " ".join(claim.text.split())


def _counts(report: Report) -> str:
    counts = report.counts
    total = len(report.findings)
    parts = ", ".join(f"{counts[v]} {v.value}" for v in Verdict)
    return f"{total} claim{'s' if total != 1 else ''}: {parts}"


def render_text(report: Report) -> str:
    """The findings as an aligned plain-text table, then the counts per verdict."""
    rows = _rows(report)
    if not rows:
        return _counts(report)
    widths = [
        max(len(column), *(len(row[i]) for row in rows)) for i, column in enumerate(_COLUMNS[:-1])
    ]

    def line(cells: Sequence[str]) -> str:
        padded = [cell.ljust(width) for cell, width in zip(cells, widths, strict=False)]
        return "  ".join([*padded, cells[-1]]).rstrip()

    out = [line(_COLUMNS), line(["-" * w for w in widths] + ["-" * len(_COLUMNS[-1])])]
    out.extend(line(row) for row in rows)
    out.append("")
    out.append(_counts(report))
    return "\n".join(out)


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    """The findings as a Markdown table, then the counts per verdict."""
    header = "| " + " | ".join(c.capitalize() for c in _COLUMNS) + " |"
    rule = "|" + "|".join("---" for _ in _COLUMNS) + "|"
    lines = [header, rule]
    for row in _rows(report):
        cells = list(row)
        cells[1] = f"**{cells[1]}**"
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    lines.append("")
    lines.append(_counts(report))
    return "\n".join(lines)

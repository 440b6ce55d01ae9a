"""Writing figures, dates and claims as French or English text: the inverse of extraction.

Every wording comes from ``lexicons/<lang>/render.toml`` and is one that the
extraction reads back, so that ``extract(render_…(x))`` gives ``x`` again; the
hypothesis strategies of :mod:`claimcheck.strategies` are built on these
functions. :func:`render` is the public entry point (``claimcheck.render``): it
writes a :class:`~claimcheck.models.Claim` as one sentence.

>>> render_number(1500000, "fr", "scaled")
'1,5 million'
>>> render_number(100000, "en", "comma")
'100,000'
>>> render_period(Period.quarter(2025, 1), "fr")
'au premier trimestre 2025'
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from claimcheck.errors import InputError
from claimcheck.lexicon import load_lexicon, supported_languages, validate_lang
from claimcheck.models import Claim, ClaimKind, Mention, MentionKind, Period, Qualifier, Relation

__all__ = [
    "RenderLexicon",
    "Rendered",
    "figure_forms",
    "lexicon",
    "number_styles",
    "render",
    "render_duration",
    "render_figure",
    "render_number",
    "render_ordinal",
    "render_period",
    "render_sentence",
    "render_time",
    "renderable",
    "scale_link",
    "time_forms",
]

_CALENDAR_GRAINS = ("year", "quarter", "month", "day")
_WORDS_LIMIT = 1_000_000  # integers in words are written up to 999 999 (and N million, N milliard)


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ScaleWord(_Data):
    value: int = Field(gt=1)
    singular: str
    plural: str
    short: str


class NumberWords(_Data):
    below_hundred: tuple[str, ...]
    hundred_one: str
    hundred_many: str
    hundred_many_final: str
    thousand_one: str
    thousand_many: str
    inner_forms: dict[str, str]

    @field_validator("below_hundred")
    @classmethod
    def _hundred_words(cls, words: tuple[str, ...]) -> tuple[str, ...]:
        if len(words) != 100:
            raise ValueError(f"below_hundred lists {len(words)} words, not the 100 from 0 to 99")
        return words


class QualifierForms(_Data):
    exact: tuple[str, ...]
    approx: tuple[str, ...]
    nearly: tuple[str, ...]
    gt: tuple[str, ...]
    ge: tuple[str, ...]
    lt: tuple[str, ...]
    le: tuple[str, ...]
    range: tuple[str, ...]
    range_in_words: tuple[str, ...]


class PercentForms(_Data):
    forms: tuple[str, ...]


class Noun(_Data):
    """A currency or a unit as the language writes it after (or around) a figure."""

    symbols: tuple[str, ...] = ()
    singular: str | None = None
    plural: str | None = None
    scaled: tuple[str, ...] = ()
    short: tuple[str, ...] = ()


class DurationWords(_Data):
    one: str
    singular: str
    plural: str


class OrdinalForms(_Data):
    default_suffix: str
    suffix_by_value: dict[int, str]
    suffix_by_last_two: dict[int, str]
    suffix_by_last_digit: dict[int, str]
    words: tuple[str, ...]


class TimeWords(_Data):
    months: tuple[str, ...]
    quarters: tuple[str, ...]
    day_one: str
    templates: dict[Relation, dict[str, tuple[str, ...]]]

    @field_validator("months")
    @classmethod
    def _twelve(cls, months: tuple[str, ...]) -> tuple[str, ...]:
        if len(months) != 12:
            raise ValueError(f"months lists {len(months)} names, not 12")
        return months

    @field_validator("templates")
    @classmethod
    def _calendar_grains(
        cls, templates: dict[Relation, dict[str, tuple[str, ...]]]
    ) -> dict[Relation, dict[str, tuple[str, ...]]]:
        for relation, by_grain in templates.items():
            unknown = set(by_grain) - set(_CALENDAR_GRAINS)
            if unknown:
                raise ValueError(
                    f"templates.{relation.value}: grains {sorted(unknown)} are not "
                    f"among {list(_CALENDAR_GRAINS)}"
                )
        return templates


class ClaimForms(_Data):
    connectors: tuple[str, ...]
    subjects: tuple[str, ...] = Field(min_length=1)
    fallback: tuple[str, ...]
    scale_link: str


class MetricForms(_Data):
    kind: Literal["flow", "stock", "event"]
    unit: str
    aliases: tuple[str, ...]
    templates: tuple[str, ...] = Field(min_length=1)


class RenderLexicon(_Data):
    """The schema of ``lexicons/<lang>/render.toml`` (its header documents each key)."""

    decimal_mark: str
    plural: Literal["from_two", "not_one"]
    counted: str
    duration_forms: tuple[str, ...]
    idioms: tuple[str, ...]
    separators: dict[str, str]
    scales: tuple[ScaleWord, ...]
    words: NumberWords
    contractions: dict[str, str]
    qualifiers: QualifierForms
    percent: PercentForms
    currencies: dict[str, Noun]
    units: dict[str, Noun]
    durations: dict[str, DurationWords]
    ordinals: OrdinalForms
    time: TimeWords
    claims: ClaimForms
    metrics: dict[str, MetricForms]


def lexicon(lang: str) -> RenderLexicon:
    """The rendering lexicon of ``lang`` (validated once, then cached)."""
    loaded: RenderLexicon = load_lexicon(validate_lang(lang), "render", RenderLexicon)
    return loaded


# -- numbers -----------------------------------------------------------------------------


def _decimal(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise InputError(f"value must be a number, not {type(value).__name__}")
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not number.is_finite():
        raise InputError(f"value={value!r} is not a finite number")
    return number


def _plain(number: Decimal, separator: str, decimal_mark: str) -> str:
    sign = "-" if number < 0 else ""
    text = format(abs(number).normalize(), "f")
    whole, _, fraction = text.partition(".")
    groups = []
    while len(whole) > 3:
        whole, group = whole[:-3], whole[-3:]
        groups.append(group)
    groups.append(whole)
    body = separator.join(reversed(groups))
    return sign + body + (decimal_mark + fraction if fraction else "")


def _in_words(number: int, words: NumberWords) -> str:
    """An integer from 0 to 999 999 in words, by the lexicon's rules."""

    def below_thousand(n: int, final: bool) -> list[str]:
        hundreds, rest = divmod(n, 100)
        out: list[str] = []
        if hundreds == 1:
            out.append(words.hundred_one)
        elif hundreds > 1:
            template = words.hundred_many_final if final and rest == 0 else words.hundred_many
            out.append(template.format(n=words.below_hundred[hundreds]))
        if rest or not out:
            out.append(words.below_hundred[rest])
        return out

    thousands, rest = divmod(number, 1000)
    parts: list[str] = []
    if thousands == 1:
        parts.append(words.thousand_one)
    elif thousands > 1:
        multiplier = below_thousand(thousands, final=False)
        multiplier[-1] = words.inner_forms.get(multiplier[-1], multiplier[-1])
        parts.append(words.thousand_many.format(n=" ".join(multiplier)))
    if rest or not parts:
        parts.extend(below_thousand(rest, final=True))
    return " ".join(parts)


def _plural(value: Decimal, rule: str) -> bool:
    if rule == "from_two":
        return abs(value) >= 2
    return value != 1


def _scaled(number: Decimal, lex: RenderLexicon) -> tuple[Decimal, ScaleWord] | None:
    """The largest scale word that writes ``number`` as 1 ≤ m < 1000 with at most 2 decimals."""
    for scale in sorted(lex.scales, key=lambda s: -s.value):
        mantissa = number / scale.value
        if 1 <= abs(mantissa) < 1000 and (mantissa * 100) == (mantissa * 100).to_integral_value():
            return mantissa, scale
    return None


def number_styles(value: int | float | Decimal, lang: str) -> tuple[str, ...]:
    """The styles :func:`render_number` can write ``value`` in, for ``lang``.

    Separator styles come from the lexicon; ``words`` needs a whole number (up to
    999 999, or a whole number of millions or billions); ``scaled`` needs a
    scale word ("1,5 million"). A four-digit whole number is never written
    without a separator, since "2024" alone reads as a year.

    >>> number_styles(1.5, "en")
    ('none',)
    >>> number_styles(2_000_000, "fr")[-2:]
    ('words', 'scaled')
    """
    lex = lexicon(lang)
    number = _decimal(value)
    integral = number == number.to_integral_value()
    styles: list[str] = []
    if abs(number) < 1000:
        styles.append("none")
    else:
        styles.extend(lex.separators)
        if integral and abs(number) < 10_000:
            styles.remove("none")
    scaled = _scaled(number, lex)
    if integral and number >= 0:
        whole_scale = bool(scaled and scaled[1].singular and scaled[0] % 1 == 0)
        if number < _WORDS_LIMIT or whole_scale:
            styles.append("words")
    if scaled and scaled[1].singular:
        styles.append("scaled")
    return tuple(styles)


def render_number(value: int | float | Decimal, lang: str, style: str = "none") -> str:
    """Write a number in one of the styles of :func:`number_styles`.

    >>> render_number(100000, "fr", "narrow_nbsp")
    '100\\u202f000'
    >>> render_number(1234.5, "fr", "space")
    '1 234,5'
    >>> render_number(250, "fr", "words")
    'deux cent cinquante'
    >>> render_number(3_200_000_000, "en", "scaled")
    '3.2 billion'
    >>> render_number(1.5, "fr", "words")
    Traceback (most recent call last):
    ...
    claimcheck.errors.InputError: 1.5 cannot be written in style 'words' in 'fr' (styles: 'none')
    """
    lex = lexicon(lang)
    number = _decimal(value)
    styles = number_styles(number, lang)
    if style not in styles:
        allowed = ", ".join(repr(s) for s in styles)
        raise InputError(
            f"{value!r} cannot be written in style {style!r} in {lang!r} (styles: {allowed})"
        )
    scaled = _scaled(number, lex)
    if style == "words":
        if number < _WORDS_LIMIT:
            return _in_words(int(number), lex.words)
        assert scaled is not None
        mantissa, scale = scaled
        word = scale.plural if _plural(mantissa, lex.plural) else scale.singular
        return f"{_in_words(int(mantissa), lex.words)} {word}"
    if style == "scaled":
        assert scaled is not None
        mantissa, scale = scaled
        word = scale.plural if _plural(mantissa, lex.plural) else scale.singular
        return f"{_plain(mantissa, '', lex.decimal_mark)} {word}"
    return _plain(number, lex.separators[style], lex.decimal_mark)


def render_ordinal(value: int, lang: str, words: bool = False) -> str:
    """Write an ordinal in digits with its suffix, or in words (1 to the lexicon's last word).

    >>> render_ordinal(1, "fr"), render_ordinal(3, "fr"), render_ordinal(22, "en")
    ('1er', '3e', '22nd')
    >>> render_ordinal(3, "en", words=True)
    'third'
    """
    forms = lexicon(lang).ordinals
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(f"an ordinal is a whole number from 1, not {value!r}")
    if words:
        if value > len(forms.words):
            raise InputError(f"ordinals in words go up to {len(forms.words)} in {lang!r}")
        return forms.words[value - 1]
    suffix = forms.suffix_by_value.get(
        value,
        forms.suffix_by_last_two.get(
            value % 100, forms.suffix_by_last_digit.get(value % 10, forms.default_suffix)
        ),
    )
    return f"{value}{suffix}"


# -- figures -----------------------------------------------------------------------------


def _contract(text: str, contractions: Mapping[str, str]) -> str:
    for loose, tight in contractions.items():
        text = re.sub(rf"(?<!\w){re.escape(loose)}(?!\w)", tight, text)
    return text


def _noun_of(kind: MentionKind, unit: str | None, currency: str | None, lex: RenderLexicon) -> Noun:
    if kind is MentionKind.MONEY:
        if currency not in lex.currencies:
            raise InputError(
                f"currency {currency!r} has no wording (known: {', '.join(sorted(lex.currencies))})"
            )
        return lex.currencies[currency]
    if kind is MentionKind.QUANTITY:
        if unit not in lex.units:
            raise InputError(
                f"unit {unit!r} has no wording (known: {', '.join(sorted(lex.units))})"
            )
        return lex.units[unit]
    return Noun(symbols=("{n}",))


def figure_forms(
    kind: MentionKind | str,
    lang: str,
    style: str,
    value: int | float | Decimal = 0,
    *,
    unit: str | None = None,
    currency: str | None = None,
) -> tuple[str, ...]:
    """The templates (with ``{n}``, or ``{m}`` and ``{short}``) that write a figure of this
    kind whose number ``value`` is in ``style``; the first is the usual one. None fit when
    the extraction does not promise to read the result ("1,5 million de tonnes").

    >>> figure_forms("money", "fr", "scaled", 1.5e6, currency="EUR")
    ("{n} d'euros", '{m} {short}€')
    >>> figure_forms("money", "fr", "words", 250, currency="EUR")
    ('{n} {word}',)
    >>> figure_forms("percent", "en", "none", 15)
    ('{n}%', '{n} percent', '{n} per cent')
    """
    lex = lexicon(lang)
    kind = MentionKind(kind)
    with_scale = style == "scaled" or (style == "words" and abs(_decimal(value)) >= _WORDS_LIMIT)
    if kind is MentionKind.PERCENT:
        return () if style in ("scaled", "words") else lex.percent.forms
    if kind not in (MentionKind.NUMBER, MentionKind.MONEY, MentionKind.QUANTITY):
        raise InputError(
            f"figure_forms writes numbers, percentages, money and quantities, not {kind.value}"
        )
    if kind is MentionKind.NUMBER:
        return ("{n}",)
    noun = _noun_of(kind, unit, currency, lex)
    if kind is MentionKind.QUANTITY and style in ("scaled", "words"):
        return ()
    counted = (lex.counted,) if noun.singular else ()
    if style == "words":  # "deux cent cinquante euros", never "£twenty" nor "vingt €"
        forms = noun.scaled if with_scale else noun.symbols + counted
        return tuple(form for form in forms if _spelled_out(form))
    if kind is MentionKind.MONEY and with_scale:
        return noun.scaled + (noun.short if style == "scaled" else ())
    return noun.symbols + counted


def _spelled_out(form: str) -> bool:
    """Whether a template writes its noun as a word after the number (fit for numbers in
    words): "{n}", "{n} {word}", "{n} d'euros" but not "{n} €" or "${n}"."""
    rest = form.removeprefix("{n}")
    if rest == form:
        return False
    return rest == "" or (rest.startswith(" ") and any(c.isalpha() for c in rest))


def _fill_figure(
    template: str, number: Decimal, text: str, lex: RenderLexicon, noun: Noun | None
) -> str:
    scaled = _scaled(number, lex)
    mantissa, short = (
        (_plain(scaled[0], "", lex.decimal_mark), scaled[1].short) if scaled else (text, "")
    )
    word = ""
    if noun is not None and noun.singular:
        word = (noun.plural or noun.singular) if _plural(number, lex.plural) else noun.singular
    return template.format(n=text, m=mantissa, short=short, word=word)


def render_figure(
    mention: Mention,
    lang: str,
    style: str = "none",
    *,
    form: int = 0,
    qualifier_form: int = 0,
) -> str:
    """Write the figure of a number, percent, money or quantity mention with its qualifier.

    ``style`` is a number style (:func:`number_styles` of the stated value(s));
    ``form`` picks a template of :func:`figure_forms` and ``qualifier_form`` a
    wording of the qualifier (both wrap around).

    >>> m = Mention(kind="money", text="x", start=0, end=1, value=3.2e9, low=3.2e9,
    ...             high=3.2e9, qualifier="approx", currency="EUR")
    >>> render_figure(m, "fr", "scaled")
    "environ 3,2 milliards d'euros"
    >>> render_figure(m, "en", "scaled", form=2)
    'about €3.2bn'
    """
    lex = lexicon(lang)
    qualifier = Qualifier(mention.qualifier)
    noun = (
        None
        if mention.kind is MentionKind.PERCENT
        else (_noun_of(mention.kind, mention.unit, mention.currency, lex))
    )
    stated = mention.high if qualifier is Qualifier.RANGE else mention.value
    forms = figure_forms(
        mention.kind, lang, style, stated or 0, unit=mention.unit, currency=mention.currency
    )
    if not forms:
        raise InputError(f"a {mention.kind.value} figure cannot be written in style {style!r}")
    template = forms[form % len(forms)]
    wordings = getattr(lex.qualifiers, qualifier.value)
    if qualifier is Qualifier.RANGE and style == "words":
        wordings = lex.qualifiers.range_in_words
    if qualifier is Qualifier.RANGE:
        if mention.low is None or mention.high is None:
            raise InputError("a range figure needs both low and high")
        low, high = _decimal(mention.low), _decimal(mention.high)
        high_text = render_number(high, lang, style)
        figure = _fill_figure(template, high, high_text, lex, noun)
        low_text = _range_low(low, high, lang, style)
        if not template.startswith("{"):
            # A symbol before the figure is repeated, and its scale word with it:
            # "between $10 and $15", "between €1 million and €10 million".
            low_number = render_number(low, lang, style) if style == "scaled" else low_text
            low_text = _fill_figure(template, low, low_number, lex, noun)
        parts = {"low": low_text, "high": figure}
    else:
        if mention.value is None:
            raise InputError(f"a {qualifier.value} figure needs a value")
        number = _decimal(mention.value)
        parts = {"n": _fill_figure(template, number, render_number(number, lang, style), lex, noun)}
    for shift in range(len(wordings)):
        wording = wordings[(qualifier_form + shift) % len(wordings)]
        text = _contract(wording.format(**parts), lex.contractions)
        if not _idiom_in(text, lex.idioms):
            return text
    raise InputError(f"every {lang!r} wording of this {qualifier.value} figure reads as an idiom")


def _idiom_in(text: str, idioms: Sequence[str]) -> bool:
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(idiom)}(?!\w)", folded) for idiom in idioms)


def _range_low(low: Decimal, high: Decimal, lang: str, style: str) -> str:
    """The low end of a range as news writes it: without the unit, and without the scale
    word when both ends share it ("entre 1,5 et 2 millions")."""
    lex = lexicon(lang)
    if style == "scaled" or (style == "words" and high >= _WORDS_LIMIT):
        high_scale = _scaled(high, lex)
        low_scale = _scaled(low, lex)
        if high_scale is None or low_scale is None or high_scale[1] != low_scale[1]:
            raise InputError("the ends of a range in words or with a scale word share one scale")
        mantissa = low_scale[0]
        if style == "words":
            return _in_words(int(mantissa), lex.words)
        return _plain(mantissa, "", lex.decimal_mark)
    if style in lex.separators and style not in number_styles(low, lang):
        style = "none"  # "entre 900 et 1 100": below a thousand there is nothing to separate
    return render_number(low, lang, style)


def render_duration(value: int, unit: str, lang: str, *, words: bool = False, form: int = 0) -> str:
    """Write a duration ("six mois", "pendant 18 mois", "for two weeks").

    >>> render_duration(6, "month", "fr", words=True, form=2)
    'en seulement six mois'
    >>> render_duration(1, "year", "en")
    'one year'
    """
    lex = lexicon(lang)
    if unit not in lex.durations:
        raise InputError(
            f"duration unit {unit!r} has no wording (known: {', '.join(lex.durations)})"
        )
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(f"a duration here is a whole number from 1, not {value!r}")
    noun = lex.durations[unit]
    if value == 1:
        core = noun.one
    else:
        digits = number_styles(value, lang)[0]
        number = _in_words(value, lex.words) if words else render_number(value, lang, digits)
        word = noun.plural if _plural(Decimal(value), lex.plural) else noun.singular
        core = lex.counted.format(n=number, word=word)
    template = lex.duration_forms[form % len(lex.duration_forms)]
    return template.format(d=core)


# -- time --------------------------------------------------------------------------------


def renderable(period: Period) -> bool:
    """Whether :func:`render_period` can write this period (a calendar year, quarter, month
    or day)."""
    label = period.label()
    return bool(re.fullmatch(r"\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?", label))


def time_forms(period: Period, relation: Relation | str, lang: str) -> tuple[str, ...]:
    """The templates that write ``period`` with ``relation`` (none if not in the lexicon)."""
    if not renderable(period):
        return ()
    templates = lexicon(lang).time.templates.get(Relation(relation), {})
    return templates.get(period.grain, ())


def render_period(
    period: Period, lang: str, relation: Relation | str = Relation.IN, *, form: int = 0
) -> str:
    """Write a calendar period with its relation ("en 2024", "d'ici 2026", "on March 28, 2024").

    >>> render_period(Period.year(2026), "fr", "by")
    "d'ici 2026"
    >>> render_period(Period.day(2024, 3, 1), "en")
    'on March 1, 2024'
    >>> render_period(Period.month(2024, 3), "fr", "until")
    Traceback (most recent call last):
    ...
    claimcheck.errors.InputError: no 'fr' wording for a month with relation 'until'
    """
    words = lexicon(lang).time
    forms = time_forms(period, relation, lang)
    if not forms:
        if not renderable(period):
            raise InputError(f"period {period} is not a calendar year, quarter, month or day")
        raise InputError(
            f"no {lang!r} wording for a {period.grain} with relation {Relation(relation).value!r}"
        )
    start = period.start
    quarter = (start.month - 1) // 3 + 1
    day = words.day_one if start.day == 1 else str(start.day)
    return forms[form % len(forms)].format(
        year=start.year,
        month=words.months[start.month - 1],
        day=day,
        quarter=words.quarters[quarter - 1],
        q=quarter,
    )


def render_time(mention: Mention, lang: str, *, form: int = 0) -> str:
    """Write a ``time`` mention: its period with its relation (``in`` when unset)."""
    if mention.period is None:
        raise InputError("a time mention needs a period to be written")
    return render_period(mention.period, lang, mention.relation or Relation.IN, form=form)


# -- sentences ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendered:
    """A sentence written from a template, with where each filled part landed in it."""

    text: str
    spans: dict[str, tuple[int, int]]


def render_sentence(template: str, parts: Mapping[str, str], connector: str = "") -> Rendered:
    """Fill a sentence template (``{subject}``, ``{figure}``, ``{time}``…), note each part's
    offsets, and capitalize the sentence. An empty part takes its adjoining comma or space
    with it.

    >>> r = render_sentence("{time}, {subject} a produit {figure} véhicules.",
    ...                     {"time": "en 2024", "subject": "Xiaomi", "figure": "12 300"})
    >>> r.text, r.spans["figure"]
    ('En 2024, Xiaomi a produit 12 300 véhicules.', (26, 32))
    """
    for name, value in parts.items():
        if not value:
            template = template.replace(f" {{{name}}}", "").replace(f"{{{name}}}, ", "")
    pieces: list[str] = [connector]
    spans: dict[str, tuple[int, int]] = {}
    length = len(connector)
    for literal, field, _, _ in string.Formatter().parse(template):
        pieces.append(literal)
        length += len(literal)
        if field is not None:
            if field not in parts:
                raise InputError(f"template {template!r} has an unknown part {{{field}}}")
            value = parts[field]
            spans[field] = (length, length + len(value))
            pieces.append(value)
            length += len(value)
    text = "".join(pieces)
    return Rendered(text=text[:1].upper() + text[1:], spans=spans)


def _metric_templates(claim: Claim, lex: RenderLexicon) -> tuple[str, ...]:
    """The sentences of the sample metric whose alias (in any language) is the claim's noun."""
    noun = (claim.measure.noun or "").casefold()
    if noun:
        for lang in supported_languages():
            for name, forms in lexicon(lang).metrics.items():
                if name in lex.metrics and noun in (a.casefold() for a in forms.aliases):
                    return lex.metrics[name].templates
    return lex.claims.fallback


def render(claim: Claim, lang: str | None = None) -> str:
    """Write a claim as one sentence of news prose in ``lang`` (the claim's own by default).

    The subject, the figure (with its qualifier, unit or currency) and the time
    come from the claim; its measure picks the sentence: a measure the lexicon
    knows ("chiffre d'affaires") gets its usual wording, any other is quoted.

    >>> fig = Mention(kind="number", text="plus de 100 000", start=0, end=15, value=100000,
    ...               low=100000, low_exclusive=True, qualifier="gt")
    >>> when = Mention(kind="time", text="en 2024", start=0, end=7,
    ...                period=Period.year(2024), relation="in")
    >>> c = Claim(lang="fr", text="plus de 100 000", start=0, end=15, sentence="",
    ...           sentence_start=0, subject="Xiaomi", figure=fig, time=when,
    ...           measure={"noun": "véhicules produits"})
    >>> render(c)
    'Xiaomi a produit plus de 100 000 véhicules en 2024.'
    >>> render(c, "en")
    'Xiaomi produced more than 100,000 vehicles in 2024.'
    """
    language = validate_lang(lang if lang is not None else claim.lang)
    lex = lexicon(language)
    figure = link = ""
    if claim.figure is not None:
        style = _usual_style(claim.figure, language)
        figure = render_figure(claim.figure, language, style)
        link = scale_link(claim.figure, language, style)
    elif claim.kind is not ClaimKind.EVENT:
        raise InputError("a claim needs a figure to be written (or to be an event)")
    when = render_time(claim.time, language) if claim.time is not None else ""
    templates = _metric_templates(claim, lex)
    if not when:
        templates = tuple(t for t in templates if not t.startswith("{time}")) or templates
    parts = {
        "subject": claim.subject or "",
        "figure": figure,
        "time": when,
        "noun": claim.measure.noun or claim.measure.verb or "",
        "link": link,
    }
    return render_sentence(templates[0], parts).text


def scale_link(mention: Mention | None, lang: str, style: str) -> str:
    """What joins a count written with a scale word to its noun ("2 millions de voitures"):
    the lexicon's ``scale_link`` for such a count, else nothing."""
    if mention is None or mention.kind is not MentionKind.NUMBER:
        return ""
    stated = mention.high if mention.qualifier is Qualifier.RANGE else mention.value
    if style == "scaled" or (style == "words" and (stated or 0) >= _WORDS_LIMIT):
        return lexicon(lang).claims.scale_link
    return ""


def _usual_style(mention: Mention, lang: str) -> str:
    """The style a newspaper would pick: a scale word for millions and more, else the
    language's first thousands separator, else none (words only when nothing else fits)."""
    stated = mention.high if mention.qualifier is Qualifier.RANGE else mention.value
    if stated is None:
        return "none"
    styles = number_styles(stated, lang)
    separators = [s for s in styles if s not in ("none", "words", "scaled")]
    preferred = (["scaled"] if abs(stated) >= _WORDS_LIMIT else []) + separators + ["none"]
    for style in preferred:
        if style in styles:
            try:
                render_figure(mention, lang, style)
            except InputError:
                continue
            return style
    return styles[0]

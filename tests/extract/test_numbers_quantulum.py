"""Properties of the rules quantulum3's English test set led to (issue #3).

nielstron/quantulum3's sentences showed figures the numbers finder missed or misread: a
vulgar fraction alone ("a ⅓ cup"), an uncertainty after a figure ("2,000.45±0.01
pounds"), a suspended hyphen ("8- to 16-meter"), a designation's tail ("MACS
J1149.5+6663"), a kelvin temperature written like thousands ("573.15K"), coins ("3
dimes"). The sentences themselves are lines of ``data/units_news_en.jsonl``,
``data/money_currencies_en.jsonl``, ``data/numbers_unseen_*.jsonl`` and
``data/lookalikes_en.jsonl``; here each rule holds for any figure.
"""

from __future__ import annotations

import math
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.numbers import find
from claimcheck.extract.numerals import scan_numerals

REFERENCE_DATE = datetime(2024, 6, 1)
_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}


@given(glyph=st.sampled_from(sorted(_GLYPHS)), lead=st.sampled_from(["a ", "Add ", "(", ""]))
def test_a_vulgar_fraction_alone_is_its_value(glyph: str, lead: str) -> None:
    found = find(f"{lead}{glyph} cup of flour", "en", REFERENCE_DATE)
    assert found[0].unit == "cup"
    assert found[0].value is not None and math.isclose(found[0].value, _GLYPHS[glyph])


@given(glyph=st.sampled_from(sorted(_GLYPHS)), word=st.sampled_from(["x", "A", "3/", "1."]))
def test_a_vulgar_fraction_glued_to_a_word_or_a_slash_is_none_alone(glyph: str, word: str) -> None:
    values = [n.value for n in scan_numerals(f"the {word}{glyph} mark", "en")]
    assert not any(math.isclose(v, _GLYPHS[glyph]) for v in values)


@given(
    whole=st.integers(min_value=1, max_value=9999),
    cents=st.integers(min_value=0, max_value=99),
    error=st.integers(min_value=1, max_value=99),
    space=st.sampled_from(["", " "]),
)
def test_an_uncertainty_leaves_the_figure_and_its_unit(
    whole: int, cents: int, error: int, space: str
) -> None:
    text = f"It weighs {whole}.{cents:02d}{space}±{space}0.{error:02d} kg in all."
    found = find(text, "en", REFERENCE_DATE)
    assert len(found) == 1
    assert found[0].unit == "kg"
    assert found[0].value == float(f"{whole}.{cents:02d}")


@given(low=st.integers(min_value=1, max_value=499), spread=st.integers(min_value=1, max_value=500))
def test_a_suspended_hyphen_makes_a_range(low: int, spread: int) -> None:
    text = f"The trees reach {low}- to {low + spread}-meter heights."
    found = find(text, "en", REFERENCE_DATE)
    assert [(m.low, m.high, m.unit) for m in found] == [(low, low + spread, "m")]


@given(
    letters=st.sampled_from(["J", "NGC", "A", "BA"]),
    head=st.integers(min_value=10, max_value=9999),
    tail=st.integers(min_value=10, max_value=9999),
    sign=st.sampled_from(["+", "-"]),
)
def test_a_designation_gives_no_figure(letters: str, head: int, tail: int, sign: str) -> None:
    assert (
        find(f"They observed {letters}{head}{sign}{tail} last night.", "en", REFERENCE_DATE) == []
    )


@given(whole=st.integers(min_value=1, max_value=999), hundredths=st.integers(1, 99))
def test_k_is_kelvin_beside_temperatures_and_thousands_elsewhere(
    whole: int, hundredths: int
) -> None:
    figure = f"{whole}.{hundredths:02d}K"
    hot = find(f"Operating temperatures reach {figure} there.", "en", REFERENCE_DATE)
    assert [(m.unit, m.value) for m in hot] == [("K", float(f"{whole}.{hundredths:02d}"))]
    paid = find(f"The chief executive earns {figure} there.", "en", REFERENCE_DATE)
    assert [m.unit for m in paid] == [None]
    assert paid[0].value is not None
    assert math.isclose(paid[0].value, float(f"{whole}.{hundredths:02d}") * 1000)

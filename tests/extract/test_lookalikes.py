"""Text that only looks numeric yields no mention, of any finder (issue #3).

Phone numbers, card and account numbers, ISBNs, street addresses, references to a text
or a standard ("article L. 1234-5", "ISO 9001") and versions are marked once by the
numbers finder (:func:`claimcheck.extract.numbers.noise_spans`) and every mention that
touches one is dropped, times included. Each line of ``data/lookalikes_<lang>.jsonl``
holds a sentence and every mention ``extract`` must return for it, text and kind: the
look-alikes give nothing, the near-misses beside them ("1 234 567 habitants", "8h30",
"en 2024", "la 2e place") keep their figure or time. The properties embed random
look-alikes in a sentence.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mention_cases import cases, check

import claimcheck as cc
from claimcheck.extract.numbers import noise_spans
from conftest import calls

REFERENCE_DATE = datetime(2024, 6, 1)


def _check(text: str, lang: str, expected: list[dict[str, Any]]) -> None:
    check(text, cc.extract(text, lang=lang, reference_date=REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("lookalikes", "fr"))
def test_french(text: str, expected: list[dict[str, str]]) -> None:
    _check(text, "fr", expected)


@pytest.mark.parametrize(("text", "expected"), cases("lookalikes", "en"))
def test_english(text: str, expected: list[dict[str, str]]) -> None:
    _check(text, "en", expected)


@pytest.mark.parametrize(
    ("text", "lang", "spans"),
    [
        ("Appelez le 01 23 45 67 89.", "fr", ["01 23 45 67 89"]),
        ("au 3 bis avenue Foch", "fr", ["3 bis avenue"]),
        ("Selon l'article L. 1234-5 du Code", "fr", ["article L. 1234-5"]),
        ("la loi n° 2023-270 du 14 avril 2023", "fr", ["n° 2023-270"]),
        ("at 1600 Pennsylvania Ave NW", "en", ["1600 Pennsylvania Ave"]),
        ("the firmware v1.2.3 and §12", "en", ["v1.2.3", "§12"]),
        ("the server 10.0.0.1 answered", "en", ["10.0.0.1"]),
        # a year is no street number, nor a reference: the other rules read it
        ("In 2024 Wall Street rose", "en", []),
        ("En 2024, rue de Rivoli", "fr", []),
        ("l'association loi 1901", "fr", []),
        # dates and amounts in dotted groups are no versions
        ("le 12.03.2024 pour 1.250.000 euros", "fr", []),
        ("a signed figure: +1 200 000 jobs", "en", []),
        ("les 12 rues piétonnes", "fr", []),
        # a year before year 1: no period holds it, no figure either
        ("dédié en 493 av. J.-C.", "fr", ["493 av. J.-C."]),
        ("killed in 44 BC; the 2021 BC election", "en", ["44 BC"]),
        ("la 2e place", "fr", []),
    ],
)
def test_noise_spans(text: str, lang: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in noise_spans(text, lang)] == spans


def _groups(sizes: tuple[int, ...], separator: str) -> st.SearchStrategy[str]:
    return st.tuples(*(st.text("0123456789", min_size=n, max_size=n) for n in sizes)).map(
        separator.join
    )


_PHONES = st.one_of(
    st.tuples(st.sampled_from(["01", "04", "06", "09"]), _groups((2, 2, 2, 2), " ")).map(" ".join),
    st.tuples(st.sampled_from(["+33 6", "+33 1"]), _groups((2, 2, 2, 2), " ")).map(" ".join),
    _groups((3, 3, 4), "-"),
    st.tuples(_groups((3,), ""), _groups((3, 4), "-")).map(lambda p: f"({p[0]}) {p[1]}"),
)
_FR_ADDRESSES = st.tuples(
    st.integers(1, 299),
    st.sampled_from(["", " bis", " ter"]),
    st.sampled_from(["", ","]),
    st.sampled_from(["rue", "avenue", "boulevard", "bd", "quai", "impasse", "allée"]),
).map(lambda a: f"{a[0]}{a[1]}{a[2]} {a[3]} Victor-Hugo")
_EN_ADDRESSES = st.tuples(
    st.integers(1, 9999).filter(lambda n: not 1000 <= n <= 2100),
    st.sampled_from(["Baker", "Pennsylvania", "Fifth", "Main"]),
    st.sampled_from(["Street", "St", "Avenue", "Ave", "Road", "Boulevard", "Lane"]),
).map(lambda a: f"{a[0]} {a[1]} {a[2]}")
_VERSIONS = st.tuples(
    st.sampled_from(["version ", "v", "Version ", "firmware "]),
    st.lists(st.integers(0, 40), min_size=2, max_size=4),
).map(lambda v: v[0] + ".".join(map(str, v[1])))
_REFERENCES = st.tuples(
    st.sampled_from(["article L. ", "article R. ", "l'article ", "section ", "§"]),
    st.integers(1, 9999),
    st.sampled_from(["", "-1", "-12", ".2.1"]),
).map(lambda r: f"{r[0]}{r[1]}{r[2]}")


def _nothing_inside(text: str, lang: str, start: int, end: int) -> None:
    for mention in cc.extract(text, lang=lang, reference_date=REFERENCE_DATE):
        assert mention.end <= start or mention.start >= end, (mention.text, text[start:end])


@settings(max_examples=150)
@given(
    st.one_of(_PHONES, _FR_ADDRESSES, _VERSIONS, _REFERENCES),
    st.sampled_from(["Selon {}, le chiffre est connu.", "Voir {} le 3 mars.", "{}"]),
)
def test_no_french_mention_inside_a_lookalike(lookalike: str, frame: str) -> None:
    text = frame.format(lookalike)
    start = frame.index("{}")
    _nothing_inside(text, "fr", start, start + len(lookalike))


@settings(max_examples=150)
@given(
    st.one_of(_PHONES, _EN_ADDRESSES, _VERSIONS, _REFERENCES),
    st.sampled_from(["They said at {} it was known.", "See {} on March 3.", "{}"]),
)
def test_no_english_mention_inside_a_lookalike(lookalike: str, frame: str) -> None:
    text = frame.format(lookalike)
    start = frame.index("{}")
    _nothing_inside(text, "en", start, start + len(lookalike))


@settings(max_examples=100)
@given(st.text(" 0123456789.-+()/,:abc§LVrue", max_size=200), st.sampled_from(["fr", "en"]))
def test_noise_spans_are_disjoint_and_in_order(text: str, lang: str) -> None:
    spans = noise_spans(text, lang)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b < c for (_, b), (c, _) in itertools.pairwise(spans))


def test_a_long_run_of_digit_groups_is_read_in_linear_time() -> None:
    def work(n: int) -> int:
        text = "+1 " + " ".join(["12"] * n) + " 1.2." * n + "article " * n
        return calls(lambda: noise_spans(text, "fr"))

    assert work(20_000) < 12 * work(2_000) + 100

"""Tests of the dateparser fallback of the time finder (``extract/time_fallback.py``).

The news sentences of ``data/time_fallback_<lang>.jsonl`` (dates in forms the grammar does
not read, "le 28-III-2024", "Mar. 28th, '24", and look-alikes that are not dates,
"192.168.1.20") run with the other time sentences in ``test_time.py``; here: dateparser is
called only on such candidates, and the fallback never raises.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import time_fallback
from claimcheck.extract.time import find

BENCH = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "bench"
REF = datetime(2024, 11, 20)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The strings handed to dateparser during the test."""
    seen: list[str] = []
    real = time_fallback._dateparse

    def counted(candidate: str, lang: str, reference_date: datetime) -> datetime | None:
        seen.append(candidate)
        return real(candidate, lang, reference_date)

    monkeypatch.setattr(time_fallback, "_dateparse", counted)
    return seen


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le chiffre d'affaires a progressé de 3,5 % à 12,3 milliards d'euros en 2024.", "fr"),
        ("Le groupe emploie 12 300 salariés, contre 11 800 il y a deux ans.", "fr"),
        ("L'entreprise a été fondée le 28 mars 2024 à Lyon.", "fr"),
        ("La Bourse de Paris a perdu 1,5 % vendredi, à 7 250,3 points.", "fr"),
        ("Revenue rose 3.5% to $12.3 billion in 2024, the company said.", "en"),
        ("The Blues won 3-1; the stadium, built in 1998, seats 45,000.", "en"),
        ("Shares closed at 101.25 on March 28, 2024, up 0.5%.", "en"),
        ("The committee met on 2024-03-28 and on 03/28/2024 to vote.", "en"),
    ],
)
def test_prose_never_calls_dateparser(calls: list[str], text: str, lang: str) -> None:
    find(text, lang, REF)
    assert calls == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bench_prose_calls_dateparser_at_most_rarely(calls: list[str], lang: str) -> None:
    path = BENCH / f"{lang}_prose.txt"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    text = path.read_text(encoding="utf-8")[:200_000]
    find(text, lang, REF)
    assert len(calls) <= 2, calls


def test_a_date_the_grammar_reads_is_not_parsed_again(calls: list[str]) -> None:
    found = find("Le contrat a été signé le 28.03.2024 à Paris.", "fr", REF)
    assert [str(m.period) for m in found] == ["2024-03-28"]
    assert calls == []


def test_an_unread_date_is_parsed_once(calls: list[str]) -> None:
    found = find("Signé le 28-III-2024, puis le 5-IV-2024.", "fr", REF)
    assert [str(m.period) for m in found] == ["2024-03-28", "2024-04-05"]
    assert calls == ["28-mars-2024", "5-avril-2024"]  # Roman months rewritten


def test_a_reading_whose_numbers_are_not_written_is_refused() -> None:
    assert time_fallback.complete("Le 31-II-2024, rien.", "fr", REF, []) == []


def test_candidates_are_found_in_a_long_text() -> None:
    text = "Il a vendu 3,5 millions de voitures. " * 2000 + "Signé le 28-III-2024."
    spans = time_fallback.candidates(text, "fr")
    assert [text[a:b] for a, b in spans] == ["28-III-2024"]


def test_importing_claimcheck_does_not_import_dateparser() -> None:
    code = "import sys, claimcheck; print('dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789./-' ’IVXMarJnéfvs,th")), max_size=60),
    st.sampled_from(["fr", "en"]),
)
def test_never_raises_and_spans_slice_back(text: str, lang: str) -> None:
    for m in time_fallback.complete(text, lang, REF, []):
        assert text[m.start : m.end] == m.text
        assert m.period is not None and m.period.grain == "day"

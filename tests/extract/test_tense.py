"""The tense of a clause places a bare weekday, month or quarter: in a past clause the
latest one on or before the reference date ("a abaissé ses taux jeudi", "rose … in
September"), in a future one the next ("sera tiré le 14 juillet", "will be held on Friday").

The reference date is Saturday 2024-06-01. The tense is looked for over the words around
the time (figures and marks do not count against the reach); "est" and "sont" alone are no
past auxiliaries in French (a passive present: "sont appelés aux urnes dimanche"), the
participles of verbs conjugated with "être" are ("est redescendu", "est arrivé").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from mention_cases import cases, check

import claimcheck as cc

REFERENCE_DATE = datetime(2024, 6, 1)


@pytest.mark.parametrize(("text", "expected"), cases("tense", "fr"))
def test_french(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, cc.extract(text, lang="fr", reference_date=REFERENCE_DATE), expected)


@pytest.mark.parametrize(("text", "expected"), cases("tense", "en"))
def test_english(text: str, expected: list[dict[str, Any]]) -> None:
    check(text, cc.extract(text, lang="en", reference_date=REFERENCE_DATE), expected)

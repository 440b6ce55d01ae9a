"""check(): rules found by the twenty-ninth held-out set (tests/data/check_dev/heldout29:
migration, asylum and aid), end to end on short texts against small references: a name
that is a word of a metric's alias written whole, an event of a metric the subject names."""

from __future__ import annotations

import pytest

from check_cases import reference, verdicts

MIGRATION = reference(
    [
        ("United Kingdom", "small_boat_arrivals", 29437, None, "2023", "flow"),
        ("United Kingdom", "small_boat_arrivals", 36816, None, "2024", "flow"),
        ("United Kingdom", "rwanda_act", None, None, "2024-04-25", "event"),
        ("France", "asylum_applications", 157947, None, "2024", "flow"),
    ],
    metric={
        "small_boat_arrivals": ["crossed the Channel", "traverser la Manche", "small boats"],
        "rwanda_act": ["Safety of Rwanda Act", "Rwanda Act"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("A total of 36,816 people crossed the Channel in small boats in 2024.", "en", "supported"),
        ("En 2023, 45 774 migrants ont traversé la Manche.", "fr", "contradicted"),
    ],
)
def test_a_name_inside_an_alias_written_whole_is_no_entity(
    text: str, lang: str, verdict: str
) -> None:
    """'crossed the Channel' names the small boat arrivals: the Channel is no entity, the
    metric's one holder is."""
    assert verdicts(text, MIGRATION, lang, "2025-03-10") == [(verdict, None)]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Safety of Rwanda Act received royal assent on April 25, 2024.", "supported"),
        ("The Safety of Rwanda Act received royal assent in March 2024.", "contradicted"),
    ],
)
def test_an_event_of_a_metric_the_subject_names(text: str, verdict: str) -> None:
    assert verdicts(text, MIGRATION, "en", "2025-03-10") == [(verdict, None)]

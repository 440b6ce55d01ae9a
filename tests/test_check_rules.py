"""check(): rules found by the fourth blind batch (tests/data/check_dev/heldout4), end to end
on short texts against small references: fiscal years named after the year they end in,
comparison figures with no time, figures per person, shares in words, changes of series
whose values are changes already, multi-year spans, twelve-month rates, a level's latest
step."""

from __future__ import annotations

import pytest

import claimcheck as cc
from check_cases import reference


def _verdict(text: str, reference: cc.Reference, lang: str, date: str) -> str:
    finding = cc.check(text, reference, lang=lang, reference_date=date).findings[0]
    if finding.reason is not None:
        return f"{finding.verdict.value}/{finding.reason.value}"
    return finding.verdict.value


NVIDIA = reference(
    [
        ("Nvidia", "revenue", 60922, "M USD", "2023-01-30/2024-01-28", "flow"),
        ("Nvidia", "revenue", 130497, "M USD", "2024-01-29/2025-01-26", "flow"),
        ("Microsoft", "net_income", 72361, "M USD", "2022-07-01/2023-06-30", "flow"),
        ("Microsoft", "net_income", 88136, "M USD", "2023-07-01/2024-06-30", "flow"),
    ],
    metric={"net_income": ["bénéfice net", "net income"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "want"),
    [
        ("Nvidia's revenue was $130.5 billion in fiscal 2025.", "en", "2025-02-27", "supported"),
        ("Nvidia's revenue was $60.9 billion in fiscal 2024.", "en", "2024-02-22", "supported"),
        ("Nvidia's revenue was $60.9 billion in fiscal 2025.", "en", "2025-02-27", "contradicted"),
        (
            "Nvidia a réalisé un chiffre d'affaires de 130,5 milliards de dollars sur son "
            "exercice 2025.",
            "fr",
            "2025-02-27",
            "supported",
        ),
        (
            "Le bénéfice net de Microsoft a atteint 88,1 milliards de dollars sur l'exercice "
            "clos le 30 juin.",
            "fr",
            "2024-07-31",
            "supported",
        ),
        (
            "Le bénéfice net de Microsoft a bondi de 22 % sur l'exercice clos le 30 juin.",
            "fr",
            "2024-07-31",
            "supported",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) > 12 else "",
)
def test_a_fiscal_year_is_named_after_the_year_it_ends_in(
    text: str, lang: str, date: str, want: str
) -> None:
    assert _verdict(text, NVIDIA, lang, date) == want


RATES = reference(
    [
        ("Swiss National Bank", "policy_rate", 1.75, "%", "2023-06-22", "stock"),
        ("Swiss National Bank", "policy_rate", 1.5, "%", "2024-03-21", "stock"),
        ("France", "public_debt_ratio", 109.8, "%", "2023-12-31", "stock"),
        ("France", "public_debt_ratio", 113.0, "%", "2024-12-31", "stock"),
    ],
    entity={"Swiss National Bank": ["BNS", "SNB"]},
    metric={"policy_rate": ["taux directeur", "policy rate"], "public_debt_ratio": ["PIB"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "want"),
    [
        ("The SNB lowered its policy rate to 1.5% from 1.75%.", "en", "2024-03-21", "supported"),
        ("The SNB lowered its policy rate to 1.5% from 2%.", "en", "2024-03-21", "contradicted"),
        (
            "La dette publique de la France représente 113 % du PIB, contre 109,8 % un an plus "
            "tôt.",
            "fr",
            "2025-03-26",
            "supported",
        ),
        (
            "La BNS a abaissé son taux directeur de 25 points de base.",
            "fr",
            "2024-03-21",
            "supported",
        ),
        (
            "La BNS a abaissé son taux directeur de 50 points de base.",
            "fr",
            "2024-03-21",
            "contradicted",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) > 12 else "",
)
def test_a_level_against_the_level_before(text: str, lang: str, date: str, want: str) -> None:
    """A comparison figure with no time of its own, and a change with no time at all,
    are set against the record before the current one."""
    assert _verdict(text, RATES, lang, date) == want


DEBT = reference(
    [("France", "public_debt", 3305300, "M EUR", "2024-12-31", "stock")],
    metric={"public_debt": ["dette publique", "public debt"]},
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La dette publique par habitant atteint près de 48 000 euros en France.", "fr"),
        ("France's public debt per capita is about €48,000.", "en"),
    ],
)
def test_a_figure_per_person_needs_a_metric_per_person(text: str, lang: str) -> None:
    assert _verdict(text, DEBT, lang, "2025-03-26") == "unverifiable/unknown_metric"


def test_a_total_still_meets_the_total() -> None:
    text = "La dette publique de la France a atteint 3 305 milliards d'euros fin 2024."
    assert _verdict(text, DEBT, "fr", "2025-03-26") == "supported"


VOTES = reference(
    [
        ("Labour Party", "vote_share", 33.7, "%", "2024-07-04", "flow"),
        ("Labour Party", "seats", 411, None, "2024-07-04", "flow"),
    ],
    entity={"Labour Party": ["Labour"]},
    metric={"vote_share": ["voix", "vote"], "seats": ["sièges", "seats"]},
)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Le Labour a recueilli un tiers des voix.", "fr", "supported"),
        ("Labour won a third of the vote.", "en", "supported"),
        ("Le Labour a recueilli la moitié des voix.", "fr", "contradicted"),
        # a share of the seats against their count: the units differ
        ("Le Labour a obtenu les deux tiers des sièges.", "fr", "unverifiable/incompatible_unit"),
    ],
)
def test_a_share_in_words_is_a_percentage(text: str, lang: str, want: str) -> None:
    assert _verdict(text, VOTES, lang, "2024-07-05") == want


JOBS = reference(
    [
        ("United States", "nonfarm_payrolls", 12, "k", "2024-10", "flow"),
        ("United States", "nonfarm_payrolls", 227, "k", "2024-11", "flow"),
    ],
    entity={"United States": ["U.S.", "États-Unis"]},
    metric={"nonfarm_payrolls": ["payrolls", "jobs", "emplois"]},
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("U.S. payrolls rose by 227,000 jobs in November.", "supported"),
        ("U.S. payrolls rose by 215,000 jobs in November.", "contradicted"),
        ("U.S. payrolls rose by 12,000 jobs in October.", "supported"),
        ("U.S. payrolls rose by 227,000 in November.", "supported"),
    ],
)
def test_a_count_change_of_a_series_of_changes_is_its_figure(text: str, want: str) -> None:
    assert _verdict(text, JOBS, "en", "2024-12-06") == want


PEOPLE = reference(
    [
        ("Ireland", "population", 4761865, None, "2016-04-24", "stock"),
        ("Ireland", "population", 5149139, None, "2022-04-03", "stock"),
        ("United Kingdom", "inflation", 2.6, "%", "2024-11", "flow"),
        ("France", "public_debt", 3101200, "M EUR", "2023-12-31", "stock"),
        ("France", "public_debt", 3305300, "M EUR", "2024-12-31", "stock"),
    ],
    entity={"United Kingdom": ["Britain"]},
    metric={
        "inflation": ["consumer prices", "inflation"],
        "public_debt": ["endettement public", "dette publique"],
    },
)


@pytest.mark.parametrize(
    ("text", "lang", "date", "want"),
    [
        ("Ireland's population grew by 8% between 2016 and 2022.", "en", "2023-05-30", "supported"),
        (
            "Ireland's population grew by 3% between 2016 and 2022.",
            "en",
            "2023-05-30",
            "contradicted",
        ),
        (
            "Consumer prices in Britain rose 2.6% in the year to November.",
            "en",
            "2024-12-18",
            "supported",
        ),
        (
            "En un an, l'endettement public a augmenté de 204 milliards d'euros en France.",
            "fr",
            "2025-03-26",
            "supported",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) > 12 else "",
)
def test_changes_over_spans(text: str, lang: str, date: str, want: str) -> None:
    assert _verdict(text, PEOPLE, lang, date) == want

"""parse_claims() and check(): rules found by heldout16 and heldout17 (stop 15): a verb after a
name is no measure noun, "alors" alone closes no clause, a name between commas is read through
to an event's verb, power-plant events, counting nouns are generic, and a metric written only
inside a longer alias of another yields to it."""

from __future__ import annotations

import pytest

import claimcheck as cc


def _claims(text: str, lang: str) -> list[cc.Claim]:
    return cc.parse_claims(text, lang=lang, reference_date="2024-06-10")


@pytest.mark.parametrize(
    "text",
    [
        "La France consacrera 55 milliards de dollars à ses armées en 2025.",
        "La France dépensera 55 milliards de dollars pour ses armées en 2025.",
    ],
)
def test_a_verb_after_a_name_is_no_measure_noun(text: str) -> None:
    (claim,) = _claims(text, "fr")
    assert claim.subject == "France"
    assert claim.measure.noun is None and claim.measure.verb is not None


def test_a_noun_after_a_name_still_is() -> None:
    (claim,) = _claims("Heathrow passenger numbers rose by 4.7 million in 2023.", "en")
    assert claim.measure.noun == "Heathrow passenger numbers"


def test_alors_alone_closes_no_clause() -> None:
    text = (
        "Le ministère de la Justice a publié ses chiffres d'avril. Les prisons françaises "
        "comptaient alors 82 912 détenus au 1er avril 2025."
    )
    assert [c.subject for c in _claims(text, "fr")] == ["France"]


@pytest.mark.parametrize(
    ("text", "lang", "verb", "time"),
    [
        (
            "Le Royaume-Uni a fermé sa dernière centrale à charbon, Ratcliffe-on-Soar, le 30 "
            "septembre 2024.",
            "fr",
            "fermer",
            "le 30 septembre 2024",
        ),
        (
            "L'EPR de Flamanville a été raccordé au réseau le 21 décembre 2024.",
            "fr",
            "raccorder",
            "le 21 décembre 2024",
        ),
        ("Germany phased out nuclear power in 2022.", "en", "phase out", "in 2022"),
        (
            "Britain closed its last coal-fired power plant, Ratcliffe-on-Soar, in September 2024.",
            "en",
            "close",
            "in September 2024",
        ),
    ],
)
def test_power_plant_events(text: str, lang: str, verb: str, time: str) -> None:
    (claim,) = _claims(text, lang)
    assert claim.kind is cc.ClaimKind.EVENT
    assert claim.measure.verb == verb
    assert claim.time is not None and claim.time.text == time


def test_a_clause_between_commas_still_closes() -> None:
    # not a name: the comma closes the clause, the day is no event's
    text = "Le Royaume-Uni a fermé sa dernière centrale, selon le ministère, le 30 septembre 2024."
    assert [c.kind for c in _claims(text, "fr")] == []


def _reference() -> cc.Reference:
    rows = [
        ("France", "homicides", 996, "2023"),
        ("France", "attempted_homicides", 4055, "2023"),
        ("France", "rape_victims", 25000, "2023"),
        ("United States", "murder_rate_per_100k", 5.7, "2023"),
    ]
    return cc.Reference.from_records(
        [
            {"entity": e, "metric": m, "value": v, "period": p, "kind": "flow", "source": "test"}
            for e, m, v, p in rows
        ],
        aliases={
            "metric": {
                "homicides": ["homicides", "victimes d'homicide"],
                "attempted_homicides": ["tentatives d'homicide"],
                "rape_victims": ["victimes de viol"],
                "murder_rate_per_100k": ["murders per 100,000 people"],
            }
        },
    )


def test_a_metric_written_inside_a_longer_alias_yields_to_it() -> None:
    text = (
        "Les tentatives d'homicide ont explosé en 2023 : plus de 4 000 victimes ont été "
        "recensées en France."
    )
    (finding,) = cc.check(text, _reference(), lang="fr", reference_date="2024-08-01").findings
    assert finding.verdict is cc.Verdict.SUPPORTED


def test_a_counting_noun_alone_meets_no_metric() -> None:
    text = "The United States had about 1.2 million people in state and federal prisons in 2023."
    (finding,) = cc.check(text, _reference(), lang="en", reference_date="2024-08-01").findings
    assert finding.verdict is cc.Verdict.UNVERIFIABLE
    assert finding.reason is cc.Reason.UNKNOWN_METRIC


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Britain's unemployment rate is now 5%.", cc.Verdict.SUPPORTED),
        ("Britain's unemployment rate is currently 4.1%.", cc.Verdict.CONTRADICTED),
        (
            "Britain's unemployment rate was 4.7% in the second quarter of 2025.",
            cc.Verdict.SUPPORTED,
        ),
    ],
)
def test_the_present_is_no_stated_time(text: str, verdict: cc.Verdict) -> None:
    reference = cc.Reference.from_records(
        [
            {
                "entity": "United Kingdom",
                "metric": "unemployment_rate",
                "value": v,
                "unit": "%",
                "period": p,
                "kind": "stock",
                "source": "ONS",
            }
            for v, p in ((4.7, "2025-Q2"), (5.0, "2025-Q3"))
        ]
    )
    report = cc.check(text, reference, lang="en", reference_date="2025-11-11")
    (finding,) = report.findings
    assert finding.verdict is verdict
    assert finding.claim.measure.verb is None  # "now" is no verb


def test_an_events_object_may_be_the_entity() -> None:
    reference = cc.Reference.from_records(
        [
            {
                "entity": "Flamanville 3",
                "metric": "grid_connection",
                "period": "2024-12-21",
                "kind": "event",
                "source": "EDF",
            }
        ]
    )
    text = "EDF connected its Flamanville 3 reactor to the French grid on Saturday."
    report = cc.check(text, reference, lang="en", reference_date="2024-12-23")
    (finding,) = report.findings
    assert finding.verdict is cc.Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Tesla cut its prices by 7% in China.", "en", cc.ClaimKind.CHANGE),
        ("Ofgem a relevé son plafond de 6,4 % au 1er avril 2025.", "fr", cc.ClaimKind.CHANGE),
        ("Renault a augmenté ses prix de 3 %.", "fr", cc.ClaimKind.CHANGE),
        # no verb of change before the object: a level
        ("Ofgem a fixé son plafond à 1 849 livres.", "fr", cc.ClaimKind.QUANTITY),
        ("Le plafond de 6,4 % a été fixé.", "fr", cc.ClaimKind.QUANTITY),
    ],
)
def test_a_change_to_an_object(text: str, lang: str, kind: cc.ClaimKind) -> None:
    (claim,) = _claims(text, lang)
    assert claim.kind is kind


def test_a_level_from_a_day_is_the_record_starting_that_day() -> None:
    reference = cc.Reference.from_records(
        [
            {
                "entity": "Ofgem",
                "metric": "price_cap",
                "value": v,
                "unit": "GBP",
                "period": p,
                "kind": "stock",
                "source": "Ofgem",
            }
            for v, p in ((1849, "2025-04-01"), (1720, "2025-07-01"))
        ],
        aliases={"metric": {"price_cap": ["cap", "price cap"]}},
    )
    text = "Ofgem cut the cap to £1,720 a year from July 1, 2025."
    report = cc.check(text, reference, lang="en", reference_date="2025-05-27")
    (finding,) = report.findings
    assert finding.verdict is cc.Verdict.SUPPORTED
    assert finding.claim.baseline_time is None  # when it applies, no other side


def test_a_narrowing_word_meets_only_a_metric_that_has_it() -> None:
    rows = [("inflation", 3.8), ("core_inflation", 3.5)]
    records = [
        {
            "entity": "United Kingdom",
            "metric": m,
            "value": v,
            "unit": "%",
            "period": "2025-09",
            "kind": "flow",
            "source": "ONS",
        }
        for m, v in rows
    ]
    aliases = {"inflation": ["inflation rate"], "core_inflation": ["core inflation rate"]}
    text = "Britain's core inflation rate eased to 3.5% in September 2025."
    both = cc.Reference.from_records(records, aliases={"metric": aliases})
    (finding,) = cc.check(text, both, lang="en", reference_date="2025-10-30").findings
    assert finding.verdict is cc.Verdict.SUPPORTED and finding.metric == "core_inflation"
    headline = cc.Reference.from_records(records[:1], aliases={"metric": aliases})
    (finding,) = cc.check(text, headline, lang="en", reference_date="2025-10-30").findings
    assert finding.reason is cc.Reason.UNKNOWN_METRIC


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("The French government aims to cut the deficit to 3% of GDP by 2029.", "en", "France"),
        ("Le gouvernement français vise un déficit de 3 % du PIB en 2029.", "fr", "France"),
        # a maker's description is no state: nothing to refer back to, no subject
        ("L'avionneur européen a livré près de 770 appareils l'an dernier.", "fr", None),
    ],
)
def test_a_states_description_names_its_place(text: str, lang: str, subject: str | None) -> None:
    assert [c.subject for c in _claims(text, lang)] == [subject]

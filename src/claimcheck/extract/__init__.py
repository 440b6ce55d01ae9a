"""Text → mentions: every figure, date and duration in a text, with its offsets.

Each finder (``numbers``, ``time``) reads the text on its own, with the
lexicon of the language; :func:`extract` merges what they find so that no two
mentions overlap: where two disagree on a stretch of text, the longer reading
wins ("en mars 2024" is one date, not a date and a number), and at equal length
the more specific kind does.

What only looks like a figure is no time either: a mention of any finder that
touches a look-alike the numbers finder marks (a phone number, an address, a
reference such as "article L. 1234-5", a version) is dropped, so that "le 01 23 45
67 89" is no date and "at 1600 Pennsylvania Ave" no time of day.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime

from claimcheck.extract import money, numbers, qualifiers, time
from claimcheck.inputs import coerce_lang, coerce_reference_date
from claimcheck.models import Mention, MentionKind, Qualifier

__all__ = ["extract", "merge"]

Finder = Callable[[str, str, datetime], list[Mention]]

FINDERS: tuple[Finder, ...] = (time.find, numbers.find)

# At equal length, the first kind here wins.
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        (
            MentionKind.TIME,
            MentionKind.DURATION,
            MentionKind.MONEY,
            MentionKind.PERCENT,
            MentionKind.QUANTITY,
            MentionKind.ORDINAL,
            MentionKind.NUMBER,
        )
    )
}


def extract(
    text: str,
    lang: str | None = None,
    reference_date: date | datetime | str | None = None,
) -> list[Mention]:
    """Find every number, ordinal, percentage, amount of money, quantity, duration
    and time expression in ``text``, in text order.

    ``lang`` is "fr" or "en" (None detects it); ``reference_date`` anchors
    relative expressions ("l'an dernier") and defaults to today.

    >>> [(m.kind.value, m.text) for m in extract("Il a produit 12 300 véhicules.", lang="fr")]
    [('number', '12 300')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    language = coerce_lang(lang, text)
    # the offset is kept for the time finder ("4pm CET" into the reference's zone); every
    # period is given as naive wall-clock time in that offset
    moment = coerce_reference_date(reference_date, keep_offset=True)
    found: list[Mention] = []
    for finder in FINDERS:
        found.extend(finder(text, language, moment))
    left = time.left_out(text)
    if left:  # "five years earlier" after another time: no time, no "five", no "five years"
        starts = [a for a, _ in left]
        found = [m for m in found if not _inside(m, left, starts)]
    noise = numbers.noise_spans(text, language)
    if noise:
        found = [m for m in found if not numbers.touches_noise(noise, m.start, m.end)]
    if not any(m.kind is MentionKind.DURATION for m in found):
        return merge(found)  # most texts: no duration for a range to join nor to lend a unit
    merged = merge(_duration_ranges(text, found))
    return _elided_durations(text, _listed_durations(text, merged, language), language)


# "trois et quatre ans", "huit ou dix mois", "two and three years": a bare count, a list
# word, then a duration: the count is a duration in that unit.
_LIST_GAP = re.compile(r"[ \u00a0]+([^\W\d_]+)[ \u00a0]+")


def _listed_durations(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """Give a bare whole count the unit of the duration right after it when a list word
    (``list_joiners`` of the time lexicon: "et", "ou", "and", "or") stands between: "condamnés
    à trois et quatre ans de prison", "huit et dix mois ferme" are two durations (the docs'
    "a unit shared by a list"; "between 3 and 5 years" is a range, read before); or, after a
    change word, a range's joiner (:func:`_from_level`)."""
    joiners = time.list_joiners(lang)
    if not joiners:
        return mentions
    out = mentions
    for k in range(len(mentions) - 1):
        m, d = mentions[k], mentions[k + 1]
        if (
            d.kind is not MentionKind.DURATION
            or m.kind is not MentionKind.NUMBER
            or m.noun is not None
            or m.value is None
            or not float(m.value).is_integer()
            or not 0 < m.value < _LISTED_MOST
            or d.unit is None
            or d.value is None
            or not d.value / _LISTED_SPREAD <= m.value <= d.value * _LISTED_SPREAD
        ):
            continue
        gap = _LIST_GAP.fullmatch(text, m.end, d.start)
        if (gap is None or gap[1].lower() not in joiners) and not _from_level(text, m, d, lang):
            continue
        if out is mentions:
            out = list(mentions)
        out[k] = m.model_copy(update={"kind": MentionKind.DURATION, "unit": d.unit})
    return out


def _from_level(text: str, first: Mention, duration: Mention, lang: str) -> bool:
    """Whether a bare count is the first level of a change to the duration right after it,
    a change word before it and a range's joiner between ("le congé est passé de 14 à 28
    jours": 14 days), as :func:`numbers.find` lends the second figure's unit to the first
    of a quantity or an amount."""
    return qualifiers.joiner_after(text, first.end, lang) == duration.start and bool(
        qualifiers.change_before(text, first.start, lang)
    )


_LISTED_MOST = 1000  # a count of units larger than this in a list is no duration's part
_LISTED_SPREAD = 10  # how far apart the durations of one list may be (a factor)


_INSIDE_KINDS = frozenset((MentionKind.NUMBER, MentionKind.ORDINAL, MentionKind.DURATION))


_LINK_WORDS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _elided_durations(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """Give a bare count the unit of the duration before it when a comma and a link word
    say it is part of it, left unsaid: "quatre ans de prison, dont deux avec sursis", "18
    months, of which 6 suspended" (the money lexicon's ``elided_links``; at most the
    duration itself, in the same sentence); close to the duration the comma may be left
    out ("18 mois de prison dont 6 avec sursis"). Not a count of times: "sur onze ans, soit
    près de trois fois le montant" (``rate_leaders`` of the time lexicon)."""
    if not any(m.kind is MentionKind.DURATION for m in mentions):
        return mentions  # most texts: nothing to lend a unit
    links = money.elided_links(lang)
    mentions = _with_elided_ones(text, mentions, lang, links)
    out = mentions
    last: Mention | None = None
    for k, mention in enumerate(mentions):
        if mention.kind is MentionKind.DURATION and mention.value is not None:
            last = mention
            continue
        if last is None or mention.kind is not MentionKind.NUMBER or mention.noun is not None:
            continue
        between = text[last.end : mention.start]
        words = _LINK_WORDS.findall(between.lower())
        value = mention.value
        linked = " ".join(words[-2:]) in links or (bool(words) and words[-1] in links)
        after = _NEXT_WORD.match(text, mention.end)
        if (
            (after is not None and after[1].lower() in time.rate_leaders(lang))
            or value is None
            or not float(value).is_integer()
            or not 0 < value <= (last.value or 0)
            or ("," not in between and len(words) > 3)
            or any(mark in between for mark in ".;!?")
            or not 1 <= len(words) <= 4
            or not linked
        ):
            continue
        if out is mentions:
            out = list(mentions)
        out[k] = mention.model_copy(
            update={"kind": MentionKind.DURATION, "unit": last.unit, "noun": None}
        )
    return out


def _with_elided_ones(
    text: str, mentions: list[Mention], lang: str, links: frozenset[str]
) -> list[Mention]:
    """Add the count one a determiner says after a duration and a link, before a word that
    ends the noun phrase: "deux ans de prison, dont un avec sursis" (the numbers finder
    takes "un" for an article there), as a number the loop of :func:`_elided_durations`
    then gives the duration's unit."""
    ones = numbers.elided_ones(lang)
    if ones is None:
        return mentions
    added: list[Mention] = []
    for k, last in enumerate(mentions):
        if last.kind is not MentionKind.DURATION or last.value is None or last.value < 1:
            continue
        if k and mentions[k - 1].noun is not None and last.start - mentions[k - 1].end < 60:
            continue  # "trois pays en deux semaines, dont un avec sa famille": a country
        stop = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        found = ones.search(text, last.end, min(stop, last.end + 80))
        if found is None or found["link"].lower() not in links:
            continue
        between = text[last.end : found.start("link")]
        if any(mark in between for mark in ".;!?"):
            continue
        if "," not in between and len(_LINK_WORDS.findall(between)) > 2:
            continue  # "deux ans de prison dont un avec sursis": no comma needed so close
        start, end = found.span("one")
        added.append(
            Mention(
                kind=MentionKind.NUMBER,
                text=text[start:end],
                start=start,
                end=end,
                value=1.0,
                low=1.0,
                high=1.0,
                qualifier=Qualifier.EXACT,
            )
        )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def _inside(mention: Mention, spans: tuple[tuple[int, int], ...], starts: list[int]) -> bool:
    """Whether ``mention`` is a count, an ordinal or a duration within one of ``spans``
    (disjoint, in text order; ``starts`` their starts: one bisection, so a long text stays
    linear), or a count that ends inside the next span after a cue before it."""
    if mention.kind not in _INSIDE_KINDS:
        return False
    index = bisect.bisect_right(starts, mention.start) - 1
    if index >= 0 and mention.end <= spans[index][1]:
        return True
    # a count whose cue stands before the span and whose number is its first word: "6 % de
    # plus que deux ans plus tôt" (the comparison's "plus que", the narrative "deux ans")
    after = index + 1
    return (
        after < len(spans)
        and mention.start < spans[after][0] < mention.end <= spans[after][1]
        and mention.kind is MentionKind.NUMBER
    )


def _duration_ranges(text: str, found: list[Mention]) -> list[Mention]:
    """Join a range of numbers to the duration its last number starts ("between 3 and 5
    years", "10 à 14 jours"): one duration from the first bound to the second, in the
    duration's unit. The numbers finder reads the range, the time finder the duration. A
    number with a cue joins the duration it starts the same way ("a atteint 85,6 ans")."""
    durations = sorted(
        (m for m in found if m.kind is MentionKind.DURATION and m.value is not None),
        key=lambda m: m.start,
    )
    if not durations:
        return found
    starts = [d.start for d in durations]
    joined: list[Mention] = []
    for r in found:
        if r.kind is not MentionKind.NUMBER:
            continue
        if r.value is not None and r.qualifier is not Qualifier.EXACT:
            joined.extend(_bounded_duration(text, r, durations, starts))
            continue
        if r.low is None or r.high is None:
            continue
        # the durations that start inside the range (a bisection: linear in all)
        first, last = bisect.bisect_right(starts, r.start), bisect.bisect_left(starts, r.end)
        for d in durations[first:last]:
            if r.end <= d.end and d.value == r.high:
                joined.append(_joined(text, r, d))
    return found + joined if joined else found


def _joined(text: str, r: Mention, d: Mention) -> Mention:
    """One duration from the start of the number ``r`` to the end of the duration ``d``,
    with ``r``'s value, bounds and qualifier and ``d``'s unit."""
    return Mention(
        kind=MentionKind.DURATION,
        text=text[r.start : d.end],
        start=r.start,
        end=d.end,
        value=r.value,
        low=r.low,
        high=r.high,
        low_exclusive=r.low_exclusive,
        high_exclusive=r.high_exclusive,
        qualifier=r.qualifier,
        unit=d.unit,
    )


def _bounded_duration(
    text: str, r: Mention, durations: list[Mention], starts: list[int]
) -> list[Mention]:
    """The duration a bounded number's figure starts, with the number's cue: "a atteint
    85,6 ans", "a dépassé 81 ans" (the numbers finder reads the verb cue, the time finder
    the duration; a cue the time finder reads itself, "plus de dix ans", starts both)."""
    first, last = bisect.bisect_right(starts, r.start), bisect.bisect_left(starts, r.end)
    return [
        _joined(text, r, d)
        for d in durations[first:last]
        if r.end < d.end and d.value == r.value and d.qualifier is Qualifier.EXACT
    ]


def merge(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep, of overlapping mentions, the longest (then the most specific), in text order.

    Runs in O(n log n): mentions are swept in text order and only those that
    overlap one another are compared.
    """
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    cluster: list[Mention] = []
    cluster_end = -1
    for mention in ordered:
        if cluster and mention.start >= cluster_end:
            kept.extend(_resolve(cluster))
            cluster = []
        cluster.append(mention)
        cluster_end = max(cluster_end, mention.end) if len(cluster) > 1 else mention.end
    if cluster:
        kept.extend(_resolve(cluster))
    # (each cluster's mentions start before the next cluster's: kept is in text order)
    return kept


def _resolve(cluster: list[Mention]) -> list[Mention]:
    """The mentions kept of one cluster of overlapping ones, in text order."""
    if len(cluster) == 1:
        return cluster
    best_first = sorted(cluster, key=lambda m: (-(m.end - m.start), _PRIORITY[m.kind], m.start))
    chosen: list[Mention] = []
    for mention in best_first:
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    if len(chosen) > 1:
        chosen.sort(key=lambda m: m.start)
    return chosen

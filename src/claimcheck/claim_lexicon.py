"""The words claims are assembled with, per language, read from ``lexicons/<lang>/claims.toml``.

The TOML file is validated against :class:`ClaimsLexicon` (unknown keys are
errors) and compiled once per process into :class:`ClaimWords`: sets for single
words, :class:`~claimcheck.entities.PhraseIndex` for phrases, and verb forms
mapped to their lemma.

>>> words = claim_words("fr")
>>> words.verb_lemma(("produites",))
'produire'
>>> words.places.get("Chine")
'China'
>>> "China" in words.place_names
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from claimcheck.entities import Gazetteer, PhraseIndex, phrase_key
from claimcheck.lexicon import load_lexicon
from claimcheck.terms import terms

__all__ = [
    "CLAUSE_MARKS",
    "ClaimWords",
    "ClaimsLexicon",
    "claim_words",
    "expand_forms",
    "with_elisions",
]


class ClaimsLexicon(BaseModel):
    """The schema of ``claims.toml``; each file's header documents the keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    abbreviations: tuple[str, ...]
    pronouns: tuple[str, ...]
    speaker_pronouns: tuple[str, ...]
    impersonal_after: tuple[str, ...]
    description_determiners: tuple[str, ...]
    description_heads: tuple[str, ...]
    place_heads: tuple[str, ...]
    named_heads: tuple[str, ...]
    description_blockers: tuple[str, ...]
    copulas: tuple[str, ...]
    source_markers: tuple[str, ...]
    source_names: tuple[str, ...]
    person_titles: tuple[str, ...]
    name_connectors: tuple[str, ...]
    # capitalized heads whose names run on through lowercase words to a connector and a
    # name: "la Fédération hospitalière de France"
    institution_heads: tuple[str, ...] = ()
    # a superlative and the link after it: the place that follows is the comparison's
    # domain, not the subject ("le pays le plus touché d'Europe")
    superlatives: tuple[str, ...] = ()
    superlative_links: tuple[str, ...] = ()
    names: tuple[str, ...]
    not_names: tuple[str, ...]
    # adjectives that open a measure at a sentence's start: no name, words of the measure
    # ("Regular pay growth …")
    opening_adjectives: tuple[str, ...] = ()
    # endings that make a capitalized word an adjective, no name: "the Munich-based office"
    adjective_endings: tuple[str, ...] = ()
    # links after a measure noun to the name whose measure it is: "Sales at Tesla fell"
    measure_owner_links: tuple[str, ...] = ()
    # who forecasts for others: an aim of theirs is no statement ("les analystes tablent sur")
    forecasters: tuple[str, ...] = ()
    # verbs by which forecasters expect, a few words after them in the figure's clause
    # ("Analysts polled by LSEG expected JPMorgan to earn $13.0 billion")
    forecast_verbs: tuple[str, ...] = ()
    # possessive determiners: a capitalized word after one, before a common noun, qualifies
    # that noun, it is no name ("its CET1 ratio", "sa filiale Amundi" stays a name)
    possessive_determiners: tuple[str, ...] = ()
    # words that, after a comma or a semicolon, open a coordinated clause: a time in it is
    # the figure's of that clause ("…, and its CET1 ratio was 14.9% at the end of December")
    clause_coordinators: tuple[str, ...] = ()
    # verbs of reporting: a weekday after one says when figures came out ("reported its
    # results on Thursday"), which later sentences do not take as their time
    report_verbs: tuple[str, ...] = ()
    # whether a noun phrase's head comes last, after its modifiers ("wheat yield"), not
    # first ("rendement du blé"): the word that says what a measure is
    head_last: bool = False
    # nouns of people: an adjective of place next to one is a nationality ("le milieu
    # portugais João Neves", "Portuguese midfielder João Neves"), no place of the figure
    person_heads: tuple[str, ...] = ()
    clitics: tuple[str, ...]
    partitive_clitics: tuple[str, ...]
    location_prepositions: tuple[str, ...]
    measure_nouns: tuple[str, ...]
    noun_links: tuple[str, ...]
    generic_nouns: tuple[str, ...]
    link_determiners: tuple[str, ...]
    # determiners after which a lowercase demonym is a noun, no place ("des européennes")
    nominalizers: tuple[str, ...] = ()
    coordinators: tuple[str, ...]
    compound_links: tuple[str, ...]
    possessive_markers: tuple[str, ...]
    noun_stops: tuple[str, ...]
    determiners: tuple[str, ...]
    clause_breaks: tuple[str, ...]
    neutral_verbs: tuple[str, ...]
    auxiliaries: tuple[str, ...]
    infinitive_markers: tuple[str, ...]
    infinitive_endings: tuple[str, ...]
    verb_endings: tuple[str, ...]
    event_verbs: tuple[str, ...]
    not_claim_before: tuple[str, ...]
    not_claim_after: tuple[str, ...]
    not_claim_lines: tuple[str, ...]
    change_before: tuple[str, ...]
    not_change_before: tuple[str, ...]
    change_after: tuple[str, ...]
    comparison_before: tuple[str, ...]
    # words before a time that make it the other side of a comparison, not before a figure
    # ("more than 5%" is a bound): "3 millions de voix de plus qu'en 2020", "than in 2019"
    time_comparison_before: tuple[str, ...] = ()
    # the word right before a figure that, after a verb of change and its object, makes the
    # figure the size of the change: "cut the cap by 7%", "a relevé son plafond de 6,4 %"
    change_links: tuple[str, ...] = ()
    # heads of descriptions that stand for a country's state: with an adjective of place and
    # nothing to refer back to, that place ("The French government aims …")
    state_heads: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    level_links: tuple[str, ...] = ()
    crossings: tuple[str, ...] = ()
    ratio_after: tuple[str, ...]
    share_links: tuple[str, ...]
    record_words: tuple[str, ...] = ()
    purpose_links: tuple[str, ...]
    participle_endings: tuple[str, ...]
    past_participle_endings: tuple[str, ...] = ()
    # verbs and their link before a figure whose measure follows it: "estime à 350 000 le
    # nombre de personnes sans domicile"
    valuation_links: tuple[str, ...] = ()
    measure_units: tuple[str, ...]
    light_verbs: tuple[str, ...]
    complement_links: tuple[str, ...]
    not_purposes: tuple[str, ...]
    year_before: tuple[str, ...] = ()
    period_before: tuple[str, ...] = ()
    whole_year: tuple[str, ...] = ()
    aims: tuple[str, ...] = ()
    aims_after: tuple[str, ...] = ()
    aim_links: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    time_relatives: tuple[str, ...] = ()
    # phrases before a time that make it the start of the records a superlative counts from
    # ("its wettest 18 months since records began in 1836"): no figure's time
    record_starts: tuple[str, ...] = ()
    # superlatives a "since" time after them (a few words on) is the comparison of: "its
    # lowest level since 2001", "son plus bas niveau depuis 2001" (no figure's time)
    record_superlatives: tuple[str, ...] = ()
    since_clauses: tuple[str, ...] = ()
    referring_measures: tuple[str, ...] = ()
    place_measures: tuple[str, ...] = ()
    restrictive: dict[str, tuple[str, ...]] = {}
    look_back_endings: tuple[str, ...] = ()
    anaphors: tuple[str, ...] = ()
    elisions: dict[str, str]
    places: dict[str, str]
    collectives: dict[str, str]
    demonyms: dict[str, str]
    verbs: dict[str, tuple[str, ...]]


def expand_forms(entries: Iterable[str]) -> Iterator[str]:
    """Expand ``stem|ending|ending`` entries into whole forms.

    >>> list(expand_forms(["vend|u|ue", "vend"]))
    ['vendu', 'vendue', 'vend']
    """
    for entry in entries:
        stem, *endings = entry.split("|")
        if not endings:
            yield stem
        for ending in endings:
            yield stem + ending


def _words(entries: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(phrase_key(e)) for e in entries)


def _phrases(entries: Iterable[str]) -> PhraseIndex[bool]:
    return PhraseIndex((e, True) for e in entries)


def with_elisions(entries: Iterable[str], elisions: dict[str, str]) -> Iterator[str]:
    """Each cue, and its elided form when its last word elides before a vowel.

    >>> list(with_elisions(["reculer de", "contre"], {"de": "d'"}))
    ['reculer de', "reculer d'", 'contre']
    """
    for entry in entries:
        yield entry
        *head, last = entry.split(" ")
        elided = elisions.get(last.casefold())
        if head and elided is not None:
            yield " ".join((*head, elided))


@dataclass(frozen=True)
class ClaimWords:
    """One language's claim lexicon, compiled for lookups."""

    abbreviations: frozenset[str]
    pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    impersonal_after: frozenset[str]
    description_determiners: frozenset[str]
    description_heads: PhraseIndex[bool]
    place_heads: frozenset[str]
    named_heads: frozenset[str]  # "musée" + "d'Orsay": one name
    description_blockers: frozenset[str]
    copulas: frozenset[str]
    source_markers: PhraseIndex[bool]
    source_names: frozenset[str]
    person_titles: PhraseIndex[bool]
    name_connectors: PhraseIndex[bool]
    institution_heads: PhraseIndex[bool]  # "Fédération" + "hospitalière de France": one name
    superlatives: frozenset[str]
    superlative_links: frozenset[str]
    names: Gazetteer
    collectives: Gazetteer
    not_names: frozenset[str]
    opening_adjectives: frozenset[str]
    adjective_endings: tuple[str, ...]
    measure_owner_links: frozenset[str]
    forecasters: frozenset[str]
    forecast_verbs: frozenset[str]
    possessive_determiners: frozenset[str]
    clause_coordinators: frozenset[str]
    report_verbs: frozenset[str]
    head_last: bool
    person_heads: frozenset[str]
    numbered_heads: frozenset[str]
    name_heads: frozenset[str]  # capitalized, they go on a name: "Denver City Council"
    # the term keys of one-word description and place heads, singular or plural alike:
    # "départements" counts what a subject is ("Seize départements ont été placés …")
    head_terms: frozenset[str]
    clitics: frozenset[str]
    partitive_clitics: frozenset[str]
    location_prepositions: PhraseIndex[bool]
    places: Gazetteer
    place_names: frozenset[str]
    demonyms: dict[str, str]
    measure_nouns: PhraseIndex[bool]
    noun_links: frozenset[str]
    generic_nouns: frozenset[str]
    link_determiners: frozenset[str]
    nominalizers: frozenset[str]
    coordinators: frozenset[str]
    compound_links: frozenset[str]
    possessive_markers: frozenset[str]
    noun_stops: frozenset[str]
    determiners: frozenset[str]
    clause_breaks: frozenset[str]
    verbs: PhraseIndex[str]
    neutral_verbs: frozenset[str]
    auxiliaries: frozenset[str]
    infinitive_markers: frozenset[str]
    infinitive_endings: tuple[str, ...]
    verb_endings: tuple[str, ...]
    event_verbs: frozenset[str]
    not_claim_before: PhraseIndex[bool]
    not_claim_after: PhraseIndex[bool]
    not_claim_lines: PhraseIndex[bool]
    change_before: PhraseIndex[bool]
    not_change_before: PhraseIndex[bool]
    change_after: PhraseIndex[bool]
    comparison_before: PhraseIndex[bool]
    time_comparison_before: PhraseIndex[bool]
    change_links: frozenset[str]
    state_heads: frozenset[str]
    negations: frozenset[str]  # right before a bound, deny it: "n'a pas dépassé 3 %"
    level_links: frozenset[str]  # between a verb and the level it states: "s'établit à"
    crossings: PhraseIndex[bool]  # a figure's first words, after a change cue: "fell below"
    ratio_after: PhraseIndex[bool]
    share_links: frozenset[str]  # after a fraction, make it a share: "la moitié des …"
    record_words: frozenset[str]  # before a duration, make it a record's age: "une première"
    purpose_links: PhraseIndex[bool]  # after a sum, what it goes to: "en transferts"
    complement_links: PhraseIndex[bool]  # after a measure noun: "taux de réussite au bac"
    light_verbs: PhraseIndex[bool]  # before an object: "les homicides ont fait …"
    measure_units: frozenset[str]  # unit words that say what is measured: "hectares"
    participle_endings: tuple[str, ...]  # a clause opened by one: "dropping 0.6%"
    past_participle_endings: tuple[str, ...]  # "ont été mis en chantier", "were demolished"
    valuation_links: PhraseIndex[bool]  # "estime à" 350 000 "le nombre de …"
    not_purposes: frozenset[str]  # words after those links that are no purpose: "en moyenne"
    # times counted back from the claim's own time, not from the publication date: "un an
    # plus tôt", "a year earlier" (the same period a year before), "le trimestre précédent"
    year_before: PhraseIndex[bool]
    period_before: PhraseIndex[bool]
    whole_year: PhraseIndex[bool]  # "for the full year": the year of the time read before
    counted_back_ends: frozenset[str]  # their last words: a sentence without any has none
    # before a figure, make it aimed at or expected, no statement of the measured figure:
    # "son objectif de 800 livraisons", "economists had forecast 160,000"
    aims: PhraseIndex[bool]
    # after a figure (and its noun), make it aimed at: "a relevé à 130 000 unités son objectif"
    aims_after: PhraseIndex[bool]
    # after an aim of others and an optional name, lead to the verb before the figure:
    # "analysts had expected Tesla to deliver about 507,000"
    aim_links: frozenset[str]
    # relative pronouns: after a comma they open an aside whose times are its own ("Airbus,
    # which reported its figures last week, delivered …")
    relatives: frozenset[str]
    record_starts: PhraseIndex[bool]
    record_superlatives: PhraseIndex[bool]
    # relative words that, after a time and a comma, open a clause about that time ("par
    # rapport à janvier, où elle atteignait 1,7 %", "from June, when it stood at 4.1%")
    time_relatives: frozenset[str]
    # conjunctions opening a clause that dates a starting point, not an event of its own
    # ("since records began in 1836", "depuis que les relevés ont commencé en 1900")
    since_clauses: PhraseIndex[bool]
    # the term keys of nouns that stand for the measure said before ("Ce chiffre est en hausse
    # de 4 %", "The figure compares with $30.4 billion in 2023")
    referring_measures: frozenset[str]
    referring_words: frozenset[str]  # those nouns as written ("total", "figure")
    place_measures: PhraseIndex[bool]  # statistics of a place: "unemployment rate", "PIB"
    restrictive: dict[str, frozenset[str]]  # "que" → {"ne", "n"}: "n'a créé que", no clause
    look_back_endings: tuple[str, ...]  # a verb form looking back: "s'établissait", "avait"
    # words opening a sentence that stand for what was said before: a bare figure after them
    # takes the measure said before ("That brought its total to 301.6 million")
    anaphors: frozenset[str]
    # Derived sets, so that a hot test is one lookup: the words that are never nouns of a
    # measure (stops, auxiliaries, links, neutral verbs), and what ends a clause besides a
    # comma (the lexicon's clause words and the marks of CLAUSE_MARKS).
    not_nouns: frozenset[str]
    break_words: frozenset[str]
    referring_starts: frozenset[str]  # what a pronoun or a description starts with

    def verb_lemma(self, words: tuple[str, ...]) -> str | None:
        """The lemma of a verb form given as its casefolded words."""
        hit = self.verbs.longest_at(words, 0)
        return hit[0] if hit is not None and hit[1] == len(words) else None


# Marks that end a clause in any language (a comma too, unless it is a decimal comma).
CLAUSE_MARKS = frozenset({";", ":", "(", ")", "«", "»", "—", "–"})


@functools.cache
def claim_words(lang: str) -> ClaimWords:
    """The compiled claim lexicon of ``lang`` (read and validated once)."""
    raw = load_lexicon(lang, "claims", ClaimsLexicon)
    places = Gazetteer(raw.places.items())
    demonyms = {" ".join(phrase_key(k)): v for k, v in raw.demonyms.items()}
    not_names = (
        _words(raw.not_names)
        | _words(raw.opening_adjectives)
        | _words(raw.pronouns)  # "Celui-ci s'élève à …" opening a sentence: no name
        | frozenset(demonyms)
        | _words(m for m in raw.measure_nouns if len(phrase_key(m)) == 1)
        | _words(h for h in (*raw.description_heads, *raw.place_heads) if len(phrase_key(h)) == 1)
    )
    pronouns = _words(raw.pronouns)
    speaker_pronouns = _words(raw.speaker_pronouns)
    description_determiners = _words(raw.description_determiners)
    noun_stops = _words(raw.noun_stops)
    auxiliaries = _words(raw.auxiliaries)
    compound_links = _words(raw.compound_links)
    neutral_verbs = _words(raw.neutral_verbs)
    noun_links = _words(raw.noun_links)
    clause_breaks = _words(raw.clause_breaks)
    return ClaimWords(
        abbreviations=frozenset(raw.abbreviations),
        pronouns=pronouns,
        speaker_pronouns=speaker_pronouns,
        impersonal_after=_words(raw.impersonal_after),
        description_determiners=description_determiners,
        description_heads=_phrases((*raw.description_heads, *raw.place_heads)),
        place_heads=_words(raw.place_heads),
        named_heads=_words(raw.named_heads),
        description_blockers=_words(raw.description_blockers),
        copulas=_words(raw.copulas),
        source_markers=_phrases(raw.source_markers),
        source_names=frozenset(raw.source_names),
        person_titles=_phrases(raw.person_titles),
        name_connectors=_phrases(raw.name_connectors),
        institution_heads=_phrases(raw.institution_heads),
        superlatives=_words(raw.superlatives),
        superlative_links=_words(raw.superlative_links),
        names=Gazetteer((name, name) for name in raw.names),
        collectives=Gazetteer(raw.collectives.items()),
        not_names=not_names,
        opening_adjectives=_words(raw.opening_adjectives),
        adjective_endings=tuple(e.casefold() for e in raw.adjective_endings),
        measure_owner_links=_words(raw.measure_owner_links),
        forecasters=_words(raw.forecasters),
        forecast_verbs=_words(raw.forecast_verbs),
        possessive_determiners=_words(raw.possessive_determiners),
        clause_coordinators=_words(raw.clause_coordinators),
        report_verbs=_words(raw.report_verbs),
        head_last=raw.head_last,
        person_heads=_words(raw.person_heads),
        numbered_heads=_words(raw.description_heads),
        name_heads=_words((*raw.description_heads, *raw.place_heads)),
        head_terms=frozenset(
            key
            for h in (*raw.description_heads, *raw.place_heads)
            if len(phrase_key(h)) == 1
            for key in terms(h, lang)
        ),
        clitics=_words(raw.clitics),
        partitive_clitics=_words(raw.partitive_clitics),
        location_prepositions=_phrases(raw.location_prepositions),
        places=places,
        place_names=places.canonical_names | frozenset(demonyms.values()),
        demonyms=demonyms,
        measure_nouns=_phrases(raw.measure_nouns),
        noun_links=noun_links,
        generic_nouns=_words(raw.generic_nouns),
        link_determiners=_words(raw.link_determiners),
        nominalizers=_words(raw.nominalizers),
        coordinators=_words(raw.coordinators),
        compound_links=compound_links,
        possessive_markers=_words(raw.possessive_markers),
        noun_stops=noun_stops,
        determiners=_words(raw.determiners),
        clause_breaks=clause_breaks,
        verbs=PhraseIndex(
            (form, lemma) for lemma, forms in raw.verbs.items() for form in expand_forms(forms)
        ),
        neutral_verbs=neutral_verbs,
        auxiliaries=auxiliaries,
        infinitive_markers=_words(raw.infinitive_markers),
        infinitive_endings=raw.infinitive_endings,
        verb_endings=raw.verb_endings,
        event_verbs=frozenset(raw.event_verbs),
        not_claim_before=_phrases(raw.not_claim_before),
        not_claim_after=_phrases(raw.not_claim_after),
        not_claim_lines=_phrases(raw.not_claim_lines),
        change_before=_phrases(with_elisions(raw.change_before, raw.elisions)),
        change_after=_phrases(raw.change_after),
        not_change_before=_phrases(raw.not_change_before),
        comparison_before=_phrases(with_elisions(raw.comparison_before, raw.elisions)),
        time_comparison_before=_phrases(raw.time_comparison_before),
        change_links=_words(raw.change_links),
        state_heads=_words(raw.state_heads),
        negations=_words(raw.negations),
        level_links=_words(raw.level_links),
        crossings=_phrases(raw.crossings),
        ratio_after=_phrases(raw.ratio_after),
        share_links=_words(raw.share_links),
        record_words=_words(raw.record_words),
        purpose_links=_phrases(raw.purpose_links),
        participle_endings=tuple(raw.participle_endings),
        past_participle_endings=tuple(raw.past_participle_endings),
        valuation_links=_phrases(raw.valuation_links),
        measure_units=_words(raw.measure_units),
        light_verbs=_phrases(raw.light_verbs),
        complement_links=_phrases(raw.complement_links),
        not_purposes=_words(raw.not_purposes),
        year_before=_phrases(raw.year_before),
        period_before=_phrases(raw.period_before),
        whole_year=_phrases(raw.whole_year),
        counted_back_ends=frozenset(
            phrase_key(p)[-1]
            for p in (*raw.year_before, *raw.period_before, *raw.whole_year)
            if phrase_key(p)
        ),
        aims=_phrases(raw.aims),
        aims_after=_phrases(raw.aims_after),
        aim_links=_words(raw.aim_links),
        relatives=_words(raw.relatives),
        time_relatives=_words(raw.time_relatives),
        record_starts=_phrases(raw.record_starts),
        record_superlatives=_phrases(raw.record_superlatives),
        since_clauses=_phrases(with_elisions(raw.since_clauses, raw.elisions)),
        anaphors=_words(raw.anaphors),
        referring_measures=frozenset(
            key for word in raw.referring_measures for key in terms(word, lang)
        ),
        referring_words=_words(raw.referring_measures),
        place_measures=_phrases(raw.place_measures),
        look_back_endings=tuple(raw.look_back_endings),
        restrictive={
            fold_key: _words(openers)
            for closer, openers in raw.restrictive.items()
            for fold_key in _words([closer])
        },
        not_nouns=noun_stops | auxiliaries | compound_links | neutral_verbs | noun_links,
        break_words=clause_breaks | CLAUSE_MARKS,
        referring_starts=pronouns | speaker_pronouns | description_determiners,
    )

"""The detector's lexicon: the words of one language that its rules look for, read from
``LANG.toml`` beside this file, and the patterns made of them. The rules receive a
``Lexicon`` and hold no words of their own, so a language is added with a file, not code.

The tables of a file are made into the Lexicon's sets and patterns in ``tables``; the few
patterns that are the same in every language (brackets, capitals, datelines), which the rules
share, are in ``shared`` and given from here too.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from briefgen.analyse.detect.lexicon import tables
from briefgen.analyse.detect.lexicon.inflection import cases, class_chars, order
from briefgen.analyse.detect.lexicon.shared import (
    ACRONYM_AFTER,
    ACRONYM_AT_END,
    ACRONYM_IN_BRACKETS,
    BRACKETS_AT_END,
    CAPITAL,
    DATELINE,
    LOWER_WORD_AFTER,
    MARKUP,
    PHRASE_BREAK,
    POSSESSIVE_START,
    UP,
)
from briefgen.analyse.detect.lexicon.tables import VerbEntry, Words

__all__ = ["ACRONYM_AFTER", "ACRONYM_AT_END", "ACRONYM_IN_BRACKETS", "BRACKETS_AT_END", "CAPITAL",
           "DATELINE", "LOWER_WORD_AFTER", "MARKUP", "PHRASE_BREAK", "POSSESSIVE_START", "UP",
           "Lexicon", "languages", "lexicon"]

FOLDER = Path(__file__).parent



@dataclass(frozen=True, eq=False, slots=True)
class Lexicon:
    """One language's words, by what the rules use them for (see LANG.toml for each).
    Compared and hashed by identity: there is one per language."""

    language: str
    letters: re.Pattern[str]  # a word of the language's letters
    letter_chars: Words  # those letters, one by one
    latin: Mapping[int, str]  # a letter's code -> its letters in Latin (str.translate)
    dash_speech: bool  # see [quotations] in LANG.toml
    longest_marked_name: int
    # cases (see [cases] in LANG.toml; empty for a language whose words do not inflect)
    cases: bool
    case_endings: tuple[str, ...]  # longest first
    neuter_endings: tuple[str, ...]
    feminine_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    oblique_endings: tuple[str, ...]  # endings no nominative has: "Української", "Северной"
    vocabulary: Words  # every word of the lexicon's lists
    surname_male: tuple[str, ...]
    surname_female: tuple[tuple[str, str], ...]
    surname_male_forms: tuple[tuple[str, str], ...]  # an ending met, its nominative: ця, ець
    fleeting: tuple[tuple[str, str], ...]  # a stem's end, and without its fleeting vowel
    patronymics: tuple[str, ...]
    # free word order (see [order] in LANG.toml)
    locative: Words
    plural_verb_endings: tuple[str, ...]
    feminine_past: tuple[str, ...]
    masculine_past: tuple[str, ...]
    gerund_endings: tuple[str, ...]
    time_first: re.Pattern[str]
    object_words: Words
    instrumental_pronouns: Words
    not_subject: Words
    press_offices: Words
    emphatic: Words
    aside_endings: tuple[str, ...]
    interlocutors: Words  # "співрозмовник": the anonymous source quoted before, again
    group_parts: Words  # "одни… другие": parts of a group named before, for the group
    body_voices: Words  # "керівництво": a body's management, which speaks for the body
    own_name_heads: Words  # a body of this noun is one whose name holds it
    there: Words  # "Там уточнили": the body just quoted speaking
    agency_heads: Words  # "у відомстві": any body of its kind, the one spoken of last
    listeners_after: re.Pattern[str]  # "— сказав він журналістам": the listener after a source
    self_named: re.Pattern[str]  # "яке називає себе «…»": the name a source gives itself
    # cues
    verbs: Mapping[str, VerbEntry]  # form -> (lemma, stance, needs)
    phrases: tuple[VerbEntry, ...]  # by the number of their group in verb_re
    source_after: Words  # phrase lemmas whose source follows them ("according to")
    starts: Words  # the words a verb or phrase can begin with
    verb_re: re.Pattern[str]  # a phrase's group, or a word in group "verb" (see cues)
    passive_agent: Mapping[str, str]  # participle -> stance
    passive_agent_words: Words
    passive_agent_re: re.Pattern[str]
    passive_agent_end: str
    agentless_words: Words
    agentless_re: re.Pattern[str]
    agentless_next: Words
    be_forms: Words
    tag_verbs: Words
    not_after_tag_verb: Words
    listener_verbs: Words
    document_verbs: Words
    not_document_verbs: Words  # verbs whose source is someone, not a report ("cite")
    named_source_verbs: Words  # verbs reported only of someone named ("Ruiz wants…")
    complement_adverbs: Words
    not_objects: Words
    that_after_prepositions: Words
    noun_forms: Words
    speech_objects: Words
    called_objects: Words
    not_predicates: Words
    naming_starts: Words
    adjective_endings: tuple[str, ...]
    # grammar
    aux: Words
    be: Words
    irregular_participles: Words
    determiners: Words
    prepositions: Words
    relatives: Words
    relatives_and_that: Words
    quantifiers: Words
    pronouns: Mapping[str, str]  # pronoun -> "m", "f", "n" (a thing) or "p" (plural)
    function_words: Words
    before_gerund: Words
    negations: Words
    modals: Words
    belief_verbs: Words
    articles: Words
    definite_starts: Words
    standalone_determiners: Words
    body_starts: Words
    identifying_starts: Words
    indefinite_or_one: Words
    one_another: Words
    them: Words
    and_or: Words
    coordinators: Words
    plural_pronouns: Words
    first_persons: Words
    not_np_starts: Words
    adjective_prefixes: Words
    participle_endings: tuple[str, ...]
    gerund_ending: str
    past_ending: str
    adverb_ending: str
    complementizer: str
    as_word: str
    by_word: str
    including: str
    whose: str
    definite_prefix: str  # "the "
    not_definite_start: str
    one_of_group: str
    # sources and their kinds
    government_words: Words
    government_heads: Words
    government_name_words: Words
    government_names: tuple[str, ...]
    international: tuple[str, ...]
    organization_words: Words
    institution_words: Words
    document_words: Words
    vague_heads: Words
    state_owned: Words
    speech_nouns: Words
    collective_people: Words
    institutional_plurals: Words
    anonymous_heads: Words
    anonymous_singular: Words
    anonymous_plurals: Words
    spokespeople: Words
    person_roles: Words
    person_words: Words  # person_roles and titles: a name with one of these is a person's
    female_words: Words
    male_words: Words
    abbreviated_roles: Mapping[str, str]
    title_roles: Mapping[str, frozenset[str]]  # "sen": {"senator"}
    company_heads: Words
    not_recent_bodies: Words
    plural_heads: Words
    not_delayed_heads: Words
    agent_endings: tuple[str, ...]
    proportions: Words
    polled_starts: Words
    members: Words
    name_introducers: Words
    body_sorts: Mapping[str, str]  # a body's head word -> its sort ("radio" -> "media")
    # names
    titles: Words
    stop_names: Words
    demonyms: Words
    identifying_demonyms: Words
    place_words: Words
    countries: Words
    country_names: tuple[str, ...]
    female_given: Words
    male_given: Words
    token_particles: Words
    acronym_skipped: Words
    name_joints: tuple[str, ...]  # " of ", " and "
    name_run: re.Pattern[str]
    name_list: re.Pattern[str]
    # patterns over the language's words (see [patterns] in LANG.toml)
    connectives: re.Pattern[str]
    subordinators: re.Pattern[str]
    anonymity: re.Pattern[str]
    question_tag: re.Pattern[str]
    counted: re.Pattern[str]
    named_place_after: re.Pattern[str]
    definite_place_after: re.Pattern[str]
    international_start: re.Pattern[str]
    apposition_after: re.Pattern[str]
    describing: re.Pattern[str]
    trail: re.Pattern[str]
    clause_end: re.Pattern[str]
    finite: re.Pattern[str]
    auxiliary_verb: re.Pattern[str]
    new_clause: re.Pattern[str]
    conjunction: re.Pattern[str]
    of_whom: re.Pattern[str]
    before_antecedent: re.Pattern[str]
    main_verb: re.Pattern[str]
    one_of: re.Pattern[str]
    quantified: re.Pattern[str]
    some_of: re.Pattern[str]
    article_start: re.Pattern[str]
    the_start: re.Pattern[str]
    particle_next: re.Pattern[str]
    plain_definite: re.Pattern[str]
    issued_by: re.Pattern[str]
    owner: re.Pattern[str]
    of_phrase: re.Pattern[str]
    such_before: re.Pattern[str]
    trailing_time: re.Pattern[str]
    relative_clause: re.Pattern[str]
    postmodifier: re.Pattern[str]
    that_or_end: re.Pattern[str]
    to_next: re.Pattern[str]
    to_word_re: re.Pattern[str]
    as_word_re: re.Pattern[str]
    question_next: re.Pattern[str]
    place_before_list: re.Pattern[str]
    abbreviation_before: re.Pattern[str]
    label_line: re.Pattern[str]
    infinitive: re.Pattern[str]
    np_opener: re.Pattern[str]
    affiliation: re.Pattern[str]
    headline_word: re.Pattern[str]


def languages() -> tuple[str, ...]:
    """The languages the detector has a lexicon for, by code."""
    return tuple(sorted(p.stem for p in FOLDER.glob("*.toml")))


@functools.cache
def lexicon(language: str = "en") -> Lexicon:
    """The lexicon of ``language`` (a code of languages()), read once."""
    path = FOLDER / f"{language}.toml"
    if not path.is_file():
        raise LookupError(f"the detector has no lexicon for {language!r}; it has "
                          f"{', '.join(languages())}")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    alphabet = data["alphabet"]
    return Lexicon(language=language, letters=re.compile(f"[{alphabet['letters']}]+"),
                   letter_chars=frozenset(class_chars(alphabet["letters"])),
                   latin=MappingProxyType({ord(pair[0]): pair[2:]
                                           for pair in alphabet["latin"].split()}),
                   dash_speech=data["quotations"]["dash_speech"],
                   longest_marked_name=data["quotations"]["longest_marked_name"],
                   **order(data["order"]), **cases(data), **tables.cues(data),
                   **tables.grammar(data), **tables.sources(data), **tables.names(data),
                   **tables.patterns(data))

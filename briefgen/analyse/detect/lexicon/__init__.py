"""The detector's lexicon: the words of one language that its rules look for, read from
``LANG.toml`` beside this file, and the patterns made of them. The rules receive a
``Lexicon`` and hold no words of their own, so a language is added with a file, not code.

Also here: the few patterns that are the same in every language (brackets, capitals,
datelines), which the rules share.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from briefgen.analyse.detect.lexicon.inflection import cases, class_chars, order

FOLDER = Path(__file__).parent

# Any capital letter of the Latin and Cyrillic scripts: names start with one.
_UPPER = "".join(sorted({chr(c) for c in (*range(0x41, 0x250), *range(0x400, 0x530))
                         if chr(c).isupper()}))
UP = f"[{re.escape(_UPPER)}]"
CAPITAL = re.compile(UP)
_CAPS = "A-ZА-ЯЁІЇЄҐ"  # the capitals of acronyms: "(DPL)", "(АМПУ)"
ACRONYM_AFTER = re.compile(rf"\s*\(([{_CAPS}][{_CAPS}0-9&]{{1,7}})\)")  # matched where a name ends
ACRONYM_IN_BRACKETS = re.compile(rf"\(([{_CAPS}][{_CAPS}0-9&]{{1,7}})\)")
ACRONYM_AT_END = re.compile(rf"\(([{_CAPS}][{_CAPS}0-9&]{{1,7}})\)\s*$")
BRACKETS_AT_END = re.compile(r"\s*\([^)]*\)\s*$")
# "WASHINGTON, Jan. 5 — ", "КИЇВ, 2 жовтня — ", "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ — ", with a news
# agency after it: "RENO, Nev. (AP) — ", "Mexico City (AFP) – ", "Dec 29 (Reuters) - "
DATELINE = re.compile(r"^(?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÞА-ЯЁІЇЄҐ .’'-]*[A-ZÀ-ÞА-ЯЁІЇЄҐ.]"
                      r"(?:,\s+[A-ZА-ЯЁІЇЄҐ0-9][\w .]*?)?(?:\s+\([A-Z][A-Za-z]{1,12}\))?"
                      # (the lookahead, one quick pass, rules out most sentences at once)
                      r"|(?=[^(\n]{2,32}\()[A-ZА-ЯЁІЇЄҐ][\w .,]{0,30}?\s\([A-Z][A-Za-z]{1,12}\))"
                      r"\s+[—–―-]+\s+")
LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
PHRASE_BREAK = re.compile(r"[,;:()—–.“”\"]")
MARKUP = re.compile(r"[`|*_\[\]{}<>=]")  # markdown or a table is no one's name
POSSESSIVE_START = re.compile(r"^[\w\-]+[’']s\b")

Words = frozenset[str]
VerbEntry = tuple[str, str, str]  # (lemma, stance, needs)


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
    noun_nominatives: tuple[tuple[str, tuple[str, ...]], ...]
    adjective_nominatives: Mapping[str, tuple[tuple[str, str], ...]]
    neuter_endings: tuple[str, ...]
    feminine_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    oblique_endings: tuple[str, ...]  # endings no nominative has: "Української", "Северной"
    vocabulary: Words  # every word of the lexicon's lists
    surname_male: tuple[str, ...]
    surname_female: tuple[tuple[str, str], ...]
    patronymics: tuple[str, ...]
    nominatives: Mapping[str, str]  # any stem of a word -> the form the lists give first
    # free word order (see [order] in LANG.toml)
    locative: Words
    plural_verb_endings: tuple[str, ...]
    feminine_past: tuple[str, ...]
    masculine_past: tuple[str, ...]
    gerund_endings: tuple[str, ...]
    time_first: re.Pattern[str]
    object_words: Words
    not_subject: Words
    press_offices: Words
    emphatic: Words
    aside_endings: tuple[str, ...]
    patronymic_endings: tuple[str, ...]
    interlocutors: Words  # "співрозмовник": the anonymous source quoted before, again
    group_parts: Words  # "одни… другие": parts of a group named before, for the group
    body_voices: Words  # "керівництво": a body's management, which speaks for the body
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
                   **order(data["order"]), **cases(data), **_cues(data), **_grammar(data),
                   **_sources(data),
                   **_names(data), **_patterns(data))


def _words(text: str) -> Words:
    return frozenset(text.split())


def _text(value: str | list[str]) -> str:
    return "".join(value) if isinstance(value, list) else value


def _cues(data: dict[str, Any]) -> dict[str, Any]:
    verbs: dict[str, VerbEntry] = {}
    for entry in data["verbs"].values():
        forms = entry["forms"].split()
        for form in forms:
            verbs[form] = (forms[0], entry["stance"], entry["needs"])
    phrases = data["phrases"]
    # A phrase, else a whole lower-case word, which is a verb if it is one of ``verbs``
    # (looked up afterwards: faster than an alternation of all the forms).
    verb_re = re.compile(
        r"(?<![\w#’'\-])(?:"
        + "|".join(f"(?P<p{i}>{_text(p['pattern'])})" for i, p in enumerate(phrases))
        + rf"|(?P<verb>[{data['alphabet']['lower']}]+))(?![\w#’'\-])")
    grammar, words, patterns = data["grammar"], data["words"], data["patterns"]
    passive = data["passive_agent"]
    agentless = words["agentless"].split()
    fill = {"AGENTLESS": "|".join(agentless), "PASSIVE": "|".join(passive)}
    return dict(
        verbs=MappingProxyType(verbs),
        phrases=tuple((p["lemma"], p["stance"], p["needs"]) for p in phrases),
        source_after=frozenset(p["lemma"] for p in phrases if p.get("source_follows")),
        starts=frozenset(verbs).union(*(p["starts"].split() for p in phrases)),
        verb_re=verb_re,
        passive_agent=MappingProxyType(dict(passive)),
        passive_agent_words=frozenset(passive),
        passive_agent_re=re.compile(_text(patterns["passive_agent"]) % fill),
        passive_agent_end=patterns["passive_agent_end"],
        agentless_words=frozenset(agentless),
        agentless_re=re.compile(_text(patterns["agentless"]) % fill),
        tag_verbs=frozenset(grammar["tag_verbs"]),
        **{key: _words(grammar[key]) for key in (
            "agentless_next", "be_forms", "not_after_tag_verb", "listener_verbs",
            "document_verbs", "complement_adverbs", "not_objects", "that_after_prepositions",
            "noun_forms", "speech_objects", "called_objects", "not_predicates",
            "naming_starts")},
        adjective_endings=tuple(grammar["adjective_endings"].split()),
        not_document_verbs=_words(grammar.get("not_document_verbs", "")),
    )


def _grammar(data: dict[str, Any]) -> dict[str, Any]:
    words, grammar = data["words"], data["grammar"]
    sets = {key: _words(words[key]) for key in (
        "aux", "be", "irregular_participles", "determiners", "prepositions", "relatives",
        "quantifiers")}
    return dict(
        **sets,
        relatives_and_that=sets["relatives"] | {grammar["complementizer"]},
        pronouns=MappingProxyType(dict(words["pronouns"])),
        function_words=sets["determiners"] | sets["prepositions"] | sets["aux"],
        before_gerund=sets["prepositions"] | _words(grammar["gerund_after"]),
        **{key: _words(grammar[key]) for key in (
            "negations", "modals", "belief_verbs", "articles", "definite_starts",
            "standalone_determiners", "body_starts",
            "identifying_starts", "indefinite_or_one", "one_another", "them", "and_or",
            "coordinators",
            "plural_pronouns", "first_persons", "not_np_starts", "adjective_prefixes")},
        participle_endings=tuple(grammar["participle_endings"].split()),
        **{key: grammar[key] for key in (
            "gerund_ending", "past_ending", "adverb_ending", "complementizer", "including",
            "whose", "not_definite_start", "one_of_group")},
        as_word=grammar["as"], by_word=grammar["by"],
        definite_prefix=grammar["definite_article"] + " ",
    )


def _sources(data: dict[str, Any]) -> dict[str, Any]:
    sources, kinds = data["sources"], data["sources"]["kinds"]
    sets = {key: _words(sources[key]) for key in (
        "government_words", "organization_words", "document_words", "vague_heads",
        "state_owned", "speech_nouns", "collective_people", "institutional_plurals",
        "anonymous_heads", "anonymous_singular", "spokespeople", "person_roles",
        "female_words", "male_words")}
    government = sets["government_words"]
    return dict(
        **sets,
        government_heads=government - _words(kinds["not_government_heads"]),
        government_name_words=government - _words(kinds["not_in_government_names"]),
        government_names=tuple(sources["government_names"]),
        international=tuple(sources["international"]),
        institution_words=sets["organization_words"] | government,
        abbreviated_roles=MappingProxyType(dict(sources["abbreviated_roles"])),
        person_words=sets["person_roles"] | _words(data["names"]["titles"]),
        name_introducers=sets["organization_words"] | sets["person_roles"]
        | _words(kinds["name_introducers"]),
        plural_heads=_words(data["words"]["quantifiers"]) | _words(kinds["plural_heads"]),
        agent_endings=tuple(kinds["agent_endings"].split()),
        body_sorts=MappingProxyType({word: sort for sort, words in sources["sorts"].items()
                                     for word in words.split()}),
        **{key: _words(kinds[key]) for key in (
            "company_heads", "not_recent_bodies", "anonymous_plurals", "not_delayed_heads",
            "proportions", "polled_starts", "members")},
    )


def _name_word(names: dict[str, Any]) -> str:
    """A word of a name: a capitalised word (with an apostrophe inside, "O’Neill"), a word
    with a prefix ("al-Masri"), or a collective noun's possessive ("Farmers’ Union"). Every
    name has a capital within its first five characters: names.name_runs relies on it."""
    collective = "|".join(names["collective"].split())
    prefixes = "|".join(names["name_prefixes"].split())
    return (rf"(?:(?:{collective})[’'](?:s)?(?=\s{UP})|{UP}[\w\-]*(?:[’']{UP}[\w\-]*)?"
            rf"|(?:{prefixes})-{UP}[\w\-]*)")


def _names(data: dict[str, Any]) -> dict[str, Any]:
    names = data["names"]
    word = _name_word(names)
    particle = "|".join(names["particles"].split())
    honorific = "|".join(names["honorifics"].split())
    joints = names["joints"].split()
    demonyms = _words(names["demonyms"])
    return dict(
        **{key: _words(names[key]) for key in (
            "titles", "stop_names", "place_words", "countries", "token_particles",
            "acronym_skipped")},
        demonyms=demonyms,
        country_names=tuple(names["country_names"]),
        female_given=_words(names["given"]["female"]),
        male_given=_words(names["given"]["male"]),
        identifying_demonyms=demonyms - _words(names["not_identifying_demonyms"]),
        name_joints=tuple(f" {joint} " for joint in joints),
        # (a number may stand inside a name before a capital, "Channel 7 Port Amara", an
        # honorific with its full stop, "Retired Army Col. Ana Ruiz", and initials before a
        # word of the name: "James B. Comey", "J. J. Price")
        name_run=re.compile(
            rf"(?<![\w#’'\-.])(?:(?:{honorific})\.\s)?(?:{UP}\.\s(?={UP}))*{word}"
            rf"(?:\s(?:(?:{particle})\s)*(?:(?:{honorific})\.\s)?(?:{UP}\.\s(?={UP}))*"
            rf"(?:{word}|\d{{1,3}}(?=\s{UP})))*"
            rf"(?![\w#\-]|\.\w)"),
        name_list=re.compile(rf"{word}(?: {word})* {joints[-1]} {word}(?: {word})*"),
        place_before_list=re.compile(_text(data["patterns"]["place_before_list"])
                                     % {"NAME_WORD": word}),
        abbreviation_before=re.compile(
            r"(?:\b[A-Z]|\b(?:" + "|".join(names["abbreviations"].split()) + r")|\.[A-Z])$"),
    )


_FROM_PATTERNS = (
    "connectives", "subordinators", "anonymity", "question_tag", "counted",
    "named_place_after", "definite_place_after", "international_start", "apposition_after",
    "describing", "trail", "clause_end", "finite", "auxiliary_verb", "new_clause",
    "conjunction", "of_whom", "before_antecedent", "main_verb", "one_of", "quantified",
    "some_of", "article_start", "the_start", "particle_next", "plain_definite", "issued_by",
    "owner", "of_phrase", "such_before", "trailing_time", "relative_clause", "postmodifier",
    "that_or_end", "to_next", "question_next", "label_line", "headline_word", "infinitive",
    "affiliation")


def _patterns(data: dict[str, Any]) -> dict[str, Any]:
    patterns = data["patterns"]
    # the forms of the verbs that may stand in a tag after a quotation ("…?” Ruiz asked)
    tag_forms = sorted({form for entry in data["verbs"].values()
                        if "G" in entry["needs"] or entry["needs"] == "*"
                        for form in entry["forms"].split()}, key=len, reverse=True)
    fill = {"UP": UP, "NOT_ADVERBS": "|".join(sorted(_words(data["words"]["not_adverbs"]))),
            "TAG_FORMS": "|".join(tag_forms)}
    compiled = {key: re.compile(_text(patterns[key]) % fill if "%(" in _text(patterns[key])
                                else _text(patterns[key])) for key in _FROM_PATTERNS}
    # An article or a pronoun as a whole word of the masked text (phrases._subject_start)
    openers = sorted(_words(data["grammar"]["articles"]) | set(data["words"]["pronouns"]),
                     key=len, reverse=True)
    np_opener = re.compile(r"(?i)(?<![\w’'\-#])(?:" + "|".join(openers) + r")(?![\w’'\-#])")
    return dict(**compiled, np_opener=np_opener, to_word_re=re.compile(patterns["to_word"]),
                as_word_re=re.compile(patterns["as_word"]))

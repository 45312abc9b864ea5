"""The tables of one language's lexicon (LANG.toml) made into the sets, mappings and
patterns the rules use: ``lexicon()`` builds a Lexicon of what these return."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

from briefgen.analyse.detect.lexicon.shared import UP

Words = frozenset[str]
VerbEntry = tuple[str, str, str]  # (lemma, stance, needs)


def _words(text: str) -> Words:
    return frozenset(text.split())


def _text(value: str | list[str]) -> str:
    return "".join(value) if isinstance(value, list) else value


def cues(data: dict[str, Any]) -> dict[str, Any]:
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
        named_source_verbs=_words(grammar.get("named_source_verbs", "")),
    )


def grammar(data: dict[str, Any]) -> dict[str, Any]:
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


def sources(data: dict[str, Any]) -> dict[str, Any]:
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
        title_roles=MappingProxyType({title: _words(roles) for title, roles in sources.get(
            "title_roles", {}).items()}),
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
    # (a language whose apostrophe stands inside a word, "Дем’янчук", lists the letters
    # that may follow it; English reads "Dunn’s" as a possessive)
    inside = names.get("after_apostrophe", "")
    after = f"{UP}|[{inside}]" if inside else UP
    return (rf"(?:(?:{collective})[’'](?:s)?(?=\s{UP})|{UP}[\w\-]*(?:[’'](?:{after})[\w\-]*)?"
            rf"|(?:{prefixes})-{UP}[\w\-]*)")


def names(data: dict[str, Any]) -> dict[str, Any]:
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


def patterns(data: dict[str, Any]) -> dict[str, Any]:
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

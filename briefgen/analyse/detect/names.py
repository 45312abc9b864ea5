"""Names: runs of capitalised words, the names in them, their titles, and their kind."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefgen.analyse.detect.lexicon import CAPITAL, Lexicon
from briefgen.analyse.detect.lexicon.inflection import word_stem
from briefgen.analyse.detect.text import lower_words


@dataclass(slots=True)
class Entity:
    """Someone or something the article names. Filled in while the names are read (see
    mentions.Names); the pass over the sentences only reads it."""

    name: str  # canonical: the fullest form, without titles
    kind: str  # person, organization, government, place or unknown (a lone capitalised word)
    tokens: tuple[str, ...]  # lower-case words of the name, without particles
    first: int  # where the article first names it; -1 for names known only from ``speakers``
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # lower-case words of its roles and titles
    gender: str = ""  # "m", "f" or unknown
    settled: bool = False  # its name is its nominative (a name in guillemets after "компанія")
    named_in_part: bool = False  # also named by part of its name: "Ortiz" for "Lena Ortiz"


def name_runs(text: str, lex: Lexicon, pos: int = 0) -> Iterator[re.Match[str]]:
    """What lex.name_run.finditer(text, pos) finds, found faster: a name has a capital within
    its first five characters ("al-Assad"), so each search starts just before the next capital
    instead of trying every position of the lower-case words on the way."""
    while True:
        capital = CAPITAL.search(text, pos)
        if capital is None:
            return
        match = lex.name_run.search(text, max(pos, capital.start() - 4))
        if match is None:
            return
        yield match
        pos = match.end()


@functools.lru_cache(maxsize=4096)
def name_tokens(name: str, lex: Lexicon) -> tuple[str, ...]:
    """The lower-case words of a name that identify it, without particles ("de", "of"); in a
    language with cases, their stems, so that "Коваленка" is the Коваленко named before."""
    words = (w for w in lower_words(name) if w not in lex.token_particles)
    if lex.cases:
        return tuple(word_stem(w, lex.case_endings, fleeting=lex.fleeting) for w in words)
    return tuple(words)


@functools.lru_cache(maxsize=4096)
def classify_name(name: str, lex: Lexicon) -> str:
    """A name's kind from its words: organization, government, place, person (two words or
    more) or unknown (a lone word)."""
    low = name.lower()
    words = set(lower_words(name))
    if any(n in low for n in lex.international if " " in n) or low in lex.international or (
            lex.international_start.match(low)):
        return "organization"  # international bodies, by briefgen's kinds
    if words & lex.government_name_words or any(g in low for g in lex.government_names):
        return "government"
    if words & lex.organization_words:
        return "organization"
    if low in lex.countries or low in lex.country_names:
        return "government"  # a capital or a country speaking is its government
    if words & lex.place_words or words & lex.countries:
        return "place"
    if name.isupper() and len(name) > 1:
        return "organization"
    tokens = name_tokens(name, lex)
    if words & lex.stop_names:
        return "unknown"  # "Orlando July", "Dec": a date, no one's name
    return "person" if len(tokens) >= 2 else "unknown"


@functools.lru_cache(maxsize=4096)
def names_in_run(run: str, lex: Lexicon) -> tuple[tuple[int, str], ...]:
    """A run of capitalised words may hold several names: drop leading function words
    ("The", "However"), then split "Rajiv Malhotra of Harbourview Capital" and "Minas
    Gerais and Goiás", but not "Ministry of Industry and Trade" or "Progress and Unity
    Party". Each name comes with where it starts in the run."""
    start = 0
    words = run.split(" ")
    while words and words[0].lower() in lex.stop_names:
        start += len(words[0]) + 1
        words = words[1:]
    if not words:
        return ()
    run = " ".join(words)
    for joint in lex.name_joints:  # " of ", then " and "
        if joint not in run:
            continue
        left, _, right = run.partition(joint)
        if joint == lex.name_joints[0] and _all_titles(left, lex):
            continue  # "Secretary of State John Kerry": a title, then the name
        if set(lower_words(left)) & lex.institution_words:
            return ((start, run),)
        if joint != lex.name_joints[0] and set(lower_words(right)) & lex.institution_words:
            return ((start, run),)
        return ((start, left), (start + len(left) + len(joint), right))
    return ((start, run),)


@functools.lru_cache(maxsize=4096)
def clean_run(run: str, lex: Lexicon) -> tuple[tuple[str, ...], str]:
    """A run of capitalised words as (titles, name): "Health Minister Luiza Carvalho dos
    Santos" is (("Health", "Minister"), "Luiza Carvalho dos Santos")."""
    words = run.split(" ")
    while words and (words[0].lower() in lex.stop_names or lex.describing.search(words[0])):
        words = words[1:]  # "The", "However", "Jakarta-listed"
    last_title = max((i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in lex.titles
                      or (lex.cases and w.lower() in lex.person_roles)), default=-1)
    # (where words inflect, any role opening a sentence before a name: "Координатор Святослав")
    if last_title >= 0 and f" {words[last_title + 1]} " == lex.name_joints[0]:
        last_title = _title_of_end(words, last_title + 1, lex)  # "Secretary of State"
    return tuple(words[:last_title + 1]), " ".join(words[last_title + 1:])


def _all_titles(text: str, lex: Lexicon) -> bool:
    words = text.split(" ")
    return bool(words) and all(w.lower().rstrip(".") in lex.titles for w in words)


def _title_of_end(words: list[str], of: int, lex: Lexicon) -> int:
    """Where a title with "of" ends ("Secretary of Homeland Security Jeh Johnson"): before
    the given name the lexicon knows, else after the one word that follows "of"."""
    given = lex.female_given | lex.male_given
    for i in range(of + 2, len(words) - 1):
        if words[i].lower() in given:
            return i - 1
    return min(of + 1, len(words) - 2)


def surely_person(entity: Entity, lex: Lexicon) -> bool:
    """Whether a name the rules took for a person's is one by more than its capitalised
    words ("San Diego", "Super Bowl" are not): a given name or a title that tells, a role,
    or the article naming them by the surname alone."""
    return entity.kind == "person" and bool(
        entity.gender or entity.named_in_part or entity.roles & lex.person_words)

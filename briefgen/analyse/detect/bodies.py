"""Which body a description stands for, in a language with cases (see freeorder): the kind
a head noun gives a source, and the body quoted or named before that "у клубі", "союза",
"Асоціація перевізників" or "заявление компании" refers to."""

from __future__ import annotations

import functools
import re
from collections import Counter

from briefgen.analyse.detect import morphology
from briefgen.analyse.detect.article import Sentence
from briefgen.analyse.detect.cases import (
    demonym_stem,
    is_given_name,
    nominative_phrase,
    noun_nominative,
    stem,
)
from briefgen.analyse.detect.lexicon import Lexicon
from briefgen.analyse.detect.names import Entity
from briefgen.analyse.detect.resolve import recent_drafts
from briefgen.analyse.detect.text import lower_words

Body = tuple[str, str, Entity | None]  # the name, its kind, the entity named so


def kind_of(word: str, lex: Lexicon) -> str:
    """The kind of source a head word names, by the first of the lexicon's lists holding it;
    "" when none does."""
    return _kinds(lex).get(word, "")


@functools.cache
def _kinds(lex: Lexicon) -> dict[str, str]:
    """Each word of the lexicon's lists of heads, with the kind of the first list holding it
    (asked for every capitalised word of a Ukrainian or Russian article)."""
    lists = (("anonymous", lex.anonymous_heads), ("anonymous", lex.anonymous_singular),
             ("government", lex.spokespeople), ("government", lex.press_offices),
             ("government", lex.government_words), ("organization", lex.organization_words),
             ("organization", lex.company_heads), ("group", lex.institutional_plurals),
             ("group", lex.collective_people), ("vague", lex.vague_heads),
             ("person", lex.person_roles))
    kinds: dict[str, str] = {}
    for kind, words in reversed(lists):  # the first list holding a word has the last say
        kinds.update(dict.fromkeys(words, kind))
    return kinds


@functools.cache
def _own_name_stems(lex: Lexicon) -> frozenset[str]:
    return frozenset(stem(w, lex) for w in lex.own_name_heads)


def recent_body(s: Sentence, head: str, kind: str, position: int,
                 qualifiers: tuple[str, ...] = ()) -> Body | None:
    """"Компанія", "у клубі", "Лига", "ведомство": the body quoted or named before, one whose
    name holds the word first ("Северная хоккейная лига"), else the last of its kind."""
    lex = s.article.lex
    key = stem(head, lex)
    bodies = _bodies(s, position)
    # a body whose name holds the word, one the article names first ("в лиге": the league,
    # not "дисциплинарная комиссия Северной хоккейной лиги", a description quoted since)
    counts = Counter(id(e) for _, _, e in s.article.mentions_before(position))
    holding = [b for b in bodies if lower_words(b[0]) != (head,) and any(
        stem(w, lex) == key for w in lower_words(b[0]))]
    if holding:  # (not the word itself, taken for a name opening its sentence)
        return max(holding, key=lambda b: (b[2] is not None, counts[id(b[2])]))
    if key in _own_name_stems(lex):
        return None  # "Обласна прокуратура" is no department of the sort quoted before
    if head in lex.agency_heads:  # "у відомстві": the body of its kind spoken of last
        return _nearest(s, kind, position)
    sort = lex.body_sorts.get(head)
    # a body of the sort asked for first ("у клубі": the club, not the paper quoted last),
    # of the same country if one is said ("Польський клуб"); then one of no known sort
    said = {demonym_stem(w, lex) for w in qualifiers} - {""}  # "Польський клуб"
    for body in bodies if said else ():
        if body[1] == kind and body[2] is not None and said & {
                demonym_stem(w, lex) for w in body[2].roles}:
            return body
    introduced = [b for b in bodies if b[2] is not None and any(
        stem(w, lex) == key for w in b[2].roles)]  # "організації": «Чисте місто», so introduced
    if introduced and sort is None:
        return max(introduced, key=lambda b: counts[id(b[2])])
    fitting = [b for b in bodies if b[1] == kind and sort is not None and sort in _sorts(b, lex)]
    if fitting:  # the one the article names most
        return max(fitting, key=lambda b: counts[id(b[2])] if b[2] is not None else 0)
    if introduced:  # "у підприємстві": "державне підприємство «Центрпостач»", of another kind
        return max(introduced, key=lambda b: counts[id(b[2])])
    for body in bodies:
        if body[1] == kind and (sort is None or not _sorts(body, lex)):
            return body
    return None


def _bodies(s: Sentence, position: int) -> list[Body]:
    """The bodies quoted (the latest first), then those named before ``position``."""
    bodies: list[Body] = []
    for draft in recent_drafts(s):
        source = draft.found.source
        if source.kind in ("organization", "government") and source.resolved:
            bodies.append((source.resolved, source.kind, source.entity))
    seen: set[int] = set()
    for _, _, entity in reversed(s.article.mentions_before(position)):
        if id(entity) in seen:
            continue
        seen.add(id(entity))
        if entity.kind in ("organization", "government") and not _common_word(s, entity.name):
            bodies.append((entity.name, entity.kind, entity))
    return bodies + [body for _, _, body in official_names(s, position)]


def _nearest(s: Sentence, kind: str, position: int) -> Body | None:
    """The body of ``kind`` quoted, named or written in full last before ``position``."""
    placed: list[tuple[int, Body]] = [
        (draft.start, (source.resolved, source.kind, source.entity))
        for draft in recent_drafts(s)
        if (source := draft.found.source).kind == kind and source.resolved]
    lex, text = s.article.lex, s.article.text
    officials = official_names(s, position)
    quoted = [span for d in recent_drafts(s) if (span := d.found.source.span)]
    quoted += [(a, b) for a, b, _ in officials]
    placed += [(start, (e.name, e.kind, e)) for start, end, e in s.article.names.mentions
               if start < position and e.kind == kind and not _common_word(s, e.name)
               and stem(text[start:end].split()[0], lex) == stem(e.name.split()[0], lex)
               and not any(a <= start < b for a, b in quoted)]
    # (a mention that begins as the name does, "Новосибирской" being no mention of the mayor's
    # office of Novosibirsk, and not inside a source quoted or a name: "агентстве
    # (Росрыболовстве)", "комітет України")
    placed += [(start, body) for start, _, body in officials if body[1] == kind]
    return max(placed, key=lambda p: p[0])[1] if placed else None


_WORDS = re.compile(r"[\w’\-]+|[^\w\s]")


def official_names(s: Sentence, position: int) -> list[tuple[int, int, Body]]:
    """The official names written before ``position``, the latest first, in the nominative:
    a capitalised adjective, up to two more, a body's noun and the capitalised words after it
    ("Миргородський районний суд", "Антимонопольний комітет України", "у Львівській міській
    раді"): an official name capitalises its first word only, so no run of capitals holds it."""
    return [found for found in _official_names_in(s.article.text, s.article.lex)
            if found[1] <= position]


@functools.lru_cache(maxsize=64)
def _official_names_in(text: str, lex: Lexicon) -> tuple[tuple[int, int, Body], ...]:
    """The official names of a text (see official_names), the latest first."""
    endings = lex.adjective_endings + lex.feminine_endings + lex.neuter_endings
    matches = list(_WORDS.finditer(text))
    words = [m.group() for m in matches]
    found: list[tuple[int, int, Body]] = []
    for i, word in enumerate(words):
        if not (word[:1].isupper() and word.lower().endswith(endings)) or (
                word.lower() in lex.vocabulary):  # ("Голова правління": no adjective)
            continue
        j = i + 1
        while j < min(i + 3, len(words)) and words[j].islower() and not kind_of(words[j], lex) \
                and words[j].endswith(endings):
            j += 1
        if j >= len(words) or not words[j].islower() or kind_of(words[j], lex) not in (
                "organization", "government"):
            continue
        clause = next((k for k in range(j, len(words)) if words[k] in ".,;:!?—"), len(words))
        if any(w in "«„" for w in words[j:clause]):
            continue  # "спілка споживачів «Споживчий щит»": the name in guillemets is it
        end = j + 1
        while end < len(words) and words[end][:1].isupper():
            end += 1
        if end - j > 2 or (end - j == 2 and is_given_name(words[j + 1], lex)):
            end = j + 1  # "…міської ради Марта Ковальчук": a person's name after it, no genitive
        found.append((matches[i].start(), matches[end - 1].end(), (
            _nominative(words[i:j], words[j], words[j + 1:end], lex), kind_of(words[j], lex),
            None)))
    return tuple(found[::-1])


def _nominative(adjectives: list[str], noun: str, tail: list[str], lex: Lexicon) -> str:
    """An official name in the nominative: as written if its first adjective is (no ending of
    another case), else its adjectives and noun in the nominative, its genitives as written."""
    if "nomn" in morphology.cases(adjectives[0], lex.language):
        return " ".join([*adjectives, noun, *tail])
    return " ".join([*nominative_phrase([*adjectives, noun], lex), *tail])


def shortened(s: Sentence, low: list[str], position: int
               ) -> Body | None:
    """The body quoted or named before whose longer name holds every word of the
    description, in any case: "Асоціації перевізників" is the Асоціація міжнародних
    автомобільних перевізників."""
    lex = s.article.lex
    wanted = {stem(w, lex) for w in low}
    for body in _bodies(s, position):
        words = {stem(w, lex) for w in lower_words(body[0])}
        if wanted < words:
            return body
    return None


def body_of(s: Sentence, low: list[str], position: int
             ) -> Body | None:
    """"Керівництво підприємства", "заявление компании", "отчетность компании": the
    management or a paper of a body named before (a body's noun in another case after a
    word that is no person's) speaks for it."""
    lex = s.article.lex
    if len(low) != 2 or not (low[0] in lex.body_voices or low[0] in lex.document_words):
        return None
    kind = kind_of(low[1], lex)
    if kind not in ("organization", "government") or noun_nominative(
            low[1], lex).lower() == low[1]:
        return None
    return recent_body(s, low[1], kind, position)


def _common_word(s: Sentence, name: str) -> bool:
    """Whether a one-word name is a common noun, a sort of body or a word the article writes
    in lower case too: "Міністерство" or "Союз" opening a sentence is no name."""
    words = name.lower().split()  # (a name of one word: no need of lower_words' pattern)
    if len(words) != 1:
        return False
    return words[0] in s.article.lex.body_sorts or _written_in_lower_case(
        stem(words[0], s.article.lex), s.article.text)


@functools.lru_cache(maxsize=4096)
def _written_in_lower_case(key: str, text: str) -> bool:
    return any(w.startswith(key) for w in _lower_case_words(text))


@functools.lru_cache(maxsize=64)
def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORDS.findall(text) if w.islower())


def _sorts(body: Body, lex: Lexicon) -> set[str]:
    """The sorts of a body by the words of its name and those it was introduced with."""
    words = set(lower_words(body[0])) | (body[2].roles if body[2] is not None else set())
    return {lex.body_sorts[w] for w in words if w in lex.body_sorts}

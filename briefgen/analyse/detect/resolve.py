"""Resolution: whom a pronoun, a role or a member of a group stands for ("he", "the minister",
"the company", "one of them"), from the statements found before and the article's names; a
description in a lede named in the next paragraph; a source's id among known speakers."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterator, Sequence

from briefgen.analyse.detect.article import Article, Draft, Sentence, Source
from briefgen.analyse.detect.cases import person_name
from briefgen.analyse.detect.lexicon import Lexicon
from briefgen.analyse.detect.names import Entity, name_tokens
from briefgen.analyse.detect.phrases import norm
from briefgen.analyse.detect.text import contains, lower_words


def recent_drafts(s: Sentence) -> Iterator[Draft]:
    """The statements of earlier sentences, the latest first."""
    return reversed(s.earlier.drafts)


def _recent_sources(s: Sentence) -> Iterator[Source]:
    """Sources of the statements so far, the latest first (this sentence's included)."""
    for found in reversed(s.earlier.pending):
        yield found.source
    for draft in reversed(s.earlier.drafts):
        yield draft.found.source


def pronoun(s: Sentence, word: str, position: int, written: str) -> Source:
    """Whom "he", "she", "it" or "they" refers to: for a person, the nearest earlier speaker
    or sentence topic of that sex (learning the sex of one not known yet); for a thing or a
    plural, the latest organisation, government or group quoted."""
    gender = s.article.lex.pronouns[word]
    if gender in ("m", "f"):
        for source in _person_candidates(s, position):
            known = _gender(s, source)
            if known and known != gender:
                continue
            if source.entity is not None and not known:
                s.earlier.genders[id(source.entity)] = gender
            return Source(written, source.resolved, source.kind, None, source.role,
                          source.head, source.entity)
        return Source(written, written, "person", None)
    for draft in recent_drafts(s):
        source = draft.found.source
        if not source.resolved:
            continue
        bodies = source.kind in ("organization", "government")
        plural = source.kind in ("group", "vague", "anonymous") or source.head.endswith("s")
        if (gender == "n" and bodies) or (gender == "p" and (plural or bodies)):
            return Source(written, source.resolved, source.kind, None, head=source.head,
                          entity=source.entity)
    return Source(written, written, "organization" if gender == "n" else "group", None)


def _person_candidates(s: Sentence, position: int) -> Iterator[Source]:
    """Who "he" or "she" may be, nearest first: the speakers of earlier statements and the
    first person named in each earlier sentence (the sentence's topic); a speaker comes
    before a topic at the same place.

    Drafts are in the order of their sentences, and a speaker is named inside its
    statement's sentence, so the speakers are nearest first sentence by sentence, from
    the last one before ``position`` back: only as many sentences are looked at as
    candidates are asked for (a long transcript of "he said" would cost its length
    squared)."""
    drafts, topics = s.earlier.drafts, s.article.topics
    next_topic = bisect.bisect_left(s.article.topic_starts, position) - 1  # nearest not given
    end = bisect.bisect_left(drafts, position, key=lambda draft: draft.start)
    while end > 0:
        begin = end - 1
        while begin > 0 and drafts[begin - 1].start == drafts[end - 1].start:
            begin -= 1
        speakers = [(source.span[0] if source.span else draft.start, source)
                    for draft in drafts[begin:end]
                    if (source := draft.found.source).kind == "person" and source.resolved]
        speakers.sort(key=lambda c: -c[0])
        for speaker_start, source in speakers:  # merged with the topics, nearest first
            while next_topic >= 0 and topics[next_topic][0] > speaker_start:
                yield _topic_source(topics[next_topic][1], s.article.lex)
                next_topic -= 1
            yield source
        end = begin
    for _, entity in reversed(topics[:next_topic + 1]):
        yield _topic_source(entity, s.article.lex)


def _topic_source(entity: Entity, lex: Lexicon) -> Source:
    """A person named as a sentence's topic, in the nominative ("депутата Артема Белоусова"
    is Артем Белоусов) where words inflect."""
    name = person_name(entity.name, lex) if lex.cases else entity.name
    return Source(name, name, "person", None, entity=entity)


def _gender(s: Sentence, source: Source) -> str:
    lex = s.article.lex
    if source.entity is None:
        words = set(lower_words(source.role + " " + source.speaker))
        return "f" if words & lex.female_words else "m" if words & lex.male_words else ""
    return source.entity.gender or s.earlier.genders.get(id(source.entity), "")


def one_of(s: Sentence, group: str, written: str, *, fallback: bool = True) -> Source | None:
    """"one of them", "one of the officials": a member of an earlier plural source."""
    lex = s.article.lex
    noun = group.split()[-1]
    for draft in recent_drafts(s):
        source = draft.found.source
        if noun in lex.them and (source.kind in ("group", "vague", "anonymous")
                                 or source.head.endswith("s")):
            return Source(written, source.resolved, source.kind, None, head=source.head)
        if noun not in lex.them and source.head == noun:
            return Source(written, source.resolved, source.kind, None, head=source.head)
    if not fallback:
        return None
    kind = "anonymous" if noun in lex.anonymous_plurals else "group"
    return Source(written, written, kind, None, head=noun)


def role(s: Sentence, np: str, noun: str, position: int) -> Source | None:
    """"the minister", "The CFO", "Chepkemoi’s lawyer", "the company", "the league": the
    person with that role, or the organisation of that kind, named before."""
    lex = s.article.lex
    if noun in lex.person_roles or noun in lex.abbreviated_roles:
        best = _person_with_role(s, noun, position, np)
        return None if best is None else Source(np, best.name, "person", None, entity=best)
    if noun in lex.company_heads:
        for source in _recent_sources(s):
            if source.kind == "organization" and source.resolved and _fits(
                    np, noun, source.resolved, lex):
                return Source(np, source.resolved, "organization", None, head=noun,
                              entity=source.entity)
    if noun in lex.institution_words:
        found = _institution(s, np, noun, position)
        if found is not None:
            return found
    plain = lex.plain_definite.fullmatch(np.strip()) and "’" not in np and "'" not in np
    if noun in lex.organization_words and noun not in lex.not_recent_bodies and plain:
        # no name holds the word: the organisation last quoted or named ("the club")
        for source in _recent_sources(s):
            if source.kind == "organization" and source.entity is not None and _fits(
                    np, noun, source.resolved, lex):
                return Source(np, source.resolved, "organization", None, head=noun,
                              entity=source.entity)
        for _, _, entity in reversed(s.article.mentions_before(position)):
            if entity.kind == "organization" and _fits(np, noun, entity.name, lex, sure=True):
                return Source(np, entity.name, "organization", None, head=noun, entity=entity)
    return None


def _fits(np: str, noun: str, name: str, lex: Lexicon, *, sure: bool = False) -> bool:
    """Whether a description can stand for a body named before: its other words are in the
    name ("the foreign ministry": the Ministry of Foreign Affairs, not "the anti-corruption
    office" for the statistics office), and its head is of the body's sort ("the company" is
    no radio station); ``sure``: the name must show the sort (for a body only mentioned)."""
    words = set(lower_words(name))
    described = [w for w in lower_words(np) if w not in lex.determiners and w != noun
                 and w not in lex.demonyms]  # "the Spanish club": Real Valencia
    if any(w not in words for w in described):
        return False
    sort = lex.body_sorts.get(noun)
    sorts = {lex.body_sorts[w] for w in words if w in lex.body_sorts}
    return sort is None or (not sorts and not sure) or sort in sorts


def _person_with_role(s: Sentence, noun: str, position: int, np: str = "") -> Entity | None:
    """The person named last with the role ``noun`` ("Sen. Ana Ruiz" for "the senator"),
    whom the capitalised words of the description fit too: "the Florida senator" is no
    senator from Vermont (a demonym need not: "the Mexican president")."""
    lex = s.article.lex
    wanted = set(lex.abbreviated_roles[noun].split()) if noun in lex.abbreviated_roles else {
        noun}
    described = {w.lower() for w in np.split()[1:] if w[:1].isupper()} - {noun} - lex.demonyms
    for _, _, entity in reversed(s.article.mentions_before(position)):
        if entity.kind == "person" and wanted <= _role_words(entity.roles, lex) and (
                described <= entity.roles | set(lower_words(entity.name))):
            return entity
    for draft in recent_drafts(s):
        source = draft.found.source
        roles = set(lower_words(source.role))
        if source.entity is not None and source.kind == "person" and wanted <= _role_words(
                roles, lex) and described <= roles | set(lower_words(source.resolved)):
            return source.entity
    return None


def _role_words(roles: set[str], lex: Lexicon) -> set[str]:
    """A person's role words with the roles their short titles stand for ("sen": senator)."""
    return roles.union(*(lex.title_roles.get(word, ()) for word in roles))


def _institution(s: Sentence, np: str, noun: str, position: int) -> Source | None:
    """"the ministry", "the league": the body quoted or named before whose name holds it."""
    lex = s.article.lex
    for draft in recent_drafts(s):
        source = draft.found.source
        if noun in lower_words(source.resolved) and draft.start < position and _fits(
                np, noun, source.resolved, lex):
            return Source(np, source.resolved, source.kind, None, head=noun,
                          entity=source.entity)
    for _, _, entity in reversed(s.article.mentions_before(position)):
        if noun in lower_words(entity.name) and _fits(np, noun, entity.name, lex):
            kind = entity.kind if entity.kind in ("organization", "government") else (
                "government" if noun in s.article.lex.government_words else "organization")
            return Source(np, entity.name, kind, None, head=noun, entity=entity)
    return None


def identify_delayed(article: Article, drafts: Sequence[Draft]) -> list[Draft]:
    """News ledes often describe a source and name it in the next paragraph ("a former
    executive alleged…" then "Arvind Menon, who…, said"): the drafts, the lede's sources
    linked to the name that opens the second paragraph."""
    lex = article.lex
    second = next(((a, b) for a, b in article.sentences if article.paragraph(a) == 1), None)
    if second is None or not any(d.paragraph == 0 for d in drafts):
        return list(drafts)
    head_run = lex.name_run.match(article.masked, second[0])
    entity = article.names.find(head_run.group()) if head_run else None
    if entity is None or entity.kind not in ("person", "organization"):
        return list(drafts)
    return [_identified(d, entity, lex) if d.paragraph == 0 else d for d in drafts]


def _identified(draft: Draft, entity: Entity, lex) -> Draft:
    source = draft.found.source
    words = list(lower_words(source.speaker))
    if (source.entity is None and words and words[0] in lex.articles
            and source.head and not source.head.endswith("s")
            and source.head not in lex.not_delayed_heads
            and not lex.anonymity.search(source.speaker)
            and source.kind in ("person", "anonymous", "organization")):
        named = dataclasses.replace(source, resolved=entity.name, kind=entity.kind,
                                    entity=entity)
        return dataclasses.replace(draft, found=dataclasses.replace(draft.found, source=named))
    return draft


def speaker_id(article: Article, source: Source) -> str | None:
    """The id among the known speakers that a source's name matches, if any."""
    if not article.speakers or not (source.resolved or source.speaker):
        return None
    lex = article.lex
    wanted = {norm(source.resolved, lex), norm(source.speaker, lex)} - {""}
    for known_id, normalised in article.speaker_names.items():
        if wanted & normalised:
            return known_id
    tokens = name_tokens(source.resolved, lex)
    if source.kind == "person" and tokens:
        for known_id, names in article.speakers.items():
            for name in names:
                known = name_tokens(name, lex)
                if known and (contains(known, tokens) or contains(tokens, known)):
                    return known_id
    return None

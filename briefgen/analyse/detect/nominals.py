"""Who a noun phrase names, in a language with cases (see freeorder): a pronoun, a person
by the name the article gives them (in any case, of the verb's sex), a name in guillemets or an
acronym, or a description with its kind by its head noun (the first it knows), in the
nominative; a role or a body's noun stands for the person or body named before."""

from __future__ import annotations

import re
from collections import Counter

from briefgen.analyse.detect.article import Sentence, Source
from briefgen.analyse.detect.bodies import body_of, kind_of, recent_body, shortened
from briefgen.analyse.detect.cases import (
    is_given_name,
    nominative_phrase,
    person_name,
    stem,
)
from briefgen.analyse.detect.groups import personal, whole_group
from briefgen.analyse.detect.lexicon import UP, Lexicon
from briefgen.analyse.detect.names import Entity
from briefgen.analyse.detect.phrases import dateline_end
from briefgen.analyse.detect.resolve import one_of, pronoun, recent_drafts
from briefgen.analyse.detect.text import lower_words

_WORD = re.compile(r"[\w’'\-#]+")
_PERSON_RUN = re.compile(rf"(?<![\w’'\-#]){UP}[\w’\-]*(?:\s+{UP}[\w’\-]*)*")


def last_word(text: str) -> str:
    """The last word of ``text``, lower case."""
    words = _WORD.findall(text[-40:])
    return words[-1].lower() if words else ""


def phrase(s: Sentence, lo: int, hi: int, *, oblique: bool = False, sex: str = ""
            ) -> Source | None:
    """Who a noun phrase of the frame names: a pronoun, a person, a name in guillemets, an
    acronym or a description, with its kind."""
    frame, lex = s.frame, s.article.lex
    text = frame[lo:hi].strip()
    lo += len(frame[lo:hi]) - len(frame[lo:hi].lstrip())
    cut = lex.relative_clause.search(text)
    if cut:
        text = text[:cut.start()].rstrip()
    words = text.split()
    if not words or len(words) > 14 or "#" in text:
        return None
    written = s.article.text[s.start + lo:s.start + lo + len(text)]
    span = (s.start + lo, s.start + lo + len(text))
    if len(words) == 1 and words[0].lower() in lex.pronouns:
        source = personal(s, words[0].lower(), s.start + lo, written)
        source.span = span
        return source
    if len(words) > 1 and words[0].lower() in lex.pronouns:  # "в ее пресс-службе"
        owner = _subject_before(s, lo)
        if owner is not None:
            return Source(written, owner.resolved, owner.kind, span, head=owner.head,
                          entity=owner.entity)
    member = lex.one_of.match(text.lower())
    if member is not None:  # "Одна из матерей", "Один із них": a member of a group quoted
        source = one_of(s, member.group(2), written)
        if source is not None:
            source.span = span
            return source
    if words[0].lower() in lex.group_parts:  # "Частина з них…, інші…": the group named before
        whole = whole_group(s, s.start + lo)
        if whole is not None:
            return Source(written, whole, "group", span, head=words[0].lower())
    named = person(s, lo, lo + len(text), sex, oblique=oblique)
    if named is not None:
        return named
    if kind_of(words[0].lower(), lex) == "anonymous":  # "джерело в управлінні ДСНС"
        return _description(s, written, span, oblique=oblique)
    named = named_body(s, lo, lo + len(text))
    if named is not None:
        named.span, named.speaker = span, written
        return named
    return _description(s, written, span, oblique=oblique)


def _subject_before(s: Sentence, lo: int) -> Source | None:
    """The body or person opening the sentence before a comma ahead of ``lo``: the owner of
    "ее" in "Прокуратура края, как сообщили в ее пресс-службе, начала проверку"."""
    frame = s.frame
    start = dateline_end(frame)
    comma = frame.find(",", start, lo)
    if comma < 0:
        return None
    owner = phrase(s, start, comma)
    if owner is None or not owner.resolved:
        return None
    opening = lower_words(frame[start:comma])[:2]  # the owner itself, not a word it governs
    return owner if owner.entity is not None or owner.head in opening else None


def person(s: Sentence, lo: int, hi: int, sex: str, *, oblique: bool = False
            ) -> Source | None:
    """A person named in frame[lo:hi] ("речниця агрохолдингу Ірина Мельник", "Коваленка"):
    in a run of capitalised words that no preposition governs, a name the article gives a
    person, or a given name and what follows it; its role, the words before it."""
    frame, lex = s.frame, s.article.lex
    runs = sorted(_PERSON_RUN.finditer(frame, lo, hi), key=lambda run: not any(
        is_given_name(w, lex) for w in run.group().split()))  # "Эколог Пермского…" is no name
    for run in runs:
        words = run.group().split()
        if kind_of(words[0].lower(), lex) in ("group", "vague"):
            continue  # "Лікарі Рівненської обласної лікарні": many, not one person
        for i in range(len(words)):  # "от Камчатки Татьяна Белых": from "Татьяна" on
            if i == 0 and last_word(frame[lo:run.start()]) in lex.prepositions | lex.locative:
                continue
            found = _named_person(s, words[i:], sex, oblique=oblique)
            if found is None:
                continue
            name, entity = found
            start = s.start + run.start() + run.group().index(name.split()[0])
            written = s.article.text[start:s.start + run.end()]
            role = s.article.text[s.start + lo:start].strip(" ,")
            resolved = person_name(entity.name if entity else name, lex)
            if entity is not None and not oblique and " " not in written:
                resolved = _as_subject(resolved, written, sex, entity, lex)
            return Source(written, resolved, "person", (start, start + len(written)),
                          role=role, entity=entity)
    return None


def _as_subject(name: str, surname: str, sex: str, entity: Entity, lex: Lexicon) -> str:
    """A name first met in another case, with the surname as a subject writes it: "Ігоря
    Сороку", then "Сорока заявив", is Ігор Сорока (a man's surname in -а)."""
    words = name.split()
    if len(words) < 2 or words[-1] == surname or stem(words[-1], lex) != stem(surname, lex):
        return name
    if "f" in (sex, entity.gender):
        return name  # (a woman's surname folds by its endings; "Петрова заявила" is no
        # form of Игорь Петров's name)
    return " ".join([*words[:-1], surname])


def _named_person(s: Sentence, words: list[str], sex: str, *, oblique: bool
                  ) -> tuple[str, Entity | None] | None:
    """(the name as written, the person) when ``words`` name a person."""
    lex = s.article.lex
    words = [w for w in words if not w.isupper()]  # an acronym before: "НКРКТ Василь Кучер"
    while words and words[0].lower().rstrip(".") in lex.titles | lex.person_roles:
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    entity = _entity(s, name, sex, oblique=oblique)
    if entity is not None:
        return name, entity
    given = person_name(name, lex)
    if len(given.split()) >= 2 and is_given_name(given.split()[0], lex):
        first = words[len(words) - len(given.split())]
        return " ".join(words[words.index(first):]), None
    return None


def _entity(s: Sentence, name: str, sex: str, *, oblique: bool = False) -> Entity | None:
    """The person the article names ``name`` (any case), of the verb's sex where two share a
    surname (Игорь Петров and Валентина Петрова)."""
    people = [e for e in s.article.names.holding(name) if _personal(e, s.article.lex)]
    if sex:
        matching = [e for e in people if (e.gender or s.earlier.genders.get(id(e), "")) in (
            sex, "")]
        exact = [e for e in matching if e.name.split()[-1] == name.split()[-1]]
        people = exact or matching or people
    elif oblique and len(people) > 1:  # "по словам Петрова" is his genitive, not her name
        other = [e for e in people if e.name.split()[-1] != name.split()[-1]]
        people = other or people
    return people[0] if people else None


def named_body(s: Sentence, lo: int, hi: int) -> Source | None:
    """A body named in the phrase: a name in guillemets or an acronym the article gives."""
    article = s.article
    start, end = s.start + lo, s.start + hi
    phrase_text = article.text[start:end].strip()
    for mention_start, mention_end, entity in article.names.mentions:
        written = article.text[mention_start:mention_end]
        if start <= mention_start and mention_end <= end and entity.kind in (
                "organization", "government") and (
                (mention_start > 0 and article.text[mention_start - 1] in "«„\"'")
                or (written.isupper() and written == phrase_text)):
            # (an acronym is the body only alone: "в управлении МЧС по краю" is the office)
            return Source(entity.name, entity.name, entity.kind, None, entity=entity)
    return None


def _description(s: Sentence, written: str, span: tuple[int, int], *, oblique: bool
                 ) -> Source | None:
    """A source the article describes ("джерело в міській раді", "Експерти", "у профспілці
    підприємства"): its kind by its head noun, the first of its words the lexicon knows;
    in the nominative when it was met in another case."""
    lex = s.article.lex
    words = written.split()
    low = [w.lower().strip("«»„“\"'") for w in words]
    head = next((w for w in low if kind_of(w, lex)), "")
    if not head and low[0] in lex.female_words | lex.male_words:  # "Мать ученика сообщила"
        if len(words) == 1:  # "— сказала жінка": the woman spoken of, as "she" would be
            sex = "f" if low[0] in lex.female_words else "m"
            word = next(w for w, g in lex.pronouns.items() if g == sex)
            return pronoun(s, word, span[0], written)
        return Source(written, written, "person", span, head=low[0])
    if not head:
        return None
    kind = kind_of(head, lex)
    if kind == "organization" and set(low) & lex.state_owned:
        kind = "government"  # "Федеральное агентство…", "комунальне підприємство"
    if head in lex.press_offices and len(words) > 1:  # "пресс-службе министерства": the body
        rest = words[low.index(head) + 1:]
        body = s.article.names.acronyms.get(rest[0]) if len(rest) == 1 else None
        if body is not None:  # "У пресслужбі УАФ": the body the acronym stands for
            return Source(written, body.name, body.kind, span, head=head, entity=body)
        kind = kind_of(rest[0].lower(), lex)
        if len(rest) == 1 and kind in ("organization", "government"):
            found = recent_body(s, rest[0].lower(), kind, span[0])  # "пресс-службе завода"
            if found is not None:
                return Source(written, found[0], found[1], span, head=head, entity=found[2])
        return Source(written, " ".join(nominative_phrase(rest, lex)), "government", span,
                      head=head)
    resolved = " ".join(nominative_phrase(words, lex)) if oblique else written
    resolved = resolved.strip("«»„“\"' ")
    if len(words) == 1 and head in lex.anonymous_singular:  # "— сказал чиновник"
        named = _named_just_before(s, span[0])
        if named is not None:
            return Source(written, named.resolved, "person", span, head=head,
                          entity=named.entity)
    if head in lex.interlocutors:  # "Співрозмовник припустив": the source quoted before
        before = _anonymous_before(s, span[0])
        if before is not None:
            return Source(written, before.resolved, "anonymous", span, head=before.head)
    if head in lex.spokespeople and len(words) == 1:  # "за словами речника": the one named
        person = _person_with_role(s, head, span[0])
        if person is not None:
            return Source(written, person_name(person.name, lex), "person", span, head=head,
                          entity=person)
    if kind == "person" and head in lex.person_roles:  # "за словами депутата", "Ректор"
        person = _person_with_role(s, head, span[0])
        if person is None and len(words) == 1:  # "По словам хоккеиста": the one named
            person = _protagonist(s, span[0])
        if person is not None:
            return Source(written, person_name(person.name, lex), "person", span, head=head,
                          entity=person)
    bare = len(words) == 1 or (len(words) == 2 and low[0] in lex.demonyms)
    if kind in ("organization", "government") and bare and low[-1] == head:
        body = recent_body(s, head, kind, span[0], tuple(low[:-1]))  # "у клубі", "Лига"
        if body is not None:
            return Source(written, body[0], body[1], span, head=head, entity=body[2])
    if kind in ("organization", "government") and not bare:
        body = shortened(s, low, span[0])  # "Асоціація перевізників": the one named in full
        if body is not None:
            return Source(written, body[0], body[1], span, head=head, entity=body[2])
    body = body_of(s, low, span[0])
    if body is not None:
        return Source(written, body[0], body[1], span, head=head, entity=body[2])
    return Source(written, resolved, kind, span, head=head)


def _named_just_before(s: Sentence, position: int) -> Source | None:
    """The named person of the statement just before, in this sentence or the one before:
    whom a bare "чиновник", "посадовець" stands for, unless the sentence says they are
    unnamed ("пожелавший остаться неназванным")."""
    article = s.article
    if article.lex.anonymity.search(article.text, *article.sentences[
            article.sentence_of(position)]):
        return None
    last = next(recent_drafts(s), None)
    if last is None or article.sentence_of(last.start) < article.sentence_of(position) - 1:
        return None
    source = last.found.source
    return source if source.kind == "person" and source.entity is not None else None


def _anonymous_before(s: Sentence, position: int) -> Source | None:
    """The latest anonymous source quoted before ``position``, by its description."""
    for draft in recent_drafts(s):
        source = draft.found.source
        if draft.start < position and source.kind == "anonymous" and (
                source.head not in s.article.lex.interlocutors):
            return source
    return None


def _person_with_role(s: Sentence, head: str, position: int) -> Entity | None:
    """The person named before whose role is ``head``, in any case ("адвоката": адвокат)."""
    lex = s.article.lex
    key = stem(head, lex)
    for _, _, entity in reversed(s.article.mentions_before(position)):
        if entity.kind == "person" and any(
                stem(role, lex) == key for role in entity.roles):
            return entity
    for draft in recent_drafts(s):
        source = draft.found.source
        if source.entity is not None and source.kind == "person" and any(
                stem(w, lex) == key for w in lower_words(source.role)):
            return source.entity
    return None


def _personal(entity: Entity, lex: Lexicon) -> bool:
    """Whether a name of two words or more is a person's: by its kind, or by a given name
    first (an official's or a player's name may have taken the kind of the body before it)."""
    given = any(is_given_name(word, lex) for word in entity.name.split())
    first = entity.name.split()[0].lower()
    if len(entity.tokens) < 2 or (not given and (first in lex.person_roles
                                                 or first in lex.vocabulary)):
        return False  # ("Эколог Пермского", "Представник Державної": a word of the lexicon
        # and a body's adjective are no name)
    return entity.kind in ("person", "unknown") or given


def _protagonist(s: Sentence, position: int) -> Entity | None:
    """The person the article has named most before ``position``, if no other as often: a
    bare role no one was given ("Сам хоккеист", "за словами бізнесмена") is a writer's other
    word for the one the story is about."""
    before = s.article.mentions_before(position)
    counts = Counter(id(e) for _, _, e in before if _personal(e, s.article.lex))
    named = {id(e): e for _, _, e in before}
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return named[ranked[0][0]]


"""Frames in a language of free word order and cases (a lexicon with [cases] and [order]:
Ukrainian, Russian). A reporting verb's source may stand before it ("Компанія «Міст-Будсервіс»
ці звинувачення відкидає"), after it, at the end of a clause or after a quotation's dash tag
("…, заявила речниця Ірина Мельник"; "«…», — сказав він"), in the genitive after a phrase
("за словами Бондаря"), inside the phrase ("за її словами") or, with a verb in the impersonal
plural, as a body in the locative ("У МОН заявили", "уточнили в поліції"). A source is read
in the nominative: a person by the name the article gives them, a description by its words."""

from __future__ import annotations

import re

from briefgen.analyse.detect.article import Found, Sentence, Source
from briefgen.analyse.detect.cases import (
    given_sex,
    nominative_phrase,
    person_name,
    stem,
    verb_sex,
)
from briefgen.analyse.detect.cues import QUOTE_CLOSERS, verb_entry
from briefgen.analyse.detect.lexicon import DATELINE, UP, Lexicon
from briefgen.analyse.detect.names import Entity
from briefgen.analyse.detect.resolve import pronoun, recent_drafts
from briefgen.analyse.detect.text import lower_words

_END = re.compile(r"\.(?!\d)|[;:!?“”(]|\s[—–]\s|,")
_TAG_BEFORE = re.compile(r"^[\s,]*[—–]\s*$")
_WORD = re.compile(r"[\w’'\-#]+")
_PERSON_RUN = re.compile(rf"(?<![\w’'\-#]){UP}[\w’\-]*(?:\s+{UP}[\w’\-]*)*")


def candidate(s: Sentence, match: re.Match[str], previous: Found | None) -> Found | None:
    """A reporting verb or phrase with its source, or None."""
    lex, frame = s.article.lex, s.frame
    a, b = match.span()
    lemma, stance, needs = verb_entry(match, lex)
    verb = match.group()
    verb_span = (s.start + a, s.start + b)
    inside = _pronoun_inside(verb, lex)
    if inside:  # "за його словами": the pronoun is the source
        source = pronoun(s, inside, s.start + a, inside)
        return Found(lemma, verb_span, stance, source, s.start + a)
    if lemma in lex.source_after:  # "за словами депутата", "як повідомили в поліції"
        source = _after(s, b, oblique=True)
        return None if source is None else Found(verb, verb_span, stance, source, s.start + a)
    before = _last_word(frame[:a])
    if before in lex.negations or verb.lower().endswith(lex.gerund_endings):
        return None  # "не коментують" is silence; "наголошуючи" goes with a verb before it
    if before in lex.relatives:
        return None  # "угруповання, яке називає себе…": the relative clause describes
    left_bound = _left_bound(s, a, previous)
    left = frame[left_bound:a]
    sex = verb_sex(verb, lex)
    if _TAG_BEFORE.match(left) or (not left.strip() and left_bound > 0
                                   and frame[left_bound - 1] in QUOTE_CLOSERS):
        source = _after(s, b, sex=sex)  # "«…», — сказав Коваленко"
        anchor = left_bound
    elif (left.rstrip().endswith(",") and not _aside(_last_chunk(left), lex)
          and not _opens_complement(frame[b:], lex)) or (not left.strip() and left_bound > 0):
        source = _after(s, b, sex=sex)  # "…, заявила речниця Ірина Мельник"
        anchor = left_bound
    else:
        # "ці звинувачення відкидає", "эту оценку оспаривают": the object before the verb
        object_first = bool(set(_WORD.findall(frame[max(0, a - 40):a].lower())[-2:])
                            & lex.object_words)
        if not object_first and not _complement(needs, frame[b:], lex):
            return None
        source = _before(s, left_bound, a, verb, sex)
        if source is None and not object_first and not _opens_complement(frame[b:], lex):
            source = _after(s, b, sex=sex)  # "Про аварії розповіла анестезіологиня Гордієнко"
        anchor = left_bound
    if source is None:
        return None
    if source.entity is not None and sex and source.kind == "person":
        s.earlier.genders.setdefault(id(source.entity), sex)
    return Found(verb, verb_span, stance, source, s.start + min(anchor, a))


def _last_chunk(left: str) -> str:
    return left.rstrip().rstrip(",").rsplit(",", 1)[-1]


def _opens_complement(after: str, lex: Lexicon) -> bool:
    """Whether a verb's complement follows it at once (", що…", ":", a quotation)."""
    rest = after.lstrip(" ,")
    return rest.startswith(("“", ":")) or lower_words(rest[:30])[:1] == (lex.complementizer,)


def agent(s: Sentence, lo: int, hi: int) -> Source | None:
    """The agent of a passive, in the instrumental ("розцінюється експертами як")."""
    return _phrase(s, lo, hi, oblique=True)


def _pronoun_inside(phrase: str, lex: Lexicon) -> str:
    words = lower_words(phrase)
    return next((w for w in words[1:-1] if w in lex.pronouns), "") if len(words) > 2 else ""


def _last_word(text: str) -> str:
    words = _WORD.findall(text[-40:])
    return words[-1].lower() if words else ""


def _left_bound(s: Sentence, a: int, previous: Found | None) -> int:
    """Where the words before a verb that may hold its source begin: after the statement
    before, a quotation's closing mark, a semicolon or a colon, or a dateline."""
    frame = s.frame
    bound = 0
    if previous is not None:
        bound = previous.verb_span[1] - s.start
        if previous.source.span is not None:
            bound = max(bound, previous.source.span[1] - s.start)
    for closer in QUOTE_CLOSERS:
        i = frame.rfind(closer, 0, a)
        if i >= 0 and s.start + i in s.article.quotation_ends:
            bound = max(bound, i + 1)
    i = max(frame.rfind(";", 0, a), frame.rfind(":", 0, a))
    dateline = DATELINE.match(frame)
    return max(bound, i + 1, dateline.end() if dateline else 0)


def _complement(needs: str, after: str, lex: Lexicon) -> bool:
    """Whether what follows a verb whose source is before it makes it report something:
    "що…", a quotation, a colon, or (for a verb that takes one) an object."""
    rest = after.lstrip(" ,")
    if not rest or rest[0] in ".;!?":
        return "*" in needs or "G" in needs
    if rest.startswith(("“", ":", "—")) or lex.complementizer in lower_words(rest[:60])[:3]:
        return True
    return bool(set(needs) & set("*OBCFAIPSW"))


def _after(s: Sentence, start: int, *, oblique: bool = False, sex: str = "") -> Source | None:
    """The source after a verb or phrase, up to the end of its clause: a body in the
    locative ("в поліції"), a person ("речниця агрохолдингу Ірина Мельник"), a name or a
    description; in the genitive after a phrase (``oblique``)."""
    frame, lex = s.frame, s.article.lex
    time = lex.time_first.match(frame, start)
    lo = time.end() if time else start
    while lo < len(frame) and frame[lo] in " ,":
        lo += 1
    end = _END.search(frame, lo)
    hi = end.start() if end else len(frame)
    if hi <= lo:
        return None
    words = frame[lo:hi].split()
    if words and words[0].lower() in lex.locative:  # "уточнили в поліції"
        return _phrase(s, lo + len(words[0]) + 1, hi, oblique=True, sex=sex)
    source = _phrase(s, lo, hi, oblique=oblique, sex=sex)
    if source is not None and source.entity is None and end and end.group() == ",":
        # "— сказала один из экспертов сообщества, филолог Ольга Лебедева"
        nxt = _END.search(frame, end.end())
        person = _person(s, end.end(), nxt.start() if nxt else len(frame), sex)
        if person is not None:
            return person
    return source


def _before(s: Sentence, lo: int, a: int, verb: str, sex: str) -> Source | None:
    """The source before its verb: the subject of the verb's clause, past any relative or
    participial clause in commas ("Юрист Максим Данилюк, який…, зауважив") and an object
    put first ("ці звинувачення відкидає"); or a body in the locative ("У МОН заявили")."""
    frame, lex = s.frame, s.article.lex
    chunks = [c for c in _chunks(frame, lo, a) if frame[c[0]:c[1]].strip()]
    if not chunks:
        return None
    subjects = [c for c in chunks if not _is_clause(frame[c[0]:c[1]], lex)]
    if len(chunks) > 1 and subjects and not _aside(frame[subjects[0][0]:subjects[0][1]], lex):
        for c_lo, c_hi in subjects:  # "Сам автор работы, ныне доцент Кирилл Андреев сообщил"
            person = _person(s, _trim(frame, c_lo, c_hi, lex), c_hi, sex)
            if person is not None:
                return person
        c_lo, c_hi = subjects[0]  # the subject, then appositions in commas
    else:
        while len(chunks) > 1 and _aside(frame[chunks[-1][0]:chunks[-1][1]], lex):
            chunks.pop()
        c_lo, c_hi = chunks[-1]
    c_lo = _trim(frame, c_lo, c_hi, lex)
    words = frame[c_lo:c_hi].split()
    trail = lex.trail.search(" " + " ".join(words))
    if trail and trail.start() > 0:  # "Экологи давно критикуют"
        words = " ".join(words)[:trail.start() - 1].split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in lex.object_words), None)
    if cut is not None:
        words = words[:cut]  # "Компанія ці звинувачення відкидає", "власти эту оценку…"
    if not words:
        return None
    c_hi = c_lo + len(" ".join(words))
    text = frame[c_lo:c_hi]
    first = words[0].lower()
    if first in lex.locative and verb.lower().endswith(lex.plural_verb_endings):
        return _phrase(s, c_lo + len(words[0]) + 1, c_hi, oblique=True, sex=sex)
    if first in lex.not_subject or first in lex.prepositions or _has_finite(text, verb, lex):
        return None
    return _phrase(s, c_lo, c_hi, sex=sex)


def _aside(text: str, lex: Lexicon) -> bool:
    """A part in commas between a subject and its verb: a relative or participial clause,
    an apposition that is no subject."""
    words = lower_words(text)
    return bool(words) and (words[0] in lex.relatives or words[0] in lex.not_subject
                            or words[0].endswith(lex.participle_endings + lex.aside_endings)
                            or words[0] in lex.prepositions)


def _is_clause(text: str, lex: Lexicon) -> bool:
    """A part in commas that is a clause of its own (a subordinator, or a finite verb)."""
    words = lower_words(text)
    return bool(words) and (words[0] in lex.not_subject or lex.finite.search(text) is not None)


def _has_finite(text: str, verb: str, lex: Lexicon) -> bool:
    return any(w in lex.aux for w in lower_words(text))


def _chunks(frame: str, lo: int, hi: int) -> list[tuple[int, int]]:
    parts, start = [], lo
    for i in range(lo, hi):
        if frame[i] == ",":
            parts.append((start, i))
            start = i + 1
    parts.append((start, hi))
    return parts


def _trim(frame: str, lo: int, hi: int, lex: Lexicon) -> int:
    """Past a dateline, connectives ("Водночас", "Однак") and a leading dash."""
    text = frame[lo:hi]
    cut = 0
    dateline = DATELINE.match(text)
    if dateline:
        cut = dateline.end()
    connective = lex.connectives.match(text, cut)
    if connective:
        cut = connective.end()
    while cut < len(text) and text[cut] in " —–-":
        cut += 1
    first = lower_words(text[cut:cut + 12])[:1]
    if first and first[0] in lex.emphatic:  # "Сам Литвиненко запевнив"
        cut += text[cut:].index(" ") + 1 if " " in text[cut:] else 0
    return lo + cut


def _phrase(s: Sentence, lo: int, hi: int, *, oblique: bool = False, sex: str = ""
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
        source = pronoun(s, words[0].lower(), s.start + lo, written)
        source.span = span
        return source
    person = _person(s, lo, lo + len(text), sex, oblique=oblique)
    if person is not None:
        return person
    if _kind_of(words[0].lower(), lex) == "anonymous":  # "джерело в управлінні ДСНС"
        return _description(s, written, span, oblique=oblique)
    named = _organisation(s, lo, lo + len(text))
    if named is not None:
        named.span, named.speaker = span, written
        return named
    return _description(s, written, span, oblique=oblique)


def _person(s: Sentence, lo: int, hi: int, sex: str, *, oblique: bool = False
            ) -> Source | None:
    """A person named in frame[lo:hi] ("речниця агрохолдингу Ірина Мельник", "Коваленка"):
    in a run of capitalised words that no preposition governs, a name the article gives a
    person, or a given name and what follows it; its role, the words before it."""
    frame, lex = s.frame, s.article.lex
    for run in _PERSON_RUN.finditer(frame, lo, hi):
        words = run.group().split()
        for i in range(len(words)):  # "от Камчатки Татьяна Белых": from "Татьяна" on
            if i == 0 and _last_word(frame[lo:run.start()]) in lex.prepositions | lex.locative:
                continue
            found = _named_person(s, words[i:], sex, oblique=oblique)
            if found is None:
                continue
            name, entity = found
            start = s.start + run.start() + run.group().index(name.split()[0])
            written = s.article.text[start:s.start + run.end()]
            role = s.article.text[s.start + lo:start].strip(" ,")
            return Source(written, entity.name if entity is not None else name, "person",
                          (start, start + len(written)), role=role, entity=entity)
    return None


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
    if len(given.split()) >= 2 and given_sex(stem(given.split()[0], lex), lex):
        first = words[len(words) - len(given.split())]
        return " ".join(words[words.index(first):]), None
    return None


def _entity(s: Sentence, name: str, sex: str, *, oblique: bool = False) -> Entity | None:
    """The person the article names ``name`` (any case), of the verb's sex where two share a
    surname (Игорь Петров and Валентина Петрова)."""
    people = [e for e in s.article.names.holding(name)
              if e.kind in ("person", "unknown") and len(e.tokens) >= 2]
    if sex:
        matching = [e for e in people if (e.gender or s.earlier.genders.get(id(e), "")) in (
            sex, "")]
        exact = [e for e in matching if e.name.split()[-1] == name.split()[-1]]
        people = exact or matching or people
    elif oblique and len(people) > 1:  # "по словам Петрова" is his genitive, not her name
        other = [e for e in people if e.name.split()[-1] != name.split()[-1]]
        people = other or people
    return people[0] if people else None


def _organisation(s: Sentence, lo: int, hi: int) -> Source | None:
    """A body named in the phrase: a name in guillemets or an acronym the article gives."""
    article = s.article
    start, end = s.start + lo, s.start + hi
    for mention_start, mention_end, entity in article.names.mentions:
        if start <= mention_start and mention_end <= end and entity.kind in (
                "organization", "government") and (
(mention_start > 0 and article.text[mention_start - 1] in "«„\"'")
                or article.text[mention_start:mention_end].isupper()):
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
    head = next((w for w in low if _kind_of(w, lex)), "")
    if not head:
        return None
    kind = _kind_of(head, lex)
    if head in lex.press_offices and len(words) > 1:  # "пресс-службе министерства": the body
        rest = words[low.index(head) + 1:]
        return Source(written, " ".join(nominative_phrase(rest, lex)), "government", span,
                      head=head)
    resolved = " ".join(nominative_phrase(words, lex)) if oblique else written
    resolved = resolved.strip("«»„“\"' ")
    if kind == "person" and head in lex.person_roles:  # "за словами депутата", "Ректор"
        person = _person_with_role(s, head, span[0])
        if person is not None:
            return Source(written, person.name, "person", span, head=head, entity=person)
    bare = len(words) == 1 or (len(words) == 2 and low[0] in lex.demonyms)
    if kind in ("organization", "government") and bare and low[-1] == head:
        body = _recent_body(s, head, kind, span[0])  # "Компанія", "у клубі", "Лига"
        if body is not None:
            return Source(written, body[0], body[1], span, head=head, entity=body[2])
    return Source(written, resolved, kind, span, head=head)


def _kind_of(word: str, lex: Lexicon) -> str:
    if word in lex.anonymous_heads or word in lex.anonymous_singular:
        return "anonymous"
    if word in lex.spokespeople or word in lex.press_offices:
        return "government"
    if word in lex.government_words:
        return "government"
    if word in lex.organization_words or word in lex.company_heads:
        return "organization"
    if word in lex.institutional_plurals or word in lex.collective_people:
        return "group"
    if word in lex.vague_heads:
        return "vague"
    if word in lex.person_roles:
        return "person"
    return ""


def _person_with_role(s: Sentence, head: str, position: int) -> Entity | None:
    """The person named before whose role is ``head``, in any case ("адвоката": адвокат)."""
    lex = s.article.lex
    key = stem(head, lex)
    for start, _, entity in reversed(s.article.names.mentions):
        if start < position and entity.kind == "person" and any(
                stem(role, lex) == key for role in entity.roles):
            return entity
    for draft in recent_drafts(s):
        source = draft.found.source
        if source.entity is not None and source.kind == "person" and any(
                stem(w, lex) == key for w in lower_words(source.role)):
            return source.entity
    return None


def _recent_body(s: Sentence, head: str, kind: str, position: int
                 ) -> tuple[str, str, Entity | None] | None:
    """"Компанія", "у клубі", "Лига", "ведомство": the body quoted or named before, one whose
    name holds the word first ("Северная хоккейная лига"), else the last of its kind."""
    lex = s.article.lex
    key = stem(head, lex)
    bodies: list[tuple[str, str, Entity | None]] = []
    for draft in recent_drafts(s):
        source = draft.found.source
        if source.kind in ("organization", "government") and source.resolved:
            bodies.append((source.resolved, source.kind, source.entity))
    for start, _, entity in reversed(s.article.names.mentions):
        if start < position and entity.kind in ("organization", "government"):
            bodies.append((entity.name, entity.kind, entity))
    for body in bodies:
        if any(stem(w, lex) == key for w in lower_words(body[0])):
            return body
    sort = lex.body_sorts.get(head)
    for body in bodies:
        sorts = {lex.body_sorts[w] for w in lower_words(body[0]) if w in lex.body_sorts}
        if body[1] == kind and (sort is None or not sorts or sort in sorts):
            return body
    return None

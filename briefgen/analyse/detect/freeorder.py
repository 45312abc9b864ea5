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
from briefgen.analyse.detect.cases import verb_sex
from briefgen.analyse.detect.cues import QUOTE_CLOSERS, verb_entry
from briefgen.analyse.detect.groups import personal
from briefgen.analyse.detect.lexicon import Lexicon
from briefgen.analyse.detect.morphology import (
    cases,
    may_name_a_place,
    only_dative,
    only_instrumental,
)
from briefgen.analyse.detect.nominals import last_word, named_body, person, phrase
from briefgen.analyse.detect.phrases import dateline_end
from briefgen.analyse.detect.text import lower_words

_END = re.compile(r"\.(?!\d)|[;:!?“”(]|\s[—–]\s|,")
_TAG_BEFORE = re.compile(r"^[\s,]*[—–]\s*$")
# (an adverb of manner between a verb and its colon: "ответил коротко:")
_ADVERB_COLON = re.compile(r"\w+о\s*:")


def candidate(s: Sentence, match: re.Match[str], previous: Found | None) -> Found | None:
    """A reporting verb or phrase with its source, or None."""
    lex, frame = s.article.lex, s.frame
    a, b = match.span()
    lemma, stance, needs = verb_entry(match, lex)
    verb = match.group()
    verb_span = (s.start + a, s.start + b)
    inside = _pronoun_inside(verb, lex)
    if inside:  # "за його словами": the pronoun is the source
        source = personal(s, inside, s.start + a, inside)
        return Found(lemma, verb_span, stance, source, s.start + a)
    if lemma in lex.source_after:  # "за словами депутата", "як повідомили в поліції"
        source = _after(s, b, oblique=True)
        return None if source is None else Found(verb, verb_span, stance, source, s.start + a)
    before = last_word(frame[:a])
    if before in lex.negations or verb.lower().endswith(lex.gerund_endings):
        return None  # "не коментують" is silence; "наголошуючи" goes with a verb before it
    if " " not in verb and lex.to_word_re.fullmatch(verb.lower()):
        return None  # "можно оспорить в суде": an infinitive reports nothing itself
    if before in lex.relatives:
        return None  # "угруповання, яке називає себе…": the relative clause describes
    left_bound = bound_before(s, a, previous, past_its_source=True)
    left = frame[left_bound:a]
    sex = verb_sex(verb, lex)
    if _TAG_BEFORE.match(left) or (not left.strip() and left_bound > 0
                                   and frame[left_bound - 1] in QUOTE_CLOSERS):
        source = _after(s, b, sex=sex)  # "«…», — сказав Коваленко"
        anchor = left_bound
    elif lower_words(_last_chunk(left)) == (lex.as_word,):
        source = _after(s, b, sex=sex)  # "Как уточнил Игорь Ларин, …", "…, як зазначив він, …"
        anchor = left_bound
    elif (left.rstrip().endswith(",") and not _aside(_last_chunk(left), lex)
          and not _opens_complement(frame[b:], lex)) or (not left.strip() and left_bound > 0):
        source = _after(s, b, sex=sex)  # "…, заявила речниця Ірина Мельник"
        if source is None and _complement(needs, frame[b:], lex):
            # "Один із них, Андрій Ференц, написав у Facebook, що…": an apposition closed
            source = _before(s, left_bound, a, verb, sex, after_statement=previous is not None)
        anchor = left_bound
    else:
        # "ці звинувачення відкидає", "эту оценку оспаривают": the object before the verb
        object_first = bool(set(lower_words(frame[max(0, a - 40):a])[-2:]) & lex.object_words
                            ) or _body_speaking(s, left, verb)
        if not object_first and not _complement(needs, frame[b:], lex):
            return None
        source = _before(s, left_bound, a, verb, sex, after_statement=previous is not None)
        opening = lower_words(left)[:1]
        if source is None and not _opens_complement(frame[b:], lex) and (
                object_first or not opening or opening[0] in lex.prepositions):
            source = _after(s, b, sex=sex)  # "Про аварії розповіла анестезіологиня Гордієнко",
            # "Про це повідомила речниця поліції", "Ці звинувачення відкинув директор"
        anchor = left_bound
    if source is None or (source.span and source.span[0] >= s.start + b and _asks(
            needs, frame[b:], lex)):
        return None  # (after "попросили перевести деньги" comes what is asked, no source)
    if source.entity is not None and sex and source.kind == "person":
        s.earlier.genders.setdefault(id(source.entity), sex)
    return Found(verb, verb_span, stance, source, s.start + min(anchor, a))


def subject_before(s: Sentence, a: int, verb: str) -> Source | None:
    """The subject written before the verb at frame[a:], if any."""
    bound = bound_before(s, a, None)
    if not s.frame[bound:a].strip():
        return None
    return _before(s, bound, a, verb, verb_sex(verb, s.article.lex))


def _asks(needs: str, after: str, lex: Lexicon) -> bool:
    """Whether a verb that takes an infinitive has one right after it."""
    words = lower_words(after[:40])
    return "I" in needs and bool(words) and lex.to_word_re.fullmatch(words[0]) is not None


def _last_chunk(left: str) -> str:
    return left.rstrip().rstrip(",").rsplit(",", 1)[-1]


def _opens_complement(after: str, lex: Lexicon) -> bool:
    """Whether a verb's complement follows it at once (", що…", ":", a quotation)."""
    rest = after.lstrip(" ,")
    return rest.startswith(("“", ":")) or lower_words(rest[:30])[:1] == (lex.complementizer,)


def agent(s: Sentence, lo: int, hi: int) -> Source | None:
    """The agent of a passive, in the instrumental ("розцінюється експертами як")."""
    return phrase(s, lo, hi, oblique=True)


def _pronoun_inside(phrase: str, lex: Lexicon) -> str:
    words = lower_words(phrase)
    return next((w for w in words[1:-1] if w in lex.pronouns), "") if len(words) > 2 else ""


def bound_before(s: Sentence, a: int, previous: Found | None, *,
               past_its_source: bool = False) -> int:
    """Where the words before a verb that may hold its source begin: after the statement
    before (its verb, and its source too when ``past_its_source``: one written before the
    verb), a quotation's closing mark, a semicolon or a colon, or a dateline."""
    frame = s.frame
    bound = 0
    if previous is not None:
        bound = previous.verb_span[1] - s.start
        if past_its_source and previous.source.span is not None:
            bound = max(bound, previous.source.span[1] - s.start)
    for closer in QUOTE_CLOSERS:
        i = frame.rfind(closer, 0, a)
        if i >= 0 and s.start + i in s.article.quotation_ends:
            bound = max(bound, i + 1)
    i = max(frame.rfind(";", 0, a), frame.rfind(":", 0, a))
    return max(bound, i + 1, dateline_end(frame))


def _complement(needs: str, after: str, lex: Lexicon) -> bool:
    """Whether what follows a verb whose source is before it makes it report something:
    "що…", a quotation, a colon, or (for a verb that takes one) an object."""
    rest = after.lstrip(" ,")
    if not rest or rest[0] in ".;!?":
        return "*" in needs or "G" in needs
    if rest.startswith(("“", ":", "—")) or lex.complementizer in lower_words(rest[:60])[:3]:
        return True
    if _ADVERB_COLON.match(rest):  # "відповів коротко: «…»"
        return True
    return bool(set(needs) & set("*OBCFAIPSW"))


def _after(s: Sentence, start: int, *, oblique: bool = False, sex: str = "") -> Source | None:
    """The source after a verb or phrase, up to the end of its clause: a body in the
    locative ("в поліції"), a person ("речниця агрохолдингу Ірина Мельник"), a name or a
    description; in the genitive after a phrase (``oblique``)."""
    frame, lex = s.frame, s.article.lex
    time = lex.time_first.match(frame[start:])  # (its "^" holds only at a string's start)
    lo = start + time.end() if time else start
    while lo < len(frame) and frame[lo] in " ,":
        lo += 1
    end = _END.search(frame, lo)
    hi = end.start() if end else len(frame)
    listener = lex.listeners_after.search(frame, lo, hi)
    if listener is not None:  # "— сказал чиновник журналистам"
        hi = listener.start()
    if hi <= lo:
        return None
    words = frame[lo:hi].split()
    while len(words) > 1 and only_dative(words[0], lex.language):  # "сообщили «Курьеру» в…"
        lo = frame.index(words[1], lo + len(words[0]))
        words = words[1:]
    if not oblique and len(words) > 1 and words[0].lower() in lex.pronouns:
        # "— написала она в своем блоге": a pronoun subject has no words of its own
        hi = lo + len(words[0])
        words = words[:1]
    if words and words[0].lower() in lex.locative:  # "уточнили в поліції"
        if len(words) > 1 and not may_name_a_place(words[1], lex.language):
            return None  # "назвали на честь фельдшера": no body in the locative
        return phrase(s, lo + len(words[0]) + 1, hi, oblique=True, sex=sex)
    source = phrase(s, lo, hi, oblique=oblique, sex=sex)
    if source is not None and source.entity is None and end and end.group() == ",":
        # "— сказала один из экспертов сообщества, филолог Ольга Лебедева"
        nxt = _END.search(frame, end.end())
        named = person(s, end.end(), nxt.start() if nxt else len(frame), sex)
        if named is not None:
            return named
    return source


def _before(s: Sentence, lo: int, a: int, verb: str, sex: str, *,
            after_statement: bool = False) -> Source | None:
    """The source before its verb: the subject of the verb's clause, past any relative or
    participial clause in commas ("Юрист Максим Данилюк, який…, зауважив") and an object
    put first ("ці звинувачення відкидає"); or a body in the locative ("У МОН заявили").
    After another statement of the sentence the first part is that one's object ("…закликає
    клуб продати гравця, …, інші вимагають"): the subject is sought from the last part."""
    frame, lex = s.frame, s.article.lex
    chunks = [c for c in _chunks(frame, lo, a) if frame[c[0]:c[1]].strip()]
    if after_statement:
        chunks = chunks[-1:]
    if not chunks:
        return None
    for c_lo, c_hi in chunks[1:]:  # "Угруповання, яке називає себе «Тіньовий реєстр», заявило"
        if lex.self_named.search(frame, c_lo, c_hi):
            named = named_body(s, c_lo, c_hi)
            if named is not None:  # (as written: the description it gives itself a name in)
                named.span = (s.start + chunks[0][0], s.start + chunks[0][1])
                named.speaker = s.article.text[named.span[0]:named.span[1]]
                return named
    subjects = [c for c in chunks if not _is_clause(frame[c[0]:c[1]], lex)]
    if len(chunks) > 1 and subjects and not _aside(frame[subjects[0][0]:subjects[0][1]], lex):
        for c_lo, c_hi in subjects:  # "Сам автор работы, ныне доцент Кирилл Андреев сообщил"
            named = person(s, _trim(frame, c_lo, c_hi, lex), c_hi, sex)
            if named is not None:
                return named
        for c_lo, c_hi in subjects[1:]:  # "Производитель добавки, компания «Атлет» сообщил"
            named = phrase(s, _trim(frame, c_lo, c_hi, lex), c_hi, sex=sex)
            if named is not None and named.entity is not None and named.kind in (
                    "organization", "government"):
                return named
        c_lo, c_hi = subjects[0]  # the subject, then appositions in commas
    elif len(chunks) > 1 and lower_words(frame[chunks[-1][0]:chunks[-1][1]])[:1] and (
            lower_words(frame[chunks[-1][0]:chunks[-1][1]])[0] in lex.object_words):
        c_lo, c_hi = chunks[0]  # "У підприємстві «Х», яке…, звинувачення відкинули"
    else:
        while len(chunks) > 1 and _aside(frame[chunks[-1][0]:chunks[-1][1]], lex):
            chunks.pop()
        c_lo, c_hi = chunks[-1]
    c_lo = _trim(frame, c_lo, c_hi, lex)
    words = frame[c_lo:c_hi].split()
    trail = lex.trail.search(" " + " ".join(words))
    if trail and trail.start() > 0:  # "Экологи давно критикуют"
        words = " ".join(words)[:trail.start() - 1].split()
    cut = _object_start(words, lex)
    if cut is not None:  # "Компанія ці звинувачення відкидає", "У мерії на це відповіли"
        words = words[:cut - 1 if words[cut - 1].lower() in lex.prepositions else cut]
    if not words:
        return None
    c_hi = c_lo + len(" ".join(words))
    text = frame[c_lo:c_hi]
    first = words[0].lower()
    if first in lex.locative and _plural(verb, lex):
        # the body's name ends before an object or a listener ("В клубе информацию…")
        end = _body_end(words, lex)
        c_hi = c_lo + len(" ".join(words[:end]))
        return phrase(s, c_lo + len(words[0]) + 1, c_hi, oblique=True, sex=sex)
    if first in lex.locative and len(words) > 2:  # "У своєму Telegram-каналі вона написала"
        end = _body_end(words, lex)  # (where, not who: the subject follows)
        if end < len(words):
            return phrase(s, c_lo + len(" ".join(words[:end])) + 1, c_hi, sex=sex)
    if first in lex.there and len(words) == 1 and _plural(verb, lex):
        return _body_just_quoted(s, c_lo, c_hi)  # "Там уточнили"
    if first in lex.not_subject or first in lex.prepositions or _has_auxiliary(text, lex):
        return None
    return phrase(s, c_lo, c_hi, sex=sex)


def _object_start(words: list[str], lex: Lexicon) -> int | None:
    """Where an object put before the verb begins in the words before it: a word of an
    object ("ці звинувачення", "с тем, что"), or a noun phrase in the instrumental after a
    preposition ("Петров с доводами министерства не спорит"), which is never the subject."""
    for i, word in enumerate(words[1:], 1):
        if word.lower() in lex.object_words or (
                words[i - 1].lower() in lex.prepositions and (
                    word.lower() in lex.instrumental_pronouns
                    or only_instrumental(word, lex.language))):
            return i
    return None


def _body_end(words: list[str], lex: Lexicon) -> int:
    """Where the name of a body in the locative ends ("в", its head, its genitives, a
    preposition with its object: "В отделе МВД по Зареченску"): before an object or a
    listener ("В клубе информацию…", "В банке «Курьеру»…")."""
    governed: frozenset[str] = frozenset()
    for i, word in enumerate(words):
        if word.lower() in lex.prepositions:
            governed = frozenset({"?"})
            continue
        found = cases(word, lex.language)
        if governed == {"?"}:
            governed = found  # the object of a preposition, in the case it takes
            continue
        if governed and found & governed:
            continue
        governed = frozenset()
        if i > 1 and (word.lower() in lex.pronouns or not may_name_a_place(word, lex.language)):
            return i
    return len(words)


def _body_speaking(s: Sentence, left: str, verb: str) -> bool:
    """Whether a verb in the impersonal plural follows a body in the locative that opens
    its clause, an object put first between them: "В клубе информацию о долге опровергли"."""
    lex = s.article.lex
    words = lower_words(_last_chunk(left))
    return _plural(verb, lex) and len(words) > 2 and words[0] in lex.locative


def _plural(verb: str, lex: Lexicon) -> bool:
    """Whether a verb, or the finite verb of a phrase ("від коментарів відмовилися",
    "отказались от комментариев"), is in the plural."""
    return any(w.endswith(lex.plural_verb_endings) for w in lower_words(verb))


def _body_just_quoted(s: Sentence, lo: int, hi: int) -> Source | None:
    """The body of the statement just before, if it was a body's."""
    drafts = s.earlier.pending or s.earlier.drafts
    if not drafts:
        return None
    last = drafts[-1]
    source = last.source if isinstance(last, Found) else last.found.source
    if source.kind not in ("organization", "government") or not source.resolved:
        return None
    span = (s.start + lo, s.start + hi)
    return Source(s.article.text[span[0]:span[1]], source.resolved, source.kind, span,
                  head=source.head, entity=source.entity)


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


def _has_auxiliary(text: str, lex: Lexicon) -> bool:
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
    cut = dateline_end(text)
    while cut < len(text) and text[cut] == " ":  # a part after a comma: ", а Служба…"
        cut += 1
    connective = lex.connectives.match(text[cut:])  # (its "^" holds only at a string's start)
    if connective:
        cut += connective.end()
    while cut < len(text) and text[cut] in " —–-":
        cut += 1
    first = lower_words(text[cut:cut + 12])[:1]
    if first and first[0] in lex.emphatic:  # "Сам Литвиненко запевнив"
        cut += text[cut:].index(" ") + 1 if " " in text[cut:] else 0
    return lo + cut

"""The many a source stands for, in a language with cases (see freeorder): whom "вони",
"они", "их" refer to, and the group that "частина з них", "некоторые из них" are part of,
by the plural a sentence opens with or a statement of theirs."""

from __future__ import annotations

import re

from briefgen.analyse.detect.article import Sentence, Source
from briefgen.analyse.detect.bodies import kind_of
from briefgen.analyse.detect.cases import stem
from briefgen.analyse.detect.lexicon import DATELINE
from briefgen.analyse.detect.resolve import pronoun, recent_drafts

_CLAUSE_MARK = re.compile(r"[,.:;!?—]")


def personal(s: Sentence, word: str, position: int, written: str) -> Source:
    """Whom a personal pronoun stands for (resolve.pronoun), "they" first for the many
    the sentence or the one before opens with ("Жители поселка собирают подписи. Они
    требуют…", "Радиолюбители… сомневаются: по их данным…")."""
    if s.article.lex.pronouns.get(word) == "p":
        group = _plural_before(s, position)
        if group is not None:
            return Source(written, group, "group", None, head=word)
    return pronoun(s, word, position, written)


def _plural_before(s: Sentence, position: int) -> str | None:
    """The many the sentence of ``position`` opens with before it, or the sentence before:
    as a statement of theirs described them in full if one did."""
    here = s.article.sentence_of(position)
    for i in (here, here - 1):
        words = _opening_plural(s, i, position, any_plural=True)
        if not words:
            continue
        key = stem(words[0], s.article.lex)
        for draft in recent_drafts(s):
            source = draft.found.source
            if source.kind in ("group", "vague") and source.resolved and stem(
                    source.resolved.split()[0], s.article.lex) == key:
                return source.resolved
        return " ".join(words)
    return None


def whole_group(s: Sentence, position: int) -> str | None:
    """The group whose parts speak: the plural that opens this sentence or the one before
    ("Студенты университета, опрошенные…, разделились: одни…"), with the words that name it
    (a body's noun, a name in guillemets)."""
    article, lex = s.article, s.article.lex
    here = article.sentence_of(position)
    last = next(recent_drafts(s), None)  # the plural quoted just before, as it was described
    if last is not None and article.sentence_of(last.start) >= here - 1 and (
            last.found.source.kind in ("group", "vague")
            and last.found.source.head not in lex.group_parts):
        return last.found.source.resolved
    for i in (here, here - 1):
        words = _opening_plural(s, i, position, any_plural=False)
        if words:
            return " ".join(words)
    return None


def _opening_plural(s: Sentence, i: int, position: int, *, any_plural: bool) -> list[str]:
    """The words of the plural that opens sentence ``i`` before ``position``, up to its verb:
    many people ("Мешканці будинків на вулиці Садовій"), or with ``any_plural`` any plural
    ("Радиолюбители"); [] if the sentence opens otherwise."""
    article, lex = s.article, s.article.lex
    if i < 0:
        return []
    a, b = article.sentences[i]
    dateline = DATELINE.match(article.text, a, b)
    words = _CLAUSE_MARK.split(article.text[dateline.end() if dateline else a:min(b, position)],
                               1)[0].split()
    if not words or words[0].lower() in lex.group_parts or not (
            kind_of(words[0].lower(), lex) in ("group", "vague")
            or (any_plural and words[0].lower().endswith(lex.plural_endings))):
        return []
    named = [words[0]]
    for j, word in enumerate(words[1:], 1):
        if lex.finite.search(word) is not None or word.lower() in lex.negations or (
                lex.connectives.match(" ".join(words[j:]))):
            break  # (its verb, or a word between: "Уболівальники клубу тим часом…")
        named.append(word)
    while named[-1].lower() in lex.prepositions:
        named.pop()
    return named

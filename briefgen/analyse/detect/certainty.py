"""Which detected statements the detector is sure of: those ``briefgen check`` asks an editor
to annotate. A warning an editor would dismiss teaches them to ignore the rest, so only
statements with a speech verb and a source that is someone are sure: not a belief ("experts
expect"), a document no one is named as issuing ("data for March show"), a quotation credited
to no one, or a long phrase the rules may have cut wrongly."""

from __future__ import annotations

import re

from briefgen.analyse.detect.cues import lemma
from briefgen.analyse.detect.detected import DetectedStatement
from briefgen.analyse.detect.lexicon import Lexicon, lexicon
from briefgen.analyse.detect.text import lower_words

_LONGEST_DESCRIPTION = 6  # words; a longer source is more often a clause cut wrongly


def is_sure(statement: DetectedStatement, language: str = "en") -> bool:
    """Whether the detector is sure ``statement`` is one, and whose."""
    lex = lexicon(language)
    if statement.kind == "unattributed" or not statement.resolved.strip():
        return False
    if lemma(statement.verb, lex) in lex.belief_verbs:
        return False  # "analysts expect…": a forecast, seldom worth an annotation
    return is_someone(statement, language) and (
        len(lower_words(statement.resolved)) <= _LONGEST_DESCRIPTION)


def is_someone(statement: DetectedStatement, language: str = "en") -> bool:
    """Whether a statement's source is someone a brief can name: a name, or a description of
    a person or body; not a pronoun left unresolved, a document no one is named as issuing,
    or a phrase that ends where no noun phrase does."""
    lex = lexicon(language)
    words = lower_words(statement.resolved)
    if not words or (len(words) == 1 and words[0] in lex.pronouns):
        return False
    if not _a_noun_phrase(statement.resolved, words, lex):
        return False
    named = statement.kind in ("person", "organization", "government") and (
        statement.resolved[:1].isupper())
    # "a statement", "figures for March": a document, its issuer unnamed ("The Post" is named)
    return named or not set(words) & lex.document_words


_DASH_INSIDE = re.compile(r"\s[-—–]+\s")  # a dash between words: a clause breaks in


def _a_noun_phrase(text: str, words: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a source as written can be a noun phrase naming someone: not "For many",
    "Holding signs", "Which advocates", "The tone of his", "the two guides I", "An
    aggressive - some", "advisers to figure out how…"."""
    first = words[0]
    if first in lex.prepositions or first in lex.relatives or lex.subordinators.fullmatch(first):
        return False
    if len(words) > 1 and not lex.cases and first.endswith(
            (lex.gerund_ending, lex.adverb_ending)) and text[:1].isupper():
        # (where words inflect, "-о" ends names too: Петро, Дмитро)
        return False  # a participle or an adverb opening a sentence, not a name
    if words[-1] in lex.function_words or words[-1] in lex.first_persons:
        return False
    return not _DASH_INSIDE.search(text) and not lex.infinitive.search(text)

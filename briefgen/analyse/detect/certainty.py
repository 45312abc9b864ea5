"""Which detected statements the detector is sure of: those ``briefgen check`` asks an editor
to annotate. A warning an editor would dismiss teaches them to ignore the rest, so only
statements with a speech verb and a source that is someone are sure: not a belief ("experts
expect"), a document no one is named as issuing ("data for March show"), a quotation credited
to no one, or a long phrase the rules may have cut wrongly."""

from __future__ import annotations

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
    return _someone(statement, lex)


def _someone(statement: DetectedStatement, lex: Lexicon) -> bool:
    """Whether the source is someone: a name, or a description of a person or body."""
    words = lower_words(statement.resolved)
    if not words or len(words) > _LONGEST_DESCRIPTION:
        return False
    named = statement.kind in ("person", "organization", "government") and (
        statement.resolved[:1].isupper())
    if not named and set(words) & lex.document_words:
        return False  # "figures for March show…": a document, its issuer unnamed
    return words[-1] not in lex.function_words and words[-1] not in lex.document_words

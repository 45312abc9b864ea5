"""The speakers a brief lists for an article's detected statements: one per source, by id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.analyse.detect.certainty import is_someone
from briefgen.analyse.detect.detected import DetectedStatement
from briefgen.analyse.detect.lexicon import lexicon
from briefgen.model import SPEAKER_KINDS, slugify


@dataclass(frozen=True, slots=True)
class BriefSpeaker:
    id: str
    name: str
    kind: str
    statements: tuple[DetectedStatement, ...]  # in article order


def speaker_name(statement: DetectedStatement, language: str = "en") -> str:
    """The name a brief gives a statement's source; "" when there is no one to name: words
    credited to nobody ("it is widely believed"), a pronoun the detector could not resolve,
    or a document no one is named as issuing ("a statement said")."""
    if statement.kind not in SPEAKER_KINDS or not is_someone(statement, language):
        return ""
    return (statement.resolved or statement.speaker).strip()


def speaker_id(name: str, language: str = "en") -> str:
    """A speaker's id from their name, its letters in Latin ("Марта Ковальчук": marta-kovalchuk)."""
    latin = lexicon(language).latin
    if latin:
        name = name.lower().translate(latin)
    return slugify(name)[:40].strip("-") or "speaker"


def brief_speakers(found: Sequence[DetectedStatement], language: str = "en"
                   ) -> tuple[BriefSpeaker, ...]:
    """One speaker per id, named and kinded as its first statement says, sorted by id."""
    names: dict[str, tuple[str, str]] = {}
    statements: dict[str, list[DetectedStatement]] = {}
    for statement in found:
        name = speaker_name(statement, language)
        if not name:
            continue
        key = speaker_id(name, language)
        names.setdefault(key, (name[:1].upper() + name[1:], statement.kind))
        statements.setdefault(key, []).append(statement)
    return tuple(BriefSpeaker(key, *names[key], tuple(statements[key])) for key in sorted(names))

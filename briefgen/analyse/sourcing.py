"""How the article itself is sourced, as the detector reads it: which sentences are attributed,
to what kind of source, directly or not, with which verbs; and which statements the editor's
annotations leave out. Pure functions over the model and the detector's output."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.analyse.attribution import count_words
from briefgen.analyse.detect import KINDS, MODES, DetectedStatement, detect, reading_language
from briefgen.analyse.detect.certainty import is_sure
from briefgen.analyse.sentences import split_sentences
from briefgen.model import SIDES, Brief, Quote


@lru_cache(maxsize=64)
def _detect(text: str, speakers: tuple[tuple[str, tuple[str, ...]], ...], language: str
            ) -> tuple[DetectedStatement, ...]:
    return detect(text, dict(speakers), language=language)


def detected(brief: Brief) -> tuple[DetectedStatement, ...]:
    """The detector's statements for a brief's article, read in the article's language, its
    speakers known by id. Checking and analysing a brief both need them: computed once per
    process."""
    speakers = tuple(sorted((s.id, (s.name,)) for s in brief.speakers))
    return _detect(brief.article.text, speakers, reading_language(brief.article.language))


@dataclass(frozen=True)
class Count:
    key: str
    statements: int
    words: int


@dataclass(frozen=True)
class Flagged:
    """A statement resting on an unnamed source, for the list readers see."""

    sentence: str
    speaker: str
    kind: str
    verb: str


@dataclass(frozen=True)
class Sourcing:
    sentences: int
    attributed_sentences: int
    statements: int
    by_kind: tuple[Count, ...]
    by_mode: tuple[Count, ...]
    by_side: tuple[Count, ...]
    loaded_by_side: tuple[Count, ...]  # statements with a loaded verb (denied, admitted…)
    unnamed: tuple[Flagged, ...]  # vague and anonymous attributions, in article order

    @property
    def unattributed_sentences(self) -> int:
        return self.sentences - self.attributed_sentences


def _side_of(statement: DetectedStatement, brief: Brief) -> str:
    """The side a detected statement's speaker is on in the brief's annotations."""
    if statement.speaker_id is None:
        return "other"
    if statement.speaker_id == brief.claim.by.id:
        return "claim"
    if any(r.by.id == statement.speaker_id for r in brief.responses):
        return "response"
    for annotated in brief.statements:
        if annotated.by.id == statement.speaker_id:
            return annotated.side
    return "other"


def _words(statement: DetectedStatement) -> int:
    return count_words(statement.quote) if statement.quotes else count_words(
        statement.sentence.text)


def _counts(pairs: Sequence[tuple[str, int]], keys: Sequence[str]) -> tuple[Count, ...]:
    statements: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for key, n in pairs:
        statements[key] += 1
        words[key] += n
    return tuple(Count(k, statements[k], words[k]) for k in keys)


def _touched(spans: Sequence[tuple[int, int]], ranges: Sequence[tuple[int, int]]) -> set[int]:
    """The indexes of the ``spans`` (in order, apart) that any of the ``ranges`` overlaps:
    each range finds its first and last span by bisection, so a long article with many
    statements costs no more than their number, not the product of the two counts."""
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    touched: set[int] = set()
    for start, end in ranges:
        touched.update(range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)))
    return touched


def analyse_sourcing(brief: Brief) -> Sourcing:
    found = detected(brief)
    text = brief.article.text
    spans = split_sentences(text, brief.article.language)
    attributed = _touched(spans, [(s.start, s.end) for s in found])
    sides = [(_side_of(s, brief), s) for s in found]
    return Sourcing(
        sentences=len(spans),
        attributed_sentences=len(attributed),
        statements=len(found),
        by_kind=_counts([(s.kind, _words(s)) for s in found], KINDS),
        by_mode=_counts([(s.mode, _words(s)) for s in found], MODES),
        by_side=_counts([(side, _words(s)) for side, s in sides], SIDES),
        loaded_by_side=_counts([(side, _words(s)) for side, s in sides if s.stance == "loaded"],
                               SIDES),
        unnamed=tuple(Flagged(s.sentence.text, s.resolved or s.speaker, s.kind, s.verb)
                      for s in found if s.kind in ("vague", "anonymous", "unattributed")),
    )


def uncovered(brief: Brief, ignored: Sequence[Quote] = ()) -> list[DetectedStatement]:
    """Detected statements the detector is sure of (certainty.is_sure) that no annotated
    quote (nor an ignored passage) touches."""
    covered = [q for _, _, q in brief.attributions()] + list(ignored)
    language = reading_language(brief.article.language)
    return [s for s in detected(brief) if is_sure(s, language)
            and not any(q.start < s.end and s.start < q.end for q in covered)]

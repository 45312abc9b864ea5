"""Who is quoted, how, and how much room each side gets: figures from a brief's annotations."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefgen.model import NAMED_KINDS, SIDES, SPEAKER_KINDS, Brief, Speaker

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class Share:
    """A row of a breakdown: how many attributed passages and quoted words, and their share."""

    key: str
    passages: int
    words: int
    word_share: float  # of all quoted words, 0..1


@dataclass(frozen=True)
class SpeakerFigures:
    speaker: Speaker
    sides: tuple[str, ...]
    passages: int
    words: int
    word_share: float


@dataclass(frozen=True)
class Attribution:
    passages: int
    words: int
    speakers: tuple[SpeakerFigures, ...]  # most quoted first
    by_side: tuple[Share, ...]  # claim, response, other
    by_kind: tuple[Share, ...]  # every kind, in SPEAKER_KINDS order
    named_share: float  # share of passages attributed to a named person or organization
    claim_response_balance: float | None  # claim side's share of claim + response words


def _shares(counts: dict[str, tuple[int, int]], keys: tuple[str, ...], total_words: int
            ) -> tuple[Share, ...]:
    return tuple(
        Share(key, *counts.get(key, (0, 0)),
              counts.get(key, (0, 0))[1] / total_words if total_words else 0.0)
        for key in keys
    )


def analyse_attribution(brief: Brief) -> Attribution:
    passages: Counter[str] = Counter()
    words: Counter[str] = Counter()
    speaker_sides: dict[str, set[str]] = {}
    by_side: dict[str, list[int]] = {}
    by_kind: dict[str, list[int]] = {}
    speakers: dict[str, Speaker] = {}
    for side, speaker, quote in brief.attributions():
        n = count_words(quote.text)
        speakers[speaker.id] = speaker
        passages[speaker.id] += 1
        words[speaker.id] += n
        speaker_sides.setdefault(speaker.id, set()).add(side)
        for table, key in ((by_side, side), (by_kind, speaker.kind)):
            row = table.setdefault(key, [0, 0])
            row[0] += 1
            row[1] += n
    total_passages = sum(passages.values())
    total_words = sum(words.values())
    rows = sorted(speakers.values(), key=lambda s: (-words[s.id], s.name, s.id))
    named = sum(passages[s.id] for s in speakers.values() if s.kind in NAMED_KINDS)
    claim_words = by_side.get("claim", [0, 0])[1]
    response_words = by_side.get("response", [0, 0])[1]
    both = claim_words + response_words
    return Attribution(
        passages=total_passages,
        words=total_words,
        speakers=tuple(
            SpeakerFigures(s, tuple(x for x in SIDES if x in speaker_sides[s.id]),
                           passages[s.id], words[s.id],
                           words[s.id] / total_words if total_words else 0.0)
            for s in rows
        ),
        by_side=_shares({k: (v[0], v[1]) for k, v in by_side.items()}, SIDES, total_words),
        by_kind=_shares({k: (v[0], v[1]) for k, v in by_kind.items()}, SPEAKER_KINDS, total_words),
        named_share=named / total_passages if total_passages else 0.0,
        claim_response_balance=claim_words / both if both else None,
    )

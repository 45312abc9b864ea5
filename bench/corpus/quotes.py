"""The passages a brief quotes from its article, each one that occurs only once in it."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .story import Cast, Story
from .text import fold, occurs_once, pasted
from .writer import Actor, Quoted, Statement


@dataclass(slots=True)
class Quotes:
    """What a brief quotes: the claim, each respondent's answer, and the other statements."""

    claim: list[str]
    answers: list[tuple[Actor, str, list[str]]]  # each respondent, their stance, their words
    statements: list[tuple[Statement, list[str]]]


def _found(rng: random.Random, folded: str, *passages: Quoted | None) -> list[str]:
    """Each passage's first candidate that occurs exactly once in the (folded) article."""
    found = []
    for passage in passages:
        if passage is None:
            continue
        for candidate in passage.candidates:
            if occurs_once(folded, fold(candidate)):
                found.append(pasted(rng, candidate))
                break
    return found


def find_quotes(rng: random.Random, cast: Cast, story: Story) -> Quotes | None:
    """The brief's quotes; None when the claim or the first answer has no unique passage."""
    folded = fold(story.text)
    direct_in_claim = rng.random() < 0.5
    claim = _found(rng, folded, story.lede, story.claim_direct if direct_in_claim else None)
    answers = [(actor, stance, _found(rng, folded, *passages))
               for (actor, stance), passages in zip(cast.respondents, story.responses,
                                                    strict=True)]
    if not claim or not answers[0][2]:
        return None
    statements: list[tuple[Statement, list[str]]] = []
    own = _found(rng, folded, None if direct_in_claim else story.claim_direct,
                 story.claim_extra)
    if own:
        statements.append((Statement(cast.claimant, [], rng.choice(("", "claim"))), own))
    if story.response_extra is not None and rng.random() < 0.7:
        extra = _found(rng, folded, story.response_extra)
        if extra:
            statements.append((Statement(cast.respondents[0][0], []), extra))
    statements += [(s, _found(rng, folded, *s.sentences)) for s in story.others]
    return Quotes(claim, answers, statements)

"""What a brief says about itself: the claim it checks, its title, dates, rating and tags."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .. import vocab as v
from .shape import (
    CLAIM_SUMMARY_MAX,
    DAYS,
    DRAFT_SHARE,
    FIRST_DAY,
    RATING_WEIGHTS,
    RATINGS,
    zipf_cumulative,
)
from .slots import Slots
from .story import Cast
from .text import ascii_slug, capital


@dataclass(frozen=True, slots=True)
class Claim:
    prop: str  # "{company} plans to close its {city} plant", filled: a clause of a sentence
    question: str  # the claim as a title: "Is {company} closing its {city} plant?"
    summary: str  # at most CLAIM_SUMMARY_MAX characters


def draw_claim(rng: random.Random, slots: Slots, topic: dict[str, tuple[str, ...]]) -> Claim:
    prop, question, summary, short_summary = (
        slots.fill(part) for part in rng.choice(topic["claims"]).split("|"))
    return Claim(prop, question,
                 capital(summary if len(summary) <= CLAIM_SUMMARY_MAX else short_summary))


@dataclass(frozen=True, slots=True)
class Masthead:
    title: str
    slug: str
    date: dt.date
    published: dt.date  # the article's date
    rating: str
    headline: str  # the article's
    tags: tuple[str, ...]
    draft: bool

    @property
    def seed(self) -> str:
        """The article's path inside the project."""
        return f"seeds/{self.slug}.txt"


def draw_masthead(rng: random.Random, number: int, cast: Cast, claim: Claim, topic_name: str
                  ) -> Masthead:
    date = _date(rng.randrange(DAYS))
    published = date - dt.timedelta(days=rng.randint(0, 6))
    rating = rng.choices(RATINGS, weights=RATING_WEIGHTS)[0]
    title = _title(rng, cast, claim)
    slug = f"{ascii_slug(title, 8)}-{number}"
    headline = _headline(rng, cast, claim.prop)
    tags = _tags(rng, topic_name)
    draft = rng.random() < DRAFT_SHARE
    return Masthead(title, slug, date, published, rating, headline, tags, draft)


def _date(day: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=day)


def _title(rng: random.Random, cast: Cast, claim: Claim) -> str:
    claimant = cast.claimant.speaker
    title_form = rng.random()
    if title_form < 0.65:
        return claim.question
    if title_form < 0.85 and claimant.kind != "anonymous":
        says = "say" if claimant.plural else "says"
        return f"{capital(claimant.text)} {says} {claim.prop}: what the evidence shows"
    return f"Fact check: the claim that {claim.prop}"


def _headline(rng: random.Random, cast: Cast, prop: str) -> str:
    """The article's headline, as its outlet gave it."""
    claimant = cast.claimant.speaker
    respondent, stance = cast.respondents[0]
    answerer = respondent.speaker
    alleges = "allege" if claimant.plural else "alleges"
    return capital(rng.choice((
        f"{answerer.short if answerer.kind != 'person' else answerer.text} "
        f"{'rejects' if stance == 'denies' else 'responds to'} claim that {prop}",
        f"Row over claim that {prop}",
        f"{claimant.text} {alleges} {prop}" if claimant.kind != "anonymous" else
        f"Claim that {prop} sparks row",
    )))


_ZIPF_TOPIC = {topic: zipf_cumulative(len(tags)) for topic, tags in v.TOPIC_TAGS.items()}
_ZIPF_GENERAL = zipf_cumulative(len(v.GENERAL_TAGS))


def _tags(rng: random.Random, topic: str) -> tuple[str, ...]:
    tags = [v.TOPIC_LABELS[topic]]
    pool = v.TOPIC_TAGS[topic]
    for tag in rng.choices(pool, cum_weights=_ZIPF_TOPIC[topic], k=rng.randint(1, 4)):
        if tag not in tags:
            tags.append(tag)
    if rng.random() < 0.35:
        tags.append(rng.choices(v.GENERAL_TAGS, cum_weights=_ZIPF_GENERAL)[0])
    if rng.random() < 0.3:
        tags.append(rng.choice(v.COUNTRIES))
    return tuple(dict.fromkeys(tags))

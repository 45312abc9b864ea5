"""One brief and its article, drawn from the brief's own random stream."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .. import vocab as v
from .brief_yaml import (
    claim_sections,
    corrections_section,
    front_matter,
    sources_section,
    speakers_section,
    verdict_section,
)
from .masthead import draw_claim, draw_masthead
from .quotes import find_quotes
from .shape import RICH_SHARE, TOPIC_WEIGHTS, TOPICS
from .slots import Slots
from .speakers import Pool
from .story import draw_cast, other_sources, write_story
from .writer import Writer


@dataclass(frozen=True, slots=True)
class BriefInfo:
    """What the benchmark needs to publish the same article with another site generator."""

    slug: str
    title: str
    date: dt.date
    tags: tuple[str, ...]
    draft: bool
    rating: str
    summary: str
    seed: str  # the article's path inside the project


@dataclass(slots=True)
class Brief:
    info: BriefInfo
    article: str
    yaml: str


def is_rich(seed: int, number: int) -> bool:
    return random.Random(f"{seed}:rich:{number}").random() < RICH_SHARE


def make_brief(seed: int, number: int, pool: Pool) -> Brief:
    rng = random.Random(f"{seed}:brief:{number}")
    for _ in range(12):  # a passage that cannot be quoted uniquely: write the article again
        brief = _attempt(rng, seed, number, pool)
        if brief is not None:
            return brief
    raise RuntimeError(f"could not write brief {number} with unique quotes")


def _attempt(rng: random.Random, seed: int, number: int, pool: Pool) -> Brief | None:
    # Every draw from rng is in the order it has always been: the corpus must not change.
    rich = is_rich(seed, number)
    topic_name = rng.choices(TOPICS, weights=TOPIC_WEIGHTS)[0]
    topic = v.TOPICS[topic_name]
    slots = Slots(rng, topic_name)
    writer = Writer(rng, slots, curly=rng.random() < 0.6)
    cast = draw_cast(rng, pool, topic_name, slots, rich)
    claim = draw_claim(rng, slots, topic)
    others = other_sources(rng, pool, topic_name, cast, writer, slots, rich)
    story = write_story(rng, cast, writer, topic, claim.prop, others)
    quotes = find_quotes(rng, cast, story)
    if quotes is None:
        return None
    head = draw_masthead(rng, number, cast, claim, topic_name)

    lines = front_matter(rng, seed, number, head, slots)
    lines += speakers_section(rng, cast, quotes)
    lines += claim_sections(rng, cast, claim.summary, quotes)
    lines += sources_section(rng, slots, head.published)
    verdict = rng.choice(v.VERDICT_SUMMARIES[head.rating])
    lines += verdict_section(rng, slots, cast.claimant, claim.prop, verdict, head.rating, rich)
    lines += corrections_section(rng, slots, head.date)

    info = BriefInfo(head.slug, head.title, head.date, head.tags, head.draft, head.rating,
                     verdict, head.seed)
    return Brief(info, story.text, "\n".join(lines) + "\n")

"""A brief's card: what listings, feeds and speaker pages show of it.

A desk's thousands of cards may all be in memory while its listings are rendered, so a card
holds no article text, quotes, sources, other statements or analysis: only who claimed and
who answered what, the verdict, dates, tags, authors, corrections and where the article
appeared. A template that asks a card for anything else fails the build with the name of what
it asked for (the templates run with StrictUndefined), instead of printing nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefgen.model import Brief, Correction, Rating, Speaker, Translation


@dataclass(frozen=True)
class CardArticle:
    headline: str
    outlet: str
    url: str
    published: dt.date | None
    language: str


@dataclass(frozen=True)
class CardClaim:
    by: Speaker
    summary: str


@dataclass(frozen=True)
class CardResponse:
    by: Speaker
    stance: str
    summary: str


@dataclass(frozen=True)
class CardVerdict:
    rating: Rating
    summary: str


@dataclass(frozen=True)
class Card:
    slug: str
    title: str
    date: dt.date
    updated: dt.date | None
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    article: CardArticle
    claim: CardClaim
    responses: tuple[CardResponse, ...]
    verdict: CardVerdict
    corrections: tuple[Correction, ...]
    language: str  # the brief's own, in which its title and summaries are written
    translations: tuple[Translation, ...]


def card_of(brief: Brief) -> Card:
    article = brief.article
    return Card(
        brief.slug, brief.title, brief.date, brief.updated, brief.authors, brief.tags,
        CardArticle(article.headline, article.outlet, article.url, article.published,
                    article.language),
        CardClaim(brief.claim.by, brief.claim.summary),
        tuple(CardResponse(r.by, r.stance, r.summary) for r in brief.responses),
        CardVerdict(brief.verdict.rating, brief.verdict.summary),
        brief.corrections, brief.language, brief.translations)


def last_modified(brief: Brief | Card) -> dt.date:
    """When a brief last changed for readers: its update, its latest correction, or its date."""
    days = [brief.date, *(c.date for c in brief.corrections)]
    if brief.updated:
        days.append(brief.updated)
    return max(days)

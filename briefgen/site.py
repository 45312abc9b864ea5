"""The site's structure: which pages exist and what each lists. Pure functions over the model.

Every listing is sorted newest first with the slug as tie-breaker, so output never depends on
the order files were found in.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

from .cache import digest
from .model import Brief, Claim, Project, Rating, Response, Speaker
from .schema import slugify

T = TypeVar("T")

# Top-level folders the site itself uses; a Markdown page may not take these names.
RESERVED = frozenset({"briefs", "ratings", "assets", "speakers", "tags", "archive",
                      "corrections", "page", "feeds", "search"})


@dataclass(frozen=True, slots=True)
class Paginated(Generic[T]):
    """One page of a long listing. ``base`` is the listing's first page, e.g. "tags/x/"."""

    items: tuple[T, ...]
    number: int
    count: int
    base: str

    def path(self, number: int | None = None) -> str:
        number = self.number if number is None else number
        return f"{self.base}index.html" if number == 1 else f"{self.base}page/{number}/index.html"

    @property
    def previous(self) -> str | None:
        return self.path(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.path(self.number + 1) if self.number < self.count else None


def paginate(items: Sequence[T], size: int, base: str) -> list[Paginated[T]]:
    """Pages of at most ``size`` items; an empty listing still has its first page."""
    count = max(1, math.ceil(len(items) / size))
    return [Paginated(tuple(items[i * size:(i + 1) * size]), i + 1, count, base)
            for i in range(count)]


@dataclass(frozen=True, slots=True)
class Tag:
    slug: str
    name: str
    briefs: tuple[Brief, ...]


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """A speaker across the whole site: the claims they made and their responses."""

    speaker: Speaker
    claims: tuple[tuple[Brief, Claim], ...]
    responses: tuple[tuple[Brief, Response], ...]
    scorecard: tuple[tuple[Rating, int], ...]  # ratings of their claims, in scale order

    @property
    def briefs(self) -> int:
        return len({b.slug for b, _ in self.claims} | {b.slug for b, _ in self.responses})


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int
    briefs: tuple[Brief, ...]

    @property
    def slug(self) -> str:
        return f"{self.year:04d}/{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)


@dataclass(frozen=True, slots=True)
class CorrectionEntry:
    brief: Brief
    date: dt.date
    note: str


@dataclass(frozen=True)
class SiteMap:
    briefs: tuple[Brief, ...]
    tags: tuple[Tag, ...]
    speakers: tuple[SpeakerRecord, ...]
    months: tuple[Month, ...]
    by_rating: dict[str, tuple[Brief, ...]] = field(default_factory=dict)
    corrections: tuple[CorrectionEntry, ...] = ()


@lru_cache(maxsize=4096)  # called for every tag of every brief on every listing
def tag_slug(name: str) -> str:
    """A topic's address: its name in lowercase ASCII words, plus a short fingerprint when
    spelling it so loses what tells it apart (Россия, C++ beside C, C# beside C)."""
    base = slugify(name)
    folded = unicodedata.normalize("NFKD", name)
    lost = any(ch.isalnum() and not ch.isascii() for ch in folded) or any(
        ch in "+#&@" for ch in name)
    if base and not lost:
        return base
    fingerprint = digest(" ".join(name.casefold().split()))[:6]
    return f"{base}-{fingerprint}" if base else f"tag-{fingerprint}"


def collect_tags(briefs: Sequence[Brief]) -> tuple[Tag, ...]:
    grouped: dict[str, list[Brief]] = defaultdict(list)
    names: dict[str, str] = {}
    for brief in briefs:
        for name in brief.tags:
            slug = tag_slug(name)
            grouped[slug].append(brief)
            names.setdefault(slug, name)  # the first spelling met, newest brief first
    return tuple(Tag(slug, names[slug], tuple(grouped[slug])) for slug in sorted(grouped))


def collect_speakers(briefs: Sequence[Brief], ratings: Sequence[Rating]
                     ) -> tuple[SpeakerRecord, ...]:
    claims: dict[str, list[tuple[Brief, Claim]]] = defaultdict(list)
    responses: dict[str, list[tuple[Brief, Response]]] = defaultdict(list)
    known: dict[str, Speaker] = {}
    for brief in briefs:
        known.setdefault(brief.claim.by.id, brief.claim.by)
        claims[brief.claim.by.id].append((brief, brief.claim))
        for response in brief.responses:
            known.setdefault(response.by.id, response.by)
            responses[response.by.id].append((brief, response))
    records = []
    for speaker_id in sorted(known):
        tally = Counter(b.verdict.rating.id for b, _ in claims[speaker_id])
        records.append(SpeakerRecord(
            known[speaker_id], tuple(claims[speaker_id]), tuple(responses[speaker_id]),
            tuple((r, tally[r.id]) for r in ratings if tally[r.id])))
    return tuple(records)


def collect_months(briefs: Sequence[Brief]) -> tuple[Month, ...]:
    grouped: dict[tuple[int, int], list[Brief]] = defaultdict(list)
    for brief in briefs:
        grouped[(brief.date.year, brief.date.month)].append(brief)
    return tuple(Month(y, m, tuple(grouped[(y, m)])) for y, m in sorted(grouped, reverse=True))


def collect_corrections(briefs: Sequence[Brief]) -> tuple[CorrectionEntry, ...]:
    entries = [CorrectionEntry(b, c.date, c.note) for b in briefs for c in b.corrections]
    return tuple(sorted(entries, key=lambda e: (-e.date.toordinal(), e.brief.slug, e.note)))


def site_map(project: Project) -> SiteMap:
    briefs = tuple(project.published)
    return SiteMap(
        briefs=briefs,
        tags=collect_tags(briefs),
        speakers=collect_speakers(briefs, project.config.ratings),
        months=collect_months(briefs),
        by_rating={r.id: tuple(b for b in briefs if b.verdict.rating.id == r.id)
                   for r in project.config.ratings},
        corrections=collect_corrections(briefs),
    )


def last_modified(brief: Brief) -> dt.date:
    """When a brief last changed for readers: its update, its latest correction, or its date."""
    days = [brief.date, *(c.date for c in brief.corrections)]
    if brief.updated:
        days.append(brief.updated)
    return max(days)

"""The site's structure: which pages exist and what each lists. Pure functions over the model.

Every listing is sorted newest first with the slug as tie-breaker, so output never depends on
the order files were found in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

from briefgen.digest import digest
from briefgen.model import Rating, Speaker, Translation, slugify
from briefgen.render.card import Card, last_modified

T = TypeVar("T")
U = TypeVar("U")

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


def paginate_side_by_side(first: Sequence[T], second: Sequence[U], size: int, base: str
                          ) -> list[tuple[Paginated[T], Paginated[U]]]:
    """Two listings shown on the same pages (a speaker's claims and responses): page k shows
    the k-th ``size`` items of each, so that the newest of both are on the first page."""
    count = max(1, math.ceil(len(first) / size), math.ceil(len(second) / size))
    return [(Paginated(tuple(first[i * size:(i + 1) * size]), i + 1, count, base),
             Paginated(tuple(second[i * size:(i + 1) * size]), i + 1, count, base))
            for i in range(count)]


class Facts(NamedTuple):
    """What the site's structure needs of a brief, as plain values: quick to store and load
    for thousands of briefs. Listings are planned from facts alone; a page loads the cards
    (see card.py) of the briefs it shows only when it is rendered."""

    slug: str
    title: str
    date: dt.date
    tags: tuple[str, ...]
    draft: bool
    key: str  # names the card: a listing that shows it changes when the card does
    rating_id: str
    claimant: tuple[str, ...]  # the claim's speaker, as Speaker's fields
    respondents: tuple[tuple[str, ...], ...]  # each response's speaker, likewise
    corrected: tuple[tuple[dt.date, str], ...]  # each correction's date and note
    modified: dt.date  # when it last changed for readers (card.last_modified)
    language: str  # the brief's own
    translations: tuple[Translation, ...]


def facts_of(card: Card, draft: bool = False) -> Facts:
    return Facts(card.slug, card.title, card.date, card.tags, draft, digest(repr(card)),
                 card.verdict.rating.id, dataclasses.astuple(card.claim.by),
                 tuple(dataclasses.astuple(r.by) for r in card.responses),
                 tuple((c.date, c.note) for c in card.corrections), last_modified(card),
                 card.language, card.translations)


def published(facts: Iterable[Facts], drafts: bool = False) -> tuple[Facts, ...]:
    """The briefs readers see (drafts too, when ``drafts`` are shown), newest first, ties
    broken by slug: output never depends on the order files were found in."""
    return tuple(sorted((f for f in facts if drafts or not f.draft),
                        key=lambda f: (-f.date.toordinal(), f.slug)))


@dataclass(frozen=True, slots=True)
class Tag:
    slug: str
    name: str
    briefs: tuple[Facts, ...]
    language: str  # the name's: that of the brief it is spelled as in


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """A speaker across the whole site: the briefs of the claims they made, and of their
    responses with the response's place in its brief."""

    speaker: Speaker
    claims: tuple[Facts, ...]
    responses: tuple[tuple[Facts, int], ...]
    scorecard: tuple[tuple[Rating, int], ...]  # ratings of their claims, in scale order
    language: str  # their name's and role's: that of the brief they are taken from


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int
    briefs: tuple[Facts, ...]

    @property
    def slug(self) -> str:
        return f"{self.year:04d}/{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CorrectionEntry:
    brief: Facts
    date: dt.date
    note: str


@dataclass(frozen=True)
class SiteMap:
    briefs: tuple[Facts, ...]
    tags: tuple[Tag, ...]
    speakers: tuple[SpeakerRecord, ...]
    months: tuple[Month, ...]
    by_rating: dict[str, tuple[Facts, ...]] = field(default_factory=dict)
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


def collect_tags(briefs: Sequence[Facts]) -> tuple[Tag, ...]:
    grouped: dict[str, list[Facts]] = defaultdict(list)
    names: dict[str, tuple[str, str]] = {}
    for brief in briefs:
        for name in brief.tags:
            slug = tag_slug(name)
            grouped[slug].append(brief)
            # the first spelling met, newest brief first, in that brief's language
            names.setdefault(slug, (name, brief.language))
    return tuple(Tag(slug, name, tuple(grouped[slug]), language)
                 for slug, (name, language) in sorted(names.items()))


def collect_speakers(briefs: Sequence[Facts], ratings: Sequence[Rating]
                     ) -> tuple[SpeakerRecord, ...]:
    claims: dict[str, list[Facts]] = defaultdict(list)
    responses: dict[str, list[tuple[Facts, int]]] = defaultdict(list)
    known: dict[str, tuple[str, ...]] = {}  # each speaker as the newest brief defines them
    languages: dict[str, str] = {}  # and that brief's language
    for brief in briefs:
        known.setdefault(brief.claimant[0], brief.claimant)
        languages.setdefault(brief.claimant[0], brief.language)
        claims[brief.claimant[0]].append(brief)
        for index, speaker in enumerate(brief.respondents):
            known.setdefault(speaker[0], speaker)
            languages.setdefault(speaker[0], brief.language)
            responses[speaker[0]].append((brief, index))
    records = []
    for speaker_id in sorted(known):
        tally = Counter(b.rating_id for b in claims[speaker_id])
        records.append(SpeakerRecord(
            Speaker(*known[speaker_id]), tuple(claims[speaker_id]),
            tuple(responses[speaker_id]),
            tuple((r, tally[r.id]) for r in ratings if tally[r.id]), languages[speaker_id]))
    return tuple(records)


def collect_ratings(briefs: Sequence[Facts], ratings: Sequence[Rating]
                    ) -> dict[str, tuple[Facts, ...]]:
    grouped: dict[str, list[Facts]] = {r.id: [] for r in ratings}
    for brief in briefs:
        grouped[brief.rating_id].append(brief)  # the checks let no other rating through
    return {rating_id: tuple(shown) for rating_id, shown in grouped.items()}


def collect_months(briefs: Sequence[Facts]) -> tuple[Month, ...]:
    grouped: dict[tuple[int, int], list[Facts]] = defaultdict(list)
    for brief in briefs:
        grouped[(brief.date.year, brief.date.month)].append(brief)
    return tuple(Month(y, m, tuple(grouped[(y, m)])) for y, m in sorted(grouped, reverse=True))


def collect_corrections(briefs: Sequence[Facts]) -> tuple[CorrectionEntry, ...]:
    entries = [CorrectionEntry(b, day, note) for b in briefs for day, note in b.corrected]
    return tuple(sorted(entries, key=lambda e: (-e.date.toordinal(), e.brief.slug, e.note)))


def site_map(briefs: Sequence[Facts], ratings: Sequence[Rating]) -> SiteMap:
    """The site's structure, from the published briefs' facts, newest first (``published``)."""
    briefs = tuple(briefs)
    return SiteMap(
        briefs=briefs,
        tags=collect_tags(briefs),
        speakers=collect_speakers(briefs, ratings),
        months=collect_months(briefs),
        by_rating=collect_ratings(briefs, ratings),
        corrections=collect_corrections(briefs),
    )

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Generic, NamedTuple, TypeVar, overload

from briefgen.check.schema import slugify
from briefgen.digest import digest
from briefgen.model import Brief, Claim, Project, Rating, Response, Speaker

T = TypeVar("T")

# Top-level folders the site itself uses; a Markdown page may not take these names.
RESERVED = frozenset({"briefs", "ratings", "assets", "speakers", "tags", "archive",
                      "corrections", "page", "feeds", "search", "figures"})


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


class Facts(NamedTuple):
    """What the site's structure needs of a brief, as plain values: quick to store and load
    for thousands of briefs (see facts_of)."""

    slug: str
    title: str
    date: dt.date
    updated: dt.date | None
    tags: tuple[str, ...]
    draft: bool
    key: str  # names the card: a listing that shows it changes when the card does
    rating_id: str
    claimant: tuple[str, ...]  # the claim's speaker, as Speaker's fields
    respondents: tuple[tuple[str, ...], ...]  # each response's speaker, likewise
    corrected: tuple[tuple[dt.date, str], ...]  # each correction's date and note
    modified: dt.date  # last_modified of the card


class Listed:
    """A brief as the site's structure sees it: its facts, which place it in listings, topics,
    speakers' pages and feeds, and its card (see build.card_of), loaded only when a page that
    shows it is rendered. Templates use it as they would the card: a fact is an attribute of
    its own, and any other attribute is the card's. An edit to one brief of thousands thus
    costs the pages that show it, not loading every card of the site."""

    __slots__ = ("_card", "_load", *Facts._fields)

    def __init__(self, facts: Facts, load: Callable[[], Brief]) -> None:
        # slots, not a lookup in ``facts``: listings read these thousands of times
        (self.slug, self.title, self.date, self.updated, self.tags, self.draft, self.key,
         self.rating_id, self.claimant, self.respondents, self.corrected, self.modified) = facts
        self._load = load
        self._card: Brief | None = None

    @classmethod
    def of(cls, card: Brief) -> Listed:
        return cls(facts_of(card), lambda: card)

    @property
    def card(self) -> Brief:
        if self._card is None:
            self._card = self._load()
        return self._card

    def __getattr__(self, name: str) -> Any:  # only for what is not a fact
        return getattr(self.card, name)

    def __repr__(self) -> str:
        return f"Listed({self.slug!r})"


def facts_of(card: Brief) -> Facts:
    """The facts of a card."""
    return Facts(card.slug, card.title, card.date, card.updated, card.tags, card.draft,
                 digest(repr(card)), card.verdict.rating.id, dataclasses.astuple(card.claim.by),
                 tuple(dataclasses.astuple(r.by) for r in card.responses),
                 tuple((c.date, c.note) for c in card.corrections), last_modified(card))


class Pairs(Sequence[tuple[Listed, Any]]):
    """(brief, part) pairs, e.g. a speaker's claims: counted without loading any card, each
    card loaded when the pair is used."""

    def __init__(self, items: Sequence[tuple[Listed, Callable[[Brief], Any]]]) -> None:
        self._items = items

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> tuple[Listed, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[Listed, Any]]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        brief, part = self._items[index]
        return brief, part(brief.card)

    @property
    def briefs(self) -> list[Listed]:
        """The briefs alone, none of them loaded."""
        return [brief for brief, _ in self._items]


@dataclass(frozen=True, slots=True)
class Tag:
    slug: str
    name: str
    briefs: tuple[Listed, ...]


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """A speaker across the whole site: the claims they made and their responses."""

    speaker: Speaker
    claims: Pairs  # (brief, claim)
    responses: Pairs  # (brief, response)
    scorecard: tuple[tuple[Rating, int], ...]  # ratings of their claims, in scale order


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int
    briefs: tuple[Listed, ...]

    @property
    def slug(self) -> str:
        return f"{self.year:04d}/{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)


@dataclass(frozen=True, slots=True)
class CorrectionEntry:
    brief: Listed
    date: dt.date
    note: str


@dataclass(frozen=True)
class SiteMap:
    briefs: tuple[Listed, ...]
    tags: tuple[Tag, ...]
    speakers: tuple[SpeakerRecord, ...]
    months: tuple[Month, ...]
    by_rating: dict[str, tuple[Listed, ...]] = field(default_factory=dict)
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


def collect_tags(briefs: Sequence[Listed]) -> tuple[Tag, ...]:
    grouped: dict[str, list[Listed]] = defaultdict(list)
    names: dict[str, str] = {}
    for brief in briefs:
        for name in brief.tags:
            slug = tag_slug(name)
            grouped[slug].append(brief)
            names.setdefault(slug, name)  # the first spelling met, newest brief first
    return tuple(Tag(slug, names[slug], tuple(grouped[slug])) for slug in sorted(grouped))


def _claim(card: Brief) -> Claim:
    return card.claim


@cache  # one getter per position, shared by the thousands of responses
def _response(index: int) -> Callable[[Brief], Response]:
    return lambda card: card.responses[index]


def collect_speakers(briefs: Sequence[Listed], ratings: Sequence[Rating]
                     ) -> tuple[SpeakerRecord, ...]:
    claims: dict[str, list[tuple[Listed, Callable[[Brief], Any]]]] = defaultdict(list)
    responses: dict[str, list[tuple[Listed, Callable[[Brief], Any]]]] = defaultdict(list)
    known: dict[str, tuple[str, ...]] = {}  # each speaker as the newest brief defines them
    for brief in briefs:
        known.setdefault(brief.claimant[0], brief.claimant)
        claims[brief.claimant[0]].append((brief, _claim))
        for index, speaker in enumerate(brief.respondents):
            known.setdefault(speaker[0], speaker)
            responses[speaker[0]].append((brief, _response(index)))
    records = []
    for speaker_id in sorted(known):
        tally = Counter(b.rating_id for b, _ in claims[speaker_id])
        records.append(SpeakerRecord(
            Speaker(*known[speaker_id]), Pairs(claims[speaker_id]),
            Pairs(responses[speaker_id]),
            tuple((r, tally[r.id]) for r in ratings if tally[r.id])))
    return tuple(records)


def collect_months(briefs: Sequence[Listed]) -> tuple[Month, ...]:
    grouped: dict[tuple[int, int], list[Listed]] = defaultdict(list)
    for brief in briefs:
        grouped[(brief.date.year, brief.date.month)].append(brief)
    return tuple(Month(y, m, tuple(grouped[(y, m)])) for y, m in sorted(grouped, reverse=True))


def collect_corrections(briefs: Sequence[Listed]) -> tuple[CorrectionEntry, ...]:
    entries = [CorrectionEntry(b, day, note) for b in briefs for day, note in b.corrected]
    return tuple(sorted(entries, key=lambda e: (-e.date.toordinal(), e.brief.slug, e.note)))


def site_map(project: Project) -> SiteMap:
    """The site's structure. ``project.briefs`` may be ``Listed`` already (an incremental
    build keeps them between builds) or whole briefs."""
    briefs = tuple(b if isinstance(b, Listed) else Listed.of(b) for b in project.published)
    return SiteMap(
        briefs=briefs,
        tags=collect_tags(briefs),
        speakers=collect_speakers(briefs, project.config.ratings),
        months=collect_months(briefs),
        by_rating={r.id: tuple(b for b in briefs if b.rating_id == r.id)
                   for r in project.config.ratings},
        corrections=collect_corrections(briefs),
    )


def last_modified(brief: Brief | Listed) -> dt.date:
    """When a brief last changed for readers: its update, its latest correction, or its date."""
    if isinstance(brief, Listed):
        return brief.modified
    days = [brief.date, *(c.date for c in brief.corrections)]
    if brief.updated:
        days.append(brief.updated)
    return max(days)

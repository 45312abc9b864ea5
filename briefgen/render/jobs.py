"""Every file of the site as a job: its path, a key naming what it shows, and how to make it."""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from briefgen.analyse.figures import BriefFigures
from briefgen.digest import digest
from briefgen.model import Brief, Rating, Speaker
from briefgen.render.addresses import (
    DESK_FIGURES,
    EPOCH,
    FEED,
    FEED_SIZE,
    brief_path,
    page_path,
    speaker_path,
    tag_feed_path,
)
from briefgen.render.article import highlight
from briefgen.render.card import Card, CardClaim, CardResponse
from briefgen.render.claimreview import claim_review, script_json
from briefgen.render.data import BRIEFS_JSON, SEARCH_DATA, briefs_json, search_data
from briefgen.render.desk import DeskTally, desk_figures
from briefgen.render.plain import desk_sentences, plain_figures
from briefgen.render.renderer import Renderer
from briefgen.render.structure import (
    Facts,
    SiteMap,
    SpeakerRecord,
    paginate,
    paginate_side_by_side,
    site_map,
)

# What listings, feeds and speaker pages show of a brief (its card), named by its key: the
# keys (digests, all of one length) of thousands of briefs are joined, not spelled out by repr.
CARD_KEY = operator.attrgetter("key")

# A file's bytes, whole or in pieces (a large site's data files are tens of megabytes).
Content = bytes | Iterable[bytes]


@dataclass(frozen=True, slots=True)
class Job:
    """One output file: its path, a key naming everything it shows, and how to make it.

    Two builds that give a page the same key write the same bytes, so an incremental build
    can keep the previous file instead of rendering it again."""

    path: str
    key: str
    make: Callable[[], Content]


def brief_page_key(site_key: str, brief_key: str) -> str:
    """A brief page's key: the site's and the brief's, side by side (thousands of pages; the
    two keys are digests already, so nothing needs hashing again)."""
    return f"{site_key}:{brief_key}"


def render_page(renderer: Renderer, brief: Brief, figures: BriefFigures) -> bytes:
    """A brief's page. brief.html gets the ``brief``, its ``figures``, the article as
    ``paragraphs`` of segments (see ``highlight``; the ``highlighted`` filter makes them HTML)
    and ``claim_review``, the page's ClaimReview as JSON ("" when the site has no base_url)."""
    path = brief_path(brief)
    config = renderer.project.config
    words = renderer.words(brief.language)
    label = renderer.env_for(brief.language).globals["rating_label"](brief.verdict.rating)
    review = (claim_review(brief, config, renderer.absolute(path), label)
              if config.base_url else None)
    return renderer.page("brief.html", path, language=brief.language, brief=brief,
                         figures=figures, plain=plain_figures(words, figures),
                         paragraphs=highlight(brief.article.text, brief.attributions()),
                         claim_review=script_json(review) if review else "")


def render_desk(renderer: Renderer, tally: DeskTally) -> bytes:
    """The figures page of the whole desk, from the tally of every brief's row (desk_row)."""
    desk = desk_figures(tally, renderer.project.config.ratings)
    return renderer.page("figures.html", DESK_FIGURES, desk=desk,
                         plain=desk_sentences(renderer.words(renderer.project.config.language),
                                              desk))


class Products(Protocol):
    """What site_jobs needs of each published brief beyond its facts, by slug."""

    def cards_of(self, slugs: Sequence[str]) -> list[Card]:
        """What listings, feeds and speaker pages show of each of these briefs, in turn."""

    def full(self, slug: str) -> tuple[Brief, BriefFigures]:
        """The complete model and its figures, for the brief's own page."""

    def data(self, slugs: Sequence[str]) -> Iterable[bytes]:
        """Each brief's entry of briefs.json (brief_data), in turn."""

    def search(self, slugs: Sequence[str]) -> Iterable[bytes]:
        """Each brief's entry of the search data (search_entry), in turn."""

    def desk(self, slugs: Sequence[str]) -> DeskTally:
        """The tally of these briefs' rows of the desk's figures (desk_row)."""


@dataclass(frozen=True, slots=True)
class SpeakerPage:
    """A page of a speaker's as speaker.html reads it: its share of their claims and
    responses, each with its card, and the scorecard of all their claims."""

    speaker: Speaker
    claims: list[tuple[Card, CardClaim]]
    responses: list[tuple[Card, CardResponse]]
    scorecard: tuple[tuple[Rating, int], ...]
    claimed: int  # claims in all, on every page
    language: str  # their name's and role's


def speaker_page(record: SpeakerRecord, claimed: Sequence[Facts],
                 responded: Sequence[tuple[Facts, int]],
                 cards_of: Callable[[Sequence[str]], list[Card]]) -> SpeakerPage:
    """The page of ``record`` that shows the ``claimed`` and ``responded`` briefs."""
    claims = [(found, found.claim) for found in cards_of([f.slug for f in claimed])]
    responses = [(found, found.responses[index]) for found, index in zip(
        cards_of([f.slug for f, _ in responded]), (i for _, i in responded), strict=True)]
    return SpeakerPage(record.speaker, claims, responses, record.scorecard,
                       len(record.claims), record.language)


def site_jobs(briefs: Sequence[Facts], products: Products, renderer: Renderer, *,
              site_key: str, brief_keys: Mapping[str, str]) -> list[Job]:
    """Every file of the site as a job, rendered with ``renderer`` (make_renderer's, for the
    project's settings and pages). ``briefs`` are the published briefs' facts, newest first
    (structure.published); ``products`` gives the rest when a page needs it. ``site_key``
    names everything shared by all pages (templates, settings, page list) and ``brief_keys``
    each brief's content."""
    config, pages = renderer.project.config, renderer.project.pages
    plan = site_map(briefs, config.ratings)
    slugs = [b.slug for b in plan.briefs]
    jobs: list[Job] = []

    def add(path: str, parts: object, make: Callable[[], Content]) -> None:
        jobs.append(Job(path, digest(site_key, path, repr(parts)), make))

    def keys(shown: Iterable[Facts]) -> tuple[str, ...]:
        """What listings, feeds and speaker pages show of each brief (its card), as keys:
        editing a brief's article or analysis changes its own page, not every list it is in."""
        return tuple(map(CARD_KEY, shown))

    def cards(shown: Iterable[Facts]) -> list[Card]:
        return products.cards_of([b.slug for b in shown])

    for name, content in renderer.assets().items():
        add(name, digest(content), lambda content=content: content)

    def listing(template: str, items: Sequence[Facts], base: str, **context: Any) -> None:
        # a tag's or month's own repr would spell out all its briefs: name them by key instead
        shown = repr(sorted((k, v if isinstance(v, (str, Rating)) else (
            getattr(v, "slug", None), getattr(v, "name", None), getattr(v, "language", None)))
            for k, v in context.items()))
        for pager in paginate(items, config.page_size, base):
            path = pager.path()
            jobs.append(Job(path, digest(site_key, path, shown, f"{pager.number} {pager.count}",
                                         "".join(map(CARD_KEY, pager.items))),
                lambda pager=pager: renderer.page(
                    template, pager.path(), **context,
                    pager=dataclasses.replace(pager, items=tuple(cards(pager.items))))))

    listing("index.html", plan.briefs, "")
    counts = {r: len(shown) for r, shown in plan.by_rating.items()}
    add("ratings/index.html", counts,
        lambda: renderer.page("ratings.html", "ratings/index.html", counts=counts))
    for rating in config.ratings:
        listing("listing.html", plan.by_rating[rating.id], f"ratings/{rating.id}/",
                rating=rating)
    add("tags/index.html", [(t.slug, t.name, len(t.briefs)) for t in plan.tags],
        lambda: renderer.page("tags.html", "tags/index.html", tags=plan.tags))
    for tag in plan.tags:
        listing("listing.html", tag.briefs, f"tags/{tag.slug}/", tag=tag)
    add("archive/index.html", [(m.slug, len(m.briefs)) for m in plan.months],
        lambda: renderer.page("archive.html", "archive/index.html", months=plan.months))
    for month in plan.months:
        listing("listing.html", month.briefs, f"archive/{month.slug}/", month=month)
    add("speakers/index.html",
        [(r.speaker, len(r.claims), len(r.responses)) for r in plan.speakers],
        lambda: renderer.page("speakers.html", "speakers/index.html", speakers=plan.speakers))
    for record in plan.speakers:
        for claims, responses in paginate_side_by_side(
                record.claims, record.responses, config.page_size,
                speaker_path(record.speaker).removesuffix("index.html")):
            add(claims.path(), (record.speaker, [(r.id, n) for r, n in record.scorecard],
                                len(record.claims),
                                claims.number, claims.count, keys(claims.items),
                                keys(b for b, _ in responses.items)),
                lambda record=record, claims=claims, responses=responses: renderer.page(
                    "speaker.html", claims.path(), pager=claims, record=speaker_page(
                        record, claims.items, responses.items, products.cards_of)))
    add("corrections/index.html", [(keys([c.brief]), c.date, c.note) for c in plan.corrections],
        lambda: renderer.page("corrections.html", "corrections/index.html",
                              corrections=plan.corrections))
    for page in pages:
        add(page_path(page), page,
            lambda page=page: renderer.page("page.html", page_path(page), page=page))
    for brief in plan.briefs:
        jobs.append(Job(brief_path(brief), brief_page_key(site_key, brief_keys[brief.slug]),
                        lambda slug=brief.slug: render_page(renderer, *products.full(slug))))
    add("search/index.html", ([(t.slug, t.name) for t in plan.tags],
                              [(r.speaker.id, r.speaker.name) for r in plan.speakers]),
        lambda: renderer.page("search.html", "search/index.html", tags=plan.tags,
                              speakers=plan.speakers))
    # what every brief's data entry holds (figures, rating, date), as briefs.json is keyed
    data_keys = "".join([brief_keys[b.slug] for b in plan.briefs])
    add(DESK_FIGURES, data_keys,
        lambda: render_desk(renderer, products.desk(slugs)))
    add(SEARCH_DATA, "".join(map(CARD_KEY, plan.briefs)),
        lambda: search_data(products.search(slugs)))
    # Hosts serve 404.html at any missing address, at any depth: its links start at the root.
    add("404.html", (), lambda: renderer.page("404.html", "404.html", absolute_links=True))
    add(BRIEFS_JSON, data_keys,
        lambda: briefs_json(config, len(slugs), products.data(slugs)))
    add("robots.txt", (), lambda: renderer.page("robots.txt", "robots.txt"))
    if config.base_url:
        _feeds_and_sitemap(plan, jobs, add, keys, cards, renderer)
    return sorted(jobs, key=lambda job: job.path)


def _feeds_and_sitemap(plan: SiteMap, jobs: list[Job], add: Callable[..., None],
                       keys: Callable[[Iterable[Facts]], tuple[str, ...]],
                       cards: Callable[[Iterable[Facts]], list[Card]],
                       renderer: Renderer) -> None:
    """The Atom feeds and the sitemap: only a site with a base_url can have them (their links
    must be absolute)."""
    updated = max((b.modified for b in plan.briefs), default=None) or EPOCH
    newest = plan.briefs[:FEED_SIZE]
    add(FEED, keys(newest),
        lambda: renderer.page("feed.xml", FEED, briefs=cards(newest), title=renderer.site.title,
                              updated=updated, feed_path=FEED))
    for tag in plan.tags:
        add(tag_feed_path(tag), keys(tag.briefs[:FEED_SIZE]),
            lambda tag=tag: renderer.page(
                "feed.xml", tag_feed_path(tag), briefs=cards(tag.briefs[:FEED_SIZE]),
                title=f"{renderer.site.title}: {tag.name}", feed_path=tag_feed_path(tag),
                updated=max(b.modified for b in tag.briefs)))
    pages = sorted(j.path for j in jobs if j.path.endswith(".html") and j.path != "404.html")
    modified = {brief_path(b): b.modified for b in plan.briefs}
    # tens of thousands of lines: joined, not spelled out by repr
    add("sitemap.xml", "\n".join([updated.isoformat(), *(
        f"{page} {modified[page].isoformat()}" if page in modified else page
        for page in pages)]),
        lambda: renderer.page("sitemap.xml", "sitemap.xml", pages=pages,
                              modified=modified, site_updated=updated))

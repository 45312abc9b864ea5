"""Every file of the site as a job: its path, a key naming what it shows, and how to make it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from briefgen.analyse.figures import BriefFigures
from briefgen.digest import digest
from briefgen.model import Brief, Project, Rating
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
from briefgen.render.claimreview import claim_review, script_json
from briefgen.render.data import BRIEFS_JSON, SEARCH_DATA, briefs_json, search_data
from briefgen.render.desk import desk_figures
from briefgen.render.plain import desk_sentences, plain_figures
from briefgen.render.renderer import Renderer
from briefgen.render.structure import Listed, last_modified, paginate, site_map
from briefgen.write.staging import Content


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
    review = claim_review(brief, config, renderer.absolute(path)) if config.base_url else None
    return renderer.page("brief.html", path, brief=brief, figures=figures,
                         plain=plain_figures(figures),
                         paragraphs=highlight(brief.article.text, brief.attributions()),
                         claim_review=script_json(review) if review else "")


def render_desk(renderer: Renderer, entries: Iterable[bytes]) -> bytes:
    """The figures page of the whole desk, from every brief's entry of briefs.json."""
    desk = desk_figures(entries, renderer.project.config.ratings)
    return renderer.page("figures.html", DESK_FIGURES, desk=desk, plain=desk_sentences(desk))


class Products(Protocol):
    """What site_jobs needs of each published brief beyond what listings show, by slug."""

    def full(self, slug: str) -> tuple[Brief, BriefFigures]:
        """The complete model and its figures, for the brief's own page."""

    def data(self, slugs: Sequence[str]) -> Iterable[bytes]:
        """Each brief's entry of briefs.json (brief_data), in turn."""

    def search(self, slugs: Sequence[str]) -> Iterable[bytes]:
        """Each brief's entry of the search data (search_entry), in turn."""


def site_jobs(project: Project, products: Products, renderer: Renderer, *,
              site_key: str, brief_keys: Mapping[str, str]) -> list[Job]:
    """Every file of the site as a job, rendered with ``renderer`` (make_renderer's, for the
    project's settings and pages). ``project.briefs`` are what listings show (``Listed`` or
    whole briefs); ``products`` gives the rest when a page needs it. ``site_key`` names
    everything shared by all pages (templates, settings, page list) and ``brief_keys`` each
    brief's content."""
    config = project.config
    plan = site_map(project)
    slugs = [b.slug for b in plan.briefs]
    jobs: list[Job] = []

    def add(path: str, parts: object, make: Callable[[], Content]) -> None:
        jobs.append(Job(path, digest(site_key, path, repr(parts)), make))

    def keys(briefs: Iterable[Listed]) -> tuple[str, ...]:
        """What listings, feeds and speaker pages show of each brief (its card), as keys:
        editing a brief's article or analysis changes its own page, not every list it is in."""
        return tuple(b.key for b in briefs)

    for name, content in renderer.assets().items():
        add(name, digest(content), lambda content=content: content)

    def listing(template: str, items: Sequence[Brief], base: str, **context: Any) -> None:
        # a tag's or month's own repr would spell out all its briefs: name them by key instead
        shown = sorted((k, v if isinstance(v, (str, Rating)) else getattr(v, "slug", None))
                       for k, v in context.items())
        for pager in paginate(items, config.page_size, base):
            add(pager.path(), (keys(pager.items), pager.number, pager.count, shown),
                lambda pager=pager: renderer.page(template, pager.path(), pager=pager,
                                                  **context))

    listing("index.html", plan.briefs, "")
    counts = {r: len(briefs) for r, briefs in plan.by_rating.items()}
    add("ratings/index.html", counts,
        lambda: renderer.page("ratings.html", "ratings/index.html", counts=counts))
    for rating in config.ratings:
        listing("listing.html", plan.by_rating[rating.id], f"ratings/{rating.id}/",
                heading=rating.label, rating=rating, intro=rating.description)
    add("tags/index.html", [(t.slug, t.name, len(t.briefs)) for t in plan.tags],
        lambda: renderer.page("tags.html", "tags/index.html", tags=plan.tags))
    for tag in plan.tags:
        listing("listing.html", tag.briefs, f"tags/{tag.slug}/", heading=tag.name, tag=tag,
                intro=f"Fact-checks about {tag.name}.")
    add("archive/index.html", [(m.slug, len(m.briefs)) for m in plan.months],
        lambda: renderer.page("archive.html", "archive/index.html", months=plan.months))
    for month in plan.months:
        listing("listing.html", month.briefs, f"archive/{month.slug}/",
                heading=f"{month.first_day:%B %Y}", intro=f"Fact-checks published in "
                f"{month.first_day:%B %Y}.")
    add("speakers/index.html",
        [(r.speaker, len(r.claims), len(r.responses)) for r in plan.speakers],
        lambda: renderer.page("speakers.html", "speakers/index.html", speakers=plan.speakers))
    for record in plan.speakers:
        add(speaker_path(record.speaker),
            (record.speaker, keys(record.claims.briefs), keys(record.responses.briefs)),
            lambda record=record: renderer.page("speaker.html", speaker_path(record.speaker),
                                                record=record))
    add("corrections/index.html", [(keys([c.brief]), c.date, c.note) for c in plan.corrections],
        lambda: renderer.page("corrections.html", "corrections/index.html",
                              corrections=plan.corrections))
    for page in project.pages:
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
    add(DESK_FIGURES, tuple(brief_keys[b.slug] for b in plan.briefs),
        lambda: render_desk(renderer, products.data(slugs)))
    add(SEARCH_DATA, keys(plan.briefs),
        lambda: search_data(products.search(slugs)))
    # Hosts serve 404.html at any missing address, at any depth: its links start at the root.
    add("404.html", (), lambda: renderer.page("404.html", "404.html", absolute_links=True))
    add(BRIEFS_JSON, tuple(brief_keys[b.slug] for b in plan.briefs),
        lambda: briefs_json(project, len(slugs), products.data(slugs)))
    add("robots.txt", (), lambda: renderer.page("robots.txt", "robots.txt"))
    if config.base_url:
        updated = max((last_modified(b) for b in plan.briefs), default=None) or EPOCH
        add(FEED, keys(plan.briefs[:FEED_SIZE]),
            lambda: renderer.page("feed.xml", FEED, briefs=plan.briefs[:FEED_SIZE],
                                  title=config.title, updated=updated, feed_path=FEED))
        for tag in plan.tags:
            add(tag_feed_path(tag), keys(tag.briefs[:FEED_SIZE]),
                lambda tag=tag: renderer.page(
                    "feed.xml", tag_feed_path(tag), briefs=tag.briefs[:FEED_SIZE],
                    title=f"{config.title}: {tag.name}", feed_path=tag_feed_path(tag),
                    updated=max(last_modified(b) for b in tag.briefs)))
        pages = sorted(j.path for j in jobs if j.path.endswith(".html") and j.path != "404.html")
        modified = {brief_path(b): last_modified(b) for b in plan.briefs}
        add("sitemap.xml", (pages, sorted(modified.items()), updated),
            lambda: renderer.page("sitemap.xml", "sitemap.xml", pages=pages,
                                  modified=modified, site_updated=updated))
    return sorted(jobs, key=lambda job: job.path)

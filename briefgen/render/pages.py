"""Render the site's pages from the model and its figures. Knows nothing of YAML or files on disk
beyond the template folders; returns every output file as bytes keyed by its path in the site."""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple, Protocol
from urllib.parse import urlsplit

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from briefgen.analyse.attribution import Share
from briefgen.analyse.figures import BriefFigures
from briefgen.digest import digest
from briefgen.model import (
    Brief,
    Page,
    Project,
    Quote,
    Rating,
    Response,
    Speaker,
    Statement,
    to_data,
)
from briefgen.render.claimreview import claim_review, script_json, script_safe
from briefgen.render.compiled import CompiledTemplates
from briefgen.render.structure import (
    Listed,
    Month,
    Tag,
    last_modified,
    paginate,
    site_map,
    tag_slug,
)
from briefgen.write.staging import Content

ASSETS = "assets"
SAFE_LINK_SCHEMES = ("http:", "https:", "mailto:")


def _safe_link(url: str) -> bool:
    """Only web, mail and relative links; never javascript:, data:, vbscript: and the like,
    however the scheme is disguised: case, spaces and control characters, character
    references (jav&#x09;ascript:) or percent-encoding (%6Aavascript:), nested or not."""
    from html import unescape
    from urllib.parse import unquote

    for _ in range(5):  # peel one layer of encoding at a time
        decoded = unquote(unescape(url))
        if decoded == url:
            break
        url = decoded
    else:
        return False  # still encoded after five layers: nobody writes a link like that
    cleaned = "".join(ch for ch in url if ch > " " and ch != "\x7f").lower()
    scheme, colon, _ = cleaned.partition(":")
    if not colon or "/" in scheme or "?" in scheme or "#" in scheme:
        return True  # relative
    return (scheme + ":") in SAFE_LINK_SCHEMES


def _rewrite_link(self: Any, tokens: Any, idx: int, options: Any, env: dict[str, Any]) -> str:
    """Point links between Markdown files (about.md) at the pages built from them."""
    token = tokens[idx]
    rewrite = env.get("rewrite")
    href = token.attrGet("href")
    if rewrite and isinstance(href, str):
        token.attrSet("href", rewrite(href))
    return str(self.renderToken(tokens, idx, options, env))


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])  # as on GitHub, where editors learn Markdown
    md.validateLink = _safe_link  # type: ignore[method-assign]
    md.add_render_rule("link_open", _rewrite_link)
    return md


_MD = _markdown()


def markdown_filter(text: str, rewrite: Callable[[str], str] | None = None) -> str:
    """Markdown as HTML; ``rewrite`` points links between Markdown files at their pages."""
    return _MD.render(text, {"rewrite": rewrite})


def long_date(day: dt.date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


# --- The article with its annotated passages highlighted ------------------------------------

SIDE_ORDER = {"claim": 0, "response": 1, "other": 2}


class Segment(NamedTuple):
    """A stretch of one paragraph of the article with a single owner, or none."""

    text: str
    side: str | None = None  # claim, response or other; None for plain text
    speaker: Speaker | None = None
    opens: bool = False  # first segment of its passage: shows the side's marker


def highlight(text: str, passages: Iterable[tuple[str, Speaker, Quote]]) -> list[list[Segment]]:
    """The article as paragraphs of segments. Where passages overlap, the claim wins over a
    response, and a response over other statements, so each character has one side.
    Works on the passages' edges, not on every character: an article has thousands of
    characters but only dozens of edges, and the stretch between two edges has one owner."""
    ranked = sorted(passages, key=lambda p: (SIDE_ORDER[p[0]], p[2].start))
    edges = sorted({edge for _, _, q in ranked for edge in (q.start, q.end)})
    # owner[k]: the highest-ranked passage covering the stretch from edges[k - 1] to edges[k]
    # (None before the first edge and after the last): character i's is at bisect_right(edges, i)
    owner: list[int | None] = [None] * (len(edges) + 1)
    for i, (_, _, q) in enumerate(ranked):
        for k in range(bisect_right(edges, q.start), bisect_right(edges, q.end)):
            if owner[k] is None:
                owner[k] = i

    def segment(start: int, end: int, who: int | None, opens: bool) -> Segment:
        if who is None:
            return Segment(text[start:end])
        side, speaker, _ = ranked[who]
        return Segment(text[start:end], side, speaker, opens)

    paragraphs: list[list[Segment]] = []
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if line.strip():  # blank lines only separate paragraphs
            k = bisect_right(edges, offset)  # the stretch the line starts in
            start, who = offset, owner[k]
            # a passage running on from the line before does not open again
            opens = offset == 0 or owner[bisect_right(edges, offset - 1)] != who
            segments: list[Segment] = []
            while k < len(edges) and edges[k] < end:  # each edge inside the line
                k += 1
                if owner[k] != who:
                    segments.append(segment(start, edges[k - 1], who, opens))
                    start, who, opens = edges[k - 1], owner[k], True
            segments.append(segment(start, end, who, opens))
            paragraphs.append(segments)
        offset = end + 1
    return paragraphs


def highlighted(paragraphs: Iterable[Iterable[Segment]], side_labels: Mapping[str, str],
                side_marks: Mapping[str, str]) -> list[Markup]:
    """The paragraphs of ``highlight`` as HTML: their text escaped, each annotated passage in a
    <mark> titled with its side and speaker; a passage's first segment starts with the side's
    letter (``side_marks``) and, for screen readers, its side and speaker in words."""
    tags: dict[tuple[str, str, bool], str] = {}  # each opening tag made once a page

    def tag(side: str, name: str, opens: bool) -> str:
        label, name = escape(side_labels[side]), escape(name)
        html = f'<mark class="hl hl-{escape(side)}" title="{label}: {name}">'
        if opens:
            html += (f'<span class="hl-tag" aria-hidden="true">{escape(side_marks[side])}</span>'
                     f'<span class="visually-hidden">[{label}, {name}:] </span>')
        return html

    paragraphs_html: list[Markup] = []
    for paragraph in paragraphs:
        parts: list[str] = []
        for text, side, speaker, opens in paragraph:
            if side is None or speaker is None:
                parts.append(escape(text))
                continue
            key = (side, speaker.name, opens)
            if key not in tags:
                tags[key] = tag(*key)
            parts += (tags[key], escape(text), "</mark>")
        paragraphs_html.append(Markup("".join(parts)))
    return paragraphs_html


# --- Small filters for the pages ---------------------------------------------------------------
# Each does in one call what the template would do with a test, a loop or a lookup per item:
# the brief page uses them once each, the listings once per card of thousands.


def on_side(statements: Iterable[Statement], side: str) -> list[Statement]:
    """The statements on one side (claim, response or other), in the brief's order: what
    ``selectattr("side", "equalto", side)`` gives, without a test call per statement."""
    return [statement for statement in statements if statement.side == side]


def labels(keys: Iterable[str], names: Mapping[str, str]) -> str:
    """Each key's name in ``names``, joined with commas: "Claim, Other statement"."""
    return ", ".join(names[key] for key in keys)


def share_bars(shares: Iterable[Share], names: Mapping[str, str]
               ) -> list[tuple[str, int, float, str]]:
    """The bar_chart macro's rows for a breakdown of the quoted words, such as
    ``Attribution.by_side``: each row's name in ``names``, its words, its share of the words
    and the class ``bar-<key>`` that colours its bar."""
    return [(names[s.key], s.words, s.word_share, f"bar-{s.key}") for s in shares]


def by_stance(responses: Sequence[Response]) -> list[tuple[str, str]]:
    """A card's responses grouped by stance: each stance with the names of who took it, joined
    with commas. The same groups, in the same order, as ``groupby("stance")`` (stances sorted
    ignoring case, responses in the brief's order) with ``map(attribute="by.name")`` and
    ``join(", ")`` for each group: one call instead of a dozen."""
    if len(responses) < 2:  # most cards: nothing to sort or join
        return [(r.stance, r.by.name) for r in responses]
    groups: dict[str, list[Response]] = {}
    for response in sorted(responses, key=_stance_key):
        groups.setdefault(_stance_key(response), []).append(response)
    return [(group[0].stance, ", ".join([r.by.name for r in group]))
            for group in groups.values()]


def _stance_key(response: Response) -> str:
    return response.stance.lower()


# --- Pages ------------------------------------------------------------------------------------


def site_prefix(base_url: str) -> str:
    """The path the site lives under when hosted, e.g. "/checks/" for .../checks/."""
    path = urlsplit(base_url).path if base_url else "/"
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def relative_root(page: str) -> str:
    """The prefix from a page back to the site root, e.g. "../../" for briefs/x/index.html."""
    depth = page.count("/")
    return "../" * depth


def brief_path(brief: Brief) -> str:
    return brief_page(brief.slug)


def brief_page(slug: str) -> str:
    """Where the page of the brief ``slug`` is in the site."""
    return f"briefs/{slug}/index.html"


def page_path(page: Page) -> str:
    return f"{page.slug}/index.html"


class Renderer:
    def __init__(self, project: Project, template_dirs: list[Path],
                 compiled: Path | None = None) -> None:
        self.project = project
        loaders = [jinja2.FileSystemLoader(str(d)) for d in template_dirs if d.is_dir()]
        # Compiling the templates costs more than a small rebuild renders: keep them compiled.
        bytecode = CompiledTemplates(compiled) if compiled else None
        # A renderer serves one build, whose templates were read (and keyed) when it began: no
        # need to look at their files again for each of its thousands of pages (auto_reload).
        self.env = jinja2.Environment(
            auto_reload=False,
            bytecode_cache=bytecode,
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=jinja2.select_autoescape(("html", "xml"), default_for_string=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["markdown"] = jinja2.pass_context(
            lambda context, text: Markup(markdown_filter(text, context["rewrite_link"])))
        # dates repeat from page to page, and strftime is slow: each spelled out once
        self.env.filters["long_date"] = lru_cache(maxsize=4096)(long_date)
        # what brief.html would otherwise do with many small expressions (see their docstrings)
        self.env.filters.update(highlighted=highlighted, on_side=on_side, labels=labels,
                                share_bars=share_bars)
        # what the listings and feeds do once per card: thousands of cards on a large site
        self.env.filters["by_stance"] = by_stance
        self.env.filters["percent"] = lambda x: f"{round(x * 100):d}%"
        self.env.globals["site"] = project.config
        self.env.globals["pages"] = project.pages
        self.page_by_file = {PurePosixPath(p.source).name: page_path(p) for p in project.pages}
        self.template_dirs = template_dirs

    def absolute(self, path: str) -> str:
        """The public address of a site path, or "" when the site's base_url is not set."""
        if not self.project.config.base_url:
            return ""
        base = self.project.config.base_url.rstrip("/") + "/"
        return base + (path.removesuffix("index.html") if path.endswith("index.html") else path)

    def page(self, template: str, path: str, *, absolute_links: bool = False,
             **context: object) -> bytes:
        root = relative_root(path)
        if absolute_links:
            root = site_prefix(self.project.config.base_url)

        def url(target: str) -> str:
            return root + target if target else root + "index.html"

        def rewrite_link(href: str) -> str:
            target, hash_, fragment = href.partition("#")
            if "/" in target.removeprefix("./") or ":" in target:
                return href
            built = self.page_by_file.get(target.removeprefix("./"))
            return url(built) + hash_ + fragment if built else href

        html = self.env.get_template(template).render(
            url=url, page_path=path, canonical=self.absolute(path), absolute=self.absolute,
            brief_path=brief_path, page_url=page_path, rewrite_link=rewrite_link, **context)
        return html.encode("utf-8")

    def assets(self) -> dict[str, bytes]:
        """Static files from every template folder's assets/, a site's own first."""
        files: dict[str, bytes] = {}
        for folder in reversed(self.template_dirs):
            base = folder / ASSETS
            if not base.is_dir():
                continue
            for item in sorted(base.rglob("*")):
                # a link leading out of the folder would publish any file on the machine
                if item.is_file() and item.resolve().is_relative_to(base.resolve()):
                    files[f"{ASSETS}/{item.relative_to(base).as_posix()}"] = item.read_bytes()
        return files


def speaker_path(speaker: Speaker) -> str:
    return f"speakers/{speaker.id}/index.html"


def tag_path(tag: Tag) -> str:
    return f"tags/{tag.slug}/index.html"


def month_path(month: Month) -> str:
    return f"archive/{month.slug}/index.html"


def rating_path(rating: Rating) -> str:
    return f"ratings/{rating.id}/index.html"


FEED = "feeds/briefs.xml"
FEED_SIZE = 20
EPOCH = dt.date(1970, 1, 1)  # "last updated" of a site with nothing in it: fixed, not today


def tag_feed_path(tag: Tag) -> str:
    return f"feeds/tags/{tag.slug}.xml"


def brief_data(brief: Brief, summary: dict[str, Any], url: str) -> bytes:
    """One brief's entry of briefs.json, as UTF-8 JSON: made once when the brief changes."""
    item = {
        "slug": brief.slug,
        "path": brief_path(brief),
        "url": url or None,
        "title": brief.title,
        "date": brief.date.isoformat(),
        "updated": brief.updated.isoformat() if brief.updated else None,
        "authors": list(brief.authors),
        "tags": list(brief.tags),
        "article": {"headline": brief.article.headline or None,
                    "outlet": brief.article.outlet or None,
                    "url": brief.article.url or None,
                    "published": to_data(brief.article.published),
                    "language": brief.article.language},
        "claim": {"by": brief.claim.by.id, "summary": brief.claim.summary,
                  "quotes": [q.text for q in brief.claim.quotes]},
        "responses": [{"by": r.by.id, "stance": r.stance, "summary": r.summary,
                       "quotes": [q.text for q in r.quotes]} for r in brief.responses],
        "rating": {"id": brief.verdict.rating.id, "label": brief.verdict.rating.label,
                   "value": brief.verdict.rating.value},
        "verdict": brief.verdict.summary,
        "speakers": [to_data(s) for s in brief.speakers],
        "corrections": to_data(brief.corrections),
        "figures": summary,
    }
    return json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


BRIEFS_JSON, SEARCH_DATA = "briefs.json", "search/briefs.js"
DATA_FILES = (BRIEFS_JSON, SEARCH_DATA)  # the files with an entry for every brief (Joined)


@dataclass(frozen=True)
class Joined:
    """A file of many entries (briefs.json, the search data): a head, the entries with a
    separator between each two, and a tail. Written piece by piece, for a large site's file
    is tens of megabytes; and kept in its pieces, so that a build knows where each entry lies
    in the file it wrote and can take the unchanged ones from it next time."""

    head: bytes
    separator: bytes
    tail: bytes
    entries: Iterable[bytes]

    def __iter__(self) -> Iterator[bytes]:
        yield self.head
        for number, entry in enumerate(self.entries):
            if number:
                yield self.separator
            yield entry
        yield self.tail


def briefs_json(project: Project, count: int, items: Iterable[bytes]) -> Joined:
    """Every published brief as data, for researchers and other sites: the ``count`` entries
    joined."""
    head = {"count": count, "publisher": project.config.publisher.name,
            "site": project.config.title}
    fields = ",".join(f"{json.dumps(k)}:{json.dumps(v, ensure_ascii=False)}"
                      for k, v in sorted(head.items()))
    return Joined(b'{"briefs":[', b",", f"],{fields}}}\n".encode(), items)


def search_entry(brief: Brief) -> bytes:
    """One brief's entry of what the search page filters, as UTF-8 JSON."""
    return script_safe(json.dumps({
        "path": brief_path(brief), "title": brief.title, "claim": brief.claim.summary,
        "claimant": brief.claim.by.name, "verdict": brief.verdict.summary,
        "date": brief.date.isoformat(), "rating": brief.verdict.rating.id,
        "label": brief.verdict.rating.label, "tags": [tag_slug(t) for t in brief.tags],
        "speakers": [brief.claim.by.name, *(r.by.name for r in brief.responses)],
        "speaker_ids": [brief.claim.by.id, *(r.by.id for r in brief.responses)],
    }, ensure_ascii=False, sort_keys=True, separators=(",", ":"))).encode()


def search_data(entries: Iterable[bytes]) -> Joined:
    """What the search page filters, as a script (a script loads from file:// too, where a
    browser refuses to fetch a JSON file): the briefs' entries joined, one per line."""
    return Joined(b"window.BRIEFGEN_BRIEFS = [\n", b",\n", b"\n];\n", entries)


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
                         paragraphs=highlight(brief.article.text, brief.attributions()),
                         claim_review=script_json(review) if review else "")


def make_renderer(project: Project, template_dirs: list[Path],
                  compiled: Path | None = None) -> Renderer:
    renderer = Renderer(project, template_dirs, compiled)
    renderer.env.globals.update(
        speaker_path=speaker_path, tag_path=tag_path, tag_slug=tag_slug, month_path=month_path,
        rating_path=rating_path, feed_path=FEED if project.config.base_url else "",
        last_modified=last_modified)
    return renderer


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

"""Render the site's pages from the model and its figures. Knows nothing of YAML or files on disk
beyond the template folders; returns every output file as bytes keyed by its path in the site."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

from .analysis import BriefFigures
from .metadata import claim_review, script_json
from .model import Brief, Page, Project, Quote, Rating, Speaker, to_data
from .site import Month, Tag, last_modified, paginate, site_map, tag_slug

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"
# In a source checkout the default templates sit at the top of the repository.
SOURCE_TEMPLATES = Path(__file__).parent.parent / "templates"
ASSETS = "assets"
SAFE_LINK_SCHEMES = ("http:", "https:", "mailto:")


def default_templates() -> Path:
    return PACKAGE_TEMPLATES if PACKAGE_TEMPLATES.is_dir() else SOURCE_TEMPLATES


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
    return _MD.render(text, {"rewrite": rewrite})


def long_date(day: dt.date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


# --- The article with its annotated passages highlighted ------------------------------------

SIDE_ORDER = {"claim": 0, "response": 1, "other": 2}


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    side: str | None = None  # claim, response or other; None for plain text
    speaker: Speaker | None = None
    opens: bool = False  # first segment of its passage: shows the side's marker


def highlight(text: str, passages: Iterable[tuple[str, Speaker, Quote]]) -> list[list[Segment]]:
    """The article as paragraphs of segments. Where passages overlap, the claim wins over a
    response, and a response over other statements, so each character has one side."""
    owner: list[int | None] = [None] * len(text)
    ranked = sorted(enumerate(passages), key=lambda p: (SIDE_ORDER[p[1][0]], p[1][2].start))
    info = []
    for index, (_, (side, speaker, quote)) in enumerate(ranked):
        info.append((side, speaker))
        for i in range(quote.start, quote.end):
            if owner[i] is None:
                owner[i] = index
    paragraphs: list[list[Segment]] = []
    offset = 0
    for line in text.split("\n"):
        segments: list[Segment] = []
        start = offset
        for i in range(offset, offset + len(line) + 1):
            at_end = i == offset + len(line)
            if at_end or owner[i] != owner[start]:
                if i > start:
                    who = owner[start]
                    before = owner[start - 1] if start > 0 else None
                    if who is None:
                        segments.append(Segment(text[start:i]))
                    else:
                        side, speaker = info[who]
                        segments.append(Segment(text[start:i], side, speaker, before != who))
                start = i
        if any(s.text.strip() for s in segments):
            paragraphs.append(segments)
        offset += len(line) + 1
    return paragraphs


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
    return f"briefs/{brief.slug}/index.html"


def page_path(page: Page) -> str:
    return f"{page.slug}/index.html"


class Renderer:
    def __init__(self, project: Project, template_dirs: list[Path]) -> None:
        self.project = project
        loaders = [jinja2.FileSystemLoader(str(d)) for d in template_dirs if d.is_dir()]
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=jinja2.select_autoescape(("html", "xml"), default_for_string=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["markdown"] = jinja2.pass_context(
            lambda context, text: Markup(markdown_filter(text, context["rewrite_link"])))
        self.env.filters["long_date"] = long_date
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
                if item.is_file():
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


def briefs_json(project: Project, figures: Mapping[str, BriefFigures],
                renderer: Renderer) -> bytes:
    """Every published brief as data, for researchers and other sites."""
    items = []
    for brief in project.published:
        items.append({
            "slug": brief.slug,
            "path": brief_path(brief),
            "url": renderer.absolute(brief_path(brief)) or None,
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
            "figures": to_data(figures[brief.slug]),
        })
    document = {"site": project.config.title, "publisher": project.config.publisher.name,
                "count": len(items), "briefs": items}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def render_site(project: Project, figures: Mapping[str, BriefFigures],
                template_dirs: list[Path]) -> dict[str, bytes]:
    """Every file of the site, keyed by its path relative to the site root."""
    renderer = Renderer(project, template_dirs)
    config = project.config
    plan = site_map(project)
    renderer.env.globals.update(
        speaker_path=speaker_path, tag_path=tag_path, tag_slug=tag_slug, month_path=month_path,
        rating_path=rating_path, feed_path=FEED if config.base_url else "",
        last_modified=last_modified)
    files = renderer.assets()

    def listing(template: str, items: Sequence[Any], base: str, **context: Any) -> None:
        for page in paginate(items, config.page_size, base):
            files[page.path()] = renderer.page(template, page.path(), pager=page, **context)

    listing("index.html", plan.briefs, "")
    files["ratings/index.html"] = renderer.page(
        "ratings.html", "ratings/index.html",
        counts={r: len(briefs) for r, briefs in plan.by_rating.items()})
    for rating in config.ratings:
        listing("listing.html", plan.by_rating[rating.id], f"ratings/{rating.id}/",
                heading=rating.label, rating=rating, intro=rating.description)
    files["tags/index.html"] = renderer.page("tags.html", "tags/index.html", tags=plan.tags)
    for tag in plan.tags:
        listing("listing.html", tag.briefs, f"tags/{tag.slug}/", heading=tag.name, tag=tag,
                intro=f"Fact-checks about {tag.name}.")
    files["archive/index.html"] = renderer.page("archive.html", "archive/index.html",
                                                months=plan.months)
    for month in plan.months:
        listing("listing.html", month.briefs, f"archive/{month.slug}/",
                heading=f"{month.first_day:%B %Y}", intro=f"Fact-checks published in "
                f"{month.first_day:%B %Y}.")
    files["speakers/index.html"] = renderer.page("speakers.html", "speakers/index.html",
                                                 speakers=plan.speakers)
    for record in plan.speakers:
        files[speaker_path(record.speaker)] = renderer.page(
            "speaker.html", speaker_path(record.speaker), record=record)
    files["corrections/index.html"] = renderer.page(
        "corrections.html", "corrections/index.html", corrections=plan.corrections)
    for page in project.pages:
        files[page_path(page)] = renderer.page("page.html", page_path(page), page=page)
    for brief in plan.briefs:
        path = brief_path(brief)
        review = claim_review(brief, config, renderer.absolute(path)) if config.base_url else None
        files[path] = renderer.page(
            "brief.html", path, brief=brief, figures=figures[brief.slug],
            paragraphs=highlight(brief.article.text, brief.attributions()),
            claim_review=script_json(review) if review else "")
    # Hosts serve 404.html at any missing address, at any depth: its links start at the root.
    files["404.html"] = renderer.page("404.html", "404.html", absolute_links=True)
    files["briefs.json"] = briefs_json(project, figures, renderer)
    if config.base_url:
        updated = max((last_modified(b) for b in plan.briefs), default=None)
        files[FEED] = renderer.page("feed.xml", FEED, briefs=plan.briefs[:FEED_SIZE],
                                    title=config.title, updated=updated or EPOCH,
                                    feed_path=FEED)
        for tag in plan.tags:
            files[tag_feed_path(tag)] = renderer.page(
                "feed.xml", tag_feed_path(tag), briefs=tag.briefs[:FEED_SIZE],
                title=f"{config.title}: {tag.name}", feed_path=tag_feed_path(tag),
                updated=max(last_modified(b) for b in tag.briefs))
        pages = sorted(name for name in files if name.endswith(".html") and name != "404.html")
        modified = {brief_path(b): last_modified(b) for b in plan.briefs}
        files["sitemap.xml"] = renderer.page("sitemap.xml", "sitemap.xml", pages=pages,
                                             modified=modified, site_updated=updated or EPOCH)
    files["robots.txt"] = renderer.page("robots.txt", "robots.txt")
    return dict(sorted(files.items()))

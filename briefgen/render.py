"""Render the site's pages from the model and its figures. Knows nothing of YAML or files on disk
beyond the template folders; returns every output file as bytes keyed by its path in the site."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

from .analysis import BriefFigures
from .model import Brief, Page, Project, Quote, Speaker

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

    def page(self, template: str, path: str, **context: object) -> bytes:
        root = relative_root(path)

        def url(target: str) -> str:
            return root + target if target else root + "index.html"

        canonical = ""
        if self.project.config.base_url:
            base = self.project.config.base_url.rstrip("/") + "/"
            canonical = base + (posixpath.dirname(path) + "/" if path.endswith("index.html")
                                and "/" in path else "" if path == "index.html" else path)
        def rewrite_link(href: str) -> str:
            target, hash_, fragment = href.partition("#")
            if "/" in target.removeprefix("./") or ":" in target:
                return href
            built = self.page_by_file.get(target.removeprefix("./"))
            return url(built) + hash_ + fragment if built else href

        html = self.env.get_template(template).render(
            url=url, page_path=path, canonical=canonical, brief_path=brief_path,
            page_url=page_path, rewrite_link=rewrite_link, **context)
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


def render_site(project: Project, figures: Mapping[str, BriefFigures],
                template_dirs: list[Path]) -> dict[str, bytes]:
    """Every file of the site, keyed by its path relative to the site root."""
    renderer = Renderer(project, template_dirs)
    briefs = project.published
    files = renderer.assets()
    files["index.html"] = renderer.page("index.html", "index.html", briefs=briefs)
    counts = Counter(brief.verdict.rating.id for brief in briefs)
    files["ratings/index.html"] = renderer.page("ratings.html", "ratings/index.html",
                                                counts=counts)
    for page in project.pages:
        files[page_path(page)] = renderer.page("page.html", page_path(page), page=page)
    for brief in briefs:
        files[brief_path(brief)] = renderer.page(
            "brief.html", brief_path(brief), brief=brief, figures=figures[brief.slug],
            paragraphs=highlight(brief.article.text, brief.attributions()),
        )
    return dict(sorted(files.items()))

"""The Jinja environment of one build: template folders (a site's own first), filters and the
globals every template sees."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import version
from pathlib import Path, PurePosixPath

import jinja2
from markupsafe import Markup

from briefgen.model import Project
from briefgen.render.addresses import (
    DESK_FIGURES,
    FEED,
    METHODOLOGY,
    brief_path,
    month_path,
    page_path,
    rating_path,
    relative_root,
    site_prefix,
    speaker_path,
    tag_path,
)
from briefgen.render.article import highlighted, quoting
from briefgen.render.card import last_modified
from briefgen.render.compiled import CompiledTemplates
from briefgen.render.desk import SOURCE_GROUPS
from briefgen.render.filters import by_stance, labels, long_date, on_side
from briefgen.render.markdown import markdown_filter
from briefgen.render.measures import measures
from briefgen.render.structure import tag_slug
from briefgen.render.wording import GRADE_SCALE, LEVELS, percent

ASSETS = "assets"


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
            extensions=["jinja2.ext.do"],  # charts collect their rows in a loop
        )
        self.env.filters["markdown"] = jinja2.pass_context(
            lambda context, text: Markup(markdown_filter(text, context["rewrite_link"])))
        # dates repeat from page to page, and strftime is slow: each spelled out once
        self.env.filters["long_date"] = lru_cache(maxsize=4096)(long_date)
        # what brief.html would otherwise do with many small expressions (see their docstrings)
        self.env.filters.update(highlighted=highlighted, on_side=on_side, labels=labels,
                                quoting=quoting)
        # what the listings and feeds do once per card: thousands of cards on a large site
        self.env.filters["by_stance"] = by_stance
        # a share written as a percentage, in sentences, beside bars and in tables alike
        self.env.filters["percent"] = percent
        self.env.filters["percent_value"] = lambda share: percent(share).removesuffix("%")
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


def measures_path(project: Project) -> str:
    """The page with the section "How we measure": the desk's methodology page, or else the
    figures page of the whole desk."""
    found = any(page.slug == METHODOLOGY for page in project.pages)
    return f"{METHODOLOGY}/index.html" if found else DESK_FIGURES


def make_renderer(project: Project, template_dirs: list[Path],
                  compiled: Path | None = None) -> Renderer:
    renderer = Renderer(project, template_dirs, compiled)
    renderer.env.globals.update(
        speaker_path=speaker_path, tag_path=tag_path, tag_slug=tag_slug, month_path=month_path,
        rating_path=rating_path, feed_path=FEED if project.config.base_url else "",
        last_modified=last_modified, measures_path=measures_path(project),
        methodology=METHODOLOGY, source_groups=SOURCE_GROUPS,
        measures=lambda: measures(project.config.language),
        textstat_version=f"version {version('textstat')}",
        grade_scale=GRADE_SCALE,
        grade_ticks=[bound / GRADE_SCALE for bound, _ in LEVELS if bound < GRADE_SCALE])
    return renderer

"""Load a project folder: its config, shared speakers and every brief, checked."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from briefgen.check.schema import (
    BRIEF,
    CONFIG,
    ID_PATTERN,
    SPEAKERS_FILE,
    Context,
    FieldType,
    slugify,
)
from briefgen.check.starter import check_placeholders, check_workflow_pin
from briefgen.check.validate import build_brief, build_config, build_speakers
from briefgen.diagnostics import Mark, Report
from briefgen.load.paths import resolve_inside
from briefgen.load.yamlsource import parse_yaml, read_text
from briefgen.model import Brief, Page, Project, SiteConfig, Speaker
from briefgen.render.structure import RESERVED

CONFIG_FILE = "briefgen.yaml"
PAGES_DIR = "pages"
SPEAKERS_FILE_NAME = "speakers.yaml"
BRIEFS_DIR = "briefs"
SEEDS_DIR = "seeds"  # where editors keep the articles
# A brief whose YAML cannot be read is still known as a draft by this line of it.
_DRAFT_LINE = re.compile(r"^draft:[ \t]*(?:true|yes|on)[ \t]*(?:#.*)?$",
                         re.IGNORECASE | re.MULTILINE)


def is_project(root: Path) -> bool:
    """Whether the folder is a briefgen project: it has settings or a folder of briefs."""
    return (root / CONFIG_FILE).is_file() or (root / BRIEFS_DIR).is_dir()


def load_yaml(path: Path, spec: FieldType, report: Report, what: str) -> Any:
    """The file's data converted by ``spec``, or None when it cannot be used at all.

    Data with format errors is still returned, holding what was sound, so that later
    checks can report their problems in the same run."""
    text = read_text(path, report, what=what)
    return None if text is None else parse_data(text, path, spec, report, what)


def parse_data(text: str, path: Path, spec: FieldType, report: Report, what: str) -> Any:
    """load_yaml's work once the file's text is read."""
    before = len(report.errors)
    node = parse_yaml(text, path, report)
    if node is None:
        if len(report.errors) == before:
            report.error(path, None, f"the {what} is empty", "fill it in or delete it")
        return None
    if node.kind != "map":
        report.error(path, node.mark, f"the {what} must be a mapping of keys (key: value lines), "
                     f"not {node.describe()}", "start with a line such as 'title: ...'"
                     if spec is BRIEF else "write one 'key: value' per line")
        return None
    return spec.convert(node, "", Context(path, report))


def find_briefs(root: Path) -> list[Path]:
    """Every brief file under briefs/, in a stable order. A walk of directory entries, which
    know their type without a stat: a desk of thousands of briefs is listed in milliseconds."""
    found: list[str] = []
    folders = [str(root / BRIEFS_DIR)]
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
                    elif (entry.name.endswith((".yaml", ".yml")) and not entry.name.startswith(".")
                          and entry.is_file()):
                        found.append(entry.path)
        except OSError:  # no briefs/ folder, or one that cannot be read
            continue
    return [Path(p) for p in sorted(found, key=lambda p: p.split(os.sep))]


def load_config(root: Path, report: Report) -> tuple[SiteConfig, dict[str, Speaker]]:
    config = SiteConfig()
    path = root / CONFIG_FILE
    if path.exists():
        data = load_yaml(path, CONFIG, report, "site config")
        if data is not None:
            config = build_config(data, path, report)
    speakers: dict[str, Speaker] = {}
    path = root / SPEAKERS_FILE_NAME
    if path.exists():
        data = load_yaml(path, SPEAKERS_FILE, report, "speakers file")
        if data is not None:
            speakers = build_speakers(data)
    check_workflow_pin(root, report)
    return config, speakers


def load_brief(path: Path, root: Path, config: SiteConfig, speakers: dict[str, Speaker],
               report: Report, *, coverage: bool = False) -> Brief | None:
    """The brief, or None when it has errors. A draft's problems are warnings that say
    "draft:": a draft is left out of the site, and never stops the others being published."""
    found = Report()
    brief, draft = _load_brief(path, root, config, speakers, found, coverage)
    if not draft:
        report.extend(found)
    for problem in found.items if draft else ():
        report.warning(problem.path, problem.mark, f"draft: {problem.message}", problem.hint)
    return brief


def _load_brief(path: Path, root: Path, config: SiteConfig, speakers: dict[str, Speaker],
                report: Report, coverage: bool) -> tuple[Brief | None, bool]:
    """The brief (None on errors), and whether it is a draft."""
    if (path.absolute().is_relative_to(root.absolute())
            and not path.resolve().is_relative_to(root.resolve())):
        # in the project, but a link leading out: as refused as an article file would be
        report.error(path, None, "the brief is a link to a file outside the project",
                     "copy the file into briefs/ instead of linking to it")
        return None, False
    text = read_text(path, report, what="brief")
    if text is None:
        return None, False
    data = parse_data(text, path, BRIEF, report, "brief")
    if data is None:
        return None, bool(_DRAFT_LINE.search(text))
    sound = not report.errors  # the format check found nothing wrong
    brief = build_brief(data, path, root, config, speakers, report, sound=sound,
                        coverage=coverage)
    return brief, data.get("draft") is True


def load_project(root: Path, paths: list[Path] | None = None, *, coverage: bool = False
                 ) -> tuple[Project, Report]:
    """Every brief of the project (or only ``paths``), with every problem found; with
    ``coverage``, also a warning for each statement the detector finds unannotated."""
    report = Report()
    config, speakers = load_config(root, report)
    files = find_briefs(root) if paths is None else paths
    briefs = []
    for path in files:
        brief = load_brief(path, root, config, speakers, report, coverage=coverage)
        if brief is not None:
            briefs.append(brief)
    check_unique_slugs(briefs, root, report)
    pages = load_pages(root, config, report) if paths is None else ()
    return Project(config, tuple(briefs), pages), report


def load_pages(root: Path, config: SiteConfig, report: Report) -> tuple[Page, ...]:
    """The Markdown pages: those the config lists, else every pages/*.md, in that order."""
    if config.pages is None:
        names = sorted(p.relative_to(root).as_posix() for p in (root / PAGES_DIR).glob("*.md"))
    else:
        names = list(config.pages)
    pages: list[Page] = []
    taken = set(RESERVED)
    for name in names:
        path = resolve_inside(root, name)
        if path is None:
            report.error(root / CONFIG_FILE, None, f"pages: {name!r} is outside the project",
                         "keep pages inside the project folder, e.g. in pages/")
            continue
        text = read_text(path, report, what="page")
        if text is None:
            continue
        check_placeholders(path, text, report)
        first, _, body = text.lstrip("\n").partition("\n")
        if not first.startswith("# "):
            report.error(path, Mark(1, 1), "the page has no title",
                         "start it with a heading line such as '# About us'")
            continue
        slug = path.stem
        if not ID_PATTERN.fullmatch(slug) or slug in taken:
            report.error(path, None, f"the file name {path.name!r} cannot be a page address",
                         f"rename it, e.g. to {slugify(slug) or 'page'}-page.md")
            continue
        taken.add(slug)
        pages.append(Page(slug, first[2:].strip(), body.strip() + "\n", name))
    return tuple(pages)


def check_unique_slugs(briefs: list[Brief], root: Path, report: Report) -> None:
    first: dict[str, Brief] = {}
    for brief in briefs:
        if brief.slug not in first:
            first[brief.slug] = brief
            continue
        other = first[brief.slug]
        hint = "rename one of the files or set a different 'slug:'"
        if brief.draft or other.draft:  # often a copy of a brief, made to start the next one
            draft, published = (brief, other) if brief.draft else (other, brief)
            report.warning(root / draft.source, None, f"draft: the slug {draft.slug!r} is also "
                           f"used by {published.source}", hint)
        else:
            report.error(root / brief.source, None,
                         f"the slug {brief.slug!r} is also used by {other.source}", hint)

"""Load a project folder: its config, shared speakers and every brief, checked."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from briefgen.check.fields import Context, FieldType, did_you_mean
from briefgen.check.schema import BRIEF, CONFIG, SPEAKERS_FILE
from briefgen.check.starter import check_placeholders, check_workflow_pin
from briefgen.check.validate import brief_from, config_from, speakers_from
from briefgen.diagnostics import Mark, Report
from briefgen.load.files import CONFIG_FILE, PAGES_DIR, SPEAKERS_FILE_NAME, find_briefs
from briefgen.load.paths import resolve_inside
from briefgen.load.yamlsource import parse_yaml, read_text
from briefgen.model import (
    ID_PATTERN,
    RESERVED,
    Brief,
    Page,
    Project,
    SiteConfig,
    Speaker,
    Translation,
    slugify,
)

# A brief whose YAML cannot be read is still known as a draft by this line of it.
_DRAFT_LINE = re.compile(r"^draft:[ \t]*(?:true|yes|on)[ \t]*(?:#.*)?$",
                         re.IGNORECASE | re.MULTILINE)


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


def load_config(root: Path, report: Report) -> tuple[SiteConfig, dict[str, Speaker]]:
    config = SiteConfig()
    path = root / CONFIG_FILE
    if path.exists():
        data = load_yaml(path, CONFIG, report, "site config")
        if data is not None:
            config = config_from(data, path, report)
    speakers: dict[str, Speaker] = {}
    path = root / SPEAKERS_FILE_NAME
    if path.exists():
        data = load_yaml(path, SPEAKERS_FILE, report, "speakers file")
        if data is not None:
            speakers = speakers_from(data)
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
    brief = brief_from(data, path, root, config, speakers, report, sound=sound,
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
    check_unique_slugs(((b.slug, root / b.source, b.draft) for b in briefs), root, report)
    check_translations([TranslationLinks(root / b.source, b.slug, b.language, b.draft,
                                         b.translations) for b in briefs], config, report)
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


def check_unique_slugs(briefs: Iterable[tuple[str, str | Path, bool]], root: Path,
                       report: Report) -> None:
    """Each brief's slug, given with its file and whether it is a draft, is its page's
    address: no two may share one. A draft that does is often a copy of a published brief,
    made to start the next one: a warning, since a draft never stops the others."""
    first: dict[str, tuple[str | Path, bool]] = {}
    for slug, path, draft in briefs:
        if slug not in first:
            first[slug] = (path, draft)
            continue
        other, other_draft = first[slug]
        hint = "rename one of the files or set a different 'slug:'"
        if draft or other_draft:
            drafted, published = (path, other) if draft else (other, path)
            report.warning(Path(drafted), None, f"draft: the slug {slug!r} is also used by "
                           f"{Path(published).relative_to(root).as_posix()}", hint)
        else:
            report.error(Path(path), None, f"the slug {slug!r} is also used by "
                         f"{Path(other).relative_to(root).as_posix()}", hint)


class TranslationLinks(NamedTuple):
    """A brief's links to its translations, with what the check across briefs needs."""

    path: str | Path
    slug: str
    language: str
    draft: bool
    translations: tuple[Translation, ...]


def check_translations(briefs: list[TranslationLinks], config: SiteConfig,
                       report: Report) -> None:
    """Each translation a brief names is a brief of the site, in the language named, that
    names this brief in turn: the two pages link to each other, as readers and search engines
    expect (hreflang). A published brief may not link to a draft, whose page is not on the
    site; a draft's problems are warnings, since a draft never stops the others."""
    by_slug = {brief.slug: brief for brief in briefs}
    for brief in briefs:
        add = report.warning if brief.draft else report.error
        for link in brief.translations:
            other = by_slug.get(link.slug)
            where, path = f"translations: {link.slug!r}", Path(brief.path)
            if other is None:
                hint = did_you_mean(link.slug, sorted(by_slug))
                add(path, link.mark, f"{where}: no brief has this slug",
                    hint if hint.startswith("did you") else "write the slug of a brief of "
                    "this site: its file name without .yaml, or its 'slug:'")
                continue
            other_file = Path(other.path).name
            if other.language != link.language:
                add(path, link.mark, f"{where} is written in {other.language!r}, not "
                    f"{link.language!r}", f"write 'language: {other.language}' for it, or "
                    f"set 'language: {link.language}' in {other_file}")
            elif not any(back.slug == brief.slug and back.language == brief.language
                         for back in other.translations):
                add(path, link.mark, f"{where} does not list this brief among its "
                    "translations", f"add it to {other_file}: translations: - language: "
                    f"{brief.language}, slug: {brief.slug}")
            elif other.draft and not config.publishes(True) and not brief.draft:
                add(path, link.mark, f"{where} is a draft, so its page is not published",
                    "publish the two together: remove this translation until it is")

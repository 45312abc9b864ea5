"""Scan: what a build reads before any brief, and the keys that name it.

The settings, shared speakers, pages, templates and the list of brief files are read at the
start of every build, small as they are; everything a brief's analysis depends on beyond its
own files is named by ``config_key``, and everything every page depends on by ``site_key``.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen import __version__
from briefgen.digest import digest
from briefgen.incremental.cache import CACHE_FORMAT
from briefgen.load.files import CONFIG_FILE, PAGES_DIR, SPEAKERS_FILE_NAME, find_brief_names
from briefgen.load.paths import default_templates

if TYPE_CHECKING:  # a build that finds nothing changed reads no settings, so imports no model
    from briefgen.diagnostics import Report
    from briefgen.model import Page, SiteConfig, Speaker

TEMPLATES_DIR = "templates"
OUTPUT_DIR = "site"

# A file's modification time and size, by path: what tells that it may have changed.
Stats = dict[str, tuple[int, int]]


@dataclass(frozen=True)
class Inputs:
    root: Path
    target: Path  # the output folder
    config: SiteConfig
    speakers: dict[str, Speaker]
    pages: tuple[Page, ...]
    template_dirs: tuple[Path, ...]  # the site's own first
    template_files: tuple[Path, ...]
    brief_files: tuple[str, ...]  # by name: a Path is made only for a brief read again
    config_key: str  # names what a brief's analysis depends on beyond its own files
    site_key: str  # names what every page depends on: the above, the pages and the templates
    quick_key: str  # see quick_key

    def watched(self) -> list[Path | str]:
        """Every file whose change a build must notice, articles apart."""
        return watched(self.root, self.brief_files, self.template_files,
                       [page.source for page in self.pages])


def watched(root: Path, brief_files: Iterable[str], template_files: Iterable[Path],
            page_sources: Iterable[str]) -> list[Path | str]:
    """Every file whose change a build must notice, articles apart."""
    return [*brief_files, root / CONFIG_FILE, root / SPEAKERS_FILE_NAME, *template_files,
            *(root / source for source in page_sources)]


def quick_key(root: Path, drafts: bool, template_files: Sequence[Path],
              page_sources: Sequence[str]) -> str:
    """Names, with no file read, what a build depends on beside its inputs' sizes and times:
    briefgen itself, whether drafts are shown, the templates and pages there are and which
    the settings named. Equal keys and equal stats mean nothing changed, which a build can
    then tell without reading the settings, the shared speakers or the templates."""
    listed = sorted(path.name for path in (root / PAGES_DIR).glob("*.md"))
    return digest(__version__, code_digest(), str(CACHE_FORMAT), str(drafts), repr(listed),
                  repr([str(path) for path in template_files]), repr(list(page_sources)))


def read_inputs(root: Path, out: Path | None, report: Report, *, drafts: bool = False,
                brief_files: tuple[str, ...] | None = None) -> Inputs | None:
    """The project's inputs, or None when its settings or pages have errors (in ``report``).
    With ``drafts`` the drafts are on the site: that is in config_key, a cache apart. The
    ``brief_files`` are listed here unless a first look listed them already."""
    from briefgen.check.project import load_config, load_pages

    root = root.absolute()
    config, speakers = load_config(root, report)
    config = dataclasses.replace(config, show_drafts=drafts)
    pages = load_pages(root, config, report)
    if report.failed:
        return None
    dirs = template_dirs(root)
    templates = list_templates(dirs)
    config_key = digest(__version__, code_digest(), str(CACHE_FORMAT), repr(config),
                        repr(sorted(speakers.items())))
    site_key = digest(config_key, repr(pages), *(
        f"{rank} {p.relative_to(d).as_posix()} {digest(p.read_bytes())}"
        for rank, d in enumerate(dirs) for p in templates if p.is_relative_to(d)))
    return Inputs(root, output_folder(root, out), config, speakers, pages, dirs, templates,
                  tuple(find_brief_names(root)) if brief_files is None else brief_files,
                  config_key, site_key,
                  quick_key(root, drafts, templates, [page.source for page in pages]))


def output_folder(root: Path, out: Path | None) -> Path:
    return (out if out is not None else root / OUTPUT_DIR).absolute()


def list_templates(dirs: Iterable[Path]) -> tuple[Path, ...]:
    """Every template file of the ``dirs``, in a stable order."""
    return tuple(sorted(p for d in dirs for p in d.rglob("*") if p.is_file()))


def template_dirs(root: Path) -> tuple[Path, ...]:
    """The site's own templates first, so any one of them overrides the default of that name."""
    unique: list[Path] = []
    for folder in (root / TEMPLATES_DIR, default_templates()):
        if folder.is_dir() and all(folder.resolve() != d.resolve() for d in unique):
            unique.append(folder)
    return tuple(unique)


def input_stats(paths: Iterable[Path | str]) -> Stats:
    """Each existing file's modification time and size."""
    found = {}
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        found[str(path)] = (info.st_mtime_ns, info.st_size)
    return found


def file_digest(path: str) -> str:
    try:
        return digest(Path(path).read_bytes())
    except OSError:
        return ""


@functools.cache
def code_digest() -> str:
    """The code that made what the cache holds: a cache made by any other briefgen (a
    checkout a commit apart, an upgrade that kept its version number, an edited lexicon) is
    not trusted. Reading the package's modules and data takes a few milliseconds."""
    package = Path(__file__).parents[1]
    # its data too: the detector's lexicons and the readability settings are code's equals
    return digest(*(path.read_bytes() for path in sorted(
        [*package.rglob("*.py"), *package.rglob("*.toml")])))

"""The pipeline: load → validate → analyse → render → write."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .analysis import BriefFigures, analyse
from .diagnostics import Report
from .model import Project
from .output import write_site
from .project import load_project
from .render import default_templates, render_site

TEMPLATES_DIR = "templates"
OUTPUT_DIR = "site"


@dataclass(frozen=True)
class BuildResult:
    report: Report
    project: Project
    pages: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.report.errors

    @property
    def drafts(self) -> int:
        return sum(b.draft for b in self.project.briefs)


def template_dirs(root: Path) -> list[Path]:
    """The site's own templates first, so any one of them overrides the default of that name."""
    dirs = [root / TEMPLATES_DIR, default_templates()]
    unique: list[Path] = []
    for folder in dirs:
        if folder.is_dir() and all(folder.resolve() != d.resolve() for d in unique):
            unique.append(folder)
    return unique


def analyse_project(project: Project) -> dict[str, BriefFigures]:
    return {brief.slug: analyse(brief) for brief in project.published}


def build(root: Path, out: Path | None = None) -> BuildResult:
    """Check every brief; when all are sound, write the whole site at once."""
    started = time.perf_counter()
    project, report = load_project(root)
    if report.errors:
        return BuildResult(report, project)
    files = render_site(project, analyse_project(project), template_dirs(root))
    write_site(files, out if out is not None else root / OUTPUT_DIR)
    pages = sum(name.endswith(".html") for name in files)
    return BuildResult(report, project, pages, time.perf_counter() - started)

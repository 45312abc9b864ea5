"""The pipeline: load → validate → analyse → render → write."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .analysis import BriefFigures, analyse
from .diagnostics import Mark, Report
from .model import Project
from .output import OutputError, write_site
from .project import load_project
from .render import default_templates, render_site

TEMPLATES_DIR = "templates"
OUTPUT_DIR = "site"


# Called as progress(phase, done, total) while briefs are analysed.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildResult:
    report: Report
    project: Project
    pages: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds spent in each step

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


def _template_frame(error: Exception) -> tuple[Path | None, Mark | None]:
    """Where in a template a rendering error happened: Jinja puts template lines in tracebacks."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".txt")) and frame.lineno:
            return Path(frame.filename), Mark(frame.lineno, 1)
    return None, None


def analyse_project(project: Project, progress: Progress | None = None
                    ) -> dict[str, BriefFigures]:
    briefs = project.published
    figures = {}
    for done, brief in enumerate(briefs, 1):
        figures[brief.slug] = analyse(brief)
        if progress:
            progress("analyse", done, len(briefs))
    return figures


def build(root: Path, out: Path | None = None, progress: Progress | None = None) -> BuildResult:
    """Check every brief; when all are sound, write the whole site at once."""
    phases: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(phase: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        phases[phase] = now - clock
        clock = now

    project, report = load_project(root)
    lap("load and check")
    if report.errors:
        return BuildResult(report, project, phases=phases)
    target = out if out is not None else root / OUTPUT_DIR
    try:
        figures = analyse_project(project, progress)
        lap("analyse")
        files = render_site(project, figures, template_dirs(root))
        lap("render")
        write_site(files, target)
        lap("write")
    except jinja2.TemplateSyntaxError as error:
        report.error(Path(error.filename or error.name or "template"),
                     Mark(error.lineno, 1) if error.lineno else None,
                     f"template syntax error: {error.message}", "fix the template or remove it "
                     "from your templates/ folder to use the default")
    except jinja2.TemplateNotFound as error:
        report.error(root / TEMPLATES_DIR, None, f"template not found: {error.name}",
                     "check the name in your template's extends, include or import")
    except jinja2.TemplateError as error:
        path, mark = _template_frame(error)
        report.error(path or root / TEMPLATES_DIR, mark, f"template error: {error}",
                     "fix the template or remove it from templates/ to use the default")
    except OutputError as error:
        report.error(target, None, str(error))
    except OSError as error:
        report.error(target, None, f"could not write the site ({error.strerror or error})",
                     "free some disk space or fix the folder's permissions; the previous site "
                     "was left as it was")
    else:
        pages = sum(name.endswith(".html") for name in files)
        return BuildResult(report, project, pages, sum(phases.values()), phases)
    return BuildResult(report, project, phases=phases)

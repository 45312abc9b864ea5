"""The build: load → check → analyse → render → write, doing only the work that changed.

It runs as five named phases over named values:
- scan: read the settings, pages, templates and the list of briefs, and return at once when
  nothing changed since the last build (their sizes and times say so);
- plan: which briefs must be read again, and which unchanged briefs' pages rendered again
  (templates or settings changed);
- process: read, check and analyse those briefs and render their pages, in worker processes
  when there are many;
- render: every other page whose key changed (a listing's key names the cards it shows),
  kept from the previous site where it did not;
- assemble: swap the new site in whole, and remember what was written.
The result is byte-identical to a build from nothing, whatever the cache held and however
the work was shared out.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.check.project import TranslationLinks, check_translations, check_unique_slugs
from briefgen.diagnostics import Mark, Report
from briefgen.incremental.assemble import assemble
from briefgen.incremental.cache import CACHE_DIR, Cache, Shared
from briefgen.incremental.crew import Crew, Progress
from briefgen.incremental.inputs import TEMPLATES_DIR, Inputs, read_inputs
from briefgen.incremental.outputs import render
from briefgen.incremental.plan import plan_build
from briefgen.incremental.process import process
from briefgen.incremental.products import PARTS
from briefgen.incremental.state import (
    Glance,
    LastBuild,
    Outputs,
    is_current,
    read_glance,
    read_last,
    remember,
)
from briefgen.incremental.workers import WorkerContext
from briefgen.render.compiled import CompiledTemplates
from briefgen.write.lock import BuildLock, Busy
from briefgen.write.staging import OutputError, Staging, read_marker


@dataclass(frozen=True)
class BuildResult:
    report: Report
    pages: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds spent in each phase
    rendered: tuple[str, ...] = ()  # files rendered this time; the rest were kept
    up_to_date: bool = False  # nothing changed since the last build
    published: int = 0  # briefs
    drafts: int = 0

    @property
    def ok(self) -> bool:
        return not self.report.failed


class Clock:
    """The seconds spent in each phase of a build."""

    def __init__(self) -> None:
        self.phases: dict[str, float] = {}
        self.last = time.perf_counter()

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        self.phases[phase] = self.phases.get(phase, 0.0) + now - self.last
        self.last = now

    @property
    def seconds(self) -> float:
        return sum(self.phases.values())


def build(root: Path, out: Path | None = None, progress: Progress | None = None, *,
          workers: int | None = None, use_cache: bool = True, drafts: bool = False,
          strict: bool = False, start_method: str | None = None, wait: bool = True,
          waiting: Callable[[str], None] | None = None) -> BuildResult:
    """Check every brief; when all are sound, write the whole site at once. With ``drafts``,
    drafts are on the site too; with ``strict``, a warning stops the build as an error does.
    ``workers`` caps the worker processes (default: one per core); ``start_method`` says how
    they start (default: the platform's safe one, see workers.start_method). One build at a
    time writes a project: another waits for it (telling ``waiting`` why), or fails at once
    when not asked to ``wait``."""
    clock = Clock()
    report = Report(strict=strict)
    inputs = read_inputs(root, out, report, drafts=drafts)
    if inputs is None:
        return BuildResult(report, phases=clock.phases)
    settings = Crew.Settings(workers or os.cpu_count() or 1, start_method, progress)
    try:
        with BuildLock(inputs.root, inputs.root / CACHE_DIR if use_cache else None,
                       wait=wait, waiting=waiting), \
                _cache_folder(inputs.root, use_cache, report) as cache_dir:
            cache = Cache(cache_dir)
            cache.shared = Shared([*inputs.config.ratings, *inputs.speakers.values()])
            try:
                return _build(inputs, cache, report, clock, settings)
            finally:
                cache.close()
    except Busy as busy:
        report.error(inputs.root, None, str(busy),
                     "wait for it to finish and build again, or build without --no-wait")
    return BuildResult(report, phases=clock.phases)


@contextmanager
def _cache_folder(root: Path, use_cache: bool, report: Report) -> Iterator[Path]:
    """The project's cache folder, or one for this build only (the workers still hand their
    results over through it) when the cache is not wanted or cannot be used, which the
    report then says once."""
    folder = root / CACHE_DIR
    if use_cache:
        probe = Cache(folder)
        usable, problem = probe.db is not None, probe.problem
        probe.close()
        if usable:
            yield folder
            return
        report.warning(folder, None, f"the cache cannot be used ({problem}); this build "
                       "analyses every brief again", "check that the folder can be written, "
                       "or delete it: briefgen makes it again")
    folder = Path(tempfile.mkdtemp(prefix="briefgen-cache-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _build(inputs: Inputs, cache: Cache, report: Report, clock: Clock,
           settings: Crew.Settings) -> BuildResult:
    # scan
    glance = read_glance(cache, inputs.target)
    marker = read_marker(inputs.target)
    if is_current(glance, inputs, marker):
        assert glance is not None
        report.items.extend(glance.warnings)
        clock.lap("scan")
        return BuildResult(report, glance.pages, clock.seconds, clock.phases, up_to_date=True,
                           published=glance.counts[0], drafts=glance.counts[1])
    last = read_last(cache, inputs, glance)
    clock.lap("scan")
    try:
        staging = Staging(inputs.target, last.outputs.back_build.encode()
                          if last.outputs.back_build else None)
    except OutputError as error:
        report.error(inputs.target, None, str(error))
        return BuildResult(report, phases=clock.phases)
    try:
        return _build_into(inputs, cache, report, clock, settings, last, marker, staging)
    except BaseException as error:
        staging.abort()
        if not _report_failure(error, inputs, report):
            raise
    return BuildResult(report, phases=clock.phases)


def _build_into(inputs: Inputs, cache: Cache, report: Report, clock: Clock,
                settings: Crew.Settings, last: LastBuild, marker: bytes | None,
                staging: Staging) -> BuildResult:
    plan = plan_build(inputs, last, marker, staging.reused)
    clock.lap("plan")
    context = WorkerContext(inputs.root, inputs.config, inputs.speakers, inputs.pages,
                            inputs.template_dirs, cache.folder, staging.root,
                            staging.reused, inputs.config_key, inputs.site_key)
    with Crew(context, cache, settings, len(plan.todo) + len(plan.rerender)) as crew:
        processed = process(plan, crew)
        units = {str(path): plan.kept.get(str(path)) or processed.units[str(path)]
                 for path in inputs.brief_files
                 if str(path) in plan.kept or str(path) in processed.units}
        for unit in plan.kept.values():
            report.items.extend(unit.warnings)
        report.items.extend(processed.problems)
        check_unique_slugs(((u.facts.slug, Path(path), u.facts.draft)
                            for path, u in units.items()), inputs.root, report)
        check_translations([TranslationLinks(Path(path), u.facts.slug, u.facts.language,
                                             u.facts.draft, u.facts.translations)
                            for path, u in units.items()], inputs.config, report)
        clock.lap("process")
        if report.failed:
            staging.abort()
            return BuildResult(report, phases=clock.phases)
        written = render(inputs, plan, units, processed, staging, crew)
        _say_if_templates_were_not_kept(crew, report)
        clock.lap("render")
    done = assemble(staging, inputs, plan, written, units)
    drafts = sum(u.facts.draft for u in units.values())  # found, whether shown or not
    gone = {u.key for u in last.units.values()} - {u.key for u in units.values()}
    remember(cache, inputs, last,
             Glance(inputs.site_key, done.build_id, done.stats, done.pages,
                    tuple(sorted({u.article for u in units.values() if u.article})),
                    # with those of briefs left out for their problems (drafts), read every time
                    (*(w for u in units.values() for w in u.warnings), *processed.left_out),
                    (len(units) - drafts, drafts)),
             Outputs(inputs.config_key, done.outputs, done.back, done.back_build),
             processed.units, units, done.layouts, {key + part for key in gone for part in PARTS})
    clock.lap("assemble")
    return BuildResult(report, done.pages, clock.seconds, clock.phases, written.rendered,
                       published=len(units) - drafts, drafts=drafts)


def _say_if_templates_were_not_kept(crew: Crew, report: Report) -> None:
    compiled = crew.shop.renderer.env.bytecode_cache
    if isinstance(compiled, CompiledTemplates) and compiled.problem is not None:
        problem = compiled.problem
        report.warning(Path(compiled.directory), None, "the compiled templates cannot be kept "
                       f"({problem.strerror or problem}); every build compiles them again",
                       "check that the folder can be written, or delete it: briefgen makes it "
                       "again")


def _report_failure(error: BaseException, inputs: Inputs, report: Report) -> bool:
    """Report a failure the editor can mend (a template, the output folder, the disk);
    False for anything else, which is a bug to be raised."""
    import jinja2

    templates = inputs.root / TEMPLATES_DIR
    if isinstance(error, jinja2.TemplateSyntaxError):
        report.error(Path(error.filename or error.name or "template"),
                     Mark(error.lineno, 1) if error.lineno else None,
                     f"template syntax error: {error.message}", "fix the template or remove "
                     "it from your templates/ folder to use the default")
    elif isinstance(error, jinja2.TemplateNotFound):
        report.error(templates, None, f"template not found: {error.name}",
                     "check the name in your template's extends, include or import")
    elif isinstance(error, jinja2.TemplateError):
        path, mark = _template_frame(error)
        report.error(path or templates, mark, f"template error: {error}",
                     "fix the template or remove it from templates/ to use the default")
    elif isinstance(error, OutputError):
        report.error(inputs.target, None, str(error))
    elif isinstance(error, OSError):
        report.error(inputs.target, None, f"could not write the site "
                     f"({error.strerror or error})", "free some disk space or fix the folder's "
                     "permissions; the previous site was left as it was")
    else:
        return False
    return True


def _template_frame(error: Exception) -> tuple[Path | None, Mark | None]:
    """Where in a template a rendering error happened: Jinja puts template lines in tracebacks."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".txt")) and frame.lineno:
            return Path(frame.filename), Mark(frame.lineno, 1)
    return None, None

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
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from briefgen.diagnostics import Mark, Report
from briefgen.incremental.cache import CACHE_DIR, Cache, Shared
from briefgen.incremental.inputs import TEMPLATES_DIR, Inputs, output_folder, read_inputs
from briefgen.incremental.result import BuildResult, Clock, Progress, Settings
from briefgen.incremental.state import (
    Look,
    Memory,
    first_look,
    is_current,
    read_last,
    scan_stats,
)
from briefgen.write.lock import BuildLock, Busy
from briefgen.write.staging import OutputError, Staging, read_marker


def build(root: Path, out: Path | None = None, progress: Progress | None = None, *,
          workers: int | None = None, use_cache: bool = True, drafts: bool = False,
          strict: bool = False, start_method: str | None = None, wait: bool = True,
          waiting: Callable[[str], None] | None = None, memory: Memory | None = None
          ) -> BuildResult:
    """Check every brief; when all are sound, write the whole site at once. With ``drafts``,
    drafts are on the site too; with ``strict``, a warning stops the build as an error does.
    ``workers`` caps the worker processes (default: one per core); ``start_method`` says how
    they start (default: the platform's safe one, see workers.start_method). One build at a
    time writes a project: another waits for it (telling ``waiting`` why), or fails at once
    when not asked to ``wait``. A caller that builds again and again (serve) may keep what
    each build left in a ``memory`` for the next."""
    clock = Clock()
    report = Report(strict=strict)
    root = root.absolute()
    target = output_folder(root, out)
    try:
        with (BuildLock(root, root / CACHE_DIR if use_cache else None, wait=wait,
                        waiting=waiting),
              _opened_cache(root, use_cache) as (cache, problem)):
            look = (first_look(cache, root, target, drafts)
                    if cache.folder == root / CACHE_DIR else None)
            if look is not None and look.unchanged(read_marker(target)):
                assert look.glance is not None
                report.items.extend(look.glance.warnings)
                clock.lap("scan")
                return BuildResult(report, look.glance.pages, clock.seconds, clock.phases,
                                   up_to_date=True, published=look.glance.counts[0],
                                   drafts=look.glance.counts[1])
            inputs = read_inputs(root, out, report, drafts=drafts,
                                 brief_files=look.brief_files if look else None)
            if inputs is None:
                return BuildResult(report, phases=clock.phases)
            if problem:
                report.warning(root / CACHE_DIR, None, f"the cache cannot be used ({problem}); "
                               "this build analyses every brief again", "check that the folder "
                               "can be written, or delete it: briefgen makes it again")
            settings = Settings(workers or os.cpu_count() or 1, start_method, progress)
            cache.shared = Shared([*inputs.config.ratings, *inputs.speakers.values()])
            return _build(inputs, cache, report, clock, settings, memory, look)
    except Busy as busy:
        report.error(root, None, str(busy),
                     "wait for it to finish and build again, or build without --no-wait")
    return BuildResult(report, phases=clock.phases)


@contextmanager
def _opened_cache(root: Path, use_cache: bool) -> Iterator[tuple[Cache, str]]:
    """The project's cache, open for the whole build; else, when it is not wanted or cannot
    be used (the second value then says why), one in a folder for this build only: the
    workers still hand their results over through it."""
    problem = ""
    if use_cache:
        cache = Cache(root / CACHE_DIR)
        if cache.db is not None:
            try:
                yield cache, ""
            finally:
                cache.close()
            return
        problem = cache.problem
        cache.close()
    folder = Path(tempfile.mkdtemp(prefix="briefgen-cache-"))
    cache = Cache(folder)
    try:
        yield cache, problem
    finally:
        cache.close()
        shutil.rmtree(folder, ignore_errors=True)


def _build(inputs: Inputs, cache: Cache, report: Report, clock: Clock,
           settings: Settings, memory: Memory | None, look: Look | None) -> BuildResult:
    # scan: what the first look saw of the same inputs is not taken again (there is no look,
    # and so no last build, in a cache made for this build alone)
    glance = look.glance if look is not None else None
    marker = read_marker(inputs.target)
    now = (look.stats if look is not None and look.stats and look.quick_key == inputs.quick_key
           else scan_stats(inputs, glance))
    if is_current(glance, inputs, marker, now):
        assert glance is not None
        report.items.extend(glance.warnings)
        clock.lap("scan")
        return BuildResult(report, glance.pages, clock.seconds, clock.phases, up_to_date=True,
                           published=glance.counts[0], drafts=glance.counts[1])
    last = (memory.recall(inputs, glance) if memory else None) or read_last(cache, inputs, glance)
    clock.lap("scan")
    try:
        staging = Staging(inputs.target, last.outputs.back_build.encode()
                          if last.outputs.back_build else None)
    except OutputError as error:
        report.error(inputs.target, None, str(error))
        return BuildResult(report, phases=clock.phases)
    # The rest of the build analyses and renders: its code (the detector, textstat's formulas,
    # Jinja, Markdown) is imported here, not at the top, for a build that finds nothing
    # changed never needs it, and importing it would be half that build's time.
    from briefgen.incremental.phases import build_into

    try:
        return build_into(inputs, cache, report, clock, settings, last, marker, now, staging,
                          memory)
    except BaseException as error:
        staging.abort()
        if not _report_failure(error, inputs, report):
            raise
    return BuildResult(report, phases=clock.phases)


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

"""The pipeline: load → validate → analyse → render → write, doing only the work that changed.

A build remembers, in the project's cache, each brief's content key and the key of every page
it wrote. The next build
- returns at once when no input file changed (their sizes and times say so);
- re-reads, re-checks and re-analyses only briefs whose file or article changed;
- re-renders only pages whose key changed (a listing's key names the briefs it shows), and
  hard-links every other page from the previous site into the new one;
- spreads the per-brief work over all cores.
The result is byte-identical to a build from nothing, whatever the cache held.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import pickle
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import __version__
from .cache import CACHE_DIR, CACHE_FORMAT, Cache, digest
from .diagnostics import Diagnostic, Mark, Report
from .model import Brief, Project, SiteConfig, Speaker
from .output import OutputError, Staging, read_marker, replace_file
from .paths import default_templates
from .project import (
    CONFIG_FILE,
    SPEAKERS_FILE_NAME,
    check_unique_slugs,
    find_briefs,
    load_brief,
    load_config,
    load_pages,
)
from .site import Listed, facts_of

if TYPE_CHECKING:
    from .analysis import BriefFigures
    from .render import Job, Renderer

# Analysing and rendering (textstat, the detector, Jinja, Markdown) are imported where they
# are used, not here: a build that finds nothing changed never needs them, and importing
# them would be most of its time.

TEMPLATES_DIR = "templates"
OUTPUT_DIR = "site"
PARALLEL_FROM = 48  # briefs; below this, starting worker processes costs more than it saves

# Called as progress(phase, done, total) while briefs are processed.
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildResult:
    report: Report
    project: Project
    pages: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds spent in each step
    rendered: tuple[str, ...] = ()  # files rendered this time; the rest were kept
    up_to_date: bool = False  # nothing changed since the last build
    counts: tuple[int, int] | None = None  # (published, drafts) when the project is not loaded

    @property
    def ok(self) -> bool:
        return not self.report.errors

    @property
    def published(self) -> int:
        return self.counts[0] if self.counts else len(self.project.published)

    @property
    def drafts(self) -> int:
        return self.counts[1] if self.counts else sum(b.draft for b in self.project.briefs)


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


def card(brief: Brief) -> Brief:
    """The brief as listings, feeds and speaker pages show it: without the article's text, the
    other statements or the analysis, which only its own page needs."""
    return dataclasses.replace(
        brief, article=dataclasses.replace(brief.article, text=""), statements=(),
        verdict=dataclasses.replace(brief.verdict, body=""))


# --- Per-brief work, in worker processes or in this one ----------------------------------------


class Unit(NamedTuple):
    """What a build keeps of one brief file between builds, each in its own cache entry:
    plain values, quick to load for thousands of briefs."""

    brief_digest: str
    article: str  # the article file's absolute path, "" for inline text
    article_digest: str
    key: str  # names the brief's content: the file, its article and the settings it uses
    facts: tuple[Any, ...]  # what places it in the site (site.facts_of)
    card: bytes  # the pickled card, loaded only when a page shows it
    data: bytes  # its entry of briefs.json
    search: bytes  # its entry of the search data
    warnings: tuple[Diagnostic, ...]

    def listed(self) -> Listed:
        return Listed(self.facts, self.card)


@dataclass
class _Worker:
    root: Path
    config: SiteConfig
    speakers: dict[str, Speaker]
    renderer: Renderer
    staging: Path
    cache_dir: Path | None
    cache: Cache | None = None


_worker: _Worker | None = None


def _start_worker(state: _Worker) -> None:
    global _worker
    _worker = state


def _file_digest(path: str) -> str:
    try:
        return digest(Path(path).read_bytes())
    except OSError:
        return ""


def _process(path: Path, config_key: str, render: bool
             ) -> tuple[Path, Unit | None, list[Diagnostic], str | None]:
    """Load, check and analyse one brief, and render its page into the staging folder.
    Returns the unit (None on errors), the problems, and the slug of the page rendered."""
    from .analysis import analyse, summarise
    from .render import brief_data, brief_path, render_page, search_entry

    assert _worker is not None
    w = _worker
    report = Report()
    data = path.read_bytes()
    brief = load_brief(path, w.root, w.config, w.speakers, report)
    if brief is None:
        return path, None, report.items, None
    article = ""
    if brief.article.file:
        article = str((w.root / brief.article.file).resolve())
    article_digest = _file_digest(article) if article else ""
    key = digest(config_key, data, article_digest)
    figures = analyse(brief) if not brief.draft else None
    if figures is not None and render:
        target = w.staging.joinpath(*brief_path(brief).split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(target, render_page(w.renderer, brief, figures))
    if figures is not None and w.cache_dir is not None:
        if w.cache is None:
            w.cache = Cache(w.cache_dir)
        w.cache.put(key, (brief, figures))
    entry = brief_data(brief, summarise(figures), w.renderer.absolute(brief_path(brief))
                       ) if figures else b""
    shown = card(brief)
    unit = Unit(digest(data), article, article_digest, key, facts_of(shown),
                pickle.dumps(shown, protocol=pickle.HIGHEST_PROTOCOL), entry,
                search_entry(brief) if figures else b"", tuple(report.warnings))
    return path, unit, report.items, brief.slug if figures is not None and render else None


def _render_cached(slug: str, key: str) -> str | None:
    """Render a brief page whose content is cached; the slug when the cache lost it."""
    from .render import brief_path, render_page

    assert _worker is not None
    w = _worker
    if w.cache is None:
        w.cache = Cache(w.cache_dir)
    stored = w.cache.get(key)
    if stored is None:
        return slug
    brief, figures = stored
    target = w.staging.joinpath(*brief_path(brief).split("/"))
    target.parent.mkdir(parents=True, exist_ok=True)
    replace_file(target, render_page(w.renderer, brief, figures))
    return None


# --- The build ---------------------------------------------------------------------------------


def input_stats(paths: Iterable[Path | str]) -> dict[str, tuple[int, int]]:
    """Each existing file's modification time and size: what tells that it may have changed."""
    found = {}
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        found[str(path)] = (info.st_mtime_ns, info.st_size)
    return found


def _template_files(dirs: list[Path]) -> list[Path]:
    return sorted(p for d in dirs for p in d.rglob("*") if p.is_file())


def build(root: Path, out: Path | None = None, progress: Progress | None = None, *,
          workers: int | None = None, use_cache: bool = True) -> BuildResult:
    """Check every brief; when all are sound, write the whole site at once."""
    phases: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(phase: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        phases[phase] = phases.get(phase, 0.0) + now - clock
        clock = now

    root = root.absolute()
    target = (out if out is not None else root / OUTPUT_DIR).absolute()
    report = Report()
    config, speakers = load_config(root, report)
    pages = load_pages(root, config, report)
    if report.errors:
        return BuildResult(report, Project(config, (), pages), phases=phases)

    dirs = template_dirs(root)
    templates = _template_files(dirs)
    files = find_briefs(root)
    setting_files = [root / CONFIG_FILE, root / SPEAKERS_FILE_NAME]
    config_key = digest(__version__, str(CACHE_FORMAT), repr(config), repr(sorted(
        speakers.items())))
    site_key = digest(config_key, repr(pages), *(
        f"{rank} {p.relative_to(d).as_posix()} {digest(p.read_bytes())}"
        for rank, d in enumerate(dirs) for p in templates if p.is_relative_to(d)))
    cache = Cache(root / CACHE_DIR if use_cache else None)
    page_sources = [root / p.source for p in pages]
    # The quick look first: a small entry with only what tells whether anything changed.
    glance: dict[str, Any] = cache.get(_state_name(target) + ":glance") or {}
    marker = read_marker(target)
    known = input_stats([*files, *setting_files, *templates, *page_sources])
    articles = input_stats(glance.get("articles", ()))
    if (glance and glance.get("site") == site_key and marker is not None
            and marker == glance.get("build", "").encode()
            and glance.get("inputs") == {**known, **articles}):
        report.items.extend(glance["warnings"])
        cache.close()
        lap("scan")
        return BuildResult(report, Project(config, (), pages), glance["pages"],
                           sum(phases.values()), phases, up_to_date=True,
                           counts=glance["counts"])

    state: dict[str, Any] = cache.get(_state_name(target)) or {}
    stored: dict[str, Unit] = {
        name.removeprefix(_unit_prefix(target)): unit
        for name, unit in cache.get_prefix(_unit_prefix(target)).items()}
    units = stored if state.get("config") == config_key else {}
    used = {u.article for u in units.values() if u.article}
    inputs = {**known, **{a: stat for a, stat in articles.items() if a in used},
              **input_stats(used - articles.keys())}
    lap("scan")

    try:
        back = state.get("back_build")
        staging = Staging(target, back.encode() if back else None)
    except OutputError as error:
        report.error(target, None, str(error))
        return BuildResult(report, Project(config, (), pages), phases=phases)
    import jinja2

    try:
        return _build(root, target, staging, config, speakers, pages, dirs, files, cache,
                      state, units, set(stored), config_key, site_key, inputs, report,
                      progress, workers, lap, phases)
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
    except BaseException:
        staging.abort()
        cache.close()
        raise
    staging.abort()
    cache.close()
    return BuildResult(report, Project(config, (), pages), phases=phases)


def _build(root: Path, target: Path, staging: Staging, config: SiteConfig,
           speakers: dict[str, Speaker], pages: tuple[Any, ...], dirs: list[Path],
           files: list[Path], cache: Cache, state: dict[str, Any], units: dict[str, Unit],
           stored_paths: set[str],
           config_key: str, site_key: str, inputs: dict[str, tuple[int, int]], report: Report,
           progress: Progress | None, workers: int | None, lap: Callable[[str], None],
           phases: dict[str, float]) -> BuildResult:
    from .analysis import analyse
    from .render import brief_path, make_renderer, site_jobs

    # What the live site and the back buffer hold, by file: reused only when their markers
    # prove they are the builds the cache remembers.
    live_usable = read_marker(target) == state.get("build", "").encode()
    old_outputs: dict[str, str] = state.get("outputs", {}) if live_usable else {}
    staged: dict[str, str] = state.get("back_outputs", {}) if staging.reused else {}
    listing_project = Project(config, (), pages)
    compiled = root / CACHE_DIR / "templates" if cache.db is not None else None
    renderer = make_renderer(listing_project, dirs, compiled)

    # Which briefs changed: their file, or the article they check.
    todo: list[Path] = []
    kept: dict[str, Unit] = {}
    for path in files:
        unit = units.get(str(path))
        if unit is not None and inputs.get(str(path)) == state.get("inputs", {}).get(str(path)):
            fresh = True  # same size and time as when we read it
        else:
            fresh = unit is not None and _file_digest(str(path)) == unit.brief_digest
        if fresh and unit is not None and unit.article:
            fresh = (inputs.get(unit.article) == state.get("inputs", {}).get(unit.article)
                     or _file_digest(unit.article) == unit.article_digest)
        if fresh and unit is not None:
            kept[str(path)] = unit
        else:
            todo.append(path)
    lap("scan")

    # Pages of unchanged briefs that must be rendered again (templates or settings changed).
    def page_key(slug: str, key: str) -> str:
        return digest(site_key, f"briefs/{slug}/index.html", repr(key))

    def have(path: str, key: str) -> bool:
        return old_outputs.get(path) == key or staged.get(path) == key

    listed = {path: unit.listed() for path, unit in kept.items()}
    rerender = [(b.slug, kept[path].key) for path, b in listed.items() if not b.draft
                and not have(brief_path(b), page_key(b.slug, kept[path].key))]

    worker_state = _Worker(root, config, speakers, renderer, staging.root,
                           root / CACHE_DIR if cache.db is not None else None)
    processed: list[tuple[Path, Unit | None, list[Diagnostic], str | None]] = []
    missing: list[str] = []
    tasks = len(todo) + len(rerender)
    count = workers or os.cpu_count() or 1
    if count > 1 and tasks >= PARALLEL_FROM:
        from .readability import _cmu_pronunciations
        _cmu_pronunciations()  # load once here; forked workers share it
        cache.close()  # a SQLite connection must not cross a fork
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(count, mp_context=context, initializer=_start_worker,
                                 initargs=(worker_state,)) as pool:
            futures = [pool.submit(_process, p, config_key, True) for p in todo]
            renders = [pool.submit(_render_cached, slug, key) for slug, key in rerender]
            for done, future in enumerate(futures, 1):
                processed.append(future.result())
                if progress:
                    progress("briefs", done, tasks)
            for done, future in enumerate(renders, len(futures) + 1):
                if (slug := future.result()) is not None:
                    missing.append(slug)
                if progress:
                    progress("briefs", done, tasks)
        cache = Cache(worker_state.cache_dir)  # reopened after the workers are done
    else:
        _start_worker(worker_state)
        worker_state.cache = cache if cache.db is not None else None
        for done, path in enumerate(todo, 1):
            processed.append(_process(path, config_key, True))
            if progress:
                progress("briefs", done, tasks)
        for done, (slug, key) in enumerate(rerender, len(todo) + 1):
            if (slug := _render_cached(slug, key)) is not None:
                missing.append(slug)
            if progress:
                progress("briefs", done, tasks)
        _start_worker(None)  # type: ignore[arg-type]
    lap("briefs")

    new_units: dict[str, Unit] = dict(kept)
    for path, unit, problems, _ in processed:
        report.items.extend(problems)
        if unit is not None:
            new_units[str(path)] = unit
            listed[str(path)] = unit.listed()
    for unit in kept.values():
        report.items.extend(unit.warnings)
    ordered = [str(p) for p in files if str(p) in new_units]
    briefs = tuple(listed[p] for p in ordered)
    check_unique_slugs(briefs, root, report)  # type: ignore[arg-type]
    project = Project(config, briefs, pages)  # type: ignore[arg-type]
    if report.errors:
        staging.abort()
        cache.close()
        return BuildResult(report, project, phases=phases)

    rendered_now = {f"briefs/{slug}/index.html" for _, u, _, slug in processed if u and slug}
    rendered_now |= {f"briefs/{slug}/index.html" for slug, _ in rerender if slug not in missing}
    by_slug = {listed[p].slug: new_units[p] for p in ordered}

    def full(slug: str) -> tuple[Brief, BriefFigures]:
        stored = cache.get(by_slug[slug].key)
        if stored is None:  # the cache lost it: analyse again from the file
            source = pickle.loads(by_slug[slug].card).source
            brief = load_brief(root / source, root, config, speakers, Report())
            assert brief is not None
            return brief, analyse(brief)
        return stored

    jobs = site_jobs(project, {s: u.data for s, u in by_slug.items() if u.data},
                     {s: u.search for s, u in by_slug.items() if u.search}, dirs,
                     site_key=site_key, brief_keys={s: u.key for s, u in by_slug.items()},
                     full=full, compiled=compiled)
    outputs: dict[str, str] = {}
    rendered: list[str] = []
    for job in jobs:
        outputs[job.path] = job.key
        if job.path in rendered_now:
            rendered.append(job.path)
        elif staged.get(job.path) == job.key:
            pass  # the back buffer has it already
        elif old_outputs.get(job.path) == job.key and staging.copy_current(job.path):
            pass
        else:
            rendered.append(job.path)
    # Brief pages left to render here need the cache (rarely: it lost their analysis);
    # the listings, thousands on a large site, are shared out to forked processes.
    pending = set(rendered) - rendered_now
    listings = [j for j in jobs if j.path in pending and not j.path.startswith("briefs/")]
    for job in jobs:
        if job.path in pending and job.path.startswith("briefs/"):
            staging.write(job.path, job.make())
    if count > 1 and len(listings) >= PARALLEL_FROM:
        cache.close()  # a SQLite connection must not cross a fork
        _render_in_parallel(listings, staging, count)
        cache = Cache(worker_state.cache_dir)
    else:
        for job in listings:
            staging.write(job.path, job.make())
    for path in staged.keys() - outputs.keys():
        staging.remove(path)
    lap("render")

    build_id = digest(site_key, *sorted(f"{k} {v}" for k, v in outputs.items()))
    retired = staging.commit(build_id.encode())
    if not retired:  # a first build: make the back buffer now, while the files are warm
        staging.mirror(build_id.encode())
        old_outputs, live_usable, state = outputs, True, {**state, "build": build_id}
    pages_written = sum(name.endswith(".html") for name in outputs)
    now = _refresh(inputs, new_units)
    prefix = _unit_prefix(target)
    changed = {prefix + str(path): unit for path, unit, _, _ in processed if unit is not None}
    cache.update({
        **changed,
        _state_name(target): {
            "config": config_key, "site": site_key, "inputs": now,
            "outputs": outputs, "build": build_id,
            # the retired live site is now the back buffer
            "back_outputs": old_outputs if live_usable else {},
            "back_build": state.get("build") if live_usable else None},
        _state_name(target) + ":glance": {
            "site": site_key, "build": build_id, "inputs": now, "pages": pages_written,
            "articles": sorted({u.article for u in new_units.values() if u.article}),
            "warnings": [w for p in ordered for w in new_units[p].warnings],
            "counts": (len(project.published), sum(b.draft for b in project.briefs))},
    }, delete=[*(prefix + path for path in stored_paths - new_units.keys()),
               *({u.key for u in units.values()} - {u.key for u in new_units.values()})])
    cache.close()
    lap("write")
    return BuildResult(report, project, pages_written, sum(phases.values()), phases,
                       tuple(rendered))


_pending: list[Job] = []  # the pages forked renderers share out, inherited from the parent


def _render_share(share: int, shares: int, staging: Staging) -> None:
    for job in _pending[share::shares]:
        staging.write(job.path, job.make())


def _render_in_parallel(jobs: list[Job], staging: Staging, count: int) -> None:
    """Render and write ``jobs`` in ``count`` forked processes, each a share of them: the
    listings of a large site are thousands of pages. Should any fail, they are all rendered
    again here, where a template's error keeps the line it happened on."""
    global _pending
    _pending = jobs
    try:
        with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork")) as pool:
            for future in [pool.submit(_render_share, i, count, staging) for i in range(count)]:
                future.result()
    except Exception:
        for job in jobs:
            staging.write(job.path, job.make())
    finally:
        _pending = []


def _state_name(target: Path) -> str:
    """The cache entry of the last build into ``target``: each output folder has its own."""
    return "state:" + str(target)


def _unit_prefix(target: Path) -> str:
    """Where the units of the builds into ``target`` are kept: one cache entry per brief, so
    an edit rewrites one entry, not the whole site's."""
    return f"unit:{target}\0"


def _refresh(inputs: dict[str, tuple[int, int]], units: dict[str, Unit]
             ) -> dict[str, tuple[int, int]]:
    """The inputs as of now, articles of newly read briefs included."""
    return {**inputs, **input_stats(u.article for u in units.values()
                                    if u.article and u.article not in inputs)}



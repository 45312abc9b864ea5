"""The pipeline: load → validate → analyse → render → write, doing only the work that changed.

A build remembers, in the project's cache, each brief's content key and small facts (a unit),
what its pages show (its analysis, card and data entries, under its key), and the key of every
page it wrote. The next build
- returns at once when no input file changed (their sizes and times say so);
- re-reads, re-checks and re-analyses only briefs whose file or article changed;
- re-renders only pages whose key changed (a listing's key names the cards it shows), loading
  only the cards those pages show, and keeps every other page from the previous site;
- spreads the per-brief work, then the listings, over all cores.
The result is byte-identical to a build from nothing, whatever the cache held.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import multiprocessing
import os
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from briefgen import __version__
from briefgen.check.project import (
    CONFIG_FILE,
    SPEAKERS_FILE_NAME,
    check_unique_slugs,
    find_briefs,
    load_brief,
    load_config,
    load_pages,
)
from briefgen.diagnostics import Diagnostic, Mark, Report
from briefgen.digest import digest
from briefgen.incremental.cache import CACHE_DIR, CACHE_FORMAT, Cache, Shared
from briefgen.load.paths import default_templates
from briefgen.model import Brief, Page, Project, SiteConfig, Speaker
from briefgen.render.structure import Facts, Listed, facts_of
from briefgen.write.staging import Content, OutputError, Staging, read_marker

if TYPE_CHECKING:
    from briefgen.analyse.figures import BriefFigures
    from briefgen.render.pages import Job, Renderer

# Analysing and rendering (textstat, the detector, Jinja, Markdown) are imported where they
# are used, not here: a build that finds nothing changed never needs them, and importing
# them would be most of its time.

TEMPLATES_DIR = "templates"
OUTPUT_DIR = "site"
PARALLEL_FROM = 48  # briefs; below this, starting worker processes costs more than it saves
BATCH = 16  # briefs a worker processes (or brief pages it renders again) per task
SHARED_LISTINGS_UP_TO = 10_000  # briefs; larger sites render their listings in one process

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
    counts: tuple[int, int] | None = None  # (published, drafts), as the build counted them

    @property
    def ok(self) -> bool:
        return not self.report.failed

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


def card_of(brief: Brief) -> Brief:
    """The brief as listings, feeds and speaker pages show it (and as the templates for them
    receive it): who claimed and who answered what, the verdict, dates, tags, authors,
    corrections and where the article appeared. Without the article's text, the quotes, the
    sources, the other statements or the analysis, which only its own page shows: a desk's
    thousands of cards are all in memory while its listings are rendered."""
    return dataclasses.replace(
        brief, article=dataclasses.replace(brief.article, text=""),
        claim=dataclasses.replace(brief.claim, quotes=()),
        responses=tuple(dataclasses.replace(r, quotes=()) for r in brief.responses),
        verdict=dataclasses.replace(brief.verdict, body=""),
        speakers=(), statements=(), sources=(), ignore=())


# --- Per-brief work, in worker processes or in this one ----------------------------------------


class Unit(NamedTuple):
    """What a build keeps of one brief file between builds, in a cache entry of its own: a
    few small plain values, quick to load for thousands of briefs. What its pages show is in
    the cache under its key (see _Products)."""

    brief_digest: str
    article: str  # the article file's absolute path, "" for inline text
    article_digest: str
    key: str  # names the brief's content: the file, its article and the settings it uses
    facts: Facts  # what places it in the site
    warnings: tuple[Diagnostic, ...]


# A brief's products, cached under its key plus these: its analysed model and figures (for its
# own page), its card (for listings), and its entries of briefs.json and of the search data.
FULL, CARD, DATA, SEARCH = "", "/card", "/data", "/search"


@dataclass
class _Worker:
    """What every worker process needs, inherited when it is forked."""

    root: Path
    config: SiteConfig
    speakers: dict[str, Speaker]
    renderer: Renderer
    staging: Staging
    cache_dir: Path
    pages: tuple[Page, ...]
    site_key: str


_worker: _Worker | None = None


def _start_worker(state: _Worker | None) -> None:
    global _worker
    _worker = state


_connections: dict[tuple[int, Path], Cache] = {}
# The desk's ratings and shared speakers, which thousands of cached cards and briefs hold:
# stored by reference (see cache.Shared). Set by the build, inherited by forked workers.
_shared: Shared | None = None


def _cache(folder: Path) -> Cache:
    """This process's connection to the cache: a connection must not cross a fork, so each
    process opens its own, and closes it (_close_caches) before forking."""
    key = (os.getpid(), folder)
    if key not in _connections:
        _connections[key] = Cache(folder)
    found = _connections[key]
    found.shared = _shared
    return found


def _close_caches() -> None:
    for key in [k for k in _connections if k[0] == os.getpid()]:
        _connections.pop(key).close()


def _file_digest(path: str) -> str:
    try:
        return digest(Path(path).read_bytes())
    except OSError:
        return ""


Processed = tuple[Path, Unit | None, list[Diagnostic], str | None]


def _process_batch(paths: Sequence[Path], config_key: str) -> list[Processed]:
    """_process each brief, then cache their products in one transaction: worker processes
    share the cache, and a commit per brief kept them waiting on each other."""
    assert _worker is not None
    products: dict[str, Any] = {}
    done = [_process(path, config_key, products) for path in paths]
    # Cards are loaded by the thousand for listings: their ratings and speakers are shared.
    _cache(_worker.cache_dir).update(products, by_reference={k for k in products
                                                              if k.endswith(CARD)})
    return done


def _process(path: Path, config_key: str, products: dict[str, Any]) -> Processed:
    """Load, check and analyse one brief, render its page into the staging folder and add
    its products to ``products``. Returns its unit (None on errors), the problems, and the
    slug of the page rendered."""
    from briefgen.analyse.figures import analyse
    from briefgen.render.pages import brief_path, render_page

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
    # The file's place counts too: it gives the slug and the source, so two copies of one
    # brief (an editor's starting point for the next) are two briefs.
    key = digest(config_key, path.relative_to(w.root).as_posix(), data, article_digest)
    shown = card_of(brief)
    products[key + CARD] = shown
    if w.config.publishes(brief.draft):
        figures = analyse(brief)
        w.staging.write(brief_path(brief), render_page(w.renderer, brief, figures))
        products[key + FULL] = (brief, figures)
        for kind in (DATA, SEARCH):
            products[key + kind] = _entry(kind, brief, figures, w.renderer)
    unit = Unit(digest(data), article, article_digest, key, facts_of(shown),
                tuple(report.warnings))
    return path, unit, report.items, brief.slug if w.config.publishes(brief.draft) else None


def _entry(kind: str, brief: Brief, figures: BriefFigures, renderer: Renderer) -> bytes:
    """A brief's entry of briefs.json (DATA) or of the search data (SEARCH)."""
    from briefgen.analyse.figures import summarise
    from briefgen.render.pages import brief_data, brief_path, search_entry

    if kind == SEARCH:
        return search_entry(brief)
    return brief_data(brief, summarise(figures), renderer.absolute(brief_path(brief)))


def _render_cached(pages: Sequence[tuple[str, str]]) -> list[str]:
    """Render brief pages whose content is cached, given as (slug, key) pairs, reading their
    products at once; returns the slugs whose products the cache lost."""
    from briefgen.render.pages import brief_path, render_page

    assert _worker is not None
    w = _worker
    lost = []
    for (slug, _), stored in zip(pages, _cache(w.cache_dir).values([k + FULL for _, k in pages]),
                                 strict=True):
        if stored is None:
            lost.append(slug)
            continue
        brief, figures = stored
        w.staging.write(brief_path(brief), render_page(w.renderer, brief, figures))
    return lost


class _Products:
    """The published briefs' products, read through this process's connection to the cache,
    or made again from a brief's file should the cache have lost them."""

    def __init__(self, w: _Worker, units: dict[str, Unit]) -> None:
        self.w = w
        self.units = units  # by path
        self.paths = {unit.facts.slug: path for path, unit in units.items()}  # by slug

    def listed(self, path: str) -> Listed:
        return Listed(self.units[path].facts, functools.partial(self.card, path))

    def card(self, path: str) -> Brief:
        found = _cache(self.w.cache_dir).get(self.units[path].key + CARD)
        return found if found is not None else card_of(self._load(path))

    def full(self, slug: str) -> tuple[Brief, BriefFigures]:
        from briefgen.analyse.figures import analyse

        path = self.paths[slug]
        found = _cache(self.w.cache_dir).get(self.units[path].key + FULL)
        if found is not None:
            return found  # type: ignore[no-any-return]
        brief = self._load(path)
        return brief, analyse(brief)

    def data(self, slugs: Sequence[str]) -> _Entries:
        return _Entries(self, DATA, slugs)

    def search(self, slugs: Sequence[str]) -> _Entries:
        return _Entries(self, SEARCH, slugs)

    def entry(self, kind: str, slug: str) -> bytes:
        """A brief's entry made again, when the cache lost it."""
        return _entry(kind, *self.full(slug), self.w.renderer)

    def _load(self, path: str) -> Brief:
        brief = load_brief(Path(path), self.w.root, self.w.config, self.w.speakers, Report())
        if brief is None:
            raise OutputError(f"{path} changed while the site was being built; build again")
        return brief


# Where each entry lies in a data file a build wrote: its brief's key → (start, length).
Layout = dict[str, tuple[int, int]]


class _Entries:
    """The entries of briefs.json or of the search data, one per brief in the site's order.
    Those the file that the last build wrote already has (``reuse``) are taken from it, the
    others from the cache: an edit changes one entry of tens of megabytes. Notes each
    entry's length as it goes, for the next build's ``reuse``."""

    def __init__(self, products: _Products, kind: str, slugs: Sequence[str]) -> None:
        self.products, self.kind, self.slugs = products, kind, slugs
        self.keys = [products.units[products.paths[slug]].key for slug in slugs]
        self.previous: tuple[memoryview, Layout] = (memoryview(b""), {})
        self.lengths: list[int] = []

    def reuse(self, data: bytes, layout: Layout) -> None:
        self.previous = (memoryview(data), layout)

    def __iter__(self) -> Iterator[bytes | memoryview]:
        data, layout = self.previous
        missing = [key + self.kind for key in self.keys if key not in layout]
        cached = _cache(self.products.w.cache_dir).values(missing)
        self.lengths = []
        for slug, key in zip(self.slugs, self.keys, strict=True):
            span = layout.get(key)
            if span is not None:
                entry: bytes | memoryview = data[span[0]:span[0] + span[1]]
            else:
                entry = next(cached) or self.products.entry(self.kind, slug)
            self.lengths.append(len(entry))
            yield entry

    def layout(self, start: int, separator: int) -> Layout:
        """Where the entries lie in a file in which the first starts at ``start`` and
        ``separator`` bytes stand between each two."""
        found: Layout = {}
        for key, length in zip(self.keys, self.lengths, strict=True):
            found[key] = (start, length)
            start += length + separator
        return found


# The layouts of the data files that a build wrote, by its key for the file: (size, layout).
Layouts = dict[str, tuple[int, Layout]]


def _write_data(staging: Staging, path: str, content: Content, known: Layouts,
                sources: Iterable[tuple[str | None, Path]]) -> tuple[int, Layout]:
    """Write a data file (site_jobs makes it a Joined of _Products' _Entries), taking the
    entries it shares with one of the ``sources`` (an earlier file of that path, and the key
    it was written under) from there. Returns its size and layout."""
    from briefgen.render.pages import Joined

    assert isinstance(content, Joined) and isinstance(content.entries, _Entries)
    entries = content.entries
    for job_key, source in sources:
        size, layout = known.get(job_key or "", (-1, {}))
        try:
            data = source.read_bytes() if layout else b""
        except OSError:
            continue
        if len(data) == size:  # the file the layout describes, as far as we can tell
            entries.reuse(data, layout)
            break
    staging.write(path, content)
    return (staging.path(path).stat().st_size,
            entries.layout(len(content.head), len(content.separator)))


def _site_jobs(w: _Worker, products: _Products, briefs: tuple[Listed, ...]) -> list[Job]:
    """The site's files as jobs, made alike in this process and in any worker."""
    from briefgen.render.pages import site_jobs

    project = Project(w.config, briefs, w.pages)  # type: ignore[arg-type]
    return site_jobs(project, products, w.renderer, site_key=w.site_key,
                     brief_keys={u.facts.slug: u.key for u in products.units.values()})


def _render_share(share: int, shares: int, units: dict[str, Unit], pending: list[str]
                  ) -> None:
    """In a worker: render a share of the pages still to render (the listings of a large
    site are thousands of pages)."""
    assert _worker is not None
    products = _Products(_worker, units)
    wanted = set(pending[share::shares])
    for job in _site_jobs(_worker, products, tuple(map(products.listed, units))):
        if job.path in wanted:
            _worker.staging.write(job.path, job.make())


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
          workers: int | None = None, use_cache: bool = True, drafts: bool = False,
          strict: bool = False) -> BuildResult:
    """Check every brief; when all are sound, write the whole site at once. With ``drafts``,
    drafts are on the site too; with ``strict``, a warning stops the build as an error does."""
    phases: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(phase: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        phases[phase] = phases.get(phase, 0.0) + now - clock
        clock = now

    root = root.absolute()
    target = (out if out is not None else root / OUTPUT_DIR).absolute()
    report = Report(strict=strict)
    config, speakers = load_config(root, report)
    config = dataclasses.replace(config, show_drafts=drafts)  # in config_key: a cache apart
    pages = load_pages(root, config, report)
    if report.failed:
        return BuildResult(report, Project(config, (), pages), phases=phases)

    dirs = template_dirs(root)
    templates = _template_files(dirs)
    files = find_briefs(root)
    config_key = digest(__version__, _code(), str(CACHE_FORMAT), repr(config), repr(sorted(
        speakers.items())))
    site_key = digest(config_key, repr(pages), *(
        f"{rank} {p.relative_to(d).as_posix()} {digest(p.read_bytes())}"
        for rank, d in enumerate(dirs) for p in templates if p.is_relative_to(d)))
    cache_dir = root / CACHE_DIR
    if not use_cache or _cache(cache_dir).db is None:
        # A cache for this build only: the workers hand their results over through it.
        cache_dir = Path(tempfile.mkdtemp(prefix="briefgen-cache-"))
    global _shared
    _shared = Shared([*config.ratings, *speakers.values()])
    try:
        return _build_into(root, target, cache_dir, config, speakers, pages, dirs, templates,
                           files, config_key, site_key, report, progress, workers, lap, phases)
    finally:
        gc.unfreeze()  # see _build_into
        _close_caches()
        _shared = None
        if cache_dir != root / CACHE_DIR:
            shutil.rmtree(cache_dir, ignore_errors=True)


def _build_into(root: Path, target: Path, cache_dir: Path, config: SiteConfig,
                speakers: dict[str, Speaker], pages: tuple[Page, ...], dirs: list[Path],
                templates: list[Path], files: list[Path], config_key: str, site_key: str,
                report: Report, progress: Progress | None, workers: int | None,
                lap: Callable[[str], None], phases: dict[str, float]) -> BuildResult:
    cache = _cache(cache_dir)
    setting_files = [root / CONFIG_FILE, root / SPEAKERS_FILE_NAME]
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
        lap("scan")
        return BuildResult(report, Project(config, (), pages), glance["pages"],
                           sum(phases.values()), phases, up_to_date=True,
                           counts=glance["counts"])

    # What the last build left: the glance (its id, inputs and counts) and the rest of its
    # state (its outputs and the back buffer's), kept apart so a no-change build reads little.
    state: dict[str, Any] = {**glance, **(cache.get(_state_name(target)) or {})}
    stored: dict[str, Unit] = {
        name.removeprefix(_unit_prefix(target)): unit
        for name, unit in cache.get_prefix(_unit_prefix(target)).items()}
    units = stored if state.get("config") == config_key else {}
    used = {u.article for u in units.values() if u.article}
    inputs = {**known, **{a: stat for a, stat in articles.items() if a in used},
              **input_stats(used - articles.keys())}
    # What is in memory now (the last build's state, thousands of units, the modules) lives
    # until the build ends: frozen, the garbage collector stops walking it again and again
    # while the build makes its many small objects (half the time of finding a small edit's
    # pages, and in forked workers, a tenth of a brief's time and the copying of its pages).
    gc.freeze()
    lap("scan")

    try:
        back = state.get("back_build")
        staging = Staging(target, back.encode() if back else None)
    except OutputError as error:
        report.error(target, None, str(error))
        return BuildResult(report, Project(config, (), pages), phases=phases)
    import jinja2

    try:
        return _build(root, target, staging, config, speakers, pages, dirs, files, cache_dir,
                      state, marker, units, set(stored), config_key, site_key, inputs, report,
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
        raise
    staging.abort()
    return BuildResult(report, Project(config, (), pages), phases=phases)


def _build(root: Path, target: Path, staging: Staging, config: SiteConfig,
           speakers: dict[str, Speaker], pages: tuple[Page, ...], dirs: list[Path],
           files: list[Path], cache_dir: Path, state: dict[str, Any], marker: bytes | None,
           units: dict[str, Unit], stored_paths: set[str],
           config_key: str, site_key: str, inputs: dict[str, tuple[int, int]], report: Report,
           progress: Progress | None, workers: int | None, lap: Callable[[str], None],
           phases: dict[str, float]) -> BuildResult:
    from briefgen.render.pages import DATA_FILES, brief_page, brief_page_key, make_renderer

    # What the live site and the back buffer hold, by file: reused only when their markers
    # prove they are the builds the cache remembers.
    live_usable = marker == state.get("build", "").encode()
    old_outputs: dict[str, str] = state.get("outputs", {}) if live_usable else {}
    staged: dict[str, str] = state.get("back_outputs", {}) if staging.reused else {}
    renderer = make_renderer(Project(config, (), pages), dirs, cache_dir / "templates")
    w = _Worker(root, config, speakers, renderer, staging, cache_dir, pages, site_key)

    # Which briefs changed: their file, or the article they check.
    todo: list[Path] = []
    kept: dict[str, Unit] = {}
    seen: dict[str, tuple[int, int]] = state.get("inputs", {})  # by the last build
    for path in files:
        unit = units.get(str(path))
        if unit is not None and inputs.get(str(path)) == seen.get(str(path)):
            fresh = True  # same size and time as when we read it
        else:
            fresh = unit is not None and _file_digest(str(path)) == unit.brief_digest
        if fresh and unit is not None and unit.article:
            fresh = (inputs.get(unit.article) == seen.get(unit.article)
                     or _file_digest(unit.article) == unit.article_digest)
        if fresh and unit is not None:
            kept[str(path)] = unit
        else:
            todo.append(path)
    lap("scan")

    # Pages of unchanged briefs that must be rendered again (templates or settings changed).
    def have(path: str, key: str) -> bool:
        return old_outputs.get(path) == key or staged.get(path) == key

    rerender = [(u.facts.slug, u.key) for u in kept.values() if config.publishes(u.facts.draft)
                and not have(brief_page(u.facts.slug), brief_page_key(site_key, u.key))]

    # Work goes to worker processes when there is enough of it: first the briefs, then the
    # listings. They are forked once, while this process is still small.
    count = workers or os.cpu_count() or 1
    pool: ProcessPoolExecutor | None = None

    def workers_pool() -> ProcessPoolExecutor:
        nonlocal pool
        if pool is None:
            from briefgen.analyse import figures  # noqa: F401 - imported once here; forked workers share it
            from briefgen.analyse.readability import prepare
            prepare(config.language)  # likewise loaded once
            _close_caches()  # a SQLite connection must not cross a fork
            gc.freeze()  # the dictionaries and compiled rules too (see _build_into)
            pool = ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork"),
                                       initializer=_start_worker, initargs=(w,))
        return pool

    try:
        processed: list[Processed] = []
        missing: set[str] = set()
        tasks = len(todo) + len(rerender)
        batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]
        page_batches = [rerender[i:i + BATCH] for i in range(0, len(rerender), BATCH)]
        # Each result in turn: from the workers, all submitted at once, or made here one by one.
        if count > 1 and tasks >= PARALLEL_FROM:
            futures = [workers_pool().submit(_process_batch, b, config_key) for b in batches]
            renders = [workers_pool().submit(_render_cached, b) for b in page_batches]
            batch_results = (future.result() for future in futures)
            render_results = (future.result() for future in renders)
        else:
            _start_worker(w)
            batch_results = (_process_batch(batch, config_key) for batch in batches)
            render_results = (_render_cached(batch) for batch in page_batches)
        for result in batch_results:
            processed += result
            if progress:
                progress("briefs", len(processed), tasks)
        done = len(todo)
        for batch, lost in zip(page_batches, render_results, strict=True):
            missing.update(lost)
            done += len(batch)
            if progress:
                progress("briefs", done, tasks)
        _start_worker(None)
        lap("briefs")

        for _, _, problems, _ in processed:
            report.items.extend(problems)
        for unit in kept.values():
            report.items.extend(unit.warnings)
        fresh_units = {str(path): unit for path, unit, _, _ in processed if unit is not None}
        new_units = {str(p): kept.get(str(p)) or fresh_units[str(p)] for p in files
                     if str(p) in kept or str(p) in fresh_units}
        products = _Products(w, new_units)
        briefs = tuple(map(products.listed, new_units))
        check_unique_slugs(briefs, root, report)  # type: ignore[arg-type]
        project = Project(config, briefs, pages)  # type: ignore[arg-type]
        if report.failed:
            staging.abort()
            return BuildResult(report, project, phases=phases)

        rendered_now = {brief_page(slug) for _, _, _, slug in processed if slug}
        rendered_now |= {brief_page(s) for s, _ in rerender if s not in missing}
        brief_pages = {brief_page(u.facts.slug) for u in new_units.values()}
        jobs = _site_jobs(w, products, briefs)
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
        # The listings, thousands on a large site, are shared out to the workers, which make
        # the same jobs; brief pages left to render (the cache lost them) are made here.
        pending = set(rendered) - rendered_now
        listings = [job.path for job in jobs if job.path in pending
                    and job.path not in brief_pages and job.path not in DATA_FILES]
        # Each worker loads the cards its pages show, nearly all of them: beyond
        # SHARED_LISTINGS_UP_TO briefs that memory counts more than the time saved, and the
        # workers are let go for this process to render the listings alone.
        share = count > 1 and len(listings) >= PARALLEL_FROM and (
            len(new_units) <= SHARED_LISTINGS_UP_TO)
        if pool is not None and not share:
            pool.shutdown()
            pool = None
        shares = [workers_pool().submit(_render_share, i, count, new_units, listings)
                  for i in range(count)] if share else []
        # The data files are written here, from the files the last build wrote where it can.
        # Each one's layout is kept for the live site's file and the back buffer's (which
        # will hold the live site's of now).
        layouts: dict[str, Layouts] = {}
        for job in jobs:
            if job.path in DATA_FILES and job.path in pending:
                known = _cache(cache_dir).get(_layouts_name(target, job.path)) or {}
                live_key = old_outputs.get(job.path)
                written = _write_data(staging, job.path, job.make(), known, (
                    (staged.get(job.path), staging.root / job.path), (live_key, target / job.path)))
                layouts[job.path] = {**{k: v for k, v in known.items() if k == live_key},
                                     job.key: written}
            elif job.path in pending and (job.path in brief_pages or not share):
                staging.write(job.path, job.make())
        for future in shares:
            future.result()
        for path in staged.keys() - outputs.keys():
            staging.remove(path)
        lap("render")
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)

    build_id = digest(site_key, *sorted(f"{k} {v}" for k, v in outputs.items()))
    retired = staging.commit(build_id.encode())
    if not retired:  # a first build: make the back buffer now, while the files are warm
        staging.mirror(build_id.encode())
        old_outputs, live_usable, state = outputs, True, {**state, "build": build_id}
    pages_written = sum(name.endswith(".html") for name in outputs)
    drafts = sum(u.facts.draft for u in new_units.values())
    counts = (len(new_units) - drafts, drafts)
    now = _refresh(inputs, new_units)
    prefix = _unit_prefix(target)
    gone = {u.key for u in units.values()} - {u.key for u in new_units.values()}
    _cache(cache_dir).update({
        **{prefix + path: unit for path, unit in fresh_units.items()},
        **{_layouts_name(target, path): layout for path, layout in layouts.items()},
        _state_name(target): {
            "config": config_key, "outputs": outputs,
            # the retired live site is now the back buffer
            "back_outputs": old_outputs if live_usable else {},
            "back_build": state.get("build") if live_usable else None},
        _state_name(target) + ":glance": {
            "site": site_key, "build": build_id, "inputs": now, "pages": pages_written,
            "articles": sorted({u.article for u in new_units.values() if u.article}),
            # with those of the briefs left out for their problems (drafts), read every time
            "warnings": [*(warning for u in new_units.values() for warning in u.warnings),
                         *(d for _, unit, problems, _ in processed if unit is None
                           for d in problems)],
            "counts": counts},
    }, delete=[*(prefix + path for path in stored_paths - new_units.keys()),
               *(key + part for key in gone for part in (FULL, CARD, DATA, SEARCH))])
    lap("write")
    return BuildResult(report, project, pages_written, sum(phases.values()), phases,
                       tuple(rendered), counts=counts)


@functools.cache
def _code() -> str:
    """The code that made what the cache holds: a cache made by any other briefgen (a
    checkout a commit apart, an upgrade that kept its version number) is not trusted.
    Reading the package's modules takes a few milliseconds."""
    return digest(*(path.read_bytes() for path in sorted(Path(__file__).parents[1].rglob("*.py"))))


def _state_name(target: Path) -> str:
    """The cache entry of the last build into ``target``: each output folder has its own."""
    return "state:" + str(target)


def _unit_prefix(target: Path) -> str:
    """Where the units of the builds into ``target`` are kept: one cache entry per brief, so
    an edit rewrites one entry, not the whole site's."""
    return f"unit:{target}\0"


def _layouts_name(target: Path, path: str) -> str:
    """The cache entry of where the entries lie in the data file ``path`` (see _Entries)."""
    return f"layouts:{target}\0{path}"


def _refresh(inputs: dict[str, tuple[int, int]], units: dict[str, Unit]
             ) -> dict[str, tuple[int, int]]:
    """The inputs as of now, articles of newly read briefs included."""
    return {**inputs, **input_stats(u.article for u in units.values()
                                    if u.article and u.article not in inputs)}



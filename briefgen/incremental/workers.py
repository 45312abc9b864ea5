"""Worker processes, and the workshop each process does a build's work in.

A build's work (each brief, then the listings) goes to worker processes when there is enough
of it. They start with the platform's safe method: a fork server where there is one (Linux,
macOS), which forks each worker from a small process that has imported briefgen's analysis
and rendering and nothing else, and a fresh interpreter elsewhere (Windows). Nothing is
inherited from the building process: each worker makes its own workshop from a
``WorkerContext`` it is sent once.

A worker ends when told to, and also when the building process ends however it ends: it
watches its parent, so a build that is killed leaves no worker holding the cache open.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import pickle
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from briefgen.incremental.cache import Cache, Shared
from briefgen.model import Page, Project, SiteConfig, Speaker
from briefgen.render.renderer import Renderer, make_renderer
from briefgen.write.staging import SiteFolder

# What the fork server imports once, for every worker it forks: the analysis and rendering
# code, which each worker would otherwise import again (most of a worker's start).
PRELOAD = ["briefgen.incremental.process"]


@dataclass(frozen=True)
class WorkerContext:
    """Everything a process needs to do a build's work: plain values, sent once."""

    root: Path
    config: SiteConfig
    speakers: dict[str, Speaker]
    pages: tuple[Page, ...]
    template_dirs: tuple[Path, ...]
    cache_dir: Path
    site_root: Path  # the folder the new site is assembled in
    site_again: bool  # whether it is the back buffer, built in again (see SiteFolder)
    config_key: str
    site_key: str


class Workshop:
    """One process's means to do a build's work: its connection to the cache (which must
    not be shared between processes), a renderer, and the folder the site is assembled in."""

    def __init__(self, context: WorkerContext, cache: Cache | None = None) -> None:
        self.context = context
        self._own_cache = cache is None
        self.cache = cache or Cache(context.cache_dir)
        # The desk's ratings and shared speakers, which thousands of cached cards hold:
        # stored by reference (see cache.Shared).
        self.cache.shared = Shared([*context.config.ratings, *context.speakers.values()])
        self.renderer: Renderer = make_renderer(
            Project(context.config, (), context.pages), list(context.template_dirs),
            context.cache_dir / "templates")
        self.site = SiteFolder(context.site_root, again=context.site_again)

    def close(self) -> None:
        if self._own_cache:
            self.cache.close()


Task = Callable[..., Any]  # a module-level function taking the workshop first


def start_method() -> str:
    """The platform's safe way to start workers: never a fork of the building process,
    which may hold threads (serve) and open database connections."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class Workers:
    """A few worker processes running tasks for one build, each with its own workshop."""

    def __init__(self, context: WorkerContext, count: int, method: str | None = None) -> None:
        method = method or start_method()
        ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            ctx.set_forkserver_preload(PRELOAD)
        self._links: list[Connection] = []
        self._processes: list[Any] = []
        for _ in range(count):
            here, there = ctx.Pipe()
            process = ctx.Process(target=_work, args=(context, there), daemon=True)
            process.start()
            there.close()
            self._links.append(here)
            self._processes.append(process)

    def map(self, task: Task, argument_lists: Iterable[tuple[Any, ...]]) -> Iterator[Any]:
        """``task(workshop, *arguments)`` for each argument list, in the workers, started at
        once; the results in order, each as soon as it and those before it are done."""
        return iter(_Run(self._links, task, argument_lists))

    def close(self) -> None:
        for link in self._links:
            with contextlib.suppress(OSError):  # a worker that is gone needs no telling
                link.send(None)
        for process in self._processes:
            process.join(timeout=10)
        self.kill()

    def kill(self) -> None:
        for process in self._processes:
            if process.is_alive():
                process.terminate()
                process.join()
        for link in self._links:
            link.close()
        self._links, self._processes = [], []


class _Run:
    """The tasks of one ``map``. A task goes to a worker only once it is idle, so neither
    side ever waits on the other to read."""

    def __init__(self, links: list[Connection], task: Task,
                 argument_lists: Iterable[tuple[Any, ...]]) -> None:
        self.links, self.task = links, task
        self.pending = list(enumerate(argument_lists))[::-1]
        self.total = len(self.pending)
        self.idle = list(links)
        self.send()

    def send(self) -> None:
        while self.pending and self.idle:
            number, arguments = self.pending.pop()
            self.idle.pop().send((number, self.task, arguments))

    def __iter__(self) -> Iterator[Any]:
        done: dict[int, Any] = {}
        following = 0
        while following < self.total:
            for link in wait([link for link in self.links if link not in self.idle]):
                number, ok, value = _receive(link)
                self.idle.append(link)  # type: ignore[arg-type]
                if not ok:
                    raise value
                done[number] = value
            self.send()
            while following in done:
                yield done.pop(following)
                following += 1


def _receive(link: Any) -> tuple[int, bool, Any]:
    try:
        return link.recv()  # type: ignore[no-any-return]
    except EOFError:
        raise RuntimeError("a worker process ended unexpectedly; build again") from None


def _work(context: WorkerContext, link: Connection) -> None:
    """A worker's life: make the workshop, then run each task sent until told to stop or
    until the building process is gone."""
    shop = Workshop(context)
    # What a worker keeps for its whole life (modules, templates, word tables) is never
    # garbage: frozen, the collector stops walking it while the build makes small objects.
    gc.freeze()
    parent = multiprocessing.parent_process()
    watched: list[Any] = [link] if parent is None else [link, parent.sentinel]
    try:
        while link in wait(watched):
            try:
                message = link.recv()
            except EOFError:
                return
            if message is None:
                return
            number, task, arguments = message
            try:
                link.send((number, True, task(shop, *arguments)))
            except BaseException as error:  # sent back, to be raised in the building process
                link.send((number, False, _portable(error)))
    finally:
        shop.close()


def _portable(error: BaseException) -> BaseException:
    """The error itself when it can be sent to the building process, else its description."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError("".join(traceback.format_exception(error)))

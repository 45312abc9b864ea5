"""Who does a build's work: the building process alone, or with worker processes.

Worker processes pay for themselves only when there is enough work: a build with a few
briefs to process does them here. Workers are started once per build, when first needed,
and let go as soon as they are not.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any

from briefgen.incremental.cache import Cache
from briefgen.incremental.result import Settings
from briefgen.incremental.workers import Task, WorkerContext, Workers, Workshop

PARALLEL_FROM = 48  # tasks (briefs or pages); below this, starting workers costs more than it saves

class Crew:
    def __init__(self, context: WorkerContext, cache: Cache, settings: Settings,
                 tasks: int) -> None:
        self.settings = settings
        self.shop = Workshop(context, cache)  # this process's own
        self.parallel = settings.count > 1 and tasks >= PARALLEL_FROM
        self._workers: Workers | None = None

    def map(self, task: Task, argument_lists: Iterable[tuple[Any, ...]],
            *, parallel: bool | None = None) -> Iterator[Any]:
        """``task(workshop, *arguments)`` for each argument list, in order: in the workers
        when the crew works in parallel, else here."""
        if self.parallel if parallel is None else parallel:
            if self._workers is None:
                self._workers = Workers(self.shop.context, self.settings.count,
                                        self.settings.method)
            return self._workers.map(task, argument_lists)
        return (task(self.shop, *arguments) for arguments in argument_lists)

    def release(self) -> None:
        """Let the workers go: the rest of the build is done here."""
        if self._workers is not None:
            self._workers.close()
            self._workers = None
        self.parallel = False

    def progress(self, done: int, total: int) -> None:
        if self.settings.progress:
            self.settings.progress("briefs", done, total)

    def __enter__(self) -> Crew:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._workers is not None:
            if kind is None:
                self._workers.close()
            else:
                self._workers.kill()
        self.shop.close()

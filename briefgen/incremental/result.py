"""What a build is told by its caller (how it may share its work out) and tells it back,
and the clock that times its phases."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from briefgen.diagnostics import Report

# Called as progress(phase, done, total) while briefs are processed.
Progress = Callable[[str, int, int], None]


class Settings(NamedTuple):
    """How a build may share its work out (see crew.py)."""

    count: int  # processes that may work at once
    method: str | None  # how workers start (None: the platform's safe way)
    progress: Progress | None


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

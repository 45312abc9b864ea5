"""What a build tells its caller, and the clock that times its phases."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from briefgen.diagnostics import Report


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

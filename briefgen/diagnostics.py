"""Problems found in an editor's files, reported all at once and located."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based line and column in a source file."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: Path
    mark: Mark | None
    severity: Severity
    message: str
    hint: str = ""

    def location(self) -> str:
        where = display_path(self.path)
        if self.mark is not None:
            where += f":{self.mark.line}:{self.mark.column}"
        return where

    def format(self) -> str:
        text = f"{self.location()}: {self.severity}: {self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text

    def sort_key(self) -> tuple[str, int, int, str]:
        line, column = (self.mark.line, self.mark.column) if self.mark else (0, 0)
        return (str(self.path), line, column, self.message)


@dataclass
class Report:
    """Collects diagnostics for a whole run; nothing stops at the first problem."""

    items: list[Diagnostic] = field(default_factory=list)
    strict: bool = False  # warnings fail the run too (--strict)

    def error(self, path: Path, mark: Mark | None, message: str, hint: str = "") -> None:
        self.items.append(Diagnostic(path, mark, "error", message, hint))

    def warning(self, path: Path, mark: Mark | None, message: str, hint: str = "") -> None:
        self.items.append(Diagnostic(path, mark, "warning", message, hint))

    def extend(self, other: Report) -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "warning"]

    @property
    def failed(self) -> bool:
        """Whether the run must stop: it has errors, or warnings when it is strict."""
        return bool(self.errors or (self.strict and self.warnings))

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=Diagnostic.sort_key)


def display_path(path: Path) -> str:
    """The path as the editor typed it: relative to where they stand, when that is shorter."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return relative if not relative.startswith("..") else str(path)

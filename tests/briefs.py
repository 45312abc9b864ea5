"""The tests' helpers: a small valid brief and the project around it, what loading it reports,
and a folder's files compared whole."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from briefgen.check.project import load_project
from briefgen.diagnostics import Diagnostic

# Every location a diagnostic prints: "path:line:column: error: ..." or "path: error: ...".
LOCATED = re.compile(r"^\S.*?(:\d+:\d+)?: (error|warning): \S.*$")

ARTICLE = "City officials said on Monday that the bridge was closed for repairs.\n"

VALID = """\
    title: Was the bridge closed?
    date: 2025-04-09
    authors:
      - The desk
    article:
      file: seeds/article.txt
    speakers:
      officials:
        name: City officials
        kind: group
    claim:
      by: officials
      summary: The bridge was closed.
      quotes:
        - City officials said on Monday
    verdict:
      rating: unproven
      summary: No evidence either way.
    """


def write_brief(root: Path, text: str | bytes, name: str = "brief", *,
                article: str | None = ARTICLE) -> Path:
    """A project at root with briefs/<name>.yaml (dedented if text) and, unless ``article`` is
    None, seeds/article.txt: the one way the tests make a project of their own."""
    (root / "briefs").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    if article is not None:
        (root / "seeds" / "article.txt").write_text(article, encoding="utf-8")
    path = root / "briefs" / f"{name}.yaml"
    path.write_bytes(text if isinstance(text, bytes) else textwrap.dedent(text).encode())
    return path


def extended(extra: str) -> str:
    """VALID with more top-level lines (dedented) after its 18 lines."""
    return textwrap.dedent(VALID) + textwrap.dedent(extra)


def variant(old: str, new: str) -> str:
    """VALID with one line replaced (new may be several lines, or empty to drop the line)."""
    text = textwrap.dedent(VALID)
    assert text.count(old + "\n") == 1, old
    return text.replace(old + "\n", new + "\n" if new else "")


def errors_of(root: Path) -> list[Diagnostic]:
    """Every error of loading the project, which must have loaded no brief; each prints as a
    located line that says what to do."""
    project, report = load_project(root)
    assert project.briefs == ()
    found = [d for d in report.sorted() if d.severity == "error"]
    assert found
    for problem in found:
        assert LOCATED.match(problem.format()), problem.format()
        assert problem.hint, problem.format()
    return found


def only_problem(root: Path) -> Diagnostic:
    """The single error of loading the project, so no brief was loaded."""
    found = errors_of(root)
    assert len(found) == 1, [d.format() for d in found]
    return found[0]


def told(problem: Diagnostic) -> tuple[tuple[int, int] | None, str, str]:
    """What the editor is told: where ((line, column), or None), the message and the hint."""
    where = (problem.mark.line, problem.mark.column) if problem.mark else None
    return where, problem.message, problem.hint


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder, by relative path: two equal trees are byte-identical."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}

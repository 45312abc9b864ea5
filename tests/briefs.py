"""A small valid brief and the project around it, for the tests of each pipeline step."""

from __future__ import annotations

import textwrap
from pathlib import Path

from briefgen.check.project import load_project
from briefgen.diagnostics import Diagnostic

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
                article: str = ARTICLE) -> Path:
    """A project at root with briefs/<name>.yaml (dedented if text) and seeds/article.txt."""
    (root / "briefs").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
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


def only_problem(root: Path) -> Diagnostic:
    """The single diagnostic of loading the project: an error, so no brief was loaded."""
    project, report = load_project(root)
    problems = report.sorted()
    assert len(problems) == 1, [d.format() for d in problems]
    assert project.briefs == ()
    assert problems[0].severity == "error"
    return problems[0]

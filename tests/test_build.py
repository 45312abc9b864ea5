"""The whole pipeline through `build`: deterministic, and all or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefgen.build import build

from .conftest import EXAMPLE_BRIEF


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_input_gives_byte_identical_output(example: Path, tmp_path: Path) -> None:
    assert build(example).ok
    first = tree(example / "site")
    assert build(example).ok
    assert tree(example / "site") == first
    # and from another folder, so nothing depends on where the project lives
    moved = tmp_path / "elsewhere"
    shutil.copytree(example, moved)
    shutil.rmtree(moved / "site")
    assert build(moved).ok
    assert tree(moved / "site") == first


def test_errors_write_nothing_and_keep_the_previous_site(example: Path) -> None:
    assert build(example).ok
    before = tree(example / "site")
    brief = example / EXAMPLE_BRIEF
    brief.write_text(brief.read_text(encoding="utf-8").replace("kind: person", "kind: persn"),
                     encoding="utf-8")
    result = build(example)
    assert not result.ok
    assert result.pages == 0
    assert tree(example / "site") == before
    assert [p.name for p in example.iterdir() if p.name.startswith(".site")] == []


def test_a_first_failed_build_creates_no_site(example: Path) -> None:
    (example / "briefs" / "empty.yaml").write_text("", encoding="utf-8")
    result = build(example)
    assert [d.message for d in result.report.errors] == ["the brief is empty"]
    assert not (example / "site").exists()


def test_builds_with_no_config_and_no_briefs(tmp_path: Path) -> None:
    result = build(tmp_path)
    assert result.ok
    assert (tmp_path / "site" / "index.html").is_file()
    assert "No briefs are published yet." in (tmp_path / "site/index.html").read_text()

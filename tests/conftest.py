"""Shared fixtures: a copy of the bundled example project, and the CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SEED = "seeds/000_9b0e8714acc4a154.txt"
EXAMPLE_BRIEF = "briefs/russia-china-recruits.yaml"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A fresh copy of the bundled project (config, seeds, pages) with its English example
    brief only, outside the repository: the tests count, list and edit that one brief."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(REPO / "briefgen.yaml", root / "briefgen.yaml")
    for folder in ("seeds", "pages", "docs"):
        shutil.copytree(REPO / folder, root / folder)
    (root / "briefs").mkdir()
    shutil.copy(REPO / EXAMPLE_BRIEF, root / EXAMPLE_BRIEF)
    return root


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()

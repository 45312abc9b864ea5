"""The benchmark tooling works: its corpora are valid and repeatable, and a run goes through every
step. A smoke test only: no timing is asserted."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from bench import corpus
from bench.run import STEPS
from briefgen.check.project import load_project

from .briefs import tree

REPO = Path(__file__).resolve().parent.parent



def test_a_generated_corpus_passes_check(tmp_path: Path) -> None:
    infos = corpus.generate(tmp_path, 20, seed=3)
    project, report = load_project(tmp_path)
    assert [problem.format() for problem in report.errors] == []
    assert sorted(b.slug for b in project.briefs) == sorted(i.slug for i in infos)
    # every brief quotes its article, and has the parts the benchmark means to exercise
    for brief in project.briefs:
        assert brief.claim.quotes and brief.responses and brief.statements and brief.sources
        assert len(brief.article.text.split()) > 500


def test_the_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    corpus.generate(tmp_path / "a", 20, seed=5)
    corpus.generate(tmp_path / "b", 20, seed=5)
    corpus.generate(tmp_path / "c", 20, seed=6)
    first = tree(tmp_path / "a")
    assert len(first) > 40  # config, speakers, pages, 20 briefs, 20 articles
    assert tree(tmp_path / "b") == first
    assert tree(tmp_path / "c") != first


def test_adding_and_editing_a_brief_keep_the_corpus_valid(tmp_path: Path) -> None:
    infos = corpus.generate(tmp_path, 20, seed=3)
    added = corpus.add_brief(tmp_path, 20, seed=3)
    assert added.slug not in {i.slug for i in infos}
    edited = tmp_path / "briefs" / f"{infos[0].slug}.yaml"
    corpus.edit_brief(edited)
    project, report = load_project(tmp_path)
    assert [problem.format() for problem in report.errors] == []
    assert len(project.briefs) == 21
    title = next(b.title for b in project.briefs if b.slug == infos[0].slug)
    assert title == f"{infos[0].title} (updated)"


def test_the_smoke_run_goes_through_every_step() -> None:
    done = subprocess.run([sys.executable, "-m", "bench.run", "--smoke"], cwd=REPO,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    for step in STEPS:
        assert step in done.stdout
    assert "peak MiB" in done.stdout


def test_the_benchmarked_briefgen_is_compiled_first(tmp_path: Path) -> None:
    """Builds are timed as an installed briefgen runs: from bytecode, not compiling source."""
    from bench.run import Briefgen

    shutil.copytree(REPO / "briefgen", tmp_path / "briefgen",
                    ignore=shutil.ignore_patterns("__pycache__"))
    Briefgen(tmp_path).compile()
    compiled = {p.name.split(".")[0] for p in (tmp_path / "briefgen/__pycache__").glob("*.pyc")}
    assert compiled == {p.stem for p in (tmp_path / "briefgen").glob("*.py")}

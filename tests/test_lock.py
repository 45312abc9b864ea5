"""One build at a time: a second waits for the first or stops at once, and the site that is
left is always the whole site a build from nothing would write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.commands.cli import app
from briefgen.incremental.cache import CACHE_DIR
from briefgen.incremental.engine import build
from briefgen.write.lock import BuildLock

from .briefs import tree

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="sends POSIX signals")


def held(root: Path) -> BuildLock:
    return BuildLock(root, root / CACHE_DIR)


def test_a_second_build_stops_at_once_when_told_not_to_wait(example: Path,
                                                            runner: CliRunner) -> None:
    with held(example):
        result = runner.invoke(app, ["build", "-p", str(example), "--no-wait"])
    assert result.exit_code == 1
    assert f"another build of {example} is running (process {os.getpid()})" in result.stderr
    assert not (example / "site").exists()


def test_a_second_build_waits_for_the_first_then_builds(example: Path) -> None:
    said: list[str] = []
    results = []
    with held(example):
        waiter = threading.Thread(target=lambda: results.append(
            build(example, waiting=said.append)))
        waiter.start()
        waiter.join(timeout=2)
        assert waiter.is_alive() and not (example / "site").exists()  # it waits
    waiter.join(timeout=60)
    assert results[0].ok and (example / "site" / "index.html").is_file()
    assert said == [f"another build of {example} is running (process {os.getpid()}); "
                    "waiting for it to finish"]


def briefgen(root: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "briefgen", "build", "-p", str(root),
                             "-q", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@posix_only
def test_a_killed_build_leaves_no_lock_behind(example: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path\n"
        "from briefgen.write.lock import BuildLock\n"
        f"root = Path({str(example)!r})\n"
        "with BuildLock(root, root / '.briefgen-cache'):\n"
        "    print('held', flush=True); time.sleep(600)\n")], stdout=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
    holder.kill()
    holder.wait()
    assert build(example, wait=False).ok


@posix_only
def test_a_build_paused_mid_way_is_left_alone_by_the_next(tmp_path: Path) -> None:
    # The first build is paused while it assembles the new site beside the old one: before
    # builds took turns, a second build then cleared its half-made site and retired the live
    # one under it, and the site lost files for good.
    from bench.corpus import main as make_corpus

    root = tmp_path / "desk"
    make_corpus([str(root), "--briefs", "60", "--seed", "2"])
    first = briefgen(root)
    deadline = time.monotonic() + 60
    while not list(root.glob(".site.new-*")):
        assert first.poll() is None and time.monotonic() < deadline, "never saw it assemble"
        time.sleep(0.005)
    first.send_signal(signal.SIGSTOP)
    try:
        hasty = briefgen(root, "--no-wait")
        assert hasty.wait(60) == 1  # told not to wait, it stops and says why
        assert b"another build" in hasty.communicate()[1]
        patient = briefgen(root)
        time.sleep(1)
        assert patient.poll() is None  # it waits for its turn
    finally:
        first.send_signal(signal.SIGCONT)
    assert first.wait(120) == 0, first.communicate()[1]
    assert patient.wait(120) == 0, patient.communicate()[1]
    cold = tmp_path / "cold"
    assert build(root, cold, use_cache=False).ok
    assert tree(root / "site") == tree(cold)


def test_builds_without_a_cache_leave_no_lock_file_behind(
        example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a cache folder the lock lives in the temporary folder; a file left there for
    every project built would pile up for ever (the test suite alone built thousands)."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    for _ in range(2):
        assert build(example, use_cache=False).ok
    assert (example / "site" / "index.html").is_file()
    assert list(temporary.iterdir()) == []
    assert not (example / CACHE_DIR).exists()

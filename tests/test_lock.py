"""One build at a time: a second waits for the first or stops at once, and the site that is
left is always the whole site a build from nothing would write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.commands.cli import app
from briefgen.incremental.cache import CACHE_DIR
from briefgen.incremental.engine import build
from briefgen.write.lock import BuildLock

from .conftest import EXAMPLE_BRIEF
from .hostile import tree

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


def holder_of(root: Path) -> str:
    try:
        return (root / CACHE_DIR / "build.lock").read_text()
    except OSError:
        return ""


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
def test_builds_at_once_take_turns_and_leave_the_whole_site(example: Path,
                                                            tmp_path: Path) -> None:
    brief = example / EXAMPLE_BRIEF
    for round_ in range(4):
        text = brief.read_text(encoding="utf-8")
        brief.write_text(text.replace("title: ", f"title: ({round_}) ", 1), encoding="utf-8")
        first = briefgen(example)
        # the first is paused while it may hold the lock: the second must wait for it
        deadline = time.monotonic() + 30
        while holder_of(example) != str(first.pid) and first.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        first.send_signal(signal.SIGSTOP)
        second = briefgen(example, *(["--no-wait"] if round_ % 2 else []))
        if round_ % 2:
            assert second.wait(60) == 1  # told not to wait, it says so and stops
            assert b"another build" in second.communicate()[1]
        time.sleep(0.3)
        first.send_signal(signal.SIGCONT)
        assert first.wait(60) == 0, first.communicate()[1]
        assert second.wait(60) == (1 if round_ % 2 else 0)
    cold = tmp_path / "cold"
    assert build(example, cold, use_cache=False).ok
    assert tree(example / "site") == tree(cold)

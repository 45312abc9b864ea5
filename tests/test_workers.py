"""Worker processes live no longer than the build that started them, however it ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads the process tree from /proc")


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid``, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # the field after the parenthesised name: state, then the parent's pid
                stat = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier}
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_the_build_is_killed(tmp_path: Path, how: signal.Signals) -> None:
    from bench.corpus import main as make_corpus

    make_corpus([str(tmp_path / "corpus"), "--briefs", "120", "--seed", "5"])
    main = subprocess.Popen([sys.executable, "-m", "briefgen", "build", "-p",
                             str(tmp_path / "corpus"), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 3:  # the fork server and its two workers at least
        assert main.poll() is None and time.monotonic() < deadline, "no workers started"
        workers = descendants(main.pid)
        time.sleep(0.05)
    os.kill(main.pid, how)
    main.wait(30)
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in workers):
        assert time.monotonic() < deadline, [pid for pid in workers if alive(pid)]
        time.sleep(0.1)

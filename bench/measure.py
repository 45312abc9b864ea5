"""Running a command and measuring it from outside: its wall-clock and CPU time, and the peak
memory of its whole process tree. The benchmark's builds, briefgen's and the others', all run
through run_measured."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


class BenchError(Exception):
    """A build failed or a tool misbehaved; the message says which and shows its output."""


@dataclass
class Measure:
    tool: str  # briefgen, pelican or hugo
    step: str
    seconds: float  # wall clock, process start to exit
    peak_mib: float | None  # the largest resident set size of the process or any child
    cpu: float | None  # user + system CPU seconds of the process and its children
    tree_mib: float | None = None  # the most memory the process and its children held at once
    phases: dict[str, float] = field(default_factory=dict)  # briefgen --verbose
    internal: float | None = None  # briefgen's own total, from its "Built ..." line
    pages: int | None = None


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float  # wall clock
    peak_mib: float | None
    cpu: float | None  # user + system
    tree_mib: float | None


def _tree_bytes(pid: int) -> int:
    """The memory a process and all its descendants hold now, from Linux's /proc: the sum of
    their proportional set sizes (PSS), so that pages forked workers share with their parent
    count once, not once in every process as resident sizes would."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup", "rb") as rollup:
                for line in rollup:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", "rb") as children:
                    stack.extend(int(child) for child in children.read().split())
        except (OSError, ValueError, IndexError):
            continue  # it exited meanwhile
    return total


class CpuAccount:
    """The CPU time of a whole process tree, however its processes are reaped. A build's
    workers may be forked by a fork server that nobody waits for, so wait4's figure, which
    counts only the children a process waited for, would miss them. The measured process joins
    a control group of its own before it starts, and every descendant with it; where no group
    can be made (not Linux, no rights), ``seconds`` is None and wait4's figure is used."""

    ROOTS = (Path("/sys/fs/cgroup/unified"), Path("/sys/fs/cgroup"),
             Path("/sys/fs/cgroup/cpuacct"))

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.usage = ""
        for root in self.ROOTS:
            usage = ("cpu.stat" if (root / "cgroup.controllers").exists()
                     else "cpuacct.usage" if (root / "cpuacct.usage").exists() else "")
            if not usage:
                continue
            folder = root / f"briefgen-bench-{os.getpid()}-{time.monotonic_ns()}"
            try:
                folder.mkdir()
            except OSError:
                continue
            self.folder, self.usage = folder, usage
            return

    def join(self) -> None:
        """Called in the measured process before it starts (Popen's preexec_fn)."""
        if self.folder is not None:
            (self.folder / "cgroup.procs").write_text(str(os.getpid()))

    def seconds(self) -> float | None:
        if self.folder is None:
            return None
        try:
            text = (self.folder / self.usage).read_text()
        except OSError:
            return None
        if self.usage == "cpu.stat":  # "usage_usec N" among other lines
            fields = dict(line.split() for line in text.splitlines() if line.strip())
            return int(fields["usage_usec"]) / 1e6
        return int(text) / 1e9  # cpuacct.usage: nanoseconds

    def close(self) -> None:
        if self.folder is None:
            return
        for _ in range(100):  # a fork server ends a moment after the build
            try:
                self.folder.rmdir()
                return
            except OSError:
                time.sleep(0.05)


class TreeSampler(threading.Thread):
    """Samples the memory of a process tree every ``interval`` seconds, keeping the peak: with
    worker processes, ru_maxrss gives only the largest single process, not their sum."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak = 0
        self.done = threading.Event()

    def run(self) -> None:
        while True:
            start = time.perf_counter()
            self.peak = max(self.peak, _tree_bytes(self.pid))
            # Reading smaps_rollup walks each process's page tables: milliseconds for a large
            # one, taken from the build being timed. Sampling waits long enough to use at most
            # a twentieth of a core.
            if self.done.wait(max(self.interval, 20 * (time.perf_counter() - start))):
                return

    @staticmethod
    def available() -> bool:
        return (os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
                and os.path.exists(f"/proc/{os.getpid()}/smaps_rollup"))


def run_measured(command: Sequence[str], cwd: Path | None = None,
                 env: dict[str, str] | None = None) -> Run:
    """Run ``command``, measuring its wall-clock time, peak memory and CPU time.

    The peak is the child's own ru_maxrss from wait4: unlike RUSAGE_CHILDREN it is not the
    maximum over every child this process has ever waited for. Where Linux's /proc allows,
    the memory of the whole process tree is also sampled."""
    account = CpuAccount()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err,
                                   stdin=subprocess.DEVNULL, env=env,
                                   preexec_fn=account.join if account.folder else None)
        sampler = TreeSampler(process.pid) if TreeSampler.available() else None
        if sampler:
            sampler.start()
        peak: float | None = None
        cpu: float | None = None
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - start
            code = os.waitstatus_to_exitcode(status)
            process.returncode = code  # reaped here: Popen must not wait for it again
            # Linux reports kibibytes, macOS bytes.
            peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
            cpu = usage.ru_utime + usage.ru_stime
        else:  # pragma: no cover - Windows
            code = process.wait()
            seconds = time.perf_counter() - start
        tree = None
        if sampler:
            sampler.done.set()
            sampler.join()
            tree = sampler.peak / (1024 * 1024) or None
        whole = account.seconds()
        account.close()
        cpu = whole if whole is not None else cpu
        out.seek(0)
        err.seek(0)
        return Run(code, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), seconds, peak, cpu, tree)


def failure(what: str, run: Run) -> BenchError:
    tail = "\n".join((run.stdout + run.stderr).strip().splitlines()[-25:])
    return BenchError(f"{what} exited with {run.code}:\n{tail}")

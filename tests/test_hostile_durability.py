"""Nothing lost: a failed, interrupted (SIGKILL, in a real process) or disk-full build leaves
the previous site whole and the next build working; editors' files are never modified; the
same input always gives the same bytes."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.commands.cli import app
from briefgen.incremental.engine import build
from briefgen.write.staging import write_site

from .conftest import EXAMPLE_BRIEF, REPO
from .hostile import DATA, fingerprint, tree

POSIX = pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")
ENV = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}


def leftovers(root: Path) -> list[str]:
    """Half-written ("new") or retired ("old") copies of site/ left beside it."""
    return sorted(p.name for p in root.iterdir() if p.name.startswith((".site.new-",
                                                                        ".site.old-")))


def briefgen(root: Path, *args: str, code: str = "", **kwargs) -> subprocess.Popen:
    """`python -m briefgen ARGS` in the project, or (given code) the same command after code
    has instrumented the process: a real process that a test can kill."""
    command = [sys.executable, "-m", "briefgen", *args] if not code else [
        sys.executable, "-c",
        f"{code}\nfrom briefgen.commands.cli import app\napp({list(args)!r}, prog_name='briefgen')"]
    return subprocess.Popen(command, cwd=root, env={**ENV, **kwargs.pop("env", {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def kill_when(process: subprocess.Popen, ready: Callable[[], bool], timeout: float = 60) -> bool:
    """SIGKILL the process as soon as ready() is true; False if it ended first."""
    deadline = time.monotonic() + timeout
    while not ready():
        if process.poll() is not None:
            return False
        assert time.monotonic() < deadline, "the build never reached the point to kill it"
        time.sleep(0.001)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    return True


@pytest.fixture
def versions(example: Path, tmp_path: Path) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """The example project with 8 more briefs, built (the previous site), then edited: and
    the site the edited project must give, built elsewhere."""
    text = (example / EXAMPLE_BRIEF).read_text(encoding="utf-8")
    for number in range(8):
        (example / f"briefs/copy-{number}.yaml").write_text(
            text.replace("\ntitle: ", f"\nslug: copy-{number}\ntitle: "), encoding="utf-8")
    assert build(example).ok
    previous = tree(example / "site")
    for brief in (example / "briefs").iterdir():
        brief.write_text(brief.read_text(encoding="utf-8").replace(
            "\ntitle: ", "\ntitle: Updated — "), encoding="utf-8")
    assert build(example, tmp_path / "expected").ok
    return example, previous, tree(tmp_path / "expected")


# --- Interrupted: SIGKILL, in a real process -------------------------------------------------


@POSIX
def test_a_build_killed_at_any_moment_leaves_a_whole_site(versions) -> None:
    root, previous, expected = versions
    process = briefgen(root, "build")  # killed while it starts, loads and checks
    time.sleep(0.3)
    assert kill_when(process, lambda: True)
    assert process.returncode == -signal.SIGKILL
    assert tree(root / "site") == previous
    process = briefgen(root, "build")  # killed the moment it starts writing the site
    kill_when(process, lambda: bool(leftovers(root)))
    assert tree(root / "site") in (previous, expected)  # never a mixture, never nothing
    assert build(root).ok  # the next build
    assert tree(root / "site") == expected
    assert leftovers(root) == []  # what the killed builds left is cleared away


SLOW_WRITES = """
import time
from pathlib import Path
real = Path.write_bytes
def slow(self, data):
    time.sleep(0.02)
    return real(self, data)
Path.write_bytes = slow
"""


@POSIX
def test_a_build_killed_halfway_through_writing_pages(versions) -> None:
    root, previous, expected = versions

    def halfway() -> bool:
        staging = [root / name for name in leftovers(root)]
        return bool(staging) and sum(1 for _ in staging[0].rglob("*.html")) >= 10

    # Without a back buffer the build assembles a whole new site beside the live one: the
    # slowest case, and the one with most to leave behind.
    shutil.rmtree(root / ".site.prev", ignore_errors=True)
    process = briefgen(root, "build", code=SLOW_WRITES)
    assert kill_when(process, halfway)
    assert tree(root / "site") == previous
    assert len(leftovers(root)) == 1  # the half-written staging folder
    assert build(root).ok  # the next build is not troubled by it, and clears it
    assert tree(root / "site") == expected
    assert leftovers(root) == []


PAUSE_AT_SWAP = """
import os, time
from pathlib import Path
import briefgen.write.staging as output
real = output._exchange
def paused(a, b):
    if os.environ["WHEN"] == "before":
        Path(os.environ["SIGNAL"]).touch(); time.sleep(60)
    swapped = real(a, b)
    Path(os.environ["SIGNAL"]).touch(); time.sleep(60)
    return swapped
output._exchange = paused
"""


@POSIX
@pytest.mark.parametrize("when", ["before", "after"])
def test_a_build_killed_at_the_swap_leaves_one_whole_site(versions, tmp_path: Path,
                                                          when: str) -> None:
    root, previous, expected = versions
    flag = tmp_path / "at-the-swap"
    process = briefgen(root, "build", code=PAUSE_AT_SWAP,
                       env={"WHEN": when, "SIGNAL": str(flag)})
    assert kill_when(process, flag.exists)
    assert tree(root / "site") == (previous if when == "before" else expected)
    assert build(root).ok
    assert tree(root / "site") == expected
    assert leftovers(root) == []


KILL_BETWEEN_RENAMES = """
import os, signal
import briefgen.write.staging as output
output._exchange = lambda a, b: False  # as on a system without an atomic exchange
real, retired = os.rename, []
def rename(a, b):
    if os.path.basename(a) == "site":
        retired.append(a)
    elif retired and os.path.basename(b) == "site":  # the site is retired, the new one not in
        os.kill(os.getpid(), signal.SIGKILL)
    return real(a, b)
os.rename = rename
"""


@POSIX
def test_without_an_atomic_swap_the_next_build_puts_the_previous_site_back(
        versions, monkeypatch: pytest.MonkeyPatch) -> None:
    root, previous, _ = versions
    process = briefgen(root, "build", code=KILL_BETWEEN_RENAMES)
    process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL
    assert not (root / "site").exists()  # the one moment two renames cannot cover
    (retired,) = [name for name in leftovers(root) if ".old-" in name]
    assert tree(root / retired) == previous

    def full_disk(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    result = build(root)  # even a build that then fails puts the previous site back first
    monkeypatch.undo()
    assert not result.ok
    assert tree(root / "site") == previous
    assert leftovers(root) == []


# --- Failed and disk-full builds -------------------------------------------------------------


@pytest.mark.parametrize("damage", [
    lambda text: text.replace("kind: person", "kind: persn"),  # a format error
    lambda text: text.replace("rating: unproven", "rating: unprovеn"),  # a look-alike letter
    lambda text: text + "tags: &a [*a]\n",  # a hostile alias
    lambda text: "\x00" + text,  # binary
])
def test_a_failed_build_leaves_the_previous_site_byte_for_byte(versions, damage) -> None:
    root, previous, _ = versions
    brief = root / EXAMPLE_BRIEF
    brief.write_text(damage(brief.read_text(encoding="utf-8")), encoding="utf-8")
    result = build(root)
    assert not result.ok and result.pages == 0
    assert tree(root / "site") == previous
    assert leftovers(root) == []


@pytest.mark.parametrize("after", [0, 7, 20])
def test_a_full_disk_leaves_the_previous_site_and_says_what_to_do(
        versions, monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    root, previous, _ = versions
    real, written = Path.write_bytes, []

    def filling(self: Path, data: bytes) -> int:
        if len(written) >= after:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(self)
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", filling)
    result = build(root)
    monkeypatch.undo()
    (problem,) = result.report.errors
    assert problem.message == "could not write the site (No space left on device)"
    assert "free some disk space" in problem.hint and "previous site" in problem.hint
    assert tree(root / "site") == previous
    assert leftovers(root) == []


@POSIX
def test_a_real_write_failure_from_the_system_leaves_the_previous_site(versions) -> None:
    """The operating system itself refuses the write: a file size limit (RLIMIT_FSIZE) well
    under a brief page makes write() fail with EFBIG, as a full disk fails with ENOSPC."""
    resource = pytest.importorskip("resource")
    root, previous, _ = versions

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the signal kills the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    process = briefgen(root, "build", preexec_fn=limit)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    assert "Traceback" not in stderr
    assert "could not write the site (File too large)" in stderr
    assert "the previous site was left as it was" in stderr
    assert tree(root / "site") == previous
    assert leftovers(root) == []


# --- Caches are optional ----------------------------------------------------------------------


@pytest.mark.parametrize("blocked", [".briefgen-cache/templates", ".briefgen-cache"])
def test_a_cache_that_cannot_be_written_does_not_stop_the_build(example: Path, tmp_path: Path,
                                                                blocked: str) -> None:
    """The cache only saves time: when its folder, or that of the compiled templates
    (.briefgen-cache/templates), cannot be made, read or written (here a file is in its
    place), the build goes on without it."""
    assert build(example, tmp_path / "cold", use_cache=False).ok
    (example / blocked).parent.mkdir(exist_ok=True)
    (example / blocked).write_text("not a folder", encoding="utf-8")
    for attempt in range(2):  # with the cache's other parts, or what the first build left
        result = build(example, workers=1)
        assert result.ok, [d.format() for d in result.report.items]
        assert tree(example / "site") == tree(tmp_path / "cold")
        if attempt == 0:  # said once, naming what cannot be kept, never the site or the disk
            (said,) = [d for d in result.report.warnings if "cannot be" in d.message]
            assert "site" not in said.message and "disk" not in said.message
            assert said.path == example / blocked


# --- Editors' files are never modified ------------------------------------------------------


def test_build_check_and_stats_never_touch_the_editors_files(
        example: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    (example / "briefs/windows.yaml").write_bytes((DATA / "bom-crlf.yaml").read_bytes())
    (example / "seeds/bom-crlf-article.txt").write_bytes(
        (DATA / "bom-crlf-article.txt").read_bytes())
    (example / "speakers.yaml").write_text("desk: {name: The desk, kind: organization}\n",
                                           encoding="utf-8")
    (example / "templates").mkdir()
    (example / "templates/index.html").write_text(
        '{% extends "base.html" %}{% block main %}<p>Mine</p>{% endblock %}', encoding="utf-8")
    os.utime(example / EXAMPLE_BRIEF, (1_000_000_000, 1_000_000_000))
    before = fingerprint(example)
    monkeypatch.chdir(example)
    runs = [("build",), ("build", "--quiet"), ("check",), ("check", "briefs/windows.yaml"),
            ("check", "--format", "json"), ("stats", EXAMPLE_BRIEF),
            ("stats", "briefs/windows.yaml", "--json")]
    for args in runs:
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    # a failing build and check, with a broken brief among them, in a real process too
    (example / "briefs/broken.yaml").write_text("title: [\n", encoding="utf-8")
    before["briefs/broken.yaml"] = fingerprint(example)["briefs/broken.yaml"]
    for args in (("build",), ("check",)):
        assert runner.invoke(app, args).exit_code == 1
    process = briefgen(example, "build")
    process.communicate(timeout=120)
    assert process.returncode == 1
    assert fingerprint(example) == before  # no file changed, none added, none removed
    assert (example / EXAMPLE_BRIEF).stat().st_mtime == 1_000_000_000


# --- Same input, same bytes -----------------------------------------------------------------


def test_the_same_input_gives_byte_identical_sites_in_any_process(example: Path,
                                                                  tmp_path: Path) -> None:
    """Hash seeds, time zones, locales, working folders and where the project lives must not
    leak into the output."""
    elsewhere = tmp_path / "elsewhere" / "copy"
    runs = [(example, {"PYTHONHASHSEED": "1", "TZ": "UTC", "LC_ALL": "C"}, ("build",)),
            (tmp_path, {"PYTHONHASHSEED": "2", "TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8"},
             ("build", "--project", str(example), "--output", str(elsewhere)))]
    for cwd, env, args in runs:
        process = briefgen(cwd, *args, env=env)
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
    assert tree(example / "site") == tree(elsewhere)
    assert build(example).ok  # and in this process, a third time
    assert tree(example / "site") == tree(elsewhere)


def test_writing_the_same_files_twice_gives_the_same_tree(tmp_path: Path) -> None:
    files = {"b/index.html": b"b", "a/index.html": b"a", "index.html": b"i"}
    write_site(files, tmp_path / "one")
    write_site(dict(reversed(files.items())), tmp_path / "two")
    assert tree(tmp_path / "one") == tree(tmp_path / "two")

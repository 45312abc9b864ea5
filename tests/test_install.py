"""briefgen installed as an editor installs it, on a clean Python: a wheel built from this
checkout, fetched from a web address into a fresh virtual environment with its dependencies.
Then the site that `init` starts there is built by the publishing workflow's own steps, which
install the briefgen that `init` pinned.

Slow (a fresh environment installs every dependency): `-m "not slow"` leaves it out of a quick
run; CI runs it."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from briefgen import __version__

from .briefs import VALID, extended, write_brief
from .conftest import REPO

pytestmark = pytest.mark.slow


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def wheel_url(tmp_path: Path) -> Iterator[str]:
    """The address of a wheel of this checkout, served on this machine only."""
    folder = tmp_path / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(REPO)])
    (wheel,) = folder.glob("briefgen-*.whl")
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{wheel.name}"
    finally:
        server.shutdown()
        server.server_close()


def run(command: list[str] | str, cwd: Path | None = None, env: dict[str, str] | None = None
        ) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                            shell=isinstance(command, str), timeout=900)
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_installed_from_a_web_address_it_starts_and_publishes_a_site(
        wheel_url: str, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "-q", wheel_url])
    briefgen = str(bin_dir / "briefgen")
    assert run([briefgen, "--version"]).strip() == f"briefgen {__version__}"

    desk = tmp_path / "desk"
    assert "requirements.txt" not in run([briefgen, "init", str(desk)])  # nothing to fill in
    pin = (desk / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1]
    assert pin.startswith(f"briefgen @ {wheel_url}#sha256=")  # exactly this wheel
    write_brief(desk, VALID)
    write_brief(desk, extended("language: uk\n"), "ukrainian")  # its interface, from the wheel
    run([briefgen, "build"], cwd=desk)
    assert (desk / "site/briefs/brief/index.html").is_file()
    ukrainian = (desk / "site/briefs/ukrainian/index.html").read_text(encoding="utf-8")
    assert '<html lang="uk">' in ukrainian and ">Наша оцінка: " in ukrainian

    # The workflow's steps that install and build, in a fresh checkout of the desk: briefgen
    # comes back only through requirements.txt (its dependencies are there already).
    run([str(bin_dir / "python"), "-m", "pip", "uninstall", "-y", "-q", "briefgen"])
    assert not (bin_dir / "briefgen").exists()
    for built in ("site", ".briefgen-cache"):
        shutil.rmtree(desk / built)
    workflow = yaml.safe_load((desk / ".github/workflows/pages.yml").read_text())
    steps = [step["run"] for step in workflow["jobs"]["build"]["steps"] if "run" in step]
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    for step in steps:
        run(step, cwd=desk, env=env)
    assert (desk / "site/briefs/brief/index.html").is_file()
    assert (desk / ".briefgen-cache").is_dir()  # what the workflow keeps for the next push
    assert run([briefgen, "--version"]).strip() == f"briefgen {__version__}"

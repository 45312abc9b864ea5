"""Shared by the site quality tests: the outside tools (headless Chromium through Playwright,
axe-core, the Nu Html Checker), a small static server, and a rule for a missing tool.

A missing tool skips a test on a developer's machine, with the reason and the command that
installs it; under CI (CI=true) it fails the test instead, so a green CI always means the
checks ran.
"""

from __future__ import annotations

import contextlib
import functools
import os
import posixpath
import re
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import unquote, urlsplit

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
VNU_JAR = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Debian's Chromium, headless, as root, on a machine whose only network is loopback: no
# sandbox (root), no GPU, and none of the background connections to Google's services.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def missing(reason: str) -> NoReturn:
    """Skip locally, fail under CI: CI must never pass by not running a quality check."""
    if in_ci():
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def need_chromium() -> None:
    try:
        import axe_playwright_python.sync_playwright  # noqa: F401
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        missing(f"{error.name} is not installed: pip install -e '.[test]'")
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is missing: apt-get install chromium (as .ci/run does)")


def need_vnu() -> str:
    """The java command that runs the Nu Html Checker."""
    java = shutil.which("java")
    if java is None:
        missing("java is missing: apt-get install default-jre-headless (as .ci/run does)")
    if not VNU_JAR.is_file():
        missing(f"{VNU_JAR.relative_to(REPO)} is missing: run `npm ci --ignore-scripts` "
                "at the repository root (as .ci/run does)")
    return java


# -- a static server ------------------------------------------------------------------------


class _Handler(SimpleHTTPRequestHandler):
    """Serves one folder under one path prefix as a static host does: 404 outside it, and the
    site's own 404.html (with status 404) for a missing address inside it."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        clean = unquote(urlsplit(path).path)
        if not clean.startswith(self.prefix):
            return str(Path(self.directory) / ".outside-the-site")  # never exists: 404
        inside = posixpath.normpath("/" + clean[len(self.prefix):])
        target = Path(self.directory, *[part for part in inside.split("/") if part])
        return str(target) + ("/" if clean.endswith("/") else "")

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        self.send_error(404, "no index.html here")  # a static host lists no folders
        return None

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file() or not urlsplit(self.path).path.startswith(
                self.prefix):
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path, prefix: str = "/") -> Iterator[str]:
    """Serve folder at http://127.0.0.1:PORT{prefix} on an ephemeral port; yields that URL."""
    handler = type("Handler", (_Handler,), {"prefix": prefix})
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(handler, directory=str(folder)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# -- colours --------------------------------------------------------------------------------

_RGB = re.compile(r"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)")


def parse_rgb(css: str) -> tuple[float, float, float, float]:
    """A computed CSS colour, "rgb(r, g, b)" or "rgba(r, g, b, a)", as (r, g, b, alpha)."""
    match = _RGB.fullmatch(css.strip())
    if not match:
        raise ValueError(f"not an rgb() colour: {css!r}")
    r, g, b, alpha = match.groups()
    if alpha is None:
        a = 1.0
    elif alpha.endswith("%"):
        a = float(alpha[:-1]) / 100
    else:
        a = float(alpha)
    return float(r), float(g), float(b), a


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio of two opaque computed colours."""

    def luminance(css: str) -> float:
        channels = []
        for value in parse_rgb(css)[:3]:
            c = value / 255
            channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- Chromium, and what the page tests ask of it ----------------------------------------------


@contextlib.contextmanager
def launch() -> Iterator[Any]:
    """Debian's Chromium, headless; Playwright gives it a fresh profile folder of its own."""
    need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                              headless=True)
        yield chromium
        chromium.close()


def show(page: Any, url: str, *, width: int = 1280, height: int = 900, scheme: str = "light",
         media: str = "screen") -> Any:
    page.set_viewport_size({"width": width, "height": height})
    page.emulate_media(media=media, color_scheme=scheme)
    response = page.goto(url)
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (
        scheme == "dark")
    return response


OVERFLOW = """() => {
  const root = document.documentElement, limit = root.clientWidth;
  const culprits = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right <= limit + 0.5 || r.width === 0) continue;
    let clipped = false;  // inside a box that scrolls or clips sideways: that box is fine
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible') { clipped = true; break; }
    }
    const span = `x=${Math.round(r.left)}..${Math.round(r.right)}`;
    if (!clipped) culprits.push(`${el.outerHTML.slice(0, 90)}… at ${span}`);
  }
  return {scrollWidth: root.scrollWidth, clientWidth: limit, innerWidth: innerWidth,
          culprits: culprits.slice(-6)};
}"""

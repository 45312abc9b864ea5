"""`briefgen serve`: build, serve on this machine only, rebuild on every change, reload the page.

The site is built into a private temporary folder, never into the project's site/, and served
under the configured base_url's path so that links behave as they will when hosted. A build
that fails keeps the last good site up and shows the errors in the terminal and on the page.
"""

from __future__ import annotations

import contextlib
import html
import mimetypes
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from briefgen.check.project import load_config
from briefgen.diagnostics import Report
from briefgen.incremental.engine import BuildResult, build
from briefgen.incremental.inputs import TEMPLATES_DIR, input_stats
from briefgen.incremental.state import Memory
from briefgen.load.files import BRIEFS_DIR, CONFIG_FILE, PAGES_DIR, SPEAKERS_FILE_NAME
from briefgen.load.paths import unfit_article_folder
from briefgen.render.addresses import site_prefix

EVENTS_PATH = "/__briefgen/events"
POLL_SECONDS = 0.25
DEBOUNCE_SECONDS = 0.2  # editors' tools write a file in several steps; wait for quiet
# A connection that sends nothing for this long is closed: slow or silent clients must not
# hold every connection the server can have open. A browser on this machine sends at once.
IDLE_SECONDS = 10
# The names this machine's browser uses for the server. A page of another site that has
# pointed its own name at 127.0.0.1 (DNS rebinding) sends that name, and is refused.
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")

_RELOAD_SCRIPT = """<script>
(function () {
  var seen = null, source = new EventSource("%s");
  source.onmessage = function (event) {
    if (seen !== null && event.data !== seen) { location.reload(); }
    seen = event.data;
  };
})();
</script>
"""
_ERROR_BANNER = """<div role="alert" style="position:sticky;top:0;z-index:99;margin:0;
padding:1rem 1.25rem;background:#fff0f0;color:#82071e;border-bottom:3px solid #cf222e;
font:15px/1.5 system-ui,sans-serif">
<strong>The last change could not be built.</strong> This is the last good version of the site.
Fix the problems below and save; the page reloads by itself.
<pre style="white-space:pre-wrap;margin:0.5rem 0 0;font-size:13px">%s</pre></div>
"""


class LiveSite:
    """The served build: its folder, its version, and the errors of the latest attempt."""

    def __init__(self, root: Path, on_build: Callable[[BuildResult], None]) -> None:
        self.root = root
        self.workdir = Path(tempfile.mkdtemp(prefix="briefgen-serve-"))
        self.output = self.workdir / "site"
        self.on_build = on_build
        self.version = 0
        self.errors = ""
        self.changed = threading.Condition()
        self.stopping = threading.Event()
        self.memory = Memory()  # what each build left, for the next: no reading it back
        config, _ = load_config(root, Report())
        self.prefix = site_prefix(config.base_url)

    def rebuild(self) -> BuildResult:
        # with a banner on each draft
        result = build(self.root, self.output, drafts=True, memory=self.memory)
        with self.changed:
            self.errors = "\n".join(d.format() for d in result.report.sorted()
                                    if d.severity == "error")
            self.version += 1
            self.changed.notify_all()
        self.on_build(result)
        return result

    def watched_files(self) -> dict[str, tuple[int, int]]:
        """Every input of the build, with its modification time and size."""
        config, _ = load_config(self.root, Report())
        paths = [self.root / CONFIG_FILE, self.root / SPEAKERS_FILE_NAME]
        articles = [f for f in config.articles if not unfit_article_folder(f)]  # never /etc
        for folder in {BRIEFS_DIR, TEMPLATES_DIR, PAGES_DIR, *articles}:
            paths.extend(p for p in (self.root / folder).rglob("*") if p.is_file())
        paths.extend(self.root / name for name in config.pages or ())
        return input_stats(paths)

    def watch(self, seen: dict[str, tuple[int, int]]) -> None:
        """Poll the inputs; rebuild once they have been quiet for a moment after a change.
        ``seen``: the inputs as they were before the last build began, so that what changes
        while it runs is built next."""
        while not self.stopping.wait(POLL_SECONDS):
            now = self.watched_files()
            if now == seen:
                continue
            while not self.stopping.wait(DEBOUNCE_SECONDS):
                settled = self.watched_files()
                if settled == now:
                    break
                now = settled
            seen = now
            self.rebuild()

    def close(self) -> None:
        self.stopping.set()
        with self.changed:
            self.changed.notify_all()
        shutil.rmtree(self.workdir, ignore_errors=True)


class PreviewHandler(BaseHTTPRequestHandler):
    """Answers the browser: the site's files (the reload script and any build errors added
    to each page), and the events that tell a page to reload."""

    live: LiveSite  # set by make_handler
    server_version = "briefgen"
    timeout = IDLE_SECONDS

    def log_message(self, format: str, *args: object) -> None:  # quiet by default
        pass

    def do_HEAD(self) -> None:
        self.do_GET()  # send() and events() leave the body out

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        port = self.server.server_address[1]
        if (self.headers.get("Host") or "").lower() not in {
                f"{name}{suffix}" for name in LOOPBACK_NAMES for suffix in ("", f":{port}")}:
            self.send(HTTPStatus.BAD_REQUEST, "text/plain",
                      b"This preview answers only to localhost and 127.0.0.1.\n")
        elif path == EVENTS_PATH:
            self.events()
        elif not path.startswith(self.live.prefix):
            if path in ("/", self.live.prefix.rstrip("/")):
                self.redirect(self.live.prefix)
            else:
                self.not_found()
        else:
            self.file(unquote(path[len(self.live.prefix):]))

    def redirect(self, location: str) -> None:
        # "//host/..." would send the browser to another host: one leading slash only
        location = "/" + location.lstrip("/")
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", quote(location, safe="/%"))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def file(self, relative: str) -> None:
        parts = [p for p in relative.split("/") if p not in ("", ".")]
        if any(p == ".." or "\\" in p or "\x00" in p for p in parts):
            self.not_found()
            return
        site = self.live.output.resolve()
        target = site.joinpath(*parts).resolve() if parts else site
        if not target.is_relative_to(site):
            self.not_found()
            return
        if target.is_dir():
            if relative and not relative.endswith("/"):
                self.redirect(self.live.prefix + relative + "/")
                return
            target = target / "index.html"
        if not target.is_file():
            self.not_found()
            return
        body = target.read_bytes()
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind == "text/html":
            body = self.decorate(body)
        self.send(HTTPStatus.OK, kind, body)

    def decorate(self, body: bytes) -> bytes:
        """Add the reload script, and the errors of a failed build, to a page."""
        page = body.decode("utf-8", "replace")
        with self.live.changed:
            errors = self.live.errors
        if errors:
            start = page.find(">", page.find("<body")) + 1
            page = page[:start] + _ERROR_BANNER % html.escape(errors) + page[start:]
        end = page.rfind("</body>")
        end = end if end != -1 else len(page)
        page = page[:end] + _RELOAD_SCRIPT % EVENTS_PATH + page[end:]
        return page.encode("utf-8")

    def not_found(self) -> None:
        page = (b"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                b"<title>Not found</title></head><body><h1>Not found</h1>"
                b"<p>There is no such page in the site.</p></body></html>")
        if not self.live.output.is_dir():
            page = (b"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    b"<title>No site yet</title></head><body><h1>No site yet</h1>"
                    b"</body></html>")
        self.send(HTTPStatus.NOT_FOUND, "text/html", self.decorate(page))

    def send(self, status: HTTPStatus, kind: str, body: bytes) -> None:
        self.send_response(status)
        charset = "; charset=utf-8" if kind.startswith("text/") else ""
        self.send_header("Content-Type", kind + charset)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def events(self) -> None:
        """Server-sent events: the site's version now, then at every rebuild."""
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command == "HEAD":
            return
        sent = -1
        try:
            while not self.live.stopping.is_set():
                with self.live.changed:
                    if self.live.version == sent:
                        self.live.changed.wait(timeout=10)
                    version = self.live.version
                message = f"data: {version}\n\n" if version != sent else ": ping\n\n"
                self.wfile.write(message.encode())
                self.wfile.flush()
                sent = version
        except OSError:  # the page went away
            return



def make_handler(live: LiveSite) -> type[BaseHTTPRequestHandler]:
    return type("Handler", (PreviewHandler,), {"live": live})


@contextlib.contextmanager
def interrupted_by_termination() -> Iterator[None]:
    """A closed terminal (SIGHUP) or a `kill` (SIGTERM) stops serving as Ctrl+C does, so that
    the preview's temporary folder is removed rather than left behind. Only the main thread
    may set handlers; elsewhere (a test's thread) nothing changes."""
    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    if threading.current_thread() is not threading.main_thread():
        wanted = []

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    before = {number: signal.signal(number, interrupt) for number in wanted}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def serve(root: Path, *, host: str = "127.0.0.1", port: int = 8000,
          on_build: Callable[[BuildResult], None] = lambda result: None,
          on_ready: Callable[[str], None] = lambda url: None) -> None:
    """Serve until interrupted (Ctrl+C, SIGTERM or SIGHUP: KeyboardInterrupt). Raises OSError
    when the port cannot be used."""
    with interrupted_by_termination():
        _serve(root, host, port, on_build, on_ready)


def _serve(root: Path, host: str, port: int, on_build: Callable[[BuildResult], None],
           on_ready: Callable[[str], None]) -> None:
    live = LiveSite(root, on_build)
    try:
        before = live.watched_files()
        live.rebuild()
        server = ThreadingHTTPServer((host, port), make_handler(live))
        server.daemon_threads = True
        watcher = threading.Thread(target=live.watch, args=(before,), name="briefgen-watch",
                                   daemon=True)
        watcher.start()
        address, bound = server.server_address[:2]
        on_ready(f"http://{address}:{bound}{live.prefix}")
        try:
            server.serve_forever(poll_interval=0.2)
        finally:
            live.stopping.set()
            server.server_close()
            # a rebuild under way would write into the folder that close() removes
            watcher.join()
    finally:
        live.close()

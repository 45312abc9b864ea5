"""`briefgen serve` as a real process: real HTTP requests, real file edits, a live-reload client."""

from __future__ import annotations

import http.client
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .conftest import EXAMPLE_BRIEF

TIMEOUT = 20


class Served:
    def __init__(self, process: subprocess.Popen[str], url: str) -> None:
        self.process, self.url = process, url
        self.host = url.split("/")[0] + "//" + url.split("/")[2]

    def get(self, path: str = "") -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=TIMEOUT) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def raw(self, path: str) -> int:
        """Status of a request path sent as is, without URL normalisation by the client."""
        return self.request("GET", path)[0]

    def request(self, method: str, path: str, host: str | None = None
                ) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body of one request sent as is (with ``host`` as its Host
        header, if given)."""
        connection = http.client.HTTPConnection(self.host.split("//")[1], timeout=TIMEOUT)
        connection.putrequest(method, path, skip_host=host is not None)
        if host is not None:
            connection.putheader("Host", host)
        connection.endheaders()
        response = connection.getresponse()
        headers = {name.lower(): value for name, value in response.getheaders()}
        # a stream that never ends (the reload events) is read only so far
        body = b"" if "event-stream" in headers.get("content-type", "") else response.read()
        connection.close()
        return response.status, headers, body

    def events(self) -> queue.Queue[str]:
        """Listen to the live-reload stream as a browser page does; data lines go on a queue."""
        found: queue.Queue[str] = queue.Queue()

        def listen() -> None:
            with urllib.request.urlopen(self.host + "/__briefgen/events", timeout=60) as stream:
                for line in stream:
                    text = line.decode().strip()
                    if text.startswith("data: "):
                        found.put(text[6:])

        threading.Thread(target=listen, daemon=True).start()
        return found


def start(example: Path, code: str = "", env: dict[str, str] | None = None
          ) -> subprocess.Popen[str]:
    """`briefgen serve` on any free port, in a real process; given code, after code has
    instrumented that process."""
    config = example / "briefgen.yaml"
    text = config.read_text(encoding="utf-8").replace(
        "base_url: https://example.org/briefgen/", "base_url: https://example.org/some/sub/path/")
    config.write_text(text, encoding="utf-8")
    args = ["serve", "--project", str(example), "--port", "0"]
    command = [sys.executable, "-m", "briefgen", *args] if not code else [
        sys.executable, "-c",
        f"{code}\nfrom briefgen.commands.cli import app\napp({args!r}, prog_name='briefgen')"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200",
                                 **(env or {})})


def ready(process: subprocess.Popen[str]) -> Served:
    """The server, once it says where it serves."""
    assert process.stdout is not None
    url = ""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not url:
        line = process.stdout.readline()
        if "Serving the site at " in line:
            url = line.split("Serving the site at ")[1].split()[0]
    assert url, "serve did not start"
    return Served(process, url)


@pytest.fixture
def served(example: Path) -> Iterator[Served]:
    process = start(example)
    try:
        yield ready(process)
    finally:
        process.terminate()
        process.wait(timeout=TIMEOUT)


def wait_for(events: queue.Queue[str], seen: str) -> str:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        try:
            version = events.get(timeout=1)
        except queue.Empty:
            continue
        if version != seen:
            return version
    raise AssertionError("no reload event")


def test_serves_on_loopback_under_the_configured_subpath(served: Served) -> None:
    assert served.url.startswith("http://127.0.0.1:")
    assert served.url.endswith("/some/sub/path/")
    status, html = served.get()
    assert status == 200
    soup = BeautifulSoup(html, "html.parser")
    link = soup.select_one(".brief-card h2 a")["href"]
    status, brief = served.get(link)
    assert status == 200 and "The article, annotated" in brief
    status, css = served.get("assets/style.css")
    assert status == 200 and ".badge" in css
    assert served.raw("/") == 302  # the host root leads to the site's subpath


def test_never_serves_outside_the_site(served: Served) -> None:
    prefix = "/some/sub/path/"
    for path in ("..%2f..%2f..%2fbriefgen.yaml", "%2e%2e/%2e%2e/%2e%2e/briefgen.yaml",
                 "../../../briefgen.yaml", "..\\..\\briefgen.yaml", "%00", "nope.html"):
        assert served.raw(prefix + path) == 404, path
    assert served.raw("/briefgen.yaml") == 404
    import http.client

    host = served.host.split("//")[1]
    connection = http.client.HTTPConnection(host, timeout=TIMEOUT)
    connection.request("GET", "/some/sub/path//%2Fexample.org")
    response = connection.getresponse()
    location = response.getheader("Location") or ""
    assert not location.startswith("//"), location  # never a redirect to another host
    connection.close()


def test_answers_only_to_its_own_loopback_names(served: Served) -> None:
    """A page of another site whose name an attacker points at 127.0.0.1 (DNS rebinding)
    sends its own name as the Host: it is refused, for the pages and the reload stream."""
    port = served.host.rsplit(":", 1)[1]
    prefix = "/some/sub/path/"
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", f"LOCALHOST:{port}"):
        status, _, body = served.request("GET", prefix, host)
        assert status == 200 and b"brief-card" in body, host
    for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1.evil.example:{port}",
                 f"localhost:{int(port) + 1}", ""):
        for path in (prefix, prefix + "assets/style.css", "/__briefgen/events"):
            status, _, body = served.request("GET", path, host)
            assert status == 400 and b"brief" not in body and b"badge" not in body, (host, path)


def test_answers_head_as_get_without_the_body(served: Served) -> None:
    prefix = "/some/sub/path/"
    for path, status in ((prefix, 200), (prefix + "assets/style.css", 200),
                         (prefix + "nope.html", 404), ("/", 302), ("/__briefgen/events", 200)):
        got, headers, body = served.request("HEAD", path)
        assert (got, body) == (status, b""), path
        if path != "/__briefgen/events":
            expected, get_headers, get_body = served.request("GET", path)
            assert expected == status
            assert headers["content-length"] == str(len(get_body)), path
            assert headers.get("content-type") == get_headers.get("content-type"), path


def test_a_connection_that_sends_nothing_is_closed(served: Served) -> None:
    """A client that connects and falls silent is let go, so that slow connections cannot
    use up the server's connections."""
    host, port = served.host.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=TIMEOUT) as silent:
        silent.settimeout(90)  # only so a server that never lets go fails rather than hangs
        assert silent.recv(1) == b""  # the server closed it
    assert served.get()[0] == 200


PAUSE_AFTER_FIRST_BUILD = """
import os, time
from pathlib import Path
import briefgen.commands.serve as serve
real, built = serve.build, []
def paused(*args, **kwargs):
    result = real(*args, **kwargs)
    if not built:
        built.append(result)
        Path(os.environ["BUILT"]).touch()
        while not Path(os.environ["GO"]).exists():
            time.sleep(0.01)
    return result
serve.build = paused
"""


def test_an_edit_saved_during_the_first_build_is_picked_up(example: Path,
                                                           tmp_path: Path) -> None:
    """The first build of a large desk takes a while: an edit saved while it runs, after it
    has read the brief, is built as soon as it ends."""
    built, go = tmp_path / "built", tmp_path / "go"
    process = start(example, PAUSE_AFTER_FIRST_BUILD, {"BUILT": str(built), "GO": str(go)})
    try:
        deadline = time.monotonic() + 60
        while not built.exists():
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        brief = example / EXAMPLE_BRIEF
        brief.write_text(brief.read_text(encoding="utf-8").replace(
            "title: Is Russia", "title: Is the Kremlin"), encoding="utf-8")
        go.touch()
        server = ready(process)
        deadline = time.monotonic() + TIMEOUT
        while "Is the Kremlin recruiting" not in server.get()[1]:
            assert time.monotonic() < deadline, "the edit was never built"
            time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(timeout=TIMEOUT)


def test_an_edit_rebuilds_and_reloads_the_page(served: Served, example: Path) -> None:
    events = served.events()
    first = events.get(timeout=TIMEOUT)
    brief = example / EXAMPLE_BRIEF
    text = brief.read_text(encoding="utf-8")
    brief.write_text(text.replace("title: Is Russia", "title: Is Moscow"), encoding="utf-8")
    second = wait_for(events, first)
    _, html = served.get()
    assert "Is Moscow recruiting soldiers" in html
    assert 'new EventSource("/__briefgen/events")' in html  # the page listens for reloads

    # a broken brief: the last good site stays up, the error shows on the page
    brief.write_text(text.replace("by: kremlin", "by: kremlim").replace(
        "title: Is Russia", "title: Is Moscow"), encoding="utf-8")
    wait_for(events, second)
    status, html = served.get()
    assert status == 200
    soup = BeautifulSoup(html, "html.parser")
    alert = soup.select_one('[role="alert"]')
    assert "unknown speaker id 'kremlim'; did you mean 'kremlin'?" in alert.get_text()
    assert soup.select_one(".brief-card")  # still the last good site
    assert served.process.poll() is None  # the server kept running


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_a_kill_or_a_closed_terminal_leaves_no_temporary_folder(
        example: Path, tmp_path: Path, signal_name: str) -> None:
    """Stopped by `kill` or by its terminal closing, serve stops as on Ctrl+C: its private
    copy of the site is removed, not left in the temporary folder on every run."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    process = start(example, env={"TMPDIR": str(temporary)})
    try:
        ready(process)
        assert [p.name for p in temporary.iterdir() if p.name.startswith("briefgen-serve-")]
        process.send_signal(getattr(signal, signal_name))
        output, _ = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill()
    assert process.returncode == 0 and "Stopped." in output
    assert not [p.name for p in temporary.iterdir() if p.is_dir()]


SLOW_SECOND_BUILD = """
import os, time
from pathlib import Path
import briefgen.commands.serve as serve
real, calls = serve.build, []
def slow(*args, **kwargs):
    calls.append(1)
    if len(calls) == 2:
        Path(os.environ["BUILDING"]).touch()
        time.sleep(1.5)
        result = real(*args, **kwargs)
        Path(os.environ["FINISHED"]).touch()
        return result
    return real(*args, **kwargs)
serve.build = slow
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_stopped_during_a_rebuild_it_leaves_no_temporary_folder(example: Path,
                                                                tmp_path: Path) -> None:
    """A rebuild under way when serve is stopped finishes before the folder is removed, so
    that it does not write a new copy of the site into a folder already gone."""
    temporary, building, finished = tmp_path / "tmp", tmp_path / "building", tmp_path / "done"
    temporary.mkdir()
    process = start(example, SLOW_SECOND_BUILD, {"TMPDIR": str(temporary),
                                                 "BUILDING": str(building),
                                                 "FINISHED": str(finished)})
    try:
        ready(process)
        brief = example / EXAMPLE_BRIEF
        brief.write_text(brief.read_text(encoding="utf-8").replace(
            "title: Is Russia", "title: Is Moscow"), encoding="utf-8")
        deadline = time.monotonic() + TIMEOUT
        while not building.exists():
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill()
    assert process.returncode == 0 and "Stopped." in output
    assert finished.exists()  # the rebuild ran to its end before serve stopped
    assert not [p.name for p in temporary.iterdir() if p.is_dir()]

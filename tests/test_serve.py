"""`briefgen serve` as a real process: real HTTP requests, real file edits, a live-reload client."""

from __future__ import annotations

import os
import queue
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
        import http.client

        connection = http.client.HTTPConnection(self.host.split("//")[1], timeout=TIMEOUT)
        connection.request("GET", path)
        status = connection.getresponse().status
        connection.close()
        return status

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


@pytest.fixture
def served(example: Path) -> Iterator[Served]:
    config = example / "briefgen.yaml"
    text = config.read_text(encoding="utf-8").replace(
        "base_url: https://example.org/briefgen/", "base_url: https://example.org/some/sub/path/")
    config.write_text(text, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "serve", "--project", str(example), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"})
    assert process.stdout is not None
    url = ""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not url:
        line = process.stdout.readline()
        if "Serving the site at " in line:
            url = line.split("Serving the site at ")[1].split()[0]
    assert url, "serve did not start"
    try:
        yield Served(process, url)
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

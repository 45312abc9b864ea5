"""The quality bars of the built example site, checked with the tools a reviewer would use.

Valid HTML (the Nu Html Checker), accessible (axe-core at WCAG 2.1 A and AA in light and dark,
and a visible keyboard focus at every tab stop), working offline, at a server's root, under a
subpath and from disk (every page loaded in Chromium, every link and asset followed), responsive
(no sideways scrolling on a phone; screenshots written to tests/artifacts/ for a person to look
at), and a print stylesheet. The example site is built once, at import, so that there is one
test per page it has; one Chromium serves the whole module.

The tools: Debian's chromium, the playwright and axe-playwright-python packages (the test
extra), and vnu.jar from npm (`npm ci --ignore-scripts`) run by java. Without them these tests
skip on a developer's machine and fail under CI; .ci/run installs them all.
"""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from briefgen.incremental.engine import build

from .browser import (
    OVERFLOW,
    REPO,
    VNU_JAR,
    contrast,
    launch,
    need_vnu,
    parse_rgb,
    serve,
    show,
)

SUBPATH = "/some/sub/path/"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHEMES = ["light", "dark"]
# axe-core runs in both colour schemes at a desktop width, and again at a phone's, where boxes
# that scroll sideways appear: (scheme, viewport width), by test id. At the phone's width it
# leaves out colour contrast, three quarters of its time: the same colours passed at 1280.
AXE_VIEWS = {"light": ("light", 1280), "dark": ("dark", 1280), "phone": ("light", 390)}
PHONE_WIDTHS = [390, 320]  # a common phone; 320 CSS px is WCAG 2.1's reflow width (1.4.10)
ARTIFACTS = REPO / "tests" / "artifacts"  # ignored by git
FOCUS_CONTRAST = 3.0  # a focus ring against what is around it, as WCAG asks of non-text parts


# -- the example site, built twice at import --------------------------------------------------


def build_example(project: Path, base_url: str) -> Path:
    """Build a copy of the bundled example project hosted at base_url; returns its site."""
    project.mkdir(parents=True)
    for name in ("briefgen.yaml", "speakers.yaml"):
        if (REPO / name).is_file():
            shutil.copy(REPO / name, project / name)
    for folder in ("briefs", "seeds", "pages", "docs"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, project / folder)
    config_file = project / "briefgen.yaml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
    config["base_url"] = base_url
    config_file.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True),
                           encoding="utf-8")
    result = build(project, project / "site")
    if not result.ok:
        raise RuntimeError("the example site does not build:\n"
                           + "\n".join(d.format() for d in result.report.errors))
    return project / "site"


def build_both() -> tuple[Path, Path] | str:
    """The site for a server's root, and the site for a subpath; or why they did not build."""
    work = Path(tempfile.mkdtemp(prefix="briefgen-quality-"))
    atexit.register(shutil.rmtree, work, True)
    try:
        return (build_example(work / "root", "https://example.org/"),
                build_example(work / "subpath", "https://example.org" + SUBPATH))
    except Exception as error:  # the sites fixture fails every test with it
        return f"{type(error).__name__}: {error}"


BUILT = build_both()
PAGES = sorted(p.relative_to(BUILT[0]).as_posix() for p in BUILT[0].rglob("*.html")
               ) if isinstance(BUILT, tuple) else ["index.html"]
BRIEF = next((p for p in PAGES if p.startswith("briefs/")), "briefs/missing/index.html")
SCREENSHOT_PAGES = {"index": "index.html", "brief": BRIEF, "ratings": "ratings/index.html",
                    "figures": "figures/index.html", "methodology": "methodology/index.html"}
NOT_FOUND = "404.html"  # what a host serves for a missing address, at any depth


def page_id(path: str) -> str:
    return path.removesuffix("index.html").rstrip("/") or "index"


@dataclass(frozen=True)
class Site:
    folder: Path  # the built site
    url: str  # its root: http://127.0.0.1:PORT/... or file:///...

    def owns(self, url: str) -> bool:
        """Whether the URL is inside this site: same scheme, host, port and folder."""
        return url.startswith(self.url)


@pytest.fixture(scope="module")
def sites() -> Iterator[dict[str, Site]]:
    """The root build served at http://127.0.0.1:PORT/, the subpath build served only under
    SUBPATH on another port, and the root build again straight from disk."""
    if isinstance(BUILT, str):
        pytest.fail(BUILT, pytrace=False)
    at_root, at_subpath = BUILT
    with serve(at_root) as root_url, serve(at_subpath, SUBPATH) as subpath_url:
        yield {"root": Site(at_root, root_url), "subpath": Site(at_subpath, subpath_url),
               "disk": Site(at_root, at_root.as_uri() + "/")}


def test_the_checks_cover_every_page_of_every_kind(sites: dict[str, Site]) -> None:
    built = sorted(p.relative_to(sites["subpath"].folder).as_posix()
                   for p in sites["subpath"].folder.rglob("*.html"))
    assert built == PAGES, "the subpath build has other pages than the root build"
    assert {"index.html", "ratings/index.html"} <= set(PAGES)
    assert any(p.startswith("briefs/") for p in PAGES), "no brief page to check"
    markdown = [p for p in PAGES
                if 'class="prose' in (sites["root"].folder / p).read_text(encoding="utf-8")]
    assert markdown, "no Markdown page (pages/*.md) to check"


# -- one Chromium ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def tab(browser: Any) -> Iterator[Any]:
    """One tab shared by the tests that only look at pages: each sets size and media itself."""
    context = browser.new_context(device_scale_factor=1)
    yield context.new_page()
    context.close()


# -- valid HTML -------------------------------------------------------------------------------

BROKEN_HTML = "<!DOCTYPE html><html lang=en><title>canary</title><p><div></span></html>\n"


def test_every_page_is_valid_html(sites: dict[str, Site], tmp_path: Path) -> None:
    """The Nu Html Checker finds no error in any page of either build, nor in the stylesheet.
    A broken canary page goes in the same run, to prove that the checker reports errors."""
    java = need_vnu()
    canary = tmp_path / "canary.html"
    canary.write_text(BROKEN_HTML, encoding="utf-8")
    files = {canary.resolve(): "canary.html"}
    for name in ("root", "subpath"):
        for path in [*PAGES, "assets/style.css"]:
            files[(sites[name].folder / path).resolve()] = f"{name} build: {path}"
    run = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--stdout", "--exit-zero-always",
         "--also-check-css", *map(str, files)],
        capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    errors: dict[str, list[str]] = {}
    for message in json.loads(run.stdout)["messages"]:
        if message["type"] not in ("error", "non-document-error"):
            continue  # warnings and info are advice
        url = message.get("url", "")
        name = files.get(Path(unquote(urlsplit(url).path)).resolve(), url or "?")
        errors.setdefault(name, []).append(
            f"{name}:{message.get('lastLine', '?')}:{message.get('firstColumn', '?')}: "
            f"{message['message']}  [{' '.join(message.get('extract', '').split())}]")
    assert errors.pop("canary.html", None), "the checker reported no error in a broken page"
    assert not errors, "HTML errors:\n" + "\n".join(e for found in errors.values() for e in found)


# -- accessible: axe-core, and every keyboard focus stop ---------------------------------------

RECORD_FOCUS = """() => {
  // Each element keyboard focus lands on, with what makes its focus visible, taken the moment
  // it gets focus; window.__cycled once focus comes back round to an element already seen.
  window.__stops = []; window.__cycled = false;
  const seen = new Set();
  const transparent = (c) => c === 'transparent' || /^rgba\\(.*,\\s*0\\)$/.test(c);
  document.addEventListener('focusin', (event) => {
    const el = event.target;
    if (seen.has(el)) { window.__cycled = true; return; }
    seen.add(el);
    const style = getComputedStyle(el);
    let around = getComputedStyle(document.body).backgroundColor;  // the ring is drawn outside
    for (let up = el.parentElement; up; up = up.parentElement) {
      const bg = getComputedStyle(up).backgroundColor;
      if (!transparent(bg)) { around = bg; break; }
    }
    const r = el.getBoundingClientRect();
    window.__stops.push({
      what: el.outerHTML.slice(0, 90), outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth) || 0, outlineColor: style.outlineColor,
      boxShadow: style.boxShadow, around: around, left: r.left, right: r.right, top: r.top,
      bottom: r.bottom, width: r.width, height: r.height, viewWidth: innerWidth,
      viewHeight: innerHeight});
  });
}"""


@dataclass
class Audit:
    violations: list[dict[str, Any]]
    stops: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture(scope="module")
def audit(tab: Any, sites: dict[str, Site]) -> Callable[..., Audit]:
    """Load a page once per view: axe-core's WCAG 2.1 A/AA violations, then (at desktop
    width) Tab through it from the top until focus comes round again."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()  # carries its own axe-core: nothing is fetched
    done: dict[tuple[str, str, int], Audit] = {}

    def run(path: str, scheme: str, width: int = 1280) -> Audit:
        if (path, scheme, width) not in done:
            show(tab, sites["root"].url + path, scheme=scheme, width=width)
            options: dict[str, Any] = {"runOnly": {"type": "tag", "values": WCAG_TAGS},
                                       "resultTypes": ["violations"]}
            if width < 1280:
                options["rules"] = {"color-contrast": {"enabled": False}}
            results = axe.run(tab, options=options)
            found = Audit(results.response["violations"])
            if width == 1280:
                tab.evaluate(RECORD_FOCUS)
                for _ in range(60):  # batches of 10 presses; at most 600 stops
                    for _ in range(10):
                        tab.keyboard.press("Tab")
                    if tab.evaluate("window.__cycled"):
                        break
                found.stops = tab.evaluate("window.__stops")
            done[path, scheme, width] = found
        return done[path, scheme, width]

    return run


def describe(violations: list[dict[str, Any]], path: str, view: str) -> str:
    lines = []
    for v in violations:
        lines.append(f"{page_id(path)} ({view}): {v['id']} [{v['impact']}] {v['help']}")
        for node in v["nodes"][:10]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {' '.join(node['target'])}: {node['html'][:120]} — {summary}")
    return "\n".join(lines)


@pytest.mark.parametrize("view", AXE_VIEWS)
@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_axe_finds_no_wcag_violation(path: str, view: str, audit: Any) -> None:
    found = audit(path, *AXE_VIEWS[view]).violations
    assert not found, "axe-core violations:\n" + describe(found, path, view)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_keyboard_focus_is_visible_at_every_stop(path: str, scheme: str, audit: Any) -> None:
    """Every element Tab reaches shows a focus ring (the site's own, at least 2px, or the
    browser's), 3:1 against what is around it, and is on screen (the skip link comes into
    view); and the skip link comes first."""
    stops = audit(path, scheme).stops
    assert len(stops) >= 3, f"only {len(stops)} focus stops"
    assert 'class="skip-link"' in stops[0]["what"], f"first stop is {stops[0]['what']}"
    problems = []
    for stop in stops:
        what = stop["what"]
        ring = stop["outlineStyle"] not in ("none", "hidden") and (
            stop["outlineWidth"] >= 2 or stop["outlineStyle"] == "auto")
        if not ring and stop["boxShadow"] in ("none", ""):
            problems.append(f"no focus ring: {what}")
        elif ring and parse_rgb(stop["outlineColor"])[3] < 1:
            problems.append(f"see-through focus ring {stop['outlineColor']}: {what}")
        elif ring and (ratio := contrast(stop["outlineColor"], stop["around"])) < FOCUS_CONTRAST:
            problems.append(f"focus ring {stop['outlineColor']} on {stop['around']}: contrast "
                            f"{ratio:.2f}: {what}")
        if (stop["width"] <= 0 or stop["height"] <= 0 or stop["right"] <= 0
                or stop["left"] >= stop["viewWidth"] or stop["bottom"] <= 0
                or stop["top"] >= stop["viewHeight"]):
            problems.append(f"focused but not on screen (x {stop['left']:.0f}..{stop['right']:.0f}"
                            f", y {stop['top']:.0f}..{stop['bottom']:.0f}): {what}")
    assert not problems, "\n".join(problems)


# -- offline, at the root, under a subpath, from disk -----------------------------------------


class Visitor:
    """A tab that may reach only one site: it records every request, blocks (and reports) any
    that leaves the site, and reports failed requests, HTTP errors and console errors."""

    def __init__(self, browser: Any, site: Site) -> None:
        self.site = site
        self.context = browser.new_context(device_scale_factor=1)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.problems: list[str] = []
        # Chromium may abort the last page's favicon fetch when the next page opens: a failure
        # counts only for a request this visit made (the favicon's address is checked as a link)
        self._issued: set[Any] = set()
        page = self.page
        page.on("request", self._issue)
        page.on("requestfailed", lambda request: request in self._issued and self.problems.append(
            f"request failed: {request.url} ({request.failure})"))
        page.on("response", lambda response: response.status >= 400 and self.problems.append(
            f"HTTP {response.status}: {response.url}"))
        page.on("console", lambda message: message.type == "error" and self.problems.append(
            f"console error: {message.text} ({message.location.get('url')})"))
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))

    def _route(self, route: Any) -> None:
        url = route.request.url
        if self.site.owns(url) or url.startswith("data:"):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def _issue(self, request: Any) -> None:
        self._issued.add(request)
        self.requests.append(request.url)

    def visit(self, url: str) -> Any:
        self.requests.clear()
        self.problems.clear()
        self._issued.clear()
        return self.page.goto(url, wait_until="load")  # a static page: all loaded by then


@pytest.fixture(scope="module")
def visitors(browser: Any, sites: dict[str, Site]) -> Iterator[dict[str, Visitor]]:
    found = {name: Visitor(browser, site) for name, site in sites.items()}
    yield found
    for visitor in found.values():
        visitor.context.close()


@pytest.fixture(scope="module")
def fetched() -> Callable[[str], tuple[int, str]]:
    """Each internal address's status, and its text if HTML, fetched once (not by Chromium)."""
    cache: dict[str, tuple[int, str]] = {}

    def fetch(url: str) -> tuple[int, str]:
        if url not in cache:
            if url.startswith("file:"):
                path = Path(unquote(urlsplit(url).path))
                ok = path.is_file()
                cache[url] = (200 if ok else 404,
                              path.read_text("utf-8") if ok and path.suffix == ".html" else "")
            else:
                try:
                    with urllib.request.urlopen(url, timeout=10) as response:
                        body = response.read()
                        html = response.headers.get_content_type() == "text/html"
                        cache[url] = (response.status, body.decode("utf-8") if html else "")
                except urllib.error.HTTPError as error:
                    cache[url] = (error.code, "")
        return cache[url]

    return fetch


LINKS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('[href], [src], [srcset], [poster], [data]')) {
    for (const attr of ['href', 'src', 'poster', 'data']) {
      const value = el.getAttribute(attr);
      if (value !== null)
        found.push({tag: el.localName, attr, url: new URL(value, document.baseURI).href});
    }
    for (const part of (el.getAttribute('srcset') || '').split(',')) {
      const value = part.trim().split(/\\s+/)[0];
      if (value)
        found.push({tag: el.localName, attr: 'srcset', url: new URL(value, document.baseURI).href});
    }
  }
  return found;
}"""


def anchors(html: str) -> set[str]:
    soup = BeautifulSoup(html, "html.parser")
    return ({el["id"] for el in soup.find_all(id=True)}
            | {el["name"] for el in soup.find_all("a", attrs={"name": True})})


@pytest.mark.parametrize(("where", "path"), [
    pytest.param(where, path, id=f"{where}-{page_id(path)}")
    for where in ("root", "subpath", "disk") for path in PAGES
    # the 404 page links from the site's root path, as it is served at any depth: not from disk
    if not (where == "disk" and path == NOT_FOUND)])
def test_pages_work_offline_at_the_root_under_a_subpath_and_from_disk(
        where: str, path: str, visitors: dict[str, Visitor], fetched: Any) -> None:
    """Load the page in Chromium: it requests nothing outside the site (no other host, nothing
    above the subpath), every request succeeds, the console stays clean, and every link and
    asset inside the site answers 200, with its #fragment present on the page it names.
    The 404 page is loaded as a host serves it: for a missing address, folders deep."""
    visitor, site = visitors[where], visitors[where].site
    url = site.url + ("no/such/folder/page.html" if path == NOT_FOUND else path)
    response = visitor.visit(url)
    problems = visitor.problems
    if path == NOT_FOUND:
        assert response.status == 404
        assert visitor.page.title().startswith("Page not found")
        problems = [p for p in problems if url not in p]  # that 404 itself is expected
    elif where != "disk":
        assert response.status == 200
    assert visitor.page.title().strip(), "the page has no title"
    problems += [f"request outside the site: {u}" for u in visitor.requests
                 if not (site.owns(u) or u.startswith("data:"))]
    internal, own_html = 0, visitor.page.content()
    for link in visitor.page.evaluate(LINKS):
        target, fragment = urldefrag(link["url"])
        parts, tag = urlsplit(target), f"<{link['tag']} {link['attr']}={link['url']}>"
        if parts.scheme == urlsplit(site.url).scheme and parts.netloc == urlsplit(site.url).netloc:
            if not site.owns(target):
                problems.append(f"{tag} leaves the site's folder")
                continue
            internal += 1
            status, html = (200, own_html) if target == url else fetched(target)
            if status != 200:
                problems.append(f"{tag}: {status}")
            elif fragment and fragment != "top" and unquote(fragment) not in anchors(html):
                problems.append(f"{tag}: no element with id {unquote(fragment)!r} there")
        elif parts.scheme not in ("http", "https", "mailto"):
            problems.append(f"{tag}: an address a reader's browser cannot follow")
    assert internal >= 3, f"only {internal} links and assets inside the site"
    assert not problems, "\n".join(problems)


# -- responsive -------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "width"), [
    pytest.param(path, width, id=f"{page_id(path)}-{width}")
    for path in PAGES for width in PHONE_WIDTHS])
def test_no_page_scrolls_sideways_on_a_phone(path: str, width: int, tab: Any,
                                             sites: dict[str, Site]) -> None:
    show(tab, sites["root"].url + path, width=width, height=844)
    found = tab.evaluate(OVERFLOW)
    assert found["scrollWidth"] <= found["clientWidth"] <= found["innerWidth"], (
        f"{page_id(path)} is {found['scrollWidth']}px wide in a {width}px window; the widest "
        "parts:\n" + "\n".join(found["culprits"]))


SVG_TEXT_SIZES = """() => Array.from(document.querySelectorAll('svg text'), (el) => {
  // the size a chart's text is drawn at: its own size times the scale of the drawing
  const ctm = el.ownerSVGElement && el.ownerSVGElement.getScreenCTM();
  const size = parseFloat(getComputedStyle(el).fontSize) * (ctm ? Math.abs(ctm.a) : 1);
  return [Math.round(size * 10) / 10, el.getAttribute('class') || '', el.textContent.trim()];
})"""
SMALLEST_TEXT = 12  # px


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_chart_text_stays_readable_on_a_phone(path: str, tab: Any,
                                              sites: dict[str, Site]) -> None:
    """A chart (inline SVG) shrinks with the column on a phone, and its text with it."""
    show(tab, sites["root"].url + path, width=390, height=844)
    small = [f"{size}px: <text class={kind!r}> {text}"
             for size, kind, text in tab.evaluate(SVG_TEXT_SIZES) if size < SMALLEST_TEXT]
    assert not small, f"chart text under {SMALLEST_TEXT}px at 390px wide:\n" + "\n".join(small)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots_of_the_main_pages(width: int, scheme: str, tab: Any,
                                       sites: dict[str, Site]) -> None:
    """Full-page screenshots of the index, a brief and the ratings page, for a person to look
    at: tests/artifacts/NAME-WIDTH-SCHEME.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, path in SCREENSHOT_PAGES.items():
        show(tab, sites["root"].url + path, width=width, scheme=scheme)
        png = tab.screenshot(path=str(ARTIFACTS / f"{name}-{width}-{scheme}.png"),
                             full_page=True)
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == width  # the image's own width


# -- print ------------------------------------------------------------------------------------


def test_a_brief_prints_without_the_site_navigation(tab: Any, sites: dict[str, Site]) -> None:
    """Printed, a brief loses the site's navigation, skip link and footer, and keeps itself."""
    chrome = ["header nav[aria-label='Site']", "footer nav", "footer", ".skip-link"]
    content = ["main h1", ".verdict", ".article-body"]
    show(tab, sites["root"].url + BRIEF)
    for selector in [*chrome[:3], *content]:
        assert tab.locator(selector).first.is_visible(), f"{selector} is not on screen"
    show(tab, sites["root"].url + BRIEF, width=794, height=1123, media="print")  # A4, 96 dpi
    assert tab.evaluate("matchMedia('print').matches")
    for selector in chrome:
        assert tab.locator(selector).first.is_hidden(), f"{selector} is printed"
    for selector in content:
        assert tab.locator(selector).first.is_visible(), f"{selector} is not printed"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "brief-print.png"), full_page=True)


# -- search ---------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["root", "disk"])
def test_search_finds_briefs_by_words_and_filters(where: str, tab: Any,
                                                  sites: dict[str, Site]) -> None:
    """The search page filters the briefs in the browser, from a host and from the disk."""
    errors: list[str] = []
    tab.on("console", lambda message: errors.append(message.text)
           if message.type == "error" else None)
    show(tab, sites[where].url + "search/index.html")
    bundled = len(list((REPO / "briefs").glob("*.yaml")))  # the English, Ukrainian and Russian
    assert tab.locator("#search-status").inner_text() == f"{bundled} briefs found."
    tab.fill("#q", "peskov recruiting")  # every word must match, in any case
    assert tab.locator("#search-results li").count() == 1
    tab.fill("#q", "recruited PESKÖV")  # in any order, any form of a word, accents folded
    assert tab.locator("#search-results li").count() == 1
    tab.fill("#q", "peskov recruiting")
    link = tab.locator("#search-results a").first
    assert link.inner_text().startswith("Is Russia recruiting soldiers from China?")
    tab.fill("#q", "nobody says this")
    assert tab.locator("#search-status").inner_text() == "0 briefs found."
    tab.fill("#q", "")
    tab.select_option("#rating", "false")
    assert tab.locator("#search-results li").count() == 0
    tab.select_option("#rating", "unproven")
    tab.select_option("#tag", "china")
    tab.select_option("#speaker", "dmitry-peskov")
    assert tab.locator("#search-results li").count() == 1
    link.click()
    tab.wait_for_load_state()
    assert tab.url.endswith("briefs/russia-china-recruits/index.html")
    assert not errors

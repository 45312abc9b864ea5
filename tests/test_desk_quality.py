"""The quality bars on a desk of 300 synthetic briefs (bench.corpus), where long names, many
responses and paginated listings show what the one-brief example cannot.

Valid HTML (the Nu Html Checker) on every page but a sample of the brief pages, which share
one template; axe-core finds no WCAG 2.1 A/AA violation at a desktop's width and at a phone's,
and no page is wider than a 360px or a 320px screen, on a sample that holds every kind of page;
the story (claim, response, verdict) fits the first screen; search opens a result on the first
click and keeps its query in the address. The desk is built once, at import.
"""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from briefgen.incremental.engine import build

from .browser import OVERFLOW, VNU_JAR, launch, need_vnu, serve, show

DESK_BRIEFS, SEED = 300, 1
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BRIEF_PAGES_CHECKED = 30  # of ~300 brief pages, one template: a spread, for the slow checks


def build_desk() -> Path | str:
    from bench.corpus import main as make_corpus

    work = Path(tempfile.mkdtemp(prefix="briefgen-desk-"))
    atexit.register(shutil.rmtree, work, True)
    make_corpus([str(work / "desk"), "--briefs", str(DESK_BRIEFS), "--seed", str(SEED)])
    result = build(work / "desk", use_cache=False)
    if not result.ok:
        return "\n".join(d.format() for d in result.report.errors)
    return work / "desk" / "site"


SITE = build_desk()
ALL = sorted(p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html")
             ) if isinstance(SITE, Path) else []
BRIEFS = [p for p in ALL if p.startswith("briefs/")]


def kind_of(path: str) -> str:
    """A page's kind: its template and whether it is a later page of a listing."""
    parts = path.split("/")
    later = "page" in parts[:-1]
    if parts[0] in ("briefs", "speakers", "tags", "archive", "ratings") and len(parts) > 2:
        return parts[0] + (" later page" if later else " item")
    return "page" if later else path


def sample() -> list[str]:
    """The two longest pages of each kind (long names and lists overflow first), the search
    and figures pages, and a spread of briefs."""
    by_kind: dict[str, list[str]] = {}
    for path in ALL:
        if not path.startswith("briefs/"):
            by_kind.setdefault(kind_of(path), []).append(path)
    chosen = {path for paths in by_kind.values()
              for path in sorted(paths, key=lambda p: -(SITE / p).stat().st_size)[:2]}
    return sorted(chosen | set(BRIEFS[::len(BRIEFS) // 6 or 1][:6]))


SAMPLE = sample() if ALL else ["index.html"]


def page_id(path: str) -> str:
    return path.removesuffix("/index.html").removesuffix(".html") or "index"


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    if isinstance(SITE, str):
        pytest.fail(f"the bench desk does not build:\n{SITE}", pytrace=False)
    with serve(SITE) as url:
        yield url


@pytest.fixture(scope="module")
def tab() -> Iterator[Any]:
    with launch() as chromium:
        context = chromium.new_context(device_scale_factor=1)
        yield context.new_page()
        context.close()


def test_the_sample_holds_every_kind_of_page() -> None:
    kinds = {kind_of(p) for p in ALL}
    assert {kind_of(p) for p in SAMPLE} == kinds
    assert {"briefs item", "tags item", "tags later page", "speakers item", "archive item",
            "ratings item", "page", "search/index.html", "figures/index.html",
            "methodology/index.html", "404.html"} <= kinds
    assert len(BRIEFS) >= DESK_BRIEFS * 0.95


def test_every_page_is_valid_html(site: str) -> None:
    java = need_vnu()
    checked = [p for p in ALL if not p.startswith("briefs/")]
    checked += BRIEFS[::len(BRIEFS) // BRIEF_PAGES_CHECKED or 1]
    files = {(SITE / p).resolve(): p for p in checked}
    run = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--stdout", "--exit-zero-always",
         *map(str, files)], capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr
    errors = [f"{files.get(Path(unquote(urlsplit(m.get('url', '')).path)).resolve(), '?')}:"
              f"{m.get('lastLine', '?')}: {m['message']}"
              for m in json.loads(run.stdout)["messages"]
              if m["type"] in ("error", "non-document-error")]
    assert not errors, "HTML errors:\n" + "\n".join(errors[:30])


@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_no_wcag_violation(width: int, tab: Any, site: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    options: dict[str, Any] = {"runOnly": {"type": "tag", "values": WCAG_TAGS},
                               "resultTypes": ["violations"]}
    found = []
    for path in SAMPLE:
        show(tab, site + path, width=width)
        for v in axe.run(tab, options=options).response["violations"]:
            nodes = "; ".join(" ".join(n["target"]) for n in v["nodes"][:3])
            found.append(f"{page_id(path)} at {width}px: {v['id']} {v['help']} ({nodes})")
    assert not found, "axe-core violations:\n" + "\n".join(found)


@pytest.mark.parametrize("width", [360, 320])
def test_no_page_scrolls_sideways_on_a_phone(width: int, tab: Any, site: str) -> None:
    wide = []
    for path in SAMPLE:
        show(tab, site + path, width=width, height=740)
        found = tab.evaluate(OVERFLOW)
        if found["scrollWidth"] > found["clientWidth"]:
            wide.append(f"{page_id(path)}: {found['scrollWidth']}px; "
                        + " | ".join(found["culprits"]))
    assert not wide, f"wider than {width}px:\n" + "\n".join(wide)


STORY = ".versus .side-claim .summary, .versus .response .summary, .verdict-summary"


@pytest.mark.parametrize(("width", "height", "screens"), [(1280, 800, 1), (390, 844, 2)])
def test_the_story_fits_the_first_screens(width: int, height: int, screens: int, tab: Any,
                                          site: str) -> None:
    """The claim, every response and the verdict with its summary end within the first
    screen of a desktop, and the first two of a phone."""
    late = []
    for path in [p for p in SAMPLE if p.startswith("briefs/")]:
        show(tab, site + path, width=width, height=height)
        bottoms = tab.evaluate(f"""Array.from(document.querySelectorAll({STORY!r}),
            (el) => Math.round(el.getBoundingClientRect().bottom + scrollY))""")
        assert len(bottoms) >= 3, path
        if max(bottoms) > height * screens:
            late.append(f"{page_id(path)}: the story ends at {max(bottoms)}px")
    assert not late, "\n".join(late)


def test_search_opens_the_first_result_with_one_click(tab: Any, site: str) -> None:
    """Type a query (word forms, any order), then click the first result while the box still
    has focus: the click opens it. The query is in the address, and Back brings it back."""
    show(tab, site + "search/index.html")
    tab.click("#q")
    tab.keyboard.type("clinics closing")
    status = tab.locator("#search-status").inner_text()
    assert status.endswith("found.") and not status.startswith("0 ")
    first = tab.locator("#search-results a").first
    title = first.inner_text()
    assert "close" in title.lower() and "clinics" in title.lower()
    assert tab.evaluate("location.search") == "?q=clinics+closing"
    assert tab.evaluate("document.activeElement.id") == "q"
    first.click()
    tab.wait_for_load_state()
    assert tab.title().startswith(title)
    tab.go_back()
    tab.wait_for_load_state()
    assert tab.input_value("#q") == "clinics closing"
    assert tab.locator("#search-results a").first.inner_text() == title
    # a shared link opens the same results
    show(tab, site + "search/index.html?q=closing+clinic")
    assert tab.locator("#search-results a").first.inner_text() == title


A4 = {"width": 794, "height": 1123}  # CSS px at 96 dpi
PRINT_MARGINS = 2 * 1.6 / 2.54 * 96  # the stylesheet's @page margins, top and bottom


def test_a_brief_prints_its_story_on_the_first_page_and_its_links_in_full(tab: Any,
                                                                          site: str) -> None:
    """Printed, the claim, response and verdict come on the first page (nothing long is kept
    whole and pushed to the next one, leaving the first blank), the verdict box does not
    break, and a link leading elsewhere prints its address after its text."""
    for path in [p for p in SAMPLE if p.startswith("briefs/")]:
        show(tab, site + path, media="print", **A4)
        story_end = max(tab.evaluate(f"""Array.from(document.querySelectorAll({STORY!r}),
            (el) => el.getBoundingClientRect().bottom + scrollY)"""))
        assert story_end < A4["height"] - PRINT_MARGINS, f"{path}: the story ends at {story_end}"
        breaks = tab.evaluate("""['.verdict', '.versus-grid', '.evidence', '.article-text']
            .map((s) => getComputedStyle(document.querySelector(s)).breakInside)""")
        assert breaks == ["avoid", "auto", "auto", "auto"]
        links = tab.evaluate("""Array.from(document.querySelectorAll('main a[href^="http"]'),
            (a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content])""")
        assert links, path
        for href, after in links:
            assert href in after, (href, after)

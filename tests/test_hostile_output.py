"""Nothing an editor writes reaches a reader as markup: every field is escaped, in text and in
attributes, Markdown's raw HTML is off, and links keep only http, https, mailto and relative
addresses however the scheme is disguised. Pages are read with a real HTML parser."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from bs4 import BeautifulSoup

from briefgen.incremental.engine import build
from briefgen.render.markdown import _safe_link, markdown_filter

from .hostile import (
    DATA,
    browser_scheme,
    make_project,
    plain_twin,
    skeleton,
    soup_of,
    unsafe_links,
)

HOSTILE = DATA / "project"
PAGES = ["index.html", "ratings/index.html", "briefs/hostile/index.html", "about/index.html"]


def text_of(node) -> str:
    return " ".join(node.get_text(" ").split())


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The hostile project built, and its plain twin: the same structure in plain words."""
    hostile = tmp_path_factory.mktemp("hostile") / "project"
    shutil.copytree(HOSTILE, hostile)
    twin = tmp_path_factory.mktemp("twin") / "project"
    shutil.copytree(HOSTILE, twin)
    for name in ("briefgen.yaml", "briefs/hostile.yaml"):
        data = yaml.safe_load((HOSTILE / name).read_text(encoding="utf-8"))
        (twin / name).write_text(yaml.safe_dump(plain_twin(data), allow_unicode=True),
                                 encoding="utf-8")
    (twin / "pages/about.md").write_text("# About\n\nPlain.\n", encoding="utf-8")
    for root in (hostile, twin):
        result = build(root)
        assert result.ok, [d.format() for d in result.report.items]
    return hostile / "site", twin / "site"


def html_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_hostile_text_adds_no_element_and_no_attribute(sites: tuple[Path, Path]) -> None:
    """Element for element, attribute for attribute, every hostile page is its plain twin:
    whatever the editor wrote is text inside the template's elements, never new ones."""
    hostile, twin = sites
    mine, theirs = html_pages(hostile), html_pages(twin)
    assert len(mine) == len(theirs) and set(PAGES) <= set(mine)
    both = sorted(set(mine) & set(theirs))
    # pages named after the editor's words (a topic's page) pair up in order
    pairs = [*zip(both, both, strict=True), *zip(sorted(set(mine) - set(theirs)),
                                    sorted(set(theirs) - set(mine)), strict=True)]
    for page, twin_page in pairs:
        assert skeleton(soup_of(hostile / page)) == skeleton(soup_of(twin / twin_page)), page


def test_no_script_runs_and_no_unsafe_link_anywhere(sites: tuple[Path, Path]) -> None:
    for page in html_pages(sites[0]):
        html = (sites[0] / page).read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "html.parser")
        scripts = soup.find_all("script")
        if page == "search/index.html":  # the search page's own code, from the site, no text
            code = [s for s in scripts if s.get("src")]
            assert [s.get("src") for s in code] == ["../search/briefs.js",
                                                    "../assets/search.js"], page
            assert all(not s.string for s in code)
            scripts = [s for s in scripts if s not in code]  # its words, as data
        assert all(s.get("type") in ("application/ld+json", "application/json")
                   for s in scripts), page
        for script in scripts:  # structured data only, and it is data
            json.loads(script.string)
        code_scripts = 2 if page == "search/index.html" else 0
        assert html.lower().count("</script") == len(scripts) + code_scripts, page  # none early
        assert unsafe_links(soup) == [], page
        assert not [a for e in soup.find_all(True) for a in e.attrs
                    if a.lower().startswith("on")], page
        for name in ("iframe", "object", "embed", "style", "base", "form", "img", "svg"):
            allowed = [e for e in soup.find_all(name) if e.find_parent("figure")
                       or (name == "form" and "search-form" in e.get("class", []))]
            assert [e for e in soup.find_all(name) if e not in allowed] == [], page


def test_the_search_data_is_inert(sites: tuple[Path, Path]) -> None:
    """The search page's list of briefs is data a script assigns, whatever the briefs say."""
    text = (sites[0] / "search/briefs.js").read_text(encoding="utf-8")
    prefix, suffix = "window.BRIEFGEN_BRIEFS = ", ";\n"
    assert text.startswith(prefix) and text.endswith(suffix)
    assert "<" not in text and ">" not in text  # escaped: nothing can read as markup
    items = json.loads(text[len(prefix):-len(suffix)])
    assert {item["path"] for item in items} >= {"briefs/hostile/index.html"}


def test_structured_data_feeds_and_lists_keep_the_text_intact(sites: tuple[Path, Path]) -> None:
    """JSON-LD, the Atom feeds, the sitemap and briefs.json parse, and hold the editor's words
    as values, whatever characters those words contain."""
    site = sites[0]
    brief = soup_of(site / "briefs/hostile/index.html")
    (data,) = [json.loads(s.string) for s in brief.find_all("script")
               if '"ClaimReview"' in s.string]
    assert data["claimReviewed"] == '<script>alert("claim")</script>'
    for path in site.rglob("*.xml"):
        ElementTree.fromstring(path.read_bytes())  # well-formed, or this raises
    feed = ElementTree.parse(site / "feeds/briefs.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    assert feed.find(f"{atom}entry/{atom}title").text == (
        '<script>alert("title")</script> & <b>friends</b>')
    for path in site.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_every_field_reaches_the_reader_as_the_editor_wrote_it(sites: tuple[Path, Path]) -> None:
    soup = soup_of(sites[0] / "briefs/hostile/index.html")
    assert soup.h1.get_text() == '<script>alert("title")</script> & <b>friends</b>'
    assert soup.title.get_text() == ('<script>alert("title")</script> & <b>friends</b> · '
                                     '<script>alert("site")</script> & <b>co</b>')
    meta = text_of(soup.select_one(".brief-header .meta"))
    assert '<img src=x onerror=alert("author")>, "><svg onload=alert(\'author2\')>' in meta
    assert [li.get_text() for li in soup.select(".tags li")] == [
        '</li><script>alert("tag")</script>', "{{ 7*7 }}"]
    assert text_of(soup.select_one(".side-claim .summary")) == '<script>alert("claim")</script>'
    assert text_of(soup.select_one(".side-claim .speaker-name")) == (
        "</mark><script>alert('speaker')</script>")
    assert "{% raw %}role{% endraw %}" in text_of(soup.select_one(".side-claim .speaker-role"))
    assert text_of(soup.select_one(".response .summary")) == (
        "&lt;script&gt;alert('entity')&lt;/script&gt;")  # entities an editor typed stay typed
    passage = soup.select_one(".evidence .side-claim .passage")
    passage.select_one(".passage-label").extract()  # "Paraphrase:" or "Partly quoted:"
    assert text_of(passage) == 'City officials said <script>alert("article")</script> on Monday'

    source = soup.select_one(".sources li a")
    assert source.get_text() == '<base href="https://evil.example/">'
    assert source["href"] == "https://example.org/source?a=1&b=<x>"
    assert "]]><script>alert('cdata')</script>" in text_of(soup.select_one(".sources"))
    assert text_of(soup.select_one(".corrections-notice li")).endswith(
        '<svg><script>alert("correction")</script></svg>')
    assert text_of(soup.select_one(".verdict-summary")) == (
        "<!-- comment --><script>alert('verdict')</script>")


def test_attributes_hold_editor_text_whole_and_inert(sites: tuple[Path, Path]) -> None:
    soup = soup_of(sites[0] / "briefs/hostile/index.html")
    assert soup.html["lang"] == "en"  # a code written otherwise is refused (test_language)
    assert soup.find("meta", attrs={"name": "description"})["content"] == (
        "<b onclick=\"alert('label')\">Unproven</b>: "
        "<!-- comment --><script>alert('verdict')</script>")
    assert soup.find("link", rel="canonical")["href"] == (
        "https://example.org/\"><script>alert('base')</script>/briefs/hostile/")
    titles = {m["title"] for m in soup.select(".article-body mark")}
    assert titles == {"Claim: </mark><script>alert('speaker')</script>",
                      "Response: <a href=\"javascript:alert('ministry')\">Ministry</a>",
                      "Other statement: </mark><script>alert('speaker')</script>"}
    footer = soup.select_one(".site-footer a[href^='https']")
    assert footer["href"] == "https://example.org/\"onmouseover=\"alert('publisher-url')"


def test_the_article_is_text_with_only_the_highlights_as_elements(sites: tuple[Path, Path]
                                                                  ) -> None:
    body = soup_of(sites[0] / "briefs/hostile/index.html").select_one(".article-body")
    assert {e.name for e in body.find_all(True)} == {"p", "mark", "span"}
    text = text_of(body)
    assert '<script>alert("article")</script>' in text
    assert '"<img src=x onerror=alert(2)>" & the bridge is open' in text
    assert "Residents said" in text and "{{ 7*7 }}" in text and "49" not in text


def test_markdown_raw_html_is_text_and_only_safe_links_survive(sites: tuple[Path, Path]) -> None:
    analysis = soup_of(sites[0] / "briefs/hostile/index.html").select_one(".analysis")
    assert {e.name for e in analysis.find_all(True)} == {"h2", "p", "a"}
    text = text_of(analysis)
    assert '<script>alert("body")</script> and <b onclick="alert(1)">raw html</b>.' in text
    links = {a.get_text(): a["href"] for a in analysis.find_all("a")}
    assert links == {"fine": "https://example.org/ok", "mail": "mailto:desk@example.org",
                     "relative": "../../ratings/index.html"}


def test_a_markdown_page_is_held_to_the_same_rules(sites: tuple[Path, Path]) -> None:
    soup = soup_of(sites[0] / "about/index.html")
    prose = soup.select_one(".prose")
    assert prose.h1.get_text() == 'About <script>alert("page-title")</script>'
    assert '<script>alert("page")</script>' in text_of(prose)
    assert {a.get_text(): a["href"] for a in prose.find_all("a")} == {
        "ok": "https://example.org/about", "methods": "methods.md"}


def test_site_settings_are_text_on_every_page(sites: tuple[Path, Path]) -> None:
    for page in PAGES:
        soup = soup_of(sites[0] / page)
        assert soup.select_one(".site-title").get_text() == (
            '<script>alert("site")</script> & <b>co</b>')
        assert '</footer><script>alert("publisher")</script>' in text_of(soup.footer)
    ratings = soup_of(sites[0] / "ratings/index.html")
    assert text_of(ratings.select_one(".rating-scale dd")).startswith(
        '<script>alert("rating")</script>')
    assert "<b onclick=\"alert('label')\">Unproven</b>" in text_of(ratings.select_one("dt"))
    index = soup_of(sites[0] / "index.html")
    assert text_of(index.select_one(".lede")) == "\"><img src=x onerror=alert('description')>"


# --- Links in Markdown: the scheme, however it is disguised ---------------------------------

UNSAFE = [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
    "<javascript:alert(1)>", "jav&#x09;ascript:alert(1)", "jav&#9;ascript:alert(1)",
    "jav&Tab;ascript:alert(1)", "java&NewLine;script:alert(1)", "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)", "&#x6A;&#x61;vascript:alert(1)", "&#0000106avascript:alert(1)",
    "%6Aavascript:alert(1)", "%6A%61%76%61script:alert(1)", "java%0ascript:alert(1)",
    "java%09script:alert(1)", "%256Aavascript:alert(1)", "\\javascript:alert(1)",
    "javascript\\:alert(1)", "java\x00script:alert(1)", "\x01javascript:alert(1)",
    "javascript\u200b:alert(1)", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "data:image/svg+xml;base64,PHN2Zz4=",
    "DATA:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "blob:https://x.example/1",
    "livescript:alert(1)", "about:blank",
]
SAFE = ["https://example.org/a?b=c&d=e#f", "http://example.org", "HTTPS://EXAMPLE.ORG",
        "mailto:desk@example.org", "../ratings/index.html", "#verdict", "?q=javascript:x",
        "./javascript:alert(1)", "about.md", "https://example.org/a%20b"]


@pytest.mark.parametrize("target", UNSAFE)
@pytest.mark.parametrize("form", ["[link]({})", "[link](<{}>)", "![image]({})", "<{}>",
                                  "[link][ref]\n\n[ref]: {}"])
def test_markdown_never_links_to_an_unsafe_scheme(target: str, form: str) -> None:
    soup = BeautifulSoup(markdown_filter(form.format(target)), "html.parser")
    assert unsafe_links(soup) == []
    assert soup.find_all(["a", "img"]) == [] or all(
        browser_scheme(e.get("href") or e.get("src") or "") is None
        for e in soup.find_all(["a", "img"]))


@pytest.mark.parametrize("target", SAFE)
def test_markdown_keeps_web_mail_and_relative_links(target: str) -> None:
    soup = BeautifulSoup(markdown_filter(f"[link]({target})"), "html.parser")
    assert soup.a is not None, target
    assert browser_scheme(soup.a["href"]) in (None, "http", "https", "mailto")


@pytest.mark.parametrize("target", [t for t in UNSAFE if not t.startswith("<")] + [
    "jav\tascript:x", "java\nscript:x", "\x00javascript:x", "javascript&#58;x",
    "&amp;#106;avascript:x", "%25%36%41avascript:x"])
def test_safe_link_refuses_a_disguised_scheme_even_undecoded(target: str) -> None:
    """markdown-it decodes references before asking; _safe_link does not count on it."""
    assert _safe_link(target) is False


@pytest.mark.parametrize("target", SAFE)
def test_safe_link_accepts_web_mail_and_relative(target: str) -> None:
    assert _safe_link(target) is True


def test_topics_whose_names_differ_get_pages_of_their_own(tmp_path: Path) -> None:
    make_project(tmp_path, (DATA / "valid.yaml").read_text(encoding="utf-8")
                 + "tags: [Россия, Україна, C, C++]\n")
    assert build(tmp_path).ok
    topics = [p.parent.name for p in (tmp_path / "site/tags").glob("*/index.html")]
    assert len(topics) == 4, topics

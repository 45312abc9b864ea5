"""The site's structure: listings, pagination, speakers' scorecards, tags, archive, and the
pages, feeds and data built from them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from briefgen.check.project import load_project
from briefgen.incremental.engine import build
from briefgen.render.card import card_of
from briefgen.render.structure import collect_months, facts_of, paginate, published, site_map

from .conftest import EXAMPLE_BRIEF

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture
def desk(example: Path) -> Path:
    """The example project with four more briefs: dates, ratings, tags and claimants vary."""
    original = (example / EXAMPLE_BRIEF).read_text(encoding="utf-8")
    variants = [
        ("kremlin-claims", "2026-10-03", "false", "kremlin", "Kremlin"),
        ("peskov-claims", "2026-10-20", "false", "dmitry-peskov", "Peskov"),
        ("peskov-again", "2025-01-09", "mostly-true", "dmitry-peskov", "Peskov"),
        ("draft-one", "2026-12-01", "true", "kremlin", "Kremlin"),
    ]
    for slug, date, rating, claimant, tag in variants:
        text = (original.replace("date: 2026-11-25", f"date: {date}")
                .replace("rating: unproven", f"rating: \"{rating}\"")
                .replace("claim:\n  by: ukrainian-officials", f"claim:\n  by: {claimant}")
                .replace("  - Military recruitment", f"  - {tag}")
                .replace("title: Is Russia", f"title: ({slug}) Is Russia"))
        if slug == "draft-one":
            text += "draft: true\n"
        if slug == "peskov-again":
            text += "corrections:\n  - date: 2025-02-01\n    note: Fixed a date.\n"
        (example / "briefs" / f"{slug}.yaml").write_text(text, encoding="utf-8")
    return example


def test_paginate_splits_and_links() -> None:
    pages = paginate(list(range(5)), 2, "tags/x/")
    assert [p.items for p in pages] == [(0, 1), (2, 3), (4,)]
    assert [p.path() for p in pages] == [
        "tags/x/index.html", "tags/x/page/2/index.html", "tags/x/page/3/index.html"]
    assert (pages[0].previous, pages[0].next) == (None, "tags/x/page/2/index.html")
    assert (pages[2].previous, pages[2].next) == ("tags/x/page/2/index.html", None)
    (empty,) = paginate([], 20, "")
    assert empty.items == () and empty.path() == "index.html"


def test_site_map_groups_published_briefs(desk: Path) -> None:
    project, report = load_project(desk)
    assert not report.errors
    facts = published(facts_of(card_of(b), b.draft) for b in project.briefs)
    plan = site_map(facts, project.config.ratings)
    assert [b.slug for b in plan.briefs] == [
        "russia-china-recruits", "peskov-claims", "kremlin-claims", "peskov-again"]
    peskov = next(r for r in plan.speakers if r.speaker.id == "dmitry-peskov")
    assert [b.slug for b in peskov.claims] == ["peskov-claims", "peskov-again"]
    assert [(rating.id, n) for rating, n in peskov.scorecard] == [("mostly-true", 1), ("false", 1)]
    assert len(peskov.responses) == 4
    tags = {t.slug: len(t.briefs) for t in plan.tags}
    assert tags["russia"] == 4 and tags["peskov"] == 2 and tags["kremlin"] == 1
    assert [m.slug for m in collect_months(plan.briefs)] == ["2026/11", "2026/10", "2025/01"]
    assert [(c.brief.slug, c.note) for c in plan.corrections] == [("peskov-again", "Fixed a date.")]
    assert [b.slug for b in plan.by_rating["false"]] == ["peskov-claims", "kremlin-claims"]


def test_speaker_pages_show_a_scorecard(desk: Path) -> None:
    assert build(desk).ok
    page = soup_of(desk / "site/speakers/dmitry-peskov/index.html")
    assert page.h1.get_text() == "Dmitry Peskov"
    rows = [[" ".join(c.get_text(" ").split()) for c in row.select("th, td")]
            for row in page.select("table.scorecard tbody tr")]
    assert rows == [["Rating: Mostly true", "1", "50%"], ["Rating: False", "1", "50%"]]
    index = soup_of(desk / "site/speakers/index.html")
    names = [a.get_text() for a in index.select("tbody th a")]
    assert names == ["Dmitry Peskov", "The Kremlin", "Ukrainian officials"]
    brief = soup_of(desk / "site/briefs/russia-china-recruits/index.html")
    assert brief.select_one(".side-claim .speaker-name a")["href"] == (
        "../../speakers/ukrainian-officials/index.html")


def test_tag_rating_and_archive_pages_list_their_briefs(desk: Path) -> None:
    assert build(desk).ok
    site = desk / "site"
    tag = soup_of(site / "tags/peskov/index.html")
    assert tag.h1.get_text() == "Peskov"
    assert len(tag.select(".brief-card")) == 2
    assert len(soup_of(site / "ratings/false/index.html").select(".brief-card")) == 2
    archive = soup_of(site / "archive/index.html")
    assert [a["href"] for a in archive.select(".month-index a")] == [
        "../archive/2026/11/index.html", "../archive/2026/10/index.html",
        "../archive/2025/01/index.html"]
    month = soup_of(site / "archive/2026/10/index.html")
    assert month.h1.get_text() == "October 2026"
    assert len(month.select(".brief-card")) == 2
    log = soup_of(site / "corrections/index.html")
    assert "Fixed a date." in log.get_text()
    assert not (site / "briefs/draft-one").exists()


def test_listings_paginate(desk: Path) -> None:
    config = desk / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "page_size: 3\n", encoding="utf-8")
    assert build(desk).ok
    site = desk / "site"
    first = soup_of(site / "index.html")
    assert len(first.select(".brief-card")) == 3
    assert first.select_one('.pager a[rel="next"]')["href"] == "page/2/index.html"
    second = soup_of(site / "page/2/index.html")
    assert len(second.select(".brief-card")) == 1
    assert second.select_one('.pager a[rel="prev"]')["href"] == "../../index.html"
    assert second.select_one(".brief-card a")["href"] == (
        "../../briefs/peskov-again/index.html")
    assert "Page 2 of 2" in second.select_one(".pager").get_text()


def test_feeds_sitemap_robots_and_data(desk: Path) -> None:
    assert build(desk).ok
    site = desk / "site"
    feed = ET.parse(site / "feeds/briefs.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [
        "https://example.org/briefgen/briefs/russia-china-recruits/",
        "https://example.org/briefgen/briefs/peskov-claims/",
        "https://example.org/briefgen/briefs/kremlin-claims/",
        "https://example.org/briefgen/briefs/peskov-again/"]
    assert feed.findtext(f"{ATOM}updated") == "2026-11-25T00:00:00Z"
    assert entries[3].findtext(f"{ATOM}updated") == "2025-02-01T00:00:00Z"  # its correction
    tag_feed = ET.parse(site / "feeds/tags/peskov.xml").getroot()
    assert len(tag_feed.findall(f"{ATOM}entry")) == 2

    urls = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod")
            for u in ET.parse(site / "sitemap.xml").getroot()}
    assert urls["https://example.org/briefgen/briefs/peskov-again/"] == "2025-02-01"
    assert urls["https://example.org/briefgen/"] == "2026-11-25"
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")} - {"404.html"}
    assert len(urls) == len(pages)
    assert "https://example.org/briefgen/briefs/draft-one/" not in urls
    assert (site / "robots.txt").read_text() == (
        "User-agent: *\nAllow: /\nSitemap: https://example.org/briefgen/sitemap.xml\n")

    data = json.loads((site / "briefs.json").read_text(encoding="utf-8"))
    assert data["count"] == 4
    first = data["briefs"][0]
    assert first["slug"] == "russia-china-recruits"
    assert first["rating"] == {"id": "unproven", "label": "Unproven", "value": None}
    assert first["claim"]["by"] == "ukrainian-officials"
    assert [r["stance"] for r in first["responses"]] == ["denies", "denies"]
    assert first["figures"]["attribution"]["passages"] == 14
    assert first["url"] == "https://example.org/briefgen/briefs/russia-china-recruits/"


def test_every_page_has_canonical_and_social_metadata(desk: Path) -> None:
    assert build(desk).ok
    site = desk / "site"
    for html in sorted(site.rglob("*.html")):
        page = soup_of(html)
        if html.name == "404.html":
            continue
        relative = html.relative_to(site).as_posix().removesuffix("index.html")
        assert page.html["lang"] == "en"
        canonical = page.find("link", rel="canonical")["href"]
        assert canonical == f"https://example.org/briefgen/{relative}"
        meta = {m.get("property") or m.get("name"): m["content"] for m in page.find_all("meta")
                if m.get("content")}
        assert meta["og:url"] == canonical
        assert meta["description"] and meta["og:description"] == meta["description"]
        assert meta["og:title"] == page.title.get_text()
        assert meta["twitter:card"] == "summary"
    brief = soup_of(site / "briefs/russia-china-recruits/index.html")
    assert brief.find("meta", property="og:type")["content"] == "article"


def test_without_base_url_there_are_no_absolute_addresses(example: Path) -> None:
    config = example / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "base_url: https://example.org/briefgen/\n", ""), encoding="utf-8")
    assert build(example).ok
    site = example / "site"
    assert not (site / "sitemap.xml").exists() and not (site / "feeds").exists()
    assert (site / "robots.txt").read_text() == "User-agent: *\nAllow: /\n"
    brief = soup_of(site / "briefs/russia-china-recruits/index.html")
    assert brief.find("link", rel="canonical") is None
    assert brief.find("script") is None  # a ClaimReview needs the page's address
    for html in site.rglob("*.html"):
        head = soup_of(html).head
        assert "https://example.org/briefgen" not in str(head), html


def test_404_page_works_at_any_depth(example: Path) -> None:
    assert build(example).ok
    page = soup_of(example / "site/404.html")
    assert page.h1.get_text() == "Page not found"
    assert page.find("link", rel="stylesheet")["href"] == "/briefgen/assets/style.css"


def test_a_speaker_s_long_record_is_paged_claims_and_responses_side_by_side(desk: Path
                                                                            ) -> None:
    """A speaker quoted in hundreds of briefs once had all of them on one page (nearly a
    megabyte on a large desk); each page now shows its share of both lists, newest first."""
    config = desk / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "page_size: 1\n", encoding="utf-8")
    assert build(desk).ok
    folder = desk / "site/speakers/dmitry-peskov"
    pages = [soup_of(folder / "index.html")] + [
        soup_of(folder / f"page/{n}/index.html") for n in (2, 3, 4)]
    assert not (folder / "page/5").exists()
    claims = [[a.get_text() for a in page.select("#claims-title ~ ul a")] for page in pages]
    responses = [[a.get_text() for a in page.select("#responses-title ~ ul a")]
                 for page in pages]
    assert [len(shown) for shown in claims] == [1, 1, 0, 0]
    assert [len(shown) for shown in responses] == [1, 1, 1, 1]
    assert [title.split(")")[0] for shown in claims for title in shown] == [
        "(peskov-claims", "(peskov-again"]
    assert len({title for shown in responses for title in shown}) == 4  # each once, on one page
    for number, page in enumerate(pages, start=1):
        # the scorecard counts every claim, on every page
        assert page.select_one("table.scorecard caption").get_text() == (
            "Ratings of 2 claims by Dmitry Peskov")
        nav = page.select_one("nav.pager")
        assert nav.p.get_text() == f"Page {number} of 4"
        links = {a["rel"][0]: a["href"] for a in nav.select("a")}
        assert ("prev" in links, "next" in links) == (number > 1, number < 4)
    sitemap = ET.parse(desk / "site/sitemap.xml").getroot()
    shown = {loc.text for loc in sitemap.iter(f"{SITEMAP}loc")}
    assert any(url.endswith("speakers/dmitry-peskov/page/4/") for url in shown)

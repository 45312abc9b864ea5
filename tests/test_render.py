"""The built pages, read with a real HTML parser: everything is where a reader expects it."""

from __future__ import annotations

import textwrap
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from briefgen.incremental.engine import build

from .conftest import EXAMPLE_BRIEF

BRIEF_PAGE = "site/briefs/russia-china-recruits/index.html"


def page(root: Path, name: str) -> BeautifulSoup:
    return BeautifulSoup((root / name).read_text(encoding="utf-8"), "html.parser")


@pytest.fixture
def built(example: Path) -> Path:
    result = build(example)
    assert result.ok, [d.format() for d in result.report.items]
    return example


def text_of(node) -> str:
    return " ".join(node.get_text(" ").split())


def shown(node) -> str:
    """The node's text as a reader sees it: no space put between inline elements."""
    return " ".join(node.get_text().split())


def test_index_lists_the_brief_with_rating_claimant_and_respondent(built: Path) -> None:
    soup = page(built, "site/index.html")
    cards = soup.select(".brief-card")
    assert len(cards) == 1
    card = cards[0]
    link = card.select_one("h2 a")
    assert link["href"] == "briefs/russia-china-recruits/index.html"
    assert "Is Russia recruiting soldiers from China?" in link.get_text()
    assert "Unproven" in text_of(card.select_one(".badge"))
    facts = text_of(card.select_one(".card-facts"))
    assert "Ukrainian officials" in facts
    assert "Denies The Kremlin" in facts and "Dmitry Peskov" in facts


def test_claim_and_denial_sit_side_by_side(built: Path) -> None:
    soup = page(built, BRIEF_PAGE)
    claim = soup.select_one(".versus .side-claim")
    response = soup.select_one(".versus .side-response")
    assert "Ukrainian officials" in text_of(claim.select_one(".who"))
    assert "Russia is recruiting soldiers from China" in text_of(claim.select_one(".summary"))
    responders = [text_of(r.select_one(".who")) for r in response.select(".response")]
    assert responders[0].startswith("The Kremlin") and responders[0].endswith("Denies")
    assert responders[1].startswith("Dmitry Peskov")
    assert "Kremlin spokesperson, Government of Russia" in responders[1]
    # the story comes first: claim and response, then the verdict, then the article's words
    order = [section.get("class")[0] for section in soup.select("article.brief > section")]
    assert order[:3] == ["versus", "verdict", "evidence"]
    evidence = soup.select_one("section.evidence")
    first = evidence.select_one(".side-claim .passage")
    assert text_of(first) == ("Paraphrase: claiming that Moscow is actively recruiting soldiers "
                              "from China to bolster its military operations")
    # the article's own characters, curly apostrophes and all, not the editor's typing
    also = text_of(evidence.select_one(".side-claim .also-list"))
    assert "Russia’s recent military mobilization efforts" in also


def test_a_paraphrase_is_not_set_as_a_quotation(built: Path) -> None:
    """Passages are shown as the article gives them: a reporter's paraphrase is labelled and
    set as plain text, a quotation as a blockquote with its marks, a passage that holds a
    quotation within the reporter's words as partly quoted."""
    evidence = page(built, BRIEF_PAGE).select_one("section.evidence")
    reported = [text_of(p) for p in evidence.select("p.passage-reported")]
    assert "Paraphrase: the Kremlin has strongly denied these allegations" in reported
    assert not evidence.select("blockquote.passage-reported")
    (partly,) = evidence.select("blockquote.passage-partly")
    assert text_of(partly).startswith("Partly quoted: “China is a major global power")
    # a passage edited down to the words inside the marks becomes a quotation
    brief = built / EXAMPLE_BRIEF
    text = brief.read_text(encoding="utf-8")
    brief.write_text(text.replace(
        '        "China is a major global power with strategic interests worldwide, and its focus '
        'remains on\n        economic development and domestic stability," Peskov remarked',
        "        China is a major global power with strategic interests worldwide"),
        encoding="utf-8")
    assert build(built).ok
    (quoted,) = page(built, BRIEF_PAGE).select("section.evidence blockquote.passage-quoted")
    assert text_of(quoted) == "“China is a major global power with strategic interests worldwide”"


def test_the_article_headline_shows_once(example: Path) -> None:
    brief = example / EXAMPLE_BRIEF
    brief.write_text(brief.read_text(encoding="utf-8").replace(
        "  language: en", "  language: en\n  headline: Kyiv accuses Moscow of recruiting"),
        encoding="utf-8")
    assert build(example).ok
    soup = page(example, BRIEF_PAGE)
    for script in soup.find_all("script"):
        script.extract()  # the ClaimReview names it for search engines, not for readers
    assert text_of(soup.body).count("Kyiv accuses Moscow of recruiting") == 1


def test_verdict_shows_rating_label_and_meaning(built: Path) -> None:
    verdict = page(built, BRIEF_PAGE).select_one("section.verdict")
    assert text_of(verdict.select_one(".badge")) == "Rating: Unproven"
    assert "gives no evidence for either side" in text_of(verdict)
    assert "does not show whether the claim is accurate" in text_of(verdict)


def test_analysis_is_rendered_markdown(built: Path) -> None:
    analysis = page(built, BRIEF_PAGE).select_one("section.analysis")
    assert [text_of(s) for s in analysis.select("p > strong")][:2] == [
        "What is claimed.", "What is denied."]
    assert analysis.select_one("em").get_text() == "China"


def test_article_highlights_each_annotated_passage_by_side(built: Path) -> None:
    soup = page(built, BRIEF_PAGE)
    body = soup.select_one(".article-body")
    assert len(body.select("p")) == 9  # the seed's nine paragraphs
    marks = {side: body.select(f"mark.hl-{side}") for side in ("claim", "response", "other")}
    # each passage opens with its visible letter tag, so sides never rely on colour alone
    opened = {side: [m for m in found if m.select_one(".hl-tag")] for side, found in marks.items()}
    assert {side: len(found) for side, found in opened.items()} == {
        "claim": 3, "response": 7, "other": 4}
    assert {m.select_one(".hl-tag").get_text() for m in opened["claim"]} == {"C"}
    first = opened["claim"][0]
    for hidden in first.select(".hl-tag, .visually-hidden"):
        hidden.extract()
    assert text_of(first) == ("claiming that Moscow is actively recruiting soldiers from China "
                              "to bolster its military operations")
    assert first["title"] == "Claim: Ukrainian officials"
    legend = text_of(soup.select_one(".legend"))
    assert legend == "C Claim R Response S Other statement"


def test_figures_are_sentences_charts_and_tables_one_click_away(built: Path) -> None:
    figures = page(built, BRIEF_PAGE).select_one("section.figures")
    plain = [text_of(p) for p in figures.select("p.plain")]
    assert plain[0] == ("One of the two sources for the claim is unnamed. Both sources for the "
                        "response are named. All four other sources quoted are unnamed.")
    assert any(p.startswith("The article reads at a postgraduate level") for p in plain)
    # the full tables are collapsed, one click away
    details = figures.select_one("details.all-figures")
    assert text_of(details.summary) == "All the figures, in tables"
    captions = [text_of(c) for c in details.select("table caption")]
    assert captions == ["Passages the editors attribute, by speaker",
                        "Passages the editors attribute, by kind of source",
                        "Statements the automatic detector found, by kind of source",
                        "Statements the automatic detector found, by side",
                        "Readability of the article and of this brief"]
    assert not figures.select("table:not(details table)")
    speakers = details.select("table")[0].select("tbody tr")
    first = [text_of(cell) for cell in speakers[0].select("th, td")]
    assert first == ["Dmitry Peskov", "named person Response", "6", "111", "41%"]
    readability = {text_of(r.th): [text_of(td) for td in r.select("td")]
                   for r in details.select("table")[4].select("tbody tr")}
    assert readability["Words, as the formulas count them"][0] == "690"
    assert readability["Sentences, as the formulas count them"][0] == "24"
    charts = {text_of(c.figcaption): c for c in figures.select("figure.chart")}
    words = charts["Words attributed to a speaker, by side"]
    rows = [shown(row) for row in words.select(".bar-row")]
    assert rows == ["Claim 21% (57 words)", "Response 44% (118 words)",
                    "Other statement 35% (94 words)"]
    bars = [float(rect["width"]) for rect in words.select("rect.chart-bar")]
    assert bars == [21.2, 43.9, 34.9]  # drawn to scale, with the figure written beside
    for chart in charts.values():  # no script draws them: each bar is in the page as built
        assert chart.select("svg[aria-hidden=true] rect.chart-bar")
    assert len(details.select(".hard-sentences li")) == 3


def test_every_internal_link_is_relative_and_resolves(built: Path) -> None:
    site = built / "site"
    for html in site.rglob("*.html"):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for node in soup.find_all(tag):
                target = node.get(attr)
                if target is None or target.startswith("#") or "canonical" in node.get("rel", []):
                    continue
                parts = urlsplit(target)
                assert not parts.scheme and not parts.netloc, f"{html}: {target}"
                if html.name == "404.html":  # served at any depth: links start at the site root
                    assert target.startswith("/briefgen/"), target
                    assert (site / parts.path.removeprefix("/briefgen/")).is_file(), target
                    continue
                assert not target.startswith("/"), f"{html}: {target} is not relative"
                assert (html.parent / parts.path).resolve().is_file(), f"{html}: {target}"


def test_pages_load_nothing_from_other_hosts(built: Path) -> None:
    for html in (built / "site").rglob("*.html"):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        # scripts: data for search engines, and the search page's own, from this site only
        scripts = soup.find_all("script")
        if html.parent.name != "search":
            assert all(s.get("type") == "application/ld+json" for s in scripts)
        for node in soup.find_all(["link", "img", "iframe", "source", "script"]):
            if "canonical" in node.get("rel", []):
                continue  # names the page's public address; nothing is loaded from it
            value = node.get("href") or node.get("src") or ""
            assert "//" not in value


def write_brief(root: Path, name: str, body: str) -> None:
    (root / "briefs" / name).write_text(textwrap.dedent(body), encoding="utf-8")


HOSTILE = """\
    title: "<img src=x onerror=alert(1)> & friends"
    date: 2026-01-02
    authors: ["<b>Eve</b>"]
    tags: ["<script>"]
    article:
      text: |
        Mallory said "<script>alert('x')</script> is fine" on Monday.
        Trent denied it.
    speakers:
      mallory: {name: "Mallory <i>the</i> speaker", kind: person}
      trent: {name: Trent, kind: person}
    claim:
      by: mallory
      summary: "</script><script>alert(2)</script>"
      quotes: ["<script>alert('x')</script> is fine"]
    responses:
      - by: trent
        stance: denies
        summary: Trent says no.
        quotes: [Trent denied it.]
    sources:
      - title: Bad link
        url: "https://example.org/?q=\\"><script>alert(3)</script>"
    verdict:
      rating: "false"
      summary: It is not fine.
      body: |
        <b>raw html</b> and [a trap](javascript:alert(4)) and [another](JaVaScRiPt:alert(5))
        and ![img](data:image/svg+xml;base64,PHN2Zz4=) and [fine](https://example.org/ok).
"""


def test_everything_user_supplied_is_escaped(example: Path) -> None:
    write_brief(example, "hostile.yaml", HOSTILE)
    result = build(example)
    assert result.ok, [d.format() for d in result.report.items]
    html = (example / "site/briefs/hostile/index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert not [s for s in soup.find_all("script") if s.get("type") != "application/ld+json"]
    assert not soup.find_all("img")
    assert not soup.find_all(attrs={"onerror": True})
    assert not soup.select("article b, article i")
    assert soup.h1.get_text() == "<img src=x onerror=alert(1)> & friends"
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert not [h for h in hrefs if "javascript" in h.lower() or h.startswith("data:")]
    assert "https://example.org/ok" in hrefs
    assert "&lt;b&gt;raw html&lt;/b&gt;" in html
    index = BeautifulSoup((example / "site/index.html").read_text(encoding="utf-8"),
                          "html.parser")
    assert not index.find_all("script")


def test_drafts_are_left_out(example: Path) -> None:
    brief = example / EXAMPLE_BRIEF
    brief.write_text(brief.read_text(encoding="utf-8") + "draft: true\n", encoding="utf-8")
    result = build(example)
    assert result.ok and result.drafts == 1
    assert not (example / BRIEF_PAGE).exists()
    assert page(example, "site/index.html").select(".brief-card") == []


def test_a_site_template_overrides_the_default_of_that_name(example: Path) -> None:
    (example / "templates").mkdir()
    (example / "templates" / "index.html").write_text(
        '{% extends "base.html" %}{% block main %}<p id="mine">{{ pager.items | length }} briefs'
        "</p>{% endblock %}", encoding="utf-8")
    assert build(example).ok
    index = page(example, "site/index.html")
    assert index.select_one("#mine").get_text() == "1 briefs"
    assert index.select_one(".site-title")  # the default base layout still applies
    assert page(example, BRIEF_PAGE).select_one(".versus")  # other defaults untouched


def test_a_broken_site_template_is_a_located_error(example: Path) -> None:
    (example / "templates").mkdir()
    (example / "templates" / "index.html").write_text("ok\n{% if %}\n", encoding="utf-8")
    result = build(example)
    assert not result.ok
    (problem,) = result.report.errors
    assert problem.path == example / "templates" / "index.html"
    assert (problem.mark.line, problem.mark.column) == (2, 1)
    assert problem.message.startswith("template syntax error: Expected an expression")


def test_a_template_runtime_error_names_the_template_line(example: Path) -> None:
    (example / "templates").mkdir()
    (example / "templates" / "index.html").write_text("\n\n{{ nope.x }}\n", encoding="utf-8")
    (problem,) = build(example).report.errors
    assert problem.path == example / "templates" / "index.html"
    assert problem.mark.line == 3
    assert "'nope' is undefined" in problem.message
    assert not (example / "site").exists()


def test_a_listing_that_asks_a_card_for_the_article_text_is_an_error(example: Path) -> None:
    # Listings get each brief's card, which has no article text, quotes or analysis: a site
    # template that asks for them fails loudly instead of printing nothing.
    (example / "templates").mkdir()
    (example / "templates" / "index.html").write_text(
        "{% for brief in pager.items %}{{ brief.title }}\n{{ brief.article.text }}"
        "{% endfor %}\n", encoding="utf-8")
    (problem,) = build(example).report.errors
    assert problem.path == example / "templates" / "index.html"
    assert problem.mark.line == 2
    assert "has no attribute 'text'" in problem.message
    assert not (example / "site").exists()


def test_ratings_page_lists_the_configured_scale(example: Path) -> None:
    (example / "briefgen.yaml").write_text(textwrap.dedent("""\
        title: Desk
        ratings:
          - {id: correct, label: Correct, colour: "#1a7f37", value: 2, description: Right.}
          - {id: unproven, label: Not proven, colour: "#57606a", description: Unclear.}
        """), encoding="utf-8")
    assert build(example).ok
    soup = page(example, "site/ratings/index.html")
    terms = [text_of(dt) for dt in soup.select(".rating-scale dt")]
    assert terms == ["Rating: Correct", "Rating: Not proven"]
    meanings = [text_of(dd) for dd in soup.select(".rating-scale dd")]
    assert meanings == ["Right. 0 briefs rated Correct", "Unclear. 1 brief rated Not proven"]
    brief = page(example, BRIEF_PAGE)
    link = brief.select_one(".rating-meaning a")
    assert link["href"] == "../../ratings/index.html#unproven"
    assert text_of(brief.select_one(".verdict .badge")) == "Rating: Not proven"


def test_markdown_pages_are_published_and_linked(example: Path) -> None:
    assert build(example).ok
    index = page(example, "site/index.html")
    footer = {text_of(a): a["href"] for a in index.select(".footer-links a")}
    assert footer["About this site"] == "about/index.html"
    assert footer["Editor's guide"] == "editors-guide/index.html"
    guide = page(example, "site/editors-guide/index.html")
    assert guide.h1.get_text() == "Editor's guide"
    assert guide.select_one("table th").get_text() == "file or folder"  # Markdown tables work
    # a link between Markdown files points at the built page
    link = guide.find("a", string="brief format")
    assert link["href"] == "../brief-format/index.html"


def test_a_page_without_a_title_or_outside_the_project_is_an_error(example: Path) -> None:
    (example / "pages" / "about.md").write_text("No heading here.\n", encoding="utf-8")
    config = example / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "  - ../secret.md\n", encoding="utf-8")
    result = build(example)
    messages = sorted(d.message for d in result.report.errors)
    assert messages == ["pages: '../secret.md' is outside the project", "the page has no title"]
    assert not (example / "site").exists()


def test_the_article_sourcing_as_the_detector_reads_it(built: Path) -> None:
    figures = page(built, BRIEF_PAGE).select_one("section.figures")
    kinds = {text_of(r.th): text_of(r.td) for r in figures.select("table")[2].select("tbody tr")}
    assert kinds == {"named person": "6", "government": "2", "unnamed group": "2",
                     "vague attribution": "4"}
    unnamed = [text_of(li) for li in figures.select(".unnamed-list li")]
    assert len(unnamed) == 4
    assert unnamed[1].startswith("Analysts note that if Russia were to recruit from China")
    assert "(vague attribution: Analysts," in unnamed[1]
    chart = next(c for c in figures.select("figure.chart")
                 if text_of(c.figcaption) == "The article's 24 sentences")
    rows = [shown(row) for row in chart.select(".bar-row")]
    assert rows == ["Attributed 58% (14 sentences)", "Not attributed 42% (10 sentences)"]


def test_highlight_gives_overlaps_to_the_claim_and_keeps_paragraphs() -> None:
    from briefgen.model import Quote, Speaker
    from briefgen.render.article import highlight

    text = "Ana said the sky is green.\nBo denied the sky is green at all."
    ana, bo = Speaker("ana", "Ana", "person"), Speaker("bo", "Bo", "person")

    def quote(words: str, nth: int = 0) -> Quote:
        start = text.index(words) if nth == 0 else text.index(words, text.index(words) + 1)
        return Quote(words, start, start + len(words))

    passages = [("response", bo, quote("Bo denied the sky is green")),
                ("claim", ana, quote("the sky is green", 1)),  # inside the response
                ("other", ana, quote("Ana said the sky"))]
    first, second = highlight(text, passages)
    assert [(s.text, s.side, s.opens) for s in first] == [
        ("Ana said the sky", "other", True), (" is green.", None, False)]
    assert [(s.text, s.side, s.opens) for s in second] == [
        ("Bo denied ", "response", True), ("the sky is green", "claim", True),
        (" at all.", None, False)]

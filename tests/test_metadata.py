"""schema.org ClaimReview: what the brief page carries, and the rules check enforces."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup

from briefgen.check.project import load_project
from briefgen.incremental.engine import build

from .conftest import EXAMPLE_BRIEF

SUMMARY = "Russia is recruiting soldiers from China for its war against Ukraine."


def review_of(root: Path, slug: str = "russia-china-recruits") -> dict:
    html = (root / f"site/briefs/{slug}/index.html").read_text(encoding="utf-8")
    scripts = BeautifulSoup(html, "html.parser").find_all("script", type="application/ld+json")
    assert len(scripts) == 1  # exactly one ClaimReview per brief page
    return json.loads(scripts[0].string)


def edit(root: Path, old: str, new: str) -> None:
    brief = root / EXAMPLE_BRIEF
    text = brief.read_text(encoding="utf-8")
    assert old in text
    brief.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_example_brief_carries_a_complete_claim_review(example: Path) -> None:
    assert build(example).ok
    review = review_of(example)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"] == "https://example.org/briefgen/briefs/russia-china-recruits/"
    assert review["claimReviewed"] == ("Russia is recruiting soldiers from China for its war "
                                       "against Ukraine.")
    assert len(review["claimReviewed"]) < 75
    assert review["datePublished"] == "2026-11-25"
    assert review["author"] == {"@type": "Organization", "name": "briefgen example desk"}
    # the scale's Unproven has no value: only the label is given
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}
    html = (example / "site/briefs/russia-china-recruits/index.html").read_text(encoding="utf-8")
    visible = BeautifulSoup(html, "html.parser").select_one(".verdict .badge").get_text()
    assert visible.endswith(review["reviewRating"]["alternateName"])
    assert review["itemReviewed"] == {
        "@type": "Claim", "author": {"@type": "Organization", "name": "Ukrainian officials"}}
    assert "dateModified" not in review  # neither updated nor corrected


def test_an_updated_or_corrected_brief_says_when_it_changed(example: Path) -> None:
    edit(example, "date: 2026-11-25", "date: 2026-11-25\nupdated: 2026-11-28")
    assert build(example).ok
    assert review_of(example)["dateModified"] == "2026-11-28"
    brief = example / "briefs/russia-china-recruits.yaml"
    brief.write_text(brief.read_text(encoding="utf-8") + "corrections:\n  - date: 2026-12-02\n"
                     "    note: Fixed a name.\n", encoding="utf-8")
    assert build(example).ok
    assert review_of(example)["dateModified"] == "2026-12-02"  # the latest change of either


def test_numeric_ratings_person_claimant_and_appearance(example: Path) -> None:
    edit(example, "rating: unproven", "rating: mostly-false")
    edit(example, "claim:\n  by: ukrainian-officials", "claim:\n  by: dmitry-peskov")
    edit(example, "  language: en", "  language: en\n  url: https://news.example/story\n"
                  "  headline: Kyiv accuses Moscow\n  outlet: The Example Times\n"
                  "  published: 2026-11-20")
    assert build(example).ok
    review = review_of(example)
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Mostly false",
                                      "ratingValue": 2, "bestRating": 5, "worstRating": 1}
    assert review["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Dmitry Peskov", "jobTitle": "Kremlin spokesperson"},
        "datePublished": "2026-11-20",
        "appearance": {"@type": "CreativeWork", "url": "https://news.example/story",
                       "headline": "Kyiv accuses Moscow", "datePublished": "2026-11-20",
                       "publisher": {"@type": "Organization", "name": "The Example Times"}},
    }


def test_vague_claimants_get_no_author(example: Path) -> None:
    edit(example, "claim:\n  by: ukrainian-officials", "claim:\n  by: analysts")
    assert build(example).ok
    assert "author" not in review_of(example)["itemReviewed"]


def test_a_claim_summary_too_long_for_claim_review_is_a_warning(example: Path) -> None:
    long = "Russia is recruiting soldiers from China, Kyiv says, to bolster its war in Ukraine."
    edit(example, f"  summary: {SUMMARY}", f"  summary: {long}")
    project, report = load_project(example)
    (problem,) = report.items
    assert problem.severity == "warning"
    assert problem.mark.line == 49 and problem.mark.column == 12
    assert problem.message == (f"claim.summary: is {len(long)} characters long; search results "
                               "show at most 75 of a fact-check's claim")
    assert "becomes the ClaimReview's claimReviewed" in problem.hint
    assert [b.claim.summary for b in project.briefs] == [long]  # published all the same


def test_script_breaking_text_stays_inside_the_json(example: Path) -> None:
    edit(example, f"  summary: {SUMMARY}", '  summary: "</script><script>alert(1)</script> <!--"')
    assert build(example).ok
    html = (example / "site/briefs/russia-china-recruits/index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("script")) == 1
    review = json.loads(soup.find("script").string)
    assert review["claimReviewed"] == "</script><script>alert(1)</script> <!--"

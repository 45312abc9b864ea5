"""The figures as readers get them: plain sentences, charts and tables that agree with each
other on every brief page and on the desk's figures page, and a "How we measure" section that
says what the code does. Read from the built pages with BeautifulSoup."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from briefgen.analyse import readability
from briefgen.analyse.attribution import count_words
from briefgen.analyse.textcounts import SENTENCE_MIN_WORDS
from briefgen.analyse.wordlists import published
from briefgen.incremental.engine import build
from briefgen.load.paths import default_templates
from briefgen.render.language import page_language
from briefgen.render.measures import SENTENCES_EXAMPLE, WORDS_EXAMPLE
from briefgen.render.wording import say

ENGLISH = page_language("en", [default_templates()])

DESK_BRIEFS = 40


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bench desk of synthetic briefs, built once for the module."""
    from bench.corpus import main as make_corpus

    root = tmp_path_factory.mktemp("desk") / "desk"
    make_corpus([str(root), "--briefs", str(DESK_BRIEFS), "--seed", "5"])
    assert build(root, use_cache=False).ok
    return root / "site"


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def shown(node: Tag) -> str:
    return " ".join(node.get_text().split())


def numbers(node: Tag) -> list[float]:
    """The figures written in a node, as their <data> elements give them."""
    return [float(d["value"]) for d in node.select("data")]


def chart(figures: Tag, caption: str) -> Tag:
    return next(c for c in figures.select("figure.chart")
                if shown(c.figcaption).startswith(caption))


def check_brief_page(page: BeautifulSoup) -> None:
    """Every figure a brief's sentences give is the one its charts and tables give."""
    figures = page.select_one("section.figures")
    plain = figures.select("p.plain")
    details = figures.select_one("details.all-figures")
    # who is quoted: each side's sentence against its row of the sources chart
    sources = {shown(row.select_one(".bar-label")): numbers(row.select_one(".bar-value"))
               for row in chart(figures, "Sources on each side").select(".bar-row")}
    labels = {"claim": "Claim", "response": "Response", "other": "Other statement"}
    for sentence in plain[0].select("span[data-side]"):
        words, said = shown(sentence), numbers(sentence)
        if "no response" in words:
            assert labels[sentence["data-side"]] not in sources
            continue
        named, unnamed = sources[labels[sentence["data-side"]]]
        if " of the " in words:  # "Two of the three sources for the claim are unnamed."
            assert said == [unnamed, named + unnamed], words
        elif "unnamed" in words:  # "All four …", "Both …", "The claim's only source …"
            assert named == 0 and said in ([], [unnamed]), words
        else:
            assert unnamed == 0 and said in ([], [named]), words
    # the words each side has: sentence, bars and the speakers' table
    words = chart(figures, "Words attributed to a speaker")
    total, *shares = numbers(plain[1])
    rows = [numbers(row.select_one(".bar-value")) for row in words.select(".bar-row")]
    assert [share for share, _ in rows] == shares
    assert sum(count for _, count in rows) == total
    for (share, _), rect in zip(rows, words.select("rect.chart-bar"), strict=False):
        assert abs(float(rect["width"]) - share) <= 0.55  # the bar is the percentage drawn
    footer = numbers(details.select_one("table tfoot"))
    assert footer[1] == total
    # the article's sentences: one count, the same in the sentence, the chart and its title
    attributed_sentence = next(p for p in plain if "of the article's" in shown(p))
    attributed, sentences = numbers(attributed_sentence)[:2]
    sentence_chart = chart(figures, "The article's")
    assert shown(sentence_chart.figcaption) == f"The article's {sentences:.0f} sentences"
    assert [numbers(row.select_one(".bar-value"))[1]
            for row in sentence_chart.select(".bar-row")] == [attributed, sentences - attributed]
    counted = [float(d["value"]) for d in figures.select("data")
               if (d.next_sibling or "").startswith(" sentences")]
    assert set(counted) <= {sentences, attributed, sentences - attributed}
    readability_rows = {shown(r.th): numbers(r) for r in details.select("table")[4].select("tr")
                        if r.th and r.select("data")}
    assert "Sentences, as the formulas count them" in readability_rows  # the other count, named
    # the editors' passages and the detector's statements
    agreement = next(p for p in plain if "The editors marked" in shown(p))
    passages = numbers(agreement)[0]
    assert passages == footer[0]
    detected = sum(numbers(row)[0] for row in details.select("table")[2].select("tbody tr"))
    assert detected in numbers(agreement) or shown(agreement).endswith("same places.")
    # how hard it is to read
    grade = numbers(next(p for p in plain if "Flesch–Kincaid grade" in shown(p)))[0]
    assert readability_rows["Flesch–Kincaid grade"][0] == grade
    assert numbers(chart(figures, "Flesch–Kincaid grade").select_one(".bar-value"))[0] == grade


def test_the_example_brief_says_its_figures_consistently(example: Path) -> None:
    assert build(example).ok
    page = soup_of(example / "site/briefs/russia-china-recruits/index.html")
    check_brief_page(page)
    plain = " ".join(shown(p) for p in page.select("section.figures p.plain"))
    assert "One of the two sources for the claim is unnamed." in plain
    assert ("The editors marked 14 passages of the article as someone's words, and the "
            "automatic detector found 14 statements in the same places.") in plain


def test_every_brief_of_a_desk_says_its_figures_consistently(desk: Path) -> None:
    pages = sorted((desk / "briefs").glob("*/index.html"))
    assert len(pages) >= DESK_BRIEFS * 0.9
    for path in pages:
        check_brief_page(soup_of(path))


def test_where_editors_and_detector_differ_the_page_says_why(desk: Path) -> None:
    """On a desk whose detector and editors disagree somewhere, the sentences name both
    counts and give a reason."""
    reasons = Counter()
    for path in (desk / "briefs").glob("*/index.html"):
        plain = shown(soup_of(path).select("section.figures p.plain")[-2])
        if "same places" in plain:
            continue
        assert re.search(r"The editors marked \w+ passages?", plain), plain
        assert re.search(r"The automatic detector found \w+ statements?", plain), plain
        because = [reason for reason in ("are not among the editors' passages",
                                         "is not among the editors' passages",
                                         "to need no annotation", "recognises",
                                         "The counts differ because") if reason in plain]
        assert because, plain
        reasons.update(because)
    assert reasons, "no brief of the desk shows a disagreement to explain"


def test_sentences_are_worded_in_one_table_with_their_numbers_marked() -> None:
    assert str(say(ENGLISH, "claim_sources_some_unnamed", 2, total=3)) == (
        '<data value="2">Two</data> of the <data value="3">three</data> sources for the claim '
        "are unnamed.")
    assert str(say(ENGLISH, "claim_sources_some_unnamed", 1, total=3)).endswith(
        "claim is unnamed.")
    assert str(say(ENGLISH, "claim_sources_both_named")) == (
        "Both sources for the claim are named.")
    assert str(say(ENGLISH, "claim_sources_all_named", 12)) == (
        'All <data value="12">12</data> sources for the claim are named.')
    assert str(say(ENGLISH, "word_shares", 10, claim=0.215, response=0.5, other=0.285)) == (
        'Of the <data value="10">10</data> words the editors attribute to a speaker, the claim '
        'side has <data value="22">22%</data>, the response side <data value="50">50%</data> '
        'and other statements <data value="28">28%</data>.')


def test_the_desk_figures_are_recounted_from_briefs_json(desk: Path) -> None:
    """Count the desk's figures again from its published data, independently, and find the
    same on the figures page: in its sentences, its charts and its tables."""
    data = json.loads((desk / "briefs.json").read_text(encoding="utf-8"))["briefs"]
    page = soup_of(desk / "figures/index.html")
    sides: dict[str, Counter[str]] = {"claim": Counter(), "response": Counter(),
                                      "other": Counter()}
    for brief in data:
        for side, kinds in brief["figures"]["sources"].items():
            for kind, n in kinds.items():
                named = kind in ("person", "organization", "government")
                sides[side]["named" if named else kind] += n
    table = page.select("details.all-figures table")[0]
    rows = {shown(r.th): numbers(r) for r in table.select("tbody tr")}
    for label, side in (("For claims", "claim"), ("For responses", "response"),
                        ("Others quoted", "other")):
        expected = [sides[side][g] for g in ("named", "group", "anonymous", "vague")]
        assert rows[label] == [*expected, sum(expected)]
    plain = shown(page.select_one("p.plain"))
    assert plain.startswith(f"We have published {len(data)} briefs.")
    claim_unnamed = sum(sides["claim"].values()) - sides["claim"]["named"]
    assert (f"{claim_unnamed} of the {sum(sides['claim'].values())} sources for the claims"
            in plain)
    # ratings by year, in the table and as the chart's totals
    years = Counter(b["date"][:4] for b in data)
    ratings_table = page.select("details.all-figures table")[1]
    totals = {shown(r.th): numbers(r)[-3] for r in ratings_table.select("tbody tr")}
    assert totals == {year: float(n) for year, n in years.items()}
    ratings_chart = chart(page, "Briefs published, by rating")
    assert {shown(r.select_one(".bar-label")): numbers(r.select_one(".bar-value"))[0]
            for r in ratings_chart.select(".bar-row")} == totals
    by_rating = Counter(b["rating"]["id"] for b in data)
    key = [numbers(li)[0] for li in ratings_chart.select(".rating-key li")]
    assert sorted(key) == sorted(float(n) for n in by_rating.values()) + [0.0] * (
        len(key) - len(by_rating))


def test_how_we_measure_is_made_from_the_code(example: Path) -> None:
    assert build(example).ok
    section = soup_of(example / "site/methodology/index.html").select_one("#how-we-measure")
    text = shown(section)
    rows = {shown(r.th): [shown(td) for td in r.select("td")]
            for r in section.select("table.formulas tbody tr")}
    a, b, c = readability.COLEMAN_LIAU
    assert rows["Coleman–Liau grade"][0] == (
        f"{a:g} × letters per 100 words − {b:g} × sentences per 100 words − {c:g}.")
    assert rows["Coleman–Liau grade"][2] == "Uses 0.058 where the authors published 0.0588."
    a, b, c = readability.FLESCH_KINCAID
    assert rows["Flesch–Kincaid grade"][0].startswith(
        f"{a:g} × words per sentence + {b:g} × syllables per word − {c:g}")
    assert rows["Flesch–Kincaid grade"][2] == "None"
    assert rows["Dale–Chall score"][2].startswith("Shown as the raw score, not as a grade")
    # the word and sentence counters' examples, as the code counts them
    assert f"has {count_words(WORDS_EXAMPLE)} words counted this way" in text
    assert f"has {readability.measure(WORDS_EXAMPLE).words}." in text
    assert (f"is {readability.measure(SENTENCES_EXAMPLE).sentences} sentence" in text)
    assert f"fewer than {SENTENCE_MIN_WORDS} words is not counted" in text
    assert f"{published('en').words_per_minute} words a minute" in text
    # what is published for each language, from the data, with its source
    assert rows["Russian"][0] == ("Flesch reading ease: 206.835 − 1.3 × words per sentence − "
                                  "60.1 × syllables per word")
    assert rows["Russian"][1].startswith("I. V. Oborneva (2006), Оборнева И. В.")
    assert rows["German"][1].startswith("Toni Amstad (1978)")
    assert rows["Any other language"][0].startswith("None: words, sentences")
    assert "For Russian, textstat gives the constants without naming their source" in text
    readings = [[shown(td) for td in r.select("td")] for r in section.select("tbody tr")
                if len(r.select("td")) == 2]
    assert ["Experts say prices will rise.",
            "A statement by Experts (vague attribution), reported in the reporter's words, "
            "with say."] in readings  # <q> elements: the browser draws their marks
    assert any(found == "No statement." for _, found in readings)
    # every brief links to it
    brief = soup_of(example / "site/briefs/russia-china-recruits/index.html")
    assert brief.select_one(".figures-links a")["href"] == (
        "../../methodology/index.html#how-we-measure")


def test_without_a_methodology_page_the_desk_figures_page_explains(example: Path) -> None:
    (example / "pages" / "methodology.md").unlink()
    config = example / "briefgen.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - pages/methodology.md\n", ""), encoding="utf-8")
    assert build(example).ok
    assert soup_of(example / "site/figures/index.html").select_one("#how-we-measure")
    brief = soup_of(example / "site/briefs/russia-china-recruits/index.html")
    assert brief.select_one(".figures-links a")["href"] == (
        "../../figures/index.html#how-we-measure")

"""Quote anchoring: an editor's typed quote is found in the article despite typographic
differences, and the span points at the article's own characters."""

import textwrap
from pathlib import Path

import pytest

from briefgen.check.anchor import closest_passage, find_all, normalise
from briefgen.check.project import load_project

ARTICLE = (
    "The ministry said: “The bridge is open — and it’ll stay open,” a spokesperson said.\n"
    "Residents  disagreed…\tagain.\n"
)


def spans(article: str, quote: str) -> list[str]:
    """The article's own text at every place the quote is found."""
    return [article[start:end] for start, end in find_all(normalise(article), quote)]


def test_straight_quotes_in_the_quote_match_curly_quotes_in_the_article():
    assert spans(ARTICLE, '"The bridge is open') == ["“The bridge is open"]
    assert spans(ARTICLE, "it'll stay open,\"") == ["it’ll stay open,”"]


def test_curly_quotes_in_the_quote_match_straight_quotes_in_the_article():
    article = 'He said "it\'s over" and left.'
    assert spans(article, "“it’s over”") == ['"it\'s over"']


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014", "\u2212"])
def test_any_dash_in_the_quote_matches_the_articles_em_dash(dash):
    assert spans(ARTICLE, f"is open {dash} and") == ["is open — and"]


def test_a_hyphen_in_the_article_matches_an_em_dash_in_the_quote():
    assert spans("A well-known case.", "well—known") == ["well-known"]


def test_newlines_tabs_and_runs_of_spaces_in_the_quote_match_single_spaces():
    assert spans(ARTICLE, "The  ministry\n   said:") == ["The ministry said:"]
    assert spans(ARTICLE, "a spokesperson\tsaid") == ["a spokesperson said"]


def test_runs_of_whitespace_in_the_article_match_a_single_space():
    assert spans(ARTICLE, "Residents disagreed... again") == ["Residents  disagreed…\tagain"]


def test_a_quote_may_cross_a_paragraph_break():
    assert spans(ARTICLE, "a spokesperson said. Residents") == [
        "a spokesperson said.\nResidents"]


def test_whitespace_around_the_quote_is_ignored():
    assert spans(ARTICLE, "\n  The ministry said:  \n") == ["The ministry said:"]


def test_a_non_breaking_space_matches_a_space():
    assert spans("Dmitry\u00a0Peskov spoke.", "Dmitry Peskov") == ["Dmitry\u00a0Peskov"]


def test_the_span_maps_back_to_the_articles_exact_characters():
    start, end = find_all(normalise(ARTICLE), '"The bridge is open - and it\'ll stay open,"')[0]
    assert (start, end) == (19, 62)
    assert ARTICLE[start:end] == "“The bridge is open — and it’ll stay open,”"


def test_every_occurrence_is_found_in_order():
    article = "The bridge was closed.\nThen the bridge was closed again."
    assert find_all(normalise(article), "the bridge was closed") == [(28, 49)]
    assert find_all(normalise(article), "bridge was closed") == [(4, 21), (32, 49)]


def test_matching_is_case_sensitive_and_an_empty_quote_matches_nothing():
    assert find_all(normalise(ARTICLE), "the ministry said") == []
    assert find_all(normalise(ARTICLE), "   ") == []


def test_closest_passage_is_the_articles_most_similar_words():
    article = "City officials said on Monday that the bridge was closed."
    assert closest_passage(article, "City officials said on Sunday") == (
        "City officials said on Monday")


def test_closest_passage_keeps_the_articles_own_characters():
    assert closest_passage(ARTICLE, '"The bridge is closed') == "“The bridge is open"


def test_closest_passage_is_none_when_nothing_is_similar():
    assert closest_passage(ARTICLE, "xyz qqq wpp") is None
    assert closest_passage("", "anything") is None


def test_a_brief_quote_typed_plainly_anchors_to_the_articles_typography(tmp_path: Path):
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "bridge.yaml").write_text(textwrap.dedent("""\
        title: Is the bridge open?
        date: 2025-04-09
        authors: [The desk]
        article:
          text: "The ministry said: \\u201cThe bridge is open \\u2014 and it\\u2019ll stay
            open,\\u201d a spokesperson said."
        speakers:
          ministry: {name: The ministry, kind: government}
        claim:
          by: ministry
          summary: The bridge is open.
          quotes:
            - |
              "The bridge is open -
                and it'll stay open,"
        verdict: {rating: unproven, summary: Nobody checked.}
        """), encoding="utf-8")
    project, report = load_project(tmp_path)
    assert report.sorted() == []
    brief = project.briefs[0]
    quote = brief.claim.quotes[0]
    assert quote.text == "“The bridge is open — and it’ll stay open,”"
    assert brief.article.text[quote.start:quote.end] == quote.text
    assert (quote.start, quote.end) == (19, 62)


def test_a_quote_only_matches_whole_words():
    assert spans("She said the bridge was open.", "he said") == []

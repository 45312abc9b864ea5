"""Quote anchoring: an editor's typed quote is found in the article despite typographic
differences, and the span points at the article's own characters."""

import difflib
import random
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


# --- The closest passage: bounded on any text -------------------------------------------------
# The search must not grow with the length of a word or of the article: each comparison is
# handed a bounded text, and only a bounded number of them are made. Counted, never timed.

COMPARED_CHARACTERS = 100_000  # far more than a search needs, far less than a hostile text


class CountingMatcher(difflib.SequenceMatcher):
    """A SequenceMatcher that adds up the characters each comparison is handed, and stops a
    search once they pass COMPARED_CHARACTERS."""

    compared = 0

    def _count(self) -> None:
        CountingMatcher.compared += len(self.a) + len(self.b)
        assert CountingMatcher.compared <= COMPARED_CHARACTERS, "the search is not bounded"

    def ratio(self) -> float:
        self._count()
        return super().ratio()

    def quick_ratio(self) -> float:
        self._count()
        return super().quick_ratio()


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> type[CountingMatcher]:
    CountingMatcher.compared = 0
    monkeypatch.setattr(difflib, "SequenceMatcher", CountingMatcher)
    return CountingMatcher


def long_news_text(articles: int = 70) -> str:
    """About 50,000 words of ordinary news prose (the bench's generated articles)."""
    from bench.corpus import make_brief, speaker_pool

    pool = speaker_pool(7, 60)
    return "\n\n".join(make_brief(7, number, pool).article for number in range(articles))


def unspaced_text(characters: int) -> str:
    """Text without spaces, as Chinese or Japanese is written: sentences of common
    characters that repeat, with punctuation, and no word boundaries to search by."""
    rng = random.Random(3)
    common = [chr(0x4E00 + rng.randrange(400)) for _ in range(120)]
    sentences = ["".join(rng.choices(common, k=rng.randrange(12, 40))) + "。" for _ in range(300)]
    parts, size = [], 0
    while size < characters:
        parts.append(rng.choice(sentences))
        size += len(parts[-1])
    return "".join(parts)


def test_closest_passage_in_a_long_article_is_still_the_most_similar(counted) -> None:
    text = long_news_text()
    words = text.split()
    assert len(words) > 45_000
    start = len(words) * 2 // 3
    passage = words[start:start + 10]
    typo = [*passage[:4], passage[4] + "x", *passage[5:]]
    assert closest_passage(text, " ".join(typo)) == " ".join(passage)
    misspelt = [w[:-1] if len(w) > 4 else w for w in passage]  # every long word cut short
    assert closest_passage(text, " ".join(misspelt)) == " ".join(passage)


@pytest.mark.parametrize("paragraphs", [False, True])
def test_closest_passage_in_text_without_spaces_is_found_and_bounded(counted,
                                                                     paragraphs: bool) -> None:
    text = unspaced_text(150_000)  # 450 KB of UTF-8, in one piece or in lines of 1,000
    if paragraphs:
        text = "\n".join(text[i:i + 1_000] for i in range(0, len(text), 1_000))
    passage = text[90_100:90_130]
    quote = passage[:12] + "口" + passage[13:]
    found = closest_passage(text, quote)
    assert found is not None and passage[:10] in found and passage[-10:] in found
    assert closest_passage(text, "completely different words") is None
    spaced = " ".join(text[60_000 + 7 * k:60_000 + 7 * k + 5] for k in range(12))
    closest_passage(text, spaced)  # a quote typed with spaces: twelve words to place
    assert 0 < counted.compared <= COMPARED_CHARACTERS


def test_closest_passage_among_long_tokens_is_bounded(counted) -> None:
    rng = random.Random(5)
    tokens = ["".join(rng.choices("abcdefghijklmnop", k=2_000)) for _ in range(500)]
    text = " ".join(tokens)  # 1 MiB
    passage = tokens[321][700:760]
    quote = passage[:30] + "Z" + passage[31:]
    found = closest_passage(text, quote)
    assert found is not None and passage[:20] in found and passage[-20:] in found
    long_quote = " ".join(tokens[5:40])  # 70,000 characters, one letter changed
    assert closest_passage(text, long_quote[:100] + "Z" + long_quote[101:]) == long_quote

"""How the article itself is sourced: the detector's statements, counted by sentence."""

from __future__ import annotations

import datetime as dt

from briefgen.analyse.sourcing import analyse_sourcing
from briefgen.model import DEFAULT_RATINGS, Article, Brief, Claim, Speaker, Verdict

ARTICLE = ("The river rose on Monday. Ana Silva, the mayor, said the bridge was closed. "
           "The rain went on.\n"
           "“It will reopen soon. We are sure of it,” she said. Traffic was light.")


def brief_of(text: str) -> Brief:
    ana = Speaker("ana", "Ana Silva", "person")
    return Brief(slug="t", source="briefs/t.yaml", title="T", date=dt.date(2025, 1, 1),
                 authors=("A",), article=Article(text), claim=Claim(ana, "Closed.", ()),
                 verdict=Verdict(DEFAULT_RATINGS[0], "Yes."))


def test_a_statement_over_two_sentences_attributes_both() -> None:
    figures = analyse_sourcing(brief_of(ARTICLE))
    # the mayor's report, and her two-sentence quotation; the weather and traffic are not
    assert (figures.sentences, figures.statements, figures.attributed_sentences) == (6, 2, 3)
    assert figures.unattributed_sentences == 3


def test_a_long_transcript_counts_every_sentence_once() -> None:
    figures = analyse_sourcing(brief_of("Ana Silva said it rained. He said it snowed. " * 400))
    assert (figures.sentences, figures.attributed_sentences) == (800, 800)

"""How the article itself is sourced: the detector's statements, counted by sentence."""

from __future__ import annotations

import dataclasses
import datetime as dt

from briefgen.analyse.sourcing import analyse_sourcing
from briefgen.check.project import load_project
from briefgen.model import DEFAULT_RATINGS, Article, Brief, Claim, Speaker, Verdict

from .briefs import VALID, write_brief

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


def test_the_article_is_read_in_its_own_language_whatever_the_briefs() -> None:
    """A brief written in English about a Russian article: the article's statements are
    found with Russian's rules, as `new` and the readability figures read it."""
    article = Article("«Мост закрыт до весны», — сказала мэр Анна Сильва. Дождь шел весь день.",
                      language="ru")
    in_english = dataclasses.replace(brief_of(""), article=article, language="en")
    in_russian = dataclasses.replace(in_english, language="ru")
    assert analyse_sourcing(in_english) == analyse_sourcing(in_russian)
    assert analyse_sourcing(in_english).statements == 1


def unannotated(tmp_path, article: str) -> list[str]:
    """The passages check warns of as unannotated statements, for VALID's brief on ``article``
    (its claim quotes the article's first words)."""
    write_brief(tmp_path, VALID, article=article)
    _, report = load_project(tmp_path, coverage=True)
    return [d.message for d in report.items if d.severity == "warning"]


def test_check_warns_only_where_the_detector_is_sure(tmp_path) -> None:
    warnings = unannotated(tmp_path, ARTICLE_FOR_LINT)
    assert len(warnings) == 1, warnings
    assert "'Lena Ortiz'" in warnings[0] and "the pumps had failed" in warnings[0]


# The claim is the first sentence; Ortiz's statement is sure; the others are a forecast, a
# hope, a document no one is named as issuing, and a quotation credited to no one.
ARTICLE_FOR_LINT = ("City officials said on Monday that the bridge was closed for repairs. "
                    "Lena Ortiz, the city engineer, said the pumps had failed. "
                    "Analysts expect the repairs to take a month. "
                    "Lena Ortiz hopes to reopen the bridge in May. "
                    "Figures for March show that traffic on the ring road rose.\n"
                    "“Enough is enough.”\n")

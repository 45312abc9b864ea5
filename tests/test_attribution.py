"""Attribution figures from a brief's annotations: who is quoted, how, and how much."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from briefgen.analyse.attribution import analyse_attribution, count_words
from briefgen.check.project import load_project
from briefgen.model import (
    DEFAULT_RATINGS,
    Article,
    Brief,
    Claim,
    Quote,
    Response,
    Speaker,
    Statement,
    Verdict,
)

from .conftest import REPO

ARTICLE = "Ana said one two three. Bo denied four five. Experts say six. Ana added seven eight."


def quote(text: str) -> Quote:
    start = ARTICLE.index(text)
    return Quote(text, start, start + len(text))


def make_brief() -> Brief:
    ana = Speaker("ana", "Ana Silva", "person")
    bo = Speaker("bo", "Bo Ministry", "government")
    experts = Speaker("experts", "Experts", "vague")
    return Brief(
        slug="t", source="briefs/t.yaml", title="T", date=dt.date(2025, 1, 1), authors=("A",),
        article=Article(ARTICLE),
        claim=Claim(ana, "One two three.", (quote("one two three"),)),
        responses=(Response(bo, "denies", "No.", (quote("Bo denied four five"),)),),
        statements=(Statement(experts, "other", (quote("Experts say six"),)),
                    Statement(ana, "claim", (quote("seven eight"),))),
        verdict=Verdict(DEFAULT_RATINGS[0], "Yes."),
    )


def test_counts_words_like_a_reader() -> None:
    assert count_words("Russia’s state-run media didn't say — 3 times.") == 7


def test_figures_for_a_small_brief() -> None:
    figures = analyse_attribution(make_brief())
    assert (figures.passages, figures.words) == (4, 12)
    by_side = {row.key: (row.passages, row.words) for row in figures.by_side}
    assert by_side == {"claim": (2, 5), "response": (1, 4), "other": (1, 3)}
    assert figures.claim_response_balance == pytest.approx(5 / (5 + 4))
    assert figures.named_share == pytest.approx(3 / 4)  # all but the experts
    kinds = {row.key: row.passages for row in figures.by_kind}
    assert kinds == {"person": 2, "organization": 0, "government": 1, "group": 0,
                     "anonymous": 0, "vague": 1}
    top = figures.speakers[0]
    assert (top.speaker.id, top.passages, top.words, top.sides) == ("ana", 2, 5, ("claim",))
    assert sum(row.word_share for row in figures.speakers) == pytest.approx(1)


def test_a_brief_with_only_a_claim_has_no_balance() -> None:
    brief = make_brief()
    lonely = dataclasses.replace(brief, responses=(), statements=())
    figures = analyse_attribution(lonely)
    assert figures.claim_response_balance == pytest.approx(1.0)
    assert figures.passages == 1


def test_seed_brief_shows_its_thin_sourcing() -> None:
    project, report = load_project(REPO)
    assert not report.errors
    figures = analyse_attribution(project.briefs[0])
    assert figures.passages == 14
    named = {row.speaker.name for row in figures.speakers if row.speaker.is_named}
    assert named == {"Dmitry Peskov", "The Kremlin", "The Ukrainian government"}
    vague = {row.key: row.passages for row in figures.by_kind}["vague"]
    assert vague == 4  # experts, analysts, observers, critics
    assert figures.speakers[0].speaker.name == "Dmitry Peskov"
    assert figures.claim_response_balance is not None and figures.claim_response_balance < 0.5

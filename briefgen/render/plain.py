"""A brief's figures in a few plain sentences: which facts to state, and with which numbers.
The words are briefgen.render.wording's; every number comes from the same figures the charts
and tables beside them draw."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from briefgen.analyse.figures import Agreement, BriefFigures, SideSources
from briefgen.render.desk import DeskFigures
from briefgen.render.wording import level, say


@dataclass(frozen=True)
class PlainFigures:
    """The sentences of each part of a brief's figures, in reading order."""

    sources: tuple[tuple[str, Markup], ...]  # (side, sentence)
    shares: tuple[Markup, ...]
    agreement: tuple[Markup, ...]
    sentences: tuple[Markup, ...]
    readability: tuple[Markup, ...]


def plain_figures(figures: BriefFigures) -> PlainFigures:
    a, d = figures.attribution, figures.sourcing
    shares = {row.key: row.word_share for row in a.by_side}
    unnamed = len(d.unnamed)
    return PlainFigures(
        sources=tuple((row.side, _side(row)) for row in figures.sources
                      if row.sources or row.side == "response"),
        shares=(say("word_shares", a.words, **shares),) if a.words else (),
        agreement=_agreement(figures.agreement),
        sentences=(
            say("sentences_attributed", d.attributed_sentences, sentences=d.sentences),
            say("statements_unnamed", unnamed) if unnamed else say("statements_unnamed_none"),
        ) if d.sentences else (),
        readability=(
            say("article_level", level=level(figures.article.flesch_kincaid_grade),
                grade=figures.article.flesch_kincaid_grade,
                length=figures.article.words_per_sentence),
            say("reading_time", figures.article.reading_minutes),
            say("brief_level", level=level(figures.prose.flesch_kincaid_grade),
                grade=figures.prose.flesch_kincaid_grade),
        ) if figures.article.words else (),
    )


def _side(row: SideSources) -> Markup:
    if row.sources == 0:
        return say("no_response")
    if row.unnamed == 0:
        return say(f"{row.side}_sources_all_named", row.sources)
    if row.unnamed == row.sources:
        return say(f"{row.side}_sources_all_unnamed", row.sources)
    return say(f"{row.side}_sources_some_unnamed", row.unnamed, total=row.sources)


def _agreement(g: Agreement) -> tuple[Markup, ...]:
    if not (g.passages or g.statements):
        return ()
    if (g.passages == g.statements and g.passages_missed == 0
            and g.statements_unmarked == 0 and g.statements_ignored == 0):
        return (say("agreement_same", g.passages),)
    said = [say("editors_marked", g.passages), say("detector_found", g.statements)]
    if g.statements_unmarked:
        said.append(say("agreement_unmarked", g.statements_unmarked))
    if g.statements_ignored:
        said.append(say("agreement_ignored", g.statements_ignored))
    if g.passages_missed:
        said.append(say("agreement_missed", g.passages_missed))
    if len(said) == 2:  # every passage and statement overlap: they only count differently
        said.append(say("agreement_split"))
    return tuple(said)


def desk_sentences(desk: DeskFigures) -> tuple[Markup, ...]:
    """The desk's figures page in a few sentences."""
    said = [say("desk_briefs", desk.briefs)]
    for side in desk.sides:
        if side.total:
            said.append(say(f"desk_{side.side}_unnamed", side.unnamed, total=side.total,
                            share=side.unnamed / side.total))
    if desk.briefs:
        said.append(say("desk_grades", article=desk.article_grade, brief=desk.brief_grade))
    return tuple(said)

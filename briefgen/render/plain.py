"""A brief's figures in a few plain sentences: which facts to state, and with which numbers.
The words are briefgen.render.wording's, said in the page's language; every number comes from
the same figures the charts and tables beside them draw."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from briefgen.analyse.figures import Agreement, BriefFigures, SideSources
from briefgen.analyse.readability import Readability
from briefgen.analyse.wordlists import published
from briefgen.render.desk import DeskFigures
from briefgen.render.language import PageLanguage
from briefgen.render.wording import level, say


@dataclass(frozen=True)
class PlainFigures:
    """The sentences of each part of a brief's figures, in reading order."""

    sources: tuple[tuple[str, Markup], ...]  # (side, sentence)
    shares: tuple[Markup, ...]
    agreement: tuple[Markup, ...]
    sentences: tuple[Markup, ...]
    readability: tuple[Markup, ...]


def plain_figures(language: PageLanguage, figures: BriefFigures) -> PlainFigures:
    a, d = figures.attribution, figures.sourcing
    shares = {row.key: row.word_share for row in a.by_side}
    unnamed = len(d.unnamed)
    return PlainFigures(
        sources=tuple((row.side, _side(language, row)) for row in figures.sources
                      if row.sources or row.side == "response"),
        shares=(say(language, "word_shares", a.words, **shares),) if a.words else (),
        agreement=_agreement(language, figures.agreement),
        sentences=(
            say(language, "sentences_attributed", d.attributed_sentences,
                sentences=d.sentences),
            say(language, "statements_unnamed", unnamed) if unnamed
            else say(language, "statements_unnamed_none"),
        ) if d.sentences else (),
        readability=(*_article(language, figures.article), *_brief(language, figures.prose))
        if figures.article.words else (),
    )


def _article(language: PageLanguage, r: Readability) -> tuple[Markup, ...]:
    """How hard the article is to read, in the measures published for its language."""
    if r.flesch_kincaid_grade is not None:
        said = [say(language, "article_level", level=level(r.flesch_kincaid_grade),
                    grade=r.flesch_kincaid_grade, length=r.words_per_sentence)]
    elif r.flesch_reading_ease is not None:
        source = published(r.language).source("flesch_reading_ease")
        said = [say(language, "article_reading_ease", score=r.flesch_reading_ease,
                    source=source.by, length=r.words_per_sentence)]
    else:
        said = [say(language, "article_counts", length=r.words_per_sentence,
                    letters=r.letters_per_word), say(language, "no_formula")]
    if r.reading_minutes:
        said.append(say(language, "reading_time", r.reading_minutes))
    return tuple(said)


def _brief(language: PageLanguage, r: Readability) -> tuple[Markup, ...]:
    """How hard the brief's own text is to read, likewise."""
    if not r.words:
        return ()
    if r.flesch_kincaid_grade is not None:
        return (say(language, "brief_level", level=level(r.flesch_kincaid_grade),
                    grade=r.flesch_kincaid_grade),)
    if r.flesch_reading_ease is not None:
        return (say(language, "brief_reading_ease", score=r.flesch_reading_ease),)
    return (say(language, "brief_counts", length=r.words_per_sentence),)


def _side(language: PageLanguage, row: SideSources) -> Markup:
    if row.sources == 0:
        return say(language, "no_response")
    which = ("named" if row.unnamed == 0 else "unnamed" if row.unnamed == row.sources
             else None)
    if which is None:
        return say(language, f"{row.side}_sources_some_unnamed", row.unnamed,
                   total=row.sources)
    if row.sources == 1:
        return say(language, f"{row.side}_source_only_{which}")
    if row.sources == 2:
        return say(language, f"{row.side}_sources_both_{which}")
    return say(language, f"{row.side}_sources_all_{which}", row.sources)


def _agreement(language: PageLanguage, g: Agreement) -> tuple[Markup, ...]:
    if not (g.passages or g.statements):
        return ()
    if (g.passages == g.statements and g.passages_missed == 0
            and g.statements_unmarked == 0 and g.statements_ignored == 0):
        return (say(language, "agreement_same", g.passages),)
    said = [say(language, "editors_marked", g.passages),
            say(language, "detector_found", g.statements)]
    if g.statements_unmarked:
        said.append(say(language, "agreement_unmarked", g.statements_unmarked))
    if g.statements_ignored:
        said.append(say(language, "agreement_ignored", g.statements_ignored))
    if g.passages_missed:
        said.append(say(language, "agreement_missed", g.passages_missed))
    if len(said) == 2:  # every passage and statement overlap: they only count differently
        said.append(say(language, "agreement_split"))
    return tuple(said)


def desk_sentences(language: PageLanguage, desk: DeskFigures) -> tuple[Markup, ...]:
    """The desk's figures page in a few sentences."""
    said = [say(language, "desk_briefs", desk.briefs)]
    for side in desk.sides:
        if side.total and side.unnamed:
            said.append(say(language, f"desk_{side.side}_unnamed", side.unnamed,
                            total=side.total, share=side.unnamed / side.total))
        elif side.total:
            said.append(say(language, f"desk_{side.side}_unnamed_none", total=side.total))
    if desk.grades:
        said.append(say(language, "desk_grades", article=desk.article_grade,
                        brief=desk.brief_grade))
        if desk.graded < desk.briefs:
            said.append(say(language, "desk_grades_english", desk.graded))
    return tuple(said)

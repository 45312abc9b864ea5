"""Everything measured about a brief, as plain data for the pages and `briefgen stats`."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.analyse.attribution import Attribution, analyse_attribution
from briefgen.analyse.readability import HardSentence, Readability, hardest_sentences, measure
from briefgen.analyse.sourcing import Sourcing, analyse_sourcing
from briefgen.model import Brief


@dataclass(frozen=True)
class BriefFigures:
    article: Readability
    prose: Readability  # the fact-checkers' own words: summaries and analysis
    hardest: tuple[HardSentence, ...]
    attribution: Attribution
    sourcing: Sourcing  # the article's attributions as the detector reads them


def brief_prose(brief: Brief) -> str:
    """The text the desk wrote, one paragraph per piece, for its readability."""
    parts = [brief.claim.summary, *(r.summary for r in brief.responses),
             brief.verdict.summary, brief.verdict.body]
    return "\n".join(part.strip() for part in parts if part.strip())


def analyse(brief: Brief) -> BriefFigures:
    language = brief.language
    return BriefFigures(
        article=measure(brief.article.text, language),
        prose=measure(brief_prose(brief), language),
        hardest=hardest_sentences(brief.article.text, language),
        attribution=analyse_attribution(brief),
        sourcing=analyse_sourcing(brief),
    )


def summarise(figures: BriefFigures) -> dict[str, object]:
    """The figures worth publishing in briefs.json: the headline numbers, not every table."""
    def readability(r: Readability) -> dict[str, object]:
        return {"words": r.words, "sentences": r.sentences,
                "flesch_reading_ease": round(r.flesch_reading_ease, 2),
                "flesch_kincaid_grade": round(r.flesch_kincaid_grade, 2),
                "consensus": r.consensus, "reading_minutes": r.reading_minutes}

    a = figures.attribution
    d = figures.sourcing
    return {
        "sourcing": {
            "sentences": d.sentences, "attributed_sentences": d.attributed_sentences,
            "statements": d.statements,
            "by_kind": {row.key: row.statements for row in d.by_kind},
            "by_mode": {row.key: row.statements for row in d.by_mode},
            "loaded_by_side": {row.key: row.statements for row in d.loaded_by_side},
        },
        "readability": {"article": readability(figures.article),
                        "prose": readability(figures.prose)},
        "attribution": {
            "passages": a.passages, "words": a.words,
            "named_share": round(a.named_share, 4),
            "claim_response_balance": None if a.claim_response_balance is None
            else round(a.claim_response_balance, 4),
            "by_side": {row.key: {"passages": row.passages, "words": row.words}
                        for row in a.by_side},
            "by_kind": {row.key: {"passages": row.passages, "words": row.words}
                        for row in a.by_kind},
            "speakers": [{"id": row.speaker.id, "passages": row.passages, "words": row.words}
                         for row in a.speakers],
        },
    }

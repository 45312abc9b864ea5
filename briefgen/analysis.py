"""Everything measured about a brief, as plain data for the pages and `briefgen stats`."""

from __future__ import annotations

from dataclasses import dataclass

from .attribution import Attribution, analyse_attribution
from .model import Brief
from .readability import HardSentence, Readability, hardest_sentences, measure


@dataclass(frozen=True, slots=True)
class BriefFigures:
    article: Readability
    prose: Readability  # the fact-checkers' own words: summaries and analysis
    hardest: tuple[HardSentence, ...]
    attribution: Attribution


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
    )

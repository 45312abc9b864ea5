"""Everything measured about a brief, as plain data for the pages and `briefgen stats`."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.analyse.attribution import Attribution, analyse_attribution
from briefgen.analyse.readability import HardSentence, Readability, hardest_sentences, measure
from briefgen.analyse.sourcing import Sourcing, analyse_sourcing, detected
from briefgen.model import NAMED_KINDS, SIDES, SPEAKER_KINDS, Brief, Speaker


@dataclass(frozen=True)
class SideSources:
    """Who speaks for one side (claim, response or other) in the editors' annotations."""

    side: str
    by_kind: tuple[int, ...]  # distinct speakers of each kind, in SPEAKER_KINDS order

    @property
    def sources(self) -> int:
        return sum(self.by_kind)

    @property
    def unnamed(self) -> int:
        """Those not named: an unnamed group, an anonymous source, a vague attribution."""
        return sum(n for kind, n in zip(SPEAKER_KINDS, self.by_kind, strict=True)
                   if kind not in NAMED_KINDS)


@dataclass(frozen=True)
class Agreement:
    """The editors' annotated passages beside the detector's statements: they count different
    things (a passage is the words an editor attributes; a statement is a sentence the
    detector reads as reporting speech), so the page says where the two agree."""

    passages: int  # the editors' passages
    statements: int  # the detector's statements
    passages_found: int  # editors' passages that overlap a detected statement
    statements_marked: int  # detected statements that overlap an editors' passage
    statements_ignored: int  # of the rest, those the editors listed as needing no annotation

    @property
    def passages_missed(self) -> int:
        """Editors' passages the detector did not read as a statement."""
        return self.passages - self.passages_found

    @property
    def statements_unmarked(self) -> int:
        """Detected statements the editors neither annotated nor set aside."""
        return self.statements - self.statements_marked - self.statements_ignored


@dataclass(frozen=True)
class BriefFigures:
    article: Readability
    prose: Readability  # the fact-checkers' own words: summaries and analysis
    hardest: tuple[HardSentence, ...]
    attribution: Attribution
    sourcing: Sourcing  # the article's attributions as the detector reads them
    sources: tuple[SideSources, ...]  # claim, response, other
    agreement: Agreement


def brief_prose(brief: Brief) -> str:
    """The text the desk wrote, one paragraph per piece, for its readability."""
    parts = [brief.claim.summary, *(r.summary for r in brief.responses),
             brief.verdict.summary, brief.verdict.body]
    return "\n".join(part.strip() for part in parts if part.strip())


def analyse(brief: Brief) -> BriefFigures:
    return BriefFigures(
        article=measure(brief.article.text, brief.article.language),
        prose=measure(brief_prose(brief), brief.language),  # the desk's, in the brief's language
        hardest=hardest_sentences(brief.article.text, brief.article.language),
        attribution=analyse_attribution(brief),
        sourcing=analyse_sourcing(brief),
        sources=side_sources(brief),
        agreement=agreement(brief),
    )


def side_sources(brief: Brief) -> tuple[SideSources, ...]:
    """How many speakers each side has, and how many of them are unnamed. The claim's own
    speaker counts for the claim side even without a quoted passage, and each respondent for
    the response side."""
    speakers: dict[str, dict[str, Speaker]] = {side: {} for side in SIDES}
    speakers["claim"][brief.claim.by.id] = brief.claim.by
    for response in brief.responses:
        speakers["response"][response.by.id] = response.by
    for side, speaker, _ in brief.attributions():
        speakers[side][speaker.id] = speaker
    return tuple(SideSources(side, tuple(sum(s.kind == kind for s in found.values())
                                          for kind in SPEAKER_KINDS))
                 for side, found in speakers.items())


def agreement(brief: Brief) -> Agreement:
    """Where the editors' passages and the detector's statements overlap."""
    passages = [quote for _, _, quote in brief.attributions()]
    found = detected(brief)

    def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
        return any(s < end and start < e for s, e in spans)

    statement_spans = [(s.start, s.end) for s in found]
    passage_spans = [(q.start, q.end) for q in passages]
    ignored_spans = [(q.start, q.end) for q in brief.ignore]
    marked = [overlaps(s.start, s.end, passage_spans) for s in found]
    ignored = sum(not m and overlaps(s.start, s.end, ignored_spans)
                  for s, m in zip(found, marked, strict=True))
    return Agreement(
        passages=len(passages), statements=len(found),
        passages_found=sum(overlaps(q.start, q.end, statement_spans) for q in passages),
        statements_marked=sum(marked), statements_ignored=ignored)


def _rounded(figure: float | None) -> float | None:
    return None if figure is None else round(figure, 2)


def summarise(figures: BriefFigures) -> dict[str, object]:
    """The figures worth publishing in briefs.json: the headline numbers, not every table."""
    def readability(r: Readability) -> dict[str, object]:
        # None where the formula is not published for the text's language
        return {"words": r.words, "sentences": r.sentences,
                "flesch_reading_ease": _rounded(r.flesch_reading_ease),
                "flesch_kincaid_grade": _rounded(r.flesch_kincaid_grade),
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
        "sources": {row.side: dict(zip(SPEAKER_KINDS, row.by_kind, strict=True))
                    for row in figures.sources},
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

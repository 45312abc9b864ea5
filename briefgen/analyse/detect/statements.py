"""The pass over an article's sentences: statements found in each (frames), quotations that
continue a speaker's words in the same or the next paragraph, and the finished statements."""

from __future__ import annotations

import bisect
import re

from briefgen.analyse.detect.article import Article, Draft, Earlier, Found, Sentence, Source
from briefgen.analyse.detect.cues import QUOTE_OPENERS, lemma
from briefgen.analyse.detect.detected import DetectedStatement
from briefgen.analyse.detect.frames import statements_in
from briefgen.analyse.detect.resolve import identify_delayed, speaker_id
from briefgen.model import Quote

_LETTER = re.compile(r"[^\W\d_#]")


def read_statements(article: Article) -> tuple[DetectedStatement, ...]:
    """Every attributed statement of the article, in order."""
    earlier = Earlier()
    last: Draft | None = None  # the latest statement of the current run of sentences
    for start, end in article.sentences:
        s = Sentence(article, earlier, article.masked[start:end], start)
        founds = statements_in(s)
        quotes = article.quotations[bisect.bisect_left(article.quotation_starts, start):
                                    bisect.bisect_left(article.quotation_starts, end)]
        if founds:
            drafts = [Draft(start, end, article.paragraph(start), f) for f in founds]
            for quote in quotes:  # each quotation to the statement whose words it follows
                owner = drafts[0]
                for draft in drafts:
                    if draft.found.anchor <= quote[0]:
                        owner = draft
                owner.quotes.append(quote)
            earlier.drafts.extend(drafts)
            last = drafts[-1]
        elif quotes and _only_quotation(s):
            last = _quotation_alone(article, earlier, last, start, end, list(quotes))
        else:
            last = None
    drafts = identify_delayed(article, earlier.drafts)
    return tuple(_finish(article, d) for d in drafts)


def _quotation_alone(article: Article, earlier: Earlier, last: Draft | None, start: int,
                     end: int, quotes: list[tuple[int, int]]) -> Draft:
    """A sentence that is nothing but a quotation: the speaker before goes on in the same
    paragraph, or in a paragraph of its own right after; else no one is credited."""
    paragraph = article.paragraph(start)
    if last and last.paragraph == paragraph and last.end <= start:
        last.end = end  # the speaker's quotation goes on
        last.quotes.extend(quotes)
        return last
    if last and last.paragraph == paragraph - 1 and _first_in_paragraph(article, start):
        source = last.found.source
        found = Found("", (start, start), "neutral", Source(
            source.speaker, source.resolved, source.kind, None, source.role, source.head,
            source.entity), start)
    else:
        found = Found("", (start, start), "neutral", Source("", "", "unattributed", None), start)
    draft = Draft(start, end, paragraph, found, quotes)
    earlier.drafts.append(draft)
    return draft


def _first_in_paragraph(article: Article, start: int) -> bool:
    line_start = article.line_starts[article.paragraph(start)]
    return not article.text[line_start:start].strip()


def _only_quotation(s: Sentence) -> bool:
    """Whether a sentence is nothing but quoted words (and punctuation)."""
    return s.frame.lstrip()[:1] in QUOTE_OPENERS and not _LETTER.search(s.frame)


def _finish(article: Article, draft: Draft) -> DetectedStatement:
    found = draft.found
    source = found.source
    quotes = tuple(q for q in (_quote(article.text, a, b) for a, b in draft.quotes) if q.text)
    mode = "indirect"
    if quotes:
        mode = "direct" if _direct(article, draft) else "mixed"
    return DetectedStatement(
        sentence=Quote(article.text[draft.start:draft.end], draft.start, draft.end),
        speaker=source.speaker,
        resolved=source.resolved,
        kind=source.kind or "person",
        verb=found.verb,
        stance=found.stance if lemma(found.verb, article.lex) else "neutral",
        mode=mode,
        quotes=quotes,
        role=source.role,
        speaker_id=speaker_id(article, source),
        speaker_span=source.span if source.speaker else None,
        verb_span=found.verb_span if found.verb else None,
    )


def _quote(text: str, a: int, b: int) -> Quote:
    """The words between a quotation's marks, without spaces or a comma at either end."""
    start, end = a + 1, b
    if text.startswith("''", a):  # two apostrophes: one mark
        start += 1
    if text.startswith("''", b - 1):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Quote(text[start:end], start, end)


def _direct(article: Article, draft: Draft) -> bool:
    """Direct when the quotation is the whole of what is reported: it opens the sentence,
    or it comes straight after the verb ("said: “We…”") and starts a sentence."""
    frame = article.masked[draft.start:draft.end]
    first = min(q[0] for q in draft.quotes)
    if not frame[:first - draft.start].strip():
        return True
    found = draft.found
    end = found.verb_span[1] if not found.inverted or found.source.span is None else max(
        found.verb_span[1], found.source.span[1])
    between = article.masked[end:first] if end <= first else "x"
    opening = article.text[first + 1:first + 4].lstrip(" '")[:1]
    return not between.strip(" ,:") and opening.isupper()

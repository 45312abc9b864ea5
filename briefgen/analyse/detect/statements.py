"""The pass over an article's sentences: statements found in each (frames), quotations that
continue a speaker's words in the same or the next paragraph, and the finished statements."""

from __future__ import annotations

import bisect
import re

from briefgen.analyse.detect.article import Article, Draft, Earlier, Found, Sentence, Source
from briefgen.analyse.detect.cues import QUOTE_OPENERS, lemma, sentence_events
from briefgen.analyse.detect.detected import DetectedStatement
from briefgen.analyse.detect.frames import (
    first_in_paragraph,
    headline_line,
    label_line,
    statements_in,
)
from briefgen.analyse.detect.resolve import identify_delayed, speaker_id
from briefgen.analyse.detect.text import last_word
from briefgen.model import Quote

_LETTER = re.compile(r"[^\W\d_#]")


def read_statements(article: Article) -> tuple[DetectedStatement, ...]:
    """Every attributed statement of the article, in order."""
    earlier = Earlier()
    last: Draft | None = None  # the latest statement of the current run of sentences
    block: Draft | None = None  # a statement whose sentence ends with a colon
    masked, starts = article.masked, article.quotation_starts
    for start, end in article.sentences:
        s = Sentence(article, earlier, masked[start:end], start)
        # "ORTIZ: This is a man who said…": a speaker's label, and what it holds is theirs
        founds = label_line(s) if ":" in s.frame[:80] else []  # (most have no colon)
        if not founds:
            founds = statements_in(s)
        if not founds and start < article.headline_end:
            founds = headline_line(s)
        # (a quotation running on from the paragraph before opens on the line break, start - 1)
        quotes = article.quotations[bisect.bisect_left(starts, start - 1):
                                    bisect.bisect_left(starts, end)]
        if not founds and block is not None and _goes_on(article, block, start):
            block.end = end  # "Hewitt writes:" and the paragraph he wrote
            block.quotes.extend(quotes)
            last = block
            continue
        block = None
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
            if article.text[start:end].rstrip().endswith(":"):
                block = last
        elif quotes:
            last = _quotation_goes_on(earlier, last, s, end, list(quotes))
        else:
            last = None
    drafts = identify_delayed(article, earlier.drafts)
    return tuple(_finish(article, d) for d in drafts)


def _quotation_goes_on(earlier: Earlier, last: Draft | None, s: Sentence, end: int,
                       quotes: list[tuple[int, int]]) -> Draft | None:
    """A sentence with a quotation and no reporting verb of its own: more words of the
    speaker before, in the same paragraph; a statement of theirs when it opens the next
    paragraph; else, when it is nothing but a quotation, words credited to no one."""
    article, start = s.article, s.start
    paragraph = article.paragraph(start)
    # (the paragraph the statement reached: a colon's block or a quotation may run on)
    reached = article.paragraph(last.end - 1) if last else -2
    if last and reached == paragraph and last.end <= start:
        last.end = end  # the speaker's quotation goes on
        last.quotes.extend(quotes)
        return last
    # (a reporting verb in the sentence is a tag the rules could not read: not the speaker
    # before)
    opens = _opens_with_quotation(s) and not sentence_events(s.frame, article.lex)
    before = earlier.drafts[-1] if earlier.drafts else None
    if last and reached == paragraph - 1 and first_in_paragraph(article, start) and opens:
        found = _carried(last.found.source, start)
    elif opens and before is not None and before.paragraph == paragraph and (
            before.found.source.resolved):
        # "“…,” Ruiz said. The dam is old. “It will hold.”": Ruiz's paragraph, Ruiz's words
        found = _carried(before.found.source, start)
    elif opens and first_in_paragraph(article, start) and _quoted_last(article, before, start):
        # “…,” Ruiz said. Her rival disagrees. / “And we will win.”: the latest speaker's
        found = _carried(before.found.source, start)
    elif opens and first_in_paragraph(article, start) and (lead := _colon_lead(article, start)):
        # "Ruiz put it bluntly:" and a paragraph that is a quotation: Ruiz's words
        found = _carried(lead, start)
    elif _only_quotation(s):
        found = Found("", (start, start), "neutral", Source("", "", "unattributed", None), start)
    else:
        return None
    draft = Draft(start, end, paragraph, found, quotes)
    earlier.drafts.append(draft)
    return draft


def _carried(source: Source, start: int) -> Found:
    """A statement without a verb of its own, by the source of one before it."""
    return Found("", (start, start), "neutral", Source(
        source.speaker, source.resolved, source.kind, None, source.role, source.head,
        source.entity), start)


def _quoted_last(article: Article, before: Draft | None, start: int) -> bool:
    """Whether a paragraph opening with a quotation at ``start`` is the words of the speaker
    quoted last: named, and quoted within the last two paragraphs."""
    if before is None or not before.found.source.resolved or not before.quotes:
        return False
    return article.paragraph(start) - article.paragraph(before.end - 1) <= 2


def _colon_lead(article: Article, start: int) -> Source | None:
    """The person named first in the sentence before ``start`` when it ends the paragraph
    before with a colon and no reporting verb the rules know introduced what follows."""
    before = article.sentence_of(start) - 1
    if before < 0:
        return None
    a, b = article.sentences[before]
    if not article.text[a:b].rstrip().endswith(":") or article.paragraph(a) != (
            article.paragraph(start) - 1):
        return None
    first = bisect.bisect_left(article.mention_starts, a)
    if first == len(article.mention_starts) or article.mention_starts[first] >= b:
        return None
    begin, end, entity = article.names.mentions[first]
    # the subject, not a possessive ("against Ruiz’s plan") or a name after a preposition
    before = last_word(article.masked[a:begin]).lower()
    if entity.kind != "person" or article.masked.startswith(("’", "'"), end) or (
            before in article.lex.prepositions):
        return None
    return Source(entity.name, entity.name, "person", None, entity=entity)


def _goes_on(article: Article, block: Draft, start: int) -> bool:
    """Whether the sentence at ``start`` is in the block a statement ending with a colon
    introduces: the paragraph right after it."""
    return article.paragraph(start) == block.paragraph + 1


def _opens_with_quotation(s: Sentence) -> bool:
    return s.frame.lstrip()[:1] in QUOTE_OPENERS or (s.start - 1) in s.article.quotation_starts


def _only_quotation(s: Sentence) -> bool:
    """Whether a sentence is nothing but quoted words (and punctuation)."""
    return _opens_with_quotation(s) and not _LETTER.search(s.frame)


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
    first = min(q[0] for q in draft.quotes)  # draft.start - 1 when it runs on from before
    if not frame[:max(0, first - draft.start)].strip():
        return True
    found = draft.found
    end = found.verb_span[1] if not found.inverted or found.source.span is None else max(
        found.verb_span[1], found.source.span[1])
    between = article.masked[end:first] if end <= first else "x"
    opening = article.text[first + 1:first + 4].lstrip(" '")[:1]
    return not between.strip(" ,:") and opening.isupper()

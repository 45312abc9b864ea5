"""The article with its annotated passages highlighted: who says what, where."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from markupsafe import Markup, escape

from briefgen.model import Quote, Speaker

SIDE_ORDER = {"claim": 0, "response": 1, "other": 2}

# Quotation marks: the pairs that open and close a quotation, and those that, found inside a
# passage, show that it holds one (single marks are apostrophes too often: Russia’s).
_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"'}
_DOUBLE = "“”«»\"„"
_TRAILING = ",.;:!?…"


def _open_quotation(before: str) -> str | None:
    """The closing mark awaited at the end of ``before`` (a line up to some point), if a
    quotation is open there: the last opening mark that its closing mark has not followed."""
    if before.count('"') % 2:
        return '"'
    best, awaited = -1, None
    for opener, closer in _PAIRS.items():
        at = before.rfind(opener)
        if opener != '"' and at > best and before.find(closer, at + 1) < 0 and (
                opener != "‘" or at == 0 or not before[at - 1].isalnum()):
            best, awaited = at, closer
    return awaited


def _edges(quote: Quote, text: str) -> tuple[int, int, int, int]:
    """Where the passage's line starts, where its words begin and end (past any marks of its
    own at either edge), and where its line ends."""
    inner = text[quote.start:quote.end]
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end) % (len(text) + 1)
    first = quote.start + (1 if inner[:1] in _PAIRS else 0)
    body = inner.rstrip(_TRAILING + " ")
    last = quote.start + len(body) - (1 if body[-1:] in _PAIRS.values() else 0)
    return line_start, first, last, line_end


def quoting(quote: Quote, text: str) -> str:
    """How the article gives a passage, read from its quotation marks: "quoted" when all of
    it lies inside one quotation (the speaker's own words, with or without the marks),
    "partly" when it holds a quotation within the reporter's words, "reported" when it is
    the reporter's own words, a paraphrase ("The commission denied the allegations.")."""
    line_start, first, last, line_end = _edges(quote, text)
    awaited = _open_quotation(text[line_start:first])
    if awaited and awaited in text[last:line_end] and not any(
            mark in text[first:last] for mark in _DOUBLE):
        return "quoted"
    if any(mark in text[quote.start:quote.end] for mark in _DOUBLE):
        return "partly"
    return "reported"


def quotation_marks(quote: Quote, text: str) -> tuple[str, str]:
    """The marks the article opens and closes the passage's quotation with: « and » in a
    Russian article, „ and “ in a Ukrainian one that uses them; English's where none is open."""
    line_start, first, _, _ = _edges(quote, text)
    awaited = _open_quotation(text[line_start:first])
    if awaited is None:
        return "“", "”"
    return next(opener for opener, closer in _PAIRS.items() if closer == awaited), awaited


class Segment(NamedTuple):
    """A stretch of one paragraph of the article with a single owner, or none."""

    text: str
    side: str | None = None  # claim, response or other; None for plain text
    speaker: Speaker | None = None
    opens: bool = False  # first segment of its passage: shows the side's marker


def highlight(text: str, passages: Iterable[tuple[str, Speaker, Quote]]) -> list[list[Segment]]:
    """The article as paragraphs of segments. Where passages overlap, the claim wins over a
    response, and a response over other statements, so each character has one side.
    Works on the passages' edges, not on every character: an article has thousands of
    characters but only dozens of edges, and the stretch between two edges has one owner."""
    ranked = sorted(passages, key=lambda p: (SIDE_ORDER[p[0]], p[2].start))
    edges = sorted({edge for _, _, q in ranked for edge in (q.start, q.end)})
    # owner[k]: the highest-ranked passage covering the stretch from edges[k - 1] to edges[k]
    # (None before the first edge and after the last): character i's is at bisect_right(edges, i)
    owner: list[int | None] = [None] * (len(edges) + 1)
    for i, (_, _, q) in enumerate(ranked):
        for k in range(bisect_right(edges, q.start), bisect_right(edges, q.end)):
            if owner[k] is None:
                owner[k] = i

    def segment(start: int, end: int, who: int | None, opens: bool) -> Segment:
        if who is None:
            return Segment(text[start:end])
        side, speaker, _ = ranked[who]
        return Segment(text[start:end], side, speaker, opens)

    paragraphs: list[list[Segment]] = []
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if line.strip():  # blank lines only separate paragraphs
            k = bisect_right(edges, offset)  # the stretch the line starts in
            start, who = offset, owner[k]
            # a passage running on from the line before does not open again
            opens = offset == 0 or owner[bisect_right(edges, offset - 1)] != who
            segments: list[Segment] = []
            while k < len(edges) and edges[k] < end:  # each edge inside the line
                k += 1
                if owner[k] != who:
                    segments.append(segment(start, edges[k - 1], who, opens))
                    start, who, opens = edges[k - 1], owner[k], True
            segments.append(segment(start, end, who, opens))
            paragraphs.append(segments)
        offset = end + 1
    return paragraphs


def highlighted(paragraphs: Iterable[Iterable[Segment]], side_labels: Mapping[str, str],
                side_marks: Mapping[str, str], interface: str = "") -> list[Markup]:
    """The paragraphs of ``highlight`` as HTML: their text escaped, each annotated passage in a
    <mark> titled with its side and speaker; a passage's first segment starts with the side's
    letter (``side_marks``) and, for screen readers, its side and speaker in words, marked as
    in the ``interface`` language when that is not the article's."""
    tags: dict[tuple[str, str, bool], str] = {}  # each opening tag made once a page
    lang = f' lang="{escape(interface)}"' if interface else ""

    def tag(side: str, name: str, opens: bool) -> str:
        label, name = escape(side_labels[side]), escape(name)
        html = f'<mark class="hl hl-{escape(side)}" title="{label}: {name}">'
        if opens:
            html += (f'<span class="hl-tag" aria-hidden="true">{escape(side_marks[side])}</span>'
                     f'<span class="visually-hidden"{lang}>[{label}, {name}:] </span>')
        return html

    paragraphs_html: list[Markup] = []
    for paragraph in paragraphs:
        parts: list[str] = []
        for text, side, speaker, opens in paragraph:
            if side is None or speaker is None:
                parts.append(escape(text))
                continue
            key = (side, speaker.name, opens)
            if key not in tags:
                tags[key] = tag(*key)
            parts += (tags[key], escape(text), "</mark>")
        paragraphs_html.append(Markup("".join(parts)))
    return paragraphs_html

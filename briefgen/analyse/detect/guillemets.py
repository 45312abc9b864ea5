"""Quotations as Ukrainian and Russian news write them (lexicons with ``dash_speech``): «…»
with „…“ or “…” inside it, a tag inside a quotation between dashes («А, — сказав він. — Б»),
direct speech led by a dash (— А, — сказав він.), and names in guillemets that are no
quotations (компанія «Міст-Будсервіс»)."""

from __future__ import annotations

import itertools
import re

from briefgen.analyse.detect.lexicon import Lexicon

_MARKS = re.compile(r"[«»„“”\"]")
_CLOSER = {"«": "»", "„": "“", "“": "”", '"': '"'}
# A dash tag opens: a comma, or a question or exclamation mark, then a dash and a lower-case
# word (the verb): "…тому, — сказав", "…зараз?» — запитав".
_TAG_OPEN = re.compile(r"(?:,|(?<=[!?…]))\s*[—–]\s+(?=[^\W\d_])")
# and ends with a stop or a comma before the dash that goes on with the quotation
_TAG_CLOSE = re.compile(r"[.,]\s*[—–]\s+")
_DASH_LINE = re.compile(r"\s*[—–]\s+")
_DASH = re.compile(r"[—–]")
_SENTENCE_MARK = re.compile(r"[.,!?;:…]")
_COLON_BEFORE = re.compile(r":\s*$")
_TAG_AFTER = re.compile(r"\s*,?\s*[—–]\s")


def find_quotations(text: str, lex: Lexicon) -> tuple[list[tuple[int, int]],
                                                      list[tuple[int, int]]]:
    """(opening mark, closing mark) index pairs of the quotations, and the spans of the names
    in guillemets (without their marks). A quotation left open ends with its line; a dash-led
    quotation opens at its dash and closes at the comma (or after the ! or ?) before its tag."""
    quotations: list[tuple[int, int]] = []
    names: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        pairs = _marked(line, continued=offset > 0)
        spoken = _dash_led(line, pairs)
        for a, b in pairs:
            if _is_name(line, a, b, lex):
                names.append((offset + a + 1, offset + b))
                continue
            parts = _split_at_tag(line, a, b)
            quotations.extend((offset + x, offset + y) for x, y in parts)
            for (_, tag_start), (tag_end, _) in itertools.pairwise(parts):
                tag = line[:tag_end]  # a name in the tag: "— пояснив аналітик «Кіберварти» X. —"
                names.extend((offset + x + 1, offset + y)
                             for x, y in _marked(tag, continued=False)
                             if x > tag_start and _is_name(tag, x, y, lex))
        quotations.extend((offset + a, offset + b) for a, b in spoken)
        offset += len(line) + 1
    quotations.sort()
    return quotations, names


def _marked(line: str, *, continued: bool) -> list[tuple[int, int]]:
    """The outermost pairs of quotation marks of a line; marks inside a quotation („…“ in
    «…») are part of it. A closing mark before any opening one closes a quotation running on
    from the paragraph before (at -1, the line break)."""
    pairs: list[tuple[int, int]] = []
    stack: list[str] = []
    opened = -1
    for match in _MARKS.finditer(line):
        i, char = match.start(), match.group()
        if stack and char == stack[-1]:
            stack.pop()
            if not stack:
                pairs.append((opened, i))
            continue
        if char in _CLOSER:
            if not stack:
                opened = i
            stack.append(_CLOSER[char])
        elif continued and not stack and not pairs:
            pairs.append((-1, i))  # » or ” closing what opened in the paragraph before
    if stack:
        pairs.append((opened, len(line)))
    return pairs


def _split_at_tag(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """A quotation with its tag inside between dashes, in its two parts: «А, — сказав
    Левицький. — Б» is «А» and «Б», the tag between them outside."""
    inner = _outer_level(line, a + 1, b)
    for tag in _TAG_OPEN.finditer(inner):
        close = _TAG_CLOSE.search(inner, tag.end())
        if close is None:
            continue
        return [(a, a + 1 + tag.start()),
                *_split_at_tag(line, a + 1 + _dash_in(close), b)]
    return [(a, b)]


def _outer_level(line: str, start: int, end: int) -> str:
    """line[start:end] with what stands inside inner quotation marks blanked, so that a dash
    or a stop inside a name in guillemets («Кіберварта») is not read as the quotation's."""
    chars = list(line[start:end])
    depth = 0
    for i, char in enumerate(chars):
        if char in "«„":
            depth += 1
        elif char in "»“" and depth:
            depth -= 1
            continue
        if depth:
            chars[i] = "_"
    return "".join(chars)


def _dash_led(line: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Direct speech led by a dash: "— А, — сказав він. — Б." is "А" and "Б"; a line of
    only "— А." is a quotation too (it goes on with the speaker before)."""
    lead = _DASH_LINE.match(line)
    if lead is None or lead.end() == len(line):
        return []
    spans = []
    start = lead.end() - len(lead.group().lstrip())  # the dash
    outer = _blank_pairs(line, pairs)
    while True:
        tag = _TAG_OPEN.search(outer, start + 1)
        if tag is None:
            spans.append((start, len(line.rstrip())))
            return spans
        spans.append((start, tag.start()))  # at the comma, or the space after a ! or ?
        close = _TAG_CLOSE.search(outer, tag.end())
        if close is None:
            return spans
        start = _dash_in(close)


def _dash_in(match: re.Match[str]) -> int:
    """Where the dash of a match of _TAG_CLOSE is."""
    return match.start() + _DASH.search(match.group()).start()


def _blank_pairs(line: str, pairs: list[tuple[int, int]]) -> str:
    chars = list(line)
    for a, b in pairs:
        for i in range(max(a, 0), min(b + 1, len(chars))):
            chars[i] = "_"
    return "".join(chars)


def _is_name(line: str, a: int, b: int, lex: Lexicon) -> bool:
    """Whether «…» holds a name rather than a quotation: one to four words, the first
    capitalised, no sentence punctuation, and no tag after it nor a colon before it
    ("компанія «Міст-Будсервіс»", "директор «Міст-Будсервісу»")."""
    if a < 0 or b >= len(line) or line[a] != "«":
        return False
    inner = line[a + 1:b]
    words = inner.split()
    if not 1 <= len(words) <= lex.longest_marked_name or not inner[:1].isupper():
        return False
    if _SENTENCE_MARK.search(inner) or _MARKS.search(inner):
        return False
    if _COLON_BEFORE.search(line, 0, a) or _TAG_AFTER.match(line, b + 1):
        return False
    return bool(line[:a].strip()) or bool(line[b + 1:].strip())

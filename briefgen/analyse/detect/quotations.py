"""Quotations: where they open and close, and the text with their words masked, so that a
verb or a name inside a quotation never counts as the frame around it."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefgen.analyse.detect.lexicon import Lexicon

_OPENERS_BEFORE = " \t([{—–-/“\"‘"


def find_quotations(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) index pairs; a quotation left open ends with its line."""
    found: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        pairs = _double_quotations(line, continued=offset > 0)
        if not pairs and "‘" in line:
            pairs = _single_quotations(line)
        found.extend((offset + a, offset + b) for a, b in pairs)
        offset += len(line) + 1
    return found


# Double quotation marks; two apostrophes are one mark too (''as some papers write''), looked
# for only on lines that have them.
_DOUBLE_MARKS = re.compile(r"[“”«»\"]")
_DOUBLE_MARKS_OR_TWO = re.compile(r"''|[“”«»\"]")


def _double_quotations(line: str, *, continued: bool = False) -> list[tuple[int, int]]:
    """The line's quotation pairs. A closing mark before any opening one closes a quotation
    that runs on from the paragraph before (news style): it opens at -1, the line break, when
    there is one (``continued``)."""
    pairs = []
    opened = -1
    closer = ""
    inner = False  # a curly quotation open inside a straight one
    marks = _DOUBLE_MARKS_OR_TWO if "''" in line else _DOUBLE_MARKS
    for match in marks.finditer(line):
        i, char = match.start(), match.group()
        if continued and not pairs and opened < 0 and char in "”»":
            pairs.append((-1, i))
            continue
        if char == "''":  # opens at its first apostrophe, closes at its second
            char, i = ('"', i) if opened < 0 else ('"', i + 1)
        if opened < 0:
            if char in "“«":
                opened, closer = i, "”" if char == "“" else "»"
            elif char == '"':
                opened, closer, inner = i, '"', False
        elif closer == '"' and char in "“”" and (char == "“" or inner):
            inner = char == "“"  # "…“Shark Tank.” But…": a quotation inside a straight one
        elif char == closer or (closer in '"”' and _closes(line, i, char)):
            pairs.append((opened, i))
            opened = -1
    if opened >= 0:  # news style: a quotation running on into the next paragraph is not closed
        pairs.append((opened, len(line)))
    return pairs


def _closes(line: str, i: int, char: str) -> bool:
    """Whether a double quotation mark of the other style closes a quotation, as careless
    typing has it: '"Nothing," ”' after a straight one, or “…,“ said Ruiz, an opening mark
    after the punctuation that ends a quotation, before a space."""
    if char in '"”':
        return True
    return char == "“" and line[i - 1:i] in ",.?!" and line[i + 1:i + 2] in (" ", "")


def split_with_marks(text: str, quotations: list[tuple[int, int]],
                     split: Callable[[str], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """``split(text)``, the sentence splitter, shown each quotation's two-apostrophe marks as
    an ordinary double quote (''We won,'' she said: "We won," she said), which it knows."""
    if "''" not in text:
        return split(text)
    chars = list(text)
    openers = set()
    for start, end in quotations:
        if text.startswith("''", start):
            chars[start:start + 2] = ' "'
            openers.add(start + 1)
        if end > 0 and text.startswith("''", end - 1):
            chars[end - 1:end + 1] = '""'
    return [(start - 1 if start in openers else start, end)
            for start, end in split("".join(chars))]


def _single_quotations(line: str) -> list[tuple[int, int]]:
    """British style ‘…’. A ’ inside a word is an apostrophe, and ‘s’ + space + a lower-case
    word is a plural possessive (athletes’ rights) when a later ’ can close the quotation."""
    pairs = []
    i = 0
    while True:
        start = line.find("‘", i)
        if start < 0:
            return pairs
        if start > 0 and line[start - 1] not in _OPENERS_BEFORE:
            i = start + 1
            continue
        end = -1
        j = start + 1
        while True:
            j = line.find("’", j)
            if j < 0:
                break
            after = line[j + 1:j + 2]
            if after.isalnum():
                j += 1
                continue
            if (line[j - 1] == "s" and line[j + 1:j + 3].strip()[:1].islower()
                    and line.find("’", j + 1) >= 0):
                j += 1
                continue
            end = j
            break
        if end < 0:
            return pairs
        pairs.append((start, end))
        i = end + 1



def merge_quoted(text: str, sentences: list[tuple[int, int]],
                 quotations: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Sentences, with those a quotation runs over made one (“A. B,” she said.), and a quoted
    question or exclamation kept with the tag after it (“Why now?” Wijaya asked.)."""
    closing = {end for _, end in quotations}
    merged: list[tuple[int, int]] = []
    q = 0
    for start, end in sentences:
        if merged:
            boundary = merged[-1][1]
            while q < len(quotations) and quotations[q][1] < boundary:
                q += 1
            # (a quotation left open ends with its line: it runs over no line break)
            inside = q < len(quotations) and quotations[q][0] < boundary < quotations[q][1]
            question = (boundary - 1 in closing and _mark_before(text, boundary - 1) in "?!"
                        and lex.question_tag.match(text, start))
            if inside or question:
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


def _mark_before(text: str, closing: int) -> str:
    """The punctuation before a closing quotation mark (” or '')."""
    return text[max(0, closing - 2):closing].rstrip("'")[-1:]


_MARKS = re.compile(r"[“”«»\"]")
_ALNUM = re.compile(r"[^\W_]")


def mask(text: str, quotations: list[tuple[int, int]]) -> str:
    """The text with the letters and digits of quotations replaced by "#", same length, and
    its quotation marks made “ and ”, so that any other ’ or " is not a quotation mark."""
    masked = _MARKS.sub("'", text)
    parts = []
    done = 0
    for start, end in quotations:
        parts.append(masked[done:start])
        parts.append("“")
        parts.append(_ALNUM.sub("#", masked[start + 1:end]))
        done = end
        if end < len(masked) and masked[end] != "\n":
            parts.append("”")
            done = end + 1
    parts.append(masked[done:])
    return "".join(parts)

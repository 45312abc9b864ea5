"""Split news text into sentences, as character spans.

A full stop ends a sentence only when what follows starts a new one and what precedes
is not an abbreviation ("Mr.", "U.S.", "Jan.") or an initial ("John F. Kennedy").
Closing quote marks and brackets stay with the sentence they close.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ABBREVIATIONS_TEXT = """
mr mrs ms dr prof sr jr st mt gen col lt capt cmdr adm sgt maj gov sen rep rev hon pres
supt insp det fr vol vs etc inc ltd corp co bros dept univ approx est fig al
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
u.s u.k u.n e.u u.s.a a.m p.m e.g i.e d.c
"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())

# A candidate end: terminal punctuation, any closers, then space and a likely sentence start.
# ("[.!?][.!?]*" rather than "[.!?]+": a pattern that starts with a character set lets re skip
# straight to the next mark. In _WORD_BEFORE the lookbehind fails at once inside a word, so the
# search tries only the start of each word in full.)
_END = re.compile(r"""[.!?][.!?]*["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9À-ÖØ-Þ])"""
                  r"""|[.!?][.!?]*["'”’)\]]*$""")
_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.]+)\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``; a line break always ends a sentence."""
    return list(_split(text))


@lru_cache(maxsize=16)  # the detector, the sourcing figures and readability split each article
def _split(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend(_split_line(line, offset))
        offset += len(line) + 1
    return tuple(spans)


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = _skip_space(line, 0)
    for match in _END.finditer(line):
        end = match.end()
        dot = match.start() + 1
        # the last 40 characters before the stop are all _is_abbreviation reads of them
        if line[dot - 1] == "." and _is_abbreviation(line[max(start, dot - 40):dot], line, end):
            continue
        if end > start:
            spans.append((offset + start, offset + end))
        start = _skip_space(line, end)
    tail = line[start:].rstrip()
    if tail:
        spans.append((offset + start, offset + start + len(tail)))
    return spans


def _is_abbreviation(before: str, line: str, end: int) -> bool:
    """Whether the stop ending ``before`` (a sentence's last 40 characters at most: the last
    word is all we need, which keeps the split linear) ends an abbreviation, given the
    ``line`` it is in and where its candidate end is."""
    found = _WORD_BEFORE.search(before)
    if not found:
        return False
    word = found.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    if word.lower() in ("no", "nos"):  # "No. 5", but "He said no. Then..."
        after = _skip_space(line, end)
        return line[after:after + 1].isdigit()
    return word.lower() in ABBREVIATIONS


def _skip_space(line: str, index: int) -> int:
    while index < len(line) and line[index].isspace():
        index += 1
    return index

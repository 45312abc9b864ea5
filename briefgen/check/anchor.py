"""Anchor an editor's quote to the article: find its exact span despite typing differences.

Editors copy quotes from browsers, PDFs and word processors, which change quote marks,
dashes and spacing. We compare on a normalised form and map matches back to the
article's own characters, so the highlighted span is exactly what the article says.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from dataclasses import dataclass

_FOLD = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "\u2026": "...",
})
HINT_WORDS = 12


# What normalising changes: a run of whitespace, or a character that folds to another.
# A lone space between words is kept as it is, so it need not be matched at all.
# The pattern opens with one character class, which lets the regex engine skip quickly to
# the next character that can start a match (it would try an alternation at every
# character); the lookbehinds then tell which kind of character it was.
_FOLDED = "".join(chr(c) for c in _FOLD)
_CHANGED = re.compile(f"[\\s{_FOLDED}](?:(?<=[^\\S ])\\s*|(?<= )\\s+|(?<=[{_FOLDED}]))")


@dataclass(frozen=True, slots=True)
class Normalised:
    """A text folded for comparison, and where each folded character came from.

    ``segments`` holds (folded start, original start, step): in a copied stretch each folded
    character is the next original one (step 1); a collapsed space or an expanded character
    maps all its folded characters to one original character (step 0). Keeping stretches
    rather than one index per character makes folding a long article cheap.
    """

    text: str
    segments: tuple[tuple[int, int, int], ...]
    starts: tuple[int, ...]

    def origin(self, index: int) -> int:
        folded, original, step = self.segments[bisect.bisect_right(self.starts, index) - 1]
        return original + (index - folded) * step

    def span(self, start: int, length: int) -> tuple[int, int]:
        """The original span of folded characters [start, start + length)."""
        return self.origin(start), self.origin(start + length - 1) + 1


def normalise(text: str) -> Normalised:
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    size = 0  # folded characters so far
    copied_to = len(text) - len(text.lstrip())  # original characters consumed so far
    stop = len(text.rstrip())  # whitespace at either end is dropped

    def copy(until: int) -> None:
        nonlocal size
        if until > copied_to:
            segments.append((size, copied_to, 1))
            parts.append(text[copied_to:until])
            size += until - copied_to

    for match in _CHANGED.finditer(text, copied_to, stop):
        copy(match.start())
        changed = match.group()
        folded = " " if changed[0].isspace() else changed.translate(_FOLD)
        if folded:
            segments.append((size, match.start(), 0))
            parts.append(folded)
            size += len(folded)
        copied_to = match.end()
    copy(stop)
    return Normalised("".join(parts), tuple(segments), tuple(f for f, _, _ in segments))


def fold(text: str) -> str:
    return " ".join(text.translate(_FOLD).split())  # split() drops every run of whitespace


def find_all(article: Normalised, quote: str) -> list[tuple[int, int]]:
    """Every original span at which the quote occurs, in order."""
    needle = fold(quote)
    if not needle:
        return []
    spans = []
    text = article.text
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        # "he said" must not match inside "She said": a quote starts and ends at word edges
        inside_word = (needle[0].isalnum() and start > 0 and text[start - 1].isalnum()) or (
            needle[-1].isalnum() and end < len(text) and text[end].isalnum())
        if not inside_word:
            spans.append(article.span(start, len(needle)))
        start = text.find(needle, start + 1)
    return spans


def closest_passage(article_text: str, quote: str) -> str | None:
    """The article's passage most like the quote, for a helpful error; None if nothing is close.

    A long quote is placed by its first HINT_WORDS words, so that the search costs the same
    for any quote however long (a 300-word quote took seconds on a long article)."""
    needle_words = fold(quote).lower().split()
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", article_text)]
    if not words:
        return None
    folded = _folded_words(article_text)
    needle = " ".join(needle_words[:HINT_WORDS])
    width = max(1, min(len(needle_words), HINT_WORDS))
    best, best_score = 0, 0.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle)
    for i in range(max(1, len(words) - width + 1)):
        matcher.set_seq1(" ".join(folded[i:i + width]))
        if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
            continue
        score = matcher.ratio()
        if score > best_score:
            best, best_score = i, score
    if best_score < 0.5:
        return None
    last = min(len(words), best + max(1, len(needle_words))) - 1
    return article_text[words[best][0]:words[last][1]]


@functools.lru_cache(maxsize=4)
def _folded_words(article_text: str) -> tuple[str, ...]:
    """The article's words, folded and lowercased once for all the quotes of a brief."""
    return tuple(fold(m.group()).lower() for m in re.finditer(r"\S+", article_text))

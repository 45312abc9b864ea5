"""Anchor an editor's quote to the article: find its exact span despite typing differences.

Editors copy quotes from browsers, PDFs and word processors, which change quote marks,
dashes and spacing. We compare on a normalised form and map matches back to the
article's own characters, so the highlighted span is exactly what the article says.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_FOLD = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "\u2026": "...",
})
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Normalised:
    """A text folded for comparison, with each folded character's index in the original."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, length: int) -> tuple[int, int]:
        """The original span of folded characters [start, start + length)."""
        return self.origin[start], self.origin[start + length - 1] + 1


def normalise(text: str) -> Normalised:
    chars: list[str] = []
    origin: list[int] = []
    in_space = True  # drops leading whitespace
    for index, char in enumerate(text):
        if char.isspace():
            if not in_space:
                chars.append(" ")
                origin.append(index)
            in_space = True
            continue
        in_space = False
        for folded in char.translate(_FOLD):
            chars.append(folded)
            origin.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return Normalised("".join(chars), tuple(origin))


def fold(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


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
    """The article's passage most like the quote, for a helpful error; None if nothing is close."""
    needle = fold(quote)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", article_text)]
    width = max(1, len(needle.split()))
    if not words:
        return None
    best, best_score = None, 0.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle.lower())
    for i in range(max(1, len(words) - width + 1)):
        j = min(len(words), i + width) - 1
        window = article_text[words[i][0]:words[j][1]]
        matcher.set_seq1(fold(window).lower())
        if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
            continue
        score = matcher.ratio()
        if score > best_score:
            best, best_score = window, score
    return best if best_score >= 0.5 else None

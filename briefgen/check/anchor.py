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
from collections import Counter, defaultdict
from dataclasses import dataclass

_FOLD = str.maketrans({
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "\u2026": "...",
})
HINT_WORDS = 12
# The closest passage: the longest piece of a word compared as one (no word of ordinary prose
# is longer), and how many passages are compared in full at most.
PIECE = 24
COMPARED = 40


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

    Passages are compared a word at a time; a long word (text without spaces, as Chinese is
    written) counts as pieces of PIECE characters. A long quote is placed by its first
    HINT_WORDS words. So each comparison is of a few hundred characters at most, whatever the
    text. Every passage is first given a cheap upper bound of its likeness (the characters
    it shares with the quote, counted in one pass over the article), and only the most
    promising, at most COMPARED of them, are compared in full: the search reads the article
    once and compares a bounded number of passages, on any text."""
    needle_words = _pieces(fold(quote).lower())
    words = _article_words(article_text)
    if not words or not needle_words:
        return None
    folded = [word for word, _, _ in words]
    needle = " ".join(needle_words[:HINT_WORDS])
    width = min(len(needle_words), HINT_WORDS)
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle)
    best, best_score = 0, 0.0
    for bound, i in _promising(folded, needle, width)[:COMPARED]:
        if bound < best_score:
            break  # no passage left can be more alike
        matcher.set_seq1(" ".join(folded[i:i + width]))
        score = matcher.ratio()
        if score > best_score or (score == best_score and i < best):
            best, best_score = i, score
    if best_score < 0.5:
        return None
    last = min(len(words), best + len(needle_words)) - 1
    return article_text[words[best][1]:words[last][2]]


def _promising(words: list[str], needle: str, width: int) -> list[tuple[float, int]]:
    """Each passage of ``width`` words (by its first word) that could be alike enough to
    show, with an upper bound of its likeness (difflib's quick_ratio), most promising first.

    The bound counts the characters the passage shares with the needle, kept up to date as
    the passage slides a word along: one pass over the article's characters in all."""
    # What the passage could still match of each of the needle's characters: below zero it
    # holds more of that character than the needle (any character not in it, at once).
    room: defaultdict[str, int] = defaultdict(int, Counter(needle.replace(" ", "")))
    shared = length = 0  # in the current passage, spaces left out
    spaces = min(needle.count(" "), width - 1)  # a full passage and the needle share these
    found = []
    for i in range(max(1, len(words) - width + 1)):
        if i:  # the passage slides a word along: one word leaves it, the next comes in
            for char in words[i - 1]:
                left = room[char] + 1
                room[char] = left
                if left > 0:
                    shared -= 1
            length -= len(words[i - 1])
        for word in words[i + width - 1:i + width] if i else words[:width]:
            for char in word:
                left = room[char]
                if left > 0:
                    shared += 1
                room[char] = left - 1
            length += len(word)
        gaps = min(width, len(words) - i) - 1
        bound = 2 * (shared + min(spaces, gaps)) / (length + gaps + len(needle))
        if bound >= 0.5:  # below, the passage could not be shown anyway
            found.append((-bound, i))
    found.sort()
    return [(-bound, i) for bound, i in found]


def _pieces(text: str) -> list[str]:
    """The words of folded text, a long one cut into pieces of PIECE characters."""
    return [word[i:i + PIECE] for word in text.split() for i in range(0, len(word), PIECE)]


@functools.lru_cache(maxsize=4)
def _article_words(article_text: str) -> tuple[tuple[str, int, int], ...]:
    """The article's words (long ones in pieces), folded and lowercased, with where each is
    in the article: once for all the quotes of a brief. (A word holds no space, so folding
    it is only translating it.)"""
    found = []
    for match in re.finditer(r"\S+", article_text):
        start, end = match.span()
        if end - start <= PIECE:
            found.append((match.group().translate(_FOLD).lower(), start, end))
            continue
        for piece in range(start, end, PIECE):
            stop = min(piece + PIECE, end)
            found.append((article_text[piece:stop].translate(_FOLD).lower(), piece, stop))
    return tuple(found)

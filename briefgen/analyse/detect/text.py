"""Small readings of text that every rule shares: its words, and the first or last of them.
Nothing here depends on the language beyond its alphabet."""

from __future__ import annotations

import functools
import re

WORD = re.compile(r"[\w’'\-]+")
_WORD_AT_START = re.compile(r"\s*([\w’'\-#]+)")  # last_word matches it on the text reversed


@functools.lru_cache(maxsize=8192)
def lower_words(text: str) -> tuple[str, ...]:
    """Lower-case words without a possessive 's (cached: the same phrases are read often)."""
    words = [w.lower() for w in WORD.findall(text)]
    if "’" not in text and "'" not in text:
        return tuple(words)  # no possessive to take off: the common case, done at once
    return tuple(w.removesuffix("’s").removesuffix("'s") for w in words)


def first_word(text: str) -> str:
    match = _WORD_AT_START.match(text)
    return match.group(1) if match else ""


def last_word(text: str) -> str:
    # Read backwards from the end (a search for "…\s*$" would try every position), and
    # only the end: the last 60 characters.
    match = _WORD_AT_START.match(text[-60:][::-1])
    return match.group(1)[::-1] if match else ""


def contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` appears in ``full`` as consecutive words."""
    n = len(part)
    return any(full[i:i + n] == part for i in range(len(full) - n + 1))

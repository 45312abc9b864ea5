"""Text helpers: slugs, briefgen's quote folding, and YAML scalars, folded values and quotes."""

from __future__ import annotations

import json
import random
import re
import unicodedata

WRAP = 96  # YAML line width

# briefgen's quote folding (briefgen/anchor.py), plus the line break it reads as a space.
_FOLD = (*((c, "'") for c in "\u2018\u2019\u201a\u201b\u2032\u00b4`"),
         *((c, '"') for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"),
         *((c, "-") for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"),
         ("\u2026", "..."), ("\n", " "))
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_PLAIN = re.compile(r"[A-Za-z][^\n\t#:\"{}\[\]]*[^\s:]")
_YAML_WORDS = frozenset(("yes", "no", "true", "false", "on", "off", "null", "y", "n"))


def ascii_slug(text: str, words: int = 0) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    parts = re.findall(r"[a-z0-9]+", plain)
    return "-".join(parts[:words] if words else parts)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def fold(text: str) -> str:
    """The text as briefgen compares quotes (str.replace: translate is ten times slower)."""
    for char, folded in _FOLD:
        if char in text:
            text = text.replace(char, folded)
    return text


def occurs_once(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs exactly once in ``haystack``, counting overlapping matches."""
    first = haystack.find(needle)
    return first != -1 and haystack.find(needle, first + 1) == -1


def pasted(rng: random.Random, quote: str) -> str:
    """A quote as an editor pastes it: now and then with straight quote marks."""
    return quote.translate(_STRAIGHTEN) if rng.random() < 0.3 else quote


def scalar(text: str) -> str:
    """``text`` as a one-line YAML scalar: plain where YAML reads it back unchanged."""
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def text_value(key: str, text: str, indent: str) -> list[str]:
    """``key: text``, folded over several lines (``>-``) when it is long."""
    head = f"{indent}{key}: "
    if len(head) + len(text) <= WRAP or "\n" in text or "  " in text:
        return [head + scalar(text)]
    inner = indent + "  "
    return [f"{indent}{key}: >-", *(inner + line for line in wrap(text, WRAP - len(inner)))]


def quote_items(quotes: list[str], indent: str) -> list[str]:
    lines = [f"{indent}quotes:"]
    for quote in quotes:
        if len(indent) + 4 + len(quote) <= WRAP:
            lines.append(f"{indent}  - {scalar(quote)}")
        else:
            inner = indent + "    "
            lines.append(f"{indent}  - >-")
            lines.extend(inner + line for line in wrap(quote, WRAP - len(inner)))
    return lines

"""Split news text into sentences, as character spans.

A full stop ends a sentence only when what follows starts a new one and what precedes
is not an abbreviation ("Mr.", "U.S.", "Jan.", "вул.") or an initial ("John F. Kennedy",
"В. П. Сомов"). Closing quote marks and brackets stay with the sentence they close. What may
start a sentence, which marks close one and which words are abbreviations depend on the
language (data/sentences.toml): Ukrainian and Russian sentences start with Cyrillic capitals,
after «, „ or a dialogue dash, and a stop inside a dash tag ("«А, — сказав він. — Б»") ends
no sentence.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from briefgen.model import language_root

_DATA = Path(__file__).parent / "data" / "sentences.toml"


@dataclass(frozen=True, slots=True)
class _Rules:
    """How one language's sentences end (see data/sentences.toml)."""

    end: re.Pattern[str]
    abbreviations: frozenset[str]
    dash_speech: bool


@functools.cache
def _tables() -> dict[str, dict]:
    return tomllib.loads(_DATA.read_text(encoding="utf-8"))


@functools.cache
def _rules(language: str) -> _Rules:
    tables = _tables()
    table = tables.get(language_root(language)) or tables["default"]
    starts, dash = table["starts"], table["dash_speech"]
    openers, closers = re.escape(table["openers"]), re.escape(table["closers"])
    # A candidate end: terminal punctuation, any closers, then space and a likely sentence
    # start. ("[.!?][.!?]*" rather than "[.!?]+": a pattern that starts with a character set
    # lets re skip straight to the next mark.)
    dialogue = rf"|\s+[—–]\s+[{starts}]" if dash else ""
    end = re.compile(rf"[.!?][.!?]*[{closers}]*(?=\s+[{openers}]?[{starts}]{dialogue})"
                     rf"|[.!?][.!?]*[{closers}]*$")
    return _Rules(end, frozenset(table["abbreviations"].split()), dash)


ABBREVIATIONS = _rules("en").abbreviations  # what the methodology page lists
_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.]+)\.$")
# In the search for _WORD_BEFORE the lookbehind fails at once inside a word, so it tries only
# the start of each word in full.
_DASH_AFTER = re.compile(r"\s+[—–]")
# A dash tag: a dash after a comma or a quotation's last mark, then a lower-case word, the
# verb ("…тому, — сказав Литвиненко." and "«Чому?» — запитав він.").
_DASH_TAG = re.compile(r"[,!?…»“”\"]\s*[—–]\s+([^\W\d_])")


def split_sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, written in ``language`` (a code: "en", "uk"…);
    a line break always ends a sentence."""
    return list(_split(text, language))


# the detector, the sourcing figures and readability split each article
@functools.lru_cache(maxsize=16)
def _split(text: str, language: str) -> tuple[tuple[int, int], ...]:
    rules = _rules(language)
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend(_split_line(line, offset, rules))
        offset += len(line) + 1
    return tuple(spans)


def _split_line(line: str, offset: int, rules: _Rules) -> list[tuple[int, int]]:
    spans = []
    start = _skip_space(line, 0)
    for match in rules.end.finditer(line):
        end = match.end()
        dot = match.start() + 1
        # the last 40 characters before the stop are all _is_abbreviation reads of them
        if line[dot - 1] == "." and _is_abbreviation(line[max(start, dot - 40):dot], line, end,
                                                     rules.abbreviations):
            continue
        if rules.dash_speech and _inside_dash_tag(line, start, match.start(), end):
            continue
        if end > start:
            spans.append((offset + start, offset + end))
        start = _skip_space(line, end)
    tail = line[start:].rstrip()
    if tail:
        spans.append((offset + start, offset + start + len(tail)))
    return spans


def _inside_dash_tag(line: str, start: int, stop: int, end: int) -> bool:
    """Whether a stop before a dash ends the tag of a quotation that goes on after it
    ("«А, — сказав Левицький. — Б»"): the words since the sentence began hold a dash tag."""
    if not _DASH_AFTER.match(line, end):
        return False
    return any(tag.group(1).islower() for tag in _DASH_TAG.finditer(line, start, stop))


def _is_abbreviation(before: str, line: str, end: int, abbreviations: frozenset[str]) -> bool:
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
    return word.lower() in abbreviations


def _skip_space(line: str, index: int) -> int:
    while index < len(line) and line[index].isspace():
        index += 1
    return index

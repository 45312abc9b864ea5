"""Noun phrases and clauses in a sentence's masked text: where a clause ends, its comma-
separated parts, where a subject starts, a phrase's head noun, and whether a part looks like a
name, a role or an apposition."""

from __future__ import annotations

import bisect
import functools
import re

from briefgen.analyse.detect.lexicon import BRACKETS_AT_END, DATELINE, Lexicon
from briefgen.analyse.detect.text import WORD, lower_words

_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)
def norm(name: str, lex: Lexicon) -> str:
    """A name for comparison: no case, article or note in brackets ("Experts (unnamed)")."""
    low = name.lower().replace("’", "'").strip()
    low = lex.article_start.sub("", low)
    low = BRACKETS_AT_END.sub("", low)
    return _SPACES.sub(" ", low)


@functools.lru_cache(maxsize=16)
def _clause_end_re(extra: str, commas: bool, lex: Lexicon) -> re.Pattern[str]:
    pattern = (r"\.(?!\d)|[;:!?“”(]|\b" + lex.complementizer + r"\b|\s[—–]\s"
               + (r"|,(?!\d)" if commas else ""))
    return re.compile(pattern + ("|" + extra if extra else ""))


def clause_end(frame: str, start: int, lex: Lexicon, *, extra: str = "", commas: bool = True
               ) -> int:
    """Where the clause from ``start`` ends: at punctuation, a quotation or "that"."""
    pattern = _clause_end_re(extra, commas, lex)
    match = pattern.search(frame, start)
    # an abbreviation or initial does not end a noun phrase: "Mr. Marsh", "U.S."
    while match and frame[match.start()] == "." and match.start() + 1 < len(frame) and (
            lex.abbreviation_before.search(frame, 0, match.start())):
        match = pattern.search(frame, match.start() + 1)
    return match.start() if match else len(frame)


_CHUNK_MARKS = re.compile(r"[()\[\],]")


def chunks(frame: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The comma-separated parts of frame[lo:hi] (not splitting inside brackets), stripped."""
    parts = []
    depth = 0
    start = lo
    for mark in _CHUNK_MARKS.finditer(frame, lo, hi):  # only brackets and commas matter
        i = mark.start()
        char = mark.group()
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0 and not (frame[i - 1:i].isdigit()
                                                   and frame[i + 1:i + 2].isdigit()):
            parts.append((start, i))
            start = i + 1
    parts.append((start, hi))
    out = []
    for s, e in parts:
        while s < e and frame[s].isspace():
            s += 1
        while e > s and frame[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def join_lists(frame: str, parts: list[tuple[int, int]], lex: Lexicon
               ) -> list[tuple[int, int]]:
    """"nurses in Surulere, Alimosho and Ikorodu": a list of names is one part."""
    if len(parts) >= 2:
        last = frame[parts[-1][0]:parts[-1][1]]
        before = frame[parts[-2][0]:parts[-2][1]]
        if lex.name_list.fullmatch(last) and lex.place_before_list.search(before):
            return [*parts[:-2], (parts[-2][0], parts[-1][1])]
    return parts


_BULLET = re.compile(r"[-*•>\s]+")
_MASKED_WORD = re.compile(r"[\w’'\-#]+")


def trim_left(frame: str, lo: int, hi: int, lex: Lexicon) -> int:
    """Drop what precedes a subject in its clause: connectives, a dateline, a subordinator
    ("after German prosecutors"), a noun the source's clause describes ("an allegation the
    ministry")."""
    return lo + _subject_start(frame[lo:hi], lex)


@functools.lru_cache(maxsize=4096)
def _subject_start(text: str, lex: Lexicon) -> int:
    """Where the subject starts in a clause (see _trim_left); cached: the same clauses recur
    ("the company", "he")."""
    lo = 0
    bullet = _BULLET.match(text)  # a list item: "- Peskov stressed…"
    if bullet:
        lo += bullet.end()
        text = text[bullet.end():]
    dateline = DATELINE.match(text)
    if dateline:
        lo += dateline.end()
        text = text[dateline.end():]
    connective = lex.connectives.match(text)
    if connective:
        lo += connective.end()
        text = text[connective.end():]
    cut = 0
    for match in lex.subordinators.finditer(text):
        if match.group().lower() == lex.as_word and lex.such_before.search(text[:match.start()]):
            continue
        cut = match.end()
    # A subject starts at an article or a pronoun after a word that does not govern it:
    # "an allegation the ministry…". Only those words are looked at, found by lex.np_opener.
    tokens = list(_MASKED_WORD.finditer(text))
    starts = [token.start() for token in tokens]
    for opener in lex.np_opener.finditer(text, cut):
        i = bisect.bisect_left(starts, opener.start())
        if i == 0 or opener.start() < cut:
            continue
        previous = tokens[i - 1].group().lower()
        if previous not in lex.prepositions and previous not in lex.determiners \
                and previous not in lex.and_or and not previous[0].isdigit() \
                and previous not in lex.quantifiers:
            cut = opener.start()
    while cut < len(text) and text[cut].isspace():
        cut += 1
    return lo + cut


def strip_trailing_time(text: str, lo: int, lex: Lexicon) -> tuple[str, int]:
    stripped = _without_trailing_time(text, lex)
    return stripped, lo + len(stripped)


@functools.lru_cache(maxsize=4096)
def _without_trailing_time(text: str, lex: Lexicon) -> str:
    return lex.trailing_time.sub("", text).rstrip()


@functools.lru_cache(maxsize=4096)
def anonymity_cue(text: str, lex: Lexicon) -> bool:
    return bool(lex.anonymity.search(text))


@functools.lru_cache(maxsize=32)  # each candidate verb of a sentence asks again
def dateline_end(frame: str) -> int:
    dateline = DATELINE.match(frame)
    return dateline.end() if dateline else 0


@functools.lru_cache(maxsize=4096)
def cut_relative(text: str, lex: Lexicon) -> str:
    """"a senior official who spoke…": the noun phrase without its relative clause."""
    match = lex.relative_clause.search(text)
    return text[:match.start()].rstrip() if match else text.rstrip()


@functools.lru_cache(maxsize=4096)
def head(np: str, lex: Lexicon) -> str:
    """The head noun: the last word before a postmodifier ("officials familiar with…"); a
    participle right after a determiner is an adjective ("the unsigned opinion")."""
    cut = lex.postmodifier.search(np)
    while cut and all(w in lex.determiners for w in lower_words(np[:cut.start()])):
        cut = lex.postmodifier.search(np, cut.end())
    words = lower_words(np[:cut.start()] if cut else np)
    words = [w for w in words if w and w != "#"]
    if not words:
        return ""
    last = words[-1]
    if np[:cut.start() if cut else len(np)].rstrip().endswith(")") and len(words) > 1:
        last = words[-2]  # "the League (DPL)"
    return last


@functools.lru_cache(maxsize=4096)
def np_like(text: str, lex: Lexicon) -> bool:
    """Whether a part of a sentence can be a noun phrase: no verb, not a participle clause."""
    words = lower_words(text)
    if words and text.strip()[:1].islower() and (
            words[0].endswith(lex.participle_endings) or words[0] in lex.not_np_starts):
        return False  # "speaking on condition of anonymity", "signed by all six governors"
    return bool(words) and len(words) <= 16 and words[0] not in lex.prepositions and (
        words[0] not in lex.relatives) and not text[:1].isdigit() and not has_verb(text, lex)


@functools.lru_cache(maxsize=4096)
def has_verb(text: str, lex: Lexicon) -> bool:
    words = lower_words(cut_relative(text, lex))
    if not any(w in lex.aux for w in words):
        return False  # (most phrases: no need to look at the case of their words)
    # a capitalised "Will" or "May" is a name: "said Will Doyle"
    return any(w.lower() in lex.aux and not w[:1].isupper()
               for w in WORD.findall(cut_relative(text, lex)))


_ACRONYM_SUFFIX = re.compile(r"\s*\([A-Z0-9&]+\)$")


@functools.lru_cache(maxsize=4096)
def is_name(text: str, lex: Lexicon) -> bool:
    stripped = lex.the_start.sub("", text.strip())
    stripped = _ACRONYM_SUFFIX.sub("", stripped)
    if stripped.endswith(")"):  # "Rep. Ana Ruiz (D-Ohio)": the party tag is no part of it
        stripped = BRACKETS_AT_END.sub("", stripped)
    match = lex.name_run.fullmatch(stripped)
    return bool(match) and stripped.split()[0].lower() not in lex.stop_names


@functools.lru_cache(maxsize=4096)
def role_like(text: str, lex: Lexicon) -> bool:
    """A description rather than a name: "the club’s sporting director", "Its spokeswoman"."""
    text = text.strip()
    if not text or is_name(text, lex):
        return False
    words = lower_words(text)
    if words and words[0] == lex.whose:
        words = words[1:]
    return bool(words) and not has_verb(text, lex) and len(words) <= 24 and any(
        w.islower() or w in lex.person_roles for w in words) and words[0] not in lex.prepositions


@functools.lru_cache(maxsize=4096)
def apposition_like(text: str, lex: Lexicon) -> bool:
    """What may sit in commas between a source and its verb: a role, a name, an age, a
    relative clause, "for her part", "speaking on condition of anonymity"."""
    words = lower_words(text)
    if not words:
        return False
    first = words[0]
    return (first in lex.determiners or first in lex.relatives or first in lex.prepositions
            or first[0].isdigit() or first.endswith(lex.participle_endings)
            or first == lex.including or first.endswith("’s") or role_like(text, lex)
            or is_name(text, lex) or text.strip()[:1].isupper())


def apposition_pair(before: str, after: str, lex: Lexicon) -> bool:
    """Whether ``after`` can be an apposition to ``before``: a name and its role, either way,
    or anything that is apposition-like after a name."""
    if is_name(before, lex) and apposition_like(after, lex):
        return True
    if lex.quantified.fullmatch(before.strip().lower()) and apposition_like(after, lex):
        return True  # "One of them, a 34-year-old man from North Sumatra, told"
    if role_like(before, lex) and is_name(after, lex):
        return True
    if role_like(before, lex) and _bare_list(after, lex):
        return True  # "the fund's lawyer, treasurer and strategist": one list of roles
    return role_like(before, lex) and after.strip().lower().startswith(lex.whose)


def _bare_list(text: str, lex: Lexicon) -> bool:
    """Whether a part is the end of a list of roles: "treasurer and strategist"."""
    words = text.split()
    return 3 <= len(words) <= 5 and words[-2] in lex.and_or and all(
        w.isalpha() and w.islower() and w not in lex.function_words
        for w in words[:-2] + words[-1:])

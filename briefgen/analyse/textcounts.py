"""Count a text as textstat counts it, from one pass over its whitespace tokens.

textstat recomputes everything for every formula: each one re-tokenises the text, and counting
syllables re-runs its punctuation regexes on every word. Here each text is split into
whitespace tokens once, each distinct token is looked up in a per-language memo (news
vocabulary repeats heavily), and a text's counts are sums over its tokens: exactly the counts
textstat's own functions give (tests/test_readability.py compares them field by field).

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
  counted (see ``count_sentences``).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from briefgen.analyse.wordlists import cmu_syllables, easy_words, hyphenator, settings

# The memos are cleared when they outgrow these: a desk's vocabulary fits many times over,
# while a stream of never-repeating tokens (hostile input, a huge archive) cannot grow them
# without bound. Longer tokens (URLs, junk) are measured but never kept.
MEMO_ENTRIES = 100_000
MEMO_TOKEN_CHARS = 100

# textstat's apostrophes that do not start an English contraction ending ('t 's 'd 've 'll
# 're, case sensitive), from its constants.
_NONCONTRACTION_APOSTROPHE = r"\'(?![tsd]|ve|ll|re)"

# textstat's remove_punctuation(text, rm_apostrophe=False), which list_words uses: drop
# apostrophes that do not start an English contraction ending ('t 's 'd 've 'll 're, case
# sensitive: "DON'T" loses its apostrophe), then everything but word characters, spaces and
# apostrophes. The same patterns, compiled once: textstat's go through re's cache each call.
_STRAY_APOSTROPHE = re.compile(_NONCONTRACTION_APOSTROPHE)
_PUNCTUATION = re.compile(r"[^\w\s\']")
# count_letters' (rm_apostrophe=True): everything but word characters and spaces.
_NOT_LETTER = re.compile(r"[^\w\s]")
# A token's terminal punctuation (see Language._learn), and its having a word character.
_TERMINAL_RUN = re.compile(r"[.!?]+")
_WORD_CHAR = re.compile(r"\w")
SENTENCE_MIN_WORDS = 3  # textstat's count_sentences ignores pieces of fewer words
# In a text's shape, a stretch between terminal runs with that many words or more.
_FULL_SENTENCE = re.compile(f"w{{{SENTENCE_MIN_WORDS},}}")

# A token's counts are packed into one int, a field of _BITS bits each, so that a text's
# totals are one C-level sum() instead of a Python loop over its tokens. Every total is at most
# a few times the text's length, so no field can overflow into the next for any text that fits
# in memory.
_BITS = 40
_MASK = (1 << _BITS) - 1
WORD, SYLLABLES, POLY, FOG_HARD, DALE_CHALL_HARD, LETTERS, CHARS, LINSEAR = (
    _BITS * number for number in range(8))


def unpack(packed: int, shift: int) -> int:
    return (packed >> shift) & _MASK


def _clean(text: str) -> str:
    return _PUNCTUATION.sub("", _STRAY_APOSTROPHE.sub("", text))


class Language:
    """One textstat language: its constants, word lists and memos."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        # the dictionary textstat now reads, as syllable counts (its loop counts only those)
        self.cmu = cmu_syllables() if lang.split("_")[0] == "en" else None
        self.pyphen = hyphenator(lang)
        self.easy_words = easy_words(lang)
        config = settings(lang)
        self.fog_threshold = int(config["hard_word_syllables"])
        self.fre_base = float(config["flesch_base"])
        self.fre_sentence_length = float(config["flesch_sentence_length"])
        self.fre_syll_per_word = float(config["flesch_syllables_per_word"])
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
        if len(self.syllables) >= MEMO_ENTRIES:
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
            return chars << CHARS, shape
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
            1 << WORD
            | total << SYLLABLES
            | (per_word >= 3) << POLY  # count_polysyllable_words
            | (hard and per_lower >= self.fog_threshold) << FOG_HARD  # Gunning fog's
            | hard << DALE_CHALL_HARD  # Dale–Chall's: threshold 0, which every count meets
            | len(_NOT_LETTER.sub("", token)) << LETTERS  # count_letters
            | chars << CHARS
            | linsear << LINSEAR
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
        if len(counts) + len(missing) > MEMO_ENTRIES:
            counts.clear()
            shapes.clear()
            missing = set(tokens)
        fresh = {token: self._learn(token) for token in missing}
        room = MEMO_ENTRIES - len(counts)
        kept = 0
        for token, (packed, shape) in fresh.items():
            if kept < room and len(token) <= MEMO_TOKEN_CHARS:
                counts[token] = packed
                shapes[token] = shape
                kept += 1
        if kept == len(fresh):  # all in the memo now: the fast path again
            return list(map(counts.__getitem__, tokens)), list(map(shapes.__getitem__, tokens))
        found = [fresh.get(token) or (counts[token], shapes[token]) for token in tokens]
        return [packed for packed, _ in found], [shape for _, shape in found]


def count_sentences(text: str, shapes: list[str]) -> int:
    r"""textstat's count_sentences of the text these are the token shapes of.

    It takes each run of text from a word character to the end of the next run of terminal
    punctuation (r"\b[^.!?]+[.!?]*") and ignores those of two words or fewer. Those words
    are the parts of whitespace tokens between two terminal runs that have a word character:
    the "w"s between two "|"s of the joined shapes. It is 0 for "", and at least 1 for any
    other text, blank or not.
    """
    return full_sentences(shapes) if text else 0


def full_sentences(shapes: list[str]) -> int:
    return max(1, len(_FULL_SENTENCE.findall("".join(shapes))))


@functools.cache
def counting(code: str) -> Language:
    """The counting of textstat's language ``code`` (see readability.textstat_language): one
    per process and language, its memos shared by every text measured."""
    return Language(code)


class Counts(NamedTuple):
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


def count(text: str, lang: Language) -> Counts:
    tokens = text.split()
    counts, shapes = lang.scan(tokens)
    totals = sum(counts)
    sentences = count_sentences(text, shapes)
    return Counts(
        words=unpack(totals, WORD),
        sentences=sentences,
        syllables=unpack(totals, SYLLABLES),
        polysyllables=unpack(totals, POLY),
        fog_difficult=unpack(totals, FOG_HARD),
        dale_chall_difficult=unpack(totals, DALE_CHALL_HARD),
        letters=unpack(totals, LETTERS),
        chars=unpack(totals, CHARS),
        tokens=len(tokens),
        linsear_write=_linsear_write(counts, shapes, totals, sentences),
    )


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
    if used > 100 and unpack(totals, WORD) >= 100:
        # Find the 100th word without a Python loop over tokens: each token adds at most one
        # word, so at least (100 - words so far) more tokens are needed, and taking exactly
        # that many ends on a word whenever it reaches 100.
        used, words, totals = 0, 0, 0
        while words < 100:
            step = 100 - words
            more = sum(counts[used:used + step])
            totals += more
            words += unpack(more, WORD)
            used += step
        sentences = full_sentences(shapes[:used])
    number = unpack(totals, LINSEAR) / sentences
    if number <= 20:
        number -= 2
    return number / 2



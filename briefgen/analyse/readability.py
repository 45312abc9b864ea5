"""Readability figures: textstat's formulas over counts made in one pass (textcounts.py), for
the languages they have been adapted to; counts true in any language for the others.

Each figure is textstat's own expression, guards and order of floating-point operations
included, so it equals what textstat's public functions return for the same text and the
same pronouncing dictionary, to the last bit (tests/test_readability.py holds every figure
to it). wordlists.py says where the syllables, easy words and constants come from.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from dataclasses import dataclass

import pyphen

from briefgen.analyse.attribution import count_words
from briefgen.analyse.sentences import split_sentences
from briefgen.analyse.textcounts import (
    SYLLABLES,
    WORD,
    Language,
    count,
    count_sentences,
    counting,
    unpack,
)
from briefgen.analyse.wordlists import published

# The formulas' constants as textstat applies them (its values, which are not always the
# published ones); the methodology page's "How we measure" is made from these.
FLESCH_KINCAID = (0.39, 11.8, 15.59)  # × words per sentence, × syllables per word, −
GUNNING_FOG = (0.4, 100)  # × (words per sentence + this × hard words per word)
SMOG = (1.043, 30, 3.1291)  # × √(this × polysyllables per sentence), +
COLEMAN_LIAU = (0.058, 0.296, 15.8)  # × letters per 100 words, × sentences per 100 words, −
AUTOMATED_READABILITY = (4.71, 0.5, 21.43)  # × characters per token, × words per sentence, −
DALE_CHALL = (0.1579, 0.0496, 5, 3.6365)  # × % hard words, × words per sentence; over 5%, +
HARDEST_MIN_WORDS = 5  # a grade for a three-word line says nothing


@dataclass(frozen=True)
class Readability:
    """How hard a text is to read. The counts hold in any language; a formula's figure is
    given only where the formula has been adapted to the text's language and published
    (``formulas`` names them, see wordlists.published), and is None elsewhere."""

    language: str  # whose published formulas apply ("en", "ru"), "" where none does
    formulas: tuple[str, ...]
    words: int
    sentences: int
    words_per_sentence: float
    letters_per_word: float
    syllables: int | None = None
    syllables_per_word: float | None = None
    flesch_reading_ease: float | None = None
    flesch_kincaid_grade: float | None = None
    gunning_fog: float | None = None
    smog_index: float | None = None
    coleman_liau_index: float | None = None
    automated_readability_index: float | None = None
    dale_chall: float | None = None
    consensus: str | None = None  # textstat's text_standard, an English grade
    reading_minutes: int | None = None  # where a reading speed is known for the language


@dataclass(frozen=True)
class HardSentence:
    text: str
    grade: float | None  # its Flesch–Kincaid grade; None where it was chosen by length
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


def measure(text: str, language: str = "en") -> Readability:
    """The readability of ``text``, written in ``language``: textstat's figures for the
    formulas published for the language, and briefgen's own counts where there are none."""
    rules = published(language)
    if not rules.formulas:
        return _counted(text, language)
    figures = _textstat_figures(text, language)
    # Only the formulas adapted to the language: another's constants would mean nothing.
    kept = {name: getattr(figures, name) if name in rules.formulas else None
            for name in FORMULAS}
    words = figures.words
    return dataclasses.replace(
        figures, **kept, language=rules.language, formulas=rules.formulas,
        consensus=figures.consensus if rules.language == "en" else None,
        reading_minutes=(max(1, math.ceil(words / rules.words_per_minute)) if words else 0)
        if rules.words_per_minute else None)


# Readability's fields that are a formula's figure.
FORMULAS = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
            "coleman_liau_index", "automated_readability_index", "dale_chall")


def _counted(text: str, language: str) -> Readability:
    """What is true in any language: briefgen's words and sentences (as the rest of a brief's
    figures count them, in the text's language), and the letters of its words."""
    words = count_words(text)
    sentences = len(split_sentences(text, language))
    letters = sum(map(str.isalpha, text))  # every letter is inside a word
    return Readability(
        language="", formulas=(), words=words, sentences=sentences,
        words_per_sentence=words / sentences if sentences else 0.0,
        letters_per_word=letters / words if words else 0.0)


def _textstat_figures(text: str, language: str) -> Readability:
    """Every figure textstat gives for ``text`` in ``language``: its counts and all its
    formulas, with the language's settings (data/readability.toml)."""
    lang = counting(textstat_language(language))
    c = count(text, lang)
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
        language="en",  # textstat's own
        formulas=FORMULAS,
        words=words,
        sentences=sentences,
        words_per_sentence=words_per_sentence,
        letters_per_word=c.letters / words if words else 0.0,
        syllables=syllables,
        syllables_per_word=syllables_per_word,
        flesch_reading_ease=reading_ease,
        flesch_kincaid_grade=kincaid,
        gunning_fog=fog,
        smog_index=smog,
        coleman_liau_index=coleman_liau,
        automated_readability_index=ari,
        dale_chall=dale_chall,
        consensus=consensus,
    )


def _flesch_reading_ease(lang: Language, words_per_sentence: float,
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
    return f"{lower}{_ordinal(lower)} and {upper}{_ordinal(upper)} grade"


def _ordinal(number: int) -> str:
    """textstat's ordinal suffix: 1st, 2nd, 3rd, 4th... 11th, 12th, 13th, 21st."""
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


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
    """The sentences with the highest Flesch–Kincaid grade, hardest first, where the grade is
    published for the language (English); elsewhere the longest sentences, by words."""
    if "flesch_kincaid_grade" not in published(language).formulas:
        return _longest_sentences(text, language, count)
    lang = counting(textstat_language(language))
    # A sentence starts and ends between whitespace tokens (see sentences.py), so its tokens
    # are a run of the whole text's, and so are their counts: scanned once, as measure() did.
    counts, shapes = lang.scan(text.split())
    scored = []
    first = 0
    for start, end in split_sentences(text):
        sentence = text[start:end]
        last = first + len(sentence.split())
        totals = sum(counts[first:last])
        words = unpack(totals, WORD)
        if words >= HARDEST_MIN_WORDS:
            # textstat's grade of this sentence alone: its own sentence count may exceed 1
            # ("It rose 3.5 per cent in the U.S. market.") and changes the figure.
            grade = _flesch_kincaid_grade(
                words / count_sentences(sentence, shapes[first:last]),
                unpack(totals, SYLLABLES) / words)
            scored.append(HardSentence(sentence, grade, words))
        first = last
    scored.sort(key=lambda s: (-s.grade, s.text))  # type: ignore[operator]
    return tuple(scored[:count])


def _longest_sentences(text: str, language: str, count: int) -> tuple[HardSentence, ...]:
    spans = split_sentences(text, language)
    found = [HardSentence(sentence, None, count_words(sentence))
             for sentence in (text[start:end] for start, end in spans)]
    found.sort(key=lambda s: (-s.words, s.text))
    return tuple(s for s in found[:count] if s.words >= HARDEST_MIN_WORDS)

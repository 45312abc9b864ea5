"""What the section "How we measure" shows, made from the code at build time: each readability
formula's constants as the code applies them beside the published ones, and what the counters
and the detector make of a few example sentences. Nothing here is written by hand that the
code could contradict: the page cannot drift from what briefgen does."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefgen.analyse import readability
from briefgen.analyse.attribution import count_words
from briefgen.analyse.detect import KINDS, MODES, detect
from briefgen.analyse.sentences import ABBREVIATIONS, split_sentences
from briefgen.analyse.textcounts import SENTENCE_MIN_WORDS
from briefgen.analyse.wordlists import Source, languages_published, settings
from briefgen.render.wording import GRADE_SCALE, LEVELS, Message

# The constants as their authors published them, in the order the code's tuples have them, by
# the Readability field each gives.
PUBLISHED: dict[str, tuple[float, ...]] = {
    "flesch_reading_ease": (206.835, 1.015, 84.6),  # Flesch 1948
    "flesch_kincaid_grade": (0.39, 11.8, 15.59),  # Kincaid, Fishburne, Rogers and Chissom 1975
    "gunning_fog": (0.4, 100),  # Gunning 1952
    "smog_index": (1.043, 30, 3.1291),  # McLaughlin 1969
    "coleman_liau_index": (0.0588, 0.296, 15.8),  # Coleman and Liau 1975
    "automated_readability_index": (4.71, 0.5, 21.43),  # Senter and Smith 1967
    "dale_chall": (0.1579, 0.0496, 5, 3.6365),  # Dale and Chall 1948
}

# Examples the page runs through the code (written for briefgen, not taken from any corpus).
SENTENCES_EXAMPLE = "Dr. Okafor arrived in the U.S. on Monday. Talks began."
WORDS_EXAMPLE = "The well-known mayor didn't say – at 9 a.m. on 3 May – that costs rose by 4.5%."
DETECTOR_EXAMPLES = (
    "Anna Kowalska denied the allegations.",
    "“We will appeal,” the company said.",
    "According to sources close to the talks, a deal is near.",
    "Experts say prices will rise.",
    "Prices will rise next year, it is believed.",
    "The figures tell a different story.",
)


@dataclass(frozen=True)
class Formula:
    key: str
    used: tuple[float, ...]  # as the code applies them
    published: tuple[float, ...]
    source: Source

    @property
    def departures(self) -> list[tuple[float, float]]:
        """(used, published) for each constant the code takes otherwise than published."""
        return [(u, p) for u, p in zip(self.used, self.published, strict=True) if u != p]


@dataclass(frozen=True)
class Reading:
    """What the detector makes of one example sentence: its statements' kind, mode, source and
    verb, or nothing."""

    sentence: str
    found: tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True)
class LanguageFormulas:
    """What is published for one language: each formula with its source, and the constants
    of its Flesch reading ease (base, × words per sentence, × syllables per word)."""

    language: str
    formulas: tuple[tuple[str, Source], ...]
    reading_ease: tuple[float, float, float] | None
    words_per_minute: int | None


@dataclass(frozen=True)
class Measures:
    formulas: dict[str, Formula]  # English's, as textstat applies them
    languages: tuple[LanguageFormulas, ...]  # every language with a published formula
    words_per_minute: int
    sentence_min_words: int
    hardest_min_words: int
    levels: tuple[tuple[float, Message], ...]  # upper bound of each level of schooling, its name
    grade_scale: float
    abbreviations: tuple[str, ...]
    sentences_example: str
    sentences_split: tuple[str, ...]  # briefgen's sentences of the example
    sentences_counted: int  # the readability formulas' count of the example
    words_example: str
    words_attributed: int  # count_words, as the attribution figures count
    words_formulas: int  # the readability formulas' count
    kinds: tuple[str, ...]
    modes: tuple[str, ...]
    readings: tuple[Reading, ...]


def reading_ease_constants(language: str) -> tuple[float, float, float]:
    """The Flesch reading ease's constants for ``language``, as textstat applies them."""
    found = settings(language)
    return (float(found["flesch_base"]), float(found["flesch_sentence_length"]),
            float(found["flesch_syllables_per_word"]))


@cache
def measures() -> Measures:
    """Everything the section shows."""
    english = languages_published()[0]
    used = {
        "flesch_reading_ease": reading_ease_constants("en"),
        "flesch_kincaid_grade": readability.FLESCH_KINCAID,
        "gunning_fog": readability.GUNNING_FOG,
        "smog_index": readability.SMOG,
        "coleman_liau_index": readability.COLEMAN_LIAU,
        "automated_readability_index": readability.AUTOMATED_READABILITY,
        "dale_chall": readability.DALE_CHALL,
    }
    spans = split_sentences(SENTENCES_EXAMPLE)
    return Measures(
        formulas={key: Formula(key, tuple(values), PUBLISHED[key], english.source(key))
                  for key, values in used.items()},
        languages=tuple(
            LanguageFormulas(found.language, found.sources,
                             reading_ease_constants(found.language)
                             if "flesch_reading_ease" in found.formulas else None,
                             found.words_per_minute)
            for found in languages_published()),
        words_per_minute=english.words_per_minute or 0,
        sentence_min_words=SENTENCE_MIN_WORDS,
        hardest_min_words=readability.HARDEST_MIN_WORDS,
        levels=LEVELS,
        grade_scale=GRADE_SCALE,
        abbreviations=tuple(sorted(ABBREVIATIONS)),
        sentences_example=SENTENCES_EXAMPLE,
        sentences_split=tuple(SENTENCES_EXAMPLE[a:b] for a, b in spans),
        sentences_counted=readability.measure(SENTENCES_EXAMPLE).sentences,
        words_example=WORDS_EXAMPLE,
        words_attributed=count_words(WORDS_EXAMPLE),
        words_formulas=readability.measure(WORDS_EXAMPLE).words,
        kinds=KINDS,
        modes=MODES,
        readings=tuple(
            Reading(text, tuple((s.kind, s.mode, s.resolved or s.speaker, s.verb)
                                for s in detect(text)))
            for text in DETECTOR_EXAMPLES),
    )

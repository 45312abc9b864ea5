"""What the real-news metric reads in an annotated article: its sentences by one fixed rule,
which attributions have a speech or document cue, and who each source is.

The rules here are the measure's, deliberately simple and independent of the detector's, so
that improving the detector cannot move the ruler. Their words are in ``lexicon/LANG.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.analyse.evaluation.polnear import AnnotatedArticle, Attribution, Pieces

LEXICON = Path(__file__).parent / "lexicon"

# A sentence ends at . ! or ? (and any closing quotes or brackets) before a space and a capital,
# a digit or an opening quote (two apostrophes are one); a line break always ends one. A full
# stop after a single capital (an initial) or an abbreviation of the lexicon ends nothing.
_SENTENCE_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+(?:''|["'“‘(\[])?[A-Z0-9])""")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_WORD = re.compile(r"[a-z’']+")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'.\-]*")
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w’'\-]+)")


@dataclass(frozen=True, slots=True)
class MetricWords:
    abbreviations: frozenset[str]
    speech: frozenset[str]
    irregular: dict[str, str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    relative: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    not_names: frozenset[str]
    particles: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]


@functools.cache
def metric_words(language: str = "en") -> MetricWords:
    data = tomllib.loads((LEXICON / f"{language}.toml").read_text(encoding="utf-8"))
    cues, sources, given = data["cues"], data["sources"], data["given_names"]
    return MetricWords(
        frozenset(data["sentences"]["abbreviations"].split()),
        frozenset(cues["speech"].split()), dict(cues["irregular"]),
        *(frozenset(sources[k].split()) for k in ("pronouns", "first_person", "relative",
                                                   "male", "female", "not_names",
                                                   "particles")),
        frozenset(given["female"].split()), frozenset(given["male"].split()))


def sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """The sentences of ``text`` as (start, end) spans, by the fixed rule above."""
    abbreviations = metric_words(language).abbreviations
    spans = []
    offset = 0
    for line in text.split("\n"):
        start = len(line) - len(line.lstrip())
        for match in _SENTENCE_END.finditer(line):
            before = _WORD_BEFORE.search(line, max(start, match.start() - 20), match.start() + 1)
            word = before.group(1) if before and line[match.start()] == "." else ""
            if (len(word) == 1 and word.isupper()) or word.lower() in abbreviations:
                continue
            spans.append((offset + start, offset + match.end()))
            start = match.end() + len(line[match.end():]) - len(line[match.end():].lstrip())
        if line[start:].strip():
            spans.append((offset + start, offset + len(line.rstrip())))
        offset += len(line) + 1
    return spans


def _stems(word: str, irregular: dict[str, str]) -> Iterator[str]:
    """The word and what it may be an inflection of: "slammed" gives "slamm" and "slam"."""
    word = word.replace("’", "'").removesuffix("'s")
    yield irregular.get(word, word)
    for suffix, base in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""),
                         ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)] + base
            yield stem
            if len(stem) > 3 and stem[-1] == stem[-2]:
                yield stem[:-1]


def text_of(text: str, pieces: Pieces) -> str:
    return " ".join(text[a:b] for a, b in pieces)


def is_speech_cue(cue: str, words: MetricWords) -> bool:
    """Whether an attribution's cue is speech, a report or a document ("said", "according
    to", "the poll shows", a colon before a quotation), not a belief or an intention."""
    if cue.strip().endswith(":"):
        return True
    return any(stem in words.speech for w in _WORD.findall(cue.lower())
               for stem in _stems(w, words.irregular))


@dataclass(frozen=True, slots=True)
class GoldSource:
    """Who an attribution credits: ``form`` is "named", "pronoun", "description" or "none";
    ``names`` the lower-case name words it may be matched with, one tuple per name it gives
    (a pronoun's are those of whom it refers to, none when the metric cannot tell)."""

    form: str
    names: tuple[tuple[str, ...], ...]


def name_words(name: str, words: MetricWords, common: frozenset[str] = frozenset()
               ) -> tuple[str, ...]:
    """The lower-case words of the names in ``name``: capitalised words, without titles,
    determiners, possessive endings, or words the article also writes in lower case when they
    start the text ("Officials said": ``common``)."""
    out = []
    for match in _CAPITALISED.finditer(name):
        word = match.group().rstrip(".").replace("’", "'").removesuffix("'s").lower()
        if word in words.not_names or (match.start() == 0 and word in common):
            continue
        out.append(word)
    return tuple(out)


_PARTS = re.compile(r",|\(| of the | who | which ")


def name_parts(source: str, words: MetricWords, common: frozenset[str] = frozenset()
               ) -> tuple[tuple[str, ...], ...]:
    """The name words of each part of a source that has any, the source cut at commas,
    brackets and "of the": "Evans, the Georgia committeeman" and "the party's chair, Ana
    Ruiz" each name two; a detected speaker is right when it names either."""
    parts = []
    for i, part in enumerate(_PARTS.split(source)):
        names = name_words(part.strip(), words, common if i == 0 else frozenset())
        if names:
            parts.append(names)
    return tuple(parts)


def same_entity(detected: str, gold: Sequence[str], words: MetricWords) -> bool:
    """Whether a detected speaker names the gold source: one's name words are all among the
    other's ("Trump", "Mr. Trump", "Donald J. Trump"), or an acronym spells the other's
    initials ("FBI")."""
    found = name_words(detected, words)
    if not found or not gold:
        return False
    if set(found) <= set(gold) or set(gold) <= set(found):
        return True
    initials = "".join(w[0] for w in found if w not in ("of", "and", "for"))
    return (len(gold) == 1 and gold[0] == initials) or (
        len(found) == 1 and found[0] == "".join(w[0] for w in gold))


def is_proper_name(name: str, text: str, words: MetricWords) -> bool:
    """Whether ``name`` is written whole as a proper name in the article's body (not only in its
    headline, the first line): capitalised words ("Ana Ruiz", "Institute for Fiscal Studies"),
    not a pronoun, and not cut short ("Robert C" of "Robert C. Scott")."""
    parts = name.split()
    if not parts or parts[0].lower() in words.pronouns or parts[0].lower() in words.not_names - {
            "the"}:
        return False
    if not all(p[:1].isupper() or p in words.particles for p in parts):
        return False
    body = text.find("\n")
    for match in re.finditer(rf"(?<![\w’'\-]){re.escape(name)}", text):
        if match.start() > body >= 0 and not re.match(r"[\w’'\-]|\.? [A-Z]", text[match.end():]):
            return True
    return False


class SourceReader:
    """Reads the sources of one article's attributions, resolving pronouns as a reader
    would: "I" and "we" to the speaker of the quotation around them, "who" to the name just
    before it, "he" and "she" to the nearest person named as a source before them whose sex
    the article gives or their given name tells, "they" and "it" to the nearest source named
    before. The annotations say nothing of whom a pronoun means, so this is the metric's
    reading, not the annotators'."""

    def __init__(self, article: AnnotatedArticle, words: MetricWords) -> None:
        self.text = article.text
        self.words = words
        starts = {start for start, _ in sentences(article.text)}
        lower = set(_WORD.findall(article.text))  # words the article writes in lower case
        self.common = frozenset(w for w in lower if w.capitalize() in article.text)
        self.sentence_starts = starts
        self.honorifics = {m.group(2).lower(): "f" if m.group(1) != "Mr" else "m"
                           for m in _HONORIFIC.finditer(article.text)}
        named = []
        for attribution in article.attributions:
            if attribution.source:
                source_text = text_of(self.text, attribution.source)
                names = name_parts(source_text, words, self._common_at(attribution.source))
                if names and not self._pronoun(source_text):
                    named.append((attribution.source[0][0], names))
        self.named = sorted(named)

    def _common_at(self, pieces: Pieces) -> frozenset[str]:
        return self.common if pieces[0][0] in self.sentence_starts else frozenset()

    def _pronoun(self, source_text: str) -> str:
        found = _WORD.findall(source_text.lower())
        return found[0] if len(found) == 1 and found[0] in self.words.pronouns else ""

    def read(self, attribution: Attribution, everyone: Sequence[Attribution]) -> GoldSource:
        if not attribution.source:
            return GoldSource("none", ())
        source_text = text_of(self.text, attribution.source)
        pronoun = self._pronoun(source_text)
        if pronoun:
            return GoldSource("pronoun", self._refers_to(pronoun, attribution, everyone))
        names = name_parts(source_text, self.words, self._common_at(attribution.source))
        return GoldSource("named" if names else "description", names)

    def _refers_to(self, pronoun: str, attribution: Attribution,
                   everyone: Sequence[Attribution]) -> tuple[tuple[str, ...], ...]:
        at = attribution.source[0][0]
        if pronoun in self.words.first_person:
            for other in everyone:
                if other.source and any(a <= at < b for a, b in other.content) and (
                        other is not attribution):
                    outer = self.read(other, [o for o in everyone if o is not other])
                    if outer.names:
                        return outer.names
        if pronoun in self.words.relative:
            before = self.text[max(0, at - 120):at]
            runs = list(re.finditer(r"(?:[A-Z][\w’'.\-]*\s?)+", before))
            if runs and not before[runs[-1].end():].strip(" ,"):
                names = name_words(runs[-1].group(), self.words)
                if names:
                    return (names,)
        wanted = ("m" if pronoun in self.words.male else
                  "f" if pronoun in self.words.female else "")
        for start, names in reversed(self.named):
            if start >= at:
                continue
            if not wanted or self._sex(names[0]) in (wanted, ""):
                return names
        return ()

    def _sex(self, names: tuple[str, ...]) -> str:
        known = self.honorifics.get(names[-1])
        if known:
            return known
        given = names[0] if len(names) > 1 else self._given_name(names[-1])
        if given in self.words.female_names:
            return "f"
        if given in self.words.male_names:
            return "m"
        return ""

    def _given_name(self, surname: str) -> str:
        match = re.search(rf"\b([A-Z][a-z]+)\s+{re.escape(surname.capitalize())}\b", self.text)
        return match.group(1).lower() if match else ""

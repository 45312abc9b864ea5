"""What the detector knows of an article: the facts read once before the pass over its
sentences (``Article``), and what the pass has found so far (``Earlier``), which every rule
that looks back receives as an argument."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefgen.analyse.detect import guillemets
from briefgen.analyse.detect.lexicon import Lexicon
from briefgen.analyse.detect.mentions import Names
from briefgen.analyse.detect.names import Entity, surely_person
from briefgen.analyse.detect.phrases import norm
from briefgen.analyse.detect.quotations import (
    find_quotations,
    mask,
    merge_quoted,
    split_with_marks,
)
from briefgen.analyse.detect.text import last_word
from briefgen.analyse.sentences import split_sentences


@dataclass(slots=True)
class Source:
    """Who a statement is credited to, as the rules read it (see DetectedStatement)."""

    speaker: str
    resolved: str
    kind: str
    span: tuple[int, int] | None
    role: str = ""
    head: str = ""  # the head noun of a description, for "one of the officials"
    entity: Entity | None = None
    subject: bool = True  # False when no subject is written (a coordinated verb)


@dataclass(slots=True)
class Found:
    """A reporting verb or phrase with its source, found in a sentence."""

    verb: str
    verb_span: tuple[int, int]
    stance: str
    source: Source
    anchor: int  # where the statement's own words start, to share quotations out
    inverted: bool = False  # "…,” said Carmen Delgado


@dataclass(slots=True)
class Draft:
    """A statement being assembled: its sentences, its verb and source, its quotations."""

    start: int
    end: int
    paragraph: int
    found: Found
    quotes: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Article:
    """An article as the rules read it: its text, the text with quotations masked, its
    sentences (a quotation over several made one), quotations, paragraphs and names."""

    text: str
    masked: str  # the letters inside quotations replaced by "#" (see quotations.mask)
    lex: Lexicon
    speakers: Mapping[str, Sequence[str]]  # known speakers: {id: (name, alias…)}
    speaker_names: Mapping[str, frozenset[str]]  # the same, normalised for matching
    quotations: Sequence[tuple[int, int]]  # (opening mark, closing mark), in order
    quotation_starts: Sequence[int]
    quotation_ends: frozenset[int]
    marked_names: Sequence[tuple[int, int]]  # names in guillemets, without the marks
    sentences: Sequence[tuple[int, int]]
    sentence_starts: Sequence[int]
    paragraph_starts: Sequence[int]  # where each line that is not blank starts
    names: Names
    mention_starts: Sequence[int]  # where each of names.mentions starts, in order
    topics: Sequence[tuple[int, Entity]]  # the first person named in each sentence
    topic_starts: Sequence[int]
    headline_end: int  # where a first line in Title Case ends; 0 when there is none

    def paragraph(self, position: int) -> int:
        """The number of the paragraph at ``position``: blank lines between paragraphs do not
        count, so paragraphs n and n + 1 follow each other however they are separated."""
        return bisect.bisect_right(self.paragraph_starts, position) - 1

    def mentions_before(self, position: int) -> Sequence[tuple[int, int, Entity]]:
        """The names mentioned before ``position``, in the article's order."""
        return self.names.mentions[:bisect.bisect_left(self.mention_starts, position)]

    def sentence_of(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_starts, position) - 1

    def named_inside_a_sentence(self, entity: Entity) -> bool:
        """Whether the article names a lone capitalised word inside a sentence, where a
        capital marks a name ("Trump", not "Report" or "Perhaps")."""
        starts = set(self.sentence_starts)
        return any(e is entity and start not in starts for start, _, e in self.names.mentions)


@dataclass(slots=True)
class Earlier:
    """What the pass over the sentences has found before the words being read: the
    statements of earlier sentences, those of this sentence so far, and the sex of a person
    learnt from the pronoun that referred to them ("she said", once resolved)."""

    drafts: list[Draft] = field(default_factory=list)
    pending: list[Found] = field(default_factory=list)
    genders: dict[int, str] = field(default_factory=dict)  # id(entity) -> "m" or "f"


@dataclass(slots=True)  # (not frozen: one is made per sentence, and a frozen one is slower)
class Sentence:
    """A sentence being read: its masked text (``frame``), where it starts in the article,
    and what the pass found before it. Positions inside ``frame`` are relative to ``start``."""

    article: Article
    earlier: Earlier
    frame: str
    start: int


def read_article(text: str, speakers: Mapping[str, Sequence[str]], lex: Lexicon) -> Article:
    """Everything the pass reads about ``text`` before it starts."""
    marked_names: list[tuple[int, int]] = []
    if lex.dash_speech:
        quotations, marked_names = guillemets.find_quotations(text, lex)
    else:
        quotations = find_quotations(text)
    masked = mask(text, quotations)
    split = functools.partial(split_sentences, language=lex.language)
    sentences = merge_quoted(text, split_with_marks(text, quotations, split), quotations, lex)
    headline = _headline_end(text)
    names = Names(masked, [(a, b) for a, b in sentences if a >= headline], speakers, lex,
                  marked_names)
    sentence_starts = [start for start, _ in sentences]
    topics = _topic_persons(names, masked, sentence_starts)
    return Article(
        text=text, masked=masked, lex=lex, speakers=speakers,
        speaker_names={speaker_id: frozenset(norm(name, lex) for name in names_)
                       for speaker_id, names_ in speakers.items()},
        quotations=quotations, quotation_starts=[start for start, _ in quotations],
        quotation_ends=frozenset(end for _, end in quotations), marked_names=marked_names,
        sentences=sentences, sentence_starts=sentence_starts,
        paragraph_starts=_paragraph_starts(text),
        names=names, mention_starts=[start for start, _, _ in names.mentions],
        topics=topics, topic_starts=[start for start, _ in topics], headline_end=headline)


def _paragraph_starts(text: str) -> list[int]:
    """Where each line that is not blank starts."""
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    ends = [*(start - 1 for start in starts[1:]), len(text)]
    return [start for start, end in zip(starts, ends, strict=True)
            if end > start and (not text[start].isspace() or text[start:end].strip())]


_LINE_BREAK = re.compile("\n")
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w’'\-]{3,}")


def _headline_end(text: str) -> int:
    """Where the article's first line ends when it is a headline in Title Case ("Mayor Warns
    Council Over Bridge"), whose capitals are no names; else 0."""
    first = text.split("\n", 1)[0]
    words = _HEADLINE_WORD.findall(first)
    capitals = sum(w[0].isupper() for w in words)
    return len(first) if len(words) >= 3 and capitals >= 0.7 * len(words) else 0


def _topic_persons(names: Names, masked: str, sentence_starts: Sequence[int]
                   ) -> list[tuple[int, Entity]]:
    """The first person named in each sentence, in order: (where, who), for "he" and "she"
    to refer to; not a name after a preposition or an article ("in San Diego", "the Super
    Bowl"), where people are seldom named, unless the article shows it is a person's."""
    lex = names.lex
    topics: list[tuple[int, Entity]] = []
    seen_sentences: set[int] = set()
    for mention_start, _, entity in names.mentions:  # in order, and kinds are settled
        if entity.kind != "person":
            continue
        before = last_word(masked[max(0, mention_start - 30):mention_start]).lower()
        if (before in lex.prepositions or before in lex.determiners) and not surely_person(
                entity, lex):
            continue
        sentence = bisect.bisect_right(sentence_starts, mention_start) - 1
        if sentence not in seen_sentences:
            seen_sentences.add(sentence)
            topics.append((mention_start, entity))
    return topics

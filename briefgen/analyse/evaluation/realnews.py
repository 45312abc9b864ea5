"""Score the attribution detector sentence by sentence on annotated real news (PolNeAR).

The metric (the corpus README's): each article is split into sentences by one fixed rule
(metric.sentences). A sentence is a gold positive when the content of an annotated attribution
overlaps it, and a detection when the passage of a statement the detector reports does.
Precision, recall and F1 count sentences, over every attribution ("all cues") and over those
with a speech or document cue; in the second count a sentence whose attributions are all
beliefs or intentions is left out, neither positive nor negative. Speaker accuracy is over the
sentences both mark: right when a detected speaker there names a gold source there (however
written), over sentences with a named source, then with pronoun sources too (resolved as
metric.SourceReader says). Last, the speakers ``briefgen new`` would write for the article:
the share that are not names of anyone the annotators credit (a pronoun, a dateline, a clause
fragment, the object of "issued a statement").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen.analyse.detect import DetectedStatement, detect
from briefgen.analyse.detect.speakers import brief_speakers
from briefgen.analyse.evaluation.metric import (
    MetricWords,
    SourceReader,
    is_proper_name,
    is_speech_cue,
    metric_words,
    name_words,
    same_entity,
    sentences,
    text_of,
)
from briefgen.analyse.evaluation.polnear import AnnotatedArticle


@dataclass(slots=True)
class Counts:
    """Sentences found and missed, and speakers right, with examples for --details."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: bool, found: bool) -> None:
        self.tp += gold and found
        self.fp += found and not gold
        self.fn += gold and not found


@dataclass(slots=True)
class Share:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass(slots=True)
class Score:
    articles: int = 0
    sentences: int = 0
    all_cues: Counts = field(default_factory=Counts)
    speech: Counts = field(default_factory=Counts)
    named: Share = field(default_factory=Share)
    with_pronouns: Share = field(default_factory=Share)
    names: Share = field(default_factory=Share)  # right: speaker names that are names
    notes: list[str] = field(default_factory=list)  # what went wrong, for --details


def _overlaps(a: int, b: int, pieces: Sequence[tuple[int, int]]) -> bool:
    return any(s < b and a < e for s, e in pieces)


def score_article(article: AnnotatedArticle, found: Sequence[DetectedStatement],
                  score: Score, words: MetricWords) -> None:
    """Add one article's sentences to ``score``."""
    reader = SourceReader(article, words)
    attributions = article.attributions
    speech = [is_speech_cue(text_of(article.text, a.cue), words) for a in attributions]
    gold_sources = [reader.read(a, attributions) for a in attributions]
    score.articles += 1
    for a, b in sentences(article.text):
        score.sentences += 1
        gold = [i for i, att in enumerate(attributions) if _overlaps(a, b, att.content)]
        marked = [f for f in found if f.start < b and a < f.end]
        score.all_cues.add(bool(gold), bool(marked))
        if not gold or any(speech[i] for i in gold):
            score.speech.add(any(speech[i] for i in gold), bool(marked))
        where = f"{article.name}:{a}"
        if gold and not marked and any(speech[i] for i in gold):
            score.notes.append(f"MISSED {where} {article.text[a:b]}")
        if marked and not gold:
            score.notes.append(f"EXTRA  {where} [{marked[0].resolved}] {article.text[a:b]}")
        if gold and marked:
            _score_speaker(score, [gold_sources[i] for i in gold], marked, words,
                           f"{where} {article.text[a:b]}")
    _score_names(article, found, reader, score, words)


def _score_speaker(score: Score, sources: Sequence, marked: Sequence[DetectedStatement],
                   words: MetricWords, where: str) -> None:
    named = [n for s in sources if s.form == "named" for n in s.names]
    pronouns = [n for s in sources if s.form == "pronoun" for n in s.names]
    for share, wanted in ((score.named, named), (score.with_pronouns, named + pronouns)):
        if not wanted:
            continue
        right = any(same_entity(f.resolved, g, words) for f in marked for g in wanted)
        share.total += 1
        share.right += right
        if not right and share is score.with_pronouns:
            gold = " / ".join(" ".join(g) for g in wanted)
            got = " / ".join(f.resolved for f in marked)
            score.notes.append(f"SPEAKER {got!r} (gold {gold!r}) {where}")


def _score_names(article: AnnotatedArticle, found: Sequence[DetectedStatement],
                 reader: SourceReader, score: Score, words: MetricWords) -> None:
    """Judge each speaker ``new`` would write: a name when one of its statements' sources
    is an annotated source, its name is that of a source the annotators credit, or it is a
    proper name written whole in the article. So a description the annotators did not mark
    ("an architect") counts against the detector: the share is an upper bound."""
    sources = [att.source for att in article.attributions if att.source]
    credited = [n for _, names in reader.named for n in names]
    for speaker in brief_speakers(found):
        pronoun = name_words(speaker.name, words) == () and (
            speaker.name.lower() in words.pronouns)
        spans = [s.speaker_span for s in speaker.statements if s.speaker_span]
        is_name = not pronoun and (
            any(_overlaps(a, b, src) for a, b in spans for src in sources)
            or any(same_entity(speaker.name, names, words) for names in credited)
            or is_proper_name(speaker.name, article.text, words))
        score.names.total += 1
        score.names.right += is_name
        if not is_name:
            score.notes.append(f"NOTNAME {article.name}: {speaker.name!r} ({speaker.kind})")


def evaluate_articles(articles: Sequence[AnnotatedArticle], language: str = "en") -> Score:
    words = metric_words(language)
    score = Score()
    for article in articles:
        score_article(article, detect(article.text), score, words)
    return score


def report(score: Score, title: str) -> str:
    lines = [f"{title}: {score.articles} articles, {score.sentences} sentences", "",
             f"{'sentences':<38} {'prec':>6} {'recall':>6} {'F1':>6}   tp/fp/fn"]
    for label, counts in (("speech/document cues", score.speech), ("all cues", score.all_cues)):
        lines.append(f"{label:<38} {counts.precision:>6.3f} {counts.recall:>6.3f} "
                     f"{counts.f1:>6.3f}   {counts.tp}/{counts.fp}/{counts.fn}")
    lines.append("")
    for label, share in (("speaker accuracy, named sources", score.named),
                         ("speaker accuracy, pronoun sources too", score.with_pronouns)):
        lines.append(f"{label:<38} {share.value:>6.3f}   {share.right}/{share.total}")
    bad = score.names.total - score.names.right
    lines.append(f"{'speaker names that are not names':<38} "
                 f"{1 - score.names.value:>6.1%}   {bad}/{score.names.total}")
    return "\n".join(lines)

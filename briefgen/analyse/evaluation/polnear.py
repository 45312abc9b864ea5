"""Read PolNeAR: real news articles with their attributions, in brat standoff format.

A split folder holds ``text/STEM.txt`` (the article) and ``attributions/STEM_ANNOTATOR.ann``
(one file per annotator). In an ``.ann`` file, ``T`` lines are spans (``T12<TAB>Content 1043
1190<TAB>the text``, a discontinuous span written ``a b;c d``) and ``E`` lines join them into
one attribution (``E3<TAB>Attribution:T10 Content:T11 Cue:T10 Source:T9``); ``Discuss`` and
``Discard`` spans are annotators' notes, not attributions. Offsets are Python character offsets
into the text. Only offsets are read from an ``.ann``: the text of a span is the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

Pieces = tuple[tuple[int, int], ...]  # a span, possibly discontinuous, as (start, end) pieces

_SPAN_LINE = re.compile(r"T(\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_EVENT_LINE = re.compile(r"E\d+\t(.*)$")
_TRIGGERS = ("Attribution", "Attribution-no-source")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One annotated attribution: who (``source``, empty when the article names no one), the
    cue ("said", "according to", ":") and what is attributed (``content``)."""

    source: Pieces
    cue: Pieces
    content: Pieces


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    name: str  # the file stem
    text: str
    attributions: tuple[Attribution, ...]


def read_annotation(ann: str) -> tuple[Attribution, ...]:
    """The attributions of one ``.ann`` file's text, in the order of their ``E`` lines.
    Lines of neither kind (the rest of a span's text after a line break, annotators'
    notes) are skipped."""
    spans: dict[str, Pieces] = {}
    events: list[str] = []
    for line in ann.splitlines():
        span = _SPAN_LINE.match(line)
        if span:
            spans[f"T{span.group(1)}"] = tuple(
                (int(a), int(b)) for a, b in (p.split() for p in span.group(3).split(";")))
            continue
        event = _EVENT_LINE.match(line)
        if event:
            events.append(event.group(1))
    attributions = []
    for event in events:
        roles: dict[str, list[tuple[int, int]]] = {}
        trigger = False
        for part in event.split():
            role, _, ref = part.partition(":")
            trigger = trigger or role in _TRIGGERS
            key = "content" if role.startswith("Content") else role.lower()
            roles.setdefault(key, []).extend(spans.get(ref, ()))
        if trigger and roles.get("content"):
            attributions.append(Attribution(tuple(roles.get("source", ())),
                                            tuple(roles.get("cue", ())),
                                            tuple(sorted(roles["content"]))))
    return tuple(attributions)


def choose_annotation(paths: list[Path]) -> Path:
    """One annotator's file for an article annotated by several: the first by name, so the
    choice is the same on every machine."""
    return sorted(paths, key=lambda p: p.name)[0]


def read_split(root: Path, split: str) -> list[AnnotatedArticle]:
    """Every article of a split (``train``, ``dev``) under a PolNeAR folder, by name."""
    folder = root / split
    texts = folder / "text"
    if not texts.is_dir():
        raise FileNotFoundError(f"no {split}/text folder in {root}")
    by_stem: dict[str, list[Path]] = {}
    for ann in (folder / "attributions").glob("*.ann"):
        stem = ann.stem.rsplit("_", 1)[0]
        by_stem.setdefault(stem, []).append(ann)
    articles = []
    for text_path in sorted(texts.glob("*.txt")):
        anns = by_stem.get(text_path.stem)
        if not anns:
            continue
        ann = choose_annotation(anns).read_text(encoding="utf-8")
        articles.append(AnnotatedArticle(text_path.stem, text_path.read_text(encoding="utf-8"),
                                         read_annotation(ann)))
    return articles

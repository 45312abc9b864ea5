"""Score the attribution detector against the hand-made gold set.

Run it as ``python -m briefgen.analyse.evaluation``.

The gold set and its format are described in data/en/README.md; the sets of other languages
are in data/LANG/, and the detector reads each in its language. A detected statement matches a
gold one when their spans overlap (gold spans widened to whole sentences, split as the language
splits them); pairs are taken one to one, best first: the same resolved speaker before a
different one, then the larger overlap. Precision, recall and F1 count matched pairs: this is
the "sentence F1" of the Ukrainian and Russian targets (issue 19), where a statement counts by
the sentences it covers. Speaker (resolved), kind, mode, verb, stance and quote accuracy are
over matched pairs only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.analyse.detect import DetectedStatement, detect
from briefgen.analyse.detect.lexicon import languages
from briefgen.analyse.sentences import split_sentences
from briefgen.check.anchor import fold

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "en"
FIELDS = ("speaker", "kind", "mode", "verb", "stance", "quotes")


@dataclass(frozen=True, slots=True)
class GoldStatement:
    start: int
    end: int
    text: str
    speaker: str
    resolved: str
    kind: str
    verb: str
    stance: str
    mode: str
    quotes: tuple[str, ...]
    accepted: frozenset[str]  # normalised names that count as the resolved speaker


@dataclass(frozen=True, slots=True)
class Pair:
    gold: GoldStatement
    found: DetectedStatement
    right: dict[str, bool]


@dataclass(slots=True)
class Score:
    name: str
    gold: int = 0
    found: int = 0
    pairs: list[Pair] = field(default_factory=list)
    missed: list[GoldStatement] = field(default_factory=list)
    extra: list[DetectedStatement] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return len(self.pairs)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        if not self.pairs:
            return 1.0
        return sum(p.right[name] for p in self.pairs) / len(self.pairs)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.pairs += other.pairs
        self.missed += other.missed
        self.extra += other.extra


def normalise_name(name: str) -> str:
    """Names compare case-insensitively, folding quote marks, without a leading article."""
    low = fold(name).lower().strip(" .,;:")
    low = re.sub(r"^(?:the|a|an)\s+", "", low)
    return re.sub(r"\s*\([^)]*\)$", "", low)


def _quote_key(pieces: Sequence[str]) -> str:
    return " ".join(fold(p).strip(" .,;:!?\"'").lower() for p in pieces)


def language_of(data_dir: Path) -> str:
    """The language of a gold set, by its folder: data/uk and data/uk/held-out are Ukrainian.
    The nearest folder named by a language the detector has a lexicon for; else English."""
    known = set(languages())
    return next((part for part in reversed(data_dir.resolve().parts) if part in known), "en")


def load_gold(text: str, data: dict, language: str = "en") -> list[GoldStatement]:
    """The gold statements of one article, located in its text and widened to sentences."""
    sentences = split_sentences(text, language)
    aliases = {normalise_name(k): {normalise_name(a) for a in v}
               for k, v in data.get("entities", {}).items()}
    gold = []
    for item in data["statements"]:
        needle = item["text"]
        start = -1
        for _ in range(item.get("occurrence", 1)):
            start = text.find(needle, start + 1)
            if start < 0:
                raise ValueError(f"gold text not in the article: {needle[:60]!r}")
        end = start + len(needle)
        inside = [(s, e) for s, e in sentences if s < end and e > start]
        if inside:
            start, end = min(start, inside[0][0]), max(end, inside[-1][1])
        resolved = normalise_name(item["resolved"])
        gold.append(GoldStatement(
            start, end, text[start:end], item["speaker"], item["resolved"], item["kind"],
            item["verb"], item["stance"], item["mode"], tuple(item.get("quotes", ())),
            frozenset({resolved} | aliases.get(resolved, set()))))
    return gold


def match(gold: Sequence[GoldStatement], found: Sequence[DetectedStatement]
          ) -> tuple[list[Pair], list[GoldStatement], list[DetectedStatement]]:
    """Pair gold and detected statements one to one, best first (see the module doc)."""
    candidates = []
    for i, g in enumerate(gold):
        for j, f in enumerate(found):
            overlap = min(g.end, f.end) - max(g.start, f.start)
            if overlap > 0:
                same = normalise_name(f.resolved) in g.accepted
                candidates.append((not same, -overlap, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_gold or j in used_found:
            continue
        used_gold.add(i)
        used_found.add(j)
        g, f = gold[i], found[j]
        pairs.append(Pair(g, f, {
            "speaker": normalise_name(f.resolved) in g.accepted,
            "kind": f.kind == g.kind,
            "mode": f.mode == g.mode,
            "verb": f.verb.lower() == g.verb.lower(),
            "stance": f.stance == g.stance,
            "quotes": _quote_key([q.text for q in f.quotes]) == _quote_key(g.quotes),
        }))
    missed = [g for i, g in enumerate(gold) if i not in used_gold]
    extra = [f for j, f in enumerate(found) if j not in used_found]
    pairs.sort(key=lambda p: p.gold.start)
    return pairs, missed, extra


def evaluate(data_dir: Path = DEFAULT_DATA, language: str | None = None
             ) -> tuple[Score, list[Score]]:
    """The overall score and one per article, for every NAME.txt with a NAME.gold.json, the
    articles read in ``language`` (by default the folder's, see language_of)."""
    language = language or language_of(data_dir)
    overall = Score("overall")
    articles = []
    for gold_path in sorted(data_dir.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        text = (data_dir / f"{name}.txt").read_text(encoding="utf-8")
        gold = load_gold(text, json.loads(gold_path.read_text(encoding="utf-8")), language)
        found = detect(text, language=language)
        pairs, missed, extra = match(gold, found)
        score = Score(name, len(gold), len(found), pairs, missed, extra)
        articles.append(score)
        overall.add(score)
    return overall, articles


def _row(score: Score) -> str:
    figures = [score.precision, score.recall, score.f1] + [score.accuracy(f) for f in FIELDS]
    return (f"{score.name:<26} {score.gold:>4} {score.found:>5} {score.matched:>5} "
            + " ".join(f"{x:>6.3f}" for x in figures))


def report(overall: Score, articles: Sequence[Score], *, details: bool = False,
           language: str = "en") -> str:
    head = (f"{'article':<26} {'gold':>4} {'found':>5} {'match':>5} "
            + " ".join(f"{h:>6}" for h in ("prec", "recall", "F1", *FIELDS)))
    lines = [f"Attribution detector against the gold set, read as {language!r} "
             "(accuracies over matched statements)", "", head, "-" * len(head)]
    lines += [_row(s) for s in articles]
    lines += ["-" * len(head), _row(overall), "",
              f"sentence F1 {overall.f1:.3f} (precision {overall.precision:.3f}, recall "
              f"{overall.recall:.3f}), speaker accuracy {overall.accuracy('speaker'):.3f}, "
              f"over {overall.gold} statements"]
    if details:
        for score in articles:
            lines += ["", f"== {score.name}"]
            for g in score.missed:
                lines.append(f"  MISSED  [{g.resolved} / {g.kind} / {g.verb}] {g.text[:110]}")
            for f in score.extra:
                lines.append(f"  EXTRA   [{f.resolved} / {f.kind} / {f.verb}] "
                             f"{f.sentence.text[:110]}")
            for p in score.pairs:
                wrong = [k for k, ok in p.right.items() if not ok]
                if wrong:
                    got = {"speaker": p.found.resolved, "kind": p.found.kind,
                           "mode": p.found.mode, "verb": p.found.verb,
                           "stance": p.found.stance,
                           "quotes": " | ".join(q.text for q in p.found.quotes)}
                    want = {"speaker": p.gold.resolved, "kind": p.gold.kind,
                            "mode": p.gold.mode, "verb": p.gold.verb, "stance": p.gold.stance,
                            "quotes": " | ".join(p.gold.quotes)}
                    diffs = "; ".join(f"{k}: {got[k]!r} (gold {want[k]!r})" for k in wrong)
                    lines.append(f"  WRONG   {diffs}  <- {p.gold.text[:70]}")
    return "\n".join(lines)

"""Time briefgen's readability analysis per brief, warm, against the textstat calls it replaced.

    python -m bench.readability_speed [--repeat 5] [--number 40] [--corpus 300] [--wall]

"Per brief" is what briefgen.analyse.figures.analyse asks of readability: measure() of the article,
measure() of the desk's prose (about 300 words: the bundled brief's), and hardest_sentences()
of the article. "before" is the old briefgen.analyse.readability, reproduced here by calling
textstat's public functions; "after" is the current module. Both in a warm process (imports
done, dictionaries loaded): each figure is the best mean of --repeat rounds of --number briefs.
Times are this process's CPU time, so that other work on a shared machine does not count;
--wall times wall-clock instead.

textstat keeps an lru_cache on every function, which would answer a repeated text from memory;
a build measures each text once, so "before" clears those caches before every brief (keeping
the word lists and hyphenation dictionaries it loads once). "after" keeps its memo of tokens
and words, as a build does; a round over texts it has never seen is timed separately (memo
warmed on the other articles, as after a desk's first few briefs).

--corpus N also runs both over N distinct synthetic briefs (bench.corpus) in order, once each,
as a build does, and prints the mean per brief.

split_sentences (briefgen/sentences.py) is part of hardest_sentences and of both timings; its
own share is printed too.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import textstat

from briefgen.analyse import readability
from briefgen.analyse.figures import brief_prose
from briefgen.analyse.readability import (
    WORDS_PER_MINUTE,
    HardSentence,
    Readability,
    hardest_sentences,
    measure,
    textstat_language,
)
from briefgen.analyse.sentences import split_sentences
from briefgen.check.project import load_project

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds/000_9b0e8714acc4a154.txt"
ATTRIBUTION = sorted((REPO / "briefgen/analyse/evaluation/data/en").glob("*.txt"))
FEW = ("brazil-dengue-vaccine", "kenya-marathon-doping", "spain-drought-figures")

Brief = tuple[str, str, str]  # article, prose, language
clock = time.process_time


# --- before: the old readability module, textstat's public functions one by one ---------------

def textstat_measure(text: str) -> Readability:
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


def textstat_hardest(text: str, count: int = 3) -> tuple[HardSentence, ...]:
    scored = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        words = textstat.lexicon_count(sentence)
        if words >= 5:
            scored.append(HardSentence(sentence, textstat.flesch_kincaid_grade(sentence), words))
    scored.sort(key=lambda s: (-s.grade, s.text))
    return tuple(scored[:count])


def before(brief: Brief) -> object:
    article, prose, language = brief
    textstat.set_lang(textstat_language(language))
    return textstat_measure(article), textstat_measure(prose), textstat_hardest(article)


def after(brief: Brief) -> object:
    article, prose, language = brief
    return measure(article, language), measure(prose, language), hardest_sentences(article,
                                                                                    language)


def textstat_caches() -> list[Callable[[], None]]:
    """cache_clear of every textstat function that caches by text, not its loaded resources."""
    keep = {"get_cmudict", "get_pyphen", "get_lang_easy_words"}
    found: dict[int, Callable[[], None]] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("textstat.backend."):
            continue
        for value in vars(module).values():
            if hasattr(value, "cache_clear") and getattr(value, "__name__", "") not in keep:
                found[id(value)] = value.cache_clear
    return list(found.values())


def forget_textstat(clears: list[Callable[[], None]]) -> None:
    for clear in clears:
        clear()


def best_mean(run: Callable[[], object], rounds: int, number: int,
              before_each: Callable[[], None] | None = None) -> float:
    """Best of `rounds` means over `number` calls, in seconds: the least disturbed round."""
    means = []
    for _ in range(rounds):
        total = 0.0
        for _ in range(number):
            if before_each:
                before_each()
            start = clock()
            run()
            total += clock() - start
        means.append(total / number)
    return min(means)


def forget_memo() -> None:
    readability._LANGUAGES.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds; the best is kept")
    parser.add_argument("--number", type=int, default=40, help="briefs per round")
    parser.add_argument("--corpus", type=int, default=0,
                        help="also time N synthetic briefs once each, in order")
    parser.add_argument("--wall", action="store_true", help="wall-clock time, not CPU time")
    args = parser.parse_args()
    global clock
    if args.wall:
        clock = time.perf_counter
    warnings.simplefilter("ignore")  # textstat's word-list warning for other languages

    project, _ = load_project(REPO)
    prose = brief_prose(project.briefs[0])
    texts = {"seed article": SEED.read_text(encoding="utf-8")}
    texts |= {path.stem: path.read_text(encoding="utf-8")
              for path in ATTRIBUTION if path.stem in FEW}
    clears = textstat_caches()

    # Load both paths' dictionaries, and check they agree before timing them.
    for text in texts.values():
        assert before((text, prose, "en")) == after((text, prose, "en"))

    print(f"per brief: article + {len(prose.split())}-word prose + hardest sentences "
          f"(best mean of {args.repeat} x {args.number}, ms)")
    print(f"{'article':24} {'words':>5} {'before':>8} {'after':>8} {'unseen':>8} "
          f"{'speed-up':>8} {'of which split_sentences':>25}")
    others = [path.read_text(encoding="utf-8") for path in ATTRIBUTION]
    for name, text in texts.items():
        brief = (text, prose, "en")
        old = best_mean(lambda b=brief: before(b), args.repeat, args.number,
                        lambda: forget_textstat(clears))
        new = best_mean(lambda b=brief: after(b), args.repeat, args.number)

        def unseen(text: str = text) -> None:  # tokens of this brief new to the memo
            forget_memo()
            for other in others:
                if other != text:
                    measure(other)
            measure(prose)

        first = best_mean(lambda b=brief: after(b), args.repeat, max(1, args.number // 8),
                          unseen)
        split = best_mean(lambda t=text: split_sentences(t), args.repeat, args.number)
        print(f"{name:24} {len(text.split()):5} {old * 1e3:8.3f} {new * 1e3:8.3f} "
              f"{first * 1e3:8.3f} {old / new:7.0f}x {split * 1e3:25.3f}")

    if args.corpus:
        time_corpus(args.corpus, clears)


def time_corpus(size: int, clears: list[Callable[[], None]]) -> None:
    from bench import corpus

    with tempfile.TemporaryDirectory() as folder:
        corpus.generate(Path(folder), size, seed=1)
        project, _ = load_project(Path(folder))
    briefs = [(b.article.text, brief_prose(b), b.language) for b in project.briefs]
    forget_textstat(clears)
    forget_memo()
    results = {}
    for label, run in (("before", before), ("after", after)):
        times = []
        for brief in briefs:
            start = clock()
            run(brief)
            times.append(clock() - start)
        results[label] = times
    print(f"\n{len(briefs)} synthetic briefs, each analysed once, in order, memo starting "
          "empty (ms per brief)")
    for label, times in results.items():
        print(f"  {label:7} mean {statistics.fmean(times) * 1e3:7.3f}   "
              f"median {statistics.median(times) * 1e3:7.3f}   "
              f"first {times[0] * 1e3:8.3f}   last 100 mean "
              f"{statistics.fmean(times[-100:]) * 1e3:7.3f}")
    split = statistics.fmean(
        best_mean(lambda t=b[0]: split_sentences(t), 1, 3) for b in briefs[:50])
    print(f"  split_sentences alone: {split * 1e3:.3f} ms per article")


if __name__ == "__main__":
    main()

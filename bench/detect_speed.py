"""How long the attribution detector takes on one ~700-word article, on one core.

    python bench/detect_speed.py [--runs 300] [FILE]

Times ``briefgen.analyse.detect.detect`` on the bundled seed article (690 words) by default, after a
few warm-up runs so that imports and compiled regular expressions are loaded, and prints the
median and spread over many runs. It reports CPU time (time spent on the core, which stays
honest on a busy machine) and wall-clock time (which includes waiting for a core when other
processes compete for it). The detector's word caches are emptied before every timed run, so
each run costs what analysing a new article costs. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import briefgen.analyse.detect
from briefgen.analyse.detect import detect

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_9b0e8714acc4a154.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED)
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):  # one core, so the figure does not hide parallelism
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    text = args.file.read_text(encoding="utf-8")
    for _ in range(10):
        detect(text)
    cpu, wall = [], []
    found: tuple = ()
    caches = [f for f in vars(briefgen.analyse.detect).values() if hasattr(f, "cache_clear")]
    for _ in range(args.runs):
        for cached in caches:
            cached.cache_clear()
        start_cpu, start_wall = time.thread_time(), time.perf_counter()
        found = detect(text)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start_wall) * 1000)
    words = len(text.split())
    print(f"{args.file.name}: {words} words, {len(found)} statements, {args.runs} runs, one core")
    for label, times in (("CPU time ", cpu), ("wall time", wall)):
        times.sort()
        print(f"{label}: median {statistics.median(times):.2f} ms   "
              f"p10 {times[len(times) // 10]:.2f} ms   p90 {times[len(times) * 9 // 10]:.2f} ms")
    print(f"per 1,000 words: {statistics.median(cpu) * 1000 / words:.2f} ms CPU (median)")


if __name__ == "__main__":
    main()

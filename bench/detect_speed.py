"""How long the attribution detector takes per article, on one core; and against another commit.

    python bench/detect_speed.py [--runs 300] [FILE...]
    python bench/detect_speed.py --against main [--rounds 5] [--runs 60] [FILE...]

Times ``briefgen.analyse.detect.detect`` on the bundled seed article (690 words) by default,
after a few warm-up runs so that imports and compiled regular expressions are loaded, and
prints the median and spread over many runs. It reports CPU time (time spent on the core, which
stays honest on a busy machine) and wall-clock time (which includes waiting for a core when
other processes compete for it). The detector's word caches are emptied before every timed run,
so each run costs what analysing a new article costs.

With ``--against REV`` the detector of that commit (taken from git into a temporary folder) and
the one of this checkout are timed in turns, in fresh processes, several rounds each, so that a
change of the machine's load hits both; it prints each one's median CPU time per article and
their ratio. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9b0e8714acc4a154.txt"


# where the detector lives: the package of today, or the single module of older commits
PACKAGES = ("briefgen.analyse.detect", "briefgen.detect")


def _caches() -> list:
    """The word caches of the detector's modules, whichever layout it has (not the lexicon,
    read once per process: its cache has no size limit)."""
    return [f for name, module in sorted(sys.modules.items())
            if name.startswith(PACKAGES) and module is not None
            for f in vars(module).values() if hasattr(f, "cache_clear")
            and getattr(f, "__module__", "").startswith(PACKAGES)
            and f.cache_parameters()["maxsize"] is not None]


def time_runs(texts: list[str], runs: int) -> tuple[list[float], list[float], int]:
    """CPU and wall milliseconds per run (all ``texts`` once), and the statements found."""
    try:
        from briefgen.analyse.detect import detect
    except ImportError:  # a commit from before the detector became a package
        from briefgen.detect import detect  # type: ignore[no-redef]

    for _ in range(3):
        for text in texts:
            detect(text)
    caches = _caches()
    cpu, wall = [], []
    found = 0
    for _ in range(runs):
        for cached in caches:
            cached.cache_clear()
        start_cpu, start_wall = time.thread_time(), time.perf_counter()
        found = sum(len(detect(text)) for text in texts)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start_wall) * 1000)
    return cpu, wall, found


def _one_core() -> None:
    if hasattr(os, "sched_setaffinity"):  # one core, so the figure does not hide parallelism
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _report(files: list[Path], texts: list[str], runs: int) -> None:
    cpu, wall, found = time_runs(texts, runs)
    words = sum(len(text.split()) for text in texts)
    names = files[0].name if len(files) == 1 else f"{len(files)} articles"
    print(f"{names}: {words} words, {found} statements, {runs} runs, one core")
    for label, times in (("CPU time ", cpu), ("wall time", wall)):
        times.sort()
        print(f"{label}: median {statistics.median(times):.2f} ms   "
              f"p10 {times[len(times) // 10]:.2f} ms   p90 {times[len(times) * 9 // 10]:.2f} ms")
    print(f"per 1,000 words: {statistics.median(cpu) * 1000 / words:.2f} ms CPU (median)")


def _child(tree: Path, files: list[Path], runs: int) -> list[float]:
    """CPU times of ``runs`` runs in a fresh process importing briefgen from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", "--runs", str(runs),
         *map(str, files)], env=env, cwd=tree, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def _compare(rev: str, files: list[Path], rounds: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "archive", rev, "briefgen"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        cpu: dict[str, list[float]] = {rev: [], "this checkout": []}
        for _ in range(rounds):
            cpu[rev] += _child(Path(folder), files, runs)
            cpu["this checkout"] += _child(ROOT, files, runs)
    per_article = {k: statistics.median(v) / len(files) for k, v in cpu.items()}
    print(f"{len(files)} articles, {rounds} rounds of {runs} runs each, one core, CPU time")
    for label, ms in per_article.items():
        print(f"  {label:<14} median {ms:.2f} ms per article")
    print(f"  ratio this checkout / {rev}: {per_article['this checkout'] / per_article[rev]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=[SEED])
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--against", metavar="REV", help="also time the detector of commit REV")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    _one_core()
    files = [f.resolve() for f in args.files]
    texts = [f.read_text(encoding="utf-8") for f in files]
    if args.child:
        print(json.dumps(time_runs(texts, args.runs or 60)[0]))
    elif args.against:
        _compare(args.against, files, args.rounds, args.runs or 60)
    else:
        _report(files, texts, args.runs or 300)


if __name__ == "__main__":
    main()

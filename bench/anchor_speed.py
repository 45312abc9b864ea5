"""Time the search for the closest passage (a quote not found in its article), per quote.

    python -m bench.anchor_speed [--repeat 5] [--anchor PATH] [--wall]

Each figure is the best of --repeat searches, each from a cold start (the article's words
prepared again, as for a brief's first wrong quote). Times are this process's CPU time, so
that other work on a shared machine does not count; --wall times wall-clock instead.
--anchor times another version of briefgen/check/anchor.py, e.g. one taken out of git with
`git show COMMIT:briefgen/check/anchor.py > old_anchor.py` (the search before the bound took
minutes on some of these texts).

The texts: about 50,000 words of ordinary news prose (bench.corpus), against a quote with a
typo and one with every long word cut short; 150,000 characters (450 KB) of text without
spaces, as Chinese is written, in one piece and in lines of 1,000; and 1 MiB of long tokens,
of 2,000 and of 100 letters.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections.abc import Callable
from types import ModuleType

from bench.corpus import make_brief, speaker_pool


def load_anchor(path: str | None) -> ModuleType:
    if path is None:
        from briefgen.check import anchor

        return anchor
    spec = importlib.util.spec_from_file_location("anchor_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def cases() -> dict[str, tuple[str, str]]:
    """Each text and the wrong quote searched for in it, by name."""
    rng = random.Random(5)
    pool = speaker_pool(7, 60)
    prose = "\n\n".join(make_brief(7, number, pool).article for number in range(70))
    words = prose.split()
    at = len(words) * 2 // 3
    common = [chr(0x4E00 + rng.randrange(400)) for _ in range(120)]
    sentences = ["".join(rng.choices(common, k=rng.randrange(12, 40))) + "。" for _ in range(300)]
    unspaced = "".join(rng.choice(sentences) for _ in range(6_000))[:150_000]
    lines = "\n".join(unspaced[i:i + 1_000] for i in range(0, len(unspaced), 1_000))
    long_tokens = ["".join(rng.choices("abcdefghijklmnop", k=2_000)) for _ in range(500)]
    short_tokens = ["".join(rng.choices("abcdefghijklmnop", k=100)) for _ in range(10_000)]
    return {
        "prose, 50,000 words, one typo": (prose, " ".join(words[at:at + 10]) + "x"),
        "prose, 50,000 words, every word cut": (
            prose, " ".join(w[:-1] if len(w) > 4 else w for w in words[at:at + 10])),
        "450 KB without spaces, one character changed": (
            unspaced, unspaced[90_000:90_012] + "口" + unspaced[90_013:90_030]),
        "450 KB without spaces in lines, quote typed with spaces": (
            lines, " ".join(unspaced[60_000 + 7 * k:60_000 + 7 * k + 5] for k in range(12))),
        "1 MiB of 2,000-letter tokens, a slice with a change": (
            " ".join(long_tokens), long_tokens[321][700:730] + "Z" + long_tokens[321][731:760]),
        "1 MiB of 100-letter tokens, 12 tokens with a change": (
            " ".join(short_tokens), " ".join(short_tokens[5_000:5_012])[:-1] + "Z"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.anchor_speed",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--anchor", help="another anchor.py to time")
    parser.add_argument("--wall", action="store_true", help="time wall-clock, not CPU")
    args = parser.parse_args(argv)
    anchor = load_anchor(args.anchor)
    clock: Callable[[], float] = time.perf_counter if args.wall else time.process_time
    for name, (text, quote) in cases().items():
        times = []
        for _ in range(args.repeat):
            for cached in ("_article_words", "_folded_words"):  # this version's or the old
                getattr(getattr(anchor, cached, None), "cache_clear", lambda: None)()
            started = clock()
            anchor.closest_passage(text, quote)
            times.append(clock() - started)
        print(f"{name:<58} {min(times):8.3f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

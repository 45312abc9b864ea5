"""The evaluation's command line.

    python -m briefgen.analyse.evaluation [--data DIR] [--details]
    python -m briefgen.analyse.evaluation polnear CORPUS [--split dev] [--details]

The first scores the detector on the gold set (by default the one shipped in data/en); the
second on a PolNeAR split, the corpus folder given (it is not part of briefgen).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from briefgen.analyse.evaluation import gold, polnear, realnews

PROG = "python -m briefgen.analyse.evaluation"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Score the attribution detector.")
    parser.add_argument("--data", type=Path, default=gold.DEFAULT_DATA,
                        help="folder of NAME.txt and NAME.gold.json files (the gold set)")
    parser.add_argument("--details", action="store_true",
                        help="list what was missed, found in excess or credited wrongly")
    commands = parser.add_subparsers(dest="command")
    real = commands.add_parser("polnear", help="score on a split of the PolNeAR corpus")
    real.add_argument("corpus", type=Path, help="the PolNeAR folder (holding train/ and dev/)")
    real.add_argument("--split", default="dev", help="train or dev (default: dev)")
    real.add_argument("--details", action="store_true", help=argparse.SUPPRESS)
    return parser


def _gold(data: Path, details: bool) -> int:
    if not any(data.glob("*.gold.json")):
        print(f"no NAME.gold.json files in {data}; give the gold set with --data",
              file=sys.stderr)
        return 2
    overall, articles = gold.evaluate(data)
    print(gold.report(overall, articles, details=details))
    return 0


def _polnear(corpus: Path, split: str, details: bool) -> int:
    try:
        articles = polnear.read_split(corpus, split)
    except FileNotFoundError as error:
        print(f"{error}; give the PolNeAR folder that holds train/ and dev/", file=sys.stderr)
        return 2
    score = realnews.evaluate_articles(articles)
    print(realnews.report(score, f"PolNeAR {split}"))
    if details:
        print("", *score.notes, sep="\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "polnear":
        return _polnear(args.corpus, args.split, args.details)
    return _gold(args.data, args.details)


if __name__ == "__main__":
    sys.exit(main())

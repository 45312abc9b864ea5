"""The evaluation's command line.

    python -m briefgen.analyse.evaluation [--data DIR] [--language LANG] [--details]
    python -m briefgen.analyse.evaluation polnear CORPUS [--split dev] [--details]

The first scores the detector on a gold set (by default the one shipped in data/en; data/uk and
data/ru are the Ukrainian and Russian ones), read in the folder's language unless --language
says otherwise; the second on a PolNeAR split, the corpus folder given (it is not part of
briefgen).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from briefgen.analyse.detect.lexicon import languages
from briefgen.analyse.evaluation import gold, polnear, realnews

PROG = "python -m briefgen.analyse.evaluation"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Score the attribution detector.")
    parser.add_argument("--data", type=Path, default=gold.DEFAULT_DATA,
                        help="folder of NAME.txt and NAME.gold.json files (the gold set)")
    parser.add_argument("--language", choices=languages(), default=None,
                        help="the articles' language (default: the folder's name, data/uk is "
                             "Ukrainian; else en)")
    parser.add_argument("--details", action="store_true",
                        help="list what was missed, found in excess or credited wrongly")
    commands = parser.add_subparsers(dest="command")
    real = commands.add_parser("polnear", help="score on a split of the PolNeAR corpus")
    real.add_argument("corpus", type=Path, help="the PolNeAR folder (holding train/ and dev/)")
    real.add_argument("--split", default="dev", help="train or dev (default: dev)")
    real.add_argument("--details", action="store_true", help=argparse.SUPPRESS)
    return parser


def _gold(data: Path, language: str | None, details: bool) -> int:
    if not any(data.glob("*.gold.json")):
        print(f"no NAME.gold.json files in {data}; give the gold set with --data",
              file=sys.stderr)
        return 2
    language = language or gold.language_of(data)
    overall, articles = gold.evaluate(data, language)
    print(gold.report(overall, articles, details=details, language=language))
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
    return _gold(args.data, args.language, args.details)


if __name__ == "__main__":
    sys.exit(main())

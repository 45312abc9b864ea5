"""The project on disk: briefgen.yaml, speakers.yaml, pages/, and the briefs and their
articles; the command line that writes them."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from pathlib import Path

from .. import vocab as v
from . import __doc__ as package_doc  # its first paragraph is the command's description
from .brief import Brief, BriefInfo, make_brief
from .speakers import Pool, pool_size, speaker_pool
from .text import scalar

GENERATED = ("briefgen.yaml", "speakers.yaml", "briefs", "seeds", "pages", "templates", "site",
             ".briefgen-cache")


CONFIG = """\
# A synthetic desk written by bench.corpus for briefgen's scale benchmark.
title: Synthetic fact-check desk
description: Invented claims about invented people, checked at scale.
language: en
base_url: https://desk.example/checks/
publisher:
  name: The synthetic desk
  url: https://desk.example/
"""


def write_project_files(out: Path, seed: int, briefs: int) -> Pool:
    """briefgen.yaml, speakers.yaml and pages/: everything but the briefs and articles."""
    pool = speaker_pool(seed, pool_size(briefs))
    (out / "briefs").mkdir(parents=True, exist_ok=True)
    (out / "seeds").mkdir(exist_ok=True)
    (out / "pages").mkdir(exist_ok=True)
    (out / "briefgen.yaml").write_text(CONFIG, encoding="utf-8")
    lines = ["# Speakers shared by every brief (bench.corpus, seed "
             f"{seed}, {len(pool.speakers)} speakers)."]
    for speaker in pool.speakers:
        lines += speaker.yaml("")
    (out / "speakers.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, text in v.PAGES.items():
        (out / "pages" / name).write_text(text, encoding="utf-8")
    return pool


def _write(path: Path, text: str) -> None:
    """Path.write_text, without the text layer: a third of the time on 50,000 small files."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(fd, data):]
    finally:
        os.close(fd)


def write_brief(out: Path, brief: Brief) -> None:
    _write(out / brief.info.seed, brief.article)
    _write(out / "briefs" / f"{brief.info.slug}.yaml", brief.yaml)


def generate(out: Path, briefs: int, seed: int = 1) -> list[BriefInfo]:
    """Write a whole project of ``briefs`` briefs into ``out``; returns what was written."""
    pool = write_project_files(out, seed, briefs)
    infos = []
    for number in range(1, briefs + 1):
        brief = make_brief(seed, number, pool)
        write_brief(out, brief)
        infos.append(brief.info)
    return infos


def add_brief(out: Path, corpus_size: int, seed: int = 1) -> BriefInfo:
    """Add the next brief (number corpus_size + 1) to a corpus generated with this seed."""
    pool = speaker_pool(seed, pool_size(corpus_size))
    brief = make_brief(seed, corpus_size + 1, pool)
    write_brief(out, brief)
    return brief.info


def edit_brief(path: Path) -> None:
    """A harmless, valid edit of a generated brief: its title gains a word."""
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("title: "))
    value = lines[index].removeprefix("title: ")
    title = json.loads(value) if value.startswith('"') else value
    lines[index] = f"title: {scalar(title + ' (updated)')}"
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=package_doc.split(
        "\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUT_DIR", help="the project folder to write")
    parser.add_argument("--briefs", type=int, required=True, metavar="N",
                        help="how many briefs (and articles) to write")
    parser.add_argument("--seed", type=int, default=1, help="the random seed (default 1)")
    parser.add_argument("--force", action="store_true",
                        help="replace a corpus already in OUT_DIR")
    args = parser.parse_args(argv)
    if args.briefs < 1:
        parser.error("--briefs must be at least 1")
    out: Path = args.out
    if out.exists() and any(out.iterdir()):
        if not args.force:
            parser.error(f"{out} is not empty; use --force to replace the corpus in it")
        for name in GENERATED:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    start = time.perf_counter()
    infos = generate(out, args.briefs, args.seed)
    seconds = time.perf_counter() - start
    drafts = sum(i.draft for i in infos)
    print(f"Wrote {len(infos):,} briefs ({drafts:,} drafts) to {out} in {seconds:.1f} s.")
    return 0


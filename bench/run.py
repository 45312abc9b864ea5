"""Time briefgen's builds on synthetic corpora, and Pelican's and Hugo's where they are installed.

    python -m bench.run [--sizes 1000,5000,25000] [--workdir DIR] [--keep] [--seed S]
                        [--no-compare] [--json FILE]
    python -m bench.run --smoke

For each size it generates a corpus (bench.corpus), then runs `python -m briefgen build
--verbose` in a subprocess five times: a cold build (no previous site), a rebuild with nothing
changed, and rebuilds after editing one brief, adding one brief and changing one template. Each
build's wall-clock time and peak memory (the child's maximum resident set size, from wait4) are
measured from outside, and its per-phase times are read from its --verbose output. Where Pelican
and Hugo are installed, the same articles are built with each of them too, and the time ratios
printed. See bench/README.md for what each figure means.

--smoke runs one tiny corpus (20 briefs) through every step: a check that the benchmark works,
never a timing to assert on.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from . import corpus
from .measure import BenchError, Measure, failure, run_measured
from .others import Tool, find_others, other_build, write_project
from .report import SizeResult, cpu_text, mib_text, report, say

STEPS = ("cold build", "no change", "edit one brief", "add one brief", "change a template")
DEFAULT_SIZES = (1000, 5000, 25000)
SMOKE_SIZE = 20
TEMPLATE = "brief.html"  # the template every brief page is rendered with
TEMPLATE_MARK = "<!-- changed by bench.run -->"

_PHASE = re.compile(r"^\s+(?P<phase>\S.*?)\s+(?P<seconds>\d+(?:\.\d+)?) s$")
_BUILT = re.compile(r"Built (?P<briefs>[\d,]+) briefs?, (?P<pages>[\d,]+) pages?.* in "
                    r"(?P<seconds>[\d.]+) s")


# --- The briefgen measured -------------------------------------------------------------------


@dataclass(frozen=True)
class Briefgen:
    """The briefgen to benchmark: the installed one, or the one in a source folder."""

    source: Path | None = None

    @property
    def env(self) -> dict[str, str] | None:
        if self.source is None:
            return None
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(self.source.resolve()), *filter(None, [env.get("PYTHONPATH")])])
        return env

    def compile(self) -> None:
        """Compile the package to bytecode, as pip does when it installs one, so that no
        measured build spends its time compiling Python source: an editable install under
        PYTHONDONTWRITEBYTECODE (set on some machines) would do that in every process."""
        if self.source is not None:
            package = self.source / "briefgen"
        else:
            spec = importlib.util.find_spec("briefgen")
            if spec is None or not spec.submodule_search_locations:
                return
            package = Path(spec.submodule_search_locations[0])
        compileall.compile_dir(package, quiet=1)

    def templates(self) -> Path:
        if self.source is None:
            return default_template_dir()
        for folder in (self.source / "templates", self.source / "briefgen" / "templates"):
            if (folder / TEMPLATE).is_file():
                return folder
        raise BenchError(f"no {TEMPLATE} in {self.source}/templates")

    def version(self) -> str:
        done = subprocess.run([sys.executable, "-m", "briefgen", "--version"],
                              capture_output=True, text=True, check=False, env=self.env)
        where = f" from {self.source}" if self.source else ""
        return (done.stdout.strip() or "briefgen (version unknown)") + where


def briefgen_build(briefgen: Briefgen, root: Path, step: str) -> Measure:
    command = [sys.executable, "-m", "briefgen", "build", "--project", str(root), "--verbose"]
    run = run_measured(command, cwd=root, env=briefgen.env)
    if run.code != 0:
        raise failure(f"briefgen build ({step})", run)
    measure = Measure("briefgen", step, run.seconds, run.peak_mib, run.cpu, run.tree_mib)
    for line in run.stdout.splitlines():
        if match := _PHASE.match(line):
            measure.phases[match["phase"]] = float(match["seconds"])
        elif match := _BUILT.search(line):
            measure.internal = float(match["seconds"])
            measure.pages = int(match["pages"].replace(",", ""))
    return measure


# --- The incremental steps --------------------------------------------------------------------


def default_template_dir() -> Path:
    """The default templates of the briefgen being measured, wherever its version keeps them."""
    import importlib

    for module in ("briefgen.load.paths", "briefgen.paths", "briefgen.render"):
        try:
            return Path(importlib.import_module(module).default_templates())
        except (ImportError, AttributeError):
            continue
    return Path(__file__).resolve().parent.parent / "templates"  # pragma: no cover


def change_template(root: Path, defaults: Path) -> Path:
    """Copy the default brief template into the project, with a harmless visible change."""
    text = (defaults / TEMPLATE).read_text(encoding="utf-8")
    marker = "{% block main %}"
    if marker in text:
        text = text.replace(marker, marker + "\n" + TEMPLATE_MARK, 1)
    else:
        text += "\n{# changed by bench.run #}\n"
    target = root / "templates" / TEMPLATE
    target.parent.mkdir(exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def brief_to_edit(infos: Sequence[corpus.BriefInfo]) -> corpus.BriefInfo:
    """A published brief from the middle of the alphabet: neither first nor last anywhere."""
    live = sorted((i for i in infos if not i.draft), key=lambda i: i.slug)
    return live[len(live) // 2]


# --- One size ---------------------------------------------------------------------------------


def bench_size(size: int, workdir: Path, seed: int, tools: Sequence[Tool],
               briefgen: Briefgen) -> SizeResult:
    base = workdir / f"corpus-{size}"
    if base.exists():
        shutil.rmtree(base)
    root = base / "briefgen"
    root.mkdir(parents=True)
    say(f"\n== {size:,} briefs ==")
    infos, result = make_corpus(root, size, seed)
    time_steps(briefgen, root, infos, seed, result)
    for tool in tools:
        result.measures.append(time_other(tool, root, infos, base / tool.name))
    return result


def make_corpus(root: Path, size: int, seed: int
                ) -> tuple[list[corpus.BriefInfo], SizeResult]:
    """The corpus in ``root``, and a result holding its figures, to which builds are added."""
    start = time.perf_counter()
    infos = corpus.generate(root, size, seed)
    generated = time.perf_counter() - start
    words = sum(len((root / i.seed).read_text(encoding="utf-8").split()) for i in infos)
    drafts = sum(i.draft for i in infos)
    result = SizeResult(size, size - drafts, drafts, words, generated)
    say(f"generated in {generated:.1f} s: {size - drafts:,} published, {drafts:,} drafts, "
        f"{words:,} words of articles → {root}")
    return infos, result


def time_steps(briefgen: Briefgen, root: Path, infos: Sequence[corpus.BriefInfo], seed: int,
               result: SizeResult) -> None:
    """Build the corpus in ``root`` once per step, changing it between builds."""
    def measure(step: str) -> None:
        say(f"  {step} …")
        m = briefgen_build(briefgen, root, step)
        result.measures.append(m)
        say(f"  {step}: {m.seconds:.2f} s ({cpu_text(m.cpu)}), peak {mib_text(m.peak_mib)}, "
            f"tree {mib_text(m.tree_mib)}")

    measure("cold build")
    measure("no change")
    corpus.edit_brief(root / "briefs" / f"{brief_to_edit(infos).slug}.yaml")
    measure("edit one brief")
    corpus.add_brief(root, result.size, seed)
    measure("add one brief")
    change_template(root, briefgen.templates())
    measure("change a template")


def time_other(tool: Tool, root: Path, infos: Sequence[corpus.BriefInfo],
               project: Path) -> Measure:
    """A cold build of the same articles with Pelican or Hugo, in ``project``."""
    write_project(tool, root, infos, project)
    say(f"  {tool.name} …")
    m = other_build(tool, project)
    say(f"  {tool.name}: {m.seconds:.2f} s ({cpu_text(m.cpu)}), peak {mib_text(m.peak_mib)}, "
        f"{m.pages:,} pages")
    return m


# --- The command line ------------------------------------------------------------------------


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of numbers such as "
                                         "1000,5000") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be whole numbers from 1 up")
    return sizes


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.run",
                                     description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--sizes", type=parse_sizes, default=list(DEFAULT_SIZES),
                       help="corpus sizes, comma-separated (default 1000,5000,25000)")
    which.add_argument("--smoke", action="store_true",
                       help=f"one corpus of {SMOKE_SIZE} briefs through every step, quickly")
    parser.add_argument("--workdir", type=Path,
                        help="where to put the corpora (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the corpora and the sites built from them")
    parser.add_argument("--seed", type=int, default=1, help="the corpus seed (default 1)")
    parser.add_argument("--source", type=Path, metavar="DIR",
                        help="benchmark the briefgen in this source folder (e.g. an export of "
                             "another commit) instead of the installed one")
    parser.add_argument("--no-compare", action="store_true",
                        help="skip Pelican and Hugo even where they are installed")
    parser.add_argument("--json", type=Path, metavar="FILE",
                        help="also write every figure to FILE as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    sizes = [SMOKE_SIZE] if args.smoke else args.sizes
    tools, skipped = ([], {}) if args.no_compare else find_others()

    temporary = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="briefgen-bench-")) if temporary else args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    if args.source is not None and not (args.source / "briefgen" / "__init__.py").is_file():
        parser.error(f"{args.source} holds no briefgen package")
    briefgen = Briefgen(args.source)
    briefgen.compile()
    say(f"{briefgen.version()}, Python {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} CPUs")
    for tool in tools:
        say(f"{tool.name} {tool.version}: {' '.join(tool.command)}")
    results: list[SizeResult] = []
    try:
        for size in sizes:
            results.append(bench_size(size, workdir, args.seed, tools, briefgen))
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        if not args.keep:
            clean_up(workdir, temporary, sizes)
    report(results, STEPS, tools, skipped)
    if args.keep:
        say(f"\nCorpora and sites kept in {workdir}")
    if args.json:
        write_json(args.json, results, tools, skipped)
    return 0


def clean_up(workdir: Path, temporary: bool, sizes: Sequence[int]) -> None:
    """Delete the corpora and their sites: the whole folder if it was ours, else only them."""
    if temporary:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        for size in sizes:
            with contextlib.suppress(FileNotFoundError):
                shutil.rmtree(workdir / f"corpus-{size}")


def write_json(path: Path, results: Sequence[SizeResult], tools: Sequence[Tool],
               skipped: dict[str, str]) -> None:
    data = {"sizes": [asdict(r) for r in results],
            "tools": {t.name: t.version for t in tools}, "skipped": skipped}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

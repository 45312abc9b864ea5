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
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import corpus

STEPS = ("cold build", "no change", "edit one brief", "add one brief", "change a template")
DEFAULT_SIZES = (1000, 5000, 25000)
SMOKE_SIZE = 20
TEMPLATE = "brief.html"  # the template every brief page is rendered with
TEMPLATE_MARK = "<!-- changed by bench.run -->"
PAGE_SIZE = 20  # briefgen's default page_size, given to Pelican and Hugo too

_PHASE = re.compile(r"^\s+(?P<phase>\S.*?)\s+(?P<seconds>\d+(?:\.\d+)?) s$")
_BUILT = re.compile(r"Built (?P<briefs>[\d,]+) briefs?, (?P<pages>[\d,]+) pages?.* in "
                    r"(?P<seconds>[\d.]+) s")


class BenchError(Exception):
    """A build failed or a tool misbehaved; the message says which and shows its output."""


@dataclass
class Measure:
    tool: str  # briefgen, pelican or hugo
    step: str
    seconds: float  # wall clock, process start to exit
    peak_mib: float | None  # the largest resident set size of the process or any child
    cpu: float | None  # user + system CPU seconds of the process and its children
    tree_mib: float | None = None  # the most memory the process and its children held at once
    phases: dict[str, float] = field(default_factory=dict)  # briefgen --verbose
    internal: float | None = None  # briefgen's own total, from its "Built ..." line
    pages: int | None = None


@dataclass
class SizeResult:
    size: int
    published: int
    drafts: int
    words: int
    generate_seconds: float
    measures: list[Measure] = field(default_factory=list)

    def get(self, tool: str, step: str) -> Measure | None:
        return next((m for m in self.measures if m.tool == tool and m.step == step), None)

    def ratio(self, tool: str, cpu: bool = False) -> float | None:
        """briefgen's cold build time over the tool's: wall clock, or CPU time."""
        ours, theirs = self.get("briefgen", "cold build"), self.get(tool, "cold build")
        if not ours or not theirs:
            return None
        if cpu:
            return ours.cpu / theirs.cpu if ours.cpu and theirs.cpu else None
        return ours.seconds / theirs.seconds if theirs.seconds else None


# --- Running a measured process ---------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float  # wall clock
    peak_mib: float | None
    cpu: float | None  # user + system
    tree_mib: float | None




def _tree_bytes(pid: int) -> int:
    """The memory a process and all its descendants hold now, from Linux's /proc: the sum of
    their proportional set sizes (PSS), so that pages forked workers share with their parent
    count once, not once in every process as resident sizes would."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup", "rb") as rollup:
                for line in rollup:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", "rb") as children:
                    stack.extend(int(child) for child in children.read().split())
        except (OSError, ValueError, IndexError):
            continue  # it exited meanwhile
    return total


class CpuAccount:
    """The CPU time of a whole process tree, however its processes are reaped. A build's
    workers may be forked by a fork server that nobody waits for, so wait4's figure, which
    counts only the children a process waited for, would miss them. The measured process joins
    a control group of its own before it starts, and every descendant with it; where no group
    can be made (not Linux, no rights), ``seconds`` is None and wait4's figure is used."""

    ROOTS = (Path("/sys/fs/cgroup/unified"), Path("/sys/fs/cgroup"),
             Path("/sys/fs/cgroup/cpuacct"))

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.usage = ""
        for root in self.ROOTS:
            usage = ("cpu.stat" if (root / "cgroup.controllers").exists()
                     else "cpuacct.usage" if (root / "cpuacct.usage").exists() else "")
            if not usage:
                continue
            folder = root / f"briefgen-bench-{os.getpid()}-{time.monotonic_ns()}"
            try:
                folder.mkdir()
            except OSError:
                continue
            self.folder, self.usage = folder, usage
            return

    def join(self) -> None:
        """Called in the measured process before it starts (Popen's preexec_fn)."""
        if self.folder is not None:
            (self.folder / "cgroup.procs").write_text(str(os.getpid()))

    def seconds(self) -> float | None:
        if self.folder is None:
            return None
        try:
            text = (self.folder / self.usage).read_text()
        except OSError:
            return None
        if self.usage == "cpu.stat":  # "usage_usec N" among other lines
            fields = dict(line.split() for line in text.splitlines() if line.strip())
            return int(fields["usage_usec"]) / 1e6
        return int(text) / 1e9  # cpuacct.usage: nanoseconds

    def close(self) -> None:
        if self.folder is None:
            return
        for _ in range(100):  # a fork server ends a moment after the build
            try:
                self.folder.rmdir()
                return
            except OSError:
                time.sleep(0.05)


class TreeSampler(threading.Thread):
    """Samples the memory of a process tree every ``interval`` seconds, keeping the peak: with
    worker processes, ru_maxrss gives only the largest single process, not their sum."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak = 0
        self.done = threading.Event()

    def run(self) -> None:
        while True:
            start = time.perf_counter()
            self.peak = max(self.peak, _tree_bytes(self.pid))
            # Reading smaps_rollup walks each process's page tables: milliseconds for a large
            # one, taken from the build being timed. Sampling waits long enough to use at most
            # a twentieth of a core.
            if self.done.wait(max(self.interval, 20 * (time.perf_counter() - start))):
                return

    @staticmethod
    def available() -> bool:
        return (os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
                and os.path.exists(f"/proc/{os.getpid()}/smaps_rollup"))


def run_measured(command: Sequence[str], cwd: Path | None = None,
                 env: dict[str, str] | None = None) -> Run:
    """Run ``command``, measuring its wall-clock time, peak memory and CPU time.

    The peak is the child's own ru_maxrss from wait4: unlike RUSAGE_CHILDREN it is not the
    maximum over every child this process has ever waited for. Where Linux's /proc allows,
    the memory of the whole process tree is also sampled."""
    account = CpuAccount()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err,
                                   stdin=subprocess.DEVNULL, env=env,
                                   preexec_fn=account.join if account.folder else None)
        sampler = TreeSampler(process.pid) if TreeSampler.available() else None
        if sampler:
            sampler.start()
        peak: float | None = None
        cpu: float | None = None
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - start
            code = os.waitstatus_to_exitcode(status)
            process.returncode = code  # reaped here: Popen must not wait for it again
            # Linux reports kibibytes, macOS bytes.
            peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
            cpu = usage.ru_utime + usage.ru_stime
        else:  # pragma: no cover - Windows
            code = process.wait()
            seconds = time.perf_counter() - start
        tree = None
        if sampler:
            sampler.done.set()
            sampler.join()
            tree = sampler.peak / (1024 * 1024) or None
        whole = account.seconds()
        account.close()
        cpu = whole if whole is not None else cpu
        out.seek(0)
        err.seek(0)
        return Run(code, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), seconds, peak, cpu, tree)


def _failure(what: str, run: Run) -> BenchError:
    tail = "\n".join((run.stdout + run.stderr).strip().splitlines()[-25:])
    return BenchError(f"{what} exited with {run.code}:\n{tail}")


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
        raise _failure(f"briefgen build ({step})", run)
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


# --- Pelican and Hugo -------------------------------------------------------------------------


@dataclass(frozen=True)
class Tool:
    name: str
    command: tuple[str, ...]
    version: str


def find_pelican() -> Tool | str:
    """Pelican, run by this interpreter when it can import it, else from PATH; or why not."""
    if importlib.util.find_spec("pelican") is not None:
        if importlib.util.find_spec("markdown") is None:
            return "pelican is installed but markdown is not (pip install markdown)"
        command: tuple[str, ...] = (sys.executable, "-m", "pelican")
    elif shutil.which("pelican"):
        command = (shutil.which("pelican") or "pelican",)
    else:
        return "not installed (pip install pelican markdown)"
    return Tool("pelican", command, _version([*command, "--version"]))


def find_hugo() -> Tool | str:
    hugo = shutil.which("hugo")
    if not hugo:
        return "not installed (apt-get install hugo)"
    return Tool("hugo", (hugo,), _version([hugo, "version"]))


def _version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    words = (done.stdout or done.stderr).split()
    return next((w for w in words if re.match(r"v?\d+\.\d+", w)), words[0] if words else "?")


def _article_markdown(root: Path, info: corpus.BriefInfo) -> str:
    """The brief's article as Markdown: the verdict, then its paragraphs."""
    text = (root / info.seed).read_text(encoding="utf-8")
    paragraphs = "\n\n".join(p for p in text.split("\n") if p.strip())
    return f"**Rating: {info.rating}.** {info.summary}\n\n{paragraphs}\n"


PELICAN_CONF = f"""\
AUTHOR = "The synthetic desk"
SITENAME = "Synthetic fact-check desk"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = {PAGE_SIZE}
ARTICLE_URL = "briefs/{{slug}}/"
ARTICLE_SAVE_AS = "briefs/{{slug}}/index.html"
FEED_DOMAIN = "https://desk.example"
FEED_ALL_ATOM = "feeds/all.atom.xml"
TAG_FEED_ATOM = "feeds/tags/{{slug}}.atom.xml"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""


def write_pelican_project(root: Path, infos: Sequence[corpus.BriefInfo], target: Path) -> None:
    content = target / "content"
    content.mkdir(parents=True)
    (target / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    for info in infos:
        head = [f"Title: {info.title}", f"Date: {info.date.isoformat()}", f"Slug: {info.slug}",
                f"Category: {info.tags[0]}", f"Tags: {', '.join(info.tags)}",
                f"Summary: {info.summary}"]
        if info.draft:
            head.append("Status: draft")
        (content / f"{info.slug}.md").write_text(
            "\n".join(head) + "\n\n" + _article_markdown(root, info), encoding="utf-8")


HUGO_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Summary | plainify }}"></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>
BODY
</main>
</body>
</html>
"""
HUGO_SINGLE = """<article><h1>{{ .Title }}</h1>
<p><time>{{ .Date.Format "2 January 2006" }}</time></p>
<ul>{{ range .Params.tags }}
<li><a href="{{ (printf "tags/%s/" (. | urlize)) | relURL }}">{{ . }}</a></li>
{{ end }}</ul>
{{ .Content }}
</article>"""
HUGO_LIST = """<h1>{{ .Title }}</h1>
<ol>{{ range .Paginator.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>
{{ end }}</ol>
{{ template "_internal/pagination.html" . }}"""
HUGO_HOME = """<h1>{{ .Site.Title }}</h1>
<ol>{{ range (.Paginate .Site.RegularPages).Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>
{{ end }}</ol>
{{ template "_internal/pagination.html" . }}"""
HUGO_TERMS = """<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}</ul>"""


def _hugo_version(tool: Tool) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", tool.version)[:3]
    return tuple(int(n) for n in numbers) or (0,)


def write_hugo_project(root: Path, infos: Sequence[corpus.BriefInfo], target: Path,
                       tool: Tool) -> None:
    content = target / "content" / "briefs"
    content.mkdir(parents=True)
    # Hugo 0.128 moved `paginate` into [pagination]; older versions know only the former.
    paging = (f"[pagination]\npagerSize = {PAGE_SIZE}\n" if _hugo_version(tool) >= (0, 128)
              else f"paginate = {PAGE_SIZE}\n")
    (target / "config.toml").write_text(
        'baseURL = "https://desk.example/"\nlanguageCode = "en"\n'
        'title = "Synthetic fact-check desk"\nbuildFuture = true\n' + paging, encoding="utf-8")
    layouts = target / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name, body in (("single.html", HUGO_SINGLE), ("list.html", HUGO_LIST),
                       ("terms.html", HUGO_TERMS)):
        (layouts / name).write_text(HUGO_PAGE.replace("BODY", body), encoding="utf-8")
    (target / "layouts" / "index.html").write_text(HUGO_PAGE.replace("BODY", HUGO_HOME),
                                                   encoding="utf-8")
    for info in infos:
        front = ["---", f"title: {json.dumps(info.title, ensure_ascii=False)}",
                 f"date: {info.date.isoformat()}", f"slug: {info.slug}",
                 f"tags: {json.dumps(list(info.tags), ensure_ascii=False)}",
                 f"summary: {json.dumps(info.summary, ensure_ascii=False)}",
                 f"draft: {'true' if info.draft else 'false'}", "---", ""]
        (content / f"{info.slug}.md").write_text(
            "\n".join(front) + _article_markdown(root, info), encoding="utf-8")


def other_build(tool: Tool, project: Path) -> Measure:
    if tool.name == "pelican":
        command = [*tool.command, "content", "-o", "output", "-s", "pelicanconf.py", "-q"]
        output = project / "output"
    else:
        command = [*tool.command, "--source", str(project), "--destination",
                   str(project / "public"), "--quiet"]
        output = project / "public"
    run = run_measured(command, cwd=project)
    if run.code != 0:
        raise _failure(f"{tool.name} build", run)
    pages = sum(1 for _ in output.rglob("*.html")) if output.is_dir() else 0
    if not pages:
        raise _failure(f"{tool.name} build (wrote no pages)", run)
    return Measure(tool.name, "cold build", run.seconds, run.peak_mib, run.cpu, run.tree_mib,
                   pages=pages)


# --- One size ---------------------------------------------------------------------------------


def say(text: str = "") -> None:
    print(text, flush=True)


def bench_size(size: int, workdir: Path, seed: int, tools: Sequence[Tool],
               briefgen: Briefgen) -> SizeResult:
    base = workdir / f"corpus-{size}"
    if base.exists():
        shutil.rmtree(base)
    root = base / "briefgen"
    root.mkdir(parents=True)
    say(f"\n== {size:,} briefs ==")
    start = time.perf_counter()
    infos = corpus.generate(root, size, seed)
    generated = time.perf_counter() - start
    words = sum(len((root / i.seed).read_text(encoding="utf-8").split()) for i in infos)
    drafts = sum(i.draft for i in infos)
    result = SizeResult(size, size - drafts, drafts, words, generated)
    say(f"generated in {generated:.1f} s: {size - drafts:,} published, {drafts:,} drafts, "
        f"{words:,} words of articles → {root}")

    def measure(step: str) -> None:
        say(f"  {step} …")
        m = briefgen_build(briefgen, root, step)
        result.measures.append(m)
        say(f"  {step}: {m.seconds:.2f} s ({_cpu(m.cpu)}), peak {_mib(m.peak_mib)}, "
            f"tree {_mib(m.tree_mib)}")

    measure("cold build")
    measure("no change")
    corpus.edit_brief(root / "briefs" / f"{brief_to_edit(infos).slug}.yaml")
    measure("edit one brief")
    corpus.add_brief(root, size, seed)
    measure("add one brief")
    change_template(root, briefgen.templates())
    measure("change a template")

    for tool in tools:
        project = base / tool.name
        if tool.name == "pelican":
            write_pelican_project(root, infos, project)
        else:
            write_hugo_project(root, infos, project, tool)
        say(f"  {tool.name} …")
        m = other_build(tool, project)
        result.measures.append(m)
        say(f"  {tool.name}: {m.seconds:.2f} s ({_cpu(m.cpu)}), peak {_mib(m.peak_mib)}, "
            f"{m.pages:,} pages")
    return result


# --- Reporting --------------------------------------------------------------------------------


def _mib(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f} MiB"


def _cpu(value: float | None) -> str:
    return "CPU time unknown" if value is None else f"{value:.2f} s CPU"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    def line(cells: Sequence[str]) -> str:
        first = f"{cells[0]:<{widths[0]}}"
        rest = (f"{cell:>{width}}" for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join((first, *rest)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def size_table(result: SizeResult) -> str:
    phases: list[str] = []
    for m in result.measures:
        phases += [p for p in m.phases if p not in phases]
    header = ["step", "wall s", "cpu s", "in briefgen s", "other s",
              *(f"{p} s" for p in phases), "peak MiB", "tree MiB", "pages"]
    rows = []
    for m in result.measures:
        label = m.step if m.tool == "briefgen" else f"{m.tool} ({m.step})"
        inside = sum(m.phases.values()) if m.phases else None
        rows.append([
            label, f"{m.seconds:.2f}", "-" if m.cpu is None else f"{m.cpu:.2f}",
            "-" if m.internal is None else f"{m.internal:.2f}",
            "-" if inside is None else f"{m.seconds - inside:.2f}",
            *("-" if p not in m.phases else f"{m.phases[p]:.2f}" for p in phases),
            "-" if m.peak_mib is None else f"{m.peak_mib:,.0f}",
            "-" if m.tree_mib is None else f"{m.tree_mib:,.0f}",
            "-" if m.pages is None else f"{m.pages:,}",
        ])
    return _table(header, rows)


def summary_table(results: Sequence[SizeResult]) -> str:
    tools = [t for t in ("pelican", "hugo") if any(r.get(t, "cold build") for r in results)]
    header = ["briefs", *STEPS, "ms/brief cold", "cpu cold", "peak MiB",
              *(f"briefgen/{t}" for t in tools), *(f"cpu briefgen/{t}" for t in tools)]
    rows = []
    for r in results:
        cells = [f"{r.size:,}"]
        for step in STEPS:
            m = r.get("briefgen", step)
            cells.append("-" if m is None else f"{m.seconds:.2f} s")
        cold = r.get("briefgen", "cold build")
        cells.append("-" if cold is None else f"{cold.seconds * 1000 / r.size:.1f}")
        cells.append("-" if cold is None or cold.cpu is None else f"{cold.cpu:.2f} s")
        peaks = [max(m.peak_mib or 0, m.tree_mib or 0) for m in r.measures
                 if m.tool == "briefgen" and (m.peak_mib or m.tree_mib)]
        cells.append(f"{max(peaks):,.0f}" if peaks else "-")
        for cpu in (False, True):
            for t in tools:
                ratio = r.ratio(t, cpu)
                cells.append("-" if ratio is None else f"{ratio:.1f}×")
        rows.append(cells)
    return _table(header, rows)


def report(results: Sequence[SizeResult], tools: Sequence[Tool], skipped: dict[str, str]
           ) -> None:
    for result in results:
        say(f"\n{result.size:,} briefs ({result.published:,} published, {result.drafts:,} "
            f"drafts, {result.words:,} words), corpus generated in "
            f"{result.generate_seconds:.1f} s")
        say(size_table(result))
        ratios = [f"briefgen/{t.name} {r:.1f}× ({c:.1f}× in CPU time)" for t in tools
                  if (r := result.ratio(t.name)) is not None
                  and (c := result.ratio(t.name, cpu=True)) is not None]
        if ratios:
            say("cold build time ratio: " + ", ".join(ratios))
    say("\nSummary (wall-clock seconds of `python -m briefgen build`, process start to exit; "
        "CPU seconds where marked)")
    say(summary_table(results))
    for name, why in skipped.items():
        say(f"{name}: {why}; no comparison")


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of numbers such as "
                                         "1000,5000") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be whole numbers from 1 up")
    return sizes


def main(argv: list[str] | None = None) -> int:
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
    args = parser.parse_args(argv)
    sizes = [SMOKE_SIZE] if args.smoke else args.sizes

    tools: list[Tool] = []
    skipped: dict[str, str] = {}
    if not args.no_compare:
        for found in (find_pelican(), find_hugo()):
            if isinstance(found, Tool):
                tools.append(found)
            else:
                skipped["pelican" if "pelican" in found else "hugo"] = found

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
            if temporary:
                shutil.rmtree(workdir, ignore_errors=True)
            else:
                for size in sizes:
                    with contextlib.suppress(FileNotFoundError):
                        shutil.rmtree(workdir / f"corpus-{size}")
    report(results, tools, skipped)
    if args.keep:
        say(f"\nCorpora and sites kept in {workdir}")
    if args.json:
        data = {"sizes": [asdict(r) for r in results],
                "tools": {t.name: t.version for t in tools}, "skipped": skipped}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The figures of a benchmark run, and the tables they are printed in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .measure import Measure
from .others import Tool


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


def say(text: str = "") -> None:
    print(text, flush=True)


def mib_text(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f} MiB"


def cpu_text(value: float | None) -> str:
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


def summary_table(results: Sequence[SizeResult], steps: Sequence[str]) -> str:
    tools = [t for t in ("pelican", "hugo") if any(r.get(t, "cold build") for r in results)]
    header = ["briefs", *steps, "ms/brief cold", "cpu cold", "peak MiB",
              *(f"briefgen/{t}" for t in tools), *(f"cpu briefgen/{t}" for t in tools)]
    rows = []
    for r in results:
        cells = [f"{r.size:,}"]
        for step in steps:
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


def report(results: Sequence[SizeResult], steps: Sequence[str], tools: Sequence[Tool],
           skipped: dict[str, str]) -> None:
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
    say(summary_table(results, steps))
    for name, why in skipped.items():
        say(f"{name}: {why}; no comparison")


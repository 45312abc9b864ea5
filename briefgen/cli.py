"""The `briefgen` command. Thin: it parses arguments, calls the pipeline and prints."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .analysis import BriefFigures, analyse
from .build import build as build_site
from .diagnostics import Report
from .project import BRIEFS_DIR, CONFIG_FILE, find_briefs, load_project

app = typer.Typer(
    help="Build a static website of fact-check briefs from YAML-annotated articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

ProjectOption = Annotated[Path, typer.Option(
    "--project", "-p", help="The project folder (with briefs/ and briefgen.yaml).",
    file_okay=False)]


def _version(value: bool) -> None:
    if value:
        out.print(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """briefgen: claim versus denial, side by side, with the evidence."""


def print_report(report: Report) -> None:
    for problem in report.sorted():
        colour = "red" if problem.severity == "error" else "yellow"
        err.print(f"[{colour}]{problem.format()}[/{colour}]", markup=True,
                  highlight=False) if err.is_terminal else err.print(problem.format(),
                                                                   markup=False)


def summary_line(report: Report) -> str:
    errors, warnings = len(report.errors), len(report.warnings)
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"


@app.command()
def build(
    project: ProjectOption = Path("."),
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Where to write the site (default: site/ in the project).")] = None,
) -> None:
    """Check every brief, then write the whole site. Nothing is written if a brief has errors."""
    result = build_site(project, output)
    print_report(result.report)
    if not result.ok:
        err.print(f"Build stopped: {summary_line(result.report)}. The site was not changed.",
                  markup=False)
        raise typer.Exit(1)
    published = len(result.project.published)
    out.print(f"Built {published} brief{'s' * (published != 1)}, {result.pages} pages, "
              f"{result.drafts} draft{'s' * (result.drafts != 1)} skipped in "
              f"{result.seconds:.2f} s → {output if output is not None else project / 'site'}",
              markup=False)


@app.command()
def check(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Brief files to check (default: every brief in briefs/).")] = None,
    project: ProjectOption = Path("."),
) -> None:
    """Check briefs and report every problem, as file:line:column: severity: message; hint."""
    files = None
    if paths:
        files = []
        for path in paths:
            files.extend(sorted(path.rglob("*.y*ml")) if path.is_dir() else [path])
    _, report = load_project(project, files)
    print_report(report)
    checked = len(files if files is not None else find_briefs(project))
    if report.errors:
        err.print(f"Checked {checked} brief{'s' * (checked != 1)}: {summary_line(report)}.",
                  markup=False)
        raise typer.Exit(1)
    out.print(f"Checked {checked} brief{'s' * (checked != 1)}: {summary_line(report)}.",
              markup=False)


def find_project_root(brief: Path) -> Path:
    """The nearest folder above the brief that holds briefgen.yaml, else the one above briefs/."""
    for folder in brief.absolute().parents:
        if (folder / CONFIG_FILE).is_file():
            return folder
    parent = brief.absolute().parent
    return parent.parent if parent.name == BRIEFS_DIR else Path(".").absolute()


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@app.command()
def stats(
    brief: Annotated[Path, typer.Argument(help="The brief file, e.g. briefs/my-brief.yaml.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Show a brief's readability and attribution figures."""
    root = find_project_root(brief)
    project, report = load_project(root, [brief])
    if report.errors or not project.briefs:
        print_report(report)
        err.print("Fix the errors above, then run stats again.", markup=False)
        raise typer.Exit(1)
    figures = analyse(project.briefs[0])
    if as_json:
        typer.echo(json.dumps(_plain(figures), ensure_ascii=False, indent=2))
        return
    print_figures(project.briefs[0].title, figures)


def print_figures(title: str, figures: BriefFigures) -> None:
    a = figures.attribution
    out.print(f"[bold]{title}[/bold]", markup=True)
    table = Table(title="Readability", title_justify="left")
    table.add_column("Measure")
    table.add_column("Article", justify="right")
    table.add_column("Brief", justify="right")
    for field in dataclasses.fields(figures.article):
        art, prose = getattr(figures.article, field.name), getattr(figures.prose, field.name)
        show = (lambda v: f"{v:.2f}") if isinstance(art, float) else str
        table.add_row(field.name.replace("_", " "), show(art), show(prose))
    out.print(table)
    table = Table(title="Attributed passages by speaker", title_justify="left")
    for column in ("Speaker", "Kind", "Side", "Passages", "Words", "Share"):
        table.add_column(column, justify="right" if column in ("Passages", "Words", "Share")
                         else "left")
    for row in a.speakers:
        table.add_row(row.speaker.name, row.speaker.kind, ", ".join(row.sides), str(row.passages),
                      str(row.words), f"{row.word_share:.0%}")
    out.print(table)
    table = Table(title="By side and by kind of source", title_justify="left")
    for column in ("", "Passages", "Words", "Share"):
        table.add_column(column, justify="right" if column else "left")
    for row in (*a.by_side, *a.by_kind):
        if row.passages:
            table.add_row(row.key, str(row.passages), str(row.words), f"{row.word_share:.0%}")
    out.print(table)
    out.print(f"Named sources: {a.named_share:.0%} of {a.passages} passages.", markup=False)
    if a.claim_response_balance is not None:
        out.print(f"Claim side {a.claim_response_balance:.0%} / response side "
                  f"{1 - a.claim_response_balance:.0%} of their quoted words.", markup=False)
    if figures.hardest:
        out.print("Hardest sentences:", markup=False)
        for s in figures.hardest:
            out.print(f"  grade {s.grade:.1f}: {s.text}", markup=False)

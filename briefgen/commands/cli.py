"""The `briefgen` command. Thin: it parses arguments, calls the pipeline and prints.

Exit codes: 0 when all is well, 1 when the input has errors (or warnings, with --strict),
2 when the command itself is used wrongly (an unknown option, a missing argument).
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from briefgen import __version__
from briefgen.commands.usage import PlainCommand
from briefgen.diagnostics import Diagnostic, Report, display_path
from briefgen.load.files import BRIEFS_DIR, CONFIG_FILE, find_briefs, is_project

# The commands import what only they use when they run: a build that finds nothing changed
# would otherwise spend a good share of its time importing the checker, the schema and more.
if TYPE_CHECKING:
    from rich.progress import Progress

    from briefgen.incremental.result import BuildResult

app = typer.Typer(
    help="Build a static website of fact-check briefs from YAML-annotated articles.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

# Options are taken as text and checked here, not by the option parser, whose messages are
# its own ("Input should be a valid integer, unable to parse string as an integer").
ProjectOption = Annotated[Path, typer.Option(
    "--project", "-p", metavar="FOLDER",
    help="The project folder, with briefgen.yaml and briefs/ (default: this folder).",
    show_default=False)]
PROGRESS_FROM = 50  # briefs; smaller builds finish before a bar would be read


def _version(value: bool) -> None:
    if value:
        out.print(f"briefgen {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """briefgen: claim versus denial, side by side, with the evidence."""


def say(text: str) -> None:
    out.print(text, markup=False, highlight=False)


def complain(text: str) -> None:
    err.print(text, markup=False, highlight=False)


def print_report(problems: list[Diagnostic]) -> None:
    for problem in problems:
        style = "red" if problem.severity == "error" else "yellow"
        err.print(problem.format(), style=style if err.is_terminal else None, markup=False,
                  highlight=False)


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def summary_line(report: Report) -> str:
    return f"{plural(len(report.errors), 'error')}, {plural(len(report.warnings), 'warning')}"


def misused(text: str) -> NoReturn:
    """Stop, as for any command used wrongly (exit code 2), saying why in plain words."""
    complain(f"error: {text}")
    raise typer.Exit(2)


def one_of(option: str, value: str, choices: type[StrEnum]) -> str:
    """``value`` when it is one of the ``choices``; else stop and say which there are."""
    names = [choice.value for choice in choices]
    if value not in names:
        misused(f"{option} is {' or '.join(names)}, not {value!r}")
    return value


def require_folder(project: Path) -> None:
    """Stop unless the folder named after --project is one."""
    if not project.exists():
        misused(f"there is no folder {project.absolute()}; check the name and its spelling "
                "after --project")
    if not project.is_dir():
        misused(f"{project.absolute()} is a file, not a folder; name your site's folder "
                "after --project")


def require_project(project: Path) -> None:
    """Stop, having written nothing, unless ``project`` is a project: a build in the wrong
    folder would otherwise leave an empty site there."""
    if is_project(project):
        return
    require_folder(project)
    complain(f"error: the folder {project.absolute()} is not a briefgen project: it has no "
             f"{CONFIG_FILE} and no {BRIEFS_DIR}/ folder, and nothing was written there; run "
             "the command in your site's folder, or name that folder with --project FOLDER, "
             "or start a new site with: briefgen init FOLDER")
    raise typer.Exit(1)


# --- init and new ---------------------------------------------------------------------------


@app.command(cls=PlainCommand)
def init(
    folder: Annotated[Path, typer.Argument(help="Where to start the new site.",
                                           metavar="FOLDER")],
    force: Annotated[bool, typer.Option("--force", help="Replace starter files that exist.")
                     ] = False,
) -> None:
    """Start a new site: settings, folders, About/Methodology/Corrections pages and a
    GitHub Pages workflow."""
    from briefgen.commands.scaffold import (  # only this command needs the starter files
        ScaffoldError,
        init_site,
        installed_from,
    )

    try:
        written = init_site(folder, force=force)
    except ScaffoldError as error:
        complain(f"error: {error}")
        raise typer.Exit(1) from None
    except OSError as error:
        complain(f"error: could not write the site in {display_path(folder)} "
                 f"({error.strerror or error}); check the folder's permissions")
        raise typer.Exit(1) from None
    say(f"Started a new site in {display_path(folder)} ({plural(len(written), 'file')}).")
    say("Next: put an article in seeds/, then run:")
    say(f"  cd {display_path(folder)}")
    say("  briefgen new seeds/ARTICLE.txt")
    if installed_from() is None:
        say("Before you publish with the GitHub workflow, fill in the last line of "
            "requirements.txt: briefgen could not tell where it was installed from.")


@app.command(cls=PlainCommand)
def new(
    article: Annotated[Path, typer.Argument(help="The article's text file, e.g. seeds/x.txt.",
                                            metavar="ARTICLE")],
    slug: Annotated[str | None, typer.Option(
        "--slug", metavar="SLUG",
        help="The page address; default: from the article's file name.")] = None,
    project: ProjectOption = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Replace the brief if it exists.")
                     ] = False,
    language: Annotated[str | None, typer.Option(
        "--language", metavar="CODE",
        help="The article's language (en, uk, ru…); default: the site's.")] = None,
) -> None:
    """Start a brief for an article, with every field in place and explained."""
    require_folder(project)
    from briefgen.commands.scaffold import (  # and the detector, to prefill it
        ScaffoldError,
        new_brief,
    )

    try:
        brief, copied = new_brief(article, project, slug=slug, force=force, language=language)
    except ScaffoldError as error:
        complain(f"error: {error}")
        raise typer.Exit(1) from None
    if copied is not None:
        say(f"Copied the article to {display_path(copied)}.")
    say(f"Wrote {display_path(brief)}. Fill it in, then run: briefgen check")


# --- build and check ------------------------------------------------------------------------


def _build_with_progress(project: Path, output: Path | None, show: bool, *, drafts: bool,
                         strict: bool, wait: bool) -> BuildResult:
    """Build, with a progress bar once there prove to be briefs enough to watch: counting
    them beforehand would cost a large project's no-change build a second search."""
    from briefgen.incremental.engine import build as build_site

    options = {"drafts": drafts, "strict": strict, "wait": wait, "waiting": complain}
    if not show:
        return build_site(project, output, **options)
    bar: Progress | None = None

    def progress(phase: str, done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            if total < PROGRESS_FROM:
                return
            # imported here: most builds (a small one, a no-change one) need no bar
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                           TimeElapsedColumn(), console=out, transient=True)
            bar.start()
            bar.add_task("Analysing briefs", total=total)
        bar.update(bar.task_ids[0], completed=done, total=total)

    try:
        return build_site(project, output, progress, **options)
    finally:
        if bar is not None:
            bar.stop()


@app.command(cls=PlainCommand)
def build(
    project: ProjectOption = Path("."),
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FOLDER",
        help="Where to write the site (default: site/ in the project).")] = None,
    drafts: Annotated[bool, typer.Option(
        "--drafts", "-D", help="Put the drafts on the site too, each marked as a draft.")
                      ] = False,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Stop on warnings too, as on errors.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                          help="Also print the time each step took.")] = False,
    no_wait: Annotated[bool, typer.Option(
        "--no-wait", help="Stop at once if another build of the project is running, instead "
        "of waiting for it.")] = False,
) -> None:
    """Check every brief, then write the whole site. Nothing is written if a published brief has
    errors; drafts are left out."""
    require_project(project)
    result = _build_with_progress(project, output, out.is_terminal and not quiet,
                                  drafts=drafts, strict=strict, wait=not no_wait)
    print_report([d for d in result.report.sorted() if not quiet or d.severity == "error"])
    if not result.ok:
        why = " (--strict stops on warnings)" if not result.report.errors else ""
        complain(f"Build stopped: {summary_line(result.report)}{why}. The site was not "
                 "changed.")
        raise typer.Exit(1)
    if verbose:
        for phase, seconds in result.phases.items():
            say(f"  {phase:<15} {seconds:7.3f} s")
    if verbose and not result.up_to_date:
        say(f"  {len(result.rendered)} files rendered, the others kept from the last build")
    if not quiet:
        published = result.published
        target = output if output is not None else project / "site"
        if result.up_to_date:
            say(f"Nothing changed since the last build: {display_path(target)} is up to date "
                f"({plural(published, 'brief')}, {result.seconds:.2f} s).")
        else:
            shown = "shown" if drafts else "left out"
            say(f"Built {plural(published, 'brief')}, {plural(result.pages, 'page')}, "
                f"{plural(result.drafts, 'draft')} {shown} in {result.seconds:.2f} s → "
                f"{display_path(target)}")
        warnings = len(result.report.warnings)
        if warnings:
            say(f"{plural(warnings, 'warning')} (above): briefgen check lists them with "
                "the rest of what it finds; build --strict stops on them.")


class Format(StrEnum):
    text = "text"
    json = "json"


@app.command(cls=PlainCommand)
def check(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Brief files or folders to check (default: every brief in briefs/).",
        metavar="FILES", show_default=False)] = None,
    project: ProjectOption = Path("."),
    format: Annotated[str, typer.Option(
        "--format", "-f", metavar="text|json", show_default=False,
        help="text for people (the default), json for tools.")] = Format.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
) -> None:
    """Check briefs and report every problem, as file:line:column: severity: message; hint.

    Exit code 0 when clean, 1 when there are errors (or warnings, with --strict)."""
    one_of("--format", format, Format)
    require_project(project)
    files = None
    if paths:
        files = []
        for path in paths:
            files.extend(sorted(path.rglob("*.y*ml")) if path.is_dir() else [path])
    from briefgen.check.project import load_project

    _, report = load_project(project, files, coverage=True)
    checked = len(files if files is not None else find_briefs(project))
    failed = bool(report.errors or (strict and report.warnings))
    if format == Format.json:
        say(json.dumps({
            "checked": checked,
            "errors": len(report.errors),
            "warnings": len(report.warnings),
            "ok": not failed,
            "problems": [{
                "file": display_path(d.path),
                "line": d.mark.line if d.mark else None,
                "column": d.mark.column if d.mark else None,
                "severity": d.severity,
                "message": d.message,
                "hint": d.hint,
            } for d in report.sorted()],
        }, indent=2, ensure_ascii=False))
    else:
        print_report(report.sorted())
        line = f"Checked {plural(checked, 'brief')}: {summary_line(report)}."
        complain(line) if failed else say(line)
    if failed:
        raise typer.Exit(1)


# --- serve ----------------------------------------------------------------------------------

MAX_PORT = 65535


@app.command(cls=PlainCommand)
def serve(
    project: ProjectOption = Path("."),
    port: Annotated[str, typer.Option("--port", metavar="PORT", show_default=False,
                                      help="The port to listen on (default: 8000; 0: any "
                                      "free one).")] = "8000",
) -> None:
    """Build the site, drafts included and marked, and serve it on this computer only,
    rebuilding and reloading the page on every change."""
    number = int(port) if port.isascii() and port.isdigit() else -1
    if not 0 <= number <= MAX_PORT:
        misused(f"{port!r} is not a port number; give one from 1 to {MAX_PORT}, or 0 for any "
                "free one")
    require_project(project)
    from briefgen.commands.serve import serve as run_server

    def on_build(result: BuildResult) -> None:
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        print_report(result.report.sorted())
        if result.ok:
            say(f"{stamp} Built {plural(result.published, 'brief')} and "
                f"{plural(result.drafts, 'draft')} in {result.seconds:.2f} s.")
        else:
            complain(f"{stamp} Build failed: {summary_line(result.report)}. Still serving the "
                     "last good site.")

    def on_ready(url: str) -> None:
        say(f"Serving the site at {url} (press Ctrl+C to stop).")

    try:
        run_server(project, port=number, on_build=on_build, on_ready=on_ready)
    except OSError as error:
        complain(f"error: cannot listen on port {number} ({error.strerror or error}); "
                 f"try another, e.g. --port {number + 1 if number else 8001}")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        say("Stopped.")


# --- stats and schema -----------------------------------------------------------------------


def find_project_root(brief: Path) -> Path:
    """The nearest folder above the brief that holds briefgen.yaml, else the one above briefs/."""
    for folder in brief.absolute().parents:
        if (folder / CONFIG_FILE).is_file():
            return folder
    parent = brief.absolute().parent
    return parent.parent if parent.name == BRIEFS_DIR else Path(".").absolute()


@app.command(cls=PlainCommand)
def stats(
    brief: Annotated[Path, typer.Argument(help="The brief file, e.g. briefs/my-brief.yaml.",
                                          metavar="BRIEF")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Show a brief's readability and attribution figures."""
    root = find_project_root(brief)
    from briefgen.check.project import load_project

    project, report = load_project(root, [brief])
    if report.errors or not project.briefs:
        print_report(report.sorted())
        complain("Fix the errors above, then run stats again.")
        raise typer.Exit(1)
    from briefgen.analyse.figures import analyse

    figures = analyse(project.briefs[0])
    if as_json:
        from briefgen.model import to_data

        say(json.dumps(to_data(figures), ensure_ascii=False, indent=2))
        return
    from briefgen.commands.tables import print_figures

    print_figures(out, project.briefs[0].title, figures)


class SchemaName(StrEnum):
    brief = "brief"
    config = "config"


@app.command(cls=PlainCommand)
def schema(
    which: Annotated[str, typer.Argument(
        help="brief (a brief file, the default) or config (briefgen.yaml).",
        metavar="brief|config", show_default=False)] = SchemaName.brief,
) -> None:
    """Print the JSON Schema of the brief format, for editors' YAML tools."""
    one_of("the schema", which, SchemaName)
    from briefgen.check.jsonschema import brief_schema, config_schema

    document = brief_schema() if which == SchemaName.brief else config_schema()
    say(json.dumps(document, indent=2, ensure_ascii=False))

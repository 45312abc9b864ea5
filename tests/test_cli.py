"""The `briefgen` command, driven as an editor would, through Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from briefgen import __version__
from briefgen.commands.cli import app

from .conftest import EXAMPLE_BRIEF


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_help_lists_the_commands(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "check", "stats"):
        assert command in result.stdout


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"briefgen {__version__}"


def test_build_writes_the_site_and_says_what_it_did(runner: CliRunner, example: Path) -> None:
    result = runner.invoke(app, ["build", "--project", str(example)])
    assert result.exit_code == 0, result.output
    assert "Built 1 brief, 29 pages, 0 drafts skipped in" in result.stdout
    assert (example / "site" / "index.html").is_file()
    assert (example / "site" / "briefs" / "russia-china-recruits" / "index.html").is_file()
    assert (example / "site" / "assets" / "style.css").is_file()


def test_build_to_another_folder(runner: CliRunner, example: Path, tmp_path: Path) -> None:
    target = tmp_path / "public"
    result = runner.invoke(app, ["build", "-p", str(example), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert (target / "index.html").is_file()
    assert not (example / "site").exists()


def test_failed_build_reports_every_error_and_leaves_the_site(runner: CliRunner, example: Path
                                                              ) -> None:
    assert runner.invoke(app, ["build", "-p", str(example)]).exit_code == 0
    before = snapshot(example / "site")
    brief = example / EXAMPLE_BRIEF
    text = brief.read_text(encoding="utf-8")
    text = text.replace("rating: unproven", "rating: unprovn").replace("by: kremlin", "by: kremlim")
    brief.write_text(text, encoding="utf-8")

    result = runner.invoke(app, ["build", "-p", str(example)])

    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(lines) == 2
    assert any("unknown speaker id 'kremlim'; did you mean 'kremlin'?" in line for line in lines)
    assert any("unknown rating 'unprovn'; did you mean 'unproven'?" in line for line in lines)
    for line in lines:
        path, line_no, column = line.split(":")[:3]
        assert path.endswith("russia-china-recruits.yaml")
        assert int(line_no) > 0 and int(column) > 0
    assert "The site was not changed" in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(example / "site") == before


def test_check_passes_the_example(runner: CliRunner, example: Path) -> None:
    result = runner.invoke(app, ["check", "-p", str(example)])
    assert result.exit_code == 0, result.output
    assert "Checked 1 brief: 0 errors, 0 warnings." in result.stdout


def test_check_only_the_named_paths(runner: CliRunner, example: Path) -> None:
    (example / "briefs" / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    whole = runner.invoke(app, ["check", "-p", str(example)])
    assert whole.exit_code == 1
    assert "broken.yaml:2:1: error: YAML syntax error" in whole.stderr
    assert "opened with '[' at line 1, column 8" in whole.stderr
    one = runner.invoke(app, ["check", "-p", str(example), str(example / EXAMPLE_BRIEF)])
    assert one.exit_code == 0, one.output
    assert "Checked 1 brief" in one.stdout


def test_check_a_missing_file_is_a_message_not_a_traceback(runner: CliRunner, example: Path
                                                           ) -> None:
    result = runner.invoke(app, ["check", "-p", str(example), str(example / "briefs/nope.yaml")])
    assert result.exit_code == 1
    assert "nope.yaml: error: the brief does not exist; check the path" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_stats_prints_readable_tables(runner: CliRunner, example: Path) -> None:
    result = runner.invoke(app, ["stats", str(example / EXAMPLE_BRIEF)])
    assert result.exit_code == 0, result.output
    for expected in ("Readability", "flesch reading ease", "Attributed passages by speaker",
                     "Dmitry Peskov", "Named sources:", "Hardest sentences:",
                     "Detected in the article: 14 of 24 sentences attributed", "Unnamed sources:",
                     "vague (Analysts): Analysts note that"):
        assert expected in result.stdout


def test_stats_json_matches_the_analysis(runner: CliRunner, example: Path) -> None:
    result = runner.invoke(app, ["stats", "--json", str(example / EXAMPLE_BRIEF)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["article"]["words"] == 690
    assert figures["article"]["sentences"] == 24
    assert figures["attribution"]["passages"] == 14
    top = figures["attribution"]["speakers"][0]
    assert top["speaker"]["name"] == "Dmitry Peskov"
    assert top["sides"] == ["response"]
    assert {row["key"] for row in figures["attribution"]["by_side"]} == {
        "claim", "response", "other"}


def test_stats_on_a_broken_brief_says_what_to_fix(runner: CliRunner, example: Path) -> None:
    brief = example / EXAMPLE_BRIEF
    brief.write_text(brief.read_text(encoding="utf-8").replace("title:", "titel:"),
                     encoding="utf-8")
    result = runner.invoke(app, ["stats", str(brief)])
    assert result.exit_code == 1
    assert "unknown key 'titel'; did you mean 'title'?" in result.stderr
    assert "missing required key 'title'" in result.stderr


def test_check_json_for_tools(runner: CliRunner, example: Path) -> None:
    brief = example / EXAMPLE_BRIEF
    brief.write_text(brief.read_text(encoding="utf-8").replace("stance: denies", "stance: denied",
                                                               1), encoding="utf-8")
    result = runner.invoke(app, ["check", "-p", str(example), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["checked"], report["errors"], report["warnings"], report["ok"]) == (
        1, 1, 0, False)
    (problem,) = report["problems"]
    assert problem["file"].endswith("russia-china-recruits.yaml")
    assert problem["severity"] == "error"
    assert problem["message"] == ("responses[1].stance: 'denied' is not one of denies, disputes, "
                                  "confirms, declines-to-comment, clarifies")
    assert problem["hint"] == "did you mean 'denies'?"
    line = brief.read_text(encoding="utf-8").splitlines()[problem["line"] - 1]
    assert line[problem["column"] - 1:].startswith("denied")


def test_usage_errors_exit_2(runner: CliRunner, example: Path) -> None:
    assert runner.invoke(app, ["check", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["build", "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["stats"]).exit_code == 2
    assert runner.invoke(app, ["serve", "--port", "70000"]).exit_code == 2


def test_build_quiet_and_verbose(runner: CliRunner, example: Path) -> None:
    verbose = runner.invoke(app, ["build", "-p", str(example), "--verbose"])
    assert verbose.exit_code == 0
    for phase in ("scan", "briefs", "render", "write"):
        assert phase in verbose.stdout
    assert "files rendered, the others kept from the last build" in verbose.stdout
    assert "Built 1 brief" in verbose.stdout
    quiet = runner.invoke(app, ["build", "-p", str(example), "--quiet"])
    assert quiet.exit_code == 0 and quiet.stdout == ""
    again = runner.invoke(app, ["build", "-p", str(example)])
    assert "Nothing changed since the last build" in again.stdout


def test_check_warns_of_unannotated_statements_and_strict_fails_on_them(
        runner: CliRunner, example: Path) -> None:
    brief = example / EXAMPLE_BRIEF
    text = brief.read_text(encoding="utf-8")
    experts = """  - by: experts
    quotes:
      - >-
        The allegation of recruiting soldiers is seen by experts as an attempt to frame the
        conflict as not solely a bilateral dispute but as a manifestation of broader international
        rivalries
"""
    assert experts in text
    brief.write_text(text.replace(experts, ""), encoding="utf-8")
    result = runner.invoke(app, ["check", "-p", str(example)])
    assert result.exit_code == 0  # warnings alone do not fail
    (warning,) = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert "russia-china-recruits.yaml:14:3: warning: the article attributes a statement to " \
        "'experts' that no annotation covers: 'The allegation of recruiting soldiers is seen by" \
        in warning
    assert warning.endswith("or list the passage under 'ignore:' if it needs no annotation")
    assert "Checked 1 brief: 0 errors, 1 warning." in result.stdout
    strict = runner.invoke(app, ["check", "-p", str(example), "--strict"])
    assert strict.exit_code == 1
    # listing the passage under ignore: silences it
    brief.write_text(brief.read_text(encoding="utf-8") + "ignore:\n  - seen by experts as an "
                     "attempt to frame the conflict\n", encoding="utf-8")
    quiet = runner.invoke(app, ["check", "-p", str(example), "--strict"])
    assert quiet.exit_code == 0, quiet.output
    assert "0 errors, 0 warnings" in quiet.stdout

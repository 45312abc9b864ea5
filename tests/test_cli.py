"""The `briefgen` command, driven as an editor would, through Typer's CliRunner."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from briefgen import __version__
from briefgen.commands.cli import app

from .briefs import VALID, extended, variant, write_brief
from .conftest import EXAMPLE_BRIEF, REPO

COMMANDS = ("init", "new", "build", "check", "serve", "stats", "schema")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_help_lists_the_commands_with_their_whole_descriptions(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-h"])
    assert result.exit_code == 0
    assert result.stdout == runner.invoke(app, ["--help"]).stdout
    listed = " ".join(result.stdout.split("Commands:")[1].split())
    for name in COMMANDS:
        described = app.registered_commands[COMMANDS.index(name)].callback.__doc__
        first_paragraph = " ".join(described.split("\n\n")[0].split())
        assert f"{name} {first_paragraph}" in listed, name
    assert "..." not in listed
    assert "--install-completion" in result.stdout


def test_each_command_has_short_help_and_plain_placeholders(runner: CliRunner) -> None:
    for name in COMMANDS:
        result = runner.invoke(app, [name, "-h"])
        assert result.exit_code == 0, name
        assert not re.search(r"[{<]\w", result.stdout), result.stdout  # no {folder}, <path>
    usage = {name: runner.invoke(app, [name, "-h"]).stdout.splitlines()[0] for name in COMMANDS}
    assert usage["init"].endswith(" init [OPTIONS] FOLDER")
    assert usage["check"].endswith(" check [OPTIONS] [FILES]...")
    assert "-p, --project FOLDER" in runner.invoke(app, ["build", "-h"]).stdout


def test_shell_completion_is_on(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    # the shell named, not guessed from the parent processes, which a detached run lacks
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = runner.invoke(app, ["--show-completion", "bash"], prog_name="briefgen")
    assert result.exit_code == 0
    assert "_BRIEFGEN_COMPLETE" in result.stdout


@pytest.mark.parametrize("command", [["build"], ["build", "-o", "out"], ["check"],
                                     ["serve", "--port", "0"]])
def test_outside_a_project_nothing_is_written_and_the_folder_is_named(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        command: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, command)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: the folder {tmp_path} is not a briefgen project")
    assert "--project FOLDER" in result.stderr and "briefgen init FOLDER" in result.stderr
    assert list(tmp_path.iterdir()) == []
    elsewhere = runner.invoke(app, [*command, "--project", str(tmp_path)])
    assert elsewhere.exit_code == 1 and str(tmp_path) in elsewhere.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_error_says_error_once(runner: CliRunner, tmp_path: Path) -> None:
    write_brief(tmp_path, VALID)
    result = runner.invoke(app, ["new", str(tmp_path / "nosuch.txt"), "-p", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ")
    assert result.stderr.count("error:") == 1, result.stderr


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"briefgen {__version__}"


def test_build_writes_the_site_and_says_what_it_did(runner: CliRunner, example: Path) -> None:
    result = runner.invoke(app, ["build", "--project", str(example)])
    assert result.exit_code == 0, result.output
    assert "Built 1 brief, 29 pages, 0 drafts left out in" in result.stdout
    assert "warning" not in result.output
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
    assert ("broken.yaml:1:8: error: YAML syntax error: the '[' opened here is never closed "
            "with ']'") in whole.stderr
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


@pytest.mark.parametrize(("args", "said"), [
    (["serve", "--port", "70000"], "'70000' is not a port number; give one from 1 to 65535"),
    (["serve", "--port", "abc"], "'abc' is not a port number; give one from 1 to 65535"),
    (["serve", "--port", "-1"], "'-1' is not a port number"),
    (["check", "--format", "xml"], "--format is text or json, not 'xml'"),
    (["schema", "yaml"], "the schema is brief or config, not 'yaml'"),
    (["build", "-p", "{missing}"], "there is no folder {missing}; check the name and its "
     "spelling after --project"),
    (["check", "-p", "{file}"], "{file} is a file, not a folder; name your site's folder "
     "after --project"),
    (["serve", "-p", "{missing}"], "there is no folder {missing}"),
    (["new", "{file}", "-p", "{missing}"], "there is no folder {missing}"),
])
def test_a_wrong_option_value_is_said_in_plain_words(runner: CliRunner, tmp_path: Path,
                                                    args: list[str], said: str) -> None:
    """Not in the option parser's words ("Input should be a valid integer, unable to parse
    string as an integer"), and with nothing written."""
    names = {"missing": str(tmp_path / "nowhere"), "file": str(tmp_path / "article.txt")}
    (tmp_path / "article.txt").write_text("Some text.", encoding="utf-8")
    result = runner.invoke(app, [arg.format(**names) for arg in args])
    assert result.exit_code == 2
    assert " ".join(result.stderr.split()).startswith(f"error: {said.format(**names)}")
    assert not (tmp_path / "nowhere").exists()


def test_build_quiet_and_verbose(runner: CliRunner, example: Path) -> None:
    verbose = runner.invoke(app, ["build", "-p", str(example), "--verbose"])
    assert verbose.exit_code == 0
    for phase in ("scan", "plan", "process", "render", "assemble"):
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


UNTITLED_DRAFT = variant("title: Was the bridge closed?", "title:\ndraft: true")


def warning_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if ": warning: " in line]


def test_drafts_never_block_their_problems_are_warnings_that_name_them(
        runner: CliRunner, tmp_path: Path) -> None:
    write_brief(tmp_path, VALID)
    broken = write_brief(tmp_path, "draft: true\ntitle: [Is the road open?\n", name="broken")
    empty = write_brief(tmp_path, UNTITLED_DRAFT, name="empty")
    result = runner.invoke(app, ["build", "-p", str(tmp_path)])
    assert result.exit_code == 0, result.output
    warnings = warning_lines(result.stderr)
    assert all(": warning: draft: " in line for line in warnings), warnings
    assert [line for line in warnings if line.startswith(f"{broken}:")] == [
        f"{broken}:2:8: warning: draft: YAML syntax error: the '[' opened here is never closed "
        "with ']'; end the list with ']' on the same line, e.g. tags: [Russia, Ukraine], or "
        "write each item on a line of its own, starting with '- '"]
    assert f"{empty}:1:7: warning: draft: title: is empty; write it after the colon" in warnings
    assert f"{len(warnings)} warnings (above): briefgen check lists them" in result.stdout
    assert "Built 1 brief, " in result.stdout
    site = tmp_path / "site"
    assert (site / "briefs/brief/index.html").is_file()
    assert not (site / "briefs/broken").exists() and not (site / "briefs/empty").exists()
    # a build that finds nothing changed tells of the same warnings
    again = runner.invoke(app, ["build", "-p", str(tmp_path)])
    assert "Nothing changed since the last build" in again.stdout
    assert warning_lines(again.stderr) == warnings
    checked = runner.invoke(app, ["check", "-p", str(tmp_path)])
    assert checked.exit_code == 0 and warning_lines(checked.stderr) == warnings


def test_build_strict_stops_on_warnings_and_leaves_the_site(runner: CliRunner,
                                                             tmp_path: Path) -> None:
    brief = write_brief(tmp_path, VALID)
    write_brief(tmp_path, UNTITLED_DRAFT, name="empty")
    first = runner.invoke(app, ["build", "-p", str(tmp_path)])
    assert first.exit_code == 0
    assert "Built 1 brief, " in first.stdout and "1 draft left out" in first.stdout  # counted
    before = snapshot(tmp_path / "site")
    brief.write_text(brief.read_text().replace("Was the bridge closed?", "Is it shut?"))
    strict = runner.invoke(app, ["build", "-p", str(tmp_path), "--strict"])
    assert strict.exit_code == 1
    assert strict.stderr.rstrip().endswith("Build stopped: 0 errors, 1 warning (--strict stops "
                                           "on warnings). The site was not changed.")
    assert snapshot(tmp_path / "site") == before
    assert runner.invoke(app, ["build", "-p", str(tmp_path)]).exit_code == 0
    assert snapshot(tmp_path / "site") != before


def test_a_published_brief_with_an_error_still_stops_the_build(runner: CliRunner,
                                                               tmp_path: Path) -> None:
    brief = write_brief(tmp_path, VALID)
    write_brief(tmp_path, UNTITLED_DRAFT, name="empty")
    first = runner.invoke(app, ["build", "-p", str(tmp_path)])
    assert first.exit_code == 0
    assert "Built 1 brief, " in first.stdout and "1 draft left out" in first.stdout  # counted
    before = snapshot(tmp_path / "site")
    brief.write_text(brief.read_text().replace("rating: unproven", "rating: unprovn"))
    result = runner.invoke(app, ["build", "-p", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{brief}:17:11: error: verdict.rating: unknown rating 'unprovn'" in result.stderr
    assert "Build stopped: 1 error, 1 warning. The site was not changed." in result.stderr
    assert snapshot(tmp_path / "site") == before


def page(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_build_drafts_puts_them_on_the_site_with_a_banner(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    write_brief(tmp_path, VALID)
    write_brief(tmp_path, extended("draft: true\n").replace("Was the bridge closed?",
                                                             "Is the road open?"), name="next")
    result = runner.invoke(app, ["build", "-p", str(tmp_path), "--drafts"])
    assert result.exit_code == 0, result.output
    assert "Built 1 brief, " in result.stdout and "1 draft shown" in result.stdout
    site = tmp_path / "site"
    draft = page(site / "briefs/next/index.html")
    assert "Draft: not published." in draft.select_one(".draft-banner").get_text()
    assert draft.select_one('meta[name="robots"]')["content"] == "noindex"
    published = page(site / "briefs/brief/index.html")
    assert published.select_one(".draft-banner") is None
    assert published.select_one('meta[name="robots"]') is None
    assert "Is the road open?" in page(site / "index.html").get_text()
    # without --drafts the draft leaves the site again
    plain = runner.invoke(app, ["build", "-p", str(tmp_path)])
    assert "1 draft left out" in plain.stdout
    assert not (site / "briefs/next/index.html").exists()
    assert "Is the road open?" not in page(site / "index.html").get_text()


def test_serve_shows_drafts_with_the_banner(tmp_path: Path) -> None:
    from briefgen.commands.serve import LiveSite

    write_brief(tmp_path, extended("draft: true\n"))
    live = LiveSite(tmp_path, lambda result: None)
    assert live.rebuild().ok
    assert page(live.output / "briefs/brief/index.html").select_one(".draft-banner")


def test_the_pre_commit_hook_checks_the_briefs_a_commit_changes(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {"id", "name", "entry", "language"} <= hook.keys()
    assert hook["language"] == "python"  # pre-commit installs briefgen from this repository
    changed = ["briefs/good.yaml", "briefs/bad.yaml"]
    assert all(re.search(hook["files"], name) for name in changed)
    assert not any(re.search(hook["files"], name) for name in (
        "seeds/a.txt", "briefgen.yaml", "pages/about.md", "docs/briefs/x.yaml"))
    program, *arguments = hook["entry"].split()
    assert program == "briefgen"
    write_brief(tmp_path, VALID, name="good")
    write_brief(tmp_path, VALID.replace("rating: unproven", "rating: unprovn"), name="bad")
    monkeypatch.chdir(tmp_path)  # pre-commit runs the hook at the top of the desk's repository
    assert runner.invoke(app, [*arguments, changed[0]]).exit_code == 0
    stopped = runner.invoke(app, [*arguments, *changed])
    assert stopped.exit_code == 1
    assert "briefs/bad.yaml:17:11: error: verdict.rating: unknown rating" in stopped.stderr

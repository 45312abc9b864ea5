"""Hostile and broken input: every problem is a clear error, located where it can be, with what to
do, and never a traceback. The files are real, in tests/data/hostile/ (see its README)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.check.project import load_project
from briefgen.check.validate import MAX_ARTICLE_BYTES, MAX_ARTICLE_WORDS
from briefgen.commands.cli import app
from briefgen.incremental.engine import build
from briefgen.load.yamlsource import MAX_FILE_BYTES

from .conftest import REPO
from .hostile import DATA, DIAGNOSTIC, make_project

VALID = (DATA / "valid.yaml").read_text(encoding="utf-8")


def problems(root: Path) -> list[tuple[tuple[int, int] | None, str, str]]:
    """Every problem of loading the project, which must have loaded no brief."""
    project, report = load_project(root)
    assert project.briefs == ()
    found = [d for d in report.sorted() if d.severity == "error"]
    assert found
    for problem in found:  # each one prints as a located, actionable line
        assert DIAGNOSTIC.match(problem.format()), problem.format()
        assert problem.hint, problem.format()
    return [((d.mark.line, d.mark.column) if d.mark else None, d.message, d.hint) for d in found]


def only_problem(root: Path) -> tuple[tuple[int, int] | None, str, str]:
    found = problems(root)
    assert len(found) == 1, found
    return found[0]


# Each hostile brief, and exactly what an editor is told: (line, column), message, hint, with
# the message and hint given by a part that must appear in them.
CASES = {
    "malformed.yaml": [
        ((1, 12), "YAML syntax error: a colon and a space inside the text of 'title'",
         'in quotation marks: title: "Kyiv: the bridge is closed"')],
    "unclosed-bracket.yaml": [
        ((3, 10), "the '[' opened here is never closed with ']'", "']' on the same line")],
    "a-list.yaml": [
        ((1, 1), "the brief must be a mapping of keys (key: value lines), not a list",
         "start with a line such as 'title: ...'")],
    "a-scalar.yaml": [
        ((1, 1), "the brief must be a mapping of keys (key: value lines), not text",
         "start with a line such as 'title: ...'")],
    "empty.yaml": [(None, "the brief is empty", "fill it in or delete it")],
    "comments-only.yaml": [(None, "the brief is empty", "fill it in or delete it")],
    "duplicate-keys.yaml": [
        ((11, 5), "the key 'name' appears twice in this mapping (first on line 9)",
         "keep one of them"),
        ((20, 1), "the key 'title' appears twice in this mapping (first on line 1)",
         "keep one of them")],
    "wrong-types.yaml": [
        ((1, 8), "title: must be text, not a number", 'put it in quotes: "42"'),
        ((2, 7), "date: must be a date, not a mapping", "YYYY-MM-DD"),
        ((3, 10), "authors: must be a list, not text", "- The desk")],
    "impossible-dates.yaml": [
        ((2, 7), "date: '2025-02-30' is not a valid date", "YYYY-MM-DD"),
        ((3, 10), "updated: '2025-13-01' is not a valid date", "YYYY-MM-DD")],
    "alias-bomb.yaml": [
        ((6, 8), "the file's aliases repeat more than 100,000 values",
         "remove repeated aliases")],
    "long-text-alias-bomb.yaml": [
        ((3, 20432), "the file's aliases repeat more than 2,097,152 characters of text",
         "remove repeated aliases of long text")],
    "recursive-alias.yaml": [
        ((8, 11), "the alias *s is inside the value &s that it repeats", "complete")],
    "deep-flow.yaml": [
        ((2, 1006), "the document nests deeper than 40 levels", "check the brackets")],
    "deep-block.yaml": [((41, 79), "the document nests deeper than 40 levels", "indentation")],
    "python-object.yaml": [
        ((2, 7), "the YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed",
         "remove the tag")],
    "merge-key.yaml": [
        ((10, 5), "YAML merge keys ('<<') are not supported in a brief", "write the keys out")],
    "control-character.yaml": [
        ((1, 16), "the file holds the invisible control character U+001B", "delete it")],
    "escaped-nul-path.yaml": [
        ((6, 9), "article.file: contains the invisible control character U+0000",
         "backslash escape")],
    "lookalike-speaker-id.yaml": [
        ((8, 3), "speakers: 'оfficials' is not a valid id",
         "'о' is CYRILLIC SMALL LETTER O, not one of a-z; use lowercase letters, digits and "
         "single hyphens, e.g. 'officials'"),
        ((12, 7), "claim.by: 'оfficials' is not a valid id", "e.g. 'officials'")],
    "lookalike-rating-id.yaml": [
        ((17, 11), "verdict.rating: 'unprovеn' is not a valid id",
         "'е' is CYRILLIC SMALL LETTER IE, not one of a-z; use lowercase letters, digits and "
         "single hyphens, e.g. 'unproven'")],
    "slug-with-slash.yaml": [
        ((19, 7), "slug: '../../etc/passwd' is not a valid id", "e.g. 'etc-passwd'")],
    "slug-with-space.yaml": [
        ((19, 7), "slug: 'the bridge' is not a valid id", "e.g. 'the-bridge'")],
    "speaker-id-with-space.yaml": [
        ((12, 7), "claim.by: 'city officials' is not a valid id", "e.g. 'city-officials'")],
    "quote-twice.yaml": [
        ((15, 7), "claim.quotes[1]: the quote occurs 2 times in the article (paragraphs 1, 3)",
         "occurrence: N")],
}
WORKS = {"valid.yaml", "bom-crlf.yaml"}


def test_every_hostile_brief_file_is_tested() -> None:
    assert {p.name for p in DATA.glob("*.yaml")} == set(CASES) | WORKS


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_hostile_brief_gets_located_clear_errors(tmp_path: Path, name: str) -> None:
    make_project(tmp_path, name)
    started = time.perf_counter()
    found = problems(tmp_path)
    assert time.perf_counter() - started < 2  # bombs and deep nesting included
    assert len(found) == len(CASES[name]), found
    for (mark, message, hint), (want_mark, want_message, want_hint) in zip(
            found, CASES[name], strict=True):
        assert mark == want_mark, (message, mark)
        assert want_message in message
        assert want_hint in hint


def test_every_hostile_brief_at_once_through_the_real_command(tmp_path: Path) -> None:
    """One project holding them all, checked and built by `python -m briefgen` as an editor
    runs it: one located line per problem, a summary, no traceback, nothing written."""
    for name in CASES:
        make_project(tmp_path, name, name=name.removesuffix(".yaml"))
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "400"}
    for command in ("check", "build"):
        run = subprocess.run([sys.executable, "-m", "briefgen", command], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr + run.stdout
        lines = run.stderr.splitlines()
        errors = sum(map(len, CASES.values()))
        assert lines[-1].startswith((f"Checked {len(CASES)} briefs: {errors} errors",
                                     f"Build stopped: {errors} errors"))
        located = [line for line in lines if ": error: " in line]
        assert len(located) == errors and all(map(DIAGNOSTIC.match, located)), run.stderr
        for name in CASES:
            assert f"briefs/{name}" in run.stderr
    assert not (tmp_path / "site").exists()


# --- What must simply work ------------------------------------------------------------------


def test_a_byte_order_mark_and_windows_line_endings_simply_work(tmp_path: Path) -> None:
    assert (DATA / "bom-crlf.yaml").read_bytes().startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in (DATA / "bom-crlf-article.txt").read_bytes()
    make_project(tmp_path, "bom-crlf.yaml", seeds=("bom-crlf-article.txt",))
    result = build(tmp_path)
    assert result.ok, [d.format() for d in result.report.items]
    project, _ = load_project(tmp_path)
    brief = project.briefs[0]
    assert brief.article.text.startswith("City officials said on Monday")
    assert brief.title == "Was the bridge closed?"
    assert brief.verdict.summary == "No evidence either way."
    assert "\r" not in brief.article.text and "\ufeff" not in brief.article.text
    assert brief.claim.quotes[0].text == "City officials said on Monday"
    page = (tmp_path / "site/briefs/brief/index.html").read_bytes()
    assert b"\r" not in page and "\ufeff".encode() not in page


def test_yaml_value_keys_and_quoted_merge_keys_are_plain_text(tmp_path: Path) -> None:
    make_project(tmp_path, VALID.replace("summary: No evidence either way.", "summary: ="))
    project, report = load_project(tmp_path)
    assert report.errors == []
    assert project.briefs[0].verdict.summary == "="
    make_project(tmp_path, VALID + '"<<": x\n')
    (_, message, _), = problems(tmp_path)
    assert message == "unknown key '<<'"


@pytest.mark.parametrize("escape, code", [
    ("\\0", "U+0000"), ("\\x1b", "U+001B"), ("\\x7f", "U+007F"), ("\\u0085", "U+0085"),
    ("\\uffff", "U+FFFF"), ("\\x08", "U+0008")])
def test_control_characters_written_as_escapes_are_refused(tmp_path: Path, escape: str,
                                                           code: str) -> None:
    make_project(tmp_path, VALID.replace("title: Was the bridge closed?",
                                         f'title: "Was the {escape}bridge closed?"'))
    assert only_problem(tmp_path) == (
        (1, 8), f"title: contains the invisible control character {code}",
        "delete it (look for a backslash escape such as \\0 or \\x1b in quoted text)")


def test_tabs_and_line_breaks_in_text_are_fine(tmp_path: Path) -> None:
    make_project(tmp_path, VALID.replace("summary: No evidence either way.",
                                         'summary: "No evidence\\teither\\nway."'))
    project, report = load_project(tmp_path)
    assert report.errors == []
    assert project.briefs[0].verdict.summary == "No evidence\teither\nway."


@pytest.mark.parametrize("url", ["http://;x]y/", "https://", "https:///path", "https://x:port/",
                                 "https://example.org:99999/"])
def test_a_web_address_that_does_not_parse_is_refused(tmp_path: Path, url: str) -> None:
    """An unbalanced ']' once crashed the build (ValueError: Invalid IPv6 URL) on base_url."""
    make_project(tmp_path)
    (tmp_path / "briefgen.yaml").write_text(f"base_url: {url!r}\n", encoding="utf-8")
    result = build(tmp_path)
    assert [(d.message, d.hint) for d in result.report.errors] == [
        (f"base_url: {url!r} is not a web address",
         "write the full address, starting with https://")]


@pytest.mark.parametrize("extra, message", [
    ("sources:\n  - titel: A report\n    url: https://example.org/r\n",
     "missing required key 'title' in sources[1]"),
    ("corrections:\n  - date: 2025-02-30\n    note: Fixed a date.\n",
     "corrections[1].date: '2025-02-30' is not a valid date"),
    ("statements:\n  - by: officials\n    quotes:\n      - said: on Monday\n",
     "missing required key 'text' in statements[1].quotes[1]"),
])
def test_a_list_item_missing_a_key_is_an_error_not_a_crash(tmp_path: Path, extra: str,
                                                            message: str) -> None:
    """Items of a list that fail the format check once reached the model half-built, and
    check and build crashed with a KeyError."""
    make_project(tmp_path, VALID + extra)
    done = CliRunner().invoke(app, ["check", "--project", str(tmp_path)])
    assert done.exit_code == 1 and isinstance(done.exception, SystemExit), done.output
    assert message in done.output
    assert all(DIAGNOSTIC.match(line) for line in done.output.splitlines()[:-1]), done.output


# --- Article files: not UTF-8, binary, empty, huge ------------------------------------------


def with_article(name: str) -> str:
    return VALID.replace("  file: seeds/article.txt", f"  file: seeds/{name}")


@pytest.mark.parametrize("name, mark, message, hint", [
    ("latin1-article.txt", (6, 9),
     "article.file: 'seeds/latin1-article.txt' (2:8): the article file is not UTF-8 text",
     "save it with UTF-8 encoding in your editor"),
    ("binary-article.png", (6, 9),
     "article.file: 'seeds/binary-article.png': the article file is binary, not text",
     "save it as plain UTF-8 text"),
    ("empty-article.txt", (6, 3), "article: the article is empty", "paste the article's text"),
])
def test_article_files_that_are_not_text(tmp_path: Path, name: str, mark: tuple[int, int],
                                         message: str, hint: str) -> None:
    make_project(tmp_path, with_article(name), seeds=("article.txt", name))
    assert only_problem(tmp_path) == (mark, message, hint)


def test_an_article_file_over_the_size_limit_says_which_limit(tmp_path: Path) -> None:
    make_project(tmp_path, with_article("huge.txt"))
    (tmp_path / "seeds/huge.txt").write_bytes(b"word " * (MAX_ARTICLE_BYTES // 5 + 1))
    mark, message, hint = only_problem(tmp_path)
    assert mark == (6, 9)
    assert message == ("article.file: 'seeds/huge.txt': the article file is 1,048,580 bytes, over "
                       "the limit of 1,048,576")
    assert hint == "split it or shorten it"


def test_an_article_over_the_word_limit_says_which_limit(tmp_path: Path) -> None:
    make_project(tmp_path, with_article("long.txt"))
    (tmp_path / "seeds/long.txt").write_text("a " * (MAX_ARTICLE_WORDS + 1), encoding="utf-8")
    assert only_problem(tmp_path) == (
        (6, 3), "article: the article has 50,001 words, over the limit of 50,000",
        "check only the relevant part of the text")


def test_an_inline_article_over_the_size_limit_is_refused_like_a_file(tmp_path: Path) -> None:
    text = "x" * (MAX_ARTICLE_BYTES + 1)  # one long "word": only the size limit can catch it
    make_project(tmp_path, VALID.replace("  file: seeds/article.txt", f"  text: {text}"))
    assert only_problem(tmp_path) == (
        (6, 9), "article.text: the article is 1,048,577 bytes, over the limit of 1,048,576",
        "check only the relevant part of the text")


def test_a_brief_over_the_size_limit_says_which_limit(tmp_path: Path) -> None:
    text = VALID + "# " + "x" * MAX_FILE_BYTES + "\n"
    make_project(tmp_path, text)
    mark, message, hint = only_problem(tmp_path)
    assert mark is None
    assert message == f"the brief is {len(text):,} bytes, over the limit of 2,097,152"
    assert hint == "split it or shorten it"


# --- Bombs: bounded in time and memory ----------------------------------------------------


@pytest.mark.parametrize("name", ["alias-bomb.yaml", "long-text-alias-bomb.yaml",
                                  "recursive-alias.yaml", "deep-flow.yaml", "deep-block.yaml"])
def test_bombs_are_refused_in_bounded_time_and_memory(tmp_path: Path, name: str) -> None:
    make_project(tmp_path, name)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = build(tmp_path)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert time.perf_counter() - started < 2
    assert peak < 20 * 1024 * 1024, f"{peak:,} bytes"
    assert not result.ok and not (tmp_path / "site").exists()


def test_the_long_text_alias_bomb_would_have_made_a_100_mb_page() -> None:
    """Why the text limit exists: the value count alone let this 40 KB file through."""
    text = (DATA / "long-text-alias-bomb.yaml").read_text(encoding="utf-8")
    assert len(text) < 50_000
    assert text.count("*a") * 20_000 >= 100_000_000


@pytest.mark.parametrize("tag", [
    '!!python/object/apply:os.system ["touch constructed"]',
    '!!python/object/new:os.system ["touch constructed"]',
    "!!python/name:os.system",
    "!!python/module:os",
    '!<tag:yaml.org,2002:python/object/apply:os.system> ["touch constructed"]',
    "!!binary dG91Y2ggY29uc3RydWN0ZWQ=",
    "!include /etc/passwd",
])
def test_custom_tags_are_refused_and_never_constructed(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       tag: str) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path, VALID.replace("summary: No evidence either way.", f"summary: {tag}"))
    mark, message, hint = only_problem(tmp_path)
    assert mark == (18, 12)
    assert message.startswith("the YAML tag ") and message.endswith("is not allowed in a brief")
    assert hint.startswith("remove the tag")
    assert not (tmp_path / "constructed").exists()


def test_a_tag_directive_cannot_smuggle_a_python_tag(tmp_path: Path) -> None:
    make_project(tmp_path, "%TAG !py! tag:yaml.org,2002:python/\n---\n" + VALID.replace(
        "summary: No evidence either way.", "summary: !py!object/apply:os.system [x]"))
    mark, message, _ = only_problem(tmp_path)
    assert mark == (20, 12)
    assert "python/object/apply:os.system is not allowed" in message


def test_the_python_object_file_runs_nothing(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path, "python-object.yaml")
    assert not build(tmp_path).ok
    assert not (tmp_path / "hostile-tag-was-constructed").exists()


# --- Messages stay short and fast however hostile the brief ---------------------------------


def test_a_quote_found_thousands_of_times_names_a_few_paragraphs(tmp_path: Path) -> None:
    make_project(tmp_path, with_article("many.txt").replace(
        "    - City officials said on Monday", "    - x"))
    (tmp_path / "seeds/many.txt").write_text("x\n" * 40_000, encoding="utf-8")
    started = time.perf_counter()
    (mark, message, _), = problems(tmp_path)
    assert time.perf_counter() - started < 2
    assert mark == (15, 7)
    assert message == ("claim.quotes[1]: the quote occurs 40000 times in the article "
                       "(paragraphs 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 39,990 more)")


def test_an_unknown_speaker_among_thousands_names_a_few(tmp_path: Path) -> None:
    speakers = "".join(f"  s{i}: {{name: S, kind: group}}\n" for i in range(1, 3001))
    make_project(tmp_path, VALID.replace("speakers:\n", "speakers:\n" + speakers)
                 .replace("  by: officials", "  by: zzzz"))
    (_, message, hint), = problems(tmp_path)
    assert message == "claim.by: unknown speaker id 'zzzz'"
    assert hint == ("define it under 'speakers:' or use one of: officials, s1, s10, s100, s1000, "
                    "s1001, s1002, s1003, s1004, s1005 and 2,991 more")


def test_a_long_quote_not_in_a_long_article_is_answered_quickly(tmp_path: Path) -> None:
    words = [f"w{i}x" for i in range(45_000)]
    quote = " ".join(words[20_000:20_400]).replace("w20003x", "typo")  # 400 words, one wrong
    make_project(tmp_path, with_article("long.txt").replace(
        "    - City officials said on Monday", f"    - {quote}"))
    (tmp_path / "seeds/long.txt").write_text(" ".join(words), encoding="utf-8")
    started = time.perf_counter()
    (_, message, hint), = problems(tmp_path)
    assert time.perf_counter() - started < 5  # was 15 seconds: the search grew with the quote
    assert message.startswith("claim.quotes[1]: quote not found in the article: 'w20000x w20001x")
    assert hint.startswith("the closest passage in the article is: 'w20000x w20001x w20002x "
                           "w20003x")
    assert hint.endswith(" w20399x'")


def test_problems_in_the_shared_speakers_file_name_the_speaker_plainly(tmp_path: Path) -> None:
    make_project(tmp_path)
    (tmp_path / "speakers.yaml").write_text("officials: {name: 1, kind: robot}\n",
                                            encoding="utf-8")
    _, report = load_project(tmp_path)
    messages = [d.message for d in report.errors]
    assert messages[0] == "officials.name: must be text, not a number"
    assert messages[1].startswith("officials.kind: 'robot' is not one of person")


def shared_speakers(count: int) -> str:
    """A desk's shared speakers.yaml: ``count`` people, each with a role and affiliation."""
    return "".join(f"speaker-{i}:\n  name: Speaker Number {i}\n  kind: person\n"
                   f"  role: Official {i}\n  affiliation: Ministry of Examples\n"
                   for i in range(count))


def test_a_shared_speakers_file_of_thousands_of_speakers_is_accepted(tmp_path: Path) -> None:
    """A desk's shared file grows with every brief: 13,000 speakers is 1.5 MB, within the
    size limit of any file, and must load as a brief that uses one of them does."""
    make_project(tmp_path, VALID.replace("  by: officials", "  by: speaker-12999"))
    (tmp_path / "speakers.yaml").write_text(shared_speakers(13_000), encoding="utf-8")
    project, report = load_project(tmp_path)
    assert report.errors == [], [d.format() for d in report.errors]
    assert project.briefs[0].claim.by.name == "Speaker Number 12999"


@pytest.mark.parametrize("name, what", [("alias-bomb.yaml", "aliases repeat more than"),
                                        ("deep-block.yaml", "nests deeper than")])
def test_a_limit_hit_in_the_speakers_file_is_named_for_what_it_is(tmp_path: Path, name: str,
                                                                   what: str) -> None:
    make_project(tmp_path)
    bomb = (DATA / name).read_text(encoding="utf-8")
    (tmp_path / "speakers.yaml").write_text(shared_speakers(3) + bomb, encoding="utf-8")
    _, report = load_project(tmp_path)
    (problem,) = report.errors
    assert problem.path == tmp_path / "speakers.yaml"
    assert what in problem.message
    assert "brief" not in problem.message + problem.hint  # it is not one


def test_a_brief_file_name_with_a_lookalike_letter(tmp_path: Path) -> None:
    make_project(tmp_path, name="br\u0456ef")  # Cyrillic "і"
    (mark, message, hint), = problems(tmp_path)
    assert mark is None
    assert message == "the file name 'brіef.yaml' is not a valid page address"
    assert hint == "rename the file to brief.yaml or add 'slug: brief'"


# --- The terminal is an output too ----------------------------------------------------------


def test_stats_prints_editor_text_literally(tmp_path: Path, runner: CliRunner,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path, VALID.replace("name: City officials", "name: 'City [/] [bold]x'"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["stats", "briefs/brief.yaml"])
    assert result.exception is None, repr(result.exception)
    assert "City [/] [bold]x" in result.output


def test_check_prints_editor_text_literally_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal, problems are coloured; the editor's words in them are never markup."""
    make_project(tmp_path, textwrap.dedent(VALID) + "'[/red] [bold]x': 1\n")
    env = {**os.environ, "PYTHONPATH": str(REPO), "FORCE_COLOR": "1", "TTY_COMPATIBLE": "1",
           "TTY_INTERACTIVE": "1", "COLUMNS": "400"}
    run = subprocess.run([sys.executable, "-c", "import sys; sys.stderr.isatty = lambda: True\n"
                          "from briefgen.commands.cli import app; app(['check'])"],
                         cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "unknown key '[/red] [bold]x'" in run.stderr

"""Reading a brief's YAML: located syntax errors, duplicate keys, refused tags, limits."""

import textwrap
import time
from pathlib import Path

import pytest

from briefgen.check.project import load_project
from briefgen.diagnostics import Mark, Report
from briefgen.load.yamlsource import MAX_DEPTH, parse_yaml

from .briefs import VALID, extended, only_problem, variant, write_brief


def test_the_valid_brief_loads_without_problems(tmp_path):
    write_brief(tmp_path, VALID)
    project, report = load_project(tmp_path)
    assert report.items == []
    assert [b.title for b in project.briefs] == ["Was the bridge closed?"]


def test_yaml_syntax_error_is_located(tmp_path):
    path = write_brief(tmp_path, """\
        title: Was the bridge closed?
        summary: the answer: no
        """)
    problem = only_problem(tmp_path)
    assert problem.path == path
    assert problem.mark == Mark(2, 20)
    assert problem.message == ("YAML syntax error: a colon and a space inside the text of "
                               "'summary'")
    assert problem.hint == 'put the whole text in quotation marks: summary: "the answer: no"'
    assert problem.format() == (
        f"{path}:2:20: error: {problem.message}; {problem.hint}")


def test_unclosed_quote_names_where_it_was_opened(tmp_path):
    write_brief(tmp_path, """\
        title: "Was the bridge closed?
        date: 2025-04-09
        """)
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(1, 8)  # where it was opened, not where the file ends
    assert problem.message == "YAML syntax error: this quotation mark is never closed on its line"


def test_tab_indentation_is_a_located_syntax_error(tmp_path):
    write_brief(tmp_path, b"title: x\nauthors:\n\t- The desk\n")
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(3, 1)
    assert problem.message == "YAML syntax error: a tab is used for indentation"


def test_duplicate_key_is_reported_at_the_second_key_naming_the_first(tmp_path):
    write_brief(tmp_path, variant("    kind: group", "    kind: group\n  officials:\n"
                                  "    name: Other officials\n    kind: group"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(11, 3)
    assert "'officials' appears twice" in problem.message
    assert "first on line 8" in problem.message
    assert "delete the other" in problem.hint


def test_duplicate_top_level_key(tmp_path):
    write_brief(tmp_path, extended("title: Another title\n"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(19, 1)
    assert "'title' appears twice" in problem.message and "first on line 1" in problem.message


def test_python_object_tag_is_refused_and_never_constructed(tmp_path):
    marker = tmp_path / "constructed"
    write_brief(tmp_path, f"""\
        title: Was the bridge closed?
        date: !!python/object/apply:os.system ["touch {marker}"]
        """)
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(2, 7)
    assert "tag:yaml.org,2002:python/object/apply:os.system" in problem.message
    assert "not allowed in a brief" in problem.message
    assert "remove the tag" in problem.hint
    assert not marker.exists()


def test_python_object_tag_on_a_scalar_is_refused(tmp_path):
    write_brief(tmp_path, """\
        title: !!python/object:builtins.str Was the bridge closed?
        """)
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(1, 8)
    assert "python/object:builtins.str is not allowed" in problem.message
    assert "write a plain value" in problem.hint


def test_custom_local_tag_is_refused(tmp_path):
    write_brief(tmp_path, "title: !headline Was the bridge closed?\n")
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(1, 8)
    assert "the YAML tag !headline is not allowed" in problem.message


def test_billion_laughs_alias_bomb_is_refused_quickly(tmp_path):
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    write_brief(tmp_path, "\n".join(lines) + "\n")
    started = time.perf_counter()
    problem = only_problem(tmp_path)
    assert time.perf_counter() - started < 2
    assert "aliases repeat more than 100,000 values" in problem.message
    assert "remove repeated aliases" in problem.hint
    assert problem.mark is not None and problem.mark.line in (5, 6)


def test_billion_laughs_error_points_at_the_alias_that_crosses_the_limit(tmp_path):
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    write_brief(tmp_path, "\n".join(lines) + "\n")
    # a..e hold 74,732 values; the first *e on line 6 (column 8) adds 66,430 more
    assert only_problem(tmp_path).mark == Mark(6, 8)


def test_alias_without_anchor_is_located(tmp_path):
    write_brief(tmp_path, "title: *headline\n")
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(1, 8)
    assert "the alias *headline has no anchor" in problem.message
    assert "define &headline" in problem.hint


def test_small_aliases_are_allowed(tmp_path):
    text = textwrap.dedent(VALID).replace("authors:\n  - The desk",
                                          "authors: &desk\n  - The desk\ntags: *desk")
    write_brief(tmp_path, text)
    project, report = load_project(tmp_path)
    assert report.items == []
    assert project.briefs[0].tags == ("The desk",)


def test_deep_nesting_is_refused_at_the_level_that_is_too_deep(tmp_path):
    write_brief(tmp_path, "title: x\ntags: " + "[" * 50 + "]" * 50 + "\n")
    problem = only_problem(tmp_path)
    # the brief's own mapping is level 1, so the 40th bracket (column 7 + 39) is level 41
    assert problem.mark == Mark(2, 46)
    assert f"nests deeper than {MAX_DEPTH} levels" in problem.message
    assert "indentation" in problem.hint


def test_deep_block_nesting_is_refused_too(tmp_path):
    write_brief(tmp_path, "tags:\n" + "".join("  " * i + "- \n" for i in range(60)))
    problem = only_problem(tmp_path)
    # line 1 holds the top-level mapping, line k the list at level k; line 41 is too deep
    assert problem.mark == Mark(41, 79)
    assert f"nests deeper than {MAX_DEPTH} levels" in problem.message


def test_very_deep_nesting_is_refused_without_crashing(tmp_path):
    write_brief(tmp_path, "tags: " + "[" * 100_000 + "]" * 100_000 + "\n")
    started = time.perf_counter()
    problem = only_problem(tmp_path)
    assert time.perf_counter() - started < 2
    # libyaml's own limit (1,000 levels) may answer before ours, as a syntax error
    assert problem.mark is not None and problem.mark.line == 1
    assert "nest" in problem.message


def test_nesting_up_to_the_limit_is_accepted():
    report = Report()
    depth = MAX_DEPTH - 1  # plus the top-level mapping
    node = parse_yaml("x: " + "[" * depth + "]" * depth + "\n", Path("b.yaml"), report)
    assert report.items == []
    assert node is not None and node.kind == "map"


def test_more_than_one_yaml_document_is_refused(tmp_path):
    write_brief(tmp_path, """\
        title: Was the bridge closed?
        ---
        title: Was the road closed?
        """)
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(2, 1)
    assert "more than one YAML document" in problem.message
    assert "remove the extra '---' line" in problem.hint


def test_a_leading_document_marker_is_fine(tmp_path):
    write_brief(tmp_path, "---\n" + textwrap.dedent(VALID))
    project, report = load_project(tmp_path)
    assert report.items == []
    assert len(project.briefs) == 1


@pytest.mark.parametrize("text", ["", "\n\n", "# nothing yet\n"])
def test_empty_file_is_reported(tmp_path, text):
    path = write_brief(tmp_path, text)
    problem = only_problem(tmp_path)
    assert problem.path == path
    assert problem.mark is None
    assert problem.message == "the brief is empty"
    assert "fill it in or delete it" in problem.hint


@pytest.mark.parametrize("text, what", [
    ("- title: Was the bridge closed?\n- date: 2025-04-09\n", "not a list"),
    ("Was the bridge closed?\n", "not text"),
    ("42\n", "not a number"),
])
def test_a_brief_that_is_not_a_mapping_is_reported(tmp_path, text, what):
    write_brief(tmp_path, text)
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(1, 1)
    assert "the brief must be a mapping of keys" in problem.message
    assert problem.message.endswith(what)
    assert "title: ..." in problem.hint


def test_mapping_or_list_as_a_key_is_refused(tmp_path):
    write_brief(tmp_path, "? [title, date]\n: Was the bridge closed?\n")
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(1, 3)
    assert "a key must be a plain word" in problem.message


def test_utf8_bom_and_crlf_line_endings_load_fine(tmp_path):
    text = "\ufeff" + textwrap.dedent(VALID).replace("\n", "\r\n")
    write_brief(tmp_path, text.encode("utf-8"))
    project, report = load_project(tmp_path)
    assert report.items == []
    brief = project.briefs[0]
    assert brief.title == "Was the bridge closed?"
    assert brief.verdict.summary == "No evidence either way."
    assert brief.claim.quotes[0].text == "City officials said on Monday"


def test_bom_and_crlf_do_not_shift_locations(tmp_path):
    text = "\ufeff" + textwrap.dedent(VALID).replace("title: Was the bridge closed?", "title: 42")
    write_brief(tmp_path, text.replace("\n", "\r\n").encode("utf-8"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(1, 8)
    assert "title: must be text, not a number" in problem.message


def test_old_mac_line_endings_are_lines_too(tmp_path):
    text = textwrap.dedent(VALID).replace("date: 2025-04-09", "date: 2025-02-30")
    write_brief(tmp_path, text.replace("\n", "\r").encode("utf-8"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(2, 7)
    assert "'2025-02-30' is not a valid date" in problem.message


def test_brief_that_is_not_utf8_is_located_at_the_bad_byte(tmp_path):
    write_brief(tmp_path, b"title: Was the bridge closed?\nauthors: [Caf\xe9 desk]\n")
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(2, 14)
    assert problem.message == "the brief is not UTF-8 text"
    assert "UTF-8 encoding" in problem.hint


def test_not_utf8_column_counts_characters_not_bytes(tmp_path):
    # "é" is two bytes in UTF-8; the bad byte is the 10th character of the line
    write_brief(tmp_path, "title: ét".encode() + b"\xe9\n")
    assert only_problem(tmp_path).mark == Mark(1, 10)


def test_binary_file_is_refused(tmp_path):
    write_brief(tmp_path, b"title: x\x00\x01\n")
    problem = only_problem(tmp_path)
    assert problem.mark is None
    assert problem.message == "the brief is binary, not text"
    assert "plain UTF-8 text" in problem.hint


def test_oversized_file_is_refused_without_parsing(tmp_path):
    write_brief(tmp_path, b"# " + b"x" * (2 * 1024 * 1024) + b"\n")
    problem = only_problem(tmp_path)
    assert problem.mark is None
    assert "over the limit of 2,097,152" in problem.message


def test_explicit_bool_tag_on_a_non_boolean_is_reported_not_crashed(tmp_path):
    write_brief(tmp_path, extended("draft: !!bool maybe\n"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(19, 8)

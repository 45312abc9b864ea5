"""The YAML mistakes editors really make, each reported at the line and column to fix, in plain
words, with what to type: `briefgen check` on the shared brief with one mistake in it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest
from typer.testing import CliRunner

from briefgen.commands.cli import app

from .briefs import extended, variant, write_brief


class Mistake(NamedTuple):
    brief: str  # the shared brief (tests/briefs.py VALID) with the mistake in it
    line: int
    column: int
    words: tuple[str, ...]  # in the message, in plain words
    fix: str  # what the hint says to type


QUOTE = "    - City officials said on Monday"
LAST = "  summary: No evidence either way."


def with_body(lines: str) -> str:
    """The brief with ``lines`` added to its verdict, from line 19."""
    return variant(LAST, f"{LAST}\n{lines}")


MISTAKES = {
    "missing colon after a key": Mistake(
        variant("title: Was the bridge closed?", "title Was the bridge closed?"), 1, 1,
        ("no colon",), "title: Was the bridge closed?"),
    "missing colon inside a block": Mistake(
        variant("  rating: unproven", "  rating unproven"), 17, 3, ("no colon",),
        "rating: unproven"),
    "missing colon on the last line": Mistake(
        variant(LAST, "  summary No evidence either way."), 18, 3,
        ("no colon",), "summary: No evidence either way."),
    "missing space after the colon": Mistake(
        variant("title: Was the bridge closed?", "title:Was the bridge closed?"), 1, 6,
        ("no space", "colon"), "title: Was the bridge closed?"),
    "colon and space inside a value": Mistake(
        variant("  summary: The bridge was closed.", "  summary: Closed: the bridge"), 13, 18,
        ("colon",), 'summary: "Closed: the bridge"'),
    "colon and space inside a list item": Mistake(
        variant(QUOTE, "    - City officials said: on Monday"), 15, 7, ("colon", "item"),
        '- "City officials said: on Monday"'),
    "tab after the dash of an item": Mistake(
        variant("  - The desk", "  -\tThe desk"), 4, 4, ("tab", "'-'"), "space after the '-'"),
    "tab for indentation among spaces": Mistake(
        variant("  by: officials", "\tby: officials"), 12, 1, ("tab", "indentation"),
        "spaces only"),
    "item that starts with a quotation and goes on": Mistake(
        variant(QUOTE, '    - "City officials said" on Monday'), 15, 7,
        ("starts with a quotation mark",), """- '"City officials said" on Monday'"""),
    "apostrophe inside single quotation marks": Mistake(
        variant("title: Was the bridge closed?", "title: 'Was it the bridge's fault?'"), 1, 8,
        ("quotation mark",), '''title: "Was it the bridge's fault?"'''),
    "unclosed quotation mark in a quote item": Mistake(
        variant(QUOTE, '    - "City officials said on Monday'), 15, 7,
        ("quotation mark", "never closed"), 'with " on this line'),
    "unclosed quotation mark, closed by a later one": Mistake(
        variant(QUOTE, '    - "City officials said on Monday').replace(
LAST, '  summary: "No evidence either way."'), 15, 7,
        ("quotation mark", "never closed"), 'with " on this line'),
    "curly quotation marks as YAML quotes": Mistake(
        variant("title: Was the bridge closed?", "title: “Kyiv: was the bridge closed?”"), 1, 8,
        ("curly quotation marks",), 'title: "Kyiv: was the bridge closed?"'),
    "curly quotation marks around a list item": Mistake(
        variant(QUOTE, "    - “Officials: it was closed”"), 15, 7, ("curly quotation marks",),
        '- "Officials: it was closed"'),
    "items under the [] that new wrote": Mistake(
        extended("""\
            responses: []
            #  - by:
              - by: officials
                stance: denies
                summary: It was not closed.
            """), 19, 12, ("[]", "empty"), "delete the '[]' after 'responses:'"),
    "a Markdown body without |": Mistake(
        with_body("  body:\n    **What is claimed.** Nothing more."), 19, 3,
        ("starts with '*'",), "write 'body: |' on line 19"),
    "text after | on its line": Mistake(
        with_body("  body: | **What is claimed.** Nothing more."), 19, 9, ("'|'",),
        "on the line below 'body: |', indented more than that line"),
    "text after > in a list item": Mistake(
        variant(QUOTE, "    - > more than said"), 15, 7, ("'>'",),
        """on the line below '- >'"""),
    "the text under | not indented": Mistake(
        with_body("  body: |\n  Nothing was found."), 20, 3, ("not indented",),
        "more spaces than the line 'body: |' (e.g. by 4)"),
    "unbalanced [": Mistake(
        extended("tags: [bridges, roads\n"), 19, 7, ("'['", "never closed"),
        "end the list with ']'"),
    "a ] too many": Mistake(
        extended("tags: [bridges, roads]]\n"), 19, 23, ("']'",), "delete the ']'"),
    "a stray - among keys": Mistake(
        extended("- tags: [bridges]\n"), 19, 1, ("'-'",), "delete the '-'"),
    "a key indented too far": Mistake(
        variant("    kind: group", "     kind: group"), 10, 6, ("indented more",),
        "indent it by 4 spaces"),
    "a key indented too little": Mistake(
        variant("    kind: group", "   kind: group"), 10, 4, ("indented by 3 spaces",),
        "by 4 spaces, as on line 9"),
    "text that starts with @": Mistake(
        variant("  summary: The bridge was closed.", "  summary: @officials said so"), 13, 12,
        ("'@'",), 'summary: "@officials said so"'),
}


@pytest.mark.parametrize("mistake", MISTAKES.values(), ids=list(MISTAKES))
def test_each_mistake_is_reported_where_it_is_made_in_plain_words(
        mistake: Mistake, runner: CliRunner, tmp_path: Path) -> None:
    path = write_brief(tmp_path, mistake.brief)
    result = runner.invoke(app, ["check", "-p", str(tmp_path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1, errors
    found = re.fullmatch(rf"{re.escape(str(path))}:(\d+):(\d+): error: YAML syntax error: "
                         r"(.+?); (.+)", errors[0])
    assert found, errors[0]
    assert (int(found[1]), int(found[2])) == (mistake.line, mistake.column), errors[0]
    message, hint = found[3], found[4]
    for words in mistake.words:
        assert words in message, (words, message)
    assert mistake.fix in hint, (mistake.fix, hint)
    for jargon in ("scalar", "token", "indicator", "simple key", "alias", "expected"):
        assert jargon not in message, message


def test_every_problem_of_every_brief_at_once(runner: CliRunner, tmp_path: Path) -> None:
    """A syntax error stops the reading of its own file only: the other briefs' problems come
    in the same run."""
    for name, mistake in list(MISTAKES.items())[:5]:
        write_brief(tmp_path, mistake.brief, name=re.sub(r"\W+", "-", name))
    result = runner.invoke(app, ["check", "-p", str(tmp_path)])
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 5, errors
    assert "Checked 5 briefs: 5 errors, 0 warnings." in result.stderr

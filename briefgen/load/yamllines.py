"""An editor's YAML lines, taken apart as far as explaining a syntax error needs: where each
line's key and value start, and where the parser stopped reading them."""

from __future__ import annotations

import re
from dataclasses import dataclass

BLOCK_INDICATOR = re.compile(r"[|>][-+0-9]*")  # 'body: |': the text is on the lines below


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the file, taken apart as YAML would see its start."""

    number: int  # 0-based
    text: str
    indent: int  # columns before the first character that is not a space or a tab
    key_column: int  # where the key or the value starts, after any '- '
    key: str | None  # the key before ': ', if the line has one
    value_column: int
    value: str  # the rest of the line, after the key (and its colon) or after '- '

    @property
    def blank(self) -> bool:
        return not self.text.strip() or self.text.lstrip().startswith("#")


_ANATOMY = re.compile(
    r"(?P<indent>[ \t]*)(?P<dashes>(?:-(?:[ \t]+|$))*)"
    r"(?:(?P<key>\"[^\"]*\"|'[^']*'|[^\s#'\"\[\]{},:][^:#]*?)[ \t]*:(?:[ \t]+|$))?"
    r"(?P<value>.*)")


def anatomy(number: int, text: str) -> Line:
    found = _ANATOMY.match(text)
    assert found is not None  # every part may be empty
    return Line(number, text, found.end("indent"), found.end("dashes"), found["key"],
                found.start("value"), found["value"].rstrip())


@dataclass(frozen=True)
class Stop:
    """Where and why the parser stopped: the problem, and what it was reading (its context),
    each with a 0-based line and column, as libyaml gives them."""

    lines: list[str]
    problem: str
    at: tuple[int, int] | None
    context: str
    opened: tuple[int, int] | None

    def line(self, number: int) -> Line:
        return anatomy(number, self.lines[number] if number < len(self.lines) else "")

    def before(self, number: int) -> Line | None:
        """The nearest line above ``number`` with something on it other than a comment."""
        for earlier in range(min(number, len(self.lines)) - 1, -1, -1):
            line = self.line(earlier)
            if not line.blank:
                return line
        return None

    def char(self, where: tuple[int, int] | None) -> str:
        if where is None or where[0] >= len(self.lines):
            return ""
        return self.lines[where[0]][where[1]:where[1] + 1]


def closing_quote(lines: list[str], number: int, column: int) -> tuple[int, int] | None:
    """Where the quoted text that opens at ``column`` of line ``number`` closes, if it does."""
    quote = lines[number][column]
    skip = False
    for row in range(number, len(lines)):
        text = lines[row]
        position = column + 1 if row == number else 0
        while position < len(text):
            char = text[position]
            if skip:
                skip = False
            elif quote == '"' and char == "\\":
                skip = True
            elif char == quote:
                if quote == "'" and text[position + 1:position + 2] == "'":
                    skip = True  # '' is an apostrophe inside single quotes
                else:
                    return row, position
            position += 1
    return None

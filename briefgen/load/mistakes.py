"""What an editor got wrong when YAML cannot be read, said where they made the mistake.

The parser stops where it notices a problem, which is often a line or many lines after the
mistake (a missing colon shows up on the next key; an unclosed quotation mark at the end of the
file), and it says so in its own terms ("could not find expected ':'"). Each rule here looks at
the editor's lines around that point, recognises one mistake editors really make, and names the
line and column to fix, in plain words ("colon", "tab", "quotation mark"), with what to type.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefgen.diagnostics import Mark
from briefgen.load.yamllines import BLOCK_INDICATOR, Line, Stop, closing_quote

# libyaml's names for what was left open, in an editor's words.
_OPENED = {
    "flow sequence": "for the list opened with '['",
    "flow mapping": "for the mapping opened with '{'",
    "quoted scalar": "for the quoted text opened",
    "plain scalar": "in the text that starts",
    "block mapping": "for the keys that start",
    "block collection": "for the list that starts",
    "block sequence": "for the list that starts",
}
_DEFAULT_HINT = "check the indentation and the quotes on this line and the line above"
_TAB_HINT = "indent with spaces only; most editors can turn tabs into spaces"
_QUOTE_HINT = "put the text in quotation marks"
# The parser's commonest complaints, when no rule below knows better: (message, what to do).
_PLAIN = {
    "mapping values are not allowed in this context": (
        "unexpected ': ' on this line",
        'text with a colon and a space in it must be in quotes, e.g. title: "Kyiv: the claim"; '
        "otherwise indent this line like its neighbours"),
    "did not find expected key": (
        "this line is not lined up with the keys around it",
        "indent keys of the same block by the same number of spaces; if text above has quotes, "
        "check that they are closed"),
    "did not find expected '-' indicator": (
        "this line is not lined up with the list it belongs to",
        "start every item of a list with '- ' at the same indentation"),
    "found a tab character that violates indentation": (
        "a tab is used for indentation", _TAB_HINT),
    "found unexpected end of stream": (
        "the file ends inside quoted text", "close the quotation mark that was opened"),
    "could not find expected ':'": (
        "this line has no colon where YAML expects 'key: value'",
        "write it as 'key: value'; if it is more of the text above, indent it like that text"),
    "did not find expected alphabetic or numeric character": (
        "a '*' or '&' where YAML expects text", _QUOTE_HINT),
    "did not find expected node content": (
        "a value starts with a character that YAML keeps for itself", _QUOTE_HINT),
    "found character that cannot start any token": (
        "text starts with a character that YAML keeps for itself", _QUOTE_HINT),
    "could not find expected directive name": ("a line starts with '%'", _QUOTE_HINT),
    "did not find expected <document start>": (
        "more text after the end of the brief",
        "delete it, or indent it like the text it belongs to"),
}
SMART_QUOTES = "“”„‟«»‘’‚‛"
_PLAIN_KEY = re.compile(r"[a-z_][a-z0-9_-]*")


@dataclass(frozen=True, slots=True)
class Explained:
    mark: Mark | None
    message: str
    hint: str


def explain(text: str, problem: str, at: tuple[int, int] | None, context: str,
            opened: tuple[int, int] | None) -> Explained:
    """The mistake behind a YAML syntax error, located and in plain words."""
    stop = Stop(text.split("\n"), problem, at, context, opened)
    for rule in _RULES:
        found = rule(stop)
        if found is not None:
            return found
    return _in_the_parsers_words(stop)


def _mark(line: int, column: int) -> Mark:
    return Mark(line + 1, column + 1)


def _label(line: Line) -> str:
    """What starts the line's value: its key and colon, or the '- ' of a list item."""
    return f"{line.key}: " if line.key else "- "


def _quoted(text: str) -> str:
    """``text`` as YAML quoted text, in double quotation marks unless it holds some."""
    if '"' not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


# --- the rules, each for one mistake ---------------------------------------------------------


def _unclosed_quote(stop: Stop) -> Explained | None:
    """A quotation mark opened and never closed: the parser reads on, to the end of the file or
    to the next quotation mark, many lines below, and stops there."""
    if stop.at is None:
        return None
    if stop.context == "while scanning a quoted scalar" and stop.opened is not None:
        start: tuple[int, int] | None = stop.opened
    else:
        start = _open_quote_closed_at(stop, stop.at[0])
    if start is None:
        return None
    quote = stop.char(start)
    name, other = ("quotation mark", "single") if quote == '"' else (
        "quotation mark (or apostrophe)", "double")
    return Explained(_mark(*start), f"this {name} is never closed on its line",
                     f"end the quoted text with {quote} on this line; if the text itself holds "
                     f"a {quote}, put the whole text in {other} quotation marks instead")


def _open_quote_closed_at(stop: Stop, error_line: int) -> tuple[int, int] | None:
    """The first quoted value above the error that its line leaves open, when what closes it
    (if anything) is on the error's line: the parser stopped right after."""
    block_indent: int | None = None  # inside a block of text ('body: |'), quotes are text
    for number in range(min(error_line + 1, len(stop.lines))):
        line = stop.line(number)
        if block_indent is not None and (line.blank or line.indent > block_indent):
            continue
        block_indent = line.indent if BLOCK_INDICATOR.fullmatch(line.value) else None
        quote = line.value[:1]
        if quote not in ('"', "'"):
            continue
        close = closing_quote(stop.lines, number, line.value_column)
        if close is not None and close[0] == number:
            continue
        if close is None or close[0] == error_line:
            return number, line.value_column
        return None  # a text over several lines, closed before the error: not the cause
    return None


def _tab(stop: Stop) -> Explained | None:
    if stop.char(stop.at) != "\t" or stop.at is None:
        return None
    before = stop.lines[stop.at[0]][:stop.at[1]].rstrip(" \t")
    if before.endswith("-"):
        return Explained(_mark(*stop.at), "a tab after the '-' of a list item",
                         "type a space after the '-' instead of the tab")
    if before.endswith(":"):
        return Explained(_mark(*stop.at), "a tab after the colon",
                         "type a space after the colon instead of the tab")
    return Explained(_mark(*stop.at), "a tab is used for indentation", _TAB_HINT)


def _starts_with_star(stop: Stop) -> Explained | None:
    """Markdown's **bold** or * list where YAML expects a value: '*' names an alias there."""
    if stop.context != "while scanning an alias" or stop.opened is None:
        return None
    number, column = stop.opened
    line = stop.line(number)
    message = ("text that starts with '*' must be in a block or in quotes: YAML reads a "
               "'*' there as a reference to another value")
    above = stop.before(number)
    if column == line.key_column and above is not None and above.key and not above.value:
        return Explained(_mark(above.number, above.key_column),
                         f"the text under '{above.key}:' starts with '*', so it must be a block: "
                         "YAML reads a '*' there as a reference to another value",
                         f"write '{above.key}: |' on line {above.number + 1}, and keep the "
                         f"text on the lines below it, indented")
    if line.key:
        return Explained(_mark(*stop.opened), message,
                         f"write '{line.key}: |', and the text on the lines below it, indented "
                         f"more than '{line.key}'")
    return Explained(_mark(*stop.opened), message,
                     f"put the text in quotation marks: {_quoted(line.value)}")


def _text_after_block_indicator(stop: Stop) -> Explained | None:
    if stop.context != "while scanning a block scalar" or stop.opened is None:
        return None
    line = stop.line(stop.opened[0])
    indicator = stop.char(stop.opened)
    label = _label(line)
    return Explained(_mark(*stop.opened), f"text after the '{indicator}' on the same line",
                     f"start the text on the line below '{label}{indicator}', indented "
                     f"more than that line; or, if the '{indicator}' is part of the text, "
                     f"put it in quotation marks: {label}{_quoted(line.value)}")


def _unclosed_bracket(stop: Stop) -> Explained | None:
    closers = {"while parsing a flow sequence": ("[", "]", "list", "tags: [Russia, Ukraine]"),
               "while parsing a flow mapping": ("{", "}", "mapping", "{name: Ann, kind: person}")}
    if stop.context not in closers or stop.opened is None:
        return None
    opener, closer, what, example = closers[stop.context]
    if closer in stop.lines[stop.opened[0]][stop.opened[1]:]:
        return None  # closed on its line: something inside is wrong
    return Explained(_mark(*stop.opened), f"the '{opener}' opened here is never closed with "
                     f"'{closer}'", f"end the {what} with '{closer}' on the same line, e.g. "
                     f"{example}, or write each item on a line of its own, starting with '- '")


def _stray_closing_bracket(stop: Stop) -> Explained | None:
    closer = stop.char(stop.at)
    if closer not in ("]", "}") or stop.at is None:
        return None
    opener = "[" if closer == "]" else "{"
    return Explained(_mark(*stop.at), f"a '{closer}' that closes no '{opener}'",
                     f"delete the '{closer}'")


def _smart_quotes(stop: Stop) -> Explained | None:
    """“Curly” quotation marks are text to YAML, so the colon inside them is not protected."""
    if stop.problem != "mapping values are not allowed in this context" or stop.at is None:
        return None
    line = stop.line(stop.at[0])
    if not line.value or line.value[0] not in SMART_QUOTES or stop.at[1] < line.value_column:
        return None
    return Explained(_mark(line.number, line.value_column), curly_quotes_message(),
                     f"use straight quotation marks: {_label(line)}"
                     f"{_quoted(line.value.strip(SMART_QUOTES))}")


def _colon_in_text(stop: Stop) -> Explained | None:
    """`summary: Closed: the bridge`: a second ': ' on a line, inside the value's text."""
    if stop.problem != "mapping values are not allowed in this context" or stop.at is None:
        return None
    line = stop.line(stop.at[0])
    if line.key is None or stop.at[1] < line.value_column or not line.value:
        return None
    return Explained(_mark(*stop.at), f"a colon and a space inside the text of '{line.key}'",
                     f"put the whole text in quotation marks: {line.key}: "
                     f"{_quoted(line.value)}")


def curly_quotes_message() -> str:
    return ("curly quotation marks (“ ”) do not quote text in YAML, so the colon and space "
            "inside them are read as 'key: value'")


def _missing_colon(stop: Stop) -> Explained | None:
    """A key written without its colon: the parser only notices at the next line."""
    if stop.at is None:
        return None
    if (stop.problem == "could not find expected ':'" and stop.context ==
            "while scanning a simple key" and stop.opened is not None):
        return _line_without_colon(stop, stop.line(stop.opened[0]))
    if stop.problem != "mapping values are not allowed in this context":
        return None
    line = stop.line(stop.at[0])
    if line.key is None or stop.at[1] != line.key_column + len(line.key.rstrip()):
        return None  # the colon the parser refuses is not this line's first: text with ': '
    above = stop.before(line.number)
    if above is None:
        return None
    if above.key is None:
        return _line_without_colon(stop, above)
    if line.indent > above.key_column:
        return Explained(_mark(line.number, line.indent),
                         f"this line is indented more than '{above.key}' on line "
                         f"{above.number + 1}, so YAML reads it as more of that line's text",
                         f"indent it by {above.key_column} spaces, like '{above.key}'; if it "
                         f"does go on with that text, put the whole text in quotation marks")
    return None


def _line_without_colon(stop: Stop, line: Line) -> Explained | None:
    """The explanation of ``line``, which the parser found without a key's colon."""
    above = stop.before(line.number)
    if above is not None and BLOCK_INDICATOR.fullmatch(above.value) and (
            line.indent <= above.key_column):
        head = f"{above.key}: {above.value}" if above.key else f"- {above.value}"
        return Explained(_mark(line.number, line.indent),
                         f"the text under '{head}' is not indented",
                         f"indent each line of the text by more spaces than the line "
                         f"'{head}' (e.g. by {above.key_column + 2})")
    content = line.text[line.key_column:].rstrip()
    if re.match(r"[^\s:]+:[^\s]", content) and ": " not in content:
        colon = line.key_column + content.index(":")
        fixed = content.replace(":", ": ", 1)
        return Explained(_mark(line.number, colon), "no space after the colon",
                         f"type a space after the colon: {fixed}")
    word, _, rest = content.partition(" ")
    if not _PLAIN_KEY.fullmatch(word):
        if above is not None and above.key is None and line.indent < above.indent:
            return Explained(_mark(line.number, line.indent),
                             f"this line is indented less than the text above it (line "
                             f"{above.number + 1}), so YAML no longer reads it as that text",
                             f"indent it by {above.indent} spaces, like line {above.number + 1}")
        if above is not None and above.key and not above.value:
            return Explained(_mark(line.number, line.indent),
                             "this line is text where YAML expects 'key: value'",
                             f"if it belongs to '{above.key}:' on line {above.number + 1}, "
                             f"indent it by more spaces than '{above.key}'")
        return None
    dashes = line.text[line.indent:line.key_column]
    return Explained(_mark(line.number, line.key_column), "this line has no colon after its key",
                     f"write a colon and a space after '{word}': "
                     f"{dashes}{word}:{' ' + rest.strip() if rest.strip() else ''}")


def _text_after_quotation(stop: Stop) -> Explained | None:
    """`- "China is a major power," Peskov said`: YAML takes the quoted words for the whole
    value, and cannot read what follows the closing quotation mark."""
    if stop.at is None or stop.problem not in ("did not find expected key",
                                               "did not find expected '-' indicator"):
        return None
    line = stop.line(stop.at[0])
    quote = line.value[:1]
    before = line.text[:stop.at[1]].rstrip()
    if quote not in ('"', "'") or not before.endswith(quote) or len(before) <= line.value_column:
        return None
    start = _mark(line.number, line.value_column)
    key = _label(line)
    inner = line.value[1:-1]
    if line.value.endswith(quote) and len(line.value) > 1:  # 'It's fine'
        other = '"' if quote == "'" else "'"
        fixed = f"{other}{inner}{other}" if other not in inner else _quoted(inner)
        return Explained(start, "a quotation mark inside the text ends it early",
                         f"quote the text with the other kind of quotation marks: {key}{fixed}")
    fixed = _quoted(line.value) if quote == "'" else "'" + line.value.replace("'", "''") + "'"
    kind = "single" if fixed.startswith("'") else "double"
    return Explained(start, "the text starts with a quotation mark and goes on after it closes, "
                     "but YAML takes only the quoted words",
                     f"put the whole text in {kind} quotation marks: {key}{fixed}")


def _items_under_empty_list(stop: Stop) -> Explained | None:
    """Items written under the `responses: []` that `new` wrote: `[]` says the list is empty."""
    if stop.at is None or stop.problem != "did not find expected key":
        return None
    line = stop.line(stop.at[0])
    above = stop.before(line.number)
    if above is None or above.key is None or above.value not in ("[]", "{}"):
        return None
    column = above.value_column
    return Explained(_mark(above.number, column),
                     f"'{above.key}: {above.value}' says it is empty, but items follow it on "
                     f"line {line.number + 1}",
                     f"delete the '{above.value}' after '{above.key}:', so that the lines below "
                     "belong to it")


def _stray_dash(stop: Stop) -> Explained | None:
    if stop.at is None or stop.problem != "did not find expected key":
        return None
    line = stop.line(stop.at[0])
    above = stop.before(line.number)
    if not line.text[line.indent:].startswith("-") or above is None or above.key is None:
        return None
    return Explained(_mark(line.number, line.indent),
                     "a '-' starts a list item here, among 'key: value' lines",
                     "delete the '-' at the start of the line; a list goes under a key that "
                     "ends with a colon, one '- ' item per line")


def _not_lined_up(stop: Stop) -> Explained | None:
    if stop.at is None or stop.opened is None or stop.problem not in (
            "did not find expected key", "did not find expected '-' indicator"):
        return None
    line = stop.line(stop.at[0])
    above = stop.before(line.number)
    block = stop.opened[1]
    spaces = f"{line.indent} space{'s' * (line.indent != 1)}"
    if stop.problem == "did not find expected '-' indicator":
        return Explained(_mark(line.number, line.indent),
                         f"this line is indented by {spaces}, which is not lined up with the "
                         f"list that starts on line {stop.opened[0] + 1}",
                         f"start every item of that list with '- ' indented by {block} spaces")
    places = [f"by {block} spaces, as on line {stop.opened[0] + 1}"]
    if above is not None and above.key_column != block and above.key_column != line.indent:
        places.insert(0, f"by {above.key_column} spaces, as on line {above.number + 1}")
    return Explained(_mark(line.number, line.indent),
                     f"this line is indented by {spaces}, which lines it up with no key above it",
                     f"indent it like the keys it belongs with: {', or '.join(places)}")


def _cannot_start_text(stop: Stop) -> Explained | None:
    char = stop.char(stop.at)
    if (stop.problem != "found character that cannot start any token" or stop.at is None
            or char not in ("@", "`", "%")):
        return None
    line = stop.line(stop.at[0])
    return Explained(_mark(*stop.at), f"text cannot start with '{char}' unless it is in quotes",
                     f"put the text in quotation marks: {_label(line)}{_quoted(line.value)}")


_RULES: tuple[Callable[[Stop], Explained | None], ...] = (
    _unclosed_quote, _tab, _starts_with_star, _text_after_block_indicator, _unclosed_bracket,
    _stray_closing_bracket, _smart_quotes, _missing_colon, _colon_in_text, _text_after_quotation,
    _items_under_empty_list, _stray_dash, _not_lined_up, _cannot_start_text,
)


def _in_the_parsers_words(stop: Stop) -> Explained:
    """No rule knows this mistake: the parser's complaint, in the plainest words we have."""
    where = stop.at or stop.opened
    problem, hint = _PLAIN.get(stop.problem, (stop.problem, _DEFAULT_HINT))
    if stop.context and stop.opened and stop.at and stop.opened[0] != stop.at[0]:
        # the parser noticed an unclosed bracket or quote only where the file ends:
        # the editor needs to know where it was opened
        opened = _OPENED.get(stop.context.removeprefix("while ").split(" a ")[-1], stop.context)
        problem += f" ({opened} at line {stop.opened[0] + 1}, column {stop.opened[1] + 1})"
    return Explained(_mark(*where) if where else None, problem, hint)

"""Read an editor's YAML file into a tree of values that remember where they were written.

We build the tree from the parser's event stream ourselves instead of using a PyYAML
loader, because a loader silently keeps the last of two duplicate keys, constructs
custom tags, expands alias bombs and recurses on deep nesting. Here duplicate keys
are errors, tags are never constructed, and size and depth are bounded.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import Mark, Report

try:  # libyaml's parser is ten times faster; the pure-Python one gives the same events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - only on PyYAML builds without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 100_000
# Aliases may repeat text, but never to more than a file without aliases could hold.
MAX_CHARS = MAX_FILE_BYTES

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{name}": name for name in ("str", "int", "float", "bool", "null")}
_SCALAR_TAGS[f"{_CORE}timestamp"] = "date"
# YAML 1.1 reads a plain '<<' as a merge key and '=' as a "value key"; we merge nothing, so
# both are plain text (a '<<' key is refused with its own message, in _build).
_SCALAR_TAGS[f"{_CORE}merge"] = _SCALAR_TAGS[f"{_CORE}value"] = "str"
_RESOLVER = yaml.resolver.Resolver()
# libyaml's names for what was left open, in an editor's words.
_PLAIN_CONTEXT = {
    "flow sequence": "for the list opened with '['",
    "flow mapping": "for the mapping opened with '{'",
    "quoted scalar": "for the quoted text opened",
    "plain scalar": "in the text that starts",
    "block mapping": "for the keys that start",
    "block collection": "for the list that starts",
    "block sequence": "for the list that starts",
}
# libyaml's commonest complaints, in words an editor can act on: (message, what to do).
_DEFAULT_SYNTAX_HINT = "check the indentation and the quotes on this line and the line above"
_PLAIN_PROBLEMS = {
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
        "a tab character is used for indentation",
        "indent with spaces only; most editors can convert tabs to spaces"),
    "found character '\\t' that cannot start any token": (
        "a tab character is used for indentation",
        "indent with spaces only; most editors can convert tabs to spaces"),
    "found unexpected end of stream": (
        "the file ends inside quoted text",
        "close the quote that was opened, or remove it"),
    # libyaml stops at 1,000 levels, before our own MAX_DEPTH check sees the events
    "exceeded maximum nesting depth": (
        f"the document nests deeper than {MAX_DEPTH} levels",
        "a brief is only a few levels deep: check the brackets and the indentation"),
}
_BOOL_WORDS = {"yes": True, "true": True, "on": True, "no": False, "false": False, "off": False}


@dataclass(slots=True)
class Node:
    """A YAML value with its position.

    kind is "map", "list" or a scalar type: "str", "int", "float", "bool", "null", "date".
    Scalars keep their source text in ``raw``; maps keep each key's position.
    """

    kind: str
    value: Any
    mark: Mark
    raw: str = ""
    key_marks: dict[str, Mark] = field(default_factory=dict)
    size: int = 1
    chars: int = 0  # characters of scalar text inside, aliases expanded

    @property
    def is_scalar(self) -> bool:
        return self.kind not in ("map", "list")

    def describe(self) -> str:
        return {
            "map": "a mapping (key: value pairs)",
            "list": "a list",
            "str": "text",
            "int": "a number",
            "float": "a number",
            "bool": f"the yes/no value {self.raw!r}",
            "null": "empty",
            "date": "a date",
        }[self.kind]


def read_text(path: Path, report: Report, *, limit: int = MAX_FILE_BYTES, what: str = "file"
              ) -> str | None:
    """The file's text, or None with an error that says what to do."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # reading a pipe or a device would never end
            report.error(path, None, f"the {what} is not a regular file (it is a pipe or a "
                         "device)", "name a plain text file")
            return None
        size = info.st_size
        if size > limit:
            report.error(path, None, f"the {what} is {size:,} bytes, over the limit of {limit:,}",
                         "split it or shorten it")
            return None
        with path.open("rb") as file:
            data = file.read(limit + 1)  # a file that grew since stat() cannot grow the read
        if len(data) > limit:
            report.error(path, None, f"the {what} is over the limit of {limit:,} bytes",
                         "split it or shorten it")
            return None
    except FileNotFoundError:
        report.error(path, None, f"the {what} does not exist", "check the path and its spelling")
        return None
    except IsADirectoryError:
        report.error(path, None, f"the {what} is a folder, not a file", "name a file")
        return None
    except OSError as err:
        report.error(path, None, f"the {what} cannot be read ({err.strerror})",
                     "check that it exists and that you may read it")
        return None
    if b"\x00" in data:
        report.error(path, None, f"the {what} is binary, not text", "save it as plain UTF-8 text")
        return None
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark is harmless: drop it
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        line_start = data.rfind(b"\n", 0, err.start) + 1
        column = len(data[line_start: err.start].decode("utf-8", "replace")) + 1
        report.error(path, Mark(line, column), f"the {what} is not UTF-8 text",
                     "save it with UTF-8 encoding in your editor")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_yaml(text: str, path: Path, report: Report) -> Node | None:
    """Parse one YAML document; None (with errors reported) when it cannot be used."""
    try:
        return _build(yaml.parse(text, Loader=_Loader), path, report)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else None
        problem = err.problem or err.context or "invalid YAML"
        problem, hint = _PLAIN_PROBLEMS.get(problem, (problem, _DEFAULT_SYNTAX_HINT))
        started = err.context_mark
        if err.context and started and started is not mark and started.line != mark.line:
            # libyaml notices an unclosed bracket or quote only where the file ends;
            # the editor needs to know where it was opened.
            opened = _PLAIN_CONTEXT.get(err.context.removeprefix("while ").split(" a ")[-1],
                                        err.context)
            problem += f" ({opened} at line {started.line + 1}, column {started.column + 1})"
        report.error(path, where, f"YAML syntax error: {problem}", hint)
    except yaml.reader.ReaderError as err:  # a character YAML does not allow, e.g. U+0007
        # libyaml counts the position in UTF-8 bytes, PyYAML's own reader in characters
        before = (text.encode("utf-8")[: err.position].decode("utf-8", "replace")
                  if _Loader.__name__.startswith("C") else text[: err.position])
        mark = Mark(before.count("\n") + 1, len(before) - before.rfind("\n"))
        report.error(path, mark, f"the file holds the invisible control character "
                     f"U+{err.character:04X}, which YAML does not allow",
                     "delete it; it may have come in with pasted text")
    except yaml.YAMLError as err:
        report.error(path, None, f"YAML syntax error: {err}", "check the file's syntax")
    except _Refused:
        pass
    return None


class _Refused(Exception):
    """Raised after reporting a document we will not build (too big, too deep, bad tag)."""


def _mark(event: yaml.Event) -> Mark:
    return Mark(event.start_mark.line + 1, event.start_mark.column + 1)


def _scalar(event: yaml.ScalarEvent, path: Path, report: Report) -> Node:
    mark = _mark(event)
    tag = event.tag
    if tag is None or tag == "!":
        plain = event.implicit[0]
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (plain, False))
    kind = _SCALAR_TAGS.get(tag)
    if kind is None:
        report.error(path, mark, f"the YAML tag {event.tag or tag} is not allowed in a brief",
                     "remove the tag and write a plain value")
        raise _Refused
    raw = event.value
    value: Any = raw
    if kind == "null":
        value = None
    elif kind == "bool":
        if raw.lower() not in _BOOL_WORDS:
            report.error(path, mark, f"{raw!r} is tagged !!bool but is not yes or no",
                         "write true or false, without the tag")
            raise _Refused
        value = _BOOL_WORDS[raw.lower()]
    elif kind == "int":
        try:
            value = int(raw.replace("_", ""), 0) if raw.lower().startswith(("0x", "0o")) else int(
                raw.replace("_", ""))
        except ValueError:
            kind = "str"  # sexagesimal and other YAML 1.1 oddities: keep the text
    elif kind == "float":
        try:
            value = float(raw.replace("_", ""))
        except ValueError:
            kind = "str"
    return Node(kind, value, mark, raw=raw, chars=len(raw))


def _build(events: Any, path: Path, report: Report) -> Node | None:
    anchors: dict[str, Node] = {}
    stack: list[tuple[Node, list[Any]]] = []  # open collections, with a pending map key
    root: Node | None = None
    documents = 0
    total = chars = 0

    def attach(node: Node, *, alias: Mark | None = None) -> None:
        # An alias repeats its whole anchored value: count it expanded, which bounds
        # what any later walk over the tree can cost ("billion laughs").
        nonlocal root, total, chars
        total += node.size if alias else 1
        if total > MAX_NODES:
            report.error(path, alias or node.mark, f"the document has more than {MAX_NODES:,} "
                         "values (aliases included)",
                         "a brief needs far fewer: remove repeated aliases")
            raise _Refused
        # A few aliases of one long text are a bomb too: bound the text they repeat.
        chars += node.chars if alias or node.is_scalar else 0
        if chars > MAX_CHARS:
            report.error(path, alias or node.mark, f"the document holds more than {MAX_CHARS:,} "
                         "characters of text (aliases included)",
                         "remove repeated aliases of long text")
            raise _Refused
        if not stack:
            root = node
            return
        parent, pending = stack[-1]
        parent.size += node.size
        parent.chars += node.chars
        if parent.kind == "list":
            parent.value.append(node)
        elif not pending:
            if not node.is_scalar:
                report.error(path, node.mark, "a key must be a plain word, not a list or mapping",
                             "write the key as simple text followed by a colon")
                raise _Refused
            pending.append(node)
        else:
            key_node = pending.pop()
            key = key_node.raw if key_node.kind != "null" else ""
            if key in parent.value:
                first = parent.key_marks[key]
                report.error(path, key_node.mark,
                             f"the key {key!r} appears twice in this mapping (first on line "
                             f"{first.line})", "keep one of them and delete the other")
            else:
                parent.value[key] = node
                parent.key_marks[key] = key_node.mark

    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                report.error(path, _mark(event), "the file holds more than one YAML document",
                             "keep one document per file: remove the extra '---' line")
                raise _Refused
        elif isinstance(event, yaml.ScalarEvent):
            if (event.value == "<<" and event.implicit[0] and stack
                    and stack[-1][0].kind == "map" and not stack[-1][1]):
                report.error(path, _mark(event), "YAML merge keys ('<<') are not supported in a "
                             "brief", "write the keys out in full")
                raise _Refused
            node = _scalar(event, path, report)
            if event.anchor:
                anchors[event.anchor] = node
            attach(node)
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in anchors:
                report.error(path, _mark(event), f"the alias *{event.anchor} has no anchor",
                             f"define &{event.anchor} before using it")
                raise _Refused
            if any(anchors[event.anchor] is open_node for open_node, _ in stack):
                report.error(path, _mark(event), f"the alias *{event.anchor} is inside the value "
                             f"&{event.anchor} that it repeats",
                             "an alias can only repeat a value that is complete: remove it")
                raise _Refused
            attach(anchors[event.anchor], alias=_mark(event))
        elif isinstance(event, yaml.CollectionStartEvent):
            if event.tag not in (None, "!", f"{_CORE}map", f"{_CORE}seq"):
                report.error(path, _mark(event), f"the YAML tag {event.tag} is not allowed in a "
                             "brief", "remove the tag")
                raise _Refused
            if len(stack) >= MAX_DEPTH:
                report.error(path, _mark(event), f"the document nests deeper than {MAX_DEPTH} "
                             "levels", "a brief is only a few levels deep: check the indentation")
                raise _Refused
            is_map = isinstance(event, yaml.MappingStartEvent)
            node = Node("map" if is_map else "list", {} if is_map else [], _mark(event))
            if event.anchor:
                anchors[event.anchor] = node
            stack.append((node, []))
        elif isinstance(event, yaml.CollectionEndEvent):
            node, _ = stack.pop()
            attach(node)
    return root

"""Read an editor's YAML file into a tree of values that remember where they were written.

We build the tree from the parser's event stream ourselves instead of using a PyYAML
loader, because a loader silently keeps the last of two duplicate keys, constructs
custom tags, expands alias bombs and recurses on deep nesting. Here duplicate keys
are errors, tags are never constructed, and size and depth are bounded.
"""

from __future__ import annotations

import functools
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefgen.diagnostics import Mark, Report
from briefgen.load.mistakes import SMART_QUOTES, curly_quotes_message, explain

try:  # libyaml's parser is ten times faster; the pure-Python one gives the same events
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - only on PyYAML builds without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
# What aliases may repeat, values and characters of text; what a file holds itself is bounded
# by its size (a shared speakers file holds a hundred thousand values and more).
MAX_NODES = 100_000
MAX_CHARS = MAX_FILE_BYTES

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_CORE}{name}": name for name in ("str", "int", "float", "bool", "null")}
_SCALAR_TAGS[f"{_CORE}timestamp"] = "date"
# YAML 1.1 reads a plain '<<' as a merge key and '=' as a "value key"; we merge nothing, so
# both are plain text (a '<<' key is refused with its own message, in _build).
_SCALAR_TAGS[f"{_CORE}merge"] = _SCALAR_TAGS[f"{_CORE}value"] = "str"
_RESOLVER = yaml.resolver.Resolver()
# First characters of the plain scalars that may be something other than text (a number, a
# date, yes/no, empty): any other scalar is text, with no type's pattern to try. That holds
# while no resolver applies to every first character or to a path in the document.
_TYPED_STARTS = frozenset(_RESOLVER.yaml_implicit_resolvers)
_RESOLVE_BY_FIRST_CHARACTER = None not in _TYPED_STARTS and not _RESOLVER.yaml_path_resolvers
_COLLECTION_TAGS = (None, "!", f"{_CORE}map", f"{_CORE}seq")
_REMEMBERED_LENGTH = 40  # see _implicit_tag
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
            # Read the size stat() gave and a byte more, to notice growth: asking for the whole
            # limit at once would allocate a buffer that large for every file. A file that grew
            # since stat() is read on, but never past the limit.
            data = file.read(size + 1)
            if len(data) > size:
                data += file.read(limit + 1 - len(data))
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
        loader = _Loader(text)
        try:  # get_event until the stream ends: what yaml.parse yields, without a generator
            return _build(iter(loader.get_event, None), path, report)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        if err.problem == "exceeded maximum nesting depth":  # libyaml stops at 1,000 levels,
            mark = err.problem_mark  # before our own MAX_DEPTH check sees the events
            report.error(path, Mark(mark.line + 1, mark.column + 1) if mark else None,
                         f"the document nests deeper than {MAX_DEPTH} levels",
                         "no file of a project nests more than a few levels: check the "
                         "brackets and the indentation")
            return None
        at, opened = err.problem_mark, err.context_mark
        found = explain(text, err.problem or err.context or "invalid YAML",
                        (at.line, at.column) if at else None, err.context or "",
                        (opened.line, opened.column) if opened else None)
        report.error(path, found.mark, f"YAML syntax error: {found.message}", found.hint)
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


def _colon_in_item(key_node: Node, value: Node, path: Path, report: Report) -> None:
    """Refuse `- Peskov told reporters: no truth`: text with ': ' in it, which YAML reads as a
    key and its value. No key of a brief has a space in it, nor starts with a quotation mark."""
    key = key_node.raw
    text = f"{key.strip(SMART_QUOTES)}: {value.raw.strip(SMART_QUOTES)}" if value.is_scalar else ""
    quoted = f'"{text}"' if '"' not in text else "'" + text.replace("'", "''") + "'"
    if key[:1] in SMART_QUOTES:
        message = curly_quotes_message()
        hint = f"use straight quotation marks: - {quoted}" if text else (
            "use straight quotation marks")
    else:
        message = (f"this item has a colon and a space in it, after {key!r}, so YAML reads it as "
                   "'key: value'")
        hint = f"put the whole item in quotation marks: - {quoted}" if text else (
            "put the whole item in quotation marks")
    report.error(path, key_node.mark, f"YAML syntax error: {message}", hint)
    raise _Refused


# The same positions recur from file to file (every brief has a key at line 2, column 1).
# A Mark cannot change, so one per position serves them all, and is quicker found than made.
_position = functools.lru_cache(maxsize=1 << 14)(Mark)


def _mark(event: yaml.Event) -> Mark:
    return _position(event.start_mark.line + 1, event.start_mark.column + 1)


def _scalar(event: yaml.ScalarEvent, mark: Mark, path: Path, report: Report) -> Node:
    raw = event.value
    tag = event.tag
    if tag is None or tag == "!":
        plain = event.implicit[0]
        if _RESOLVE_BY_FIRST_CHARACTER and (not plain or raw[:1] not in _TYPED_STARTS):
            # Most scalars are prose. (Node's fields are given in order: raw, key_marks, size,
            # chars; naming them costs a third more, for every scalar of every file.)
            return Node("str", raw, mark, raw, {}, 1, len(raw))
        tag = (_implicit_tag(raw, plain) if len(raw) <= _REMEMBERED_LENGTH
               else _RESOLVER.resolve(yaml.ScalarNode, raw, (plain, False)))
    kind = _SCALAR_TAGS.get(tag)
    if kind is None:
        report.error(path, mark, f"the YAML tag {event.tag or tag} is not allowed in a brief",
                     "remove the tag and write a plain value")
        raise _Refused
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
    return Node(kind, value, mark, raw, {}, 1, len(raw))


@functools.lru_cache(maxsize=4096)
def _implicit_tag(raw: str, plain: bool) -> str:
    """The tag YAML 1.1 gives an untagged scalar. Keys and short values recur in every brief,
    so their tags are remembered (only theirs: the cache must not hold on to long text)."""
    return _RESOLVER.resolve(yaml.ScalarNode, raw, (plain, False))  # type: ignore[no-any-return]


def _build(events: Iterator[yaml.Event], path: Path, report: Report) -> Node | None:
    """The document's tree, built event by event so that problems are reported in file order.

    One flat loop, for speed: each event makes (or, at a collection's end, completes) a node,
    and the code after the event cases attaches that node to its parent."""
    anchors: dict[str, Node] = {}
    parent: Node | None = None  # the innermost open collection
    key_node: Node | None = None  # when it is a mapping: the key awaiting its value
    outer_keys: list[Node | None] = []  # the key awaiting each collection around it
    open_nodes: list[Node] = []  # every open collection, innermost last
    root: Node | None = None
    documents = 0
    repeated = repeated_chars = 0  # values and characters of text that aliases repeat

    for event in events:
        event_type = type(event)  # the parsers make these exact classes
        alias: Mark | None = None
        if event_type is yaml.ScalarEvent:
            mark = _mark(event)
            if (event.value == "<<" and event.implicit[0] and parent is not None
                    and parent.kind == "map" and key_node is None):
                report.error(path, mark, "YAML merge keys ('<<') are not supported in a brief",
                             "write the keys out in full")
                raise _Refused
            node = _scalar(event, mark, path, report)
            if event.anchor:
                anchors[event.anchor] = node
        elif event_type is yaml.MappingEndEvent or event_type is yaml.SequenceEndEvent:
            node = open_nodes.pop()
            key_node = outer_keys.pop()
            parent = open_nodes[-1] if open_nodes else None
        elif event_type is yaml.MappingStartEvent or event_type is yaml.SequenceStartEvent:
            if event.tag not in _COLLECTION_TAGS:
                report.error(path, _mark(event), f"the YAML tag {event.tag} is not allowed in a "
                             "brief", "remove the tag")
                raise _Refused
            if len(open_nodes) >= MAX_DEPTH:
                report.error(path, _mark(event), f"the document nests deeper than {MAX_DEPTH} "
                             "levels", "no file of a project nests more than a few levels: check "
                             "the indentation")
                raise _Refused
            node = (Node("map", {}, _mark(event)) if event_type is yaml.MappingStartEvent
                    else Node("list", [], _mark(event)))
            if event.anchor:
                anchors[event.anchor] = node
            outer_keys.append(key_node)
            open_nodes.append(node)
            parent, key_node = node, None
            continue  # attached when it ends
        elif event_type is yaml.AliasEvent:
            alias = _mark(event)
            if event.anchor not in anchors:
                report.error(path, alias, f"the alias *{event.anchor} has no anchor",
                             f"define &{event.anchor} before using it")
                raise _Refused
            node = anchors[event.anchor]
            if any(node is open_node for open_node in open_nodes):
                report.error(path, alias, f"the alias *{event.anchor} is inside the value "
                             f"&{event.anchor} that it repeats",
                             "an alias can only repeat a value that is complete: remove it")
                raise _Refused
            # An alias repeats its whole anchored value: count it expanded, which bounds
            # what any later walk over the tree can cost ("billion laughs").
            repeated += node.size
            repeated_chars += node.chars
            if repeated > MAX_NODES:
                report.error(path, alias, f"the file's aliases repeat more than {MAX_NODES:,} "
                             "values", "remove repeated aliases")
                raise _Refused
            # A few aliases of one long text are a bomb too: bound the text they repeat.
            if repeated_chars > MAX_CHARS:
                report.error(path, alias, f"the file's aliases repeat more than {MAX_CHARS:,} "
                             "characters of text", "remove repeated aliases of long text")
                raise _Refused
        elif event_type is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                report.error(path, _mark(event), "the file holds more than one YAML document",
                             "keep one document per file: remove the extra '---' line")
                raise _Refused
            continue
        else:  # the stream's start and end, a document's end
            continue

        # Attach the node that is complete now.
        if parent is None:
            root = node
            continue
        parent.size += node.size
        parent.chars += node.chars
        if parent.kind == "list":
            parent.value.append(node)
        elif key_node is None:
            if not node.is_scalar:
                report.error(path, node.mark, "a key must be a plain word, not a list or mapping",
                             "write the key as simple text followed by a colon")
                raise _Refused
            key_node = node
        else:
            key = key_node.raw if key_node.kind != "null" else ""
            if (" " in key or key[:1] in SMART_QUOTES) and parent.mark == key_node.mark and (
                    len(open_nodes) > 1 and open_nodes[-2].kind == "list"):
                _colon_in_item(key_node, node, path, report)  # a list item's first key
            if key in parent.value:
                first = parent.key_marks[key]
                report.error(path, key_node.mark,
                             f"the key {key!r} appears twice in this mapping (first on line "
                             f"{first.line})", "keep one of them and delete the other")
            else:
                parent.value[key] = node
                parent.key_marks[key] = key_node.mark
            key_node = None
    return root

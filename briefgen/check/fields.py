"""The field types the formats are declared with (schema.py).

Each field type checks a located YAML value and converts it to plain Python data, reporting
every problem with its line and column; the same declaration documents the field and feeds
the JSON Schema. Also the word helpers every message about ids and names uses.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from briefgen.diagnostics import Mark, Report
from briefgen.load.yamlsource import Node
from briefgen.model import ID_PATTERN, slugify

COLOUR_PATTERN = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
URL_SCHEMES = ("http://", "https://", "mailto:")
# Invisible characters that YAML's escapes ("\0", "\x1b") let in: they break file paths, XML
# feeds and terminals, and no editor means them. Tabs and line breaks are text.
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
WHITESPACE = re.compile(r"\s")  # what str.isspace() calls whitespace

# Words editors reach for that the format spells differently.
SYNONYMS = {"evidence": "sources", "speaker": "by", "rating_id": "rating", "author": "authors",
            "tag": "tags", "quote": "quotes", "response": "responses", "statement": "statements",
            "source": "sources", "correction": "corrections", "text_file": "file"}


class Missing:
    """Marks a value that was absent or unusable; distinct from an explicit empty value."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = Missing()


@dataclass(frozen=True)
class Context:
    path: Path
    report: Report

    def error(self, node_or_mark: Node | Mark | None, where: str, message: str, hint: str = ""
              ) -> Any:
        mark = node_or_mark.mark if isinstance(node_or_mark, Node) else node_or_mark
        self.report.error(self.path, mark, f"{where}: {message}" if where else message, hint)
        return MISSING


class FieldType:
    """Base of all field types: ``convert`` returns plain data or MISSING."""

    label = "value"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        raise NotImplementedError

    def wrong_type(self, node: Node, where: str, ctx: Context, hint: str = "") -> Any:
        return ctx.error(node, where, f"must be {self.label}, not {node.describe()}", hint)


@dataclass(frozen=True)
class Text(FieldType):
    label = "text"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        if node.kind == "str":
            value = node.value.strip()
            if not value:
                return self.empty(node, where, ctx)
            control = CONTROL_CHARACTER.search(value)
            if control:
                return ctx.error(node, where, f"contains the invisible control character "
                                 f"U+{ord(control.group()):04X}", "delete it (look for a "
                                 "backslash escape such as \\0 or \\x1b in quoted text)")
            return value
        if node.is_scalar and node.kind != "null":
            return self.wrong_type(node, where, ctx, f'put it in quotes: "{node.raw}"')
        if node.kind == "null":
            return self.empty(node, where, ctx)
        return self.wrong_type(node, where, ctx, "write a single line of text after the colon")


    @staticmethod
    def empty(node: Node, where: str, ctx: Context) -> Any:
        in_list = where.endswith("]")
        return ctx.error(node, where, "is empty", "write the item after the '- ', or delete the "
                         "line" if in_list else "write it after the colon")


@dataclass(frozen=True)
class Markdown(Text):
    label = "Markdown text"


@dataclass(frozen=True)
class Ident(Text):
    """A short id that goes into URLs and cross-references: lowercase ASCII only."""

    label = "an id"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        if node.kind in ("bool", "int"):
            # `rating: false` or `by: 2024`: YAML reads a word or number, the editor meant an id
            node = Node("str", node.raw, node.mark, raw=node.raw)
        value = super().convert(node, where, ctx)
        if value is MISSING:
            return value
        if not ID_PATTERN.fullmatch(value):
            return ctx.error(node, where, f"{value!r} is not a valid id", id_hint(value))
        return value


@dataclass(frozen=True)
class Url(Text):
    label = "a web address"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        value = super().convert(node, where, ctx)
        if value is MISSING:
            return value
        if not value.lower().startswith(URL_SCHEMES) or WHITESPACE.search(value) or (
                not _parses(value)):
            return ctx.error(node, where, f"{value!r} is not a web address",
                             "write the full address, starting with https://")
        return value


def _parses(url: str) -> bool:
    """Whether the address has the parts every later reader of it expects: a host for the
    web (not 'https://'), brackets only around an IPv6 address, a numeric port."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a port that is not a number
    except ValueError:
        return False
    return parts.scheme == "mailto" or bool(parts.hostname)


@dataclass(frozen=True)
class Colour(Text):
    label = "a colour"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        value = super().convert(node, where, ctx)
        if value is MISSING:
            return value
        if not COLOUR_PATTERN.fullmatch(value):
            return ctx.error(node, where, f"{value!r} is not a colour",
                             'write it as a hex code in quotes, e.g. "#1a7f37"')
        return value.lower()


# A language code as HTML's lang takes it (BCP 47): a language, then a script, a region...
LANGUAGE_PATTERN = re.compile(r"[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*")


@dataclass(frozen=True)
class Language(Text):
    """A language code (BCP 47, as in HTML): "en", "uk", "ru", "en-GB". ``known`` are the codes
    briefgen has an interface or readability figures for, given as examples; any language
    the Unicode locale data knows is accepted (a site may add its own translation)."""

    known: tuple[str, ...] = ()
    label = "a language code"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        value = super().convert(node, where, ctx)
        if value is MISSING:
            return value
        code = language_code(value)
        if code is not None:
            return code
        return ctx.error(node, where, f"{value!r} is not a language code",
                         "write a code such as " + ", ".join(self.known))


def language_code(written: str) -> str | None:
    """The language code ``written`` names ("uk", "en-GB"; "uk_UA" as a locale writes it:
    "uk-UA"), or None when the Unicode locale data knows no such language."""
    code = written.replace("_", "-")
    return code if LANGUAGE_PATTERN.fullmatch(code) and _known_locale(code) else None


@functools.cache
def _known_locale(code: str) -> bool:
    from babel import Locale, UnknownLocaleError  # only where a language is written

    try:
        Locale.parse(code, sep="-")
    except (UnknownLocaleError, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Date(FieldType):
    label = "a date"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        if node.kind in ("date", "str"):
            text = node.raw.strip()
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
            try:  # a full timestamp is fine: keep its day
                return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
            except ValueError:
                return ctx.error(node, where, f"{text!r} is not a valid date",
                                 "write it as YYYY-MM-DD, e.g. 2025-04-09")
        return self.wrong_type(node, where, ctx, "write it as YYYY-MM-DD, e.g. 2025-04-09")


@dataclass(frozen=True)
class Bool(FieldType):
    label = "yes or no"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        if node.kind == "bool":
            return node.value
        return self.wrong_type(node, where, ctx, "write true or false")


@dataclass(frozen=True)
class Number(FieldType):
    label = "a number"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        if node.kind in ("int", "float"):
            return node.value
        return self.wrong_type(node, where, ctx, "write a number without quotes, e.g. 3")


@dataclass(frozen=True)
class Whole(FieldType):
    label = "a whole number"
    minimum: int = 1

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        hint = f"write a whole number from {self.minimum} up"
        # a number, but the wrong one, is named: "not a number" would be no help
        if node.kind == "float":
            return ctx.error(node, where, f"must be a whole number, not {node.raw}", hint)
        if node.kind != "int":
            return self.wrong_type(node, where, ctx, hint)
        if node.value < self.minimum:
            return ctx.error(node, where, f"must be {self.minimum} or more, not {node.value}",
                             hint)
        return node.value


@dataclass(frozen=True)
class Choice(Text):
    options: tuple[str, ...] = ()

    @property
    def label(self) -> str:  # type: ignore[override]
        return "one of " + ", ".join(self.options)

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        value = super().convert(node, where, ctx)
        if value is MISSING or value in self.options:
            return value
        return ctx.error(node, where, f"{value!r} is not {self.label}", did_you_mean(
            value, self.options))


@dataclass(frozen=True)
class ListOf(FieldType):
    item: FieldType
    non_empty: bool = False

    @property
    def label(self) -> str:  # type: ignore[override]
        return "a list"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        if node.kind == "null" and not self.non_empty:
            return []
        if node.kind != "list":
            example = node.raw if node.is_scalar and node.raw else "..."
            return self.wrong_type(node, where, ctx,
                                   f"start each item on its own line with '- ', e.g. - {example}")
        if self.non_empty and not node.value:
            return ctx.error(node, where, "needs at least one item", "add an item starting '- '")
        items = [self.item.convert(child, f"{where}[{i}]", ctx)
                 for i, child in enumerate(node.value, 1)]
        return [item for item in items if item is not MISSING]


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    required: bool = False
    help: str = ""


@dataclass(frozen=True)
class Obj(FieldType):
    """A mapping with known keys. Converts to a dict that also holds ``_mark``, the
    mapping's position, and ``_marks``, each present key's value position (a key whose value
    had a format error, reported already, has a mark but no value)."""

    fields: tuple[Field, ...] = field(default_factory=tuple)
    label = "a mapping (key: value pairs)"

    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    @functools.cached_property
    def _name_set(self) -> frozenset[str]:
        """The field names, as a set: made once, checked against every mapping's keys."""
        return frozenset(self.names())

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        if node.kind != "map":
            return self.wrong_type(node, where, ctx, "write its keys on the lines below, indented")
        children = node.value
        marks: dict[str, Mark] = {}
        out: dict[str, Any] = {"_mark": node.mark, "_marks": marks}
        if not self._name_set.issuperset(children):
            for key in children:
                if key not in self._name_set:
                    at = f"{where}.{key}" if where else key
                    ctx.error(node.key_marks[key], "", f"unknown key {at!r}",
                              did_you_mean(key, self.names()))
        for spec in self.fields:
            child = children.get(spec.name)
            if child is not None and child.kind == "null" and not spec.required:
                child = None  # an optional key left empty is the same as no key
            if child is None:
                if spec.required:
                    inside = f" in {where}" if where else ""
                    ctx.error(node, "", f"missing required key {spec.name!r}{inside}",
                              f"add '{spec.name}:' ({spec.help})" if spec.help else
                              f"add '{spec.name}:'")
                continue
            value = spec.type.convert(child, f"{where}.{spec.name}" if where else spec.name, ctx)
            marks[spec.name] = child.mark  # a value with an error was written all the same
            if value is not MISSING:
                out[spec.name] = value
        return out


@dataclass(frozen=True)
class MapOf(FieldType):
    """A mapping from ids (chosen by the editor) to values of one type."""

    item: FieldType
    label = "a mapping of ids"

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        if node.kind == "null":
            return {}
        if node.kind != "map":
            return self.wrong_type(node, where, ctx, "write one id per line followed by a colon")
        out: dict[str, Any] = {}
        for key, child in node.value.items():
            mark = node.key_marks[key]
            if not ID_PATTERN.fullmatch(key):
                ctx.error(mark, where, f"{key!r} is not a valid id", id_hint(key))
                continue
            value = self.item.convert(child, f"{where}.{key}" if where else key, ctx)
            if value is not MISSING:
                value["_key_mark"] = mark
                out[key] = value
        return out


@dataclass(frozen=True)
class QuoteText(FieldType):
    """A passage of the article: plain text, or text with the occurrence meant."""

    label = "a quote"
    spec: Obj = field(default_factory=lambda: Obj((
        Field("text", Text(), True, "the exact words from the article"),
        Field("occurrence", Whole(), help="which match, when the words occur more than once"),
    )))

    def convert(self, node: Node, where: str, ctx: Context) -> Any:
        if node.kind == "map":
            return self.spec.convert(node, where, ctx)
        text = Text().convert(node, where, ctx)
        if text is MISSING:
            return text
        return {"text": text, "_mark": node.mark, "_marks": {"text": node.mark}}


def did_you_mean(word: str, options: list[str] | tuple[str, ...]) -> str:
    if word in SYNONYMS and SYNONYMS[word] in options:
        return f"did you mean {SYNONYMS[word]!r}?"
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]!r}?"
    return "expected one of: " + ", ".join(options)


# Cyrillic and Greek letters that look like Latin ones, as typed with the wrong keyboard.
_LOOKALIKES = str.maketrans("аеорсухіјѕԁһӏԛԝк" "αορνικτυχ",
                            "aeopcyxijsdhlqwk" "aopviktux")


def suggest_id(text: str) -> str:
    """An id for text; a word whose only foreign letters look Latin ('оfficials', with a
    Cyrillic 'о') gets the Latin word it looks like, not the word without those letters."""
    lookalike = text.lower().translate(_LOOKALIKES)
    return slugify(lookalike if all(c.isascii() or not c.isalpha() for c in lookalike)
                   else text)


def id_hint(value: str) -> str:
    """What to do about an invalid id, naming a letter that only looks like a-z (Cyrillic 'а')."""
    import unicodedata

    suggestion = suggest_id(value)
    hint = (f"use lowercase letters, digits and single hyphens, e.g. {suggestion!r}"
            if suggestion else "use lowercase letters, digits and single hyphens")
    foreign = next((c for c in value if not c.isascii() and c.isalnum()), None)
    if foreign:
        name = unicodedata.name(foreign, f"U+{ord(foreign):04X}")
        hint = f"{foreign!r} is {name}, not one of a-z; " + hint
    return hint

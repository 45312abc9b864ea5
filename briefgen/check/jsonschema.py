"""A JSON Schema of the brief format, derived from the declarations in schema.py, so that
editors get completion and checking in their editor (via yaml-language-server)."""

from __future__ import annotations

from typing import Any

from briefgen.check.fields import (
    ID_PATTERN,
    LANGUAGE_PATTERN,
    Bool,
    Choice,
    Colour,
    Date,
    FieldType,
    Ident,
    Language,
    ListOf,
    MapOf,
    Markdown,
    Number,
    Obj,
    QuoteText,
    Text,
    Url,
    Whole,
)
from briefgen.check.schema import BRIEF, CONFIG

SCHEMA_FILE = "brief.schema.json"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}"


def field_schema(kind: FieldType) -> dict[str, Any]:
    """The JSON Schema of one field type. Subclasses come before their bases."""
    if isinstance(kind, Choice):
        return {"type": "string", "enum": list(kind.options)}
    if isinstance(kind, Language):  # the codes briefgen knows, suggested; any other accepted
        return {"type": "string", "anyOf": [{"enum": list(kind.known)},
                                            {"pattern": f"^{LANGUAGE_PATTERN.pattern}$"}]}
    if isinstance(kind, Ident):
        return {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$"}
    if isinstance(kind, Url):
        return {"type": "string", "format": "uri", "pattern": "^(https?://|mailto:)"}
    if isinstance(kind, Colour):
        return {"type": "string", "pattern": "^#([0-9a-fA-F]{3}){1,2}$"}
    if isinstance(kind, Markdown):
        return {"type": "string", "contentMediaType": "text/markdown"}
    if isinstance(kind, Text):
        return {"type": "string", "minLength": 1}
    if isinstance(kind, Date):
        return {"type": "string", "pattern": DATE_PATTERN}
    if isinstance(kind, Bool):
        return {"type": "boolean"}
    if isinstance(kind, Whole):
        return {"type": "integer", "minimum": kind.minimum}
    if isinstance(kind, Number):
        return {"type": "number"}
    if isinstance(kind, ListOf):
        out: dict[str, Any] = {"type": "array", "items": field_schema(kind.item)}
        if kind.non_empty:
            out["minItems"] = 1
        return out
    if isinstance(kind, MapOf):
        return {"type": "object", "propertyNames": {"pattern": f"^{ID_PATTERN.pattern}$"},
                "additionalProperties": field_schema(kind.item)}
    if isinstance(kind, QuoteText):
        return {"anyOf": [field_schema(Text()), field_schema(kind.spec)]}
    if isinstance(kind, Obj):
        properties = {}
        for spec in kind.fields:
            properties[spec.name] = field_schema(spec.type)
            if spec.help:
                properties[spec.name]["description"] = spec.help
        out = {"type": "object", "properties": properties, "additionalProperties": False}
        required = [spec.name for spec in kind.fields if spec.required]
        if required:
            out["required"] = required
        return out
    raise TypeError(f"no JSON Schema for {type(kind).__name__}")


def brief_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "briefgen brief",
        "description": "A fact-check brief: an article, its claim, the responses and a verdict.",
        **field_schema(BRIEF),
    }


def config_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "briefgen site settings (briefgen.yaml)",
        **field_schema(CONFIG),
    }

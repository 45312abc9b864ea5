"""Markdown as editors write it on GitHub, made safe: no raw HTML, only web and mail links,
and links between the site's own Markdown pages pointed at the pages built from them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt

SAFE_LINK_SCHEMES = ("http:", "https:", "mailto:")


def _safe_link(url: str) -> bool:
    """Only web, mail and relative links; never javascript:, data:, vbscript: and the like,
    however the scheme is disguised: case, spaces and control characters, character
    references (jav&#x09;ascript:) or percent-encoding (%6Aavascript:), nested or not."""
    from html import unescape
    from urllib.parse import unquote

    for _ in range(5):  # peel one layer of encoding at a time
        decoded = unquote(unescape(url))
        if decoded == url:
            break
        url = decoded
    else:
        return False  # still encoded after five layers: nobody writes a link like that
    cleaned = "".join(ch for ch in url if ch > " " and ch != "\x7f").lower()
    scheme, colon, _ = cleaned.partition(":")
    if not colon or "/" in scheme or "?" in scheme or "#" in scheme:
        return True  # relative
    return (scheme + ":") in SAFE_LINK_SCHEMES


def _rewrite_link(self: Any, tokens: Any, idx: int, options: Any, env: dict[str, Any]) -> str:
    """Point links between Markdown files (about.md) at the pages built from them."""
    token = tokens[idx]
    rewrite = env.get("rewrite")
    href = token.attrGet("href")
    if rewrite and isinstance(href, str):
        token.attrSet("href", rewrite(href))
    return str(self.renderToken(tokens, idx, options, env))


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])  # as on GitHub, where editors learn Markdown
    md.validateLink = _safe_link  # type: ignore[method-assign]
    md.add_render_rule("link_open", _rewrite_link)
    return md


_MD = _markdown()


def markdown_filter(text: str, rewrite: Callable[[str], str] | None = None) -> str:
    """Markdown as HTML; ``rewrite`` points links between Markdown files at their pages."""
    return _MD.render(text, {"rewrite": rewrite})

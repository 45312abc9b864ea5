"""The site's data files: briefs.json for researchers and the search page's data, each an
entry per brief, joined."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from briefgen.model import Brief, SiteConfig, to_data
from briefgen.render.addresses import brief_path
from briefgen.render.claimreview import script_safe
from briefgen.render.structure import tag_slug


def brief_data(brief: Brief, summary: dict[str, Any], url: str) -> bytes:
    """One brief's entry of briefs.json, as UTF-8 JSON: made once when the brief changes."""
    item = {
        "slug": brief.slug,
        "path": brief_path(brief),
        "url": url or None,
        "title": brief.title,
        "date": brief.date.isoformat(),
        "updated": brief.updated.isoformat() if brief.updated else None,
        "authors": list(brief.authors),
        "tags": list(brief.tags),
        "article": {"headline": brief.article.headline or None,
                    "outlet": brief.article.outlet or None,
                    "url": brief.article.url or None,
                    "published": to_data(brief.article.published),
                    "language": brief.article.language},
        "claim": {"by": brief.claim.by.id, "summary": brief.claim.summary,
                  "quotes": [q.text for q in brief.claim.quotes]},
        "responses": [{"by": r.by.id, "stance": r.stance, "summary": r.summary,
                       "quotes": [q.text for q in r.quotes]} for r in brief.responses],
        "rating": {"id": brief.verdict.rating.id, "label": brief.verdict.rating.label,
                   "value": brief.verdict.rating.value},
        "verdict": brief.verdict.summary,
        "speakers": [to_data(s) for s in brief.speakers],
        "corrections": to_data(brief.corrections),
        "figures": summary,
    }
    return json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


BRIEFS_JSON, SEARCH_DATA = "briefs.json", "search/briefs.js"
DATA_FILES = (BRIEFS_JSON, SEARCH_DATA)  # the files with an entry for every brief (Joined)


@dataclass(frozen=True)
class Joined:
    """A file of many entries (briefs.json, the search data): a head, the entries with a
    separator between each two, and a tail. Written piece by piece, for a large site's file
    is tens of megabytes; and kept in its pieces, so that a build knows where each entry lies
    in the file it wrote and can take the unchanged ones from it next time."""

    head: bytes
    separator: bytes
    tail: bytes
    entries: Iterable[bytes]

    def __iter__(self) -> Iterator[bytes]:
        yield self.head
        for number, entry in enumerate(self.entries):
            if number:
                yield self.separator
            yield entry
        yield self.tail


def briefs_json(config: SiteConfig, count: int, items: Iterable[bytes]) -> Joined:
    """Every published brief as data, for researchers and other sites: the ``count`` entries
    joined."""
    head = {"count": count, "publisher": config.publisher.name, "site": config.title}
    fields = ",".join(f"{json.dumps(k)}:{json.dumps(v, ensure_ascii=False)}"
                      for k, v in sorted(head.items()))
    return Joined(b'{"briefs":[', b",", f"],{fields}}}\n".encode(), items)


def search_entry(brief: Brief) -> bytes:
    """One brief's entry of what the search page filters, as UTF-8 JSON."""
    return script_safe(json.dumps({
        "path": brief_path(brief), "title": brief.title, "claim": brief.claim.summary,
        "claimant": brief.claim.by.name, "verdict": brief.verdict.summary,
        "date": brief.date.isoformat(), "language": brief.language,
        "rating": brief.verdict.rating.id,
        "label": brief.verdict.rating.label, "tags": [tag_slug(t) for t in brief.tags],
        "speakers": [brief.claim.by.name, *(r.by.name for r in brief.responses)],
        "speaker_ids": [brief.claim.by.id, *(r.by.id for r in brief.responses)],
    }, ensure_ascii=False, sort_keys=True, separators=(",", ":"))).encode()


def search_data(entries: Iterable[bytes]) -> Joined:
    """What the search page filters, as a script (a script loads from file:// too, where a
    browser refuses to fetch a JSON file): the briefs' entries joined, one per line."""
    return Joined(b"window.BRIEFGEN_BRIEFS = [\n", b",\n", b"\n];\n", entries)

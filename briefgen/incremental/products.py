"""A brief's products: what its pages show, cached under its content key.

Each published brief leaves in the cache its analysed model and figures (for its own page),
its card (for listings), and its entries of briefs.json and of the search data. Pages read
them through ``Products``; a product the cache lost is made again from the brief's file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.check.project import load_brief
from briefgen.diagnostics import Report
from briefgen.incremental.state import Unit
from briefgen.model import Brief
from briefgen.render.card import Card, card_of
from briefgen.render.desk import DeskRow, desk_row
from briefgen.render.renderer import Renderer
from briefgen.write.staging import OutputError, SiteFolder

if TYPE_CHECKING:
    from briefgen.analyse.figures import BriefFigures
    from briefgen.incremental.workers import Workshop

# The products of a brief, cached under its key plus these.
FULL, CARD, DATA, SEARCH, DESK = "", "/card", "/data", "/search", "/desk"
PARTS = (FULL, CARD, DATA, SEARCH, DESK)


def entry(part: str, brief: Brief, figures: BriefFigures, renderer: Renderer) -> bytes:
    """A brief's entry of briefs.json (DATA) or of the search data (SEARCH)."""
    from briefgen.analyse.figures import summarise
    from briefgen.render.addresses import brief_path
    from briefgen.render.data import brief_data, search_entry

    if part == SEARCH:
        return search_entry(brief)
    return brief_data(brief, summarise(figures), renderer.absolute(brief_path(brief)))


class Products:
    """The published briefs' products, read through one process's workshop."""

    def __init__(self, shop: Workshop, units: dict[str, Unit]) -> None:
        self.shop = shop
        self.units = units  # by brief file
        self.paths = {unit.facts.slug: path for path, unit in units.items()}  # by slug
        self.cards: dict[str, Card] = {}  # each loaded once: a card shows on several pages

    def card(self, slug: str) -> Card:
        found = self.cards.get(slug)
        if found is None:
            found = self.shop.cache.get(self._key(slug) + CARD)
            if not isinstance(found, Card):
                found = card_of(self._load(slug))
            self.cards[slug] = found
        return found

    def full(self, slug: str) -> tuple[Brief, BriefFigures]:
        from briefgen.analyse.figures import analyse

        found = self.shop.cache.get(self._key(slug) + FULL)
        if found is not None:
            return found  # type: ignore[no-any-return]
        brief = self._load(slug)
        return brief, analyse(brief)

    def data(self, slugs: Sequence[str]) -> Entries:
        return Entries(self, DATA, slugs)

    def search(self, slugs: Sequence[str]) -> Entries:
        return Entries(self, SEARCH, slugs)

    def desk(self, slugs: Sequence[str]) -> Iterator[DeskRow]:
        keys = [self._key(slug) + DESK for slug in slugs]
        for slug, row in zip(slugs, self.shop.cache.values(keys), strict=True):
            yield row if isinstance(row, DeskRow) else desk_row(self.made_again(DATA, slug))

    def made_again(self, part: str, slug: str) -> bytes:
        """A brief's entry made again, when the cache lost it."""
        return entry(part, *self.full(slug), self.shop.renderer)

    def _key(self, slug: str) -> str:
        return self.units[self.paths[slug]].key

    def _load(self, slug: str) -> Brief:
        path, context = self.paths[slug], self.shop.context
        brief = load_brief(Path(path), context.root, context.config, context.speakers, Report())
        if brief is None:
            raise OutputError(f"{path} changed while the site was being built; build again")
        return brief


# Where each entry lies in a data file a build wrote: its brief's key → (start, length).
Layout = dict[str, tuple[int, int]]
# The layouts of the data files that a build wrote, by its key for the file: (size, layout).
Layouts = dict[str, tuple[int, Layout]]


class Entries:
    """The entries of briefs.json or of the search data, one per brief in the site's order.
    Those the file that the last build wrote already has (``reuse``) are taken from it, the
    others from the cache: an edit changes one entry of tens of megabytes. Notes each
    entry's length as it goes, for the next build's ``reuse``."""

    def __init__(self, products: Products, part: str, slugs: Sequence[str]) -> None:
        self.products, self.part, self.slugs = products, part, slugs
        self.keys = [products._key(slug) for slug in slugs]
        self.previous: tuple[memoryview, Layout] = (memoryview(b""), {})
        self.lengths: list[int] = []

    def reuse(self, data: bytes, layout: Layout) -> None:
        self.previous = (memoryview(data), layout)

    def __iter__(self) -> Iterator[bytes | memoryview]:
        data, layout = self.previous
        missing = [key + self.part for key in self.keys if key not in layout]
        cached = self.products.shop.cache.values(missing)
        self.lengths = []
        for slug, key in zip(self.slugs, self.keys, strict=True):
            span = layout.get(key)
            if span is not None:
                found: bytes | memoryview = data[span[0]:span[0] + span[1]]
            else:
                found = next(cached) or self.products.made_again(self.part, slug)
            self.lengths.append(len(found))
            yield found

    def layout(self, start: int, separator: int) -> Layout:
        """Where the entries lie in a file in which the first starts at ``start`` and
        ``separator`` bytes stand between each two."""
        found: Layout = {}
        for key, length in zip(self.keys, self.lengths, strict=True):
            found[key] = (start, length)
            start += length + separator
        return found


def write_data(site: SiteFolder, path: str, content: object, known: Layouts,
               sources: Iterable[tuple[str | None, Path]]) -> tuple[int, Layout]:
    """Write a data file (site_jobs makes it a Joined of Products' Entries), taking the
    entries it shares with one of the ``sources`` (an earlier file of that path, and the key
    it was written under) from there. Returns its size and layout."""
    from briefgen.render.data import Joined

    assert isinstance(content, Joined) and isinstance(content.entries, Entries)
    entries = content.entries
    for job_key, source in sources:
        size, layout = known.get(job_key or "", (-1, {}))
        try:
            data = source.read_bytes() if layout else b""
        except OSError:
            continue
        if len(data) == size:  # the file the layout describes, as far as we can tell
            entries.reuse(data, layout)
            break
    site.write(path, content)
    return (site.path(path).stat().st_size,
            entries.layout(len(content.head), len(content.separator)))

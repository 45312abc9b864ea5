"""A brief's products: what its pages show, cached under its content key.

Each published brief leaves in the cache its analysed model and figures (for its own page),
its card (for listings), and its entries of briefs.json and of the search data. Pages read
them through ``Products``; a product the cache lost is made again from the brief's file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.check.project import load_brief
from briefgen.diagnostics import Report
from briefgen.incremental.state import DeskBase, Unit
from briefgen.model import Brief
from briefgen.render.card import Card, card_of
from briefgen.render.desk import DeskRow, DeskTally, desk_row, tally_of
from briefgen.render.renderer import Renderer
from briefgen.write.splice import Span, write_spliced
from briefgen.write.staging import OutputError, SiteFolder

if TYPE_CHECKING:
    from briefgen.analyse.figures import BriefFigures
    from briefgen.incremental.workers import Workshop
    from briefgen.render.data import Joined

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

    def __init__(self, shop: Workshop, units: dict[str, Unit],
                 desk_base: DeskBase | None = None) -> None:
        self.shop = shop
        self.units = units  # by brief file
        self.paths = {unit.facts.slug: path for path, unit in units.items()}  # by slug
        self.cards: dict[str, Card] = {}  # each loaded once: a card shows on several pages
        self.desk_base = desk_base  # the last build's desk tally, when known
        self.tally: DeskTally | None = None  # the desk's tally, once made

    def cards_of(self, slugs: Sequence[str]) -> list[Card]:
        """The cards of a page's briefs, those not loaded yet read from the cache at once."""
        missing = [slug for slug in slugs if slug not in self.cards]
        for slug, found in zip(missing, self.shop.cache.values(
                [self._key(slug) + CARD for slug in missing]), strict=True):
            self.cards[slug] = found if isinstance(found, Card) else card_of(self._load(slug))
        return [self.cards[slug] for slug in slugs]

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

    def desk(self, slugs: Sequence[str]) -> DeskTally:
        """The tally of the briefs' desk rows: the last build's, changed by the rows of the
        briefs that differ, when it is known; else counted from every row."""
        tally = self._desk_changed(slugs) if self.desk_base else None
        self.tally = tally or tally_of(self._desk_rows(slugs))
        return self.tally

    def _desk_changed(self, slugs: Sequence[str]) -> DeskTally | None:
        assert self.desk_base is not None
        (tally, before), self.desk_base = self.desk_base, None  # it is changed in place
        now = {self._key(slug): slug for slug in slugs}
        gone = sorted(before - now.keys())
        rows = list(self.shop.cache.values([key + DESK for key in gone]))
        if not all(isinstance(row, DeskRow) for row in rows):
            return None  # the cache lost a row this tally counts: count them all again
        for row in rows:
            tally.remove(row)
        for row in self._desk_rows(sorted(now[key] for key in now.keys() - before)):
            tally.add(row)
        tally.tidy()
        return tally

    def _desk_rows(self, slugs: Sequence[str]) -> Iterator[DeskRow]:
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
    Those the file that the last build wrote already has (``reuse``) are copied from it
    as ranges, the others taken from the cache: an edit changes one entry of tens of
    megabytes. Notes each entry's length as it goes, for the next build's ``reuse``."""

    def __init__(self, products: Products, part: str, slugs: Sequence[str]) -> None:
        self.products, self.part, self.slugs = products, part, slugs
        self.keys = [products._key(slug) for slug in slugs]
        self.previous: Layout = {}
        self.lengths: list[int] = []

    def reuse(self, layout: Layout) -> None:
        self.previous = layout

    def __iter__(self) -> Iterator[bytes]:
        """Every entry's bytes: for a file written afresh."""
        self.reuse({})
        for piece in self.pieces():
            assert isinstance(piece, bytes)
            yield piece

    def pieces(self) -> Iterator[bytes | Span]:
        """Each entry, as its bytes or, when reused, its range of the earlier file."""
        layout = self.previous
        missing = [key + self.part for key in self.keys if key not in layout]
        cached = self.products.shop.cache.values(missing)
        self.lengths = []
        for slug, key in zip(self.slugs, self.keys, strict=True):
            span = layout.get(key)
            if span is not None:
                self.lengths.append(span[1])
                yield span
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


def _spliced(content: Joined, entries: Entries) -> Iterator[bytes | Span]:
    """The pieces of a data file: its head, entries, separators and tail, where each run of
    entries that lay side by side in the earlier file is one range of it, separators and all
    (both files join their entries with the same separator)."""
    yield content.head
    gap = len(content.separator)
    run: Span | None = None
    for number, piece in enumerate(entries.pieces()):
        if isinstance(piece, tuple):
            if run is not None and run[0] + run[1] + gap == piece[0]:
                run = (run[0], run[1] + gap + piece[1])
                continue
            if run is not None:
                yield run
            if number:
                yield content.separator
            run = piece
            continue
        if run is not None:
            yield run
            run = None
        yield content.separator + piece if number else piece
    if run is not None:
        yield run
    yield content.tail


def write_data(site: SiteFolder, path: str, content: object, known: Layouts,
               sources: Iterable[tuple[str | None, Path]]) -> tuple[int, Layout]:
    """Write a data file (site_jobs makes it a Joined of Products' Entries), copying the
    entries it shares with one of the ``sources`` (an earlier file of that path, and the key
    it was written under) from there. Returns its size and layout."""
    from briefgen.render.data import Joined

    assert isinstance(content, Joined) and isinstance(content.entries, Entries)
    entries = content.entries
    for job_key, source in sources:
        size, layout = known.get(job_key or "", (-1, {}))
        if not layout:
            continue
        try:
            earlier = source.open("rb")  # open before the new file may take its place
        except OSError:
            continue
        with earlier:
            if os.fstat(earlier.fileno()).st_size != size:
                continue  # not the file the layout describes
            entries.reuse(layout)
            write_spliced(site.path(path), _spliced(content, entries), earlier)
            break
    else:
        site.write(path, content)
    return (site.path(path).stat().st_size,
            entries.layout(len(content.head), len(content.separator)))

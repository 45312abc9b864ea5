"""The figures of a whole desk: who the sources are on each side, the ratings given and how
hard the articles and briefs are to read, year by year (or month by month for a young desk).

Made from the briefs' entries of briefs.json, the desk's published data: anyone can count the
same figures from that file."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefgen.check.schema import SIDES, SPEAKER_KINDS
from briefgen.model import NAMED_KINDS, Rating

# The kinds of source the desk's chart tells apart: the named together, each unnamed kind alone.
SOURCE_GROUPS = ("named", *(kind for kind in SPEAKER_KINDS if kind not in NAMED_KINDS))
MONTHLY_UP_TO = 2  # years: a desk whose briefs span fewer calendar years is shown by month


@dataclass(frozen=True)
class SideTally:
    side: str
    by_group: tuple[int, ...]  # sources in each of SOURCE_GROUPS

    @property
    def groups(self) -> tuple[tuple[str, int], ...]:
        """Each of SOURCE_GROUPS with its count."""
        return tuple(zip(SOURCE_GROUPS, self.by_group, strict=True))

    @property
    def total(self) -> int:
        return sum(self.by_group)

    @property
    def unnamed(self) -> int:
        return self.total - self.by_group[0]


@dataclass(frozen=True)
class Period:
    """A year or a month, with the briefs published in it."""

    start: dt.date
    monthly: bool
    briefs: int
    ratings: tuple[int, ...]  # briefs given each rating of the desk's scale, in scale order
    # Mean Flesch–Kincaid grade of the articles checked, and of the briefs' own text, of
    # those in English (the grade is published for no other language); None when none is.
    article_grade: float | None
    brief_grade: float | None


@dataclass(frozen=True)
class DeskFigures:
    briefs: int
    sides: tuple[SideTally, ...]  # claim, response, other
    ratings: tuple[tuple[Rating, int], ...]  # the scale, with the briefs given each rating
    periods: tuple[Period, ...]  # oldest first
    article_grade: float | None
    brief_grade: float | None
    graded: int  # the articles with a grade: those in English

    @property
    def grades(self) -> bool:
        """Whether any grade is known, for a chart of them."""
        return self.article_grade is not None and self.brief_grade is not None

    @property
    def most_briefs(self) -> int:
        """The most briefs of any period: the longest bar of the ratings chart."""
        return max((p.briefs for p in self.periods), default=0)


def _mean(values: Sequence[float | None]) -> float | None:
    """The mean of the values known, or None when none is."""
    known = [value for value in values if value is not None]
    return sum(known) / len(known) if known else None


@dataclass(frozen=True, slots=True)
class DeskRow:
    """What the desk's figures take from one brief's entry of briefs.json: kept with the
    brief's products, so that the page, made again on every edit, need not read every
    entry whole (thousands of bytes each, tens of thousands of them)."""

    date: dt.date
    rating: str
    sources: tuple[tuple[str, str, int], ...]  # (side, group of SOURCE_GROUPS, sources)
    article_grade: float | None
    brief_grade: float | None


def desk_row(entry: bytes | memoryview) -> DeskRow:
    """A brief's row, from its entry of briefs.json (see data.brief_data)."""
    item = json.loads(bytes(entry))
    figures = item["figures"]
    readability = figures["readability"]
    return DeskRow(dt.date.fromisoformat(item["date"]), item["rating"]["id"],
                   tuple((side, "named" if kind in NAMED_KINDS else kind, count)
                         for side, kinds in figures["sources"].items()
                         for kind, count in kinds.items()),
                   readability["article"]["flesch_kincaid_grade"],
                   readability["prose"]["flesch_kincaid_grade"])


def desk_figures(rows: Iterable[DeskRow], ratings: Sequence[Rating]) -> DeskFigures:
    """The desk's figures from its briefs' rows, in the site's order."""
    sides = {side: Counter[str]() for side in SIDES}
    rated: Counter[str] = Counter()
    found = list(rows)
    for row in found:
        for side, group, count in row.sources:
            sides[side][group] += count
        rated[row.rating] += 1
    dates = [row.date for row in found]
    monthly = bool(dates) and max(dates).year - min(dates).year < MONTHLY_UP_TO
    grouped: dict[dt.date, list[DeskRow]] = defaultdict(list)
    for row in found:
        grouped[dt.date(row.date.year, row.date.month if monthly else 1, 1)].append(row)
    periods = tuple(
        Period(start, monthly, len(in_period),
               tuple(sum(r.rating == rating.id for r in in_period) for rating in ratings),
               _mean([r.article_grade for r in in_period]),
               _mean([r.brief_grade for r in in_period]))
        for start, in_period in sorted(grouped.items()))
    return DeskFigures(
        briefs=len(found),
        sides=tuple(SideTally(side, tuple(sides[side][g] for g in SOURCE_GROUPS))
                    for side in SIDES),
        ratings=tuple((rating, rated[rating.id]) for rating in ratings),
        periods=periods,
        article_grade=_mean([r.article_grade for r in found]),
        brief_grade=_mean([r.brief_grade for r in found]),
        graded=sum(r.article_grade is not None for r in found),
    )

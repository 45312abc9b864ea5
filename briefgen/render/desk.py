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


class DeskTally:
    """The desk's figures as sums over its briefs' rows, to which a row can be added and from
    which one can be taken: an edit changes the tally by two rows, not by the whole desk.
    Grades are summed as whole hundredths (briefs.json rounds them to two decimals), so that
    taking a row away leaves exactly what adding it found, as floats would not."""

    def __init__(self) -> None:
        self.briefs: Counter[tuple[int, int]] = Counter()  # by (year, month)
        self.rated: Counter[tuple[int, int, str]] = Counter()  # by (year, month, rating)
        self.sources: Counter[tuple[str, str]] = Counter()  # by (side, group)
        self.grades: Counter[tuple[str, int, int]] = Counter()  # hundredths, by (kind, y, m)
        self.graded: Counter[tuple[str, int, int]] = Counter()  # rows with that grade

    def add(self, row: DeskRow, sign: int = 1) -> None:
        """Count a row in (or, with ``sign`` -1, out)."""
        year, month = row.date.year, row.date.month
        self.briefs[(year, month)] += sign
        self.rated[(year, month, row.rating)] += sign
        for side, group, count in row.sources:
            self.sources[(side, group)] += sign * count
        for kind, grade in (("article", row.article_grade), ("brief", row.brief_grade)):
            if grade is not None:
                self.grades[(kind, year, month)] += sign * round(grade * 100)
                self.graded[(kind, year, month)] += sign

    def remove(self, row: DeskRow) -> None:
        self.add(row, -1)

    def tidy(self) -> None:
        """Forget what counts nothing any more, so the tally stays as small as the desk's
        months and kinds."""
        for counter in (self.briefs, self.rated, self.sources, self.grades, self.graded):
            for key in [key for key, value in counter.items() if not value]:
                del counter[key]


def tally_of(rows: Iterable[DeskRow]) -> DeskTally:
    tally = DeskTally()
    for row in rows:
        tally.add(row)
    return tally


def _mean_grade(tally: DeskTally, kind: str, months: Iterable[tuple[int, int]]
                ) -> float | None:
    """The mean of a kind of grade over some months, or None when none is known: whole
    hundredths divided once, so the same briefs always give the same float."""
    total = count = 0
    for year, month in months:
        total += tally.grades[(kind, year, month)]
        count += tally.graded[(kind, year, month)]
    return total / (100 * count) if count else None


def desk_figures(tally: DeskTally, ratings: Sequence[Rating]) -> DeskFigures:
    """The desk's figures from the tally of its briefs' rows."""
    months = sorted(m for m, count in tally.briefs.items() if count)
    monthly = bool(months) and months[-1][0] - months[0][0] < MONTHLY_UP_TO
    grouped: dict[dt.date, list[tuple[int, int]]] = defaultdict(list)
    for year, month in months:
        grouped[dt.date(year, month if monthly else 1, 1)].append((year, month))
    periods = tuple(
        Period(start, monthly, sum(tally.briefs[m] for m in in_period),
               tuple(sum(tally.rated[(y, m, rating.id)] for y, m in in_period)
                     for rating in ratings),
               _mean_grade(tally, "article", in_period), _mean_grade(tally, "brief", in_period))
        for start, in_period in sorted(grouped.items()))
    rated = Counter[str]()
    for (_, _, rating_id), count in tally.rated.items():
        rated[rating_id] += count
    return DeskFigures(
        briefs=sum(tally.briefs.values()),
        sides=tuple(SideTally(side, tuple(tally.sources[(side, g)] for g in SOURCE_GROUPS))
                    for side in SIDES),
        ratings=tuple((rating, rated[rating.id]) for rating in ratings),
        periods=periods,
        article_grade=_mean_grade(tally, "article", months),
        brief_grade=_mean_grade(tally, "brief", months),
        graded=sum(tally.graded[("article", y, m)] for y, m in months),
    )

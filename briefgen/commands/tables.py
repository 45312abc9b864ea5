"""`briefgen stats`: a brief's figures as tables in the terminal."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from rich.console import Console

if TYPE_CHECKING:
    from briefgen.analyse.figures import BriefFigures


def _say(out: Console, text: str) -> None:
    out.print(text, markup=False, highlight=False)


def print_figures(out: Console, title: str, figures: BriefFigures) -> None:
    """The brief's readability and attribution figures, as tables for the terminal."""
    from rich.table import Table
    from rich.text import Text

    a = figures.attribution
    out.print(title, style="bold", markup=False)
    table = Table(title="Readability", title_justify="left")
    table.add_column("Measure")
    table.add_column("Article", justify="right")
    table.add_column("Brief", justify="right")
    for field in dataclasses.fields(figures.article):
        art, prose = getattr(figures.article, field.name), getattr(figures.prose, field.name)
        show = (lambda v: f"{v:.2f}") if isinstance(art, float) else str
        table.add_row(field.name.replace("_", " "), show(art), show(prose))
    out.print(table)
    table = Table(title="Attributed passages by speaker", title_justify="left")
    for column in ("Speaker", "Kind", "Side", "Passages", "Words", "Share"):
        table.add_column(column, justify="right" if column in ("Passages", "Words", "Share")
                         else "left")
    for row in a.speakers:  # editors' text is never Rich markup
        table.add_row(Text(row.speaker.name), row.speaker.kind, ", ".join(row.sides),
                      str(row.passages), str(row.words), f"{row.word_share:.0%}")
    out.print(table)
    table = Table(title="By side and by kind of source", title_justify="left")
    for column in ("", "Passages", "Words", "Share"):
        table.add_column(column, justify="right" if column else "left")
    for row in (*a.by_side, *a.by_kind):
        if row.passages:
            table.add_row(row.key, str(row.passages), str(row.words), f"{row.word_share:.0%}")
    out.print(table)
    _say(out, f"Named sources: {a.named_share:.0%} of {a.passages} passages.")
    d = figures.sourcing
    table = Table(title=f"Detected in the article: {d.attributed_sentences} of {d.sentences} "
                  f"sentences attributed, {d.statements} statements", title_justify="left")
    for column in ("", "Statements", "Words"):
        table.add_column(column, justify="right" if column else "left")
    for row in (*d.by_kind, *d.by_mode):
        if row.statements:
            table.add_row(row.key, str(row.statements), str(row.words))
    for row in d.loaded_by_side:
        if row.statements:
            table.add_row(f"loaded verbs, {row.key} side", str(row.statements), str(row.words))
    out.print(table)
    if d.unnamed:
        _say(out, "Unnamed sources:")
        for flagged in d.unnamed:
            _say(out, f"  {flagged.kind} ({flagged.speaker or 'no source'}): {flagged.sentence}")
    if a.claim_response_balance is not None:
        _say(out, f"Claim side {a.claim_response_balance:.0%} / response side "
            f"{1 - a.claim_response_balance:.0%} of their quoted words.")
    if figures.hardest:
        _say(out, "Hardest sentences:")
        for s in figures.hardest:
            _say(out, f"  grade {s.grade:.1f}: {s.text}")

"""`briefgen stats`: a brief's figures as tables in the terminal."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from rich.console import Console

from briefgen.analyse.wordlists import published

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
    print_readability(out, figures)
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
    if figures.hardest and figures.hardest[0].grade is not None:
        _say(out, "Hardest sentences:")
        for s in figures.hardest:
            _say(out, f"  grade {s.grade:.1f}: {s.text}")
    elif figures.hardest:
        _say(out, "Longest sentences:")
        for s in figures.hardest:
            _say(out, f"  {s.words} words: {s.text}")


def print_readability(out: Console, figures: BriefFigures) -> None:
    """The readability table: the counts, and the formulas published for each text's language
    (a formula published for neither is left out; "-" where one text's language has none)."""
    from rich.table import Table

    table = Table(title="Readability", title_justify="left")
    table.add_column("Measure")
    table.add_column("Article", justify="right")
    table.add_column("Brief", justify="right")
    for field in dataclasses.fields(figures.article):
        art, prose = getattr(figures.article, field.name), getattr(figures.prose, field.name)
        if field.name in ("language", "formulas") or (art is None and prose is None):
            continue
        table.add_row(field.name.replace("_", " "), _shown(art), _shown(prose))
    out.print(table)
    for which, measured in (("article", figures.article), ("brief", figures.prose)):
        if not measured.formulas:
            _say(out, f"No readability formula is published for the {which}'s language: only "
                 "counts true in any language are given.")
        elif measured.language != "en":
            rules = published(measured.language)
            _say(out, f"For the {which}'s language ({measured.language}): " + "; ".join(
                f"{name.replace('_', ' ')} as adapted by {rules.source(name).by}"
                for name in measured.formulas) + ".")


def _shown(value: object) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if isinstance(value, float) else str(value)

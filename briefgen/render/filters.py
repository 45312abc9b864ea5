"""Small Jinja filters. Each does in one call what a template would do with a test, a loop or a
lookup per item: the brief page uses them once each, the listings once per card of thousands."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from briefgen.model import Response, Statement


def on_side(statements: Iterable[Statement], side: str) -> list[Statement]:
    """The statements on one side (claim, response or other), in the brief's order: what
    ``selectattr("side", "equalto", side)`` gives, without a test call per statement."""
    return [statement for statement in statements if statement.side == side]


def labels(keys: Iterable[str], names: Mapping[str, str]) -> str:
    """Each key's name in ``names``, joined with commas: "Claim, Other statement"."""
    return ", ".join(names[key] for key in keys)


def by_stance(responses: Sequence[Response]) -> list[tuple[str, str]]:
    """A card's responses grouped by stance: each stance with the names of who took it, joined
    with commas. The same groups, in the same order, as ``groupby("stance")`` (stances sorted
    ignoring case, responses in the brief's order) with ``map(attribute="by.name")`` and
    ``join(", ")`` for each group: one call instead of a dozen."""
    if len(responses) < 2:  # most cards: nothing to sort or join
        return [(r.stance, r.by.name) for r in responses]
    groups: dict[str, list[Response]] = {}
    for response in sorted(responses, key=_stance_key):
        groups.setdefault(_stance_key(response), []).append(response)
    return [(group[0].stance, ", ".join([r.by.name for r in group]))
            for group in groups.values()]


def _stance_key(response: Response) -> str:
    return response.stance.lower()

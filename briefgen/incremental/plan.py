"""Plan: which briefs must be read again, and which unchanged briefs' pages rendered again."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from briefgen.incremental.inputs import Inputs, Stats, file_digest, input_stats
from briefgen.incremental.state import LastBuild, Unit
from briefgen.render.addresses import brief_page
from briefgen.render.jobs import brief_page_key


@dataclass(frozen=True)
class Plan:
    todo: tuple[Path, ...]  # briefs to read, check and analyse again
    kept: dict[str, Unit]  # unchanged briefs' units, by file
    rerender: tuple[tuple[str, str], ...]  # (slug, key): unchanged briefs' pages to make again
    stats: Stats  # every input's size and time, as of now
    live: dict[str, str]  # the key of each file of the live site, when it is the one we know
    live_build: str | None  # its id, likewise
    staged: dict[str, str]  # likewise for the back buffer the build assembles in

    def has(self, path: str, key: str) -> bool:
        """Whether the live site or the back buffer holds ``path`` as ``key`` makes it."""
        return self.live.get(path) == key or self.staged.get(path) == key


def unit_is_current(unit: Unit | None, path: str, now: Stats, seen: Stats) -> bool:
    """Whether a brief's unit still describes its file and its article."""
    if unit is None:
        return False  # never read, or read under other settings
    if now.get(path) != seen.get(path) and file_digest(path) != unit.brief_digest:
        return False  # the brief file changed (a touched but equal file does not count)
    if (unit.article and now.get(unit.article) != seen.get(unit.article)  # noqa: SIM103
            and file_digest(unit.article) != unit.article_digest):
        return False  # the article it checks changed
    return True


def plan_build(inputs: Inputs, last: LastBuild, marker: bytes | None, staged: bool,
               scanned: Stats) -> Plan:
    """What this build must do, given the last build's state, the live site's ``marker``,
    whether the back buffer is the one the state describes (``staged``) and the inputs'
    stats the scan took (``scanned``)."""
    seen = last.glance.inputs if last.glance else {}
    articles = {u.article for u in last.units.values() if u.article}
    # the articles of units not used (made under other settings) are no input of this build
    unused = set(last.glance.articles if last.glance else ()) - articles
    now = {**{path: stat for path, stat in scanned.items() if path not in unused},
           **input_stats(articles - scanned.keys())}
    todo: list[Path] = []
    kept: dict[str, Unit] = {}
    for path in inputs.brief_files:
        unit = last.units.get(path)
        if unit is not None and unit_is_current(unit, path, now, seen):
            kept[path] = unit
        else:
            todo.append(Path(path))
    known = last.glance is not None and marker == last.glance.build.encode()
    live_build = last.glance.build if known and last.glance else None
    plan = Plan(tuple(todo), kept, (), now, last.outputs.live if known else {}, live_build,
                last.outputs.back if staged else {})
    rerender = tuple((u.facts.slug, u.key) for u in kept.values()
                     if inputs.config.publishes(u.facts.draft)
                     and not plan.has(brief_page(u.facts.slug),
                                      brief_page_key(inputs.site_key, u.key)))
    return dataclasses.replace(plan, rerender=rerender)

"""Assemble: swap the new site in whole, and say what the live site and the back buffer hold."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.digest import digest
from briefgen.incremental.inputs import Inputs, Stats, input_stats
from briefgen.incremental.outputs import Written
from briefgen.incremental.plan import Plan
from briefgen.incremental.products import Layouts
from briefgen.incremental.state import Unit
from briefgen.write.staging import Staging


@dataclass(frozen=True)
class Assembled:
    build_id: str  # names the site: its marker holds it
    outputs: dict[str, str]  # the live site's files, with their keys
    back: dict[str, str]  # the back buffer's, likewise
    back_build: str | None  # the back buffer's id
    pages: int
    layouts: dict[str, Layouts]
    stats: Stats  # the inputs' sizes and times, articles of newly read briefs included


def assemble(staging: Staging, inputs: Inputs, plan: Plan, written: Written,
             units: dict[str, Unit]) -> Assembled:
    outputs = written.outputs
    build_id = digest(inputs.site_key, *sorted(f"{k} {v}" for k, v in outputs.items()))
    if staging.commit(build_id.encode()):
        # the retired live site is now the back buffer: usable when it was the one we knew
        back, back_build = plan.live, plan.live_build
    else:  # a first build: make the back buffer now, while the files are warm
        staging.mirror(build_id.encode())
        back, back_build = outputs, build_id
    articles = {u.article for u in units.values() if u.article} - plan.stats.keys()
    return Assembled(build_id, outputs, back, back_build,
                     sum(name.endswith(".html") for name in outputs), written.layouts,
                     {**plan.stats, **input_stats(articles)})

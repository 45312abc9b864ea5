"""Render: every file of the new site, kept from the last build where its key is the same.

Brief pages were rendered while their briefs were processed; each other file is kept when the
back buffer already holds it under the same key, copied from the live site when that holds
it, and rendered otherwise. The listings, thousands of pages on a large site, are shared out
to the workers; the data files are written here, each from the file the last build wrote,
where only changed entries are new.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.incremental.crew import PARALLEL_FROM, Crew
from briefgen.incremental.inputs import Inputs
from briefgen.incremental.plan import Plan
from briefgen.incremental.process import Processed, render_share
from briefgen.incremental.products import Layouts, Products, write_data
from briefgen.incremental.state import DeskBase, Unit, layouts_name
from briefgen.render.addresses import DESK_FIGURES, brief_page
from briefgen.render.data import DATA_FILES
from briefgen.render.desk import DeskTally
from briefgen.render.jobs import Job, site_jobs
from briefgen.render.structure import published
from briefgen.write.staging import Staging

# Beyond this many briefs the listings are rendered here alone: each worker would load nearly
# every card, and that memory counts more than the time saved.
SHARED_LISTINGS_UP_TO = 10_000


@dataclass(frozen=True)
class Written:
    outputs: dict[str, str]  # every file of the new site, with its key
    rendered: tuple[str, ...]  # those rendered by this build; the others were kept
    layouts: dict[str, Layouts]  # cache entries: where the data files' entries lie
    tally: DeskTally | None  # the desk's tally, when this build made or kept it


def render(inputs: Inputs, plan: Plan, units: dict[str, Unit], processed: Processed,
           staging: Staging, crew: Crew, desk_base: DeskBase | None) -> Written:
    shop = crew.shop
    rendered_now = {brief_page(slug) for slug in processed.slugs}
    rendered_now |= {brief_page(s) for s, _ in plan.rerender if s not in processed.lost}
    products = Products(shop, units, desk_base)
    jobs = site_jobs(published((u.facts for u in units.values()), inputs.config.show_drafts),
                     products, shop.renderer,
                     site_key=inputs.site_key,
                     brief_keys={u.facts.slug: u.key for u in units.values()})
    outputs = {job.path: job.key for job in jobs}
    rendered = [job.path for job in jobs if job.path in rendered_now
                or not _kept(job, plan, staging)]
    pending = set(rendered) - rendered_now
    brief_pages = {brief_page(u.facts.slug) for u in units.values()}
    # the desk's figures are made here, where their tally is kept for the next build
    here = {*brief_pages, *DATA_FILES, DESK_FIGURES}
    listings = [path for path in rendered if path in pending and path not in here]
    share = (crew.settings.count > 1 and len(listings) >= PARALLEL_FROM
             and len(units) <= SHARED_LISTINGS_UP_TO)
    if not share:
        crew.release()
    count = crew.settings.count
    shares = crew.map(render_share, [(i, count, units, listings) for i in range(count)],
                      parallel=True) if share else iter(())
    layouts: dict[str, Layouts] = {}
    for job in jobs:
        if job.path in DATA_FILES and job.path in pending:
            layouts[layouts_name(inputs.target, job.path)] = _write_data(
                job, inputs, plan, staging, products)
        elif job.path in pending and (job.path in here or not share):
            staging.write(job.path, job.make())
    for _ in shares:
        pass  # each share is done
    for path in plan.staged.keys() - outputs.keys():
        staging.remove(path)
    # a desk page kept as it was counts the briefs the last build's tally counts
    tally = products.tally or (desk_base.tally if DESK_FIGURES not in rendered and desk_base
                               else None)
    return Written(outputs, tuple(rendered), layouts, tally)


def _kept(job: Job, plan: Plan, staging: Staging) -> bool:
    """Whether the new site has the job's file as it is, without rendering it."""
    if plan.staged.get(job.path) == job.key:
        return True  # the back buffer has it already
    return plan.live.get(job.path) == job.key and staging.copy_current(job.path)


def _write_data(job: Job, inputs: Inputs, plan: Plan, staging: Staging,
                products: Products) -> Layouts:
    """Write a data file, and its layout for the next build, which takes the unchanged
    entries from the live site's file (this one, then)."""
    known: Layouts = products.shop.cache.get(layouts_name(inputs.target, job.path)) or {}
    written = write_data(staging.files, job.path, job.make(), known, (
        (plan.staged.get(job.path), staging.root / job.path),
        (plan.live.get(job.path), inputs.target / job.path)))
    return {job.key: written}

"""Process: the work a build does per brief, in a worker or in the building process alike.

Each task takes the process's workshop first (see workers.py), then plain values, and returns
plain values: the same code runs in any process, and a build's output never depends on how
its work was shared out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.analyse.figures import analyse
from briefgen.check.project import load_brief
from briefgen.diagnostics import Diagnostic, Report
from briefgen.digest import digest
from briefgen.incremental.crew import Crew
from briefgen.incremental.inputs import file_digest
from briefgen.incremental.plan import Plan
from briefgen.incremental.products import CARD, DATA, DESK, FULL, SEARCH, Products, entry
from briefgen.incremental.state import Unit
from briefgen.incremental.workers import Workshop
from briefgen.render.addresses import brief_path
from briefgen.render.card import card_of
from briefgen.render.desk import desk_row
from briefgen.render.jobs import render_page, site_jobs
from briefgen.render.structure import facts_of, published

BATCH = 16  # briefs a task processes, or brief pages it renders again

# One brief's outcome: its file, its unit (None when it has errors), every problem found, and
# the slug of the page rendered (None for a draft or a brief with errors).
Outcome = tuple[Path, Unit | None, list[Diagnostic], str | None]


@dataclass(frozen=True)
class Processed:
    units: dict[str, Unit]  # the briefs processed without errors, by file
    problems: list[Diagnostic]
    slugs: tuple[str, ...]  # whose pages were rendered
    lost: frozenset[str]  # unchanged briefs whose page could not be rendered from the cache
    left_out: tuple[Diagnostic, ...]  # the problems of briefs left out (drafts with errors)
    drafts_left_out: int  # how many such drafts


def process(plan: Plan, crew: Crew) -> Processed:
    """Process the briefs the plan names, and render the unchanged briefs' pages it names
    again, in batches: in the workers when there are many."""
    total = len(plan.todo) + len(plan.rerender)
    outcomes: list[Outcome] = []
    for batch in crew.map(process_batch, [(plan.todo[i:i + BATCH],)
                                          for i in range(0, len(plan.todo), BATCH)]):
        outcomes += batch
        crew.progress(len(outcomes), total)
    lost: set[str] = set()
    done = len(outcomes)
    for i, missing in zip(range(0, len(plan.rerender), BATCH), crew.map(
            render_cached, [(plan.rerender[i:i + BATCH],)
                            for i in range(0, len(plan.rerender), BATCH)]), strict=True):
        lost.update(missing)
        done += len(plan.rerender[i:i + BATCH])
        crew.progress(done, total)
    return Processed({str(path): unit for path, unit, _, _ in outcomes if unit is not None},
                     [problem for _, _, problems, _ in outcomes for problem in problems],
                     tuple(slug for _, _, _, slug in outcomes if slug), frozenset(lost),
                     tuple(d for _, unit, problems, _ in outcomes if unit is None
                           for d in problems),
                     sum(unit is None and not any(d.severity == "error" for d in problems)
                         for _, unit, problems, _ in outcomes))


def process_batch(shop: Workshop, paths: Sequence[Path]) -> list[Outcome]:
    """Process each brief, then cache their products in one transaction: worker processes
    share the cache, and a commit per brief kept them waiting on each other."""
    products: dict[str, Any] = {}
    done = [process_brief(shop, path, products) for path in paths]
    # Cards are loaded by the thousand for listings: their ratings and speakers are shared.
    shop.cache.update(products, by_reference={k for k in products if k.endswith(CARD)})
    return done


def process_brief(shop: Workshop, path: Path, products: dict[str, Any]) -> Outcome:
    """Load, check and analyse one brief, render its page into the new site and add its
    products to ``products``."""
    context = shop.context
    report = Report()
    data = path.read_bytes()
    brief = load_brief(path, context.root, context.config, context.speakers, report)
    if brief is None:
        return path, None, report.items, None
    article = str((context.root / brief.article.file).resolve()) if brief.article.file else ""
    article_digest = file_digest(article) if article else ""
    # The file's place counts too: it gives the slug and the source, so two copies of one
    # brief (an editor's starting point for the next) are two briefs.
    key = digest(context.config_key, path.relative_to(context.root).as_posix(), data,
                 article_digest)
    card = products[key + CARD] = card_of(brief)
    shown = context.config.publishes(brief.draft)
    if shown:
        figures = analyse(brief)
        shop.site.write(brief_path(brief), render_page(shop.renderer, brief, figures))
        products[key + FULL] = (brief, figures)
        for part in (DATA, SEARCH):
            products[key + part] = entry(part, brief, figures, shop.renderer)
        products[key + DESK] = desk_row(products[key + DATA])
    unit = Unit(digest(data), article, article_digest, key, facts_of(card, brief.draft),
                tuple(report.warnings))
    return path, unit, report.items, brief.slug if shown else None


def render_cached(shop: Workshop, pages: Sequence[tuple[str, str]]) -> list[str]:
    """Render brief pages whose content is cached, given as (slug, key) pairs, reading their
    products at once; returns the slugs whose products the cache lost."""
    lost = []
    for (slug, _), stored in zip(pages, shop.cache.values([k + FULL for _, k in pages]),
                                 strict=True):
        if stored is None:
            lost.append(slug)
            continue
        brief, figures = stored
        shop.site.write(brief_path(brief), render_page(shop.renderer, brief, figures))
    return lost


def render_share(shop: Workshop, share: int, shares: int, units: dict[str, Unit],
                 pending: Sequence[str]) -> None:
    """Render a share of the pages still to render: the listings of a large site are
    thousands of pages, shared out between the workers, each making the same jobs."""
    products = Products(shop, units)
    wanted = set(pending[share::shares])
    config = shop.context.config
    for job in site_jobs(published((u.facts for u in units.values()), config.show_drafts),
                         products, shop.renderer,
                         site_key=shop.context.site_key,
                         brief_keys={u.facts.slug: u.key for u in units.values()}):
        if job.path in wanted:
            shop.site.write(job.path, job.make())

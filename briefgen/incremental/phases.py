"""Plan, process, render and assemble: the phases of a build that has something to do.

engine.py scans first and imports this module only when something changed.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.check.project import TranslationLinks, check_translations, check_unique_slugs
from briefgen.diagnostics import Report
from briefgen.incremental.assemble import assemble
from briefgen.incremental.cache import Cache
from briefgen.incremental.crew import Crew
from briefgen.incremental.inputs import Inputs, Stats
from briefgen.incremental.outputs import render
from briefgen.incremental.plan import plan_build
from briefgen.incremental.process import process
from briefgen.incremental.products import PARTS
from briefgen.incremental.result import BuildResult, Clock, Settings
from briefgen.incremental.state import (
    Glance,
    LastBuild,
    Memory,
    Outputs,
    read_desk_base,
    remember,
    tally_name,
)
from briefgen.incremental.workers import WorkerContext
from briefgen.render.compiled import CompiledTemplates
from briefgen.write.staging import Staging


def build_into(inputs: Inputs, cache: Cache, report: Report, clock: Clock,
                settings: Settings, last: LastBuild, marker: bytes | None, scanned: Stats,
                staging: Staging, memory: Memory | None) -> BuildResult:
    plan = plan_build(inputs, last, marker, staging.reused, scanned)
    clock.lap("plan")
    context = WorkerContext(inputs.root, inputs.config, inputs.speakers, inputs.pages,
                            inputs.template_dirs, cache.folder, staging.root,
                            staging.reused, inputs.config_key, inputs.site_key)
    with Crew(context, cache, settings, len(plan.todo) + len(plan.rerender)) as crew:
        processed = process(plan, crew)
        units = {path: plan.kept.get(path) or processed.units[path]
                 for path in inputs.brief_files
                 if path in plan.kept or path in processed.units}
        for unit in plan.kept.values():
            report.items.extend(unit.warnings)
        report.items.extend(processed.problems)
        check_unique_slugs(((u.facts.slug, path, u.facts.draft) for path, u in units.items()),
                           inputs.root, report)
        check_translations([TranslationLinks(path, u.facts.slug, u.facts.language,
                                             u.facts.draft, u.facts.translations)
                            for path, u in units.items()], inputs.config, report)
        clock.lap("process")
        if report.failed:
            staging.abort()
            return BuildResult(report, phases=clock.phases)
        written = render(inputs, plan, units, processed, staging, crew,
                         read_desk_base(cache, inputs, last))
        _say_if_templates_were_not_kept(crew, report)
        clock.lap("render")
    done = assemble(staging, inputs, plan, written, units)
    published = sum(not u.facts.draft for u in units.values())
    # every draft found, whether shown or not, and whether sound or left out for its problems
    drafts = sum(u.facts.draft for u in units.values()) + processed.drafts_left_out
    gone = {u.key for u in last.units.values()} - {u.key for u in units.values()}
    glance = Glance(inputs.site_key, done.build_id, done.stats, done.pages,
                    tuple(sorted({u.article for u in units.values() if u.article})),
                    # with those of briefs left out for their problems (drafts), read every time
                    (*(w for u in units.values() for w in u.warnings), *processed.left_out),
                    (published, drafts), inputs.quick_key,
                    tuple(page.source for page in inputs.pages))
    outputs = Outputs(inputs.config_key, done.outputs, done.back, done.back_build)
    extra: dict[str, object] = {**done.layouts}
    if written.tally is not None:
        counted = sum(inputs.config.publishes(u.facts.draft) for u in units.values())
        extra[tally_name(inputs.target)] = (done.build_id, counted, written.tally)
    left = remember(cache, inputs, last, glance, outputs, processed.units, units, extra,
                    {key + part for key in gone for part in PARTS})
    if memory is not None:
        memory.keep(inputs, left)
    clock.lap("assemble")
    return BuildResult(report, done.pages, clock.seconds, clock.phases, written.rendered,
                       published=published, drafts=drafts)


def _say_if_templates_were_not_kept(crew: Crew, report: Report) -> None:
    compiled = crew.shop.renderer.env.bytecode_cache
    if isinstance(compiled, CompiledTemplates) and compiled.problem is not None:
        problem = compiled.problem
        report.warning(Path(compiled.directory), None, "the compiled templates cannot be kept "
                       f"({problem.strerror or problem}); every build compiles them again",
                       "check that the folder can be written, or delete it: briefgen makes it "
                       "again")

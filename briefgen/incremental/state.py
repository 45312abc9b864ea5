"""What a build leaves in the cache for the next one, and the question it answers first: has
anything changed at all?

Three kinds of entry per output folder: a small glance (enough to say "nothing changed"), the
outputs (the key of every file written, the live site's and the back buffer's), and a unit
per brief file, each its own entry, so that an edit rewrites one unit and not the whole site's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from briefgen.diagnostics import Diagnostic
from briefgen.incremental.cache import Cache
from briefgen.incremental.inputs import (
    Inputs,
    Stats,
    input_stats,
    list_templates,
    quick_key,
    template_dirs,
    watched,
)
from briefgen.load.files import find_brief_names

if TYPE_CHECKING:  # not imported for a build that finds nothing changed
    from briefgen.render.desk import DeskTally
    from briefgen.render.structure import Facts


class Unit(NamedTuple):
    """What a build keeps of one brief file between builds: a few small plain values, quick
    to load for thousands of briefs. What its pages show is in the cache under its key (see
    products.py)."""

    brief_digest: str
    article: str  # the article file's absolute path, "" for inline text
    article_digest: str
    key: str  # names the brief's content: the file, its place, its article and the settings
    facts: Facts  # what places it in the site
    warnings: tuple[Diagnostic, ...]


class Glance(NamedTuple):
    """Enough of the last build to tell that nothing changed since, read by every build."""

    site: str  # the inputs' site_key
    build: str  # its id, also in the live site's marker
    inputs: Stats  # every input's size and time, articles included
    pages: int
    articles: tuple[str, ...]
    warnings: tuple[Diagnostic, ...]
    counts: tuple[int, int]  # published briefs, drafts
    quick: str  # the inputs' quick_key
    page_sources: tuple[str, ...]  # the pages read, as the settings name them


class Outputs(NamedTuple):
    """The key of every file the last build wrote, and of those the back buffer holds."""

    config: str  # the inputs' config_key: units made under another are not used
    live: dict[str, str]
    back: dict[str, str]
    back_build: str | None  # the back buffer's id, in its marker


class OutputsIndex(NamedTuple):
    """What the cache holds of Outputs under one entry: the two sites' files are each kept
    under their build's id, for the back buffer's are those the live site had a build
    before, and need not be written again (tens of thousands of keys)."""

    config: str
    live_build: str
    back_build: str | None


@dataclass
class LastBuild:
    glance: Glance | None = None
    outputs: Outputs = field(default_factory=lambda: Outputs("", {}, {}, None))
    units: dict[str, Unit] = field(default_factory=dict)  # by brief file, usable ones only
    stored: frozenset[str] = frozenset()  # every brief file with a unit in the cache


def _glance_name(target: Path) -> str:
    return f"state:{target}:glance"


def _outputs_name(target: Path) -> str:
    return f"state:{target}"


def _files_prefix(target: Path) -> str:
    return f"files:{target}\0"


def _unit_prefix(target: Path) -> str:
    return f"unit:{target}\0"


def tally_name(target: Path) -> str:
    """The cache entry of the desk's tally (render.desk.DeskTally) as the last build left it:
    (that build's id, how many briefs it counts, the tally)."""
    return f"tally:{target}"


class DeskBase(NamedTuple):
    """The last build's desk tally, and the keys of the briefs it counts: this build's tally
    is that one, less the rows of briefs gone or changed, plus those of briefs new or changed."""

    tally: DeskTally
    keys: frozenset[str]


def read_desk_base(cache: Cache, inputs: Inputs, last: LastBuild) -> DeskBase | None:
    """The last build's desk tally, when it is the one the last build's units describe."""
    found = cache.get(tally_name(inputs.target))
    if (last.glance is None or last.outputs.config != inputs.config_key
            or not isinstance(found, tuple) or len(found) != 3 or found[0] != last.glance.build):
        return None
    keys = frozenset(u.key for u in last.units.values() if inputs.config.publishes(u.facts.draft))
    # a unit the cache lost would leave its brief counted with no key to take it away by
    return DeskBase(found[2], keys) if len(keys) == found[1] else None


def layouts_name(target: Path, path: str) -> str:
    """The cache entry of where the entries lie in the data file ``path`` (see products)."""
    return f"layouts:{target}\0{path}"


def read_glance(cache: Cache, target: Path) -> Glance | None:
    found = cache.get(_glance_name(target))
    return found if isinstance(found, Glance) else None


def scan_stats(inputs: Inputs, glance: Glance | None) -> Stats:
    """The size and time of every input, and of every article the last build read: what
    tells whether anything changed, and the plan's first look at each file."""
    return input_stats([*inputs.watched(), *(glance.articles if glance else ())])


def is_current(glance: Glance | None, inputs: Inputs, marker: bytes | None,
               now: Stats) -> bool:
    """Whether the last build into the output folder is exactly what this one would write,
    given the inputs' stats ``now`` (scan_stats)."""
    if glance is None:
        return False  # no build yet, or its state was lost
    if glance.site != inputs.site_key:
        return False  # settings, pages, templates or briefgen itself changed
    if marker is None or marker != glance.build.encode():
        return False  # the site is not the one that build wrote (deleted, half-made, other)
    return glance.inputs == now  # a brief or an article was added, removed or touched


class Look(NamedTuple):
    """What a build's first look at the project saw, before any setting is read."""

    glance: Glance | None  # the last build's
    brief_files: tuple[str, ...]
    quick_key: str  # the inputs' quick_key, given the pages the last build read
    stats: Stats  # the inputs' sizes and times, when the quick key is the last build's

    def unchanged(self, marker: bytes | None) -> bool:
        """Whether nothing changed since the last build, which wrote the live site's
        ``marker``: then the settings need not even be read."""
        glance = self.glance
        return (glance is not None and marker is not None and marker == glance.build.encode()
                and glance.quick == self.quick_key and glance.inputs == self.stats)


def first_look(cache: Cache, root: Path, target: Path, drafts: bool) -> Look:
    """The last build's glance, and the inputs' quick key and stats (see quick_key), taken
    with no file read: a build that finds them equal is done."""
    glance = read_glance(cache, target)
    briefs = tuple(find_brief_names(root))
    if glance is None:
        return Look(None, briefs, "", {})
    templates = list_templates(template_dirs(root))
    quick = quick_key(root, drafts, templates, glance.page_sources)
    if quick != glance.quick:
        return Look(glance, briefs, quick, {})
    return Look(glance, briefs, quick, input_stats(
        [*watched(root, briefs, templates, glance.page_sources), *glance.articles]))


def read_last(cache: Cache, inputs: Inputs, glance: Glance | None) -> LastBuild:
    """Everything the last build into the output folder left: units made under other
    settings are not used (their analysis may differ)."""
    target = inputs.target
    outputs = _read_outputs(cache, target)
    prefix = _unit_prefix(target)
    stored = {name.removeprefix(prefix): unit
              for name, unit in cache.get_prefix(prefix).items()}
    units = stored if outputs.config == inputs.config_key else {}
    return LastBuild(glance, outputs, units, frozenset(stored))


def _read_outputs(cache: Cache, target: Path) -> Outputs:
    index = cache.get(_outputs_name(target))
    if not isinstance(index, OutputsIndex):
        return Outputs("", {}, {}, None)
    live = cache.get(_files_prefix(target) + index.live_build)
    if not isinstance(live, dict):
        return Outputs("", {}, {}, None)
    back = (live if index.back_build == index.live_build
            else cache.get(_files_prefix(target) + (index.back_build or "")))
    if not isinstance(back, dict):  # the back buffer's contents are unknown: not built in
        return Outputs(index.config, live, {}, None)
    return Outputs(index.config, live, back, index.back_build)


def remember(cache: Cache, inputs: Inputs, last: LastBuild, glance: Glance, outputs: Outputs,
             fresh: dict[str, Unit], units: dict[str, Unit],
             extra: dict[str, object], gone: set[str]) -> LastBuild:
    """Store what this build leaves: the ``fresh`` units, the glance, the outputs and the
    ``extra`` entries, and forget the units of brief files that are gone and the ``gone``
    cache keys, in one transaction. Returns it, as the next build would read it."""
    target = inputs.target
    prefix, files = _unit_prefix(target), _files_prefix(target)
    # the back buffer's files are the last live site's, stored already, or the live ones
    kept = {glance.build, outputs.back_build}
    cache.update({
        **{prefix + path: unit for path, unit in fresh.items()},
        **extra,
        files + glance.build: outputs.live,
        _outputs_name(target): OutputsIndex(outputs.config, glance.build, outputs.back_build),
        _glance_name(target): glance,
    }, delete=[*(prefix + path for path in last.stored - units.keys()), *gone,
               *(name for name in cache.keys_with_prefix(files)
                 if name.removeprefix(files) not in kept)])
    return LastBuild(glance, outputs, units, frozenset(units))


class Memory:
    """What the last build in this process left, kept for the next: ``serve`` builds again
    at every save, and need not read thousands of units back from the cache each time. Only
    ever used for the build it describes: the same output folder and settings, and the
    glance the cache holds now (a build by another process since makes it stale)."""

    def __init__(self) -> None:
        self._target: Path | None = None
        self._last: LastBuild | None = None

    def recall(self, inputs: Inputs, glance: Glance | None) -> LastBuild | None:
        last = self._last
        if (last is None or glance is None or last.glance != glance
                or self._target != inputs.target or last.outputs.config != inputs.config_key):
            return None
        return last

    def keep(self, inputs: Inputs, last: LastBuild) -> None:
        self._target, self._last = inputs.target, last

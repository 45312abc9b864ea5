"""How often Python's garbage collector runs while a build runs, in every process of it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# New objects between collections of the youngest generation (Python's default: 700), of
# those between collections of the middle one (10), and of those between full collections
# (10): a build's short-lived cycles are found young, and a full collection, which walks
# every object the build holds, is not made while it runs.
GC_THRESHOLDS = (100_000, 50, 1_000)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """A build makes hundreds of thousands of small objects that live until it ends (units,
    facts, jobs) and next to no reference cycles; the garbage collector, walking them again
    and again as they pile up, took a third of the time of an edit to a large desk. While a
    build runs it runs far less often, in the workers too (workers._work)."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)

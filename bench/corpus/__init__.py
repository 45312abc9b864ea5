"""Generate a synthetic briefgen project of any size, the same bytes for the same seed.

    python -m bench.corpus OUT_DIR --briefs N [--seed S] [--force]

writes briefgen.yaml, speakers.yaml (a shared pool of recurring speakers), pages/, and N
original ~700-word news-style articles in seeds/, each with a valid brief in briefs/. The
articles cover politics, business, health and sport, quote people with names from many
languages, and attribute statements in many forms: direct quotes, indirect speech,
"according to", anonymous and vague sources. Every quote in a brief is an exact passage of
its article that occurs only once in it (as briefgen compares them: ignoring spacing, quote
marks and dashes), so every generated project passes `briefgen check`.

Every brief draws from its own random stream, seeded by (seed, number), so a brief does not
change when the corpus grows, and brief N+1 can be added to a corpus of N (see add_brief).
Every person, place and organisation is invented (see vocab.py).
"""

# The names used elsewhere (bench.run, bench.anchor_speed, the tests), so that callers need not
# know which module holds each.
from .brief import Brief, BriefInfo, make_brief
from .project import add_brief, edit_brief, generate, main
from .speakers import Pool, pool_size, speaker_pool
from .text import scalar

__all__ = ["Brief", "BriefInfo", "Pool", "add_brief", "edit_brief", "generate", "main",
           "make_brief", "pool_size", "scalar", "speaker_pool"]

"""``python -m bench.corpus OUT_DIR --briefs N [--seed S] [--force]``: see the package."""

import sys

from . import main

sys.exit(main())

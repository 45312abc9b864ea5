"""The compiled templates kept between builds: they save time, and are never needed."""

from __future__ import annotations

from pathlib import Path

import jinja2
from jinja2.bccache import Bucket


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled templates, kept in a folder of the cache. When that folder cannot be
    made, read or written (no permission, a full disk, a file in its place), the build goes
    on without it, compiling the templates afresh as a first build does."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.problem: OSError | None = None  # the first failure: not used after it
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.problem = error

    def load_bytecode(self, bucket: Bucket) -> None:
        if self.problem is None:
            try:
                super().load_bytecode(bucket)
            except OSError as error:
                self.problem = error
                bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if self.problem is None:
            try:
                super().dump_bytecode(bucket)
            except OSError as error:
                self.problem = error

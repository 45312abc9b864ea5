"""Write the site so that readers never see half of it: build aside, then swap into place."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

# Left in every site we write, so we never replace a folder briefgen did not make.
MARKER = ".briefgen-site"


class OutputError(Exception):
    """The site cannot be written where asked; the message says what to do."""


def _safe_relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise OutputError(f"refusing to write {name!r}: it would land outside the site folder")
    return path


def write_site(files: Mapping[str, bytes], out: Path) -> None:
    """Replace ``out`` with exactly ``files``. On any failure ``out`` is left as it was."""
    out = out.absolute()
    if out.exists():
        if not out.is_dir():
            raise OutputError(f"{out} is a file, not a folder; choose another output folder")
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise OutputError(f"{out} holds files that briefgen did not write; refusing to "
                              "replace it. Choose an empty or new output folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for name, data in files.items():
            target = staging.joinpath(*_safe_relative(name).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (staging / MARKER).write_bytes(b"")
        staging.chmod(0o755)  # mkdtemp makes it private; a site is meant to be read
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    retired.rmdir()
    os.rename(out, retired)
    try:
        os.rename(staging, out)
    except BaseException:
        os.rename(retired, out)
        raise
    shutil.rmtree(retired, ignore_errors=True)

"""Write a file that is mostly a copy of ranges of another: a large site's data files are
tens of megabytes, and an edit changes one entry of them. The ranges are copied by the system
(copy_file_range, where there is one), never read into Python."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

# A range of the source file: (start, length).
Span = tuple[int, int]
_CHUNK = 1 << 20  # bytes read at once where the system cannot copy a range itself


def write_spliced(target: Path, pieces: Iterable[bytes | Span], source: BinaryIO) -> None:
    """Write ``target`` as a new file (a link in its place is never written through) from
    ``pieces``: bytes as they are, and each span as that range of ``source``."""
    target.unlink(missing_ok=True)
    with target.open("wb") as out:
        for piece in pieces:
            if isinstance(piece, tuple):
                out.flush()  # what was written goes before the range
                _copy_range(source, out, *piece)
            else:
                out.write(piece)


def _copy_range(source: BinaryIO, out: BinaryIO, start: int, length: int) -> None:
    copy = getattr(os, "copy_file_range", None)  # Linux only
    while copy is not None and length > 0:
        try:
            done = copy(source.fileno(), out.fileno(), length, start)
        except OSError:  # a file system or kernel that cannot: copy the rest by reading
            break
        if done == 0:
            break
        start, length = start + done, length - done
    if length > 0:
        source.seek(start)
        while length > 0:
            chunk = source.read(min(length, _CHUNK))
            if not chunk:
                raise OSError(f"{source.name} is shorter than it was")
            out.write(chunk)
            length -= len(chunk)

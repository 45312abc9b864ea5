"""One build at a time per project.

Two builds into one folder would each clear the other's half-made site and retire each
other's previous one. A build therefore holds an operating-system lock on the project (a small
file in its cache folder, or in the system's temporary folder when that cannot be written)
from before it looks at the live site until after it has swapped the new one in; `serve`
takes the same lock for each of its builds. The system releases the lock when the process
ends, however it ends, so a killed build never leaves it held. A build removes the file as
it lets go, so that builds without a cache do not leave one in the temporary folder for
every project; a build that waited on the removed file sees it is gone and takes a new one.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from briefgen.digest import digest

WINDOWS_POLL_SECONDS = 0.2  # Windows has no blocking lock that waits for ever: ask again


class Busy(Exception):
    """Another build holds the lock, and this one was told not to wait."""


LOCK_FILE = "build.lock"


def _open(root: Path, folder: Path | None) -> tuple[Path, int]:
    """The lock file and its descriptor: in the project's cache ``folder`` when there is one
    and it can be written, else in the temporary folder under a name made from the project's
    path."""
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return folder / LOCK_FILE, os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            pass
    path = Path(tempfile.gettempdir()) / f"briefgen-{digest(str(root.resolve()))[:16]}.lock"
    return path, os.open(path, os.O_RDWR | os.O_CREAT, 0o644)


def _still_there(path: Path, fd: int) -> bool:
    """Whether ``fd`` is still the file at ``path``: the build that held it last removes it."""
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except OSError:
        return False


class BuildLock:
    """``with BuildLock(root, cache_folder, wait=..., waiting=...):`` holds the lock on the
    project in ``root``. When another build holds it, either waits (telling ``waiting`` why,
    once) or raises Busy."""

    def __init__(self, root: Path, cache_folder: Path | None, *, wait: bool = True,
                 waiting: Callable[[str], None] | None = None) -> None:
        self.root, self.cache_folder = root, cache_folder
        self.wait, self.waiting = wait, waiting
        self.fd: int | None = None
        self.path = Path()

    def __enter__(self) -> BuildLock:
        told = False
        while self.fd is None:
            path, fd = _open(self.root, self.cache_folder)
            try:
                if not _try_lock(fd):
                    holder = _holder(fd)
                    message = (f"another build of {self.root} is running"
                               + (f" (process {holder})" if holder else ""))
                    if not self.wait:
                        raise Busy(message)
                    if self.waiting and not told:
                        self.waiting(message + "; waiting for it to finish")
                        told = True
                    _lock(fd)
                if not _still_there(path, fd):
                    os.close(fd)  # its holder removed it on letting go: take the new one
                    continue
                # who holds it, for the message another build gives
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, str(os.getpid()).encode())
            except BaseException:
                os.close(fd)
                raise
            self.path, self.fd = path, fd
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):  # Windows removes no open file: it stays
                self.path.unlink()
            _unlock(self.fd)
            os.close(self.fd)
            self.fd = None


def _holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 20).decode("ascii", "replace").strip()
    except OSError:  # Windows reads no locked byte
        return ""


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)  # the lock is on the file's first byte
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _lock(fd: int) -> None:
        while not _try_lock(fd):
            time.sleep(WINDOWS_POLL_SECONDS)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

"""Write the site so that readers never see half of it: build aside, then swap into place."""

from __future__ import annotations

import ctypes
import errno
import glob
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.render.jobs import Content

# Left in every site we write, so we never replace a folder briefgen did not make: it holds
# the build's id, then the name of each thing at the top of the site (see _foreign).
MARKER = ".briefgen-site"
NAME_MAX = 255  # bytes in one file name, on the file systems briefgen runs on
# The longest name made beside the output folder: ".NAME.new-" and tempfile's 8 characters.
BESIDE_NAME = len("..new-") + 8
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2  # from Linux's <fcntl.h> and <linux/fs.h>


class OutputError(Exception):
    """The site cannot be written where asked; the message says what to do."""


def _safe_relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise OutputError(f"refusing to write {name!r}: it would land outside the site folder")
    return path


class SiteFolder:
    """A folder a site is being assembled in: each file written new, each folder made once.
    Worker processes write into it too, each through its own. A folder briefgen is building
    in again (``again``: the back buffer) is its own, but a link may since have taken the
    place of a folder in it: never followed."""

    def __init__(self, root: Path, again: bool = False) -> None:
        self.root = root
        self._real_root = root.resolve() if again else None
        self._folders: set[Path] = set()

    def inside(self, name: str) -> Path:
        """Where ``name`` is in the site; never outside it, never through a link."""
        relative = _safe_relative(name)
        target = self.root.joinpath(*relative.parts)
        if (self._real_root is not None and target.parent not in self._folders
                and target.parent.resolve() != self._real_root.joinpath(*relative.parts[:-1])):
            raise OutputError(f"{target.parent} is a link; briefgen never writes through a link. "
                              "Build again: the site will be written afresh")
        return target

    def path(self, name: str) -> Path:
        """Where ``name`` goes in the site, its folder made."""
        target = self.inside(name)
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        return target

    def write(self, name: str, data: Content) -> None:
        replace_file(self.path(name), data)

    def remove(self, name: str) -> None:
        """Delete a file, and the folders it leaves empty: the site is then the very one a
        fresh build would make."""
        target = self.inside(name)
        target.unlink(missing_ok=True)
        for folder in target.parents:
            if folder == self.root:
                break
            try:
                folder.rmdir()
            except OSError:  # not empty: nor are the folders above it
                break
            self._folders.discard(folder)


class Staging:
    """A new site being assembled beside the output folder, swapped in only by ``commit``.

    The site the last swap retired is kept beside the output as a back buffer
    (``.site.prev``). When its marker shows it is whole and the caller knows its contents
    (``back``: the marker it expects), the next build assembles in it, writing only the
    files that differ: creating and deleting thousands of folders costs more than anything
    else a small edit needs.
    """

    def __init__(self, out: Path, back: bytes | None = None) -> None:
        out = out.absolute()
        self.out = out
        self.back = back_buffer(out)
        try:
            _check_names(out)
            if out.is_symlink():
                raise OutputError(_link_problem(out))
            _clear_leftovers(out)
            _check_replaceable(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            # Only a real folder briefgen made, holding nothing else, is built in again.
            self.reused = bool(back) and _is_whole(self.back, back)
            if self.reused:
                (self.back / MARKER).unlink()  # half-updated, it must never pass for whole
                self.root = self.back
            else:
                self.root = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
            self.files = SiteFolder(self.root, again=self.reused)
        except OSError as error:
            raise OutputError(_cannot_write(out, error)) from None

    def path(self, name: str) -> Path:
        return self.files.path(name)

    def write(self, name: str, data: Content) -> None:
        self.files.write(name, data)

    def copy_current(self, name: str) -> bool:
        """Copy the live site's file unchanged, as a hard link where the file system allows
        (files are always replaced, never written in place: see mirror), for the data files
        are tens of megabytes; False when it has no such file."""
        source = self.out.joinpath(*_safe_relative(name).parts)
        target = self.path(name)
        target.unlink(missing_ok=True)
        try:
            if source.is_symlink() or not source.is_file():
                return False  # never a link: the live site holds only files briefgen wrote
            os.link(source, target)
            return True
        except OSError:
            pass
        try:
            data = source.read_bytes()
        except OSError:
            return False
        self.write(name, data)
        return True

    def remove(self, name: str) -> None:
        """Delete a file the back buffer holds that the new site no longer has."""
        self.files.remove(name)

    def commit(self, marker: bytes = b"") -> bool:
        """Swap the new site in. True when the retired site is now the back buffer; False
        for a first build, which had no site to retire (see ``mirror``)."""
        _write_marker(self.root, marker)
        self.root.chmod(0o755)  # mkdtemp makes it private; a site is meant to be read
        if not self.out.exists():
            os.rename(self.root, self.out)
            return False
        if not self.reused and (self.back.exists() or self.back.is_symlink()):
            _remove(self.back)  # unknown contents: the retired site takes its place
        if _exchange(self.root, self.out):  # one atomic step: a whole site is always there
            if not self.reused:
                os.rename(self.root, self.back)  # which now holds the previous site
            return True
        # Elsewhere, two renames; a build killed between them leaves the previous site beside
        # the output folder, and the next build puts it back (_clear_leftovers).
        retired = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.old-", dir=self.out.parent))
        retired.rmdir()
        os.rename(self.out, retired)
        try:
            os.rename(self.root, self.out)
        except BaseException:
            os.rename(retired, self.out)
            raise
        os.rename(retired, self.back)
        return True

    def mirror(self, marker: bytes) -> None:
        """Make the back buffer a copy of the live site, its files hard links (no data is
        copied), so that the next build changes only what differs. Files are always replaced,
        never written in place, so the live site's shared files are never touched."""
        if self.back.exists() or self.back.is_symlink():
            _remove(self.back)
        partial = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.new-", dir=self.out.parent))
        try:
            for folder, names, files in os.walk(self.out):
                here = partial / Path(folder).relative_to(self.out)
                for name in names:
                    (here / name).mkdir()
                for name in files:
                    if name != MARKER:
                        try:
                            os.link(Path(folder) / name, here / name)
                        except OSError:
                            shutil.copyfile(Path(folder) / name, here / name)
            _write_marker(partial, marker)
            os.rename(partial, self.back)
        except OSError:
            shutil.rmtree(partial, ignore_errors=True)  # only the next build is slower

    def abort(self) -> None:
        if not self.reused:
            shutil.rmtree(self.root, ignore_errors=True)
        # a reused back buffer has lost its marker: the next build will not trust it


def replace_file(target: Path, data: Content) -> None:
    """Write a file as a new one: a hard link or symlink in its place is never written
    through."""
    target.unlink(missing_ok=True)
    if isinstance(data, bytes):
        target.write_bytes(data)
        return
    with target.open("wb") as file:
        file.writelines(data)


def back_buffer(out: Path) -> Path:
    return out.parent / f".{out.name}.prev"


def read_marker(out: Path) -> bytes | None:
    """What the last build left in the site's marker (its build id), if the site is whole."""
    try:
        return (out / MARKER).read_bytes().partition(b"\n")[0]
    except OSError:
        return None


def _write_marker(site: Path, build: bytes) -> None:
    """Mark the site whole: the build's id, and what briefgen put at the top of the site."""
    names = sorted(os.fsencode(name) for name in os.listdir(site) if name != MARKER)
    (site / MARKER).write_bytes(b"".join(line + b"\n" for line in [build, *names]))


def _foreign(folder: Path) -> list[str]:
    """What is at the top of ``folder`` that briefgen did not put there: anything its marker
    does not name (everything, without a marker), and any link. A folder holding a marker
    among files of someone else's is not a site, and must not be replaced."""
    try:
        listed = set((folder / MARKER).read_bytes().split(b"\n")[1:])
    except OSError:
        listed = set()
    with os.scandir(folder) as entries:
        return sorted(entry.name for entry in entries if entry.name != MARKER and (
            entry.is_symlink() or os.fsencode(entry.name) not in listed))


def _is_whole(folder: Path, build: bytes) -> bool:
    """Whether ``folder`` is the whole site of ``build``: a real folder (never a link) whose
    marker names that build, holding nothing briefgen did not put there."""
    return (not folder.is_symlink() and folder.is_dir() and read_marker(folder) == build
            and not _foreign(folder))


def _check_names(out: Path) -> None:
    """Refuse, before anything is made, a path whose names the file system cannot hold."""
    *folders, name = out.parts[1:] or ("",)
    for folder in folders:
        if len(os.fsencode(folder)) > NAME_MAX:
            raise OutputError(f"a folder name in the output path is too long ({len(folder)} "
                              "characters); choose a shorter path")
    if len(os.fsencode(name)) + BESIDE_NAME > NAME_MAX:
        raise OutputError(f"the output folder's name is too long ({len(name)} characters); "
                          "choose a shorter one")


def _check_replaceable(out: Path) -> None:
    """Refuse to replace anything but a folder that is empty or holds a site briefgen wrote."""
    if not out.exists():
        return
    if not out.is_dir():
        raise OutputError(f"{out} is a file, not a folder; choose another output folder")
    foreign = _foreign(out)
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if foreign[5:] else "")
        raise OutputError(f"{out} holds files that briefgen did not write ({shown}); refusing "
                          "to replace it. Choose an empty or new output folder")


def _link_problem(out: Path) -> str:
    target = Path(os.path.normpath(out.parent / os.readlink(out)))
    gone = "" if out.exists() else ", which does not exist"
    return (f"{out} is a link to {target}{gone}; briefgen never writes through a link. "
            f"Build into {target} itself (briefgen build -o {target}), or remove the link")


def _cannot_write(out: Path, error: OSError) -> str:
    """The output folder cannot be made or used: say why in the editor's words."""
    for folder in (out, *out.parents):
        if os.path.lexists(folder):
            if not folder.is_dir():
                return f"{folder} is a file, not a folder; choose another output folder"
            break
    return (f"cannot write the site in {out} ({error.strerror or error}); choose another "
            "output folder")


def write_site(files: Mapping[str, bytes], out: Path) -> None:
    """Replace ``out`` with exactly ``files``. On any failure ``out`` is left as it was."""
    staging = Staging(out)
    try:
        for name, data in files.items():
            staging.write(name, data)
        staging.commit()
    except BaseException:
        staging.abort()
        raise


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux's renameat2 with RENAME_EXCHANGE); False where the
    system or the file system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # a C library without renameat2
        return False
    renameat2.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint)
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
        return False  # an old kernel, or a file system without the exchange
    raise OSError(code, os.strerror(code), str(b))


def _leftovers(out: Path, kind: str) -> list[Path]:
    """What killed builds left beside the output folder: "new" (staging) or "old" (retired)."""
    found = out.parent.glob(f".{glob.escape(out.name)}.{kind}-*")
    return sorted(found, key=lambda p: p.lstat().st_mtime)


def _clear_leftovers(out: Path) -> None:
    """Put back a site that a build killed mid-swap left retired, and remove half-built ones."""
    if not out.exists() and not out.is_symlink():
        retired = [p for p in _leftovers(out, "old") if (p / MARKER).is_file()]
        if retired:
            os.rename(retired[-1], out)
    for leftover in _leftovers(out, "new") + _leftovers(out, "old"):
        _remove(leftover)


def _remove(path: Path) -> None:
    """Remove a folder briefgen keeps beside the site, or a link or file in its place."""
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)

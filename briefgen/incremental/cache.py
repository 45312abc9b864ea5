"""A content-keyed cache of analysed briefs and of the last build, in one SQLite file.

Values are pickled, each stored with a CRC-32 of its bytes (it catches damage; a
cryptographic hash would cost more over the tens of megabytes a large site keeps). A damaged
value is a miss, and a damaged or foreign file is replaced by an empty one. The cache is never
trusted over the inputs, only used to skip work whose inputs are byte-for-byte the same.
"""

from __future__ import annotations

import contextlib
import io
import pickle
import sqlite3
import zlib
from collections.abc import Container, Hashable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from briefgen import __version__
from briefgen.digest import digest

# Bump when the cached data's shape or meaning changes; older caches are then discarded.
CACHE_FORMAT = 12
CACHE_DIR = ".briefgen-cache"
CACHE_FILE = "cache.sqlite"
_BATCH = 500  # keys per query: well under SQLite's limit on parameters
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, sum INTEGER NOT NULL, data BLOB NOT NULL);
"""



class Shared:
    """Values that many cached entries hold equal copies of (a desk's ratings, its speakers):
    stored as a reference to this process's own copy (see Cache.update), so that loading
    thousands of entries makes no copy of them at all. A reference this process does not know
    makes the entry a miss, like any damage."""

    def __init__(self, values: Iterable[Hashable]) -> None:
        self.ids = {value: digest(type(value).__name__, repr(value)) for value in values}
        self.values = {name: value for value, name in self.ids.items()}
        self.types = frozenset(type(value) for value in self.ids)

    def id_of(self, value: object) -> str | None:
        return self.ids.get(value) if type(value) in self.types else None  # type: ignore[index]


class Cache:
    """get/put of Python values by key. Every failure degrades to a cache miss."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.damaged = False  # the file proved corrupt: close() removes it
        self.problem = ""  # why the cache cannot be used, when it cannot
        self.db: sqlite3.Connection | None = self._open(folder)
        self.shared: Shared | None = None  # see Shared

    def _open(self, folder: Path) -> sqlite3.Connection | None:
        stamp = f"{CACHE_FORMAT}:{__version__}"
        path = folder / CACHE_FILE
        for attempt in range(2):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, isolation_level=None, timeout=5)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.executescript(_SCHEMA)
                row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
                if row is None or row[0] != stamp:  # another briefgen wrote it: start again
                    db.execute("DROP TABLE blobs")  # its very columns may differ
                    db.executescript(_SCHEMA)
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (stamp,))
                # No integrity check here: it reads the whole file, tens of megabytes, on
                # every build. Damage shows on the first read of a bad page instead (_failed).
                return db
            except (sqlite3.Error, OSError) as error:
                self.problem = getattr(error, "strerror", None) or str(error)
                if attempt == 0:  # corrupt: remove it and try once more from nothing
                    _remove_files(folder)
        return None

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None when absent or damaged."""
        return next(self.values([key]))

    def get_prefix(self, prefix: str) -> dict[str, Any]:
        """Every sound value whose key starts with ``prefix``, by key."""
        if self.db is None:
            return {}
        try:  # a range of the primary key: an index scan, unlike LIKE
            rows = self.db.execute("SELECT key, sum, data FROM blobs WHERE key >= ? AND key < ?",
                                   (prefix, prefix + "\U0010ffff")).fetchall()
        except sqlite3.Error as error:
            self._failed(error)
            return {}
        found = {key: self._value(key, checksum, data) for key, checksum, data in rows}
        return {key: value for key, value in found.items() if value is not None}

    def keys_with_prefix(self, prefix: str) -> list[str]:
        """Every key that starts with ``prefix``, its value unread."""
        if self.db is None:
            return []
        try:
            return [key for key, in self.db.execute(
                "SELECT key FROM blobs WHERE key >= ? AND key < ?",
                (prefix, prefix + "\U0010ffff"))]
        except sqlite3.Error as error:
            self._failed(error)
            return []

    def values(self, keys: Sequence[str]) -> Iterator[Any]:
        """The value of each key in turn (None where absent or damaged), read in batches:
        thousands of values never need to be in memory at once."""
        for start in range(0, len(keys), _BATCH):
            batch = keys[start:start + _BATCH]
            found: dict[str, Any] = {}
            if self.db is not None:
                try:
                    rows = self.db.execute(
                        "SELECT key, sum, data FROM blobs WHERE key IN "
                        f"({','.join('?' * len(batch))})", batch).fetchall()
                except sqlite3.Error as error:
                    self._failed(error)
                    rows = []
                found = {key: self._value(key, checksum, data) for key, checksum, data in rows}
            yield from (found.get(key) for key in batch)

    def _value(self, key: str, checksum: int, data: bytes) -> Any:
        if zlib.crc32(data) != checksum:
            self.delete(key)
            return None
        try:
            if self.shared is None:
                return pickle.loads(data)
            unpickler = pickle.Unpickler(io.BytesIO(data))
            unpickler.persistent_load = self.shared.values.__getitem__  # type: ignore[assignment]
            return unpickler.load()
        except Exception:  # a damaged value is a miss, whatever unpickling raised
            self.delete(key)
            return None

    def update(self, items: dict[str, Any], delete: Iterable[str] = (),
               by_reference: Container[str] = ()) -> None:
        """Store ``items`` and remove the ``delete`` keys, all at once or not at all. The
        values of the ``by_reference`` keys hold what is ``shared`` by reference (it costs
        their storing a little time: worth it for values loaded by the thousand)."""
        if self.db is None:
            return
        rows = []
        for key, value in items.items():
            # not compressed: the build state of a large site is tens of megabytes, and
            # compressing it cost more time than writing it
            data = self._pickled(value, key in by_reference)
            rows.append((key, zlib.crc32(data), data))
        try:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO blobs VALUES (?, ?, ?)", rows)
            self.db.executemany("DELETE FROM blobs WHERE key = ?", [(k,) for k in delete])
            self.db.execute("COMMIT")
        except sqlite3.Error as error:
            self._failed(error)
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")

    def _pickled(self, value: Any, by_reference: bool) -> bytes:
        if self.shared is None or not by_reference:
            return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.persistent_id = self.shared.id_of  # type: ignore[method-assign]
        pickler.dump(value)
        return buffer.getvalue()

    def delete(self, key: str) -> None:
        if self.db is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("DELETE FROM blobs WHERE key = ?", (key,))

    def _failed(self, error: sqlite3.Error) -> None:
        # A locked or full database is a passing trouble; any other database error means the
        # file is damaged, and only starting it again mends it.
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(
                error, (sqlite3.OperationalError, sqlite3.IntegrityError)):
            self.damaged = True

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.damaged:
            _remove_files(self.folder)


def _remove_files(folder: Path) -> None:
    """The cache file and SQLite's journal files beside it."""
    for name in (CACHE_FILE, CACHE_FILE + "-wal", CACHE_FILE + "-shm"):
        with contextlib.suppress(OSError):
            (folder / name).unlink(missing_ok=True)

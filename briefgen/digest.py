"""The one hash briefgen names content by: cache keys, page keys, topic fingerprints."""

from __future__ import annotations

import hashlib


def digest(*parts: bytes | str) -> str:
    """A stable key for some content: parts are length-prefixed, so ("ab", "c") != ("a", "bc")."""
    hasher = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()

"""Project-relative paths that editors write, kept inside the project."""

from __future__ import annotations

from pathlib import Path


def resolve_inside(root: Path, name: str) -> Path | None:
    """The file ``name`` names under ``root``, or None if it leads outside (``..``, an
    absolute path, or a symlink pointing out)."""
    relative = Path(name)
    if relative.is_absolute():
        return None
    target = (root / relative).resolve()
    return target if target.is_relative_to(root.resolve()) else None

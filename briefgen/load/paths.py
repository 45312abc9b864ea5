"""Where things are: the default templates, and the project-relative paths editors write,
kept inside the project."""

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


PACKAGE_TEMPLATES = Path(__file__).parents[1] / "templates"
# In a source checkout the default templates sit at the top of the repository.
SOURCE_TEMPLATES = Path(__file__).parents[2] / "templates"


def default_templates() -> Path:
    return PACKAGE_TEMPLATES if PACKAGE_TEMPLATES.is_dir() else SOURCE_TEMPLATES

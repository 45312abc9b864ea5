"""Where things are: the default templates, and the project-relative paths editors write,
kept inside the project."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Literal


def resolve_inside(root: Path, name: str) -> Path | None:
    """The file ``name`` names under ``root``, or None if it leads outside (``..``, an
    absolute path, or a symlink pointing out)."""
    relative = Path(name)
    if relative.is_absolute():
        return None
    target = (root / relative).resolve()
    return target if target.is_relative_to(root.resolve()) else None


def is_hidden(path: PurePath) -> bool:
    """Whether a name in the path starts with a dot: .git/, .env, the cache."""
    return any(part.startswith(".") and part != ".." for part in path.parts)


def unfit_article_folder(name: str) -> bool:
    """Whether ``name``, from the settings, cannot be a folder of articles: outside the
    project, hidden, or the project folder itself (which holds its settings and more)."""
    path = PurePath(os.path.normpath(name))
    return path.is_absolute() or path.parts[:1] in ((), ("..",)) or is_hidden(path)


def misplaced_article(root: Path, folders: Sequence[str], name: str
                      ) -> Literal["hidden", "elsewhere", "link"] | None:
    """Why the project file ``name`` may not be read as an article, if it may not: it is
    hidden or in a hidden folder, it is not in one of the article ``folders``, or it is a
    link to a file that is either. (That it is inside the project is resolve_inside's.)"""
    written = PurePath(os.path.normpath(name))
    if is_hidden(written):
        return "hidden"
    if not any(written.is_relative_to(os.path.normpath(f)) for f in folders):
        return "elsewhere"
    target = (root / name).resolve()
    places = [(root / folder).resolve() for folder in folders]
    if is_hidden(target.relative_to(root.resolve())) or not any(
            target.is_relative_to(place) for place in places):
        return "link"
    return None


PACKAGE_TEMPLATES = Path(__file__).parents[1] / "templates"
# In a source checkout the default templates sit at the top of the repository.
SOURCE_TEMPLATES = Path(__file__).parents[2] / "templates"


def default_templates() -> Path:
    return PACKAGE_TEMPLATES if PACKAGE_TEMPLATES.is_dir() else SOURCE_TEMPLATES

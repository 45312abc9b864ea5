"""Where a project keeps its files, and finding its briefs."""

from __future__ import annotations

import os
from pathlib import Path

CONFIG_FILE = "briefgen.yaml"
PAGES_DIR = "pages"
SPEAKERS_FILE_NAME = "speakers.yaml"
BRIEFS_DIR = "briefs"
SEEDS_DIR = "seeds"  # where editors keep the articles


def find_briefs(root: Path) -> list[Path]:
    """Every brief file under briefs/, in a stable order."""
    return [Path(p) for p in find_brief_names(root)]


def find_brief_names(root: Path) -> list[str]:
    """Every brief file under briefs/, as find_briefs, by name: a walk of directory entries,
    which know their type without a stat, and no Path made for each (a build that finds
    nothing changed lists tens of thousands of briefs). Each folder's entries are taken in
    order of name, a subfolder's files where its name falls: the order of the paths' parts,
    with no list of parts made for each path to sort by."""
    found: list[str] = []
    _walk_briefs(str(root / BRIEFS_DIR), found)
    return found


def _walk_briefs(folder: str, found: list[str]) -> None:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:  # no briefs/ folder, or one that cannot be read
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            _walk_briefs(entry.path, found)
        elif (entry.name.endswith((".yaml", ".yml")) and not entry.name.startswith(".")
              and entry.is_file()):
            found.append(entry.path)


def is_project(root: Path) -> bool:
    """Whether the folder is a briefgen project: it has settings or a folder of briefs."""
    return (root / CONFIG_FILE).is_file() or (root / BRIEFS_DIR).is_dir()

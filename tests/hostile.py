"""Shared by the hostile-input tests: the files in tests/data/hostile, projects made from them,
and what a browser would make of the pages we write."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from .briefs import write_brief

DATA = Path(__file__).parent / "data" / "hostile"
SAFE_SCHEMES = {"http", "https", "mailto"}


def make_project(root: Path, brief: str | bytes | None = "valid.yaml", *, name: str = "brief",
                 seeds: tuple[str, ...] = ("article.txt",)) -> Path:
    """A project at root: briefs/<name>.yaml from a data file (or given text or bytes), and
    the named data files copied into seeds/."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        shutil.copy(DATA / seed, root / "seeds" / seed)
    if brief is not None:
        data = brief if isinstance(brief, bytes) else (
            (DATA / brief).read_bytes() if brief.endswith(".yaml") and "\n" not in brief
            else brief.encode("utf-8"))
        write_brief(root, data, name, article=None)
    (root / "briefs").mkdir(exist_ok=True)
    return root


def is_artefact(relative: Path, skip: tuple[str, ...] = ("site",)) -> bool:
    """What a build may write besides the editors' files: its output folder (``skip``), the
    hidden folders the writer keeps beside it (".site.new-…" while writing), and its cache."""
    return any(part in skip or part.startswith(".site.") or part == ".briefgen-cache"
               for part in relative.parts)


def fingerprint(folder: Path, *, skip: tuple[str, ...] = ("site",)) -> dict[str, str]:
    """A hash of every file and the target of every link under folder, build artefacts left
    out (see is_artefact)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if is_artefact(relative, skip):
            continue
        if path.is_symlink():
            found[relative.as_posix()] = "link to " + str(path.readlink())
        elif path.is_file():
            found[relative.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[relative.as_posix() + "/"] = "folder"
    return found


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def browser_scheme(url: str) -> str | None:
    """The scheme a browser takes from an attribute's value (character references already
    decoded, as the HTML parser does): it strips leading and trailing control characters and
    spaces, drops tabs and line breaks anywhere, then reads letters up to ':'. None: relative."""
    url = re.sub(r"[\t\n\r]", "", url.strip("".join(map(chr, range(0x21)))))
    match = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", url)
    return match.group(1).lower() if match else None


def unsafe_links(soup: BeautifulSoup) -> list[str]:
    """Every URL-bearing attribute whose scheme is not http, https or mailto."""
    found = []
    for element in soup.find_all(True):
        for attribute in ("href", "src", "action", "formaction", "data", "poster", "xlink:href"):
            value = element.get(attribute)
            if value is not None and browser_scheme(value) not in (None, *SAFE_SCHEMES):
                found.append(f"<{element.name} {attribute}={value!r}>")
    return found


def skeleton(soup: BeautifulSoup, *, skip: tuple[str, ...] = ("analysis", "prose")
             ) -> list[str]:
    """The page's elements in order, each with its attribute names: what the template made.
    What is inside an element of a class in ``skip`` (Markdown the editor wrote) is left out."""
    skipped = {id(e) for top in soup.find_all(class_=list(skip)) for e in top.find_all(True)}
    return [f"{e.name}[{' '.join(sorted(e.attrs))}]" for e in soup.find_all(True)
            if id(e) not in skipped]


# Keys whose values shape the page (ids, choices, dates, the quotes that must match the
# article): a plain twin keeps them; every other text becomes plain words.
STRUCTURAL = {"file", "by", "kind", "stance", "side", "rating", "id", "colour", "quotes", "slug",
              "date", "updated", "published", "draft", "occurrence", "value", "pages",
              "language"}


def plain_twin(data: object, key: str = "", counter: list[int] | None = None) -> object:
    """The same brief or config with every reader-visible text replaced by distinct plain
    words: built, it must give pages of exactly the same elements and attributes."""
    counter = counter if counter is not None else [0]
    if isinstance(data, dict):
        return {k: v if k in STRUCTURAL else plain_twin(v, k, counter) for k, v in data.items()}
    if isinstance(data, list):
        return [plain_twin(v, key, counter) for v in data]
    if isinstance(data, str):
        counter[0] += 1
        if key in ("url", "base_url"):
            return f"https://example.org/plain{counter[0]}/"
        return f"Plain text {counter[0]}."
    return data

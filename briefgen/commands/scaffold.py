"""Start a new site (`briefgen init`) and a new brief (`briefgen new`) from the starter files."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from briefgen import __version__
from briefgen.analyse.detect import detect, reading_language
from briefgen.analyse.detect.speakers import brief_speakers, speaker_id, speaker_name
from briefgen.check import anchor
from briefgen.check.fields import language_code
from briefgen.check.jsonschema import SCHEMA_FILE, brief_schema
from briefgen.check.project import load_config
from briefgen.check.starter import PIN_PLACEHOLDER, REQUIREMENTS_FILE
from briefgen.check.validate import MAX_ARTICLE_BYTES
from briefgen.diagnostics import Report, display_path
from briefgen.load.files import BRIEFS_DIR, CONFIG_FILE, PAGES_DIR, SEEDS_DIR
from briefgen.load.yamlsource import read_text
from briefgen.model import ID_PATTERN, SiteConfig, slugify

STARTER = Path(__file__).parent / "starter"

# starter file → where it goes in a new site
SITE_FILES = {
    "briefgen.yaml": CONFIG_FILE,
    "gitignore": ".gitignore",
    "github/pages.yml": ".github/workflows/pages.yml",
    "pages/about.md": f"{PAGES_DIR}/about.md",
    "pages/methodology.md": f"{PAGES_DIR}/methodology.md",
    "pages/corrections-policy.md": f"{PAGES_DIR}/corrections-policy.md",
}


class ScaffoldError(Exception):
    """Nothing was written; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class SuggestedSpeaker:
    id: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class SuggestedStatement:
    """A statement for the brief, or, with a ``left_out`` reason, one new could not place
    ("no-speaker": no one to credit; "repeated": its words occur more than once), which the
    brief shows as a note where the statement would be."""

    by: str
    quote: str
    left_out: str = ""


def write_schema(root: Path) -> Path:
    """The brief format's JSON Schema beside the briefs, for editors' YAML tooling."""
    path = root / SCHEMA_FILE
    path.write_text(json.dumps(brief_schema(), indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return path


def init_site(target: Path, *, force: bool = False) -> list[Path]:
    """Write a new site's starter files into ``target``; returns what was written."""
    if target.exists() and not target.is_dir():
        raise ScaffoldError(f"{display_path(target)} is a file; choose a folder for the site")
    existing = [name for name in (*SITE_FILES.values(), REQUIREMENTS_FILE)
                if (target / name).exists()]
    if existing and not force:
        raise ScaffoldError(
            f"{display_path(target)} already has {', '.join(sorted(existing))}; nothing was "
            "written. Choose a new folder, or add --force to replace those files")
    written = []
    for source, name in SITE_FILES.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(STARTER / source, path)
        written.append(path)
    written.append(target / REQUIREMENTS_FILE)
    written[-1].write_text(_requirements_text(), encoding="utf-8")
    for folder in (BRIEFS_DIR, SEEDS_DIR):
        (target / folder).mkdir(parents=True, exist_ok=True)
        keep = target / folder / ".gitkeep"  # git keeps no empty folders
        if not any((target / folder).iterdir()):
            keep.write_bytes(b"")
    written.append(write_schema(target))
    return written


def installed_from() -> str | None:
    """This briefgen as a line of a requirements file: where pip can install the very same one
    again. None when that cannot be told, as for a folder on this computer."""
    try:
        found = importlib.metadata.distribution("briefgen")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree, not installed
        return None
    return requirement_for(found.version, found.read_text("direct_url.json"))


def requirement_for(version: str, direct_url: str | None) -> str | None:
    """The requirement for briefgen ``version``, installed from where ``direct_url`` (the
    direct_url.json that pip writes for anything not installed from a package index) says."""
    if direct_url is None:
        return f"briefgen=={version}"  # from a package index
    try:
        origin = json.loads(direct_url)
    except ValueError:
        return None
    url = origin.get("url", "") if isinstance(origin, dict) else ""
    if not url.startswith(("https://", "http://")):
        return None  # a file or a folder of this computer: the workflow has neither
    fragment = [f"subdirectory={origin['subdirectory']}"] if origin.get("subdirectory") else []
    vcs = origin.get("vcs_info")
    if isinstance(vcs, dict):
        if not vcs.get("commit_id") or not vcs.get("vcs"):
            return None
        url = f"{vcs['vcs']}+{url}@{vcs['commit_id']}"  # the commit, not a branch that moves
    elif isinstance(origin.get("archive_info"), dict):
        digest = (origin["archive_info"].get("hashes") or {}).get("sha256")
        fragment = [f"sha256={digest}"] * bool(digest) + fragment
    else:
        return None
    return f"briefgen @ {url}" + ("#" + "&".join(fragment) if fragment else "")


def _requirements_text() -> str:
    """requirements.txt for the publishing workflow: this very briefgen, or a marked line to
    fill in saying how."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(STARTER)), autoescape=False,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    return env.get_template("requirements.txt.j2").render(
        requirement=installed_from(), version=__version__, placeholder=PIN_PLACEHOLDER)


def _brief_text(article: str, config: SiteConfig, language: str,
                speakers: Sequence[SuggestedSpeaker], statements: Sequence[SuggestedStatement],
                today: dt.date) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(STARTER)), autoescape=False,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["yaml_text"] = lambda text: json.dumps(text, ensure_ascii=False)
    return env.get_template("brief.yaml.j2").render(
        article=article, today=today.isoformat(), language=language,
        ratings=", ".join(r.id for r in config.ratings), speakers=speakers,
        statements=statements, placed=[s for s in statements if not s.left_out])


def suggest(text: str, language: str = "en"
            ) -> tuple[list[SuggestedSpeaker], list[SuggestedStatement]]:
    """Speakers and statements for a new brief, from the attribution detector reading the
    article in ``language``: a start that the editor checks, not a finished annotation. Every
    suggested quote occurs once in the text; a statement that cannot be suggested so comes as
    a note saying why, in its place."""
    folded = anchor.normalise(text)
    lex_language = reading_language(language)
    found = detect(text, language=lex_language)
    speakers = [SuggestedSpeaker(s.id, s.name, s.kind)
                for s in brief_speakers(found, lex_language)]
    statements: list[SuggestedStatement] = []
    for statement in found:
        name = speaker_name(statement, lex_language)
        if not name:  # "it is widely believed", a quotation credited to no one
            statements.append(SuggestedStatement("", _one_line(statement.sentence.text),
                                                 "no-speaker"))
            continue
        said_by = speaker_id(name, lex_language)
        pieces = [q.text for q in statement.quotes] if statement.mode != "indirect" else []
        for words in pieces or [statement.sentence.text]:
            once = len(anchor.find_all(folded, words)) == 1
            statements.append(SuggestedStatement(
                said_by, " ".join(words.split()) if once else _one_line(words),
                "" if once else "repeated"))
    return speakers, statements


def _one_line(text: str, limit: int = 70) -> str:
    """A passage on one line, shortened, for a note in the brief."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def new_brief(article: Path, root: Path, *, slug: str | None = None, force: bool = False,
              today: dt.date | None = None, language: str | None = None
              ) -> tuple[Path, Path | None]:
    """Write briefs/<slug>.yaml for ``article``, written in ``language`` (default: the
    site's); returns it and the article's copy in seeds/, if the article had to be copied
    into the project."""
    if language is not None:
        code = language_code(language)
        if code is None:
            raise ScaffoldError(f"{language!r} is not a language code; give one such as en, "
                                "uk or ru")
        language = code
    report = Report()
    text = read_text(article, report, limit=MAX_ARTICLE_BYTES, what="article")
    if text is None:
        problem = report.items[0]  # the command says "error:" once, before the message
        raise ScaffoldError(f"{problem.location()}: {problem.message}; {problem.hint}")
    if not text.strip():
        raise ScaffoldError(f"{display_path(article)}: the article is empty; paste its text "
                            "into the file first")
    slug = slug or slugify(article.stem)
    if not ID_PATTERN.fullmatch(slug):
        raise ScaffoldError(f"{slug!r} cannot be a page address; give --slug with lowercase "
                            "letters, digits and hyphens, e.g. --slug minister-denies-report")
    target = root / BRIEFS_DIR / f"{slug}.yaml"
    if target.exists() and not force:
        raise ScaffoldError(f"{display_path(target)} already exists; nothing was written. Give "
                            "another --slug, or add --force to replace it")
    copied = None
    inside = article.resolve()
    if not inside.is_relative_to(root.resolve()):
        inside = root / SEEDS_DIR / article.name
        if inside.exists() and inside.read_bytes() != article.read_bytes():
            raise ScaffoldError(f"{display_path(inside)} already exists with other text; "
                                "rename the article file and try again")
        inside.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(article, inside)
        copied = inside
    config, _ = load_config(root, Report())
    relative = Path(os.path.relpath(inside.resolve(), root.resolve())).as_posix()
    target.parent.mkdir(parents=True, exist_ok=True)
    language = language or config.language
    speakers, statements = suggest(text, language)
    target.write_text(_brief_text(relative, config, language, speakers, statements,
                                  today or dt.date.today()), encoding="utf-8")
    write_schema(root)
    return target, copied

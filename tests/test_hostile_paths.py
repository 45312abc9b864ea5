"""No path escapes: a brief cannot make briefgen read a file outside the project (``..``, an
absolute path, a link leading out), an id cannot become a path, and a build writes nothing
outside its output folder."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.check.project import load_project
from briefgen.commands.cli import app
from briefgen.incremental.engine import build
from briefgen.write.staging import MARKER, OutputError, write_site

from .hostile import DATA, fingerprint, is_artefact, make_project, tree

VALID = (DATA / "valid.yaml").read_text(encoding="utf-8")
SECRET = "City officials said on Monday that the secret is out.\n"


def symlink(link: Path, target: Path | str) -> None:
    try:
        link.symlink_to(target)
    except OSError:
        pytest.skip("this system cannot make symbolic links")


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A project at tmp_path/project, beside a file that holds a secret at tmp_path/secret.txt
    (it would pass as an article, so only its place can keep it out)."""
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "article.txt").write_text(SECRET, encoding="utf-8")
    return make_project(tmp_path / "project")


def article_problem(root: Path, name: str) -> tuple:
    (root / "briefs/brief.yaml").write_text(
        VALID.replace("  file: seeds/article.txt", f"  file: {name}"), encoding="utf-8")
    project, report = load_project(root)
    assert project.briefs == ()
    (problem,) = report.errors
    return (problem.mark.line, problem.mark.column), problem.message, problem.hint


@pytest.mark.parametrize("name", ["../secret.txt", "seeds/../../secret.txt", "./../secret.txt",
                                  "seeds/../../project/../secret.txt", "ABSOLUTE", "/etc/passwd",
                                  "/dev/zero", "/proc/self/environ"])
def test_an_article_file_outside_the_project_is_refused(outside: Path, name: str) -> None:
    name = str(outside.parent / "secret.txt") if name == "ABSOLUTE" else name
    started = time.perf_counter()
    mark, message, hint = article_problem(outside, name)
    assert time.perf_counter() - started < 2  # refused, not read
    assert mark == (6, 9)
    assert message == f"article.file: {name!r} is outside the project"
    assert hint.startswith("put the article inside the project")


@pytest.mark.parametrize("link, target, name", [
    ("seeds/link.txt", "../../secret.txt", "seeds/link.txt"),  # a file leading out
    ("seeds/linked", "../../secrets", "seeds/linked/article.txt"),  # a folder leading out
    ("seeds/abs.txt", "ABSOLUTE", "seeds/abs.txt"),  # an absolute link
    ("seeds/hop.txt", "link.txt", "seeds/hop.txt"),  # a link to a link that leads out
])
def test_an_article_reached_through_a_link_leading_out_is_refused(outside: Path, link: str,
                                                                 target: str, name: str) -> None:
    if link == "seeds/hop.txt":
        symlink(outside / "seeds/link.txt", "../../secret.txt")
    target = str(outside.parent / "secret.txt") if target == "ABSOLUTE" else target
    symlink(outside / link, target)
    mark, message, _ = article_problem(outside, name)
    assert mark == (6, 9)
    assert message == f"article.file: {name!r} is outside the project"


def test_a_link_that_stays_inside_the_project_is_fine(outside: Path) -> None:
    symlink(outside / "seeds/same.txt", "article.txt")
    (outside / "briefs/brief.yaml").write_text(
        VALID.replace("seeds/article.txt", "seeds/same.txt"), encoding="utf-8")
    project, report = load_project(outside)
    assert report.errors == []
    assert project.briefs[0].article.file == "seeds/same.txt"


PRIVATE = [".git/config", ".env", ".briefgen-cache/notes.txt", "seeds/.draft.txt",
           "seeds/.private/article.txt", "seeds/../.env", "./.env"]
ELSEWHERE = ["briefgen.yaml", "briefs/brief.yaml", "notes/article.txt",
             "seeds/../notes/article.txt"]
WHERE_ARTICLES_LIVE = ("articles are read only from seeds/ (the 'articles' setting of "
                       "briefgen.yaml can name other folders), never from hidden files or "
                       "folders: move the article there")


@pytest.mark.parametrize("name", PRIVATE + ELSEWHERE)
def test_an_article_is_read_only_from_where_articles_live(outside: Path, name: str) -> None:
    """A file inside the project is not an article because a brief names it: .git/config
    (a remote's credentials), .env, the cache, or any file outside seeds/ is refused."""
    for private in {*PRIVATE, *ELSEWHERE} - {"briefgen.yaml", "briefs/brief.yaml"}:
        (outside / private).parent.mkdir(parents=True, exist_ok=True)
        (outside / private).write_text(SECRET, encoding="utf-8")
    mark, message, hint = article_problem(outside, name)
    assert mark == (6, 9)
    assert message == f"article.file: {name!r} " + (
        "is hidden, or in a hidden folder" if name in PRIVATE else "is not in seeds/")
    assert hint == WHERE_ARTICLES_LIVE


@pytest.mark.parametrize("target", ["../.env", "../notes/article.txt", "../.git/config"])
def test_an_article_reached_through_a_link_leaving_the_article_folders_is_refused(
        outside: Path, target: str) -> None:
    for private in (".env", "notes/article.txt", ".git/config"):
        (outside / private).parent.mkdir(parents=True, exist_ok=True)
        (outside / private).write_text(SECRET, encoding="utf-8")
    symlink(outside / "seeds/linked.txt", target)
    mark, message, hint = article_problem(outside, "seeds/linked.txt")
    assert mark == (6, 9)
    assert message == "article.file: 'seeds/linked.txt' is a link to a file outside seeds/"
    assert hint == WHERE_ARTICLES_LIVE


def test_the_settings_may_name_other_article_folders(outside: Path) -> None:
    (outside / "briefgen.yaml").write_text("articles: [reports, seeds/2025]\n", encoding="utf-8")
    for folder in ("reports", "seeds/2025"):
        (outside / folder).mkdir()
        (outside / folder / "article.txt").write_text(SECRET, encoding="utf-8")
        (outside / "briefs/brief.yaml").write_text(
            VALID.replace("seeds/article.txt", f"{folder}/article.txt"), encoding="utf-8")
        project, report = load_project(outside)
        assert report.errors == [] and project.briefs[0].article.text == SECRET
    _, message, hint = article_problem(outside, "seeds/article.txt")
    assert message == "article.file: 'seeds/article.txt' is not in reports/ or seeds/2025/"
    assert hint.startswith("articles are read only from reports/ or seeds/2025/ (the ")


@pytest.mark.parametrize("folder", [".", "..", "../elsewhere", "/etc", ".git", "seeds/.hidden",
                                    "seeds/../.."])
def test_the_article_folders_are_inside_the_project_and_not_hidden(outside: Path,
                                                                   folder: str) -> None:
    (outside / "briefgen.yaml").write_text(f"articles: [seeds, {json.dumps(folder)}]\n",
                                           encoding="utf-8")
    _, report = load_project(outside)
    (problem,) = report.errors
    assert (problem.path, problem.mark.line, problem.mark.column) == (
        outside / "briefgen.yaml", 1, 11)
    assert problem.message == f"articles: {folder!r} cannot hold articles"
    assert problem.hint == ("name a folder inside the project that is not hidden, e.g. seeds; "
                            "not the project folder itself")


def test_an_article_that_is_a_pipe_is_refused_not_waited_for(outside: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes")
    os.mkfifo(outside / "seeds/pipe.txt")
    started = time.perf_counter()
    mark, message, hint = article_problem(outside, "seeds/pipe.txt")
    assert time.perf_counter() - started < 2
    assert mark == (6, 9)
    assert message == ("article.file: 'seeds/pipe.txt': the article file is not a regular file "
                       "(it is a pipe or a device)")
    assert hint == "name a plain text file"


def test_a_brief_that_is_a_link_leading_out_is_refused(outside: Path) -> None:
    """A link committed to briefs/ must not publish a file from elsewhere on the machine."""
    (outside.parent / "elsewhere.yaml").write_text(VALID, encoding="utf-8")
    symlink(outside / "briefs/elsewhere.yaml", "../../elsewhere.yaml")
    project, report = load_project(outside)
    assert [b.slug for b in project.briefs] == ["brief"]
    (problem,) = report.errors
    assert problem.path == outside / "briefs/elsewhere.yaml"
    assert problem.message == "the brief is a link to a file outside the project"
    assert problem.hint == "copy the file into briefs/ instead of linking to it"
    assert not build(outside).ok


def test_a_brief_linked_from_inside_the_project_is_fine(outside: Path) -> None:
    (outside / "drafts").mkdir()
    (outside / "drafts/kept.yaml").write_text(VALID + "slug: kept\n", encoding="utf-8")
    symlink(outside / "briefs/kept.yaml", "../drafts/kept.yaml")
    project, report = load_project(outside)
    assert report.errors == []
    assert sorted(b.slug for b in project.briefs) == ["brief", "kept"]


@pytest.mark.parametrize("name", ["../secret.md", "/etc/passwd", "pages/../../secret.md"])
def test_a_page_outside_the_project_is_refused(outside: Path, name: str) -> None:
    (outside.parent / "secret.md").write_text("# Secret\n\nThe secret.\n", encoding="utf-8")
    (outside / "briefgen.yaml").write_text(f"pages: [{name!r}]\n", encoding="utf-8")
    _, report = load_project(outside)
    assert [d.message for d in report.errors] == [f"pages: {name!r} is outside the project"]


@pytest.mark.parametrize("slug", ["..", "../escape", "/etc", "a/b", "a\\b", "%2e%2e", "~root",
                                  ".hidden", "a..b", "-x", "x-", "CON"])
def test_a_slug_is_never_a_path(outside: Path, slug: str) -> None:
    (outside / "briefs/brief.yaml").write_text(VALID + f"slug: {json.dumps(slug)}\n",
                                               encoding="utf-8")
    project, report = load_project(outside)
    assert project.briefs == ()
    assert [d.message for d in report.errors] == [f"slug: {slug!r} is not a valid id"]


@pytest.mark.parametrize("name", ["..", ".hidden", "a b", "a%2fb"])
def test_a_brief_file_name_is_never_a_path(outside: Path, name: str) -> None:
    (outside / "briefs/brief.yaml").rename(outside / f"briefs/{name}.yaml")
    project, report = load_project(outside)
    assert project.briefs == ()
    if name.startswith("."):
        assert report.errors == []  # hidden files are not briefs at all
    else:
        assert report.errors[0].message == (
            f"the file name '{name}.yaml' is not a valid page address")


# --- Nothing is written outside the output folder ------------------------------------------


def test_a_build_changes_nothing_but_its_output_folder(outside: Path, tmp_path: Path) -> None:
    make_project(outside, "bom-crlf.yaml", name="windows", seeds=("bom-crlf-article.txt",))
    before = fingerprint(tmp_path)
    for out in (None, tmp_path / "elsewhere" / "site"):
        result = build(outside, out)
        assert result.ok, [d.format() for d in result.report.items]
    assert fingerprint(tmp_path) == before | {"elsewhere/": "folder"}
    known = {Path(name) for name in before} | {Path("elsewhere")}
    built = [p.relative_to(tmp_path) for p in tmp_path.rglob("*")]
    assert all(is_artefact(p) for p in built if p not in known)
    assert (outside / "site/index.html").is_file()
    assert (tmp_path / "elsewhere/site/index.html").is_file()


def test_an_output_folder_that_is_a_link_is_never_written_through(outside: Path,
                                                                  tmp_path: Path) -> None:
    """site/ linked to a folder elsewhere: neither the first build nor any later one writes
    into that folder, or replaces the link; the editor is told to build into the folder."""
    target = tmp_path / "linked-site"
    target.mkdir()
    symlink(outside / "site", target)
    for _ in range(2):
        result = build(outside)
        assert not result.ok
        (problem,) = result.report.errors
        assert problem.message.startswith(f"{outside / 'site'} is a link to {target}")
        assert "never writes through a link" in problem.message
        assert (outside / "site").is_symlink() and tree(target) == {}
        assert not (outside / ".site.prev").exists()
    assert build(outside, target).ok  # the folder itself is a fine output folder
    assert (target / "index.html").is_file() and (outside / "site").is_symlink()


def test_a_dangling_output_link_is_named_for_what_it_is(outside: Path, tmp_path: Path) -> None:
    symlink(outside / "site", tmp_path / "gone")
    result = build(outside)
    (problem,) = result.report.errors
    assert problem.message.startswith(f"{outside / 'site'} is a link to {tmp_path / 'gone'}, "
                                      "which does not exist")
    assert "disk space" not in problem.message + problem.hint
    assert (outside / "site").is_symlink() and not (tmp_path / "gone").exists()


def test_the_previous_site_is_always_a_real_folder_briefgen_made(outside: Path,
                                                                tmp_path: Path) -> None:
    """A link put in the back buffer's place, to a copy of it elsewhere (marker and all), is
    neither written through nor swapped in as the site."""
    assert build(outside).ok
    edit = outside / "briefs/brief.yaml"
    edit.write_text(edit.read_text(encoding="utf-8").replace("title: ", "title: New "),
                    encoding="utf-8")
    assert build(outside, tmp_path / "cold", use_cache=False).ok
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(outside / ".site.prev", elsewhere)
    before = tree(elsewhere)
    shutil.rmtree(outside / ".site.prev")
    symlink(outside / ".site.prev", elsewhere)
    assert build(outside).ok
    assert tree(elsewhere) == before
    for folder in ("site", ".site.prev"):
        assert not (outside / folder).is_symlink() and (outside / folder).is_dir()
    assert tree(outside / "site") == tree(tmp_path / "cold")


def test_a_file_in_the_previous_sites_place_is_replaced(outside: Path, tmp_path: Path) -> None:
    (outside / ".site.prev").write_text("not a site", encoding="utf-8")
    for title in ("First", "Second"):
        (outside / "briefs/brief.yaml").write_text(VALID.replace("title: ", f"title: {title} "),
                                                   encoding="utf-8")
        result = build(outside)
        assert result.ok, [d.format() for d in result.report.items]
    assert build(outside, tmp_path / "cold", use_cache=False).ok
    assert tree(outside / "site") == tree(tmp_path / "cold")
    assert (outside / ".site.prev").is_dir()


def test_a_link_in_place_of_a_folder_of_the_previous_site_is_never_written_through(
        outside: Path, tmp_path: Path) -> None:
    """The back buffer is built in again on the next build: a link that has taken the place
    of one of its folders stops that build, and the next one writes the site afresh."""
    brief = outside / "briefs/brief.yaml"
    for title in ("First", "Second"):  # now the back buffer is a site the cache knows
        brief.write_text(VALID.replace("title: ", f"title: {title} "), encoding="utf-8")
        assert build(outside).ok
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(outside / ".site.prev/briefs/brief", elsewhere)
    before = tree(elsewhere)
    shutil.rmtree(outside / ".site.prev/briefs/brief")
    symlink(outside / ".site.prev/briefs/brief", elsewhere)
    brief.write_text(VALID.replace("title: ", "title: Third "), encoding="utf-8")
    result = build(outside)
    assert not result.ok
    assert "is a link; briefgen never writes through a link" in result.report.errors[0].message
    assert tree(elsewhere) == before
    assert build(outside).ok
    assert build(outside, tmp_path / "cold", use_cache=False).ok
    assert tree(outside / "site") == tree(tmp_path / "cold") and tree(elsewhere) == before


@pytest.mark.parametrize("marker", ["empty", "copied"])
def test_a_folder_with_a_planted_marker_among_other_files_is_never_replaced(
        outside: Path, tmp_path: Path, marker: str) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.txt").write_text("years of work", encoding="utf-8")
    (mine / "drafts").mkdir()
    (mine / "drafts/chapter.txt").write_text("more work", encoding="utf-8")
    if marker == "copied":  # the marker of a real site, copied in
        assert build(outside).ok
        shutil.copy(outside / "site" / MARKER, mine / MARKER)
    else:
        (mine / MARKER).touch()
    before = tree(mine)
    for _ in range(2):
        result = build(outside, mine)
        assert not result.ok
        (problem,) = result.report.errors
        assert "did not write (drafts, thesis.txt)" in problem.message
        assert tree(mine) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".mine")] == []


def test_a_site_copied_elsewhere_is_still_one_briefgen_may_replace(outside: Path,
                                                                  tmp_path: Path) -> None:
    """A site restored from a backup, or checked out of a repository, is recognised by what
    it holds, not by where it was made."""
    assert build(outside).ok
    shutil.copytree(outside / "site", tmp_path / "copy")
    assert build(outside, tmp_path / "copy").ok
    assert tree(tmp_path / "copy") == tree(outside / "site")


@pytest.mark.parametrize("out", [".", "briefs", "seeds", "seeds/article.txt", ".."])
def test_the_output_cannot_be_the_editors_own_folders(outside: Path, out: str) -> None:
    before = fingerprint(outside.parent)
    result = build(outside, outside / out)
    assert not result.ok
    message = result.report.errors[0].message
    assert "did not write" in message or "is a file, not a folder" in message
    assert fingerprint(outside.parent) == before


@pytest.mark.parametrize("out, told", [
    ("README.md/x", "README.md is a file, not a folder"),
    ("README.md", "README.md is a file, not a folder"),
    ("/proc/x", "cannot write the site in /proc/x"),
    ("a" * 300, "the output folder's name is too long (300 characters)"),
    ("b" * 250, "the output folder's name is too long (250 characters)"),
    ("deep/" + "c" * 300 + "/site", "a folder name in the output path is too long (300 "),
])
def test_no_output_folder_gives_a_traceback(outside: Path, runner: CliRunner, out: str,
                                            told: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever is given as the output folder, the editor gets a plain error, and nothing in
    the project changes."""
    if out.startswith("/proc") and not Path("/proc/self").is_dir():
        pytest.skip("this system has no /proc")
    (outside / "README.md").write_text("# The desk\n", encoding="utf-8")
    monkeypatch.chdir(outside)
    before = fingerprint(outside)
    result = runner.invoke(app, ["build", "-p", str(outside), "-o", out])
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    (line,) = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert told in line
    assert fingerprint(outside) == before


@pytest.mark.parametrize("name", ["../escape.html", "/etc/evil", "a/../../b", "briefs/../../b",
                                  "", ".", "./../b"])
def test_the_writer_refuses_any_name_that_leaves_the_site(tmp_path: Path, name: str) -> None:
    with pytest.raises(OutputError):
        write_site({"index.html": b"ok", name: b"x"}, tmp_path / "site")
    assert list(tmp_path.iterdir()) == []  # no site, no staging


def test_an_asset_linked_from_outside_the_project_is_not_published(outside: Path) -> None:
    (outside / "templates/assets").mkdir(parents=True)
    symlink(outside / "templates/assets/leak.txt", outside.parent / "secret.txt")
    build(outside)
    assert not (outside / "site/assets/leak.txt").exists()

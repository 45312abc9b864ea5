"""No path escapes: a brief cannot make briefgen read a file outside the project (``..``, an
absolute path, a link leading out), an id cannot become a path, and a build writes nothing
outside its output folder."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from briefgen.check.project import load_project
from briefgen.incremental.engine import build
from briefgen.write.staging import OutputError, write_site

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


def test_an_output_folder_that_is_a_link_is_replaced_not_written_through(outside: Path,
                                                                         tmp_path: Path) -> None:
    target = tmp_path / "linked-site"
    target.mkdir()
    (target / "keep.txt").write_text("someone's file", encoding="utf-8")
    symlink(outside / "site", target)
    result = build(outside)
    assert not result.ok  # the folder behind the link holds files briefgen did not write
    assert "did not write" in result.report.errors[0].message
    assert tree(target) == {"keep.txt": b"someone's file"}
    (target / "keep.txt").unlink()  # empty now: the link is replaced by the site itself
    assert build(outside).ok
    assert not (outside / "site").is_symlink() and (outside / "site/index.html").is_file()
    assert tree(target) == {}


@pytest.mark.parametrize("out", [".", "briefs", "seeds", "seeds/article.txt", ".."])
def test_the_output_cannot_be_the_editors_own_folders(outside: Path, out: str) -> None:
    before = fingerprint(outside.parent)
    result = build(outside, outside / out)
    assert not result.ok
    message = result.report.errors[0].message
    assert "did not write" in message or "is a file, not a folder" in message
    assert fingerprint(outside.parent) == before


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

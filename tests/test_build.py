"""The whole pipeline through `build`: deterministic, and all or nothing."""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from briefgen.incremental.engine import build
from briefgen.load.paths import default_templates

from .briefs import tree
from .conftest import EXAMPLE_BRIEF


def test_same_input_gives_byte_identical_output(example: Path, tmp_path: Path) -> None:
    assert build(example).ok
    first = tree(example / "site")
    assert build(example).ok
    assert tree(example / "site") == first
    # and from another folder, so nothing depends on where the project lives
    moved = tmp_path / "elsewhere"
    shutil.copytree(example, moved)
    shutil.rmtree(moved / "site")
    assert build(moved).ok
    assert tree(moved / "site") == first


def test_errors_write_nothing_and_keep_the_previous_site(example: Path) -> None:
    assert build(example).ok
    before = tree(example / "site")
    brief = example / EXAMPLE_BRIEF
    brief.write_text(brief.read_text(encoding="utf-8").replace("kind: person", "kind: persn"),
                     encoding="utf-8")
    result = build(example)
    assert not result.ok
    assert result.pages == 0
    assert tree(example / "site") == before
    # nothing half-built is left; only the back buffer the first build made stays
    assert [p.name for p in example.iterdir() if p.name.startswith(".site")] == [".site.prev"]


def test_a_first_failed_build_creates_no_site(example: Path) -> None:
    (example / "briefs" / "empty.yaml").write_text("", encoding="utf-8")
    result = build(example)
    assert [d.message for d in result.report.errors] == ["the brief is empty"]
    assert not (example / "site").exists()


def test_builds_with_no_config_and_no_briefs(tmp_path: Path) -> None:
    result = build(tmp_path)
    assert result.ok
    assert (tmp_path / "site" / "index.html").is_file()
    assert "No briefs are published yet." in (tmp_path / "site/index.html").read_text()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_incremental_builds_equal_a_cold_build(example: Path, tmp_path: Path) -> None:
    """A series of edits, each built incrementally, ends with the same bytes as a cold build
    of the final state, whatever the cache, the live site and the back buffer held."""
    brief = example / EXAMPLE_BRIEF
    second = example / "briefs" / "second.yaml"

    def cold() -> dict[str, bytes]:
        fresh = tmp_path / f"cold-{len(list(tmp_path.iterdir()))}"
        shutil.copytree(example, fresh, ignore=shutil.ignore_patterns(
            "site", ".site.*", ".briefgen-cache"))
        assert build(fresh, use_cache=False).ok
        return tree(fresh / "site")

    steps = [
        lambda: None,
        lambda: edit(brief, "title: Is Russia", "title: Is Moscow"),  # a brief's title
        lambda: second.write_text(brief.read_text(encoding="utf-8").replace(
            "date: 2026-11-25", "date: 2025-03-01").replace(
            "  - Military recruitment", "  - Archive"), encoding="utf-8"),  # a new brief
        lambda: edit(example / "seeds/000_9b0e8714acc4a154.txt", "Analysts note",
                     "Analysts note"),  # an article touched but unchanged
        lambda: edit(example / "briefgen.yaml", "title: briefgen example desk",
                     "title: Example desk"),  # the settings
        lambda: (example / "templates").mkdir() or (example / "templates" / "404.html")
        .write_text('{% extends "base.html" %}{% block main %}<h1>Gone</h1>{% endblock %}'),
        lambda: edit(second, "rating: unproven", 'rating: "false"'),  # a rating
        lambda: second.unlink(),  # a brief removed
        lambda: edit(brief, "tags:\n", "draft: true\ntags:\n"),  # a brief made a draft
    ]
    for number, step in enumerate(steps):
        step()
        result = build(example)
        assert result.ok, [d.format() for d in result.report.items]
        assert tree(example / "site") == cold(), f"after step {number}"


def test_the_check_that_nothing_changed_sees_new_pages_templates_and_options(
        example: Path) -> None:
    """A build tells that nothing changed without reading the settings: a page that only the
    pages folder's listing shows, a template added, or drafts asked for must still be built."""
    settings = example / "briefgen.yaml"
    listed = re.compile(r"^pages:\n(  - .*\n)+", re.MULTILINE)
    assert listed.search(settings.read_text(encoding="utf-8"))
    settings.write_text(listed.sub("", settings.read_text(encoding="utf-8")),
                        encoding="utf-8")  # so the site has every pages/*.md
    assert build(example).ok and build(example).up_to_date
    (example / "pages" / "contact.md").write_text("# Contact us\n\nWrite to the desk.\n",
                                                   encoding="utf-8")
    added = build(example)
    assert added.ok and not added.up_to_date
    assert "Contact us" in (example / "site" / "contact" / "index.html").read_text("utf-8")
    assert build(example).up_to_date
    (example / "templates").mkdir()
    (example / "templates" / "404.html").write_text(
        '{% extends "base.html" %}{% block main %}<h1>Gone away</h1>{% endblock %}')
    templated = build(example)
    assert templated.ok and not templated.up_to_date
    assert "Gone away" in (example / "site" / "404.html").read_text("utf-8")
    edit(example / EXAMPLE_BRIEF, "tags:\n", "draft: true\ntags:\n")
    assert build(example).ok and build(example).up_to_date
    with_drafts = build(example, drafts=True)
    shown = example / "site" / "briefs" / "russia-china-recruits" / "index.html"
    assert with_drafts.ok and not with_drafts.up_to_date and shown.is_file()
    assert build(example, drafts=True).up_to_date
    assert not build(example).up_to_date and not shown.exists()  # and back without them


def test_only_what_changed_is_rendered_again(example: Path) -> None:
    first = build(example)
    assert first.ok and len(first.rendered) == len(tree(example / "site")) - 1  # not the marker
    again = build(example)
    assert again.up_to_date and again.rendered == ()
    edit(example / EXAMPLE_BRIEF, "Peskov says there is no truth", "Peskov says there's no truth")
    third = build(example)
    # the response's summary is part of the brief's card: the brief's page and data, and
    # every page that lists the brief, but no index of counts, no other page, no asset
    assert {"briefs/russia-china-recruits/index.html", "briefs.json", "index.html",
            "speakers/dmitry-peskov/index.html", "search/briefs.js", "feeds/briefs.xml",
            "tags/russia/index.html", "archive/2026/11/index.html"} <= set(third.rendered)
    untouched = {"tags/index.html", "speakers/index.html", "archive/index.html",
                 "ratings/index.html", "ratings/false/index.html", "about/index.html",
                 "404.html", "sitemap.xml", "assets/style.css"}
    assert untouched <= set(tree(example / "site")) and not untouched & set(third.rendered)
    edit(example / EXAMPLE_BRIEF, "**What is claimed.**", "**What is claimed?**")
    fourth = build(example)
    # the analysis shows on the brief's own page; its readability figures in briefs.json and
    # in the desk's figures, which are counted from briefs.json
    assert set(fourth.rendered) == {"briefs/russia-china-recruits/index.html", "briefs.json",
                                    "figures/index.html"}


def test_worker_count_and_start_method_do_not_change_the_output(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bench.corpus import main as make_corpus

    make_corpus([str(tmp_path / "corpus"), "--briefs", "60", "--seed", "3"])
    serial = tmp_path / "serial"
    collector = gc.get_freeze_count(), gc.isenabled(), gc.get_threshold()
    assert build(tmp_path / "corpus", serial, workers=1, use_cache=False).ok
    # Workers never inherit the building process: a fresh interpreter each (as on Windows),
    # or forked from a fork server that imported briefgen alone (Linux and macOS).
    for method in ("spawn", "forkserver"):
        parallel = tmp_path / method
        assert build(tmp_path / "corpus", parallel, workers=2, use_cache=False,
                     start_method=method).ok
        assert tree(serial) == tree(parallel)
        # and the building process is left as it was: no worker behind, no frozen memory,
        # the garbage collector's settings untouched
        assert not multiprocessing.active_children()
        assert (gc.get_freeze_count(), gc.isenabled(), gc.get_threshold()) == collector
    # a site too large to share its listings out: the workers do the briefs only
    monkeypatch.setattr("briefgen.incremental.outputs.SHARED_LISTINGS_UP_TO", 10)
    alone = tmp_path / "alone"
    assert build(tmp_path / "corpus", alone, workers=2, use_cache=False).ok
    assert tree(serial) == tree(alone)


def test_a_corrupt_cache_is_rebuilt_not_trusted(example: Path) -> None:
    assert build(example).ok
    before = tree(example / "site")
    cache_file = example / ".briefgen-cache" / "cache.sqlite"
    data = bytearray(cache_file.read_bytes())
    for i in range(100, len(data), 97):
        data[i] ^= 0xFF
    cache_file.write_bytes(bytes(data))
    for name in ("cache.sqlite-wal", "cache.sqlite-shm"):
        (example / ".briefgen-cache" / name).unlink(missing_ok=True)
    edit(example / EXAMPLE_BRIEF, "title: Is Russia", "title: Is Moscow")
    result = build(example)
    assert result.ok
    after = tree(example / "site")
    assert after != before
    assert b"Is Moscow recruiting" in after["briefs/russia-china-recruits/index.html"]


def test_a_cache_damaged_deep_inside_is_noticed_and_started_again(example: Path) -> None:
    assert build(example).ok
    cold = tree(example / "site")
    folder = example / ".briefgen-cache"
    db = sqlite3.connect(folder / "cache.sqlite")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray((folder / "cache.sqlite").read_bytes())
    page = 4096
    for start in range(len(data) // 2 // page * page, len(data), page):  # the later pages
        data[start + 8:start + 200] = bytes(192)
    (folder / "cache.sqlite").write_bytes(bytes(data))
    edit(example / EXAMPLE_BRIEF, "title: Is Russia", "title: Is Moscow")
    result = build(example)
    assert result.ok
    page = tree(example / "site")["briefs/russia-china-recruits/index.html"]
    assert b"Is Moscow recruiting" in page
    edit(example / EXAMPLE_BRIEF, "title: Is Moscow", "title: Is Russia")
    assert build(example).ok and tree(example / "site") == cold
    assert build(example).up_to_date  # the cache works again


def test_pages_are_made_again_when_the_cache_lost_what_they_show(tmp_path: Path) -> None:
    """Cards, data and search entries and analyses gone from the cache (the units left): the
    listings, briefs.json and the search data are made from the brief files instead."""
    from bench.corpus import edit_brief, generate

    root = tmp_path / "desk"
    generate(root, 30, 5)
    assert build(root, workers=1).ok
    db = sqlite3.connect(root / ".briefgen-cache" / "cache.sqlite")
    with db:
        db.execute("DELETE FROM blobs WHERE key NOT LIKE 'unit:%' AND key NOT LIKE 'state:%'")
    db.close()
    edit_brief(sorted((root / "briefs").glob("*.yaml"))[3])
    assert build(root, workers=1).ok
    incremental = tree(root / "site")
    assert build(root, tmp_path / "cold", workers=1, use_cache=False).ok
    assert incremental == tree(tmp_path / "cold")


@pytest.mark.parametrize("damage", ["truncated", "grown", "missing"])
def test_data_files_are_right_whatever_became_of_the_last_ones(tmp_path: Path,
                                                                 damage: str) -> None:
    """An edit takes the unchanged entries of briefs.json and the search data from the files
    the last build wrote; a file since cut short, grown or deleted is not used."""
    from bench.corpus import edit_brief, generate

    root = tmp_path / "desk"
    generate(root, 30, 5)
    briefs = sorted((root / "briefs").glob("*.yaml"))
    assert build(root, workers=1).ok
    edit_brief(briefs[3])
    assert build(root, workers=1).ok  # now both the live site and the back buffer have them
    for name in ("briefs.json", "search/briefs.js"):
        for folder in (root / "site", root / ".site.prev"):
            data = folder / name
            if damage == "missing":
                data.unlink()
            else:
                kept = data.read_bytes()
                data.unlink()  # the live site shares its files with the back buffer
                data.write_bytes(kept[:-200] if damage == "truncated" else kept + b"\n" * 9)
    edit_brief(briefs[7])
    assert build(root, workers=1).ok
    assert build(root, tmp_path / "cold", workers=1, use_cache=False).ok
    assert tree(root / "site") == tree(tmp_path / "cold")


def test_the_desk_figures_are_right_when_the_cache_lost_a_brief_s_row(tmp_path: Path) -> None:
    """The desk's figures are the last build's tally, less the changed briefs' old rows, plus
    their new ones: with an old row lost, every brief is counted again instead."""
    from bench.corpus import add_brief, edit_brief, generate

    root = tmp_path / "desk"
    generate(root, 30, 5)
    assert build(root, workers=1).ok
    db = sqlite3.connect(root / ".briefgen-cache" / "cache.sqlite")
    with db:
        assert db.execute("DELETE FROM blobs WHERE key LIKE '%/desk'").rowcount > 0
    db.close()
    briefs = sorted((root / "briefs").glob("*.yaml"))
    edit_brief(briefs[3])
    briefs[5].unlink()
    assert build(root, workers=1).ok
    add_brief(root, 30, 5)  # and on from a tally counted afresh
    assert build(root, workers=1).ok
    assert build(root, tmp_path / "cold", workers=1, use_cache=False).ok
    assert tree(root / "site") == tree(tmp_path / "cold")


def test_data_files_are_spliced_alike_where_the_system_cannot_copy_ranges(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unchanged entries of the data files are copied as ranges of the last build's file by
    the system where it can (Linux); elsewhere they are read and written."""
    from bench.corpus import add_brief, edit_brief, generate

    monkeypatch.delattr(os, "copy_file_range", raising=False)
    root = tmp_path / "desk"
    generate(root, 30, 5)
    briefs = sorted((root / "briefs").glob("*.yaml"))
    assert build(root, workers=1).ok
    for step in (lambda: edit_brief(briefs[3]), lambda: add_brief(root, 30, 5),
                 lambda: briefs[9].unlink()):
        step()
        assert build(root, workers=1).ok
        assert build(root, tmp_path / "cold", workers=1, use_cache=False).ok
        assert tree(root / "site") == tree(tmp_path / "cold")


def test_two_copies_of_a_brief_are_two_briefs_everywhere(example: Path) -> None:
    """An editor copies a brief to start the next: until it is edited, the two files hold
    the same bytes, but not the same place, slug or address."""
    import json

    brief = example / EXAMPLE_BRIEF
    shutil.copy(brief, brief.with_name("the-copy.yaml"))
    assert build(example).ok
    data = json.loads((example / "site/briefs.json").read_text(encoding="utf-8"))
    assert sorted(b["slug"] for b in data["briefs"]) == ["russia-china-recruits", "the-copy"]
    search = (example / "site/search/briefs.js").read_text(encoding="utf-8")
    assert "briefs/the-copy/index.html" in search
    assert "briefs/russia-china-recruits/index.html" in search


def test_a_cache_made_by_other_code_is_not_trusted(example: Path, tmp_path: Path) -> None:
    """Another briefgen (here: this one with a comment added) starts from nothing, even with
    the same version number: its analysis may differ."""
    import subprocess
    import sys

    import briefgen

    other = tmp_path / "other"  # a checkout of it: the package and the default templates
    package = Path(briefgen.__file__).parent
    shutil.copytree(package, other / "briefgen", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(default_templates(), other / "templates")

    def build_with_other() -> str:
        done = subprocess.run([sys.executable, "-m", "briefgen", "build", "-p", str(example)],
                              capture_output=True, text=True, cwd=tmp_path, check=False,
                              env={**os.environ, "PYTHONPATH": str(other)})
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    assert "Built" in build_with_other()
    assert "Nothing changed" in build_with_other()
    module = other / "briefgen" / "analyse" / "detect" / "__init__.py"
    module.write_text(module.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert "Built" in build_with_other()
    assert "Nothing changed" in build_with_other()
    lexicon = other / "briefgen" / "analyse" / "detect" / "lexicon" / "en.toml"  # data too
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert "Built" in build_with_other()


def test_a_cache_that_cannot_be_used_is_said_once_and_the_build_goes_on(example: Path,
                                                                        tmp_path: Path) -> None:
    (example / ".briefgen-cache").write_text("not a folder", encoding="utf-8")
    result = build(example)
    assert result.ok
    (warning,) = [d for d in result.report.warnings if "cache" in d.message]
    assert warning.path == example / ".briefgen-cache"
    assert "analyses every brief again" in warning.message
    assert build(example, tmp_path / "cold", use_cache=False).ok
    assert tree(example / "site") == tree(tmp_path / "cold")


def test_a_fresh_checkout_with_the_cache_and_site_restored_builds_only_what_changed(
        example: Path, tmp_path: Path) -> None:
    # As the publishing workflow runs: the build's cache, site/ and the previous site are
    # restored into a fresh checkout, where every file's time is new.
    assert build(example).ok
    kept = tmp_path / "kept"
    kept.mkdir()
    for name in (".briefgen-cache", "site", ".site.prev"):
        shutil.move(example / name, kept / name)
    checkout = tmp_path / "checkout"
    shutil.copytree(example, checkout, copy_function=shutil.copy)  # new times
    shutil.rmtree(example)
    checkout.rename(example)
    for name in (".briefgen-cache", "site", ".site.prev"):
        shutil.move(kept / name, example / name)
    assert build(example).rendered == ()  # the same files: nothing to render again
    brief = example / EXAMPLE_BRIEF
    brief.write_text(brief.read_text(encoding="utf-8").replace(
        "**What is claimed.**", "**What is claimed?**"), encoding="utf-8")
    assert set(build(example).rendered) == {"briefs/russia-china-recruits/index.html",
                                            "briefs.json", "figures/index.html"}


def test_a_build_kept_in_memory_gives_what_one_read_from_the_cache_gives(
        example: Path, tmp_path: Path) -> None:
    # serve keeps what each build left in memory for the next; the sites must be the same as
    # builds that read it back from the cache, through edits and a build by another process.
    from briefgen.incremental.state import Memory

    memory = Memory()
    twin = tmp_path / "twin"
    shutil.copytree(example, twin)
    brief = EXAMPLE_BRIEF
    for number in range(3):
        for root in (example, twin):
            path = root / brief
            path.write_text(path.read_text(encoding="utf-8").replace(
                "title: ", f"title: ({number}) ", 1), encoding="utf-8")
        assert build(example, memory=memory).ok
        assert build(twin).ok
        assert tree(example / "site") == tree(twin / "site")
    assert build(example).ok  # another build, without the memory, changes nothing
    assert build(example, memory=memory).up_to_date

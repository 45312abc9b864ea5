"""`briefgen init` and `briefgen new`, as a new user runs them."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from briefgen.check.project import load_project
from briefgen.commands.cli import app

from .conftest import REPO, SEED


def test_init_makes_a_site_that_builds_at_once(runner: CliRunner, tmp_path: Path) -> None:
    site = tmp_path / "desk"
    result = runner.invoke(app, ["init", str(site)])
    assert result.exit_code == 0, result.output
    for name in ("briefgen.yaml", ".gitignore", "requirements.txt", "brief.schema.json",
                 ".github/workflows/pages.yml", "pages/about.md", "pages/methodology.md",
                 "pages/corrections-policy.md"):
        assert (site / name).is_file(), name
    assert (site / "briefs").is_dir() and (site / "seeds").is_dir()
    workflow = yaml.safe_load((site / ".github/workflows/pages.yml").read_text())
    assert "deploy" in workflow["jobs"]
    steps = " ".join(str(step) for step in workflow["jobs"]["build"]["steps"])
    assert "briefgen build" in steps and "upload-pages-artifact" in steps

    built = runner.invoke(app, ["build", "-p", str(site)])
    assert built.exit_code == 0, built.output
    assert "Built 0 briefs, " in built.stdout
    footer = (site / "site/index.html").read_text(encoding="utf-8")
    for title in ("About us", "How we work", "Corrections policy"):
        assert title in footer
    assert (site / "site/methodology/index.html").is_file()


def test_init_config_lists_every_option_and_parses(tmp_path: Path, runner: CliRunner) -> None:
    runner.invoke(app, ["init", str(tmp_path / "s")])
    text = (tmp_path / "s" / "briefgen.yaml").read_text(encoding="utf-8")
    for option in ("title:", "description:", "base_url:", "language:", "publisher:", "page_size:",
                   "ratings:", "pages:"):
        assert option in text, option
    project, report = load_project(tmp_path / "s")
    assert not report.items
    assert [r.id for r in project.config.ratings] == [
        "true", "mostly-true", "mixed", "mostly-false", "false", "unproven"]


def test_init_never_overwrites_without_force(runner: CliRunner, tmp_path: Path) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    (site / "briefgen.yaml").write_text("title: Mine\n", encoding="utf-8")
    again = runner.invoke(app, ["init", str(site)])
    assert again.exit_code == 1
    assert "already has" in again.stderr and "--force" in again.stderr
    assert (site / "briefgen.yaml").read_text(encoding="utf-8") == "title: Mine\n"
    forced = runner.invoke(app, ["init", str(site), "--force"])
    assert forced.exit_code == 0
    assert "title: Our fact-checks" in (site / "briefgen.yaml").read_text(encoding="utf-8")


def test_new_writes_a_brief_that_check_walks_through(runner: CliRunner, tmp_path: Path,
                                                     monkeypatch) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    (site / "seeds" / "peskov.txt").write_bytes((REPO / SEED).read_bytes())
    monkeypatch.chdir(site)
    result = runner.invoke(app, ["new", "seeds/peskov.txt"])
    assert result.exit_code == 0, result.output
    brief = site / "briefs" / "peskov.yaml"
    text = brief.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../brief.schema.json\n")
    assert "file: seeds/peskov.txt" in text
    assert "draft: true" in text
    checked = runner.invoke(app, ["check"])
    assert checked.exit_code == 1
    missing = [line.split(": error: ")[1] for line in checked.stderr.splitlines()
               if ": error: " in line]
    assert missing == [
        "title: is empty; write it after the colon",
        "authors[1]: is empty; write the item after the '- ', or delete the line",
        "claim.by: is empty; write it after the colon",
        "claim.summary: is empty; write it after the colon",
        "claim.quotes[1]: is empty; write the item after the '- ', or delete the line",
        "verdict.rating: is empty; write it after the colon",
        "verdict.summary: is empty; write it after the colon",
    ]
    # filling in just those fields makes a valid (draft) brief
    filled = (text.replace("title:\n", "title: Peskov denies it\n")
                  .replace("authors:\n  -\n", "authors:\n  - Desk\n")
                  .replace("  by:\n", "  by: peskov\n", 1)
                  .replace("\n  summary:\n", "\n  summary: Russia recruits in China.\n", 1)
                  .replace("    -\n", "    - Peskov remarked\n", 1)
                  .replace("  rating:\n", "  rating: unproven\n")
                  .replace("\n  summary:\n", "\n  summary: No evidence.\n", 1)
                  .replace("speakers:\n", "speakers:\n  peskov: {name: Dmitry Peskov, kind: "
                           "person}\n", 1))
    brief.write_text(filled, encoding="utf-8")
    assert runner.invoke(app, ["check"]).exit_code == 0
    project, _ = load_project(site)
    assert project.briefs[0].draft


def test_new_copies_an_outside_article_into_seeds(runner: CliRunner, tmp_path: Path) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    outside = tmp_path / "Downloads" / "Minister Denies Report.txt"
    outside.parent.mkdir()
    outside.write_text("The minister said no.\n", encoding="utf-8")
    result = runner.invoke(app, ["new", str(outside), "-p", str(site)])
    assert result.exit_code == 0, result.output
    assert (site / "seeds" / "Minister Denies Report.txt").read_text() == "The minister said no.\n"
    brief = (site / "briefs" / "minister-denies-report.yaml").read_text(encoding="utf-8")
    assert "file: seeds/Minister Denies Report.txt" in brief


def test_new_refuses_to_overwrite_and_bad_input(runner: CliRunner, tmp_path: Path) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    article = site / "seeds" / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    assert runner.invoke(app, ["new", str(article), "-p", str(site)]).exit_code == 0
    brief = site / "briefs" / "a.yaml"
    brief.write_text("title: edited\n", encoding="utf-8")
    again = runner.invoke(app, ["new", str(article), "-p", str(site)])
    assert again.exit_code == 1
    assert "already exists; nothing was written" in again.stderr
    assert brief.read_text() == "title: edited\n"
    assert runner.invoke(app, ["new", str(article), "-p", str(site), "--force"]).exit_code == 0
    assert brief.read_text() != "title: edited\n"

    missing = runner.invoke(app, ["new", str(site / "seeds" / "nope.txt"), "-p", str(site)])
    assert missing.exit_code == 1 and "does not exist" in missing.stderr
    bad_slug = runner.invoke(app, ["new", str(article), "-p", str(site), "--slug", "A B"])
    assert bad_slug.exit_code == 1 and "cannot be a page address" in bad_slug.stderr
    empty = site / "seeds" / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    nothing = runner.invoke(app, ["new", str(empty), "-p", str(site)])
    assert nothing.exit_code == 1 and "the article is empty" in nothing.stderr
    assert "Traceback" not in missing.output + bad_slug.output + nothing.output


def test_new_prefills_speakers_and_statements_from_the_detector(runner: CliRunner,
                                                                tmp_path: Path) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    (site / "seeds" / "seed.txt").write_bytes((REPO / SEED).read_bytes())
    assert runner.invoke(app, ["new", str(site / "seeds/seed.txt"), "-p", str(site)]
                         ).exit_code == 0
    data = yaml.safe_load((site / "briefs" / "seed.yaml").read_text(encoding="utf-8"))
    kinds = {key: value["kind"] for key, value in data["speakers"].items()}
    assert kinds["dmitry-peskov"] == "person"
    assert kinds["ukrainian-officials"] == "group"
    assert kinds["analysts"] == "vague"
    peskov = [s for s in data["statements"] if s["by"] == "dmitry-peskov"]
    assert any("China is a major global power" in q for s in peskov for q in s["quotes"])
    # every suggestion anchors: check complains only of the fields left for the editor
    _, report = load_project(site)
    assert not [d for d in report.errors if "quote not found" in d.message or "occurs" in d.message]


def test_new_notes_each_statement_it_cannot_place_where_it_would_go(runner: CliRunner,
                                                                    tmp_path: Path) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    (site / "seeds" / "a.txt").write_text(
        "Ana Ruiz, the mayor, said on Monday that the bridge would reopen.\n"
        "The council met on Tuesday.\n"
        "“Enough is enough.”\n"
        "Tom Berg said the plan was sound. Tom Berg said the plan was sound.\n"
        "Lena Ortiz, an engineer, said the bridge had been tested twice.\n", encoding="utf-8")
    assert runner.invoke(app, ["new", str(site / "seeds/a.txt"), "-p", str(site)]
                         ).exit_code == 0
    text = (site / "briefs" / "a.yaml").read_text(encoding="utf-8")
    block = text[text.index("\nstatements:"):text.index("\nsources:")]
    lines = [line.strip() for line in block.splitlines()
             if line.strip().startswith(("- by:", "# Left out"))]
    assert lines == [
        "- by: ana-ruiz",
        "# Left out: “Enough is enough.”",
        "# Left out (tom-berg): Tom Berg said the plan was sound.",
        "# Left out (tom-berg): Tom Berg said the plan was sound.",
        "- by: lena-ortiz",
    ]
    assert "no one it is credited to" in block and "occur more than once" in block
    data = yaml.safe_load(text)  # the notes are comments: the brief still reads
    assert [s["by"] for s in data["statements"]] == ["ana-ruiz", "lena-ortiz"]


def test_new_keeps_the_notes_when_no_statement_can_be_placed(runner: CliRunner,
                                                             tmp_path: Path) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    (site / "seeds" / "b.txt").write_text("The river rose.\n“Enough is enough.”\n",
                                          encoding="utf-8")
    assert runner.invoke(app, ["new", str(site / "seeds/b.txt"), "-p", str(site)]
                         ).exit_code == 0
    text = (site / "briefs" / "b.yaml").read_text(encoding="utf-8")
    assert "statements: []\n  # Left out: “Enough is enough.”" in text
    assert yaml.safe_load(text)["statements"] == []

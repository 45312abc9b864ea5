"""`briefgen init` and `briefgen new`, as a new user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from briefgen import __version__
from briefgen.check.project import load_project
from briefgen.commands.cli import app
from briefgen.commands.scaffold import requirement_for

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
    assert not report.errors
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


ACTIONS = ["actions/checkout@v4", "actions/setup-python@v5", "actions/configure-pages@v5",
           "actions/cache@v4", "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4"]


def test_the_workflow_installs_what_requirements_pins_and_caches_the_build(
        runner: CliRunner, tmp_path: Path) -> None:
    runner.invoke(app, ["init", str(tmp_path / "desk")])
    workflow = yaml.safe_load((tmp_path / "desk/.github/workflows/pages.yml").read_text())
    steps = [*workflow["jobs"]["build"]["steps"], *workflow["jobs"]["deploy"]["steps"]]
    assert [step["uses"] for step in steps if "uses" in step] == ACTIONS
    assert [step["run"] for step in steps if "run" in step] == [
        "pip install -r requirements.txt", "briefgen build"]
    python = next(step["with"] for step in steps if step.get("uses", "").startswith(
        "actions/setup-python"))
    assert python["cache"] == "pip" and python["cache-dependency-path"] == "requirements.txt"
    cache = next(step["with"] for step in steps if step.get("uses") == "actions/cache@v4")
    assert cache["path"].split() == [".briefgen-cache", "site", ".site.prev"]
    assert cache["key"].startswith(cache["restore-keys"])  # each run starts from the last
    assert workflow["jobs"]["deploy"]["needs"] == "build"


def test_an_unknown_origin_is_a_marked_line_that_check_warns_of(runner: CliRunner,
                                                               tmp_path: Path) -> None:
    """The tests run from an editable install, a folder on this computer: init cannot know
    where the workflow could install briefgen from."""
    site = tmp_path / "desk"
    started = runner.invoke(app, ["init", str(site)])
    assert "fill in the last line of requirements.txt" in started.stdout
    lines = (site / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert lines[-1] == f"<fill in where the workflow installs briefgen {__version__} from>"
    assert "FILL THIS IN" in "\n".join(lines)
    checked = runner.invoke(app, ["check", "-p", str(site)])
    assert checked.exit_code == 0
    assert (f"requirements.txt:{len(lines)}:1: warning: the publishing workflow does not know "
            "where to install briefgen from") in checked.stderr
    lines[-1] = f"briefgen=={__version__}"
    (site / "requirements.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "requirements.txt" not in runner.invoke(app, ["check", "-p", str(site)]).stderr


def placeholder_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if ": warning: placeholder" in line]


def test_starter_placeholders_are_warnings_until_replaced(runner: CliRunner,
                                                          tmp_path: Path) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    checked = runner.invoke(app, ["check", "-p", str(site)])
    placeholders = placeholder_lines(checked.stderr)
    assert [line.split(": warning: ")[0] for line in placeholders] == [
        str(site / "pages/about.md:6:1"), str(site / "pages/about.md:11:16"),
        str(site / "pages/methodology.md:29:1")]
    assert "[[your newsroom's email or postal address]]; write your own text" in placeholders[1]
    about = site / "pages/about.md"
    text = about.read_text(encoding="utf-8")
    about.write_text(text.replace("[[your newsroom's email or postal address]]",
                                  "desk@example.org"), encoding="utf-8")
    again = runner.invoke(app, ["check", "-p", str(site)])
    assert len(placeholder_lines(again.stderr)) == 2
    # a page may show the notation in code: only prose is a placeholder
    (site / "pages/style.md").write_text(
        "# Style\n\nWrite `[[like this]]` for a gap.\n\n```\n[[in a block]]\n```\n\n"
        "[[A real one]]\n", encoding="utf-8")
    style = placeholder_lines(runner.invoke(app, ["check", "-p", str(site)]).stderr)[-1]
    assert style.startswith(str(site / "pages/style.md:9:1: warning: placeholder text not "
                                       "replaced yet: [[A real one]]"))


SHA = "0" * 40
ORIGINS = [
    (None, f"briefgen=={__version__}"),  # from a package index: pip writes no direct_url.json
    ({"url": "https://github.com/desk/briefgen.git",
      "vcs_info": {"vcs": "git", "commit_id": SHA, "requested_revision": "main"}},
     f"briefgen @ git+https://github.com/desk/briefgen.git@{SHA}"),
    ({"url": "https://github.com/desk/tools", "subdirectory": "briefgen",
      "vcs_info": {"vcs": "git", "commit_id": SHA}},
     f"briefgen @ git+https://github.com/desk/tools@{SHA}#subdirectory=briefgen"),
    ({"url": "https://example.org/briefgen-0.1.0-py3-none-any.whl",
      "archive_info": {"hashes": {"sha256": "ab" * 32}, "hash": "sha256=" + "ab" * 32}},
     "briefgen @ https://example.org/briefgen-0.1.0-py3-none-any.whl#sha256=" + "ab" * 32),
    ({"url": "https://example.org/briefgen-0.1.0.tar.gz", "archive_info": {}},
     "briefgen @ https://example.org/briefgen-0.1.0.tar.gz"),
    ({"url": "file:///home/ed/briefgen", "dir_info": {"editable": True}}, None),
    ({"url": "file:///home/ed/briefgen", "dir_info": {}}, None),
    ({"url": "file:///home/ed/Downloads/briefgen-0.1.0-py3-none-any.whl", "archive_info": {}},
     None),
    ({"url": "file:///home/ed/briefgen", "vcs_info": {"vcs": "git", "commit_id": SHA}}, None),
    ({"url": "ssh://git@github.com/desk/briefgen.git",
      "vcs_info": {"vcs": "git", "commit_id": SHA}}, None),
]


@pytest.mark.parametrize(("origin", "requirement"), ORIGINS)
def test_init_pins_exactly_where_briefgen_came_from(origin: dict | None,
                                                    requirement: str | None) -> None:
    recorded = None if origin is None else json.dumps(origin)
    assert requirement_for(__version__, recorded) == requirement


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
    # a draft's problems are warnings: they never stop the site being built
    checked = runner.invoke(app, ["check"])
    assert checked.exit_code == 0, checked.output
    missing = [line.split(": warning: ")[1] for line in checked.stderr.splitlines()
               if line.startswith("briefs/peskov.yaml:")]
    assert missing == [
        "draft: title: is empty; write it after the colon",
        "draft: authors[1]: is empty; write the item after the '- ', or delete the line",
        "draft: claim.by: is empty; write it after the colon",
        "draft: claim.summary: is empty; write it after the colon",
        "draft: claim.quotes[1]: is empty; write the item after the '- ', or delete the line",
        "draft: verdict.rating: is empty; write it after the colon",
        "draft: verdict.summary: is empty; write it after the colon",
    ]
    assert "Checked 1 brief: 0 errors, " in checked.stdout
    assert runner.invoke(app, ["check", "--strict"]).exit_code == 1
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


UKRAINIAN_ARTICLE = (
    "ЛУЦЬК, 3 квітня — Депутатка Луцької міської ради Марта Ковальчук заявила, що підрядник "
    "завищив вартість ремонту школи на вісім мільйонів гривень.\n"
    "«Ми бачили кошторис: фарби там стільки, що вистачило б на три школи», — сказала "
    "Ковальчук.\n"
    "Директор компанії «Волинь-Ремонт» Петро Савчук ці звинувачення відкидає. За словами "
    "Савчука, ціни на матеріали зросли вдвічі.\n"
    "У міській раді повідомили, що перевірять документи до кінця місяця.\n")


def test_new_reads_an_article_in_the_language_it_is_told(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    (site / "seeds" / "lutsk.txt").write_text(UKRAINIAN_ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["new", str(site / "seeds/lutsk.txt"), "-p", str(site),
                                 "--language", "uk"])
    assert result.exit_code == 0, result.output
    data = yaml.safe_load((site / "briefs" / "lutsk.yaml").read_text(encoding="utf-8"))
    assert data["article"]["language"] == "uk"
    speakers = {key: (value["name"], value["kind"]) for key, value in data["speakers"].items()}
    # one speaker per person whatever the case ("Савчука"), ids in Latin letters; "у міській
    # раді" is the council named in full before ("Луцької міської ради")
    assert speakers == {"marta-kovalchuk": ("Марта Ковальчук", "person"),
                        "petro-savchuk": ("Петро Савчук", "person"),
                        "lutska-miska-rada": ("Луцька міська рада", "government")}
    quotes = {q: s["by"] for s in data["statements"] for q in s["quotes"]}
    assert quotes["Ми бачили кошторис: фарби там стільки, що вистачило б на три школи"] == (
        "marta-kovalchuk")
    assert [s["by"] for s in data["statements"]].count("petro-savchuk") == 2
    _, report = load_project(site)
    assert not [d for d in report.errors if "quote not found" in d.message or "occurs" in d.message]


def test_new_reads_in_the_sites_language_unless_told(runner: CliRunner, tmp_path: Path) -> None:
    site = tmp_path / "desk"
    runner.invoke(app, ["init", str(site)])
    (site / "seeds" / "lutsk.txt").write_text(UKRAINIAN_ARTICLE, encoding="utf-8")
    assert runner.invoke(app, ["new", str(site / "seeds/lutsk.txt"), "-p", str(site)]
                         ).exit_code == 0
    data = yaml.safe_load((site / "briefs" / "lutsk.yaml").read_text(encoding="utf-8"))
    assert data["article"]["language"] == "en"  # the site's, and read as English: no one found
    assert not data["speakers"]
    # what the brief format refuses, new refuses too: a word, or a code no language has
    for wrong in ("Ukrainian", "xx"):
        bad = runner.invoke(app, ["new", str(site / "seeds/lutsk.txt"), "-p", str(site),
                                  "--language", wrong, "--force"])
        assert bad.exit_code == 1 and "not a language code" in bad.stderr
        assert "Traceback" not in bad.output
    regional = runner.invoke(app, ["new", str(site / "seeds/lutsk.txt"), "-p", str(site),
                                   "--language", "uk_UA", "--force"])
    assert regional.exit_code == 0
    data = yaml.safe_load((site / "briefs" / "lutsk.yaml").read_text(encoding="utf-8"))
    assert data["article"]["language"] == "uk-UA"

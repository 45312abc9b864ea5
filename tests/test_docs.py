"""The documentation tells the truth: its error examples are what briefgen prints, its links
resolve, and every field of the format is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.check.schema import BRIEF, CONFIG, ListOf, MapOf, Obj, QuoteText
from briefgen.commands.cli import app

from .conftest import EXAMPLE_BRIEF, REPO

GUIDE = (REPO / "docs" / "editors-guide.md").read_text(encoding="utf-8")
FORMAT = (REPO / "docs" / "brief-format.md").read_text(encoding="utf-8")

# (the edit an editor makes to the example brief) → the guide must show what check prints
MISTAKES = [
    ("title: Is Russia recruiting soldiers from China? Kyiv says yes, the Kremlin says no",
     "title: Kyiv: Russia recruits from China"),
    ("tags:", "tag:"),
    ("    name: Dmitry Peskov\n", "    name: Dmitry Peskov\n   role: spokesperson\n"),
    ("  summary: Russia is recruiting", "  summary: Russia\n  summary: Russia is recruiting"),
    ("date: 2026-11-25", "date: 2026-11-31"),
    ("  - The briefgen desk", "  The briefgen desk"),
    ("    kind: person", "    kind: persn"),
    ("by: kremlin", "by: kremlim"),
    ("    stance: denies", "    stance: denied"),
    ("the Kremlin has strongly denied these allegations",
     "the Kremlin has strongly rejected these allegations"),
    ("      - the Kremlin has strongly denied these allegations", "      - the Kremlin"),
    ("rating: unproven", "rating: unverified"),
    ("file: seeds/000_9b0e8714acc4a154.txt", "file: seeds/000_9b0e8714acc4a154.text"),
    ("date: 2026-11-25", "date: 2026-11-25\ndraft: maybe"),
    ("title: Is Russia", "title Is Russia"),
    ("      - the Kremlin has strongly denied these allegations",
     "      - Peskov told reporters: no truth"),
    ("      - >-\n        \"China is a major global power with strategic interests worldwide, and "
     "its focus remains on\n        economic development and domestic stability,\" Peskov "
     "remarked", "      - \"China is a major global power with strategic interests worldwide, and "
     "its focus remains on economic development and domestic stability,\" Peskov remarked"),
    ("      - the Kremlin has strongly denied these allegations",
     "      - \"the Kremlin has strongly denied these allegations"),
    ("responses:\n  - by: kremlin", "responses: []\n  - by: kremlin"),
    ("  body: |\n", "  body:\n"),
    ("  - The briefgen desk", "  -\tThe briefgen desk"),
]


@pytest.mark.parametrize(("old", "new"), MISTAKES)
def test_each_error_example_is_what_check_prints(old: str, new: str, example: Path,
                                                 runner: CliRunner, monkeypatch) -> None:
    brief = example / EXAMPLE_BRIEF
    text = brief.read_text(encoding="utf-8")
    assert old in text
    brief.write_text(text.replace(old, new, 1), encoding="utf-8")
    monkeypatch.chdir(example)
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1, errors
    assert errors[0] in GUIDE, f"the guide should show:\n{errors[0]}"


def test_the_empty_field_example_is_what_check_prints(runner: CliRunner, tmp_path: Path,
                                                      monkeypatch) -> None:
    runner.invoke(app, ["init", str(tmp_path / "desk")])
    (tmp_path / "desk" / "seeds" / "a.txt").write_text("Text.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "desk")
    runner.invoke(app, ["new", "seeds/a.txt", "--slug", "russia-china-recruits"])
    first = next(line for line in runner.invoke(app, ["check"]).stderr.splitlines()
                 if line.startswith("briefs/"))
    assert first in GUIDE


def documented_fields(kind: Obj) -> list[str]:
    names = []
    for spec in kind.fields:
        names.append(spec.name)
        inner = spec.type.item if isinstance(spec.type, (ListOf, MapOf)) else spec.type
        if isinstance(inner, QuoteText):
            inner = inner.spec
        if isinstance(inner, Obj):
            names.extend(documented_fields(inner))
    return names


@pytest.mark.parametrize("spec", [BRIEF, CONFIG])
def test_every_field_is_in_the_format_reference(spec: Obj) -> None:
    for name in documented_fields(spec):
        assert f"`{name}`" in FORMAT, f"docs/brief-format.md does not explain `{name}`"


def test_commands_in_the_guide_exist(runner: CliRunner) -> None:
    commands = set(re.findall(r"(?:^|`)briefgen (\w+)", GUIDE, re.MULTILINE))
    assert {"init", "new", "check", "serve", "build", "stats"} <= commands
    help_text = runner.invoke(app, ["--help"]).stdout
    for command in commands:
        assert command in help_text, command


def test_readme_gives_the_two_setup_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = next(b for b in readme.split("```sh\n")[1:] if "pytest" in b)
    block = block.split("```", 1)[0].splitlines()
    assert block[0].endswith("briefgen build")
    assert block[1].endswith("python -m pytest")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "README.md" in ci


def test_docs_link_only_to_files_that_exist() -> None:
    for doc in (REPO / "docs").glob("*.md"):
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", doc.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (doc.parent / target).exists(), f"{doc.name} links to missing {target}"

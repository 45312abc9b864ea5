"""The JSON Schema editors' tools use agrees with briefgen's own checks."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from briefgen.check.jsonschema import SCHEMA_FILE, brief_schema, config_schema
from briefgen.commands.cli import app

from .conftest import EXAMPLE_BRIEF, REPO


def load(name: str) -> object:
    return json.loads(json.dumps(yaml.safe_load((REPO / name).read_text()), default=str))


def test_the_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(brief_schema())
    jsonschema.Draft202012Validator.check_schema(config_schema())


def test_the_example_brief_and_config_pass() -> None:
    jsonschema.validate(load(EXAMPLE_BRIEF), brief_schema())
    jsonschema.validate(load("briefgen.yaml"), config_schema())


@pytest.mark.parametrize(("change", "path"), [
    (lambda b: b.pop("title"), "title"),
    (lambda b: b.update(tittle="x"), "tittle"),
    (lambda b: b["claim"].update(by="Not An Id"), "by"),
    (lambda b: b["responses"][0].update(stance="shrugs"), "stance"),
    (lambda b: b.update(date="25 November"), "date"),
    (lambda b: b["claim"].update(quotes=[]), "quotes"),
    (lambda b: b["speakers"]["kremlin"].update(kind="alien"), "kind"),
])
def test_broken_briefs_fail(change, path: str) -> None:
    brief = load(EXAMPLE_BRIEF)
    change(brief)
    with pytest.raises(jsonschema.ValidationError) as failure:
        jsonschema.validate(brief, brief_schema())
    assert path in str(failure.value)


def test_schema_command_prints_it(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == brief_schema()
    config = runner.invoke(app, ["schema", "config"])
    assert json.loads(config.stdout) == config_schema()
    wrong = runner.invoke(app, ["schema", "nonsense"])
    assert wrong.exit_code == 2


def test_the_bundled_schema_file_is_current() -> None:
    assert json.loads((REPO / SCHEMA_FILE).read_text(encoding="utf-8")) == brief_schema(), (
        "run: briefgen schema > brief.schema.json")

"""The golden scenario format: a JSON Schema that accepts what the linter accepts (issue 15)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from app.cli import cli
from app.core.answers.file import AnswerFileError, parse_answer_file
from app.core.schema import scenario_json_schema

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = sorted((ROOT / "questionnaires").glob("*/scenarios/*.json"))
DOC = (ROOT / "docs" / "pack-format.md").read_text("utf-8")


def validator() -> jsonschema.Draft202012Validator:
    schema = scenario_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: f"{p.parents[1].name}/{p.name}")
def test_every_built_in_scenario_fits_the_schema(path: Path) -> None:
    errors = [e.message for e in validator().iter_errors(json.loads(path.read_text("utf-8")))]
    assert errors == []


def test_the_schema_and_the_linter_refuse_the_same_mistakes() -> None:
    data = json.loads(SCENARIOS[0].read_text("utf-8"))
    for broken in ({**data, "expectd": {}},
                   {**data, "expected": {**data["expected"], "exact": "maybe"}},
                   {**data, "format_version": 2}):
        assert list(validator().iter_errors(broken)), broken
        with pytest.raises(AnswerFileError):
            parse_answer_file(json.dumps(broken).encode(), "scenario.json")


def test_every_key_of_a_scenario_is_documented() -> None:
    section = DOC[DOC.index("## Golden scenarios"): DOC.index("## A complete example")]
    top = set(scenario_json_schema()["properties"])
    expected = set(scenario_json_schema()["$defs"]["ExpectedRegister"]["properties"])
    missing = sorted(k for k in top | expected if not re.search(rf"`{k}`", section))
    assert missing == []


def test_the_cli_prints_the_scenario_schema() -> None:
    result = CliRunner().invoke(cli, ["pack", "schema", "--kind", "scenario"])
    assert result.exit_code == 0
    assert json.loads(result.output)["properties"]["expected"]

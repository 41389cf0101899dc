"""docs/pack-format.md cannot drift from the pack format (STYLE.md point 10).

Every key of the generated JSON Schema is documented, the complete example
pack in the doc loads cleanly, the loader messages the doc quotes are the ones
the loader prints for the same mistakes, and the schema that ``aipia pack
schema`` prints is the one generated from the models and accepts real packs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from app.cli import cli
from app.core.loader import load_pack
from app.core.model import TableQuestion
from app.core.schema import KINDS, pack_json_schema, schema_keys
from tests.conftest import REPO_ROOT

DOC = REPO_ROOT / "docs" / "pack-format.md"
DEMO_SMALL = REPO_ROOT / "tests" / "fixtures" / "packs" / "demo-small"
FILE_BLOCK = re.compile(r"<!-- file: (?P<name>[^\s>]+) -->\s*\n```ya?ml\n(?P<body>.*?)\n```", re.S)
QUESTION_TYPES = {
    "yes_no", "single_choice", "multiple_choice", "short_text",
    "long_text", "number", "date", "table",
}  # fmt: skip
COLUMN_TYPES = {"yes_no", "single_choice", "multiple_choice", "short_text", "long_text", "number",
                "date"}


def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def example_files() -> dict[str, str]:
    """The example pack: each ```yaml block preceded by ``<!-- file: NAME -->``."""
    return {m["name"]: m["body"] + "\n" for m in FILE_BLOCK.finditer(doc_text())}


def load_yaml(text: str) -> Any:
    """Plain YAML data, read as the app reads it (app.core.loader.yaml_guard).

    The app uses libyaml's safe loader when it is present. PyYAML's pure-Python
    loader (``yaml.safe_load`` without libyaml) rejects a '?' inside
    ``{en: ..., ko: ...}``, which libyaml and YAML 1.2 accept and the shipped
    packs use.
    """
    if hasattr(yaml, "CSafeLoader"):
        return yaml.load(text, Loader=yaml.CSafeLoader)
    return yaml.safe_load(text)


def iso_dates(value: Any) -> Any:
    """YAML data as JSON sees it: dates become ``YYYY-MM-DD`` strings."""
    if isinstance(value, dict):
        return {key: iso_dates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [iso_dates(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def validator(definition: str) -> jsonschema.Draft202012Validator:
    """A validator for one definition (``Manifest`` or ``Module``) of the full schema."""
    full = pack_json_schema()
    schema = {"$schema": full["$schema"], "$defs": full["$defs"], "$ref": f"#/$defs/{definition}"}
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def schema_errors(definition: str, data: Any) -> list[str]:
    found = validator(definition).iter_errors(iso_dates(data))
    return [f"{list(error.absolute_path)}: {error.message}" for error in found]


# (a) every key is documented --------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(schema_keys()))
def test_every_schema_key_is_documented(key: str) -> None:
    assert f"`{key}`" in doc_text(), f"docs/pack-format.md does not document `{key}`"


def test_every_question_and_column_type_is_documented() -> None:
    text = doc_text()
    missing = sorted(t for t in QUESTION_TYPES | COLUMN_TYPES if f"`{t}`" not in text)
    assert not missing, f"docs/pack-format.md does not document types {missing}"


def test_the_documented_types_are_all_the_types() -> None:
    """If a question or column type is added, QUESTION_TYPES / COLUMN_TYPES (and the doc) follow."""
    defs = pack_json_schema()["$defs"]
    consts = {
        name: definition["properties"]["type"]["const"]
        for name, definition in defs.items()
        if "const" in definition.get("properties", {}).get("type", {})
    }
    questions = {t for name, t in consts.items() if name.endswith("Question")}
    columns = {t for name, t in consts.items() if name.endswith("Column")}
    assert (questions, columns) == (QUESTION_TYPES, COLUMN_TYPES)


# (b) the example pack loads cleanly -------------------------------------------------------


def write_example(folder: Path) -> Path:
    files = example_files()
    assert "pack.yaml" in files, "the example needs a <!-- file: pack.yaml --> block"
    assert len(files) >= 2, "the example needs at least one module file"
    folder.mkdir()
    for name, body in files.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


def test_example_pack_loads_without_errors_or_warnings(tmp_path: Path) -> None:
    result = load_pack(write_example(tmp_path / "example"))
    assert [str(d) for d in result.diagnostics] == []
    assert result.pack is not None
    assert set(result.pack.manifest.modules) == set(example_files()) - {"pack.yaml"}


def test_example_pack_shows_the_whole_format(tmp_path: Path) -> None:
    pack = load_pack(write_example(tmp_path / "example")).pack
    assert pack is not None
    assert pack.languages == ("en", "ko")
    assert {q.type for q in pack.questions.values()} == QUESTION_TYPES
    tables = [q for q in pack.questions.values() if isinstance(q, TableQuestion)]
    assert {c.type for t in tables for c in t.columns} == COLUMN_TYPES
    assert any(len(risk.severity or ()) > 1 for risk in pack.risks.values()), "rule-chosen"
    assert any(risk.rated_by == "assessor" for risk in pack.risks.values()), "assessor-rated"
    assert pack.manifest.acceptance is not None
    steps = (*pack.matrix.likelihood, *pack.matrix.severity, *pack.matrix.levels)
    assert all(step.description is not None for step in steps), "every level explains itself"
    assert {m.priority for m in pack.measures.values()} == {"must", "should", "could"}
    assert pack.manifest.choice_lists and pack.manifest.sources


def test_example_files_match_the_schema() -> None:
    for name, body in example_files().items():
        kind = "Manifest" if name == "pack.yaml" else "Module"
        assert schema_errors(kind, load_yaml(body)) == [], name


# (c) the printed schema is the generated one, and it accepts real packs -------------------


def run_schema(*args: str) -> Any:
    result = CliRunner().invoke(cli, ["pack", "schema", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_cli_schema_is_the_generated_schema() -> None:
    assert run_schema() == pack_json_schema()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_cli_schema_of_one_kind_is_the_generated_schema(kind: str) -> None:
    assert run_schema("--kind", kind) == pack_json_schema(kind)


@pytest.mark.parametrize("path", sorted(DEMO_SMALL.glob("*.yaml")), ids=lambda p: p.name)
def test_schema_accepts_every_demo_small_file(path: Path) -> None:
    data = load_yaml(path.read_text(encoding="utf-8"))
    kind = "Manifest" if path.name == "pack.yaml" else "Module"
    assert schema_errors(kind, data) == []


def test_schema_rejects_a_manifest_with_an_unknown_key() -> None:
    data = load_yaml((DEMO_SMALL / "pack.yaml").read_text(encoding="utf-8"))
    assert schema_errors("Manifest", data) == []
    errors = schema_errors("Manifest", {**data, "license": "MIT"})
    assert len(errors) == 1
    assert "'license' was unexpected" in errors[0]


# (d) the messages the doc quotes are the loader's own -------------------------------------

Edit = tuple[str, str, str]  # file, text that occurs exactly once, replacement
GRID_LAST_ROW = "    - [medium, high, high]\n"
BROKEN_COPIES: dict[str, list[Edit]] = {
    "misspelt_key": [("pack.yaml", "licence: CC-BY-4.0", "license: CC-BY-4.0")],
    "format": [("pack.yaml", "format: 1", "format: 2")],
    "pack_id": [("pack.yaml", "id: org.example.chatbot-pia", "id: chatbot")],
    "version_number": [("pack.yaml", "version: 1.0.0", "version: 1.0")],
    "bad_date": [("pack.yaml", "published: 2026-12-01", "published: 2026-13-01")],
    "default_language": [("pack.yaml", "default_language: en", "default_language: ja")],
    "module_missing": [("pack.yaml", "  - data.yaml", "  - datas.yaml")],
    "module_outside": [("pack.yaml", "  - data.yaml", "  - ../data.yaml")],
    "comma_in_text": [
        ("pack.yaml", 'help: {en: "Symptoms, prescriptions', "help: {en: Symptoms, prescriptions"),
        ("pack.yaml", 'or test results.", ko:', "or test results., ko:"),
    ],
    "duplicate_key": [("pack.yaml", "publisher: OWASP", "publisher: OWASP\n    publisher: OWASP")],
    "colour": [("pack.yaml", 'colour: "#c62828"', "colour: red")],
    "grid_rows": [("pack.yaml", GRID_LAST_ROW, "")],
    "grid_level": [("pack.yaml", GRID_LAST_ROW, "    - [medium, high, hihg]\n")],
    "tab": [("service.yaml", "      - id: chatbot_name", "\t- id: chatbot_name")],
    "bad_id": [("service.yaml", "id: chatbot_name", "id: Chatbot-name")],
    "key_of_other_type": [
        ("service.yaml", "type: date\n", "type: date\n        unit: {en: d, ko: d}\n")
    ],
    "label_boolean": [("service.yaml", "label: {en: Launch date, ko: 운영 개시일}", "label: no")],
    "min_above_max": [
        ("service.yaml", "min: 0\n        max: 100000000", "min: 10\n        max: 1")
    ],
    "yaml_tag": [("service.yaml", "integer: true", "integer: !!python/object:os.system ls")],
    "two_choice_sources": [
        (
            "service.yaml",
            "type: single_choice\n",
            "type: single_choice\n        choices_from: data_kinds\n",
        )
    ],
    "column_choices_from_answer": [
        ("data.yaml", "            choices_from: data_kinds\n",
         "            choices_from: {question: vendors, column: vendor}\n")
    ],
    "type_typo": [("service.yaml", "type: single_choice", "type: singel_choice")],
    "choice_clashes_with_allow": [("service.yaml", "- id: own_server", "- id: unknown")],
    "choice_boolean": [("service.yaml", "- id: own_server", "- id: no")],
    "exclusive_single": [
        ("service.yaml", "- id: vendor_api\n", "- id: vendor_api\n            exclusive: true\n")
    ],
    "duplicate_question": [("service.yaml", "- id: launch_date", "- id: purpose")],
    "allow_value": [("service.yaml", "allow: [partial, unknown]", "allow: [partial, maybe]")],
    "unknown_source": [("service.yaml", "{source: pipa,", "{source: pippa,")],
    "unknown_stage": [
        ("service.yaml", "      - id: launch_date\n",
         "      - id: launch_date\n        stage: trainng\n")
    ],
    "unknown_crosswalk_source": [
        ("data.yaml", "    measures: [sign_contract]\n",
         "    measures: [sign_contract]\n    crosswalk:\n"
         "      - {source: iso27701, section: \"7.2.6\"}\n")
    ],
    "unknown_list": [
        (
            "data.yaml",
            "choices_from: data_kinds\n        required",
            "choices_from: data_kind\n        required",
        )
    ],
    "unknown_question": [("data.yaml", "show_if: hosting ==", "show_if: hostng ==")],
    "unknown_choice": [
        ("data.yaml", "show_if: hosting == 'vendor_api'", "show_if: hosting == 'vendor-api'")
    ],
    "type_mismatch": [
        ("data.yaml", "show_if: hosting == 'vendor_api'", "show_if: monthly_users == 'unknown'")
    ],
    "cycle": [
        (
            "service.yaml",
            "type: single_choice\n",
            "type: single_choice\n        show_if: keeps_logs != 'no'\n",
        ),
        (
            "service.yaml",
            "type: yes_no\n",
            "type: yes_no\n        show_if: hosting == 'own_server'\n",
        ),
    ],
    "cycle_through_section": [
        ("data.yaml", "show_if: hosting == 'vendor_api'", "show_if: count(vendors) > 0")
    ],
    "risk_without_measure": [("data.yaml", "    measures: [sign_contract]\n", "")],
    "last_rule_with_when": [
        (
            "data.yaml",
            "      - level: possible\n",
            "      - when: monthly_users < 10000\n        level: possible\n",
        )
    ],
    "unknown_step": [("data.yaml", "severity: serious\n", "severity: critical\n")],
    "unknown_residual_step": [
        ("data.yaml", "residual: {likelihood: unlikely", "residual: {likelihood: rare")
    ],
    "unknown_measure": [("data.yaml", "measures: [sign_contract]", "measures: [sign_contracts]")],
    "priority": [("data.yaml", "priority: could", "priority: may")],
    "missing_language": [
        ("service.yaml", "{en: Launch date, ko: 운영 개시일}", "{en: Launch date}")
    ],
    "missing_default_language": [
        ("service.yaml", "{en: Launch date, ko: 운영 개시일}", "{ko: 운영 개시일}")
    ],
    "signoff_unknown_question": [
        ("pack.yaml", "    data: data\n",
         "    data: data\n  signoff:\n    dpo_opinion: dpo_opinon\n")
    ],
    "undeclared_language": [
        (
            "service.yaml",
            "{en: Launch date, ko: 운영 개시일}",
            "{en: Launch date, ko: 운영 개시일, ja: 開始日}",
        )
    ],
    "unused_measure": [
        ("data.yaml", "measures: [mask_transcripts, notice]", "measures: [mask_transcripts]")
    ],
    "renamed_from_in_use": [
        ("service.yaml", "      - id: launch_date\n",
         "      - id: launch_date\n        renamed_from: [purpose]\n")
    ],
    "renamed_twice": [
        ("service.yaml", "      - id: launch_date\n",
         "      - id: launch_date\n        renamed_from: [start_date]\n"),
        ("service.yaml", "      - id: monthly_users\n",
         "      - id: monthly_users\n        renamed_from: [start_date]\n"),
    ],
    "renamed_and_removed": [
        ("service.yaml", "      - id: launch_date\n",
         "      - id: launch_date\n        renamed_from: [start_date]\n"),
        ("pack.yaml", "  - data.yaml\n", "  - data.yaml\nremoved_questions: [start_date]\n"),
    ],
    "removed_still_there": [
        ("pack.yaml", "  - data.yaml\n", "  - data.yaml\nremoved_questions: [launch_date]\n")
    ],
    "choice_renamed_from_in_use": [
        ("service.yaml", "          - id: vendor_api\n",
         "          - id: vendor_api\n            renamed_from: [own_server]\n")
    ],
    "reason_placeholder": [
        (
            "data.yaml",
            "    when: any_row(vendors, contract_signed != 'yes')\n",
            "    when: any_row(vendors, contract_signed != 'yes')\n"
            '    reason: {en: "No contract: {rows:vendor}", ko: "계약 없음: {rows:vendor}"}\n',
        )
    ],
    "row_name_twice": [
        ("data.yaml", "            label: {en: Vendor, ko: 사업자}\n",
         "            label: {en: Vendor, ko: 사업자}\n            row_name: true\n"),
        ("data.yaml", "            label: {en: Country, ko: 국가}\n",
         "            label: {en: Country, ko: 국가}\n            row_name: true\n"),
    ],
    "level_word": [("pack.yaml", "{en: Likely, ko: 개연성 높음}", "{en: Likely, ko: 높음}")],
    "half_legend": [
        ("pack.yaml", "      description: {en: Lasting or irreversible harm., "
         "ko: 오래가거나 되돌릴 수 없는 피해입니다.}\n", "")
    ],
    "rules_without_severity": [("data.yaml", "    severity: serious\n", "")],
    "assessor_with_rules": [
        ("data.yaml", "    rated_by: assessor", "    likelihood: possible\n    rated_by: assessor")
    ],
    "acceptance_level": [
        ("pack.yaml", "    high:\n      by: [privacy_officer]",
         "    hihg:\n      by: [privacy_officer]")
    ],
    "acceptance_role": [("pack.yaml", "by: [privacy_officer]", "by: [privacy_oficer]")],
    "never_shown": [("data.yaml", "show_if: hosting == 'vendor_api'", "show_if: 1 == 2")],
    "never_raised": [
        ("data.yaml", "contract_signed != 'yes')\n", "contract_signed != 'yes') and 'a' == 'b'\n")
    ],
}


def broken_copy(folder: Path, edits: list[Edit]) -> Path:
    """The example pack in ``folder`` with ``edits`` applied."""
    write_example(folder)
    for file, old, new in edits:
        path = folder / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{file}: expected {old!r} exactly once"
        path.write_text(text.replace(old, new), encoding="utf-8")
    return folder


@pytest.mark.parametrize("case", sorted(BROKEN_COPIES))
def test_quoted_messages_are_what_the_loader_prints(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    broken_copy(tmp_path / "chatbot-pia", BROKEN_COPIES[case])
    printed = [str(d) for d in load_pack(Path("chatbot-pia")).diagnostics]
    assert printed, f"{case}: the loader found nothing wrong"
    text = doc_text()
    missing = [line for line in printed if line not in text]
    assert not missing, f"docs/pack-format.md should quote what the loader prints: {missing}"


# (e) the reasons the doc shows are what the app says ---------------------------------------

REASON_ROW = re.compile(r"^\| `(?P<rule>[^`]+)` \| (?P<said>.+) \|$", re.M)
REASONS_ANSWERS = {
    "keeps_logs": "partial",
    "data_in_chats": ["contact", "health"],
    "vendors": [
        {"vendor": "Acme", "contract_signed": "no", "country": "abroad"},
        {"vendor": "Nimbus", "contract_signed": "unknown"},
        {"vendor": "Corp", "contract_signed": "yes", "country": "abroad"},
    ],
    "monthly_users": 20000,
    "launch_date": "2026-03-01",
    "hosting": "vendor_api",
}


def reasons_table() -> list[tuple[str, str]]:
    text = doc_text()
    start = text.index("<!-- reasons-table:")
    table = text[start : text.index("\n\n", start)]
    return [(m["rule"], m["said"]) for m in REASON_ROW.finditer(table)]


def test_the_reasons_table_is_what_the_app_says(tmp_path: Path) -> None:
    from app.core.answers import answer_from_json
    from app.core.expr import compile_expression
    from app.core.loader.scope import build_scope
    from app.core.reasons import explain_rule
    from app.core.session import Session

    pack = load_pack(write_example(tmp_path / "example")).pack
    assert pack is not None
    answers = {
        qid: answer_from_json(pack.questions[qid], {"value": value}, pack.choices)
        for qid, value in REASONS_ANSWERS.items()
    }
    session = Session(pack, answers)
    scope = build_scope(list(pack.questions.values()), pack.choices)
    rows = reasons_table()
    assert len(rows) >= 5
    for rule, said in rows:
        expr, problems = compile_expression(rule, scope)
        assert expr is not None and not problems, (rule, problems)
        assert session.evaluate(expr) is True, rule
        sentences = [s.text for s in explain_rule(session, expr, "en")]
        assert "<br>".join(sentences) == said, rule
    first, _ = compile_expression(rows[0][0], scope)
    assert first is not None
    korean = explain_rule(session, first, "ko")[0].text
    assert f"read, for instance, {korean}" in " ".join(doc_text().split())

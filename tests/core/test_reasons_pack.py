"""A pack's own wording for reasons: the loader's checks of ``reason`` and ``row_name``."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.diagnostics import Severity
from app.core.loader import load_pack, require_pack
from app.core.reasons.risk_text import explain_risk
from app.core.risk_engine import assess_risks
from tests.core.packtools import PackFactory, assert_diag, load_errors, make_pack, where
from tests.core.test_reasons import session

__all__ = ["make_pack"]  # the fixture

WHEN = "    when: any_row(model_inventory, weight_format in ['pickle', 'unknown'])\n"


def with_reason(make_pack: PackFactory, en: str) -> Path:
    line = f'    reason: {{en: "{en}", ko: "{en}"}}\n'
    return make_pack("open_models.yaml", WHEN, WHEN + line)


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("{rows:model_inventry}", ("unknown question 'model_inventry'", "did you mean "
                                   "'model_inventory'?")),
        ("{row:model_inventory}", ("unknown placeholder '{row:model_inventory}'",
                                   "did you mean 'rows'?")),
        ("{rows}", ("'{rows}' names no question", "write {rows:QUESTION_ID}")),
        ("{rows:hash_pinned}", ("'{rows:hash_pinned}' needs a table question",)),
        ("{count:deployment_mode}", ("needs a multiple-choice or table question",)),
        ("{answer:deployment_mode}", ("names a question the risk's 'when' does not read",
                                      "only speak of the answers its rule looks at")),
    ],
)
def test_a_wrong_placeholder_is_an_error_at_the_reason(
    make_pack: PackFactory, written: str, words: tuple[str, ...]
) -> None:
    folder = with_reason(make_pack, f"Pickled: {written}.")
    result = load_errors(folder)
    for nth in (0, 1):  # the en and the ko text
        location = where(folder, "open_models.yaml", '"Pickled', nth=nth)
        assert_diag(result, location, *words)


def test_a_reason_in_every_language_loads_and_is_said(make_pack: PackFactory) -> None:
    folder = with_reason(make_pack, "{answer:model_inventory} ({matched:model_inventory} of "
                                    "{total:model_inventory}): {rows:model_inventory}")
    pack = require_pack(folder)
    models = [{"name": "llama", "weight_format": "pickle"}, {"name": "qwen"}]
    risk = next(r for r in assess_risks(session({"model_inventory": models}, pack)).risks
                if r.risk.id == "pickle_weights")
    assert [s.text for s in explain_risk(pack, risk, "en").why] == ["2 (1 of 2): llama"]


def test_a_reason_needs_the_default_language_of_the_pack(make_pack: PackFactory) -> None:
    folder = make_pack("open_models.yaml", WHEN, WHEN + '    reason: {ko: "피클."}\n')
    assert_diag(load_errors(folder), where(folder, "open_models.yaml", "{ko: \"피클"),
                "reason has no 'en' text")


def test_a_reason_missing_in_another_language_is_a_warning(make_pack: PackFactory) -> None:
    folder = make_pack("open_models.yaml", WHEN, WHEN + '    reason: {en: "Pickled."}\n')
    assert_diag(load_pack(folder), where(folder, "open_models.yaml", "{en: \"Pickled"),
                "'ko' is", "(the first: reason)", severity=Severity.WARNING)


def test_row_name_picks_the_column_that_names_rows(make_pack: PackFactory) -> None:
    publisher = "          - id: publisher\n            type: short_text\n"
    folder = make_pack("open_models.yaml", publisher, publisher + "            row_name: true\n")
    pack = require_pack(folder)
    models = [{"name": "llama", "publisher": "Meta", "weight_format": "pickle"},
              {"name": "gemma", "weight_format": "pickle"}]
    risk = next(r for r in assess_risks(session({"model_inventory": models}, pack)).risks
                if r.risk.id == "pickle_weights")
    [sentence] = explain_risk(pack, risk, "en").why
    assert sentence.text.endswith("): Meta and row 2.")
    assert [s.text for s in sentence.spans if s.role == "row"] == ["Meta", "row 2"]


def test_only_one_column_may_name_rows(make_pack: PackFactory) -> None:
    name = "          - id: name\n            type: short_text\n"
    publisher = "          - id: publisher\n            type: short_text\n"
    folder = make_pack({"open_models.yaml": [
        (name, name + "            row_name: true\n"),
        (publisher, publisher + "            row_name: true\n"),
    ]})
    location = where(folder, "open_models.yaml", "row_name: true", nth=1, shift=10)
    assert_diag(load_errors(folder), location, "table 'model_inventory' already has a row_name "
                "column", "mark only the one column")

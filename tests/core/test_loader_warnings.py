"""Warnings: the pack still loads, but the author is told about dead logic and loose ends."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.core.diagnostics import Severity
from tests.core.packtools import PackFactory, assert_diag, load_clean, make_pack, shown, where

CTX, FLOWS = "context.yaml", "data_flows.yaml"
WARNING = Severity.WARNING
PROMPT_LOGGING_SHOW_IF = "show_if: not selected(data_in_prompts, 'none')"
UNMANAGED_LOGS_WHEN = "when: prompt_logging in ['full', 'unknown'] or log_retention_days > 365"
__all__ = ["make_pack"]  # the fixture, imported for pytest

NEVER_SHOWN = "can never be shown"
NEVER_SHOWN_HINT = "its show_if (or its section's) is false whatever the answers"


@pytest.mark.parametrize(
    "condition", ['"false"', "1 > 2", "not true", "answered(data_in_prompts) and false"]
)
def test_question_that_can_never_be_shown(make_pack: PackFactory, condition: str) -> None:
    folder = make_pack(FLOWS, PROMPT_LOGGING_SHOW_IF, f"show_if: {condition}")
    result = load_clean(folder)
    assert_diag(
        result,
        where(folder, FLOWS, "prompt_logging\n"),
        f"question 'prompt_logging' {NEVER_SHOWN}",
        NEVER_SHOWN_HINT,
        severity=WARNING,
    )
    # log_retention_days is shown only for some prompt_logging answers: never shown either
    assert_diag(
        result,
        where(folder, FLOWS, "log_retention_days\n"),
        f"question 'log_retention_days' {NEVER_SHOWN}",
        severity=WARNING,
    )


def test_questions_of_a_section_that_can_never_be_shown(make_pack: PackFactory) -> None:
    folder = make_pack(CTX, "  - id: screening\n", '  - id: screening\n    show_if: "false"\n')
    result = load_clean(folder)
    for qid in ("dpia_screening", "dpia_reason"):
        assert_diag(
            result,
            where(folder, CTX, f"{qid}\n"),
            f"question '{qid}' {NEVER_SHOWN}",
            severity=WARNING,
        )
    # the risk that reads only dpia_screening can never be raised either
    assert_diag(
        result,
        where(folder, CTX, "count(dpia_screening) >= 2"),
        "risk 'dpia_required' can never be raised",
        severity=WARNING,
    )


def test_question_depending_only_on_a_never_shown_question(make_pack: PackFactory) -> None:
    folder = make_pack(
        {
            CTX: (
                "        required: true\n        label: {en: What is the AI system called",
                '        show_if: "false"\n        required: true\n'
                "        label: {en: What is the AI system called",
            ),
            FLOWS: (PROMPT_LOGGING_SHOW_IF, "show_if: answered(system_name)"),
        }
    )
    result = load_clean(folder)
    warned = {d.message for d in result.warnings}
    assert {
        f"question 'system_name' {NEVER_SHOWN}",
        f"question 'prompt_logging' {NEVER_SHOWN}",
        f"question 'log_retention_days' {NEVER_SHOWN}",
    } <= warned, shown(result.warnings)


def test_question_that_may_be_shown_is_not_warned(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, PROMPT_LOGGING_SHOW_IF, "show_if: true or false")
    result = load_clean(folder)
    assert result.warnings == []


@pytest.mark.parametrize("when", ['"false"', "1 > 2 and prompt_logging == 'full'"])
def test_risk_that_can_never_be_raised(make_pack: PackFactory, when: str) -> None:
    folder = make_pack(FLOWS, UNMANAGED_LOGS_WHEN, f"when: {when}")
    result = load_clean(folder)
    assert_diag(
        result,
        where(folder, FLOWS, when),
        "risk 'unmanaged_prompt_logs' can never be raised",
        "its 'when' is false whatever the answers",
        severity=WARNING,
    )
    assert len(result.warnings) == 1, shown(result.warnings)


def test_risk_reading_only_never_shown_questions(make_pack: PackFactory) -> None:
    folder = make_pack(
        {
            FLOWS: [
                (PROMPT_LOGGING_SHOW_IF, "show_if: 1 > 2"),
                (UNMANAGED_LOGS_WHEN, "when: prompt_logging == 'full'"),
            ]
        }
    )
    result = load_clean(folder)
    assert_diag(
        result,
        where(folder, FLOWS, "prompt_logging == 'full'"),
        "risk 'unmanaged_prompt_logs' can never be raised",
        severity=WARNING,
    )


def test_measure_named_by_no_risk(make_pack: PackFactory) -> None:
    folder = make_pack(
        FLOWS, "    measures: [transfer_basis]", "    measures: [mask_and_expire_logs]"
    )
    result = load_clean(folder)
    assert_diag(
        result,
        where(folder, FLOWS, "transfer_basis\n"),
        "measure 'transfer_basis' is not named by any risk",
        severity=WARNING,
    )
    assert len(result.warnings) == 1, shown(result.warnings)
    assert result.pack is not None and "transfer_basis" in result.pack.measures


def test_warning_text_and_cli(make_pack: PackFactory) -> None:
    """A warning is printed as ``file:line:col: warning: ...`` and validate still exits 0."""
    folder = make_pack(
        FLOWS, "    measures: [transfer_basis]", "    measures: [mask_and_expire_logs]"
    )
    result = CliRunner().invoke(cli, ["pack", "validate", str(folder)])
    assert result.exit_code == 0, result.output
    at = where(folder, FLOWS, "transfer_basis\n")
    assert f"{at}: warning: measure 'transfer_basis' is not named by any risk" in result.stderr
    assert "valid (org.aipia.test.demo-small 0.1.0)" in result.stdout

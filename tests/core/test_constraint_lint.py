"""Lint warns when a constraint can never fail, e.g. one meant to refuse "unknown" (issue 15)."""

from __future__ import annotations

import pytest

from app.core.diagnostics import Severity
from app.core.loader import load_pack
from tests.core.packtools import PackFactory, assert_diag, make_pack, where

__all__ = ["make_pack"]  # the fixture, imported for pytest
FLOWS = "data_flows.yaml"
ANCHOR = "        allow: [unknown]\n        label:\n          en: Are prompts"
MESSAGE = "      message: {en: Not allowed., ko: 허용되지 않습니다.}\n"


def with_constraint(rule: str) -> tuple[str, str]:
    block = f"        constraint:\n          rule: \"{rule}\"\n    {MESSAGE}        label:"
    return ANCHOR, ANCHOR.replace("        label:", block, 1)


@pytest.mark.parametrize("rule", ["prompt_logging != 'unknown'", "not unknown(prompt_logging)",
                                  "answered(prompt_logging)"])
def test_a_constraint_that_cannot_fail_is_a_warning(make_pack: PackFactory, rule: str) -> None:
    folder = make_pack(FLOWS, *with_constraint(rule))
    result = load_pack(folder)
    assert result.ok, result.errors
    assert_diag(result, where(folder, FLOWS, "rule: "),
                "the constraint of 'prompt_logging' can never fail", "take them out of 'allow'",
                severity=Severity.WARNING)


def test_a_constraint_that_can_fail_is_not(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, *with_constraint("prompt_logging != 'full'"))
    result = load_pack(folder)
    assert result.ok and not [d for d in result.warnings if "constraint" in d.message]

"""Loader checks of rating and acceptance: who rates a risk, level words, the policy."""

from __future__ import annotations

from pathlib import Path

from app.core.diagnostics import Severity
from app.core.loader import load_pack
from tests.core.packtools import PackFactory, assert_diag, load_errors, make_pack, where

__all__ = ["make_pack"]  # the fixture, used by name

POLICY = """
acceptance:
  roles:
    - {id: owner, label: {en: Owner, ko: 책임자}}
    - {id: dpo, label: {en: DPO, ko: 보호책임자}}
  levels:
    critical:
      allowed: false
      by: [dpo]
    high: {by: [dpo]}

report:"""


def test_a_step_called_like_a_level_warns_whatever_the_case(make_pack: PackFactory) -> None:
    folder = make_pack("pack.yaml", "label: {en: Remote, ko: 희박}", "label: {en: LOW, ko: 희박}")
    result = load_pack(folder)
    assert result.pack is not None  # a warning, not an error
    assert_diag(result, where(folder, "pack.yaml", "LOW"),
                "likelihood step 'remote' is called 'LOW' in 'en', the same word as risk level "
                "'low'", severity=Severity.WARNING)


def test_the_korean_words_of_1_0_0_are_caught(make_pack: PackFactory) -> None:
    folder = make_pack("pack.yaml", "{en: Likely, ko: 개연성 높음}", "{en: Likely, ko: 높음}")
    [warning] = load_pack(folder).warnings
    assert "'높음' in 'ko', the same word as risk level 'high'" in warning.message


def test_a_risk_rated_by_rules_needs_both_levels(make_pack: PackFactory) -> None:
    folder = make_pack("data_flows.yaml", "    severity: significant\n", "")
    result = load_errors(folder)
    assert any("risk 'transfer_abroad' has no severity" in d.message for d in result.errors)


def test_an_assessor_rated_risk_takes_no_level_rules(make_pack: PackFactory) -> None:
    folder = make_pack("data_flows.yaml", "    severity: significant\n",
                       "    severity: significant\n    rated_by: assessor\n")
    result = load_errors(folder)
    assert_diag(result, where(folder, "data_flows.yaml", "severity: significant", shift=10),
                "risk 'transfer_abroad' is rated by the assessor, so it takes no severity")


def test_a_policy_loads_and_its_unused_by_is_a_warning(make_pack: PackFactory) -> None:
    folder = make_pack("pack.yaml", "\nreport:", POLICY)
    result = load_pack(folder)
    assert result.pack is not None and result.pack.manifest.acceptance is not None
    assert [d.message for d in result.warnings] == [
        "risk level 'critical' may not be accepted, so 'by' is never used"]


def test_a_policy_naming_unknown_levels_and_roles_is_refused(
    make_pack: PackFactory, tmp_path: Path
) -> None:
    broken = POLICY.replace("    high: {by: [dpo]}", "    hihg: {by: [cpo]}")
    folder = make_pack("pack.yaml", "\nreport:", broken)
    result = load_errors(folder)
    messages = sorted(d.message for d in result.errors)
    assert messages == ["unknown acceptance role 'cpo' in 'acceptance: roles'",
                        "unknown risk level 'hihg' in the matrix's 'levels'"]
    assert {d.hint for d in result.errors} == {"did you mean 'dpo'?", "did you mean 'high'?"}

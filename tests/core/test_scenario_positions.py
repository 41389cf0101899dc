"""Golden scenarios carry plans and judgements; pack lint checks inherent, current, target."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from app.core.answers.file import parse_answer_file
from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.scenarios import run_scenario, scenario_register, scenario_session
from app.core.treatment import TreatedRegister
from tests.conftest import REPO_ROOT

BUILT_IN = REPO_ROOT / "questionnaires" / "ai-pia"
SCENARIOS = sorted((BUILT_IN / "scenarios").glob("*.json"))
CLINIC = BUILT_IN / "scenarios" / "1-clinic-llama-notes.json"


@cache
def pack() -> Pack:
    return require_pack(BUILT_IN)


def register_of(path: Path) -> TreatedRegister:
    file = parse_answer_file(path.read_bytes(), path.name)
    session, problems = scenario_session(pack(), file)
    assert problems == []
    return scenario_register(pack(), file, session)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_each_scenario_has_a_real_plan_and_full_expectations(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    statuses = {plan["status"] for plan in data["measure_plans"].values()}
    assert {"done", "planned", "not_planned"} <= statuses
    expected = data["expected"]["risks"]
    assert all(set(levels) == {"inherent", "current", "target"} for levels in expected.values())
    # the plan moves some risks, and leaves some high because of measures nobody plans
    register = register_of(path)
    assert any(t.target != t.inherent for t in register.risks)
    assert any(t.holding_target for t in register.risks)
    assert run_scenario(pack(), path).ok


def test_the_clinic_keeps_memorisation_high_by_one_unplanned_measure() -> None:
    risk = register_of(CLINIC).get("ft_memorisation")
    assert risk is not None and risk.target is not None
    assert (risk.inherent.level, risk.current.level, risk.target.level) == ("high",) * 3  # type: ignore[union-attr]
    assert [m.measure.id for m in risk.holding_target] == ["test_privacy_attacks"]
    statuses = {m.measure.id: m.status for m in risk.measures if m.key}
    assert statuses == {"minimise_ft_data": "planned", "test_model_leakage": "in_progress",
                        "test_privacy_attacks": "not_planned"}


def test_the_clinic_records_an_override_a_treatment_and_an_acceptance() -> None:
    register = register_of(CLINIC)
    vendor = register.get("processor_without_contract")
    assert vendor is not None and vendor.adjusted and vendor.engine and vendor.inherent
    assert (vendor.engine.level, vendor.inherent.level) == ("medium", "high")
    assert "원격 관리자 권한" in vendor.judgement.rating.reason  # type: ignore[union-attr]
    abuse = register.get("abuse_undetected")
    assert abuse is not None and abuse.judgement.acceptance is not None
    accepted = abuse.judgement.acceptance
    assert (accepted.role, accepted.level) == ("privacy_officer", "medium")
    assert not abuse.acceptance_outdated


def edited_scenario(tmp_path: Path, change: Any) -> Path:
    data = json.loads(CLINIC.read_text("utf-8"))
    change(data)
    path = tmp_path / "scenarios" / CLINIC.name
    path.parent.mkdir()
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_lint_reports_a_target_that_moved(tmp_path: Path) -> None:
    def plan_the_attack_tests(data: dict[str, Any]) -> None:
        data["measure_plans"]["test_privacy_attacks"]["status"] = "planned"

    result = run_scenario(pack(), edited_scenario(tmp_path, plan_the_attack_tests))
    assert [d.message for d in result.diagnostics] == [
        "risk 'ft_memorisation' target level is 'medium', expected 'high'"]
    assert result.positions["ft_memorisation"] == {
        "inherent": "high", "current": "high", "target": "medium"}


def test_a_level_alone_still_checks_only_the_inherent_level(tmp_path: Path) -> None:
    def shorthand(data: dict[str, Any]) -> None:
        data["expected"]["risks"]["ft_memorisation"] = "high"
        data["measure_plans"]["test_privacy_attacks"]["status"] = "done"

    assert run_scenario(pack(), edited_scenario(tmp_path, shorthand)).ok


def test_a_scenario_with_an_unknown_treatment_is_refused(tmp_path: Path) -> None:
    def postpone(data: dict[str, Any]) -> None:
        data["risk_judgements"]["ft_memorisation"]["treatment"]["choice"] = "postpone"

    result = run_scenario(pack(), edited_scenario(tmp_path, postpone))
    assert not result.ok
    [problem] = [d.message for d in result.diagnostics]
    assert problem.startswith("risk_judgements.ft_memorisation.treatment.choice: Input should be")

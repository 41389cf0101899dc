"""The assessor's judgement as use cases, on the built-in clinic scenario.

What the desktop app's Risks tab and the command line call: every refusal
leaves the database as it was, every change is kept with who and when, and
judgements travel with exports and imports.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.treatment import JudgementError
from app.services import risk_treatment as service
from app.services.demo import import_demo
from app.services.transfer import ImportFileError, export_assessment, import_assessment
from app.services.workspace import OpenAssessment, Workspace, WorkspaceError


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "data") as ws:
        yield ws


@pytest.fixture
def clinic(workspace: Workspace) -> OpenAssessment:
    return workspace.open(import_demo(workspace).id)


def snapshot(workspace: Workspace, clinic: OpenAssessment) -> tuple[object, ...]:
    record_id = clinic.record.id
    return (workspace.store.get_judgements(record_id), workspace.store.judgement_history(record_id),
            workspace.store.get_assessment(record_id).updated_at)


def test_the_register_the_app_reads_has_the_scenarios_plan_and_judgements(
    workspace: Workspace, clinic: OpenAssessment
) -> None:
    register = service.risk_register(workspace, clinic)
    assert register.summary.counts["inherent"]["high"] == 13  # 12 by the rules, 1 by the assessor
    assert register.summary.counts["target"]["high"] == 6
    memorisation = register.get("ft_memorisation")
    assert memorisation is not None
    assert [m.measure.id for m in memorisation.holding_target] == ["test_privacy_attacks"]


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"likelihood": "likely", "reason": ""}, "rating_reason"),
    ({"likelihood": "frequent", "reason": "why"}, "unknown_step"),
    ({"reason": "why"}, "no_levels"),
])
def test_a_refused_rating_saves_nothing(workspace: Workspace, clinic: OpenAssessment,
                                        kwargs: dict[str, str], code: str) -> None:
    before = snapshot(workspace, clinic)
    with pytest.raises(JudgementError) as excinfo:
        service.rate_risk(workspace, clinic, "ft_memorisation", by="H. Kim", **kwargs)
    assert excinfo.value.code == code
    assert snapshot(workspace, clinic) == before


def test_a_rating_moves_the_risk_and_keeps_the_rules_rating_beside_it(
    workspace: Workspace, clinic: OpenAssessment
) -> None:
    risk = service.rate_risk(workspace, clinic, "unguarded_model_io", likelihood="likely",
                             reason="Reachable from every ward PC.", by="H. Kim")
    assert risk.engine is not None and risk.inherent is not None
    assert (risk.engine.level, risk.inherent.level) == ("high", "critical")
    [change] = service.judgement_history(workspace, clinic.record.id, "unguarded_model_io")
    assert (change.part, change.by) == ("rating", "H. Kim")
    assert change.value is not None and change.value["reason"] == "Reachable from every ward PC."
    assert service.clear_judgement(workspace, clinic, "unguarded_model_io", "rating", by="Dr Park")
    again = service.raised_risk(workspace, clinic, "unguarded_model_io")
    assert again.inherent == again.engine and not again.adjusted


def test_only_the_privacy_officer_accepts_a_residual_high_and_is_told_about_art_36(
    workspace: Workspace, clinic: OpenAssessment
) -> None:
    before = snapshot(workspace, clinic)
    with pytest.raises(JudgementError) as excinfo:
        service.accept_risk(workspace, clinic, "no_privacy_red_team", accepted_by="Dr Park",
                            role="owner")
    assert excinfo.value.code == "role_not_allowed"
    assert snapshot(workspace, clinic) == before
    roles = service.acceptance_roles(clinic, service.raised_risk(workspace, clinic,
                                                                "no_privacy_red_team"))
    assert [r.id for r in roles] == ["privacy_officer"]
    outcome = service.accept_risk(workspace, clinic, "no_privacy_red_team",
                                  accepted_by="Dr Park", role="privacy_officer",
                                  accepted_on="2026-12-01")
    assert outcome.notice is not None and "Art. 36" in outcome.notice.get("en")
    acceptance = outcome.risk.judgement.acceptance
    assert acceptance is not None and (acceptance.level, acceptance.by) == ("high", "Dr Park")


def test_a_residual_critical_cannot_be_accepted(workspace: Workspace,
                                                clinic: OpenAssessment) -> None:
    service.rate_risk(workspace, clinic, "ai_incident_gap", likelihood="likely",
                      reason="Two incidents last year went unreported.", by="H. Kim")
    before = snapshot(workspace, clinic)
    with pytest.raises(JudgementError) as excinfo:
        service.accept_risk(workspace, clinic, "ai_incident_gap", accepted_by="Dr Park",
                            role="privacy_officer")
    assert excinfo.value.code == "not_acceptable"
    assert snapshot(workspace, clinic) == before


def test_risks_not_raised_or_unknown_cannot_be_judged(workspace: Workspace,
                                                      clinic: OpenAssessment) -> None:
    with pytest.raises(JudgementError) as excinfo:
        service.choose_treatment(workspace, clinic, "model_erasure_gap", "accept", reason="x",
                                 by="H. Kim")
    assert excinfo.value.code == "not_raised"
    with pytest.raises(JudgementError) as excinfo:
        service.choose_treatment(workspace, clinic, "ft_memorisaton", "accept", reason="x",
                                 by="H. Kim")
    assert "did you mean 'ft_memorisation'?" in str(excinfo.value)


def test_planning_the_missing_measure_lowers_the_target(workspace: Workspace,
                                                        clinic: OpenAssessment) -> None:
    register = service.plan_measure(workspace, clinic, "test_privacy_attacks", status="planned")
    memorisation = register.get("ft_memorisation")
    assert memorisation is not None and memorisation.target is not None
    assert memorisation.target.level == "medium" and memorisation.holding_target == ()
    plan = workspace.store.get_measure_plans(clinic.record.id)["test_privacy_attacks"]
    assert plan.owner == "○○정보기술 AI 담당"  # kept: only the status was given
    with pytest.raises(WorkspaceError, match="not a plan status"):
        service.plan_measure(workspace, clinic, "test_privacy_attacks", status="someday")


def test_judgements_and_their_history_survive_export_and_import(
    workspace: Workspace, clinic: OpenAssessment, tmp_path: Path
) -> None:
    service.choose_treatment(workspace, clinic, "ft_memorisation", "avoid",
                             reason="The adapter is withdrawn.", by="H. Kim")
    exported = export_assessment(workspace, clinic.record.id)
    path = tmp_path / "clinic.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), "utf-8")
    copy = import_assessment(workspace, path, as_copy=True)
    assert workspace.store.get_judgements(copy.id) == workspace.store.get_judgements(
        clinic.record.id)
    assert workspace.store.judgement_history(copy.id) == workspace.store.judgement_history(
        clinic.record.id)


@pytest.mark.parametrize(("part", "key", "value", "problem"), [
    ("treatment", "choice", "postpone", "risk_judgements.ft_memorisation.treatment.choice"),
    ("rating", "severity", "catastrophic",
     "risk_judgements.processor_without_contract.rating: 'catastrophic' is not a severity step"),
    ("acceptance", "level", "unbearable",
     "risk_judgements.abuse_undetected.acceptance: 'unbearable' is not a risk level"),
])
def test_an_import_with_an_unknown_treatment_or_level_is_refused_whole(
    workspace: Workspace, clinic: OpenAssessment, tmp_path: Path,
    part: str, key: str, value: str, problem: str,
) -> None:
    exported = export_assessment(workspace, clinic.record.id)
    risk = {"treatment": "ft_memorisation", "rating": "processor_without_contract",
            "acceptance": "abuse_undetected"}[part]
    exported["risk_judgements"][risk][part][key] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), "utf-8")
    count = len(workspace.store.list_assessments())
    with pytest.raises(ImportFileError) as excinfo:
        import_assessment(workspace, path, as_copy=True)
    assert any(p.startswith(problem) for p in excinfo.value.problems), excinfo.value.problems
    assert len(workspace.store.list_assessments()) == count

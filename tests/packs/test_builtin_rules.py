"""Rules of the built-in pack that 1.0.0 misrated, checked on the answers that exposed them.

Each test starts from a golden scenario and changes the few answers a user would
change, then reads the register the risk engine raises, as a user would see it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from app.core.answers import Answer, answer_from_json
from app.core.answers.file import parse_answer_file
from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.risk_engine import RaisedRisk, assess_risks
from app.core.scenarios import scenario_session
from app.core.session import Session
from tests.conftest import REPO_ROOT

BUILT_IN = REPO_ROOT / "questionnaires" / "ai-pia"
CLINIC, STARTUP, LAW_FIRM = (
    "1-clinic-llama-notes.json", "2-startup-gpt-oss-email.json", "3-law-firm-offline-drafting.json")
UNKNOWN = object()


@cache
def pack() -> Pack:
    return require_pack(BUILT_IN)


def session(scenario: str, **changes: Any) -> Session:
    """The scenario's answers with ``changes`` (a value, UNKNOWN, or None to clear)."""
    path = BUILT_IN / "scenarios" / scenario
    base, problems = scenario_session(pack(), parse_answer_file(path.read_bytes(), str(path)))
    assert problems == []
    for qid, value in changes.items():
        if value is None:
            answer = None
        elif value is UNKNOWN:
            answer = Answer.unknown()
        else:
            answer = answer_from_json(pack().questions[qid], {"value": value}, pack().choices)
        base.set_answer(qid, answer)
    return base


def raised(scenario: str, **changes: Any) -> dict[str, RaisedRisk]:
    return {r.risk.id: r for r in assess_risks(session(scenario, **changes)).risks}


def test_health_records_are_not_high_risk_under_the_ai_act_but_triage_is() -> None:
    eu = ["kr", "eea"]
    notes = raised(CLINIC, markets=eu, ai_act_role="provider_deployer")
    assert "high_risk_use_case" not in notes  # drafting clinical notes is not in Annex III
    triage = raised(CLINIC, markets=eu, use_case_category=["medical_device"],
                    ai_act_role="provider_deployer")
    assert triage["high_risk_use_case"].inherent.severity == "severe"


def test_building_a_system_for_own_use_makes_an_organisation_its_provider() -> None:
    role = pack().questions["ai_act_role"]
    assert "provider_deployer" in [c.id for c in pack().choices(role)]
    assert "Art. 3(3)" in pack().text(role.help, "en")  # type: ignore[arg-type]
    assert "ai_act_provider_duties" in raised(STARTUP)
    assert "ai_act_provider_duties" not in raised(STARTUP, ai_act_role="deployer")


def test_memorisation_in_a_staff_only_tool_is_not_critical() -> None:
    staff = raised(CLINIC)["ft_memorisation"]
    public = raised(CLINIC, service_audience="public", privacy_attack_tests="no")[
        "ft_memorisation"]
    assert (staff.inherent.likelihood, staff.level) == ("possible", "high")
    assert (public.inherent.likelihood, public.level) == ("almost_certain", "critical")


def test_one_memorisation_harm_is_one_risk() -> None:
    ids = set(pack().risks)
    assert "ft_memorisation" in ids
    assert not {"ft_leakage_untested", "privacy_attacks_on_model"} & ids
    tested = raised(CLINIC, ft_leakage_tested="yes", ft_data_safeguards=[
        "remove_identifiers", "deduplicate"])["ft_memorisation"]
    assert tested.inherent.likelihood == "remote"


@pytest.mark.parametrize("risk_id", [
    "vulnerable_runtime", "lookalike_weights", "pickle_code_execution", "remote_code_execution"])
def test_security_risks_are_not_severe_when_no_personal_data_is_processed(risk_id: str) -> None:
    changes: dict[str, Any] = {"runtime_patched": "no", "official_source": "no",
                               "trust_remote_code": "without_review"}
    rows = session(LAW_FIRM).answer("model_inventory").value  # type: ignore[union-attr]
    changes["model_inventory"] = [{**row, "weight_format": "pickle"} for row in rows]
    with_data = raised(LAW_FIRM, **changes)[risk_id]
    without = raised(LAW_FIRM, data_subjects=["none"], **changes)[risk_id]
    assert with_data.inherent.severity == "severe"
    assert without.inherent.severity == "limited"


def test_an_untested_upstream_model_matters_more_when_outputs_concern_people() -> None:
    about_people = raised(LAW_FIRM, outputs_about_individuals="yes")["upstream_model_tainted"]
    not_about = raised(LAW_FIRM, outputs_about_individuals="no")["upstream_model_tainted"]
    no_data = raised(LAW_FIRM, data_subjects=["none"], outputs_about_individuals="no")[
        "upstream_model_tainted"]
    assert [r.inherent.severity for r in (about_people, not_about, no_data)] == [
        "significant", "limited", "minimal"]


def test_assessment_after_go_live_needs_a_live_system_not_assessed_before() -> None:
    assert "assessed_after_go_live" in raised(CLINIC)  # pilot, not assessed beforehand
    assert "assessed_after_go_live" not in raised(CLINIC, prior_assessment="yes")
    assert "assessed_after_go_live" not in raised(CLINIC, system_status="major_change")


def test_the_ai_basic_act_duties_do_not_apply_to_internal_use() -> None:
    assert "kr_ai_basic_act_duties" in raised(STARTUP)  # an AI-using business
    assert "kr_ai_basic_act_duties" not in raised(STARTUP, kr_ai_role="user_only")


def test_a_large_number_of_people_triggers_the_large_scale_criterion() -> None:
    few = raised(LAW_FIRM, subject_volume=2400)
    many = raised(LAW_FIRM, subject_volume=1_500_000)
    assert "screening_understated" not in few
    assert "screening_understated" in many
    assert "screening_understated" not in raised(
        LAW_FIRM, subject_volume=1_500_000, dpia_screening=["innovative", "large_scale"],
        dpia_elements=["description", "necessity", "risks", "measures"])


@pytest.mark.parametrize(("purpose", "elements", "vague"), [
    ("노트북에서 변호사용 서신 초안 작성(의뢰인 실명 제외)",  # precise, about 20 characters
     ["task", "output_users", "people_affected"], False),
    ("AI 비서", ["none"], True),
    ("Helps the team be more efficient with AI across the board", ["task"], True),
])
def test_a_vague_purpose_is_judged_by_its_content_not_its_length(
    purpose: str, elements: list[str], vague: bool
) -> None:
    found = raised(LAW_FIRM, system_purpose=purpose, purpose_elements=elements)
    assert ("purpose_vague" in found) is vague


def test_pseudonymised_training_data_is_outside_the_rights_but_needs_its_safeguards() -> None:
    clinic = raised(CLINIC)
    assert not {"model_erasure_gap", "rights_miss_ai_stores"} & set(clinic)
    assert clinic["pseudonym_controls_missing"].level == "high"
    eu = raised(CLINIC, markets=["kr", "eea"], ai_act_role="provider_deployer")
    assert {"model_erasure_gap", "rights_miss_ai_stores"} <= set(eu)  # the GDPR has no 28-7
    safe = raised(CLINIC, pseudonym_controls=[
        "separate_additional_info", "processing_records", "retention_period",
        "reidentification_ban"])
    assert "pseudonym_controls_missing" not in safe


def test_a_transfer_to_a_us_host_needs_a_gdpr_tool_besides_the_pipa_ground() -> None:
    rows = session(STARTUP).answer("cross_border").value  # type: ignore[union-attr]
    complete = [{**row, "mechanism": "contract_disclosure",
                 "gdpr_tool": row["gdpr_tool"] if row["gdpr_tool"] != "none" else "sccs"}
                for row in rows]
    assert "transfer_without_basis" not in raised(STARTUP, cross_border=complete)
    one_missing = [{**row, "gdpr_tool": None} if row["recipient"].startswith("Nimbus") else row
                   for row in complete]
    assert "transfer_without_basis" in raised(STARTUP, cross_border=one_missing)


def test_eu_customers_without_an_eu_establishment_need_a_representative() -> None:
    assert raised(STARTUP)["no_eu_representative"].risk.kind == "compliance"
    assert "no_eu_representative" not in raised(STARTUP, eu_representative="yes")
    assert not session(STARTUP, controller_country="eea").is_visible("eu_representative")


def test_compliance_checks_are_kept_apart_from_harms() -> None:
    kinds = {r.id: r.kind for r in pack().risks.values()}
    for compliance in ("notice_silent_on_ai", "transfer_not_disclosed", "ai_incident_gap",
                       "rights_miss_ai_stores", "dpia_required", "no_lawful_basis"):
        assert kinds[compliance] == "compliance", compliance
    for harm in ("ft_memorisation", "prompt_injection_unmitigated", "device_chats_exposed",
                 "pseudonym_controls_missing"):
        assert kinds[harm] == "harm", harm

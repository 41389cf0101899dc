"""The built-in pack's content: size, the outline it was written from, and its golden scenarios.

The outline (../shared/domain/QUESTIONNAIRE-OUTLINE.md) is the floor of the
built-in pack; its question ids are copied here so that the test does not
depend on a file outside the repository. The registers of the golden
scenarios are also checked exactly by ``pack lint``; here the expectations of
the issue are spelled out, so that a rule change that breaks the story of a
scenario fails with a readable message.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.core.answers.file import parse_answer_file
from app.core.loader import require_pack
from app.core.pack import Pack
from app.core.risk_engine import RaisedRisk, RiskRegister, assess_risks
from app.core.scenarios import scenario_session
from tests.conftest import REPO_ROOT

BUILT_IN = REPO_ROOT / "questionnaires" / "ai-pia"
SCENARIOS = BUILT_IN / "scenarios"
LOW_LEVELS = {"low", "medium"}

# The outline's question ids, by the module that holds them.
OUTLINE: dict[str, tuple[str, ...]] = {
    "context": ("dpia_screening",),  # outline C7; the issue puts the screening in the context
    "open_models": (
        "model_inventory", "use_case_category", "deployment_mode", "host_terms",
        "official_source", "hash_pinned", "weight_format", "trust_remote_code",
        "runtime_patched", "aibom", "model_card_reviewed", "licence_class", "aup_checked",
        "licence_conditions", "redistribution", "adaptation_methods", "ft_data_identifiability",
        "ft_leakage_tested", "third_party_adapters", "quantised_eval", "red_team", "io_guard",
        "reasoning_trace", "upstream_watch", "ai_act_role", "value_chain_roles",
        "kr_ai_basic_act",
    ),
    "security": (
        "ai_policy", "accountable_owner", "shadow_ai", "threat_model", "ai_literacy",
        "untrusted_inputs", "injection_controls", "output_handling", "system_prompt_clean",
        "pii_output_filter", "accuracy_controls", "allowed_data_classes", "prompt_redaction",
        "weights_protected", "privacy_attack_tests", "training_store_security", "rag_corpora",
        "rag_acl", "rag_erasure", "rag_ingest_validation", "agent_tools", "agent_privilege",
        "agent_approval", "agent_memory", "plugin_vetting", "prompt_logging",
        "log_retention_days", "abuse_monitoring", "ai_incident_response", "endpoint_auth",
        "resource_limits", "env_separation",
    ),
    "data_flows": (
        "data_flows", "subject_volume", "sensitive_categories", "purpose_per_stage", "li_test",
        "reuse_for_training", "prompt_training_optout", "public_data_safeguards",
        "upstream_lawfulness", "decision_use", "adm_rights", "inferences", "privacy_notice_ai",
        "ai_disclosure", "dsar_scope", "model_erasure", "report_channel", "dsar_days",
        "retention_schedule", "training_retention", "deletion_verified", "vendors",
        "cross_border", "transfer_notice", "transfer_risk_assessment", "dpia_elements",
        "korean_pia", "fria", "review_cycle",
    ),
}

# Outline ids deliberately folded into table columns: outline id -> (table, column) pairs.
FOLDED_INTO_COLUMNS = {
    "lawful_basis": (("data_flows", "lawful_basis"),),  # one basis per flow, as the outline asks
    "transfer_type": (("vendors", "transfer_type"), ("cross_border", "transfer_type")),
    # 1.1.0 reads these from the model inventory (one row per model) instead of asking again.
    "deployment_mode": (("model_inventory", "runs_where"),),
    "weight_format": (("model_inventory", "weight_format"),),
    "licence_class": (("model_inventory", "licence"),),
}
FOLDED_INTO_CHOICES = {
    "children": "data_subjects",  # asked once, with the other data subjects
}

TABLES = ("model_inventory", "data_flows", "vendors", "cross_border", "retention_schedule")


@cache
def pack() -> Pack:
    return require_pack(BUILT_IN)


@cache
def register(name: str) -> RiskRegister:
    """The register the golden scenario ``name`` raises, computed by the risk engine."""
    path = SCENARIOS / name
    file = parse_answer_file(path.read_bytes(), str(path))
    session, problems = scenario_session(pack(), file)
    assert problems == []
    return assess_risks(session)


def raised(name: str) -> dict[str, RaisedRisk]:
    return {r.risk.id: r for r in register(name).risks}


def levels(name: str) -> dict[str, str]:
    return {risk_id: r.level for risk_id, r in raised(name).items()}


def test_size() -> None:
    assert len(pack().questions) >= 90
    assert len(pack().risks) >= 30


@pytest.mark.parametrize("module", sorted(OUTLINE))
def test_outline_questions_are_in_their_module(module: str) -> None:
    misplaced = [qid for qid in OUTLINE[module] if qid not in FOLDED_INTO_COLUMNS
                 and (qid not in pack().questions
                      or pack().module_of[pack().section_of[qid]] != module)]
    assert misplaced == []


def test_folded_outline_ids_live_on_as_columns_and_choices() -> None:
    for outline_id, places in FOLDED_INTO_COLUMNS.items():
        assert outline_id not in pack().questions
        for table, column in places:
            assert column in [c.id for c in pack().questions[table].columns]
    for outline_id, question in FOLDED_INTO_CHOICES.items():
        assert outline_id not in pack().questions
        assert pack().choice(pack().questions[question], outline_id) is not None


@pytest.mark.parametrize("qid", TABLES)
def test_inventories_are_tables(qid: str) -> None:
    assert pack().questions[qid].type == "table"


def test_clinic_has_high_risks_on_health_data_memorisation_and_pseudonymisation() -> None:
    name = "1-clinic-llama-notes.json"
    assert register(name).summary.overall == "high"
    assert levels(name) | {
        "ft_memorisation": "high",  # LoRA on past records, no deduplication; staff-only tool
        "pseudonym_controls_missing": "high",  # no stop-and-destroy on re-identification
        "tuned_weights_exposed": "high",
        "unguarded_model_io": "high",
    } == levels(name)
    health_driven = ("ft_memorisation", "tuned_weights_exposed", "unguarded_model_io",
                     "shadow_ai_use", "pseudonym_controls_missing")
    assert {raised(name)[r].inherent.severity for r in health_driven} == {"severe"}
    # PIPA Art. 28-7: rights of Arts. 35-37 do not reach the pseudonymised training set and
    # adapter, so neither the erasure nor the rights-scope risk is raised for them.
    assert not {"model_erasure_gap", "rights_miss_ai_stores"} & set(levels(name))


def test_startup_has_transfer_processor_injection_and_agency_risks() -> None:
    name = "2-startup-gpt-oss-email.json"
    assert register(name).summary.overall == "critical"
    assert levels(name) | {
        "transfer_without_basis": "high",  # no SCCs for the US host, nothing for the SaaS
        "transfer_not_disclosed": "medium",
        "no_eu_representative": "medium",  # EU customers, no EU establishment (Art. 27)
        "ai_act_provider_duties": "medium",  # built its own system: provider and deployer
        "processor_without_contract": "high",
        "vendor_trains_on_data": "high",
        "prompt_injection_unmitigated": "critical",  # public inbox read by an agent
        "excessive_agency": "high",  # the Gmail tool holds the whole mailbox
        "unvetted_agent_plugins": "critical",
    } == levels(name)
    # Assessed before launch, so no "processing before assessment" risk.
    assert "assessed_after_go_live" not in levels(name)


def test_law_firm_pseudonymised_facts_on_unencrypted_laptops_are_not_a_low_risk() -> None:
    name = "3-law-firm-offline-drafting.json"
    found = levels(name)
    assert register(name).summary.overall == "high"
    assert found["device_chats_exposed"] == "high"  # unencrypted laptops keep every chat
    assert found["retention_undefined"] == "high"  # chat histories have no retention period
    others = {r: level for r, level in found.items()
              if r not in ("device_chats_exposed", "retention_undefined")}
    assert others and set(others.values()) <= LOW_LEVELS


def test_lint_json_reports_no_error_and_complete_languages() -> None:
    result = CliRunner().invoke(cli, ["pack", "lint", "--json", str(BUILT_IN)], prog_name="aipia")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["errors"] == []
    assert report["warnings"] == []
    assert report["languages"] == {"en": 1.0, "ko": 1.0}
    assert len(report["scenarios"]) >= 3
    assert all(scenario["ok"] for scenario in report["scenarios"])


def test_scenarios_are_exported_answer_files_without_hash() -> None:
    for path in sorted(Path(SCENARIOS).glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        assert data["format"] == "aipia-assessment"
        assert "hash" not in data["pack"]
        assert data["pack"]["version"] == pack().version
        assert data["expected"]["exact"] is True

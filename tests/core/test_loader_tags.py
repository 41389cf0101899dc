"""Lifecycle stages on questions, risk kinds and crosswalks: what the loader accepts and refuses."""

from __future__ import annotations

from app.core.versioning.diff import diff_packs
from tests.core.packtools import (
    PackFactory,
    assert_diag,
    load_clean,
    load_errors,
    make_pack,
    where,
)

__all__ = ["make_pack"]  # the fixture, imported for pytest

MANIFEST, FLOWS = "pack.yaml", "data_flows.yaml"
STAGES = (
    "modules:\n",
    "stages:\n"
    "  - id: purpose\n"
    "    label: {en: Purpose setting, ko: 목적 설정}\n"
    "  - id: application\n"
    "    label: {en: Application and management, ko: 시스템 적용 및 관리}\n"
    "    description: {en: Running the system., ko: 시스템을 운영합니다.}\n"
    "modules:\n",
)
PROMPT_LOGGING = ("      - id: prompt_logging\n", "      - id: prompt_logging\n        stage: {}\n")
LOGS_RISK = ("    measures: [mask_and_expire_logs]\n",
             "    measures: [mask_and_expire_logs]\n    kind: {kind}\n    crosswalk:\n"
             "      - {{source: {source}, section: \"7.4.7\"}}\n")


def tagged(stage: str) -> tuple[str, str]:
    return PROMPT_LOGGING[0], PROMPT_LOGGING[1].format(stage)


def test_stages_kind_and_crosswalk_load_and_are_kept(make_pack: PackFactory) -> None:
    folder = make_pack({
        MANIFEST: STAGES,
        FLOWS: [tagged("[purpose, application]"),
                (LOGS_RISK[0], LOGS_RISK[1].format(kind="compliance", source="gdpr"))],
    })
    pack = load_clean(folder).pack
    assert pack is not None
    assert [s.id for s in pack.manifest.stages] == ["purpose", "application"]
    assert pack.manifest.stages[1].label.get("ko") == "시스템 적용 및 관리"
    assert pack.questions["prompt_logging"].stage == ("purpose", "application")
    risk = pack.risks["unmanaged_prompt_logs"]
    assert risk.kind == "compliance"
    assert [(c.source, c.section) for c in risk.crosswalk] == [("gdpr", "7.4.7")]
    assert pack.risks["transfer_abroad"].kind == "harm"  # the default


def test_a_single_stage_is_shorthand_for_a_list(make_pack: PackFactory) -> None:
    pack = load_clean(make_pack({MANIFEST: STAGES, FLOWS: tagged("application")})).pack
    assert pack is not None
    assert pack.questions["prompt_logging"].stage == ("application",)


def test_unknown_stage_is_an_error_with_a_suggestion(make_pack: PackFactory) -> None:
    folder = make_pack({MANIFEST: STAGES, FLOWS: tagged("[purpose, aplication]")})
    assert_diag(load_errors(folder), where(folder, FLOWS, "aplication"),
                "unknown stage 'aplication'", "did you mean 'application'?")


def test_a_stage_needs_a_declared_list(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, *tagged("purpose"))
    assert_diag(load_errors(folder), where(folder, FLOWS, "purpose\n"),
                "unknown stage 'purpose'", "declare it under 'stages' in pack.yaml")


def test_duplicate_stage_ids_are_an_error(make_pack: PackFactory) -> None:
    twice = STAGES[1].replace("- id: application", "- id: purpose")
    folder = make_pack(MANIFEST, STAGES[0], twice)
    assert_diag(load_errors(folder), where(folder, MANIFEST, "purpose", nth=1),
                "duplicate stage id 'purpose'")


def test_crosswalk_to_an_undeclared_source_is_an_error(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, LOGS_RISK[0], LOGS_RISK[1].format(kind="harm", source="blueprint"))
    assert_diag(load_errors(folder), where(folder, FLOWS, "blueprint"),
                "unknown source 'blueprint' in crosswalk", "declare it under 'sources'")
    folder = make_pack(FLOWS, LOGS_RISK[0], LOGS_RISK[1].format(kind="harm", source="iso2700"))
    assert_diag(load_errors(folder), where(folder, FLOWS, "iso2700,"),
                "unknown source 'iso2700' in crosswalk", "did you mean 'iso27001'?")


def test_a_crosswalk_entry_needs_a_section(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, LOGS_RISK[0], LOGS_RISK[1].format(kind="harm", source="gdpr")
                       .replace(', section: "7.4.7"', ""))
    assert_diag(load_errors(folder), where(folder, FLOWS, "{source: gdpr}"),
                "missing required key 'section' in a crosswalk entry")


def test_kind_accepts_only_harm_or_compliance(make_pack: PackFactory) -> None:
    folder = make_pack(FLOWS, LOGS_RISK[0], LOGS_RISK[1].format(kind="legal", source="gdpr"))
    assert_diag(load_errors(folder), where(folder, FLOWS, "legal"),
                "'legal' is not allowed here", "'harm' or 'compliance'")


def test_tagging_a_question_with_a_stage_is_not_a_meaningful_change(
    make_pack: PackFactory,
) -> None:
    """An upgrade must not ask users to review answers only because a stage tag was added."""
    before = load_clean(make_pack({MANIFEST: STAGES})).pack
    after = load_clean(make_pack({MANIFEST: STAGES, FLOWS: tagged("application")})).pack
    assert before is not None and after is not None
    changes = {c.id: c for c in diff_packs(before, after).questions.changed}
    assert changes["prompt_logging"].fields == ("stage",)
    assert not changes["prompt_logging"].meaningful

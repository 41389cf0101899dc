"""What changed between two pack versions: questions, choices, risks, measures."""

from __future__ import annotations

from pathlib import Path

from app.core.versioning.diff import Change, Rename, diff_packs
from tests.core.upgradetools import V1, V2, edited, load


def test_v1_to_v2_lists_every_kind_of_change() -> None:
    diff = diff_packs(load(V1), load(V2))
    assert (diff.old_version, diff.new_version) == ("1.0.0", "2.0.0")
    assert diff.questions.added == ("lawful_basis",)
    assert set(diff.questions.removed) == {"vendor_notes", "old_contact"}
    assert diff.questions.renamed == (Rename("hosting", "deployment"),)
    assert set(diff.questions.changed) == {
        Change("data_kinds", ("choices",)), Change("keeps_logs", ("label",)),
        Change("deployment", ("choices",)),
    }
    choices = dict(diff.choices)
    assert choices["data_kinds"].removed == ("chat_logs",)
    assert choices["deployment"].renamed == (Rename("cloud_gpu", "rented_gpu"),)
    assert choices["deployment"].added == ("on_device",)
    assert choices["deployment"].changed == (Change("rented_gpu", ("label",)),)
    assert diff.risks.added == ("rented_compute",)
    assert diff.risks.changed == (Change("logs_kept", ("when",)),)
    assert diff.measures.added == ("provider_contract",)
    assert diff.measures.changed == (Change("retention", ("description",)),)


def test_declared_and_undeclared_removals_are_told_apart() -> None:
    diff = diff_packs(load(V1), load(V2))
    assert diff.declared_removed == ("vendor_notes",)
    assert diff.undeclared_removed == ("old_contact",)
    assert diff.lines()[-1] == "Removed without being listed in removed_questions: old_contact"


def test_a_pack_compared_with_itself_has_no_changes() -> None:
    diff = diff_packs(load(V2), load(V2))
    assert diff.empty
    assert diff.lines() == ["No question, choice, risk or measure changed."]


def test_the_reverse_direction_reads_as_the_opposite(tmp_path: Path) -> None:
    diff = diff_packs(load(V2), load(V1))
    assert "lawful_basis" in diff.questions.removed
    assert {"hosting", "vendor_notes", "old_contact"} <= set(diff.questions.added)
    assert "deployment" in diff.questions.removed  # no rename is declared in v1


def test_help_only_changes_are_not_meaningful(tmp_path: Path) -> None:
    helped = edited(V1, tmp_path / "helped", [
        ("main.yaml", "        label: {en: Are prompts logged?, ko: 프롬프트를 기록합니까?}\n",
         "        label: {en: Are prompts logged?, ko: 프롬프트를 기록합니까?}\n"
         "        help: {en: Think of debug logs too., ko: 디버그 기록도 포함합니다.}\n"),
        ("pack.yaml", "version: 1.0.0", "version: 1.0.1"),
    ])
    diff = diff_packs(load(V1), load(helped))
    assert diff.questions.changed == (Change("keeps_logs", ("help",)),)
    assert not diff.questions.changed[0].meaningful


def test_json_form_has_every_part() -> None:
    data = diff_packs(load(V1), load(V2)).to_json()
    assert data["old"] == {"id": "org.aipia.test.upgrade", "version": "1.0.0"}
    assert data["questions"]["renamed"] == [{"old": "hosting", "new": "deployment"}]
    assert data["choices"]["data_kinds"]["removed"] == ["chat_logs"]
    assert data["undeclared_removed"] == ["old_contact"]

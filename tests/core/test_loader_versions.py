"""Loader checks of renamed_from and removed_questions, located at the offending entry."""

from __future__ import annotations

from pathlib import Path

from app.core.loader import load_pack
from tests.core.upgradetools import V2, edited


def errors(folder: Path) -> list[str]:
    return [str(d) for d in load_pack(folder).errors]


def test_the_v2_fixture_declares_renames_and_removals_cleanly() -> None:
    result = load_pack(V2)
    assert result.diagnostics == []
    assert result.pack is not None
    assert result.pack.questions["deployment"].renamed_from == ("hosting",)
    assert result.pack.manifest.removed_questions == ("vendor_notes",)


def test_a_question_renamed_from_its_own_id(tmp_path: Path) -> None:
    pack = edited(V2, tmp_path / "p", [("main.yaml", "renamed_from: [hosting]",
                                        "renamed_from: [deployment]")])
    [error] = errors(pack)
    assert error.endswith("main.yaml:12:24: question 'deployment' cannot be renamed from its own "
                          "id — list only the ids it had in earlier versions")


def test_a_question_listed_twice_as_removed(tmp_path: Path) -> None:
    pack = edited(V2, tmp_path / "p", [("pack.yaml", "removed_questions: [vendor_notes]",
                                        "removed_questions: [vendor_notes, vendor_notes]")])
    [error] = errors(pack)
    assert error.endswith("pack.yaml:28:35: 'vendor_notes' is listed twice")


def test_a_shared_list_choice_renamed_from_a_choice_still_in_it(tmp_path: Path) -> None:
    pack = edited(V2, tmp_path / "p", [
        ("pack.yaml", "removed_questions:", "choice_lists:\n  kinds:\n"
         "    - {id: a, label: {en: A, ko: A}}\n"
         "    - {id: b, renamed_from: [a, c], label: {en: B, ko: B}}\n"
         "    - {id: d, renamed_from: [c], label: {en: D, ko: D}}\nremoved_questions:"),
        ("main.yaml", "        choices:\n          - {id: consent",
         "        choices_from: kinds\n      - id: spare\n        type: single_choice\n"
         "        label: {en: Spare, ko: 예비}\n        choices:\n          - {id: consent"),
    ])
    found = errors(pack)
    assert any("pack.yaml:31:30: 'a' is still the id of a choice in this list" in e for e in found)
    assert any("pack.yaml:32:30: 'c' is already renamed to choice 'b'" in e for e in found)

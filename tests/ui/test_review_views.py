"""The review screens on their own: read-only approval, refused files, passphrases, comparison."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.exchange_dialogs import PassphraseDialog
from app.ui.review.comparison import ComparisonDialog
from tests.ui.helpers import block, choose, click
from tests.ui.review_helpers import (
    capture_warnings,
    drop_files,
    import_with_a_wrong_passphrase,
)


def stored_files(data_dir: Path) -> list[Path]:
    """The evidence files kept in a data folder."""
    return [p for p in (data_dir / "evidence").rglob("*") if p.is_file()]


def approve(workspace: Any, assessment_id: int) -> None:
    workspace.set_my_name("J. Lee")
    workspace.set_status(assessment_id, "in_review")
    workspace.set_status(assessment_id, "approved", comment="Fine")


def test_an_approved_assessment_is_read_only_until_a_new_revision(opened: Any, qtbot: Any
                                                                   ) -> None:
    view = opened.assessment
    approve(opened.context.workspace, view.assessment_id)
    name = block(opened, "system_name")
    assert view.lock_banner.isVisibleTo(view)
    assert "Approved as revision 1" in view.lock_banner.text.text()
    assert not name.editor.isEnabled() and not name.clear_button.isEnabled()
    other = view.wizard.page("flows")  # built after the approval: read-only too
    assert not other.blocks["prompt_logging"].editor.isEnabled()
    assert not view.evidence.attach_button.isEnabled()
    assert not drop_files(view.evidence, [Path(__file__)])  # a drop is refused too
    click(qtbot, view.lock_banner.button)
    assert name.editor.isEnabled() and other.blocks["prompt_logging"].editor.isEnabled()
    assert view.lock_banner.isHidden()
    assert opened.context.workspace.get_assessment(view.assessment_id).status == "draft"
    assert "working on revision 2" in view.review.status.text()


def test_refused_files_are_named_with_why_and_nothing_is_kept(
    opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = opened.context.workspace
    workspace.set_evidence_limits(1, 2)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    real = tmp_path / "notes.txt"
    real.write_text("notes")
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    warnings = capture_warnings(monkeypatch)
    panel = opened.assessment.evidence
    assert drop_files(panel, [big, link])
    assert workspace.attachments(opened.assessment.assessment_id) == []
    assert panel.list.topLevelItemCount() == 0
    assert "nothing of them was kept" in warnings[0]
    assert "scan.pdf:" in warnings[0] and "link.txt:" in warnings[0]
    assert stored_files(workspace.data_dir) == []


def test_deleting_a_file_asks_first(opened: Any, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    note = tmp_path / "minutes.txt"
    note.write_text("minutes of the meeting")
    panel = opened.assessment.evidence
    panel.attach([note])
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    asked: list[str] = []

    def say(answer: QMessageBox.StandardButton) -> None:
        monkeypatch.setattr(QMessageBox, "question", staticmethod(
            lambda _p, _t, text, *a: asked.append(text) or answer))

    say(QMessageBox.StandardButton.No)
    assert not panel.delete_selected()
    assert panel.list.topLevelItemCount() == 1 and "minutes.txt" in asked[0]
    say(QMessageBox.StandardButton.Yes)
    assert panel.delete_selected()
    assert panel.list.topLevelItemCount() == 0


def test_a_file_opens_only_when_asked_and_as_a_copy(opened: Any, tmp_path: Path,
                                                    opened_urls: list[str]) -> None:
    note = tmp_path / "minutes.txt"
    note.write_text("minutes of the meeting")
    panel = opened.assessment.evidence
    panel.attach([note])
    assert opened_urls == []  # attaching opens nothing
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert panel.open_selected()
    assert Path(opened_urls[0]).read_text() == "minutes of the meeting"
    assert Path(opened_urls[0]) != note


def test_a_wrong_passphrase_is_said_and_nothing_is_written(
    opened: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = make_window(tmp_path / "second")
    _package, warnings = import_with_a_wrong_passphrase(opened, second, tmp_path, monkeypatch)
    assert "passphrase is wrong" in warnings[0]
    assert second.context.workspace.list_assessments() == []
    assert stored_files(tmp_path / "second") == []


def test_the_passphrase_must_be_typed_twice_alike(qtbot: Any) -> None:
    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "correct horse")
    qtbot.keyClicks(dialog.confirm, "correct house")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "differ" in dialog.error.text()
    dialog.encrypt.setChecked(False)
    dialog.accept()
    assert dialog.chosen() is None and dialog.result() == dialog.DialogCode.Accepted


def test_comparing_a_revision_with_the_work_since(opened: Any, qtbot: Any) -> None:
    view = opened.assessment
    workspace = opened.context.workspace
    view.controller.go_to("flows")
    choose(qtbot, opened, "data_in_prompts", "health")
    assert view.flush()
    approve(workspace, view.assessment_id)
    click(qtbot, view.lock_banner.button)
    choose(qtbot, opened, "data_in_prompts", "financial")
    assert view.flush()
    click(qtbot, view.review.compare_button)
    dialog = opened.dialog
    assert isinstance(dialog, ComparisonDialog)
    assert dialog.before.currentText().startswith("Revision 1")
    rows = dialog.rows()
    changed = [row for row in rows if "personal data" in row[0]]
    assert changed[0][0].startswith("Data in prompts and logs · ")  # its section, by title
    assert changed[0][1:] == ["Health data", "Health data, Account or card numbers"]
    assert "From “Revision 1” to “Current work”" in dialog.summary.text()


def test_comparing_with_another_assessment_of_the_same_pack(opened: Any) -> None:
    workspace = opened.context.workspace
    last_year = workspace.new_assessment("Hanbit", "Bot 2025", language="en")
    opened.menu_actions.compare.trigger()
    dialog = opened.dialog
    index = dialog.before.findText("Assessment: Hanbit — Bot 2025")
    assert index >= 0
    dialog.before.setCurrentIndex(index)
    assert not dialog.after.isEnabled()  # compared with this assessment as it is now
    assert dialog.compare() is not None
    assert f"#{last_year.id} Bot 2025" in dialog.summary.text()


def test_the_review_screens_follow_the_interface_language(opened: Any, qtbot: Any) -> None:
    from tests.ui.test_language import switch_language

    view = opened.assessment
    workspace = opened.context.workspace
    workspace.set_my_name("J. Lee")
    workspace.set_status(view.assessment_id, "in_review")
    workspace.judge_section(view.assessment_id, "flows", "to_fix", comment="Mask the logs")
    switch_language(qtbot, opened, "ko")
    assert view.review.submit_button.text() == "검토 요청(&S)"
    assert view.tabs.tabText(2) == "검토(&W)"
    assert "✗ 수정 필요" in view.wizard.sidebar.items["flows"].text(0)
    assert view.wizard.page("flows").review_note.text().startswith("검토자 판정: ✗ 수정 필요")
    assert "검토 중" in view.review.status.text()

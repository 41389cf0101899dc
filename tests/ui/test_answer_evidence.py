"""Evidence for one answer, from its question in the wizard: its Attach… button, or a drop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from app.services import review
from tests.ui.helpers import click
from tests.ui.review_helpers import drop_files


def attached(window: Any) -> list[tuple[str, str, str]]:
    workspace, record = window.context.workspace, window.assessment.controller.opened.record
    return [(a.name, a.target_kind, a.target_id)
            for a in workspace.store.list_attachments(record.id)]


@pytest.fixture
def proof(tmp_path: Path) -> Path:
    path = tmp_path / "dpa-signed.pdf"
    path.write_bytes(b"%PDF-1.4 signed agreement")
    return path


def test_attach_on_a_question_puts_the_file_on_that_answer(
        qtbot: Any, opened: Any, proof: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(proof)], "")))
    block = opened.assessment.wizard.current_page().blocks["purpose"]
    assert block.attach_button.isVisible() and block.attach_button.isEnabled()
    click(qtbot, block.attach_button)
    assert attached(opened) == [("dpa-signed.pdf", "answer", "purpose")]
    assert "dpa-signed.pdf" in opened.statusBar().currentMessage()
    evidence = opened.assessment.evidence
    assert evidence.current_target() == ("answer", "purpose")
    assert [evidence.list.topLevelItem(i).text(0)
            for i in range(evidence.list.topLevelItemCount())] == ["dpa-signed.pdf"]


def test_files_dropped_on_a_question_go_to_that_answer(opened: Any, proof: Path,
                                                       tmp_path: Path) -> None:
    second = tmp_path / "policy.txt"
    second.write_text("Retention: 30 days", encoding="utf-8")
    block = opened.assessment.wizard.current_page().blocks["system_name"]
    assert drop_files(block, [proof, second])
    assert sorted(attached(opened)) == [("dpa-signed.pdf", "answer", "system_name"),
                                        ("policy.txt", "answer", "system_name")]


def test_an_approved_assessment_takes_no_file_from_the_wizard(opened: Any, proof: Path) -> None:
    workspace, record = opened.context.workspace, opened.assessment.controller.opened.record
    review.change_status(workspace, record.id, "in_review", by="H. Kim")
    review.change_status(workspace, record.id, "approved", by="J. Lee")
    opened.close_assessment()
    opened.open_assessment(record.id)
    block = opened.assessment.wizard.current_page().blocks["purpose"]
    assert not block.attach_button.isEnabled()
    assert not drop_files(block, [proof])
    assert attached(opened) == []

"""A whole engagement in the desktop app, through its real widgets.

A consultant fills an assessment and attaches two files (one dropped, one
chosen), sends it to review; a reviewer marks a section "to fix" (the
sidebar shows it), the consultant fixes it, the reviewer approves and the
DPO's opinion is recorded. The PDF shows the trail and the sign-off; the
exchange file, encrypted, imports into a second data folder identical; the
Word report and the action-plan workbook open with the expected headings
and rows.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.ui.exchange_dialogs import PassphraseDialog, export_exchange, import_exchange
from tests.ui.helpers import block, choose, click, type_into
from tests.ui.review_helpers import (
    answer_dialogs,
    capture_warnings,
    drop_files,
    fill_modal,
    give_verdict,
    set_my_name,
    sidebar_mark,
)

PASSPHRASE = "a long passphrase for the client"  # noqa: S105 - a test passphrase


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    diagram = tmp_path / "data-flow.png"
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (29, 78, 137)).save(buffer, "PNG")
    diagram.write_bytes(buffer.getvalue())
    contract = tmp_path / "host-dpa.pdf"
    contract.write_bytes(b"%PDF-1.4 data processing agreement, signed")
    return diagram, contract


def content(workspace: Any, assessment_id: int) -> dict[str, Any]:
    """What must travel in an exchange file, read back through the facade."""
    store = workspace.store
    return {
        "answers": {q: a.value for q, a in workspace.open(assessment_id).session.answers.items()},
        "plans": {m: (p.owner, p.status) for m, p in workspace.measure_plans(assessment_id)
                  .items()},
        "verdicts": [(v.section_id, v.verdict, v.comment, v.by)
                     for v in workspace.verdict_history(assessment_id)],
        "opinions": store.current_opinions(assessment_id),
        "files": [(a.name, a.target_kind, a.target_id, a.sha256)
                  for a in workspace.attachments(assessment_id)],
        "revisions": [(r.number, r.approved_by, r.snapshot_hash)
                      for r in workspace.revisions(assessment_id)],
        "trail": [(e.action, e.by, e.comment) for e in store.review_events(assessment_id)],
    }


def fill_and_attach(qtbot: Any, window: Any, files: tuple[Path, Path],
                    monkeypatch: pytest.MonkeyPatch) -> None:
    view = window.assessment
    type_into(qtbot, block(window, "system_name").editor.field, "Notes helper")
    view.controller.go_to("inventory")
    choose(qtbot, window, "deployment_mode", "third_party_host")
    view.controller.go_to("flows")
    choose(qtbot, window, "data_in_prompts", "health")
    choose(qtbot, window, "prompt_logging", "full")
    assert view.flush()
    window.context.workspace.save_measure_plan(view.assessment_id, "host_dpa", owner="Legal",
                                               status="in_progress")
    view.tabs.setCurrentWidget(view.evidence)
    panel = view.evidence
    assert panel.current_target() == ("section", "flows")  # the section open in the wizard
    assert drop_files(panel, [files[0]])
    panel.choose_target("measure", "host_dpa")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(files[1])], "")))
    click(qtbot, panel.attach_button)
    assert [panel.list.topLevelItem(i).text(0) for i in range(2)] == [
        "data-flow.png", "host-dpa.pdf"]
    assert panel.list.topLevelItem(0).text(4) == "Hana Kim"


def review_round(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Sent to review; the reviewer marks "flows" to fix and sends it back."""
    view = window.assessment
    review = view.review
    view.tabs.setCurrentWidget(review)
    click(qtbot, review.submit_button)
    set_my_name(qtbot, window, "J. Lee")
    give_verdict(qtbot, review, "flows", "to_fix", "Logs keep full prompts: mask them")
    assert "✗ To fix" in sidebar_mark(window, "flows")
    page = view.wizard.page("flows")
    assert "Logs keep full prompts: mask them" in page.review_note.text()
    assert not page.review_note.isHidden()
    warnings = capture_warnings(monkeypatch)
    answer_dialogs(monkeypatch, "")
    click(qtbot, review.approve_button)
    assert "to fix" in warnings[-1]  # refused: nothing approved
    answer_dialogs(monkeypatch, "See the data-flows section")
    click(qtbot, review.request_button)
    assert window.context.workspace.get_assessment(view.assessment_id).status == "draft"


def fix_and_approve(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    view = window.assessment
    set_my_name(qtbot, window, "Hana Kim")
    view.tabs.setCurrentWidget(view.wizard)
    view.controller.go_to("flows")
    choose(qtbot, window, "prompt_logging", "masked")  # the fix
    view.tabs.setCurrentWidget(view.review)
    click(qtbot, view.review.submit_button)
    set_my_name(qtbot, window, "J. Lee")
    give_verdict(qtbot, view.review, "flows", "acceptable", "Masked now")
    assert "✓ Acceptable" in sidebar_mark(window, "flows")
    answer_dialogs(monkeypatch, "Approved for go-live")
    click(qtbot, view.review.approve_button)
    assert view.lock_banner.isVisibleTo(view)
    assert "revision 1" in view.lock_banner.text.text()
    click(qtbot, view.review.opinions.buttons["dpo"])
    dialog = view.review.dialog
    qtbot.keyClicks(dialog.name, "P. Park")
    click(qtbot, dialog.favourable)
    qtbot.keyClicks(dialog.text, "Proceed once the contract is signed.")
    dialog.accept()
    assert "Proceed once the contract is signed." in view.review.opinions.labels["dpo"].text()
    trail = [" | ".join(row) for row in view.review.trail.texts()]
    for expected in ("Sent to review", "Changes requested", "To fix", "Approved · revision 1"):
        assert any(expected in row for row in trail), (expected, trail)


def write_report(qtbot: Any, window: Any, path: Path, fmt: str) -> Path:
    window.menu_actions.report.trigger()
    dialog = window.dialog
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.output.setText(str(path))
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.is_running(),
                    timeout=240_000)
    dialog.reject()
    return path


def export_encrypted(qtbot: Any, window: Any, target: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))

    def fill(dialog: PassphraseDialog) -> None:
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.confirm, PASSPHRASE)
        dialog.accept()

    fill_modal(qtbot, fill)
    assert export_exchange(window) is not None
    assert target.read_bytes()[:2] != b"PK"  # sealed, not a plain zip


@pytest.mark.slow
def test_a_whole_engagement_in_the_app(qtbot: Any, make_window: Any, tmp_path: Path,
                                       files: tuple[Path, Path],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    set_my_name(qtbot, window, "Hana Kim")
    record = window.context.workspace.new_assessment("Seoul Clinic", "Notes", language="en")
    window.home.reload(select=record.id)
    window.open_assessment(record.id)
    fill_and_attach(qtbot, window, files, monkeypatch)
    review_round(qtbot, window, monkeypatch)
    assert window.assessment.wizard.sidebar.items["flows"].data(0, 258) == "to_fix"
    fix_and_approve(qtbot, window, monkeypatch)

    pdf = write_report(qtbot, window, tmp_path / "report.pdf", "pdf")
    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    text = "\n".join(pages)
    for expected in ("Review and approval record", "Revision 1", "J. Lee",
                     "Approved for go-live", "Sent to review", "Changes requested",
                     "Proceed once the contract is signed.", "data-flow.png", "host-dpa.pdf",
                     "Sign-off"):
        assert expected in text, expected

    package = tmp_path / "clinic.aipia"
    export_encrypted(qtbot, window, package, monkeypatch)
    second = make_window(tmp_path / "second")
    answer_dialogs(monkeypatch, PASSPHRASE)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    outcome = import_exchange(second, str(package))
    assert outcome is not None
    here = content(window.context.workspace, record.id)
    there = content(second.context.workspace, outcome.record.id)
    assert there == here
    assert len(here["files"]) == 2 and len(here["revisions"]) == 1

    word = write_report(qtbot, window, tmp_path / "report.docx", "docx")
    headings = [p.text for p in docx.Document(str(word)).paragraphs
                if p.style is not None and p.style.name == "Heading 1"]
    assert headings[0] == "Executive summary"
    assert {"Review and approval record", "Evidence", "Sign-off"} <= set(headings)
    sheet = write_report(qtbot, window, tmp_path / "plan.xlsx", "xlsx")
    plan = openpyxl.load_workbook(sheet)["Action plan"]
    rows = {row[1]: row for row in plan.iter_rows(min_row=2, values_only=True)}
    assert rows["host_dpa"][4] == "Legal" and rows["host_dpa"][6] == "In progress"

"""A whole session, driven through the real widgets: create, answer, close, reopen, report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui.new_assessment import NewAssessmentDialog
from tests.ui.helpers import (
    block,
    cell_value,
    choose,
    click,
    fill_cell,
    next_section,
    replace_text,
    shown,
    type_into,
)
from tests.ui.report_fakes import use_report_backend


def create_through_dialog(qtbot: Any, window: Any, client: str, title: str) -> None:
    """Menu File > New assessment, fill the dialog with the keyboard, press Create."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewAssessmentDialog)
        qtbot.keyClicks(dialog.client.lineEdit(), client)
        qtbot.keyClicks(dialog.title_field, title)
        assert dialog.language.currentData() == "en"
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    QTimer.singleShot(0, fill)
    window.menu_actions.new.trigger()
    window.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(window.isActiveWindow)


def answer_organisation(qtbot: Any, window: Any) -> None:
    name = block(window, "system_name")
    type_into(qtbot, name.editor.field, "X")
    name.editor.field.selectAll()
    qtbot.keyClick(name.editor.field, Qt.Key.Key_Backspace)
    assert name.message.isVisibleTo(window)
    assert "An answer is required." in name.message.text()
    type_into(qtbot, name.editor.field, "Patient-note summariser")
    assert not name.message.isVisibleTo(window)
    type_into(qtbot, block(window, "purpose").editor.field, "Summarises doctors' notes.")
    type_into(qtbot, block(window, "go_live").editor.field.line, "20260301")
    people = block(window, "affected_people")
    replace_text(qtbot, people.editor.field, "0")
    assert "Enter at least 1 person" in people.message.text()
    replace_text(qtbot, people.editor.field, "1200")
    assert not people.message.isVisibleTo(window)


def answer_screening(qtbot: Any, window: Any) -> None:
    choose(qtbot, window, "dpia_screening", "none")
    assert not shown(window, "dpia_reason")  # nothing applies: nothing to explain
    choose(qtbot, window, "dpia_screening", "scoring")  # clears the exclusive "none"
    assert not block(window, "dpia_screening").editor.boxes["none"].isChecked()
    assert shown(window, "dpia_reason")  # fewer than two criteria: explain why no DPIA
    type_into(qtbot, block(window, "dpia_reason").editor.field, "Only one criterion applies.")
    choose(qtbot, window, "dpia_screening", "sensitive")
    assert not shown(window, "dpia_reason")  # two criteria: the question goes away


def answer_inventory(qtbot: Any, window: Any) -> None:
    table_block = block(window, "model_inventory")
    click(qtbot, table_block.editor.add_button)
    table = table_block.editor.table
    for column, value in enumerate(
        ["Llama-3.1-8B-Instruct", "Meta", "8", "safetensors", "yes", "20250105"]
    ):
        fill_cell(qtbot, table, 0, column, value)
    assert not shown(window, "host_region")
    choose(qtbot, window, "deployment_mode", "third_party_host")
    assert shown(window, "host_region")
    type_into(qtbot, block(window, "host_region").editor.field, "United States")
    choose(qtbot, window, "hash_pinned", "partial")


def answer_flows(qtbot: Any, window: Any) -> None:
    choose(qtbot, window, "data_in_prompts", "none")
    assert not shown(window, "prompt_logging")
    choose(qtbot, window, "data_in_prompts", "health")
    assert shown(window, "prompt_logging") and not shown(window, "log_retention_days")
    choose(qtbot, window, "prompt_logging", "full")
    assert shown(window, "log_retention_days")
    type_into(qtbot, block(window, "log_retention_days").editor.field, "400")
    assert shown(window, "transfers")  # the model runs at a third-party host
    table_block = block(window, "transfers")
    click(qtbot, table_block.editor.add_button)
    table = table_block.editor.table
    fill_cell(qtbot, table, 0, 0, "Inference Host Inc.")
    fill_cell(qtbot, table, 0, 1, "US")
    fill_cell(qtbot, table, 0, 2, "outsourcing")
    fill_cell(qtbot, table, 0, 3, ["health", "free_text"])
    click(qtbot, block(window, "last_review").toggles.boxes["not_applicable"])


EXPECTED = {
    "system_name": "Patient-note summariser",
    "purpose": "Summarises doctors' notes.",
    "go_live": dt.date(2026, 3, 1),
    "affected_people": 1200,
    "dpia_screening": ("scoring", "sensitive"),
    "dpia_reason": "Only one criterion applies.",
    "deployment_mode": "third_party_host",
    "host_region": "United States",
    "hash_pinned": "partial",
    "data_in_prompts": ("health",),
    "prompt_logging": "full",
    "log_retention_days": 400,
}


def stored_answers(window: Any, assessment_id: int) -> dict[str, Any]:
    opened = window.context.workspace.open(assessment_id)
    return {qid: (a.value if a.state == "answered" else a.state)
            for qid, a in opened.session.answers.items()}


def test_a_whole_assessment_survives_closing_and_makes_a_report(
    qtbot: Any, make_window: Any, opened_urls: list[str], tmp_path: Path, monkeypatch: Any
) -> None:
    window = make_window()
    assert window.home.empty.isVisibleTo(window)
    create_through_dialog(qtbot, window, "Hanbit Clinic", "Note summariser")
    assert window.assessment is not None
    wizard = window.assessment.wizard
    steps = [answer_organisation, answer_screening, answer_inventory, answer_flows]
    for index, answer in enumerate(steps):
        answer(qtbot, window)
        if index < len(steps) - 1:
            next_section(qtbot, window)
    with qtbot.waitSignal(window.assessment.controller.saved, timeout=5000):
        pass
    assert wizard.save_label.text() == "All changes saved"
    controller = window.assessment.controller
    states = {s: controller.section_state(s).value for s in wizard.sidebar.section_ids()}
    assert set(states.values()) == {"complete"}, (states, controller.session.issues())
    assessment_id = window.assessment.assessment_id
    answers = stored_answers(window, assessment_id)
    assert {k: answers[k] for k in EXPECTED} == EXPECTED
    assert answers["last_review"] == "not_applicable"
    assert answers["model_inventory"][0]["weight_format"] == "safetensors"
    assert answers["transfers"][0]["categories"] == ["health", "free_text"] or \
        answers["transfers"][0]["categories"] == ("health", "free_text")

    window.close()
    window.context.close()
    window = make_window()
    qtbot.waitUntil(window.home.summaries_done)
    row = window.home.table.topLevelItem(0)
    assert row.text(1) == "Note summariser" and row.text(3).startswith("100%")
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Qt.Key.Key_Return)
    assert window.assessment is not None
    wizard = window.assessment.wizard
    assert window.assessment.controller.current_section == "flows"  # where the user left off
    assert cell_value(block(window, "transfers").editor.table, 0, 0) == "Inference Host Inc."
    assert block(window, "last_review").toggles.state() == "not_applicable"
    assert block(window, "prompt_logging").editor.buttons["full"].isChecked()
    click(qtbot, wizard.back_button)
    assert block(window, "model_inventory").editor.rows()[0]["name"] == "Llama-3.1-8B-Instruct"
    assert block(window, "host_region").editor.field.text() == "United States"
    wizard.sidebar.sectionChosen.emit("organisation")
    assert block(window, "go_live").editor.field.text() == "2026-03-01"
    assert block(window, "affected_people").editor.field.text() == "1200"

    backend = use_report_backend(monkeypatch)
    window.menu_actions.report.trigger()
    dialog = window.dialog
    target = tmp_path / "report.pdf"
    dialog.output.setText(str(target))
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=backend.timeout_ms)
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")
    assert opened_urls[-1] == str(target)
    assert "Report saved" in dialog.status.text()

"""Text over a question's length limit: counted, kept on screen, never called saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import block
from tests.ui.test_language import switch_language

Button = QMessageBox.StandardButton


def stored_answer(window: Any, qid: str) -> Any:
    answers = window.context.workspace.store.get_answers(window.assessment.assessment_id)
    return answers[qid].value["value"] if qid in answers else None


def test_a_counter_appears_near_the_limit_and_nothing_typed_is_cut_off(
        qtbot: Any, opened: Any) -> None:
    name = block(opened, "system_name")  # a short text of at most 500 characters
    field, counter = name.editor.field, name.editor.counter
    qtbot.keyClicks(field, "Summariser")
    assert counter.isHidden()
    field.setText("s" * 488)
    qtbot.keyClicks(field, "Summariser")  # 498 characters
    assert counter.isVisible() and counter.text() == "498 / 500 characters"
    assert opened.assessment.flush()
    assert stored_answer(opened, "system_name") == "s" * 488 + "Summariser"

    qtbot.keyClicks(field, " v2.0")  # 503: the field keeps every character
    assert field.text().endswith("Summariser v2.0") and len(field.text()) == 503
    assert counter.text() == "503 / 500 characters"
    assert name.message.isVisible()
    assert name.message.text() == (
        "The text is 503 characters long; shorten it to at most 500. Until then it is not saved.")
    save_label = opened.assessment.wizard.save_label
    assert save_label.text() == "Not saved: fix the answer marked in red"
    assert not opened.assessment.flush()  # a save does not pretend otherwise
    assert save_label.text() == "Not saved: fix the answer marked in red"

    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert opened.assessment.flush()
    assert save_label.text() == "All changes saved" and not name.message.isVisible()
    assert stored_answer(opened, "system_name") == "s" * 488 + "Summariser v"


def test_closing_with_too_long_a_text_asks_first(
        qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    purpose = block(opened, "purpose").editor  # a long text of at most 20,000 characters
    purpose.field.setFocus()
    purpose.field.insertPlainText("p" * 20_005)  # pasted
    asked: list[str] = []

    def warning(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return Button.Cancel

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    assert not opened.close_assessment()
    assert len(asked) == 1 and "“What is the system used for, and why is AI needed?”" in asked[0]
    assert opened.assessment is not None
    assert len(block(opened, "purpose").editor.field.toPlainText()) == 20_005


def test_text_that_cannot_be_saved_survives_an_interface_language_change(
        qtbot: Any, opened: Any) -> None:
    name = block(opened, "system_name")
    name.editor.field.setText("n" * 499)
    qtbot.keyClicks(name.editor.field, "xyz")
    switch_language(qtbot, opened, "ko")
    again = block(opened, "system_name")  # the page was rebuilt
    assert again is not name
    assert again.editor.field.text() == "n" * 499 + "xyz"
    assert again.editor.counter.text() == "502 / 500자"
    assert opened.assessment.wizard.save_label.text() == (
        "저장되지 않음: 빨간색으로 표시된 답변을 고치십시오")

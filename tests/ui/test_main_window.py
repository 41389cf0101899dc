"""The main window: the list with search and filters, and the assessment actions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

import app
from app.core.answers import Answer

Button = QMessageBox.StandardButton


@pytest.fixture
def filled(window: Any) -> Any:
    """Two clients, three assessments, one with answers."""
    workspace = window.context.workspace
    first = workspace.new_assessment("Hanbit Clinic", "Note summariser", language="en")
    workspace.new_assessment("Hanbit Clinic", "Reception chatbot", language="ko")
    workspace.new_assessment("Seoul Logistics", "Route planner", language="en")
    opened = workspace.open(first.id)
    workspace.save_answer(opened, "system_name", Answer("Summariser"))
    workspace.save_answer(opened, "deployment_mode", Answer("third_party_host"))
    window.home.reload(select=first.id)
    return window


def titles(window: Any) -> list[str]:
    table = window.home.table
    return sorted(table.topLevelItem(r).text(1) for r in range(table.topLevelItemCount()))


def select(window: Any, title: str) -> None:
    table = window.home.table
    for row in range(table.topLevelItemCount()):
        if table.topLevelItem(row).text(1) == title:
            table.setCurrentItem(table.topLevelItem(row))
            return
    raise AssertionError(title)


def test_lists_status_progress_overall_risk_and_last_change(qtbot: Any, filled: Any) -> None:
    qtbot.waitUntil(filled.home.summaries_done)
    select(filled, "Note summariser")
    item = filled.home.table.currentItem()
    assert item.text(0) == "Hanbit Clinic" and item.text(2) == "Draft"
    assert item.text(3) == "14% (2/14)"
    assert item.text(4) == "High"  # the host sees prompts: likely x significant
    assert len(item.text(5)) == len("2026-11-28 14:05")


def test_search_and_client_and_status_filters(qtbot: Any, filled: Any) -> None:
    home = filled.home
    qtbot.keyClicks(home.search, "chat")
    assert titles(filled) == ["Reception chatbot"]
    home.search.clear()
    home.clients.setCurrentRow(2)  # Seoul Logistics (clients are listed by name)
    assert titles(filled) == ["Route planner"]
    home.clients.setCurrentRow(0)
    assert len(titles(filled)) == 3


def test_archive_hides_an_assessment_until_the_filter_asks_for_it(filled: Any) -> None:
    select(filled, "Route planner")
    filled.menu_actions.archive.trigger()
    assert titles(filled) == ["Note summariser", "Reception chatbot"]
    home = filled.home
    home.status_filter.setCurrentIndex(home.status_filter.findData("archived"))
    assert titles(filled) == ["Route planner"]
    assert filled.menu_actions.archive.text() == "Un&archive"
    filled.menu_actions.archive.trigger()
    assert titles(filled) == []


def test_duplicate_as_a_re_assessment_keeps_the_answers(
        filled: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Note summariser 2027", True)))
    select(filled, "Note summariser")
    filled.menu_actions.duplicate.trigger()
    assert "Note summariser 2027" in titles(filled)
    copy = filled.home.selected_record()
    assert copy.title == "Note summariser 2027" and copy.status == "draft"
    answers = filled.context.workspace.open(copy.id).session.answers
    assert answers["system_name"] == Answer("Summariser")


def test_delete_asks_first_and_no_keeps_everything(
        filled: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer_with(button: Any) -> Any:
        def question(parent: Any, title: str, text: str, *args: Any) -> Any:
            asked.append(text)
            return button
        return staticmethod(question)

    select(filled, "Route planner")
    monkeypatch.setattr(QMessageBox, "question", answer_with(Button.No))
    filled.menu_actions.delete.trigger()
    assert "Route planner" in titles(filled) and "cannot be undone" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer_with(Button.Yes))
    filled.menu_actions.delete.trigger()
    assert "Route planner" not in titles(filled)


def test_deleting_the_open_assessment_returns_to_the_list(
        filled: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: Button.Yes))
    select(filled, "Note summariser")
    filled.menu_actions.open.trigger()
    assert filled.assessment is not None
    filled.menu_actions.delete.trigger()
    assert filled.assessment is None and "Note summariser" not in titles(filled)


def test_save_confirms_that_answers_are_saved(qtbot: Any, filled: Any) -> None:
    select(filled, "Note summariser")
    filled.menu_actions.open.trigger()
    field = filled.assessment.wizard.current_page().blocks["purpose"].editor.field
    qtbot.keyClicks(field, "Drafts summaries.")
    assert filled.assessment.controller.has_unsaved()
    filled.menu_actions.save.trigger()
    assert not filled.assessment.controller.has_unsaved()
    assert "All answers are saved" in filled.statusBar().currentMessage()


def test_status_can_be_set_from_the_menu(filled: Any) -> None:
    select(filled, "Reception chatbot")
    filled.menu_actions.status_review.trigger()
    assert filled.home.table.currentItem().text(2) == "In review"


def test_about_shows_the_version_and_the_data_folder(
        filled: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda p, t, text: shown.append(text)))
    filled.menu_actions.about.trigger()
    assert app.__version__ in shown[0]
    assert str(filled.context.workspace.data_dir) in shown[0]


def test_the_data_folder_is_shown_and_opens(qtbot: Any, filled: Any,
                                            opened_urls: list[str]) -> None:
    data_dir = str(filled.context.workspace.data_dir)
    assert data_dir in filled.home.data_label.text()
    qtbot.mouseClick(filled.home.data_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [data_dir]


def test_export_and_import_round_trip(filled: Any, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    target = tmp_path / "note.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    select(filled, "Note summariser")
    filled.menu_actions.export_data.trigger()
    assert json.loads(target.read_text("utf-8"))["answers"]["system_name"] == {
        "value": "Summariser"}
    filled.menu_actions.import_data.trigger()
    assert titles(filled).count("Note summariser") == 2


def test_an_export_that_cannot_be_written_says_so(
    filled: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "note.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    warnings: list[tuple[str, str]] = []
    def record(_parent: Any, title: str, text: str, *_rest: Any) -> None:
        warnings.append((title, text))

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    select(filled, "Note summariser")
    filled.menu_actions.export_data.trigger()
    assert warnings and warnings[0][0] == "The data was not exported"
    assert "No such file" in warnings[0][1]
    assert not target.exists()


def test_help_opens(filled: Any) -> None:
    filled.menu_actions.help.trigger()
    assert filled.dialog.windowTitle() == "AIPIA help"

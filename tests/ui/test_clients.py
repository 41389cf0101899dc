"""Clients on the start screen: new assessments for them, add, rename, annotate, delete."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.clients import ClientDialog
from app.ui.new_assessment import NewAssessmentDialog
from tests.ui.helpers import click, commit_text

Button = QMessageBox.StandardButton


def in_modal(qtbot: Any, kind: type, act: Any) -> None:
    """Run ``act(dialog)`` on the modal dialog the next action opens."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind), dialog
        act(dialog)

    QTimer.singleShot(0, run)


def client_names(window: Any) -> list[str]:
    clients = window.home.clients
    return [clients.item(row).text() for row in range(1, clients.count())]


def test_typing_a_new_client_replaces_the_suggested_one(qtbot: Any, window: Any) -> None:
    workspace = window.context.workspace
    record = workspace.new_assessment("Maple Dental Clinic", "Reception chatbot", language="en")
    window.home.reload(select=record.id)
    seen: list[str] = []

    def fill(dialog: NewAssessmentDialog) -> None:
        seen.append(dialog.client.currentText())
        commit_text(dialog.client.lineEdit(), "한빛치과의원")
        seen.append(dialog.client.currentText())
        dialog.reject()

    in_modal(qtbot, NewAssessmentDialog, fill)
    window.menu_actions.new.trigger()
    assert seen == ["Maple Dental Clinic", "한빛치과의원"]


def test_a_client_is_added_renamed_and_annotated(qtbot: Any, window: Any) -> None:
    def add(dialog: ClientDialog) -> None:
        qtbot.keyClicks(dialog.name, "Maple Dental Clinic")
        qtbot.keyClicks(dialog.notes, "Dr Lee, contract until 2027")
        click(qtbot, dialog.ok_button)

    in_modal(qtbot, ClientDialog, add)
    click(qtbot, window.home.add_client_button)
    assert client_names(window) == ["Maple Dental Clinic"]
    assert window.home.clients.currentItem().text() == "Maple Dental Clinic"
    assert window.home.clients.currentItem().toolTip() == "Dr Lee, contract until 2027"

    def rename(dialog: ClientDialog) -> None:
        assert dialog.name.selectedText() == "Maple Dental Clinic"
        qtbot.keyClicks(dialog.name, "Maple Dental")
        click(qtbot, dialog.ok_button)

    in_modal(qtbot, ClientDialog, rename)
    click(qtbot, window.home.edit_client_button)
    assert client_names(window) == ["Maple Dental"]
    stored = window.context.workspace.store.list_organizations()[0]
    assert (stored.name, stored.notes) == ("Maple Dental", "Dr Lee, contract until 2027")


def test_a_duplicate_name_is_explained_in_the_dialog(qtbot: Any, window: Any) -> None:
    window.context.workspace.store.add_organization("Hanbit")
    window.home.reload()
    errors: list[str] = []

    def add(dialog: ClientDialog) -> None:
        qtbot.keyClicks(dialog.name, "HANBIT")
        click(qtbot, dialog.ok_button)
        errors.append(dialog.error.text() if dialog.error.isVisibleTo(dialog) else "")
        dialog.reject()

    in_modal(qtbot, ClientDialog, add)
    window.home.add_client_button.click()
    assert errors == ["A client named “HANBIT” already exists. Choose another name."]
    assert client_names(window) == ["Hanbit"]


def test_new_assessment_suggests_the_chosen_client(qtbot: Any, window: Any) -> None:
    store = window.context.workspace.store
    store.add_organization("Seoul Logistics")
    window.home.reload()
    window.home.select_client(store.find_organization("Seoul Logistics").id)
    seen: list[str] = []

    def look(dialog: NewAssessmentDialog) -> None:
        seen.append(dialog.client.currentText())
        dialog.reject()

    in_modal(qtbot, NewAssessmentDialog, look)
    window.menu_actions.new.trigger()
    assert seen == ["Seoul Logistics"]


@pytest.mark.parametrize("confirm", [False, True])
def test_deleting_a_client_says_how_many_assessments_go_and_backs_up_first(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, confirm: bool) -> None:
    workspace = window.context.workspace
    first = workspace.new_assessment("Maple Dental Clinic", "Reception chatbot", language="en")
    workspace.new_assessment("Maple Dental Clinic", "Scheduler", language="en")
    workspace.new_assessment("Hanbit", "Notes", language="en")
    window.home.reload()
    window.home.select_client(first.organization_id)
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> Any:
        asked.append(text)
        return Button.Yes if confirm else Button.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    click(qtbot, window.home.delete_client_button)
    assert len(asked) == 1
    assert asked[0].startswith(
        "Delete the client “Maple Dental Clinic” and all 2 of its assessments?")
    assert "A backup copy of the database is saved" in asked[0]
    backups = sorted(window.context.data_dir.glob("backups/aipia-*-client-*.db"))
    if not confirm:
        assert client_names(window) == ["Hanbit", "Maple Dental Clinic"] and not backups
        return
    assert client_names(window) == ["Hanbit"]
    assert [r.title for r in window.context.workspace.store.list_assessments()] == ["Notes"]
    assert len(backups) == 1
    message = window.statusBar().currentMessage()
    assert "Deleted “Maple Dental Clinic” (assessments deleted: 2)" in message
    assert str(backups[0]) in message


def test_all_clients_cannot_be_renamed_or_deleted(window: Any) -> None:
    window.context.workspace.store.add_organization("Hanbit")
    window.home.reload()
    window.home.clients.setCurrentRow(0)
    assert not window.home.edit_client_button.isEnabled()
    assert not window.home.delete_client_button.isEnabled()
    window.home.clients.setCurrentRow(1)
    assert window.home.delete_client_button.isEnabled()

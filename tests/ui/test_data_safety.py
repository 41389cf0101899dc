"""The data safety of the desktop app: Restore from backup (the dialog and File menu), start-up
with a damaged database, a read-only data folder, and an import whose pack content differs."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from app import paths
from app.storage import Store, backups
from app.storage import folder as folder_module
from app.ui.restore_dialog import RestoreDialog
from tests.storage.damage import smash_page

Button = QMessageBox.StandardButton


def seed(data_dir: Path) -> Path:
    """One assessment, a manual backup of it, then a second assessment (not in the backup)."""
    with Store.open(data_dir / paths.DATABASE_NAME) as store:
        org = store.add_organization("Hanbit Clinic")
        store.create_assessment(org.id, "Note summariser", pack_id="org.aipia.test.demo-small",
                                pack_version="0.1.0", pack_hash="h", language="en")
        made = store.write_backup("manual")
        store.create_assessment(org.id, "Added after the backup",
                                pack_id="org.aipia.test.demo-small",
                                pack_version="0.1.0", pack_hash="h", language="en")
    return made


def titles(data_dir: Path) -> list[str]:
    with Store.open(data_dir / paths.DATABASE_NAME) as store:
        return sorted(a.title for a in store.list_assessments())


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Callable[[Any], list[str]]:
    """Answer every confirmation with ``answer``; returns the questions asked."""
    asked: list[str] = []

    def answering(answer: Any) -> list[str]:
        def question(parent: Any, title: str, text: str, *args: Any) -> Any:
            asked.append(text)
            return answer

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        return asked

    return answering


def rows(dialog: RestoreDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.topLevelItem(r).text(c) for c in range(4)]
            for r in range(table.topLevelItemCount())]


def test_the_dialog_lists_backups_with_dates_reasons_and_counts(
    qtbot: Any, isolated_data_dir: Path
) -> None:
    made = seed(isolated_data_dir)
    dialog = RestoreDialog(isolated_data_dir)
    qtbot.addWidget(dialog)
    [row] = rows(dialog)
    assert row[0] == backups.parse_name(made).created.astimezone().strftime("%Y-%m-%d %H:%M")
    assert row[1:3] == ["Made on request", "1"]
    assert row[3].endswith("KB")
    assert dialog.restore_button.isEnabled()


def test_restoring_asks_first_then_puts_the_backup_back(
    qtbot: Any, isolated_data_dir: Path, questions: Callable[[Any], list[str]]
) -> None:
    seed(isolated_data_dir)
    dialog = RestoreDialog(isolated_data_dir)
    qtbot.addWidget(dialog)
    asked = questions(Button.Cancel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "(1 assessments)" in asked[0] and "can be undone" in asked[0]
    assert titles(isolated_data_dir) == ["Added after the backup", "Note summariser"]
    assert dialog.restored is None
    questions(Button.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.restored is not None
    assert titles(isolated_data_dir) == ["Note summariser"]
    kept = dialog.restored.kept
    assert kept is not None and kept.name.endswith("-before-restore.db")


def test_no_backups_yet(qtbot: Any, isolated_data_dir: Path) -> None:
    dialog = RestoreDialog(isolated_data_dir)
    qtbot.addWidget(dialog)
    assert rows(dialog)[0][0] == "No backups yet."
    assert not dialog.restore_button.isEnabled()


def test_the_file_menu_restores_and_reopens_the_data(
    qtbot: Any, make_window: Callable[..., Any], isolated_data_dir: Path,
    questions: Callable[[Any], list[str]],
) -> None:
    isolated_data_dir.mkdir(parents=True)
    seed(isolated_data_dir)
    window = make_window()
    assert window.home.table.topLevelItemCount() == 2
    window.menu_actions.restore_backup.trigger()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    questions(Button.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.context.is_ready
    assert window.home.table.topLevelItemCount() == 1
    assert window.statusBar().currentMessage().startswith("Restored the backup")
    assert window.menu_actions.restore_backup.text() == "&Restore from backup…"
    window.menu_actions.restore_backup.trigger()  # again: the replaced data is listed too,
    again = window.dialog  # but a real backup is the one offered first
    assert [row[1] for row in rows(again)] == ["Replaced by a restore", "Made on request"]
    assert again.table.currentItem().text(1) == "Made on request"
    again.reject()
    qtbot.waitUntil(window.home.summaries_done)


def test_start_up_with_a_damaged_database_offers_the_backups(
    qtbot: Any, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch,
    questions: Callable[[Any], list[str]],
) -> None:
    from app.ui.app import build_main_window

    isolated_data_dir.mkdir(parents=True)
    seed(isolated_data_dir)
    smash_page(isolated_data_dir / paths.DATABASE_NAME, "assessments")
    shown: list[str] = []
    questions(Button.Yes)

    def exec_restoring(dialog: RestoreDialog) -> int:
        shown.append(dialog.message.text())
        dialog.restore_selected()
        return int(dialog.result())

    monkeypatch.setattr(RestoreDialog, "exec", exec_restoring)
    window = build_main_window(isolated_data_dir, deferred=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.context.is_ready, timeout=10_000)
    assert shown[0].startswith("AIPIA cannot use your database:\nThe AIPIA database ")
    assert "is damaged" in shown[0] and str(isolated_data_dir) in shown[0]
    assert window.home.table.topLevelItemCount() == 1
    qtbot.waitUntil(window.home.summaries_done)
    window.context.close()


def test_start_up_with_a_damaged_database_and_no_backup_explains_and_stops(
    qtbot: Any, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui.app import build_main_window

    isolated_data_dir.mkdir(parents=True)
    seed(isolated_data_dir)
    for backup in (isolated_data_dir / "backups").iterdir():
        backup.unlink()
    smash_page(isolated_data_dir / paths.DATABASE_NAME, "assessments")
    offered: list[list[list[str]]] = []
    critical: list[str] = []
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: offered.append(rows(dialog)) or 0)
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: critical.append(text)))
    window = build_main_window(isolated_data_dir, deferred=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(critical), timeout=10_000)
    assert offered == [[["No backups yet.", "", "", ""]]]
    assert "is damaged" in critical[0] and "aipia backup restore" in critical[0]
    assert not window.context_was_ready
    window.context.close()


def test_a_read_only_data_folder_opens_for_reading(
    qtbot: Any, make_window: Callable[..., Any], isolated_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    isolated_data_dir.mkdir(parents=True)
    seed(isolated_data_dir)
    real_access = os.access
    monkeypatch.setattr(folder_module.os, "access", lambda path, mode: (
        not (mode & os.W_OK and Path(str(path)).resolve() == isolated_data_dir.resolve())
        and real_access(path, mode)))
    window = make_window()
    assert window.context.workspace.read_only
    assert window.home.table.topLevelItemCount() == 2
    labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert any(text.startswith("Read-only: this data folder cannot be written") for text in
               labels)
    actions = window.menu_actions
    assert not actions.new.isEnabled() and not actions.import_data.isEnabled()
    assert not actions.restore_backup.isEnabled()
    qtbot.waitUntil(window.home.summaries_done)


def test_an_import_whose_pack_content_differs_is_imported_with_a_warning(
    qtbot: Any, make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog

    from app.services.transfer import export_assessment, write_export

    window = make_window()
    workspace = window.context.workspace
    record = workspace.new_assessment("Hanbit Clinic", "Note summariser", language="en")
    data = export_assessment(workspace, record.id)
    data["pack"]["hash"] = "0" * 64
    target = tmp_path / "other-pack.json"
    write_export(data, target)
    assert json.loads(target.read_text("utf-8"))["pack"]["hash"] == "0" * 64
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, title, text, *_rest: warned.append((title, text))))
    window.menu_actions.import_data.trigger()
    assert window.home.table.topLevelItemCount() == 2
    [(title, text)] = warned
    assert title == "Imported, with a warning"
    assert text.startswith("pack.hash: the answers were given to org.aipia.test.demo-small")
    qtbot.waitUntil(window.home.summaries_done)

"""Playing the review workflow through the real widgets: preferences, evidence, verdicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from tests.ui.helpers import click


def set_my_name(qtbot: Any, window: Any, name: str) -> None:
    """Tools > Preferences: type "your name", press OK."""
    window.menu_actions.preferences.trigger()
    dialog = window.dialog
    dialog.my_name.selectAll()
    qtbot.keyClicks(dialog.my_name, name)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()


def drop_files(panel: Any, paths: list[Path]) -> bool:
    """Drag ``paths`` over the evidence panel and drop them, as a file manager would.

    Qt delivers drag events only during a real drag, so the panel's handlers get the
    events it would get; returns whether the panel accepted the drag.
    """
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPoint(panel.width() // 2, panel.height() // 2)
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    panel.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    panel.dropEvent(QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, data,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    return True


def answer_dialogs(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Every QInputDialog.getText answers ``text`` with OK."""
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: (text, True)))


def capture_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    return shown


def give_verdict(qtbot: Any, review: Any, section_id: str, verdict: str, comment: str) -> None:
    """In the review tab: pick the section, the verdict, type a comment, press Record."""
    sections = review.sections
    sections.select(section_id)
    sections.verdict.setCurrentIndex(sections.verdict.findData(verdict))
    sections.comment.clear()
    qtbot.keyClicks(sections.comment, comment)
    click(qtbot, sections.judge_button)


def fill_modal(qtbot: Any, fill: Any) -> None:
    """Call ``fill(dialog)`` on the modal dialog about to open."""
    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))


def sidebar_mark(window: Any, section_id: str) -> str:
    item = window.assessment.wizard.sidebar.items[section_id]
    return str(item.text(0))


def import_with_a_wrong_passphrase(opened: Any, second: Any, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    """Export ``opened``'s assessment sealed, import it into ``second`` with a wrong
    passphrase (refused: None); the package and the warnings shown."""
    from app.ui.exchange_dialogs import import_exchange

    package = tmp_path / "client.aipia"
    opened.context.workspace.export_package(opened.assessment.assessment_id, package,
                                            "the right passphrase")
    warnings = capture_warnings(monkeypatch)
    answer_dialogs(monkeypatch, "a wrong passphrase")
    assert import_exchange(second, str(package)) is None
    return package, warnings

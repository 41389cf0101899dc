"""Driving the wizard as a user would: find a question's widgets, click and type into them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
)

from app.ui.wizard.cell_delegate import ChecklistEditor


def block(window: Any, qid: str) -> Any:
    """The question block of ``qid`` on the current page."""
    page = window.assessment.wizard.current_page()
    return page.blocks[qid]


def shown(window: Any, qid: str) -> bool:
    return not block(window, qid).isHidden()


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def replace_text(qtbot: Any, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def click(qtbot: Any, widget: Any) -> None:
    """Click where a user would: check boxes and radio buttons on their indicator."""
    if isinstance(widget, QCheckBox | QRadioButton):
        point = QPoint(min(8, widget.width() // 2), widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot: Any, window: Any, qid: str, value: str) -> None:
    """Click the radio button or check box of ``value``."""
    editor = block(window, qid).editor
    target = editor.buttons[value] if hasattr(editor, "buttons") else editor.boxes[value]
    click(qtbot, target)


def next_section(qtbot: Any, window: Any) -> None:
    click(qtbot, window.assessment.wizard.next_button)


def _edit_cell(qtbot: Any, table: Any, row: int, column: int) -> Any:
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    return editor


def fill_cell(qtbot: Any, table: Any, row: int, column: int, value: Any) -> None:
    """Edit a cell in place: type text, pick a combo entry, or tick check-list entries."""
    editor = _edit_cell(qtbot, table, row, column)
    if isinstance(editor, QComboBox):
        target = editor.findData(value)
        assert target > 0, value
        while editor.currentIndex() < target:
            qtbot.keyClick(editor, Qt.Key.Key_Down)
        _submit(qtbot, table, editor)
        return
    if isinstance(editor.parentWidget(), ChecklistEditor):
        editor = editor.parentWidget()
    if isinstance(editor, ChecklistEditor):
        for index in range(editor.count()):
            item = editor.item(index)
            if item.data(Qt.ItemDataRole.UserRole) in value:
                editor.setCurrentItem(item)
                qtbot.keyClick(editor, Qt.Key.Key_Space)
        _submit(qtbot, table, editor)
        return
    assert isinstance(editor, QLineEdit), type(editor)
    qtbot.keyClicks(editor, str(value))
    _submit(qtbot, table, editor)


def _submit(qtbot: Any, table: Any, editor: Any) -> None:
    """Press Enter; the view commits and closes the editor on its next event-loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def cell_value(table: Any, row: int, column: int) -> Any:
    return table.item(row, column).data(Qt.ItemDataRole.UserRole)


def commit_text(widget: Any, text: str) -> None:
    """Type ``text`` as an input method commits it (how Korean is typed; QTest sends ASCII)."""
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def use_edited_demo_pack(folder: Any, monkeypatch: Any, file_name: str, old: str,
                         new: str) -> None:
    """Make a copy of demo-small, with ``old`` replaced by ``new`` once, the built-in pack."""
    import shutil

    from app import paths
    from tests.ui.conftest import DEMO_PACK

    copy = folder / "packs" / "demo-small"
    shutil.copytree(DEMO_PACK, copy)
    target = copy / file_name
    text = target.read_text(encoding="utf-8")
    assert old in text, old
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    monkeypatch.setattr(paths, "questionnaires_dir", lambda: folder / "packs")

"""Full keyboard use: the list, the wizard's fields, sections and tables without a mouse."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.helpers import block

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier


def focused() -> Any:
    return QApplication.focusWidget()


def open_first(qtbot: Any, window: Any) -> None:
    window.context.workspace.new_assessment("Hanbit", "Bot", language="en")
    window.home.reload()
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Key.Key_Return)
    assert window.assessment is not None


def test_fields_are_reached_with_tab_and_sections_with_ctrl_page_keys(
        qtbot: Any, window: Any) -> None:
    open_first(qtbot, window)
    controller = window.assessment.controller
    assert focused() is block(window, "system_name").editor.field  # ready to type
    qtbot.keyClicks(focused(), "Summariser")
    qtbot.keyClick(focused(), Key.Key_Tab)
    assert focused() is block(window, "purpose").editor.field  # the clear button is skipped
    qtbot.keyClicks(focused(), "Summaries.")
    qtbot.keyClick(focused(), Key.Key_Tab)  # a long text field passes Tab on
    assert focused() is block(window, "go_live").editor.field.line
    assert controller.session.answer("system_name").value == "Summariser"

    qtbot.keyClick(focused(), Key.Key_PageDown, Ctrl)
    assert controller.current_section == "screening"
    qtbot.keyClick(focused(), Key.Key_PageUp, Ctrl)
    assert controller.current_section == "organisation"


def test_radio_buttons_and_check_boxes_work_with_the_keyboard(
        qtbot: Any, window: Any) -> None:
    open_first(qtbot, window)
    controller = window.assessment.controller
    controller.go_to("inventory")
    first = block(window, "deployment_mode").editor.buttons["offline_device"]
    first.setFocus()
    qtbot.keyClick(first, Key.Key_Space)
    assert controller.session.answer("deployment_mode").value == "offline_device"
    qtbot.keyClick(focused(), Key.Key_Down)
    qtbot.keyClick(focused(), Key.Key_Down)
    qtbot.keyClick(focused(), Key.Key_Down)
    assert controller.session.answer("deployment_mode").value == "third_party_host"
    assert not block(window, "host_region").isHidden()


def test_the_section_tree_opens_a_section_with_enter(qtbot: Any, window: Any) -> None:
    open_first(qtbot, window)
    sidebar = window.assessment.wizard.sidebar
    sidebar.setFocus()
    qtbot.keyClick(sidebar, Key.Key_Down)
    qtbot.keyClick(sidebar, Key.Key_Down)
    qtbot.keyClick(sidebar, Key.Key_Return)
    assert window.assessment.controller.current_section == "inventory"


def test_table_rows_are_added_edited_moved_and_removed_with_keys(
        qtbot: Any, window: Any) -> None:
    open_first(qtbot, window)
    window.assessment.controller.go_to("inventory")
    editor = block(window, "model_inventory").editor
    table = editor.table
    table.setFocus()
    for name in ("Llama", "Gemma"):
        qtbot.keyClick(table, Key.Key_Equal, Ctrl | Qt.KeyboardModifier.ShiftModifier)
        assert focused() is table
        qtbot.keyClicks(table, name[0])  # typing starts editing in place
        qtbot.keyClicks(focused(), name[1:])
        qtbot.keyClick(focused(), Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert [row["name"] for row in editor.rows()] == ["Llama", "Gemma"]
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Key.Key_Up, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert [row["name"] for row in editor.rows()] == ["Gemma", "Llama"]
    qtbot.keyClick(table, Key.Key_Minus, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert [row["name"] for row in editor.rows()] == ["Llama"]
    answer = window.assessment.controller.session.answer("model_inventory")
    assert [row["name"] for row in answer.value] == ["Llama"]


def test_delete_key_in_the_list_asks_before_deleting(
        qtbot: Any, window: Any, monkeypatch: Any) -> None:
    window.context.workspace.new_assessment("Hanbit", "Bot", language="en")
    window.home.reload()
    asked: list[str] = []
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: asked.append(a[2]) or no))
    window.home.table.setFocus()
    qtbot.keyClick(window.home.table, Key.Key_Delete)
    assert asked and window.home.table.topLevelItemCount() == 1


def test_ctrl_l_goes_back_to_the_list(qtbot: Any, window: Any) -> None:
    open_first(qtbot, window)
    qtbot.keyClick(focused(), Key.Key_L, Ctrl)
    assert window.assessment is None and focused() is window.home.table

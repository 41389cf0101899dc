"""Wide table questions: units in the headers, whole values on hover, a form for one row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.wizard.row_dialog import RowDialog
from tests.ui.helpers import block, cell_value, click, fill_cell

LONG_LICENCE = "Community licence with a use policy (Llama, Gemma, HyperCLOVA X SEED)"


def inventory(window: Any) -> Any:
    window.assessment.controller.go_to("inventory")
    return block(window, "model_inventory").editor


def headers(editor: Any) -> list[str]:
    table = editor.table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_headers_carry_units_and_cells_show_whole_values_on_hover(
        qtbot: Any, opened: Any) -> None:
    editor = inventory(opened)
    assert headers(editor) == ["Model *", "Publisher", "Size\n(billion parameters)",
                               "Weight format", "Hash verified", "Obtained on"]
    click(qtbot, editor.add_button)
    table = editor.table
    fill_cell(qtbot, table, 0, 0, "gemma-3-27b-it-qat-q4_0-gguf")
    fill_cell(qtbot, table, 0, 1, LONG_LICENCE)
    item = table.item(0, 1)
    assert item.text() == LONG_LICENCE and item.toolTip() == LONG_LICENCE
    assert not table.wordWrap()  # one line per cell, cut with "…", never clipped lines
    assert table.rowHeight(0) == table.verticalHeader().defaultSectionSize()


def test_a_row_is_edited_in_a_form_with_every_column(qtbot: Any, opened: Any) -> None:
    editor = inventory(opened)
    click(qtbot, editor.add_button)
    fill_cell(qtbot, editor.table, 0, 0, "Llama")
    seen: dict[str, Any] = {}

    def fill(dialog: RowDialog) -> None:
        seen["title"] = dialog.windowTitle()
        fields = dialog.fields
        fields["name"].editor.setText("Llama-3.1-8B-Instruct")
        fields["publisher"].editor.setText(LONG_LICENCE)
        fields["parameters_b"].editor.setText("eight")
        click(qtbot, dialog.ok_button)
        seen["problem"] = dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else ""
        fields["parameters_b"].editor.setText("8")
        weight = fields["weight_format"].editor
        weight.setCurrentIndex(weight.findData("safetensors"))
        fields["obtained"].editor.line.setText("2025.1.5")
        click(qtbot, dialog.ok_button)

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    editor.table.setCurrentCell(0, 0)
    click(qtbot, editor.edit_button)
    assert seen["title"] == "Row 1 of 1"
    assert seen["problem"] == "Size: enter a number, e.g. 12 or 3.5"
    table = editor.table
    assert [cell_value(table, 0, c) for c in range(4)] == [
        "Llama-3.1-8B-Instruct", LONG_LICENCE, 8, "safetensors"]
    assert str(cell_value(table, 0, 5)) == "2025-01-05"
    answer = opened.assessment.controller.session.answer("model_inventory")
    assert answer.value[0]["parameters_b"] == 8


def test_double_clicking_the_row_number_opens_the_form(qtbot: Any, opened: Any) -> None:
    editor = inventory(opened)
    click(qtbot, editor.add_button)
    opened_forms: list[str] = []

    def close(dialog: Any) -> None:
        opened_forms.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, lambda: close(QApplication.activeModalWidget()))
    header = editor.table.verticalHeader()
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert opened_forms == ["Row 1 of 1"]

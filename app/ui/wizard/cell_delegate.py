"""In-place cell editors for the table question, one per column type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.core.answers.text import STATE_WORDS, YES_NO_WORDS, format_value
from app.ui.wizard.values import format_number, parse_date, parse_number

if TYPE_CHECKING:
    from app.core.model import AnyColumn
    from app.core.pack import Pack

VALUE_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex


def cell_options(pack: Pack, column: AnyColumn, language: str) -> list[tuple[str, str]]:
    """(value, label) pairs of a yes / no or single choice column, states included."""
    if column.type == "yes_no":
        values = ["yes", "no", *(["partial"] if "partial" in column.allow else [])]
        options = [(v, YES_NO_WORDS[v].get(language, YES_NO_WORDS[v]["en"])) for v in values]
    else:
        options = [(c.id, pack.text(c.label, language)) for c in pack.choices(column)]
    states = [s for s in ("unknown", "not_applicable") if s in getattr(column, "allow", ())]
    return options + [(s, STATE_WORDS[s].get(language, STATE_WORDS[s]["en"])) for s in states]


def cell_text(pack: Pack, column: AnyColumn, value: Any, language: str) -> str:
    """A cell value as shown in the table."""
    if value is None:
        return ""
    if column.type == "number":
        return format_number(value)
    return format_value(pack, column, value, language)


class ChecklistEditor(QListWidget):
    """A multiple choice cell: a short list of check boxes over the cell."""

    def __init__(self, parent: QWidget, options: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        for value, label in options:
            item = QListWidgetItem(label, self)
            item.setData(VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def set_values(self, values: tuple[str, ...] | list[str]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(VALUE_ROLE) in values
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def values(self) -> tuple[str, ...]:
        items = [self.item(row) for row in range(self.count())]
        return tuple(
            i.data(VALUE_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked
        )


class CellDelegate(QStyledItemDelegate):
    """Creates the editor that fits each column and writes typed values back."""

    def __init__(self, pack: Pack, columns: tuple[Any, ...], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.columns = columns
        self.language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        column = self.columns[index.column()]
        name = self.pack.text(column.label, self.language)
        if column.type in ("yes_no", "single_choice"):
            combo = QComboBox(parent)
            combo.addItem("", None)
            for value, label in cell_options(self.pack, column, self.language):
                combo.addItem(label, value)
            combo.setAccessibleName(name)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        if column.type == "multiple_choice":
            options = [(c.id, self.pack.text(c.label, self.language))
                       for c in self.pack.choices(column)]
            checklist = ChecklistEditor(parent, options)
            checklist.setAccessibleName(name)
            return checklist
        line = QLineEdit(parent)
        line.setAccessibleName(name)
        line.setPlaceholderText(self.pack.text(column.placeholder, self.language))
        if column.type == "date":
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        elif column.type == "short_text":
            line.setMaxLength(column.max_length)
        return line

    def _commit(self, editor: QWidget) -> None:
        """A choice counts at once (the editor stays open until Enter, Tab or a click away)."""
        self.commitData.emit(editor)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: AnyIndex) -> None:
        rect = option.rect
        if isinstance(editor, ChecklistEditor):
            height = editor.sizeHintForRow(0) * min(editor.count(), 7) + 2 * editor.frameWidth()
            rect = rect.adjusted(0, 0, max(0, 260 - rect.width()), 0)
            rect.setHeight(height)
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(VALUE_ROLE)
        column = self.columns[index.column()]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, ChecklistEditor):
            editor.set_values(value or ())
        elif isinstance(editor, QLineEdit):
            text = cell_text(self.pack, column, value, self.language)
            editor.setText(value.isoformat() if column.type == "date" and value else text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        column = self.columns[index.column()]
        ok, value = self._editor_value(editor, column)
        if not ok:
            return  # an unusable number or date: keep the previous value
        text = cell_text(self.pack, column, value, self.language)
        model.setData(index, value, VALUE_ROLE)
        model.setData(index, text, Qt.ItemDataRole.DisplayRole)
        model.setData(index, text, Qt.ItemDataRole.ToolTipRole)  # the whole text, if cut off

    def _editor_value(self, editor: QWidget, column: AnyColumn) -> tuple[bool, Any]:
        if isinstance(editor, QComboBox):
            return True, editor.currentData()
        if isinstance(editor, ChecklistEditor):
            return True, editor.values() or None
        text = editor.text() if isinstance(editor, QLineEdit) else ""
        if column.type == "number":
            parsed = parse_number(text, column.integer)
        elif column.type == "date":
            parsed = parse_date(text)
        else:
            return True, text if text.strip() else None
        return parsed.problem is None, None if parsed.empty else parsed.value

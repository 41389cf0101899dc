"""The table question: repeatable rows, edited in place, added, removed and reordered."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.core.answers import Answer
from app.ui.wizard.cell_delegate import VALUE_ROLE, CellDelegate, cell_text
from app.ui.wizard.editors import Editor

if TYPE_CHECKING:
    from app.core.pack import Pack

VISIBLE_ROWS = 4
MAX_COLUMN_WIDTH = 200


class TableEditor(Editor):
    """Rows of typed cells; each change emits the whole table as one answer."""

    def __init__(self, pack: Pack, question: Any, language: str, label: str) -> None:
        super().__init__()
        self.pack = pack
        self.columns = tuple(question.columns)
        self.language = language
        self.max_rows = question.max_rows
        self.table = QTableWidget(0, len(self.columns))
        self.table.setAccessibleName(label)
        self.table.setItemDelegate(CellDelegate(pack, self.columns, language, self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self._set_headers()
        self._size_table()
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        for keys, slot in (("Ctrl+Shift+=", self.add_row), ("Ctrl+Shift+-", self.remove_row),
                           ("Ctrl+Shift+Up", lambda: self.move_row(-1)),
                           ("Ctrl+Shift+Down", lambda: self.move_row(1))):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._layout()
        self.setFocusProxy(self.table)
        self.table.itemChanged.connect(lambda _item: self._emit())
        self.table.currentCellChanged.connect(lambda *_args: self._update_buttons())
        self._update_buttons()

    def _set_headers(self) -> None:
        for index, column in enumerate(self.columns):
            text = self.pack.text(column.label, self.language) + (" *" if column.required else "")
            header = QTableWidgetItem(text)
            if column.help:
                header.setToolTip(self.pack.text(column.help, self.language))
            self.table.setHorizontalHeaderItem(index, header)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Size columns to their content, none wider than MAX_COLUMN_WIDTH (cells wrap)."""
        self.table.resizeColumnsToContents()
        for index in range(self.table.columnCount()):
            if self.table.columnWidth(index) > MAX_COLUMN_WIDTH:
                self.table.setColumnWidth(index, MAX_COLUMN_WIDTH)
        self.table.resizeRowsToContents()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_action(self, button: QPushButton) -> None:
        """Another button in the row under the table (before the stretch)."""
        self._buttons.insertWidget(self._buttons.count() - 1, button)

    def _size_table(self) -> None:
        rows = max(VISIBLE_ROWS, min(self.table.rowCount() + 1, 12))
        row_height = self.table.verticalHeader().defaultSectionSize()
        chrome = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(chrome + row_height * VISIBLE_ROWS)
        self.table.setMaximumHeight(chrome + row_height * rows + 4)

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        self.add_button.setEnabled(count < self.max_rows)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # rows ------------------------------------------------------------------------------
    def _insert(self, at: int, values: dict[str, Any]) -> None:
        self.table.insertRow(at)
        for index, column in enumerate(self.columns):
            value = values.get(column.id)
            item = QTableWidgetItem(cell_text(self.pack, column, value, self.language))
            item.setData(VALUE_ROLE, value)
            self.table.setItem(at, index, item)

    def add_row(self) -> None:
        if self.table.rowCount() >= self.max_rows:
            return
        self.table.blockSignals(True)
        self._insert(self.table.rowCount(), {})
        self.table.blockSignals(False)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self._size_table()
        self._emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._size_table()
        self._emit()

    def move_row(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = self._row_values(row)
        self.table.blockSignals(True)
        self.table.removeRow(row)
        self._insert(target, values)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, max(0, self.table.currentColumn()))
        self._emit()

    def _row_values(self, row: int) -> dict[str, Any]:
        values = {}
        for index, column in enumerate(self.columns):
            item = self.table.item(row, index)
            value = item.data(VALUE_ROLE) if item is not None else None
            if value is not None:
                values[column.id] = value
        return values

    def rows(self) -> tuple[dict[str, Any], ...]:
        return tuple(self._row_values(row) for row in range(self.table.rowCount()))

    def _emit(self) -> None:
        self.table.resizeRowsToContents()
        self._update_buttons()
        self.changed.emit(self.value_answer())

    def set_answer(self, answer: Answer | None) -> None:
        rows = answer.value if answer and answer.state == "answered" else ()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self._insert(self.table.rowCount(), row)
        self.table.blockSignals(False)
        self._fit_columns()
        self._size_table()
        self._update_buttons()

    def value_answer(self) -> Answer | None:
        rows = self.rows()
        return Answer(rows) if rows else None

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
    QToolButton,
    QVBoxLayout,
)

from app.core.answers import Answer
from app.ui.wizard.cell_delegate import VALUE_ROLE, CellDelegate, cell_text
from app.ui.wizard.editors import Editor
from app.ui.wizard.row_dialog import CellShown, RowDialog, column_title

if TYPE_CHECKING:
    from app.core.model import TableQuestion
    from app.core.pack import Pack

VISIBLE_ROWS = 4
MAX_COLUMN_WIDTH = 200


class TableEditor(Editor):
    """Rows of typed cells; each change emits the whole table as one answer."""

    def __init__(self, pack: Pack, question: TableQuestion, language: str) -> None:
        super().__init__()
        label = pack.text(question.label, language)
        self.pack = pack
        self.columns = tuple(question.columns)
        self.language = language
        self.max_rows = question.max_rows
        self.cell_shown: CellShown | None = None  # set by the question block (the session's)
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
        # One line per cell, cut with "…" (the whole text is in its tooltip and the row form):
        # wrapped, a licence name took seven clipped lines.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._set_headers()
        self._size_table()
        self.dialog: RowDialog | None = None  # the last row form opened (tests look at it)
        self.add_button = QPushButton(self.tr("Add row"))
        self.edit_button = QPushButton(self.tr("Edit row…"))
        self.edit_button.setToolTip(self.tr("Every column of the selected row in a form "
                                            "(Ctrl+Shift+E, or double-click the row number)"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.up_button = self._arrow_button("↑", self.tr("Move the row up (Ctrl+Shift+Up)"))
        self.down_button = self._arrow_button("↓", self.tr("Move the row down (Ctrl+Shift+Down)"))
        self.add_button.clicked.connect(self.add_row)
        self.edit_button.clicked.connect(self.edit_row)
        self.table.verticalHeader().sectionDoubleClicked.connect(self._edit_row_at)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        for keys, slot in (("Ctrl+Shift+=", self.add_row), ("Ctrl+Shift+-", self.remove_row),
                           ("Ctrl+Shift+E", self.edit_row),
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

    @staticmethod
    def _arrow_button(arrow: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    def _set_headers(self) -> None:
        for index, column in enumerate(self.columns):
            text = column_title(self.pack, column, self.language)  # with its unit, if any
            header = QTableWidgetItem(text)
            tip = text.replace("\n", " ")
            if column.help:
                tip += "\n\n" + self.pack.text(column.help, self.language)
            header.setToolTip(tip)
            self.table.setHorizontalHeaderItem(index, header)
        sections = self.table.horizontalHeader()
        sections.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        sections.setStretchLastSection(True)
        sections.setMinimumSectionSize(60)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Size columns to their content, none wider than MAX_COLUMN_WIDTH (longer text: "…")."""
        self.table.resizeColumnsToContents()
        for index in range(self.table.columnCount()):
            if self.table.columnWidth(index) > MAX_COLUMN_WIDTH:
                self.table.setColumnWidth(index, MAX_COLUMN_WIDTH)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._actions = QHBoxLayout()  # other actions get a row of their own: narrow pages
        self._actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(self._actions)

    def add_action(self, button: QPushButton) -> None:
        """Another button under the row-editing buttons (a row of its own, so the page
        never has to grow sideways at 1024x700)."""
        self._actions.insertWidget(self._actions.count() - 1, button)

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
        self.edit_button.setEnabled(count > 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # rows ------------------------------------------------------------------------------
    def _insert(self, at: int, values: dict[str, Any]) -> None:
        self.table.insertRow(at)
        for index, column in enumerate(self.columns):
            value = values.get(column.id)
            text = cell_text(self.pack, column, value, self.language)
            item = QTableWidgetItem(text)
            item.setData(VALUE_ROLE, value)
            item.setToolTip(text)
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

    def edit_row(self) -> bool:
        """Edit the selected row (else the first) in a form with room for every column."""
        if self.table.rowCount() == 0:
            return False
        row = max(0, self.table.currentRow())
        title = self.tr("Row %1 of %2").replace("%1", str(row + 1)).replace(
            "%2", str(self.table.rowCount()))
        self.dialog = RowDialog(self.pack, self.columns, self.language,
                                values=self._row_values(row),
                                title=title, parent=self, cell_shown=self.cell_shown)
        if self.dialog.exec() != RowDialog.DialogCode.Accepted:
            return False
        self.table.blockSignals(True)
        self.table.removeRow(row)
        self._insert(row, self.dialog.values)
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self._emit()
        return True

    def _edit_row_at(self, row: int) -> None:
        self.table.setCurrentCell(row, 0)
        self.edit_row()

    def _emit(self) -> None:
        self._update_buttons()
        self.show_cells()
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
        self.show_cells()

    def show_cells(self) -> None:
        """Grey out and lock the cells a row does not ask for (their column's show_if)."""
        if self.cell_shown is None:
            return
        blocked = self.table.blockSignals(True)  # a flag or colour is not an edit
        for row in range(self.table.rowCount()):
            values = self._row_values(row)
            for index, column in enumerate(self.columns):
                item = self.table.item(row, index)
                if item is not None:
                    self._show_cell(item, self.cell_shown(column.id, values))
        self.table.blockSignals(blocked)

    def _show_cell(self, item: QTableWidgetItem, shown: bool) -> None:
        editable = Qt.ItemFlag.ItemIsEditable
        item.setFlags(item.flags() | editable if shown else item.flags() & ~editable)
        item.setForeground(self.palette().text() if shown
                           else self.palette().placeholderText())
        item.setToolTip(item.text() if shown else self.tr("Not asked for this row"))

    def value_answer(self) -> Answer | None:
        rows = self.rows()
        return Answer(rows) if rows else None

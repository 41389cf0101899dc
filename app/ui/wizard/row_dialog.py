"""One row of a table question as a form: every column with room for its label, unit and help.

A table of ten columns in a 500-pixel page cannot show its values whole;
the form shows one row at a time, with the same editors as the cells.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.model import LongTextColumn, NumberColumn, TextColumn
from app.ui.style import role
from app.ui.wizard.cell_delegate import ChecklistEditor, cell_options
from app.ui.wizard.editors import DateField
from app.ui.wizard.values import format_number, parse_date, parse_number

if TYPE_CHECKING:
    from app.core.model import AnyColumn
    from app.core.pack import Pack

CellShown = Callable[[str, dict[str, Any]], bool]  # column id, the row -> is the cell asked?


def column_title(pack: Pack, column: AnyColumn, language: str, unit: bool = True) -> str:
    """The column's label, " *" when required, and its unit on a second line."""
    text = pack.text(column.label, language) + (" *" if column.required is True else "")
    unit_text = pack.text(getattr(column, "unit", None), language) if unit else ""
    return f"{text}\n({unit_text})" if unit_text else text


class ColumnField:
    """The editor of one column in the row form, and the value it holds."""

    def __init__(self, pack: Pack, column: AnyColumn, language: str) -> None:
        self.column = column
        self.widget: QWidget
        self.editor: Any
        kind = column.type
        if kind in ("yes_no", "single_choice"):
            self.editor = QComboBox()
            # Long choices must not make the form wider than the screen (the list shows them).
            self.editor.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.editor.setMinimumContentsLength(16)
            self.editor.addItem("", None)
            for value, label in cell_options(pack, column, language):
                self.editor.addItem(label, value)
        elif kind == "multiple_choice":
            options = [(c.id, pack.text(c.label, language)) for c in pack.choices(column)]
            self.editor = ChecklistEditor(QWidget(), options)
            self.editor.setParent(None)
            self.editor.setMaximumHeight(self.editor.sizeHintForRow(0) * min(len(options), 6)
                                         + 2 * self.editor.frameWidth())
        elif kind == "date":
            self.editor = DateField(pack.text(column.label, language))
        elif kind == "long_text":
            self.editor = QPlainTextEdit()
            self.editor.setTabChangesFocus(True)
            self.editor.setMaximumHeight(self.editor.fontMetrics().lineSpacing() * 5 + 12)
        else:
            self.editor = QLineEdit()
            self.editor.setPlaceholderText(pack.text(column.placeholder, language))
        self.editor.setAccessibleName(pack.text(column.label, language))
        self.widget = self._with_unit(pack.text(getattr(column, "unit", None), language))

    def changed_signal(self) -> Any:
        """The editor's signal for "the value changed" (to show and hide the row's cells)."""
        editor = self.editor
        if isinstance(editor, QComboBox):
            return editor.currentIndexChanged
        if isinstance(editor, ChecklistEditor):
            return editor.itemChanged
        if isinstance(editor, DateField):
            return editor.edited
        return editor.textChanged

    def _with_unit(self, unit: str) -> QWidget:
        editor: QWidget = self.editor
        if not unit:
            return editor
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.editor, 1)
        row.addWidget(QLabel(unit))
        return box

    def set_value(self, value: Any) -> None:
        editor, kind = self.editor, self.column.type
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, ChecklistEditor):
            editor.set_values(value or ())
        elif isinstance(editor, DateField):
            editor.set_date(value)
        elif kind == "number":
            editor.setText(format_number(value))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        else:
            editor.setText(value or "")

    def value(self) -> tuple[Any, str | None]:
        """The typed value and a problem key ("number", "whole", "date", "long"), or None."""
        editor, kind = self.editor, self.column.type
        if isinstance(editor, QComboBox):
            return editor.currentData(), None
        if isinstance(editor, ChecklistEditor):
            return editor.values() or None, None
        column = self.column
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        parsed = parse_date(text) if kind == "date" else (
            parse_number(text, column.integer) if isinstance(column, NumberColumn) else None)
        if parsed is not None:
            return (None if parsed.empty else parsed.value), parsed.problem
        if isinstance(column, TextColumn | LongTextColumn) and len(text) > column.max_length:
            return text, "long"
        return (text if text.strip() else None), None


class RowDialog(QDialog):
    """Edits ``values`` (column id -> value); on OK, :attr:`values` holds the new row."""

    def __init__(self, pack: Pack, columns: tuple[Any, ...], language: str, *,
                 values: dict[str, Any], title: str, parent: QWidget | None = None,
                 cell_shown: CellShown | None = None) -> None:
        super().__init__(parent)
        self.cell_shown = cell_shown
        self.setWindowTitle(title)
        self.values = dict(values)
        self.fields: dict[str, ColumnField] = {}
        self.pack, self.language = pack, language
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for column in columns:
            field = ColumnField(pack, column, language)
            field.set_value(values.get(column.id))
            label = QLabel(column_title(pack, column, language, unit=False))  # unit: by the field
            label.setWordWrap(True)
            label.setBuddy(field.editor)
            if column.help:
                label.setToolTip(pack.text(column.help, language))
                field.editor.setToolTip(label.toolTip())
            form.addRow(label, field.widget)
            self.fields[column.id] = field
            field.changed_signal().connect(self._show_cells)
        self.form = form
        self.problem = QLabel()
        role(self.problem, "questionIssue")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._lay_out(form, buttons)
        self._show_cells()

    def _show_cells(self) -> None:
        """Each column's show_if on the row as it is being filled in: hide what is not asked."""
        if self.cell_shown is None:
            return
        row = self._typed_values()
        for column_id, field in self.fields.items():
            self.form.setRowVisible(field.widget, self.cell_shown(column_id, row))

    def _typed_values(self) -> dict[str, Any]:
        values = {}
        for column_id, field in self.fields.items():
            value, problem = field.value()
            if problem is None and value is not None:
                values[column_id] = value
        return values

    def _lay_out(self, form: QFormLayout, buttons: QDialogButtonBox) -> None:
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.resize(560, min(640, body.sizeHint().height() + 120))

    def accept(self) -> None:
        problems, values = [], {}
        for column_id, field in self.fields.items():
            value, problem = field.value()
            if problem is not None and not self.form.isRowVisible(field.widget):
                problem = None  # a cell this row does not ask for: kept as it was
            if problem is not None:
                name = self.pack.text(field.column.label, self.language)
                problems.append(f"{name}: {self._problem_text(problem, field.column)}")
            elif value is not None:
                values[column_id] = value
        if problems:
            self.problem.setText("\n".join(problems))
            self.problem.setVisible(True)
            return
        self.values = values
        super().accept()

    def _problem_text(self, key: str, column: AnyColumn) -> str:
        if key == "long" and isinstance(column, TextColumn | LongTextColumn):
            return self.tr("at most %1 characters").replace("%1", f"{column.max_length:,}")
        return {
            "number": self.tr("enter a number, e.g. 12 or 3.5"),
            "whole": self.tr("enter a whole number, e.g. 12"),
            "date": self.tr("enter a date as YYYY-MM-DD"),
        }[key]

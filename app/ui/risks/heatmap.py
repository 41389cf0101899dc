"""The heat map: likelihood (rows, highest on top) x severity (columns), risks counted per cell.

Each row and column header explains its step (the pack's description) in a
tooltip, each cell its level; :class:`Legend` lists the levels under the map.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLayout, QSizePolicy, QWidget

from app.ui.style import role

if TYPE_CHECKING:
    from app.ui.risks.words import MatrixWords

Cell = tuple[str, str]  # (likelihood id, severity id)


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return "#000000" if luminance > 150 else "#ffffff"


def chip_style(colour: str, *, faded: bool = False) -> str:
    alpha = "66" if faded else "ff"
    return (f"background-color: #{alpha}{colour[1:]}; color: {text_colour(colour)};"
            f" border-radius: 3px; padding: 1px 6px;")


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def tip(title: str, description: str) -> str:
    return f"{title}\n{description}" if description else title


class HeatMap(QWidget):
    """A grid of coloured cells; each shows how many risks sit there at one stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.grid = QGridLayout(self)
        self.grid.setSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cells: dict[Cell, QLabel] = {}
        self.rows: dict[str, QLabel] = {}  # likelihood headers
        self.columns: dict[str, QLabel] = {}  # severity headers
        self._counts: dict[Cell, int] = {}  # what each cell shows
        self._levels: dict[Cell, str] = {}  # each cell's level in the matrix
        self._key: tuple[object, str, str] | None = None  # matrix, language, stage shown

    def show_counts(self, words: MatrixWords, counts: Mapping[Cell, int], stage: str) -> None:
        """Fill the map with ``counts`` (cells absent count 0); ``stage`` names it for readers.

        The same matrix in the same words again (an answer changed a count): only the cells
        whose count changed are written, no widget is made anew.
        """
        matrix = words.pack.matrix
        if self._key is None or self._key[0] is not matrix or self._key[1:] != (
                words.language, stage):
            self._clear()
            self._build(words, stage)
            self._key = (matrix, words.language, stage)
        for (likelihood, severity), cell in self.cells.items():
            count = counts.get((likelihood, severity), 0)
            if self._counts.get((likelihood, severity)) != count:
                self._show_count(words, cell, (likelihood, severity), count, stage)
        self._counts = {cell: counts.get(cell, 0) for cell in self.cells}

    def _build(self, words: MatrixWords, stage: str) -> None:
        matrix = words.pack.matrix
        self._axis_titles(len(matrix.likelihood), len(matrix.severity))
        rows = list(reversed(list(enumerate(matrix.likelihood))))
        for row, (index, likelihood) in enumerate(rows, start=1):
            header = self._axis(words, "likelihood", likelihood.id)
            self.rows[likelihood.id] = header
            self.grid.addWidget(header, row, 1)
            for column, severity in enumerate(matrix.severity, start=2):
                cell = QLabel()
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setMinimumSize(48, 28)
                cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                self.grid.addWidget(cell, row, column)
                self.cells[(likelihood.id, severity.id)] = cell
                self._levels[(likelihood.id, severity.id)] = matrix.grid[index][column - 2]
        last = len(rows) + 1
        for column, severity in enumerate(matrix.severity, start=2):
            header = self._axis(words, "severity", severity.id)
            self.columns[severity.id] = header
            self.grid.addWidget(header, last, column)

    def _show_count(self, words: MatrixWords, cell: QLabel, at: Cell, count: int,
                    stage: str) -> None:
        likelihood, severity = at
        level = self._levels[at]
        cell.setText(str(count) if count else "")
        weight = "bold" if count else "normal"
        cell.setStyleSheet(
            chip_style(words.level_colour(level), faded=not count) + f" font-weight: {weight};")
        cell.setAccessibleName(
            self.tr("%5 — likelihood %1, severity %2: level %3, risks here: %4")
            .replace("%1", words.step_label("likelihood", likelihood))
            .replace("%2", words.step_label("severity", severity))
            .replace("%3", words.level_label(level)).replace("%4", str(count))
            .replace("%5", stage))
        cell.setToolTip(tip(cell.accessibleName(), words.level_description(level)))

    def _axis_titles(self, rows: int, columns: int) -> None:
        side = QLabel(self.tr("Likelihood"))
        role(side, "axisTitle")
        side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.addWidget(side, 1, 0, rows, 1)
        bottom = QLabel(self.tr("Severity"))
        role(bottom, "axisTitle")
        bottom.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.addWidget(bottom, rows + 2, 2, 1, columns)

    def _axis(self, words: MatrixWords, axis: str, step: str) -> QLabel:
        label = QLabel(words.step_label(axis, step))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setToolTip(tip(label.text(), words.step_description(axis, step)))
        role(label, "axisLabel")
        return label

    def _clear(self) -> None:
        clear_layout(self.grid)
        self.cells.clear()
        self.rows.clear()
        self.columns.clear()
        self._counts.clear()
        self._levels.clear()
        self._key = None


class Legend(QWidget):
    """The risk levels, lowest first, each with its description as a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMapLegend")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 2, 0, 0)
        self.chips: dict[str, QLabel] = {}

    def show_levels(self, words: MatrixWords) -> None:
        clear_layout(self.row)
        self.chips.clear()
        for level in words.pack.matrix.levels:
            chip = QLabel(words.level_label(level.id))
            chip.setStyleSheet(chip_style(level.colour))
            chip.setToolTip(tip(chip.text(), words.level_description(level.id)))
            self.row.addWidget(chip)
            self.chips[level.id] = chip
        self.row.addStretch(1)

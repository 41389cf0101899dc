"""The heat map: likelihood (rows, highest on top) x severity (columns), raised risks counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from app.ui.style import role

if TYPE_CHECKING:
    from app.core.pack import Pack
    from app.core.risk_engine import RiskRegister


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return "#000000" if luminance > 150 else "#ffffff"


class HeatMap(QWidget):
    """A grid of coloured cells; each shows how many raised risks sit there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.grid = QGridLayout(self)
        self.grid.setSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.cells: dict[tuple[str, str], QLabel] = {}

    def show_register(self, pack: Pack, register: RiskRegister, language: str) -> None:
        self._clear()
        matrix = pack.matrix
        levels = {level.id: level for level in matrix.levels}
        counts: dict[tuple[str, str], int] = {}
        for raised in register.risks:
            key = (raised.inherent.likelihood, raised.inherent.severity)
            counts[key] = counts.get(key, 0) + 1
        self._axis_titles(len(matrix.likelihood), len(matrix.severity))
        rows = list(reversed(matrix.likelihood))
        for row, likelihood in enumerate(rows, start=1):
            self.grid.addWidget(self._axis(pack.text(likelihood.label, language)), row, 1)
            for column, severity in enumerate(matrix.severity, start=2):
                index = [s.id for s in matrix.likelihood].index(likelihood.id)
                level = levels[matrix.grid[index][column - 2]]
                count = counts.get((likelihood.id, severity.id), 0)
                cell = self._cell(level.colour, count)
                cell.setAccessibleName(
                    self.tr("Likelihood %1, severity %2: level %3, risks here: %4")
                    .replace("%1", pack.text(likelihood.label, language))
                    .replace("%2", pack.text(severity.label, language))
                    .replace("%3", pack.text(level.label, language)).replace("%4", str(count)))
                cell.setToolTip(cell.accessibleName())
                self.grid.addWidget(cell, row, column)
                self.cells[(likelihood.id, severity.id)] = cell
        last = len(rows) + 1
        for column, severity in enumerate(matrix.severity, start=2):
            self.grid.addWidget(self._axis(pack.text(severity.label, language)), last, column)

    def _axis_titles(self, rows: int, columns: int) -> None:
        side = QLabel(self.tr("Likelihood"))
        role(side, "axisTitle")
        side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.addWidget(side, 1, 0, rows, 1)
        bottom = QLabel(self.tr("Severity"))
        role(bottom, "axisTitle")
        bottom.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.addWidget(bottom, rows + 2, 2, 1, columns)

    def _axis(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        role(label, "axisLabel")
        return label

    def _cell(self, colour: str, count: int) -> QLabel:
        cell = QLabel(str(count) if count else "")
        cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cell.setMinimumSize(54, 34)
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        weight = "bold" if count else "normal"
        alpha = "ff" if count else "66"
        cell.setStyleSheet(
            f"background-color: #{alpha}{colour[1:]}; color: {text_colour(colour)};"
            f" font-weight: {weight}; border-radius: 3px;"
        )
        return cell

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cells.clear()

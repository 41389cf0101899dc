"""The counts above the map: risks by level at the three stages, and what still needs a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.risks.heatmap import chip_style, clear_layout
from app.ui.risks.words import STAGES, stage_hint, stage_name
from app.ui.style import role

if TYPE_CHECKING:
    from app.core.treatment import TreatedRegister
    from app.ui.risks.words import MatrixWords


def kept_high(register: TreatedRegister) -> int:
    """Risks a measure nobody plans keeps above the level the plan could reach."""
    return sum(bool(treated.holding_target) for treated in register.risks)


class SummaryStrip(QWidget):
    """A headline, a stage x level table of counts, and four counts beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        role(self.headline, "riskSummary")
        self.headline.setWordWrap(True)
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(4)
        self.table.setVerticalSpacing(1)
        self.counts = QLabel()
        self.counts.setObjectName("riskCounts")
        self.counts.setWordWrap(True)
        self.counts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.cells: dict[tuple[str, str], QLabel] = {}
        self._shown_for: tuple[object, str] | None = None  # the matrix and language shown
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self.table)
        row.addSpacing(12)
        row.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addLayout(row)

    def show_register(self, words: MatrixWords, register: TreatedRegister | None) -> None:
        summary = register.summary if register is not None else None
        if register is None or summary is None or not summary.raised:
            self._clear()
            self.headline.setText(self.tr("No risk is raised by the answers so far."))
            self.counts.setText("")
            return
        overall = summary.overall["current"]
        self.headline.setText(
            self.tr("Risks raised: %1. Highest level today: %2.")
            .replace("%1", str(summary.raised))
            .replace("%2", words.level_label(overall) if overall else self.tr("none rated yet")))
        self._fill_table(words, register)
        self.counts.setText("\n".join((
            self.tr("To be rated: %1").replace("%1", str(summary.to_be_rated)),
            self.tr("Rated by the assessor: %1").replace("%1", str(summary.adjusted)),
            self.tr("Kept high by unplanned measures: %1").replace(
                "%1", str(kept_high(register))),
            self.tr("Accepted: %1").replace("%1", str(summary.accepted)),
        )))

    def _fill_table(self, words: MatrixWords, register: TreatedRegister) -> None:
        """The counts; the labels are made again only for another matrix or language."""
        matrix = words.pack.matrix
        if self._shown_for is None or self._shown_for[0] is not matrix or (
                self._shown_for[1] != words.language):
            self._clear()
            self._build_table(words)
            self._shown_for = (matrix, words.language)
        for (stage, level), cell in self.cells.items():
            count = register.summary.counts[stage].get(level, 0)
            cell.setText(str(count) if count else "·")

    def _build_table(self, words: MatrixWords) -> None:
        levels = words.pack.matrix.levels
        for column, level in enumerate(levels, start=1):
            head = QLabel(words.level_label(level.id))
            head.setStyleSheet(chip_style(level.colour))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setToolTip(words.level_description(level.id) or head.text())
            self.table.addWidget(head, 0, column)
        for row, stage in enumerate(STAGES, start=1):
            name = QLabel(stage_name(stage))
            name.setToolTip(stage_hint(stage))
            self.table.addWidget(name, row, 0)
            for column, level in enumerate(levels, start=1):
                cell = QLabel()
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.addWidget(cell, row, column)
                self.cells[(stage, level.id)] = cell

    def _clear(self) -> None:
        clear_layout(self.table)
        self.cells.clear()
        self._shown_for = None

    def text(self) -> str:
        """The headline (tests and screen readers)."""
        return self.headline.text()

"""Where one risk stands: before measures, today and with the plan, and what keeps it there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.ui.risks.heatmap import chip_style
from app.ui.risks.words import STAGES, UNRATED_COLOUR, stage_hint, stage_name, to_be_rated
from app.ui.style import role

if TYPE_CHECKING:
    from app.core.treatment import MeasureState, TreatedRisk
    from app.ui.risks.words import MatrixWords


class PositionsPanel(QWidget):
    """Three chips with arrows between them, then the sentences that explain them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskPositions")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.chips: dict[str, QLabel] = {}
        self.cells: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        for index, stage in enumerate(STAGES):
            column = index * 2
            name = QLabel()
            role(name, "axisTitle")
            name.setObjectName(f"stageName_{stage}")
            chip, cell = QLabel(), QLabel()
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setWordWrap(True)
            self.grid.addWidget(name, 0, column)
            self.grid.addWidget(chip, 1, column)
            self.grid.addWidget(cell, 2, column)
            self.chips[stage], self.cells[stage], self.names[stage] = chip, cell, name
            if index:
                arrow = QLabel("→")
                arrow.setAccessibleName(" ")
                self.grid.addWidget(arrow, 1, column - 1)
        self.grid.setColumnStretch(6, 1)
        self.rules = QLabel()
        self.rules.setObjectName("rulesRating")
        self.rules.setWordWrap(True)
        self.holding = QLabel()
        self.holding.setObjectName("keptBy")
        self.holding.setWordWrap(True)
        role(self.holding, "questionIssue")
        self.holding.setObjectName("keptBy")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.rules)
        layout.addWidget(self.holding)

    def show_risk(self, words: MatrixWords, treated: TreatedRisk) -> None:
        for stage in STAGES:
            position = treated.position(stage)
            name = self.names[stage]
            name.setText(stage_name(stage))
            name.setToolTip(stage_hint(stage))
            chip, cell = self.chips[stage], self.cells[stage]
            level = position.level if position else None
            chip.setText(words.level_label(level) if level else to_be_rated())
            chip.setStyleSheet(chip_style(words.level_colour(level) if level else UNRATED_COLOUR))
            chip.setToolTip(words.level_description(level) if level else "")
            cell.setText(words.cell(position) if position else "")
            chip.setAccessibleName(f"{stage_name(stage)}: {words.position(position)}")
        self.rules.setText(self._rules_text(words, treated))
        self.rules.setVisible(bool(self.rules.text()))
        self.holding.setText(self._holding_text(words, treated))
        self.holding.setVisible(bool(self.holding.text()))

    def _rules_text(self, words: MatrixWords, treated: TreatedRisk) -> str:
        if treated.to_be_rated:
            return self.tr("The questionnaire leaves this risk to you to rate: use Rate below.")
        if not treated.adjusted:
            return ""
        if treated.engine is None:
            return self.tr("Rated by the assessor.")
        return self.tr("Rated by the assessor; the rules say %1.").replace(
            "%1", words.position(treated.engine))

    def _holding_text(self, words: MatrixWords, treated: TreatedRisk) -> str:
        lines = []
        if treated.holding_target and treated.target is not None:
            lines.append(self.tr("Kept at %1 with the plan by measures nobody plans: %2")
                         .replace("%1", words.level_label(treated.target.level))
                         .replace("%2", _titles(words, treated.holding_target)))
        if treated.holding_current and treated.current is not None:
            lines.append(self.tr("Kept at %1 today by measures not done yet: %2")
                         .replace("%1", words.level_label(treated.current.level))
                         .replace("%2", _titles(words, treated.holding_current)))
        return "\n".join(lines)


def _titles(words: MatrixWords, states: tuple[MeasureState, ...]) -> str:
    return "; ".join(words.pack.text(s.measure.title, words.language) for s in states)

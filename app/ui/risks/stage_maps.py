"""The heat map at one of three stages (before measures, today, with the plan), and a legend."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.risks.heatmap import Cell, HeatMap, Legend
from app.ui.risks.words import STAGES, stage_hint, stage_name

if TYPE_CHECKING:
    from app.core.treatment import TreatedRegister
    from app.ui.risks.words import MatrixWords


def stage_counts(register: TreatedRegister, stage: str) -> dict[Cell, int]:
    """How many risks sit on each cell at ``stage`` (risks to be rated sit on none)."""
    counts: dict[Cell, int] = {}
    for treated in register.risks:
        position = treated.position(stage)
        if position is not None:
            key = (position.likelihood, position.severity)
            counts[key] = counts.get(key, 0) + 1
    return counts


class StageMaps(QWidget):
    """Three buttons choose the stage; the map and the legend follow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: MatrixWords | None = None
        self._register: TreatedRegister | None = None
        self.heat_map = HeatMap()
        self.legend = Legend()
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for stage in STAGES:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"stage_{stage}")
            self.group.addButton(button)
            self.buttons[stage] = button
            row.addWidget(button)
            button.toggled.connect(self._toggled)
        row.addStretch(1)
        self.buttons["current"].setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.heat_map, 1)
        layout.addWidget(self.legend)

    @property
    def stage(self) -> str:
        return next(s for s, b in self.buttons.items() if b.isChecked())

    def select(self, stage: str) -> None:
        self.buttons[stage].setChecked(True)

    def show_register(self, words: MatrixWords, register: TreatedRegister) -> None:
        self._words, self._register = words, register
        for stage, button in self.buttons.items():
            button.setText(stage_name(stage))
            button.setToolTip(stage_hint(stage))
            button.setAccessibleName(self.tr("Heat map: %1").replace("%1", stage_name(stage)))
        self.legend.show_levels(words)
        self._draw()

    def _toggled(self, on: bool) -> None:
        if on:
            self._draw()

    def _draw(self) -> None:
        if self._words is None or self._register is None:
            return
        stage = self.stage
        self.heat_map.show_counts(self._words, stage_counts(self._register, stage),
                                  stage_name(stage))

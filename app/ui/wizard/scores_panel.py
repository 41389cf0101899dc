"""The pack's declared scores, live under the section list: a bar and a value per score."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.core.scores import ScoreResult
    from app.ui.wizard.controller import WizardController


class ScoresPanel(QFrame):
    """Hidden when the pack declares no score; refreshed on every edit by the view."""

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("scoresPanel")
        self.title = QLabel()
        self.title.setObjectName("scoresTitle")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        self.rows: dict[str, tuple[QLabel, QProgressBar, QLabel]] = {}
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText("<b>" + self.tr("Scores") + "</b>")

    def refresh(self) -> None:
        results = self.controller.scores()
        self.setVisible(bool(results))
        for index, result in enumerate(results):
            label, bar, value = self._row(result.score.id, index)
            label.setText(self.controller.text(result.score.label))
            bar.setValue(result.percent)
            value.setText(self.value_text(result))
            bar.setAccessibleName(f"{label.text()}: {value.text()}")

    def value_text(self, result: ScoreResult) -> str:
        """"2.5 / 5" (with the unit, e.g. "62.0% / 100%"), or that it is not scored yet."""
        if result.value is None:
            return self.tr("not yet scored")
        unit = self.controller.text(result.score.unit) if result.score.unit else ""
        return f"{result.shown()}{unit} / {result.shown_max()}{unit}"

    def _row(self, score_id: str, index: int) -> tuple[QLabel, QProgressBar, QLabel]:
        row = self.rows.get(score_id)
        if row is None:
            label, bar, value = QLabel(), QProgressBar(), QLabel()
            label.setWordWrap(True)
            bar.setRange(0, 100)
            bar.setTextVisible(False)
            bar.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
            self.grid.addWidget(label, index * 2, 0, 1, 2)
            self.grid.addWidget(bar, index * 2 + 1, 0)
            self.grid.addWidget(value, index * 2 + 1, 1)
            row = self.rows[score_id] = (label, bar, value)
        return row

"""The risks screen: the live register and heat map, the answers behind each risk, its measures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.risk_engine import RaisedRisk, RiskRegister, assess_risks
from app.ui.icons import dot_icon
from app.ui.risks.heatmap import HeatMap
from app.ui.risks.measure_plan import MeasurePlanEditor
from app.ui.risks.reasons import ReasonsPanel
from app.ui.style import role

if TYPE_CHECKING:
    from app.ui.wizard.controller import WizardController

RISK_ROLE = Qt.ItemDataRole.UserRole


class RisksView(QWidget):
    """Recomputed from the session whenever it is shown or the answers change."""

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.register: RiskRegister | None = None
        self.read_only = False  # approved: plans shown, not edited
        self.summary = QLabel()
        role(self.summary, "riskSummary")
        self.summary.setWordWrap(True)
        self.heat_map = HeatMap()
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Risk register"))
        self.detail = QScrollArea()
        self.detail.setWidgetResizable(True)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self._lay_out()
        self.list.currentItemChanged.connect(lambda item, _old: self._show_detail(item))
        controller.answerEdited.connect(lambda _qid: self._changed())

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        self.map_title = QLabel()
        role(self.map_title, "paneTitle")
        self.list_title = QLabel()
        role(self.list_title, "paneTitle")
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.map_title)
        left_layout.addWidget(self.heat_map, 2)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.list, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([480, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.register = None  # recomputed when shown

    def showEvent(self, event: object) -> None:
        if self.register is None:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    # content -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the register; keep the selected risk if it is still raised."""
        controller = self.controller
        pack, language = controller.pack, controller.language
        selected = self.selected_risk_id()
        self.register = assess_risks(controller.session)
        self.map_title.setText(self.tr("Heat map"))
        self.list_title.setText(self.tr("Risk register"))
        self.summary.setText(self._summary_text())
        self.heat_map.show_register(pack, self.register, language)
        self.list.blockSignals(True)
        self.list.clear()
        self.list.setHeaderLabels(
            [self.tr("Level"), self.tr("Risk"), self.tr("After measures")]
        )
        levels = {level.id: level for level in pack.matrix.levels}
        keep = None
        for raised in self.register.risks:
            level, residual = levels[raised.inherent.level], levels[raised.residual.level]
            item = QTreeWidgetItem([pack.text(level.label, language),
                                    pack.text(raised.risk.title, language),
                                    pack.text(residual.label, language)])
            item.setIcon(0, dot_icon(level.colour))
            item.setIcon(2, dot_icon(residual.colour))
            item.setData(0, RISK_ROLE, raised.risk.id)
            item.setToolTip(1, item.text(1))
            self.list.addTopLevelItem(item)
            if raised.risk.id == selected:
                keep = item
        header = self.list.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.list.blockSignals(False)
        target = keep or self.list.topLevelItem(0)
        if target is not None:
            self.list.setCurrentItem(target)
        self._show_detail(target)

    def _summary_text(self) -> str:
        summary = self.register.summary if self.register is not None else None
        if summary is None or summary.overall is None:
            return self.tr("No risk is raised by the answers so far.")
        level = next(x for x in self.controller.pack.matrix.levels if x.id == summary.overall)
        return self.tr("Risks raised: %1. Highest level: %2.").replace(
            "%1", str(summary.raised)).replace(
            "%2", self.controller.pack.text(level.label, self.controller.language))

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self._show_detail(self.list.currentItem())

    def selected_risk_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, RISK_ROLE) if item is not None else None

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        old = self.detail.takeWidget()
        if old is not None:
            old.deleteLater()
        raised = None
        if item is not None and self.register is not None:
            raised = next((r for r in self.register.risks
                           if r.risk.id == item.data(0, RISK_ROLE)), None)
        self.detail.setWidget(self._detail_widget(raised))

    def _detail_widget(self, raised: RaisedRisk | None) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        if raised is None:
            layout.addWidget(_text(self.tr("Answer the questionnaire: the risks your answers "
                                           "raise appear here, with what to do about them.")))
            layout.addStretch(1)
            return body
        pack, language = self.controller.pack, self.controller.language
        title = QLabel(pack.text(raised.risk.title, language))
        role(title, "sectionTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(_text(pack.text(raised.risk.description, language)))
        layout.addWidget(_heading(self.tr("Why this risk is raised")))
        layout.addWidget(ReasonsPanel(pack, raised, language))
        layout.addWidget(_heading(self.tr("Measures")))
        workspace, assessment_id = self.controller.workspace, self.controller.opened.record.id
        plans = workspace.measure_plans(assessment_id)
        for measure in raised.measures:
            editor = MeasurePlanEditor(
                workspace, assessment_id=assessment_id, pack=pack, measure=measure,
                plan=plans.get(measure.id), language=language)
            editor.setEnabled(not self.read_only)
            layout.addWidget(editor)
        if not raised.measures:
            layout.addWidget(_text(self.tr("The pack names no measure for this risk.")))
        layout.addStretch(1)
        return body


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    role(label, "paneTitle")
    return label


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

"""One risk in full: its positions, why it is raised, its measures, and the assessor's judgement.

Built when a risk is selected; :meth:`RiskDetail.update` refreshes it in place
when a measure status or a judgement changes, so nothing typed is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.ui.risks.acceptance_form import AcceptForm
from app.ui.risks.history import HistoryList
from app.ui.risks.judgement_forms import RateForm, TreatmentForm
from app.ui.risks.measure_plan import MeasurePlanEditor
from app.ui.risks.positions import PositionsPanel
from app.ui.risks.reasons import ReasonsPanel
from app.ui.style import role

if TYPE_CHECKING:
    from app.core.treatment import TreatedRisk
    from app.ui.risks.judging import Judging


class RiskDetail(QWidget):
    def __init__(self, judging: Judging, treated: TreatedRisk,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.judging, self.risk_id = judging, treated.risk.id
        pack, language = judging.words.pack, judging.words.language
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        title = QLabel(pack.text(treated.risk.title, language))
        role(title, "sectionTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(plain_text(pack.text(treated.risk.description, language)))
        self.positions = PositionsPanel()
        layout.addWidget(self.positions)
        layout.addWidget(heading(self.tr("Why this risk is raised")))
        self.reasons = ReasonsPanel(pack, treated.raised, language)
        layout.addWidget(self.reasons)
        layout.addWidget(heading(self.tr("Measures")))
        self.measures = self._measure_editors(treated)
        for editor in self.measures:
            layout.addWidget(editor)
        if not self.measures:
            layout.addWidget(plain_text(self.tr("The pack names no measure for this risk.")))
        layout.addWidget(heading(self.tr("Your judgement")))
        layout.addWidget(judging.name)
        self.rate = RateForm(judging, treated)
        self.treatment = TreatmentForm(judging, treated)
        self.acceptance = AcceptForm(judging, treated)
        self.history = HistoryList()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("judgementTabs")
        self.tabs.addTab(self.rate, self.tr("Rate"))
        self.tabs.addTab(self.treatment, self.tr("Treatment"))
        self.tabs.addTab(self.acceptance, self.tr("Accept residual risk"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout.addWidget(self.tabs)
        layout.addStretch(1)
        self.update_risk(treated)

    def set_read_only(self, read_only: bool) -> None:
        """An approved assessment: its measures and judgements are shown, not edited."""
        for editor in (*self.measures, self.rate, self.treatment, self.acceptance):
            editor.setEnabled(not read_only)

    def _measure_editors(self, treated: TreatedRisk) -> list[MeasurePlanEditor]:
        judging = self.judging
        plans = judging.workspace.measure_plans(judging.opened.record.id)
        return [MeasurePlanEditor(judging.workspace, assessment_id=judging.opened.record.id,
                                  pack=judging.words.pack, measure=state.measure,
                                  plan=plans.get(state.measure.id),
                                  language=judging.words.language)
                for state in treated.measures]

    def update_risk(self, treated: TreatedRisk) -> None:
        """Show ``treated`` as it stands now; the fields keep what the user typed."""
        words = self.judging.words
        self.positions.show_risk(words, treated)
        self._show_reasons(treated)
        holding = {state.measure.id for state in treated.holding_target}
        level = words.level_label(treated.target.level) if treated.target else None
        for editor, state in zip(self.measures, treated.measures, strict=True):
            editor.show_state(state, level if state.measure.id in holding else None)
        for form in (self.rate, self.treatment, self.acceptance):
            form.show_saved(treated)
        self.history.show_changes(self.judging, self.judging.workspace.judgement_history(
            self.judging.opened.record.id, self.risk_id))


    def _show_reasons(self, treated: TreatedRisk) -> None:
        """Why the risk is raised, written again only when that changed (answers did)."""
        old = self.reasons
        if treated.raised is old.raised or treated.raised == old.raised:
            return
        self.reasons = ReasonsPanel(old.pack, treated.raised, old.language)
        self.reasons.fold.setChecked(old.fold.isChecked())
        self._layout.replaceWidget(old, self.reasons)
        old.deleteLater()


def heading(text: str) -> QLabel:
    label = QLabel(text)
    role(label, "paneTitle")
    return label


def plain_text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

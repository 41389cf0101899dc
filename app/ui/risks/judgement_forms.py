"""The assessor's rating (likelihood and severity, with a justification) and treatment forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.core.treatment import TREATMENTS
from app.ui.risks.judging import JudgementForm, Judging, reason_field
from app.ui.risks.words import treatment_hint, treatment_name
from app.ui.style import role

if TYPE_CHECKING:
    from app.core.treatment import TreatedRisk


class RateForm(JudgementForm):
    """Likelihood and severity from the matrix ("keep the rules' step" first) and why."""

    part = "rating"

    def __init__(self, judging: Judging, treated: TreatedRisk,
                 parent: QWidget | None = None) -> None:
        super().__init__(judging, treated.risk.id, parent)
        self.likelihood = self._steps("likelihood", treated)
        self.severity = self._steps("severity", treated)
        self.reason = reason_field(self.tr("Why the likelihood or severity is not what the "
                                           "rules say"))
        self.fields.update(likelihood=self.likelihood, severity=self.severity,
                           reason=self.reason)
        self.outdated = QLabel()
        self.outdated.setWordWrap(True)
        role(self.outdated, "notice")
        self.save_button.setText(self.tr("Save rating"))
        self.clear_button.setText(self.tr("Clear rating"))
        form = QFormLayout()
        form.addRow(self.tr("&Likelihood:"), self.likelihood)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("&Justification:"), self.reason)
        self.assemble(form, (self.outdated, self.saved_line))
        self.fill(treated)
        self.show_saved(treated)

    def _steps(self, axis: str, treated: TreatedRisk) -> QComboBox:
        words, combo = self.judging.words, QComboBox()
        engine = treated.engine
        if engine is None:
            combo.addItem(self.tr("Choose a step"), None)
        else:
            step = engine.likelihood if axis == "likelihood" else engine.severity
            combo.addItem(self.tr("Keep the rules' step (%1)").replace(
                "%1", words.step_label(axis, step)), None)
        for step in getattr(words.pack.matrix, axis):
            combo.addItem(words.step_label(axis, step.id), step.id)
            combo.setItemData(combo.count() - 1, words.step_description(axis, step.id),
                              Qt.ItemDataRole.ToolTipRole)
        combo.setAccessibleName(self.tr("Likelihood") if axis == "likelihood"
                                else self.tr("Severity"))
        return combo

    def fill(self, treated: TreatedRisk) -> None:
        """Put the saved rating in the fields (the rules' steps when there is none)."""
        rating = treated.judgement.rating
        for combo, value in ((self.likelihood, rating.likelihood if rating else None),
                             (self.severity, rating.severity if rating else None)):
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
        self.reason.setPlainText(rating.reason if rating else "")

    def show_saved(self, treated: TreatedRisk) -> None:
        words, rating = self.judging.words, treated.judgement.rating
        self.clear_button.setEnabled(rating is not None)
        self.saved_line.setText(
            self.tr("Saved: %1, by %2 on %3.").replace("%1", words.position(treated.inherent))
            .replace("%2", rating.by).replace("%3", self.judging.when(rating.at))
            if rating else self.tr("No rating of yours yet: the rules' levels are used."))
        self.outdated.setText(
            self.tr("The answers changed since this rating: the rules now say %1. Check that "
                    "your rating still holds.").replace("%1", words.position(treated.engine))
            if treated.rating_outdated else "")
        self.outdated.setVisible(treated.rating_outdated)

    def save(self) -> bool:
        judging = self.judging
        rated = self.attempt(lambda: judging.workspace.rate_risk(
            judging.opened, self.risk_id, likelihood=self.likelihood.currentData(),
            severity=self.severity.currentData(), reason=self.reason.toPlainText(),
            by=judging.name.text()))
        if rated is not None:
            self.fill(rated)
        return rated is not None


class TreatmentForm(JudgementForm):
    """Reduce, accept, avoid or transfer, and why."""

    part = "treatment"

    def __init__(self, judging: Judging, treated: TreatedRisk,
                 parent: QWidget | None = None) -> None:
        super().__init__(judging, treated.risk.id, parent)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Treatment"))
        for choice in TREATMENTS:
            self.choice.addItem(treatment_name(choice), choice)
            self.choice.setItemData(self.choice.count() - 1, treatment_hint(choice),
                                    Qt.ItemDataRole.ToolTipRole)
        self.reason = reason_field(self.tr("Why this treatment suits the risk"))
        self.fields.update(choice=self.choice, reason=self.reason)
        self.save_button.setText(self.tr("Save treatment"))
        self.clear_button.setText(self.tr("Clear treatment"))
        form = QFormLayout()
        form.addRow(self.tr("&Treatment:"), self.choice)
        form.addRow(self.tr("&Justification:"), self.reason)
        self.assemble(form, (self.saved_line,))
        self.fill(treated)
        self.show_saved(treated)

    def fill(self, treated: TreatedRisk) -> None:
        chosen = treated.judgement.treatment
        self.choice.setCurrentIndex(max(self.choice.findData(chosen.choice), 0) if chosen else 0)
        self.reason.setPlainText(chosen.reason if chosen else "")

    def show_saved(self, treated: TreatedRisk) -> None:
        chosen = treated.judgement.treatment
        self.clear_button.setEnabled(chosen is not None)
        self.saved_line.setText(
            self.tr("Saved: %1, by %2 on %3.").replace("%1", treatment_name(chosen.choice))
            .replace("%2", chosen.by).replace("%3", self.judging.when(chosen.at))
            if chosen else self.tr("No treatment chosen yet."))

    def save(self) -> bool:
        judging = self.judging
        treated = self.attempt(lambda: judging.workspace.choose_treatment(
            judging.opened, self.risk_id, self.choice.currentData(),
            reason=self.reason.toPlainText(), by=judging.name.text()))
        if treated is not None:
            self.fill(treated)
        return treated is not None

"""Accept what remains of a risk: who, in which role the policy allows, when, and a note.

The roles come from the pack's acceptance policy for the risk's level with the
plan; when no role may accept it, the button is disabled and the policy says
why. After saving, the policy's notice (e.g. GDPR Art. 36) is shown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.core.treatment import JudgementError
from app.ui.risks.judging import JudgementForm, Judging, reason_field
from app.ui.style import role
from app.ui.wizard.editors import DateField

if TYPE_CHECKING:
    from app.core.treatment import TreatedRisk


class AcceptForm(JudgementForm):
    part = "acceptance"

    def __init__(self, judging: Judging, treated: TreatedRisk,
                 parent: QWidget | None = None) -> None:
        super().__init__(judging, treated.risk.id, parent)
        self.intro, self.blocked, self.notice, self.outdated = (QLabel(), QLabel(), QLabel(),
                                                                QLabel())
        for label in (self.intro, self.blocked, self.notice, self.outdated):
            label.setWordWrap(True)
        self.blocked.setObjectName("acceptanceBlocked")
        role(self.notice, "notice")
        role(self.outdated, "notice")
        self.accepted_by = QLineEdit(judging.name.text())
        self.accepted_by.setAccessibleName(self.tr("Accepted by"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.date = DateField(self.tr("Date of the acceptance"))
        self.date.set_date(dt.date.today())
        self.note = reason_field(self.tr("Note, e.g. whether the authority was consulted"))
        self.fields.update(accepted_by=self.accepted_by, role=self.role,
                           accepted_on=self.date.line, note=self.note)
        self.save_button.setText(self.tr("Accept residual risk"))
        self.clear_button.setText(self.tr("Clear acceptance"))
        form = QFormLayout()
        form.addRow(self.tr("Accepted &by:"), self.accepted_by)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("N&ote:"), self.note)
        self.assemble(form, (self.intro, self.outdated, self.saved_line, self.blocked),
                      (self.notice,))
        self.notice.setVisible(False)
        self.show_saved(treated)

    def field_for(self, error: JudgementError) -> QWidget | None:
        if error.field == "by" and error.params.get("what") == "accepts":
            return self.accepted_by
        return super().field_for(error)

    def show_saved(self, treated: TreatedRisk) -> None:
        """Roles, the reason when none may accept, what is saved; typed text is kept."""
        words = self.judging.words
        self._fill_roles(treated)
        target = treated.target
        self.intro.setText(
            self.tr("Accept what remains of this risk with the plan: %1.").replace(
                "%1", words.position(target)))
        self.blocked.setText(self._blocked_reason(treated))
        self.blocked.setVisible(bool(self.blocked.text()))
        self.save_button.setEnabled(not self.blocked.text())
        self.save_button.setToolTip(self.blocked.text())
        accepted = treated.judgement.acceptance
        self.clear_button.setEnabled(accepted is not None)
        self.saved_line.setText(
            self.tr("Accepted by %1 (%2) on %3, at %4.").replace("%1", accepted.accepted_by)
            .replace("%2", self._role_label(accepted.role)).replace(
                "%3", accepted.accepted_on.isoformat())
            .replace("%4", words.level_label(accepted.level))
            if accepted else self.tr("Not accepted yet."))
        self.outdated.setText(
            self.tr("The risk with the plan is now above the level that was accepted: accept "
                    "it again or lower it.") if treated.acceptance_outdated else "")
        self.outdated.setVisible(treated.acceptance_outdated)

    def _fill_roles(self, treated: TreatedRisk) -> None:
        kept = self.role.currentData()
        self.role.clear()
        judging, words = self.judging, self.judging.words
        for found in judging.workspace.acceptance_roles(judging.opened, treated):
            self.role.addItem(words.pack.text(found.label, words.language), found.id)
            if found.description:
                self.role.setItemData(self.role.count() - 1, words.pack.text(
                    found.description, words.language), Qt.ItemDataRole.ToolTipRole)
        if kept is not None and self.role.findData(kept) >= 0:
            self.role.setCurrentIndex(self.role.findData(kept))

    def _role_label(self, role_id: str) -> str:
        index = self.role.findData(role_id)
        return self.role.itemText(index) if index >= 0 else role_id

    def _blocked_reason(self, treated: TreatedRisk) -> str:
        if treated.target is None:
            return self.tr("Rate the risk first: there is nothing to accept until it has a level.")
        if self.role.count():
            return ""
        words = self.judging.words
        notice = self.judging.workspace.acceptance_notice(self.judging.opened,
                                                          treated.target.level)
        why = self.tr("A residual %1 risk cannot be accepted under the questionnaire's "
                      "policy.").replace("%1", words.level_label(treated.target.level))
        return f"{why} {words.pack.text(notice, words.language)}" if notice else why

    def save(self) -> bool:
        judging = self.judging
        outcome = self.attempt(lambda: judging.workspace.accept_risk(
            judging.opened, self.risk_id, accepted_by=self.accepted_by.text(),
            role=self.role.currentData() or "", accepted_on=self.date.text().strip() or None,
            note=self.note.toPlainText(), by=judging.name.text() or None))
        if outcome is None:
            return False
        notice = outcome.notice
        words = judging.words
        self.notice.setText(words.pack.text(notice, words.language) if notice else "")
        self.notice.setVisible(notice is not None)
        return True

"""An opened assessment: its questionnaire (wizard) and its risks, under one header."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.ui.risks.view import RisksView
from app.ui.style import role
from app.ui.wizard.controller import WizardController
from app.ui.wizard.view import WizardView

if TYPE_CHECKING:
    from app.services.workspace import OpenAssessment
    from app.ui.context import AppContext


class AssessmentView(QWidget):
    """Owns the wizard controller of one open assessment."""

    closeRequested = Signal()
    reportRequested = Signal()

    def __init__(self, context: AppContext, opened: OpenAssessment,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        language = context.pack_language(opened.pack, opened.record.language)
        self.controller = WizardController(context.workspace, opened, language, self)
        self.wizard = WizardView(self.controller)
        self.risks = RisksView(self.controller)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.wizard, "")
        self.tabs.addTab(self.risks, "")
        self.back_button = QPushButton()
        self.report_button = QPushButton()
        self.title = QLabel()
        role(self.title, "assessmentTitle")
        self.notice = QLabel()
        role(self.notice, "notice")
        self.notice.setWordWrap(True)
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 4)
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addWidget(self.title, 1)
        header.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.closeRequested.emit)
        self.report_button.clicked.connect(self.reportRequested.emit)
        self.wizard.finished.connect(lambda: self.tabs.setCurrentWidget(self.risks))
        context.languageChanged.connect(self.set_language)
        self.retranslate()

    @property
    def assessment_id(self) -> int:
        return self.controller.opened.record.id

    def retranslate(self) -> None:
        record = self.controller.opened.record
        self.title.setText(f"{record.organization_name} — {record.title}")
        self.back_button.setText(self.tr("← All assessments"))
        self.back_button.setToolTip(self.tr("Back to the list of assessments (Ctrl+L)"))
        self.report_button.setText(self.tr("Create report…"))
        self.tabs.setTabText(0, self.tr("&Questionnaire"))
        self.tabs.setTabText(1, self.tr("Ris&ks"))
        self.notice.setText(self._notice_text())
        self.notice.setVisible(bool(self.notice.text()))

    def _notice_text(self) -> str:
        opened = self.controller.opened
        lines = []
        if opened.pack_changed:
            lines.append(self.tr("The questionnaire pack changed since this assessment was "
                                 "started; check the answers."))
        if opened.problems:
            lines.append(self.tr("Stored answers that no longer fit the questionnaire: %1. They "
                                 "are kept in the database but not shown.")
                         .replace("%1", str(len(opened.problems))))
        return "\n".join(lines)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.context.closed:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """The interface language changed: show the questions in it too, if the pack has it."""
        wanted = self.context.pack_language(self.controller.pack, language)
        if wanted == self.controller.language:
            return
        self.controller.flush()
        self.controller.language = wanted
        self.wizard.rebuild()
        self.risks.register = None
        if self.risks.isVisible():
            self.risks.refresh()

    def flush(self) -> bool:
        """Save pending answers now (before closing, reporting or on Save)."""
        return self.controller.flush()

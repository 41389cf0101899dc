"""An opened assessment: its questionnaire (wizard) and its risks, under one header.

A notice under the header says when the pack is unverified, when a newer
version of it is installed (with "Upgrade…", which shows what changed first),
which questions an upgrade asks to review, and that archived answers exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.archived_answers import ArchivedAnswersDialog
from app.ui.assessment_language import LanguageQuestion, language_name
from app.ui.evidence.panel import EvidencePanel
from app.ui.operations import UserOp
from app.ui.pack_changes import PackChanges
from app.ui.review.lock_banner import LockBanner
from app.ui.review.sync import ReviewSync
from app.ui.review.view import ReviewView
from app.ui.risks.view import RisksView
from app.ui.style import role
from app.ui.wizard.controller import WizardController
from app.ui.wizard.view import WizardView

if TYPE_CHECKING:
    from app.core.review import Attachment
    from app.core.versioning.upgrade import UpgradePlan
    from app.services.workspace import OpenAssessment
    from app.ui.context import AppContext


class AssessmentView(QWidget):
    """Owns the wizard controller of one open assessment."""

    closeRequested = Signal()
    reportRequested = Signal()
    compareRequested = Signal()
    upgraded = Signal()  # the assessment moved to a newer pack version: reopen it
    languageChanged = Signal(str)  # the assessment's own language (not the interface's)

    def __init__(self, context: AppContext, opened: OpenAssessment,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.question: QMessageBox | None = None  # the last question asked (tests look at it)
        self.dialog: ArchivedAnswersDialog | None = None
        language = context.pack_language(opened.pack, opened.record.language)
        self.controller = WizardController(context.workspace, opened, language, self)
        self.wizard = WizardView(self.controller)
        self.risks = RisksView(self.controller, context)
        self.review = ReviewView(context, opened.record.id)
        self.evidence = EvidencePanel(context, opened.record.id, self.controller.pack, language)
        self.lock_banner = LockBanner()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab in (self.wizard, self.risks, self.review, self.evidence):
            self.tabs.addTab(tab, "")
        self.back_button = QPushButton()
        self.report_button = QPushButton()
        self.title = QLabel()
        role(self.title, "assessmentTitle")
        self.language_button = QPushButton()
        self.language_button.setObjectName("assessmentLanguage")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.upgrade_button = QPushButton()
        self.reviewed_button = QPushButton()
        self.archive_button = QPushButton()
        self.notice_bar = self._notice_bar()
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 4)
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addWidget(self.title, 1)
        header.addWidget(self.language_button)
        header.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.tabs, 1)
        self.back_button.clicked.connect(self.closeRequested.emit)
        self.report_button.clicked.connect(self.reportRequested.emit)
        self.language_button.clicked.connect(self.choose_language)
        self.upgrade_button.clicked.connect(self.upgrade)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.archive_button.clicked.connect(self.show_archived)
        self.wizard.finished.connect(lambda: self.tabs.setCurrentWidget(self.risks))
        self.controller.evidenceRequested.connect(self.attach_to_answer)
        self.review.flushRequested.connect(self.flush)
        self.review.compareRequested.connect(self.compareRequested.emit)
        self.lock_banner.startRequested.connect(self.review.start_new_revision)
        self.tabs.currentChanged.connect(lambda _index: self._tab_shown())
        self.review_sync = ReviewSync(self, self)
        self.review_sync.refresh()
        context.languageChanged.connect(lambda _language: self.interface_language_changed())
        self.retranslate()

    def _notice_bar(self) -> QWidget:
        """The notice text with its buttons, on the notice's background."""
        bar = QWidget()
        role(bar, "notice")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.upgrade_button, self.reviewed_button, self.archive_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(row)
        return bar

    @property
    def assessment_id(self) -> int:
        return self.controller.opened.record.id

    def retranslate(self) -> None:
        record = self.controller.opened.record
        self.title.setText(f"{record.organization_name} — {record.title}")
        self.back_button.setText(self.tr("← All assessments"))
        self.back_button.setToolTip(self.tr("Back to the list of assessments (Ctrl+L)"))
        self.report_button.setText(self.tr("Create report…"))
        self.language_button.setText(self.tr("Questions in %1…").replace(
            "%1", language_name(self.controller.language)))
        self.language_button.setToolTip(self.tr(
            "The language of this assessment's questions, risks and reports. Click to change it; "
            "the interface language is set in Preferences."))
        self.tabs.setTabText(0, self.tr("&Questionnaire"))
        self.tabs.setTabText(1, self.tr("Ris&ks"))
        self.tabs.setTabText(2, self.tr("Revie&w"))
        self.tabs.setTabText(3, self.tr("&Evidence"))
        self.upgrade_button.setText(self.tr("&Upgrade…"))
        self.reviewed_button.setText(self.tr("Mark all as reviewed"))
        self.archive_button.setText(self.tr("Archived answers…"))
        for part in (self.review, self.evidence, self.lock_banner):
            part.retranslate()
        self.refresh_notice()

    def attach_to_answer(self, question_id: str, paths: list[Path] | None) -> list[Attachment]:
        """Files for one answer, from its question in the wizard (dropped, or chosen now)."""
        self.evidence.choose_target("answer", question_id)
        added = self.evidence.choose_files() if paths is None else self.evidence.attach(paths)
        window = self.window()
        if added and isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr(
                "Attached to the answer: %1 (listed in the Evidence tab)").replace(
                "%1", ", ".join(a.name for a in added)), 8000)
        return added

    def _tab_shown(self) -> None:
        """The evidence tab offers the section open in the questionnaire as the target."""
        section = self.controller.current_section
        if self.tabs.currentWidget() is self.evidence and section is not None \
                and self.evidence.current_target() == ("assessment", ""):
            self.evidence.choose_target("section", section)

    def refresh_notice(self) -> None:
        opened = self.controller.opened
        self.notice.setText(self._notice_text())
        self.notice.setVisible(bool(self.notice.text()))
        self.upgrade_button.setVisible(opened.newer is not None)
        self.reviewed_button.setVisible(bool(opened.review))
        self.archive_button.setVisible(bool(opened.archived))
        self.notice_bar.setVisible(bool(self.notice.text()))

    def _notice_text(self) -> str:
        opened = self.controller.opened
        lines = []
        if not opened.verified:
            lines.append(self.tr("This questionnaire pack is unverified: no trusted publisher "
                                 "vouches for it."))
        if opened.newer is not None:
            lines.append(self.tr("A newer version of this questionnaire pack is installed "
                                 "(%1; this assessment uses %2). Upgrade to carry your answers "
                                 "over.").replace("%1", opened.newer.version)
                         .replace("%2", opened.record.pack_version))
        if opened.pack_changed:
            lines.append(self.tr("The questionnaire pack changed since this assessment was "
                                 "started; check the answers."))
        if opened.review:
            lines.append(self.tr("Questions to review after the pack upgrade: %1.")
                         .replace("%1", str(len(opened.review))))
        if opened.archived:
            lines.append(self.tr("Answers kept from earlier versions of the pack: %1.")
                         .replace("%1", str(len(opened.archived))))
        if opened.problems:
            lines.append(self.tr("Stored answers that no longer fit the questionnaire: %1. They "
                                 "are kept in the database but not shown.")
                         .replace("%1", str(len(opened.problems))))
        return "\n".join(lines)

    # pack upgrades --------------------------------------------------------------------
    def upgrade(self) -> bool:
        """Show what the upgrade changes; on "Upgrade", back up and upgrade, then reopen."""
        workspace, failed = self.context.workspace, self.tr("The assessment cannot be upgraded")
        plan = UserOp(self, lambda: workspace.plan_upgrade(self.assessment_id)).failure(
            failed).result()
        if plan is None or not self._confirm_upgrade(plan) or not self.flush_or_warn():
            return False
        return UserOp(self, lambda: workspace.upgrade(self.assessment_id, plan.new_version)) \
            .failure(failed).success(lambda _outcome: self.upgraded.emit()).run()

    def _confirm_upgrade(self, plan: UpgradePlan) -> bool:
        changes = PackChanges(self)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Upgrade the questionnaire"))
        box.setText(self.tr("Move this assessment from version %1 to version %2?")
                    .replace("%1", plan.old_version).replace("%2", plan.new_version))
        what = changes.diff_lines(plan.diff) + changes.plan_lines(plan)
        box.setInformativeText(
            "\n".join(f"• {line}" for line in what) + "\n\n"
            + self.tr("The database is backed up first. No answer is deleted: answers that no "
                      "longer fit are archived and stay visible."))
        accept = box.addButton(self.tr("&Upgrade"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        self.question = box
        box.exec()
        return box.clickedButton() is accept

    def mark_reviewed(self) -> None:
        self.controller.flush()
        self.context.workspace.mark_reviewed(self.controller.opened)
        self.wizard.refresh_review()
        self.refresh_notice()

    def show_archived(self) -> None:
        self.dialog = ArchivedAnswersDialog(self.controller.opened, self.controller.language, self)
        self.dialog.open()

    # language -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.context.closed:
            self.retranslate()
        super().changeEvent(event)

    def interface_language_changed(self) -> None:
        """Menus and buttons changed language: redraw the pages; the questions keep theirs."""
        self.controller.flush()
        self._redraw()

    def _redraw(self) -> None:
        self.wizard.rebuild()
        self.risks.register = None
        if self.risks.isVisible():
            self.risks.refresh()
        self.review_sync.refresh()  # section titles and the reviewer's notes, anew

    def choose_language(self) -> bool:
        """Ask for another language of the assessment, confirm, then switch to it."""
        chosen = LanguageQuestion(self).ask(self.controller.pack.languages,
                                            self.controller.language)
        return chosen is not None and self.change_language(chosen)

    def change_language(self, language: str) -> bool:
        """Store ``language`` as the assessment's and show its questions in it (answers kept)."""
        if not self.flush_or_warn():
            return False
        if not UserOp(self, lambda: self.context.workspace.set_language(
                self.controller.opened, language)).failure(
                self.tr("The language was not changed")).run():
            return False
        self.controller.language = language
        self.evidence.language = language
        self._redraw()
        self.retranslate()
        self.languageChanged.emit(language)
        return True

    def flush(self) -> bool:
        """Save pending answers now (before closing, reporting or on Save)."""
        return self.controller.flush()

    def flush_or_warn(self) -> bool:
        """Save pending answers; if some cannot be saved, say why (the caller stops)."""
        if self.controller.flush():
            return True
        QMessageBox.warning(self, self.tr("Answers not saved"),
                            self.tr("Fix this first: %1").replace(
                                "%1", self.controller.unsaved_reason()))
        return False

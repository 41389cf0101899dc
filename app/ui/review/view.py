"""The review tab: the status and its moves, a verdict per section, opinions and the trail.

It shows what :meth:`Workspace.review_state` says and sends every step to
the workspace; the assessment view refreshes it when the workspace announces
a change (so the sidebar, the pages and this tab always agree).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.review.opinions import OpinionDialog, OpinionsBox
from app.ui.review.sections import SectionVerdicts
from app.ui.review.trail import ReviewTrail, when
from app.ui.review.words import attempt, status_word
from app.ui.style import role

if TYPE_CHECKING:
    from app.core.review import SectionVerdict
    from app.services.review import ReviewState
    from app.ui.context import AppContext


class ReviewView(QWidget):
    compareRequested = Signal()
    flushRequested = Signal()  # save pending answers before a status move

    def __init__(self, context: AppContext, assessment_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.assessment_id = context, assessment_id
        self.state: ReviewState | None = None
        self.dialog: OpinionDialog | None = None
        self.status = QLabel()
        role(self.status, "paneTitle")
        self.status.setWordWrap(True)
        self.submit_button = QPushButton()
        self.request_button = QPushButton()
        self.approve_button = QPushButton()
        self.reopen_button = QPushButton()
        self.compare_button = QPushButton()
        self.sections = SectionVerdicts()
        self.opinions = OpinionsBox()
        self.trail = ReviewTrail()
        self._lay_out()
        self.submit_button.clicked.connect(lambda: self.move_to("in_review"))
        self.request_button.clicked.connect(self.request_changes)
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button.clicked.connect(self.start_new_revision)
        self.compare_button.clicked.connect(self.compareRequested.emit)
        self.sections.verdictGiven.connect(self.judge)
        self.sections.commentGiven.connect(self.comment)
        self.opinions.recordRequested.connect(self.record_opinion)
        self.retranslate()

    def _lay_out(self) -> None:
        moves = QHBoxLayout()
        for button in (self.submit_button, self.request_button, self.approve_button,
                       self.reopen_button):
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.compare_button)
        self.sections_box = QGroupBox()
        QVBoxLayout(self.sections_box).addWidget(self.sections)
        self.trail_box = QGroupBox()
        QVBoxLayout(self.trail_box).addWidget(self.trail)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.opinions)
        right_layout.addWidget(self.trail_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.sections_box)
        splitter.addWidget(right)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.status)
        layout.addLayout(moves)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.submit_button.setText(self.tr("&Send to review"))
        self.request_button.setText(self.tr("Request c&hanges…"))
        self.approve_button.setText(self.tr("A&pprove…"))
        self.reopen_button.setText(self.tr("Start a &new revision"))
        self.compare_button.setText(self.tr("&Compare…"))
        self.sections_box.setTitle(self.tr("Sections"))
        self.trail_box.setTitle(self.tr("Trail"))
        self.sections.retranslate()
        self.opinions.retranslate()
        self.trail.retranslate()
        if self.state is not None:
            self.show_state(self.state, self.context.workspace.verdict_history(
                self.assessment_id))

    # showing ---------------------------------------------------------------------------
    def show_state(self, state: ReviewState, verdicts: list[SectionVerdict]) -> None:
        self.state = state
        self.status.setText(self.status_text(state))
        moves = set(state.moves)
        status = state.record.status
        self.submit_button.setEnabled("in_review" in moves and status == "draft")
        self.request_button.setEnabled(status == "in_review")
        self.approve_button.setEnabled("approved" in moves)
        self.reopen_button.setVisible(status == "approved")
        self.sections.show_state(state)
        self.opinions.show_opinions(state.opinions, status == "archived")
        self.trail.show_state(state, verdicts)

    def status_text(self, state: ReviewState) -> str:
        text = self.tr("Status: %1").replace("%1", status_word(state.record.status))
        if state.latest is not None:
            text += " · " + self.tr("last approved: revision %1 (%2, %3)").replace(
                "%1", str(state.latest.number)).replace("%2", state.latest.approved_by) \
                .replace("%3", when(state.latest.approved_at))
        if not state.locked:
            text += " · " + self.tr("working on revision %1").replace("%1", str(state.working))
        if state.to_fix:
            text += " · " + self.tr("sections to fix: %1").replace("%1", str(len(state.to_fix)))
        return text

    # steps -----------------------------------------------------------------------------
    def _do(self, title: str, op: Callable[[], object]) -> bool:
        """Run one step; a refusal is explained in a message box (nothing changed)."""
        return attempt(self, self.context.language, title, op) is not None

    def move_to(self, status: str, comment: str = "") -> bool:
        self.flushRequested.emit()
        return self._do(self.tr("The status was not changed"), lambda: (
            self.context.workspace.set_status(self.assessment_id, status, comment=comment)))

    def request_changes(self) -> bool:
        comment, ok = QInputDialog.getText(self, self.tr("Request changes"),
                                           self.tr("What must change?"))
        return ok and self.move_to("draft", comment)

    def approve(self) -> bool:
        comment, ok = QInputDialog.getText(
            self, self.tr("Approve"), self.tr("Approve this assessment as revision %1. "
                                              "Comment (optional):").replace(
                "%1", str(self.state.working if self.state else 1)))
        return ok and self.move_to("approved", comment)

    def start_new_revision(self) -> bool:
        return self._do(self.tr("No new revision was started"), self._reopen)

    def _reopen(self) -> bool:
        self.context.workspace.start_new_revision(self.assessment_id)
        return True

    def judge(self, section_id: str, verdict: str, comment: str) -> None:
        if self._do(self.tr("The verdict was not recorded"), lambda: (
                self.context.workspace.judge_section(self.assessment_id, section_id, verdict,
                                                     comment=comment))):
            self.sections.clear_comment()

    def comment(self, section_id: str, body: str) -> None:
        if self._do(self.tr("The comment was not recorded"), lambda: (
                self.context.workspace.add_review_comment(self.assessment_id, body,
                                                          section_id=section_id))):
            self.sections.clear_comment()

    def record_opinion(self, kind: str) -> None:
        self.dialog = OpinionDialog(self.context, self.assessment_id, kind, self)
        self.dialog.open()

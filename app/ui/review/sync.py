"""Keeps an open assessment's screens in step with its review.

On every change the workspace announces for the assessment (a verdict, a
comment, an opinion, a file, a status move), the review state is read once
and shown everywhere: the review tab, the verdict marks in the sidebar, the
reviewer's note atop each page, the evidence list, and (approved) the
read-only wizard and risks under the "Approved as revision N" banner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from app.core.errors import UserError
from app.services.events import Topic
from app.ui.review.words import VERDICT_MARKS, verdict_word

if TYPE_CHECKING:
    from app.services.events import Change
    from app.services.review import ReviewState, SectionReview
    from app.ui.context import AppContext
    from app.ui.evidence.panel import EvidencePanel
    from app.ui.review.lock_banner import LockBanner
    from app.ui.review.view import ReviewView
    from app.ui.risks.view import RisksView
    from app.ui.wizard.controller import WizardController
    from app.ui.wizard.view import WizardView

TOPICS = (Topic.REVIEW, Topic.ASSESSMENTS)


def section_note(section: SectionReview) -> str:
    """What the assessor reads atop a section the reviewer judged or commented on."""
    lines = []
    verdict = section.verdict
    if verdict is not None:
        said = f" — {verdict.comment}" if verdict.comment else ""
        lines.append(QCoreApplication.translate("ReviewSync", "Reviewer's verdict: %1").replace(
            "%1", f"{VERDICT_MARKS[verdict.verdict]} {verdict_word(verdict.verdict)}")
            + f"{said} ({verdict.by})")
    lines += [f"💬 {c.by}: {c.body}" for c in section.comments[-3:]]
    return "\n".join(lines)


class ReviewScreens(Protocol):
    """The screens of an open assessment (``app.ui.assessment_view.AssessmentView``)."""

    context: AppContext
    controller: WizardController
    wizard: WizardView
    risks: RisksView
    review: ReviewView
    evidence: EvidencePanel
    lock_banner: LockBanner

    @property
    def assessment_id(self) -> int: ...


class ReviewSync(QObject):
    def __init__(self, view: ReviewScreens, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.state: ReviewState | None = None
        view.context.changes.changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change.topic in TOPICS and change.assessment_id in (None, self.view.assessment_id) \
                and not self.view.context.closed:
            self.refresh()

    def refresh(self) -> None:
        view = self.view
        workspace = view.context.workspace
        try:
            state = workspace.review_state(view.assessment_id, view.controller.language)
        except UserError:  # the assessment was just deleted: the window closes the view
            return
        self.state = state
        view.review.show_state(state, workspace.verdict_history(view.assessment_id))
        verdicts = {s.section_id: s.verdict.verdict for s in state.sections if s.verdict}
        notes = {s.section_id: section_note(s) for s in state.sections}
        view.wizard.show_review(verdicts, notes, state.locked)
        view.risks.set_read_only(state.locked)
        view.evidence.set_read_only(state.locked)
        view.evidence.refresh()
        view.lock_banner.show_lock(state.latest.number if state.locked and state.latest
                                   else None)
        view.controller.opened.record = state.record

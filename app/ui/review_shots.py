"""Screenshots of the review tab and the comparison (``python -m app.ui.screenshots``).

The demo assessment is played through a review first: sent to review, one
section to fix, changes requested, approved as revision 1 with the DPO's
opinion, then reopened, edited and sent to review again, so the review tab
shows verdicts, opinions and a trail, and the comparison shows what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.core.answers import Answer, AnswerError

if TYPE_CHECKING:
    from app.services.workspace import Workspace
    from app.ui.main_window import MainWindow

REVIEWER, CONSULTANT = "J. Lee", "Hana Kim"


def play_review(workspace: Workspace, assessment_id: int) -> None:
    """A review with one round of changes, an approval, and a second revision under way."""
    if workspace.revisions(assessment_id):
        return  # played already (the demo serves both languages)
    record = workspace.get_assessment(assessment_id)
    sections = list(workspace.catalog.get(record.pack_id, record.pack_version).sections)
    workspace.set_my_name(CONSULTANT)
    if record.status != "in_review":
        workspace.set_status(assessment_id, "in_review")
    workspace.set_my_name(REVIEWER)
    workspace.judge_section(assessment_id, sections[-1], "to_fix",
                            comment="Say how long the logs are kept")
    workspace.set_status(assessment_id, "draft", comment="See the last section")
    workspace.set_my_name(CONSULTANT)
    workspace.set_status(assessment_id, "in_review")
    workspace.set_my_name(REVIEWER)
    for section in sections:
        workspace.judge_section(assessment_id, section, "acceptable")
    workspace.set_status(assessment_id, "approved", comment="Approved for go-live")
    workspace.record_opinion(assessment_id, "dpo", name="P. Park", stance="favourable",
                             text="Proceed once the hosting contract is signed.")
    workspace.start_new_revision(assessment_id, comment="Yearly update")
    workspace.set_my_name(CONSULTANT)
    _edit_one_answer(workspace, assessment_id)
    for measure_id, plan in list(workspace.measure_plans(assessment_id).items())[:2]:
        workspace.save_measure_plan(assessment_id, measure_id, owner=plan.owner or "IT",
                                    due_date=plan.due_date, status="done", note=plan.note)
    workspace.set_status(assessment_id, "in_review")
    workspace.set_my_name(REVIEWER)
    workspace.judge_section(assessment_id, sections[0], "improvable",
                            comment="Name the system owner")


def _edit_one_answer(workspace: Workspace, assessment_id: int) -> None:
    opened = workspace.open(assessment_id)
    for question in opened.pack.questions.values():
        answer = opened.session.answer(question.id)
        if answer is not None and isinstance(answer.value, str) \
                and question.type in ("short_text", "long_text"):
            try:
                workspace.save_answer(opened, question.id, Answer(answer.value + " (2027)"))
            except AnswerError:
                continue
            return


def review_screens(window: MainWindow, assessment_id: int, language: str, out: Path,
                   save: Callable[[QWidget, Path], Path]) -> list[Path]:
    """review-<lang>.png (the review tab) and comparison-<lang>.png (revision 1 vs now);
    ``save`` grabs a widget into a PNG once it is drawn."""
    from app.ui.review.comparison import ComparisonDialog

    play_review(window.context.workspace, assessment_id)
    view = window.assessment if window.open_assessment(assessment_id) else None
    if view is None:
        raise RuntimeError(f"assessment {assessment_id} did not open")
    view.tabs.setCurrentWidget(view.review)
    shots = [save(window, out / f"review-{language}.png")]
    dialog = ComparisonDialog(window.context, assessment_id, view.controller.language, window)
    dialog.show()
    shots.append(save(dialog, out / f"comparison-{language}.png"))
    dialog.close()
    view.tabs.setCurrentWidget(view.wizard)
    return shots

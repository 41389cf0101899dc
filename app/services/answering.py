"""Answers and measure plans: save one answer (with its note), plan a measure."""

from __future__ import annotations

from app.core.answers import Answer, AnswerError, answer_from_json
from app.core.statuses import DEFAULT_PLAN_STATUS
from app.services.assessments import OpenAssessment
from app.services.base import WorkspaceBase
from app.services.events import Topic
from app.storage import MeasurePlan


class AnswersMixin(WorkspaceBase):
    def save_answer(
        self,
        opened: OpenAssessment,
        question_id: str,
        answer: Answer | None,
        note: str | None = None,
    ) -> set[str]:
        """Validate, store (returns after commit) and apply one answer; None clears it.

        ``note`` None keeps the question's note as it is ("" removes it); clearing
        the answer removes its note too. Returns the questions whose visibility changed.
        """
        question = opened.pack.questions.get(question_id)
        if question is None:
            raise AnswerError(question_id, f"not a question of pack '{opened.pack.id}'")
        if answer is None:
            self.store.clear_answer(opened.record.id, question_id)
            opened.notes.pop(question_id, None)
        else:
            checked = answer_from_json(question, answer.to_json(), opened.pack.choices)
            kept = opened.notes.get(question_id) if note is None else note
            self.store.save_answer(opened.record.id, question_id, checked.to_json(), kept or None)
            answer = checked
            if kept:
                opened.notes[question_id] = kept
            else:
                opened.notes.pop(question_id, None)
        if question_id in opened.review:  # answering (or clearing) is reviewing
            self.store.clear_review_flags(opened.record.id, [question_id])
            del opened.review[question_id]
        changed = opened.session.set_answer(question_id, answer)
        self._changed(Topic.ANSWERS, opened.record.id)
        return changed

    # measure plans ---------------------------------------------------------------------------
    def measure_plans(self, assessment_id: int) -> dict[str, MeasurePlan]:
        return self.store.get_measure_plans(assessment_id)

    def save_measure_plan(self, assessment_id: int, measure_id: str, *, owner: str = "",
                          due_date: str | None = None, status: str = DEFAULT_PLAN_STATUS,
                          note: str = "") -> None:
        """Who does the measure, by when, and how far it is."""
        self.store.save_measure_plan(assessment_id, measure_id, owner, due_date, status, note)
        self._changed(Topic.PLANS, assessment_id)

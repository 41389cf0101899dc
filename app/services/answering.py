"""Answers and measure plans: check an answer once, apply it live, store it; plan a measure.

An answer is checked against its question exactly once, on the way in
(:meth:`AnswersMixin.check_answer`, which gives a :class:`CheckedAnswer`); applying
it to the session and storing it take that checked answer and do not check it
again. The wizard applies at once (questions show and hide as the user types)
and stores a moment later; the command line does both in :meth:`save_answer`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.answer_choices import answer_source, check_current
from app.core.answers import Answer, AnswerError, check_answer
from app.core.scores import ScoreResult, compute_scores
from app.core.statuses import DEFAULT_PLAN_STATUS
from app.services.assessments import OpenAssessment
from app.services.base import WorkspaceBase
from app.services.events import Topic
from app.storage import MeasurePlan


@dataclass(frozen=True)
class CheckedAnswer:
    """An answer that fits its question (None: the answer is cleared); made by ``check_answer``."""

    question_id: str
    answer: Answer | None


class AnswersMixin(WorkspaceBase):
    def check_answer(self, opened: OpenAssessment, question_id: str,
                     answer: Answer | None) -> CheckedAnswer:
        """The one check of an answer against its question.

        Raises:
            AnswerError: not a question of the pack, or the answer does not fit it.
        """
        question = opened.pack.questions.get(question_id)
        if question is None:
            raise AnswerError(question_id, f"not a question of pack '{opened.pack.id}'")
        if answer is None:
            return CheckedAnswer(question_id, None)
        checked = check_answer(question, answer, opened.pack.choices)
        if answer_source(question) is not None:  # the rows or picks of an earlier answer, now
            check_current(question, checked, opened.session.choices(question))
        return CheckedAnswer(question_id, checked)

    def apply_answer(self, opened: OpenAssessment, checked: CheckedAnswer) -> set[str]:
        """Put the answer in the session (nothing stored); the questions shown or hidden by it."""
        return opened.session.set_answer(checked.question_id, checked.answer)

    def scores(self, opened: OpenAssessment) -> list[ScoreResult]:
        """The pack's declared scores on the answers as they stand (live, nothing stored)."""
        return compute_scores(opened.session)

    def store_answer(self, opened: OpenAssessment, checked: CheckedAnswer,
                     note: str | None = None) -> None:
        """Store the answer (one transaction; returns after the commit).

        ``note`` None keeps the question's note as it is ("" removes it); clearing
        the answer removes its note too. Answering (or clearing) a question flagged
        by a pack upgrade marks it reviewed, in the same transaction.
        """
        qid, answer = checked.question_id, checked.answer
        self.require_editable(opened.record.id)
        reviewed = qid in opened.review
        if answer is None:
            self.store.clear_answer(opened.record.id, qid, reviewed=reviewed)
            opened.notes.pop(qid, None)
        else:
            kept = opened.notes.get(qid) if note is None else note
            self.store.save_answer(opened.record.id, qid, answer.to_json(), kept or None,
                                   reviewed=reviewed)
            if kept:
                opened.notes[qid] = kept
            else:
                opened.notes.pop(qid, None)
        opened.review.pop(qid, None)
        self._changed(Topic.ANSWERS, opened.record.id)

    def save_answer(
        self,
        opened: OpenAssessment,
        question_id: str,
        answer: Answer | None,
        note: str | None = None,
    ) -> set[str]:
        """Check, store (returns after commit) and apply one answer; None clears it.

        Returns the questions whose visibility changed (see :meth:`store_answer` for ``note``).
        """
        checked = self.check_answer(opened, question_id, answer)
        self.store_answer(opened, checked, note)
        return self.apply_answer(opened, checked)

    # measure plans ---------------------------------------------------------------------------
    def measure_plans(self, assessment_id: int) -> dict[str, MeasurePlan]:
        return self.store.get_measure_plans(assessment_id)

    def save_measure_plan(self, assessment_id: int, measure_id: str, *, owner: str = "",
                          due_date: str | None = None, status: str = DEFAULT_PLAN_STATUS,
                          note: str = "") -> None:
        """Who does the measure, by when, and how far it is."""
        self.store.save_measure_plan(assessment_id, measure_id, owner=owner, due_date=due_date,
                                     status=status, note=note)
        self._changed(Topic.PLANS, assessment_id)

"""The error of an answer that does not fit its question."""

from __future__ import annotations

from app.core.errors import UserError


class AnswerError(UserError, ValueError):
    """An answer value that does not fit its question; the message names the question."""

    def __init__(self, question_id: str, message: str) -> None:
        super().__init__(f"{question_id}: {message}", where=question_id)
        self.question_id = question_id
        self.message = message

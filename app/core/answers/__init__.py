"""Answers: typed values, their one check against the question, untrusted answers read."""

from app.core.answers.check import answer_from_json, check_answer
from app.core.answers.errors import AnswerError
from app.core.answers.model import EXPLICIT_STATES, Answer, AnswerState
from app.core.kinds.base import ChoicesOf
from app.core.kinds.coerce import coerce_value

__all__ = [
    "EXPLICIT_STATES",
    "Answer",
    "AnswerError",
    "AnswerState",
    "ChoicesOf",
    "answer_from_json",
    "check_answer",
    "coerce_value",
]

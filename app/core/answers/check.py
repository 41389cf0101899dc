"""The one check of an answer against its question, and the reading of untrusted answers.

What a value of each question type must be is the question kind's to say
(``app.core.kinds``); here are what every type shares: the explicit states
and the JSON shape of stored and imported answers.
"""

from __future__ import annotations

from typing import Any

from app.core.answers.errors import AnswerError
from app.core.answers.model import EXPLICIT_STATES, Answer
from app.core.kinds.base import ChoicesOf, short
from app.core.kinds.coerce import coerce_value
from app.core.model import AnyColumn, AnyQuestion


def check_answer(question: AnyQuestion, answer: Answer, choices_of: ChoicesOf) -> Answer:
    """The one check of an answer against its question, on typed values (no JSON form).

    Returns the answer in its canonical form (choices in the pack's order, whole
    numbers as ``int``, dates as ``date``), ready to apply and to store.

    Raises:
        AnswerError: the value does not fit the question (type, choices, bounds, length),
            or the question does not offer the explicit state.
    """
    if answer.state != "answered":
        return _explicit(question, answer.state)
    return Answer(coerce_value(question, answer.value, choices_of))


def answer_from_json(question: AnyQuestion, data: Any, choices_of: ChoicesOf) -> Answer:
    """Read an untrusted stored or imported answer: its JSON shape, then :func:`check_answer`.

    Raises:
        AnswerError: the value does not fit the question (type, choices, bounds, length).
    """
    if not isinstance(data, dict) or not data.keys() <= {"value", "state"} or len(data) != 1:
        raise AnswerError(question.id, 'expected {"value": ...} or {"state": "unknown"}')
    if "state" in data:
        return _explicit(question, data["state"])
    return check_answer(question, Answer(data["value"]), choices_of)


def _explicit(question: AnyQuestion | AnyColumn, state: Any) -> Answer:
    if state not in EXPLICIT_STATES:
        raise AnswerError(question.id, f"unknown answer state {short(state)}")
    if state not in getattr(question, "allow", ()):
        raise AnswerError(question.id, f"this question does not offer '{state}'")
    return Answer(None, state)

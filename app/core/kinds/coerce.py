"""The check every answer value goes through: not empty, then its kind's own check."""

from __future__ import annotations

from typing import Any

from app.core.answers.errors import AnswerError
from app.core.kinds.base import ChoicesOf
from app.core.kinds.registry import kind_of


def coerce_value(asked: Any, value: Any, choices_of: ChoicesOf) -> Any:
    """The typed value for ``asked`` (a question or a table column), or :class:`AnswerError`."""
    kind = kind_of(asked)
    if value is None:
        raise AnswerError(asked.id, "no value given")
    if kind.is_blank(asked, value):
        # An empty text or an empty selection is no answer: it must not count as one.
        raise AnswerError(asked.id, "the answer is empty; give a value, or clear the answer")
    return kind.coerce(asked, value, choices_of)

"""What a choice question whose choices come from an earlier answer needs from its kind.

``choices_from: {question: ..., column: ...}`` (see ``app.core.answer_choices``):
which rows exist is known only from the answers, so the kind checks a row
name's shape here and the session checks that it is one of the rows.
"""

from __future__ import annotations

from typing import Any

from app.core.answers.errors import AnswerError
from app.core.model import AnswerChoices

MAX_LABEL = 2000  # a short_text cell's longest value
MAX_PICKED = 500  # a table's most rows


def answer_source(asked: object) -> AnswerChoices | None:
    """Where the question's choices come from, when they come from an earlier answer."""
    source = getattr(asked, "choices_from", None)
    return source if isinstance(source, AnswerChoices) else None


def from_table(asked: object) -> bool:
    """Whether the choices are a table's rows (any row name may be a value)."""
    source = answer_source(asked)
    return source is not None and source.column is not None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def open_value(asked: Any, value: Any, multiple: bool) -> Any:
    """A table-row choice's value checked for shape only (which rows exist is the session's)."""
    if multiple:
        if not isinstance(value, list | tuple) or len(value) > MAX_PICKED:
            raise AnswerError(asked.id, f"expected a list of at most {MAX_PICKED} row names")
        names = [open_value(asked, item, False) for item in value]
        return tuple(dict.fromkeys(names))
    if not isinstance(value, str) or not value.strip():
        raise AnswerError(asked.id, f"expected a row name (text), got {_short(value)}")
    if len(value) > MAX_LABEL:
        raise AnswerError(asked.id, f"a row name has at most {MAX_LABEL} characters")
    return value.strip()

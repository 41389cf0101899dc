"""Typed answers, and the validation of untrusted answer values.

An answer is a value of the question's type, or an explicit "unknown" or "not
applicable" (where the question allows them); both differ from "not answered",
which is simply the absence of an answer.

In memory: yes/no and single choice -> ``str``; multiple choice -> ``tuple[str, ...]``
(in the pack's choice order); texts -> ``str``; number -> ``int | float``;
date -> ``datetime.date``; table -> ``tuple[dict[str, Any], ...]``.
JSON (storage, exports): the same with lists and ISO dates.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from app.core.errors import UserError
from app.core.model import AnyColumn, AnyQuestion, Choice, SingleChoiceColumn, YesNoColumn

AnswerState = Literal["answered", "unknown", "not_applicable"]
EXPLICIT_STATES: tuple[AnswerState, ...] = ("unknown", "not_applicable")
ChoicesOf = Callable[[AnyQuestion | AnyColumn], Iterable[Choice]]
_COLUMN_TYPES = (YesNoColumn, SingleChoiceColumn)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class AnswerError(UserError, ValueError):
    """An answer value that does not fit its question; the message names the question."""

    def __init__(self, question_id: str, message: str) -> None:
        super().__init__(f"{question_id}: {message}", where=question_id)
        self.question_id = question_id
        self.message = message


@dataclass(frozen=True)
class Answer:
    """One answer: a typed value, or an explicit unknown / not applicable."""

    value: Any = None
    state: AnswerState = "answered"

    @classmethod
    def unknown(cls) -> Answer:
        return cls(None, "unknown")

    @classmethod
    def not_applicable(cls) -> Answer:
        return cls(None, "not_applicable")

    @property
    def is_explicit_state(self) -> bool:
        return self.state != "answered"

    def to_json(self) -> dict[str, Any]:
        """``{"value": ...}`` or ``{"state": "unknown"}``: what storage and exports keep."""
        if self.state != "answered":
            return {"state": self.state}
        return {"value": _to_json_value(self.value)}


def _to_json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_to_json_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_json_value(item) for key, item in value.items()}
    return value


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
        raise AnswerError(question.id, f"unknown answer state {_short(state)}")
    if state not in getattr(question, "allow", ()):
        raise AnswerError(question.id, f"this question does not offer '{state}'")
    return Answer(None, state)


def coerce_value(asked: AnyQuestion | AnyColumn, value: Any, choices_of: ChoicesOf) -> Any:
    """The typed value for ``asked``, or :class:`AnswerError`."""
    checker = _CHECKERS.get(asked.type)
    if checker is None or value is None:
        raise AnswerError(asked.id, "no value given")
    if _is_blank(asked, value):
        # An empty text or an empty selection is no answer: it must not count as one.
        raise AnswerError(asked.id, "the answer is empty; give a value, or clear the answer")
    result: Any = checker(asked, value, choices_of)
    return result


def _is_blank(asked: AnyQuestion | AnyColumn, value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    # an empty table is a real answer ("no rows"); an empty selection is not
    return asked.type != "table" and isinstance(value, list | tuple) and not value


def _yes_no(asked: Any, value: Any, _: ChoicesOf) -> str:
    allowed = ["yes", "no", *(["partial"] if "partial" in asked.allow else [])]
    if value not in allowed:
        if _is_cell_state(asked, value):
            return str(value)
        raise AnswerError(asked.id, f"expected one of {', '.join(allowed)}, got {_short(value)}")
    return str(value)


def _single(asked: Any, value: Any, choices_of: ChoicesOf) -> str:
    ids = [c.id for c in choices_of(asked)]
    if _is_cell_state(asked, value):
        return str(value)
    if not isinstance(value, str) or value not in ids:
        raise AnswerError(asked.id, f"{_short(value)} is not one of the choices ({_ids(ids)})")
    return value


def _is_cell_state(asked: Any, value: Any) -> bool:
    """In table cells, an allowed unknown / not applicable is kept as that word."""
    return isinstance(asked, _COLUMN_TYPES) and value in EXPLICIT_STATES and value in asked.allow


def _multiple(asked: Any, value: Any, choices_of: ChoicesOf) -> tuple[str, ...]:
    choices = list(choices_of(asked))
    ids = [c.id for c in choices]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise AnswerError(asked.id, "expected a list of choice ids")
    unknown = [v for v in value if v not in ids]
    if unknown:
        raise AnswerError(asked.id, f"{_short(unknown[0])} is not one of the choices ({_ids(ids)})")
    exclusive = [c.id for c in choices if c.exclusive and c.id in value]
    if exclusive and len(set(value)) > 1:
        raise AnswerError(asked.id, f"'{exclusive[0]}' cannot be combined with other choices")
    return tuple(i for i in ids if i in value)


def _text(asked: Any, value: Any, _: ChoicesOf) -> str:
    if not isinstance(value, str):
        raise AnswerError(asked.id, "expected text")
    if len(value) > asked.max_length:
        raise AnswerError(asked.id, f"text longer than {asked.max_length} characters")
    if "\x00" in value:
        raise AnswerError(asked.id, "text contains a NUL character")
    return value


def _number(asked: Any, value: Any, _: ChoicesOf) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not _finite(value):
        raise AnswerError(asked.id, f"expected a number, got {_short(value)}")
    if asked.integer and value != int(value):
        raise AnswerError(asked.id, "expected a whole number")
    if asked.min is not None and value < asked.min:
        raise AnswerError(asked.id, f"{value:g} is below the minimum {asked.min:g}")
    if asked.max is not None and value > asked.max:
        raise AnswerError(asked.id, f"{value:g} is above the maximum {asked.max:g}")
    return int(value) if asked.integer else value


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float
        return False


def _ids(ids: list[str]) -> str:
    return ", ".join(ids)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _date(asked: Any, value: Any, _: ChoicesOf) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise AnswerError(asked.id, f"expected a date written YYYY-MM-DD, got {_short(value)}")


def _table(asked: Any, value: Any, choices_of: ChoicesOf) -> tuple[dict[str, Any], ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(row, dict) for row in value):
        raise AnswerError(asked.id, "expected a list of rows")
    if len(value) > asked.max_rows:
        raise AnswerError(asked.id, f"more than {asked.max_rows} rows")
    columns = {column.id: column for column in asked.columns}
    return tuple(_row(asked.id, index, row, columns, choices_of) for index, row in enumerate(value))


def _row(
    table_id: str, index: int, row: dict[str, Any], columns: dict[str, Any], choices_of: ChoicesOf
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, cell in row.items():
        column = columns.get(key)
        if column is None:
            known = ", ".join(columns)
            raise AnswerError(
                table_id, f"row {index + 1}: unknown column {_short(key)} (columns: {known})"
            )
        if cell is None or _is_blank(column, cell):
            continue  # an empty cell is no cell
        try:
            result[key] = coerce_value(column, cell, choices_of)
        except AnswerError as exc:
            raise AnswerError(table_id, f"row {index + 1}, column {key}: {exc.message}") from None
    return result


_CHECKERS: dict[str, Callable[[Any, Any, ChoicesOf], Any]] = {
    "yes_no": _yes_no,
    "single_choice": _single,
    "multiple_choice": _multiple,
    "short_text": _text,
    "long_text": _text,
    "number": _number,
    "date": _date,
    "table": _table,
}

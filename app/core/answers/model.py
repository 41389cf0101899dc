"""Typed answers: a value of the question's type, or an explicit unknown / not applicable.

Both differ from "not answered", which is simply the absence of an answer.

In memory: yes/no and single choice -> ``str``; multiple choice -> ``tuple[str, ...]``
(in the pack's choice order); texts -> ``str``; number -> ``int | float``;
date -> ``datetime.date``; table -> ``tuple[dict[str, Any], ...]`` (each question
kind says what its values are: ``app.core.kinds``).
JSON (storage, exports): the same with lists and ISO dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

AnswerState = Literal["answered", "unknown", "not_applicable"]
EXPLICIT_STATES: tuple[AnswerState, ...] = ("unknown", "not_applicable")


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

"""Numbers, with optional bounds, whole numbers only where asked, and a unit."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from app.core.answers.errors import AnswerError
from app.core.expr import NUMBER, ExprType
from app.core.kinds.base import ChoicesOf, QuestionKind, short
from app.core.model import NumberColumn, NumberQuestion

if TYPE_CHECKING:
    from app.core.pack import Pack

Number = NumberQuestion | NumberColumn


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large for a float
        return False


class NumberKind(QuestionKind[Number]):
    name = "number"
    question_model = NumberQuestion
    column_model = NumberColumn

    def coerce(self, asked: Number, value: Any, choices_of: ChoicesOf) -> int | float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not _finite(value):
            raise AnswerError(asked.id, f"expected a number, got {short(value)}")
        if asked.integer and value != int(value):
            raise AnswerError(asked.id, "expected a whole number")
        if asked.min is not None and value < asked.min:
            raise AnswerError(asked.id, f"{value:g} is below the minimum {asked.min:g}")
        if asked.max is not None and value > asked.max:
            raise AnswerError(asked.id, f"{value:g} is above the maximum {asked.max:g}")
        return int(value) if asked.integer else value

    def display(self, pack: Pack, asked: Number, value: Any, lang: str) -> str:
        unit = pack.text(asked.unit, lang) if asked.unit else ""
        shown = f"{value:g}" if isinstance(value, float) else f"{value}"
        return f"{shown} {unit}".strip()

    def expr_type(self, asked: Number, choices_of: ChoicesOf) -> ExprType:
        return NUMBER

    def parse_text(self, pack: Pack, asked: Number, text: str) -> int | float:
        try:
            return int(text.strip())
        except ValueError:
            try:
                return float(text.strip())
            except ValueError:
                raise AnswerError(asked.id, f"expected a number, got {text.strip()!r}") from None

    def demo_value(self, pack: Pack, asked: Number, lang: str) -> int | float:
        low = asked.min if asked.min is not None else 1
        value = max(low, min(30, asked.max if asked.max is not None else 30))
        return int(value) if asked.integer or float(value).is_integer() else value

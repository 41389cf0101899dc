"""Dates, written YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from app.core.answers.errors import AnswerError
from app.core.expr import DATE, ExprType
from app.core.kinds.base import ChoicesOf, QuestionKind, short
from app.core.model import DateColumn, DateQuestion

if TYPE_CHECKING:
    from app.core.pack import Pack

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
Date = DateQuestion | DateColumn


class DateKind(QuestionKind[Date]):
    name = "date"
    question_model = DateQuestion
    column_model = DateColumn

    def coerce(self, asked: Date, value: Any, choices_of: ChoicesOf) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise AnswerError(asked.id, f"expected a date written YYYY-MM-DD, got {short(value)}")

    def display(self, pack: Pack, asked: Date, value: Any, lang: str) -> str:
        return value.isoformat() if hasattr(value, "isoformat") else str(value)

    def expr_type(self, asked: Date, choices_of: ChoicesOf) -> ExprType:
        return DATE

    def demo_value(self, pack: Pack, asked: Date, lang: str) -> dt.date:
        return dt.date(2026, 3, 1)

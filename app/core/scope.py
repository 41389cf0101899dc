"""The expression type of each question: what rules may compare it with."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.core.expr import BOOL, DATE, NUMBER, TEXT, ExprType, Scope, Table
from app.core.expr import Choice as ChoiceType
from app.core.expr import ChoiceSet as ChoiceSetType
from app.core.model import AnyColumn, AnyQuestion, Choice

ChoicesOf = Callable[[AnyQuestion | AnyColumn], Iterable[Choice]]

_SIMPLE_TYPES: dict[str, ExprType] = {
    "short_text": TEXT,
    "long_text": TEXT,
    "number": NUMBER,
    "date": DATE,
}


def asked_type(asked: AnyQuestion | AnyColumn, choices_of: ChoicesOf) -> ExprType:
    """The expression type of a question or table column."""
    kind = asked.type
    allowed = frozenset(getattr(asked, "allow", ()))
    if kind == "yes_no":
        return ChoiceType(frozenset({"yes", "no"}) | allowed)
    if kind == "single_choice":
        return ChoiceType(frozenset(c.id for c in choices_of(asked)) | allowed)
    if kind == "multiple_choice":
        return ChoiceSetType(frozenset(c.id for c in choices_of(asked)))
    if kind == "table":
        columns = getattr(asked, "columns", ())
        return Table({column.id: asked_type(column, choices_of) for column in columns})
    return _SIMPLE_TYPES.get(kind, BOOL)


def build_scope(questions: Iterable[AnyQuestion], choices_of: ChoicesOf) -> Scope:
    """Question id -> expression type, for every question of a pack."""
    return {question.id: asked_type(question, choices_of) for question in questions}

"""The expression type of each question: what rules may compare it with (its kind's)."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.expr import ExprType, Scope
from app.core.kinds import ChoicesOf, kind_of
from app.core.model import AnyColumn, AnyQuestion


def asked_type(asked: AnyQuestion | AnyColumn, choices_of: ChoicesOf) -> ExprType:
    """The expression type of a question or table column."""
    return kind_of(asked).expr_type(asked, choices_of)


def build_scope(questions: Iterable[AnyQuestion], choices_of: ChoicesOf) -> Scope:
    """Question id -> expression type, for every question of a pack."""
    return {question.id: asked_type(question, choices_of) for question in questions}

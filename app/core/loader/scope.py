"""The expression type of each question: what rules may compare it with (its kind's)."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.expr import ExprType, Scope
from app.core.expr.types import Choice, ChoiceSet, Group
from app.core.kinds import ChoicesOf, kind_of
from app.core.model import AnyColumn, AnyQuestion, Section


def asked_type(asked: AnyQuestion | AnyColumn, choices_of: ChoicesOf) -> ExprType:
    """The expression type of a question or table column."""
    return kind_of(asked).expr_type(asked, choices_of)


def build_scope(
    questions: Iterable[AnyQuestion],
    choices_of: ChoicesOf,
    sections: Iterable[Section] = (),
) -> Scope:
    """Question id -> expression type, for every question of a pack.

    Section ids are in scope too, as a :class:`Group` of their scored questions
    (only the aggregates take them); a question of the same id wins.
    """
    scope: dict[str, ExprType] = {}
    for question in questions:  # a duplicate id keeps its first definition (reported apart)
        if question.id not in scope:
            scope[question.id] = asked_type(question, choices_of)
    for section in sections:
        if section.id not in scope:
            scored = tuple(q.id for q in section.questions if _scored(scope.get(q.id)))
            scope[section.id] = Group(scored)
    return scope


def _scored(t: ExprType | None) -> bool:
    return isinstance(t, Choice | ChoiceSet) and bool(t.scores)

"""The expression type of each question: what rules may compare it with (its kind's)."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.expr import ExprType, Scope
from app.core.expr.types import Choice, ChoiceSet, Group
from app.core.kinds import ChoicesOf, kind_of
from app.core.kinds.row_choices import answer_source
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
            scope[question.id] = _from_answer(question, scope) or asked_type(question, choices_of)
    for section in sections:
        if section.id not in scope:
            scored = tuple(q.id for q in section.questions if _scored(scope.get(q.id)))
            scope[section.id] = Group(scored)
    return scope


def _from_answer(question: AnyQuestion, scope: Scope) -> ExprType | None:
    """A question whose choices come from an earlier answer (None: any other question).

    From a multiple choice answer, its value is one (or a set) of that question's
    choice ids, so rules may name only those; from a table's rows it is a row's
    name, known only from the answers, so any text may be compared with it.
    """
    source = answer_source(question)
    if source is None:
        return None
    origin = scope.get(source.question)
    states = frozenset(getattr(question, "allow", ()))
    multiple = question.type == "multiple_choice"
    weight = float(question.weight)
    if isinstance(origin, Choice | ChoiceSet) and source.column is None:
        if multiple:
            return ChoiceSet(origin.domain, origin.scores, weight, origin.open)
        return Choice(origin.domain | states, origin.scores, weight, origin.open)
    return ChoiceSet(frozenset(), (), weight, True) if multiple else \
        Choice(states, (), weight, True)


def _scored(t: ExprType | None) -> bool:
    return isinstance(t, Choice | ChoiceSet) and bool(t.scores)

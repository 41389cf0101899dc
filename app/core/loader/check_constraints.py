"""Lint: constraints that can never fail, such as one meant to forbid "unknown".

A constraint is checked only on an answer that is a value: never while the
question is unanswered, and never on an explicit "unknown" or "not
applicable" (see docs/pack-format.md, Required answers and constraints). A rule
that holds for every value the question can have therefore never fires.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.core.diagnostics import Diagnostic
from app.core.expr import TOP, Expr, evaluate
from app.core.kinds import kind_of
from app.core.loader.draft import PackDraft
from app.core.model import AnyQuestion
from app.core.pack import CompiledRules

EXPLICIT = ("unknown", "not_applicable")


class _OneValue:
    """The constrained question holds ``value`` (answered); every other answer is anything."""

    def __init__(self, qid: str, value: Any) -> None:
        self.qid, self.held = qid, value

    def value(self, qid: str) -> Any:
        return self.held if qid == self.qid else TOP

    def state(self, qid: str) -> Any:
        return "answered" if qid == self.qid else TOP


def check_constraints(draft: PackDraft, rules: CompiledRules) -> Iterator[Diagnostic]:
    """A warning for each constraint that holds whatever value its question is given."""
    for located, _ in draft.questions():
        question: AnyQuestion = located.item
        rule = rules.constraint.get(question.id)
        if rule is not None and _never_fails(question, rule, draft):
            yield located.error(
                f"the constraint of '{question.id}' can never fail",
                "a constraint is checked only on a value, never on \"unknown\" or \"not "
                "applicable\" nor while unanswered; to refuse those answers, take them out "
                "of 'allow' (or use 'required')",
                key="constraint",
            ).as_warning()


def _never_fails(question: AnyQuestion, rule: Expr, draft: PackDraft) -> bool:
    values = _values(question, draft)
    return all(evaluate(rule, _OneValue(question.id, value)) is True for value in values)


def _values(question: AnyQuestion, draft: PackDraft) -> list[Any]:
    """The values a choice question can hold as an answer; else "any value" (TOP)."""
    kind = kind_of(question)
    if kind.name in ("yes_no", "single_choice"):
        ids = [c.id for c in draft.choices_of(question)] if kind.name == "single_choice" \
            else ["yes", "no", *(["partial"] if "partial" in question.allow else [])]
        return [choice for choice in ids if choice not in EXPLICIT] or [TOP]
    return [TOP]

"""A rule and the answers -> the facts that made it true (or false), part by part.

Only what decided the result is said: for ``or`` the branches that are true,
for ``and`` every part, and ``not`` turns the question around (``not (a and b)``
is explained by whichever of ``a`` and ``b`` is false). Comparisons are
explained by the answer itself, so ``x != 'yes'`` reads "you answered 'No'".
"""

from __future__ import annotations

from typing import Any

from app.core.expr import Expr
from app.core.expr.evaluator import evaluate_node
from app.core.expr.functions import STATE_FUNCTIONS
from app.core.expr.nodes import (
    Aggregate,
    And,
    Call,
    Column,
    Compare,
    ListLit,
    Literal,
    Name,
    Node,
    Not,
    Or,
    Scored,
    walk,
)
from app.core.reasons import rows as row_rules
from app.core.reasons.explaining import RowStack
from app.core.reasons.facts import (
    FLIPPED,
    NEGATED,
    AnswerFact,
    CellFact,
    ChoiceFact,
    CountFact,
    Fact,
    Limit,
)
from app.core.reasons.tidy import tidy
from app.core.session import Session

ORDERING = ("<", "<=", ">", ">=")


class Explainer:
    """Explains expressions against one session's visible answers."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pack = session.pack
        self.env = session.env

    def explain(self, expr: Expr) -> tuple[Fact, ...]:
        """Why ``expr`` is true (or, when it is false, why it is false)."""
        want = self.holds(expr.root, ())
        return tidy(self.say(expr.root, want, ()))

    # evaluation ------------------------------------------------------------------------
    def holds(self, node: Node, rows: RowStack) -> bool:
        return evaluate_node(node, self.env, [row for _, row in rows]) is True

    def say(self, node: Node, want: bool, rows: RowStack) -> list[Fact]:
        """The facts that make ``node`` come out as ``want``."""
        if isinstance(node, Not):
            return self.say(node.operand, not want, rows)
        if isinstance(node, And | Or):
            every = isinstance(node, And) == want  # a true 'and', a false 'or': every part
            parts = [o for o in node.operands if every or self.holds(o, rows) == want]
            return [fact for part in parts for fact in self.say(part, want, rows)]
        if isinstance(node, Compare):
            return self.compare(node, want, rows)
        if isinstance(node, Call):
            return self.call(node, want, rows)
        return []

    # answers and cells ---------------------------------------------------------------------
    def answer(self, qid: str, limit: Limit | None = None, guard: bool = False) -> AnswerFact:
        answer = self.session.effective_answer(qid)
        hidden = not self.session.is_visible(qid)
        if answer is None or answer.state != "answered":
            limit = None
        return AnswerFact(qid, answer, hidden, guard, limit)

    def subject(self, node: Node, rows: RowStack, limit: Limit | None = None) -> list[Fact]:
        """The answer to a question, or the cell of a column."""
        if isinstance(node, Column):
            value = cell(node, rows)
            return [CellFact(node.name, value, node.level, limit=None if value is None else limit)]
        if isinstance(node, Name):
            return [self.answer(node.name, limit)]
        return []

    def is_multiple(self, node: Node, rows: RowStack) -> bool:
        if isinstance(node, Name):
            return self.pack.questions[node.name].type == "multiple_choice"
        if isinstance(node, Column) and node.level < len(rows):
            table = self.pack.questions[rows[node.level][0]]
            columns = {c.id: c for c in getattr(table, "columns", ())}
            return node.name in columns and columns[node.name].type == "multiple_choice"
        return False

    def choices(self, node: Node, ids: tuple[str, ...], chosen: bool, rows: RowStack) -> list[Fact]:
        """Choices of a multiple-choice question or cell that are (not) selected."""
        if isinstance(node, Column):
            value = cell(node, rows)
            picked = _picked(ids, value, chosen)
            return [CellFact(node.name, value, node.level, picked, chosen)]
        if not isinstance(node, Name):
            return []
        answer = self.session.effective_answer(node.name)
        if answer is None or answer.state != "answered":
            return [self.answer(node.name)]
        return [ChoiceFact(node.name, _picked(ids, answer.value, chosen), chosen)]

    # comparisons ---------------------------------------------------------------------------
    def compare(self, node: Compare, want: bool, rows: RowStack) -> list[Fact]:
        op, left, right = node.op, node.left, node.right
        if op in ("in", "not in"):
            inside = (op == "in") == want
            if isinstance(left, Literal) and self.is_multiple(right, rows):
                return self.choices(right, (str(left.value),), inside, rows)
            return [*self.subject(left, rows), *self.subject(right, rows)]
        if isinstance(left, Literal | ListLit) and not isinstance(right, Literal | ListLit):
            left, right, op = right, left, FLIPPED[op]
        op = op if want else NEGATED[op]
        if isinstance(left, Call):
            return self.measure(left, op, right, rows)
        limit = None
        if op in ORDERING and isinstance(right, Literal) and right.value is not None:
            limit = Limit(op, right.value)
        return [*self.subject(left, rows, limit), *self.subject(right, rows)]

    def measure(self, call: Call, op: str, right: Node, rows: RowStack) -> list[Fact]:
        """``count(...)`` or ``length(q)`` compared with a number."""
        if isinstance(call, Scored | Aggregate):
            return self.scored(call)
        if not isinstance(right, Literal) or not _is_number(right.value):
            return [*self.subject(call.args[0], rows), *self.subject(right, rows)]
        limit = Limit(op, right.value)
        if call.func == "count" and len(call.args) == 2:
            return row_rules.count_rows(self, call, limit, rows)
        target = call.args[0]
        if not isinstance(target, Name):
            return self.subject(target, rows)
        answer = self.session.effective_answer(target.name)
        if answer is None or answer.state != "answered":
            return [self.answer(target.name)]
        return [
            _count(
                self.pack.questions[target.name].type, call.func, target.name, answer.value, limit
            )
        ]

    def scored(self, call: Call) -> list[Fact]:
        """A score or an aggregate: the answers it was made of."""
        names = dict.fromkeys(n.name for n in walk(call) if isinstance(n, Name)
                              and n.name in self.pack.questions)
        return [self.answer(name) for name in names]

    # calls -------------------------------------------------------------------------------
    def call(self, node: Call, want: bool, rows: RowStack) -> list[Fact]:
        first = node.args[0]
        if node.func in STATE_FUNCTIONS:
            if not isinstance(first, Name):
                return []
            # answered(q) being true, or unknown(q) false, only says "q has some answer"
            return [self.answer(first.name, guard=(node.func == "answered") == want)]
        if node.func == "selected":
            ids = tuple(str(a.value) for a in node.args[1:] if isinstance(a, Literal))
            if self.is_multiple(first, rows):
                return self.choices(first, ids, want, rows)
            return self.subject(first, rows)
        if node.func in ("any_row", "all_rows"):
            return row_rules.row_call(self, node, want, rows)
        return []


def cell(node: Column, rows: RowStack) -> Any:
    return rows[node.level][1].get(node.name) if node.level < len(rows) else None


def _picked(ids: tuple[str, ...], value: Any, chosen: bool) -> tuple[str, ...]:
    """Of the listed choices: those selected (when chosen), else all of them."""
    if not chosen:
        return ids
    selected = value if isinstance(value, tuple | list) else (value,)
    return tuple(i for i in ids if i in selected)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _count(kind: str, func: str, qid: str, value: Any, limit: Limit) -> CountFact:
    if func == "length":
        return CountFact(qid, "characters", len(str(value)), limit)
    if kind == "table":
        nonempty = (limit.op, limit.bound) in ((">", 0), (">=", 1), ("!=", 0))
        return CountFact(qid, "rows", len(value), limit, guard=nonempty)
    return CountFact(qid, "choices", len(value), limit, tuple(value))

"""Evaluation of expressions against answers, with null and three-valued (TOP) logic."""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from app.core.expr.aggregate import combine, score_of
from app.core.expr.functions import STATE_FUNCTIONS
from app.core.expr.nodes import (
    Aggregate,
    And,
    Call,
    Column,
    Compare,
    Expr,
    ListLit,
    Literal,
    Name,
    Node,
    Not,
    Or,
    Scored,
)
from app.core.expr.top import TOP as TOP
from app.core.expr.top import Top as Top


class Env(Protocol):
    """What evaluation needs to know about the answers.

    `value` returns the answer (None when unanswered or hidden) or TOP;
    `state` returns "unanswered", "answered", "unknown", "not_applicable" or TOP.
    """

    def value(self, qid: str) -> Any: ...

    def state(self, qid: str) -> str | Top: ...


_ORDERING: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}


def evaluate(expr: Expr, env: Env) -> Any:
    """Evaluate `expr`: True or False for a condition, a number for count(), TOP if unknown.

    The expression should have passed `check`; use `compile_expression` so that
    column ids inside row conditions are told apart from question ids.
    """
    return _Evaluator(env, expr.resolved).visit(expr.root)


def truth(value: Any) -> bool | Top:
    """A value in a logical context: TOP stays TOP, null counts as false."""
    return TOP if value is TOP else value is True


def kleene_not(value: Any) -> bool | Top:
    t = truth(value)
    return TOP if t is TOP else not t


def kleene_all(values: Iterable[Any]) -> bool | Top:
    """Kleene `and` over `values`, stopping at the first false one."""
    result: bool | Top = True
    for value in values:
        t = truth(value)
        if t is False:
            return False
        if t is TOP:
            result = TOP
    return result


def kleene_any(values: Iterable[Any]) -> bool | Top:
    """Kleene `or` over `values`, stopping at the first true one."""
    return kleene_not(kleene_all(kleene_not(value) for value in values))


def _plain(value: Any) -> Any:
    """Dates and datetimes compare as dates; everything else unchanged."""
    return value.date() if isinstance(value, datetime.datetime) else value


def equals(a: Any, b: Any) -> bool | Top:
    """`a == b` with null semantics: null equals only null."""
    if isinstance(a, Top) or isinstance(b, Top):
        return TOP
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    return bool(_plain(a) == _plain(b))


def ordered(op: str, a: Any, b: Any) -> bool | Top:
    """`a < b` etc.: false when either side is null or the sides are not comparable."""
    if isinstance(a, Top) or isinstance(b, Top):
        return TOP
    a, b = _plain(a), _plain(b)
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (a, b))
    dates = all(isinstance(v, datetime.date) for v in (a, b))
    return bool(_ORDERING[op](a, b)) if numbers or dates else False


def member(a: Any, b: Any) -> bool | Top:
    """`a in b` for a list literal (a tuple) or a set of selected choices."""
    if isinstance(a, Top) or isinstance(b, Top):
        return TOP
    if a is None or b is None:
        return False
    if isinstance(b, tuple):
        return any(equals(a, item) is True for item in b)
    if isinstance(b, str):
        return bool(a == b)
    return kleene_any(equals(a, item) for item in b)


def compare(op: str, a: Any, b: Any) -> bool | Top:
    """Apply the comparison operator `op`."""
    if op in _ORDERING:
        return ordered(op, a, b)
    result = equals(a, b) if op in ("==", "!=") else member(a, b)
    return kleene_not(result) if op in ("!=", "not in") else result


class _Evaluator:
    """Evaluation state: the environment and the stack of rows being looked at."""

    def __init__(self, env: Env, resolved: bool):
        self.env = env
        self.resolved = resolved
        self.rows: list[Any] = []

    def visit(self, node: Node) -> Any:
        match node:
            case Literal(value=value):
                return value
            case ListLit(items=items):
                return tuple(item.value for item in items)
            case Column(name=name, level=level):
                return self.cell(self.rows[level] if level < len(self.rows) else None, name)
            case Name(name=name):
                return self.question(name)
            case Not(operand=operand):
                return kleene_not(self.visit(operand))
            case And(operands=operands):
                return kleene_all(self.visit(o) for o in operands)
            case Or(operands=operands):
                return kleene_any(self.visit(o) for o in operands)
            case Compare(op=op, left=left, right=right):
                return compare(op, self.visit(left), self.visit(right))
            case Call():
                return self.call(node)
        raise TypeError(f"not an expression node: {node!r}")

    @staticmethod
    def cell(row: Any, name: str) -> Any:
        if row is TOP:
            return TOP
        return row.get(name) if isinstance(row, Mapping) else None

    def question(self, name: str) -> Any:
        if not self.resolved:
            # A parsed-only tree: names inside row conditions that a row has are columns.
            for row in reversed(self.rows):
                if isinstance(row, Mapping) and name in row:
                    return row[name]
        return self.env.value(name)

    def call(self, node: Call) -> Any:
        if isinstance(node, Scored):
            return score_of(node, self.visit(node.args[0]))
        if isinstance(node, Aggregate):
            return self.aggregate(node)
        first = node.args[0]
        if node.func in STATE_FUNCTIONS:
            return self.state_call(node.func, first)
        value = self.visit(first)
        if node.func == "selected":
            return self.selected(value, [self.visit(arg) for arg in node.args[1:]])
        if node.func == "length":
            return value if value is TOP else len(str(value)) if value is not None else 0
        if len(node.args) == 1:
            return value if value is TOP else 0 if value is None else len(value)
        return self.row_call(node.func, value, node.args[1])

    def aggregate(self, node: Aggregate) -> Any:
        """sum/average/min/max/count over terms, or over a table's rows."""
        if not node.over_rows:
            return combine(node.func, ((self.visit(t), _weight(t)) for t in node.terms))
        table = self.visit(node.args[0])
        if table is TOP:
            return TOP
        return combine(node.func, ((v, 1.0) for v in self.each_row(table or (), node.terms[0])))

    def state_call(self, func: str, arg: Node) -> bool | Top:
        name = arg.name if isinstance(arg, Name | Column) else ""
        state = self.env.state(name)
        if isinstance(state, Top):
            return TOP
        if func == "answered":
            return state != "unanswered"
        return state == func

    @staticmethod
    def selected(value: Any, choice_ids: list[Any]) -> bool | Top:
        if isinstance(value, Top):
            return TOP
        if value is None:
            return False
        if isinstance(value, str):
            return value in choice_ids
        return kleene_any(member(choice_id, value) for choice_id in choice_ids)

    def row_call(self, func: str, table: Any, condition: Node) -> Any:
        """count(table, cond), any_row(table, cond) or all_rows(table, cond)."""
        if table is TOP:
            return TOP
        results = self.each_row(table or (), condition)
        if func == "any_row":
            return kleene_any(results)
        if func == "all_rows":
            return kleene_all(results)
        values = [truth(result) for result in results]
        return TOP if TOP in values else sum(1 for v in values if v is True)

    def each_row(self, table: Iterable[Any], condition: Node) -> Iterable[Any]:
        """The condition's value for each row, lazily (so any/all can stop early)."""
        for row in table:
            self.rows.append(row)
            try:
                yield self.visit(condition)
            finally:
                self.rows.pop()


def _weight(term: Node) -> float:
    return term.weight if isinstance(term, Scored) else 1.0


def evaluate_node(node: Node, env: Env, rows: Sequence[Any] = ()) -> Any:
    """Evaluate one node of a resolved tree inside ``rows`` (the enclosing rows, outermost first).

    Used to explain a rule part by part: a row condition's parts are worked out
    for one row at a time, as ``count``, ``any_row`` and ``all_rows`` do.
    """
    evaluator = _Evaluator(env, resolved=True)
    evaluator.rows = list(rows)
    return evaluator.visit(node)

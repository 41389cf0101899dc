"""Static type checking of a parsed expression against a scope of questions."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from app.core.expr import call_rules, compare_rules
from app.core.expr.describe import an_example_choice, describe, kind
from app.core.expr.errors import ExprProblem
from app.core.expr.functions import FUNCTIONS, suggest
from app.core.expr.nodes import (
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
)
from app.core.expr.types import (
    BOOL,
    DATE,
    NULL,
    NUMBER,
    TEXT,
    Choice,
    ChoiceSet,
    ExprType,
    ListOf,
    Scope,
    Table,
    literal_type,
)
from app.core.quoting import quoted
from app.core.suggest import NameIndex


def check(
    expr: Expr, scope: Scope, expected: ExprType = BOOL, names: NameIndex | None = None
) -> list[ExprProblem]:
    """Type-check `expr`; an empty list means it is valid.

    Args:
        expr: A parsed expression.
        scope: The type of every question the expression may refer to.
        expected: The type the whole expression must have (BOOL for conditions).
        names: The scope's question ids, indexed once for "did you mean" hints
            when many expressions are checked against a large scope.

    Returns:
        The problems found, in source order.
    """
    checker = Checker(scope, names)
    if expected == BOOL:
        checker.require_bool(expr.root)
    else:
        checker.require(expr.root, expected)
    return sorted(checker.problems, key=lambda p: (p.offset, p.length))


class Checker:
    """Walks a tree, inferring types and collecting problems.

    `infer` returns None for a node whose problems were already reported, so
    one mistake does not cause a cascade of messages.
    """

    def __init__(self, scope: Scope, names: NameIndex | None = None):
        self.scope = scope
        self.names = names
        self.columns: list[Mapping[str, ExprType]] = []
        self.problems: list[ExprProblem] = []

    def report(self, node: Node, message: str, hint: str | None = None) -> None:
        self.problems.append(ExprProblem(message, node.offset, node.length, hint))

    @contextmanager
    def row_scope(self, table: Table) -> Iterator[None]:
        """Let names resolve to `table`'s columns first (inside a row condition)."""
        self.columns.append(table.columns)
        try:
            yield
        finally:
            self.columns.pop()

    def is_column(self, name: str) -> bool:
        return any(name in columns for columns in self.columns)

    def describe(self, node: Node, t: ExprType) -> str:
        if isinstance(node, Name) and self.is_column(node.name):
            node = Column(node.name, offset=node.offset, length=node.length)
        return describe(node, t)

    def infer(self, node: Node) -> ExprType | None:
        match node:
            case Literal(value=value):
                return literal_type(value)
            case ListLit():
                return self.infer_list(node)
            case Name(name=name) | Column(name=name):
                return self.infer_name(node, name)
            case Not(operand=operand):
                self.require_bool(operand)
                return BOOL
            case And(operands=operands) | Or(operands=operands):
                for operand in operands:
                    self.require_bool(operand)
                return BOOL
            case Compare():
                return compare_rules.check_compare(self, node)
            case Call():
                return call_rules.check_call(self, node)
        raise TypeError(f"not an expression node: {node!r}")

    def infer_name(self, node: Node, name: str) -> ExprType | None:
        for columns in reversed(self.columns):
            if name in columns:
                return columns[name]
        if name in self.scope:
            return self.scope[name]
        self.report_unknown(node, name)
        return None

    def report_unknown(self, node: Node, name: str) -> None:
        table = self.table_with_column(name)
        if table is not None:
            self.report(node, f"{quoted(name)} is a column of table {quoted(table)}, not a "
                        "question", f"a column is read row by row: any_row({table}, {name} ...), "
                        f"count({table}, ...), or in a column's show_if or required")
            return
        columns = sorted(set().union(*self.columns))
        hint = suggest(name, self.names if self.names is not None else self.scope, columns)
        if hint is None and name in FUNCTIONS:
            hint = f"{name} is a function; write {FUNCTIONS[name]}"
        where = "in this table or pack" if self.columns else "in this pack"
        what = "column or question" if self.columns else "question"
        self.report(node, f"unknown {what} {quoted(name)} {where}", hint)

    def table_with_column(self, name: str) -> str | None:
        """The first table question of the scope that has a column ``name`` (None: none)."""
        return next((qid for qid, t in self.scope.items()
                     if isinstance(t, Table) and name in t.columns), None)

    def infer_list(self, node: ListLit) -> ExprType | None:
        kinds = {literal_type(item.value) for item in node.items} - {NULL}
        if len(kinds) > 1:
            names = " and ".join(sorted(kind(k) for k in kinds))
            self.report(node, f"a list must not mix {names}",
                        "put only choice ids or text, only numbers or only dates in one list")
            return None
        return ListOf(kinds.pop() if kinds else NULL)

    def require_bool(self, node: Node) -> None:
        """Report `node` unless it is a condition (true or false)."""
        t = self.infer(node)
        if t is None or t == BOOL:
            return
        if isinstance(node, Name | Column):
            role = "column" if self.is_column(node.name) else "question"
            message = f"'{node.name}' is a {kind(t)} {role}, not a condition"
        else:
            message = f"{self.describe(node, t)} is not a condition"
        self.report(node, message, _condition_hint(node, t))

    def require(self, node: Node, expected: ExprType) -> None:
        """Report `node` unless its type is `expected`."""
        t = self.infer(node)
        if t is not None and t != expected and t != NULL:
            self.report(node, f"expected a {kind(expected)} here, not "
                        f"{self.describe(node, t)}")


def _condition_hint(node: Node, t: ExprType) -> str | None:
    """How to turn a non-condition into a condition, e.g. "write q == 'yes'"."""
    if isinstance(node, Call) and t == NUMBER:
        return f"compare it, e.g. {node.func}(...) > 0"
    if not isinstance(node, Name | Column):
        return None
    name = node.name
    if isinstance(t, Choice):
        return f"write {name} == '{an_example_choice(t.domain)}'"
    if isinstance(t, ChoiceSet):
        return f"write '{an_example_choice(t.domain)}' in {name}, or count({name}) > 0"
    if isinstance(t, Table):
        return f"write count({name}) > 0"
    if t == NUMBER:
        return f"compare it, e.g. {name} > 0"
    if t in (TEXT, DATE):
        return f"write answered({name}), or compare it with =="
    return None

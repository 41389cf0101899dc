"""Telling column ids from question ids inside row conditions, and listing references."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from app.core.expr.functions import ROW_FUNCTIONS
from app.core.expr.nodes import And, Call, Column, Compare, Expr, Name, Node, Not, Or, walk
from app.core.expr.resolve_scores import is_score_call, resolve_score_call
from app.core.expr.types import ExprType, Scope, Table

_Columns = tuple[Mapping[str, ExprType], ...]


def resolve(expr: Expr, scope: Scope) -> Expr:
    """Return `expr` with every column id inside a row condition turned into a `Column`.

    Inside the condition of count/any_row/all_rows a name means the table's
    column when the table has one of that id, otherwise the question.
    """
    if expr.resolved:
        return expr
    return Expr(expr.source, _resolve(expr.root, scope, ()), resolved=True)


def resolve_in_row(expr: Expr, scope: Scope, table: Table) -> Expr:
    """`resolve` for a condition on one row of `table`: its column ids become level-0 columns."""
    return Expr(expr.source, _resolve(expr.root, scope, (table.columns,)), resolved=True)


def _resolve(node: Node, scope: Scope, columns: _Columns) -> Node:
    match node:
        case Name(name=name):
            return _name_or_column(node, name, columns)
        case Not(operand=operand):
            return replace(node, operand=_resolve(operand, scope, columns))
        case And(operands=operands) | Or(operands=operands):
            return replace(node, operands=tuple(_resolve(o, scope, columns) for o in operands))
        case Compare(left=left, right=right):
            return replace(node, left=_resolve(left, scope, columns),
                           right=_resolve(right, scope, columns))
        case Call():
            return _resolve_call(node, scope, columns)
    return node


def _name_or_column(node: Node, name: str, columns: _Columns) -> Node:
    for level in range(len(columns) - 1, -1, -1):
        if name in columns[level]:
            return Column(name, level, offset=node.offset, length=node.length)
    return node


def _resolve_call(node: Call, scope: Scope, columns: _Columns) -> Node:
    if is_score_call(node, scope, columns):
        return resolve_score_call(node, scope, columns,
                                  lambda n, cols: _resolve(n, scope, cols))
    if node.func not in ROW_FUNCTIONS or len(node.args) != 2:
        return replace(node, args=tuple(_resolve(a, scope, columns) for a in node.args))
    table, condition = node.args
    table_type = scope.get(table.name) if isinstance(table, Name) else None
    inner = (*columns, table_type.columns) if isinstance(table_type, Table) else columns
    return replace(node, args=(_resolve(table, scope, columns),
                               _resolve(condition, scope, inner)))


def references(expr: Expr, scope: Scope | None = None) -> frozenset[str]:
    """The question ids `expr` refers to.

    Column ids inside row conditions are not question references. They are
    known once the expression is resolved (`compile_expression` returns
    resolved expressions) or when `scope` is given; for an expression that was
    only parsed, every name counts, which over-approximates.
    """
    if scope is not None:
        expr = resolve(expr, scope)
    return frozenset(node.name for node in walk(expr.root) if isinstance(node, Name))

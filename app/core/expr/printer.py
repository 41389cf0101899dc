"""Canonical text of a syntax tree; `parse(unparse(node))` gives an equal tree."""

from __future__ import annotations

import datetime
from decimal import Decimal

from app.core.expr.nodes import (
    And,
    Call,
    Column,
    Compare,
    Expr,
    ListLit,
    Literal,
    LiteralValue,
    Name,
    Node,
    Not,
    Or,
)

# Binding strength of each node type; atoms bind tightest.
_OR, _AND, _NOT, _COMPARE, _ATOM = range(1, 6)


def unparse(node: Node | Expr) -> str:
    """The canonical source text of `node`, with only the parentheses it needs."""
    if isinstance(node, Expr):
        node = node.root
    match node:
        case Literal(value=value):
            return format_literal(value)
        case ListLit(items=items):
            return "[" + ", ".join(format_literal(item.value) for item in items) + "]"
        case Name(name=name) | Column(name=name):
            return name
        case Call(func=func, args=args):
            return f"{func}(" + ", ".join(unparse(arg) for arg in args) + ")"
        case Not(operand=operand):
            return "not " + _wrap(operand, _NOT - 1)
        case And(operands=operands):
            return " and ".join(_wrap(operand, _AND) for operand in operands)
        case Or(operands=operands):
            return " or ".join(_wrap(operand, _OR) for operand in operands)
        case Compare(op=op, left=left, right=right):
            return f"{_wrap(left, _COMPARE)} {op} {_wrap(right, _COMPARE)}"
    raise TypeError(f"not an expression node: {node!r}")


def format_literal(value: LiteralValue) -> str:
    """The source text of a literal value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return f"date('{value.isoformat()}')"
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if isinstance(value, float):
        text = format(Decimal(repr(value)), "f")  # positional: the lexer has no exponents
        return text if "." in text else text + ".0"
    return str(value)


def _strength(node: Node) -> int:
    strengths: dict[type[Node], int] = {Or: _OR, And: _AND, Not: _NOT, Compare: _COMPARE}
    return strengths.get(type(node), _ATOM)


def _wrap(node: Node, parent: int) -> str:
    """`node`'s text, parenthesised unless it binds more tightly than `parent`."""
    text = unparse(node)
    return text if _strength(node) > parent else f"({text})"

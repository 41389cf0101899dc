"""What a row condition looks for, as a clause, for saying that no row has it.

When a row was found, the row's own cells explain the rule. When none was,
there is nothing to point at, so the condition itself is described:
``stage in ['train', 'fine_tune']`` becomes Stage: 'Training' or 'Fine-tuning'.
"""

from __future__ import annotations

from typing import Any

from app.core.expr.functions import STATE_FUNCTIONS
from app.core.expr.nodes import And, Call, Column, Compare, ListLit, Literal, Name, Node, Not, Or
from app.core.reasons.facts import FLIPPED, NEGATED, Clause, Expect, ExpectGroup, Join

_OPPOSITE = {**NEGATED, "in": "not in", "not in": "in"}


def describe(node: Node, want: bool = True) -> Clause | None:
    """What makes ``node`` come out as ``want``; None for parts that cannot be said simply."""
    if isinstance(node, Not):
        return describe(node.operand, not want)
    if isinstance(node, And | Or):
        join: Join = "and" if isinstance(node, And) == want else "or"
        parts = tuple(p for p in (describe(o, want) for o in node.operands) if p is not None)
        return parts[0] if len(parts) == 1 else ExpectGroup(join, parts) if parts else None
    if isinstance(node, Compare):
        return _compare(node, want)
    if isinstance(node, Call):
        return _call(node, want)
    return None


def _compare(node: Compare, want: bool) -> Expect | None:
    op, left, right = node.op, node.left, node.right
    if op in ("in", "not in") and isinstance(left, Literal) and _is_subject(right):
        # 'rag' in methods: a choice of a multiple-choice answer
        chosen = (op == "in") == want
        return _expect(right, "selected" if chosen else "not selected", (left.value,))
    if isinstance(left, Literal | ListLit) and _is_subject(right) and op not in ("in", "not in"):
        left, right, op = right, left, FLIPPED[op]
    if not _is_subject(left):
        return None
    op = op if want else _OPPOSITE[op]
    return _expect(left, op, _values(right)) if isinstance(right, Literal | ListLit) else None


def _call(node: Call, want: bool) -> Expect | None:
    first = node.args[0]
    if not _is_subject(first):
        return None
    if node.func in STATE_FUNCTIONS:
        opposite = "unanswered" if node.func == "answered" else f"not {node.func}"
        return _expect(first, node.func if want else opposite)
    if node.func == "selected":
        ids = tuple(a.value for a in node.args[1:] if isinstance(a, Literal))
        return _expect(first, "selected" if want else "not selected", ids)
    return None


def _is_subject(node: Node) -> bool:
    return isinstance(node, Name | Column)


def _expect(node: Node, op: str, values: tuple[Any, ...] = ()) -> Expect:
    name = node.name if isinstance(node, Name | Column) else ""
    return Expect(name, isinstance(node, Column), op, values)


def _values(node: Literal | ListLit) -> tuple[Any, ...]:
    if isinstance(node, ListLit):
        return tuple(item.value for item in node.items)
    return (node.value,)

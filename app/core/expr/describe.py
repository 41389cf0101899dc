"""Words for types and nodes in messages to pack authors."""

from __future__ import annotations

from app.core.expr.nodes import Call, Column, ListLit, Literal, Name, Node
from app.core.expr.printer import format_literal
from app.core.expr.types import (
    BOOL,
    DATE,
    NULL,
    NUMBER,
    TEXT,
    Choice,
    ChoiceSet,
    ExprType,
    Group,
    ListOf,
    Table,
)
from app.core.quoting import shown

_SIMPLE_KINDS: dict[ExprType, str] = {
    BOOL: "true/false", NUMBER: "number", TEXT: "text", DATE: "date", NULL: "null",
}
MAX_LISTED_CHOICES = 12


def kind(t: ExprType) -> str:
    """A short adjective for a type: "number", "yes/no", "multiple-choice", ..."""
    if isinstance(t, Choice):
        return "yes/no" if t.is_yes_no else "single-choice"
    if isinstance(t, ChoiceSet):
        return "multiple-choice"
    if isinstance(t, Table):
        return "table"
    if isinstance(t, ListOf):
        return "list"
    if isinstance(t, Group):
        return "section"
    return _SIMPLE_KINDS.get(t, "unknown")


def describe(node: Node, t: ExprType) -> str:
    """A phrase naming `node` and its type, e.g. "number question 'subject_volume'"."""
    if isinstance(node, Name) and isinstance(t, Group):
        return f"section '{node.name}'"
    if isinstance(node, Name):
        return f"{kind(t)} question '{node.name}'"
    if isinstance(node, Column):
        return f"{kind(t)} column '{node.name}'"
    if isinstance(node, Literal):
        text = shown(format_literal(node.value))
        return text if node.value is None or t == BOOL else f"{kind(t)} {text}"
    if isinstance(node, ListLit):
        return "a list"
    if isinstance(node, Call):
        return f"the {kind(t)} from {node.func}()"
    return "a condition"


def choices(domain: frozenset[str]) -> str:
    """The choice ids of a domain as a short, sorted, quoted list."""
    ids = sorted(domain)
    shown = ", ".join(f"'{i}'" for i in ids[:MAX_LISTED_CHOICES])
    return shown + (", ..." if len(ids) > MAX_LISTED_CHOICES else "")


def an_example_choice(domain: frozenset[str]) -> str:
    """A choice id to use in example hints ("yes" when there is one)."""
    return "yes" if "yes" in domain else min(domain, default="choice")

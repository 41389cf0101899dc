"""Type rules of ==, !=, <, <=, >, >=, in and not in."""

from __future__ import annotations

from app.core.expr.check_context import CheckContext
from app.core.expr.describe import choices
from app.core.expr.functions import suggest
from app.core.expr.nodes import Column, Compare, ListLit, Literal, Name, Node
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
    Table,
    literal_type,
)
from app.core.quoting import quoted, shown

ORDERING_OPS = frozenset({"<", "<=", ">", ">="})
MEMBERSHIP_OPS = frozenset({"in", "not in"})


def check_compare(ck: CheckContext, node: Compare) -> ExprType:
    """Check a comparison; its result is always a condition."""
    left, right = ck.infer(node.left), ck.infer(node.right)
    if left is None or right is None:
        return BOOL
    if node.op in MEMBERSHIP_OPS:
        check_membership(ck, node, left, right)
    elif _reject_lists(ck, node, left, right):
        pass
    elif node.op in ORDERING_OPS:
        check_ordering(ck, node, left, right)
    else:
        check_equality(ck, node, left, right)
    return BOOL


def _reject_lists(ck: CheckContext, node: Compare, left: ExprType, right: ExprType) -> bool:
    for side, t in ((node.left, left), (node.right, right)):
        if isinstance(t, ListOf):
            ck.report(side, f"a list can only be used after 'in', not after '{node.op}'",
                      "write x in ['a', 'b']")
            return True
    return False


def check_equality(ck: CheckContext, node: Compare, left: ExprType, right: ExprType) -> None:
    """== and !=: both sides of the same kind; anything may be compared with null."""
    if NULL in (left, right):
        return
    for side, t in ((node.left, left), (node.right, right)):
        if isinstance(t, ChoiceSet | Table):
            ck.report(side, f"cannot compare {ck.describe(side, t)} with '{node.op}'",
                      _collection_hint(side, t))
            return
    check_same_kind(ck, node, (node.left, left), (node.right, right))


def _collection_hint(side: Node, t: ExprType) -> str:
    name = side.name if isinstance(side, Name | Column) else "q"
    if isinstance(t, ChoiceSet):
        return f"use selected({name}, 'choice'), 'choice' in {name} or count({name})"
    return f"use count({name}), any_row({name}, ...) or all_rows({name}, ...)"


def check_same_kind(ck: CheckContext, at: Node, a: tuple[Node, ExprType],
                    b: tuple[Node, ExprType]) -> None:
    """Report `at` unless the two (node, type) sides may be compared with ==."""
    (a_node, a_type), (b_node, b_type) = a, b
    if isinstance(b_type, Choice):
        (a_node, a_type), (b_node, b_type) = (b_node, b_type), (a_node, a_type)
    if isinstance(a_type, Choice) and (b_type == TEXT or isinstance(b_type, Choice)):
        if isinstance(b_node, Literal) and isinstance(b_node.value, str):
            check_choice_literal(ck, a_node, domain_of(a_type), b_node)
        return
    if a_type != b_type:
        ck.report(at, f"cannot compare {ck.describe(a_node, a_type)} with "
                  f"{ck.describe(b_node, b_type)}", mismatch_hint(a, b))


def domain_of(t: Choice | ChoiceSet) -> frozenset[str] | None:
    """The choice ids a literal may be, or None when any text may (an open choice)."""
    return None if t.open else t.domain


def check_choice_literal(ck: CheckContext, owner: Node, domain: frozenset[str] | None,
                         literal: Literal) -> None:
    """Report `literal` unless it is one of the choice ids in `domain` (None: any)."""
    value = str(literal.value)
    if domain is None or value in domain:
        return
    hint = suggest(value, domain) or f"the choices are {choices(domain)}"
    where = f"column '{owner.name}'" if isinstance(owner, Column) or (
        isinstance(owner, Name) and ck.is_column(owner.name)) else _quoted_name(owner)
    ck.report(literal, f"{quoted(value)} is not a choice of {where}", hint)


def _quoted_name(node: Node) -> str:
    return f"'{node.name}'" if isinstance(node, Name | Column) else "this question"


def mismatch_hint(a: tuple[Node, ExprType], b: tuple[Node, ExprType]) -> str | None:
    """A likely fix for comparing two different kinds of value, if there is one."""
    for (_, t), (other, _) in ((a, b), (b, a)):
        if not isinstance(other, Literal):
            continue
        value = other.value
        if isinstance(t, Choice) and not isinstance(value, str) and str(value) in t.domain:
            return f"choice ids are text: write '{value}'"
        if isinstance(t, Choice) and isinstance(value, bool) and t.is_yes_no:
            return f"write '{'yes' if value else 'no'}' instead of {str(value).lower()}"
        if t == NUMBER and isinstance(value, str) and _is_number(value):
            return f"numbers are written without quotes: {shown(value)}"
        if t == DATE and isinstance(value, str):
            return f"write a date as date({quoted(value or '2025-01-31')})"
    return None


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def check_ordering(ck: CheckContext, node: Compare, left: ExprType, right: ExprType) -> None:
    """<, <=, >, >=: two numbers or two dates."""
    if left == right and left in (NUMBER, DATE):
        return
    a, b = (node.left, left), (node.right, right)
    hint = mismatch_hint(a, b) or f"'{node.op}' compares two numbers or two dates"
    ck.report(node, f"cannot compare {ck.describe(*a)} with {ck.describe(*b)} "
              f"using '{node.op}'", hint)


def check_membership(ck: CheckContext, node: Compare, left: ExprType, right: ExprType) -> None:
    """in / not in: a value in a list literal, or a choice id in a multiple-choice answer."""
    if isinstance(left, ListOf | ChoiceSet | Table):
        ck.report(node.left, f"cannot look for {ck.describe(node.left, left)} in a list "
                  "or a multiple-choice answer", _collection_hint(node.left, left)
                  if not isinstance(left, ListOf) else None)
    elif isinstance(right, ListOf):
        _check_in_list(ck, node, left)
    elif isinstance(right, ChoiceSet):
        _check_in_choice_set(ck, node, left, right)
    else:
        ck.report(node.right, "'in' needs a list like ['a', 'b'] or a multiple-choice "
                  f"question on its right, not {ck.describe(node.right, right)}",
                  _in_hint(node, right))


def _check_in_list(ck: CheckContext, node: Compare, left: ExprType) -> None:
    if left == NULL or not isinstance(node.right, ListLit):
        return
    for item in node.right.items:
        if item.value is not None:
            item_type = literal_type(item.value)
            check_same_kind(ck, item, (node.left, left), (item, item_type))


def _check_in_choice_set(ck: CheckContext, node: Compare, left: ExprType,
                         right: ChoiceSet) -> None:
    if isinstance(node.left, Literal) and isinstance(node.left.value, str):
        check_choice_literal(ck, node.right, domain_of(right), node.left)
    elif not (isinstance(left, Choice) or left in (TEXT, NULL)):
        ck.report(node.left, f"cannot look for {ck.describe(node.left, left)} in "
                  f"{ck.describe(node.right, right)}", "choice ids are text in quotes, "
                  f"like 'x' in {_quoted_name(node.right).strip(chr(39))}")


def _in_hint(node: Compare, right: ExprType) -> str | None:
    if not (isinstance(right, Choice) and isinstance(node.right, Name | Column)):
        return None
    left = node.left
    choice = left.value if isinstance(left, Literal) and isinstance(left.value, str) else "a"
    return f"for a single choice write {node.right.name} == '{choice}'"

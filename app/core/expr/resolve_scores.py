"""Resolving ``score()`` and the aggregates: what each one adds up, with scores and weights.

The checker has typed them; here a ``score(q)`` call becomes a :class:`Scored`
node that carries ``q``'s choice scores and weight, and an aggregate becomes an
:class:`Aggregate` whose ``terms`` list what it aggregates (a section expanded
into its scored questions), so evaluation needs no pack and ``references``
sees every question an aggregate reads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.core.expr.functions import AGGREGATES
from app.core.expr.nodes import Aggregate, Call, Column, Name, Node, Scored
from app.core.expr.types import Choice, ChoiceSet, ExprType, Group, Scope, Table

Columns = tuple[Mapping[str, ExprType], ...]
Resolver = Callable[[Node, Columns], Node]


def is_score_call(node: Call, scope: Scope, columns: Columns) -> bool:
    """Whether ``node`` is resolved here (score, an aggregate, or count of a section)."""
    if node.func == "score" or node.func in AGGREGATES:
        return True
    first = node.args[0] if node.args else None
    return (node.func == "count" and len(node.args) == 1
            and isinstance(type_of(first, scope, columns), Group))


def resolve_score_call(node: Call, scope: Scope, columns: Columns, inner: Resolver) -> Node:
    args = tuple(inner(arg, columns) for arg in node.args)
    if node.func == "score":
        return scored(args[0], type_of(args[0], scope, columns), node)
    table = type_of(args[0], scope, columns)
    if len(args) == 2 and isinstance(table, Table):
        row_columns = (*columns, table.columns)
        cell = inner(node.args[1], row_columns)
        args = (args[0], cell)
        term = _as_score(cell, type_of(cell, scope, row_columns))
        return Aggregate(node.func, args, terms=(term,), over_rows=True,
                         offset=node.offset, length=node.length)
    terms: list[Node] = []
    for arg in args:
        terms.extend(_terms(arg, scope, columns))
    return Aggregate(node.func, args, terms=tuple(terms), offset=node.offset,
                     length=node.length)


def _terms(arg: Node, scope: Scope, columns: Columns) -> list[Node]:
    t = type_of(arg, scope, columns)
    if isinstance(t, Group):
        return [_as_score(Name(m, offset=arg.offset, length=arg.length), scope.get(m))
                for m in t.members]
    return [_as_score(arg, t)]


def _as_score(node: Node, t: ExprType | None) -> Node:
    """A scored question or column named as it is stands for its score."""
    if isinstance(node, Name | Column) and isinstance(t, Choice | ChoiceSet) and t.scores:
        return scored(node, t, node)
    return node


def scored(arg: Node, t: ExprType | None, at: Node) -> Scored:
    scores = t.scores if isinstance(t, Choice | ChoiceSet) else ()
    weight = t.weight if isinstance(t, Choice | ChoiceSet) else 1.0
    return Scored("score", (arg,), scores=scores, weight=weight, offset=at.offset,
                  length=at.length)


def type_of(node: Node | None, scope: Scope, columns: Columns) -> ExprType | None:
    """The type of a question id or (resolved) column id; None for anything else."""
    if isinstance(node, Column) and node.level < len(columns):
        return columns[node.level].get(node.name)
    if isinstance(node, Name):
        return scope.get(node.name)
    return None




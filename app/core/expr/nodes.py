"""The whitelisted node types of the expression syntax tree.

Nodes are frozen dataclasses; their `offset` and `length` locate them in the
source but take no part in equality, so two trees compare equal when they have
the same structure.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeAlias

LiteralValue: TypeAlias = bool | int | float | str | datetime.date | None


@dataclass(frozen=True)
class Node:
    """Base class of all nodes."""

    offset: int = field(default=0, compare=False, kw_only=True)
    length: int = field(default=0, compare=False, kw_only=True)

    def children(self) -> tuple[Node, ...]:
        """The direct sub-nodes, left to right."""
        return ()


@dataclass(frozen=True, eq=False)
class Literal(Node):
    """A number, text, true/false, null or date('...') literal.

    Equality takes the value's type into account, so `true` differs from `1`.
    """

    value: LiteralValue

    def _key(self) -> tuple[type, LiteralValue]:
        return (type(self.value), self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Literal) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())


@dataclass(frozen=True)
class ListLit(Node):
    """A list of literals, such as ['no', 'unknown']."""

    items: tuple[Literal, ...]

    def children(self) -> tuple[Node, ...]:
        return self.items


@dataclass(frozen=True)
class Name(Node):
    """A question id."""

    name: str


@dataclass(frozen=True)
class Column(Node):
    """A column id inside a row condition (produced by `resolve`, never by the parser).

    Attributes:
        name: The column id.
        level: Which enclosing row condition the column belongs to; 0 is the outermost.
    """

    name: str
    level: int = 0


@dataclass(frozen=True)
class Not(Node):
    """`not operand`."""

    operand: Node

    def children(self) -> tuple[Node, ...]:
        return (self.operand,)


@dataclass(frozen=True)
class And(Node):
    """`a and b and ...` (two or more operands)."""

    operands: tuple[Node, ...]

    def children(self) -> tuple[Node, ...]:
        return self.operands


@dataclass(frozen=True)
class Or(Node):
    """`a or b or ...` (two or more operands)."""

    operands: tuple[Node, ...]

    def children(self) -> tuple[Node, ...]:
        return self.operands


@dataclass(frozen=True)
class Compare(Node):
    """`left op right` with op one of ==, !=, <, <=, >, >=, in, not in."""

    op: str
    left: Node
    right: Node

    def children(self) -> tuple[Node, ...]:
        return (self.left, self.right)


@dataclass(frozen=True)
class Call(Node):
    """A call of a built-in function (see `functions.FUNCTIONS`)."""

    func: str
    args: tuple[Node, ...]

    def children(self) -> tuple[Node, ...]:
        return self.args


@dataclass(frozen=True)
class Scored(Call):
    """``score(q)`` once resolved: the scores of ``q``'s choices and ``q``'s weight.

    Also stands for a scored question named directly in an aggregate
    (``average(q1, q2)``) or through its section (``average(section)``).
    """

    scores: tuple[tuple[str, float], ...] = field(default=(), compare=False)
    weight: float = field(default=1.0, compare=False)


@dataclass(frozen=True)
class Aggregate(Call):
    """``sum``/``average``/``min``/``max``/``count`` over questions and sections, resolved.

    ``args`` stay as written (so the expression prints as written); ``terms``
    are what is aggregated, a section expanded into its scored questions. Over
    table rows (``sum(t, cell)``), ``terms`` is empty and ``over_rows`` is true.
    """

    terms: tuple[Node, ...] = field(default=(), compare=False)
    over_rows: bool = False

    def children(self) -> tuple[Node, ...]:
        return self.args if self.over_rows else self.terms


@dataclass(frozen=True)
class Expr:
    """A parsed expression: the original source and its syntax tree.

    Attributes:
        source: The original text.
        root: The syntax tree.
        resolved: True once `resolve` (or `compile_expression`) has turned
            column ids inside row conditions into `Column` nodes.
    """

    source: str
    root: Node
    resolved: bool = False

    def __str__(self) -> str:
        return self.source


def walk(node: Node) -> Iterator[Node]:
    """Yield `node` and all nodes below it, depth first, left to right."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children()))

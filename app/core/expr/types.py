"""Static types of expression values, and the scope that maps question ids to them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeAlias

from app.core.expr.nodes import LiteralValue


class ExprType:
    """Base class of all expression types."""

    __slots__ = ()


@dataclass(frozen=True)
class SimpleType(ExprType):
    """A type without parameters; use the singletons BOOL, NUMBER, TEXT, DATE and NULL."""

    name: str

    def __repr__(self) -> str:
        return self.name.upper()


BOOL = SimpleType("bool")
NUMBER = SimpleType("number")
TEXT = SimpleType("text")
DATE = SimpleType("date")
NULL = SimpleType("null")


ScoreTable = tuple[tuple[str, float], ...]  # choice id -> score, for score() and aggregates


@dataclass(frozen=True)
class Choice(ExprType):
    """A yes/no or single-choice question; its value is one choice id.

    ``scores`` (the choices' scores) and ``weight`` (the question's) take no
    part in equality: they matter only to ``score()`` and the aggregates.
    """

    domain: frozenset[str]
    scores: ScoreTable = field(default=(), compare=False)
    weight: float = field(default=1.0, compare=False)
    # Open: the choices are an earlier table's rows, known only from the answers, so
    # any text may be compared with it (the domain then holds only explicit states).
    open: bool = field(default=False, compare=False)

    @property
    def is_yes_no(self) -> bool:
        """Whether the domain looks like a yes/no question's."""
        return {"yes", "no"} <= self.domain


@dataclass(frozen=True)
class ChoiceSet(ExprType):
    """A multiple-choice question; its value is a set of choice ids (scores, open: see Choice)."""

    domain: frozenset[str]
    scores: ScoreTable = field(default=(), compare=False)
    weight: float = field(default=1.0, compare=False)
    open: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Group(ExprType):
    """A section id, which only the aggregates take: the scored questions it holds."""

    members: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Table(ExprType):
    """A table question: a list of rows, each mapping column ids to values."""

    columns: Mapping[str, ExprType] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for column_id, column_type in self.columns.items():
            if isinstance(column_type, Table):
                raise ValueError(f"column {column_id!r}: tables cannot be nested")
        object.__setattr__(self, "columns", MappingProxyType(dict(self.columns)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Table) and dict(self.columns) == dict(other.columns)

    def __hash__(self) -> int:
        return hash(frozenset(self.columns.items()))


@dataclass(frozen=True)
class ListOf(ExprType):
    """A list literal; an empty list or one of nulls only has element type NULL."""

    element: ExprType


Scope: TypeAlias = Mapping[str, ExprType]


def literal_type(value: LiteralValue) -> ExprType:
    """The type of a literal value."""
    if value is None:
        return NULL
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int | float):
        return NUMBER
    return TEXT if isinstance(value, str) else DATE

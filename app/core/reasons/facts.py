"""What a rule found in the answers, before it is put into words (no language here).

The explainer turns the parts of a rule that made it true into these facts;
the speaker (``render.py``) says them in a language. Facts hold copies of the
answers they speak of, so they can be said later, in any language, without
the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

from app.core.answers import Answer

NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}
FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


@dataclass(frozen=True)
class Limit:
    """What a number, a date or a count was compared with: ``op`` is <, <=, >, >=, == or !=."""

    op: str
    bound: Any


@dataclass(frozen=True)
class AnswerFact:
    """The answer to a question (``answer`` None: no answer).

    Attributes:
        hidden: The question is not asked, given the other answers.
        guard: Only says "there is an answer"; left out when another fact speaks
            of the same question (``answered(q) and length(q) < 40``).
        limit: What the answer was compared with, for numbers and dates.
    """

    question_id: str
    answer: Answer | None
    hidden: bool = False
    guard: bool = False
    limit: Limit | None = None


@dataclass(frozen=True)
class ChoiceFact:
    """Choices of a multiple-choice question that were selected (``chosen``) or were not."""

    question_id: str
    choice_ids: tuple[str, ...]
    chosen: bool


Counted = Literal["choices", "rows", "characters"]


@dataclass(frozen=True)
class CountFact:
    """``count(q)`` or ``length(q)`` compared with a number; ``items``: the selected choices."""

    question_id: str
    counted: Counted
    count: int
    limit: Limit
    items: tuple[str, ...] = ()
    guard: bool = False


@dataclass(frozen=True)
class CellFact:
    """A cell of the row being looked at (``level``: which enclosing row, 0 the outermost)."""

    column_id: str
    value: Any
    level: int
    choice_ids: tuple[str, ...] = ()  # a multiple-choice cell: the choices that matter
    chosen: bool = True
    limit: Limit | None = None


@dataclass(frozen=True)
class Expect:
    """What a row condition looks for, said when no row has it.

    ``op`` is a comparison (==, !=, <, <=, >, >=, in, not in), ``selected`` or
    ``not selected``, or ``answered`` / ``unanswered`` / ``unknown`` / ``not_applicable``.
    """

    subject: str
    is_column: bool
    op: str
    values: tuple[Any, ...] = ()


Join = Literal["and", "or"]


@dataclass(frozen=True)
class ExpectGroup:
    """Several expectations joined by ``and`` or ``or``."""

    join: Join
    parts: tuple[Clause, ...]


Clause: TypeAlias = Expect | ExpectGroup


@dataclass(frozen=True)
class RowMatch:
    """A row that made a table rule true, and what in it did."""

    index: int  # from 0
    row: tuple[tuple[str, Any], ...]  # the row's cells, by column id
    cells: tuple[CellFact, ...]


@dataclass(frozen=True)
class RowsFact:
    """Rows of a table that match a row condition (``some`` / ``all``), or that none does."""

    question_id: str
    mode: Literal["some", "all", "none"]
    total: int
    rows: tuple[RowMatch, ...] = ()
    expect: Clause | None = None  # mode "none": what was looked for
    limit: Limit | None = None  # count(table, condition) compared with a number


Fact: TypeAlias = AnswerFact | ChoiceFact | CountFact | RowsFact | CellFact


Axis = Literal["likelihood", "severity"]


@dataclass(frozen=True)
class LevelReason:
    """Why a likelihood or severity step was chosen: the facts of the rule that chose it."""

    axis: Axis
    level: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Reasons:
    """Why a risk is raised (its ``when``) and why it has its levels (the rules that chose them)."""

    facts: tuple[Fact, ...] = ()
    levels: tuple[LevelReason, ...] = ()


def question_of(fact: Fact) -> str | None:
    """The question a fact speaks of (None for a cell)."""
    return None if isinstance(fact, CellFact) else fact.question_id


def is_guard(fact: Fact) -> bool:
    return isinstance(fact, AnswerFact | CountFact) and fact.guard

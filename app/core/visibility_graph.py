"""Which questions' visibility reads which, in an order that puts each after what it reads.

Built once per pack in time linear in the questions and the references between
them. The loader walks it to find questions that can never be shown; the
session walks it to recompute, after an answer, only the questions downstream
of the one that changed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.core.expr import Expr, references


@dataclass(frozen=True)
class VisibilityGraph:
    """Dependencies between questions through their (and their sections') ``show_if``.

    Attributes:
        uses: question id -> the other questions its visibility conditions read.
        used_by: question id -> the questions whose visibility conditions read it.
        order: every question, each after all those it uses (questions on a
            cycle, which the loader refuses, come last in pack order).
        position: question id -> its index in ``order``.
    """

    uses: Mapping[str, tuple[str, ...]]
    used_by: Mapping[str, tuple[str, ...]]
    order: tuple[str, ...]
    position: Mapping[str, int]


def visibility_graph(conditions: Mapping[str, Sequence[Expr]]) -> VisibilityGraph:
    """The graph of ``conditions`` (question id -> its show_if conditions, in pack order)."""
    uses = {qid: _reads(qid, exprs, conditions) for qid, exprs in conditions.items()}
    used_by: dict[str, list[str]] = {qid: [] for qid in conditions}
    for qid, read in uses.items():
        for other in read:
            used_by[other].append(qid)
    order = _topological(uses, used_by)
    return VisibilityGraph(
        uses,
        {qid: tuple(users) for qid, users in used_by.items()},
        order,
        {qid: index for index, qid in enumerate(order)},
    )


def _reads(qid: str, exprs: Iterable[Expr], known: Mapping[str, object]) -> tuple[str, ...]:
    found = {ref for expr in exprs for ref in references(expr)}
    return tuple(sorted(ref for ref in found if ref in known and ref != qid))


def _topological(
    uses: Mapping[str, tuple[str, ...]], used_by: Mapping[str, list[str]]
) -> tuple[str, ...]:
    """Kahn's algorithm: each question once its last dependency is placed."""
    waiting = {qid: len(read) for qid, read in uses.items()}
    ready = deque(qid for qid, count in waiting.items() if count == 0)
    order: list[str] = []
    while ready:
        qid = ready.popleft()
        order.append(qid)
        for user in used_by[qid]:
            waiting[user] -= 1
            if waiting[user] == 0:
                ready.append(user)
    if len(order) < len(uses):
        placed = set(order)
        order += [qid for qid in uses if qid not in placed]
    return tuple(order)

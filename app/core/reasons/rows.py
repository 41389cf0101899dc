"""Table rules explained: the rows that made ``any_row``, ``all_rows`` or ``count`` hold.

A row condition is explained once for each row that decided the result: what
it found in that row's cells stays with the row (and names it), what it found
in other questions is said once for the whole rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from app.core.expr.nodes import Call, Name, Node
from app.core.reasons.describe import describe
from app.core.reasons.explaining import Explaining, RowStack
from app.core.reasons.facts import CellFact, Fact, Limit, RowMatch, RowsFact

Mode = Literal["some", "all"]


def row_call(ex: Explaining, node: Call, want: bool, rows: RowStack) -> list[Fact]:
    """``any_row(t, c)`` or ``all_rows(t, c)`` being ``want``."""
    table, condition = node.args[0], node.args[1]
    data = _rows(ex, table)
    if not isinstance(table, Name) or not data:
        return _empty(ex, table)
    if node.func == "any_row":
        if want:
            return _matching(ex, table.name, data, condition, want=True, rows=rows, mode="some")
        return [_none(table.name, data, condition)]
    if want:
        return _matching(ex, table.name, data, condition, want=True, rows=rows, mode="all")
    return _matching(ex, table.name, data, condition, want=False, rows=rows, mode="some")


def count_rows(ex: Explaining, call: Call, limit: Limit, rows: RowStack) -> list[Fact]:
    """``count(t, c)`` compared with a number."""
    table, condition = call.args[0], call.args[1]
    data = _rows(ex, table)
    if not isinstance(table, Name) or not data:
        return _empty(ex, table, limit)
    facts = _matching(ex, table.name, data, condition, want=True, rows=rows, mode="some",
                      limit=limit)
    first = facts[0]
    if isinstance(first, RowsFact) and not first.rows:
        return [_none(table.name, data, condition, limit)]
    return facts


def _rows(ex: Explaining, table: Node) -> tuple[Mapping[str, Any], ...]:
    value = ex.env.value(table.name) if isinstance(table, Name) else None
    return tuple(value) if isinstance(value, tuple | list) else ()


def _empty(ex: Explaining, table: Node, limit: Limit | None = None) -> list[Fact]:
    """A table without rows: not answered, unknown, not applicable, or answered with none."""
    if not isinstance(table, Name):
        return []
    answer = ex.session.effective_answer(table.name)
    if answer is None or answer.state != "answered":
        return [ex.answer(table.name)]
    return [RowsFact(table.name, "none", 0, limit=limit)]


def _matching(
    ex: Explaining,
    table: str,
    data: tuple[Mapping[str, Any], ...],
    condition: Node,
    *,
    want: bool,
    rows: RowStack,
    mode: Mode,
    limit: Limit | None = None,
) -> list[Fact]:
    """The rows for which ``condition`` is ``want``, each with the cells that made it so."""
    level = len(rows)
    matches: list[RowMatch] = []
    elsewhere: list[Fact] = []
    for index, row in enumerate(data):
        inner = (*rows, (table, row))
        if ex.holds(condition, inner) != want:
            continue
        facts = ex.say(condition, want, inner)
        cells = [f for f in facts if isinstance(f, CellFact) and f.level == level]
        elsewhere += [f for f in facts if not (isinstance(f, CellFact) and f.level == level)]
        unique = tuple(c for i, c in enumerate(cells) if c not in cells[:i])
        matches.append(RowMatch(index, tuple(row.items()), unique))
    return [RowsFact(table, mode, len(data), tuple(matches), limit=limit), *elsewhere]


def _none(
    table: str, data: tuple[Mapping[str, Any], ...], condition: Node, limit: Limit | None = None
) -> RowsFact:
    """No row has what ``condition`` looks for: say what that is."""
    return RowsFact(table, "none", len(data), expect=describe(condition), limit=limit)

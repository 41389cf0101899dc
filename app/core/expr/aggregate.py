"""Evaluating scores and aggregates: null (no score) is skipped, TOP makes the result TOP."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.core.expr.nodes import Scored
from app.core.expr.top import TOP

Weighted = tuple[float, float]  # (value, weight)


def score_of(node: Scored, value: Any) -> Any:
    """The score of an answer: its choice's, or the sum of its selected choices'.

    None when the answer is missing, explicit ("unknown", "not applicable") or
    its choices carry no score; TOP stays TOP.
    """
    if value is None or not isinstance(value, str | tuple | list | set | frozenset):
        return value if value is not None and not isinstance(value, str) else None
    table = dict(node.scores)
    picked = [value] if isinstance(value, str) else list(value)
    scores = [table[choice] for choice in picked if choice in table]
    return sum(scores) if scores else None


def combine(func: str, items: Iterable[tuple[Any, float]]) -> Any:
    """``func`` over (value, weight) pairs: TOP if any is TOP, None when none has a value."""
    values: list[Weighted] = []
    for value, weight in items:
        if value is TOP:
            return TOP
        if isinstance(value, int | float) and not isinstance(value, bool):
            values.append((float(value), weight))
    if func == "count":
        return len(values)
    if not values:
        return None
    return _numbers(func, values)


def _numbers(func: str, values: list[Weighted]) -> float:
    if func == "sum":
        return sum(v * w for v, w in values)
    if func == "min":
        return min(v for v, _ in values)
    if func == "max":
        return max(v for v, _ in values)
    total = sum(w for _, w in values)
    return sum(v * w for v, w in values) / total if total else 0.0

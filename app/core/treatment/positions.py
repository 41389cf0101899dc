"""Where a risk stands with the measures that are really in place, and with the plan.

A risk has three positions on the matrix:

- **inherent**: what the rules (or the assessor) rate it, before any measure;
- **current**: counting the measures whose status is *done*;
- **target**: counting the measures *done*, *in progress* or *planned*.

A measure that is not planned lowers nothing. The pack's ``residual`` is the
position reached once every **key measure** of the risk is in place; the key
measures are its ``must`` measures, or all of its measures when none is
``must``. A partial plan moves the risk toward the residual **by whole steps,
in proportion to the share of key measures in place, rounded down**: on each
axis the risk goes down ``floor(steps × in place / key measures)`` steps. With
one key measure, the risk stays where it is until that measure counts; with
three key measures and two steps to go, two measures in place lower it one step.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.model import Measure, Risk
from app.core.risk_engine import MatrixIndex, Position

CURRENT_STATUSES = frozenset({"done"})
TARGET_STATUSES = frozenset({"done", "in_progress", "planned"})


def key_measures(measures: Sequence[Measure]) -> tuple[Measure, ...]:
    """The measures the residual position assumes: the ``must`` ones, else all."""
    must = tuple(m for m in measures if m.priority == "must")
    return must or tuple(measures)


def residual_position(matrix: MatrixIndex, risk: Risk, inherent: Position) -> Position:
    """The pack's residual for ``inherent``, never above it on either axis.

    Unset axes default as the pack format says: likelihood one step lower,
    severity unchanged. A risk without measures has nothing to lower it.
    """
    if not risk.measures:
        return inherent
    given = risk.residual
    likelihood = (given.likelihood if given and given.likelihood
                  else matrix.lower(inherent.likelihood))
    severity = given.severity if given and given.severity else inherent.severity
    return matrix.at(
        min(matrix.likelihood.index(likelihood), matrix.likelihood.index(inherent.likelihood)),
        min(matrix.severity.index(severity), matrix.severity.index(inherent.severity)),
    )


def reached(
    matrix: MatrixIndex, inherent: Position, residual: Position, in_place: int, total: int
) -> Position:
    """The position with ``in_place`` of ``total`` key measures in place (whole steps, down)."""
    if total <= 0:
        return inherent

    def step(steps: list[str], start: str, end: str) -> int:
        first, last = steps.index(start), steps.index(end)
        return first - (first - last) * min(in_place, total) // total

    return matrix.at(
        step(matrix.likelihood, inherent.likelihood, residual.likelihood),
        step(matrix.severity, inherent.severity, residual.severity),
    )

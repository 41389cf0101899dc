"""Risks worked out once per set of answers: what a screen that recomputes often keeps.

A risk's outcome (raised with its levels, evidence and reasons, left to the
assessor, or not raised) depends only on the questions its rules read: for
each, whether it is shown and its stored answer. The memo keeps the last
outcome of every risk with those; :func:`app.core.risk_engine.assess_risks`
asks it first, so one changed answer works out again only the risks that read it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.expr import references

if TYPE_CHECKING:
    from app.core.pack import Pack
    from app.core.session import Session


class RiskMemo:
    """The last outcome of each risk, with what its rules read; for one pack."""

    def __init__(self) -> None:
        self._pack: Pack | None = None
        self._reads: dict[str, tuple[str, ...]] = {}
        self._last: dict[str, tuple[tuple[object, ...], object]] = {}
        self.worked_out = 0  # risks computed rather than reused (tests count them)

    def outcome(self, session: Session, risk_id: str, work_out: Callable[[], object]) -> object:
        """The risk's outcome (what ``work_out`` returns): the one kept, if what its rules
        read is unchanged."""
        if session.pack is not self._pack:
            self._pack, self._reads, self._last = session.pack, {}, {}
        seen = tuple((session.is_visible(q), session.answer(q))
                     for q in self._read_by(session.pack, risk_id))
        kept = self._last.get(risk_id)
        if kept is not None and kept[0] == seen:
            return kept[1]
        result = work_out()
        self.worked_out += 1
        self._last[risk_id] = (seen, result)
        return result

    def _read_by(self, pack: Pack, risk_id: str) -> tuple[str, ...]:
        reads = self._reads.get(risk_id)
        if reads is None:
            rules = pack.rules
            exprs = [rules.risk_when[risk_id]]
            for levels in (rules.likelihood.get(risk_id, ()), rules.severity.get(risk_id, ())):
                exprs += [expr for expr, _level in levels if expr is not None]
            names = {name for expr in exprs for name in references(expr)}
            reads = self._reads[risk_id] = tuple(sorted(n for n in names if n in pack.questions))
        return reads

"""What the row rules need from the explainer that walks a risk's rule.

The explainer calls the rules about table rows (``app.core.reasons.rows``),
which call back into it; typing them against this protocol keeps the imports
one-way: ``explainer`` -> ``rows`` -> this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from app.core.expr import Env
from app.core.expr.nodes import Node
from app.core.reasons.facts import AnswerFact, Fact, Limit
from app.core.session import Session

RowStack = tuple[tuple[str, Mapping[str, Any]], ...]  # (table id, row) of each enclosing row


class Explaining(Protocol):
    session: Session
    env: Env

    def holds(self, node: Node, rows: RowStack) -> bool:
        """Whether ``node`` is true for these rows."""

    def say(self, node: Node, want: bool, rows: RowStack) -> list[Fact]:
        """The facts that make ``node`` come out as ``want``."""

    def answer(self, qid: str, limit: Limit | None = None, guard: bool = False) -> AnswerFact:
        """The fact of one question's answer."""

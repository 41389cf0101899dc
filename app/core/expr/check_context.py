"""What the comparison and call rules need from the checker that walks an expression.

The rules (``compare_rules``, ``call_rules``) are called by the checker and call
back into it; typing them against this protocol, not the checker itself, keeps
the imports one-way: ``checker`` -> rules -> this module.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol

from app.core.expr.nodes import Node
from app.core.expr.types import ExprType, Table


class CheckContext(Protocol):
    def report(self, node: Node, message: str, hint: str | None = None) -> None:
        """Record a problem at ``node``."""

    def row_scope(self, table: Table) -> AbstractContextManager[None]:
        """Let names resolve to ``table``'s columns first (inside a row condition)."""

    def is_column(self, name: str) -> bool: ...

    def describe(self, node: Node, t: ExprType) -> str:
        """``node`` of type ``t`` in words, for a message."""

    def infer(self, node: Node) -> ExprType | None:
        """The type of ``node`` (None when its problems were already reported)."""

    def require_bool(self, node: Node) -> None: ...

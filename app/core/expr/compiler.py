"""Parse, check and resolve in one step, as the pack loader needs it."""

from __future__ import annotations

from app.core.expr.checker import check
from app.core.expr.errors import ExprProblem, ExprSyntaxError
from app.core.expr.nodes import Expr
from app.core.expr.parser import parse
from app.core.expr.resolve import resolve
from app.core.expr.types import BOOL, ExprType, Scope
from app.core.suggest import NameIndex


def compile_expression(
    source: str, scope: Scope, expected: ExprType = BOOL, names: NameIndex | None = None
) -> tuple[Expr | None, list[ExprProblem]]:
    """Parse and type-check `source` (`names`: see `check`).

    Returns:
        The resolved expression and no problems, or None and the problems
        (a syntax error becomes a single problem).
    """
    try:
        expr = parse(source)
    except ExprSyntaxError as error:
        return None, [error.to_problem()]
    problems = check(expr, scope, expected, names)
    if problems:
        return None, problems
    return resolve(expr, scope), []

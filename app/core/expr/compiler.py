"""Parse, check and resolve in one step, as the pack loader needs it."""

from __future__ import annotations

from app.core.expr.checker import Checker, check
from app.core.expr.errors import ExprProblem, ExprSyntaxError
from app.core.expr.nodes import Expr
from app.core.expr.parser import parse
from app.core.expr.resolve import resolve, resolve_in_row
from app.core.expr.types import BOOL, ExprType, Scope, Table
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


def compile_row_expression(
    source: str, scope: Scope, table: Table, names: NameIndex | None = None
) -> tuple[Expr | None, list[ExprProblem]]:
    """Like `compile_expression`, for a condition worked out once per row of `table`.

    Inside it a name means the row's cell when the table has a column of that
    id (as in a row condition of `any_row`), otherwise the question. Evaluate
    it with ``evaluate_node(expr.root, env, rows=[row])``.
    """
    try:
        expr = parse(source)
    except ExprSyntaxError as error:
        return None, [error.to_problem()]
    checker = Checker(scope, names)
    with checker.row_scope(table):
        checker.require_bool(expr.root)
    problems = sorted(checker.problems, key=lambda p: (p.offset, p.length))
    if problems:
        return None, problems
    return resolve_in_row(expr, scope, table), []

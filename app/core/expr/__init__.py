"""The expression language of questionnaire packs (show_if, required, constraint, when).

Expressions are untrusted. They are tokenized and parsed by this package's own
recursive-descent parser into a tree of whitelisted node types, type-checked
against the questions in scope, and evaluated by walking that tree; nothing is
ever passed to eval, exec, compile or Python's ast module. See docs/expressions.md.
"""

from app.core.expr.checker import check
from app.core.expr.compiler import compile_expression
from app.core.expr.errors import ExprProblem, ExprSyntaxError
from app.core.expr.evaluator import Env, evaluate
from app.core.expr.nodes import Expr
from app.core.expr.parser import MAX_DEPTH, MAX_NODES, MAX_SOURCE_LENGTH, parse
from app.core.expr.printer import unparse
from app.core.expr.resolve import references, resolve
from app.core.expr.top import TOP, Top
from app.core.expr.types import (
    BOOL,
    DATE,
    NULL,
    NUMBER,
    TEXT,
    Choice,
    ChoiceSet,
    ExprType,
    ListOf,
    Scope,
    Table,
)

__all__ = [
    "BOOL",
    "DATE",
    "MAX_DEPTH",
    "MAX_NODES",
    "MAX_SOURCE_LENGTH",
    "NULL",
    "NUMBER",
    "TEXT",
    "TOP",
    "Choice",
    "ChoiceSet",
    "Env",
    "Expr",
    "ExprProblem",
    "ExprSyntaxError",
    "ExprType",
    "ListOf",
    "Scope",
    "Table",
    "Top",
    "check",
    "compile_expression",
    "evaluate",
    "parse",
    "references",
    "resolve",
    "unparse",
]

"""Argument rules of the built-in functions."""

from __future__ import annotations

from app.core.expr.check_context import CheckContext
from app.core.expr.compare_rules import check_choice_literal, domain_of
from app.core.expr.describe import an_example_choice
from app.core.expr.functions import AGGREGATES, FUNCTIONS, STATE_FUNCTIONS
from app.core.expr.nodes import Call, Column, Literal, Name, Node
from app.core.expr.score_rules import check_aggregate, check_count_group, check_score
from app.core.expr.types import BOOL, NUMBER, TEXT, Choice, ChoiceSet, ExprType, Table
from app.core.quoting import quoted

# (fewest, most) arguments; None means no upper bound.
_ARITY: dict[str, tuple[int, int | None]] = {
    "answered": (1, 1), "unknown": (1, 1), "not_applicable": (1, 1),
    "selected": (2, None), "count": (1, 2), "any_row": (2, 2), "all_rows": (2, 2),
    "length": (1, 1), "score": (1, 1),
    **{name: (1, None) for name in AGGREGATES},
}


def check_call(ck: CheckContext, node: Call) -> ExprType | None:
    """Check the arguments of a call and return its result type."""
    if not _check_arity(ck, node):
        return None
    if node.func in STATE_FUNCTIONS:
        _check_state_call(ck, node)
        return BOOL
    if node.func == "selected":
        _check_selected(ck, node)
        return BOOL
    if node.func == "length":
        _check_length(ck, node)
        return NUMBER
    if node.func == "score":
        return check_score(ck, node)
    if node.func in AGGREGATES:
        return check_aggregate(ck, node)
    _check_row_call(ck, node)
    return NUMBER if node.func == "count" else BOOL


def _check_arity(ck: CheckContext, node: Call) -> bool:
    fewest, most = _ARITY[node.func]
    count = len(node.args)
    if fewest <= count and (most is None or count <= most):
        return True
    if most is None:
        wanted = f"at least {fewest} arguments"
    elif fewest == most:
        wanted = f"{fewest} argument" + ("s" if fewest > 1 else "")
    else:
        wanted = f"{fewest} or {most} arguments"
    ck.report(node, f"{node.func}() takes {wanted}, not {count}",
              f"write {FUNCTIONS[node.func]}")
    return False


def _question_arg(ck: CheckContext, node: Call, what: str) -> ExprType | None:
    """The type of the first argument, which must be a question (or column) id."""
    arg = node.args[0]
    if not isinstance(arg, Name | Column):
        ck.infer(arg)
        ck.report(arg, f"the first argument of {node.func}() must be {what} id",
                  f"write {FUNCTIONS[node.func]}")
        return None
    return ck.infer(arg)


def _column_name(ck: CheckContext, arg: Node) -> str | None:
    """The column id `arg` refers to, or None if it is not a column."""
    if isinstance(arg, Column) or (isinstance(arg, Name) and ck.is_column(arg.name)):
        return arg.name
    return None


def _check_state_call(ck: CheckContext, node: Call) -> None:
    t = _question_arg(ck, node, "a question")
    arg = node.args[0]
    name = _column_name(ck, arg)
    if t is not None and name is not None:
        ck.report(arg, f"{node.func}() takes a question id, not column '{name}'",
                  f"to test whether a cell is filled in, write {name} != null"
                  if node.func == "answered" else None)


def _check_selected(ck: CheckContext, node: Call) -> None:
    t = _question_arg(ck, node, "a choice question")
    if t is not None and not isinstance(t, Choice | ChoiceSet):
        ck.report(node.args[0], f"selected() works with choice questions, not "
                  f"{ck.describe(node.args[0], t)}", "compare other answers with ==, < or >")
        t = None
    for arg in node.args[1:]:
        if not (isinstance(arg, Literal) and isinstance(arg.value, str)):
            hint = f"write {quoted(arg.name)}" if isinstance(arg, Name) else None
            ck.report(arg, "selected() takes choice ids in quotes after the question", hint)
        elif isinstance(t, Choice | ChoiceSet):
            check_choice_literal(ck, node.args[0], domain_of(t), arg)


def _check_length(ck: CheckContext, node: Call) -> None:
    t = _question_arg(ck, node, "a text question")
    if t is not None and t != TEXT:
        ck.report(node.args[0], "length() counts the characters of a text answer, not "
                  f"of {ck.describe(node.args[0], t)}",
                  "use count() for multiple-choice and table questions"
                  if isinstance(t, ChoiceSet | Table) else None)


def _check_row_call(ck: CheckContext, node: Call) -> None:
    """count(q), count(table, cond), any_row(table, cond), all_rows(table, cond)."""
    t = _question_arg(ck, node, "a table question" if len(node.args) == 2 else "a question")
    if len(node.args) == 1:
        if node.func == "count" and check_count_group(ck, node, t):
            return
        if t is not None and not isinstance(t, ChoiceSet | Table):
            ck.report(node.args[0], "count() counts the choices of a multiple-choice question "
                      f"or the rows of a table, not {ck.describe(node.args[0], t)}",
                      _count_hint(node.args[0], t))
        return
    if isinstance(t, Table):
        with ck.row_scope(t):
            ck.require_bool(node.args[1])
    elif t is not None:
        ck.report(node.args[0], f"{node.func}() needs a table question, not "
                  f"{ck.describe(node.args[0], t)}", f"write {FUNCTIONS[node.func]}")


def _count_hint(arg: Node, t: ExprType) -> str | None:
    if isinstance(t, Choice) and isinstance(arg, Name | Column):
        return f"write {arg.name} == '{an_example_choice(t.domain)}'"
    if t == TEXT:
        return "use length() for the number of characters"
    return None

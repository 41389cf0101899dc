"""Type rules of ``score()`` and the aggregates (sum, average, min, max, count of a section).

Scores are numbers a pack gives its choices; the aggregates add them up or
average them over questions, sections or a table's rows. They are the only
arithmetic the language has, and every argument is typed here.
"""

from __future__ import annotations

from app.core.expr.check_context import CheckContext
from app.core.expr.functions import FUNCTIONS
from app.core.expr.nodes import Call, Column, Name, Node
from app.core.expr.types import NULL, NUMBER, Choice, ChoiceSet, ExprType, Group, Table

_SCORES_HINT = ("give its choices a 'score' (a yes/no question: scores: {yes: 1, no: 0}), "
                "or aggregate number questions")


def is_scored(t: ExprType | None) -> bool:
    """A choice question or column whose choices have scores."""
    return isinstance(t, Choice | ChoiceSet) and bool(t.scores)


def check_score(ck: CheckContext, node: Call) -> ExprType:
    """``score(q)``: the score of the choice(s) selected in a scored choice question."""
    arg = node.args[0]
    if not isinstance(arg, Name | Column):
        ck.infer(arg)
        ck.report(arg, "score() takes the id of a scored choice question", "write score(q)")
        return NUMBER
    t = ck.infer(arg)
    if t is not None and not is_scored(t):
        what = ck.describe(arg, t)
        message = (f"{what} has no scores" if isinstance(t, Choice | ChoiceSet)
                   else f"score() needs a scored choice question, not {what}")
        ck.report(arg, message, _SCORES_HINT)
    return NUMBER


def check_aggregate(ck: CheckContext, node: Call) -> ExprType:
    """``sum(q, section, ...)`` or ``sum(table, cell)`` (and average, min, max)."""
    first_type = ck.infer(node.args[0])
    if len(node.args) == 2 and isinstance(first_type, Table):
        with ck.row_scope(first_type):
            number_term(ck, node, node.args[1], ck.infer(node.args[1]), in_rows=True)
        return NUMBER
    number_term(ck, node, node.args[0], first_type, in_rows=False)
    for arg in node.args[1:]:
        number_term(ck, node, arg, ck.infer(arg), in_rows=False)
    return NUMBER


def number_term(ck: CheckContext, call: Call, arg: Node, t: ExprType | None, *,
                in_rows: bool) -> None:
    """One thing an aggregate takes: a number, a score, a scored question or a section."""
    if t is None or t in (NUMBER, NULL) or is_scored(t):
        return
    if isinstance(t, Group):
        if in_rows:
            ck.report(arg, f"{call.func}() over a table's rows takes a cell, not a section")
        elif not t.members:
            ck.report(arg, f"section '{_name(arg)}' holds no scored question",
                      "give some of its choice questions scores, or name the questions")
        return
    hint = (f"write {call.func}({_name(arg)}, column) to aggregate a column of its rows"
            if isinstance(t, Table) else _SCORES_HINT)
    ck.report(arg, f"{call.func}() takes numbers, scored questions and sections, not "
              f"{ck.describe(arg, t)}", hint)


def check_count_group(ck: CheckContext, node: Call, t: ExprType | None) -> bool:
    """``count(section)``: how many of its scored questions have a score. True if it was one."""
    if not isinstance(t, Group):
        return False
    if not t.members:
        ck.report(node.args[0], f"section '{_name(node.args[0])}' holds no scored question",
                  f"write {FUNCTIONS['count']}")
    return True


def _name(node: Node) -> str:
    return node.name if isinstance(node, Name | Column) else "..."

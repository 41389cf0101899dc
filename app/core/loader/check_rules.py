"""Compile every expression of a pack once, reporting problems at their file position."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.core.diagnostics import Diagnostic
from app.core.expr import (
    BOOL,
    NUMBER,
    Expr,
    ExprProblem,
    ExprType,
    Scope,
    Table,
    compile_expression,
)
from app.core.expr.compiler import compile_row_expression
from app.core.loader.draft import Located, PackDraft
from app.core.loader.yaml_guard import Path_
from app.core.model import LevelRule
from app.core.pack import CompiledRules, LevelRules
from app.core.suggest import NameIndex

_NOT_A_CHOICE = re.compile(r"is not a choice of (?:column )?'(\w+)'$")


@dataclass
class _Compiler:
    scope: Scope
    unknown_lists: frozenset[str] = frozenset()
    duplicates: frozenset[str] = frozenset()  # question ids defined twice (already reported)
    problems: list[Diagnostic] = field(default_factory=list)
    names: NameIndex = field(init=False)

    def __post_init__(self) -> None:
        self.names = NameIndex(self.scope)  # indexed once, and only if a name is unknown

    def compile(self, owner: Located, path: Path_, source: str,
                expected: ExprType = BOOL) -> Expr | None:
        expr, problems = compile_expression(source, self.scope, expected, self.names)
        return self._reported(owner, path, expr, problems)

    def compile_cell(self, owner: Located, path: Path_, source: str, table: str) -> Expr | None:
        """A column's show_if or required: a condition on each row of ``table``."""
        table_type = self.scope.get(table)
        if not isinstance(table_type, Table):
            return None
        expr, problems = compile_row_expression(source, self.scope, table_type, self.names)
        return self._reported(owner, path, expr, problems)

    def _reported(self, owner: Located, path: Path_, expr: Expr | None,
                  problems: list[ExprProblem]) -> Expr | None:
        for problem in problems:
            if not self._follows_unknown_list(problem) and not self._names_duplicate(problem):
                self.problems.append(_locate(owner, path, problem))
        return expr if not problems else None

    def _names_duplicate(self, problem: ExprProblem) -> bool:
        """A type problem about an id defined twice: which definition was meant is unclear."""
        return any(f"'{qid}'" in problem.message for qid in self.duplicates)

    def _follows_unknown_list(self, problem: ExprProblem) -> bool:
        """A choice id checked against a list that does not exist (already reported)."""
        match = _NOT_A_CHOICE.search(problem.message)
        return match is not None and match.group(1) in self.unknown_lists


def _locate(owner: Located, path: Path_, problem: ExprProblem) -> Diagnostic:
    """Point at the offending character when the expression sits on one line."""
    full = (*owner.path, *path)
    position = owner.doc.values.get(full)
    offset = 0
    if position is not None and position.style in (None, "'", '"'):
        offset = problem.offset + (1 if position.style else 0)
    return owner.doc.diagnostic(full, problem.message, problem.hint, offset=offset)


def duplicate_questions(draft: PackDraft) -> frozenset[str]:
    """Question ids defined more than once (reported once, by the structure check)."""
    counts = Counter(question.item.id for question, _ in draft.questions())
    return frozenset(qid for qid, count in counts.items() if count > 1)


def compile_rules(
    draft: PackDraft, scope: Scope, unknown_lists: frozenset[str] = frozenset()
) -> tuple[CompiledRules, list[Diagnostic]]:
    """Parse and type-check show_if, required, constraint and risk rules.

    ``unknown_lists``: ids of questions and columns whose ``choices_from`` is
    unknown; choice ids compared with them are not reported a second time.
    """
    compiler = _Compiler(scope, unknown_lists, duplicate_questions(draft))
    show_if: dict[str, Expr] = {}
    required: dict[str, Expr] = {}
    constraint: dict[str, Expr] = {}
    for section in draft.sections():
        _add(show_if, section.item.id, compiler, owner=section, path=("show_if",),
             source=section.item.show_if)
    for question, _ in draft.questions():
        item = question.item
        _add(show_if, item.id, compiler, owner=question, path=("show_if",), source=item.show_if)
        if isinstance(item.required, str):
            _add(required, item.id, compiler, owner=question, path=("required",),
                 source=item.required)
        if item.constraint is not None:
            _add(
                constraint,
                item.id,
                compiler,
                owner=question,
                path=("constraint", "rule"),
                source=item.constraint.rule,
            )
    when, likelihood, severity = _compile_risks(draft, compiler)
    scores = _compile_scores(draft, compiler)
    cell_show_if, cell_required = _compile_cells(draft, compiler)
    rules = CompiledRules(show_if, required, constraint, when, likelihood, severity, scores,
                          cell_show_if, cell_required)
    return rules, compiler.problems


def _add(
    target: dict[str, Expr],
    key: str,
    compiler: _Compiler,
    *,
    owner: Located,
    path: Path_,
    source: str | None,
) -> None:
    if source is None:
        return
    expr = compiler.compile(owner, path, source)
    if expr is not None:
        target[key] = expr


CellRules = dict[tuple[str, str], Expr]


def _compile_cells(draft: PackDraft, compiler: _Compiler) -> tuple[CellRules, CellRules]:
    """Each column's show_if and expression ``required``, as conditions on one row."""
    show_if: CellRules = {}
    required: CellRules = {}
    for column, table in draft.columns():
        key = (table.id, column.item.id)
        for target, name, source in ((show_if, "show_if", column.item.show_if),
                                     (required, "required", column.item.required)):
            if isinstance(source, str):
                expr = compiler.compile_cell(column, (name,), source, table.id)
                if expr is not None:
                    target[key] = expr
    return show_if, required


def _compile_scores(draft: PackDraft, compiler: _Compiler) -> dict[str, Expr]:
    """The number expression of every score the manifest declares."""
    compiled: dict[str, Expr] = {}
    for score in draft.scores():
        expr = compiler.compile(score, ("value",), score.item.value, NUMBER)
        if expr is not None:
            compiled[score.item.id] = expr
    return compiled


def _compile_risks(
    draft: PackDraft, compiler: _Compiler
) -> tuple[dict[str, Expr], dict[str, LevelRules], dict[str, LevelRules]]:
    when: dict[str, Expr] = {}
    axes: dict[str, dict[str, LevelRules]] = {"likelihood": {}, "severity": {}}
    for risk in draft.risks():
        _add(when, risk.item.id, compiler, owner=risk, path=("when",), source=risk.item.when)
        for axis, target in axes.items():
            target[risk.item.id] = tuple(_level_rules(compiler, risk, axis))
    return when, axes["likelihood"], axes["severity"]


def _level_rules(
    compiler: _Compiler, risk: Located, axis: str
) -> Iterator[tuple[Expr | None, str]]:
    rules: tuple[LevelRule, ...] = getattr(risk.item, axis) or ()
    for index, rule in enumerate(rules):
        expr = None
        if rule.when is not None:
            expr = compiler.compile(risk, (axis, index, "when"), rule.when)
        yield expr, rule.level

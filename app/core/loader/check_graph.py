"""Visibility logic checks: ``show_if`` cycles (errors) and questions never shown (warnings).

XLSForm users only find logic cycles while filling in a form; here they are
caught when the pack is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from app.core.diagnostics import Diagnostic
from app.core.expr import TOP, Expr, evaluate, references
from app.core.loader.draft import Located, PackDraft
from app.core.pack import CompiledRules
from app.core.pack import visibility_conditions as question_conditions
from app.core.visibility_graph import visibility_graph


def visibility_conditions(draft: PackDraft, rules: CompiledRules) -> dict[str, list[Expr]]:
    """Question id -> the conditions (its section's and its own) that must hold to show it."""
    return {
        question.item.id: question_conditions(rules, section.id, question.item.id)
        for question, section in draft.questions()
    }


def check_cycles(
    draft: PackDraft,
    conditions: Mapping[str, list[Expr]],
    show_if: Mapping[str, Expr],
) -> list[Diagnostic]:
    """One error per ``show_if`` dependency cycle.

    The message follows real dependencies ("a -> b" means a's visibility uses b),
    and points at the show_if (the question's own, given in ``show_if``, or its
    section's) that makes the first step.
    """
    graph = {
        qid: sorted({ref for expr in exprs for ref in references(expr)} & conditions.keys())
        for qid, exprs in conditions.items()
    }
    located = {q.item.id: q for q, _ in draft.questions()}
    errors = []
    for component in _cycles(graph):
        cycle = _cycle_path(component, graph)
        first = located[cycle[0]]
        following = cycle[1] if len(cycle) > 1 else cycle[0]
        own = show_if.get(cycle[0]) if first.item.show_if else None
        # If not the question's own show_if, its section's makes the first step.
        uses_own = own is not None and following in references(own)
        owner = first.path if uses_own else first.path[:-2]
        path = " -> ".join([*cycle, cycle[0]])
        errors.append(
            first.doc.diagnostic(
                (*owner, "show_if"),
                f"show_if cycle: {path}",
                "a question cannot depend, even indirectly, on itself "
                "(a section's show_if counts for each of its questions)",
            )
        )
    return errors


def _cycle_path(component: list[str], graph: Mapping[str, list[str]]) -> list[str]:
    """A shortest dependency cycle through the first member of a cyclic component."""
    start = component[0]
    members = set(component)
    parent: dict[str, str] = {}
    queue = [start]
    for node in queue:
        for child in graph[node]:
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                return path[::-1]
            if child in members and child not in parent:
                parent[child] = node
                queue.append(child)
    return component  # not reached: every component given has a cycle through start


def _cycles(graph: Mapping[str, list[str]]) -> Iterator[list[str]]:
    """Each strongly connected component with a cycle, once (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    yield from _pop_component(node, stack, on_stack, graph)
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(graph[child])))
            elif child in on_stack:
                low[node] = min(low[node], index[child])


def _pop_component(
    root: str, stack: list[str], on_stack: set[str], graph: Mapping[str, list[str]]
) -> Iterator[list[str]]:
    component = []
    while True:
        node = stack.pop()
        on_stack.discard(node)
        component.append(node)
        if node == root:
            break
    if len(component) > 1 or root in graph[root]:
        yield sorted(component)


class _AbstractAnswers:
    """Answers as far as the loader knows them: hidden questions are empty, others anything."""

    def __init__(self, never: set[str]) -> None:
        self.never = never

    def value(self, qid: str) -> Any:
        return None if qid in self.never else TOP

    def state(self, qid: str) -> Any:
        return "unanswered" if qid in self.never else TOP


def never_shown(conditions: Mapping[str, list[Expr]]) -> set[str]:
    """Questions whose conditions are false whatever the user answers.

    One pass in dependency order (linear in questions and references): when a
    question is looked at, every question its conditions read is already
    settled. Meant for packs without show_if cycles (the loader checks first).
    """
    never: set[str] = set()
    env = _AbstractAnswers(never)
    for qid in visibility_graph(conditions).order:
        if any(evaluate(expr, env) is False for expr in conditions[qid]):
            never.add(qid)
    return never


def can_never_hold(expr: Expr, never: set[str]) -> bool:
    return evaluate(expr, _AbstractAnswers(never)) is False


def check_reachability(
    draft: PackDraft, rules: CompiledRules, conditions: Mapping[str, list[Expr]]
) -> list[Diagnostic]:
    """Warnings for questions never shown and risks never raised."""
    never = never_shown(conditions)
    warnings = []
    for question, _ in draft.questions():
        if question.item.id in never:
            warnings.append(
                _warn(
                    question,
                    f"question '{question.item.id}' can never be shown",
                    "its show_if (or its section's) is false whatever the answers",
                )
            )
    for risk in draft.risks():
        when = rules.risk_when.get(risk.item.id)
        if when is not None and can_never_hold(when, never):
            warnings.append(
                _warn(
                    risk,
                    f"risk '{risk.item.id}' can never be raised",
                    "its 'when' is false whatever the answers",
                    key="when",
                )
            )
    return warnings


def _warn(owner: Located, message: str, hint: str, key: str = "id") -> Diagnostic:
    return owner.error(message, hint, key=key).as_warning()

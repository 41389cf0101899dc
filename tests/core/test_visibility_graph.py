"""The show_if dependency graph, and the loader's work on it, are linear (issue 12, item 3)."""

from __future__ import annotations

import pytest

from app.core.expr import Expr, parse
from app.core.loader import check_graph
from app.core.loader.check_graph import never_shown
from app.core.visibility_graph import visibility_graph
from tests.core.packtools import record_calls

N = 3000


def chain(ending: str) -> dict[str, list[Expr]]:
    """q(i) is shown when q(i+1) is 'yes'; the last question's condition is ``ending``."""
    conditions = {f"q{i}": [parse(f"q{i + 1} == 'yes'")] for i in range(N - 1)}
    conditions[f"q{N - 1}"] = [parse(ending)]
    return conditions


@pytest.fixture
def evaluations(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    return record_calls(monkeypatch, check_graph, "evaluate")


def test_the_order_puts_each_question_after_those_it_reads() -> None:
    graph = visibility_graph(chain("true"))
    assert graph.order == tuple(f"q{i}" for i in reversed(range(N)))
    assert graph.uses["q0"] == ("q1",) and graph.used_by["q1"] == ("q0",)
    assert graph.used_by["q0"] == () and graph.uses[f"q{N - 1}"] == ()
    assert all(graph.position[q] > graph.position[u] for q in graph.uses for u in graph.uses[q])


def test_a_question_reading_itself_is_no_dependency_and_cycles_come_last() -> None:
    graph = visibility_graph({
        "a": [parse("a == 'yes' or b == 'yes'")],
        "b": [parse("c == 'yes'")],
        "c": [parse("b == 'yes'")],
        "d": [],
    })
    assert graph.uses["a"] == ("b",)
    assert graph.order == ("d", "a", "b", "c")  # a waits on the cycle b <-> c: pack order


def test_a_chain_that_can_never_be_shown_is_found_in_one_pass(
    evaluations: list[object],
) -> None:
    assert never_shown(chain("false")) == {f"q{i}" for i in range(N)}
    assert len(evaluations) == N  # the old fixpoint evaluated N * (N + 1) / 2 conditions


def test_a_chain_that_can_be_shown_has_no_never_shown_question(
    evaluations: list[object],
) -> None:
    assert never_shown(chain("true")) == set()
    assert len(evaluations) == N

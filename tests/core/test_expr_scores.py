"""score() and the aggregates: typed by the checker, null left out, weights, table rows."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.expr import BOOL, NUMBER, TOP, compile_expression, evaluate, references
from tests.core.test_expr_support import SCOPE, FakeEnv


def value(source: str, answers: dict[str, Any], expected: Any = NUMBER) -> Any:
    expr, problems = compile_expression(source, SCOPE, expected)
    assert expr is not None, problems
    return evaluate(expr, FakeEnv(answers))


def problems(source: str, expected: Any = NUMBER) -> list[str]:
    _, found = compile_expression(source, SCOPE, expected)
    return [p.message + (f" ({p.hint})" if p.hint else "") for p in found]


def test_a_section_average_is_weighted_and_skips_what_has_no_score() -> None:
    # records_kept weighs 2: (3*2 + 0*1) / 3
    assert value("average(leadership)", {"records_kept": "l3", "dpo_named": "l0"}) == 2.0
    # 'na' has no score, unanswered is null: neither counts as zero
    assert value("average(leadership)", {"records_kept": "l3", "dpo_named": "na"}) == 3.0
    assert value("average(leadership)", {}) is None
    assert value("count(leadership)", {"dpo_named": "l1"}) == 1


def test_sum_min_max_and_score() -> None:
    answers = {"records_kept": "l2", "dpo_named": "l1", "breach_procedure": "l3"}
    assert value("sum(records_kept, dpo_named)", answers) == 5.0  # 2*2 + 1
    assert value("min(lawfulness, rights)", answers) == 1.0
    assert value("max(leadership, lawfulness)", answers) == 3.0
    assert value("score(records_kept)", answers) == 2.0  # score() itself is not weighted
    assert value("average(subject_volume, retention_days)",
                 {"subject_volume": 10, "retention_days": 20}) == 15.0


def test_aggregates_over_table_rows() -> None:
    rows = [{"contract_maturity": "l1", "retention_days": 400},
            {"contract_maturity": "l3", "retention_days": None},
            {"contract_maturity": "na"}]
    answers = {"suppliers": rows}
    assert value("average(suppliers, contract_maturity)", answers) == 2.0
    assert value("average(suppliers, score(contract_maturity))", answers) == 2.0
    assert value("max(suppliers, retention_days)", answers) == 400.0
    assert value("sum(suppliers, retention_days) > 365", answers, BOOL) is True
    assert value("min(suppliers, retention_days)", {}) is None


def test_a_score_in_a_condition_is_false_until_something_is_scored() -> None:
    assert value("average(leadership) < 2", {}, BOOL) is False
    assert value("average(leadership) < 2", {"dpo_named": "l1"}, BOOL) is True
    assert value("average(leadership) < 2", {"dpo_named": TOP}, BOOL) is TOP


def test_references_see_through_sections() -> None:
    expr, _ = compile_expression("average(leadership, breach_procedure) > 1", SCOPE)
    assert expr is not None
    assert references(expr) == {"records_kept", "dpo_named", "breach_procedure"}


@pytest.mark.parametrize(("source", "message"), [
    ("score(subject_volume)",
     "score() needs a scored choice question, not number question 'subject_volume'"),
    ("score(deployment_mode)", "single-choice question 'deployment_mode' has no scores"),
    ("average(data_flows)", "average() takes numbers, scored questions and sections, not "
     "table question 'data_flows' (write average(data_flows, column)"),
    ("sum(empty_section)", "section 'empty_section' holds no scored question"),
    ("sum(purpose)", "sum() takes numbers, scored questions and sections, not text question"),
    ("average(suppliers, name)", "average() takes numbers, scored questions and sections, "
     "not text column 'name'"),
    ("leadership", "expected a number here, not section 'leadership'"),
])
def test_misuse_is_reported(source: str, message: str) -> None:
    found = problems(source)
    assert len(found) == 1 and found[0].startswith(message), found


def test_a_section_is_not_a_value_of_its_own() -> None:
    assert problems("leadership == 2", BOOL) == [
        "cannot compare section 'leadership' with number 2"]

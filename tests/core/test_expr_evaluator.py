"""Evaluation: operators, functions, null semantics, row conditions and TOP logic."""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

import pytest

from app.core.expr import TOP, compile_expression, evaluate, parse
from tests.core.test_expr_support import SCOPE, FakeEnv

FLOWS = [
    {"country": "KR", "recipient": "affiliate", "volume": 10, "started": datetime.date(2023, 5, 1)},
    {"country": "US", "recipient": "vendor", "volume": 5000},
]


def run(source: str, values: dict[str, Any] | None = None,
        states: dict[str, Any] | None = None) -> Any:
    expr, problems = compile_expression(source, SCOPE)
    assert expr is not None, problems
    return evaluate(expr, FakeEnv(values, states))


@pytest.mark.parametrize(("source", "values", "result"), [
    ("deployment_mode == 'third_party_host'", {"deployment_mode": "third_party_host"}, True),
    ("deployment_mode == 'third_party_host'", {"deployment_mode": "on_premise"}, False),
    ("deployment_mode != 'on_premise'", {"deployment_mode": "vendor_api"}, True),
    ("official_source in ['no', 'unknown']", {"official_source": "unknown"}, True),
    ("official_source in ['no', 'unknown']", {"official_source": "yes"}, False),
    ("official_source not in ['no', 'unknown']", {"official_source": "yes"}, True),
    ("'rag' in adaptation_methods", {"adaptation_methods": frozenset({"rag", "lora"})}, True),
    ("'rag' in adaptation_methods", {"adaptation_methods": ["lora"]}, False),
    ("'rag' not in adaptation_methods", {"adaptation_methods": ["lora"]}, True),
    ("deployment_mode in adaptation_methods",
     {"deployment_mode": "on_premise", "adaptation_methods": {"on_premise"}}, True),
    ("subject_volume > 10000", {"subject_volume": 10001}, True),
    ("subject_volume > 10000", {"subject_volume": 10000}, False),
    ("subject_volume >= 10000", {"subject_volume": 10000.0}, True),
    ("subject_volume < 2.5", {"subject_volume": 2}, True),
    ("subject_volume <= -1", {"subject_volume": -1}, True),
    ("subject_volume == 3", {"subject_volume": 3.0}, True),
    ("subject_volume in [1, 2, 3]", {"subject_volume": 2}, True),
    ("purpose == 'it\\'s'", {"purpose": "it's"}, True),
    ("review_date < date('2025-01-31')", {"review_date": datetime.date(2025, 1, 30)}, True),
    ("review_date < date('2025-01-31')", {"review_date": datetime.date(2025, 1, 31)}, False),
    ("review_date == date('2025-01-31')",
     {"review_date": datetime.datetime(2025, 1, 31, 12, 0)}, True),
    ("review_date >= go_live", {"review_date": datetime.date(2025, 2, 1),
                                "go_live": datetime.datetime(2025, 1, 1, 9, 30)}, True),
    ("uses_rag == 'yes' and subject_volume > 1", {"uses_rag": "yes", "subject_volume": 2}, True),
    ("uses_rag == 'yes' or subject_volume > 1", {"uses_rag": "no", "subject_volume": 0}, False),
    ("not uses_rag == 'yes'", {"uses_rag": "no"}, True),
    ("official_source == uses_rag", {"official_source": "no", "uses_rag": "no"}, True),
    ("true and not false", {}, True),
])
def test_evaluation(source: str, values: dict[str, Any], result: bool) -> None:
    assert run(source, values) is result


# -- null semantics --------------------------------------------------------------------

@pytest.mark.parametrize(("source", "result"), [
    ("uses_rag == 'yes'", False),
    ("uses_rag != 'yes'", True),
    ("uses_rag == null", True),
    ("uses_rag != null", False),
    ("null == null", True),
    ("official_source == uses_rag", True),
    ("subject_volume > 1", False),
    ("subject_volume < 1", False),
    ("subject_volume <= 1", False),
    ("review_date >= date('2025-01-01')", False),
    ("official_source in ['no', 'unknown']", False),
    ("official_source not in ['no', 'unknown']", True),
    ("official_source in [null]", False),
    ("'rag' in adaptation_methods", False),
    ("'rag' not in adaptation_methods", True),
    ("count(adaptation_methods) == 0", True),
    ("count(data_flows) == 0", True),
    ("count(data_flows, country == 'KR') == 0", True),
    ("length(purpose) == 0", True),
    ("any_row(data_flows, country != 'KR')", False),
    ("all_rows(data_flows, country != 'KR')", True),
    ("count(data_flows) > 0 and all_rows(data_flows, country != 'KR')", False),
    ("selected(adaptation_methods, 'rag')", False),
    ("selected(official_source, 'yes')", False),
    ("answered(purpose)", False),
    ("adaptation_methods == null", True),
])
def test_null_semantics(source: str, result: bool) -> None:
    assert run(source, {}) is result


def test_not_equal_is_the_negation_of_equal() -> None:
    for value in (None, "yes", "no"):
        env = {"uses_rag": value}
        assert run("uses_rag != 'yes'", env) is (not run("uses_rag == 'yes'", env))


# -- functions ---------------------------------------------------------------------

@pytest.mark.parametrize(("state", "answered", "unknown", "not_applicable"), [
    ("unanswered", False, False, False),
    ("answered", True, False, False),
    ("unknown", True, True, False),
    ("not_applicable", True, False, True),
])
def test_state_functions(state: str, answered: bool, unknown: bool,
                         not_applicable: bool) -> None:
    states = {"official_source": state}
    assert run("answered(official_source)", {}, states) is answered
    assert run("unknown(official_source)", {}, states) is unknown
    assert run("not_applicable(official_source)", {}, states) is not_applicable


def test_selected() -> None:
    methods = {"adaptation_methods": frozenset({"rag", "prompting"})}
    assert run("selected(adaptation_methods, 'rag')", methods) is True
    assert run("selected(adaptation_methods, 'lora', 'prompting')", methods) is True
    assert run("selected(adaptation_methods, 'lora', 'fine_tuning')", methods) is False
    assert run("selected(official_source, 'yes', 'partial')", {"official_source": "partial"})
    assert not run("selected(official_source, 'yes')", {"official_source": "no"})


def test_count_and_length() -> None:
    values = {"dpia_screening": {"profiling", "large_scale"}, "data_flows": FLOWS,
              "purpose": "고객 상담 요약"}
    assert run("count(dpia_screening) >= 2", values) is True
    assert run("count(dpia_screening) >= 3", values) is False
    assert run("count(data_flows) == 2", values) is True
    assert run("count(data_flows, volume > 100) == 1", values) is True
    assert run("length(purpose) == 8", values) is True
    assert evaluate(parse("count(data_flows)"), FakeEnv(values)) == 2
    assert evaluate(parse("length(purpose)"), FakeEnv({})) == 0


# -- row conditions ----------------------------------------------------------------------

def test_any_row_and_all_rows() -> None:
    values = {"data_flows": FLOWS, "home_country": "KR"}
    assert run("any_row(data_flows, country != 'KR')", values) is True
    assert run("all_rows(data_flows, country != 'KR')", values) is False
    assert run("any_row(data_flows, country != home_country and volume > 1000)", values)
    assert run("all_rows(data_flows, recipient in ['vendor', 'affiliate'])", values)


def test_empty_table_is_vacuously_true_for_all_rows() -> None:
    assert run("all_rows(data_flows, country == 'KR')", {"data_flows": []}) is True
    assert run("any_row(data_flows, country == 'KR')", {"data_flows": []}) is False
    guarded = "count(data_flows) > 0 and all_rows(data_flows, country == 'KR')"
    assert run(guarded, {"data_flows": []}) is False
    assert run(guarded, {"data_flows": [{"country": "KR"}]}) is True


def test_missing_column_is_null() -> None:
    values = {"data_flows": FLOWS}
    assert run("any_row(data_flows, started == null)", values) is True
    assert run("all_rows(data_flows, started < date('2024-01-01'))", values) is False
    assert run("count(data_flows, answered(uses_rag)) == 0", values) is True


def test_question_ids_inside_row_conditions() -> None:
    values = {"data_flows": FLOWS, "uses_rag": "yes", "country": "US"}
    assert run("all_rows(data_flows, uses_rag == 'yes')", values) is True
    assert run("count(data_flows, unknown(uses_rag)) == 0", values) is True


def test_nested_row_conditions_use_the_right_table() -> None:
    values = {"data_flows": FLOWS, "vendors": [{"name": "Acme", "country": "US"}]}
    source = "count(data_flows, any_row(vendors, country == 'US') and volume > 100) == 1"
    assert run(source, values) is True
    source = "count(vendors, any_row(data_flows, country == 'KR')) == 1"
    assert run(source, values) is True


def test_parsed_only_expressions_read_columns_from_rows() -> None:
    expr = parse("any_row(data_flows, country != home_country)")
    env = FakeEnv({"data_flows": [{"country": "KR"}], "home_country": "KR"})
    assert evaluate(expr, env) is False


# -- TOP: three-valued abstract evaluation -------------------------------------------

@pytest.mark.parametrize(("source", "result"), [
    ("false and uses_rag == 'yes'", False),
    ("uses_rag == 'yes' and false", False),
    ("true or uses_rag == 'yes'", True),
    ("uses_rag == 'yes' or true", True),
    ("true and uses_rag == 'yes'", TOP),
    ("false or uses_rag == 'yes'", TOP),
    ("not uses_rag == 'yes'", TOP),
    ("uses_rag == 'yes'", TOP),
    ("uses_rag != 'yes'", TOP),
    ("uses_rag == null", TOP),
    ("uses_rag in ['yes']", TOP),
    ("uses_rag not in ['yes']", TOP),
    ("subject_volume > 1", TOP),
    ("'rag' in adaptation_methods", TOP),
    ("selected(adaptation_methods, 'rag')", TOP),
    ("count(adaptation_methods) > 1", TOP),
    ("length(purpose) > 1", TOP),
    ("any_row(data_flows, true)", TOP),
    ("all_rows(data_flows, true)", TOP),
    ("count(data_flows, true) > 0", TOP),
    ("answered(uses_rag)", TOP),
    ("unknown(uses_rag)", TOP),
    ("not_applicable(uses_rag) or true", True),
    ("uses_rag == 'yes' and subject_volume > 1 and false", False),
])
def test_top_uses_kleene_logic(source: str, result: object) -> None:
    everything_top = {qid: TOP for qid in SCOPE}
    assert run(source, everything_top) is result


def test_top_inside_rows() -> None:
    rows = [{"country": TOP}, {"country": "KR"}]
    assert run("any_row(data_flows, country == 'KR')", {"data_flows": rows}) is True
    assert run("any_row(data_flows, country == 'US')", {"data_flows": rows}) is TOP
    assert run("all_rows(data_flows, country == 'US')", {"data_flows": rows}) is False
    assert run("count(data_flows, country == 'KR') > 0", {"data_flows": rows}) is TOP
    assert run("count(data_flows) == 2", {"data_flows": rows}) is True
    assert run("any_row(data_flows, country == 'KR')", {"data_flows": [TOP]}) is TOP


def test_top_in_a_choice_set() -> None:
    assert run("'rag' in adaptation_methods", {"adaptation_methods": {TOP}}) is TOP
    assert run("'rag' in adaptation_methods", {"adaptation_methods": {TOP, "rag"}}) is True


def test_state_top_but_value_known() -> None:
    assert run("answered(uses_rag)", {"uses_rag": "yes"}, {"uses_rag": TOP}) is TOP


def test_top_is_a_falsy_free_singleton() -> None:
    with pytest.raises(TypeError, match="no truth value"):
        bool(TOP)
    assert copy.deepcopy(TOP) is TOP
    assert pickle.loads(pickle.dumps(TOP)) is TOP  # noqa: S301 - our own object
    assert repr(TOP) == "TOP"
    assert type(TOP)() is TOP

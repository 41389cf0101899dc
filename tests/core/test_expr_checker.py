"""Static type checking: every rule, with the messages and hints authors see."""

from __future__ import annotations

import pytest

from app.core.expr import (
    BOOL,
    NUMBER,
    TEXT,
    Choice,
    ChoiceSet,
    ExprProblem,
    Table,
    check,
    compile_expression,
    parse,
)
from tests.core.test_expr_support import SCOPE


def problems(source: str, expected: object = BOOL) -> list[ExprProblem]:
    return check(parse(source), SCOPE, expected)  # type: ignore[arg-type]


def only_problem(source: str) -> ExprProblem:
    found = problems(source)
    assert len(found) == 1, found
    return found[0]


VALID = [
    "deployment_mode == 'third_party_host'",
    "official_source in ['no', 'unknown']",
    "official_source not in ['yes']",
    "'rag' in adaptation_methods",
    "'rag' not in adaptation_methods",
    "deployment_mode in adaptation_methods",
    "any_row(data_flows, country != 'KR')",
    "any_row(data_flows, country != home_country and recipient == 'vendor')",
    "count(data_flows, volume > 1000) >= 1",
    "count(dpia_screening) >= 2",
    "count(data_flows) > 0 and all_rows(data_flows, country == 'KR')",
    "all_rows(vendors, answered(official_source) or country == null)",
    "selected(adaptation_methods, 'rag', 'lora')",
    "selected(weight_format, 'pickle')",
    "selected(official_source, 'yes', 'partial')",
    "answered(purpose) and not unknown(official_source) and not not_applicable(uses_rag)",
    "length(purpose) >= 20",
    "subject_volume > 10000 or retention_days <= 30",
    "subject_volume == -1.5",
    "review_date < date('2025-01-31')",
    "review_date >= go_live",
    "review_date == date('2025-01-31')",
    "purpose == 'training'",
    "purpose in ['a', 'b']",
    "subject_volume in [1, 2, 3]",
    "subject_volume == null",
    "adaptation_methods == null",
    "data_flows != null",
    "null == null",
    "official_source == uses_rag",
    "official_source in []",
    "official_source in [null, 'yes']",
    "true",
    "(subject_volume > 1) == (retention_days > 1)",
    "any_row(data_flows, any_row(vendors, country == 'KR') and volume > 1)",
    "any_row(data_flows, selected(recipient, 'vendor'))",
    "any_row(data_flows, started < date('2024-01-01'))",
    "any_row(data_flows, length(country) == 2)",
]


@pytest.mark.parametrize("source", VALID)
def test_valid_expressions_have_no_problems(source: str) -> None:
    assert problems(source) == []


# (source, message, hint or None, the text the problem points at)
INVALID = [
    ("uses_ragg == 'yes'", "unknown question 'uses_ragg'", "did you mean 'uses_rag'?",
     "uses_ragg"),
    ("weight_format == 'piclke'", "'piclke' is not a choice of 'weight_format'",
     "did you mean 'pickle'?", "'piclke'"),
    ("weight_format == 'zzz'", "'zzz' is not a choice of 'weight_format'",
     "the choices are 'gguf', 'onnx', 'pickle', 'safetensors'", "'zzz'"),
    ("'piclke' == weight_format", "'piclke' is not a choice of 'weight_format'",
     "did you mean 'pickle'?", "'piclke'"),
    ("subject_volume == 'many'",
     "cannot compare number question 'subject_volume' with text 'many'", None,
     "subject_volume == 'many'"),
    ("subject_volume == '3'", "cannot compare number question 'subject_volume' with text '3'",
     "numbers are written without quotes: 3", "subject_volume == '3'"),
    ("deployment_mode == 3", "cannot compare single-choice question 'deployment_mode' "
     "with number 3", None, "deployment_mode == 3"),
    ("official_source == true", "cannot compare yes/no question 'official_source' with true",
     "write 'yes' instead of true", "official_source == true"),
    ("purpose == 3", "cannot compare text question 'purpose' with number 3", None,
     "purpose == 3"),
    ("review_date == '2025-01-31'", "cannot compare date question 'review_date' with text",
     "write a date as date('2025-01-31')", "review_date == '2025-01-31'"),
    ("adaptation_methods == 'rag'",
     "cannot compare multiple-choice question 'adaptation_methods' with '=='",
     "use selected(adaptation_methods, 'choice')", "adaptation_methods"),
    ("data_flows != 1", "cannot compare table question 'data_flows' with '!='",
     "use count(data_flows)", "data_flows"),
    ("official_source == ['yes']", "a list can only be used after 'in'", "x in ['a', 'b']",
     "['yes']"),
    ("subject_volume < 'x'", "cannot compare number question 'subject_volume' with text 'x' "
     "using '<'", "'<' compares two numbers or two dates", "subject_volume < 'x'"),
    ("review_date > '2025-01-01'", "using '>'", "date('2025-01-01')",
     "review_date > '2025-01-01'"),
    ("purpose >= 'a'", "cannot compare text question 'purpose' with text 'a' using '>='",
     None, "purpose >= 'a'"),
    ("subject_volume < null", "cannot compare number question 'subject_volume' with null",
     None, "subject_volume < null"),
    ("review_date < subject_volume", "cannot compare date question", None,
     "review_date < subject_volume"),
    ("official_source in ['no', 'unknwon']", "'unknwon' is not a choice of 'official_source'",
     "did you mean 'unknown'?", "'unknwon'"),
    ("subject_volume in ['a']", "cannot compare number question 'subject_volume' with text",
     None, "'a'"),
    ("official_source in [1, 'yes']", "a list must not mix number and text", None,
     "[1, 'yes']"),
    ("official_source in ['yes', 1]", "a list must not mix", None, "['yes', 1]"),
    ("official_source in [1]", "cannot compare yes/no question 'official_source' with "
     "number 1", None, "1"),
    ("'rga' in adaptation_methods", "'rga' is not a choice of 'adaptation_methods'",
     "did you mean 'rag'?", "'rga'"),
    ("1 in adaptation_methods", "cannot look for number 1 in multiple-choice question",
     "choice ids are text in quotes", "1"),
    ("'yes' in official_source", "'in' needs a list like ['a', 'b'] or a multiple-choice "
     "question", "official_source == 'yes'", "official_source"),
    ("adaptation_methods in ['rag']", "cannot look for multiple-choice question",
     "selected(adaptation_methods", "adaptation_methods"),
    ("official_source and uses_rag == 'yes'",
     "'official_source' is a yes/no question, not a condition",
     "write official_source == 'yes'", "official_source"),
    ("not deployment_mode", "'deployment_mode' is a single-choice question, not a condition",
     "write deployment_mode == 'on_premise'", "deployment_mode"),
    ("adaptation_methods or true", "is a multiple-choice question, not a condition",
     "count(adaptation_methods) > 0", "adaptation_methods"),
    ("subject_volume", "'subject_volume' is a number question, not a condition",
     "subject_volume > 0", "subject_volume"),
    ("count(data_flows)", "the number from count() is not a condition", "count(...) > 0",
     "count(data_flows)"),
    ("'yes'", "text 'yes' is not a condition", None, "'yes'"),
    ("answered(official_source, uses_rag)", "answered() takes 1 argument, not 2",
     "write answered(q)", "answered(official_source, uses_rag)"),
    ("selected(adaptation_methods)", "selected() takes at least 2 arguments, not 1",
     None, "selected(adaptation_methods)"),
    ("count(data_flows, true, true) > 1", "count() takes 1 or 2 arguments, not 3", None,
     "count(data_flows, true, true)"),
    ("any_row(data_flows)", "any_row() takes 2 arguments, not 1", None,
     "any_row(data_flows)"),
    ("answered('purpose')", "the first argument of answered() must be a question id",
     "write answered(q)", "'purpose'"),
    ("answered(x)", "unknown question 'x'", None, "x"),
    ("selected(purpose, 'a')", "selected() works with choice questions, not text question",
     None, "purpose"),
    ("selected(adaptation_methods, rag)", "selected() takes choice ids in quotes",
     "write 'rag'", "rag"),
    ("selected(adaptation_methods, 'rga')", "'rga' is not a choice of 'adaptation_methods'",
     "did you mean 'rag'?", "'rga'"),
    ("count(official_source) > 1", "count() counts the choices of a multiple-choice question "
     "or the rows of a table, not yes/no question", "write official_source == 'yes'",
     "official_source"),
    ("count(purpose) > 1", "count() counts", "length()", "purpose"),
    ("length(subject_volume) > 1", "length() counts the characters of a text answer",
     None, "subject_volume"),
    ("length(adaptation_methods) > 1", "length() counts", "use count()",
     "adaptation_methods"),
    ("any_row(subject_volume, true)", "any_row() needs a table question, not number question",
     None, "subject_volume"),
    ("count(dpia_screening, true) > 1", "count() needs a table question", None,
     "dpia_screening"),
    ("any_row(data_flows, contry == 'KR')", "unknown column or question 'contry'",
     "did you mean 'country'?", "contry"),
    ("any_row(data_flows, recipient == 'vendr')", "'vendr' is not a choice of column "
     "'recipient'", "did you mean 'vendor'?", "'vendr'"),
    ("any_row(data_flows, country)", "'country' is a text column, not a condition", None,
     "country"),
    ("any_row(data_flows, answered(country))", "answered() takes a question id, not column "
     "'country'", "write country != null", "country"),
    ("all_rows(data_flows, volume == 'big')", "cannot compare number column 'volume' with "
     "text 'big'", None, "volume == 'big'"),
    # a column outside a row condition: named as a column of its table (issue 15)
    ("country == 'KR'", "'country' is a column of table 'data_flows', not a question",
     "any_row(data_flows, country ...)", "country"),
    ("count > 1", "unknown question 'count'", "count is a function", "count"),
]


@pytest.mark.parametrize(("source", "message", "hint", "target"), INVALID)
def test_invalid_expressions(source: str, message: str, hint: str | None,
                             target: str) -> None:
    problem = only_problem(source)
    assert message in problem.message
    if hint is not None:
        assert hint in (problem.hint or "")
    assert source[problem.offset : problem.offset + problem.length] == target


def test_problems_are_collected_in_source_order() -> None:
    found = problems("uses_ragg == 'yes' or weight_format == 'piclke' or subject_volume")
    assert [p.message.split("'")[1] for p in found] == [
        "uses_ragg", "piclke", "subject_volume"]


def test_one_mistake_gives_one_message() -> None:
    assert len(problems("not (uses_ragg == 'yes')")) == 1
    assert len(problems("any_row(flows, country == 'KR')")) == 1


def test_expected_type_other_than_bool() -> None:
    assert check(parse("count(data_flows)"), SCOPE, NUMBER) == []
    assert check(parse("null"), SCOPE, NUMBER) == []
    found = check(parse("purpose"), SCOPE, NUMBER)
    assert len(found) == 1
    assert "expected a number here, not text question 'purpose'" in found[0].message


def test_columns_shadow_questions_inside_row_conditions() -> None:
    scope = {**SCOPE, "country": NUMBER}
    assert check(parse("any_row(data_flows, country == 'KR')"), scope) == []
    assert len(check(parse("country == 'KR'"), scope)) == 1


def test_yes_no_detection_uses_the_domain() -> None:
    scope = {"level": Choice(frozenset({"low", "high"}))}
    problem = check(parse("level"), scope)[0]
    assert problem.message == "'level' is a single-choice question, not a condition"
    assert problem.hint == "write level == 'high'"


def test_bool_questions_are_conditions() -> None:
    assert check(parse("flag and not flag"), {"flag": BOOL}) == []


def test_types_are_values() -> None:
    assert Table({"a": TEXT}) == Table({"a": TEXT})
    assert hash(Table({"a": TEXT})) == hash(Table({"a": TEXT}))
    choice_set: object = ChoiceSet(frozenset({"a"}))
    assert choice_set != Choice(frozenset({"a"}))
    with pytest.raises(ValueError, match="nested"):
        Table({"inner": Table({})})


def test_compile_expression() -> None:
    expr, found = compile_expression("uses_rag == 'yes'", SCOPE)
    assert expr is not None and expr.resolved and found == []
    expr, found = compile_expression("uses_rag == 'yse'", SCOPE)
    assert expr is None and found[0].hint == "did you mean 'yes'?"
    expr, found = compile_expression("uses_rag = 'yes'", SCOPE)
    assert expr is None
    assert found == [ExprProblem("unexpected character '='", 9, 1, "write '==' to compare")]


def test_problem_text_for_authors() -> None:
    problem = only_problem("uses_ragg == 'yes'")
    assert str(problem) == ("unknown question 'uses_ragg' in this pack (at character 1); "
                            "did you mean 'uses_rag'?")

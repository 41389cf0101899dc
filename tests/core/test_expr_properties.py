"""Property tests: generated expressions parse, check, round-trip and evaluate safely."""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.expr import (
    DATE,
    NUMBER,
    TEXT,
    TOP,
    Choice,
    ChoiceSet,
    ExprSyntaxError,
    Table,
    check,
    compile_expression,
    evaluate,
    parse,
    unparse,
)
from app.core.expr.printer import format_literal
from tests.core.test_expr_support import YES_NO, FakeEnv

MODES = ("cloud", "local", "hybrid")
METHODS = ("rag", "lora", "prompting")
KINDS = ("vendor", "affiliate")
SCOPE = {
    "yn": YES_NO,
    "mode": Choice(frozenset(MODES)),
    "methods": ChoiceSet(frozenset(METHODS)),
    "volume": NUMBER,
    "purpose": TEXT,
    "when": DATE,
    "flows": Table({"country": TEXT, "size": NUMBER, "kind": Choice(frozenset(KINDS))}),
}
ORDER_OPS = st.sampled_from(["==", "!=", "<", "<=", ">", ">="])
EQ_OPS = st.sampled_from(["==", "!="])
IN_OPS = st.sampled_from(["in", "not in"])
NUMBERS = st.integers(-1000, 1000) | st.floats(-1e6, 1e6).map(lambda x: round(x, 3))
TEXTS = st.text(alphabet=st.sampled_from("aKR'\"\\ 한"), max_size=4)
DATES = st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 12, 31))


def lit(value: Any) -> str:
    return format_literal(value)


def choice_list(choices: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(choices), max_size=3).map(
        lambda xs: "[" + ", ".join(lit(x) for x in xs) + "]")


def question_leaves() -> list[st.SearchStrategy[str]]:
    fmt = st.builds
    return [
        st.sampled_from(["true", "false"]),
        fmt("yn {} {}".format, EQ_OPS, st.sampled_from(sorted(YES_NO.domain)).map(lit)),
        fmt("mode {} {}".format, IN_OPS, choice_list(MODES)),
        fmt("{} {} methods".format, st.sampled_from(METHODS).map(lit), IN_OPS),
        fmt("volume {} {}".format, ORDER_OPS, NUMBERS.map(lit)),
        fmt("when {} {}".format, ORDER_OPS, DATES.map(lit)),
        fmt("purpose {} {}".format, EQ_OPS, TEXTS.map(lit)),
        fmt("{}({})".format, st.sampled_from(["answered", "unknown", "not_applicable"]),
            st.sampled_from(sorted(SCOPE))),
        fmt("selected(methods, {})".format, st.sampled_from(METHODS).map(lit)),
        fmt("count(methods) {} {}".format, ORDER_OPS, st.integers(0, 4)),
        fmt("count(flows) {} {}".format, ORDER_OPS, st.integers(0, 4)),
        fmt("length(purpose) {} {}".format, ORDER_OPS, st.integers(0, 5)),
        fmt("{} {} null".format, st.sampled_from(sorted(SCOPE)), EQ_OPS),
        fmt("mode in methods".format),
    ]


def row_leaves() -> list[st.SearchStrategy[str]]:
    fmt = st.builds
    return [
        fmt("country {} {}".format, EQ_OPS, st.sampled_from(["KR", "US"]).map(lit)),
        fmt("size {} {}".format, ORDER_OPS, NUMBERS.map(lit)),
        fmt("kind {} {}".format, IN_OPS, choice_list(KINDS)),
        fmt("selected(kind, {})".format, st.sampled_from(KINDS).map(lit)),
        fmt("{} == null".format, st.sampled_from(["country", "size", "kind"])),
    ]


QUESTION_LEAVES = st.one_of(question_leaves())
ROW_LEAVES = st.one_of(question_leaves() + row_leaves())


@st.composite
def conditions(draw: st.DrawFn, depth: int = 0, row: bool = False) -> str:
    """A well-typed condition; `row` means inside a condition over `flows`."""
    leaves = ROW_LEAVES if row else QUESTION_LEAVES
    if depth >= 3 or draw(st.booleans()):
        if not row and draw(st.integers(0, 5)) == 0:
            func = draw(st.sampled_from(["any_row", "all_rows", "count"]))
            inner = draw(conditions(depth + 1, row=True))
            call = f"{func}(flows, {inner})"
            return f"{call} >= {draw(st.integers(0, 3))}" if func == "count" else call
        return draw(leaves)
    shape = draw(st.sampled_from(["and", "or", "not"]))
    if shape == "not":
        return f"not ({draw(conditions(depth + 1, row))})"
    parts = draw(st.lists(conditions(depth + 1, row), min_size=2, max_size=3))
    return f" {shape} ".join(f"({part})" for part in parts)


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


ROWS = st.fixed_dictionaries({}, optional={
    "country": optional(st.sampled_from(["KR", "US"])),
    "size": optional(NUMBERS),
    "kind": optional(st.sampled_from(KINDS)),
})
VALUES = st.fixed_dictionaries({
    "yn": optional(st.sampled_from(sorted(YES_NO.domain))),
    "mode": optional(st.sampled_from(MODES)),
    "methods": optional(st.frozensets(st.sampled_from(METHODS))),
    "volume": optional(NUMBERS),
    "purpose": optional(TEXTS),
    "when": optional(DATES),
    "flows": optional(st.lists(ROWS, max_size=3)),
})


@settings(deadline=None)
@given(conditions())
def test_generated_conditions_parse_check_and_round_trip(source: str) -> None:
    expr = parse(source)
    assert check(expr, SCOPE) == []
    text = unparse(expr)
    again = parse(text)
    assert again.root == expr.root
    assert unparse(again) == text


@settings(deadline=None)
@given(conditions(), VALUES)
def test_generated_conditions_evaluate_to_a_boolean(source: str,
                                                    values: dict[str, Any]) -> None:
    expr, problems = compile_expression(source, SCOPE)
    assert expr is not None, problems
    assert evaluate(expr, FakeEnv(values)) in (True, False)


@settings(deadline=None)
@given(conditions(), VALUES, st.frozensets(st.sampled_from(sorted(SCOPE))))
def test_top_evaluation_is_sound(source: str, values: dict[str, Any],
                                 unknown: frozenset[str]) -> None:
    """If the answers hidden behind TOP do not matter, the result is the concrete one."""
    expr, problems = compile_expression(source, SCOPE)
    assert expr is not None, problems
    concrete = evaluate(expr, FakeEnv(values))
    abstract = evaluate(expr, FakeEnv({**values, **dict.fromkeys(unknown, TOP)}))
    assert abstract is TOP or abstract is concrete
    if not unknown:
        assert abstract is concrete


LANGUAGE_CHARACTERS = st.sampled_from("ab_(<=>!)[]',\"\\ -.19notdae")


@settings(deadline=None, max_examples=300)
@given(st.text(max_size=60) | st.text(alphabet=LANGUAGE_CHARACTERS, max_size=40))
def test_garbage_raises_only_syntax_errors(source: str) -> None:
    try:
        expr = parse(source)
    except ExprSyntaxError as error:
        assert 0 <= error.offset <= len(source)
        assert error.offset + error.length <= len(source)
        return
    check(expr, SCOPE)


VOCABULARY = [
    *sorted(SCOPE),
    "country", "size", "kind", "answered", "unknown", "not_applicable", "selected", "count",
    "any_row", "all_rows", "length", "date", "nope", "and", "or", "not", "in", "true",
    "false", "null", "==", "!=", "<", "<=", ">", ">=", "(", ")", "[", "]", ",", "1", "-2.5",
    "'yes'", "'rag'", "'cloud'", "'KR'", "'2025-01-31'", "''",
]


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14), VALUES)
def test_token_soup_never_crashes(tokens: list[str], values: dict[str, Any]) -> None:
    """Random token sequences: syntax errors or problems, never any other exception."""
    expr, problems = compile_expression(" ".join(tokens), SCOPE)
    assert (expr is None) == bool(problems)
    if expr is not None:
        assert evaluate(expr, FakeEnv(values)) in (True, False)


@given(TEXTS | st.text(max_size=20))
def test_string_literals_round_trip(text: str) -> None:
    node = parse(format_literal(text)).root
    assert node.value == text  # type: ignore[attr-defined]


@given(NUMBERS | st.integers() | st.floats(allow_nan=False, allow_infinity=False))
def test_number_literals_round_trip(number: float) -> None:
    source = format_literal(number)
    if len(source) <= 2000:
        value = parse(source).root.value  # type: ignore[attr-defined]
        assert value == number
        assert type(value) is type(number)

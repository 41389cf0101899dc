"""Tokenizer and parser: literals, precedence, errors with locations, limits."""

from __future__ import annotations

import datetime
import re
import time

import pytest

from app.core.expr import MAX_DEPTH, MAX_NODES, MAX_SOURCE_LENGTH, ExprSyntaxError, parse
from app.core.expr.nodes import And, Call, Compare, ListLit, Literal, Name, Not, Or


def root(source: str) -> object:
    return parse(source).root


def syntax_error(source: str) -> ExprSyntaxError:
    with pytest.raises(ExprSyntaxError) as info:
        parse(source)
    return info.value


# -- literals ------------------------------------------------------------------

@pytest.mark.parametrize(("source", "value"), [
    ("3", 3), ("0", 0), ("2.5", 2.5), ("-1", -1), ("-0.25", -0.25), ("007", 7),
    ("true", True), ("false", False), ("null", None),
    ("'text'", "text"), ('"text"', "text"), ("''", ""),
    (r"'it\'s'", "it's"), (r'"say \"hi\""', 'say "hi"'), (r"'a\\b'", "a\\b"),
    (r"'\"'", '"'), ("'대한민국'", "대한민국"), ("\"it's\"", "it's"),
    ("date('2025-01-31')", datetime.date(2025, 1, 31)),
    ("date(\"2024-02-29\")", datetime.date(2024, 2, 29)),
])
def test_literals(source: str, value: object) -> None:
    node = root(source)
    assert isinstance(node, Literal)
    assert node.value == value
    assert type(node.value) is type(value)


def test_list_literals() -> None:
    assert root("[]") == ListLit(())
    assert root("['no', 'unknown']") == ListLit((Literal("no"), Literal("unknown")))
    node = root("[1, -2.5, true, null, date('2025-01-01'), \"x\"]")
    assert isinstance(node, ListLit)
    assert [item.value for item in node.items] == [
        1, -2.5, True, None, datetime.date(2025, 1, 1), "x"]


def test_locations_of_nodes() -> None:
    source = "uses_rag == 'yes'"
    node = root(source)
    assert isinstance(node, Compare)
    assert (node.offset, node.length) == (0, len(source))
    assert (node.right.offset, node.right.length) == (12, 5)


def test_whitespace_and_newlines_are_ignored() -> None:
    assert root("a\n  ==\t1\r\n") == root("a == 1")


# -- precedence ------------------------------------------------------------------

def test_and_binds_tighter_than_or() -> None:
    assert root("a or b and c") == Or((Name("a"), And((Name("b"), Name("c")))))
    assert root("a and b or c") == Or((And((Name("a"), Name("b"))), Name("c")))


def test_chains_are_flat() -> None:
    assert root("a or b or c") == Or((Name("a"), Name("b"), Name("c")))
    assert root("a and b and c") == And((Name("a"), Name("b"), Name("c")))


def test_parentheses_group() -> None:
    assert root("(a or b) and c") == And((Or((Name("a"), Name("b"))), Name("c")))
    assert root("a or (b or c)") == Or((Name("a"), Or((Name("b"), Name("c")))))
    assert root("((a))") == Name("a")


def test_not_binds_looser_than_comparison() -> None:
    assert root("not a == 1") == Not(Compare("==", Name("a"), Literal(1)))
    assert root("not a and b") == And((Not(Name("a")), Name("b")))
    assert root("not not a") == Not(Not(Name("a")))


@pytest.mark.parametrize("op", ["==", "!=", "<", "<=", ">", ">=", "in", "not in"])
def test_comparison_operators(op: str) -> None:
    assert root(f"a {op} b") == Compare(op, Name("a"), Name("b"))


def test_not_in_and_not_before_comparison() -> None:
    assert root("'rag' not in m") == Compare("not in", Literal("rag"), Name("m"))
    assert root("not 'rag' in m") == Not(Compare("in", Literal("rag"), Name("m")))


def test_calls() -> None:
    assert root("count(t, c != 'KR') >= 2") == Compare(">=", Call("count", (
        Name("t"), Compare("!=", Name("c"), Literal("KR")))), Literal(2))
    assert root("selected(q, 'a', 'b')") == Call("selected", (
        Name("q"), Literal("a"), Literal("b")))
    assert root("answered()") == Call("answered", ())


def test_function_names_are_not_reserved() -> None:
    assert root("count == 1") == Compare("==", Name("count"), Literal(1))


def test_literals_of_different_types_differ() -> None:
    assert root("true") != root("1")
    assert root("1") != root("1.0")
    assert root("'1'") != root("1")
    assert root("1") == Literal(1)


def test_nodes_are_hashable_and_compare_by_structure() -> None:
    first, second = parse("a == 1 and b"), parse("a==1   and b")
    assert first.root == second.root
    assert hash(first.root) == hash(second.root)
    assert first.source == "a == 1 and b"
    assert len({first, parse("a == 1 and b")}) == 1


# -- syntax errors -----------------------------------------------------------------

@pytest.mark.parametrize(("source", "offset", "length", "words"), [
    ("", 0, 0, "empty"),
    ("<", 0, 1, "unexpected '<'"),
    ("a <", 3, 0, "ends too early"),
    ("a ! b", 2, 1, "unexpected character '!'"),
    ("   ", 0, 0, "empty"),
    ("a == 'abc", 5, 4, "unterminated"),
    ('a == "abc', 5, 4, "unterminated"),
    ("'abc\\", 4, 1, "unterminated"),
    ("a == 'x\\n'", 7, 2, "unknown escape"),
    ("a == 1 & b", 7, 1, "unexpected character '&'"),
    ("a # comment", 2, 1, "unexpected character '#'"),
    ("a < b < c", 6, 1, "cannot be chained"),
    ("a == 1 == 1", 7, 2, "cannot be chained"),
    ("a in b in c", 7, 2, "cannot be chained"),
    ("a == 1 b", 7, 1, "after a complete expression"),
    ("a == 1)", 6, 1, "after a complete expression"),
    ("(a == 1", 7, 0, "expected ')'"),
    ("a ==", 4, 0, "ends too early"),
    ("and a", 0, 3, "unexpected 'and'"),
    ("a not b", 2, 3, "unexpected 'not'"),
    ("a == 1.", 5, 2, "cannot end with '.'"),
    ("a == 1.2.3", 5, 5, "not a valid number"),
    ("a == 1e5", 5, 3, "not a valid number"),
    ("a == - 1", 5, 1, "unexpected character '-'"),
    ("x in [a]", 6, 1, "a list may only contain"),
    ("x in [[1]]", 6, 1, "a list may only contain"),
    ("x in [1,]", 8, 1, "unexpected ']'"),
    ("x in [1", 7, 0, "expected ']'"),
    ("count(a,)", 8, 1, "unexpected ')'"),
    ("count(a b)", 8, 1, "expected ')'"),
    ("date(x)", 0, 6, "date() takes one date in quotes"),
    ("date('2025-02-30')", 5, 12, "not a valid date"),
    ("date('20250131')", 5, 10, "not a valid date"),
    ("date('2025-W01-1')", 5, 12, "not a valid date"),
])
def test_syntax_errors_have_locations(source: str, offset: int, length: int,
                                      words: str) -> None:
    error = syntax_error(source)
    assert words in error.message
    assert (error.offset, error.length) == (offset, length)


@pytest.mark.parametrize(("source", "hint"), [
    ("a && b", "write 'and'"),
    ("a || b", "write 'or'"),
    ("!a", "write 'not'"),
    ("a = 1", "write '=='"),
    ("a => 1", "write '>='"),
    ("a < b < c", "write a < b and b < c"),
    ("uses_rag == 'yes' adn b", "did you forget 'and' or 'or'?"),
    ("Uses_rag == 'yes'", "write 'uses_rag'"),
    ("a == True", "write 'true'"),
    ("a AND b", "write 'and'"),
    ("x in [yes]", "text needs quotes: 'yes'"),
    ("cuont(t) > 1", "did you mean 'count'?"),
    ("date('31.01.2025')", "YYYY-MM-DD"),
])
def test_syntax_errors_have_hints(source: str, hint: str) -> None:
    assert hint in (syntax_error(source).hint or "")


def test_error_string_names_position_and_hint() -> None:
    text = str(syntax_error("a && b"))
    assert "unexpected character '&'" in text
    assert "character 3" in text
    assert "write 'and'" in text


# -- no eval, ever ------------------------------------------------------------------

@pytest.mark.parametrize("source", [
    "__import__('os')",
    "eval('1')",
    "exec('x = 1')",
    "open('/etc/passwd')",
    "getattr(a, 'b')",
])
def test_unknown_functions_are_rejected(source: str) -> None:
    error = syntax_error(source)
    assert "unknown function" in error.message
    assert error.offset == 0


@pytest.mark.parametrize("source", [
    "__import__('os').system('echo hi')", "a.b", "a.__class__", "a[0]", "'x'.join(y)",
    "lambda: 1", "a if b else c",
    "{'a': 1}", "a + 1", "a * 2", "(1).real", "`a`", "a; b", "import os",
])
def test_python_syntax_is_not_the_language(source: str) -> None:
    syntax_error(source)


def test_nothing_calls_eval_exec_compile_or_ast() -> None:
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "app" / "core" / "expr"
    forbidden = re.compile(r"\b(eval|exec|compile|__import__|getattr)\s*\(|\bimport ast\b"
                           r"|\bfrom ast\b")
    paths = sorted(package.glob("*.py"))
    assert len(paths) > 5
    for path in paths:
        assert not forbidden.search(path.read_text(encoding="utf-8")), path.name


# -- limits ----------------------------------------------------------------------

def test_source_length_limit() -> None:
    parse("a == '" + "x" * (MAX_SOURCE_LENGTH - 7) + "'")
    error = syntax_error("a == '" + "x" * MAX_SOURCE_LENGTH + "'")
    assert "too long" in error.message
    assert str(MAX_SOURCE_LENGTH) in error.message


@pytest.mark.parametrize("source", [
    "not " * 10_000 + "a",
    "(" * 10_000 + "a" + ")" * 10_000,
    "[" * 10_000,
    "count(" * 10_000,
])
def test_huge_nesting_fails_cleanly_and_quickly(source: str) -> None:
    started = time.process_time()  # CPU time, with a wide margin: the machine is busy
    error = syntax_error(source)
    assert "too long" in error.message
    assert time.process_time() - started < 5


@pytest.mark.parametrize(("opener", "closer"), [
    ("not ", ""), ("(", ")"), ("count(", ")"), ("any_row(t, ", ")"),
])
def test_depth_limit(opener: str, closer: str) -> None:
    parse(opener * MAX_DEPTH + "a" + closer * MAX_DEPTH)
    error = syntax_error(opener * (MAX_DEPTH + 1) + "a" + closer * (MAX_DEPTH + 1))
    assert "nested too deeply" in error.message
    assert str(MAX_DEPTH) in error.message


def test_deep_nesting_within_the_length_limit_is_not_a_recursion_error() -> None:
    error = syntax_error("(" * 900 + "a" + ")" * 900)
    assert "nested too deeply" in error.message


def test_node_limit() -> None:
    parts = MAX_NODES // 3 + 1
    source = " or ".join(["a == 1"] * parts)
    assert len(source) <= MAX_SOURCE_LENGTH
    error = syntax_error(source)
    assert "too large" in error.message
    parse(" or ".join(["a == 1"] * (MAX_NODES // 3 - 1)))


def test_long_flat_chain_within_limits_parses() -> None:
    node = root(" and ".join(["a"] * 300))
    assert isinstance(node, And)
    assert len(node.operands) == 300

"""Public API: references(), resolve(), unparse(), exports, and the docs staying in step."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import app.core.expr as expr_package
from app.core.expr import (
    MAX_DEPTH,
    MAX_NODES,
    MAX_SOURCE_LENGTH,
    compile_expression,
    parse,
    references,
    resolve,
    unparse,
)
from app.core.expr.functions import FUNCTIONS
from app.core.expr.nodes import Column, Name, walk
from tests.core.test_expr_support import SCOPE

DOCS = Path(__file__).resolve().parents[2] / "docs" / "expressions.md"


@pytest.mark.parametrize(("source", "refs"), [
    ("uses_rag == 'yes'", {"uses_rag"}),
    ("true", set()),
    ("answered(purpose) and official_source == uses_rag", {"purpose", "official_source",
                                                           "uses_rag"}),
    ("any_row(data_flows, country != 'KR')", {"data_flows"}),
    ("any_row(data_flows, country != home_country)", {"data_flows", "home_country"}),
    ("count(data_flows, volume > 1 and uses_rag == 'yes') > 0", {"data_flows", "uses_rag"}),
    ("any_row(data_flows, any_row(vendors, name == 'Acme' and country == 'KR'))",
     {"data_flows", "vendors"}),
    ("selected(adaptation_methods, 'rag') or 'rag' in adaptation_methods",
     {"adaptation_methods"}),
])
def test_references(source: str, refs: set[str]) -> None:
    expr, problems = compile_expression(source, SCOPE)
    assert expr is not None, problems
    assert references(expr) == refs
    assert references(parse(source), SCOPE) == refs


def test_references_of_a_parsed_only_expression_over_approximate() -> None:
    expr = parse("any_row(data_flows, country != home_country)")
    assert references(expr) == {"data_flows", "country", "home_country"}


def test_resolve_marks_columns_with_their_level() -> None:
    expr = resolve(parse("any_row(data_flows, any_row(vendors, name == country) "
                         "and volume > 1)"), SCOPE)
    columns = {(n.name, n.level) for n in walk(expr.root) if isinstance(n, Column)}
    assert columns == {("name", 1), ("country", 1), ("volume", 0)}
    names = {n.name for n in walk(expr.root) if isinstance(n, Name)}
    assert names == {"data_flows", "vendors"}
    assert resolve(expr, SCOPE) is expr


def test_unparse_is_canonical() -> None:
    source = "not (a or b) and (c == 1 or d in ['x\\'y', -2.5]) or not not e"
    assert unparse(parse(source)) == source
    assert unparse(parse("((a)) and (b)")) == "a and b"
    assert unparse(parse("a or (b or c)")) == "a or (b or c)"
    assert unparse(parse("(not a) == b")) == "(not a) == b"
    assert unparse(parse("date('2025-01-31') > d")) == "date('2025-01-31') > d"
    assert unparse(parse('"say \\"hi\\""')) == "'say \"hi\"'"


def test_expr_is_immutable() -> None:
    expr = parse("a == 1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        expr.source = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        expr.root.op = "!="  # type: ignore[attr-defined]
    assert str(expr) == "a == 1"


def test_public_names() -> None:
    wanted = {"parse", "check", "evaluate", "references", "compile_expression", "TOP", "BOOL",
              "NUMBER", "TEXT", "DATE", "NULL", "Choice", "ChoiceSet", "Table", "ListOf",
              "ExprType", "Scope", "Env", "ExprSyntaxError", "ExprProblem", "Expr"}
    assert wanted <= set(expr_package.__all__)
    for name in expr_package.__all__:
        assert hasattr(expr_package, name)


def test_docs_describe_every_function_and_limit() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name in FUNCTIONS:
        assert f"`{name}(" in text, name
    for limit in (MAX_SOURCE_LENGTH, MAX_DEPTH, MAX_NODES):
        assert f"{limit:,}" in text or str(limit) in text


def test_docs_examples_are_valid() -> None:
    """Every line in a ```expr block of the docs compiles against the example scope."""
    text = DOCS.read_text(encoding="utf-8")
    blocks = text.split("```expr\n")[1:]
    examples = [line for block in blocks for line in block.split("```")[0].splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    assert len(examples) >= 20
    for example in examples:
        expr, problems = compile_expression(example, SCOPE)
        assert expr is not None, (example, problems)

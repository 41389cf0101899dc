"""Numbers a pack may not hold (issue 12, items 1 and 9): huge integers, NaN, infinities.

Each is refused with its ``file:line:col`` and what to do, by the loader and by
every command that reads a pack; none ends in a traceback.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.core.expr import ExprSyntaxError, parse
from tests.core.packtools import PackFactory, assert_diag, load_errors, make_pack, where

CTX = "context.yaml"
RULE = "rule: affected_people >= 1\n"
HUGE = "1" + "0" * 320  # 321 digits: more than a float holds
__all__ = ["make_pack"]  # the fixture, imported for pytest


@pytest.mark.parametrize(
    ("rule", "shift"),
    [
        (f"rule: affected_people >= {HUGE}\n", len("affected_people >= ")),
        (f"rule: affected_people in [1, {HUGE}]\n", len("affected_people in [1, ")),
        (f"rule: affected_people > -{HUGE}.5\n", len("affected_people > ")),
    ],
    ids=["comparison", "inside a list", "negative decimal"],
)
def test_an_integer_beyond_float_range_in_a_rule_is_an_error_at_its_character(
    make_pack: PackFactory, rule: str, shift: int
) -> None:
    folder = make_pack(CTX, RULE, rule)
    result = load_errors(folder)
    at = where(folder, CTX, "rule: affected_people", shift=len("rule: ") + shift)
    diagnostic = assert_diag(result, at, "is too large", "at most 308 digits")
    assert len(str(diagnostic)) < 300  # the 321 digits are not repeated


def test_the_largest_float_sized_integer_is_still_a_number() -> None:
    assert parse("x < " + "1" + "0" * 300).root.right.value == 10**300  # type: ignore[attr-defined]


def test_an_integer_past_pythons_digit_limit_fails_as_a_syntax_error() -> None:
    from app.core.expr.lexer import tokenize

    with pytest.raises(ExprSyntaxError, match=r"too large \(5001 digits\)"):
        tokenize("x > 1" + "0" * 5000)


@pytest.mark.parametrize("command", [["pack", "validate"], ["pack", "lint"],
                                     ["pack", "install", "--allow-unsigned"]])
def test_commands_report_a_huge_integer_without_a_traceback(
    make_pack: PackFactory, command: list[str]
) -> None:
    folder = make_pack(CTX, RULE, f"rule: affected_people >= {HUGE}\n")
    result = CliRunner().invoke(cli, [*command, str(folder)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output and "OverflowError" not in result.output
    assert "is too large (321 digits)" in result.output


def test_lint_json_is_printed_for_a_huge_integer(make_pack: PackFactory) -> None:
    folder = make_pack(CTX, RULE, f"rule: affected_people >= {HUGE}\n")
    result = CliRunner().invoke(cli, ["pack", "lint", "--json", str(folder)])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    [error] = report["errors"]
    assert error["line"] == 62 and "too large" in error["message"]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (".nan", "expected a finite number"),
        (".NaN", "expected a finite number"),
        (".inf", "expected a finite number"),
        ("-.inf", "expected a finite number"),
        ("1.0e400", "expected a finite number"),
        ("1" + "0" * 400, "the number is too large (about 401 digits)"),
        ("1" + "0" * 5000, "the number is too large (5001 characters)"),
    ],
    ids=["nan", "NaN", "inf", "-inf", "1e400", "401 digits", "5001 digits"],
)
@pytest.mark.parametrize("key", ["min", "max"])
def test_a_number_key_must_be_finite(
    make_pack: PackFactory, value: str, words: str, key: str
) -> None:
    old = "min: 0\n        max: 100000000\n"
    new = {"min": f"min: {value}\n        max: 100000000\n",
           "max": f"min: 0\n        max: {value}\n"}
    folder = make_pack(CTX, old, new[key])
    result = load_errors(folder)
    at = where(folder, CTX, f"{key}: {value[:8]}", shift=len(key) + 2)
    diagnostic = assert_diag(result, at, words)
    assert len(diagnostic.message) < 200
    assert len(result.errors) == 1


def test_a_number_column_bound_must_be_finite(make_pack: PackFactory) -> None:
    folder = make_pack("open_models.yaml", "max: 10000\n", "max: .inf\n")
    result = load_errors(folder)
    assert_diag(result, where(folder, "open_models.yaml", ".inf"), "expected a finite number")

"""Messages quote at most ~200 characters of an input value (issue 12, item 9)."""

from __future__ import annotations

import pytest

from app.core.quoting import MAX_SHOWN, quoted, shown
from tests.core.packtools import PackFactory, assert_diag, load_errors, make_pack, where

CTX = "context.yaml"
LONG = "a" * 100_000
__all__ = ["make_pack"]  # the fixture, imported for pytest


def test_a_short_value_is_quoted_as_it_is() -> None:
    assert quoted("uses_rag") == "'uses_rag'"
    assert shown("개인정보") == "개인정보"


def test_a_long_value_is_cut_and_its_length_said() -> None:
    text = quoted(LONG)
    assert text == "'" + "a" * MAX_SHOWN + "…' (100,000 characters)"
    assert shown(LONG).endswith("a… (100,000 characters)")


def test_control_characters_cannot_reach_a_terminal() -> None:
    assert quoted("red\x1b[31m\nnext") == "'red\\x1b[31m\\x0anext'"


def test_a_100000_character_question_id_is_not_echoed_whole(make_pack: PackFactory) -> None:
    folder = make_pack(CTX, "- id: affected_people", f"- id: {LONG}")
    result = load_errors(folder)
    diagnostic = assert_diag(result, where(folder, CTX, LONG[:20]), "(100,000 characters)",
                             "is not a valid id")
    assert len(str(diagnostic)) < 600


def test_a_long_unknown_key_is_not_echoed_whole(make_pack: PackFactory) -> None:
    # YAML limits plain keys to 1,024 characters; an explicit key ("? ") may be any length
    folder = make_pack(CTX, "        integer: true\n", f"        integer: true\n        ? {LONG}\n"
                       "        : 1\n")
    result = load_errors(folder)
    diagnostic = assert_diag(result, where(folder, CTX, LONG[:20]), "unknown key",
                             "(100,000 characters)")
    assert len(str(diagnostic)) < 600


def test_a_long_unknown_name_in_an_expression_is_not_echoed_whole(make_pack: PackFactory) -> None:
    name = "b" * 1900
    folder = make_pack("data_flows.yaml", "show_if: prompt_logging in",
                       f"show_if: {name} in")
    result = load_errors(folder)
    at = where(folder, "data_flows.yaml", name[:20])
    diagnostic = assert_diag(result, at, "unknown question", "(1,900 characters)")
    assert len(str(diagnostic)) < 600


def test_a_long_duplicate_key_is_not_echoed_whole(make_pack: PackFactory) -> None:
    key = "c" * 5000
    folder = make_pack(CTX, "        integer: true\n",
                       f"        integer: true\n        ? {key}\n        : 1\n"
                       f"        ? {key}\n        : 2\n")
    result = load_errors(folder)
    [duplicate] = [d for d in result.errors if "duplicate key" in d.message]
    assert "(5,000 characters)" in duplicate.message and len(str(duplicate)) < 600


@pytest.mark.parametrize("name", ["x" * 3000 + ".yaml", "../" * 1000 + "x.yaml"])
def test_a_long_module_file_name_is_not_echoed_whole(make_pack: PackFactory, name: str) -> None:
    folder = make_pack("pack.yaml", "  - context.yaml\n", f"  - '{name}'\n")
    result = load_errors(folder)
    long = [d for d in result.errors if "characters)" in d.message]
    assert long and all(len(str(d)) < 700 for d in result.errors)

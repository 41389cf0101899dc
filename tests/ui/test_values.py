"""Typed text: numbers and dates as people write them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ui.wizard.values import format_number, parse_date, parse_number


@pytest.mark.parametrize(("text", "integer", "value", "problem"), [
    ("12", True, 12, None), ("1,200", True, 1200, None), (" 3.5 ", False, 3.5, None),
    ("4.0", True, 4, None), ("3.5", True, None, "whole"), ("abc", False, None, "number"),
    ("nan", False, None, "number"), ("inf", False, None, "number"), ("", True, None, None),
])
def test_parse_number(text: str, integer: bool, value: object, problem: str | None) -> None:
    parsed = parse_number(text, integer)
    assert (parsed.value, parsed.problem, parsed.empty) == (value, problem, text == "")


@pytest.mark.parametrize(("text", "value"), [
    ("2026-03-31", dt.date(2026, 3, 31)), ("2026.3.1", dt.date(2026, 3, 1)),
    ("2026. 3. 1.", dt.date(2026, 3, 1)), ("20260301", dt.date(2026, 3, 1)),
    ("2026/12/01", dt.date(2026, 12, 1)),
    ("2026-02-30", None), ("26-3-1", None), ("2026031", None),
])
def test_parse_date(text: str, value: dt.date | None) -> None:
    parsed = parse_date(text)
    assert parsed.value == value and (parsed.problem is None) == (value is not None)


def test_empty_date_and_number_formatting() -> None:
    assert parse_date("  ").empty
    assert (format_number(3.0), format_number(2.5), format_number(None)) == ("3", "2.5", "")

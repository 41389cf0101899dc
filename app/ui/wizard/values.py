"""Turning what the user typed into typed values (no Qt): numbers and ISO dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Parsed:
    """A typed value, or why the text is not one (``problem`` is a message key)."""

    value: Any = None
    problem: str | None = None
    empty: bool = False


def parse_number(text: str, integer: bool) -> Parsed:
    """``"1,200"`` -> 1200; ``"3.5"`` -> 3.5; problems: "number", "whole"."""
    cleaned = text.strip().replace(",", "").replace(" ", "")
    if not cleaned:
        return Parsed(empty=True)
    try:
        number = float(cleaned)
    except ValueError:
        return Parsed(problem="number")
    if number != number or number in (float("inf"), float("-inf")):
        return Parsed(problem="number")
    if integer:
        if number != int(number):
            return Parsed(problem="whole")
        return Parsed(int(number))
    return Parsed(int(number) if number == int(number) and "." not in cleaned else number)


DATE_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
SEPARATORS = re.compile(r"[-./\s]+")


def parse_date(text: str) -> Parsed:
    """``2026-01-31``, ``2026. 1. 31.``, ``2026/1/31`` or ``20260131`` -> a date."""
    cleaned = SEPARATORS.sub("-", text.strip()).strip("-")
    if not cleaned:
        return Parsed(empty=True)
    if cleaned.isdigit() and len(cleaned) == 8:
        cleaned = f"{cleaned[:4]}-{cleaned[4:6]}-{cleaned[6:]}"
    match = DATE_PATTERN.match(cleaned)
    if match is None:
        return Parsed(problem="date")
    try:
        return Parsed(dt.date(*(int(part) for part in match.groups())))
    except ValueError:
        return Parsed(problem="date")


def format_number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)

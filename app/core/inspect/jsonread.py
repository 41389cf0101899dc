"""Bounded reading of JSON found in model folders (never more than a set number of bytes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from app.core.inspect.findings import InspectError


def read_prefix(handle: BinaryIO, limit: int, what: str) -> bytes:
    """Up to ``limit`` bytes; more than that is refused (the caller checked nothing yet)."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise InspectError("too_many", what=what, count=f"> {limit} bytes", limit=f"{limit} bytes")
    return data


def parse_json(raw: bytes, what: str) -> Any:
    """Strict UTF-8 JSON; NaN, deep nesting and bad text become an :class:`InspectError`."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InspectError("bad_json", what=what, detail=f"not UTF-8 at byte {exc.start}") from None
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:  # the C scanner guards its recursion: deep nesting lands here
        raise InspectError("bad_json", what=what, detail="nested too deeply") from None
    except ValueError as exc:
        raise InspectError("bad_json", what=what, detail=str(exc)) from None


def read_json_file(path: Path, limit: int, what: str) -> Any:
    try:
        with path.open("rb") as handle:
            raw = read_prefix(handle, limit, what)
    except OSError as exc:
        raise InspectError("unreadable", detail=exc.strerror or exc) from None
    return parse_json(raw, what)


def read_json_object(path: Path, limit: int, what: str) -> dict[str, Any]:
    data = read_json_file(path, limit, what)
    if not isinstance(data, dict):
        raise InspectError("bad_header", what=what, detail="the top level is not an object")
    return data


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def text_list(value: Any) -> list[str]:
    """A string or a list of strings as a list; anything else as empty."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []

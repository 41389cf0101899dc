"""Cheap checks on caller input, raising :class:`InvalidValue` (a ``ValueError``) with a
readable message."""

from __future__ import annotations

import json
import unicodedata
import uuid as uuid_module
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from app.storage.errors import InvalidValue


def text(value: object, what: str) -> str:
    """A string that is not blank, stripped and in NFC form."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(f"{what} must be a non-empty text, got {value!r}.")
    return unicodedata.normalize("NFC", value.strip())


def identifier(value: object, what: str) -> str:
    """An id (question, measure, setting key): non-empty, no surrounding spaces, kept as is."""
    if not isinstance(value, str) or not value or value != value.strip():
        raise InvalidValue(
            f"{what} must be a non-empty text without surrounding spaces: {value!r}.")
    return value


def optional_text(value: object, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidValue(f"{what} must be a text or None, got {value!r}.")
    return value


def choice(value: object, allowed: Iterable[str], what: str) -> str:
    options = tuple(allowed)
    if value not in options:
        raise InvalidValue(f"{what} must be one of {', '.join(options)}; got {value!r}.")
    return str(value)


def iso_date(value: object, what: str) -> str | None:
    """None, or a date as ``YYYY-MM-DD``."""
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidValue(f"{what} must be a date like 2026-12-31, got {value!r}.") from None


def timestamp(value: object, what: str) -> str | None:
    """None, or an ISO-8601 time with a zone, returned as UTC with milliseconds."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise InvalidValue(f"{what} must be a time like 2026-11-28T13:20:05.123Z, got {value!r}.")
    utc = parsed.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def uuid_hex(value: object) -> str:
    """A UUID in any standard spelling, returned as 32 lowercase hex digits."""
    try:
        return uuid_module.UUID(str(value)).hex
    except ValueError:
        raise InvalidValue(f"{value!r} is not a valid assessment uuid.") from None


def new_uuid() -> str:
    return uuid_module.uuid4().hex


def encode_json(value: Any, what: str) -> str:
    """Compact, key-sorted JSON; NaN and non-JSON types are refused."""
    try:
        return json.dumps(
            value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        )
    except (TypeError, ValueError) as exc:
        raise InvalidValue(f"{what} cannot be stored as JSON: {exc}.") from None


def encode_answer(value: object, question_id: str) -> str:
    if not isinstance(value, dict):
        raise InvalidValue(f"The answer to {question_id!r} must be a dict, got {value!r}.")
    return encode_json(value, f"The answer to {question_id!r}")

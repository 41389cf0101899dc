"""UTC timestamps as stored in the database."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    """The current time as ISO-8601 UTC with milliseconds, e.g. ``2026-11-28T13:20:05.123Z``."""
    now = datetime.now(UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def file_stamp() -> str:
    """The current UTC time for file names (no colons), e.g. ``20261128T132005123Z``."""
    now = datetime.now(UTC)
    return now.strftime("%Y%m%dT%H%M%S") + f"{now.microsecond // 1000:03d}Z"

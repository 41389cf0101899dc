"""Frozen records the storage layer hands to callers.

Values that were stored as JSON (answer values, pack titles) come back as
plain dicts; callers must treat them as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.statuses import ASSESSMENT_STATUSES, PLAN_STATUSES

__all__ = ["ASSESSMENT_STATUSES", "PACK_SOURCES", "PLAN_STATUSES"]
PACK_SOURCES = ("builtin", "folder", "bundle")


@dataclass(frozen=True, slots=True)
class Organization:
    id: int
    name: str
    notes: str
    archived: bool
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Assessment:
    id: int
    uuid: str
    organization_id: int
    organization_name: str
    title: str
    pack_id: str
    pack_version: str
    pack_hash: str
    language: str
    status: str
    current_section: str | None
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    question_id: str
    value: dict[str, Any]
    note: str | None
    updated_at: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One save (``value`` is a dict) or clear (``value`` is None) of an answer."""

    id: int
    question_id: str
    value: dict[str, Any] | None
    note: str | None
    changed_at: str


@dataclass(frozen=True, slots=True)
class MeasurePlan:
    measure_id: str
    owner: str
    due_date: str | None
    status: str
    note: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class InstalledPack:
    pack_id: str
    version: str
    content_hash: str
    title: dict[str, str]
    publisher: str
    path: Path
    source: str
    verified: bool
    signer: str | None
    installed_at: str
    issued: str | None = None
    expires: str | None = None


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A publisher key the user trusts: ``key_id`` is its SHA-256 fingerprint (hex)."""

    key_id: str
    public_key: str  # base64 of the 32 raw Ed25519 bytes
    name: str
    added_at: str


@dataclass(frozen=True, slots=True)
class ArchivedRecord:
    """An answer an upgrade set aside; see ``app.core.versioning.upgrade.ArchivedAnswer``."""

    id: int
    question_id: str
    value: dict[str, Any]
    note: str | None
    pack_version: str
    reason: str
    detail: str
    label: dict[str, str]
    display: dict[str, str]
    archived_at: str


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    question_id: str
    reason: str
    detail: str
    flagged_at: str


@dataclass(frozen=True, slots=True)
class UpgradeRecord:
    id: int
    pack_id: str
    from_version: str
    to_version: str
    summary: dict[str, Any]
    backup: str | None
    upgraded_at: str

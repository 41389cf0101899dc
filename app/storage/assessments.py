"""Assessments: one questionnaire pack filled in for one organization."""

from __future__ import annotations

import enum
import functools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from sqlite_utils import Database

from app.listing_sql import ASSESSMENT_SELECT, assessments_query
from app.storage import clock, validation
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import DuplicateError, InvalidValue, NotFoundError
from app.storage.organizations import fetch_organization
from app.storage.records import ASSESSMENT_STATUSES, Assessment


class Unset(enum.Enum):
    """Marks an argument that was not given (None can be a real value)."""

    TOKEN = 0


UNSET: Final = Unset.TOKEN

_SELECT = ASSESSMENT_SELECT


@dataclass(frozen=True)
class NewAssessment:
    """The validated fields of an assessment about to be inserted."""

    organization_id: int
    title: str
    pack_id: str
    pack_version: str
    pack_hash: str
    language: str
    uuid: str
    status: str = "draft"
    current_section: str | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @classmethod
    def checked(cls, **fields: Any) -> NewAssessment:
        """Validate and normalise; a missing uuid gets a fresh uuid4."""
        for name in ("title", "pack_id", "pack_version", "pack_hash", "language"):
            fields[name] = validation.text(fields[name], name.replace("_", " ").capitalize())
        uuid = fields.get("uuid")
        fields["uuid"] = validation.new_uuid() if uuid is None else validation.uuid_hex(uuid)
        if "status" in fields:
            fields["status"] = _status(fields["status"])
        if "created_at" in fields:
            fields["created_at"] = validation.timestamp(fields["created_at"], "The creation time")
        if "updated_at" in fields:
            fields["updated_at"] = validation.timestamp(fields["updated_at"], "The update time")
        if "current_section" in fields:
            fields["current_section"] = _section(fields["current_section"])
        return cls(**fields)


def _status(value: object) -> str:
    return validation.choice(value, ASSESSMENT_STATUSES, "The assessment status")


def _section(value: object) -> str | None:
    return validation.optional_text(value, "The current section")


def fetch_assessment(db: Database, assessment_id: int) -> Assessment:
    row = fetch_one(db, f"{_SELECT} WHERE a.id = ?", [assessment_id])
    if row is None:
        raise NotFoundError(f"There is no assessment with id {assessment_id}.")
    return Assessment(**row)


def lookup_uuid(db: Database, uuid: str) -> Assessment | None:
    row = fetch_one(db, f"{_SELECT} WHERE a.uuid = ?", [validation.uuid_hex(uuid)])
    return Assessment(**row) if row else None


def insert_assessment(db: Database, new: NewAssessment) -> Assessment:
    """Insert one assessment; call inside a transaction."""
    fetch_organization(db, new.organization_id)
    if (existing := lookup_uuid(db, new.uuid)) is not None:
        raise DuplicateError(
            f"An assessment with uuid {new.uuid} already exists here ({existing.title!r})."
        )
    now = clock.utc_now()
    cursor = db.execute(
        "INSERT INTO assessments (uuid, organization_id, title, pack_id, pack_version,"
        " pack_hash, language, status, current_section, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new.uuid,
            new.organization_id,
            new.title,
            new.pack_id,
            new.pack_version,
            new.pack_hash,
            new.language,
            new.status,
            new.current_section,
            new.created_at or now,
            new.updated_at or now,
        ],
    )
    return fetch_assessment(db, int(cursor.lastrowid or 0))


def touch_assessment(db: Database, assessment_id: int, now: str) -> None:
    """Bump ``updated_at``; raise NotFoundError if the assessment does not exist."""
    cursor = db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [now, assessment_id])
    if cursor.rowcount == 0:
        raise NotFoundError(f"There is no assessment with id {assessment_id}.")


class AssessmentsMixin(StoreBase):
    def create_assessment(
        self,
        organization_id: int,
        title: str,
        *,
        pack_id: str,
        pack_version: str,
        pack_hash: str,
        language: str,
        uuid: str | None = None,
    ) -> Assessment:
        """Start a draft assessment; ``uuid`` defaults to a new uuid4 hex."""
        new = NewAssessment.checked(
            organization_id=organization_id,
            title=title,
            pack_id=pack_id,
            pack_version=pack_version,
            pack_hash=pack_hash,
            language=language,
            uuid=uuid,
        )
        with self._write() as db:
            return insert_assessment(db, new)

    def get_assessment(self, assessment_id: int) -> Assessment:
        return fetch_assessment(self._db, assessment_id)

    def get_assessment_by_uuid(self, uuid: str) -> Assessment | None:
        return lookup_uuid(self._db, uuid)

    def list_assessments(
        self,
        organization_id: int | None = None,
        include_archived: bool = False,
        search: str | None = None,
    ) -> list[Assessment]:
        """Most recently changed first.

        Args:
            organization_id: only this organization's assessments.
            include_archived: also those whose status is 'archived'.
            search: text found in the title or organization name, ignoring case.
        """
        sql, params = assessments_query(organization_id, include_archived, search)
        return [Assessment(**row) for row in fetch_all(self._db, sql, params)]

    def update_assessment(
        self,
        assessment_id: int,
        *,
        title: str | Unset = UNSET,
        status: str | Unset = UNSET,
        language: str | Unset = UNSET,
        current_section: str | Unset | None = UNSET,
        pack_version: str | Unset = UNSET,
        pack_hash: str | Unset = UNSET,
    ) -> Assessment:
        """Change only the fields given and bump ``updated_at``."""
        changes = _changes(
            title=title,
            status=status,
            language=language,
            current_section=current_section,
            pack_version=pack_version,
            pack_hash=pack_hash,
        )
        with self._write() as db:
            if not changes:
                return fetch_assessment(db, assessment_id)
            _apply_changes(db, assessment_id, changes)
            return fetch_assessment(db, assessment_id)

    def delete_assessment(self, assessment_id: int) -> None:
        """Delete the assessment with its answers, history and measure plans."""
        with self._write() as db:
            cursor = db.execute("DELETE FROM assessments WHERE id = ?", [assessment_id])
            if cursor.rowcount == 0:
                raise NotFoundError(f"There is no assessment with id {assessment_id}.")


def _text_check(what: str) -> Callable[[object], str]:
    return functools.partial(validation.text, what=what)


_CHECKS: dict[str, Callable[[object], str | None]] = {
    "title": _text_check("The title"),
    "status": _status,
    "language": _text_check("The language"),
    "current_section": _section,
    "pack_version": _text_check("The pack version"),
    "pack_hash": _text_check("The pack hash"),
}


def _changes(**given: object) -> dict[str, Any]:
    return {name: _CHECKS[name](value) for name, value in given.items() if value is not UNSET}


def _apply_changes(db: Database, assessment_id: int, changes: dict[str, Any]) -> None:
    # Column names come from _CHECKS' fixed keys, never from the caller.
    assignments = ", ".join(f"{column} = ?" for column in [*changes, "updated_at"])
    sql = f"UPDATE assessments SET {assignments} WHERE id = ?"  # noqa: S608
    try:
        cursor = db.execute(sql, [*changes.values(), clock.utc_now(), assessment_id])
    except sqlite3.IntegrityError as exc:  # only CHECK constraints can fail here
        raise InvalidValue(f"Invalid assessment change {changes}: {exc}.") from exc
    if cursor.rowcount == 0:
        raise NotFoundError(f"There is no assessment with id {assessment_id}.")

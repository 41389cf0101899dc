"""Organizations (the clients an assessment is made for)."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlite_utils import Database

from app.listing_sql import CLIENT_SELECT, clients_query
from app.storage import clock, validation
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import DuplicateError, InvalidValue, NotFoundError
from app.storage.records import Organization

_SELECT = CLIENT_SELECT


def _from_row(row: dict[str, Any]) -> Organization:
    return Organization(
        id=row["id"],
        name=row["name"],
        notes=row["notes"],
        archived=bool(row["archived"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def fetch_organization(db: Database, organization_id: int) -> Organization:
    row = fetch_one(db, f"{_SELECT} WHERE id = ?", [organization_id])
    if row is None:
        raise NotFoundError(f"There is no organization with id {organization_id}.")
    return _from_row(row)


def lookup_organization(db: Database, name: str) -> Organization | None:
    """The organization with this name, ignoring case and surrounding spaces."""
    row = fetch_one(db, f"{_SELECT} WHERE name = ?", [validation.text(name, "Name")])
    return _from_row(row) if row else None


def insert_organization(db: Database, name: str, notes: str) -> Organization:
    """Insert one organization; call inside a transaction."""
    clean = validation.text(name, "The organization name")
    now = clock.utc_now()
    try:
        cursor = db.execute(
            "INSERT INTO organizations (name, notes, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [clean, _notes(notes), now, now],
        )
    except sqlite3.IntegrityError as exc:
        raise _duplicate(clean) from exc
    return fetch_organization(db, int(cursor.lastrowid or 0))


def _notes(notes: object) -> str:
    if not isinstance(notes, str):
        raise InvalidValue(f"Notes must be a text, got {notes!r}.")
    return notes


def _duplicate(name: str) -> DuplicateError:
    return DuplicateError(
        f"An organization named {name!r} already exists (names are compared "
        "ignoring case). Choose another name or use the existing one."
    )


class OrganizationsMixin(StoreBase):
    def add_organization(self, name: str, notes: str = "") -> Organization:
        """Add an organization; a name already in use (any case) raises DuplicateError."""
        with self._write() as db:
            return insert_organization(db, name, notes)

    def list_organizations(self, include_archived: bool = False) -> list[Organization]:
        """Organizations sorted by name; archived ones only if asked for."""
        rows = fetch_all(self._db, clients_query(include_archived))
        return [_from_row(row) for row in rows]

    def get_organization(self, organization_id: int) -> Organization:
        return fetch_organization(self._db, organization_id)

    def find_organization(self, name: str) -> Organization | None:
        return lookup_organization(self._db, name)

    def count_assessments(self, organization_id: int) -> int:
        """How many assessments (archived ones too) the organization has."""
        row = fetch_one(self._db, "SELECT count(*) AS n FROM assessments WHERE organization_id = ?",
                        [organization_id])
        return int(row["n"]) if row else 0

    def delete_organization(self, organization_id: int) -> int:
        """Delete the organization and all its assessments in one transaction.

        Answers, history and measure plans go with the assessments. Returns
        how many assessments were deleted.
        """
        with self._write() as db:
            fetch_organization(db, organization_id)  # NotFoundError for an unknown id
            cursor = db.execute("DELETE FROM assessments WHERE organization_id = ?",
                                [organization_id])
            db.execute("DELETE FROM organizations WHERE id = ?", [organization_id])
            return max(cursor.rowcount, 0)

    def rename_organization(self, organization_id: int, name: str) -> Organization:
        return self.update_organization(organization_id, name=name)

    def update_organization(
        self,
        organization_id: int,
        *,
        name: str | None = None,
        notes: str | None = None,
        archived: bool | None = None,
    ) -> Organization:
        """Change only the fields given (None leaves a field as it is)."""
        changes = _changes(name, notes, archived)
        with self._write() as db:
            current = fetch_organization(db, organization_id)
            if not changes:
                return current
            _apply_changes(db, organization_id, changes)
            return fetch_organization(db, organization_id)


def _changes(name: str | None, notes: str | None, archived: bool | None) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = validation.text(name, "The organization name")
    if notes is not None:
        changes["notes"] = _notes(notes)
    if archived is not None:
        changes["archived"] = int(bool(archived))
    return changes


def _apply_changes(db: Database, organization_id: int, changes: dict[str, Any]) -> None:
    # Column names come from _changes' fixed keys, never from the caller.
    assignments = ", ".join(f"{column} = ?" for column in [*changes, "updated_at"])
    sql = f"UPDATE organizations SET {assignments} WHERE id = ?"  # noqa: S608
    try:
        db.execute(sql, [*changes.values(), clock.utc_now(), organization_id])
    except sqlite3.IntegrityError as exc:
        raise _duplicate(changes["name"]) from exc

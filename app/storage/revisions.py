"""Approved revisions: frozen snapshots, numbered per assessment (schema "revisions").

A revision is written with the approval that makes it (``ReviewMixin.move_status``)
or by an import, never changed afterwards. Its snapshot is kept as canonical
JSON; :meth:`RevisionsMixin.get_revision` checks it against its SHA-256.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from app.core.hashing import canonical_json, sha256_hex
from app.core.review.records import Revision, RevisionInfo
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import DatabaseDamagedError, NotFoundError

_INFO = """
SELECT number, approved_by, approved_at, comment, snapshot_hash, pack_id, pack_version, pack_hash
FROM revisions WHERE assessment_id = ?
"""
# Every file a revision lists, for reference counting (JSON1 is built into SQLite >= 3.38).
_SNAPSHOT_FILES = """
SELECT DISTINCT json_extract(item.value, '$.sha256') AS sha256,
       json_extract(item.value, '$.size') AS size
FROM revisions AS r, json_each(r.snapshot, '$.attachments') AS item
"""


@dataclass(frozen=True)
class NewRevision:
    """A revision about to be written: its facts and its snapshot (plain JSON data)."""

    info: RevisionInfo
    snapshot: dict[str, Any]


def write_revision(db: Database, assessment_id: int, revision: NewRevision) -> None:
    """Insert one revision; call inside a transaction. The hash must be the snapshot's."""
    info, encoded = revision.info, canonical_json(revision.snapshot)
    if sha256_hex(encoded) != info.snapshot_hash:
        raise ValueError(f"Revision {info.number}: the snapshot does not match its hash.")
    db.execute(
        "INSERT INTO revisions (assessment_id, number, approved_by, approved_at, comment,"
        " pack_id, pack_version, pack_hash, snapshot, snapshot_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [assessment_id, info.number, info.approved_by, info.approved_at, info.comment,
         info.pack_id, info.pack_version, info.pack_hash, encoded, info.snapshot_hash])


def snapshot_files(db: Database, assessment_id: int | None = None) -> dict[str, int]:
    """SHA-256 -> size of every file the revisions (of one assessment, or all) list."""
    sql, params = _SNAPSHOT_FILES, []
    if assessment_id is not None:
        sql, params = f"{sql} WHERE r.assessment_id = ?", [assessment_id]
    return {row["sha256"]: int(row["size"]) for row in fetch_all(db, sql, params)
            if isinstance(row["sha256"], str)}


class RevisionsMixin(StoreBase):
    def list_revisions(self, assessment_id: int) -> list[RevisionInfo]:
        """Oldest first."""
        rows = fetch_all(self._db, f"{_INFO} ORDER BY number", [assessment_id])
        return [RevisionInfo(**row) for row in rows]

    def latest_revision(self, assessment_id: int) -> RevisionInfo | None:
        rows = fetch_all(self._db, f"{_INFO} ORDER BY number DESC LIMIT 1", [assessment_id])
        return RevisionInfo(**rows[0]) if rows else None

    def get_revision(self, assessment_id: int, number: int) -> Revision:
        """One revision with its snapshot, checked against the hash it was approved with.

        Raises:
            NotFoundError: no such revision.
            DatabaseDamagedError: the stored snapshot no longer matches its hash.
        """
        row = fetch_one(self._db, f"{_INFO.replace('SELECT', 'SELECT snapshot,', 1)}"
                        " AND number = ?", [assessment_id, number])
        if row is None:
            raise NotFoundError(f"Assessment {assessment_id} has no revision {number}.")
        encoded = row.pop("snapshot")
        info = RevisionInfo(**row)
        if sha256_hex(encoded) != info.snapshot_hash:
            raise DatabaseDamagedError(
                f"{self._path}: revision {number} of assessment {assessment_id} no longer "
                "matches the SHA-256 it was approved with (the database was changed outside "
                "AIPIA). Restore the database from a backup.")
        return Revision(info, json.loads(encoded))

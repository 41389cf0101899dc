"""Model-scan manifests kept with an assessment (see ``schema_model_scans``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from app.storage import clock, validation
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import InvalidValue, NotFoundError

MAX_MANIFEST_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ModelScanRecord:
    id: int
    assessment_id: int
    scanned_at: str
    manifest: dict[str, Any]


def _record(row: dict[str, Any]) -> ModelScanRecord:
    return ModelScanRecord(row["id"], row["assessment_id"], row["scanned_at"],
                           json.loads(row["manifest"]))


def checked_scan(manifest: dict[str, Any], scanned_at: str | None) -> tuple[str, str | None]:
    """The manifest as stored JSON and the scan time in UTC; ValueError when either is wrong."""
    encoded = validation.encode_json(manifest, "The scan manifest")
    if len(encoded.encode("utf-8")) > MAX_MANIFEST_BYTES:
        raise InvalidValue("The scan manifest is too large to keep (more than 16 MB).")
    return encoded, validation.timestamp(scanned_at, "The scan time")


def write_scan(db: Database, assessment_id: int, encoded: str, when: str) -> int:
    cursor = db.execute(
        "INSERT INTO model_scans (assessment_id, scanned_at, manifest) VALUES (?, ?, ?)",
        [assessment_id, when, encoded])
    return int(cursor.lastrowid or 0)


class ModelScansMixin(StoreBase):
    def add_model_scan(self, assessment_id: int, manifest: dict[str, Any],
                       scanned_at: str | None = None) -> ModelScanRecord:
        """Keep one scan's manifest with the assessment."""
        encoded, checked = checked_scan(manifest, scanned_at)
        when = checked or clock.utc_now()
        with self._write() as db:
            if not fetch_one(db, "SELECT id FROM assessments WHERE id = ?", [assessment_id]):
                raise NotFoundError(f"There is no assessment {assessment_id}.")
            new_id = write_scan(db, assessment_id, encoded, when)
        return ModelScanRecord(new_id, assessment_id, when, json.loads(encoded))

    def list_model_scans(self, assessment_id: int) -> list[ModelScanRecord]:
        """The assessment's scans, oldest first."""
        rows = fetch_all(self._db, "SELECT * FROM model_scans WHERE assessment_id = ? "
                         "ORDER BY scanned_at, id", [assessment_id])
        return [_record(row) for row in rows]

"""Model-scan manifests kept with an assessment (see ``schema_model_scans``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.storage import clock, validation
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import NotFoundError

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


class ModelScansMixin(StoreBase):
    def add_model_scan(self, assessment_id: int, manifest: dict[str, Any],
                       scanned_at: str | None = None) -> ModelScanRecord:
        """Keep one scan's manifest with the assessment."""
        encoded = validation.encode_json(manifest, "The scan manifest")
        if len(encoded.encode("utf-8")) > MAX_MANIFEST_BYTES:
            raise ValueError("The scan manifest is too large to keep (more than 16 MB).")
        when = validation.timestamp(scanned_at, "The scan time") or clock.utc_now()
        with self._write() as db:
            if not fetch_one(db, "SELECT id FROM assessments WHERE id = ?", [assessment_id]):
                raise NotFoundError(f"There is no assessment {assessment_id}.")
            cursor = db.execute(
                "INSERT INTO model_scans (assessment_id, scanned_at, manifest) VALUES (?, ?, ?)",
                [assessment_id, when, encoded])
            new_id = cursor.lastrowid
        return ModelScanRecord(int(new_id or 0), assessment_id, when, json.loads(encoded))

    def list_model_scans(self, assessment_id: int) -> list[ModelScanRecord]:
        """The assessment's scans, oldest first."""
        rows = fetch_all(self._db, "SELECT * FROM model_scans WHERE assessment_id = ? "
                         "ORDER BY scanned_at, id", [assessment_id])
        return [_record(row) for row in rows]

"""Schema step "model scans": the manifests of model-folder scans, per assessment.

One row per scan: when it ran and its manifest (JSON: every file's path, size
and SHA-256), so a later scan can say which files changed and the report can
show the hashes and the scan date. Named for its content, not a number, so a
parallel schema step elsewhere merges cleanly; its version is set in
``migrations.MIGRATIONS``.

Frozen once released: later changes go in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE model_scans (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    scanned_at TEXT NOT NULL,
    manifest TEXT NOT NULL
);
CREATE INDEX model_scans_by_assessment ON model_scans (assessment_id, scanned_at)
"""


def apply(db: Database) -> None:
    # executescript would COMMIT the migration's open transaction; run each statement instead.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)

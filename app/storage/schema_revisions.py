"""Schema step "revisions": every approval of an assessment, frozen.

One row per approved revision: its number (1, 2, 3 ... per assessment), who
approved it and when, the approval comment, the pack it was answered on, and
its snapshot (answers, plans, judgements, verdicts, opinions, evidence list;
see ``app.core.review.package_format.RevisionSnapshot``) as canonical JSON
with that JSON's SHA-256. Rows are never updated; they go only with their
assessment.

Named for its content, not a number, so a parallel schema step elsewhere
merges cleanly; its version is set in ``migrations.MIGRATIONS``. Frozen once
released: later changes go in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    approved_by TEXT NOT NULL CHECK (length(trim(approved_by)) > 0),
    approved_at TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    pack_hash TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    snapshot_hash TEXT NOT NULL CHECK (length(snapshot_hash) = 64),
    UNIQUE (assessment_id, number)
)
"""


def apply(db: Database) -> None:
    db.execute(SCHEMA)

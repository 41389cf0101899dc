"""Schema step "evidence": files attached to an assessment, an answer, a measure or a section.

One row per attachment: what it is attached to, the name shown, its size and
SHA-256 (the file itself is kept by that hash in the data folder's
``evidence/`` folder, see ``app.storage.evidence_files``), who attached it,
when, and a note. Deleting a row never deletes the file while a revision's
snapshot still lists it.

Named for its content, not a number, so a parallel schema step elsewhere
merges cleanly; its version is set in ``migrations.MIGRATIONS``. Frozen once
released: later changes go in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('assessment', 'section', 'answer',
                                                     'measure')),
    target_id TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    added_by TEXT NOT NULL CHECK (length(trim(added_by)) > 0),
    added_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attachments_by_assessment ON attachments (assessment_id, id);
CREATE INDEX attachments_by_hash ON attachments (sha256)
"""


def apply(db: Database) -> None:
    # executescript would COMMIT the migration's open transaction; run each statement instead.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)

"""Schema step "sections switched off": optional sections the assessor switched off.

One row per switched-off section of an assessment, with the reason, who and
when; switching it on again deletes the row. Named for its content, not a
number; its version is set in ``migrations.MIGRATIONS``.

Frozen once released: later changes go in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE sections_off (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    section_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 2000),
    changed_by TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, section_id)
)
"""


def apply(db: Database) -> None:
    db.execute(SCHEMA)

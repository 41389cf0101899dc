"""Schema version 2: signed packs and pack upgrades.

- ``trusted_keys``: publisher keys the user chose to trust (the app's own
  publisher key ships with the app and is not stored here);
- ``installed_packs.issued`` / ``expires``: the dates a bundle's manifest gives;
- ``archived_answers``: answers an upgrade set aside (question removed, or the
  value no longer fits), never deleted;
- ``review_flags``: questions an upgrade asks the user to look at again;
- ``pack_upgrades``: what each upgrade did (its "what changed" summary).

Frozen once released: later changes go in a new numbered migration.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE trusted_keys (
    key_id TEXT PRIMARY KEY CHECK (length(key_id) = 64),
    public_key TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);

ALTER TABLE installed_packs ADD COLUMN issued TEXT;
ALTER TABLE installed_packs ADD COLUMN expires TEXT;

CREATE TABLE archived_answers (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    note TEXT,
    pack_version TEXT NOT NULL,
    reason TEXT NOT NULL
        CHECK (reason IN ('removed', 'not_in_version', 'no_longer_fits', 'merged')),
    detail TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '{}',
    display TEXT NOT NULL DEFAULT '{}',
    archived_at TEXT NOT NULL
);
CREATE INDEX archived_answers_by_assessment ON archived_answers (assessment_id);

CREATE TABLE review_flags (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('new', 'changed', 'answer_archived')),
    detail TEXT NOT NULL DEFAULT '',
    flagged_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
);

CREATE TABLE pack_upgrades (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    pack_id TEXT NOT NULL,
    from_version TEXT NOT NULL,
    to_version TEXT NOT NULL,
    summary TEXT NOT NULL,
    backup TEXT,
    upgraded_at TEXT NOT NULL
);
CREATE INDEX pack_upgrades_by_assessment ON pack_upgrades (assessment_id);
"""


def apply(db: Database) -> None:
    # executescript would COMMIT the migration's open transaction; run each statement instead.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)

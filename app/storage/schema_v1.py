"""Schema version 1: the first AIPIA database layout.

Frozen once released: later changes go in a new numbered migration.
Tables are not STRICT so that SQLite builds older than 3.37 can open them;
CHECK constraints guard the enumerated columns instead.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    organization_id INTEGER NOT NULL
        REFERENCES organizations (id) ON DELETE RESTRICT,
    title TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    pack_hash TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_review', 'completed', 'archived')),
    current_section TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX assessments_by_organization ON assessments (organization_id);

-- The primary key's index serves "all answers of an assessment".
CREATE TABLE answers (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    note TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
);

CREATE TABLE answer_history (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value TEXT,
    note TEXT,
    changed_at TEXT NOT NULL
);
CREATE INDEX answer_history_by_question ON answer_history (assessment_id, question_id);

CREATE TABLE measure_plans (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    measure_id TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in_progress', 'done', 'not_planned')),
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, measure_id)
);

CREATE TABLE installed_packs (
    pack_id TEXT NOT NULL,
    version TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL,
    path TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('builtin', 'folder', 'bundle')),
    verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
    signer TEXT,
    installed_at TEXT NOT NULL,
    PRIMARY KEY (pack_id, version)
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)

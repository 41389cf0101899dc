"""Schema step "risk judgements": the assessor's rating, treatment and acceptance of risks.

One row per judgement part (rating, treatment, acceptance) of a risk of an
assessment, holding the part as JSON with who recorded it and when; and an
append-only history with one row per change (a part set, or cleared with a
NULL value), so a reader can see who decided what, when. Named for its
content, not a number, so a parallel schema step elsewhere merges cleanly; its
version is set in ``migrations.MIGRATIONS``.

Frozen once released: later changes go in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE risk_judgements (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    risk_id TEXT NOT NULL,
    part TEXT NOT NULL CHECK (part IN ('rating', 'treatment', 'acceptance')),
    value TEXT NOT NULL,
    changed_by TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, risk_id, part)
);
CREATE TABLE risk_judgement_history (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    risk_id TEXT NOT NULL,
    part TEXT NOT NULL CHECK (part IN ('rating', 'treatment', 'acceptance')),
    value TEXT,
    changed_by TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX risk_judgement_history_by_risk
    ON risk_judgement_history (assessment_id, risk_id, id)
"""


def apply(db: Database) -> None:
    # executescript would COMMIT the migration's open transaction; run each statement instead.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)

"""Schema step "review workflow": approved replaces completed; the trail, verdicts, opinions.

- ``assessments.status``: 'approved' replaces 'completed' in the CHECK constraint;
  rows that said 'completed' say 'approved', each with a 'migrated' entry in
  the trail. SQLite cannot change a CHECK in place, so the table is rebuilt
  from its own stored definition (any column another step added is kept),
  with its indexes;
- ``review_events``: every move of the status (who, when, comment, revision);
- ``section_verdicts``: each verdict given on a section (the latest holds);
- ``review_comments``: remarks on a section or the whole assessment;
- ``opinions``: the DPO's and the people concerned's opinions (the latest holds).

Named for its content, not a number, so a parallel schema step elsewhere
merges cleanly; its version is set in ``migrations.MIGRATIONS``. Frozen once
released: later changes go in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

from app.storage import clock

OLD_CHECK = "'completed'"
NEW_CHECK = "'approved'"
MIGRATED_BY = "AIPIA"
MIGRATED_NOTE = ("The status 'completed' became 'approved' when AIPIA introduced review and "
                 "sign-off; no revision was recorded for it.")

TABLES = """
CREATE TABLE review_events (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('submit', 'request_changes', 'approve', 'reopen',
                                           'archive', 'restore', 'migrated')),
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    changed_by TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    revision INTEGER CHECK (revision IS NULL OR revision >= 1)
);
CREATE INDEX review_events_by_assessment ON review_events (assessment_id, id);
CREATE TABLE section_verdicts (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    section_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('acceptable', 'improvable', 'to_fix')),
    comment TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at TEXT NOT NULL
);
CREATE INDEX section_verdicts_by_section ON section_verdicts (assessment_id, section_id, id);
CREATE TABLE review_comments (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    section_id TEXT,
    body TEXT NOT NULL CHECK (length(trim(body)) > 0),
    changed_by TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at TEXT NOT NULL
);
CREATE INDEX review_comments_by_assessment ON review_comments (assessment_id, id);
CREATE TABLE opinions (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('dpo', 'data_subjects')),
    asked INTEGER NOT NULL CHECK (asked IN (0, 1)),
    name TEXT NOT NULL DEFAULT '',
    stance TEXT NOT NULL CHECK (stance IN ('favourable', 'unfavourable', '')),
    body TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at TEXT NOT NULL,
    revision INTEGER CHECK (revision IS NULL OR revision >= 1)
);
CREATE INDEX opinions_by_kind ON opinions (assessment_id, kind, id)
"""


def apply(db: Database) -> None:
    """Rebuild ``assessments`` (foreign keys are off during migrations), then add the tables."""
    migrated = [row[0] for row in db.execute(
        "SELECT id FROM assessments WHERE status = 'completed' ORDER BY id").fetchall()]
    _rebuild_assessments(db)
    # executescript would COMMIT the migration's open transaction; run each statement instead.
    for statement in TABLES.split(";"):
        if statement.strip():
            db.execute(statement)
    now = clock.utc_now()
    for assessment_id in migrated:
        db.execute(
            "INSERT INTO review_events (assessment_id, action, from_status, to_status,"
            " changed_by, changed_at, comment) VALUES (?, 'migrated', 'completed', 'approved',"
            " ?, ?, ?)", [assessment_id, MIGRATED_BY, now, MIGRATED_NOTE])


def _rebuild_assessments(db: Database) -> None:
    table_sql = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'assessments'"
    ).fetchone()[0]
    if OLD_CHECK not in table_sql:
        raise ValueError("the assessments table has no 'completed' status to replace")
    others = [row[0] for row in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'assessments'"
        " AND type IN ('index', 'trigger') AND sql IS NOT NULL").fetchall()]
    columns = [row[1] for row in db.execute("PRAGMA table_info(assessments)").fetchall()]
    new_sql = table_sql.replace(OLD_CHECK, NEW_CHECK).replace(
        "assessments", "assessments_rebuilt", 1)
    db.execute(new_sql)
    names = ", ".join(f'"{c}"' for c in columns)
    values = ", ".join(
        "CASE status WHEN 'completed' THEN 'approved' ELSE status END" if c == "status"
        else f'"{c}"' for c in columns)
    db.execute(f"INSERT INTO assessments_rebuilt ({names}) SELECT {values} FROM assessments")  # noqa: S608
    db.execute("DROP TABLE assessments")
    db.execute("ALTER TABLE assessments_rebuilt RENAME TO assessments")
    for statement in others:
        db.execute(statement)

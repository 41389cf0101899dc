"""Versioned schema migrations, tracked in ``PRAGMA user_version``.

Before an existing database is migrated, a copy is written with the SQLite
backup API into the ``backups/`` folder beside it
(``aipia-{UTC stamp}-migration-v{old}.db``, see ``app.storage.backups``). All pending steps
and their ``user_version`` bumps run in ONE transaction: if any step fails,
nothing is committed and the file is left byte-for-byte as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from app.storage import (
    backups,
    schema_evidence,
    schema_feeds,
    schema_model_scans,
    schema_review_workflow,
    schema_revisions,
    schema_risk_judgements,
    schema_sections_off,
    schema_v1,
    schema_v2,
)
from app.storage.database import transaction
from app.storage.errors import BackupError, DatabaseFileError, MigrationError, SchemaTooNewError


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Database], None]


# Append only; versions are consecutive from 1. Looked up at call time so tests
# can register an extra step.
MIGRATIONS: list[Migration] = [
    Migration(1, "create the first schema", schema_v1.apply),
    Migration(2, "trusted keys, bundle dates, archived answers, review flags", schema_v2.apply),
    Migration(3, "pack feed subscriptions", schema_feeds.apply),
    Migration(4, "model scan manifests", schema_model_scans.apply),
    Migration(5, "risk judgements and their history", schema_risk_judgements.apply),
    Migration(6, "review workflow: approved status, trail, verdicts, comments, opinions",
              schema_review_workflow.apply),
    Migration(7, "approved revisions", schema_revisions.apply),  # after the review workflow
    Migration(8, "evidence attachments", schema_evidence.apply),
    Migration(9, "sections switched off by the assessor", schema_sections_off.apply),
]


def latest_version() -> int:
    return MIGRATIONS[-1].version if MIGRATIONS else 0


def user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, path: Path, existed: bool) -> Path | None:
    """Bring ``db`` to :func:`latest_version`.

    Returns:
        The backup written before migrating, or None if none was needed.
    """
    current, target = user_version(db), latest_version()
    if current > target:
        raise SchemaTooNewError(
            f"{path} was written by a newer version of AIPIA (database schema {current}; "
            f"this version understands up to {target}). Update AIPIA to open it; "
            "the file was not changed."
        )
    if current == target:
        return None
    if current == 0 and _has_tables(db):
        raise DatabaseFileError(
            f"{path} is a SQLite database, but not an AIPIA one; it was not changed."
        )
    backup = write_backup(db, path, current) if existed else None
    _apply_pending(db, path, backup)
    return backup


def write_backup(db: Database, path: Path, version: int) -> Path:
    """Copy the whole database into ``backups/`` with the SQLite backup API."""
    try:
        return backups.backup_and_rotate(db.conn, path, f"migration-v{version}")
    except BackupError as exc:
        raise MigrationError(f"{exc} It was not updated to the new layout either.") from exc


def require_current(db: Database, path: Path) -> None:
    """A read-only database must already have this code's layout (it cannot be migrated)."""
    current, target = user_version(db), latest_version()
    if current > target:
        migrate(db, path, existed=True)  # raises SchemaTooNewError
    if current == 0 and _has_tables(db):
        raise DatabaseFileError(
            f"{path} is a SQLite database, but not an AIPIA one; it was not changed.")
    if current < target:
        raise MigrationError(
            f"{path} needs updating to this version of AIPIA (database schema {current} -> "
            f"{target}), but it is read-only. Make its folder writable and open it once; "
            "the file was not changed."
        )


def _apply_pending(db: Database, path: Path, backup: Path | None) -> None:
    step: Migration | None = None
    try:
        with _foreign_keys_off(db), transaction(db.conn):
            # Re-read under the write lock: another process may have migrated meanwhile.
            current = user_version(db)
            for step in [m for m in MIGRATIONS if m.version > current]:
                step.apply(db)
                _check_foreign_keys(db)
                db.execute(f"PRAGMA user_version = {int(step.version)}")
    except Exception as exc:
        where = f" to database schema {step.version} ({step.description})" if step else ""
        saved = f" A backup is at {backup}." if backup else ""
        raise MigrationError(
            f"Updating {path}{where} failed: {exc}. The database was left unchanged.{saved}"
        ) from exc


@contextmanager
def _foreign_keys_off(db: Database) -> Iterator[None]:
    """Table rebuilds need foreign keys off; they are checked before commit instead."""
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(db: Database) -> None:
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise MigrationError(f"{len(broken)} rows would break foreign keys, e.g. {broken[0]}")


def _has_tables(db: Database) -> bool:
    row = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])

"""Putting a backup back in place of the database, keeping the current file first.

The backup is checked completely before anything is touched. The current file
(healthy or damaged) is then copied into ``backups/`` as a ``before-restore``
backup, and the backup's pages are written into the database with SQLite's
backup API, which is safe while another AIPIA has the file open. When the
current file is too damaged for SQLite to write to, it is replaced instead.
No Store of this process may be open on the database while it is restored.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.storage import backups, health
from app.storage.errors import BackupError
from app.storage.folder import wal_has_data

SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read without changing it (``problem`` set when it cannot be)."""

    schema_version: int | None
    assessments: int | None
    organizations: int | None
    problem: str | None = None


def open_backup(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes beside the file (``immutable``)."""
    return sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)


def read_contents(path: Path) -> BackupContents:
    """Schema version and counts of a backup; cheap (no page check)."""
    try:
        conn = open_backup(path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            assessments = conn.execute("SELECT count(*) FROM assessments").fetchone()[0]
            organizations = conn.execute("SELECT count(*) FROM organizations").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return BackupContents(None, None, None, f"cannot be read: {exc}")
    return BackupContents(version, int(assessments), int(organizations))


def check_backup(path: Path, latest_schema: int) -> BackupContents:
    """The whole backup checked (integrity and layout); raises :class:`BackupError`."""
    problem = _backup_problem(path, latest_schema)
    if problem:
        raise BackupError(f"The backup {path} cannot be restored: {problem}. "
                          "The database was not changed.")
    return read_contents(path)


def _backup_problem(path: Path, latest_schema: int) -> str | None:
    if not path.is_file():
        return "there is no such file"
    try:
        with path.open("rb") as handle:
            header = handle.read(health.HEADER_SIZE)
        if not header.startswith(health.SQLITE_HEADER):
            return "it is not a SQLite database"
        problem = health.header_problem(header, path.stat().st_size, False)
        conn = open_backup(path)
        try:
            problem = problem or health.schema_problem(conn) or health.integrity_check(conn)
        finally:
            conn.close()
    except (OSError, sqlite3.Error, UnicodeDecodeError) as exc:
        return f"it is damaged ({exc})"
    if problem:
        return f"it is damaged ({problem})"
    return _layout_problem(read_contents(path), latest_schema)


def _layout_problem(contents: BackupContents, latest_schema: int) -> str | None:
    if contents.problem or not contents.schema_version:
        return "it is not an AIPIA database"
    if contents.schema_version > latest_schema:
        return (f"it was written by a newer AIPIA (database schema {contents.schema_version}; "
                f"this version understands up to {latest_schema})")
    return None


def restore_backup(db_path: Path, backup: Path, latest_schema: int) -> Path | None:
    """Replace the database's content with ``backup``'s; returns the copy of the old file.

    Raises:
        BackupError: the backup is damaged or not restorable, or the copy of the
            current file could not be written (then nothing was changed).
    """
    check_backup(backup, latest_schema)
    kept = keep_current(db_path) if _has_data(db_path) else None
    try:
        _write_into(backup, db_path)
    except (sqlite3.Error, UnicodeDecodeError):
        _replace(backup, db_path)  # SQLite cannot write into the damaged file
    return kept


def _has_data(db_path: Path) -> bool:
    try:
        return db_path.stat().st_size > 0 or wal_has_data(db_path)
    except OSError:
        return False


def keep_current(db_path: Path) -> Path:
    """Copy the current database into ``backups/`` before it is overwritten.

    A healthy file is copied with the backup API (consistent, write-ahead log
    included); a damaged one byte for byte, so the copy is exactly what was there.
    """
    try:
        conn = sqlite3.connect(db_path.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            if health.schema_problem(conn) or health.quick_check(conn):
                return _raw_copy(db_path)
            return backups.write_backup(conn, db_path, "before-restore")
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError, BackupError):
        return _raw_copy(db_path)


def _raw_copy(db_path: Path) -> Path:
    """A byte copy of a file SQLite cannot read (with its write-ahead log, if any)."""
    target = backups.new_name(backups.folder_of(db_path), "before-restore")
    try:
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(db_path, target)
        if wal_has_data(db_path):
            shutil.copyfile(db_path.with_name(db_path.name + "-wal"),
                            target.with_name(target.name + "-wal"))
    except OSError as exc:
        raise BackupError(f"Could not keep a copy of {db_path} in {target.parent}: "
                          f"{exc.strerror or exc}. Nothing was restored.") from exc
    return target


def _write_into(backup: Path, db_path: Path) -> None:
    source = open_backup(backup)
    try:
        target = sqlite3.connect(db_path, timeout=5, isolation_level=None)
        try:
            target.execute("SELECT count(*) FROM sqlite_master").fetchone()
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _replace(backup: Path, db_path: Path) -> None:
    """Copy the backup beside the database, then rename it over the damaged file."""
    temp = db_path.with_name(db_path.name + ".restoring")
    try:
        source = open_backup(backup)
        try:
            backups.copy_database(source, temp)
        finally:
            source.close()
        for suffix in SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                db_path.with_name(db_path.name + suffix).unlink()
        os.replace(temp, db_path)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise BackupError(f"Could not put the backup in place of {db_path}: {exc}. A copy of "
                          "the damaged file was kept in the backups folder.") from exc

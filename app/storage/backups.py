"""Rolling backups of the database, in a ``backups/`` folder next to it.

A backup is a complete, standalone copy made with SQLite's online backup API
(consistent even while the database is in use), written under a temporary
name, flushed to disk, then renamed: a half-written backup never looks like a
real one. Names say when (UTC) and why:
``backups/aipia-20261201T091500Z-daily.db``; the part between ``aipia-`` and
``.db`` is the backup's id. Only the newest ``keep`` are kept (the
``backup_keep`` setting, default :data:`DEFAULT_KEEP`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.storage.errors import BackupError, InvalidValue

FOLDER = "backups"
DEFAULT_KEEP = 10
MAX_KEEP = 1000
KEEP_SETTING = "backup_keep"
KINDS = re.compile(r"[a-z0-9][a-z0-9-]{0,40}")
_NAME = re.compile(r"aipia-(\d{8}T\d{6}Z)-([a-z0-9][a-z0-9-]*)\.db")
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Backup:
    """One backup file: its id (``20261201T091500Z-daily``), when it was made, and why."""

    id: str
    path: Path
    created: dt.datetime  # UTC
    kind: str
    size: int
    modified_ns: int  # orders backups made within the same second


def folder_of(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def parse_name(path: Path) -> Backup | None:
    """The backup a file name describes, or None for any other file."""
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match[1], _STAMP).replace(tzinfo=dt.UTC)
        info = path.stat()
    except (ValueError, OSError):
        return None
    return Backup(f"{match[1]}-{match[2]}", path, created, match[2], info.st_size,
                  info.st_mtime_ns)


def list_backups(db_path: Path) -> list[Backup]:
    """Every backup of ``db_path``, newest first (an absent folder holds none)."""
    try:
        files = list(folder_of(db_path).iterdir())
    except OSError:
        return []
    found = [b for b in (parse_name(f) for f in files if f.is_file()) if b is not None]
    return sorted(found, key=lambda b: (b.created, b.modified_ns, b.id), reverse=True)


def write_backup(conn: sqlite3.Connection, db_path: Path, kind: str) -> Path:
    """Copy the database ``conn`` is open on into a new backup file; returns its path.

    Raises:
        BackupError: the folder or file could not be written (nothing is left behind).
    """
    if not KINDS.fullmatch(kind):
        raise InvalidValue(f"not a backup kind: {kind!r}")
    folder = folder_of(db_path)
    target = new_name(folder, kind)
    temp = target.with_name(target.name + ".part")
    try:
        folder.mkdir(exist_ok=True)
        copy_database(conn, temp)
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupError(
            f"Could not write the backup {target}: {reason}. Check that the disk is not "
            "full and that the folder can be written; the database was not changed."
        ) from exc
    return target


def copy_database(conn: sqlite3.Connection, temp: Path) -> None:
    """A standalone, flushed copy of ``conn``'s database at ``temp``."""
    copy = sqlite3.connect(temp, isolation_level=None)
    try:
        conn.backup(copy)
        # A standalone file: no write-ahead log beside it.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    fsync_file(temp)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_name(folder: Path, kind: str) -> Path:
    stamp = dt.datetime.now(dt.UTC)
    while True:
        candidate = folder / f"aipia-{stamp.strftime(_STAMP)}-{kind}.db"
        if not candidate.exists():
            return candidate
        stamp += dt.timedelta(seconds=1)  # two backups in one second: ids stay unique


def rotate(db_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns the deleted files."""
    removed = []
    for old in list_backups(db_path)[max(keep, 1):]:
        for path in (old.path, old.path.with_name(old.path.name + "-wal")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return removed


def keep_count(conn: sqlite3.Connection) -> int:
    """How many backups to keep: the ``backup_keep`` setting, else :data:`DEFAULT_KEEP`."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [KEEP_SETTING]).fetchone()
        value = json.loads(row[0]) if row else DEFAULT_KEEP
    except (sqlite3.Error, ValueError, TypeError):
        return DEFAULT_KEEP
    return clamp_keep(value)


def clamp_keep(value: object) -> int:
    """A stored ``backup_keep`` value as a count from 1 to MAX_KEEP (else the default)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_KEEP
    return min(max(value, 1), MAX_KEEP)


def daily_due(db_path: Path, today: dt.date | None = None) -> bool:
    """True when no backup was made on ``today`` (local date)."""
    day = today or dt.datetime.now().astimezone().date()
    return not any(b.created.astimezone().date() == day for b in list_backups(db_path))


def backup_and_rotate(conn: sqlite3.Connection, db_path: Path, kind: str) -> Path:
    """Write a backup, then keep only the newest ``keep_count`` ones."""
    target = write_backup(conn, db_path, kind)
    rotate(db_path, keep_count(conn))
    return target

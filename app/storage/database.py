"""Opening the database file: file checks, the connection, PRAGMAs, transactions.

Durability: the journal is WAL with ``synchronous=FULL``, so a commit returns
only after the WAL is fsynced and a killed process loses no acknowledged
write. The driver never opens transactions implicitly
(``isolation_level=None``); every write goes through :func:`transaction`.
"""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.listing_sql import casefold
from app.storage import backups, health
from app.storage.errors import (
    DatabaseDamagedError,
    DatabaseFileError,
    ReadOnlyError,
    StorageError,
)
from app.storage.folder import wal_has_data
from app.storage.guard import classify, is_damage, read_only_message
from app.storage.health import SQLITE_HEADER

BUSY_TIMEOUT_MS = 5000


def prepare_file(path: Path, create: bool = True) -> bool:
    """Check that ``path`` can hold the database; create its folder if ``create``.

    Returns:
        True when the file already holds data (an existing database).

    Raises:
        DatabaseFileError: a folder, an unreadable file, not SQLite, or (read-only) absent.
        DatabaseDamagedError: a SQLite file whose header is damaged.
    """
    if path.is_dir():
        raise DatabaseFileError(f"{path} is a folder, not an AIPIA database file.")
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            if not create:
                raise DatabaseFileError(
                    f"{path.parent} is read-only and holds no AIPIA database yet: make the "
                    "folder writable, or choose another one with --data-dir DIR.")
            return False
        with path.open("rb") as handle:
            header = handle.read(health.HEADER_SIZE)
        size = path.stat().st_size
    except OSError as exc:
        raise DatabaseFileError(f"Cannot use {path} as the AIPIA database: {exc}.") from exc
    if header and not header.startswith(SQLITE_HEADER):
        raise DatabaseFileError(
            f"{path} is not an AIPIA database: it is not a SQLite file. "
            "Move it away or choose another database file."
        )
    problem = health.header_problem(header, size, wal_has_data(path)) if header else None
    if problem:
        raise DatabaseDamagedError(health.damaged_message(path, problem))
    return bool(header)


def connect(path: Path, read_only: bool = False) -> Database:
    """Open ``path`` with the durability PRAGMAs set (WAL comes later: see enable_wal).

    Read-only, the file is opened with ``mode=ro``; when SQLite cannot open it
    that way (a WAL database in a read-only folder without its ``-shm`` file),
    and no write-ahead log holds changes, it is opened as ``immutable``.
    """
    conn: sqlite3.Connection | None = None
    try:
        conn = _open_read_only(path) if read_only else _open(path, "")
        _set_pragmas(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        if conn is not None:
            conn.close()
        raise _open_error(path, exc) from exc
    conn.create_function("aipia_casefold", 1, casefold, deterministic=True)
    return Database(conn, execute_plugins=False)


def _open(path: Path, query: str) -> sqlite3.Connection:
    uri = path.as_uri() + query
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn: sqlite3.Connection | None = None
    try:
        conn = _open(path, "?mode=ro")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        if conn is not None:
            conn.close()
        if wal_has_data(path):
            raise DatabaseFileError(
                f"The latest changes to {path} are still in {path.name}-wal, which cannot be "
                "read in a read-only folder. Make the folder writable once and open AIPIA "
                "(it finishes the changes), or copy the folder elsewhere and use --data-dir."
            ) from None
    return _open(path, "?immutable=1")


def _open_error(path: Path, exc: BaseException) -> StorageError:
    if isinstance(exc, UnicodeDecodeError):  # SQLite's message quotes a mangled schema name
        detail = "its schema (the list of its tables) is not readable text"
        return DatabaseDamagedError(health.damaged_message(path, detail))
    if is_damage(exc):
        return DatabaseDamagedError(health.damaged_message(path, str(exc)))
    return DatabaseFileError(f"{path} cannot be read as a SQLite database: {exc}.")


def _set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    # The schema holds no functions or virtual tables; refuse any a tampered file adds.
    conn.execute("PRAGMA trusted_schema = OFF")
    # Sanity-check each page as it is read, so damage surfaces as an error early.
    conn.execute("PRAGMA cell_size_check = ON")


def enable_wal(db: Database) -> None:
    """Switch to WAL. Done after migrating, so a refused file's header stays as it was."""
    db.execute("PRAGMA journal_mode = WAL")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception; nests as a savepoint.

    IMMEDIATE takes the write lock up front, so a concurrent reader in another
    process cannot make the commit fail half-way with SQLITE_BUSY.
    """
    if conn.in_transaction:
        with _savepoint(conn):
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    name = f"aipia_{secrets.token_hex(8)}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


def fetch_all(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    return list(db.query(sql, params))


def fetch_one(db: Database, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    rows = fetch_all(db, sql, params)
    return rows[0] if rows else None


class StoreBase:
    """The one writer connection a Store owns, its health, and its transaction helper.

    Before the first write of a session the whole file is checked (unless that
    was done when it was opened) and, once a day, backed up; a read-only or
    damaged Store refuses every write with one message.
    """

    def __init__(
        self, db: Database, path: Path, *, read_only: bool = False, checked: bool = False,
        created: bool = False,
    ) -> None:
        self._db = db
        self._path = path
        self._read_only = read_only
        # What the whole file passed this session: "integrity" (at open or before the
        # daily backup), "quick" (before the first write), or "" (nothing yet).
        self._checked = "integrity" if checked else ""
        self._created = created  # the file was created by this session: nothing to back up
        self._damaged: str | None = None
        self._backed_up_on: dt.date | None = None
        self.backup_problem: str | None = None  # why today's backup failed, if it did
        self._catalog_changes = 0  # writes to the installed packs or trusted keys, this session

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def damaged(self) -> str | None:
        """The damage message once damage was found, else None."""
        return self._damaged

    def _mark_damaged(self, message: str) -> None:
        self._damaged = message

    def _ready_to_write(self) -> None:
        """Refuse to write to a read-only or damaged file; check and back up first."""
        if self._read_only:
            raise ReadOnlyError(read_only_message(self._path))
        if self._damaged:
            raise DatabaseDamagedError(self._damaged)
        if self._db.conn.in_transaction:
            return
        self._check_whole("quick")
        self._daily_backup()

    def _check_whole(self, level: str) -> None:
        """Run ``quick`` or ``integrity`` check unless passed this session; damage is final."""
        if self._checked == "integrity" or self._checked == level:
            return
        check = health.integrity_check if level == "integrity" else health.quick_check
        try:
            problem = check(self._db.conn)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            problem = str(exc)
        if problem:
            self._damaged = health.damaged_message(self._path, problem)
            raise DatabaseDamagedError(self._damaged)
        self._checked = level

    def _daily_backup(self) -> None:
        """The first change of each day backs the database up (a failure does not block it)."""
        today = dt.datetime.now().astimezone().date()
        if self._created or self._backed_up_on == today:
            return
        self._backed_up_on = today
        if not backups.daily_due(self._path, today):
            return
        self._check_whole("integrity")  # a damaged file never replaces a good backup
        try:
            backups.backup_and_rotate(self._db.conn, self._path, "daily")
            self.backup_problem = None
        except StorageError as exc:
            self.backup_problem = str(exc)

    def catalog_version(self) -> tuple[int, int]:
        """Changes when installed packs or trusted keys may have changed (a pack catalog's
        cached listing is then read again): this session's writes to them, and SQLite's
        ``data_version``, which moves when another connection (a CLI run) commits."""
        row = self._db.conn.execute("PRAGMA data_version").fetchone()
        return self._catalog_changes, int(row[0])

    @contextmanager
    def _reading(self) -> Iterator[Database]:
        """Several reads as one consistent whole (a read transaction: no write lands between)."""
        conn = self._db.conn
        if conn.in_transaction:
            yield self._db
            return
        conn.execute("BEGIN")
        try:
            yield self._db
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One atomic write; disk, lock and permission failures become StorageError."""
        self._ready_to_write()
        try:
            with transaction(self._db.conn):
                yield self._db
        except sqlite3.ProgrammingError:
            raise
        except sqlite3.DatabaseError as exc:
            raise classify(exc, self._path) from exc

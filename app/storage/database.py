"""Opening the database file: file checks, the connection, PRAGMAs, transactions.

Durability: the journal is WAL with ``synchronous=FULL``, so a commit returns
only after the WAL is fsynced and a killed process loses no acknowledged
write. The driver never opens transactions implicitly
(``isolation_level=None``); every write goes through :func:`transaction`.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.storage.errors import DatabaseFileError, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def prepare_file(path: Path) -> bool:
    """Check that ``path`` can hold the database; create its folder.

    Returns:
        True when the file already holds data (an existing database).
    """
    if path.is_dir():
        raise DatabaseFileError(f"{path} is a folder, not an AIPIA database file.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            return False
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFileError(f"Cannot use {path} as the AIPIA database: {exc}.") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseFileError(
            f"{path} is not an AIPIA database: it is not a SQLite file. "
            "Move it away or choose another database file."
        )
    return bool(header)


def connect(path: Path) -> Database:
    """Open ``path`` with the durability PRAGMAs set (WAL comes later: see enable_wal)."""
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseFileError(f"Cannot open {path} as the AIPIA database: {exc}.") from exc
    try:
        _set_pragmas(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseFileError(f"{path} cannot be read as a SQLite database: {exc}.") from exc
    conn.create_function("aipia_casefold", 1, _casefold, deterministic=True)
    return Database(conn, execute_plugins=False)


def _set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    # The schema holds no functions or virtual tables; refuse any a tampered file adds.
    conn.execute("PRAGMA trusted_schema = OFF")


def _casefold(value: object) -> str | None:
    return value.casefold() if isinstance(value, str) else None


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
    """The one writer connection a Store owns, and its transaction helper."""

    def __init__(self, db: Database, path: Path) -> None:
        self._db = db
        self._path = path

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One atomic write; disk, lock and permission failures become StorageError."""
        try:
            with transaction(self._db.conn):
                yield self._db
        except sqlite3.OperationalError as exc:
            raise StorageError(
                f"Could not save to {self._path}: {exc}. Check that the disk is not full "
                "and that no other program is holding the file."
            ) from exc

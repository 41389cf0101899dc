"""The assessment list at start-up, read with the standard library only (issue 19).

Opening the workspace imports the storage layer, sqlite-utils, pydantic and the
pack loader: about a second before the desktop app could list anything. The
list needs none of that, so :meth:`QuickListing.open` reads the clients and
assessments straight from the database file, strictly read-only, while the
workspace is prepared; the app shows these rows until the workspace replaces them.

It reads only a database it can read without changing anything, and says
``None`` (the app then waits for the workspace, as before) for everything
else: no file yet, a file that is not SQLite or looks cut off, another schema
version (a migration is due, or the file is newer than this app), a
write-ahead log, shared-memory or journal file next to it (another program is
writing, or one stopped half-way: the workspace knows how to recover), or any
SQLite error. The file is opened ``immutable``, which creates no lock, log or
shared-memory file beside it; the rows, their order and the filters are those
of the workspace's listing: the same SQL (:mod:`app.listing_sql`), compared
in ``tests/services/test_quick_listing.py``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Protocol

from app.listing_sql import assessments_query, casefold, clients_query

# The schema this listing reads: app.storage.migrations.latest_version() (a test keeps them equal).
SCHEMA_VERSION = 9
SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_MAGIC = b"SQLite format 3\x00"


class Listing(Protocol):
    """What the assessment list reads: the workspace, or a :class:`QuickListing` before it."""

    def list_clients(self, include_archived: bool = False) -> list[Any]: ...

    def list_assessments(self, organization_id: int | None = None, *,
                         include_archived: bool = False,
                         search: str | None = None) -> list[Any]: ...


class QuickListing:
    """Clients and assessments of one database file, read without changing it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._usable = True

    @classmethod
    def open(cls, database: Path) -> QuickListing | None:
        """The listing of ``database``, or None when only the workspace may read it."""
        if not _quiet_file(database):
            return None
        try:
            conn = sqlite3.connect(database.absolute().as_uri() + "?mode=ro&immutable=1",
                                   uri=True, timeout=0, isolation_level=None)
        except sqlite3.Error:
            return None
        conn.create_function("aipia_casefold", 1, casefold, deterministic=True)
        listing = cls(conn)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.row_factory = _record
            usable = version == SCHEMA_VERSION and listing._can_list()
        except sqlite3.Error:
            usable = False
        if not usable:
            conn.close()
            return None
        return listing

    def _can_list(self) -> bool:
        """Every client and assessment row can be read (a damaged page shows here)."""
        for sql in (clients_query(True), assessments_query(None, True, None)[0]):
            self._conn.execute(sql).fetchall()
        return True

    @property
    def usable(self) -> bool:
        """False once a read failed (the connection is closed: the workspace must list)."""
        return self._usable

    def close(self) -> None:
        self._usable = False
        self._conn.close()

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[Any]:
        """The rows, or none and :attr:`usable` False when SQLite cannot read them."""
        if not self._usable:
            return []
        try:
            return self._conn.execute(sql, params or []).fetchall()
        except sqlite3.Error:
            self.close()
            return []

    def list_clients(self, include_archived: bool = False) -> list[Any]:
        """Clients sorted by name (the fields of ``records.Organization``, as attributes)."""
        rows = self._rows(clients_query(include_archived))
        for row in rows:
            row.archived = bool(row.archived)
        return rows

    def list_assessments(self, organization_id: int | None = None, *,
                         include_archived: bool = False,
                         search: str | None = None) -> list[Any]:
        """Newest change first (the fields of ``records.Assessment``, as attributes)."""
        return self._rows(*assessments_query(organization_id, include_archived, search))


def _record(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> SimpleNamespace:
    return SimpleNamespace(**{column[0]: value
                              for column, value in zip(cursor.description, row, strict=True)})


def _quiet_file(database: Path) -> bool:
    """A whole SQLite file that nothing is writing to (no log, journal or shared memory)."""
    if any(Path(f"{database}{suffix}").exists() for suffix in SIDE_FILES):
        return False
    try:
        with database.open("rb") as file:
            header = file.read(100)
            size = database.stat().st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return page_size >= 512 and size % page_size == 0 and pages == size // page_size

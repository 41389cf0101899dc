"""Is the database file healthy? The checks made when it is opened and before it is written.

Three levels, by cost (``benchmarks/bench_db_open.py`` measures them):

- header and schema: the first page and ``sqlite_master``, well under 1 ms;
- ``PRAGMA quick_check``: every page's b-tree structure, O(size), about
  0.1-0.2 s for a 100 MB database;
- ``PRAGMA integrity_check``: also every index against its table, O(N log N),
  about as fast as quick_check on a small database, 0.3-1.2 s at 100 MB
  (more rows, more time).

A file up to :data:`FULL_CHECK_AT_OPEN_MAX_BYTES` gets the integrity check when
it is opened; a larger one gets the header, schema and the integrity check of
its small tables at open, the quick check before the first write of the
session, and the integrity check before the daily backup (see
``StoreBase._ready_to_write``). Damage no check can see (a changed byte inside
a stored text) surfaces when that row is read, and the Store then refuses
every later write (see ``app.storage.guard``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
FULL_CHECK_AT_OPEN_MAX_BYTES = 16 * 2**20
# Tables that grow with use; above the size limit they are checked before the first write.
LARGE_TABLES = frozenset({"answers", "answer_history", "archived_answers"})
# Present in every AIPIA database from schema version 1 on.
CORE_TABLES = ("organizations", "assessments", "answers", "answer_history", "settings")
MAX_DETAIL = 200


def damaged_message(path: Path, detail: str) -> str:
    """The one message every kind of damage ends in: what, where, and the way out."""
    backups = path.parent / "backups"
    return (
        f"The AIPIA database {path} is damaged ({_short(detail)}). AIPIA will not write to "
        f"it. Restore the last good copy from {backups}: list them with `aipia backup list` "
        "and restore one with `aipia backup restore ID` (in the app: File > Restore from "
        "backup...). The damaged file is kept as a copy first."
    )


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_DETAIL else flat[: MAX_DETAIL - 3] + "..."


def _u32(header: bytes, offset: int) -> int:
    return int.from_bytes(header[offset : offset + 4], "big")


def header_problem(header: bytes, file_size: int, wal_has_data: bool) -> str | None:
    """What is wrong with the 100-byte SQLite header of an existing file (None: nothing).

    Follows https://www.sqlite.org/fileformat.html section 1.3.
    """
    if len(header) < HEADER_SIZE:
        return "the file is shorter than a SQLite header: it was cut off"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"the header gives an impossible page size ({page_size})"
    if header[18] not in (1, 2) or header[19] not in (1, 2) or header[21:24] != b"\x40\x20\x20":
        return "the header's format bytes are not SQLite's"
    if any(header[72:92]) or _u32(header, 44) > 4:
        return "the header's reserved fields are not zero"
    pages = _u32(header, 28)
    if _u32(header, 56) not in (0, 1) or (pages > 1 and _u32(header, 56) != 1):
        return "the header does not give UTF-8 as the text encoding"
    return _size_problem(header, pages, page_size, file_size, wal_has_data)


def _size_problem(
    header: bytes, pages: int, page_size: int, file_size: int, wal_has_data: bool
) -> str | None:
    if wal_has_data:  # the main file's size and header lag behind the write-ahead log
        return None
    if file_size % page_size:
        return f"its size ({file_size} bytes) is not a whole number of {page_size}-byte pages"
    size_valid = pages > 0 and header[24:28] == header[92:96]
    if size_valid and pages * page_size > file_size:
        return f"it was cut off: the header counts {pages} pages, the file holds " \
               f"{file_size // page_size}"
    if size_valid and _u32(header, 36) >= pages:
        return "the header counts more free pages than the file has"
    return None


def schema_problem(conn: sqlite3.Connection) -> str | None:
    """Read the whole schema; an AIPIA database (user_version >= 1) has its core tables."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {name for kind, name, _ in rows if kind == "table"}
    missing = [t for t in CORE_TABLES if t not in tables]
    if version >= 1 and missing:
        return f"the table '{missing[0]}' is missing"
    return None


def quick_check(conn: sqlite3.Connection, table: str | None = None) -> str | None:
    """``PRAGMA quick_check`` of the whole file or one table; the first problem, or None."""
    return _check(conn, "quick_check", table)


def integrity_check(conn: sqlite3.Connection, table: str | None = None) -> str | None:
    """``PRAGMA integrity_check`` (indexes too) of the file or one table; the first problem."""
    return _check(conn, "integrity_check", table)


def _check(conn: sqlite3.Connection, pragma: str, table: str | None) -> str | None:
    target = "" if table is None else '("' + table.replace('"', '""') + '")'
    rows = conn.execute(f"PRAGMA {pragma}{target}").fetchall()
    first = str(rows[0][0]) if rows else "ok"
    return None if first == "ok" else first


def small_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return sorted(str(name) for (name,) in rows if name not in LARGE_TABLES)


def check_on_open(conn: sqlite3.Connection, file_size: int) -> tuple[str | None, bool]:
    """(the first problem or None, whether the whole file had the integrity check)."""
    problem = schema_problem(conn)
    if problem:
        return problem, False
    if file_size <= FULL_CHECK_AT_OPEN_MAX_BYTES:
        return integrity_check(conn), True
    for table in small_tables(conn):
        problem = integrity_check(conn, table)
        if problem:
            return problem, False
    return None, False

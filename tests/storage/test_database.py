"""Opening the database: location, PRAGMAs, bad files, timestamps."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.storage import DatabaseFileError, Store, migrations
from app.storage.clock import file_stamp, utc_now

from .helpers import TIMESTAMP


def pragma(store: Store, name: str) -> Any:
    return store._db.conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_default_location_is_the_data_dir(isolated_data_dir: Path) -> None:
    with Store.open() as store:
        assert store.path == isolated_data_dir.resolve() / "aipia.db"
        assert store.path.is_file()


def test_creates_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "aipia.db"
    with Store.open(target) as store:
        assert store.path == target
    assert target.is_file()


def test_durability_pragmas_are_set(store: Store) -> None:
    assert pragma(store, "journal_mode") == "wal"
    assert pragma(store, "foreign_keys") == 1
    assert pragma(store, "synchronous") == 2
    assert pragma(store, "busy_timeout") >= 1000


def test_wal_is_recorded_in_the_file(store: Store, db_path: Path) -> None:
    other = sqlite3.connect(db_path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()


def test_context_manager_closes(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.set_setting("k", 1)
    with pytest.raises(sqlite3.ProgrammingError):
        store.get_setting("k")
    store.close()  # closing twice is harmless


def test_reopen_keeps_data(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_organization("Acme")
    with Store.open(db_path) as store:
        assert [o.name for o in store.list_organizations()] == ["Acme"]


def test_text_file_is_refused_by_name(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 20)
    before = bogus.read_bytes()
    with pytest.raises(DatabaseFileError, match=r"notes\.db is not an AIPIA database"):
        Store.open(bogus)
    assert bogus.read_bytes() == before


def test_truncated_sqlite_file_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 40)
    with pytest.raises(DatabaseFileError, match=r"broken\.db"):
        Store.open(broken)


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="is a folder"):
        Store.open(tmp_path)


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with Store.open(empty) as store:
        assert store.schema_version == migrations.latest_version()
    assert not (tmp_path / "backups").exists()


def test_timestamps_are_utc_with_milliseconds() -> None:
    assert TIMESTAMP.match(utc_now())
    assert re.fullmatch(r"\d{8}T\d{9}Z", file_stamp())

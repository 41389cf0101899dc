"""Rolling backups (SQLite backup API) in backups/, and restoring one in place of the database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.storage import BackupError, Store, backups, migrations
from app.storage.restore import read_contents, restore_backup

from .damage import make_database, set_header_bytes, smash_page

LATEST = migrations.latest_version()


def names(db_path: Path) -> list[str]:
    return [b.kind for b in backups.list_backups(db_path)]


def count(path: Path, table: str = "organizations") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
    finally:
        conn.close()


def old_backup(db_path: Path, days: int) -> Path:
    """A backup file dated ``days`` ago (a copy of the current database)."""
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    target = folder / f"aipia-{when.strftime('%Y%m%dT%H%M%SZ')}-daily.db"
    shutil.copyfile(db_path, target)
    return target


def test_the_first_change_of_the_day_backs_up_the_database_as_it_was(db_path: Path) -> None:
    make_database(db_path)
    with Store.open(db_path) as store:
        assert names(db_path) == []  # opening and reading back nothing up
        store.add_organization("Second client")
        store.add_organization("Third client")
    [daily] = backups.list_backups(db_path)
    assert daily.kind == "daily" and daily.path.parent == db_path.parent / "backups"
    assert daily.id == daily.path.name.removeprefix("aipia-").removesuffix(".db")
    assert count(daily.path) == 1 and count(db_path) == 3
    copy = sqlite3.connect(daily.path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # standalone
    finally:
        copy.close()
    with Store.open(db_path) as store:  # the next session of the same day: no second one
        store.add_organization("Fourth client")
    assert names(db_path) == ["daily"]


def test_a_new_database_is_not_backed_up_by_its_own_first_session(db_path: Path) -> None:
    make_database(db_path)
    assert not (db_path.parent / "backups").exists()


def test_a_backup_from_yesterday_does_not_count_for_today(db_path: Path) -> None:
    make_database(db_path)
    yesterday = old_backup(db_path, days=1)
    with Store.open(db_path) as store:
        store.add_organization("Second client")
    assert [b.path for b in backups.list_backups(db_path)][1:] == [yesterday]
    assert names(db_path) == ["daily", "daily"]


def test_only_the_newest_backups_are_kept(db_path: Path) -> None:
    make_database(db_path)
    old = [old_backup(db_path, days) for days in range(12, 0, -1)]
    with Store.open(db_path) as store:
        store.set_setting(backups.KEEP_SETTING, 3)  # the first change: today's backup first
        made = store.write_backup("manual")  # then this one, and only 3 are kept
    kept = [b.path for b in backups.list_backups(db_path)]
    assert kept[0] == made and kept[1].name.endswith("-daily.db") and kept[2] == old[-1]
    assert sorted((db_path.parent / "backups").iterdir()) == sorted(kept)


def test_the_default_keeps_ten(db_path: Path) -> None:
    make_database(db_path)
    for days in range(15, 0, -1):
        old_backup(db_path, days)
    with Store.open(db_path) as store:
        store.write_backup("manual")
    assert len(backups.list_backups(db_path)) == backups.DEFAULT_KEEP == 10


def test_a_failed_daily_backup_is_reported_but_the_answer_is_saved(db_path: Path) -> None:
    make_database(db_path)
    (db_path.parent / "backups").write_text("a file where the folder should be")
    with Store.open(db_path) as store:
        store.add_organization("Second client")
        assert store.backup_problem is not None
        assert "Could not write the backup" in store.backup_problem
        assert [o.name for o in store.list_organizations()][-1] == "Second client"
    assert not list(db_path.parent.glob("*.part"))


def test_a_backup_that_cannot_be_written_on_request_says_why(db_path: Path) -> None:
    make_database(db_path)
    (db_path.parent / "backups").write_text("a file where the folder should be")
    with Store.open(db_path) as store, pytest.raises(BackupError, match="Could not write"):
        store.write_backup("manual")


# restoring ---------------------------------------------------------------------------------
def with_backup(db_path: Path) -> Path:
    """A database with one organization and a manual backup of it; returns the backup."""
    make_database(db_path)
    with Store.open(db_path) as store:
        return store.write_backup("manual")


def test_restore_puts_the_backup_back_and_keeps_the_current_file(db_path: Path) -> None:
    make_database(db_path)
    with Store.open(db_path) as store:
        backup = store.write_backup("manual")
        store.add_organization("Added after the backup")
    kept = restore_backup(db_path, backup, LATEST)
    assert kept is not None and kept.name.endswith("-before-restore.db")
    assert count(kept) == 2
    with Store.open(db_path) as store:
        assert [o.name for o in store.list_organizations()] == ["Acme Health"]


def test_restore_replaces_a_file_sqlite_cannot_write_to(db_path: Path) -> None:
    backup = with_backup(db_path)
    set_header_bytes(db_path, 16, b"\x03\x01")  # the page size: SQLite refuses the file
    damaged = db_path.read_bytes()
    kept = restore_backup(db_path, backup, LATEST)
    assert kept is not None and kept.read_bytes() == damaged  # kept byte for byte
    with Store.open(db_path) as store:
        assert [o.name for o in store.list_organizations()] == ["Acme Health"]


def test_a_damaged_backup_is_refused_and_nothing_changes(db_path: Path) -> None:
    backup = with_backup(db_path)
    smash_page(backup, "answers")
    before = db_path.read_bytes()
    with pytest.raises(BackupError, match=r"cannot be restored: it is damaged"):
        restore_backup(db_path, backup, LATEST)
    assert db_path.read_bytes() == before
    assert [b.kind for b in backups.list_backups(db_path)] == ["manual"]  # no copy made


def test_a_backup_from_a_newer_aipia_or_another_program_is_refused(
    db_path: Path, tmp_path: Path
) -> None:
    make_database(db_path)
    newer = tmp_path / "newer.db"
    shutil.copyfile(db_path, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(BackupError, match="written by a newer AIPIA"):
        restore_backup(db_path, newer, LATEST)
    other = tmp_path / "photos.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(BackupError, match="not an AIPIA database"):
        restore_backup(db_path, other, LATEST)


def test_contents_are_read_without_changing_the_backup(db_path: Path) -> None:
    backup = with_backup(db_path)
    before = backup.read_bytes()
    contents = read_contents(backup)
    assert (contents.schema_version, contents.assessments, contents.organizations) == \
        (LATEST, 1, 1)
    assert backup.read_bytes() == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]

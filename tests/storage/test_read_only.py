"""A database that cannot be written (read-only folder or file) opens read-only.

Tests often run as root, for whom chmod does not stop writes, so most cases
make ``os.access`` report the folder as not writable (what it reports for a
read-only folder or disk); SQLite's ``mode=ro`` then really refuses writes.
One case uses real permissions and is skipped when running as root.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import (
    DatabaseFileError,
    MigrationError,
    ReadOnlyError,
    Store,
    database,
)
from app.storage import folder as folder_module

from .damage import make_database


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``tmp_path`` as a folder that ``os.access`` says cannot be written."""
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() in {tmp_path.resolve(),
                                                             (tmp_path / "aipia.db").resolve()}:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(folder_module.os, "access", access)
    return tmp_path


@pytest.fixture
def existing(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    path = tmp_path / "aipia.db"
    yield path, make_database(path)


def test_everything_reads_and_every_change_says_why_not(
    existing: tuple[Path, int], read_only_folder: Path
) -> None:
    path, assessment_id = existing
    before = path.read_bytes()
    with Store.open(path) as store:
        assert store.read_only
        assert [a.title for a in store.list_assessments()] == ["Triage bot"]
        assert len(store.get_answers(assessment_id)) == 41
        for change in (lambda: store.add_organization("X"),
                       lambda: store.save_answer(assessment_id, "q1", {"value": "y"}),
                       lambda: store.set_setting("k", 1),
                       lambda: store.write_backup("manual")):
            with pytest.raises(ReadOnlyError, match=r"is open read-only.*make the folder "
                                                    r"writable"):
                change()
    assert path.read_bytes() == before
    assert not (read_only_folder / "backups").exists()


def test_a_read_only_folder_without_a_database_says_so(read_only_folder: Path) -> None:
    with pytest.raises(DatabaseFileError, match="read-only and holds no AIPIA database yet"):
        Store.open(read_only_folder / "aipia.db")
    assert not (read_only_folder / "aipia.db").exists()


def test_an_old_layout_cannot_be_updated_read_only(
    existing: tuple[Path, int], read_only_folder: Path
) -> None:
    path, _ = existing
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(MigrationError, match=r"needs updating .* but it is read-only"):
        Store.open(path)


def test_without_its_shared_memory_file_the_database_is_read_as_immutable(
    existing: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a read-only folder SQLite cannot create ``-shm`` for ``mode=ro`` (seen as non-root)."""
    path, _ = existing
    opened = database._open

    def no_read_only_mode(target: Path, query: str) -> sqlite3.Connection:
        if query == "?mode=ro":
            raise sqlite3.OperationalError("unable to open database file")
        return opened(target, query)

    monkeypatch.setattr(database, "_open", no_read_only_mode)
    with Store.open(path, read_only=True) as store:
        assert [a.title for a in store.list_assessments()] == ["Triage bot"]
    path.with_name("aipia.db-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    with pytest.raises(DatabaseFileError, match=r"latest changes .* are still in aipia\.db-wal"):
        Store.open(path, read_only=True)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores folder permissions; the cases above simulate them")
def test_a_really_read_only_folder(existing: tuple[Path, int]) -> None:
    path, _ = existing
    folder = path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with Store.open(path) as store:
            assert store.read_only and store.list_assessments()
            with pytest.raises(ReadOnlyError):
                store.add_organization("X")
    finally:
        folder.chmod(stat.S_IRWXU)

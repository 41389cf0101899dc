"""Schema versions: fresh databases, backups, failed and refused migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.storage import DatabaseFileError, MigrationError, SchemaTooNewError, Store, migrations
from app.storage.migrations import Migration, schema_v1

LATEST = migrations.latest_version()
NEXT = LATEST + 1


def make_v1(path: Path) -> None:
    """A database at the latest schema, with one answer (the name is historical)."""
    with Store.open(path) as store:
        org = store.add_organization("Acme")
        assessment = store.create_assessment(org.id, "T",
                                             pack_id="p", pack_version="1", pack_hash="h",
                                             language="en")
        store.save_answer(assessment.id, "q1", {"value": "yes"})


def register(monkeypatch: pytest.MonkeyPatch, *steps: Migration) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, *steps])


def backups(path: Path) -> list[Path]:
    """The backups in the ``backups/`` folder beside the database."""
    return sorted((path.parent / "backups").glob("aipia-*.db"))


def read_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_versions_are_consecutive_from_one() -> None:
    versions = [m.version for m in migrations.MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))


def test_fresh_database_reaches_latest_version(store: Store, db_path: Path) -> None:
    assert store.schema_version == migrations.latest_version() == 9
    tables = set(store._db.table_names())
    assert {
        "organizations",
        "assessments",
        "answers",
        "answer_history",
        "measure_plans",
        "installed_packs",
        "settings",
        "trusted_keys",
        "archived_answers",
        "review_flags",
        "pack_upgrades",
        "feeds",
        "model_scans",
        "risk_judgements",
        "risk_judgement_history",
        "review_events",
        "section_verdicts",
        "review_comments",
        "opinions",
        "revisions",
        "attachments",
    } <= tables
    assert backups(db_path) == []


def test_expected_indexes_exist(store: Store) -> None:
    names = {
        row[0]
        for row in store._db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    assert {"assessments_by_organization", "answer_history_by_question"} <= names


def test_backup_is_written_before_migrating(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_v1(db_path)
    seen_during_migration: list[list[Path]] = []

    def add_column(db: Database) -> None:
        seen_during_migration.append(backups(db_path))
        db.execute("ALTER TABLE organizations ADD COLUMN country TEXT")

    register(monkeypatch, Migration(NEXT, "add organizations.country", add_column))
    with Store.open(db_path) as store:
        assert store.schema_version == NEXT
        assert [o.name for o in store.list_organizations()] == ["Acme"]
    [backup] = backups(db_path)
    assert seen_during_migration == [[backup]]
    assert backup.name.endswith(f"-migration-v{LATEST}.db")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT name FROM organizations").fetchall() == [("Acme",)]
        assert copy.execute("SELECT count(*) FROM answers").fetchone()[0] == 1
        columns = [row[1] for row in copy.execute("PRAGMA table_info(organizations)")]
        assert "country" not in columns
    finally:
        copy.close()


def test_existing_empty_v0_database_is_backed_up_and_migrated(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE scratch (x)")
    conn.execute("DROP TABLE scratch")
    conn.close()
    assert db_path.stat().st_size > 0
    with Store.open(db_path) as store:
        assert store.schema_version == LATEST
    [backup] = backups(db_path)
    assert backup.name.endswith("-migration-v0.db")


def test_other_apps_database_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "photos.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    with pytest.raises(
        DatabaseFileError, match=r"photos\.db is a SQLite database, but not an AIPIA"
    ):
        Store.open(foreign)
    assert foreign.read_bytes() == before
    assert backups(foreign) == []


def test_failing_migration_leaves_file_byte_identical(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_v1(db_path)
    before = db_path.read_bytes()

    def half_done(db: Database) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
        raise RuntimeError("bad step")

    register(monkeypatch, Migration(NEXT, "add attachments", half_done))
    with pytest.raises(MigrationError) as caught:
        Store.open(db_path)
    message = str(caught.value)
    assert f"schema {NEXT} (add attachments) failed: bad step" in message
    assert "left unchanged" in message
    assert str(backups(db_path)[0]) in message
    assert db_path.read_bytes() == before
    assert read_version(db_path) == LATEST


def test_later_failing_step_undoes_earlier_steps(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_v1(db_path)
    before = db_path.read_bytes()

    def fine(db: Database) -> None:
        db.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    def broken(db: Database) -> None:
        db.execute("SELECT * FROM no_such_table")

    register(monkeypatch, Migration(NEXT, "fine", fine), Migration(NEXT + 1, "broken", broken))
    with pytest.raises(MigrationError, match=f"schema {NEXT + 1} \\(broken\\)"):
        Store.open(db_path)
    assert db_path.read_bytes() == before
    monkeypatch.undo()
    with Store.open(db_path) as store:
        assert store.schema_version == LATEST
        assert "extra" not in store._db.table_names()
        assert [o.name for o in store.list_organizations()] == ["Acme"]


def test_migration_breaking_foreign_keys_is_rolled_back(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_v1(db_path)
    before = db_path.read_bytes()

    def orphan(db: Database) -> None:
        db.execute("DELETE FROM organizations")

    register(monkeypatch, Migration(NEXT, "orphan assessments", orphan))
    with pytest.raises(MigrationError, match="foreign keys"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    make_v1(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST + 2}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of AIPIA") as caught:
        Store.open(db_path)
    assert f"schema {LATEST + 2}" in str(caught.value)
    assert isinstance(caught.value, MigrationError)
    assert db_path.read_bytes() == before
    assert backups(db_path) == []


def test_second_store_on_a_migrated_file_skips_migrating(db_path: Path) -> None:
    with Store.open(db_path) as first, Store.open(db_path) as second:
        first.add_organization("Acme")
        assert [o.name for o in second.list_organizations()] == ["Acme"]
        assert second.schema_version == LATEST


def test_migration_done_by_another_process_meanwhile_is_not_repeated(db_path: Path) -> None:
    """Two first launches race: the loser re-reads the version under the write lock."""
    make_v1(db_path)
    db = Database(sqlite3.connect(db_path, isolation_level=None))
    try:
        # The loser decided to migrate before the winner committed; now it runs.
        migrations._apply_pending(db, db_path, backup=None)
        assert migrations.user_version(db) == LATEST
    finally:
        db.close()


def make_schema_v1(path: Path) -> None:
    """A database as AIPIA wrote it before signed packs: schema 1, with data."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        schema_v1.apply(Database(conn))
        conn.execute("INSERT INTO organizations (name, created_at, updated_at) VALUES ('Acme', "
                     "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
        conn.execute("INSERT INTO assessments (uuid, organization_id, title, pack_id,"
                     " pack_version, pack_hash, language, created_at, updated_at) VALUES"
                     " ('a' || hex(randomblob(15)), 1, 'T', 'p', '1.0.0', 'h', 'en',"
                     " '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
        conn.execute("INSERT INTO answers VALUES (1, 'q1', '{\"value\":\"yes\"}', NULL,"
                     " '2026-01-01T00:00:00.000Z')")
        conn.execute("INSERT INTO installed_packs VALUES ('org.x.p', '1.0.0', 'h',"
                     " '{\"en\":\"P\"}', 'X', '/p', 'folder', 0, NULL,"
                     " '2026-01-01T00:00:00.000Z')")
        conn.execute("PRAGMA user_version = 1")
    finally:
        conn.close()


def test_schema_1_is_migrated_to_2_with_a_backup_and_nothing_lost(db_path: Path) -> None:
    make_schema_v1(db_path)
    with Store.open(db_path) as store:
        assert store.schema_version == LATEST
        [assessment] = store.list_assessments()
        assert store.get_answers(assessment.id)["q1"].value == {"value": "yes"}
        [pack] = store.list_installed_packs()
        assert (pack.pack_id, pack.issued, pack.expires) == ("org.x.p", None, None)
        assert store.list_trusted_keys() == []
        assert store.list_archived_answers(assessment.id) == []
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    [backup] = backups(db_path)
    assert backup.name.endswith("-migration-v1.db")
    assert read_version(backup) == 1

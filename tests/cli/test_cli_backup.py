"""``aipia backup`` (list, now, restore, keep), and what every command does with a damaged
database, a read-only data folder, or a data folder that cannot be created."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from app import paths
from app.cli import cli
from app.storage import folder as folder_module
from tests.cli.conftest import Run, fails, ok
from tests.storage.damage import smash_page


@pytest.fixture
def data(run: Run, isolated_data_dir: Path) -> Path:
    """A data folder with one assessment and one answer, and a backup of it from today."""
    ok(run("assessment", "new", "--org", "Acme Health", "--title", "Ward bot"))
    ok(run("assessment", "answer", "1", "system_name", "Ward assistant"))  # today's backup
    return isolated_data_dir


def database(data: Path) -> Path:
    return data / paths.DATABASE_NAME


def backup_ids(run: Run) -> list[str]:
    return re.findall(r"^(\d{8}T\d{6}Z-[a-z0-9-]+) ", ok(run("backup", "list")), re.M)


def test_list_before_any_backup(run: Run, isolated_data_dir: Path) -> None:
    out = ok(run("backup", "list"))
    assert out.startswith(f"No backups yet in {isolated_data_dir / 'backups'}.")
    assert "aipia backup now" in out


def test_list_shows_dates_reasons_and_assessment_counts(run: Run, data: Path) -> None:
    out = ok(run("backup", "list"))
    [line] = [x for x in out.splitlines() if "daily" in x]
    assert re.match(r"\d{8}T\d{6}Z-daily +\d{4}-\d\d-\d\d \d\d:\d\d  1 assessment ", line)
    assert "daily, at the first change of the day" in line
    assert out.rstrip().endswith("Restore one with: aipia backup restore ID")


def test_now_then_restore_brings_the_data_back(run: Run, data: Path) -> None:
    made = ok(run("backup", "now"))
    assert re.match(rf"Backed up to {re.escape(str(data / 'backups'))}/aipia-\d{{8}}T\d{{6}}Z-"
                    r"manual\.db \(the newest 10 backups are kept\)\.", made)
    manual = backup_ids(run)[0]
    assert manual.endswith("-manual")
    ok(run("assessment", "answer", "1", "system_name", "Changed after the backup"))
    ok(run("assessment", "new", "--org", "Other", "--title", "Second"))
    out = ok(run("backup", "restore", manual, "--yes"))
    assert "Kept the database as it was in" in out and "-before-restore.db" in out
    assert out.rstrip().endswith("1 assessments, 1 organizations.")
    assert "Ward assistant" in ok(run("assessment", "show", "1"))
    assert "Second" not in ok(run("assessment", "list"))
    assert backup_ids(run)[0].endswith("-before-restore")


def test_restore_asks_first_and_a_no_changes_nothing(run: Run, data: Path) -> None:
    [daily] = backup_ids(run)
    before = database(data).read_bytes()
    runner = CliRunner()
    result = runner.invoke(cli, ["backup", "restore", daily[:12]], input="n\n")  # its start
    fails(result, "nothing was restored")
    assert "Replace" in result.output and "kept as a backup first" in result.output
    assert database(data).read_bytes() == before and backup_ids(run) == [daily]
    result = runner.invoke(cli, ["backup", "restore", daily[:12]], input="y\n")
    assert result.exit_code == 0 and "Restored" in result.output


def test_restore_by_file_and_the_wrong_choices(run: Run, data: Path, tmp_path: Path) -> None:
    [daily] = backup_ids(run)
    ok(run("backup", "now"))
    fails(run("backup", "restore", "2", "--yes"), "matches 2 backups", "give more of the id")
    fails(run("backup", "restore", "nope", "--yes"), "No backup 'nope'", "aipia backup list")
    elsewhere = tmp_path / "saved-copy.db"
    shutil.copyfile(data / "backups" / f"aipia-{daily}.db", elsewhere)
    assert "Restored saved-copy.db" in ok(run("backup", "restore", str(elsewhere), "--yes"))
    not_db = tmp_path / "notes.db"
    not_db.write_text("not a database")
    fails(run("backup", "restore", str(not_db), "--yes"), "cannot be restored",
          "not a SQLite database", "The database was not changed")


def test_keep(run: Run, data: Path) -> None:
    assert ok(run("backup", "keep")) == "The newest 10 backups are kept.\n"
    assert ok(run("backup", "keep", "3")) == "The newest 3 backups are kept.\n"
    for _ in range(4):
        ok(run("backup", "now"))
    assert len(backup_ids(run)) == 3
    fails(run("backup", "keep", "0"), "keep between 1 and 1000 backups")


# a damaged database ------------------------------------------------------------------------
COMMANDS = [
    ("org", "list"), ("assessment", "list"), ("assessment", "show", "1"),
    ("assessment", "answer", "1", "system_name", "X"), ("assessment", "export", "1", "-o", "x"),
    ("assessment", "new", "--org", "A", "--title", "B"), ("backup", "now"), ("backup", "keep"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_damaged_database_is_explained_and_left_alone(
    command: tuple[str, ...], run: Run, data: Path, tmp_path: Path
) -> None:
    os.chdir(tmp_path)
    smash_page(database(data), "assessments")
    before = database(data).read_bytes()
    error = fails(run(*command), str(database(data)), "is damaged", "aipia backup restore ID",
                  str(data / "backups"))
    assert error.count("Error:") == 1
    assert database(data).read_bytes() == before


def test_a_damaged_database_is_restored_from_its_backup(run: Run, data: Path) -> None:
    smash_page(database(data), "assessments")
    damaged = database(data).read_bytes()
    [daily] = backup_ids(run)  # the backup commands work without opening the database
    out = ok(run("backup", "restore", daily, "--yes"))
    kept = Path(re.findall(r"as it was in (\S+)", out)[0])
    assert kept.read_bytes() == damaged
    assert "Ward bot" in ok(run("assessment", "list"))


# a read-only data folder -------------------------------------------------------------------
@pytest.fixture
def read_only(data: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``os.access`` says the folder cannot be written (root ignores real permissions)."""
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() == data.resolve():
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(folder_module.os, "access", access)
    return data


def test_a_read_only_folder_can_be_read_exported_and_listed(
    run: Run, read_only: Path, tmp_path: Path
) -> None:
    before = database(read_only).read_bytes()
    assert "Ward bot" in ok(run("assessment", "list"))
    assert "Ward assistant" in ok(run("assessment", "show", "1"))
    ok(run("assessment", "export", "1", "-o", str(tmp_path / "out.json")))
    assert json.loads((tmp_path / "out.json").read_text())["assessment"]["title"] == "Ward bot"
    ok(run("report", "1", "--html", "-o", str(tmp_path / "report.html")))
    assert "Ward assistant" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "daily" in ok(run("backup", "list"))
    for command in [("assessment", "answer", "1", "system_name", "X"), ("backup", "now"),
                    ("org", "add", "New client"), ("backup", "restore", "2", "--yes")]:
        fails(run(*command), "is open read-only", "you can list, show, export and report",
              "make the folder writable")
    assert database(read_only).read_bytes() == before


# a data folder that cannot be created ------------------------------------------------------
def test_a_data_folder_under_a_file(run: Run, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    fails(run("--data-dir", str(blocker / "data"), "org", "list"),
          f"Cannot create the AIPIA data folder {blocker / 'data'}", "is a file, not a folder",
          "--data-dir DIR")


@pytest.mark.parametrize(("code", "words"), [
    (errno.EROFS, "is on a read-only disk"),
    (errno.EACCES, "you may not create folders in"),
    (errno.ENOENT, "a folder on the way to it does not exist"),
])
def test_a_data_folder_that_cannot_be_created(
    code: int, words: str, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code), str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    target = tmp_path / "missing" / "data"
    for command in [("org", "list"), ("backup", "list")]:
        fails(run("--data-dir", str(target), *command),
              f"Cannot create the AIPIA data folder {target}", words, "AIPIA_DATA_DIR")

"""The start-up listing read with the standard library (issue 19) lists what the workspace lists.

And it gives up (None: the app waits for the workspace, as before) on anything it
cannot read safely, without changing the database file or creating one beside it.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import paths
from app.services.quick_listing import SCHEMA_VERSION, QuickListing
from app.services.workspace import Workspace
from app.storage.migrations import latest_version
from tests.services.conftest import open_workspace
from tests.storage.damage import smash_page

FILTERS = [
    {}, {"include_archived": True}, {"search": "한빛"}, {"search": "  ACME "},
    {"search": "평가", "include_archived": True}, {"search": "nothing like it"},
]


@pytest.fixture
def folder(tmp_path: Path, builtin: Path) -> Path:
    """A data folder with three clients (one archived), Korean names, one archived assessment."""
    data = tmp_path / "data"
    with open_workspace(data, builtin) as ws:
        ws.new_assessment("Acme Ltd", "Chatbot for support")
        hanbit = ws.new_assessment("한빛 주식회사", "채용 평가 AI")
        ws.new_assessment("한빛 주식회사", "고객 상담 챗봇")
        old = ws.new_assessment("Öresund AB", "Old pilot")
        ws.set_status(old.id, "archived")
        ws.add_client("Zeta (no assessments)", "notes: 메모")
        gone = ws.add_client("Gone client")
        ws.store.update_organization(gone.id, archived=True)
        ws.set_status(hanbit.id, "in_review")
    return data


@pytest.fixture
def listing(folder: Path) -> Iterator[QuickListing]:
    opened = QuickListing.open(folder / paths.DATABASE_NAME)
    assert opened is not None
    yield opened
    opened.close()


def fields(rows: list[Any]) -> list[dict[str, object]]:
    """Each row's fields (a record's, or the quick listing's attributes)."""
    return [dataclasses.asdict(row) if dataclasses.is_dataclass(row) else vars(row)
            for row in rows]


def snapshot(folder: Path) -> tuple[list[str], bytes, int]:
    """The folder's files, the database's bytes and its modification time."""
    database = folder / paths.DATABASE_NAME
    return sorted(os.listdir(folder)), database.read_bytes(), database.stat().st_mtime_ns


def test_the_schema_version_is_the_storage_layers() -> None:
    assert latest_version() == SCHEMA_VERSION


@pytest.mark.parametrize("filters", FILTERS)
def test_it_lists_the_same_assessments_in_the_same_order(
        folder: Path, builtin: Path, listing: QuickListing, filters: dict[str, object]) -> None:
    with open_workspace(folder, builtin) as ws:
        expected = fields(ws.list_assessments(**filters))
        by_client = {c.id: fields(ws.list_assessments(c.id, **filters))
                     for c in ws.list_clients(include_archived=True)}
    assert fields(listing.list_assessments(**filters)) == expected
    for client, rows in by_client.items():
        assert fields(listing.list_assessments(client, **filters)) == rows


def test_it_lists_the_same_clients(folder: Path, builtin: Path, listing: QuickListing) -> None:
    with open_workspace(folder, builtin) as ws:
        active, every = ws.list_clients(), ws.list_clients(include_archived=True)
    assert fields(listing.list_clients()) == fields(active)
    assert fields(listing.list_clients(include_archived=True)) == fields(every)
    assert [c.name for c in listing.list_clients()] == [
        "Acme Ltd", "Zeta (no assessments)", "Öresund AB", "한빛 주식회사"]
    assert [a.title for a in listing.list_assessments(search="한빛")] == [
        "채용 평가 AI", "고객 상담 챗봇"]


def test_reading_the_list_changes_nothing_in_the_folder(folder: Path) -> None:
    before = snapshot(folder)
    opened = QuickListing.open(folder / paths.DATABASE_NAME)
    assert opened is not None and len(opened.list_assessments(include_archived=True)) == 4
    opened.close()
    assert snapshot(folder) == before  # no -wal, -shm or -journal file either


def test_no_database_yet_means_no_listing_and_no_file(tmp_path: Path) -> None:
    assert QuickListing.open(tmp_path / paths.DATABASE_NAME) is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("version", [SCHEMA_VERSION - 1, SCHEMA_VERSION + 1])
def test_another_schema_version_is_left_to_the_workspace(folder: Path, version: int) -> None:
    with sqlite3.connect(folder / paths.DATABASE_NAME) as conn:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    before = snapshot(folder)
    assert QuickListing.open(folder / paths.DATABASE_NAME) is None
    assert snapshot(folder) == before


@pytest.mark.parametrize("damage", ["not sqlite", "cut off", "empty"])
def test_a_broken_file_is_left_to_the_workspace(folder: Path, damage: str) -> None:
    database = folder / paths.DATABASE_NAME
    content = database.read_bytes()
    database.write_bytes({"not sqlite": b"this is not a database" * 300,
                          "cut off": content[: len(content) // 2 + 100],
                          "empty": b""}[damage])
    before = snapshot(folder)
    assert QuickListing.open(database) is None
    assert snapshot(folder) == before


@pytest.mark.parametrize("table", ["assessments", "organizations"])
def test_a_damaged_table_is_left_to_the_workspace(folder: Path, table: str) -> None:
    smash_page(folder / paths.DATABASE_NAME, table)
    before = snapshot(folder)
    assert QuickListing.open(folder / paths.DATABASE_NAME) is None
    assert snapshot(folder) == before


def test_a_database_being_written_is_left_to_the_workspace(folder: Path, builtin: Path) -> None:
    with open_workspace(folder, builtin) as ws:  # another AIPIA has it open, mid-write
        writer = sqlite3.connect(folder / paths.DATABASE_NAME, timeout=0, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE assessments SET title = 'half-way'")
        files = sorted(os.listdir(folder))
        database = (folder / paths.DATABASE_NAME).read_bytes()
        assert QuickListing.open(folder / paths.DATABASE_NAME) is None
        assert sorted(os.listdir(folder)) == files
        assert (folder / paths.DATABASE_NAME).read_bytes() == database
        writer.execute("ROLLBACK")
        writer.close()
        assert len(ws.list_assessments(include_archived=True)) == 4


def test_a_log_left_by_a_crash_is_left_to_the_workspace(folder: Path) -> None:
    (folder / f"{paths.DATABASE_NAME}-wal").write_bytes(b"")
    before = snapshot(folder)
    assert QuickListing.open(folder / paths.DATABASE_NAME) is None
    assert snapshot(folder) == before


def test_the_workspace_still_opens_after_a_listing(folder: Path) -> None:
    opened = QuickListing.open(folder / paths.DATABASE_NAME)
    assert opened is not None
    with Workspace(folder) as ws:  # while the listing is still open, as at start-up
        assert [a.id for a in ws.list_assessments()] == [
            a.id for a in opened.list_assessments()]
    opened.close()

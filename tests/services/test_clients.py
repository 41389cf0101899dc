"""Deleting a client: a backup of the database first, then the client with its assessments."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.clients import delete_client
from app.services.workspace import Workspace
from app.storage import NotFoundError, StorageError, Store


def test_the_backup_holds_what_was_deleted(tmp_path: Path) -> None:
    with Workspace(tmp_path / "data") as workspace:
        record = workspace.new_assessment("Maple Dental", "Chatbot")
        workspace.new_assessment("Maple Dental", "Scheduler")
        workspace.new_assessment("Hanbit", "Notes")
        done = delete_client(workspace, record.organization_id)
        assert (done.name, done.assessments) == ("Maple Dental", 2)
        assert [o.name for o in workspace.store.list_organizations()] == ["Hanbit"]
    assert done.backup.parent == tmp_path / "data" / "backups" and done.backup.exists()
    with Store.open(done.backup) as backup:
        assert sorted(o.name for o in backup.list_organizations()) == ["Hanbit", "Maple Dental"]
        assert len(backup.list_assessments()) == 3


def test_nothing_is_deleted_when_the_backup_fails(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with Workspace(tmp_path / "data") as workspace:
        record = workspace.new_assessment("Maple Dental", "Chatbot")

        def refuse(tag: str) -> Path:
            raise StorageError("the disk is full")

        monkeypatch.setattr(workspace.store, "write_backup", refuse)
        with pytest.raises(StorageError, match="disk is full"):
            delete_client(workspace, record.organization_id)
        assert [o.name for o in workspace.store.list_organizations()] == ["Maple Dental"]
        with pytest.raises(NotFoundError):
            delete_client(workspace, 999)

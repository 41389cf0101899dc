"""Clients (organizations): deleting one safely, with a backup of the database first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services.workspace import Workspace


@dataclass(frozen=True)
class ClientDeletion:
    """What deleting a client did: its name, how many assessments went, and the backup."""

    name: str
    assessments: int
    backup: Path


def delete_client(workspace: Workspace, organization_id: int) -> ClientDeletion:
    """Back up the whole database (SQLite backup API), then delete the client.

    The client's assessments, with their answers, history and measure plans,
    are deleted with it in one transaction. Nothing is deleted when the
    backup cannot be written.

    Raises:
        NotFoundError: there is no such client.
        StorageError: the backup or the deletion failed (nothing was deleted).
    """
    store = workspace.store
    name = store.get_organization(organization_id).name
    backup = store.write_backup(f"client-{organization_id}")
    deleted = store.delete_organization(organization_id)
    return ClientDeletion(name, deleted, backup)

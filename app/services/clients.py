"""Clients (organizations): list, add, rename and annotate; delete safely, backup first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.services.base import WorkspaceBase
from app.services.events import Topic
from app.storage import Organization


@dataclass(frozen=True)
class ClientDeletion:
    """What deleting a client did: its name, how many assessments went, and the backup."""

    name: str
    assessments: int
    backup: Path


class ClientsMixin(WorkspaceBase):
    def list_clients(self, include_archived: bool = False) -> list[Organization]:
        return self.store.list_organizations(include_archived=include_archived)

    def get_client(self, organization_id: int) -> Organization:
        return self.store.get_organization(organization_id)

    def find_client(self, name: str) -> Organization | None:
        return self.store.find_organization(name)

    def count_assessments(self, organization_id: int) -> int:
        return self.store.count_assessments(organization_id)

    def add_client(self, name: str, notes: str = "") -> Organization:
        added = self.store.add_organization(name, notes)
        self._changed(Topic.CLIENTS)
        return added

    def update_client(self, organization_id: int, *, name: str | None = None,
                      notes: str | None = None) -> Organization:
        """Rename the client or change its notes (None keeps a field as it is)."""
        updated = self.store.update_organization(organization_id, name=name, notes=notes)
        self._changed(Topic.CLIENTS)
        return updated

    def delete_client(self, organization_id: int) -> ClientDeletion:
        """Back up the whole database (SQLite backup API), then delete the client.

        The client's assessments, with their answers, history and measure plans,
        are deleted with it in one transaction. Nothing is deleted when the
        backup cannot be written.

        Raises:
            NotFoundError: there is no such client.
            StorageError: the backup or the deletion failed (nothing was deleted).
        """
        name = self.store.get_organization(organization_id).name
        backup = self.store.write_backup(f"client-{organization_id}")
        deleted = self.store.delete_organization(organization_id)
        self._changed(Topic.CLIENTS)
        return ClientDeletion(name, deleted, backup)


def delete_client(workspace: ClientsMixin, organization_id: int) -> ClientDeletion:
    """:meth:`ClientsMixin.delete_client` (the name earlier callers use)."""
    return workspace.delete_client(organization_id)

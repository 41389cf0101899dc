"""What every part of the application facade shares: the store, the pack catalog, the events.

:class:`app.services.workspace.Workspace` is put together from one mixin per
group of use cases (clients, assessments, answers, packs, trust, reports...),
each in its own module; they all build on this base.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.core.errors import UserError
from app.packs.catalog import PackCatalog
from app.services.events import Events, Topic
from app.storage import ReadOnlyError, Store
from app.storage.guard import read_only_message

if TYPE_CHECKING:
    from app.services.workspace import Workspace


class WorkspaceError(UserError):
    """A user-level problem (unknown language, missing organization, ...)."""


class WorkspaceBase:
    """The data folder's store, its pack catalog, and the observers of its changes."""

    data_dir: Path
    store: Store
    catalog: PackCatalog
    events: Events

    @property
    def read_only(self) -> bool:
        """True when the folder or database cannot be written: reading works, editing says why."""
        return self.store.read_only

    @property
    def backup_problem(self) -> str | None:
        """Why today's automatic backup failed, if it did (the change itself was saved)."""
        return self.store.backup_problem

    def _require_writable(self) -> None:
        if self.store.read_only:
            raise ReadOnlyError(read_only_message(self.store.path))

    def _changed(self, topic: Topic, assessment_id: int | None = None) -> None:
        self.events.emit(topic, assessment_id)

    def _whole(self) -> Workspace:
        """This part as the whole facade: every mixin is only ever used inside a Workspace."""
        return cast("Workspace", self)

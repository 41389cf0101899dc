"""What every part of the application facade shares: the store, the pack catalog, the events.

:class:`app.services.workspace.Workspace` is put together from one mixin per
group of use cases (clients, assessments, answers, packs, trust, reports...),
each in its own module; they all build on this base.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import UserError
from app.core.review.workflow import edit_refusal
from app.packs.catalog import PackCatalog
from app.services.events import Events, Topic
from app.storage import ReadOnlyError, Store
from app.storage.guard import read_only_message

if TYPE_CHECKING:
    from app.reports.render_pool import RenderPool


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

    _render_pool: RenderPool | None = None

    @property
    def render_pool(self) -> RenderPool:
        """This workspace's warm render processes (made at the first report, closed with it)."""
        if self._render_pool is None:
            from app.reports.render_pool import RenderPool  # the PDF machinery, only now

            self._render_pool = RenderPool()
        return self._render_pool

    def _close_render_pool(self) -> None:
        if self._render_pool is not None:
            self._render_pool.close()

    def _require_writable(self) -> None:
        if self.store.read_only:
            raise ReadOnlyError(read_only_message(self.store.path))

    def require_editable(self, assessment_id: int) -> None:
        """An approved assessment is read-only until a new revision is started (ReviewError)."""
        status = self.store.get_assessment(assessment_id).status
        latest = self.store.latest_revision(assessment_id) if status == "approved" else None
        refusal = edit_refusal(assessment_id, status, latest.number if latest else None)
        if refusal is not None:
            raise refusal

    def _changed(self, topic: Topic, assessment_id: int | None = None) -> None:
        self.events.emit(topic, assessment_id)

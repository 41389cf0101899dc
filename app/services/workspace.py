"""The application facade: the user's data folder, and every use case the front ends have.

The desktop app and the command line do everything through one
:class:`Workspace`: clients, assessments, answers, measure plans, packs, trusted
keys, reports, export and import, feeds, model scans and backups. Each group of
use cases is a mixin in its own module; every change is announced once on
:attr:`Workspace.events` (``app.services.events``), which is how the app's views
learn of it.
"""

from __future__ import annotations

import os
from types import TracebackType

from app import paths
from app.packs.catalog import PackCatalog
from app.services.answering import AnswersMixin
from app.services.assessments import AssessmentsMixin, OpenAssessment
from app.services.backups import BackupsMixin
from app.services.base import WorkspaceError
from app.services.branding import BrandingMixin
from app.services.clients import ClientsMixin
from app.services.events import Events
from app.services.feed_subscriptions import FeedsMixin
from app.services.inspection import InspectionMixin
from app.services.keys import KeysMixin
from app.services.packs import PacksMixin
from app.services.reports import ReportsMixin
from app.services.review_uses import ReviewMixin
from app.services.risk_treatment import RisksMixin
from app.services.sections import SectionsMixin
from app.services.transfer import TransferMixin
from app.storage import Store
from app.storage.folder import data_folder

__all__ = ["OpenAssessment", "Workspace", "WorkspaceError"]


class Workspace(
    InspectionMixin,  # builds on the answers
    ReportsMixin,  # builds on the assessments
    ReviewMixin,  # builds on the assessments
    FeedsMixin,  # builds on the assessments
    ClientsMixin,
    AssessmentsMixin,
    AnswersMixin,
    SectionsMixin,
    RisksMixin,
    PacksMixin,
    KeysMixin,
    BrandingMixin,
    TransferMixin,
    BackupsMixin,
):
    """Everything one user works on: opened once by the app or a CLI command."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        """Open the data folder's database (read-only when the folder cannot be written).

        Raises:
            StorageError: the folder cannot be created (DataFolderError), the
                database is damaged (DatabaseDamagedError), unreadable or too new.
        """
        self.data_dir = data_folder(data_dir)
        self.store = Store.open(self.data_dir / paths.DATABASE_NAME)
        self.catalog = PackCatalog(self.store)
        self.events = Events()

    def close(self) -> None:
        self._close_render_pool()
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

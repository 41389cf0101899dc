"""The Store: the app's single handle on its database.

The application opens ONE Store (one writer connection) for its lifetime and
passes it where needed; a second Store on the same file, e.g. a CLI run while
the GUI is open, works but waits for the other's write lock (busy timeout).
A Store must be used from the thread that opened it.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from app import paths
from app.storage import migrations
from app.storage.answers import AnswersMixin
from app.storage.assessments import AssessmentsMixin
from app.storage.database import connect, enable_wal, prepare_file
from app.storage.feeds import FeedsMixin
from app.storage.judgements import RiskJudgementsMixin
from app.storage.model_scans import ModelScansMixin
from app.storage.organizations import OrganizationsMixin
from app.storage.packs import PacksMixin
from app.storage.plans import MeasurePlansMixin
from app.storage.settings import SettingsMixin
from app.storage.transfer import TransferMixin
from app.storage.trust import TrustMixin
from app.storage.upgrades import UpgradesMixin


class Store(
    OrganizationsMixin,
    AssessmentsMixin,
    AnswersMixin,
    MeasurePlansMixin,
    TransferMixin,
    PacksMixin,
    SettingsMixin,
    TrustMixin,
    UpgradesMixin,
    FeedsMixin,
    ModelScansMixin,
    RiskJudgementsMixin,
):
    """Organizations, assessments, answers (with history), measure plans,
    installed packs, trusted keys, pack upgrades, settings and feed subscriptions, in one SQLite
    file."""

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Store:
        """Open (creating the file and folder if needed) and migrate the database.

        Args:
            path: the database file; None means ``app.paths.database_path()``.

        Raises:
            DatabaseFileError: the file is a folder, not SQLite, or unreadable.
            SchemaTooNewError: the file comes from a newer AIPIA (left untouched).
            MigrationError: a migration failed (the file is left unchanged).
        """
        target = paths.database_path() if path is None else Path(path).expanduser().absolute()
        existed = prepare_file(target)
        db = connect(target)
        try:
            migrations.migrate(db, target, existed)
            enable_wal(db)
        except BaseException:
            db.close()
            raise
        return cls(db, target)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def schema_version(self) -> int:
        return migrations.user_version(self._db)

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

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

from sqlite_utils import Database

from app import paths
from app.storage import backups, health, migrations
from app.storage.answers import AnswersMixin
from app.storage.assessments import AssessmentsMixin
from app.storage.attachments import AttachmentsMixin
from app.storage.database import connect, enable_wal, prepare_file
from app.storage.errors import DatabaseDamagedError, ReadOnlyError
from app.storage.feeds import FeedsMixin
from app.storage.folder import must_open_read_only
from app.storage.guard import RAW_ERRORS, classify, guard_methods, read_only_message
from app.storage.judgements import RiskJudgementsMixin
from app.storage.model_scans import ModelScansMixin
from app.storage.organizations import OrganizationsMixin
from app.storage.packs import PacksMixin
from app.storage.plans import MeasurePlansMixin
from app.storage.review import ReviewMixin
from app.storage.review_transfer import ReviewTransferMixin
from app.storage.revisions import RevisionsMixin
from app.storage.sections_off import SectionsOffMixin
from app.storage.settings import SettingsMixin
from app.storage.snapshot import SnapshotMixin
from app.storage.transfer import TransferMixin
from app.storage.trust import TrustMixin
from app.storage.upgrades import UpgradesMixin


@guard_methods
class Store(
    SnapshotMixin,  # reads through the assessments, answers, plans... mixins below
    OrganizationsMixin,
    AssessmentsMixin,
    AnswersMixin,
    MeasurePlansMixin,
    ReviewTransferMixin,  # before TransferMixin, which it extends
    TransferMixin,
    PacksMixin,
    SettingsMixin,
    TrustMixin,
    UpgradesMixin,
    FeedsMixin,
    ModelScansMixin,
    RiskJudgementsMixin,
    ReviewMixin,
    RevisionsMixin,
    AttachmentsMixin,
    SectionsOffMixin,
):
    """Organizations, assessments, answers (with history), measure plans,
    installed packs, trusted keys, pack upgrades, settings, feed subscriptions, model scans,
    the review trail, verdicts, opinions, revisions and attachments, in one SQLite file.

    Every public method turns SQLite failures into a :class:`StorageError`
    naming the file (``app.storage.guard``).
    """

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, *, read_only: bool | None = None
    ) -> Store:
        """Open (creating the file and folder if needed), check and migrate the database.

        Args:
            path: the database file; None means ``app.paths.database_path()``.
            read_only: None opens read-only exactly when the file or its folder
                cannot be written (then nothing is created or migrated).

        Raises:
            DatabaseFileError: the file is a folder, not SQLite, or unreadable.
            DatabaseDamagedError: the file is damaged (it is left untouched).
            SchemaTooNewError: the file comes from a newer AIPIA (left untouched).
            MigrationError: a migration failed (the file is left unchanged).
        """
        target = paths.database_path() if path is None else Path(path).expanduser().absolute()
        if read_only is None:
            read_only = must_open_read_only(target)
        existed = prepare_file(target, create=not read_only)
        db = connect(target, read_only)
        try:
            checked = _check_health(db, target)
            if read_only:
                migrations.require_current(db, target)
            else:
                migrations.migrate(db, target, existed)
                enable_wal(db)
        except RAW_ERRORS as exc:
            db.close()
            raise classify(exc, target) from exc
        except BaseException:
            db.close()
            raise
        return cls(db, target, read_only=read_only, checked=checked, created=not existed)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def schema_version(self) -> int:
        return migrations.user_version(self._db)

    @property
    def backup_folder(self) -> Path:
        return backups.folder_of(self._path)

    def write_backup(self, kind: str) -> Path:
        """Back the database up now into ``backups/`` (e.g. ``before-upgrade-3``), keeping
        the newest ``backup_keep``. The whole file is checked first: a damaged
        database is never copied over a good backup.

        Raises:
            ReadOnlyError: the database was opened read-only.
            DatabaseDamagedError: the check found damage (no backup was written).
            BackupError: the copy could not be written.
        """
        if self._read_only:
            raise ReadOnlyError(read_only_message(self._path) + " No backup was written.")
        if self._damaged:
            raise DatabaseDamagedError(self._damaged)
        self._check_whole("integrity")
        return backups.backup_and_rotate(self._db.conn, self._path, kind)

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


def _check_health(db: Database, path: Path) -> bool:
    """Damage found when opening is refused; returns whether the whole file was checked."""
    problem, whole = health.check_on_open(db.conn, path.stat().st_size)
    if problem:
        raise DatabaseDamagedError(health.damaged_message(path, problem))
    return whole

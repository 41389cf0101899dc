"""AIPIA storage layer: one SQLite file behind the :class:`Store` API.

Depends only on sqlite-utils, the standard library, ``app.paths`` and
``app.core.errors`` (the base class of its errors).
"""

from app.storage.assessments import UNSET, Unset
from app.storage.errors import (
    BackupError,
    DatabaseDamagedError,
    DatabaseFileError,
    DataFolderError,
    DuplicateError,
    InvalidValue,
    MigrationError,
    NotFoundError,
    ReadOnlyError,
    SchemaTooNewError,
    StorageError,
)
from app.storage.feeds import FeedSubscription
from app.storage.records import (
    ASSESSMENT_STATUSES,
    PACK_SOURCES,
    PLAN_STATUSES,
    ArchivedRecord,
    Assessment,
    HistoryEntry,
    InstalledPack,
    MeasurePlan,
    Organization,
    ReviewRecord,
    StoredAnswer,
    TrustedKey,
    UpgradeRecord,
)
from app.storage.store import Store
from app.storage.transfer import AssessmentImport

__all__ = [
    "ASSESSMENT_STATUSES",
    "PACK_SOURCES",
    "PLAN_STATUSES",
    "UNSET",
    "ArchivedRecord",
    "Assessment",
    "AssessmentImport",
    "BackupError",
    "DataFolderError",
    "DatabaseDamagedError",
    "DatabaseFileError",
    "DuplicateError",
    "FeedSubscription",
    "HistoryEntry",
    "InstalledPack",
    "InvalidValue",
    "MeasurePlan",
    "MigrationError",
    "NotFoundError",
    "Organization",
    "ReadOnlyError",
    "ReviewRecord",
    "SchemaTooNewError",
    "StorageError",
    "Store",
    "StoredAnswer",
    "TrustedKey",
    "Unset",
    "UpgradeRecord",
]

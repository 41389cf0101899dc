"""The facade's vocabulary: the records, results and errors the front ends see by name.

The desktop app and the command line import no storage, pack or report module
(import-linter keeps them to ``app.core`` and ``app.services``); the types they
name when they show a record or tell one error from another come from here
(those of feeds from ``app.services.feeds``, which is imported only when feeds are used).
"""

from app.core.errors import UserError
from app.packs.bundle import Bundle, SignerStatus
from app.packs.catalog import PackEntry, PackNotFoundError
from app.packs.install import InstallError, InstallResult, UntrustedBundleError
from app.packs.source import PackSource
from app.packs.trust import KnownKey
from app.storage import (
    ASSESSMENT_STATUSES,
    ArchivedRecord,
    Assessment,
    DatabaseDamagedError,
    DuplicateError,
    FeedSubscription,
    InstalledPack,
    MeasurePlan,
    NotFoundError,
    Organization,
    ReviewRecord,
    StorageError,
)

__all__ = [
    "ASSESSMENT_STATUSES",
    "ArchivedRecord",
    "Assessment",
    "Bundle",
    "DatabaseDamagedError",
    "DuplicateError",
    "FeedSubscription",
    "InstallError",
    "InstallResult",
    "InstalledPack",
    "KnownKey",
    "MeasurePlan",
    "NotFoundError",
    "Organization",
    "PackEntry",
    "PackNotFoundError",
    "PackSource",
    "ReviewRecord",
    "SignerStatus",
    "StorageError",
    "UntrustedBundleError",
    "UserError",
]

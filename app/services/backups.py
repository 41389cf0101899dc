"""Backups of the data folder's database: list them, make one now, restore one.

These work on the data folder without opening the database first, because
restoring is what a user needs when the database cannot be opened (damaged).
The mechanics (SQLite backup API, rotation, checks) are in
``app.storage.backups`` and ``app.storage.restore``.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.services.base import WorkspaceBase
from app.services.events import Topic
from app.storage import BackupError, ReadOnlyError, Store, migrations
from app.storage.backups import DEFAULT_KEEP, KEEP_SETTING, MAX_KEEP, Backup, clamp_keep
from app.storage.backups import list_backups as stored_backups
from app.storage.folder import data_folder, must_open_read_only
from app.storage.guard import read_only_message
from app.storage.restore import BackupContents, read_contents, restore_backup

KIND_TEXT = {
    "daily": "daily, at the first change of the day",
    "manual": "made on request",
    "before-restore": "the database as it was before a restore",
}


@dataclass(frozen=True)
class BackupEntry:
    """A backup with what it holds, for the lists in the CLI and the app."""

    backup: Backup
    contents: BackupContents

    @property
    def id(self) -> str:
        return self.backup.id

    @property
    def created_local(self) -> dt.datetime:
        return self.backup.created.astimezone()


@dataclass(frozen=True)
class RestoreOutcome:
    restored: Path  # the backup that was put back
    kept: Path | None  # the copy of the database as it was before (None: there was none)
    contents: BackupContents


def database_file(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The database file of the data folder (the folder is created if needed)."""
    return data_folder(data_dir) / paths.DATABASE_NAME


def size_text(size: int) -> str:
    """A file size for people: ``208 KB``, ``101.8 MB``."""
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(size // 1024, 1)} KB"


def describe_kind(kind: str) -> str:
    """Why a backup was made, in words (English; the app has its own translations)."""
    if kind.startswith("migration-v"):
        return f"before the database layout was updated (from schema {kind[11:]})"
    if kind.startswith("upgrade-"):
        return f"before assessment {kind[8:]} moved to a newer pack version"
    return KIND_TEXT.get(kind, kind)


def list_backups(data_dir: str | os.PathLike[str] | None = None) -> list[BackupEntry]:
    """Every backup of the data folder's database, newest first, with what it holds."""
    return [BackupEntry(b, read_contents(b.path)) for b in stored_backups(database_file(data_dir))]


def find_backup(data_dir: str | os.PathLike[str] | None, choice: str) -> Path:
    """A backup by id (or the unique start of one), or any backup file by its path.

    Raises:
        BackupError: no backup or several match.
    """
    found = stored_backups(database_file(data_dir))
    exact = [b for b in found if b.id == choice]
    matches = exact or [b for b in found if choice and b.id.startswith(choice)]
    if len(matches) == 1:
        return matches[0].path
    if matches:
        ids = ", ".join(b.id for b in matches[:5])
        raise BackupError(f"'{choice[:200]}' matches {len(matches)} backups ({ids}); "
                          "give more of the id.")
    if Path(choice).is_file():
        return Path(choice).absolute()
    raise BackupError(f"No backup '{choice[:200]}': `aipia backup list` shows the ids, or "
                      "give the path of a backup file.")


def restore(data_dir: str | os.PathLike[str] | None, choice: str) -> RestoreOutcome:
    """Put a backup back in place of the database, after keeping a copy of the current one.

    No Workspace of this process may be open on the folder. The restored file
    is opened once afterwards, so an older backup is brought to this version's
    layout at once.
    """
    target = database_file(data_dir)
    if must_open_read_only(target):
        raise ReadOnlyError(read_only_message(target) + " Nothing was restored.")
    chosen = find_backup(data_dir, choice)
    kept = restore_backup(target, chosen, migrations.latest_version())
    with Store.open(target) as store:
        contents = BackupContents(store.schema_version, len(store.list_assessments(
            include_archived=True)), len(store.list_organizations(include_archived=True)))
    return RestoreOutcome(chosen, kept, contents)


def backup_now(workspace: WorkspaceBase) -> Path:
    """Check the whole database and back it up now (kind ``manual``)."""
    return workspace.store.write_backup("manual")


def keep_setting(workspace: WorkspaceBase, keep: int | None = None) -> int:
    """How many backups are kept; with ``keep``, change it first (1 to MAX_KEEP)."""
    if keep is not None:
        if not 1 <= keep <= MAX_KEEP:
            raise BackupError(f"keep between 1 and {MAX_KEEP} backups (default {DEFAULT_KEEP})")
        workspace.store.set_setting(KEEP_SETTING, keep)
    return clamp_keep(workspace.store.get_setting(KEEP_SETTING, DEFAULT_KEEP))


class BackupsMixin(WorkspaceBase):
    """Backups of the open database (listing and restoring work without one: see above)."""

    def backup_now(self) -> Path:
        return backup_now(self)

    def backup_keep(self, keep: int | None = None) -> int:
        """How many backups are kept; with ``keep``, change it first."""
        kept = keep_setting(self, keep)
        if keep is not None:
            self._changed(Topic.SETTINGS)
        return kept

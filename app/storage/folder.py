"""The data folder: creating it (with a clear message when that fails) and write access."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from app import paths
from app.storage.errors import DataFolderError

_HINT = "Choose another folder with --data-dir DIR (or the AIPIA_DATA_DIR environment variable)."


def data_folder(override: str | os.PathLike[str] | None = None) -> Path:
    """``app.paths.data_dir``, created if needed; a failure is a :class:`DataFolderError`."""
    try:
        return paths.data_dir(override)
    except OSError as exc:
        chosen = override or os.environ.get(paths.DATA_DIR_ENV) or exc.filename or "."
        wanted = Path(chosen).expanduser().absolute()
        raise DataFolderError(folder_message(wanted, exc)) from None


def folder_message(wanted: Path, exc: OSError) -> str:
    """Why the folder ``wanted`` cannot be created, and what to do."""
    parent = nearest_existing(wanted)
    reasons = {
        errno.EROFS: f"{parent} is on a read-only disk",
        errno.EACCES: f"you may not create folders in {parent}",
        errno.EPERM: f"you may not create folders in {parent}",
        errno.ENOENT: f"a folder on the way to it does not exist (the nearest that does is "
                      f"{parent})",
        errno.ENOTDIR: f"{parent} is a file, not a folder",
        errno.ENOSPC: "the disk is full",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or str(exc))
    return f"Cannot create the AIPIA data folder {wanted}: {reason}. {_HINT}"


def nearest_existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if os.path.lexists(candidate):
            return candidate
    return path


def wal_has_data(db_path: Path) -> bool:
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def must_open_read_only(db_path: Path) -> bool:
    """True when the database (or, for a new one, its folder) cannot be written.

    ``os.access`` sees read-only disks (EROFS) even for root; SQLite also needs
    to write the ``-wal`` and ``-shm`` files beside the database, so the folder
    must be writable too.
    """
    folder = db_path.parent
    if not folder.exists():
        return False  # it will be created (or fail with a DataFolderError)
    if not os.access(folder, os.W_OK):
        return True
    return db_path.exists() and not os.access(db_path, os.W_OK)

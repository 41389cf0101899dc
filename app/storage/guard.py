"""Every SQLite failure becomes one StorageError that names the file and what to do.

:func:`guard_methods` wraps each public method of the Store, so no
``sqlite3`` exception, undecodable stored text or stored JSON reaches the CLI
or the desktop app as a traceback. Damage marks the Store as damaged: from
then on it refuses every write (``StoreBase._ready_to_write``).
"""

from __future__ import annotations

import functools
import inspect
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from app.storage.errors import DatabaseDamagedError, ReadOnlyError, StorageError
from app.storage.health import damaged_message

RAW_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError, json.JSONDecodeError)
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_DAMAGE_TEXT = ("malformed", "Could not decode to UTF-8", "file is not a database")


class Guarded(Protocol):
    _path: Path

    def _mark_damaged(self, message: str) -> None: ...


C = TypeVar("C", bound=type)


def read_only_message(path: Path) -> str:
    return (
        f"The AIPIA database {path} is open read-only, because its folder or the file "
        "cannot be written: you can list, show, export and report, but not change anything. "
        "To edit, make the folder writable, or copy the folder elsewhere and open that copy "
        "with --data-dir DIR."
    )


def is_damage(exc: BaseException) -> bool:
    if isinstance(exc, UnicodeDecodeError | json.JSONDecodeError):
        return True
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_DAMAGE) or any(text in str(exc) for text in _DAMAGE_TEXT)


def classify(exc: BaseException, path: Path) -> StorageError:
    """The user-facing error for a raw SQLite (or stored-data decoding) failure."""
    if is_damage(exc):
        detail = "stored data cannot be decoded" if not isinstance(exc, sqlite3.Error) \
            else str(exc)
        return DatabaseDamagedError(damaged_message(path, detail))
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_READONLY"):
        return ReadOnlyError(read_only_message(path))
    if name.startswith("SQLITE_FULL"):
        return StorageError(f"Could not save to {path}: the disk is full. Free some space "
                            "and try again; nothing was changed.")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StorageError(f"{path} is busy: another program (or another AIPIA) is writing "
                            "to it. Close it or wait, then try again; nothing was changed.")
    return StorageError(
        f"Could not use {path}: {exc}. Check that the disk is not full and that no other "
        "program is holding the file; nothing was changed."
    )


def guard_methods(cls: C) -> C:
    """Wrap every public method of ``cls`` (inherited ones too) with :func:`_guard`."""
    for name in dir(cls):
        if name.startswith("_"):
            continue
        attribute = inspect.getattr_static(cls, name)
        if inspect.isfunction(attribute):
            setattr(cls, name, _guard(attribute))
    return cls


def _guard(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def guarded(self: Guarded, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.ProgrammingError:  # a closed Store or a bug: not the user's file
            raise
        except RAW_ERRORS as exc:
            error = classify(exc, self._path)
            if isinstance(error, DatabaseDamagedError):
                self._mark_damaged(str(error))
            raise error from exc
        except DatabaseDamagedError as exc:
            self._mark_damaged(str(exc))
            raise

    return guarded

"""The errors the storage layer raises; every message is meant for the user."""

from __future__ import annotations

from app.core.errors import UserError


class StorageError(UserError):
    """Anything that went wrong while reading or writing the AIPIA database."""


class NotFoundError(StorageError):
    """The organization, assessment or other record asked for does not exist."""


class DuplicateError(StorageError):
    """A record with the same unique name or id already exists."""


class MigrationError(StorageError):
    """The database could not be brought to the schema version this code needs."""


class SchemaTooNewError(MigrationError):
    """The database was written by a newer AIPIA; it is refused and left untouched."""


class DatabaseFileError(StorageError):
    """The file cannot be used as an AIPIA database (not SQLite, a folder, unreadable)."""


class DatabaseDamagedError(DatabaseFileError):
    """The database file is damaged (corrupt pages, undecodable data); it is never written to."""


class ReadOnlyError(StorageError):
    """The database was opened read-only (read-only folder or file); nothing can be changed."""


class DataFolderError(StorageError):
    """The data folder cannot be created or used."""


class BackupError(StorageError):
    """A backup could not be written, read or restored; the database was not changed."""


class InvalidValue(UserError, ValueError):
    """A value the store refuses before writing (a blank name, a malformed date); nothing was
    written. Also a ``ValueError``, as callers that check their input first expect."""

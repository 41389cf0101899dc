"""The errors the storage layer raises; every message is meant for the user."""

from __future__ import annotations


class StorageError(Exception):
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

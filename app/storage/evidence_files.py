"""Evidence files on disk, kept by content: ``<data folder>/evidence/ab/abcdef...`` (SHA-256).

A file to attach comes from anywhere, so it is copied with care: opened
without following a link and without waiting on a FIFO, refused unless it is
a regular file within the size limit (before a byte is read), hashed while
it is copied into a temporary file beside the store, and refused if it
changed meanwhile (its size, time or identity differ afterwards, more bytes
came than it had, or reading it again gives another hash). The copy is
re-read and its hash compared before it takes its name. Stored files are
read-only and never executable; nothing here ever runs or opens them.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.core.regular_files import kind_of
from app.core.review.evidence import SHA256, EvidenceError, size_text

FOLDER = "evidence"
CHUNK = 1024 * 1024
STORED_MODE = 0o400  # read-only for the owner, never executable
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    new: bool  # False when the store already had this content


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev)


def chunks(handle: BinaryIO) -> Iterator[bytes]:
    """The file's bytes, a chunk at a time."""
    while chunk := handle.read(CHUNK):
        yield chunk


class EvidenceFiles:
    """The content-addressed store of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / FOLDER

    def path_of(self, sha256: str) -> Path:
        if not SHA256.match(sha256):
            raise ValueError(f"not a SHA-256: {sha256[:80]!r}")
        return self.folder / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def store_file(self, source: Path, name: str, limit: int) -> StoredFile:
        """Copy ``source`` in (see the module docstring); :class:`EvidenceError` if refused."""
        handle = _open_source(source, name)
        with handle:
            before = os.fstat(handle.fileno())
            if before.st_size > limit:
                raise EvidenceError("file_too_large", "file", name=name,
                                    size=size_text(before.st_size), limit=size_text(limit))
            return self._copy_in(handle, before, name, limit)

    def _copy_in(self, handle: BinaryIO, before: os.stat_result, name: str,
                 limit: int) -> StoredFile:
        temp = self._temp_path()
        try:
            digest, count = _copy(handle, temp, name, limit)
            after = os.fstat(handle.fileno())
            if _identity(after) != _identity(before) or count != before.st_size:
                raise EvidenceError("changed", "file", name=name)
            handle.seek(0)  # read again: the same bytes, and they reached the disk as read
            if _hash_stream(handle) != digest or _hash_of(temp) != digest:
                raise EvidenceError("changed", "file", name=name)
            return self._keep(temp, digest, count)
        finally:
            temp.unlink(missing_ok=True)

    def store_bytes(self, data: bytes) -> StoredFile:
        """Keep ``data`` (an import's file, its hash already checked by the caller)."""
        temp = self._temp_path()
        try:
            with temp.open("xb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            return self._keep(temp, hashlib.sha256(data).hexdigest(), len(data))
        finally:
            temp.unlink(missing_ok=True)

    def _temp_path(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder / f".incoming-{secrets.token_hex(8)}.part"

    def _keep(self, temp: Path, digest: str, size: int) -> StoredFile:
        target = self.path_of(digest)
        if target.is_file() and _hash_of(target) == digest:
            return StoredFile(digest, size, False)
        target.parent.mkdir(exist_ok=True)
        if target.exists():  # a damaged copy: replace it with the good one
            target.chmod(stat.S_IWUSR | stat.S_IRUSR)
        os.chmod(temp, STORED_MODE)
        os.replace(temp, target)
        return StoredFile(digest, size, True)

    def read_verified(self, sha256: str, name: str) -> bytes:
        """The stored bytes, checked against their hash (:class:`EvidenceError` if not)."""
        path = self.path_of(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise EvidenceError("missing", "file", name=name, folder=str(self.folder)) from None
        except OSError as exc:
            raise EvidenceError("unreadable", "file", name=name,
                                detail=exc.strerror or str(exc)) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise EvidenceError("damaged", "file", name=name)
        return data

    def remove(self, sha256: str) -> None:
        path = self.path_of(sha256)
        if path.exists():
            path.chmod(stat.S_IWUSR | stat.S_IRUSR)
            path.unlink()

    def stored(self) -> set[str]:
        """The hashes of every file in the store."""
        if not self.folder.is_dir():
            return set()
        return {p.name for p in self.folder.glob("??/*") if SHA256.match(p.name)}

    def sweep(self, keep: set[str], min_age_seconds: float = 0.0) -> list[str]:
        """Remove every stored (or left-over temporary) file not in ``keep`` that is older
        than ``min_age_seconds``."""
        horizon = time.time() - min_age_seconds
        removed = sorted(sha for sha in self.stored() - keep
                         if self.path_of(sha).stat().st_mtime <= horizon)
        for sha256 in removed:
            self.remove(sha256)
        for temp in self.folder.glob(".incoming-*.part") if self.folder.is_dir() else ():
            if temp.stat().st_mtime <= horizon:
                temp.unlink(missing_ok=True)
        return removed

    def clear_folder(self, folder: Path) -> None:
        """Remove a folder of viewable copies made earlier (see ``app.services.evidence``)."""
        if folder.is_dir() and not folder.is_symlink():
            for path in folder.rglob("*"):
                if path.is_file():
                    path.chmod(stat.S_IWUSR | stat.S_IRUSR)
            shutil.rmtree(folder, ignore_errors=True)


def _open_source(source: Path, name: str) -> BinaryIO:
    try:
        fd = os.open(source, _OPEN_FLAGS)
    except FileNotFoundError:
        raise EvidenceError("unreadable", "file", name=name, detail="it does not exist") from None
    except OSError as exc:
        if os.path.islink(source):
            raise EvidenceError("not_a_file", "file", name=name,
                                what="a symbolic link") from None
        raise EvidenceError("unreadable", "file", name=name,
                            detail=exc.strerror or str(exc)) from None
    what = kind_of(os.fstat(fd).st_mode)
    if what is not None:
        os.close(fd)
        raise EvidenceError("not_a_file", "file", name=name, what=what)
    return os.fdopen(fd, "rb")


def _copy(handle: BinaryIO, temp: Path, name: str, limit: int) -> tuple[str, int]:
    digest = hashlib.sha256()
    count = 0
    with temp.open("xb") as out:
        for chunk in chunks(handle):
            count += len(chunk)
            if count > limit:  # it grew past the limit while being copied
                raise EvidenceError("changed", "file", name=name)
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest(), count


def _hash_stream(handle: BinaryIO) -> str:
    digest = hashlib.sha256()
    for chunk in chunks(handle):
        digest.update(chunk)
    return digest.hexdigest()


def _hash_of(path: Path) -> str:
    with path.open("rb") as handle:
        return _hash_stream(handle)

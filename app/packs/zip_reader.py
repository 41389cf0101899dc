"""Reading an untrusted zip file entry by entry, within limits (SECURITY.md, "Zip bundles").

Nothing is ever extracted to disk here: every entry is read into memory, one
at a time, while the bytes actually produced are counted (declared sizes can
lie). Names are checked before anything is read. Every refusal raises
:class:`ZipRefused` with a message that names the entry.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.core.quoting import quoted
from app.core.regular_files import kind_of

MAX_ENTRIES = 500
MAX_TOTAL_BYTES = 50 * 1024 * 1024  # uncompressed, over all entries, counted while reading
MAX_RATIO = 100  # uncompressed / compressed, per entry
RATIO_FLOOR_BYTES = 64 * 1024  # tiny entries may compress well; the ratio counts above this
MAX_NAME_LENGTH = 255
MAX_FILE_BYTES = MAX_TOTAL_BYTES  # the zip file itself
NAME_CHARS = re.compile(r"^[A-Za-z0-9._/-]+$")
DRIVE = re.compile(r"^[A-Za-z]:")
CHUNK = 64 * 1024
EOCD_SIGNATURE = b"PK\x05\x06"
EOCD_SIZE = 22
MAX_COMMENT = 0xFFFF
SUPPORTED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class ZipRefused(Exception):
    """The zip file, or one of its entries, breaks a rule; nothing was used."""


@dataclass
class _Budget:
    left: int

    def take(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise ZipRefused(
                f"the files in it add up to more than {MAX_TOTAL_BYTES // 2**20} MB uncompressed")


def name_problem(name: str) -> str | None:
    """Why ``name`` is not an acceptable entry name, or None."""
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/"):
        return "is an absolute path"
    if DRIVE.match(name):
        return "starts with a drive letter"
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return "goes up a folder ('..')"
    if len(name) > MAX_NAME_LENGTH:
        return f"is longer than {MAX_NAME_LENGTH} characters"
    if not NAME_CHARS.match(name):
        return "has characters other than letters, digits, '.', '_', '-' and '/'"
    if any(part in ("", ".") for part in parts):
        return "has an empty or '.' folder name"
    return None


def read_entries(path: Path) -> dict[str, bytes]:
    """Every file entry of the zip at ``path`` by name (folders skipped), within the limits.

    Raises:
        ZipRefused: not a zip file, damaged, too large, too many entries, a bad
            name, a symbolic link, an encrypted or oddly compressed entry, a
            compression ratio above the cap.
    """
    try:
        with _open_regular(path) as handle:
            _check_file(handle)
            return _read_all(handle)
    except OSError as exc:
        raise ZipRefused(f"cannot read it: {exc.strerror or exc}") from None


def read_entries_from(data: bytes) -> dict[str, bytes]:
    """:func:`read_entries` for a zip already in memory (e.g. just decrypted), same limits."""
    handle = io.BytesIO(data)
    _check_tail(handle, len(data))
    return _read_all(handle)


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file; a FIFO is never waited on."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    handle = os.fdopen(fd, "rb")
    what = kind_of(os.fstat(fd).st_mode)
    if what is not None:
        handle.close()
        raise ZipRefused(f"it is {what}, not a file")
    return handle


def _read_all(handle: BinaryIO) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
            _check_infos(infos)
            _check_declared_total(infos)
            budget = _Budget(MAX_TOTAL_BYTES)
            return {
                info.orig_filename: _read_entry(archive, info, budget)
                for info in infos
                if not info.orig_filename.endswith("/")
            }
    except zipfile.BadZipFile as exc:
        raise ZipRefused(f"it is not a zip file, or it is damaged ({exc})") from None


def _check_file(handle: BinaryIO) -> None:
    """Size and declared entry count, before zipfile reads the whole central directory."""
    _check_tail(handle, os.fstat(handle.fileno()).st_size)


def _check_tail(handle: BinaryIO, size: int) -> None:
    handle.seek(max(0, size - EOCD_SIZE - MAX_COMMENT))
    tail = handle.read()
    handle.seek(0)
    if size > MAX_FILE_BYTES:
        raise ZipRefused(f"it is larger than {MAX_FILE_BYTES // 2**20} MB")
    at = tail.rfind(EOCD_SIGNATURE)
    if at < 0 or len(tail) - at < EOCD_SIZE:
        raise ZipRefused("it is not a zip file (no end-of-archive record)")
    entries, directory_size = struct.unpack("<HI", tail[at + 10 : at + 16])
    if entries == 0xFFFF or entries > MAX_ENTRIES:
        raise ZipRefused(f"it has more than {MAX_ENTRIES} entries")
    if directory_size > MAX_ENTRIES * (46 + MAX_NAME_LENGTH + 2 * MAX_COMMENT):
        raise ZipRefused("its table of contents is impossibly large")


def _check_infos(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ZipRefused(f"it has more than {MAX_ENTRIES} entries")
    seen: set[str] = set()
    for info in infos:
        name = info.orig_filename
        problem = name_problem(name)
        if problem:
            raise ZipRefused(f"the entry {quoted(name)} {problem}")
        if name in seen:
            raise ZipRefused(f"the entry {quoted(name)} appears twice")
        seen.add(name)
        what = _special(info)
        if what:
            raise ZipRefused(f"the entry {quoted(name)} is {what}")
        if info.flag_bits & 0x1:
            raise ZipRefused(f"the entry {quoted(name)} is encrypted")
        if info.compress_type not in SUPPORTED_METHODS:
            raise ZipRefused(f"the entry {quoted(name)} uses an unsupported compression method")


def _special(info: zipfile.ZipInfo) -> str | None:
    """What a non-regular entry is (a link, a FIFO, a device, a folder named like a file)."""
    mode = info.external_attr >> 16
    if stat.S_IFMT(mode) == 0:  # no Unix file type recorded (e.g. made on Windows)
        return None
    if stat.S_ISDIR(mode):
        return None if info.orig_filename.endswith("/") else "a folder in a file's place"
    return kind_of(mode)


def _check_declared_total(infos: list[zipfile.ZipInfo]) -> None:
    """A quick refusal when even the declared sizes are too large (the bytes are counted too)."""
    declared = sum(info.file_size for info in infos)
    if declared > MAX_TOTAL_BYTES:
        raise ZipRefused(
            f"its files add up to more than {MAX_TOTAL_BYTES // 2**20} MB uncompressed")


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> bytes:
    name = info.orig_filename
    limit = MAX_RATIO * max(info.compress_size, 1)
    parts: list[bytes] = []
    produced = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                produced += len(chunk)
                budget.take(len(chunk))
                if produced > RATIO_FLOOR_BYTES and produced > limit:
                    raise ZipRefused(
                        f"the entry {quoted(name)} expands more than {MAX_RATIO} times "
                        "(a zip bomb?)")
                if produced > info.file_size:
                    raise ZipRefused(f"the entry {quoted(name)} is larger than it declares")
                parts.append(chunk)
    except (EOFError, zlib.error) as exc:
        raise ZipRefused(f"the entry {quoted(name)} is damaged ({exc})") from None
    except zipfile.BadZipFile as exc:
        raise ZipRefused(f"the entry {quoted(name)} is damaged ({exc})") from None
    return b"".join(parts)

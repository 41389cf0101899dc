"""Pickle-based weight files (.bin, .pt, .pth, .ckpt, .pkl): plain pickles and torch zips.

A torch zip's central directory is sized from its end record before
``zipfile`` reads it, so a zip that declares millions of entries is refused
without building them.
"""

from __future__ import annotations

import struct
import zipfile
from typing import BinaryIO

from app.core.inspect.findings import FileReport, InspectError
from app.core.inspect.limits import ZIP_MAX_DIRECTORY, ZIP_MAX_ENTRIES, ZIP_MAX_PICKLES
from app.core.inspect.pickle_scan import PickleScan, check_result, looks_like_pickle, scan_pickles

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
EOCD, ZIP64_LOCATOR, ZIP64_EOCD = b"PK\x05\x06", b"PK\x06\x07", b"PK\x06\x06"
TAIL = 22 + 65535  # the end record plus the longest zip comment


def inspect_pickle_file(report: FileReport, handle: BinaryIO) -> None:
    head = handle.read(8)
    handle.seek(0)
    result = PickleScan()
    if head[:4] in ZIP_MAGIC:
        report.add("format", "pickle", "zip with data.pkl (PyTorch)")
        _scan_zip(handle, report.size, result)
    elif looks_like_pickle(head):
        report.add("format", "pickle", "pickle opcodes")
        scan_pickles(handle, result)
    else:
        raise InspectError("not_pickle")
    report.flagged.extend(result.flagged())
    report.add("pickle_imports", len(result.imports), "pickle opcodes (GLOBAL, STACK_GLOBAL)")
    for problem in check_result(result):
        report.fail(problem)


def _scan_zip(handle: BinaryIO, size: int, result: PickleScan) -> None:
    entries, directory = _directory_size(handle, size)
    if entries > ZIP_MAX_ENTRIES or directory > ZIP_MAX_DIRECTORY:
        raise InspectError("too_many", what="zip entries", count=entries, limit=ZIP_MAX_ENTRIES)
    try:
        with zipfile.ZipFile(handle) as archive:
            names = [i.filename for i in archive.infolist() if i.filename.endswith(".pkl")]
            if not names:
                raise InspectError("zip_no_pickle")
            for name in names[:ZIP_MAX_PICKLES]:
                with archive.open(name) as member:
                    scan_pickles(member, result)  # type: ignore[arg-type]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise InspectError("zip_bad", detail=str(exc)) from None
    except RuntimeError as exc:  # encrypted members
        raise InspectError("zip_bad", detail=str(exc)) from None


def _directory_size(handle: BinaryIO, size: int) -> tuple[int, int]:
    """Entry count and central directory size from the end record (zip64 aware)."""
    start = max(0, size - TAIL)
    handle.seek(start)
    tail = handle.read(size - start)
    handle.seek(0)
    at = tail.rfind(EOCD)
    if at < 0 or len(tail) - at < 22:
        raise InspectError("zip_bad", detail="no end of central directory record")
    entries, directory = struct.unpack("<HI", tail[at + 10 : at + 16])
    locator = tail[at - 20 : at] if at >= 20 else b""
    if locator[:4] == ZIP64_LOCATOR:
        return _zip64(handle, size, struct.unpack("<Q", locator[8:16])[0])
    return entries, directory


def _zip64(handle: BinaryIO, size: int, offset: int) -> tuple[int, int]:
    if offset + 56 > size:
        raise InspectError("zip_bad", detail="zip64 end record beyond the file")
    handle.seek(offset)
    record = handle.read(56)
    handle.seek(0)
    if record[:4] != ZIP64_EOCD:
        raise InspectError("zip_bad", detail="damaged zip64 end record")
    entries, directory = struct.unpack("<QQ", record[32:48])
    return entries, directory

"""Writing bundles by hand: rewritten entries, odd names, lying sizes."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

CENTRAL = b"PK\x01\x02"
LOCAL = b"PK\x03\x04"


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_zip(path: Path, files: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED,
              modes: dict[str, int] | None = None) -> Path:
    """A zip with exactly ``files`` (names written as given), in order."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = (modes or {}).get(name, 0o100644) << 16
            archive.writestr(info, data)
    return path


def rewrite(source: Path, target: Path, **changes: bytes | None) -> Path:
    """``source`` with some entries replaced (bytes), removed (None) or added."""
    files = entries(source)
    for key, value in changes.items():
        name = key.replace("__", "/").replace("_DOT_", ".")
        if value is None:
            files.pop(name)
        else:
            files[name] = value
    return write_zip(target, files)


def flip_byte(data: bytes, at: int | None = None) -> bytes:
    index = len(data) // 2 if at is None else at
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


def _patch(path: Path, name: str, field: tuple[int, int], fmt: str, value: int) -> None:
    """Set a header field (offset in the local header, in the central one) for ``name``."""
    raw = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, at, name_at in ((LOCAL, field[0], 30), (CENTRAL, field[1], 46)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            if raw[start + name_at:start + name_at + len(encoded)] == encoded:
                struct.pack_into(fmt, raw, start + at, value)
            start += 4
    path.write_bytes(bytes(raw))


def lie_about_size(path: Path, name: str, size: int) -> None:
    """Make the local header and the central directory declare ``size`` bytes for ``name``."""
    _patch(path, name, (22, 24), "<I", size)


def mark_encrypted(path: Path, name: str) -> None:
    _patch(path, name, (6, 8), "<H", 0x0001)

"""The shared libraries an ELF file (a Linux ``.so``) names as needed, read without loading it.

The dynamic linker loads a library's ``DT_NEEDED`` entries before the library
itself; when one is missing, loading fails. Reading them from the file lets
:mod:`app.platform_check` find what Qt's X11 plugin needs before Qt starts.
Only the section headers, the ``.dynamic`` section and its string table are
read, so even a 30 MB library costs a few small reads.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

SHT_DYNAMIC = 6
DT_NULL = 0
DT_NEEDED = 1
# (section header layout, dynamic entry layout, offset of e_shoff, offset of e_shentsize)
LAYOUTS = {1: ("10I", "iI", 0x20, 0x2E), 2: ("IIQQQQIIQQ", "qQ", 0x28, 0x3A)}


class ElfError(ValueError):
    """The file is not an ELF file this reader understands."""


def needed_libraries(path: Path) -> list[str]:
    """The ``DT_NEEDED`` names of ``path``, in file order (empty for a static file).

    Raises:
        ElfError: not an ELF file, or a damaged one.
        OSError: the file cannot be read.
    """
    with path.open("rb") as handle:
        ident = handle.read(16)
        if len(ident) < 16 or ident[:4] != b"\x7fELF" or ident[4] not in LAYOUTS:
            raise ElfError(f"{path} is not an ELF file")
        order = "<" if ident[5] == 1 else ">"
        try:
            return _needed(handle, order, LAYOUTS[ident[4]])
        except struct.error as exc:
            raise ElfError(f"{path}: damaged ELF file ({exc})") from None


def _needed(handle: BinaryIO, order: str, layout: tuple[str, str, int, int]) -> list[str]:
    section_format, entry_format, shoff_at, shentsize_at = layout
    shoff = _unpack(handle, shoff_at, order + ("I" if section_format == "10I" else "Q"))[0]
    shentsize, shnum = _unpack(handle, shentsize_at, order + "HH")
    sections = [
        _unpack(handle, shoff + i * shentsize, order + section_format) for i in range(shnum)
    ]
    names: list[str] = []
    for section in sections:
        if section[1] == SHT_DYNAMIC:
            strings = sections[section[6]]  # sh_link: the string table
            names += _dynamic_names(handle, order + entry_format, section, strings)
    return names


def _dynamic_names(
    handle: BinaryIO, entry_format: str, dynamic: tuple[int, ...], strings: tuple[int, ...]
) -> list[str]:
    size = struct.calcsize(entry_format)
    handle.seek(dynamic[4])
    raw = handle.read(dynamic[5])
    handle.seek(strings[4])
    table = handle.read(strings[5])
    names = []
    for tag, value in struct.iter_unpack(entry_format, raw[: len(raw) - len(raw) % size]):
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            end = table.find(b"\0", value)
            names.append(table[value : end if end >= 0 else None].decode("utf-8", "replace"))
    return names


def _unpack(handle: BinaryIO, offset: int, fmt: str) -> tuple[int, ...]:
    handle.seek(offset)
    return struct.unpack(fmt, handle.read(struct.calcsize(fmt)))

"""A smaller ICU data library for the Linux build: only the data Qt looks up, in our languages.

PySide6's Linux wheels link QtCore to ICU 73, whose data library
(``libicudata.so.73``, 31 MB) holds every locale, converter, dictionary and
transliterator ICU knows. QtCore cannot do without the library (it links it,
through libicuuc), but it calls ICU for four things only (``nm -D
libQt6Core.so.6``): case mapping (``u_strToUpper``: its data is built into
libicuuc), collation (``ucol_*``: QCollator, which Qt's own file dialog sorts
with), legacy character sets (``ucnv_*``: QStringConverter given a name such
as "EUC-KR") and time-zone names (``ucal_*``: QTimeZone::displayName). So
the library is rebuilt with the collation and time-zone data of the
interface languages (English, Korean, French, Italian, Portuguese), the
converter alias table, and the shared tables those lookups read; everything
else (break dictionaries, transliterators, unit and currency names, 200
legacy character sets, ~700 other locales) is left out. For any other locale
ICU falls back to its root data: sorting stays correct Unicode order.

The data is an ICU "common data" package (format ``CmnD``, the layout ICU's
``icupkg`` reads and writes): a header, a table of contents sorted by item
name, then the items, each on a 16-byte boundary. It sits in the library's
``icudtNN_dat`` symbol; the new library exports the same symbol and soname,
assembled with ``.incbin`` by GNU ``as`` and linked by ``ld`` (binutils,
which the Linux build already needs for ``strip``).

``python packaging/icu_data.py LIB OUT`` writes the smaller library and
prints both sizes; build.spec calls :func:`slim_library`.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("en", "ko", "fr", "it", "pt")
# Trees whose per-locale bundles Qt's ICU calls read: collation and time-zone names.
LOCALE_TREES = ("", "coll", "zone")
# Shared items those calls read (besides each tree's root, res_index and pool).
SHARED_ITEMS = frozenset({
    "coll/ucadata.icu",  # the root collation (Unicode Collation Algorithm tables)
    "cnvalias.icu",  # converter names; UTF-8/16/32, ASCII and Latin-1 need no other table
    "zoneinfo64.res", "timezoneTypes.res", "metaZones.res", "windowsZones.res",
    "supplementalData.res", "likelySubtags.res", "metadata.res", "keyTypeData.res",
})
TREE_FILES = ("root", "res_index", "pool")
HEADER = struct.Struct("<HBB")  # header size, magic 0xda 0x27
ALIGN = 16
PAD = b"\xaa"  # what icupkg pads with


class IcuDataError(Exception):
    pass


@dataclass(frozen=True)
class Package:
    header: bytes  # the data header with its copyright line, copied unchanged
    items: dict[str, bytes]  # full name ("icudt73l/coll/root.res") -> bytes, in TOC order

    @property
    def prefix(self) -> str:
        """The package name items start with, e.g. ``icudt73l``."""
        return next(iter(self.items)).split("/", 1)[0]


def read_package(blob: bytes) -> Package:
    """Parse an ICU common data package."""
    size, magic1, magic2 = HEADER.unpack_from(blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common data package")
    toc = blob[size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(toc)]
    items = {}
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = toc[name_at:toc.index(b"\0", name_at)].decode("ascii")
        items[name] = toc[data_at:end]
    return Package(blob[:size], items)


def write_package(package: Package) -> bytes:
    """The package as bytes, laid out as icupkg lays it out."""
    names = [name.encode("ascii") + b"\0" for name in package.items]
    names_at = 4 + 8 * len(names)
    data_at = _aligned(names_at + sum(len(name) for name in names))
    toc = bytearray(struct.pack("<I", len(names)))
    name_offset, data_offset = names_at, data_at
    for name, item in zip(names, package.items.values(), strict=True):
        toc += struct.pack("<II", name_offset, data_offset)
        name_offset += len(name)
        data_offset += len(item)
    toc += b"".join(names)
    toc += PAD * (data_at - len(toc))
    return package.header + bytes(toc) + b"".join(package.items.values())


def _aligned(offset: int) -> int:
    return (offset + ALIGN - 1) // ALIGN * ALIGN


def keep(item: str, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """True for the items Qt's ICU lookups read (``item`` without the package prefix)."""
    if item in SHARED_ITEMS:
        return True
    tree, _, leaf = item.rpartition("/")
    if tree not in LOCALE_TREES or not leaf.endswith(".res"):
        return False
    locale = leaf.removesuffix(".res")
    return locale in TREE_FILES or locale.split("_")[0] in languages


def slimmed(package: Package, languages: tuple[str, ...] = LANGUAGES) -> Package:
    kept = {name: item for name, item in package.items.items()
            if keep(name.split("/", 1)[1], languages)}
    return Package(package.header, kept)


# --- the shared library -----------------------------------------------------------------
ELF_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")
SECTION = struct.Struct("<IIQQQQIIQQ")
SYMBOL = struct.Struct("<IBBHQQ")
SYMBOL_NAME = re.compile(rb"^icudt\d+_dat$")


def data_symbol(library: bytes) -> tuple[str, bytes]:
    """The ``icudtNN_dat`` symbol's name and bytes, from a 64-bit little-endian ELF library."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise IcuDataError("not a 64-bit little-endian ELF library")
    header = ELF_HEADER.unpack_from(library, 0)
    section_at, section_size, count = header[6], header[11], header[12]
    sections = [SECTION.unpack_from(library, section_at + i * section_size) for i in range(count)]
    for section in sections:
        if section[1] != 11:  # SHT_DYNSYM
            continue
        names = sections[section[6]]  # its string table
        for at in range(section[4], section[4] + section[5], section[9]):
            name_at, _info, _other, index, value, size = SYMBOL.unpack_from(library, at)
            name = library[names[4] + name_at:library.index(b"\0", names[4] + name_at)]
            if SYMBOL_NAME.match(name) and index:
                home = sections[index]
                start = home[4] + value - home[3]  # file offset of the symbol
                return name.decode(), library[start:start + size]
    raise IcuDataError("no icudtNN_dat symbol: not an ICU data library")


def soname(path: Path) -> str:
    """``libicudata.so.73`` for ``.../libicudata.so.73`` (the name QtCore asks for)."""
    return path.name


def link_library(blob: bytes, symbol: str, name: str, output: Path) -> None:
    """A shared library ``name`` exporting ``blob`` as ``symbol`` (GNU as and ld)."""
    tools = {tool: shutil.which(tool) for tool in ("as", "ld")}
    if None in tools.values():
        raise IcuDataError("GNU as and ld (binutils) are needed to rebuild the ICU data library")
    with tempfile.TemporaryDirectory(prefix="aipia-icu-") as temp:
        folder = Path(temp)
        (folder / "data.bin").write_bytes(blob)
        (folder / "data.s").write_text(
            f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n'
            f'{symbol}:\n.incbin "data.bin"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        run = {"cwd": folder, "check": True, "capture_output": True}
        subprocess.run([tools["as"], "-o", "data.o", "data.s"], **run)  # noqa: S603
        subprocess.run([tools["ld"], "-shared", "-soname", name, "-z", "noexecstack",  # noqa: S603
                        "-o", str(output.resolve()), "data.o"], **run)


def slim_library(source: Path, output: Path,
                 languages: tuple[str, ...] = LANGUAGES) -> tuple[int, int]:
    """Write the smaller ICU data library; returns (old, new) size in bytes."""
    symbol, blob = data_symbol(source.read_bytes())
    package = slimmed(read_package(blob), languages)
    output.parent.mkdir(parents=True, exist_ok=True)
    link_library(write_package(package), symbol, soname(source), output)
    return source.stat().st_size, output.stat().st_size


if __name__ == "__main__":
    old, new = slim_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[1]}: {old / 2**20:.1f} MiB -> {sys.argv[2]}: {new / 2**20:.1f} MiB")

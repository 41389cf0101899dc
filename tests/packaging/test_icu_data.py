"""The ICU data package reader and writer behind the smaller Linux build (packaging/icu_data.py)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "packaging"))

import icu_data

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
ICU_LIBRARIES = sorted(QT_LIB.glob("libicudata.so.*"))


def package(names: list[str]) -> icu_data.Package:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\x14\x00\x00\x00\x00\x00\x02\x00CmnD"
    header = header.ljust(32, b"\0")
    items = {f"icudt73l/{name}": name.encode().ljust(32, b"\0") for name in names}
    return icu_data.Package(header, items)


def test_a_written_package_reads_back_with_every_item_on_a_16_byte_boundary() -> None:
    original = package(["coll/root.res", "ko.res", "zoneinfo64.res"])
    blob = icu_data.write_package(original)
    again = icu_data.read_package(blob)
    assert again == original
    (count,) = struct.unpack_from("<I", blob, 32)
    offsets = [struct.unpack_from("<II", blob, 36 + 8 * i)[1] for i in range(count)]
    assert count == 3 and all(offset % 16 == 0 for offset in offsets)


def test_something_else_is_refused() -> None:
    with pytest.raises(icu_data.IcuDataError, match="not an ICU common data package"):
        icu_data.read_package(b"\x20\x00\x00\x00" + bytes(60))
    with pytest.raises(icu_data.IcuDataError, match="ELF"):
        icu_data.data_symbol(b"MZ" + bytes(100))


@pytest.mark.parametrize(("item", "kept"), [
    ("coll/ko.res", True), ("coll/en_GB.res", True), ("coll/pt_BR.res", True),
    ("coll/root.res", True), ("coll/ucadata.icu", True), ("zone/fr.res", True),
    ("ko_KR.res", True), ("res_index.res", True), ("cnvalias.icu", True),
    ("zoneinfo64.res", True),
    ("coll/zh.res", False), ("coll/kok.res", False), ("brkitr/cjdict.dict", False),
    ("curr/ko.res", False), ("translit/root.res", False), ("gb18030.cnv", False),
    ("unames.icu", False), ("ja.res", False),
])
def test_only_collation_time_zones_and_shared_tables_of_our_languages_are_kept(
        item: str, kept: bool) -> None:
    assert icu_data.keep(item) is kept


@pytest.mark.skipif(not ICU_LIBRARIES, reason="PySide6 bundles ICU on Linux only")
def test_the_wheels_icu_data_reads_and_writes_back_byte_for_byte() -> None:
    symbol, blob = icu_data.data_symbol(ICU_LIBRARIES[0].read_bytes())
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    full = icu_data.read_package(blob)
    assert icu_data.write_package(full) == blob  # the layout icupkg writes
    small = icu_data.slimmed(full)
    assert f"{full.prefix}/coll/ko.res" in small.items
    assert f"{full.prefix}/coll/zh.res" not in small.items
    assert len(icu_data.write_package(small)) < len(blob) / 8

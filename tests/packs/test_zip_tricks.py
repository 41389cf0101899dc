"""Every zip trick of SECURITY.md ("Zip bundles") is refused, and nothing is installed."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from app.packs import install, zip_reader
from app.packs.bundle import BundleError, read_bundle
from app.packs.catalog import PackCatalog
from app.storage import Store
from tests.packs.ziptools import entries, lie_about_size, mark_encrypted, write_zip

MANIFEST = b'{"format": "aipia-pack-bundle"}'


def refused(path: Path, message: str) -> None:
    with pytest.raises(BundleError, match=message):
        read_bundle(path, {})


@pytest.mark.parametrize(("name", "message"), [
    ("../evil.yaml", r"goes up a folder"),
    ("pack/../../evil.yaml", r"goes up a folder"),
    ("/etc/passwd", r"is an absolute path"),
    ("C:/Windows/evil.yaml", r"starts with a drive letter"),
    ("c:evil.yaml", r"starts with a drive letter"),
    ("pack\\evil.yaml", r"contains a backslash"),
    ("..\\evil.yaml", r"contains a backslash"),
    ("pack/évil.yaml", r"has characters other than"),
    ("pack/a b.yaml", r"has characters other than"),
    ("pack/x;rm.yaml", r"has characters other than"),
    ("pack//x.yaml", r"empty or '\.' folder name"),
    ("pack/./x.yaml", r"empty or '\.' folder name"),
    ("pack/" + "a" * 260 + ".yaml", r"longer than 255"),
])
def test_bad_entry_names(tmp_path: Path, name: str, message: str) -> None:
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST, name: b"x: 1\n"})
    refused(path, message)


def test_a_symbolic_link(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST, "pack/link": b"/etc/passwd"},
                     modes={"pack/link": 0o120777})
    refused(path, r"'pack/link' is a symbolic link")


def test_a_name_given_twice(tmp_path: Path) -> None:
    path = tmp_path / "b.aipack"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("bundle.json", MANIFEST)
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("bundle.json", b"{}")
    refused(path, r"'bundle\.json' appears twice")


def test_too_many_entries(tmp_path: Path) -> None:
    files = {f"pack/f{i}.yaml": b"" for i in range(zip_reader.MAX_ENTRIES + 1)}
    refused(write_zip(tmp_path / "b.aipack", files), r"more than 500 entries")


def test_an_encrypted_entry(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST})
    mark_encrypted(path, "bundle.json")
    refused(path, r"'bundle\.json' is encrypted")


def test_an_unsupported_compression(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST}, method=zipfile.ZIP_BZIP2)
    refused(path, r"unsupported compression method")


def test_a_compression_ratio_above_the_cap(tmp_path: Path) -> None:
    """5 MB of zeros shrink to a few kB: refused while reading, long before the end."""
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST,
                                             "pack/pack.yaml": bytes(5 * 2**20)})
    assert path.stat().st_size < 20_000
    refused(path, r"'pack/pack\.yaml' expands more than 100 times \(a zip bomb\?\)")


def test_a_zip_bomb_whose_declared_sizes_lie(tmp_path: Path) -> None:
    """The directory claims 1 kB; the data would expand to 20 MB. Counting stops it."""
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST,
                                             "pack/pack.yaml": bytes(20 * 2**20)})
    lie_about_size(path, "pack/pack.yaml", 1000)
    assert zipfile.ZipFile(path).getinfo("pack/pack.yaml").file_size == 1000
    refused(path, r"'pack/pack\.yaml' (is damaged|is larger than it declares|expands more)")


def test_the_total_is_counted_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even if the declared sizes passed the quick check, the bytes produced are counted."""
    monkeypatch.setattr(zip_reader, "MAX_TOTAL_BYTES", 256 * 1024)
    monkeypatch.setattr(zip_reader, "MAX_FILE_BYTES", 10 * 2**20)
    monkeypatch.setattr(zip_reader, "_check_declared_total", lambda infos: None)
    files = {f"pack/m{i}.yaml": os.urandom(100 * 1024) for i in range(3)}
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST, **files})
    refused(path, r"the files in it add up to more than 0 MB uncompressed")


def test_sizes_that_lie_low_are_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_reader, "MAX_FILE_BYTES", 10 * 2**20)
    files = {f"pack/m{i}.yaml": os.urandom(100 * 1024) for i in range(3)}
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST, **files})
    for name in files:
        lie_about_size(path, name, 10)
    refused(path, r"'pack/m0\.yaml' is damaged \(Bad CRC-32")


def test_declared_sizes_over_the_total_are_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zip_reader, "MAX_TOTAL_BYTES", 256 * 1024)
    files = {f"pack/m{i}.yaml": os.urandom(100 * 1024) for i in range(3)}
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST, **files},
                     method=zipfile.ZIP_STORED)
    monkeypatch.setattr(zip_reader, "MAX_FILE_BYTES", 10 * 2**20)
    refused(path, r"add up to more than 0 MB uncompressed")


def test_a_file_larger_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_reader, "MAX_FILE_BYTES", 1024)
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": os.urandom(4096)},
                     method=zipfile.ZIP_STORED)
    refused(path, r"larger than 0 MB")


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x05\x06" + bytes(10)])
def test_not_a_zip(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "b.aipack"
    path.write_bytes(content)
    refused(path, r"not a zip file")


def test_a_truncated_zip(bundles: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "cut.aipack"
    path.write_bytes(bundles["v1"].read_bytes()[:-30])
    refused(path, r"not a zip file")


def test_folder_entries_are_skipped(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.aipack", {"pack/": b"", "bundle.json": MANIFEST})
    assert set(zip_reader.read_entries(path)) == {"bundle.json"}


def test_a_refused_bundle_installs_nothing_and_parses_no_yaml(
    tmp_path: Path, store: Store, data_dir: Path, catalog: PackCatalog,
    bundles: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_yaml(*args: object) -> None:
        raise AssertionError("YAML was parsed from a refused bundle")

    monkeypatch.setattr(install, "load_pack", no_yaml)
    files = entries(bundles["v1"])
    files["pack/../main.yaml"] = files.pop("pack/main.yaml")
    path = write_zip(tmp_path / "evil.aipack", files)
    with pytest.raises(BundleError):
        install.install_bundle(store, path, data_dir, allow_unverified=True, catalog=catalog)
    assert store.list_installed_packs() == []
    assert not (data_dir / "packs").exists() or not any((data_dir / "packs").iterdir())

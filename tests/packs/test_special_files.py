"""Installing and bundling refuse links and special files (issue 12, item 5).

What is installed or bundled is exactly what the loader checked, read once,
never through a link; a FIFO is never waited on.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.packs.bundle import BundleError, read_bundle
from app.packs.bundle_build import BuildError, build_bundle
from app.packs.catalog import PackCatalog
from app.packs.install import install_folder
from app.storage import Store
from tests.core.packtools import finishes
from tests.core.upgradetools import V1
from tests.packs.ziptools import write_zip

MANIFEST = b'{"format": "aipia-pack-bundle"}'
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(V1, folder)
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    path = tmp_path / "elsewhere" / "main.yaml"
    path.parent.mkdir()
    shutil.copy(V1 / "main.yaml", path)
    return path


def with_template(pack: Path) -> Path:
    template = pack / "report_template"
    template.mkdir()
    (template / "report.html").write_text("<p>{{ pack.title }}</p>", encoding="utf-8")
    (template / "translations.json").write_text('{"en": {}}', encoding="utf-8")
    return template


def test_a_folder_with_a_linked_module_installs_nothing(
    store: Store, data_dir: Path, catalog: PackCatalog, pack: Path, outside: Path
) -> None:
    (pack / "main.yaml").unlink()
    (pack / "main.yaml").symlink_to(outside)
    result = install_folder(store, pack, data_dir, catalog=catalog)
    assert not result.ok
    assert any("'main.yaml' is a symbolic link" in str(d) for d in result.diagnostics)
    assert store.list_installed_packs() == []
    assert not (data_dir / "packs").exists() or not any((data_dir / "packs").rglob("*.yaml"))


def test_the_installed_files_are_regular_copies(
    store: Store, data_dir: Path, catalog: PackCatalog, pack: Path
) -> None:
    result = install_folder(store, pack, data_dir, catalog=catalog)
    assert result.installed is not None
    installed = Path(result.installed.path)
    for name in ("pack.yaml", "main.yaml"):
        assert not (installed / name).is_symlink()
        assert (installed / name).read_bytes() == (pack / name).read_bytes()


def test_a_linked_module_cannot_be_bundled(
    tmp_path: Path, pack: Path, outside: Path, key: Ed25519PrivateKey
) -> None:
    (pack / "main.yaml").unlink()
    (pack / "main.yaml").symlink_to(outside)
    with pytest.raises(BuildError) as caught:
        build_bundle(pack, tmp_path / "out.aipack", key)
    assert any("is a symbolic link" in str(d) for d in caught.value.diagnostics)
    assert not (tmp_path / "out.aipack").exists()


@pytest.mark.parametrize("where", ["file", "folder", "template"])
def test_a_link_in_the_report_template_cannot_be_bundled(
    tmp_path: Path, pack: Path, outside: Path, key: Ed25519PrivateKey, where: str
) -> None:
    template = with_template(pack)
    if where == "file":
        (template / "logo.svg").symlink_to(outside)
        words = "'report_template/logo.svg' is a symbolic link"
    elif where == "folder":
        (template / "images").symlink_to(outside.parent)
        words = "'report_template/images' is a symbolic link"
    else:
        shutil.move(template, tmp_path / "real-template")
        template.symlink_to(tmp_path / "real-template")
        words = "'report_template' is a symbolic link, not a folder"
    with pytest.raises(BuildError, match=words):
        build_bundle(pack, tmp_path / "out.aipack", key)
    assert not (tmp_path / "out.aipack").exists()


@needs_fifo
def test_a_fifo_in_the_report_template_is_refused_without_waiting(
    tmp_path: Path, pack: Path, key: Ed25519PrivateKey
) -> None:
    os.mkfifo(with_template(pack) / "style.css")
    with pytest.raises(BuildError, match=r"'report_template/style.css' is a named pipe"):
        finishes(lambda: build_bundle(pack, tmp_path / "out.aipack", key))


@needs_fifo
def test_a_bundle_path_that_is_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "pipe.aipack"
    os.mkfifo(path)
    with pytest.raises(BundleError, match=r"it is a named pipe \(FIFO\), not a file"):
        finishes(lambda: read_bundle(path, {}))


@pytest.mark.parametrize(("mode", "words"), [
    (0o010644, "is a named pipe (FIFO)"),
    (0o020644, "is a device"),
    (0o060644, "is a device"),
    (0o140644, "is a socket"),
    (0o040755, "is a folder in a file's place"),
])
def test_special_entries_in_a_bundle_are_refused(tmp_path: Path, mode: int, words: str) -> None:
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST, "pack/main.yaml": b"x: 1\n"},
                     modes={"pack/main.yaml": mode})
    with pytest.raises(BundleError) as caught:
        read_bundle(path, {})
    assert f"'pack/main.yaml' {words}" in str(caught.value)


def test_a_long_entry_name_is_not_echoed_whole(tmp_path: Path) -> None:
    name = "pack/" + "a" * 5000 + ".yaml"
    path = write_zip(tmp_path / "b.aipack", {"bundle.json": MANIFEST, name: b"x: 1\n"})
    with pytest.raises(BundleError) as caught:
        read_bundle(path, {})
    assert "(5,010 characters)" in str(caught.value) and len(str(caught.value)) < 600

"""Listing the built-in packs reads their manifests only; a pack is loaded when it is used."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core import loader
from app.packs import catalog as catalog_module
from app.packs.catalog import PackCatalog, PackNotFoundError
from tests.core.upgradetools import V1, V2


@pytest.fixture
def builtin(tmp_path: Path) -> Path:
    """Two built-in packs (the upgrade fixture, versions 1 and 2)."""
    folder = tmp_path / "questionnaires"
    folder.mkdir()
    shutil.copytree(V1, folder / "v1")
    shutil.copytree(V2, folder / "v2")
    return folder


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders the catalog fully loads, in order."""
    seen: list[Path] = []

    def counted(folder: Path) -> loader.LoadResult:
        seen.append(Path(folder).resolve())
        return loader.load_pack(folder)

    monkeypatch.setattr(catalog_module, "load_pack", counted)
    return seen


def test_listing_loads_no_pack(builtin: Path, loads: list[Path]) -> None:
    catalog = PackCatalog(builtin_dir=builtin)
    versions = [(e.pack_id, e.version) for e in catalog.entries()]
    assert len(versions) == 2 and versions[0][0] == versions[1][0]
    assert loads == []


def test_a_pack_is_loaded_once_when_it_is_used(builtin: Path, loads: list[Path]) -> None:
    catalog = PackCatalog(builtin_dir=builtin)
    oldest = min(catalog.entries(), key=lambda e: e.version)
    pack = catalog.get(oldest.pack_id, oldest.version)
    catalog.get(oldest.pack_id, oldest.version)
    assert pack.manifest.version == oldest.version
    assert loads == [oldest.path.resolve()]  # only that version, and only once


def test_a_broken_module_still_lists_and_fails_when_used(builtin: Path,
                                                         loads: list[Path]) -> None:
    module = next(p for p in (builtin / "v2").glob("*.yaml") if p.name != "pack.yaml")
    module.write_text("questions: [unclosed\n", encoding="utf-8")
    catalog = PackCatalog(builtin_dir=builtin)
    newest = max(catalog.entries(), key=lambda e: e.version)
    assert newest.path.resolve() == (builtin / "v2").resolve()
    with pytest.raises(PackNotFoundError, match="invalid"):
        catalog.get(newest.pack_id, newest.version)


def test_a_folder_with_a_broken_manifest_is_not_listed(builtin: Path) -> None:
    (builtin / "v2" / "pack.yaml").write_text("id: [\n", encoding="utf-8")
    catalog = PackCatalog(builtin_dir=builtin)
    assert [e.path.name for e in catalog.entries()] == ["v1"]
    assert loader.read_manifest(builtin / "v2") is None
    assert loader.read_manifest(builtin / "missing") is None

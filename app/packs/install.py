"""Installing a pack folder into the user's data folder (signed bundles: see bundles).

Only a pack that loads without errors is installed; its listed files are
copied (never the whole folder), so what is installed is exactly what was
checked.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.core.diagnostics import Diagnostic
from app.core.loader import MANIFEST_NAME, load_pack
from app.core.model import version_key
from app.core.pack import Pack
from app.storage import InstalledPack, Store

PACKS_FOLDER = "packs"


class InstallError(Exception):
    """A pack that cannot be installed; nothing was changed."""


@dataclass
class InstallResult:
    installed: InstalledPack | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.installed is not None


def install_folder(store: Store, source: Path, data_dir: Path, *, verified: bool = False,
                   signer: str | None = None, origin: str = "folder") -> InstallResult:
    """Check the pack in ``source`` and, if valid, copy it under ``data_dir/packs``.

    Raises:
        InstallError: same version with different content, or an older version
            than one already installed (rollback).
    """
    result = load_pack(source)
    if result.pack is None:
        return InstallResult(None, result.diagnostics)
    pack = result.pack
    _refuse_conflicts(store, pack)
    target = data_dir / PACKS_FOLDER / pack.id / pack.version
    _copy_pack_files(source, pack, target)
    installed = store.record_installed_pack(
        pack.id, pack.version, pack.content_hash, pack.manifest.title.root,
        pack.manifest.publisher.name.get("en"), str(target), origin, verified, signer)
    return InstallResult(installed, result.diagnostics)


def _refuse_conflicts(store: Store, pack: Pack) -> None:
    same_id = [p for p in store.list_installed_packs() if p.pack_id == pack.id]
    for other in same_id:
        if other.version == pack.version and other.content_hash != pack.content_hash:
            raise InstallError(
                f"{pack.id} {pack.version} is already installed with different content; "
                "a changed pack needs a higher version")
    newest = max((p.version for p in same_id), key=version_key, default=None)
    if newest is not None and version_key(pack.version) < version_key(newest):
        raise InstallError(f"{pack.id} {pack.version} is older than the installed {newest} "
                           "(rollback refused)")


def _copy_pack_files(source: Path, pack: Pack, target: Path) -> None:
    """Copy the manifest and module files into ``target``, replacing it in one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=target.parent))
    try:
        for name in (MANIFEST_NAME, *pack.manifest.modules):
            shutil.copyfile(source / name, staging / name)
        if target.exists():
            shutil.rmtree(target)
        staging.replace(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise

"""A pack read from a folder or from a bundle, for commands that only look at it (diff, verify).

A bundle is verified first (signature and hashes, ``app.packs.bundle``); only
then are its files written to a temporary folder and loaded. Diagnostics name
the file inside the bundle (``x.aipack/pack/main.yaml:3:5``).
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.core.diagnostics import Diagnostic
from app.core.loader import LoadResult, load_pack
from app.packs.bundle import Bundle, read_bundle


@dataclass(frozen=True)
class PackSource:
    path: Path
    bundle: Bundle | None  # None for a folder
    result: LoadResult


def read_pack_source(path: Path, trusted: Mapping[str, object]) -> PackSource:
    """Load the pack in a folder, or in a bundle after verifying it.

    Raises:
        BundleError: the bundle is damaged or was tampered with.
    """
    if path.is_dir():
        return PackSource(path, None, load_pack(path))
    bundle = read_bundle(path, trusted)
    with tempfile.TemporaryDirectory(prefix="aipia-pack-") as temp:
        folder = Path(temp)
        for name, data in bundle.files.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        result = load_pack(folder)
    shown = f"{path.name}/pack"
    result.diagnostics = [_renamed(d, str(folder), shown) for d in result.diagnostics]
    return PackSource(path, bundle, result)


def _renamed(diagnostic: Diagnostic, old: str, new: str) -> Diagnostic:
    return dataclasses.replace(diagnostic, file=diagnostic.file.replace(old, new))

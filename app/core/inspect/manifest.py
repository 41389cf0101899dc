"""The scan manifest: every file with its size and SHA-256, to keep and compare later."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.core.errors import UserError
from app.core.inspect.findings import ScanReport

FORMAT = "aipia-model-scan"
VERSION = 1
MAX_FILES = 100_000
MAX_BYTES = 64 * 1024 * 1024  # a manifest file read back for comparison
HEX64 = re.compile(r"^[0-9a-f]{64}$")


class ManifestError(UserError, ValueError):
    """A manifest file that is not one AIPIA wrote (or was damaged)."""


@dataclass(frozen=True)
class Change:
    """``added``, ``removed``, ``changed`` (content) or ``unhashed`` (no hash to compare)."""

    kind: str
    path: str
    before: str | None = None
    after: str | None = None


def build(report: ScanReport) -> dict[str, Any]:
    """The manifest of ``report``: plain JSON data."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "scanned_at": report.scanned_at,
        "paths": report.paths,
        "complete": report.complete,
        "models": [
            {
                "name": model.label,
                "folder": str(model.root),
                "files": [
                    {"path": f.name, "kind": f.kind, "size": f.size, "sha256": f.sha256}
                    for f in model.files
                ],
            }
            for model in report.models
        ],
    }


def files_of(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Full path -> file entry, checking the shape of an untrusted manifest."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ManifestError(f"not an AIPIA model-scan manifest (format {FORMAT!r} expected)")
    out: dict[str, dict[str, Any]] = {}
    for model in _list(manifest.get("models"), "models"):
        folder = model.get("folder") if isinstance(model, dict) else None
        if not isinstance(folder, str):
            raise ManifestError("a model without a folder")
        for entry in _list(model.get("files"), "files"):
            out[f"{folder.rstrip('/')}/{_path(entry)}"] = entry
            if len(out) > MAX_FILES:
                raise ManifestError(f"more than {MAX_FILES} files")
    return out


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise ManifestError(f"'{what}' must be a list")
    return value


def _path(entry: Any) -> str:
    if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
        raise ManifestError("a file entry without a path")
    digest = entry.get("sha256")
    if digest is not None and not (isinstance(digest, str) and HEX64.match(digest)):
        raise ManifestError(f"{entry['path'][:200]}: sha256 is not 64 hex digits")
    return str(entry["path"])


def under(path: str, scope: tuple[str, ...]) -> bool:
    """True when ``path`` is one of ``scope`` or inside one of them."""
    return any(path == s or path.startswith(s.rstrip("/") + "/") for s in scope)


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """What changed between two manifests (files matched by their full path).

    Only the part of ``before`` under the paths ``after`` scanned is compared,
    so scanning one model folder of many does not report the others as gone.
    """
    old, new = files_of(before), files_of(after)
    scope = tuple(str(p) for p in after.get("paths") or [] if isinstance(p, str))
    if scope:
        old = {p: e for p, e in old.items() if under(p, scope)}
    changes = [Change("removed", p, old[p].get("sha256")) for p in sorted(old.keys() - new.keys())]
    changes += [Change("added", p, None, new[p].get("sha256"))
                for p in sorted(new.keys() - old.keys())]
    for path in sorted(old.keys() & new.keys()):
        a, b = old[path].get("sha256"), new[path].get("sha256")
        if a is None or b is None:
            if old[path].get("size") != new[path].get("size"):
                changes.append(Change("changed", path, str(old[path].get("size")),
                                      str(new[path].get("size"))))
            else:
                changes.append(Change("unhashed", path))
        elif a != b:
            changes.append(Change("changed", path, a, b))
    return changes

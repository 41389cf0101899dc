"""The register of installed questionnaire packs (the files live in ``path``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.storage import clock, validation
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import InvalidValue, NotFoundError
from app.storage.records import PACK_SOURCES, InstalledPack

_SELECT = (
    "SELECT pack_id, version, content_hash, title, publisher, path, source, verified,"
    " signer, installed_at, issued, expires FROM installed_packs"
)
_UPSERT = """
INSERT INTO installed_packs (pack_id, version, content_hash, title, publisher, path,
                             source, verified, signer, installed_at, issued, expires)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (pack_id, version) DO UPDATE SET
    content_hash = excluded.content_hash, title = excluded.title,
    publisher = excluded.publisher, path = excluded.path, source = excluded.source,
    verified = excluded.verified, signer = excluded.signer,
    installed_at = excluded.installed_at, issued = excluded.issued, expires = excluded.expires
"""


def _from_row(row: dict[str, Any]) -> InstalledPack:
    return InstalledPack(
        pack_id=row["pack_id"],
        version=row["version"],
        content_hash=row["content_hash"],
        title=json.loads(row["title"]),
        publisher=row["publisher"],
        path=Path(row["path"]),
        source=row["source"],
        verified=bool(row["verified"]),
        signer=row["signer"],
        installed_at=row["installed_at"],
        issued=row["issued"],
        expires=row["expires"],
    )


def _title(title: object) -> str:
    if not isinstance(title, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in title.items()
    ):
        raise InvalidValue(f"A pack title must map language codes to texts, got {title!r}.")
    return validation.encode_json(title, "The pack title")


def _folder(path: object) -> str:
    if not isinstance(path, str | Path) or not str(path).strip():
        raise InvalidValue(f"The pack folder must be a path, got {path!r}.")
    return str(path)


def _fetch(db: Database, pack_id: str, version: str) -> InstalledPack | None:
    row = fetch_one(db, f"{_SELECT} WHERE pack_id = ? AND version = ?", [pack_id, version])
    return _from_row(row) if row else None


def _fetch_required(db: Database, pack_id: str, version: str) -> InstalledPack:
    found = _fetch(db, pack_id, version)
    if found is None:
        raise NotFoundError(f"Pack {pack_id} {version} is not installed.")
    return found


class PacksMixin(StoreBase):
    def record_installed_pack(
        self,
        *,
        pack_id: str,
        version: str,
        content_hash: str,
        title: dict[str, str],
        publisher: str,
        path: Path | str,
        source: str,
        verified: bool,
        signer: str | None,
        issued: str | None = None,
        expires: str | None = None,
    ) -> InstalledPack:
        """Record (or re-record) that a pack version is installed in ``path``.

        ``verified`` means the files matched a valid signature when installed;
        whether the signer (``signer``, a key fingerprint) is trusted is decided
        when the pack is listed. ``issued`` and ``expires`` are a bundle's dates.
        """
        row = [
            validation.identifier(pack_id, "The pack id"),
            validation.identifier(version, "The pack version"),
            validation.text(content_hash, "The content hash"),
            _title(title),
            validation.text(publisher, "The publisher"),
            _folder(path),
            validation.choice(source, PACK_SOURCES, "The pack source"),
            int(bool(verified)),
            validation.optional_text(signer, "The signer"),
            clock.utc_now(),
            validation.iso_date(issued, "The issue date"),
            validation.iso_date(expires, "The expiry date"),
        ]
        with self._write() as db:
            self._catalog_changes += 1
            db.execute(_UPSERT, row)
            return _fetch_required(db, pack_id, version)

    def list_installed_packs(self) -> list[InstalledPack]:
        rows = fetch_all(self._db, f"{_SELECT} ORDER BY pack_id, version")
        return [_from_row(row) for row in rows]

    def get_installed_pack(self, pack_id: str, version: str) -> InstalledPack | None:
        return _fetch(self._db, pack_id, version)

    def remove_installed_pack(self, pack_id: str, version: str) -> None:
        """Forget an installed pack version (its files are the caller's business)."""
        with self._write() as db:
            self._catalog_changes += 1
            cursor = db.execute(
                "DELETE FROM installed_packs WHERE pack_id = ? AND version = ?",
                [pack_id, version],
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"Pack {pack_id} {version} is not installed.")

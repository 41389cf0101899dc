"""The trust store: publisher keys (Ed25519) whose signed packs count as verified.

Keys are stored by fingerprint (the SHA-256 of the raw public key, in hex);
checking that the fingerprint belongs to the key is the caller's job
(``app.packs.signing``), so this module only stores text.
"""

from __future__ import annotations

import re
from typing import Any

from app.storage import clock, validation
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import InvalidValue, NotFoundError
from app.storage.records import TrustedKey

KEY_ID = re.compile(r"^[0-9a-f]{64}$")
PUBLIC_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=$")  # base64 of 32 bytes
_UPSERT = """
INSERT INTO trusted_keys (key_id, public_key, name, added_at) VALUES (?, ?, ?, ?)
ON CONFLICT (key_id) DO UPDATE SET name = excluded.name
"""
_SELECT = "SELECT key_id, public_key, name, added_at FROM trusted_keys"


def _key_id(value: object) -> str:
    if not isinstance(value, str) or not KEY_ID.match(value):
        raise InvalidValue(
            f"A key id is a SHA-256 fingerprint in 64 hex digits, got {value!r}.")
    return value


def _public_key(value: object) -> str:
    if not isinstance(value, str) or not PUBLIC_KEY.match(value):
        raise InvalidValue("A public key is stored as the base64 of its 32 raw bytes.")
    return value


def _from_row(row: dict[str, Any]) -> TrustedKey:
    return TrustedKey(**row)


class TrustMixin(StoreBase):
    def trust_key(self, key_id: str, public_key: str, name: str = "") -> TrustedKey:
        """Trust a key (again: only its name is updated)."""
        row = [_key_id(key_id), _public_key(public_key), validation.optional_text(name, "The key "
               "name") or "", clock.utc_now()]
        with self._write() as db:
            self._catalog_changes += 1
            db.execute(_UPSERT, row)
            found = fetch_one(db, f"{_SELECT} WHERE key_id = ?", [key_id])
        assert found is not None  # noqa: S101 - just written
        return _from_row(found)

    def list_trusted_keys(self) -> list[TrustedKey]:
        rows = fetch_all(self._db, f"{_SELECT} ORDER BY added_at, key_id")
        return [_from_row(row) for row in rows]

    def get_trusted_key(self, key_id: str) -> TrustedKey | None:
        row = fetch_one(self._db, f"{_SELECT} WHERE key_id = ?", [key_id])
        return _from_row(row) if row else None

    def untrust_key(self, key_id: str) -> None:
        """Stop trusting a key; packs it signed are shown as unverified from now on."""
        with self._write() as db:
            self._catalog_changes += 1
            cursor = db.execute("DELETE FROM trusted_keys WHERE key_id = ?", [key_id])
            if cursor.rowcount == 0:
                raise NotFoundError(f"The key {key_id} is not in the trust store.")

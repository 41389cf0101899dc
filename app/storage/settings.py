"""Application settings: JSON values under text keys."""

from __future__ import annotations

import json
from typing import Any

from app.storage import validation
from app.storage.database import StoreBase, fetch_one

_UPSERT = """
INSERT INTO settings (key, value) VALUES (?, ?)
ON CONFLICT (key) DO UPDATE SET value = excluded.value
"""


class SettingsMixin(StoreBase):
    def get_setting(self, key: str, default: Any = None) -> Any:
        """The stored value, or ``default`` when the key was never set."""
        row = fetch_one(self._db, "SELECT value FROM settings WHERE key = ?", [key])
        return default if row is None else json.loads(row["value"])

    def set_setting(self, key: str, value: Any) -> None:
        """Store any JSON-serialisable value (None included)."""
        clean_key = validation.identifier(key, "The setting key")
        encoded = validation.encode_json(value, f"The setting {clean_key!r}")
        with self._write() as db:
            db.execute(_UPSERT, [clean_key, encoded])

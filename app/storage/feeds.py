"""Feed subscriptions: where a pack feed is, whose key signs it, what the last check saw.

The index version only ever goes up here (the update is conditional on it),
so even two processes checking at once cannot record a rollback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.storage import clock, validation
from app.storage.database import StoreBase, fetch_all, fetch_one
from app.storage.errors import DuplicateError, InvalidValue, NotFoundError

KEY_ID = re.compile(r"^[0-9a-f]{64}$")
MAX_LOCATION = 2000
_SELECT = ("SELECT id, location, key_id, name, allow_http, added_at, checked_at, index_version,"
           " index_hash, index_json, last_error FROM feeds")


@dataclass(frozen=True, slots=True)
class FeedSubscription:
    """A feed the user added; ``index_version`` 0 means no index was accepted yet."""

    id: int
    location: str
    key_id: str
    name: str
    allow_http: bool
    added_at: str
    checked_at: str | None
    index_version: int
    index_hash: str | None
    index_json: str | None
    last_error: str | None


def _from_row(row: dict[str, Any]) -> FeedSubscription:
    return FeedSubscription(**{**row, "allow_http": bool(row["allow_http"])})


def _location(value: object) -> str:
    text = validation.text(value, "The feed location")
    if len(text) > MAX_LOCATION:
        raise InvalidValue(f"The feed location is longer than {MAX_LOCATION} characters.")
    return text


class FeedsMixin(StoreBase):
    def add_feed(self, location: str, key_id: str, name: str = "",
                 allow_http: bool = False) -> FeedSubscription:
        """Subscribe to the feed at ``location``, whose index ``key_id`` must sign."""
        where = _location(location)
        if not isinstance(key_id, str) or not KEY_ID.match(key_id):
            raise InvalidValue(
                f"A key id is a SHA-256 fingerprint in 64 hex digits, got {key_id!r}.")
        label = (validation.optional_text(name, "The feed name") or "").strip()
        with self._write() as db:
            if fetch_one(db, "SELECT id FROM feeds WHERE location = ?", [where]):
                raise DuplicateError(f"You already subscribe to the feed {where}.")
            cursor = db.execute(
                "INSERT INTO feeds (location, key_id, name, allow_http, added_at)"
                " VALUES (?, ?, ?, ?, ?)", [where, key_id, label, int(allow_http), clock.utc_now()])
            feed_id = int(cursor.lastrowid or 0)
        return self.get_feed(feed_id)

    def list_feeds(self) -> list[FeedSubscription]:
        return [_from_row(row) for row in fetch_all(self._db, f"{_SELECT} ORDER BY id")]

    def get_feed(self, feed_id: int) -> FeedSubscription:
        row = fetch_one(self._db, f"{_SELECT} WHERE id = ?", [feed_id])
        if row is None:
            raise NotFoundError(f"There is no feed {feed_id} (see 'aipia feed list').")
        return _from_row(row)

    def remove_feed(self, feed_id: int) -> None:
        with self._write() as db:
            if db.execute("DELETE FROM feeds WHERE id = ?", [feed_id]).rowcount == 0:
                raise NotFoundError(f"There is no feed {feed_id} (see 'aipia feed list').")

    def record_feed_index(self, feed_id: int, version: int, index_hash: str,
                          index_json: str) -> bool:
        """Keep a verified index; False (nothing written) if a newer one was recorded meanwhile."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE feeds SET index_version = ?, index_hash = ?, index_json = ?,"
                " checked_at = ?, last_error = NULL WHERE id = ? AND index_version <= ?",
                [version, index_hash, index_json, clock.utc_now(), feed_id, version])
            return cursor.rowcount == 1

    def record_feed_failure(self, feed_id: int, message: str) -> None:
        """Note a failed check (when, and why); the last accepted index stays as it was."""
        text = validation.text(message, "The error message")
        with self._write() as db:
            db.execute("UPDATE feeds SET checked_at = ?, last_error = ? WHERE id = ?",
                       [clock.utc_now(), text, feed_id])

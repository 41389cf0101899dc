"""Schema step "feeds": the pack feeds the user subscribed to (issue 18).

One row per feed: where it is (an ``https://`` or ``file://`` URL), the
fingerprint of the publisher key that must sign its index, and what the last
check learnt: the highest index version seen (an older one is refused as a
rollback), that index's SHA-256 and text (to list its offers without the
network), when it was last checked and the last error.

Self-contained (it only adds a table), so it can run after any other step.
Frozen once released: later changes go in a new numbered migration.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    location TEXT NOT NULL UNIQUE,
    key_id TEXT NOT NULL CHECK (length(key_id) = 64),
    name TEXT NOT NULL DEFAULT '',
    allow_http INTEGER NOT NULL DEFAULT 0 CHECK (allow_http IN (0, 1)),
    added_at TEXT NOT NULL,
    checked_at TEXT,
    index_version INTEGER NOT NULL DEFAULT 0 CHECK (index_version >= 0),
    index_hash TEXT,
    index_json TEXT,
    last_error TEXT
)
"""


def apply(db: Database) -> None:
    db.execute(SCHEMA)

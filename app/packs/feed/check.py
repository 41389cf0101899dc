"""Checking a feed: fetch and verify its index, then see what it offers.

:func:`fetch_index` touches neither the database nor the catalog, so the app
can run it in a background thread; :func:`offers` then compares the index
with what is installed, on the thread that owns the store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from app.core.model import version_key
from app.packs import signing, trust
from app.packs.catalog import PackCatalog
from app.packs.feed import FeedError
from app.packs.feed.index import (
    INDEX_NAME,
    MAX_INDEX_BYTES,
    MAX_SIGNATURE_BYTES,
    SIGNATURE_NAME,
    FeedIndex,
    FeedPack,
    VerifiedIndex,
    verify_index,
)
from app.packs.feed.location import parse_location
from app.packs.feed.transport import FetchOptions, fetch_bytes
from app.storage import FeedSubscription


@dataclass(frozen=True)
class Offer:
    """A pack version a feed offers that is newer than what is here (or not here at all)."""

    pack: FeedPack
    installed: str | None  # the highest version already accepted; None: a new pack

    @property
    def is_update(self) -> bool:
        return self.installed is not None


def fetch_index(feed: FeedSubscription, options: FetchOptions,
                today: dt.date | None = None) -> VerifiedIndex:
    """Fetch and verify the feed's index (no database access: safe in a worker thread).

    Raises:
        FeedError: unreachable, too large, badly signed, older than seen, expired.
    """
    location = parse_location(feed.location, allow_http=feed.allow_http)
    fetching = dataclasses.replace(options, allow_http=feed.allow_http)
    raw = fetch_bytes(location, INDEX_NAME, MAX_INDEX_BYTES, fetching,
                      f"{INDEX_NAME} is larger than {MAX_INDEX_BYTES // 1024} KB; refused")
    signature = fetch_bytes(location, SIGNATURE_NAME, MAX_SIGNATURE_BYTES, fetching,
                            f"{SIGNATURE_NAME} is larger than {MAX_SIGNATURE_BYTES} bytes; "
                            "signature invalid")
    return verify_index(raw, signature, feed.key_id, seen_version=feed.index_version,
                        seen_hash=feed.index_hash, today=today)


def offers(index: FeedIndex, catalog: PackCatalog) -> list[Offer]:
    """What the index offers beyond what is installed, newest version per pack.

    Raises:
        FeedError: the feed lists a pack id that is bound to another key.
    """
    check_bindings(index, catalog)
    found = []
    for pack in index.newest().values():
        installed = catalog.highest_version(pack.id)
        if installed is None or version_key(pack.version) > version_key(installed):
            found.append(Offer(pack, installed))
    return sorted(found, key=lambda offer: offer.pack.id)


def bound_keys(catalog: PackCatalog, pack_id: str) -> set[str]:
    """The keys a pack id is bound to: those that signed its verified versions here."""
    keys: set[str] = set()
    for entry in catalog.entries():
        if entry.pack_id != pack_id or not entry.verified:
            continue
        if entry.source == "builtin":
            keys |= {key.key_id for key in trust.builtin_keys()}
        elif entry.signer:
            keys.add(entry.signer)
    return keys


def check_bindings(index: FeedIndex, catalog: PackCatalog) -> None:
    """Refuse a feed that offers a pack signed by another key than the one it is bound to."""
    for pack in index.packs:
        keys = bound_keys(catalog, pack.id)
        if keys and pack.signer not in keys:
            raise FeedError(
                f"the feed lists {pack.id} {pack.version} signed by the key "
                f"{signing.group(pack.signer)[:19]}…, but {pack.id} is installed here from "
                f"the key {signing.group(sorted(keys)[0])[:19]}…; a pack stays bound to the "
                "key it was first trusted from, so the whole feed is refused")

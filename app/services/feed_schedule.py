"""When the app may check feeds by itself: never unless turned on, then once a day per feed.

Kept apart from ``app.services.feeds`` so that start-up reads the setting
without importing the network code when checking is off (the default).
"""

from __future__ import annotations

import datetime as dt

from app.storage import FeedSubscription, Store

AUTO_CHECK_KEY = "feeds.check_at_startup"
CHECK_INTERVAL = dt.timedelta(days=1)


def auto_check(store: Store) -> bool:
    return bool(store.get_setting(AUTO_CHECK_KEY, False))


def set_auto_check(store: Store, enabled: bool) -> None:
    store.set_setting(AUTO_CHECK_KEY, bool(enabled))


def due_feeds(store: Store, now: dt.datetime | None = None) -> list[FeedSubscription]:
    """The feeds a start-up check should fetch: none unless turned on; each once a day."""
    if not auto_check(store):
        return []
    moment = now or dt.datetime.now(dt.UTC)
    return [f for f in store.list_feeds()
            if f.checked_at is None
            or moment - dt.datetime.fromisoformat(f.checked_at) >= CHECK_INTERVAL]


def local_time(stamp: str | None) -> str:
    """A stored UTC time as this computer's local time, ``YYYY-MM-DD HH:MM`` ("" for None)."""
    if not stamp:
        return ""
    return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")

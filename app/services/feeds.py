"""Feed subscriptions as the CLI and the app use them: add, list, check, install, remove.

Nothing here touches the network unless asked: adding a feed only stores it;
:meth:`Feeds.check` and :meth:`Feeds.install` fetch. The start-up check is off
until the user turns it on, and then runs at most once a day per feed
(``app.services.feed_schedule``). The app fetches in a worker thread
(:func:`fetch_index`, :func:`download_offer` need no database) and records the
result here, on the thread that owns the store (:meth:`Feeds.accept`).
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.packs import signing, trust
from app.packs.feed import FeedError
from app.packs.feed.check import Offer, fetch_index, offers
from app.packs.feed.index import FeedIndex, FeedPack, VerifiedIndex
from app.packs.feed.location import parse_location
from app.packs.feed.transport import FetchOptions
from app.packs.feed.update import download_offer, install_downloaded
from app.packs.install import InstallResult
from app.services import feed_schedule
from app.services.assessments import AssessmentsMixin
from app.services.events import Topic
from app.storage import Assessment, FeedSubscription, NotFoundError

STARTUP_OPTIONS = FetchOptions(timeout=10.0, deadline=30.0)  # short: a check must not linger
FULL_FINGERPRINT = 64

__all__ = ["CheckOutcome", "FeedError", "FeedPack", "FeedStatus", "Feeds", "FetchOptions", "Offer",
           "download_offer", "fetch_index"]


@dataclass(frozen=True)
class CheckOutcome:
    """What one check of one feed found: its offers, or why it failed."""

    feed: FeedSubscription
    offers: list[Offer]
    error: str | None = None


@dataclass(frozen=True)
class FeedStatus:
    """A feed as last checked, without the network: its last accepted index and offers."""

    feed: FeedSubscription
    index: FeedIndex | None
    offers: list[Offer]
    problem: str | None  # the last check's error, or why the kept index no longer counts


class Feeds:
    """The feeds of one workspace."""

    def __init__(self, workspace: AssessmentsMixin, options: FetchOptions | None = None) -> None:
        self.workspace = workspace
        self.store = workspace.store
        self.options = options or FetchOptions()

    # subscriptions -------------------------------------------------------------------------
    def add(self, location: str, fingerprint: str, name: str = "",
            allow_http: bool = False) -> FeedSubscription:
        """Subscribe (no network): ``fingerprint`` is the publisher's, or a trusted key's start.

        Raises:
            FeedError: an unusable location or fingerprint.
            DuplicateError: already subscribed.
        """
        where = parse_location(location, allow_http=allow_http)
        key_id = self._key_id(fingerprint)
        added = self.store.add_feed(where.url, key_id, name, allow_http)
        self.workspace.events.emit(Topic.FEEDS)
        return added

    def _key_id(self, fingerprint: str) -> str:
        wanted = signing.normalise_fingerprint(fingerprint)
        if signing.FINGERPRINT.match(wanted):
            return wanted
        try:
            return trust.find_key(self.store, fingerprint).key_id
        except trust.TrustError as exc:
            raise FeedError(f"{exc}. Give the publisher's whole fingerprint "
                            f"({FULL_FINGERPRINT} hex digits), or the start of a key you "
                            "already trust") from None

    def find(self, ref: str) -> FeedSubscription:
        """A feed by its number (``aipia feed list``) or its location."""
        feeds = self.store.list_feeds()
        if ref.strip().isdigit():
            return self.store.get_feed(int(ref))
        matches = [f for f in feeds if ref.strip() in (f.location, f.location.rstrip("/"))]
        if not matches:
            try:
                url = parse_location(ref, allow_http=True).url
            except FeedError:
                url = None
            matches = [f for f in feeds if f.location == url]
        if not matches:
            raise NotFoundError(f"No feed is {ref[:200]!r} (see 'aipia feed list').")
        return matches[0]

    def remove(self, ref: str) -> FeedSubscription:
        feed = self.find(ref)
        self.store.remove_feed(feed.id)
        self.workspace.events.emit(Topic.FEEDS)
        return feed

    # checking ------------------------------------------------------------------------------
    @property
    def auto_check(self) -> bool:
        return feed_schedule.auto_check(self.store)

    def set_auto_check(self, enabled: bool) -> None:
        feed_schedule.set_auto_check(self.store, enabled)
        self.workspace.events.emit(Topic.SETTINGS)

    def due(self, now: dt.datetime | None = None) -> list[FeedSubscription]:
        """The feeds a start-up check should fetch: none unless turned on; each once a day."""
        return feed_schedule.due_feeds(self.store, now)

    def check(self, feeds: list[FeedSubscription] | None = None,
              today: dt.date | None = None) -> list[CheckOutcome]:
        """Fetch and verify every feed (or those given) now; record what each check found."""
        outcomes = []
        for feed in self.store.list_feeds() if feeds is None else feeds:
            try:
                fetched: VerifiedIndex | FeedError = fetch_index(feed, self.options, today)
            except FeedError as exc:
                fetched = exc
            outcomes.append(self.accept(feed, fetched))
        return outcomes

    def accept(self, feed: FeedSubscription,
               fetched: VerifiedIndex | FeedError) -> CheckOutcome:
        """Record a fetch's result: keep a verified index that binds, else note the error."""
        outcome = self._accept(feed, fetched)
        self.workspace.events.emit(Topic.FEEDS)
        return outcome

    def _accept(self, feed: FeedSubscription,
                fetched: VerifiedIndex | FeedError) -> CheckOutcome:
        try:
            if isinstance(fetched, FeedError):
                raise fetched
            found = offers(fetched.index, self.workspace.catalog)
        except FeedError as exc:
            self.store.record_feed_failure(feed.id, str(exc))
            return CheckOutcome(self.store.get_feed(feed.id), [], str(exc))
        if not self.store.record_feed_index(feed.id, fetched.index.version, fetched.sha256,
                                            fetched.raw.decode("utf-8")):
            stale = "a newer index of this feed was recorded meanwhile; check again"
            return CheckOutcome(self.store.get_feed(feed.id), [], stale)
        return CheckOutcome(self.store.get_feed(feed.id), found)

    def statuses(self, today: dt.date | None = None) -> list[FeedStatus]:
        """Every feed with what its last accepted index offers (no network)."""
        return [self._status(feed, today or dt.date.today()) for feed in self.store.list_feeds()]

    def _status(self, feed: FeedSubscription, today: dt.date) -> FeedStatus:
        if not feed.index_json:
            return FeedStatus(feed, None, [], feed.last_error)
        try:
            index = FeedIndex.model_validate(json.loads(feed.index_json))
        except ValueError:  # not written by this version of AIPIA: check again
            return FeedStatus(feed, None, [], feed.last_error)
        if index.expires < today:
            expired = f"the index expired on {index.expires.isoformat()}; check again"
            return FeedStatus(feed, index, [], feed.last_error or expired)
        try:
            found = offers(index, self.workspace.catalog)
        except FeedError as exc:
            return FeedStatus(feed, index, [], str(exc))
        return FeedStatus(feed, index, found, feed.last_error)

    # installing ----------------------------------------------------------------------------
    def install(self, feed: FeedSubscription, pack: FeedPack) -> InstallResult:
        """Download the bundle of ``pack`` and install it as a bundle file is installed."""
        with tempfile.TemporaryDirectory(prefix="aipia-feed-") as temp:
            path = download_offer(feed, pack, Path(temp), self.options)
            return self.install_file(feed, pack, path)

    def install_file(self, feed: FeedSubscription, pack: FeedPack,
                     path: Path) -> InstallResult:
        """Install a bundle already downloaded by :func:`download_offer` (the app's worker)."""
        ws = self.workspace
        result = install_downloaded(ws.store, ws.data_dir, ws.catalog, feed=feed, pack=pack,
                                    path=path)
        if result.ok:
            ws.events.emit(Topic.PACKS)
        return result

    def older_assessments(self, pack_id: str, version: str) -> list[Assessment]:
        """The assessments on an older version of ``pack_id``: each can now be upgraded."""
        return self.workspace.older_assessments(pack_id, version)

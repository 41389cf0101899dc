"""Network work for feeds, off the GUI thread.

The worker thread only fetches and verifies (``fetch_index``,
``download_offer`` need no database); what it found is handed back by signal
to the GUI thread, which alone uses the store (``Feeds.accept``, installing).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.services.feeds import FeedPack, FetchOptions
    from app.services.records import FeedSubscription


class FeedWorker(QObject):
    """Runs one fetch at a time in a daemon thread and reports on the GUI thread."""

    checked = Signal(list)  # [(FeedSubscription, VerifiedIndex | FeedError)]
    downloaded = Signal(object, object, object)  # FeedSubscription, FeedPack, Path | FeedError

    def __init__(self, options: FetchOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.busy = False

    def check(self, feeds: list[FeedSubscription]) -> bool:
        """Fetch every feed's index; False if the worker is still busy."""
        return self._start(self._check, feeds)

    def download(self, feed: FeedSubscription, pack: FeedPack) -> bool:
        """Fetch the bundle of ``pack`` into a new temporary folder."""
        return self._start(self._download, feed, pack)

    def _start(self, target: Any, *args: Any) -> bool:
        if self.busy:
            return False
        self.busy = True
        threading.Thread(target=target, args=args, name="aipia-feeds", daemon=True).start()
        return True

    def _check(self, feeds: list[FeedSubscription]) -> None:
        from app.services.feeds import FeedError, fetch_index

        results: list[tuple[FeedSubscription, object]] = []
        for feed in feeds:
            try:
                results.append((feed, fetch_index(feed, self.options)))
            except FeedError as exc:
                results.append((feed, exc))
        self._emit(self.checked, results)

    def _download(self, feed: FeedSubscription, pack: FeedPack) -> None:
        from app.services.feeds import FeedError, download_offer

        folder = Path(tempfile.mkdtemp(prefix="aipia-feed-"))
        try:
            result: object = download_offer(feed, pack, folder, self.options)
        except (FeedError, OSError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            result = exc
        self._emit(self.downloaded, feed, pack, result)

    def _emit(self, signal: Any, *args: Any) -> None:
        self.busy = False
        with contextlib.suppress(RuntimeError):  # the window closed while the network was busy
            signal.emit(*args)

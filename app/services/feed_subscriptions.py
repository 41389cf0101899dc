"""Feeds as use cases of the facade: the subscriptions, and which are due for a check.

The feed service (``app.services.feeds``) holds network code; it is imported only
when feeds are used, so a start-up with checks turned off (the default) does not
load it (``due_feeds`` reads the setting alone).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.services import feed_schedule
from app.services.assessments import AssessmentsMixin
from app.storage import FeedSubscription

if TYPE_CHECKING:
    from app.packs.feed.transport import FetchOptions
    from app.services.feeds import Feeds


class FeedsMixin(AssessmentsMixin):
    def feeds(self, options: FetchOptions | None = None) -> Feeds:
        """The feed subscriptions, to add, check, install from (imports the network code)."""
        from app.services.feeds import Feeds

        return Feeds(self, options)

    def due_feeds(self, now: dt.datetime | None = None) -> list[FeedSubscription]:
        """The feeds a start-up check should fetch (none unless the user turned checks on)."""
        return feed_schedule.due_feeds(self.store, now)

"""From a regulator's feed to an upgraded assessment, and every bad feed refused.

Publish -> subscribe -> check -> install -> upgrade, over HTTPS (a test server
on 127.0.0.1 with its own certificate) and from a folder. Each bad input gives
a clear message, installs nothing and keeps the previous state.
"""

from __future__ import annotations

import datetime as dt
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.packs import trust
from app.packs.feed.check import fetch_index
from app.packs.feed.transport import FetchOptions
from app.services.feeds import Feeds
from app.services.workspace import Workspace
from app.storage import FeedSubscription
from tests.core.upgradetools import V1, V2
from tests.packs.feedtools import (  # noqa: F401 - fixtures
    FeedServer,
    Tls,
    add_bundle,
    endless,
    feed_workspace_fixture,
    fingerprint,
    loopback_only_fixture,
    publish,
    stalled,
    tls_fixture,
)

pytestmark = pytest.mark.usefixtures("loopback_only")
PACK_ID = "org.aipia.test.upgrade"


@dataclass
class Publisher:
    """A regulator: a key, a folder of bundles, and the feed folder it publishes."""

    key: Ed25519PrivateKey
    bundles: Path
    feed: Path

    def release(self, source: Path, name: str, notes: dict[str, str] | None = None,
                **kwargs: Any) -> None:
        add_bundle(self.bundles, source, self.key, name, notes)
        publish(self.bundles, self.feed, self.key, **kwargs)


@pytest.fixture
def regulator(tmp_path: Path, key: Ed25519PrivateKey) -> Publisher:
    return Publisher(key, tmp_path / "bundles", tmp_path / "feed")


def state(ws: Workspace) -> tuple[object, ...]:
    """What a refused feed must leave as it was: installed packs, trusted keys, pack folders."""
    packs = ws.data_dir / "packs"
    files = sorted(str(p.relative_to(packs)) for p in packs.rglob("*")) if packs.exists() else []
    return (ws.store.list_installed_packs(), ws.store.list_trusted_keys(), files)


def index_state(feed: FeedSubscription) -> tuple[int, str | None]:
    return feed.index_version, feed.index_hash


def test_publish_subscribe_check_install_and_upgrade_over_https(
    regulator: Publisher, tls: Tls, feed_workspace: Workspace,
) -> None:
    regulator.release(V1, "upgrade-1", {"en": "First release.", "ko": "첫 판."})
    feeds = Feeds(feed_workspace, FetchOptions(ssl_context=tls.client_context()))
    with FeedServer(regulator.feed, tls) as server:
        feed = feeds.add(server.url, fingerprint(regulator.key), "Regulator")
        [first] = feeds.check()
        [offer] = first.offers
        assert (offer.pack.version, offer.installed, offer.is_update) == ("1.0.0", None, False)
        installed = feeds.install(first.feed, offer.pack).installed
        assert installed is not None and installed.verified
        assert fingerprint(regulator.key) in trust.trusted_keys(feeds.store)
        assessment = feed_workspace.new_assessment("Clinic", "Notes", PACK_ID, "1.0.0")

        regulator.release(V2, "upgrade-2", {"en": "Renames hosting.", "ko": "이름 변경."})
        [second] = feeds.check()
        [update] = second.offers
        assert (update.pack.version, update.installed, update.is_update) == ("2.0.0", "1.0.0",
                                                                             True)
        assert update.pack.text(update.pack.notes, "ko") == "이름 변경."
        result = feeds.install(second.feed, update.pack)
    assert result.installed is not None and result.previous == "1.0.0"
    assert [a.id for a in feeds.older_assessments(PACK_ID, "2.0.0")] == [assessment.id]
    feed_workspace.upgrade(assessment.id)
    assert feed_workspace.store.get_assessment(assessment.id).pack_version == "2.0.0"
    assert feeds.store.get_feed(feed.id).index_version == 2
    assert [r.path for r in server.requests if r.path.startswith("/bundles/")] == [
        f"/bundles/{PACK_ID}-1.0.0.aipack", f"/bundles/{PACK_ID}-2.0.0.aipack"]


def test_a_folder_feed_works_without_any_network(
    regulator: Publisher, feed_workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("a folder feed opened a connection")

    monkeypatch.setattr(socket, "create_connection", no_network)
    regulator.release(V1, "upgrade-1")
    feeds = Feeds(feed_workspace)
    feeds.add(str(regulator.feed), fingerprint(regulator.key))
    [outcome] = feeds.check()
    assert feeds.install(outcome.feed, outcome.offers[0].pack).installed is not None
    regulator.release(V2, "upgrade-2")
    [outcome] = feeds.check()
    assert [(o.pack.version, o.installed) for o in outcome.offers] == [("2.0.0", "1.0.0")]


def test_nothing_is_offered_once_everything_is_installed(
    regulator: Publisher, feed_workspace: Workspace,
) -> None:
    regulator.release(V1, "upgrade-1")
    feeds = Feeds(feed_workspace)
    feeds.add(str(regulator.feed), fingerprint(regulator.key))
    [outcome] = feeds.check()
    feeds.install(outcome.feed, outcome.offers[0].pack)
    [again] = feeds.check()
    assert again.error is None and again.offers == []


# bad feeds -----------------------------------------------------------------------------------
@pytest.fixture
def subscribed(regulator: Publisher, feed_workspace: Workspace) -> Feeds:
    """v1 published and installed from the regulator's folder feed."""
    regulator.release(V1, "upgrade-1")
    feeds = Feeds(feed_workspace)
    feeds.add(str(regulator.feed), fingerprint(regulator.key))
    [outcome] = feeds.check()
    feeds.install(outcome.feed, outcome.offers[0].pack)
    return feeds


def refused_check(feeds: Feeds) -> str:
    """Check the one feed: it must fail, changing neither the installs nor the index kept."""
    before, feed = state(feeds.workspace), feeds.store.list_feeds()[0]
    [outcome] = feeds.check()
    assert outcome.error is not None and outcome.offers == []
    after = feeds.store.get_feed(feed.id)
    assert index_state(after) == index_state(feed) and after.last_error == outcome.error
    assert state(feeds.workspace) == before
    return outcome.error


def refused_install(feeds: Feeds) -> str:
    """Check (it succeeds), then install the offer: it must fail and install nothing."""
    [outcome] = feeds.check()
    [offer] = outcome.offers
    before = state(feeds.workspace)
    with pytest.raises(Exception) as caught:
        feeds.install(outcome.feed, offer.pack)
    assert state(feeds.workspace) == before
    return str(caught.value)


def test_an_index_whose_signature_fails_is_refused(subscribed: Feeds, regulator: Publisher,
                                                   ) -> None:
    regulator.release(V2, "upgrade-2", {"en": "Renames hosting."})
    index = regulator.feed / "index.json"
    index.write_bytes(index.read_bytes().replace(b"Renames hosting.", b"Renames HOSTING."))
    assert refused_check(subscribed) == ("signature invalid: index.json or index.sig was "
                                         "changed after signing")


def test_an_older_index_than_the_last_one_seen_is_refused(subscribed: Feeds,
                                                          regulator: Publisher) -> None:
    old = {n: (regulator.feed / n).read_bytes() for n in ("index.json", "index.sig")}
    regulator.release(V2, "upgrade-2")
    [outcome] = subscribed.check()
    assert outcome.feed.index_version == 2
    for name, data in old.items():  # a mirror replays version 1
        (regulator.feed / name).write_bytes(data)
    assert refused_check(subscribed) == (
        "rollback refused: this index has version 1, older than version 2 seen before (an "
        "old copy replayed by a mirror?)")


def test_an_expired_index_is_reported_not_trusted(subscribed: Feeds,
                                                  regulator: Publisher) -> None:
    regulator.release(  # a newer index, but signed long ago (a frozen mirror's copy)
        V2, "upgrade-2", today=dt.date(2020, 1, 1), valid_days=30)
    error = refused_check(subscribed)
    assert error.startswith("the feed's index expired on 2020-01-31, so it is not trusted")


def test_an_index_signed_by_another_key_than_subscribed_is_refused(
    subscribed: Feeds, regulator: Publisher, other_key: Ed25519PrivateKey,
) -> None:
    shutil.rmtree(regulator.feed)
    Publisher(other_key, regulator.bundles.with_name("other"), regulator.feed).release(
        V2, "upgrade-2")
    error = refused_check(subscribed)
    assert error.startswith("the index is signed by ") and "not by the key you subscribed" in error


def test_a_pack_signed_by_another_key_than_the_one_trusted_for_it_is_refused(
    subscribed: Feeds, tmp_path: Path, other_key: Ed25519PrivateKey,
) -> None:
    """The other key's own feed (subscribed to correctly) offers a pack bound to the first key."""
    other = Publisher(other_key, tmp_path / "other-bundles", tmp_path / "other-feed")
    other.release(V2, "upgrade-2")
    subscribed.remove("1")
    subscribed.add(str(other.feed), fingerprint(other_key))
    error = refused_check(subscribed)
    assert error.startswith(f"the feed lists {PACK_ID} 2.0.0 signed by the key ")
    assert "a pack stays bound to the key it was first trusted from" in error


def test_a_bundle_whose_hash_differs_from_the_index_is_refused(
    subscribed: Feeds, regulator: Publisher,
) -> None:
    regulator.release(V2, "upgrade-2")
    bundle = regulator.feed / "bundles" / f"{PACK_ID}-2.0.0.aipack"
    data = bytearray(bundle.read_bytes())
    data[-30] ^= 1  # same size, other content
    bundle.write_bytes(bytes(data))
    assert refused_install(subscribed) == (
        f"bundles/{PACK_ID}-2.0.0.aipack does not match the SHA-256 the signed index gives "
        "(changed on the server or on the way?); refused, nothing installed")


def test_a_bundle_larger_than_the_index_says_is_refused(subscribed: Feeds,
                                                        regulator: Publisher) -> None:
    regulator.release(V2, "upgrade-2")
    bundle = regulator.feed / "bundles" / f"{PACK_ID}-2.0.0.aipack"
    size = bundle.stat().st_size
    bundle.write_bytes(bundle.read_bytes() + b"more")
    assert refused_install(subscribed) == (
        f"bundles/{PACK_ID}-2.0.0.aipack is larger than the {size} bytes the index gives; "
        "stopped reading (refused)")


def test_an_endless_bundle_download_stops_at_the_declared_size(
    regulator: Publisher, tls: Tls, feed_workspace: Workspace,
) -> None:
    regulator.release(V1, "upgrade-1")
    feeds = Feeds(feed_workspace, FetchOptions(ssl_context=tls.client_context()))
    with FeedServer(regulator.feed, tls) as server:
        path = f"/bundles/{PACK_ID}-1.0.0.aipack"
        server.routes[path] = endless(server, (regulator.feed / path[1:]).read_bytes())
        feeds.add(server.url, fingerprint(regulator.key))
        error = refused_install(feeds)
        assert server.finished.wait(60)
    assert "is larger than the" in error and "stopped reading (refused)" in error
    assert server.sent[path] < 32 * 1024 * 1024


def test_a_bundle_download_that_stalls_times_out(
    regulator: Publisher, tls: Tls, feed_workspace: Workspace,
) -> None:
    regulator.release(V1, "upgrade-1")
    feeds = Feeds(feed_workspace, FetchOptions(timeout=0.5, ssl_context=tls.client_context()))
    with FeedServer(regulator.feed, tls) as server:
        server.routes[f"/bundles/{PACK_ID}-1.0.0.aipack"] = stalled(server)
        feeds.add(server.url, fingerprint(regulator.key))
        assert "did not answer in time (timed out)" in refused_install(feeds)


def test_a_bundle_signed_by_a_key_nobody_trusts_here_needs_that_key_trusted_first(
    regulator: Publisher, feed_workspace: Workspace, other_key: Ed25519PrivateKey,
) -> None:
    """The regulator's feed may list a consultancy's pack; the feed's key does not vouch for it."""
    add_bundle(regulator.bundles, V1, other_key, "consultancy-1")
    publish(regulator.bundles, regulator.feed, regulator.key)
    feeds = Feeds(feed_workspace)
    feeds.add(str(regulator.feed), fingerprint(regulator.key))
    error = refused_install(feeds)
    assert "is signed by a key you do not trust yet" in error
    assert feeds.store.list_trusted_keys() == []


def test_a_check_racing_a_newer_one_does_not_record_the_older_index(
    subscribed: Feeds, regulator: Publisher,
) -> None:
    feed = subscribed.store.list_feeds()[0]
    early = fetch_index(feed, FetchOptions())  # version 1, fetched before the next release
    regulator.release(V2, "upgrade-2")
    subscribed.check()  # another window records version 2
    outcome = subscribed.accept(feed, early)
    assert outcome.error == "a newer index of this feed was recorded meanwhile; check again"
    assert subscribed.store.get_feed(feed.id).index_version == 2

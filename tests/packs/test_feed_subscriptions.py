"""Subscribing: what adding a feed needs, what is stored, and when the app checks by itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.packs import signing
from app.packs.feed import FeedError
from app.services.feeds import Feeds
from app.services.workspace import Workspace
from app.storage import DuplicateError, NotFoundError
from tests.core.upgradetools import V1, V2
from tests.packs.feedtools import (  # noqa: F401 - fixtures
    add_bundle,
    feed_workspace_fixture,
    fingerprint,
    loopback_only_fixture,
    publish,
)

pytestmark = pytest.mark.usefixtures("loopback_only")


@pytest.fixture
def feeds(feed_workspace: Workspace) -> Feeds:
    return Feeds(feed_workspace)


def test_a_feed_is_added_by_address_and_fingerprint_without_fetching(
    feeds: Feeds, key: Ed25519PrivateKey,
) -> None:
    typed = signing.group(fingerprint(key)).lower()  # as printed, in groups, any case
    feed = feeds.add("https://Regulator.example/aipia/index.json", typed, "Regulator")
    assert (feed.location, feed.key_id, feed.name) == (
        "https://regulator.example/aipia/", fingerprint(key), "Regulator")
    assert (feed.checked_at, feed.index_version, feed.last_error) == (None, 0, None)
    with pytest.raises(DuplicateError, match="You already subscribe to the feed"):
        feeds.add("https://regulator.example/aipia", fingerprint(key))


def test_a_trusted_key_can_be_named_by_the_start_of_its_fingerprint(
    feeds: Feeds, key: Ed25519PrivateKey, tmp_path: Path,
) -> None:
    feeds.store.trust_key(fingerprint(key), signing.public_b64(key.public_key()), "Regulator")
    feed = feeds.add(str(tmp_path), fingerprint(key)[:12])
    assert feed.key_id == fingerprint(key) and feed.location == tmp_path.as_uri() + "/"


def test_a_partial_fingerprint_of_an_unknown_key_is_refused(feeds: Feeds, tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="Give the publisher's whole fingerprint"):
        feeds.add(str(tmp_path), "abcd1234")
    with pytest.raises(FeedError, match="is not a fingerprint"):
        feeds.add(str(tmp_path), "not hex")
    assert feeds.store.list_feeds() == []


@pytest.mark.parametrize(("location", "message"), [
    ("ftp://files.example/feed", "a feed is an https:// address or a folder"),
    ("https://user:secret@regulator.example/", "must not hold a user name or password"),
    ("https://regulator.example/feed?session=1", "has no '?' or '#' part"),
    ("file://server/share/feed", "a file:// feed must be on this computer"),
    ("/no/such/folder", "no such folder"),
])
def test_unusable_locations_are_refused(feeds: Feeds, key: Ed25519PrivateKey, location: str,
                                        message: str) -> None:
    with pytest.raises(FeedError, match=message.replace("?", r"\?")):
        feeds.add(location, fingerprint(key))


def test_a_feed_is_found_by_number_or_location_and_removed(
    feeds: Feeds, key: Ed25519PrivateKey, tmp_path: Path,
) -> None:
    feed = feeds.add(str(tmp_path), fingerprint(key))
    assert feeds.find(str(feed.id)) == feeds.find(str(tmp_path)) == feed
    assert feeds.remove(tmp_path.as_uri()) == feed
    with pytest.raises(NotFoundError, match="No feed is"):
        feeds.find(str(tmp_path))


def test_checking_at_start_up_is_off_until_turned_on_then_once_a_day(
    feeds: Feeds, key: Ed25519PrivateKey, tmp_path: Path,
) -> None:
    add_bundle(tmp_path / "bundles", V1, key, "v1")
    publish(tmp_path / "bundles", tmp_path / "feed", key)
    feed = feeds.add(str(tmp_path / "feed"), fingerprint(key))
    assert feeds.auto_check is False and feeds.due() == []
    feeds.set_auto_check(True)
    assert feeds.due() == [feed]
    feeds.check()
    checked = dt.datetime.fromisoformat(feeds.store.get_feed(feed.id).checked_at or "")
    assert feeds.due(checked + dt.timedelta(hours=23)) == []
    assert [f.id for f in feeds.due(checked + dt.timedelta(hours=24))] == [feed.id]


def test_the_feed_list_shows_the_last_check_without_the_network(
    feeds: Feeds, key: Ed25519PrivateKey, tmp_path: Path,
) -> None:
    add_bundle(tmp_path / "bundles", V1, key, "v1", {"en": "First."})
    publish(tmp_path / "bundles", tmp_path / "feed", key)
    feeds.add(str(tmp_path / "feed"), fingerprint(key))
    [never] = feeds.statuses()
    assert (never.index, never.offers, never.problem) == (None, [], None)
    feeds.check()
    (tmp_path / "feed" / "index.json").unlink()  # the folder is gone (a USB stick removed)
    [status] = feeds.statuses()
    assert status.index is not None and status.index.version == 1
    assert [(o.pack.id, o.pack.notes["en"]) for o in status.offers] == [
        ("org.aipia.test.upgrade", "First.")]
    [status] = feeds.statuses(today=status.index.expires + dt.timedelta(days=1))
    assert status.offers == [] and status.problem is not None and "expired" in status.problem


def test_the_stored_index_version_never_goes_down(feeds: Feeds, key: Ed25519PrivateKey,
                                                  tmp_path: Path) -> None:
    feed = feeds.add(str(tmp_path), fingerprint(key))
    assert feeds.store.record_feed_index(feed.id, 5, "a" * 64, "{}")
    assert not feeds.store.record_feed_index(feed.id, 4, "b" * 64, "{}")
    assert feeds.store.get_feed(feed.id).index_version == 5


def test_a_newer_version_of_an_installed_pack_is_an_update(
    feeds: Feeds, key: Ed25519PrivateKey, tmp_path: Path,
) -> None:
    for name, source in (("v1", V1), ("v2", V2)):
        add_bundle(tmp_path / "bundles", source, key, name)
    publish(tmp_path / "bundles", tmp_path / "feed", key)
    feeds.add(str(tmp_path / "feed"), fingerprint(key))
    [outcome] = feeds.check()
    assert [(o.pack.version, o.is_update) for o in outcome.offers] == [("2.0.0", False)]
    feeds.workspace.install_bundle(tmp_path / "bundles" / "v1.aipack", trust_signer=True)
    [outcome] = feeds.check()
    assert [(o.pack.version, o.installed) for o in outcome.offers] == [("2.0.0", "1.0.0")]

"""Publishing a feed: the signed index a regulator writes once, and what it refuses."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.hashing import sha256_hex
from app.packs.bundle_build import BuildError
from app.packs.feed import FeedError
from app.packs.feed.index import verify_index
from tests.core.upgradetools import V1, V2, edited
from tests.packs.feedtools import add_bundle, fingerprint, publish

DAY = dt.date(2026, 3, 1)
PACK_ID = "org.aipia.test.upgrade"


def read_index(feed: Path) -> tuple[bytes, bytes]:
    return (feed / "index.json").read_bytes(), (feed / "index.sig").read_bytes()


def test_a_feed_lists_every_bundle_with_size_hash_dates_and_notes(
    tmp_path: Path, key: Ed25519PrivateKey,
) -> None:
    bundles = tmp_path / "bundles"
    add_bundle(bundles, V1, key, "upgrade-1", {"en": "First release.", "ko": "첫 판."})
    v2 = add_bundle(bundles, V2, key, "upgrade-2", {"en": "Renames hosting."})
    result = publish(bundles, tmp_path / "feed", key, today=DAY, valid_days=30)
    index = result.index
    assert (index.version, index.issued, index.expires) == (1, DAY, dt.date(2026, 3, 31))
    assert [(p.id, p.version) for p in index.packs] == [(PACK_ID, "1.0.0"), (PACK_ID, "2.0.0")]
    second = index.packs[1]
    published = tmp_path / "feed" / second.file
    assert published.read_bytes() == v2.read_bytes()
    assert (second.size, second.sha256) == (len(v2.read_bytes()), sha256_hex(v2.read_bytes()))
    assert second.notes == {"en": "Renames hosting."}
    assert index.packs[0].notes == {"en": "First release.", "ko": "첫 판."}
    assert second.title == {"en": "Upgrade test pack", "ko": "업그레이드 시험 팩"}
    assert second.signer == fingerprint(key)
    raw, signature = read_index(tmp_path / "feed")
    assert verify_index(raw, signature, fingerprint(key), today=DAY).index == index


def test_publishing_again_raises_the_index_version(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    bundles, feed = tmp_path / "bundles", tmp_path / "feed"
    add_bundle(bundles, V1, key, "upgrade-1")
    assert publish(bundles, feed, key, today=DAY).index.version == 1
    first = read_index(feed)
    add_bundle(bundles, V2, key, "upgrade-2")
    assert publish(bundles, feed, key, today=DAY).index.version == 2
    with pytest.raises(FeedError, match="rollback refused: this index has version 1, older than"):
        verify_index(*first, fingerprint(key), seen_version=2, today=DAY)


def test_an_unsigned_bundle_is_not_published(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    bundles = tmp_path / "bundles"
    add_bundle(bundles, V1, None, "unsigned")
    with pytest.raises(BuildError, match="the bundle is not signed; a feed lists signed bundles"):
        publish(bundles, tmp_path / "feed", key)
    assert not (tmp_path / "feed" / "index.json").exists()


def test_a_feed_keeps_its_key(tmp_path: Path, key: Ed25519PrivateKey,
                              other_key: Ed25519PrivateKey) -> None:
    bundles, feed = tmp_path / "bundles", tmp_path / "feed"
    add_bundle(bundles, V1, key, "upgrade-1")
    publish(bundles, feed, key)
    before = read_index(feed)
    with pytest.raises(BuildError, match=r"is signed by another key .* subscribers trust that"):
        publish(bundles, feed, other_key)
    assert read_index(feed) == before


def test_a_changed_pack_under_a_published_version_is_refused(
    tmp_path: Path, key: Ed25519PrivateKey,
) -> None:
    bundles, feed = tmp_path / "bundles", tmp_path / "feed"
    add_bundle(bundles, V1, key, "upgrade-1")
    publish(bundles, feed, key)
    before = read_index(feed)
    changed = edited(V1, tmp_path / "changed", [("pack.yaml", "licence: CC0-1.0",
                                                 "licence: MIT")])
    add_bundle(bundles, changed, key, "upgrade-1")
    with pytest.raises(BuildError, match=r"already holds another bundle of .* needs a higher"):
        publish(bundles, feed, key)
    assert read_index(feed) == before


def test_the_same_pack_version_twice_is_refused(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    bundles = tmp_path / "bundles"
    add_bundle(bundles, V1, key, "a")
    add_bundle(bundles, V1, key, "b")
    with pytest.raises(BuildError, match=f"{PACK_ID} 1.0.0 is in two bundles"):
        publish(bundles, tmp_path / "feed", key)


def test_notes_must_name_a_language_and_stay_short(tmp_path: Path,
                                                   key: Ed25519PrivateKey) -> None:
    bundles = tmp_path / "bundles"
    add_bundle(bundles, V1, key, "upgrade-1", {"english": "x"})
    with pytest.raises(BuildError, match="'english' is not a language code like en or ko"):
        publish(bundles, tmp_path / "feed", key)
    (bundles / "upgrade-1.notes.english.txt").unlink()
    (bundles / "upgrade-1.notes.en.txt").write_text("x" * 4001, encoding="utf-8")
    with pytest.raises(BuildError, match="more than 4000 characters"):
        publish(bundles, tmp_path / "feed", key)


def test_an_empty_folder_says_how_to_make_bundles(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(BuildError, match=r"holds no \.aipack bundle; build them with 'aipia pack"):
        publish(tmp_path / "empty", tmp_path / "feed", key)


def test_the_index_is_plain_json_a_web_server_can_host(tmp_path: Path,
                                                       key: Ed25519PrivateKey) -> None:
    bundles, feed = tmp_path / "bundles", tmp_path / "feed"
    add_bundle(bundles, V1, key, "upgrade-1")
    publish(bundles, feed, key, today=DAY)
    data = json.loads((feed / "index.json").read_text(encoding="utf-8"))
    assert data["format"] == "aipia-pack-feed" and data["signer"]["key_id"] == fingerprint(key)
    assert sorted(p.name for p in feed.rglob("*") if p.is_file()) == [
        "index.json", "index.sig", f"{PACK_ID}-1.0.0.aipack"]

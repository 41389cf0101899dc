"""The trust store table: keys by fingerprint, names, removal."""

from __future__ import annotations

import pytest

from app.storage import NotFoundError, Store

KEY_ID = "ab" * 32
PUBLIC = "A" * 43 + "="


def test_a_trusted_key_is_listed_and_found(store: Store) -> None:
    added = store.trust_key(KEY_ID, PUBLIC, "Example regulator")
    assert (added.key_id, added.public_key, added.name) == (KEY_ID, PUBLIC, "Example regulator")
    assert store.list_trusted_keys() == [added]
    assert store.get_trusted_key(KEY_ID) == added
    assert store.get_trusted_key("cd" * 32) is None


def test_trusting_again_only_renames(store: Store) -> None:
    first = store.trust_key(KEY_ID, PUBLIC, "Old name")
    again = store.trust_key(KEY_ID, PUBLIC, "New name")
    assert again.name == "New name" and again.added_at == first.added_at
    assert len(store.list_trusted_keys()) == 1


@pytest.mark.parametrize(("key_id", "public"), [
    ("AB" * 32, PUBLIC), ("ab" * 31, PUBLIC), (KEY_ID, "not base64"), (KEY_ID, "A" * 44),
])
def test_malformed_keys_are_refused(store: Store, key_id: str, public: str) -> None:
    with pytest.raises(ValueError, match="key"):
        store.trust_key(key_id, public)
    assert store.list_trusted_keys() == []


def test_untrusting_removes_and_unknown_keys_are_reported(store: Store) -> None:
    store.trust_key(KEY_ID, PUBLIC)
    store.untrust_key(KEY_ID)
    assert store.list_trusted_keys() == []
    with pytest.raises(NotFoundError, match="not in the trust store"):
        store.untrust_key(KEY_ID)


def test_bundle_dates_are_kept_with_an_installed_pack(store: Store) -> None:
    pack = store.record_installed_pack(
        pack_id="org.x.p", version="1.0.0", content_hash="h", title={"en": "P"}, publisher="X",
        path="/p", source="bundle", verified=True, signer=KEY_ID,
        issued="2026-03-01", expires="2027-03-01")
    assert (pack.issued, pack.expires, pack.signer) == ("2026-03-01", "2027-03-01", KEY_ID)
    with pytest.raises(ValueError, match="date"):
        store.record_installed_pack(pack_id="org.x.p", version="1.0.1", content_hash="h",
                                    title={"en": "P"}, publisher="X", path="/p", source="bundle",
                                    verified=True, signer=KEY_ID, expires="next year")

"""The installed-pack register and settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.storage import NotFoundError, Store

from .helpers import TIMESTAMP


def record(store: Store, version: str = "1.0.0", **overrides: Any) -> Any:
    fields: dict[str, Any] = {
        "pack_id": "ai-pia",
        "version": version,
        "content_hash": "sha256:abc",
        "title": {"en": "AI PIA", "ko": "AI 개인정보 영향평가"},
        "publisher": "AIPIA",
        "path": Path("/packs/ai-pia/1.0.0"),
        "source": "bundle",
        "verified": True,
        "signer": "AIPIA release key",
    }
    fields.update(overrides)
    return store.record_installed_pack(**fields)


def test_record_round_trip(store: Store) -> None:
    pack = record(store)
    assert pack.pack_id == "ai-pia"
    assert pack.title == {"en": "AI PIA", "ko": "AI 개인정보 영향평가"}
    assert pack.path == Path("/packs/ai-pia/1.0.0")
    assert (pack.source, pack.verified, pack.signer) == ("bundle", True, "AIPIA release key")
    assert TIMESTAMP.match(pack.installed_at)
    assert store.get_installed_pack("ai-pia", "1.0.0") == pack
    assert store.list_installed_packs() == [pack]


def test_record_again_replaces(store: Store) -> None:
    record(store)
    again = record(store, source="folder", verified=False, signer=None, content_hash="sha256:z")
    assert store.list_installed_packs() == [again]
    assert (again.source, again.verified, again.signer) == ("folder", False, None)


def test_versions_are_separate(store: Store) -> None:
    record(store, "1.0.0")
    record(store, "1.1.0")
    assert [p.version for p in store.list_installed_packs()] == ["1.0.0", "1.1.0"]
    store.remove_installed_pack("ai-pia", "1.0.0")
    assert [p.version for p in store.list_installed_packs()] == ["1.1.0"]
    assert store.get_installed_pack("ai-pia", "1.0.0") is None


def test_remove_unknown(store: Store) -> None:
    with pytest.raises(NotFoundError, match="Pack nope 1 is not installed"):
        store.remove_installed_pack("nope", "1")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"source": "internet"}, "source must be one of builtin, folder, bundle"),
        ({"title": "AI PIA"}, "title must map language codes"),
        ({"pack_id": ""}, "pack id"),
    ],
)
def test_bad_input_is_refused(store: Store, overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        record(store, **overrides)
    assert store.list_installed_packs() == []


def test_settings_round_trip(store: Store) -> None:
    assert store.get_setting("ui.language") is None
    assert store.get_setting("ui.language", "en") == "en"
    store.set_setting("ui.language", "ko")
    store.set_setting("recent", [{"id": 1}, {"id": 2}])
    store.set_setting("ui.language", "en")
    assert store.get_setting("ui.language") == "en"
    assert store.get_setting("recent") == [{"id": 1}, {"id": 2}]


def test_setting_none_is_stored(store: Store) -> None:
    store.set_setting("last_org", None)
    assert store.get_setting("last_org", "default") is None


def test_setting_must_be_json(store: Store) -> None:
    with pytest.raises(ValueError, match="cannot be stored as JSON"):
        store.set_setting("when", object())

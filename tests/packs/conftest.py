"""Fixtures for bundle tests: throw-away keys, bundles of the upgrade fixture packs, a store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.packs import signing
from app.packs.bundle_build import build_bundle
from app.packs.catalog import PackCatalog
from app.storage import Store
from tests.core.upgradetools import V1, V2

FIXTURE_PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "packs"
PASSPHRASE = "correct horse battery"  # noqa: S105 - a throw-away test key
ISSUED = dt.date(2026, 3, 1)


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    """A throw-away publisher key pair in tmp_path (never a real key)."""
    path = tmp_path / "keys" / "publisher.key"
    path.parent.mkdir()
    signing.generate_key_pair(path, PASSPHRASE)
    return path


@pytest.fixture
def key(key_file: Path) -> Ed25519PrivateKey:
    return signing.load_private_key(key_file, PASSPHRASE)


@pytest.fixture
def other_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def bundles(tmp_path: Path, key: Ed25519PrivateKey) -> dict[str, Path]:
    """Signed bundles of the upgrade fixture pack, v1 and v2."""
    folder = tmp_path / "bundles"
    folder.mkdir()
    return {
        name: build_bundle(source, folder / f"upgrade-{name}.aipack", key,
                           issued=ISSUED).bundle.path
        for name, source in (("v1", V1), ("v2", V2))
    }


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir / "aipia.db") as opened:
        yield opened


@pytest.fixture
def catalog(store: Store) -> PackCatalog:
    return PackCatalog(store, FIXTURE_PACKS)


def trust(store: Store, key: Ed25519PrivateKey) -> None:
    public = key.public_key()
    store.trust_key(signing.fingerprint(public), signing.public_b64(public), "test publisher")

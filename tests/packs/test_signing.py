"""Publisher keys: generation, passphrases, fingerprints, signatures."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from app.packs import signing
from tests.packs.conftest import PASSPHRASE


def test_keygen_writes_an_encrypted_private_key_and_a_public_key(key_file: Path) -> None:
    public_file = key_file.with_name(key_file.name + ".pub")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in key_file.read_bytes()
    assert public_file.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    private = signing.load_private_key(key_file, PASSPHRASE)
    public = signing.load_public_key(public_file)
    assert signing.fingerprint(public) == signing.fingerprint(private.public_key())


def test_the_fingerprint_is_the_sha256_of_the_raw_key(key_file: Path) -> None:
    public = signing.load_private_key(key_file, PASSPHRASE).public_key()
    key_id = signing.fingerprint(public)
    assert key_id == hashlib.sha256(signing.raw_public(public)).hexdigest()
    grouped = signing.group(key_id)
    assert len(grouped.split(" ")) == 16 and grouped == grouped.upper()
    assert signing.normalise_fingerprint(grouped) == key_id
    assert signing.normalise_fingerprint(grouped.replace(" ", ":").lower()) == key_id


def test_a_wrong_passphrase_is_refused_without_detail(key_file: Path) -> None:
    with pytest.raises(signing.SigningKeyError, match="wrong passphrase"):
        signing.load_private_key(key_file, "not the passphrase")


def test_short_passphrases_and_existing_files_are_refused(tmp_path: Path, key_file: Path) -> None:
    with pytest.raises(signing.SigningKeyError, match="at least 8 characters"):
        signing.generate_key_pair(tmp_path / "short.key", "1234567")
    with pytest.raises(signing.SigningKeyError, match="already exists"):
        signing.generate_key_pair(key_file, PASSPHRASE)
    assert not (tmp_path / "short.key").exists()


def test_sign_and_verify_round_trip(key_file: Path) -> None:
    private = signing.load_private_key(key_file, PASSPHRASE)
    signature = signing.sign(private, b"bundle.json bytes")
    public = private.public_key()
    assert signing.verify(public, signature, b"bundle.json bytes")
    assert not signing.verify(public, signature, b"bundle.json bytes!")
    assert not signing.verify(public, signature[:-1], b"bundle.json bytes")
    assert not signing.verify(public, bytes(64), b"bundle.json bytes")


def test_public_keys_round_trip_through_base64(key_file: Path) -> None:
    public = signing.load_private_key(key_file, PASSPHRASE).public_key()
    again = signing.public_from_b64(signing.public_b64(public))
    assert signing.fingerprint(again) == signing.fingerprint(public)
    with pytest.raises(signing.SigningKeyError):
        signing.public_from_b64("not a key")


def test_a_private_key_file_is_not_a_public_key(key_file: Path) -> None:
    with pytest.raises(signing.SigningKeyError, match="not a PEM public key"):
        signing.load_public_key(key_file)

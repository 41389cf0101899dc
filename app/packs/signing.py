"""Ed25519 publisher keys: generating, storing, fingerprinting, signing, verifying.

A key's id is its **fingerprint**: the SHA-256 of the 32 raw public-key
bytes, in hex. People compare it in groups of four (``group``). Private keys
are kept as PKCS#8 PEM encrypted with a passphrase; public keys as
SubjectPublicKeyInfo PEM (``-----BEGIN PUBLIC KEY-----``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.core.errors import UserError

MIN_PASSPHRASE_LENGTH = 8
MAX_KEY_FILE_BYTES = 64 * 1024
PUBLIC_SUFFIX = ".pub"
FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")
SIGNATURE_BYTES = 64


class SigningKeyError(UserError):
    """A key file that cannot be used (wrong passphrase, not Ed25519, unreadable)."""


def fingerprint(public: Ed25519PublicKey) -> str:
    """The key id: SHA-256 of the raw public key, 64 lower-case hex digits."""
    return hashlib.sha256(raw_public(public)).hexdigest()


def group(key_id: str) -> str:
    """``3f2a9c1b...`` as ``3F2A 9C1B ...``: how people read and compare fingerprints."""
    return " ".join(key_id[i : i + 4] for i in range(0, len(key_id), 4)).upper()


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, spaces or colons) -> lower-case hex, no separators."""
    return re.sub(r"[\s:]", "", text).lower()


def raw_public(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_b64(public: Ed25519PublicKey) -> str:
    """The public key as base64 of its raw bytes (how bundles and the trust store keep it)."""
    return base64.b64encode(raw_public(public)).decode("ascii")


def public_from_b64(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as exc:
        raise SigningKeyError(f"not an Ed25519 public key: {exc}") from None


def public_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def check_passphrase(passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise SigningKeyError(
            f"the passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters")
    return passphrase.encode("utf-8")


def generate_key_pair(private_path: Path, passphrase: str) -> tuple[Path, str]:
    """Write a new encrypted private key and its public key (``<file>.pub``).

    Returns:
        The public key file and the key's fingerprint.

    Raises:
        SigningKeyError: a short passphrase, or a file that already exists.
    """
    secret = check_passphrase(passphrase)
    public_path = private_path.with_name(private_path.name + PUBLIC_SUFFIX)
    for path in (private_path, public_path):
        if path.exists():
            raise SigningKeyError(f"{path} already exists; choose another file name")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(secret),
    )
    _write_new(private_path, pem, 0o600)
    _write_new(public_path, public_pem(key.public_key()), 0o644)
    return public_path, fingerprint(key.public_key())


def _write_new(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _read_key_file(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise SigningKeyError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise SigningKeyError(f"{path} is too large to be a key file")
    return data


def load_private_key(path: Path, passphrase: str) -> Ed25519PrivateKey:
    """The private key in ``path``, decrypted with ``passphrase``."""
    data = _read_key_file(path)
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise SigningKeyError(
            f"cannot open the private key {path}: wrong passphrase, or not a private key "
            "written by 'aipia pack keygen'") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{path} is not an Ed25519 key")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """The public key in a PEM file (as written by ``aipia pack keygen``)."""
    return public_from_pem(_read_key_file(path), str(path))


def public_from_pem(data: bytes, name: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        raise SigningKeyError(f"{name} is not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SigningKeyError(f"{name} is not an Ed25519 public key")
    return key


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(public: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    """True when ``signature`` is ``public``'s signature of exactly ``data``."""
    if len(signature) != SIGNATURE_BYTES:
        return False
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return False
    return True

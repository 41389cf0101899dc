"""The keys whose signatures make a pack "verified": built in, and chosen by the user.

The AIPIA project's publisher key ships with the app (``resources/keys/*.pem``,
public keys only) and is always trusted. Users add further publishers' keys
(``aipia trust add``, or the packs dialog) and remove them again; a pack whose
signer is not (or no longer) trusted is shown as unverified.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app import paths
from app.core.errors import UserError
from app.packs import signing
from app.storage import Store

KEYS_FOLDER = "keys"
MIN_PREFIX = 8


class TrustError(UserError):
    """A key that cannot be added or removed; the message says why."""


@dataclass(frozen=True)
class KnownKey:
    key_id: str
    public_key: str  # base64 of the raw key
    name: str
    builtin: bool
    added_at: str | None = None

    @property
    def grouped(self) -> str:
        return signing.group(self.key_id)


def keys_dir() -> Path:
    return paths.resources_dir() / KEYS_FOLDER


def builtin_keys(folder: Path | None = None) -> list[KnownKey]:
    """The public keys that ship with the app (a damaged file is skipped)."""
    base = folder or keys_dir()
    found = []
    for path in sorted(base.glob("*.pem")) if base.is_dir() else []:
        try:
            public = signing.load_public_key(path)
        except signing.SigningKeyError:
            continue
        found.append(KnownKey(signing.fingerprint(public), signing.public_b64(public),
                              path.stem, builtin=True))
    return found


def trusted_keys(store: Store | None) -> dict[str, KnownKey]:
    """Every trusted key by key id: the built-in ones, then the user's."""
    keys = {key.key_id: key for key in builtin_keys()}
    for stored in store.list_trusted_keys() if store is not None else []:
        keys.setdefault(stored.key_id, KnownKey(stored.key_id, stored.public_key, stored.name,
                                                builtin=False, added_at=stored.added_at))
    return keys


def add_key(store: Store, public: Ed25519PublicKey, name: str = "") -> KnownKey:
    """Trust ``public`` (adding a key already trusted only renames it)."""
    key_id = signing.fingerprint(public)
    if key_id in {k.key_id for k in builtin_keys()}:
        return trusted_keys(store)[key_id]
    stored = store.trust_key(key_id, signing.public_b64(public), name.strip())
    return KnownKey(stored.key_id, stored.public_key, stored.name, False, stored.added_at)


def find_key(store: Store, fingerprint: str) -> KnownKey:
    """The trusted key whose fingerprint is, or starts with, ``fingerprint``."""
    wanted = signing.normalise_fingerprint(fingerprint)
    if len(wanted) < MIN_PREFIX or not all(c in "0123456789abcdef" for c in wanted):
        raise TrustError(f"'{fingerprint}' is not a fingerprint; give at least its first "
                         f"{MIN_PREFIX} hex digits (see 'aipia trust list')")
    matches = [k for k in trusted_keys(store).values() if k.key_id.startswith(wanted)]
    if not matches:
        raise TrustError(f"no trusted key has the fingerprint {signing.group(wanted)}")
    if len(matches) > 1:
        raise TrustError(f"several trusted keys start with {signing.group(wanted)}; give more "
                         "digits")
    return matches[0]


def remove_key(store: Store, fingerprint: str) -> KnownKey:
    """Stop trusting the key; the built-in publisher key cannot be removed."""
    key = find_key(store, fingerprint)
    if key.builtin:
        raise TrustError(f"{key.name} ({key.grouped}) is built into AIPIA and cannot be removed")
    store.untrust_key(key.key_id)
    return key

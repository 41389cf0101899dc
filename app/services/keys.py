"""Trusted publisher keys as use cases: list, read one from a file, trust, stop trusting."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.packs import signing, trust
from app.packs.bundle import BUNDLE_SUFFIX, read_bundle
from app.services.base import WorkspaceBase
from app.services.events import Topic


class UnsignedBundle(signing.SigningKeyError):
    """A bundle without a signature: there is no key in it to trust."""


class KeysMixin(WorkspaceBase):
    def trusted_keys(self) -> list[trust.KnownKey]:
        """The built-in keys first, then those the user added."""
        return list(trust.trusted_keys(self.store).values())

    def read_public_key(self, path: Path) -> Ed25519PublicKey:
        """The key in a public-key file, or the signer's key of a (verified) bundle.

        Raises:
            SigningKeyError: not a usable key, or the bundle is not signed.
            BundleError: a damaged or tampered-with bundle.
        """
        if path.suffix != BUNDLE_SUFFIX:
            return signing.load_public_key(path)
        bundle = read_bundle(path, {})
        if bundle.public_key is None:
            raise UnsignedBundle(f"{path} is not signed: there is no key to trust")
        return signing.public_from_b64(bundle.public_key)

    def trust_key(self, public: Ed25519PublicKey, name: str = "") -> trust.KnownKey:
        """Trust ``public``: packs it signed count as verified from now on."""
        key = trust.add_key(self.store, public, name)
        self._changed(Topic.TRUST)
        return key

    def untrust_key(self, fingerprint: str) -> trust.KnownKey:
        """Stop trusting the key with ``fingerprint`` (or its first 8+ hex digits)."""
        key = trust.remove_key(self.store, fingerprint)
        self._changed(Topic.TRUST)
        return key


grouped = signing.group  # a fingerprint in groups of four: ``3F2A 9C1B ...``


def fingerprint_of(public: Ed25519PublicKey) -> str:
    """The key's fingerprint in groups of four (``3F2A 9C1B ...``)."""
    return grouped(signing.fingerprint(public))

"""Sealed exchange files: scrypt + AES-GCM; a wrong passphrase or one changed byte opens nothing."""

from __future__ import annotations

import pytest

from app.core import envelope


def test_sealed_bytes_open_with_the_passphrase_only() -> None:
    data = b"PK\x03\x04 client data " * 100
    sealed = envelope.seal(data, "correct horse 배터리")
    assert envelope.is_sealed(sealed) and data not in sealed
    assert envelope.open_sealed(sealed, "correct horse 배터리") == data
    with pytest.raises(envelope.EnvelopeError, match="passphrase is wrong"):
        envelope.open_sealed(sealed, "correct horse battery")


@pytest.mark.parametrize("where", [0.5, -1, 8, 30])
def test_one_changed_byte_anywhere_opens_nothing(where: float) -> None:
    sealed = bytearray(envelope.seal(b"answers", "a long passphrase"))
    at = int(len(sealed) * where) if isinstance(where, float) else where
    sealed[at] ^= 0x01
    with pytest.raises(envelope.EnvelopeError):
        envelope.open_sealed(bytes(sealed), "a long passphrase")


def test_a_forged_header_cannot_ask_for_huge_memory() -> None:
    sealed = bytearray(envelope.seal(b"x", "a long passphrase"))
    sealed[9] = 30  # log2(N): 2**30 * 128 * 8 bytes of scrypt memory
    with pytest.raises(envelope.EnvelopeError, match="outside what AIPIA uses"):
        envelope.open_sealed(bytes(sealed), "a long passphrase")


def test_a_short_passphrase_is_refused() -> None:
    with pytest.raises(envelope.EnvelopeError, match="at least 8 characters"):
        envelope.seal(b"x", "short")

"""Sealing bytes with a passphrase: scrypt derives the key, AES-256-GCM encrypts (pure).

For exchange files sent by e-mail (SECURITY.md, "Attachments and exchange
files"). The header (magic, version, scrypt cost, salt, nonce) is
authenticated with the content, so a wrong passphrase and a changed byte
anywhere both fail the same way and nothing is returned. A hostile header
cannot ask for more than :data:`MAX_LOG2_N` (128 MB of memory with r = 8).
"""

from __future__ import annotations

import os
import struct
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.core.envelope_wording import ENVELOPE_MESSAGES
from app.core.errors import UserError

MAGIC = b"AIPIAENC"
VERSION = 1
LOG2_N = 15  # 32 MB and about a tenth of a second per key
R = 8
P = 1
MIN_LOG2_N, MAX_LOG2_N = 14, 17
SALT_BYTES = 16
NONCE_BYTES = 12
HEADER = struct.Struct(f"<8sBBBB{SALT_BYTES}s{NONCE_BYTES}s")
MIN_PASSPHRASE = 8


class EnvelopeError(UserError, ValueError):
    """The bytes cannot be sealed or opened; the message says why and what to do.

    ``code`` names the problem; :meth:`text` says it in en, ko, fr, it or pt-BR.
    """

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        text = ENVELOPE_MESSAGES.get(lang, ENVELOPE_MESSAGES["en"])[self.code]
        for key, value in self.params.items():
            text = text.replace("{" + key + "}", value)
        return text


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def check_passphrase(passphrase: str) -> str:
    """The passphrase in NFC form; refused when shorter than :data:`MIN_PASSPHRASE`."""
    clean = unicodedata.normalize("NFC", passphrase)
    if len(clean) < MIN_PASSPHRASE:
        raise EnvelopeError("too_short", min=str(MIN_PASSPHRASE))
    return clean


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    clean = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(clean)


def seal(data: bytes, passphrase: str) -> bytes:
    """``data`` encrypted and authenticated under ``passphrase``."""
    clean = check_passphrase(passphrase)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = HEADER.pack(MAGIC, VERSION, LOG2_N, R, P, salt, nonce)
    return header + AESGCM(_key(clean, salt, LOG2_N, R, P)).encrypt(nonce, data, header)


def open_sealed(sealed: bytes, passphrase: str) -> bytes:
    """The original bytes, or :class:`EnvelopeError` (wrong passphrase or changed file)."""
    if len(sealed) < HEADER.size + 16 or not is_sealed(sealed):
        raise EnvelopeError("not_sealed")
    _magic, version, log2_n, r, p, salt, nonce = HEADER.unpack_from(sealed)
    if version != VERSION:
        raise EnvelopeError("newer", version=str(version))
    if not (MIN_LOG2_N <= log2_n <= MAX_LOG2_N and 1 <= r <= R and 1 <= p <= 2):
        raise EnvelopeError("bad_settings")
    header = sealed[: HEADER.size]
    try:
        key = _key(passphrase, salt, log2_n, r, p)
        return AESGCM(key).decrypt(nonce, sealed[HEADER.size:], header)
    except InvalidTag:
        raise EnvelopeError("wrong") from None

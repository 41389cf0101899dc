"""Pack bundles (``.aipack``): a zip holding a signed manifest and a pack's files.

Layout::

    bundle.json    the manifest: format, pack id and version, issue date, optional
                   expiry, the signer (key id and public key), a SHA-256 per file
    bundle.sig     base64 of the Ed25519 signature over the exact bytes of bundle.json
                   (absent in an unsigned bundle, whose manifest names no signer)
    pack/...       pack.yaml, the module files, and optionally report_template/...

:func:`read_bundle` reads the zip within the limits of ``zip_reader``, then
checks the signature and every file's hash, all before any YAML or template is
parsed. The result says whether the signer is trusted, unknown, or absent.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from app.core.errors import UserError
from app.core.hashing import sha256_hex
from app.core.model.common import PACK_ID_PATTERN, VERSION_PATTERN
from app.core.quoting import quoted, shown
from app.packs import signing
from app.packs.zip_reader import ZipRefused, name_problem, read_entries

BUNDLE_SUFFIX = ".aipack"
MANIFEST_ENTRY = "bundle.json"
SIGNATURE_ENTRY = "bundle.sig"
PACK_PREFIX = "pack/"
TEMPLATE_FOLDER = "report_template"
BUNDLE_FORMAT = "aipia-pack-bundle"
BUNDLE_FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 1024


class BundleError(UserError):
    """A bundle that cannot be used: damaged, tampered with, or not a bundle. Nothing was used."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message


class SignerStatus(StrEnum):
    TRUSTED = "trusted"  # a valid signature by a key in the trust store
    UNKNOWN = "unknown"  # a valid signature by a key the user does not trust (yet)
    UNSIGNED = "unsigned"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BundleSigner(_Strict):
    key_id: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the raw public key.")
    public_key: str = Field(pattern=r"^[A-Za-z0-9+/]{43}=$", description="Raw key, base64.")


class BundlePack(_Strict):
    id: str = Field(pattern=PACK_ID_PATTERN, max_length=200)
    version: str = Field(pattern=VERSION_PATTERN)


class BundleManifest(_Strict):
    """The contents of ``bundle.json``."""

    format: Literal["aipia-pack-bundle"]
    format_version: Literal[1]
    pack: BundlePack
    issued: dt.date
    expires: dt.date | None = None
    signer: BundleSigner | None = None
    files: dict[str, Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]] = Field(
        min_length=1)


@dataclass(frozen=True)
class Bundle:
    """A bundle whose signature (if any) and every file hash checked out."""

    path: Path
    manifest: BundleManifest
    files: Mapping[str, bytes]  # relative to pack/, e.g. "pack.yaml", "report_template/x.css"
    status: SignerStatus

    @property
    def pack_id(self) -> str:
        return self.manifest.pack.id

    @property
    def version(self) -> str:
        return self.manifest.pack.version

    @property
    def key_id(self) -> str | None:
        return self.manifest.signer.key_id if self.manifest.signer else None

    @property
    def public_key(self) -> str | None:
        return self.manifest.signer.public_key if self.manifest.signer else None

    @property
    def has_template(self) -> bool:
        return any(name.startswith(TEMPLATE_FOLDER + "/") for name in self.files)

    def expired(self, today: dt.date | None = None) -> bool:
        expires = self.manifest.expires
        return expires is not None and expires < (today or dt.date.today())


def read_bundle(path: Path, trusted: Mapping[str, object]) -> Bundle:
    """Read and verify the bundle at ``path``; ``trusted`` holds the trusted key ids.

    Raises:
        BundleError: anything wrong with the zip, the manifest, the signature
            or a file; the message says what and where.
    """
    try:
        entries = read_entries(path)
    except ZipRefused as exc:
        raise BundleError(path, f"refused: {exc}") from None
    return verify_entries(path, entries, trusted)


def verify_entries(
    path: Path, entries: Mapping[str, bytes], trusted: Mapping[str, object]
) -> Bundle:
    """Check the signature, then the manifest, then every hash of already-read entries.

    The signature is checked before the manifest's content is interpreted, so
    a changed byte anywhere in ``bundle.json`` reads "signature invalid".
    """
    manifest_bytes = entries.get(MANIFEST_ENTRY)
    if manifest_bytes is None:
        raise BundleError(path, f"not an AIPIA pack bundle: it has no {MANIFEST_ENTRY}")
    signature = entries.get(SIGNATURE_ENTRY)
    data = _parse_json(path, manifest_bytes, signed=signature is not None)
    status = _check_signature(path, data.get("signer"), manifest_bytes, signature, trusted)
    manifest = _validate_manifest(path, data)
    files = _check_files(path, manifest, entries, signed=status is not SignerStatus.UNSIGNED)
    return Bundle(path, manifest, files, status)


def _parse_json(path: Path, raw: bytes, *, signed: bool) -> dict[str, object]:
    if len(raw) > MAX_MANIFEST_BYTES:
        raise BundleError(path, f"{MANIFEST_ENTRY} is larger than 1 MB")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        why = "signature invalid: " if signed else ""
        raise BundleError(path, f"{why}{MANIFEST_ENTRY} is not a JSON object")
    return data


def _validate_manifest(path: Path, data: Mapping[str, object]) -> BundleManifest:
    try:
        return BundleManifest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = shown(".".join(str(p) for p in first["loc"]) or "manifest")
        raise BundleError(path, f"{MANIFEST_ENTRY}: {where}: {first['msg']}") from None


def _check_signature(
    path: Path, signer: object, manifest_bytes: bytes, signature: bytes | None,
    trusted: Mapping[str, object],
) -> SignerStatus:
    if signer is None:
        if signature is not None:
            raise BundleError(path, f"{SIGNATURE_ENTRY} is present but {MANIFEST_ENTRY} names "
                                    "no signer (tampered with?)")
        return SignerStatus.UNSIGNED
    if signature is None:
        raise BundleError(path, f"signature missing: {MANIFEST_ENTRY} names a signer but the "
                                f"bundle has no {SIGNATURE_ENTRY}")
    problem = signature_problem(signer, manifest_bytes, signature,
                                (MANIFEST_ENTRY, SIGNATURE_ENTRY))
    if problem:
        raise BundleError(path, problem)
    key_id, _public = _signer_fields(signer)
    return SignerStatus.TRUSTED if key_id in trusted else SignerStatus.UNKNOWN


def signature_problem(
    signer: object, data: bytes, signature: bytes, names: tuple[str, str]
) -> str | None:
    """Why ``signature`` is not a valid signature of ``data`` by ``signer`` (None: it is).

    ``signer`` is the untrusted ``{"key_id", "public_key"}`` object of a signed
    JSON file; ``names`` are the signed file's and the signature file's names.
    """
    key_id, public_text = _signer_fields(signer)
    try:
        public = signing.public_from_b64(public_text)
    except signing.SigningKeyError:
        return "signature invalid: the signer's public key is damaged"
    if signing.fingerprint(public) != key_id:
        return "signature invalid: the signer's public key does not match its key id"
    if not signing.verify(public, _decode_signature(signature), data):
        return f"signature invalid: {names[0]} or {names[1]} was changed after signing"
    return None


def _signer_fields(signer: object) -> tuple[str, str]:
    if isinstance(signer, dict):
        key_id, public = signer.get("key_id"), signer.get("public_key")
        if isinstance(key_id, str) and isinstance(public, str):
            return key_id, public
    return "", ""


def _decode_signature(raw: bytes) -> bytes:
    if len(raw) > MAX_SIGNATURE_BYTES:
        return b""
    try:
        return base64.b64decode(raw.strip(), validate=True)
    except (binascii.Error, ValueError):
        return b""


def _check_files(
    path: Path, manifest: BundleManifest, entries: Mapping[str, bytes], *, signed: bool
) -> dict[str, bytes]:
    broken = "signature invalid" if signed else "bundle damaged"
    listed = manifest.files
    for name in listed:
        problem = name_problem(name)
        if problem or not name.startswith(PACK_PREFIX) or name.endswith("/"):
            why = f" (it {problem})" if problem else ""
            raise BundleError(path, f"{MANIFEST_ENTRY} lists {quoted(name)}, which is not a file "
                                    f"under {PACK_PREFIX}{why}")
    extra = sorted(set(entries) - set(listed) - {MANIFEST_ENTRY, SIGNATURE_ENTRY})
    if extra:
        raise BundleError(path, f"{broken}: {extra[0]} is in the bundle but not in "
                                f"{MANIFEST_ENTRY} (added after signing?)")
    missing = sorted(set(listed) - set(entries))
    if missing:
        raise BundleError(path, f"{broken}: {missing[0]} is listed in {MANIFEST_ENTRY} but "
                                "missing from the bundle")
    for name, digest in sorted(listed.items()):
        if sha256_hex(entries[name]) != digest.lower():
            raise BundleError(path, f"{broken}: {name} does not match its SHA-256 in "
                                    f"{MANIFEST_ENTRY} (changed after signing?)")
    if PACK_PREFIX + "pack.yaml" not in listed:
        raise BundleError(path, f"the bundle holds no {PACK_PREFIX}pack.yaml")
    return {name[len(PACK_PREFIX):]: entries[name] for name in sorted(listed)}

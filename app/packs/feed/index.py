"""The feed index (``index.json`` + ``index.sig``): its model, and verifying one.

:func:`verify_index` checks, in this order: the size, that the expected key
signed the exact bytes (before the content is interpreted), the content, that
the version is not older than the last one seen (rollback) nor the same with
other content, and that the index has not expired (freeze).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from app.core.hashing import sha256_hex
from app.core.model import version_key
from app.core.model.common import LANG_PATTERN, PACK_ID_PATTERN, VERSION_PATTERN
from app.packs import signing, zip_reader
from app.packs.bundle import BundleSigner, signature_problem
from app.packs.feed import FeedError

FEED_FORMAT = "aipia-pack-feed"
INDEX_NAME = "index.json"
SIGNATURE_NAME = "index.sig"
BUNDLES_FOLDER = "bundles"
MAX_INDEX_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 1024
MAX_PACKS = 500
MAX_NOTES_CHARS = 4000
MAX_TITLE_CHARS = 300
MAX_INDEX_VERSION = 2**53  # exact in every JSON reader
FILE_PATTERN = r"^bundles/[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.aipack$"
HEX64 = r"^[0-9a-f]{64}$"

Lang = Annotated[str, StringConstraints(pattern=LANG_PATTERN)]
Notes = Annotated[str, StringConstraints(max_length=MAX_NOTES_CHARS)]
Title = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TITLE_CHARS)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedPack(_Strict):
    """One pack version the feed offers, and what its bundle must be."""

    id: str = Field(pattern=PACK_ID_PATTERN, max_length=200)
    version: str = Field(pattern=VERSION_PATTERN)
    file: str = Field(pattern=FILE_PATTERN, description="The bundle, relative to the feed.")
    size: int = Field(ge=1, le=zip_reader.MAX_FILE_BYTES, description="The bundle's bytes.")
    sha256: str = Field(pattern=HEX64)
    issued: dt.date
    expires: dt.date | None = None
    signer: str = Field(pattern=HEX64, description="The key id that signed the bundle.")
    title: dict[Lang, Title] = Field(min_length=1)
    notes: dict[Lang, Notes] = Field(default_factory=dict, description="Release notes.")

    def text(self, field: Mapping[str, str], language: str) -> str:
        """``field`` (the title or the notes) in ``language``, else English, else any."""
        return field.get(language) or field.get("en") or next(iter(field.values()), "")


class FeedIndex(_Strict):
    """The contents of ``index.json``."""

    format: Literal["aipia-pack-feed"]
    format_version: Literal[1]
    version: int = Field(ge=1, le=MAX_INDEX_VERSION)
    issued: dt.date
    expires: dt.date
    signer: BundleSigner
    packs: list[FeedPack] = Field(max_length=MAX_PACKS)

    @model_validator(mode="after")
    def _consistent(self) -> FeedIndex:
        if self.expires < self.issued:
            raise ValueError("expires is before issued")
        seen: set[object] = set()
        for pack in self.packs:
            for key in ((pack.id, pack.version), pack.file):
                if key in seen:
                    raise ValueError(f"{pack.id} {pack.version} ({pack.file}) is listed twice")
                seen.add(key)
        return self

    def newest(self) -> dict[str, FeedPack]:
        """The highest version the feed offers of each pack id."""
        found: dict[str, FeedPack] = {}
        for pack in self.packs:
            best = found.get(pack.id)
            if best is None or version_key(pack.version) > version_key(best.version):
                found[pack.id] = pack
        return found


@dataclass(frozen=True)
class VerifiedIndex:
    """An index whose signature, content, version and expiry checked out."""

    index: FeedIndex
    raw: bytes
    sha256: str


def verify_index(
    raw: bytes, signature: bytes, key_id: str, *, seen_version: int = 0,
    seen_hash: str | None = None, today: dt.date | None = None,
) -> VerifiedIndex:
    """Check an index fetched from a feed subscribed to with the key ``key_id``.

    Raises:
        FeedError: the message says what is wrong; nothing in it is used.
    """
    if len(raw) > MAX_INDEX_BYTES:
        raise FeedError(f"{INDEX_NAME} is larger than {MAX_INDEX_BYTES // 1024} KB")
    data = _parse(raw)
    _check_signer(data.get("signer"), raw, signature, key_id)
    index = _validate(data)
    digest = sha256_hex(raw)
    _check_version(index.version, digest, seen_version, seen_hash)
    day = today or dt.date.today()
    if index.expires < day:
        raise FeedError(
            f"the feed's index expired on {index.expires.isoformat()}, so it is not trusted: "
            "the publisher has not re-signed it, or a mirror is serving an old copy. Nothing "
            "was installed; tell the publisher if this lasts")
    return VerifiedIndex(index, raw, digest)


def _parse(raw: bytes) -> dict[str, object]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        raise FeedError(f"signature invalid: {INDEX_NAME} is not a JSON object (damaged, or "
                        "not an AIPIA feed)")
    return data


def _check_signer(signer: object, raw: bytes, signature: bytes, key_id: str) -> None:
    claimed = signer.get("key_id") if isinstance(signer, dict) else None
    if claimed != key_id:
        shown = signing.group(claimed) if isinstance(claimed, str) and len(claimed) < 80 \
            else "no valid key"
        raise FeedError(
            f"the index is signed by {shown}, not by the key you subscribed with "
            f"({signing.group(key_id)}); refused. Compare the fingerprint with the publisher's")
    if len(signature) > MAX_SIGNATURE_BYTES:
        signature = b""
    problem = signature_problem(signer, raw, signature, (INDEX_NAME, SIGNATURE_NAME))
    if problem:
        raise FeedError(problem)


def _validate(data: Mapping[str, object]) -> FeedIndex:
    try:
        return FeedIndex.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "index"
        raise FeedError(f"{INDEX_NAME}: {where}: {first['msg']}"[:300]) from None


def _check_version(version: int, digest: str, seen_version: int, seen_hash: str | None) -> None:
    if version < seen_version:
        raise FeedError(
            f"rollback refused: this index has version {version}, older than version "
            f"{seen_version} seen before (an old copy replayed by a mirror?)")
    if version == seen_version and seen_hash is not None and digest != seen_hash:
        raise FeedError(
            f"the index has version {version}, seen before with other content; refused (a "
            "changed index needs a higher version)")

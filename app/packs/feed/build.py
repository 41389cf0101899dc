"""Publishing a feed (``aipia feed build``): index a folder of bundles, sign, write.

Every bundle is verified (signature, hashes) and its pack loaded before it is
listed; release notes come from plain-text files next to it
(``NAME.notes.en.txt``, ``NAME.notes.ko.txt``). The index version is one more
than the one already in the output folder, so publishing again never looks
like a rollback to subscribers. The index is read back through
:func:`verify_index` before it is put in place: a feed that builds verifies.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import ValidationError

from app.core.hashing import sha256_hex
from app.core.model.common import LANG_PATTERN
from app.packs import signing
from app.packs.bundle import BUNDLE_SUFFIX, BundleError, SignerStatus
from app.packs.bundle_build import BuildError
from app.packs.feed import FeedError
from app.packs.feed.index import (
    BUNDLES_FOLDER,
    FEED_FORMAT,
    INDEX_NAME,
    MAX_NOTES_CHARS,
    SIGNATURE_NAME,
    FeedIndex,
    FeedPack,
    verify_index,
)
from app.packs.source import read_pack_source

DEFAULT_VALID_DAYS = 90
MAX_VALID_DAYS = 3660
NOTES_INFIX = ".notes."
NOTES_SUFFIX = ".txt"


@dataclass(frozen=True)
class FeedBuildResult:
    index: FeedIndex
    folder: Path


def build_feed(source: Path, output: Path, key: Ed25519PrivateKey, *,
               valid_days: int = DEFAULT_VALID_DAYS, today: dt.date | None = None
               ) -> FeedBuildResult:
    """Write the feed of the bundles in ``source`` to ``output``, signed with ``key``.

    Raises:
        BuildError: no bundle, an unsigned or broken bundle, a pack listed twice,
            a changed bundle under a version already published, bad notes.
    """
    if not 1 <= valid_days <= MAX_VALID_DAYS:
        raise BuildError(f"--valid-days must be between 1 and {MAX_VALID_DAYS}")
    paths = sorted(source.glob("*" + BUNDLE_SUFFIX))
    if not paths:
        raise BuildError(f"{source} holds no {BUNDLE_SUFFIX} bundle; build them with "
                         "'aipia pack build' first")
    key_id = signing.fingerprint(key.public_key())
    version = _previous_version(output, key_id) + 1
    listed = [_listed(path) for path in paths]
    _refuse_twice([pack for pack, _ in listed])
    day = today or dt.date.today()
    raw = _index_bytes(key, version, day, day + dt.timedelta(days=valid_days),
                       [pack for pack, _ in listed])
    signature = base64.b64encode(signing.sign(key, raw)) + b"\n"
    try:
        verified = verify_index(raw, signature, key_id, today=day)
    except FeedError as exc:
        raise BuildError(f"the index did not verify after signing: {exc}") from None
    for pack, data in listed:
        _refuse_changed(output, pack, data)
    for pack, data in listed:
        (output / pack.file).parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(output / pack.file, data)
    _write_atomic(output / SIGNATURE_NAME, signature)
    _write_atomic(output / INDEX_NAME, raw)
    return FeedBuildResult(verified.index, output)


def _previous_version(output: Path, key_id: str) -> int:
    """The version of the index already in ``output`` (0 if none), signed by the same key."""
    path = output / INDEX_NAME
    if not path.is_file():
        return 0
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        version, signer = data["version"], data["signer"]["key_id"]
    except (OSError, ValueError, KeyError, TypeError):
        raise BuildError(f"cannot read the version of the existing {path}; restore the "
                         "published copy, or publish in a new folder") from None
    if not isinstance(version, int) or version < 0:
        raise BuildError(f"{path} has no valid version number")
    if signer != key_id:
        raise BuildError(f"{path} is signed by another key ({signing.group(str(signer))}); "
                         "subscribers trust that key, so sign with it (or publish a new feed "
                         "in another folder, which users must subscribe to again)")
    return version


def _listed(path: Path) -> tuple[FeedPack, bytes]:
    """The index entry of the bundle at ``path``, and the bundle's bytes."""
    try:
        source = read_pack_source(path, {})
    except BundleError as exc:
        raise BuildError(str(exc)) from None
    bundle = source.bundle
    pack = source.result.pack
    assert bundle is not None  # noqa: S101 - a file, so a bundle
    if bundle.status is SignerStatus.UNSIGNED or bundle.key_id is None:
        raise BuildError(f"{path}: the bundle is not signed; a feed lists signed bundles only")
    if pack is None or (pack.id, pack.version) != (bundle.pack_id, bundle.version):
        raise BuildError(f"{path}: the pack inside has errors; check it with "
                         "'aipia pack verify'", source.result.errors)
    data = path.read_bytes()
    entry = {
        "id": pack.id, "version": pack.version,
        "file": f"{BUNDLES_FOLDER}/{pack.id}-{pack.version}{BUNDLE_SUFFIX}",
        "size": len(data), "sha256": sha256_hex(data),
        "issued": bundle.manifest.issued, "expires": bundle.manifest.expires,
        "signer": bundle.key_id, "title": dict(pack.manifest.title.root),
        "notes": release_notes(path),
    }
    try:
        return FeedPack.model_validate(entry), data
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise BuildError(f"{path}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None


def release_notes(bundle: Path) -> dict[str, str]:
    """``{language: text}`` from ``NAME.notes.LANG.txt`` files next to ``NAME.aipack``."""
    notes: dict[str, str] = {}
    prefix = bundle.name.removesuffix(BUNDLE_SUFFIX) + NOTES_INFIX
    for path in sorted(bundle.parent.glob(prefix + "*" + NOTES_SUFFIX)):
        language = path.name[len(prefix):-len(NOTES_SUFFIX)]
        try:
            text = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise BuildError(f"cannot read {path} as UTF-8 text: {exc}") from None
        if len(text) > MAX_NOTES_CHARS:
            raise BuildError(f"{path} has more than {MAX_NOTES_CHARS} characters; shorten it "
                             "and link to the full notes")
        notes[language] = text
    wrong = [language for language in notes if not re.fullmatch(LANG_PATTERN, language)]
    if wrong:
        raise BuildError(f"{bundle.parent / (prefix + wrong[0] + NOTES_SUFFIX)}: '{wrong[0]}' "
                         "is not a language code like en or ko")
    return notes


def _refuse_twice(packs: list[FeedPack]) -> None:
    seen: set[tuple[str, str]] = set()
    for pack in packs:
        if (pack.id, pack.version) in seen:
            raise BuildError(f"{pack.id} {pack.version} is in two bundles; keep one")
        seen.add((pack.id, pack.version))


def _index_bytes(key: Ed25519PrivateKey, version: int, issued: dt.date, expires: dt.date,
                 packs: list[FeedPack]) -> bytes:
    public = key.public_key()
    data: dict[str, Any] = {
        "format": FEED_FORMAT, "format_version": 1, "version": version,
        "issued": issued.isoformat(), "expires": expires.isoformat(),
        "signer": {"key_id": signing.fingerprint(public), "public_key": signing.public_b64(public)},
        "packs": [pack.model_dump(mode="json") for pack in packs],
    }
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _refuse_changed(output: Path, pack: FeedPack, data: bytes) -> None:
    target = output / pack.file
    if target.is_file() and target.read_bytes() != data:
        raise BuildError(f"{target} already holds another bundle of {pack.id} {pack.version}; "
                         "a changed pack needs a higher version")


def _write_atomic(target: Path, data: bytes) -> None:
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    finally:
        Path(temp).unlink(missing_ok=True)

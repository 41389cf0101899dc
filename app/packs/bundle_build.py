"""Building a pack bundle (``aipia pack build``): check, hash, sign, zip.

Only a pack that loads without errors is bundled, and only its manifest, its
module files and, if present, its ``report_template/`` folder go in — the same
files the loader reads. The bundle is read back through :func:`read_bundle`
before it is put in place, so a bundle that builds is a bundle that verifies.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.diagnostics import Diagnostic
from app.core.errors import UserError
from app.core.hashing import sha256_hex
from app.core.loader import MANIFEST_NAME, load_pack
from app.core.regular_files import FileRefused, files_under, read_regular, real_folder
from app.packs import signing, zip_reader
from app.packs.bundle import (
    BUNDLE_FORMAT,
    BUNDLE_FORMAT_VERSION,
    MANIFEST_ENTRY,
    PACK_PREFIX,
    SIGNATURE_ENTRY,
    TEMPLATE_FOLDER,
    Bundle,
    BundleError,
    read_bundle,
)

TEMPLATE_REQUIRED = ("report.html", "wording/en.json")  # or the older translations.json
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same input gives the same bytes


class BuildError(UserError):
    """The pack cannot be bundled; ``diagnostics`` lists the pack's errors, if any."""

    def __init__(self, message: str, diagnostics: list[Diagnostic] | None = None) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics or []


@dataclass
class BuildResult:
    bundle: Bundle
    warnings: list[Diagnostic] = field(default_factory=list)


def build_bundle(
    folder: Path,
    output: Path,
    key: Ed25519PrivateKey | None,
    *,
    issued: dt.date | None = None,
    expires: dt.date | None = None,
) -> BuildResult:
    """Bundle the pack in ``folder`` into ``output``, signed with ``key`` (None: unsigned)."""
    result = load_pack(folder)
    if result.pack is None:
        raise BuildError(f"{folder}: the pack has errors; fix them first", result.errors)
    files = pack_files(folder, result.pack.manifest.modules, result.files)
    day = issued or dt.date.today()
    if expires is not None and expires <= day:
        raise BuildError(f"the expiry date {expires} is not after the issue date {day}")
    manifest = _manifest(result.pack.id, result.pack.version, issued=day, expires=expires,
                         files=files, key=key)
    entries = {MANIFEST_ENTRY: manifest}
    if key is not None:
        entries[SIGNATURE_ENTRY] = _signature(key, manifest)
    entries |= {PACK_PREFIX + name: data for name, data in files.items()}
    trusted = {} if key is None else {signing.fingerprint(key.public_key()): True}
    bundle = _write_zip(entries, output, trusted)
    return BuildResult(bundle, result.warnings)


def pack_files(
    folder: Path, modules: tuple[str, ...], loaded: Mapping[str, bytes] | None = None
) -> dict[str, bytes]:
    """The files a bundle carries, by their name relative to the pack folder.

    ``loaded``: the bytes the loader checked, used as they are (else read again).
    Links, FIFOs and other special files are refused, never followed or read.
    """
    names = [MANIFEST_NAME, *modules]
    files = {name: loaded[name] if loaded and name in loaded else _read(folder, name)
             for name in names}
    if _real_folder(folder, TEMPLATE_FOLDER):
        files |= _template_files(folder)
    if len(files) + 2 > zip_reader.MAX_ENTRIES:
        raise BuildError(f"a bundle holds at most {zip_reader.MAX_ENTRIES - 2} files")
    if sum(len(data) for data in files.values()) > zip_reader.MAX_TOTAL_BYTES:
        raise BuildError(f"the pack's files add up to more than "
                         f"{zip_reader.MAX_TOTAL_BYTES // 2**20} MB")
    return files


def _template_files(folder: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    try:
        names = files_under(folder, TEMPLATE_FOLDER)
    except FileRefused as refused:
        raise BuildError(f"{folder}: {refused}") from None
    if len(names) + 2 > zip_reader.MAX_ENTRIES:
        raise BuildError(f"a bundle holds at most {zip_reader.MAX_ENTRIES - 2} files")
    for relative in names:
        problem = zip_reader.name_problem(PACK_PREFIX + relative)
        if problem:
            raise BuildError(f"{folder / relative}: the file name {problem}")
        found[relative] = _read(folder, relative)
    if f"{TEMPLATE_FOLDER}/translations.json" in found:  # an older template's wording
        found_names = {*found, f"{TEMPLATE_FOLDER}/wording/en.json"}
    else:
        found_names = set(found)
    missing = [n for n in TEMPLATE_REQUIRED if f"{TEMPLATE_FOLDER}/{n}" not in found_names]
    if missing:
        raise BuildError(f"{folder / TEMPLATE_FOLDER} lacks {', '.join(missing)}; a report "
                         f"template needs {' and '.join(TEMPLATE_REQUIRED)}")
    return found


def _real_folder(folder: Path, relative: str) -> bool:
    try:
        return real_folder(folder, relative)
    except FileRefused as refused:
        raise BuildError(f"{folder}: {refused}") from None


def _read(folder: Path, relative: str) -> bytes:
    try:
        data = read_regular(folder, relative, zip_reader.MAX_TOTAL_BYTES)
    except FileRefused as refused:
        raise BuildError(f"{folder}: {refused}") from None
    except OSError as exc:
        raise BuildError(f"cannot read {folder / relative}: {exc.strerror or exc}") from None
    if len(data) > zip_reader.MAX_TOTAL_BYTES:
        raise BuildError(f"{folder / relative} is larger than "
                         f"{zip_reader.MAX_TOTAL_BYTES // 2**20} MB")
    return data


def _manifest(
    pack_id: str, version: str, *, issued: dt.date, expires: dt.date | None,
    files: dict[str, bytes], key: Ed25519PrivateKey | None,
) -> bytes:
    signer = None
    if key is not None:
        public = key.public_key()
        signer = {"key_id": signing.fingerprint(public), "public_key": signing.public_b64(public)}
    data = {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_FORMAT_VERSION,
        "pack": {"id": pack_id, "version": version},
        "issued": issued.isoformat(),
        "expires": expires.isoformat() if expires else None,
        "signer": signer,
        "files": {PACK_PREFIX + name: sha256_hex(data) for name, data in sorted(files.items())},
    }
    return (json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _signature(key: Ed25519PrivateKey, manifest: bytes) -> bytes:
    return base64.b64encode(signing.sign(key, manifest)) + b"\n"


def _write_zip(entries: dict[str, bytes], output: Path, trusted: dict[str, bool]) -> Bundle:
    """Write through a temporary file, read it back as any bundle is read, then rename."""
    if not output.parent.is_dir():
        raise BuildError(f"the folder {output.parent} does not exist")
    fd, temp_name = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries.items():
                info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
        try:
            bundle = read_bundle(temp, trusted)
        except BundleError as exc:
            raise BuildError(f"the bundle did not verify after writing: {exc.message}") from None
        os.replace(temp, output)
    finally:
        temp.unlink(missing_ok=True)
    return Bundle(output, bundle.manifest, bundle.files, bundle.status)

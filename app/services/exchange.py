"""One exchange file: an assessment with its review, revisions and evidence, in one zip.

The zip holds ``assessment.json`` (the JSON export, everything it has),
``review.json`` (trail, verdicts, comments, opinions, revisions with their
snapshots, attachments), ``files/<sha256>`` (each evidence file once) and
``manifest.json`` (the SHA-256 of every other entry). With a passphrase the
whole zip is sealed (scrypt + AES-GCM, ``app.core.envelope``) for e-mail.

Reading it back (:func:`read_package`) uses the bundle zip reader and its
limits (SECURITY.md) and checks every hash, every snapshot and every answer
before anything is written; one mismatch refuses the whole file. An import
of a newer revision of an assessment already here replaces it (keeping its
id) only when nothing here would be lost; an older one is refused.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import envelope
from app.core.answers.file import AnswerFile, AnswerFileError, parse_answer_file
from app.core.review.package_format import (
    ASSESSMENT,
    FILES,
    MANIFEST,
    REVIEW,
    PackageManifest,
    ReviewDocument,
    manifest_problems,
    review_problems,
)
from app.packs import zip_reader
from app.services import exchange_parts
from app.services.base import WorkspaceBase
from app.services.evidence import files
from app.services.transfer import ImportFileError, hash_warnings, import_request
from app.storage import Assessment

SUFFIX = ".aipia"
MAX_FILE_BYTES = zip_reader.MAX_FILE_BYTES + envelope.HEADER.size + 16


@dataclass(frozen=True)
class PackageSummary:
    """What an exchange file holds (as written, or as read)."""

    path: Path
    answers: int
    revisions: int
    attachments: int
    files: int
    size: int
    encrypted: bool


@dataclass(frozen=True)
class ReadPackage:
    """An exchange file that passed every check; nothing was written yet."""

    exported: AnswerFile
    data: dict[str, Any]  # assessment.json as plain data
    review: ReviewDocument
    files: dict[str, bytes]  # sha256 -> bytes
    encrypted: bool


@dataclass(frozen=True)
class PackageImport:
    record: Assessment
    replaced: bool  # an older revision of the same assessment was here and was replaced
    warnings: list[str]


# export ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PreparedPackage:
    """An assessment's exchange entries, read from the database; writing them needs none."""

    entries: dict[str, bytes]
    review: dict[str, Any]


def prepare_package(workspace: WorkspaceBase, assessment_id: int) -> PreparedPackage:
    """Read what the exchange file of one assessment holds (the database's thread)."""
    entries, review = exchange_parts.package_entries(workspace, assessment_id)
    return PreparedPackage(entries, review)


def write_package(prepared: PreparedPackage, path: Path, *,
                  passphrase: str | None = None) -> PackageSummary:
    """Zip, seal (when ``passphrase`` is given) and write; touches no database, so it may
    run on another thread while the desktop app shows progress."""
    entries, review = prepared.entries, prepared.review
    data = exchange_parts.zip_bytes(entries)
    sealed = envelope.seal(data, passphrase) if passphrase is not None else data
    temp = path.with_name(f".{path.name}.part")
    try:
        temp.write_bytes(sealed)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    answers = json.loads(entries[ASSESSMENT])["answers"]
    return PackageSummary(path, len(answers), len(review["revisions"]),
                          len(review["attachments"]),
                          sum(1 for n in entries if n.startswith(FILES)), len(sealed),
                          passphrase is not None)


def export_package(
    workspace: WorkspaceBase, assessment_id: int, path: Path, *, passphrase: str | None = None
) -> PackageSummary:
    """Write the exchange file of one assessment (sealed when ``passphrase`` is given)."""
    return write_package(prepare_package(workspace, assessment_id), path, passphrase=passphrase)


# reading ----------------------------------------------------------------------------------
class SealedFileError(ImportFileError):
    """An encrypted exchange file that cannot be opened; :meth:`text` says why in any
    interface language (the file's name first, as for every import problem)."""

    def __init__(self, file: str, reason: envelope.EnvelopeError) -> None:
        super().__init__(file, [str(reason)])
        self.reason = reason

    def text(self, lang: str) -> str:
        return f"{self.file}: {self.reason.text(lang)}"


def looks_like_package(path: Path) -> bool:
    """True for a zip or a sealed file (the JSON export starts with ``{``)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return False
    return head.startswith(b"PK") or envelope.is_sealed(head)


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return envelope.is_sealed(handle.read(len(envelope.MAGIC)))
    except OSError:
        return False


def read_package(path: Path, passphrase: str | None = None) -> ReadPackage:
    """Decrypt (if sealed), unzip within limits and check everything; writes nothing.

    Raises:
        ImportFileError: every problem found, each naming the entry or field.
    """
    raw = exchange_parts.read_file(path, MAX_FILE_BYTES)
    sealed = envelope.is_sealed(raw)
    if sealed:
        if not passphrase:
            raise SealedFileError(str(path), envelope.EnvelopeError("no_passphrase"))
        try:
            raw = envelope.open_sealed(raw, passphrase)
        except envelope.EnvelopeError as exc:
            raise SealedFileError(str(path), exc) from None
    try:
        entries = zip_reader.read_entries_from(raw)
    except zip_reader.ZipRefused as exc:
        raise ImportFileError(str(path), [f"not a readable exchange file: {exc}"]) from None
    return _checked(path, entries, sealed)


def _checked(path: Path, entries: dict[str, bytes], sealed: bool) -> ReadPackage:
    name = str(path)
    manifest = exchange_parts.parse_model(PackageManifest, entries.get(MANIFEST), MANIFEST, name)
    problems = manifest_problems(manifest, entries)
    if problems:
        raise ImportFileError(name, problems)
    try:
        exported = parse_answer_file(entries[ASSESSMENT], f"{name}:{ASSESSMENT}")
    except AnswerFileError as exc:
        raise ImportFileError(name, [f"{ASSESSMENT}: {p}" for p in exc.problems]) from None
    review = exchange_parts.parse_model(ReviewDocument, entries[REVIEW], REVIEW, name)
    blobs = {entry[len(FILES):]: data for entry, data in entries.items()
             if entry.startswith(FILES)}
    problems = [f"{REVIEW}: {p}" for p in review_problems(review)]
    problems += exchange_parts.file_problems(review, blobs)
    if review.assessment_uuid != exported.assessment.uuid or \
            manifest.assessment_uuid != exported.assessment.uuid:
        problems.append("manifest.json: its parts are of different assessments")
    if problems:
        raise ImportFileError(name, problems)
    return ReadPackage(exported, json.loads(entries[ASSESSMENT]), review, blobs, sealed)


# import ---------------------------------------------------------------------------------
def import_package(
    workspace: WorkspaceBase, path: Path, *, passphrase: str | None = None, as_copy: bool = False,
    title: str | None = None, checked: ReadPackage | None = None,
) -> PackageImport:
    """Import an exchange file: all of it, or nothing (see the module docstring).

    ``checked``: the file as :func:`read_package` gave it moments ago (e.g. shown to the
    user first), so it is not decrypted and checked twice.
    """
    package = checked if checked is not None else read_package(path, passphrase)
    exported = package.exported
    pack = workspace.catalog.get(exported.pack.id, exported.pack.version)
    existing = None if as_copy else workspace.store.get_assessment_by_uuid(
        exported.assessment.uuid)
    if existing is not None:
        exchange_parts.check_replacement(workspace, existing, package.data, package.review,
                                         str(path))
    given = import_request(workspace, path, exported, pack, as_copy=as_copy, title=title,
                           replacing=existing is not None)
    review = exchange_parts.review_import(package.review)
    store = files(workspace)
    new = [stored.sha256 for stored in map(store.store_bytes, package.files.values())
           if stored.new]
    try:
        record = workspace.store.import_package(given, review,
                                                replace=existing.id if existing else None)
    except BaseException as exc:
        keep = workspace.store.referenced_files()
        for sha in new:
            if sha not in keep:
                store.remove(sha)
        if isinstance(exc, ValueError):
            raise ImportFileError(str(path), [str(exc)]) from None
        raise
    return PackageImport(record, existing is not None, hash_warnings(exported, pack))


def describe(package: ReadPackage, path: Path) -> PackageSummary:
    """What a checked exchange file holds (e.g. to show before importing it)."""
    review = package.review
    return PackageSummary(path, len(package.exported.answers), len(review.revisions),
                          len(review.attachments), len(package.files), path.stat().st_size,
                          package.encrypted)

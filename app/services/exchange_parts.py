"""The parts of an exchange file: building them, parsing them, and what an import may replace.

Used by ``app.services.exchange``; see its docstring for the file's layout.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
import zlib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

import app
from app.core import json_input
from app.core.hashing import sha256_hex
from app.core.regular_files import kind_of
from app.core.review.evidence import size_text
from app.core.review.package_format import (
    ASSESSMENT,
    FILES,
    MANIFEST,
    PACKAGE_FORMAT,
    REVIEW,
    REVIEW_FORMAT,
    ReviewDocument,
    content_hash,
    parse_snapshot,
)
from app.core.review.records import ReviewComment, ReviewEvent
from app.packs import zip_reader
from app.services.base import WorkspaceBase
from app.services.evidence import files
from app.services.revisions import current_snapshot, get_revision
from app.services.transfer import ImportFileError, export_assessment
from app.storage import Assessment
from app.storage.review_transfer import ReviewImport
from app.storage.revisions import NewRevision

Model = TypeVar("Model", bound=BaseModel)


# building -------------------------------------------------------------------------------
def review_data(workspace: WorkspaceBase, assessment_id: int) -> dict[str, Any]:
    """``review.json``: trail, verdicts, comments, opinions, revisions, attachments."""
    store = workspace.store
    record = store.get_assessment(assessment_id)
    revisions = [get_revision(workspace, assessment_id, info.number)
                 for info in store.list_revisions(assessment_id)]
    return {
        "format": REVIEW_FORMAT, "format_version": 1, "assessment_uuid": record.uuid,
        "events": [{k: v for k, v in vars(e).items() if k != "id"}
                   for e in store.review_events(assessment_id)],
        "verdicts": [{"section_id": v.section_id, **v.to_json()}
                     for v in store.verdict_history(assessment_id)],
        "comments": [{"section_id": c.section_id, "body": c.body, "by": c.by, "at": c.at}
                     for c in store.review_comments(assessment_id)],
        "opinions": [{"kind": o.kind, **o.to_json()} for o in store.opinion_history(assessment_id)],
        "revisions": [{"number": r.info.number, "approved_by": r.info.approved_by,
                       "approved_at": r.info.approved_at, "comment": r.info.comment,
                       "snapshot_hash": r.info.snapshot_hash, "snapshot": r.snapshot}
                      for r in revisions],
        "attachments": [a.to_json() for a in store.list_attachments(assessment_id)],
    }


def package_entries(
    workspace: WorkspaceBase, assessment_id: int
) -> tuple[dict[str, bytes], dict[str, Any]]:
    """Every entry of the exchange file (manifest last), and the review data."""
    export = export_assessment(workspace, assessment_id)
    review = review_data(workspace, assessment_id)
    entries = {
        ASSESSMENT: json.dumps(export, ensure_ascii=False, indent=2).encode("utf-8"),
        REVIEW: json.dumps(review, ensure_ascii=False, indent=2).encode("utf-8"),
    }
    store = files(workspace)
    names = {a["sha256"]: a["name"] for a in review["attachments"]}
    for sha in sorted(workspace.store.evidence_files(assessment_id)):
        entries[FILES + sha] = store.read_verified(sha, names.get(sha, sha[:12]))
    _check_fits(entries)
    entries[MANIFEST] = _manifest(export["assessment"]["uuid"], entries)
    return entries, review


def _check_fits(entries: dict[str, bytes]) -> None:
    total = sum(len(data) for data in entries.values())
    if total > zip_reader.MAX_TOTAL_BYTES - 64 * 1024 or len(entries) >= zip_reader.MAX_ENTRIES:
        raise ImportFileError("export", [
            f"the assessment with its evidence is {size_text(total)} in {len(entries)} files; "
            f"an exchange file holds at most {size_text(zip_reader.MAX_TOTAL_BYTES)} in "
            f"{zip_reader.MAX_ENTRIES} files (lower the evidence limits in the preferences, "
            "or remove attachments no revision needs)"])


def _manifest(assessment_uuid: str, entries: dict[str, bytes]) -> bytes:
    manifest = {
        "format": PACKAGE_FORMAT, "format_version": 1, "app_version": app.__version__,
        "exported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "assessment_uuid": assessment_uuid,
        "files": {name: sha256_hex(content) for name, content in sorted(entries.items())},
    }
    return json.dumps(manifest, indent=2).encode("utf-8")


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    """The zip of ``entries``; an entry that compresses beyond the reader's ratio cap is
    stored as it is, so the file always reads back."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = 0o100644 << 16
            info.compress_type = _method(data)
            archive.writestr(info, data)
    return buffer.getvalue()


def _method(data: bytes) -> int:
    small = len(data) <= zip_reader.RATIO_FLOOR_BYTES
    if small or len(zlib.compress(data, 6)) * zip_reader.MAX_RATIO >= len(data) * 2:
        return zipfile.ZIP_DEFLATED
    return zipfile.ZIP_STORED


# reading --------------------------------------------------------------------------------
def read_file(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of a regular file (a FIFO is never waited on)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ImportFileError(str(path), [f"cannot read the file: {exc.strerror or exc}"]) \
            from None
    with os.fdopen(fd, "rb") as handle:
        what = kind_of(os.fstat(fd).st_mode)
        if what is not None:
            raise ImportFileError(str(path), [f"it is {what}, not a file"])
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ImportFileError(str(path), [f"it is larger than {size_text(limit)}"])
    return data


def parse_model(model: type[Model], raw: bytes | None, entry: str, name: str) -> Model:
    """An entry as ``model``; every problem names the entry and the field."""
    if raw is None:
        raise ImportFileError(name, [f"{entry}: missing (not an AIPIA exchange file?)"])
    try:
        return model.model_validate(json_input.load(raw))
    except json_input.JsonInputError as exc:
        raise ImportFileError(name, [f"{entry}: {p}" for p in exc.problems]) from None
    except ValidationError as exc:
        problems = [f"{entry}: {'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                    for e in exc.errors(include_url=False)]
        raise ImportFileError(name, problems[: json_input.MAX_PROBLEMS]) from None


def file_problems(review: ReviewDocument, blobs: dict[str, bytes]) -> list[str]:
    """Every attachment (now or in a revision) has its file, of the size it says."""
    listed = [(f"attachments[{i}]", a.sha256, a.size) for i, a in enumerate(review.attachments)]
    for r in review.revisions:
        for i, item in enumerate(r.snapshot.get("attachments") or []):
            listed.append((f"revisions[{r.number}].attachments[{i}]", str(item.get("sha256")),
                           int(item.get("size", -1))))
    problems = []
    for where, sha, size in listed:
        if sha not in blobs:
            problems.append(f"{REVIEW}: {where}: its file {sha[:12]}… is not in the file")
        elif len(blobs[sha]) != size:
            problems.append(f"{REVIEW}: {where}: its file has {len(blobs[sha])} bytes, "
                            f"not {size}")
    unused = set(blobs) - {sha for _, sha, _ in listed}
    problems += [f"{FILES}{sha}: not listed by any attachment" for sha in sorted(unused)]
    return problems


def review_import(review: ReviewDocument) -> ReviewImport:
    """The review document as records for the store."""
    return ReviewImport(
        events=[ReviewEvent(0, e.action, e.from_status, e.to_status, e.by, e.at, e.comment,
                            e.revision) for e in review.events],
        verdicts=[v.record() for v in review.verdicts],
        comments=[ReviewComment(0, c.section_id, c.body, c.by, c.at) for c in review.comments],
        opinions=[o.record() for o in review.opinions],
        revisions=[NewRevision(r.info(parse_snapshot(r.snapshot)), r.snapshot)
                   for r in review.revisions],
        attachments=[a.record() for a in review.attachments],
    )


# replacing ------------------------------------------------------------------------------
def package_state(data: dict[str, Any], review: ReviewDocument) -> dict[str, Any]:
    """The exchange file's current content, in the snapshot shape (for comparison)."""
    verdicts: dict[str, Any] = {}
    for verdict in review.verdicts:
        verdicts[verdict.section_id] = verdict.record().to_json()
    return {"pack": data.get("pack"), "answers": data.get("answers", {}),
            "measure_plans": data.get("measure_plans", {}),
            "risk_judgements": data.get("risk_judgements", {}),
            "section_verdicts": dict(sorted(verdicts.items())),
            "attachments": [a.record().to_json() for a in review.attachments],
            "sections_off": data.get("sections_off", {})}


def check_replacement(workspace: WorkspaceBase, existing: Assessment, data: dict[str, Any],
                      review: ReviewDocument, name: str) -> None:
    """Refuse (ImportFileError) unless the file is a newer revision of ``existing`` that
    holds everything it has: its revisions first, and its current work."""
    local = workspace.store.list_revisions(existing.id)
    theirs = review.revisions
    here = f"#{existing.id} '{existing.title}'"
    if len(theirs) < len(local):
        raise ImportFileError(name, [
            f"revisions: the file holds revision {len(theirs)} of {here}, but this folder "
            f"already has revision {len(local)}, which is newer; nothing was imported"])
    if len(theirs) == len(local):
        raise ImportFileError(name, [
            f"assessment.uuid: this assessment is already here ({here}) at revision "
            f"{len(local)}; import it as a copy (--as-copy) to keep both"])
    if any(a.snapshot_hash != b.snapshot_hash for a, b in zip(local, theirs, strict=False)):
        raise ImportFileError(name, [
            f"revisions: {here} here and the file have different revisions with the same "
            "numbers (both were approved separately); import it as a copy (--as-copy)"])
    known = {content_hash(r.snapshot) for r in theirs} | {content_hash(package_state(data,
                                                                                      review))}
    if content_hash(current_snapshot(workspace, existing)) not in known:
        raise ImportFileError(name, [
            f"assessment: {here} has changes here that are in no revision of the file; "
            "importing would lose them. Import it as a copy (--as-copy), or export yours first"])

"""Evidence as use cases: attach a file to an answer, a measure, a section or the assessment.

Files are copied into the data folder by content (``app.storage.evidence_files``)
within the limits the preferences set (settings ``evidence.max_file_mb`` and
``evidence.max_assessment_mb``; defaults in ``app.core.review.evidence``). A
file is never run: :func:`viewable_copy` returns a read-only copy (with its
name) for the system viewer, and only for document and image types; any
other file can be saved elsewhere with :func:`save_copy`. Removing an
attachment keeps the stored file while a revision still lists it.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.core.diagnostics import did_you_mean
from app.core.review import Attachment
from app.core.review.evidence import (
    CEILING_ASSESSMENT_BYTES,
    DEFAULT_MAX_ASSESSMENT_BYTES,
    DEFAULT_MAX_FILE_BYTES,
    MAX_NOTE_CHARS,
    MB,
    EvidenceError,
    display_name,
    limit_bytes,
    size_text,
    suffix_of,
    viewable,
)
from app.core.review.workflow import checked_text
from app.services.base import WorkspaceBase
from app.services.review import who
from app.storage import Assessment, NotFoundError, clock
from app.storage.evidence_files import STORED_MODE, EvidenceFiles

FILE_LIMIT_KEY = "evidence.max_file_mb"
ASSESSMENT_LIMIT_KEY = "evidence.max_assessment_mb"
OPEN_FOLDER = "evidence-open"  # read-only copies handed to the system viewer
SWEEP_AGE_SECONDS = 3600.0


def files(workspace: WorkspaceBase) -> EvidenceFiles:
    return EvidenceFiles(workspace.data_dir)


def limits(workspace: WorkspaceBase) -> tuple[int, int]:
    """(per file, per assessment) in bytes, from the settings or the defaults."""
    store = workspace.store
    per_file = store.get_setting(FILE_LIMIT_KEY, DEFAULT_MAX_FILE_BYTES // MB)
    per_assessment = store.get_setting(ASSESSMENT_LIMIT_KEY, DEFAULT_MAX_ASSESSMENT_BYTES // MB)
    return (limit_bytes(per_file, "the limit per file", CEILING_ASSESSMENT_BYTES),
            limit_bytes(per_assessment, "the limit per assessment", CEILING_ASSESSMENT_BYTES))


def set_limits(workspace: WorkspaceBase, *, per_file_mb: int | None = None,
               per_assessment_mb: int | None = None) -> tuple[int, int]:
    """Change the limits (whole MB, at most 45 so an exchange file stays under 50 MB)."""
    for key, value, what in ((FILE_LIMIT_KEY, per_file_mb, "the limit per file"),
                             (ASSESSMENT_LIMIT_KEY, per_assessment_mb,
                              "the limit per assessment")):
        if value is not None:
            limit_bytes(value, what, CEILING_ASSESSMENT_BYTES)
            workspace.store.set_setting(key, value)
    return limits(workspace)


def attach(
    workspace: WorkspaceBase, assessment_id: int, source: Path, *, target_kind: str = "assessment",
    target_id: str = "", note: str = "", by: str | None = None, name: str | None = None,
) -> Attachment:
    """Copy ``source`` in and attach it; refused (nothing kept) when a check fails.

    ``target_kind`` is assessment, section, answer (``target_id`` a question id)
    or measure; ``name`` replaces the file's own name as shown.
    """
    workspace.require_editable(assessment_id)
    record = workspace.store.get_assessment(assessment_id)
    _check_target(workspace, record, target_kind, target_id)
    shown = display_name(name if name is not None else Path(source).name)
    text = checked_text(note, "note", required=False)[:MAX_NOTE_CHARS]
    person = who(workspace, by)
    per_file, per_assessment = limits(workspace)
    stored = files(workspace).store_file(Path(source), shown, per_file)
    try:
        known = workspace.store.evidence_files(assessment_id)
        total = sum(known.values()) + (0 if stored.sha256 in known else stored.size)
        if total > per_assessment:
            raise EvidenceError("assessment_full", "file", name=shown, size=size_text(stored.size),
                                total=size_text(total), limit=size_text(per_assessment))
        return workspace.store.add_attachment(assessment_id, Attachment(
            0, target_kind, target_id, shown, stored.size, stored.sha256, person,
            clock.utc_now(), text))
    except BaseException:
        if stored.new:
            _forget(workspace, stored.sha256)
        raise


def _forget(workspace: WorkspaceBase, sha256: str) -> None:
    """Remove one stored file unless an attachment or a revision still lists it."""
    if sha256 not in workspace.store.referenced_files():
        files(workspace).remove(sha256)


def _check_target(workspace: WorkspaceBase, record: Assessment, kind: str, target: str) -> None:
    pack = workspace.catalog.get(record.pack_id, record.pack_version)
    known = {"answer": pack.questions, "measure": pack.measures, "section": pack.sections}
    if kind == "assessment" and not target:
        return
    if kind not in known:
        raise EvidenceError("unknown_target", "target", target=kind[:40], kind="target kind",
                            hint=" (assessment, section, answer or measure)")
    if target not in known[kind]:
        hint = did_you_mean(target, known[kind])
        word = {"answer": "question"}.get(kind, kind)
        raise EvidenceError("unknown_target", "target", target=target[:80], kind=word,
                            hint=f" ({hint})" if hint else "")


def list_attachments(workspace: WorkspaceBase, assessment_id: int) -> list[Attachment]:
    workspace.store.get_assessment(assessment_id)
    return workspace.store.list_attachments(assessment_id)


def get_attachment(workspace: WorkspaceBase, assessment_id: int, attachment_id: int) -> Attachment:
    try:
        return workspace.store.get_attachment(assessment_id, attachment_id)
    except NotFoundError:
        raise EvidenceError("no_attachment", "attachment", id=str(assessment_id),
                            attachment=str(attachment_id)) from None


def detach(workspace: WorkspaceBase, assessment_id: int, attachment_id: int) -> Attachment:
    """Remove an attachment (the GUI asks first); its file goes once nothing lists it."""
    workspace.require_editable(assessment_id)
    item = get_attachment(workspace, assessment_id, attachment_id)
    workspace.store.delete_attachment(assessment_id, attachment_id, clock.utc_now())
    _forget(workspace, item.sha256)
    return item


def sweep(workspace: WorkspaceBase, min_age_seconds: float = SWEEP_AGE_SECONDS) -> list[str]:
    """Remove stored files no attachment and no revision lists (e.g. after deleting an
    assessment); files younger than ``min_age_seconds`` stay (another window may be
    attaching them right now)."""
    return files(workspace).sweep(workspace.store.referenced_files(), min_age_seconds)


def read_attachment(workspace: WorkspaceBase, assessment_id: int, attachment_id: int) -> bytes:
    """The attachment's bytes, checked against its SHA-256."""
    item = get_attachment(workspace, assessment_id, attachment_id)
    return files(workspace).read_verified(item.sha256, item.name)


def save_copy(workspace: WorkspaceBase, assessment_id: int, attachment_id: int,
              target: Path) -> Path:
    """Write the attachment (verified) to ``target`` (a file; a folder gets its name)."""
    item = get_attachment(workspace, assessment_id, attachment_id)
    data = files(workspace).read_verified(item.sha256, item.name)
    path = target / item.name if target.is_dir() else target
    temp = path.with_name(f".{path.name}.part")
    temp.write_bytes(data)
    temp.replace(path)
    return path


def viewable_copy(workspace: WorkspaceBase, assessment_id: int, attachment_id: int) -> Path:
    """A read-only copy to open with the system viewer (the GUI's QDesktopServices).

    Only when the user asks; refused for types that could run something.
    """
    item = get_attachment(workspace, assessment_id, attachment_id)
    if not viewable(item.name):
        raise EvidenceError("not_viewable", "attachment", suffix=suffix_of(item.name) or "?")
    data = files(workspace).read_verified(item.sha256, item.name)
    folder = workspace.data_dir / OPEN_FOLDER / item.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / item.name
    if path.exists():
        path.chmod(0o600)
    path.write_bytes(data)
    os.chmod(path, STORED_MODE)
    return path


def clear_viewable_copies(workspace: WorkspaceBase) -> None:
    """Remove the copies made for the viewer (e.g. when the app closes)."""
    files(workspace).clear_folder(workspace.data_dir / OPEN_FOLDER)

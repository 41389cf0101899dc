"""Assessment export files: a documented JSON format that always re-imports.

The CNIL tool's own exports fail to re-import (PEERS.md); ours are checked
against the pack on import (every answer validated, every error reported by
question id) and written in one transaction, or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import app
from app.core.answers.file import (
    FILE_FORMAT,
    FILE_VERSION,
    MAX_FILE_BYTES,
    AnswerFile,
    AnswerFileError,
    check_answers,
    parse_answer_file,
)
from app.core.pack import Pack
from app.core.versioning.upgrade import ArchivedAnswer, ReviewFlag
from app.packs.catalog import PackNotFoundError
from app.services.base import WorkspaceBase
from app.services.events import Topic
from app.storage import Assessment, AssessmentImport
from app.storage.snapshot import AssessmentData

EXPORT_FORMAT = FILE_FORMAT
EXPORT_VERSION = FILE_VERSION
ImportFileError = AnswerFileError  # the name callers of the import use
ExportFile = AnswerFile


def export_assessment(workspace: WorkspaceBase, assessment_id: int) -> dict[str, Any]:
    """Everything needed to rebuild the assessment elsewhere, as plain JSON data."""
    return export_data(workspace.store.read_assessment(assessment_id))


def export_data(data: AssessmentData) -> dict[str, Any]:
    """The export of an assessment already read (:meth:`Store.read_assessment`)."""
    record = data.record
    answers: dict[str, dict[str, Any]] = {}
    for qid, stored in sorted(data.answers.items()):
        entry = dict(stored.value)
        if stored.note:
            entry["note"] = stored.note
        answers[qid] = entry
    plans = {
        mid: {"owner": p.owner, "due_date": p.due_date, "status": p.status, "note": p.note}
        for mid, p in sorted(data.plans.items())
    }
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "app_version": app.__version__,
        "exported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "assessment": _assessment_fields(record),
        "pack": {"id": record.pack_id, "version": record.pack_version, "hash": record.pack_hash},
        "answers": answers,
        "measure_plans": plans,
        **_upgrade_fields(data),
        **_scan_fields(data),
        **_judgement_fields(data),
        **_sections_off_fields(data),
    }


def _sections_off_fields(data: AssessmentData) -> dict[str, Any]:
    """The sections the assessor switched off; left out when there are none."""
    if not data.sections_off:
        return {}
    return {"sections_off": {sid: off.to_json() for sid, off in sorted(data.sections_off.items())}}


def _judgement_fields(data: AssessmentData) -> dict[str, Any]:
    """The assessor's judgements of risks and their history; left out when there are none."""
    if not data.judgements and not data.judgement_history:
        return {}
    return {
        "risk_judgements": {rid: j.to_json() for rid, j in sorted(data.judgements.items())},
        "risk_judgement_history": [
            {"risk_id": c.risk_id, "part": c.part, "value": c.value, "by": c.by, "at": c.at,
             "note": c.note}
            for c in data.judgement_history
        ],
    }


def _upgrade_fields(data: AssessmentData) -> dict[str, Any]:
    """Archived answers and open review flags; left out when there are none."""
    fields: dict[str, Any] = {}
    if data.archived:
        fields["archived_answers"] = [
            {"question_id": a.question_id, "value": a.value, "note": a.note,
             "pack_version": a.pack_version, "reason": a.reason, "detail": a.detail,
             "label": a.label, "display": a.display, "archived_at": a.archived_at}
            for a in data.archived
        ]
    if data.review:
        fields["review"] = {q: {"reason": f.reason, "detail": f.detail}
                            for q, f in data.review.items()}
    return fields


def _scan_fields(data: AssessmentData) -> dict[str, Any]:
    """The model-scan manifests kept with the assessment; left out when there are none."""
    if not data.scans:
        return {}
    return {"model_scans": [{"scanned_at": s.scanned_at, "manifest": s.manifest}
                            for s in data.scans]}


def _assessment_fields(record: Assessment) -> dict[str, Any]:
    return {
        "uuid": record.uuid,
        "title": record.title,
        "organization": record.organization_name,
        "language": record.language,
        "status": record.status,
        "current_section": record.current_section,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
    }


def write_export(data: dict[str, Any], path: Path) -> None:
    """Write the export atomically (temp file, then rename), so a crash never leaves half a file."""
    temp = path.with_name(path.name + ".part")
    temp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    temp.replace(path)


def read_import(path: Path) -> AnswerFile:
    """Parse and schema-check an import file; raises :class:`ImportFileError`."""
    name = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFileError(name, [f"cannot read the file: {exc.strerror or exc}"]) from None
    return parse_answer_file(raw, name)


@dataclass(frozen=True)
class ImportOutcome:
    """The imported assessment, and what the user should know about it."""

    record: Assessment
    warnings: list[str]


def import_assessment(
    workspace: WorkspaceBase, path: Path, as_copy: bool = False, title: str | None = None
) -> Assessment:
    """Import an export file: all answers validated against the pack first; all or nothing.

    ``title`` replaces the file's title (e.g. :func:`copy_title` for a copy).
    """
    return import_with_warnings(workspace, path, as_copy, title).record


def import_with_warnings(
    workspace: WorkspaceBase, path: Path, as_copy: bool = False, title: str | None = None
) -> ImportOutcome:
    """:func:`import_assessment`, also returning the warnings to show (e.g. pack content differs).

    A file whose pack has the same id and version as the installed one but
    other content (its hash differs) is imported, every answer checked against
    the installed pack, with a warning; the assessment keeps the file's hash, so
    the app and the report go on saying the pack changed.
    """
    exported = read_import(path)
    pack = workspace.catalog.get(exported.pack.id, exported.pack.version)
    given = import_request(workspace, path, exported, pack, as_copy=as_copy, title=title)
    try:
        record = workspace.store.import_assessment(given)
    except ValueError as exc:  # the store's own checks (times, blank names); nothing written
        raise ImportFileError(str(path), [str(exc)]) from None
    return ImportOutcome(record, hash_warnings(exported, pack))


def hash_warnings(exported: AnswerFile, pack: Pack) -> list[str]:
    given = exported.pack.hash
    if given is None or given == pack.content_hash:
        return []
    return [
        f"pack.hash: the answers were given to {pack.id} {pack.version} with content hash "
        f"{given[:12]}..., but the installed {pack.id} {pack.version} has {pack.content_hash[:12]}"
        "...: the same version with different content (edited or re-released without a new "
        "version number). Every answer was checked against the installed pack and the "
        "assessment is marked 'pack changed': review its answers."
    ]


def _questions_of(workspace: WorkspaceBase, pack_id: str) -> Callable[[str], set[str] | None]:
    def questions(version: str) -> set[str] | None:
        try:
            return set(workspace.catalog.get(pack_id, version).questions)
        except PackNotFoundError:
            return None

    return questions


def import_request(
    workspace: WorkspaceBase,
    path: Path,
    exported: AnswerFile,
    pack: Pack,
    *,
    as_copy: bool,
    title: str | None,
    replacing: bool = False,
) -> AssessmentImport:
    """Every answer checked against ``pack``: what ``Store.import_assessment`` writes, or
    :class:`ImportFileError` listing every problem.
    ``replacing``: the same assessment here is about to be replaced (exchange files)."""
    checked, problems = check_answers(pack, exported, _questions_of(workspace, pack.id))
    answers = {qid: (answer.to_json(), note) for qid, (answer, note) in checked.items()}
    meta = exported.assessment
    uuid = _new_uuid() if as_copy else meta.uuid
    problems += [] if replacing else _duplicate_problem(workspace, uuid)
    if problems:
        raise ImportFileError(str(path), problems)
    plans = {mid: plan.model_dump(mode="json") for mid, plan in exported.measure_plans.items()}
    return AssessmentImport(
        uuid=uuid,
        organization_name=meta.organization,
        title=title or meta.title,
        pack_id=pack.id,
        pack_version=pack.version,
        pack_hash=exported.pack.hash or pack.content_hash,
        language=meta.language,
        status=meta.status,
        current_section=meta.current_section,
        created_at=meta.created_at,
        updated_at=meta.updated_at,
        answers=answers,
        plans=plans,
        archived=[
            (ArchivedAnswer(a.question_id, a.value, a.note, a.pack_version, a.reason,
                            a.detail, a.label, a.display), a.archived_at)
            for a in exported.archived_answers
        ],
        review=[ReviewFlag(q, f.reason, f.detail) for q, f in exported.review.items()],
        scans=[(s.manifest, s.scanned_at) for s in exported.model_scans],
        judgements=[entry.judgement(rid) for rid, entry in exported.risk_judgements.items()],
        judgement_history=[change.change() for change in exported.risk_judgement_history],
        sections_off=[off.section_off(sid) for sid, off in exported.sections_off.items()],
    )


def _duplicate_problem(workspace: WorkspaceBase, uuid: str) -> list[str]:
    existing = workspace.store.get_assessment_by_uuid(uuid)
    if existing is None:
        return []
    return [
        f"assessment.uuid: this assessment is already here (#{existing.id} "
        f"'{existing.title}'); import it as a copy (--as-copy) to keep both"
    ]


COPY_WORD = {"en": "copy", "ko": "사본"}


def copy_title(workspace: WorkspaceBase, organization: str, title: str, language: str) -> str:
    """``title``, or ``title (copy)`` (``(copy 2)``, ...) when the organization already has an
    assessment called ``title``: an imported copy must not look like the original."""
    try:
        found = workspace.store.find_organization(organization)
    except ValueError:  # a blank name: the import itself says what is wrong
        return title
    if found is None:
        return title
    taken = {a.title for a in workspace.store.list_assessments(found.id, include_archived=True)}
    word = COPY_WORD.get(language, COPY_WORD["en"])
    candidate, number = title, 1
    while candidate in taken:
        candidate = f"{title} ({word})" if number == 1 else f"{title} ({word} {number})"
        number += 1
    return candidate


def _new_uuid() -> str:
    return uuid.uuid4().hex


class TransferMixin(WorkspaceBase):
    """Export files: write one, read one, import one (all or nothing)."""

    def export_assessment(self, assessment_id: int) -> dict[str, Any]:
        """Everything needed to rebuild the assessment elsewhere, as plain JSON data."""
        return export_assessment(self, assessment_id)

    def export_to(self, assessment_id: int, path: Path) -> dict[str, Any]:
        """Write the export file (atomically); returns what was written."""
        data = export_assessment(self, assessment_id)
        write_export(data, path)
        return data

    def read_import(self, path: Path) -> AnswerFile:
        return read_import(path)

    def import_file(self, path: Path, *, as_copy: bool = False,
                    title: str | None = None) -> ImportOutcome:
        """Import an export file: all answers validated against the pack first; all or nothing.

        ``title`` replaces the file's title (e.g. :meth:`copy_title` for a copy).
        """
        outcome = import_with_warnings(self, path, as_copy, title)
        self._changed(Topic.CLIENTS)
        self._changed(Topic.ASSESSMENTS, outcome.record.id)
        return outcome

    def copy_title(self, organization: str, title: str, language: str) -> str:
        return copy_title(self, organization, title, language)

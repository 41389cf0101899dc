"""Assessment export files: a documented JSON format that always re-imports.

The CNIL tool's own exports fail to re-import (PEERS.md); ours are checked
against the pack on import (every answer validated, every error reported by
question id) and written in one transaction, or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

import app
from app.core.answers import AnswerError, answer_from_json
from app.core.pack import Pack
from app.services.workspace import Workspace
from app.storage import ASSESSMENT_STATUSES, PLAN_STATUSES, Assessment

EXPORT_FORMAT = "aipia-assessment"
EXPORT_VERSION = 1
MAX_IMPORT_BYTES = 20 * 1024 * 1024


class ImportFileError(Exception):
    """An import file that cannot be imported; nothing was written."""

    def __init__(self, file: str, problems: list[str]) -> None:
        super().__init__("\n".join(f"{file}: {p}" for p in problems))
        self.problems = problems


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ExportedPack(_Strict):
    id: str
    version: str
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class ExportedAssessment(_Strict):
    uuid: str = Field(pattern=r"^[0-9a-f]{32}$")
    title: str = Field(min_length=1, max_length=500)
    organization: str = Field(min_length=1, max_length=500)
    language: str = Field(max_length=10)
    status: Literal[ASSESSMENT_STATUSES] = "draft"  # type: ignore[valid-type]
    current_section: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


class ExportedPlan(_Strict):
    owner: str = Field(default="", max_length=500)
    due_date: dt.date | None = None
    status: Literal[PLAN_STATUSES] = "planned"  # type: ignore[valid-type]
    note: str = Field(default="", max_length=20_000)


class ExportFile(_Strict):
    """The whole export file."""

    format: Literal["aipia-assessment"]
    format_version: Literal[1]
    app_version: str | None = None
    exported_at: str | None = None
    assessment: ExportedAssessment
    pack: ExportedPack
    answers: dict[str, dict[str, Any]] = Field(default_factory=dict)
    measure_plans: dict[str, ExportedPlan] = Field(default_factory=dict)


def export_assessment(workspace: Workspace, assessment_id: int) -> dict[str, Any]:
    """Everything needed to rebuild the assessment elsewhere, as plain JSON data."""
    record = workspace.store.get_assessment(assessment_id)
    answers: dict[str, dict[str, Any]] = {}
    for qid, stored in sorted(workspace.store.get_answers(record.id).items()):
        entry = dict(stored.value)
        if stored.note:
            entry["note"] = stored.note
        answers[qid] = entry
    plans = {
        mid: {"owner": p.owner, "due_date": p.due_date, "status": p.status, "note": p.note}
        for mid, p in sorted(workspace.store.get_measure_plans(record.id).items())
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
    }


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


def read_import(path: Path) -> ExportFile:
    """Parse and schema-check an import file; raises :class:`ImportFileError`."""
    name = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ImportFileError(name, [f"cannot read the file: {exc.strerror or exc}"]) from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportFileError(name, [f"larger than {MAX_IMPORT_BYTES // 2**20} MB"])
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, huge ints, deep nesting
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise ImportFileError(name, [f"not a JSON export file ({reason})"]) from None
    if not isinstance(data, dict):
        kind = type(data).__name__.replace("dict", "object").replace("NoneType", "null")
        raise ImportFileError(
            name, [f"not an AIPIA assessment export (a JSON {kind}, not an object)"]
        )
    try:
        return ExportFile.model_validate(data)
    except ValidationError as exc:
        raise ImportFileError(
            name, [_pydantic_problem(e) for e in exc.errors(include_url=False)]
        ) from None


def _pydantic_problem(error: Any) -> str:
    where = ".".join(str(part) for part in error["loc"]) or "file"
    return f"{where}: {error['msg']}"


def import_assessment(workspace: Workspace, path: Path, as_copy: bool = False) -> Assessment:
    """Import an export file: all answers validated against the pack first; all or nothing."""
    exported = read_import(path)
    pack = workspace.catalog.get(exported.pack.id, exported.pack.version)
    answers, problems = _checked_answers(pack, exported)
    problems += _assessment_problems(pack, exported.assessment)
    unknown_plans = [m for m in exported.measure_plans if m not in pack.measures]
    problems += [f"measure_plans.{m}: not a measure of pack '{pack.id}'" for m in unknown_plans]
    meta = exported.assessment
    uuid = _new_uuid() if as_copy else meta.uuid
    problems += _duplicate_problem(workspace, uuid)
    if problems:
        raise ImportFileError(str(path), problems)
    plans = {mid: plan.model_dump(mode="json") for mid, plan in exported.measure_plans.items()}
    try:
        return workspace.store.import_assessment(
            uuid=uuid,
            organization_name=meta.organization,
            title=meta.title,
            pack_id=pack.id,
            pack_version=pack.version,
            pack_hash=exported.pack.hash,
            language=meta.language,
            status=meta.status,
            current_section=meta.current_section,
            created_at=meta.created_at,
            updated_at=meta.updated_at,
            answers=answers,
            plans=plans,
        )
    except ValueError as exc:  # the store's own checks (times, blank names); nothing written
        raise ImportFileError(str(path), [str(exc)]) from None


def _duplicate_problem(workspace: Workspace, uuid: str) -> list[str]:
    existing = workspace.store.get_assessment_by_uuid(uuid)
    if existing is None:
        return []
    return [
        f"assessment.uuid: this assessment is already here (#{existing.id} "
        f"'{existing.title}'); import it as a copy (--as-copy) to keep both"
    ]


def _checked_answers(
    pack: Pack, exported: ExportFile
) -> tuple[dict[str, tuple[dict[str, Any], str | None]], list[str]]:
    answers: dict[str, tuple[dict[str, Any], str | None]] = {}
    problems: list[str] = []
    for qid, entry in exported.answers.items():
        question = pack.questions.get(qid)
        if question is None:
            problems.append(f"answers.{qid}: not a question of pack '{pack.id}' {pack.version}")
            continue
        body = {k: v for k, v in entry.items() if k != "note"}
        note = entry.get("note")
        try:
            answer = answer_from_json(question, body, pack.choices)
        except AnswerError as exc:
            problems.append(f"answers.{qid}: {exc.message}")
            continue
        if note is not None and not isinstance(note, str):
            problems.append(f"answers.{qid}.note: expected text")
            continue
        answers[qid] = (answer.to_json(), note)
    return answers, problems


def _assessment_problems(pack: Pack, meta: ExportedAssessment) -> list[str]:
    problems = []
    if meta.language not in pack.languages:
        problems.append(
            f"assessment.language: '{meta.language}' is not a language of pack '{pack.id}'"
        )
    if meta.current_section is not None and meta.current_section not in pack.sections:
        problems.append(
            f"assessment.current_section: '{meta.current_section}' is not a section "
            f"of pack '{pack.id}'"
        )
    return problems


def _new_uuid() -> str:
    import uuid

    return uuid.uuid4().hex

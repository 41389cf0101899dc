"""Whole-assessment copies: duplicating one, importing one from an export."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from app.core.sections_off import SectionOff
from app.core.treatment.judgement import Judgement, JudgementChange
from app.core.versioning.upgrade import ArchivedAnswer, ReviewFlag
from app.storage import clock, validation
from app.storage.answers import AnswerInput, encode_answers, write_answer
from app.storage.assessments import NewAssessment, fetch_assessment, insert_assessment
from app.storage.database import StoreBase
from app.storage.judgements import copy_judgements, import_judgements
from app.storage.model_scans import checked_scan, write_scan
from app.storage.organizations import insert_organization, lookup_organization
from app.storage.plans import PlanFields, write_plan
from app.storage.records import Assessment
from app.storage.sections_off import copy_sections_off, import_sections_off
from app.storage.upgrades import copy_archive_and_flags, write_archived, write_flag

_COPY_ANSWERS = """
INSERT INTO answers (assessment_id, question_id, value, note, updated_at)
SELECT ?, question_id, value, note, ? FROM answers WHERE assessment_id = ?
"""
_COPY_HISTORY = """
INSERT INTO answer_history (assessment_id, question_id, value, note, changed_at)
SELECT ?, question_id, value, note, ? FROM answers WHERE assessment_id = ? ORDER BY question_id
"""
_COPY_PLANS = """
INSERT INTO measure_plans
    (assessment_id, measure_id, owner, due_date, status, note, updated_at)
SELECT ?, measure_id, owner, due_date, status, note, ? FROM measure_plans WHERE assessment_id = ?
"""


def copy_answers(db: Database, source_id: int, target_id: int, now: str) -> None:
    """Copy answers, with one history row per copied answer."""
    db.execute(_COPY_ANSWERS, [target_id, now, source_id])
    db.execute(_COPY_HISTORY, [target_id, now, source_id])


def copy_plans(db: Database, source_id: int, target_id: int, now: str) -> None:
    db.execute(_COPY_PLANS, [target_id, now, source_id])


@dataclass(frozen=True)
class AssessmentImport:
    """An exported assessment to write, with all that belongs to it.

    ``plans`` maps measure ids to dicts with any of ``owner``, ``due_date``,
    ``status``, ``note``; ``archived`` are answers an earlier pack upgrade set
    aside, each with its archive time (None: now); ``review`` the questions still
    to review; ``scans`` the model-scan manifests kept with it, each with its scan
    time; ``judgements`` the assessor's judgements of risks and
    ``judgement_history`` every change of them; ``sections_off`` the sections
    the assessor switched off.
    """

    uuid: str
    organization_name: str
    title: str
    pack_id: str
    pack_version: str
    pack_hash: str
    language: str
    status: str = "draft"
    current_section: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    answers: Mapping[str, AnswerInput] = field(default_factory=dict)
    plans: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    archived: Sequence[tuple[ArchivedAnswer, str | None]] = ()
    review: Sequence[ReviewFlag] = ()
    scans: Sequence[tuple[dict[str, Any], str]] = ()
    judgements: Sequence[Judgement] = ()
    judgement_history: Sequence[JudgementChange] = ()
    sections_off: Sequence[SectionOff] = ()

    def record_fields(self) -> dict[str, Any]:
        """The fields of the assessment's own record."""
        return {name: getattr(self, name) for name in (
            "uuid", "title", "pack_id", "pack_version", "pack_hash", "language", "status",
            "current_section", "created_at", "updated_at")}


class TransferMixin(StoreBase):
    def duplicate_assessment(self, assessment_id: int, title: str) -> Assessment:
        """A new draft with a new uuid, the same pack, answers and measure plans."""
        clean_title = validation.text(title, "The title")
        with self._write() as db:
            source = fetch_assessment(db, assessment_id)
            copy = insert_assessment(db, _copy_of(source, clean_title))
            now = clock.utc_now()
            copy_answers(db, source.id, copy.id, now)
            copy_plans(db, source.id, copy.id, now)
            copy_archive_and_flags(db, source.id, copy.id)
            copy_judgements(db, source.id, copy.id)
            copy_sections_off(db, source.id, copy.id)
            return fetch_assessment(db, copy.id)

    def import_assessment(self, given: AssessmentImport) -> Assessment:
        """Write an exported assessment: all of it, or nothing.

        The organization is created if no organization has that name (ignoring
        case). An assessment with the same uuid already here raises
        DuplicateError. ``created_at`` and ``updated_at`` are kept as given
        (normalised to UTC), so an export of the import matches the original;
        each defaults to now.
        """
        encoded = encode_answers(given.answers)
        plans = [PlanFields.from_mapping(m, f) for m, f in given.plans.items()]
        stamps = [validation.timestamp(when, "The archive time") for _, when in given.archived]
        scans = [checked_scan(manifest, when) for manifest, when in given.scans]
        with self._write() as db:
            organization_id = _organization_id(db, given.organization_name)
            imported = insert_assessment(
                db, NewAssessment.checked(organization_id=organization_id, **given.record_fields())
            )
            now = clock.utc_now()
            for answer in encoded:
                write_answer(db, imported.id, answer, now)
            for plan in plans:
                write_plan(db, imported.id, plan, now)
            for (item, _), stamp in zip(given.archived, stamps, strict=True):
                write_archived(db, imported.id, item, stamp or now)
            for flag in given.review:
                write_flag(db, imported.id, flag, now)
            for manifest, when in scans:
                write_scan(db, imported.id, manifest, when or now)
            import_judgements(db, imported.id, given.judgements, given.judgement_history)
            import_sections_off(db, imported.id, given.sections_off)
            return imported


def _copy_of(source: Assessment, title: str) -> NewAssessment:
    return NewAssessment(
        organization_id=source.organization_id,
        title=title,
        pack_id=source.pack_id,
        pack_version=source.pack_version,
        pack_hash=source.pack_hash,
        language=source.language,
        uuid=validation.new_uuid(),
        current_section=source.current_section,
    )


def _organization_id(db: Database, name: str) -> int:
    existing = lookup_organization(db, name)
    return existing.id if existing else insert_organization(db, name, "").id

"""Importing an exchange file's assessment with its review, revisions and attachments.

All of it is written in one transaction, or nothing: the assessment (through
``TransferMixin.import_assessment``), then the trail, verdicts, comments,
opinions, revisions and attachment rows. An import that brings a newer
revision of an assessment already here replaces it in the same transaction
and keeps its id. The evidence files are stored (by hash) before this runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from app.core.review.records import (
    Attachment,
    Opinion,
    ReviewComment,
    ReviewEvent,
    SectionVerdict,
)
from app.storage.assessments import fetch_assessment
from app.storage.attachments import write_attachment
from app.storage.database import fetch_all
from app.storage.records import Assessment
from app.storage.review import write_comment, write_event, write_opinion, write_verdict
from app.storage.revisions import NewRevision, write_revision
from app.storage.transfer import AssessmentImport, TransferMixin


@dataclass(frozen=True)
class ReviewImport:
    """The review part of an import, already checked."""

    events: Sequence[ReviewEvent] = ()
    verdicts: Sequence[SectionVerdict] = ()
    comments: Sequence[ReviewComment] = ()
    opinions: Sequence[Opinion] = ()
    revisions: Sequence[NewRevision] = ()
    attachments: Sequence[Attachment] = field(default_factory=tuple)


def write_review(db: Database, assessment_id: int, review: ReviewImport) -> None:
    """Every part of ``review``; call inside a transaction."""
    for revision in review.revisions:
        write_revision(db, assessment_id, revision)
    for event in review.events:
        write_event(db, assessment_id, event)
    for verdict in review.verdicts:
        write_verdict(db, assessment_id, verdict)
    for comment in review.comments:
        write_comment(db, assessment_id, comment)
    for opinion in review.opinions:
        write_opinion(db, assessment_id, opinion)
    for item in review.attachments:
        write_attachment(db, assessment_id, item)


def _renumber(db: Database, new_id: int, old_id: int) -> None:
    """Give the assessment ``new_id`` (and its rows in every table) the id ``old_id``."""
    db.execute("PRAGMA defer_foreign_keys = ON")  # checked at commit; resets itself then
    tables = [row["name"] for row in fetch_all(
        db, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for fk in fetch_all(db, "SELECT * FROM pragma_foreign_key_list(?)", [table]):
            if fk["table"] == "assessments":
                db.execute(f'UPDATE "{table}" SET "{fk["from"]}" = ? WHERE "{fk["from"]}" = ?',  # noqa: S608
                           [old_id, new_id])
    db.execute("UPDATE assessments SET id = ? WHERE id = ?", [old_id, new_id])


class ReviewTransferMixin(TransferMixin):
    def import_package(
        self, assessment: AssessmentImport, review: ReviewImport, *, replace: int | None = None
    ) -> Assessment:
        """Import the assessment (as ``TransferMixin.import_assessment`` does) and its
        review, all or nothing; ``replace`` is the id of the same assessment here,
        deleted first, whose id the import takes."""
        with self._write() as db:
            if replace is not None:
                db.execute("DELETE FROM assessments WHERE id = ?", [replace])
            imported = self.import_assessment(assessment)
            write_review(db, imported.id, review)
            if replace is not None:
                _renumber(db, imported.id, replace)
            return fetch_assessment(db, replace or imported.id)

"""Everything stored about one assessment, read at once as one consistent whole.

A report gathers the assessment once: the record, its answers, measure plans,
archived answers, review flags, pack upgrades, model scans and risk judgements
with their history, from one read transaction (so the data fingerprinted and the
data rendered are the same), instead of one read per table per use.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.review import Attachment, Opinion, ReviewComment, ReviewEvent, RevisionInfo
from app.core.review import SectionVerdict as Verdict
from app.core.sections_off import SectionOff
from app.core.treatment.judgement import Judgement, JudgementChange
from app.storage.answers import AnswersMixin
from app.storage.assessments import AssessmentsMixin
from app.storage.attachments import AttachmentsMixin
from app.storage.judgements import RiskJudgementsMixin
from app.storage.model_scans import ModelScanRecord, ModelScansMixin
from app.storage.plans import MeasurePlansMixin
from app.storage.records import (
    ArchivedRecord,
    Assessment,
    MeasurePlan,
    ReviewRecord,
    StoredAnswer,
    UpgradeRecord,
)
from app.storage.review import ReviewMixin
from app.storage.revisions import RevisionsMixin
from app.storage.sections_off import SectionsOffMixin
from app.storage.upgrades import UpgradesMixin


@dataclass(frozen=True)
class WorkflowData:
    """The review of one assessment: its trail, verdicts, comments, opinions, evidence list
    and approved revisions (what the report's review pages show)."""

    events: list[ReviewEvent]
    verdicts: dict[str, Verdict]
    comments: list[ReviewComment]
    opinions: dict[str, Opinion]
    attachments: list[Attachment]
    revisions: list[RevisionInfo]


@dataclass(frozen=True)
class AssessmentData:
    """One assessment's stored data, as it was at one moment."""

    record: Assessment
    answers: dict[str, StoredAnswer]
    plans: dict[str, MeasurePlan]
    archived: list[ArchivedRecord]
    review: dict[str, ReviewRecord]
    upgrades: list[UpgradeRecord]
    scans: list[ModelScanRecord]
    judgements: dict[str, Judgement]
    judgement_history: list[JudgementChange]
    workflow: WorkflowData
    sections_off: dict[str, SectionOff] = field(default_factory=dict)


class SnapshotMixin(AssessmentsMixin, AnswersMixin, MeasurePlansMixin, UpgradesMixin,
                    ModelScansMixin, RiskJudgementsMixin, ReviewMixin, RevisionsMixin,
                    AttachmentsMixin, SectionsOffMixin):
    """Reads what its parts read, at once."""

    def read_assessment(self, assessment_id: int) -> AssessmentData:
        """The assessment and all that belongs to it, in one read transaction.

        Raises:
            NotFoundError: there is no such assessment.
        """
        with self._reading():
            return AssessmentData(
                record=self.get_assessment(assessment_id),
                answers=self.get_answers(assessment_id),
                plans=self.get_measure_plans(assessment_id),
                archived=self.list_archived_answers(assessment_id),
                review=self.review_flags(assessment_id),
                upgrades=self.list_pack_upgrades(assessment_id),
                scans=self.list_model_scans(assessment_id),
                judgements=self.get_judgements(assessment_id),
                judgement_history=self.judgement_history(assessment_id),
                workflow=WorkflowData(
                    events=self.review_events(assessment_id),
                    verdicts=self.current_verdicts(assessment_id),
                    comments=self.review_comments(assessment_id),
                    opinions=self.current_opinions(assessment_id),
                    attachments=self.list_attachments(assessment_id),
                    revisions=self.list_revisions(assessment_id),
                ),
                sections_off=self.get_sections_off(assessment_id),
            )

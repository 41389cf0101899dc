"""Everything stored about one assessment, read at once as one consistent whole.

A report gathers the assessment once: the record, its answers, measure plans,
archived answers, review flags, pack upgrades, model scans and risk judgements
with their history, from one read transaction (so the data fingerprinted and the
data rendered are the same), instead of one read per table per use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from app.core.treatment.judgement import Judgement, JudgementChange
from app.storage.database import StoreBase
from app.storage.model_scans import ModelScanRecord
from app.storage.records import (
    ArchivedRecord,
    Assessment,
    MeasurePlan,
    ReviewRecord,
    StoredAnswer,
    UpgradeRecord,
)

if TYPE_CHECKING:
    from app.storage.store import Store


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


class SnapshotMixin(StoreBase):
    def read_assessment(self, assessment_id: int) -> AssessmentData:
        """The assessment and all that belongs to it, in one read transaction.

        Raises:
            NotFoundError: there is no such assessment.
        """
        store = cast("Store", self)  # a mixin of the Store: its other parts' reads
        with self._reading():
            return AssessmentData(
                record=store.get_assessment(assessment_id),
                answers=store.get_answers(assessment_id),
                plans=store.get_measure_plans(assessment_id),
                archived=store.list_archived_answers(assessment_id),
                review=store.review_flags(assessment_id),
                upgrades=store.list_pack_upgrades(assessment_id),
                scans=store.list_model_scans(assessment_id),
                judgements=store.get_judgements(assessment_id),
                judgement_history=store.judgement_history(assessment_id),
            )

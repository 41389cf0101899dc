"""Measure plans: who does what by when about a recommended measure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from app.core.statuses import DEFAULT_PLAN_STATUS
from app.storage import clock, validation
from app.storage.assessments import touch_assessment
from app.storage.database import StoreBase, fetch_all
from app.storage.errors import InvalidValue
from app.storage.records import PLAN_STATUSES, MeasurePlan

_UPSERT = """
INSERT INTO measure_plans (assessment_id, measure_id, owner, due_date, status, note, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (assessment_id, measure_id) DO UPDATE SET
    owner = excluded.owner, due_date = excluded.due_date, status = excluded.status,
    note = excluded.note, updated_at = excluded.updated_at
"""


@dataclass(frozen=True)
class PlanFields:
    """A validated measure plan about to be written."""

    measure_id: str
    owner: str = ""
    due_date: str | None = None
    status: str = DEFAULT_PLAN_STATUS
    note: str = ""

    @classmethod
    def checked(
        cls,
        measure_id: str,
        owner: str = "",
        due_date: str | None = None,
        status: str = DEFAULT_PLAN_STATUS,
        note: str = "",
    ) -> PlanFields:
        return cls(
            measure_id=validation.identifier(measure_id, "The measure id"),
            owner=_plain(owner, "The owner"),
            due_date=validation.iso_date(due_date, "The due date"),
            status=validation.choice(status, PLAN_STATUSES, "The measure plan status"),
            note=_plain(note, "The note"),
        )

    @classmethod
    def from_mapping(cls, measure_id: str, fields: Mapping[str, Any]) -> PlanFields:
        """From an import: unknown keys are refused so nothing is silently dropped."""
        unknown = set(fields) - {"owner", "due_date", "status", "note"}
        if unknown:
            raise InvalidValue(
                f"The plan for measure {measure_id!r} has unknown fields: {sorted(unknown)}."
            )
        return cls.checked(measure_id, **fields)


def _plain(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidValue(f"{what} must be a text, got {value!r}.")
    return value


def write_plan(db: Database, assessment_id: int, plan: PlanFields, now: str) -> None:
    """Upsert one plan; call inside a transaction."""
    db.execute(
        _UPSERT,
        [assessment_id, plan.measure_id, plan.owner, plan.due_date, plan.status, plan.note, now],
    )


class MeasurePlansMixin(StoreBase):
    def save_measure_plan(
        self,
        assessment_id: int,
        measure_id: str,
        *,
        owner: str = "",
        due_date: str | None = None,
        status: str = DEFAULT_PLAN_STATUS,
        note: str = "",
    ) -> None:
        """Create or replace the plan for one measure (``due_date`` as ``YYYY-MM-DD``)."""
        plan = PlanFields.checked(measure_id, owner, due_date, status, note)
        now = clock.utc_now()
        with self._write() as db:
            touch_assessment(db, assessment_id, now)
            write_plan(db, assessment_id, plan, now)

    def get_measure_plans(self, assessment_id: int) -> dict[str, MeasurePlan]:
        """Plans by measure id (empty for an unknown assessment)."""
        rows = fetch_all(
            self._db,
            "SELECT measure_id, owner, due_date, status, note, updated_at FROM measure_plans"
            " WHERE assessment_id = ? ORDER BY measure_id",
            [assessment_id],
        )
        return {row["measure_id"]: MeasurePlan(**row) for row in rows}

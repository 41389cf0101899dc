"""The workflow states of an assessment and of a planned measure (shared by every layer)."""

from __future__ import annotations

from typing import Literal

AssessmentStatus = Literal["draft", "in_review", "completed", "archived"]
PlanStatus = Literal["not_planned", "planned", "in_progress", "done"]
ASSESSMENT_STATUSES: tuple[AssessmentStatus, ...] = ("draft", "in_review", "completed", "archived")
# In the order a measure moves through them (and the order they are offered in).
PLAN_STATUSES: tuple[PlanStatus, ...] = ("not_planned", "planned", "in_progress", "done")
# The status of a measure nobody has planned: the one default for the app, the CLI,
# storage, imports and reports. Only a decision by the user makes a measure "planned".
DEFAULT_PLAN_STATUS: PlanStatus = "not_planned"


def plan_status(stored: str | None) -> str:
    """The status to show for a measure: its stored plan's, else the default."""
    return stored or DEFAULT_PLAN_STATUS

"""The workflow states of an assessment and of a planned measure (shared by every layer)."""

from __future__ import annotations

from typing import Literal

AssessmentStatus = Literal["draft", "in_review", "approved", "archived"]
PlanStatus = Literal["not_planned", "planned", "in_progress", "done"]
# draft -> in_review -> approved (or back to draft with changes requested); see app.core.review.
# "approved" replaced "completed" (schema step "review workflow" moved the stored rows).
ASSESSMENT_STATUSES: tuple[AssessmentStatus, ...] = ("draft", "in_review", "approved", "archived")
FORMER_STATUSES = {"completed": "approved"}  # older export files still say "completed"
# In the order a measure moves through them (and the order they are offered in).
PLAN_STATUSES: tuple[PlanStatus, ...] = ("not_planned", "planned", "in_progress", "done")
# The status of a measure nobody has planned: the one default for the app, the CLI,
# storage, imports and reports. Only a decision by the user makes a measure "planned".
DEFAULT_PLAN_STATUS: PlanStatus = "not_planned"


def plan_status(stored: str | None) -> str:
    """The status to show for a measure: its stored plan's, else the default."""
    return stored or DEFAULT_PLAN_STATUS

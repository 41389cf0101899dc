"""The workflow states of an assessment and of a planned measure (shared by every layer)."""

from __future__ import annotations

from typing import Literal

AssessmentStatus = Literal["draft", "in_review", "completed", "archived"]
PlanStatus = Literal["planned", "in_progress", "done", "not_planned"]
ASSESSMENT_STATUSES: tuple[AssessmentStatus, ...] = ("draft", "in_review", "completed", "archived")
PLAN_STATUSES: tuple[PlanStatus, ...] = ("planned", "in_progress", "done", "not_planned")

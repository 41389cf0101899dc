"""Risk treatment as use cases: the register with its plan, and the assessor's judgement.

The facade's :class:`RisksMixin` is the way in; the functions below, which take the
workspace and an opened assessment, do the work and return core
objects (``TreatedRegister``, ``TreatedRisk``, ``JudgementChange``): the
desktop app's Risks tab, the command line and the report read the same data.
Changes are checked first (``app.core.treatment.checks``) and refused with a
:class:`JudgementError` before anything is written; each change is stored with
who made it and when, and kept in the judgement history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.diagnostics import did_you_mean
from app.core.model import AcceptanceRole, LangText
from app.core.risk_engine import assess_risks
from app.core.statuses import PLAN_STATUSES
from app.core.treatment import (
    PARTS,
    JudgementChange,
    JudgementError,
    TreatedRegister,
    TreatedRisk,
    treat_register,
)
from app.core.treatment.checks import new_acceptance, new_rating, new_treatment
from app.core.treatment.policy import level_rule, roles_for
from app.services.assessments import OpenAssessment
from app.services.base import WorkspaceBase, WorkspaceError
from app.services.events import Topic
from app.storage import clock


@dataclass(frozen=True)
class AcceptanceOutcome:
    """An acceptance saved, and what the policy asks the reader to know about it."""

    risk: TreatedRisk
    notice: LangText | None  # e.g. that the authority may have to be consulted (GDPR Art. 36)


def risk_register(workspace: WorkspaceBase, opened: OpenAssessment) -> TreatedRegister:
    """The register with inherent, current and target positions and the judgements."""
    record_id = opened.record.id
    plans = {mid: plan.status for mid, plan in workspace.store.get_measure_plans(record_id).items()}
    judgements = workspace.store.get_judgements(record_id)
    return treat_register(opened.pack, assess_risks(opened.session, opened.risk_memo), plans,
                          judgements)


def raised_risk(workspace: WorkspaceBase, opened: OpenAssessment, risk_id: str) -> TreatedRisk:
    """One raised risk as it stands; refused for a risk the pack lacks or the answers do not raise.

    Raises:
        JudgementError: ``unknown_risk`` or ``not_raised``.
    """
    pack = opened.pack
    if risk_id not in pack.risks:
        hint = did_you_mean(risk_id, pack.risks)
        raise JudgementError("unknown_risk", "risk", risk=risk_id[:80],
                             hint=f" ({hint})" if hint else "")
    found = risk_register(workspace, opened).get(risk_id)
    if found is None:
        raise JudgementError("not_raised", "risk", risk=risk_id)
    return found


def rate_risk(
    workspace: WorkspaceBase, opened: OpenAssessment, risk_id: str, *,
    likelihood: str | None = None, severity: str | None = None, reason: str, by: str,
) -> TreatedRisk:
    """Set the assessor's likelihood and / or severity (None keeps the rules' level)."""
    workspace.require_editable(opened.record.id)
    treated = raised_risk(workspace, opened, risk_id)
    rating = new_rating(opened.pack, treated, likelihood=likelihood, severity=severity,
                        reason=reason, by=by, at=clock.utc_now())
    workspace.store.save_judgement_part(opened.record.id, risk_id, "rating", rating)
    return raised_risk(workspace, opened, risk_id)


def choose_treatment(
    workspace: WorkspaceBase, opened: OpenAssessment, risk_id: str, choice: str, *,
    reason: str, by: str,
) -> TreatedRisk:
    """Record the treatment (reduce, accept, avoid, transfer) and why."""
    workspace.require_editable(opened.record.id)
    raised_risk(workspace, opened, risk_id)
    treatment = new_treatment(choice, reason, by, clock.utc_now())
    workspace.store.save_judgement_part(opened.record.id, risk_id, "treatment", treatment)
    return raised_risk(workspace, opened, risk_id)


def accept_risk(
    workspace: WorkspaceBase, opened: OpenAssessment, risk_id: str, *,
    accepted_by: str, role: str, accepted_on: str | dt.date | None = None, note: str = "",
    by: str | None = None,
) -> AcceptanceOutcome:
    """Record who accepted what remains of the risk (its target level), if the policy allows."""
    workspace.require_editable(opened.record.id)
    treated = raised_risk(workspace, opened, risk_id)
    acceptance = new_acceptance(opened.pack, treated, accepted_by=accepted_by, role=role,
                                accepted_on=accepted_on, note=note,
                                by=by or accepted_by, at=clock.utc_now())
    workspace.store.save_judgement_part(opened.record.id, risk_id, "acceptance", acceptance)
    notice = level_rule(opened.pack, acceptance.level).notice
    return AcceptanceOutcome(raised_risk(workspace, opened, risk_id), notice)


def clear_judgement(
    workspace: WorkspaceBase, opened: OpenAssessment, risk_id: str, part: str, *, by: str
) -> bool:
    """Remove the rating, treatment or acceptance (kept in the history); False if not set."""
    workspace.require_editable(opened.record.id)
    if part not in PARTS:
        raise WorkspaceError(f"'{part[:40]}' is not a part of a judgement ({', '.join(PARTS)})")
    if not by.strip():
        raise JudgementError("name_empty", "by", what="records")
    return workspace.store.clear_judgement_part(opened.record.id, risk_id, part, by.strip())


def judgement_history(
    workspace: WorkspaceBase, assessment_id: int, risk_id: str | None = None
) -> list[JudgementChange]:
    """Who changed which judgement, when, oldest first."""
    return workspace.store.judgement_history(assessment_id, risk_id)


def acceptance_roles(opened: OpenAssessment, treated: TreatedRisk) -> tuple[AcceptanceRole, ...]:
    """The roles that may accept what remains of ``treated`` (empty: it cannot be accepted)."""
    if treated.target is None:
        return ()
    return roles_for(opened.pack, treated.target.level)


def plan_measure(
    workspace: WorkspaceBase, opened: OpenAssessment, measure_id: str, *,
    status: str | None = None, owner: str | None = None, due_date: str | None = None,
    note: str | None = None,
) -> TreatedRegister:
    """Change a measure's plan (None keeps a field as it is) and return the register after it."""
    workspace.require_editable(opened.record.id)
    if measure_id not in opened.pack.measures:
        hint = did_you_mean(measure_id, opened.pack.measures)
        raise WorkspaceError(f"'{measure_id[:80]}' is not a measure of pack {opened.pack.id}"
                             + (f" ({hint})" if hint else ""))
    if status is not None and status not in PLAN_STATUSES:
        raise WorkspaceError(f"'{status[:40]}' is not a plan status; choose one of "
                             f"{', '.join(PLAN_STATUSES)}")
    current = workspace.store.get_measure_plans(opened.record.id).get(measure_id)
    due = (due_date or None) if due_date is not None else (current.due_date if current else None)
    workspace.store.save_measure_plan(
        opened.record.id, measure_id,
        owner=owner if owner is not None else (current.owner if current else ""),
        due_date=due,
        status=status or (current.status if current else "not_planned"),
        note=note if note is not None else (current.note if current else ""),
    )
    return risk_register(workspace, opened)


class RisksMixin(WorkspaceBase):
    """The risk register with its plan, and the assessor's rating, treatment and acceptance."""

    def risk_register(self, opened: OpenAssessment) -> TreatedRegister:
        return risk_register(self, opened)

    def raised_risk(self, opened: OpenAssessment, risk_id: str) -> TreatedRisk:
        return raised_risk(self, opened, risk_id)

    def rate_risk(self, opened: OpenAssessment, risk_id: str, *, likelihood: str | None = None,
                  severity: str | None = None, reason: str, by: str) -> TreatedRisk:
        rated = rate_risk(self, opened, risk_id, likelihood=likelihood,
                          severity=severity, reason=reason, by=by)
        self._changed(Topic.RISKS, opened.record.id)
        return rated

    def choose_treatment(self, opened: OpenAssessment, risk_id: str, choice: str, *,
                         reason: str, by: str) -> TreatedRisk:
        treated = choose_treatment(self, opened, risk_id, choice, reason=reason, by=by)
        self._changed(Topic.RISKS, opened.record.id)
        return treated

    def accept_risk(self, opened: OpenAssessment, risk_id: str, *, accepted_by: str, role: str,
                    accepted_on: str | dt.date | None = None, note: str = "",
                    by: str | None = None) -> AcceptanceOutcome:
        outcome = accept_risk(self, opened, risk_id, accepted_by=accepted_by,
                              role=role, accepted_on=accepted_on, note=note, by=by)
        self._changed(Topic.RISKS, opened.record.id)
        return outcome

    def clear_judgement(self, opened: OpenAssessment, risk_id: str, part: str, *,
                        by: str) -> bool:
        cleared = clear_judgement(self, opened, risk_id, part, by=by)
        self._changed(Topic.RISKS, opened.record.id)
        return cleared

    def judgement_history(self, assessment_id: int,
                          risk_id: str | None = None) -> list[JudgementChange]:
        return judgement_history(self, assessment_id, risk_id)

    def plan_measure(self, opened: OpenAssessment, measure_id: str, *, status: str | None = None,
                     owner: str | None = None, due_date: str | None = None,
                     note: str | None = None) -> TreatedRegister:
        """Change a measure's plan (None keeps a field as it is); the register after it."""
        register = plan_measure(self, opened, measure_id, status=status, owner=owner,
                                due_date=due_date, note=note)
        self._changed(Topic.PLANS, opened.record.id)
        return register

    def acceptance_roles(self, opened: OpenAssessment,
                         treated: TreatedRisk) -> tuple[AcceptanceRole, ...]:
        """The roles that may accept what remains of ``treated`` (empty: it cannot be)."""
        return acceptance_roles(opened, treated)

    def acceptance_notice(self, opened: OpenAssessment, level: str) -> LangText | None:
        """What the policy tells whoever accepts a residual risk of ``level`` (e.g. Art. 36)."""
        return level_rule(opened.pack, level).notice

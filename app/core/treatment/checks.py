"""Checked construction of judgement parts, and the checks an imported judgement must pass.

Each ``new_*`` function validates what a person typed against the pack and the
risk as it stands, and raises :class:`JudgementError` before anything is saved:
an empty justification, a step the matrix does not have, an acceptance the
policy forbids. :func:`part_problems` checks a part read from a file or kept
across a pack upgrade.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.core.diagnostics import did_you_mean
from app.core.model import AcceptanceRole, LangText
from app.core.pack import Pack
from app.core.treatment.errors import JudgementError
from app.core.treatment.judgement import (
    MAX_NAME,
    MAX_REASON,
    TREATMENTS,
    Acceptance,
    EnginePosition,
    Rating,
    TreatmentChoice,
)
from app.core.treatment.policy import level_rule, policy_of, role_of, roles_for
from app.core.treatment.register import TreatedRisk

NOT_ACCEPTABLE = LangText({"en": "reduce it further, avoid it or transfer it.",
                           "ko": "위험을 더 낮추거나, 회피하거나, 전가하십시오.",
                           "fr": "réduisez-le davantage, évitez-le ou transférez-le.",
                           "it": "riducetelo ancora, evitatelo o trasferitelo.",
                           "pt-BR": "reduza-o mais, evite-o ou transfira-o."})


def new_rating(
    pack: Pack, treated: TreatedRisk, *, likelihood: str | None, severity: str | None,
    reason: str, by: str, at: str,
) -> Rating:
    """The assessor's rating of ``treated`` (None keeps the rules' level on that axis)."""
    likelihood = _blank_none(likelihood)
    severity = _blank_none(severity)
    if likelihood is None and severity is None:
        raise JudgementError("no_levels", "likelihood")
    for axis, value in (("likelihood", likelihood), ("severity", severity)):
        if value is not None:
            _check_step(pack, axis, value)
    engine = treated.engine
    if engine is None and (likelihood is None or severity is None):
        raise JudgementError("both_levels", "likelihood" if likelihood is None else "severity",
                             risk=treated.risk.id)
    return Rating(
        likelihood=likelihood, severity=severity, reason=_reason(reason, "rating_reason"),
        engine=EnginePosition(likelihood=engine.likelihood, severity=engine.severity)
        if engine else None,
        by=_name(by, "records"), at=at,
    )


def new_treatment(choice: str, reason: str, by: str, at: str) -> TreatmentChoice:
    if choice not in TREATMENTS:
        raise JudgementError("unknown_treatment", "choice", value=_short(choice))
    return TreatmentChoice(
        choice=choice,  # checked against TREATMENTS above
        reason=_reason(reason, "treatment_reason", choice=choice),
        by=_name(by, "records"), at=at,
    )


def new_acceptance(
    pack: Pack, treated: TreatedRisk, *, accepted_by: str, role: str,
    accepted_on: str | dt.date | None, note: str, by: str, at: str,
) -> Acceptance:
    """An acceptance of what remains of ``treated`` (its target level), if the policy allows."""
    if treated.target is None:
        raise JudgementError("to_be_rated", "risk", risk=treated.risk.id)
    level = treated.target.level
    check_policy(pack, level, role)
    if len(note) > MAX_REASON:
        raise JudgementError("note_too_long", "note", limit=str(MAX_REASON))
    return Acceptance(
        accepted_by=_name(accepted_by, "accepts"), role=role, accepted_on=_date(accepted_on),
        level=level, note=note.strip(), by=_name(by or accepted_by, "records"), at=at,
    )


def check_policy(pack: Pack, level: str, role: str) -> None:
    """Raise unless ``role`` may accept a residual risk of ``level``."""
    policy = policy_of(pack)
    if role_of(pack, role) is None:
        raise JudgementError("unknown_role", "role", value=_short(role),
                             roles=", ".join(r.id for r in policy.roles))
    label = _level_label(pack, level)
    rule = level_rule(pack, level)
    if not rule.allowed:
        raise JudgementError("not_acceptable", "role", level=label,
                             notice=rule.notice or NOT_ACCEPTABLE)
    allowed = roles_for(pack, level)
    if role not in {r.id for r in allowed}:
        raise JudgementError("role_not_allowed", "role", level=label,
                             roles=_roles_text(pack, allowed))


def part_problems(pack: Pack, risk_id: str, part: Any) -> list[str]:
    """What makes an imported or carried part unusable with ``pack`` (empty: fine)."""
    risk = pack.risks.get(risk_id)
    if risk is None:
        return [f"'{risk_id}' is not a risk of pack '{pack.id}' {pack.version}"]
    problems = []
    if isinstance(part, Rating):
        problems += [_step_problem(pack, a, v) for a, v in
                     (("likelihood", part.likelihood), ("severity", part.severity)) if v]
        if risk.rated_by == "assessor" and not (part.likelihood and part.severity):
            problems.append("a risk rated by the assessor needs both a likelihood and a severity")
        if not (part.likelihood or part.severity):
            problems.append("the rating gives neither a likelihood nor a severity")
    if isinstance(part, Acceptance):
        levels = [level.id for level in pack.matrix.levels]
        if part.level not in levels:
            problems.append(f"'{part.level}' is not a risk level of the matrix "
                            f"({', '.join(levels)})")
        else:
            problems += _policy_problem(pack, part.level, part.role)
    return [p for p in problems if p]


def _policy_problem(pack: Pack, level: str, role: str) -> list[str]:
    try:
        check_policy(pack, level, role)
    except JudgementError as exc:
        return [str(exc)]
    return []


def _step_problem(pack: Pack, axis: str, value: str) -> str:
    try:
        _check_step(pack, axis, value)
    except JudgementError as exc:
        return str(exc)
    return ""


def _check_step(pack: Pack, axis: str, value: str) -> None:
    steps = [s.id for s in getattr(pack.matrix, axis)]
    if value not in steps:
        hint = did_you_mean(value, steps)
        raise JudgementError("unknown_step", axis, value=_short(value), axis=axis,
                             steps=", ".join(steps), hint=f" ({hint})" if hint else "")


def _reason(text: str, code: str, **params: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise JudgementError(code, "reason", **params)
    if len(cleaned) > MAX_REASON:
        raise JudgementError("reason_too_long", "reason", limit=str(MAX_REASON))
    return cleaned


def _name(text: str, what: str) -> str:
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise JudgementError("name_empty", "by", what=what)
    if len(cleaned) > MAX_NAME:
        raise JudgementError("name_too_long", "by", limit=str(MAX_NAME))
    return cleaned


def _date(value: str | dt.date | None) -> dt.date:
    if value is None or value == "":
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise JudgementError("bad_date", "accepted_on", value=_short(value)) from None


def _roles_text(pack: Pack, roles: tuple[AcceptanceRole, ...]) -> LangText:
    """"Privacy officer (CPO or DPO) (privacy_officer), ..." in every language."""
    langs = dict.fromkeys((*pack.languages, "en"))
    return LangText({lang: ", ".join(f"{pack.text(r.label, lang)} ({r.id})" for r in roles)
                     for lang in langs})


def _level_label(pack: Pack, level: str) -> LangText:
    found = next((lv for lv in pack.matrix.levels if lv.id == level), None)
    return found.label if found else LangText({"en": level})


def _blank_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _short(value: str) -> str:
    return value if len(value) <= 80 else value[:79] + "…"

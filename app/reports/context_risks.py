"""The risk parts of the report context: register, heat maps, counts, legend, action plan.

Everything here is read from one ``TreatedRegister`` (the same the app and the
command line read), so the executive summary, the three heat maps, the
register and the action plan cannot disagree: each risk's inherent, current
and target positions, the measures that keep it high, and the assessor's
rating, treatment and acceptance.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from app.core.answers.text import format_answer
from app.core.model import Level, Measure, RiskLevel
from app.core.pack import Pack
from app.core.reasons.risk_text import explain_risk
from app.core.risk_engine import TOP_RISKS, Position
from app.core.treatment import TreatedRegister, TreatedRisk
from app.core.treatment.policy import level_rule, role_of
from app.core.treatment.register import STAGES
from app.reports.context_reasons import reasons_view
from app.storage import MeasurePlan

PRIORITIES = ("must", "should", "could")
UNRATED_COLOUR = "#9aa5b1"
Levels = Mapping[str, dict[str, Any]]


class Cite(Protocol):
    def cite(self, references: Iterable[Any]) -> list[dict[str, Any]]: ...


def ink_for(colour: str) -> str:
    """Dark or white text, whichever reads better on ``colour`` (WCAG relative luminance)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#1f2933" if luminance > 0.36 else "#ffffff"


def level_views(pack: Pack, lang: str) -> dict[str, dict[str, Any]]:
    return {level.id: _level(pack, level, rank, lang)
            for rank, level in enumerate(pack.matrix.levels)}


def _level(pack: Pack, level: RiskLevel, rank: int, lang: str) -> dict[str, Any]:
    return {
        "id": level.id, "rank": rank, "label": pack.text(level.label, lang),
        "colour": level.colour.lower(), "ink": ink_for(level.colour),
        "description": pack.text(level.description, lang) if level.description else "",
    }


def unrated_level(words: Mapping[str, Any]) -> dict[str, Any]:
    """The chip of a risk still to be rated: grey, never one of the matrix's levels."""
    label = str(words.get("register", {}).get("to_be_rated", "To be rated"))
    return {"id": "to_be_rated", "rank": -1, "label": label, "colour": UNRATED_COLOUR,
            "ink": ink_for(UNRATED_COLOUR), "description": ""}


def legend(pack: Pack, lang: str) -> dict[str, list[dict[str, str]]]:
    """What each likelihood and severity step means, lowest first."""

    def steps(items: Iterable[Level]) -> list[dict[str, str]]:
        return [{"id": s.id, "label": pack.text(s.label, lang),
                 "description": pack.text(s.description, lang) if s.description else ""}
                for s in items]

    return {"likelihood": steps(pack.matrix.likelihood), "severity": steps(pack.matrix.severity)}


def summary_view(register: TreatedRegister, levels: Levels, unrated: dict[str, Any]
                 ) -> dict[str, Any]:
    """Counts by level at each stage (highest level first), and what still needs a person."""
    summary = register.summary
    counts = [{**levels[lid], **{stage: summary.counts[stage][lid] for stage in STAGES}}
              for lid in reversed(list(levels))]
    overall = {stage: levels[lid] if (lid := summary.overall[stage]) else None
               for stage in STAGES}
    return {
        "overall": overall["inherent"], "overall_current": overall["current"],
        "overall_target": overall["target"], "counts": counts,
        "raised": summary.raised, "defined": summary.defined,
        "to_be_rated": summary.to_be_rated, "unrated": unrated,
        "adjusted": summary.adjusted, "accepted": summary.accepted,
        "kept_high": sum(bool(t.holding_target) for t in register.risks),
    }


def matrix_view(pack: Pack, register: TreatedRegister, levels: Levels, lang: str
                ) -> dict[str, Any]:
    """The grid with, in each cell, how many risks (and which codes) sit there at each stage."""
    matrix = pack.matrix
    placed = {stage: _cell_codes(register, stage) for stage in STAGES}
    cells = [
        [_cell(matrix.grid[i][j], levels, placed, (lik.id, sev.id))
         for j, sev in enumerate(matrix.severity)]
        for i, lik in enumerate(matrix.likelihood)
    ]
    steps = legend(pack, lang)
    return {"likelihood": steps["likelihood"], "severity": steps["severity"], "cells": cells}


def _cell(level: str, levels: Levels, placed: Mapping[str, dict[tuple[str, str], list[str]]],
          key: tuple[str, str]) -> dict[str, Any]:
    cell: dict[str, Any] = {"level": level, "colour": levels[level]["colour"],
                            "ink": levels[level]["ink"]}
    for stage in STAGES:
        codes = placed[stage].get(key, [])
        cell[stage] = len(codes)
        cell[f"codes_{stage}"] = codes
    return cell


def _cell_codes(register: TreatedRegister, stage: str) -> dict[tuple[str, str], list[str]]:
    cells: dict[tuple[str, str], list[str]] = {}
    for number, treated in enumerate(register.risks, 1):
        position = treated.position(stage)
        if position is not None:
            cells.setdefault((position.likelihood, position.severity), []).append(f"R{number}")
    return cells


def position_view(pack: Pack, position: Position | None, lang: str, levels: Levels
                  ) -> dict[str, Any] | None:
    if position is None:
        return None
    lik = next(s for s in pack.matrix.likelihood if s.id == position.likelihood)
    sev = next(s for s in pack.matrix.severity if s.id == position.severity)
    return {"likelihood": pack.text(lik.label, lang), "severity": pack.text(sev.label, lang),
            "level": levels[position.level]}


def risk_view(pack: Pack, treated: TreatedRisk, *, number: int, lang: str, levels: Levels,
              cite: Cite, unrated: dict[str, Any]) -> dict[str, Any]:
    risk, raised = treated.risk, treated.raised

    def at(position: Position | None) -> dict[str, Any] | None:
        return position_view(pack, position, lang, levels)

    return {
        "id": risk.id, "number": number, "code": f"R{number}",
        "title": pack.text(risk.title, lang), "description": pack.text(risk.description, lang),
        "to_be_rated": treated.to_be_rated,
        "level": levels[treated.inherent.level] if treated.inherent else unrated,
        **{stage: at(treated.position(stage)) for stage in (*STAGES, "residual")},
        "engine": at(treated.engine), "adjusted": treated.adjusted,
        "kept_by": [_measure_ref(pack, s.measure, lang) for s in treated.holding_target],
        **judgement_view(pack, treated, lang, levels),
        "reasons": reasons_view(explain_risk(pack, raised, lang)),
        "rule": raised.rule, "level_rules": list(raised.level_rules),
        "evidence": _evidence(pack, treated, lang),
        "measures": [{**_measure_ref(pack, s.measure, lang), "status": s.status, "key": s.key}
                     for s in treated.measures],
        "cites": cite.cite(risk.references),
        "controls": cite.cite(risk.crosswalk),  # related controls of other frameworks
        "kind": risk.kind,  # harm, or compliance (a legal duty or principle not met)
    }


def judgement_view(pack: Pack, treated: TreatedRisk, lang: str, levels: Levels
                   ) -> dict[str, Any]:
    """The assessor's rating, treatment and acceptance, as the report prints them."""
    judgement = treated.judgement
    rating = judgement.rating
    treatment = judgement.treatment
    return {
        "rating": None if rating is None else {
            "reason": rating.reason, "by": rating.by, "date": rating.at[:10],
            "outdated": treated.rating_outdated,
        },
        "treatment": None if treatment is None else {
            "choice": treatment.choice, "reason": treatment.reason, "by": treatment.by,
            "date": treatment.at[:10],
        },
        "acceptance": _acceptance(pack, treated, lang, levels),
    }


def _acceptance(pack: Pack, treated: TreatedRisk, lang: str, levels: Levels
                ) -> dict[str, Any] | None:
    accepted = treated.judgement.acceptance
    if accepted is None:
        return None
    role = role_of(pack, accepted.role)
    notice = level_rule(pack, accepted.level).notice
    return {
        "by": accepted.accepted_by, "role": pack.text(role.label, lang) if role else accepted.role,
        "date": accepted.accepted_on.isoformat(), "note": accepted.note,
        "level": levels.get(accepted.level), "notice": pack.text(notice, lang) if notice else "",
        "outdated": treated.acceptance_outdated,
    }


def _evidence(pack: Pack, treated: TreatedRisk, lang: str) -> list[dict[str, Any]]:
    return [
        {
            "id": e.question_id,
            "label": pack.text(pack.questions[e.question_id].label, lang),
            "answer": format_answer(pack, pack.questions[e.question_id], e.answer, lang),
            "state": "unanswered" if e.answer is None else e.answer.state,
        }
        for e in treated.raised.evidence
    ]


def _measure_ref(pack: Pack, measure: Measure, lang: str) -> dict[str, Any]:
    return {"id": measure.id, "title": pack.text(measure.title, lang), "priority": measure.priority}


def top_risks(risks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return risks[:TOP_RISKS]


def actions_view(pack: Pack, register: TreatedRegister, plans: Mapping[str, MeasurePlan],
                 lang: str, cite: Cite) -> list[dict[str, Any]]:
    """Measures by priority, each with its plan and the risks it treats or keeps high."""
    codes = {t.risk.id: f"R{n}" for n, t in enumerate(register.risks, 1)}
    holds: dict[str, list[str]] = {}
    for treated in register.risks:
        for state in treated.holding_target:
            holds.setdefault(state.measure.id, []).append(codes[treated.risk.id])
    groups: dict[str, list[dict[str, Any]]] = {p: [] for p in PRIORITIES}
    for state, risk_ids in register.measures():
        measure, plan = state.measure, plans.get(state.measure.id)
        groups.setdefault(measure.priority, []).append({
            **_measure_ref(pack, measure, lang),
            "description": pack.text(measure.description, lang),
            "steps": [pack.text(step, lang) for step in measure.steps],
            "risks": [codes[r] for r in risk_ids],
            "holds": holds.get(measure.id, []),
            "owner": plan.owner if plan else "",
            "due": plan.due_date or "" if plan else "",
            "status": state.status,
            "note": plan.note if plan else "",
            "cites": cite.cite(measure.references),
        })
    return [{"priority": p, "measures": ms} for p, ms in groups.items() if ms]

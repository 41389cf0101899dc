"""The risk register as a professional signs it: the rules' rating, the assessor's
judgement, and where each risk stands today and with the plan.

:func:`treat_register` combines the engine's register with the measure plans
(statuses by measure id; a measure without a plan is not planned) and the
assessor's judgements. Every screen, the command line and the report read the
same :class:`TreatedRegister`, so their counts agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.core.model import PRIORITY_ORDER, Measure, Risk
from app.core.pack import Pack
from app.core.risk_engine import MatrixIndex, Position, RaisedRisk, RiskRegister, UnratedRisk
from app.core.statuses import plan_status
from app.core.treatment.judgement import Judgement, Rating
from app.core.treatment.positions import (
    CURRENT_STATUSES,
    TARGET_STATUSES,
    key_measures,
    reached,
    residual_position,
)

STAGES = ("inherent", "current", "target")


@dataclass(frozen=True)
class MeasureState:
    """A measure of a risk with its plan status; ``key`` if the residual position assumes it."""

    measure: Measure
    status: str  # planned | in_progress | done | not_planned
    key: bool

    @property
    def done(self) -> bool:
        return self.status in CURRENT_STATUSES

    @property
    def planned(self) -> bool:
        return self.status in TARGET_STATUSES


@dataclass(frozen=True)
class TreatedRisk:
    """One raised risk: positions, measures with their status, and the assessor's judgement.

    Positions are None only while a risk the pack leaves to the assessor has not
    been rated (``to_be_rated``).
    """

    raised: RaisedRisk | UnratedRisk
    engine: Position | None  # what the rules say (None: rated by the assessor only)
    inherent: Position | None  # the rules' position, or the assessor's where rated
    residual: Position | None  # with every key measure in place
    current: Position | None  # with the measures that are done
    target: Position | None  # with the measures done, in progress or planned
    measures: tuple[MeasureState, ...]  # by priority
    judgement: Judgement
    rating_outdated: bool = False  # the rules rate it differently from when it was rated
    acceptance_outdated: bool = False  # the target level is above the level accepted

    @property
    def risk(self) -> Risk:
        return self.raised.risk

    @property
    def to_be_rated(self) -> bool:
        return self.inherent is None

    @property
    def adjusted(self) -> bool:
        """The assessor's rating replaces the rules' on at least one axis."""
        return self.judgement.rating is not None

    @property
    def holding_target(self) -> tuple[MeasureState, ...]:
        """Key measures nobody plans that keep the target level above the residual level."""
        if not _above(self.target, self.residual):
            return ()
        return tuple(m for m in self.measures if m.key and not m.planned)

    @property
    def holding_current(self) -> tuple[MeasureState, ...]:
        """Key measures not done yet that keep the current level above the residual level."""
        if not _above(self.current, self.residual):
            return ()
        return tuple(m for m in self.measures if m.key and not m.done)

    def position(self, stage: str) -> Position | None:
        found: Position | None = getattr(self, stage)
        return found


def _above(position: Position | None, residual: Position | None) -> bool:
    return position is not None and residual is not None and position.level != residual.level


@dataclass(frozen=True)
class TreatedSummary:
    """Counts by level (lowest first) for each stage, and what still needs a person."""

    counts: Mapping[str, Mapping[str, int]]  # stage -> level -> count
    overall: Mapping[str, str | None]  # stage -> highest level (None: no rated risk)
    raised: int
    defined: int
    to_be_rated: int
    adjusted: int
    accepted: int
    treated: int


@dataclass(frozen=True)
class TreatedRegister:
    risks: tuple[TreatedRisk, ...]  # to be rated first, then highest inherent level first
    summary: TreatedSummary

    def get(self, risk_id: str) -> TreatedRisk | None:
        return next((t for t in self.risks if t.risk.id == risk_id), None)

    def measures(self) -> list[tuple[MeasureState, list[str]]]:
        """Every measure of a raised risk once, by priority, with the ids of its risks."""
        found: dict[str, MeasureState] = {}
        treats: dict[str, list[str]] = {}
        for treated in self.risks:
            for state in treated.measures:
                found.setdefault(state.measure.id, state)
                treats.setdefault(state.measure.id, []).append(treated.risk.id)
        order = sorted(found.values(), key=lambda s: PRIORITY_ORDER[s.measure.priority])
        return [(state, treats[state.measure.id]) for state in order]


def treat_register(
    pack: Pack,
    register: RiskRegister,
    plans: Mapping[str, str],
    judgements: Mapping[str, Judgement],
) -> TreatedRegister:
    """The register with plans (measure id -> status) and judgements (risk id -> judgement)."""
    matrix = MatrixIndex(pack)
    raised: list[RaisedRisk | UnratedRisk] = [*register.unrated, *register.risks]
    treated = [
        _treat(matrix, item, plans, judgements.get(item.risk.id) or Judgement(item.risk.id))
        for item in raised
    ]
    order = {risk_id: index for index, risk_id in enumerate(pack.risks)}
    treated.sort(key=lambda t: _rank(matrix, t, order))
    return TreatedRegister(tuple(treated), _summary(matrix, treated, len(pack.risks)))


def _rank(matrix: MatrixIndex, treated: TreatedRisk, order: Mapping[str, int]) -> tuple[int, ...]:
    if treated.inherent is None:
        return (0, 0, 0, order[treated.risk.id])
    level, score = matrix.rank(treated.inherent)
    return (1, -level, -score, order[treated.risk.id])


def _treat(
    matrix: MatrixIndex,
    raised: RaisedRisk | UnratedRisk,
    plans: Mapping[str, str],
    judgement: Judgement,
) -> TreatedRisk:
    keys = {m.id for m in key_measures(raised.measures)}
    states = tuple(MeasureState(m, plan_status(plans.get(m.id)), m.id in keys)
                   for m in raised.measures)
    engine = raised.inherent if isinstance(raised, RaisedRisk) else None
    inherent = _rated(matrix, engine, judgement.rating)
    if inherent is None:
        return TreatedRisk(raised, engine, None, None, None, None, states, judgement)
    residual = residual_position(matrix, raised.risk, inherent)
    key_states = [s for s in states if s.key]
    current = reached(matrix, inherent, residual, sum(s.done for s in key_states), len(keys))
    target = reached(matrix, inherent, residual, sum(s.planned for s in key_states), len(keys))
    return TreatedRisk(
        raised, engine, inherent, residual, current, target, states, judgement,
        rating_outdated=_outdated_rating(engine, judgement.rating),
        acceptance_outdated=_outdated_acceptance(matrix, target, judgement),
    )


def _rated(matrix: MatrixIndex, engine: Position | None, rating: Rating | None) -> Position | None:
    """The rules' position with the assessor's levels in place of theirs (None: unrated)."""
    likelihood = (rating.likelihood if rating else None) or (engine.likelihood if engine else None)
    severity = (rating.severity if rating else None) or (engine.severity if engine else None)
    if likelihood not in matrix.likelihood or severity not in matrix.severity:
        return engine  # a rating naming steps the matrix no longer has is not applied
    return matrix.position(likelihood, severity)


def _outdated_rating(engine: Position | None, rating: Rating | None) -> bool:
    if engine is None or rating is None or rating.engine is None:
        return False
    return (rating.engine.likelihood, rating.engine.severity) != (engine.likelihood,
                                                                  engine.severity)


def _outdated_acceptance(matrix: MatrixIndex, target: Position, judgement: Judgement) -> bool:
    accepted = judgement.acceptance
    if accepted is None:
        return False
    if accepted.level not in matrix.levels:
        return True
    return matrix.level_rank(target.level) > matrix.level_rank(accepted.level)


def _summary(matrix: MatrixIndex, treated: list[TreatedRisk], defined: int) -> TreatedSummary:
    counts = {stage: dict.fromkeys(matrix.levels, 0) for stage in STAGES}
    for item in treated:
        for stage in STAGES:
            position = item.position(stage)
            if position is not None:
                counts[stage][position.level] += 1
    overall = {
        stage: max((lid for lid, n in counts[stage].items() if n), key=matrix.level_rank,
                   default=None)
        for stage in STAGES
    }
    return TreatedSummary(
        counts, overall, len(treated), defined,
        to_be_rated=sum(t.to_be_rated for t in treated),
        adjusted=sum(t.adjusted for t in treated),
        accepted=sum(t.judgement.acceptance is not None for t in treated),
        treated=sum(t.judgement.treatment is not None for t in treated),
    )

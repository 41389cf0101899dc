"""Answers -> explained risks: which rule fired, on which answers, at what level, what to do.

Each raised risk names the questions and answers behind it and the rule that
raised it, so a report can say *why*, not only *what* (PEERS.md, point 3).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from app.core.answers import Answer
from app.core.expr import Expr, references
from app.core.model import PRIORITY_ORDER, Measure, Risk
from app.core.pack import LevelRules, Pack
from app.core.reasons.explainer import Explainer
from app.core.reasons.facts import Axis, LevelReason, Reasons
from app.core.risk_memo import RiskMemo
from app.core.session import Session

TOP_RISKS = 5


@dataclass(frozen=True)
class Evidence:
    """A question a risk rule looked at, and the answer it saw (None: not answered or hidden).

    The rules are the risk's ``when`` and every likelihood / severity condition
    evaluated to choose its levels.
    """

    question_id: str
    answer: Answer | None


@dataclass(frozen=True)
class Position:
    """A cell of the risk matrix and the level it holds."""

    likelihood: str
    severity: str
    level: str


@dataclass(frozen=True)
class RaisedRisk:
    risk: Risk
    inherent: Position
    residual: Position
    rule: str  # the risk's `when`, as written
    level_rules: tuple[str, ...]  # the likelihood / severity conditions that chose the levels
    evidence: tuple[Evidence, ...]
    measures: tuple[Measure, ...]  # by priority: must, should, could
    reasons: Reasons = field(default_factory=Reasons)  # what made the rules true, for words

    @property
    def level(self) -> str:
        return self.inherent.level


@dataclass(frozen=True)
class UnratedRisk:
    """A raised risk the pack leaves to the assessor to rate (``rated_by: assessor``).

    It has no position until the assessor rates it (see ``app.core.treatment``):
    it is shown as "to be rated", never silently at some level.
    """

    risk: Risk
    rule: str
    evidence: tuple[Evidence, ...]
    measures: tuple[Measure, ...]
    reasons: Reasons = field(default_factory=Reasons)
    level_rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class RiskSummary:
    counts: dict[str, int]  # every level of the matrix, lowest first
    residual_counts: dict[str, int]
    overall: str | None  # the highest raised level, None when no risk is raised
    raised: int  # rated and unrated
    defined: int


@dataclass(frozen=True)
class RiskRegister:
    risks: tuple[RaisedRisk, ...]  # rated by the pack's rules, highest level first
    summary: RiskSummary
    unrated: tuple[UnratedRisk, ...] = ()  # raised, to be rated by the assessor (pack order)

    @property
    def top(self) -> tuple[RaisedRisk, ...]:
        return self.risks[:TOP_RISKS]

    def measures(self) -> list[tuple[Measure, list[str]]]:
        """Every recommended measure once, by priority, with the ids of the risks it treats."""
        treats: dict[str, list[str]] = {}
        found: dict[str, Measure] = {}
        for raised in self.risks:
            for measure in raised.measures:
                found.setdefault(measure.id, measure)
                treats.setdefault(measure.id, []).append(raised.risk.id)
        order = sorted(found.values(), key=lambda m: PRIORITY_ORDER[m.priority])
        return [(measure, treats[measure.id]) for measure in order]


class MatrixIndex:
    """The pack's matrix by position: steps and levels in order, cells by step ids."""

    def __init__(self, pack: Pack) -> None:
        matrix = pack.matrix
        self.likelihood = [s.id for s in matrix.likelihood]
        self.severity = [s.id for s in matrix.severity]
        self.levels = [level.id for level in matrix.levels]
        self.grid = matrix.grid

    def position(self, likelihood: str, severity: str) -> Position:
        cell = self.grid[self.likelihood.index(likelihood)][self.severity.index(severity)]
        return Position(likelihood, severity, cell)

    def rank(self, position: Position) -> tuple[int, int]:
        score = self.likelihood.index(position.likelihood) + self.severity.index(position.severity)
        return self.levels.index(position.level), score

    def lower(self, likelihood: str) -> str:
        return self.likelihood[max(self.likelihood.index(likelihood) - 1, 0)]

    def at(self, likelihood: int, severity: int) -> Position:
        """The cell at step indexes (lowest 0)."""
        return self.position(self.likelihood[likelihood], self.severity[severity])

    def level_rank(self, level: str) -> int:
        return self.levels.index(level)


def assess_risks(session: Session, memo: RiskMemo | None = None) -> RiskRegister:
    """Evaluate every risk rule of the pack against the session's visible answers.

    With a ``memo`` (kept between calls on one assessment), a risk whose rules
    read the same answers as last time is not worked out again.
    """
    pack = session.pack
    matrix = MatrixIndex(pack)
    raised = []
    unrated = []
    for risk_id, risk in pack.risks.items():
        when = pack.rules.risk_when.get(risk_id)
        if when is None or session.reads_switched_off(when):
            continue
        outcome = _outcome(session, matrix, risk, when) if memo is None else \
            memo.outcome(session, risk_id, partial(_outcome, session, matrix, risk, when))
        if isinstance(outcome, UnratedRisk):
            unrated.append(outcome)
        elif isinstance(outcome, RaisedRisk):
            raised.append(outcome)
    order = {risk_id: index for index, risk_id in enumerate(pack.risks)}
    raised.sort(key=lambda r: (tuple(-x for x in matrix.rank(r.inherent)), order[r.risk.id]))
    summary = _summary(matrix, raised, len(unrated), len(pack.risks))
    return RiskRegister(tuple(raised), summary, tuple(unrated))


def _outcome(session: Session, matrix: MatrixIndex, risk: Risk,
             when: Expr) -> RaisedRisk | UnratedRisk | None:
    """The risk raised (rated by the rules, or left to the assessor), or None."""
    if session.evaluate(when) is not True:
        return None
    if risk.rated_by == "assessor":
        return _unrated(session, risk, when)
    return _raise(session, matrix, risk, when)


def _unrated(session: Session, risk: Risk, when: Expr) -> UnratedRisk:
    return UnratedRisk(
        risk, when.source, _evidence(session, [when]), _measures(session.pack, risk),
        _reasons(session, when, ()),
    )


def _measures(pack: Pack, risk: Risk) -> tuple[Measure, ...]:
    """The risk's measures by priority: must, should, could."""
    found = sorted((pack.measures[m] for m in risk.measures),
                   key=lambda m: PRIORITY_ORDER[m.priority])
    return tuple(found)


def _raise(session: Session, matrix: MatrixIndex, risk: Risk, when: Expr) -> RaisedRisk:
    pack = session.pack
    likelihood, l_rule, l_looked = _choose(session, pack.rules.likelihood[risk.id])
    severity, s_rule, s_looked = _choose(session, pack.rules.severity[risk.id])
    inherent = matrix.position(likelihood, severity)
    residual_l = risk.residual.likelihood if risk.residual and risk.residual.likelihood else None
    residual_s = risk.residual.severity if risk.residual and risk.residual.severity else None
    residual = matrix.position(residual_l or matrix.lower(likelihood), residual_s or severity)
    chosen = [rule for rule in (l_rule, s_rule) if rule is not None]
    return RaisedRisk(
        risk,
        inherent,
        residual,
        when.source,
        tuple(rule.source for rule in chosen),
        _evidence(session, [when, *l_looked, *s_looked]),
        _measures(pack, risk),
        _reasons(
            session, when, (("likelihood", likelihood, l_rule), ("severity", severity, s_rule))
        ),
    )


def _reasons(
    session: Session, when: Expr, chosen: tuple[tuple[Axis, str, Expr | None], ...]
) -> Reasons:
    """What made ``when`` true, and what made the rules that chose the levels true."""
    explainer = Explainer(session)
    levels = tuple(
        LevelReason(axis, level, explainer.explain(rule))
        for axis, level, rule in chosen
        if rule is not None
    )
    return Reasons(explainer.explain(when), levels)


def _choose(session: Session, rules: LevelRules) -> tuple[str, Expr | None, list[Expr]]:
    """The first level rule whose condition holds (the last rule is the default).

    Also returns every condition looked at: the answers that made earlier rules
    fail explain a default level as much as the winning rule explains its own.
    """
    looked: list[Expr] = []
    for expr, level in rules:
        if expr is None:
            return level, None, looked
        looked.append(expr)
        if session.evaluate(expr) is True:
            return level, expr, looked
    return rules[-1][1], None, looked


def _evidence(session: Session, exprs: list[Expr]) -> tuple[Evidence, ...]:
    referenced = {ref for expr in exprs for ref in references(expr)}
    ordered = [qid for qid in session.pack.questions if qid in referenced]
    return tuple(Evidence(qid, session.effective_answer(qid)) for qid in ordered)


def _summary(
    matrix: MatrixIndex, raised: list[RaisedRisk], unrated: int, defined: int
) -> RiskSummary:
    counts = dict.fromkeys(matrix.levels, 0)
    residual_counts = dict.fromkeys(matrix.levels, 0)
    for risk in raised:
        counts[risk.inherent.level] += 1
        residual_counts[risk.residual.level] += 1
    overall = max((r.inherent.level for r in raised), key=matrix.levels.index, default=None)
    return RiskSummary(counts, residual_counts, overall, len(raised) + unrated, defined)

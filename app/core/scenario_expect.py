"""A golden scenario's ``expected`` register against the register its answers and plan give.

Each expected risk names its level (the inherent one) or its inherent, current
and target levels; every level given is compared, so a rule change, a measure
plan that no longer lowers a risk, or a new residual shows at once.
"""

from __future__ import annotations

from app.core.answers.file import ExpectedRegister
from app.core.diagnostics import Diagnostic, did_you_mean
from app.core.pack import Pack
from app.core.quoting import quoted
from app.core.suggest import NameIndex
from app.core.treatment import TreatedRegister, TreatedRisk
from app.core.treatment.file_format import ExpectedPosition
from app.core.treatment.register import STAGES


def levels_of(treated: TreatedRisk) -> dict[str, str | None]:
    """The risk's level at each stage (None while it is to be rated)."""
    found = {stage: treated.position(stage) for stage in STAGES}
    return {stage: position.level if position else None for stage, position in found.items()}


def compare_register(
    pack: Pack, expected: ExpectedRegister | None, register: TreatedRegister, name: str
) -> list[Diagnostic]:
    if expected is None:
        return [Diagnostic(name, "no 'expected' register: add the risks this scenario must raise")
                .as_warning()]
    raised = {t.risk.id: levels_of(t) for t in register.risks}
    problems = []
    risk_ids = NameIndex(pack.risks)
    for risk_id, want in expected.risks.items():
        wanted = want if isinstance(want, ExpectedPosition) else ExpectedPosition(inherent=want)
        if risk_id not in pack.risks:
            problems.append(Diagnostic(name, f"expected risk {quoted(risk_id)} is not a risk of "
                                             "the pack", hint=did_you_mean(risk_id, risk_ids)))
        elif risk_id not in raised:
            problems.append(Diagnostic(name, f"expected risk '{risk_id}' ({wanted.inherent}) "
                                             "was not raised"))
        else:
            problems += _compare_levels(name, risk_id, wanted, raised[risk_id])
    if expected.exact:
        problems += [Diagnostic(name, f"risk '{rid}' ({levels['inherent']}) was raised but is "
                                      "not expected")
                     for rid, levels in raised.items() if rid not in expected.risks]
    overall = register.summary.overall["inherent"]
    if expected.overall is not None and expected.overall != overall:
        problems.append(Diagnostic(
            name, f"overall level is '{overall}', expected '{expected.overall}'"))
    return problems


def _compare_levels(
    name: str, risk_id: str, wanted: ExpectedPosition, found: dict[str, str | None]
) -> list[Diagnostic]:
    problems = []
    for stage in STAGES:
        want = getattr(wanted, stage)
        if stage != "inherent" and want is None:
            continue  # current / target not given: not checked
        if found[stage] != want:
            where = "raised at" if stage == "inherent" else f"{stage} level is"
            problems.append(Diagnostic(
                name, f"risk '{risk_id}' {where} '{found[stage]}', expected '{want}'"))
    return problems

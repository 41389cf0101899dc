"""Judgements in answer files (exports, imports, golden scenarios), and expected positions.

An export holds the current judgement of each risk (``risk_judgements``) and
every change that led to it (``risk_judgement_history``). Unknown keys and
treatments are refused by the schema; :func:`judgement_problems` then checks
every part against the pack (risks, steps, levels, the acceptance policy), so
an import with an unknown treatment or level is refused whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app.core.model.common import Identifier
from app.core.pack import Pack
from app.core.treatment.checks import part_problems
from app.core.treatment.judgement import (
    Acceptance,
    Judgement,
    JudgementChange,
    Name,
    Part,
    Rating,
    Stamp,
    TreatmentChoice,
    part_from_json,
)

MAX_HISTORY = 100_000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FileJudgement(_Strict):
    """The current judgement of one risk; each part optional."""

    rating: Rating | None = None
    treatment: TreatmentChoice | None = None
    acceptance: Acceptance | None = None

    def judgement(self, risk_id: str) -> Judgement:
        return Judgement(risk_id, self.rating, self.treatment, self.acceptance)


class FileJudgementChange(_Strict):
    """One entry of the judgement history: a part set (``value``) or cleared (null)."""

    risk_id: Identifier
    part: Part
    value: dict[str, Any] | None = None
    by: Name
    at: Stamp
    note: str = Field(default="", max_length=2000)

    def change(self) -> JudgementChange:
        return JudgementChange(self.risk_id, self.part, self.value, self.by, self.at, self.note)


class ExpectedPosition(_Strict):
    """The levels a golden scenario's risk must have: before measures, today, with the plan."""

    inherent: Identifier | None = Field(
        default=None, description="Level before any measure (after the assessor's rating); "
        "null for a risk still to be rated.")
    current: Identifier | None = Field(default=None, description="Level with the measures done.")
    target: Identifier | None = Field(
        default=None, description="Level with the measures done, in progress or planned.")


def judgement_problems(
    pack: Pack, judgements: Mapping[str, FileJudgement], history: list[FileJudgementChange]
) -> list[str]:
    """Every judgement part checked against ``pack``; history values shape-checked."""
    problems = []
    for risk_id, entry in judgements.items():
        for part in ("rating", "treatment", "acceptance"):
            value = getattr(entry, part)
            if value is not None:
                problems += [f"risk_judgements.{risk_id}.{part}: {p}"
                             for p in part_problems(pack, risk_id, value)]
    if len(history) > MAX_HISTORY:
        problems.append(f"risk_judgement_history: more than {MAX_HISTORY} entries")
    for index, change in enumerate(history):
        if change.value is None:
            continue
        try:
            part_from_json(change.part, change.value)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(x) for x in first["loc"])
            problems.append(f"risk_judgement_history.{index}.value.{where}: {first['msg']}")
    return problems

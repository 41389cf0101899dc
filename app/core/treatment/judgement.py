"""The assessor's judgement of one risk: a rating, a treatment, an acceptance.

Each part is recorded on its own, with who recorded it and when (``by``,
``at``), so a reader can see whether the levels are the engine's or a person's,
what was decided about the risk, and who signed off what remains of it. The
parts are frozen pydantic models: they are also what export files hold
(unknown keys and treatments are refused there).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.core.model.common import Identifier

Treatment = Literal["reduce", "accept", "avoid", "transfer"]
TREATMENTS: tuple[Treatment, ...] = ("reduce", "accept", "avoid", "transfer")
Part = Literal["rating", "treatment", "acceptance"]
PARTS: tuple[Part, ...] = ("rating", "treatment", "acceptance")
MAX_REASON = 20_000
MAX_NAME = 200

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                          max_length=MAX_REASON)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME)]
Stamp = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    by: Name = Field(description="Who recorded it.")
    at: Stamp = Field(description="When, as UTC, e.g. 2026-12-01T09:30:00.000Z.")


class EnginePosition(BaseModel):
    """The rules' likelihood and severity when the assessor rated the risk."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    likelihood: Identifier
    severity: Identifier


class Rating(_Part):
    """The assessor's likelihood and / or severity, replacing the rules' (None keeps theirs)."""

    likelihood: Identifier | None = None
    severity: Identifier | None = None
    reason: Reason = Field(description="Why the assessor rates it so.")
    engine: EnginePosition | None = Field(
        default=None, description="The rules' position when rated; None for a risk the "
        "pack leaves to the assessor.")


class TreatmentChoice(_Part):
    """What is done about the risk: reduce, accept, avoid or transfer, and why."""

    choice: Treatment
    reason: Reason


class Acceptance(_Part):
    """Who accepted the residual risk, in which role, when, and at which level."""

    accepted_by: Name
    role: Identifier
    accepted_on: dt.date
    level: Identifier = Field(description="The residual (target) level that was accepted.")
    note: str = Field(default="", max_length=MAX_REASON)


PART_MODELS: dict[str, type[_Part]] = {
    "rating": Rating, "treatment": TreatmentChoice, "acceptance": Acceptance,
}


@dataclass(frozen=True)
class Judgement:
    """Everything the assessor decided about one risk (each part may be missing)."""

    risk_id: str
    rating: Rating | None = None
    treatment: TreatmentChoice | None = None
    acceptance: Acceptance | None = None

    @property
    def empty(self) -> bool:
        return self.rating is None and self.treatment is None and self.acceptance is None

    def to_json(self) -> dict[str, Any]:
        """The parts that are set, as plain JSON data (export files, storage)."""
        parts = {"rating": self.rating, "treatment": self.treatment,
                 "acceptance": self.acceptance}
        return {name: part.model_dump(mode="json") for name, part in parts.items() if part}


@dataclass(frozen=True)
class JudgementChange:
    """One entry of a risk's judgement history: a part set (``value``) or cleared (None)."""

    risk_id: str
    part: Part
    value: dict[str, Any] | None
    by: str
    at: str
    note: str = ""  # e.g. why an upgrade set the part aside


def part_from_json(part: str, value: dict[str, Any]) -> _Part:
    """A stored or imported part, shape-checked (raises pydantic's ValidationError)."""
    return PART_MODELS[part].model_validate(value)


def judgement_from_parts(risk_id: str, parts: dict[str, dict[str, Any]]) -> Judgement:
    """A judgement from its parts' JSON (storage rows, an export file's entry)."""

    def get(name: str, model: type[Any]) -> Any:
        return model.model_validate(parts[name]) if name in parts else None

    return Judgement(risk_id, get("rating", Rating), get("treatment", TreatmentChoice),
                     get("acceptance", Acceptance))

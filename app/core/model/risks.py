"""The risk matrix, risks with their rules, and the measures that treat them."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from app.core.model.common import (
    ControlRef,
    ExprSource,
    Identifier,
    LangText,
    Reference,
    StrictModel,
)

Priority = Literal["must", "should", "could"]
RiskKind = Literal["harm", "compliance"]
RatedBy = Literal["rules", "assessor"]
PRIORITY_ORDER: dict[str, int] = {"must": 0, "should": 1, "could": 2}


class Level(StrictModel):
    """A likelihood or severity step of the matrix, lowest first."""

    id: Identifier = Field(description="Stable id, e.g. 'remote' or 'severe'.")
    label: LangText = Field(description="Name shown in the heat map.")
    description: LangText | None = Field(default=None, description="What the step means.")


class RiskLevel(StrictModel):
    """A risk level a grid cell can hold (e.g. low / medium / high), lowest first."""

    id: Identifier = Field(description="Stable id, e.g. 'high'.")
    label: LangText = Field(description="Name shown in the register and heat map.")
    colour: str = Field(pattern=r"^#[0-9a-fA-F]{6}$", description="Colour as #rrggbb.")
    description: LangText | None = Field(
        default=None, description="What the level means for the reader."
    )


class RiskMatrix(StrictModel):
    """Likelihood x severity -> risk level, as a grid."""

    likelihood: tuple[Level, ...] = Field(
        min_length=2, description="Likelihood steps, lowest first."
    )
    severity: tuple[Level, ...] = Field(min_length=2, description="Severity steps, lowest first.")
    levels: tuple[RiskLevel, ...] = Field(min_length=2, description="Risk levels, lowest first.")
    grid: tuple[tuple[Identifier, ...], ...] = Field(
        description="One row per likelihood step (lowest first), one cell per severity step "
        "(lowest first), each cell a risk level id."
    )


class LevelRule(StrictModel):
    """One branch of a likelihood or severity choice: the first rule whose `when` holds wins."""

    when: ExprSource | None = Field(
        default=None, description="Condition; omit on the last (default) rule."
    )
    level: Identifier = Field(description="Likelihood or severity step id.")


def _fixed_level(value: Any) -> Any:
    """``likelihood: probable`` is shorthand for ``[{level: probable}]``."""
    if isinstance(value, str):
        return [{"level": value}]
    if not isinstance(value, list | tuple):
        raise ValueError("expected a level id (e.g. 'probable') or a list of {when, level} rules")
    return value


LevelChoice = Annotated[
    tuple[LevelRule, ...],
    BeforeValidator(_fixed_level, json_schema_input_type=Identifier | list[LevelRule]),
    Field(min_length=1),
]


class Residual(StrictModel):
    """Where the risk stands once every one of its key measures is in place.

    The key measures are its ``must`` measures (all of its measures when none is
    ``must``); partial plans move the risk toward this position step by step.
    """

    likelihood: Identifier | None = Field(
        default=None, description="Likelihood step after the measures."
    )
    severity: Identifier | None = Field(
        default=None, description="Severity step after the measures."
    )


class Risk(StrictModel):
    """A privacy risk raised by a rule over the answers."""

    id: Identifier = Field(description="Stable id, unique across the pack.")
    title: LangText = Field(description="Short risk statement.")
    description: LangText = Field(description="What could happen to people and why.")
    when: ExprSource = Field(description="Expression; the risk is raised while it is true.")
    reason: LangText | None = Field(
        default=None,
        description="Why the risk is raised, in the pack's own words, instead of the sentences "
        "generated from `when`; may hold {answer:q}, {count:q}, {rows:t}, {matched:t} and "
        "{total:t}.",
    )
    rated_by: RatedBy = Field(
        default="rules",
        description="rules (the pack's likelihood and severity rules rate the risk) or "
        "assessor (no level rules: the assessor sets both levels, and the risk is shown as "
        "'to be rated' until then).",
    )
    likelihood: LevelChoice | None = Field(
        default=None,
        description="A likelihood step id, or a list of rules choosing one; required unless "
        "rated_by is assessor.",
    )
    severity: LevelChoice | None = Field(
        default=None,
        description="A severity step id, or a list of rules choosing one; required unless "
        "rated_by is assessor.",
    )
    measures: tuple[Identifier, ...] = Field(
        default=(), description="Ids of the measures that treat it."
    )
    residual: Residual | None = Field(
        default=None,
        description="Position once every key measure (the must measures, or all measures "
        "when none is must) is in place (default: likelihood one step lower).",
    )
    references: tuple[Reference, ...] = Field(default=(), description="Sources behind the risk.")
    kind: RiskKind = Field(
        default="harm",
        description="harm (something that could happen to people) or compliance (a legal "
        "duty or principle not met, such as a notice, deadline or record); the report and "
        "the app can group risks by kind.",
    )
    crosswalk: tuple[ControlRef, ...] = Field(
        default=(),
        description="Controls of other frameworks (ISO/IEC 27701, 42001, NIST AI RMF...) that "
        "cover the same ground, each naming a source of the manifest and a section.",
    )


class Measure(StrictModel):
    """A control that treats one or more risks."""

    id: Identifier = Field(description="Stable id, unique across the pack.")
    title: LangText = Field(description="Short imperative title.")
    description: LangText = Field(description="What to do and why it reduces the risk.")
    priority: Priority = Field(description="must, should or could (ICO toolkit grading).")
    steps: tuple[LangText, ...] = Field(default=(), description="Concrete steps, in order.")
    references: tuple[Reference, ...] = Field(default=(), description="Sources behind the measure.")
    crosswalk: tuple[ControlRef, ...] = Field(
        default=(),
        description="Controls of other frameworks that the measure implements, each naming a "
        "source of the manifest and a section.",
    )

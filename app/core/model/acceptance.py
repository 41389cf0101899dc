"""The acceptance policy: who may accept a residual risk of each level, and what it entails."""

from __future__ import annotations

from pydantic import Field

from app.core.model.common import Identifier, LangText, StrictModel


class AcceptanceRole(StrictModel):
    """A person who may sign off a residual risk, e.g. the risk owner or the privacy officer."""

    id: Identifier = Field(description="Stable id, e.g. 'privacy_officer'; acceptances record it.")
    label: LangText = Field(description="Name of the role per language.")
    description: LangText | None = Field(default=None, description="Who holds the role.")


class LevelAcceptance(StrictModel):
    """What accepting a residual risk of one level takes."""

    allowed: bool = Field(
        default=True,
        description="false: a residual risk at this level cannot be accepted; it must be "
        "reduced further, avoided or transferred.",
    )
    by: tuple[Identifier, ...] = Field(
        default=(),
        description="Ids of the roles that may accept it (default: any role of the policy).",
    )
    notice: LangText | None = Field(
        default=None,
        description="Shown when such a risk is accepted and printed next to the acceptance, "
        "e.g. that the supervisory authority may have to be consulted first.",
    )


class AcceptancePolicy(StrictModel):
    """Who may accept a residual risk, by the level it is left at."""

    roles: tuple[AcceptanceRole, ...] = Field(
        min_length=1, description="The roles that may sign off residual risks."
    )
    levels: dict[Identifier, LevelAcceptance] = Field(
        default_factory=dict,
        description="Risk level id -> what accepting a residual risk of that level takes; "
        "a level not listed may be accepted by any role.",
    )

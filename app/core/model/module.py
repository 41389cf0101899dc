"""A module file: a titled part of the questionnaire, with its risks and measures."""

from __future__ import annotations

from pydantic import Field

from app.core.model.common import Identifier, LangText, StrictModel
from app.core.model.questions import DEFERRED, Section
from app.core.model.risks import Measure, Risk


class Module(StrictModel):
    """One module file listed in the manifest."""

    model_config = DEFERRED

    id: Identifier = Field(description="Stable id, unique across the pack.")
    title: LangText = Field(description="Module title per language.")
    description: LangText | None = Field(default=None, description="What the module covers.")
    sections: tuple[Section, ...] = Field(default=(), description="Wizard pages, in order.")
    risks: tuple[Risk, ...] = Field(
        default=(), description="Risks whose rules may use any question."
    )
    measures: tuple[Measure, ...] = Field(default=(), description="Measures any risk may name.")

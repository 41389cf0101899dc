"""``scores`` in pack.yaml: named scores the wizard shows live and the report prints.

A score is a number expression over the answers (``average(governance)``,
``sum(dpo_tasks) / ...`` is not allowed: only the aggregates), with the range
its chart is drawn on. The expression is typed by the loader like every rule.
"""

from __future__ import annotations

from pydantic import Field, ValidationInfo, field_validator

from app.core.model.common import ExprSource, Identifier, LangText, StrictModel


class Score(StrictModel):
    """A score the pack declares, e.g. "maturity of clause 5" or "GDPR compliance (%)"."""

    id: Identifier = Field(description="Stable id, unique among the scores.")
    label: LangText = Field(description="Name of the score per language.")
    description: LangText | None = Field(
        default=None, description="What the score measures and how to read it."
    )
    value: ExprSource = Field(
        description="Number expression: score(q), sum(), average(), min(), max() or count() "
        "over questions, sections or a table's rows."
    )
    min: float = Field(default=0, description="Low end of the scale (the chart's empty bar).")
    max: float = Field(description="High end of the scale (the chart's full bar), e.g. 5 or 100.")
    unit: LangText | None = Field(default=None, description="Shown after the value, e.g. %.")
    decimals: int = Field(default=1, ge=0, le=3, description="Digits shown after the point.")

    @field_validator("max")
    @classmethod
    def _above_min(cls, value: float, info: ValidationInfo) -> float:
        low = info.data.get("min")
        if low is not None and value <= low:
            raise ValueError(f"max ({value:g}) must be larger than min ({low:g})")
        return value

"""Risk treatment: plan-aware positions and the assessor's judgement (pure domain).

- ``positions``: inherent, current and target positions from the measure plans;
- ``judgement``: the assessor's rating, treatment and acceptance of a risk;
- ``register``: the register combining both, read by the app, the CLI and the report;
- ``checks`` / ``policy``: what may be saved, and who may accept a residual risk;
- ``carry``: judgements across pack upgrades; ``file_format``: in answer files.
"""

from app.core.treatment.errors import JudgementError
from app.core.treatment.judgement import (
    PARTS,
    TREATMENTS,
    Acceptance,
    Judgement,
    JudgementChange,
    Part,
    Rating,
    Treatment,
    TreatmentChoice,
)
from app.core.treatment.register import (
    MeasureState,
    TreatedRegister,
    TreatedRisk,
    TreatedSummary,
    treat_register,
)

__all__ = [
    "PARTS",
    "TREATMENTS",
    "Acceptance",
    "Judgement",
    "JudgementChange",
    "JudgementError",
    "MeasureState",
    "Part",
    "Rating",
    "TreatedRegister",
    "TreatedRisk",
    "TreatedSummary",
    "Treatment",
    "TreatmentChoice",
    "treat_register",
]

"""The questionnaire pack model: frozen pydantic objects parsed once from YAML."""

from app.core.model.acceptance import AcceptancePolicy, AcceptanceRole, LevelAcceptance
from app.core.model.common import (
    ControlRef,
    LangText,
    Reference,
    StrictModel,
    version_key,
)
from app.core.model.manifest import FORMAT_VERSION, Manifest, Publisher, Source, Stage
from app.core.model.module import Module
from app.core.model.questions import (
    AnswerChoices,
    AnyColumn,
    AnyQuestion,
    Choice,
    ChoiceQuestion,
    ColumnBase,
    Constraint,
    DateColumn,
    DateQuestion,
    ExplicitStates,
    LongTextColumn,
    LongTextQuestion,
    MultipleChoiceColumn,
    MultipleChoiceQuestion,
    NumberColumn,
    NumberQuestion,
    QuestionBase,
    Section,
    ShortTextQuestion,
    SingleChoiceColumn,
    SingleChoiceQuestion,
    TableQuestion,
    TextColumn,
    YesNoColumn,
    YesNoQuestion,
    on_kind_models_changed,
)
from app.core.model.report import (
    FlowRole,
    ReportRoles,
    ReportWording,
    SignoffRoles,
    TransferRole,
)
from app.core.model.risks import (
    PRIORITY_ORDER,
    Level,
    LevelRule,
    Measure,
    Residual,
    Risk,
    RiskLevel,
    RiskMatrix,
)
from app.core.model.scores import Score

__all__ = [
    "FORMAT_VERSION",
    "PRIORITY_ORDER",
    "AcceptancePolicy",
    "AcceptanceRole",
    "AnswerChoices",
    "AnyColumn",
    "AnyQuestion",
    "Choice",
    "ChoiceQuestion",
    "ColumnBase",
    "Constraint",
    "ControlRef",
    "DateColumn",
    "DateQuestion",
    "ExplicitStates",
    "FlowRole",
    "LangText",
    "Level",
    "LevelAcceptance",
    "LevelRule",
    "LongTextColumn",
    "LongTextQuestion",
    "Manifest",
    "Measure",
    "Module",
    "MultipleChoiceColumn",
    "MultipleChoiceQuestion",
    "NumberColumn",
    "NumberQuestion",
    "Publisher",
    "QuestionBase",
    "Reference",
    "ReportRoles",
    "ReportWording",
    "Residual",
    "Risk",
    "RiskLevel",
    "RiskMatrix",
    "Score",
    "Section",
    "ShortTextQuestion",
    "SignoffRoles",
    "SingleChoiceColumn",
    "SingleChoiceQuestion",
    "Source",
    "Stage",
    "StrictModel",
    "TableQuestion",
    "TextColumn",
    "TransferRole",
    "YesNoColumn",
    "YesNoQuestion",
    "build_models",
    "version_key",
]

# Adding or removing a kind's models (app.core.kinds.register_kind) rebuilds the models
# whose fields hold "any kind"; those not built yet (defer_build) read the kinds when first used.
def _rebuild_kind_unions() -> None:
    for model in (TableQuestion, Section, Module):
        if model.__pydantic_complete__:
            model.model_rebuild(force=True)


on_kind_models_changed(_rebuild_kind_unions)


def build_models() -> None:
    """Build the pack models now rather than at the first pack read (they are deferred).

    The desktop app calls this in its start-up thread, while the window is first shown.
    """
    for model in (Manifest, Module):
        model.model_rebuild()

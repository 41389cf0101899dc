"""Questions, their choices, table columns, and the sections that hold them.

Which ``type`` a question or a column may have is the set of kind models
below: the built-in ones, and those a registered question kind adds
(``app.core.kinds.register_kind`` calls :func:`add_kind_models`). Adding or
removing one rebuilds the models whose fields hold "any kind" (listeners).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import CoreSchema, core_schema

from app.core.model.common import ExprSource, Identifier, LangText, Reference, StrictModel

ExplicitState = Literal["unknown", "not_applicable"]
MAX_TABLE_ROWS = 500


def _one_or_more(value: Any) -> Any:
    """``stage: training`` is shorthand for ``stage: [training]``."""
    return [value] if isinstance(value, str) else value


StageTags = Annotated[
    tuple[Identifier, ...],
    BeforeValidator(_one_or_more, json_schema_input_type=Identifier | list[Identifier]),
]


class Choice(StrictModel):
    """One option of a choice question or shared choice list."""

    id: Identifier = Field(description="Stable id, stored in answers and used in expressions.")
    label: LangText = Field(description="What the user sees, per language.")
    help: LangText | None = Field(default=None, description="Optional explanation of the option.")
    score: float | None = Field(
        default=None, ge=-1_000_000, le=1_000_000,
        description="What choosing it scores in score() and the aggregates (e.g. a maturity "
        "level 0-5); a choice without one is not scored (e.g. 'not applicable').",
    )
    exclusive: bool = Field(
        default=False,
        description="Multiple choice only: selecting it clears the others (e.g. 'none').",
    )
    renamed_from: tuple[Identifier, ...] = Field(
        default=(),
        description="Ids this choice had in earlier versions of the pack; answers that "
        "chose an old id are carried over to this choice when an assessment is upgraded.",
    )


class Constraint(StrictModel):
    """A rule an answer must satisfy, with the message shown when it does not."""

    rule: ExprSource = Field(description="Expression that must be true for a valid answer.")
    message: LangText = Field(description="Shown next to the question when the rule is false.")


class _Asked(StrictModel):
    """What questions and table columns share."""

    id: Identifier = Field(
        description="Stable id, unique across the pack (columns: within the table)."
    )
    label: LangText = Field(description="The question as the user reads it.")
    help: LangText | None = Field(
        default=None, description="Guidance: what is asked, why it matters, what a good answer is."
    )
    placeholder: LangText | None = Field(default=None, description="Hint shown in an empty field.")


class _ChoiceSource(StrictModel):
    answer_sources: ClassVar[bool] = False  # may choices come from an earlier answer?
    choices: tuple[Choice, ...] | None = Field(
        default=None, min_length=1, description="Inline choices (or use `choices_from`)."
    )
    choices_from: Identifier | None = Field(
        default=None, description="Id of a shared list in the manifest's `choice_lists`."
    )

    @field_validator("choices_from", mode="before")
    @classmethod
    def _shared_list_only(cls, value: Any) -> Any:
        if isinstance(value, dict) and cls.answer_sources is False:
            raise ValueError(
                "a table column takes 'choices_from' as the id of a shared list in pack.yaml's "
                "'choice_lists' (or its own 'choices'); choices from an earlier answer "
                "({question: ...}) are for questions only")
        return value

    @model_validator(mode="after")
    def _one_source(self) -> _ChoiceSource:
        if (self.choices is None) == (self.choices_from is None):
            raise ValueError("give exactly one of 'choices' or 'choices_from'")
        return self


class AnswerChoices(StrictModel):
    """Choices taken from an earlier answer: a table's rows or a multiple choice's picks."""

    question: Identifier = Field(
        description="Id of an earlier table or multiple_choice question whose answer gives "
        "the choices."
    )
    column: Identifier | None = Field(
        default=None,
        description="Table only: the short_text column whose cell names each row (e.g. the "
        "model name); it is both the choice's label and the stored value.",
    )


class _QuestionChoiceSource(_ChoiceSource):
    answer_sources: ClassVar[bool] = True
    choices_from: Identifier | AnswerChoices | None = Field(  # type: ignore[assignment]
        default=None,
        description="Id of a shared list in the manifest's `choice_lists`, or "
        "{question: ..., column: ...}: the rows of an earlier table or the choices "
        "picked in an earlier multiple_choice answer.",
    )


class _NumberBounds(StrictModel):
    unit: LangText | None = Field(
        default=None, description="Unit shown after the field, e.g. days."
    )
    min: float | None = Field(default=None, description="Smallest allowed value.")
    max: float | None = Field(default=None, description="Largest allowed value.")
    integer: bool = Field(default=False, description="Only whole numbers are allowed.")

    @field_validator("max")
    @classmethod
    def _ordered(cls, value: float | None, info: ValidationInfo) -> float | None:
        # A field validator (not a model one), so the error points at 'max' in the file.
        low = info.data.get("min")
        if value is not None and low is not None and low > value:
            raise ValueError(f"min ({low:g}) is larger than max ({value:g})")
        return value


class ExplicitStates(StrictModel):
    """The ``allow`` key: the explicit answers a question offers besides a value."""

    allow: tuple[ExplicitState, ...] = Field(
        default=(), description="Explicit answers offered besides a value: unknown, not_applicable."
    )


def _yes_no_keys(value: Any) -> Any:
    """``{yes: 1, no: 0}``: YAML reads unquoted yes and no as true and false; take them back."""
    if not isinstance(value, dict):
        return value
    return {({True: "yes", False: "no"}[k] if isinstance(k, bool) else k): v
            for k, v in value.items()}


YesNoScores = Annotated[
    dict[Literal["yes", "no", "partial"], float],
    BeforeValidator(_yes_no_keys),
]


class _YesNoStates(StrictModel):
    allow: tuple[Literal["partial", "unknown", "not_applicable"], ...] = Field(
        default=(), description="Extra answers offered besides yes and no: partial, unknown, "
        "not_applicable."
    )
    scores: YesNoScores | None = Field(
        default=None,
        description="What each answer scores in score() and the aggregates, e.g. "
        "{yes: 1, partial: 0.5, no: 0}; answers not listed are not scored.",
    )


class QuestionBase(_Asked):
    """What every question has, whatever its type (a new kind's question model builds on it)."""

    required: bool | ExprSource = Field(
        default=False, description="true, or an expression saying when an answer is required."
    )
    required_message: LangText | None = Field(
        default=None, description="Message shown when a required answer is missing."
    )
    show_if: ExprSource | None = Field(
        default=None, description="Expression; the question is shown only while it is true."
    )
    constraint: Constraint | None = Field(default=None, description="Validity rule and message.")
    references: tuple[Reference, ...] = Field(
        default=(), description="Sources behind the question."
    )
    renamed_from: tuple[Identifier, ...] = Field(
        default=(),
        description="Ids this question had in earlier versions of the pack; their answers "
        "move to this question when an assessment is upgraded.",
    )
    stage: StageTags = Field(
        default=(),
        description="Lifecycle stages the question belongs to: ids of the manifest's "
        "`stages` (one id, or a list).",
    )
    weight: float = Field(
        default=1, gt=0, le=1000,
        description="How much a scored question counts in sum() and average() over "
        "questions and sections (default 1).",
    )


class YesNoQuestion(QuestionBase, _YesNoStates):
    type: Literal["yes_no"] = Field(description="Question type.")


class SingleChoiceQuestion(QuestionBase, _QuestionChoiceSource, ExplicitStates):
    type: Literal["single_choice"] = Field(description="Question type.")


class MultipleChoiceQuestion(QuestionBase, _QuestionChoiceSource, ExplicitStates):
    type: Literal["multiple_choice"] = Field(description="Question type.")


class ShortTextQuestion(QuestionBase, ExplicitStates):
    type: Literal["short_text"] = Field(description="Question type.")
    max_length: int = Field(default=500, ge=1, le=2000, description="Longest answer in characters.")


class LongTextQuestion(QuestionBase, ExplicitStates):
    type: Literal["long_text"] = Field(description="Question type.")
    max_length: int = Field(
        default=20_000, ge=1, le=200_000, description="Longest answer in characters."
    )


class NumberQuestion(QuestionBase, _NumberBounds, ExplicitStates):
    type: Literal["number"] = Field(description="Question type.")


class DateQuestion(QuestionBase, ExplicitStates):
    type: Literal["date"] = Field(description="Question type.")


class ColumnBase(_Asked):
    """What every table column has, whatever its type."""

    required: bool | ExprSource = Field(
        default=False,
        description="true: every row must fill this cell; an expression: the rows for which "
        "it is true must (it may name the row's other cells and any question).",
    )
    show_if: ExprSource | None = Field(
        default=None,
        description="Expression worked out for each row (it may name the row's other cells "
        "and any question); the cell is asked only in the rows where it is true.",
    )
    row_name: bool = Field(
        default=False,
        description="This column names the row when a reason lists rows (default: the first "
        "short_text column).",
    )


class YesNoColumn(ColumnBase, _YesNoStates):
    type: Literal["yes_no"] = Field(description="Column type.")


class SingleChoiceColumn(ColumnBase, _ChoiceSource, ExplicitStates):
    type: Literal["single_choice"] = Field(description="Column type.")


class MultipleChoiceColumn(ColumnBase, _ChoiceSource):
    type: Literal["multiple_choice"] = Field(description="Column type.")


class TextColumn(ColumnBase):
    type: Literal["short_text"] = Field(description="Column type.")
    max_length: int = Field(default=500, ge=1, le=2000, description="Longest value in characters.")


class LongTextColumn(ColumnBase):
    type: Literal["long_text"] = Field(description="Column type.")
    max_length: int = Field(
        default=5000, ge=1, le=20_000, description="Longest value in characters."
    )


class NumberColumn(ColumnBase, _NumberBounds):
    type: Literal["number"] = Field(description="Column type.")


class DateColumn(ColumnBase):
    type: Literal["date"] = Field(description="Column type.")


_QUESTION_MODELS: dict[str, type[BaseModel]] = {}  # type name -> model, filled below
_COLUMN_MODELS: dict[str, type[BaseModel]] = {}
_LISTENERS: list[Callable[[], None]] = []


def question_models() -> dict[str, type[BaseModel]]:
    """The question model of every kind, by type name (what a section's questions may be)."""
    return dict(_QUESTION_MODELS)


def column_models() -> dict[str, type[BaseModel]]:
    """The column model of every kind offered in tables, by type name."""
    return dict(_COLUMN_MODELS)


def add_kind_models(name: str, question: type[BaseModel],
                    column: type[BaseModel] | None = None) -> None:
    """Let packs use questions (and columns) of type ``name``; the models are rebuilt."""
    _QUESTION_MODELS[name] = question
    if column is not None:
        _COLUMN_MODELS[name] = column
    _changed()


def remove_kind_models(name: str) -> None:
    _QUESTION_MODELS.pop(name, None)
    _COLUMN_MODELS.pop(name, None)
    _changed()


def on_kind_models_changed(listener: Callable[[], None]) -> None:
    _LISTENERS.append(listener)


def _changed() -> None:
    for listener in _LISTENERS:
        listener()


def model_names() -> dict[str, str]:
    """``YesNoQuestion`` -> ``yes_no question``, ``TextColumn`` -> ``short_text column``."""
    names = {model.__name__: f"{name} question" for name, model in _QUESTION_MODELS.items()}
    names.update({model.__name__: f"{name} column" for name, model in _COLUMN_MODELS.items()})
    return names


class KindUnion:
    """A field that holds one of the kinds' models, chosen by its ``type``.

    The union is read from the tables above when the schema is built (first
    use, or a rebuild after a kind was added), never written out here.
    """

    def __init__(self, members: Callable[[], dict[str, type[BaseModel]]]) -> None:
        self.members = members

    def __get_pydantic_core_schema__(self, source: Any,
                                     handler: GetCoreSchemaHandler) -> CoreSchema:
        choices = {name: handler.generate_schema(model) for name, model in self.members().items()}
        return core_schema.tagged_union_schema(choices, discriminator="type")


# The built-in kinds' models, for type checkers; a field accepts every registered kind's.
AnyColumn = (
    YesNoColumn | SingleChoiceColumn | MultipleChoiceColumn | TextColumn | LongTextColumn
    | NumberColumn | DateColumn
)
Column = Annotated[AnyColumn, KindUnion(column_models)]
DEFERRED = ConfigDict(defer_build=True)  # the unions are built once the kinds are registered


class TableQuestion(QuestionBase, ExplicitStates):
    model_config = DEFERRED
    type: Literal["table"] = Field(description="Question type.")
    columns: tuple[Column, ...] = Field(min_length=1, description="The typed columns of each row.")
    min_rows: int = Field(default=0, ge=0, description="Fewest rows a complete answer has.")
    max_rows: int = Field(default=100, ge=1, le=MAX_TABLE_ROWS, description="Most rows allowed.")


AnyQuestion = (
    YesNoQuestion
    | SingleChoiceQuestion
    | MultipleChoiceQuestion
    | ShortTextQuestion
    | LongTextQuestion
    | NumberQuestion
    | DateQuestion
    | TableQuestion
)
Question = Annotated[AnyQuestion, KindUnion(question_models)]
ChoiceQuestion = SingleChoiceQuestion | MultipleChoiceQuestion


class Section(StrictModel):
    """A page of the wizard: a titled group of questions."""

    model_config = DEFERRED

    id: Identifier = Field(description="Stable id, unique across the pack.")
    title: LangText = Field(description="Section title.")
    description: LangText | None = Field(
        default=None, description="Introduction shown above the questions."
    )
    show_if: ExprSource | None = Field(
        default=None, description="Expression; the whole section is shown only while it is true."
    )
    optional: bool = Field(
        default=False,
        description="The assessor may switch the section off, giving a reason: its questions "
        "are then hidden and not required, and risks that read them are not raised.",
    )
    questions: tuple[Question, ...] = Field(
        min_length=1, description="The section's questions, in order."
    )


def _type_name(model: type[BaseModel]) -> str:
    literal: Any = model.model_fields["type"].annotation
    return str(get_args(literal)[0])


_QUESTION_MODELS.update((_type_name(m), m) for m in get_args(AnyQuestion))
_COLUMN_MODELS.update((_type_name(m), m) for m in get_args(AnyColumn))

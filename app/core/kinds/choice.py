"""Yes / no, single choice and multiple choice: answers are choice ids."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.answers.errors import AnswerError
from app.core.answers.model import EXPLICIT_STATES
from app.core.answers.words import STATE_WORDS, YES_NO_WORDS, word
from app.core.expr import Choice as ChoiceType
from app.core.expr import ChoiceSet as ChoiceSetType
from app.core.expr import ExprType
from app.core.kinds.base import ChoicesOf, QuestionKind, short
from app.core.kinds.row_choices import from_table, open_value
from app.core.model import (
    Choice,
    MultipleChoiceColumn,
    MultipleChoiceQuestion,
    SingleChoiceColumn,
    SingleChoiceQuestion,
    YesNoColumn,
    YesNoQuestion,
)

if TYPE_CHECKING:
    from app.core.pack import Pack

YesNo = YesNoQuestion | YesNoColumn
Single = SingleChoiceQuestion | SingleChoiceColumn
Multiple = MultipleChoiceQuestion | MultipleChoiceColumn


def choice_id(text: str, ids: list[str]) -> str:
    """The choice id ``text`` names, ignoring case ("Yes" is ``yes``); else ``text`` itself."""
    if text in ids:
        return text
    return next((choice for choice in ids if choice.casefold() == text.casefold()), text)


def _is_cell_state(asked: YesNo | Single, value: Any) -> bool:
    """In table cells, an allowed unknown / not applicable is kept as that word."""
    return (isinstance(asked, YesNoColumn | SingleChoiceColumn) and value in EXPLICIT_STATES
            and value in asked.allow)


def _labels(pack: Pack, asked: Any, ids: list[str], lang: str) -> str:
    shown = []
    for choice_id_ in ids:
        choice = pack.choice(asked, choice_id_)
        shown.append(pack.text(choice.label, lang) if choice else choice_id_)
    return ", ".join(shown) or "—"


def _state_word(value: Any, lang: str) -> str | None:
    return word(STATE_WORDS, value, lang) if isinstance(value, str) and value in STATE_WORDS \
        else None


def _scores(choices: tuple[Choice, ...]) -> tuple[tuple[str, float], ...]:
    return tuple((c.id, float(c.score)) for c in choices if c.score is not None)


def _weight(asked: Any) -> float:
    """A question's weight (columns have none: each row counts once)."""
    return float(getattr(asked, "weight", 1.0))


class YesNoKind(QuestionKind[YesNo]):
    name = "yes_no"
    question_model = YesNoQuestion
    column_model = YesNoColumn
    state_as_value = True

    def options(self, pack: Pack, asked: YesNo) -> list[str]:
        return ["yes", "no", *(["partial"] if "partial" in asked.allow else [])]

    def coerce(self, asked: YesNo, value: Any, choices_of: ChoicesOf) -> str:
        allowed = ["yes", "no", *(["partial"] if "partial" in asked.allow else [])]
        if value not in allowed and not _is_cell_state(asked, value):
            raise AnswerError(asked.id,
                              f"expected one of {', '.join(allowed)}, got {short(value)}")
        return str(value)

    def display(self, pack: Pack, asked: YesNo, value: Any, lang: str) -> str:
        state = _state_word(value, lang)
        return state or (word(YES_NO_WORDS, value, lang) if value in YES_NO_WORDS else str(value))

    def expr_type(self, asked: YesNo, choices_of: ChoicesOf) -> ExprType:
        scores = tuple((choice, float(s)) for choice, s in (asked.scores or {}).items())
        return ChoiceType(frozenset({"yes", "no"}) | frozenset(asked.allow), scores,
                          _weight(asked))

    def parse_text(self, pack: Pack, asked: YesNo, text: str) -> str:
        return choice_id(text.strip(), self.options(pack, asked))

    def demo_value(self, pack: Pack, asked: YesNo, lang: str) -> str:
        return "yes"


class SingleChoiceKind(QuestionKind[Single]):
    name = "single_choice"
    question_model = SingleChoiceQuestion
    column_model = SingleChoiceColumn
    state_as_value = True

    def options(self, pack: Pack, asked: Single) -> list[str]:
        return [choice.id for choice in pack.choices(asked)]

    def coerce(self, asked: Single, value: Any, choices_of: ChoicesOf) -> str:
        ids = [c.id for c in choices_of(asked)]
        if _is_cell_state(asked, value):
            return str(value)
        if from_table(asked):
            return str(open_value(asked, value, multiple=False))
        if not isinstance(value, str) or value not in ids:
            raise AnswerError(asked.id,
                              f"{short(value)} is not one of the choices ({', '.join(ids)})")
        return value

    def display(self, pack: Pack, asked: Single, value: Any, lang: str) -> str:
        return _state_word(value, lang) or _labels(pack, asked, [value], lang)

    def expr_type(self, asked: Single, choices_of: ChoicesOf) -> ExprType:
        choices = tuple(choices_of(asked))
        ids = frozenset(c.id for c in choices)
        return ChoiceType(ids | frozenset(getattr(asked, "allow", ())), _scores(choices),
                          _weight(asked))

    def parse_text(self, pack: Pack, asked: Single, text: str) -> str:
        return choice_id(text.strip(), self.options(pack, asked))

    def demo_value(self, pack: Pack, asked: Single, lang: str) -> str:
        # Choices from an earlier answer may be none yet: then there is no plausible value.
        return next((c.id for c in pack.choices(asked) if not c.exclusive), "")


class MultipleChoiceKind(QuestionKind[Multiple]):
    name = "multiple_choice"
    question_model = MultipleChoiceQuestion
    column_model = MultipleChoiceColumn

    def options(self, pack: Pack, asked: Multiple) -> list[str]:
        return [choice.id for choice in pack.choices(asked)]

    def coerce(self, asked: Multiple, value: Any, choices_of: ChoicesOf) -> tuple[str, ...]:
        if from_table(asked):
            return tuple(open_value(asked, value, multiple=True))
        choices = list(choices_of(asked))
        ids = [c.id for c in choices]
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise AnswerError(asked.id, "expected a list of choice ids")
        unknown = [v for v in value if v not in ids]
        if unknown:
            raise AnswerError(
                asked.id, f"{short(unknown[0])} is not one of the choices ({', '.join(ids)})")
        exclusive = [c.id for c in choices if c.exclusive and c.id in value]
        if exclusive and len(set(value)) > 1:
            raise AnswerError(asked.id, f"'{exclusive[0]}' cannot be combined with other choices")
        return tuple(i for i in ids if i in value)

    def display(self, pack: Pack, asked: Multiple, value: Any, lang: str) -> str:
        return _labels(pack, asked, [value] if isinstance(value, str) else list(value), lang)

    def expr_type(self, asked: Multiple, choices_of: ChoicesOf) -> ExprType:
        choices = tuple(choices_of(asked))
        return ChoiceSetType(frozenset(c.id for c in choices), _scores(choices), _weight(asked))

    def parse_text(self, pack: Pack, asked: Multiple, text: str) -> list[str]:
        ids = self.options(pack, asked)
        return [choice_id(part.strip(), ids) for part in text.split(",") if part.strip()]

    def demo_value(self, pack: Pack, asked: Multiple, lang: str) -> tuple[str, ...]:
        return tuple(c.id for c in pack.choices(asked) if not c.exclusive)[:2]

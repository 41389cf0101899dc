"""Short and long text: answers are texts up to the question's ``max_length``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.answers.errors import AnswerError
from app.core.expr import TEXT, ExprType
from app.core.kinds.base import ChoicesOf, QuestionKind
from app.core.model import LongTextColumn, LongTextQuestion, ShortTextQuestion, TextColumn

if TYPE_CHECKING:
    from app.core.pack import Pack

DEMO_TEXT = {"en": "Example answer written by the assessor.",
             "ko": "평가 담당자가 작성한 예시 답변입니다."}


Text = ShortTextQuestion | TextColumn | LongTextQuestion | LongTextColumn


def check_text(asked: Text, value: Any) -> str:
    if not isinstance(value, str):
        raise AnswerError(asked.id, "expected text")
    if len(value) > asked.max_length:
        raise AnswerError(asked.id, f"text longer than {asked.max_length} characters")
    if "\x00" in value:
        raise AnswerError(asked.id, "text contains a NUL character")
    return value




class _TextKind(QuestionKind[Text]):
    free_text = True

    def coerce(self, asked: Text, value: Any, choices_of: ChoicesOf) -> str:
        return check_text(asked, value)

    def expr_type(self, asked: Text, choices_of: ChoicesOf) -> ExprType:
        return TEXT

    def demo_value(self, pack: Pack, asked: Text, lang: str) -> str:
        return DEMO_TEXT.get(lang, DEMO_TEXT["en"])[: asked.max_length]


class ShortTextKind(_TextKind):
    name = "short_text"
    question_model = ShortTextQuestion
    column_model = TextColumn


class LongTextKind(_TextKind):
    name = "long_text"
    question_model = LongTextQuestion
    column_model = LongTextColumn

    def parse_text(self, pack: Pack, asked: Text, text: str) -> str:
        return text  # line breaks and indentation are part of a long answer

"""A demonstration question type, made the way a new built-in one would be: a kind, an editor.

"rating": how many stars out of ``stars`` (2 to 10). Nothing outside this file
knows it; registering the kind (core) and the editor (desktop app) is all it takes.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from app.core.answers import AnswerError
from app.core.expr import NUMBER, ExprType
from app.core.kinds import ChoicesOf, QuestionKind
from app.core.model import ExplicitStates, QuestionBase
from app.core.pack import Pack

DEMO_SMALL = Path(__file__).resolve().parent / "fixtures" / "packs" / "demo-small"
FEEDBACK = """\
id: feedback
title: {en: Feedback, ko: 피드백}
sections:
  - id: feedback
    title: {en: Feedback, ko: 피드백}
    questions:
      - id: satisfaction
        type: rating
        stars: 5
        allow: [unknown]
        required: true
        label: {en: How happy are users with the answers?, ko: 이용자는 답변에 얼마나 만족합니까?}
risks:
  - id: unhappy_users
    title: {en: Users stop trusting the answers, ko: 이용자가 답변을 신뢰하지 않음}
    description:
      en: Few stars mean wrong answers go unnoticed.
      ko: 별점이 낮으면 오답이 방치됩니다.
    when: satisfaction <= 2
    likelihood: likely
    severity: significant
    measures: [review_answers]
measures:
  - id: review_answers
    title: {en: Review a sample of answers each week, ko: 매주 답변 표본 검토}
    priority: should
    description:
      en: Read twenty answers a week and fix the prompts.
      ko: 매주 답변 20개를 읽고 프롬프트를 고치십시오.
"""


class RatingQuestion(QuestionBase, ExplicitStates):
    type: Literal["rating"] = Field(description="Question type.")
    stars: int = Field(default=5, ge=2, le=10, description="How many stars at most.")


class RatingKind(QuestionKind[RatingQuestion]):
    name = "rating"
    question_model = RatingQuestion

    def coerce(self, asked: RatingQuestion, value: Any, choices_of: ChoicesOf) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= asked.stars:
            raise AnswerError(asked.id, f"give 1 to {asked.stars} stars, not {value!r}")
        return value

    def display(self, pack: Pack, asked: RatingQuestion, value: Any, lang: str) -> str:
        return "★" * value + "☆" * (asked.stars - value)

    def expr_type(self, asked: RatingQuestion, choices_of: ChoicesOf) -> ExprType:
        return NUMBER

    def parse_text(self, pack: Pack, asked: RatingQuestion, text: str) -> Any:
        stripped = text.strip().rstrip("*★")
        return int(stripped) if stripped.isdigit() else text.strip()

    def demo_value(self, pack: Pack, asked: RatingQuestion, lang: str) -> int:
        return (asked.stars + 1) // 2


def pack_with_ratings(folder: Path) -> Path:
    """demo-small with a module asking one rating question (and a risk on it)."""
    target = folder / "demo-rating"
    shutil.copytree(DEMO_SMALL, target)
    (target / "feedback.yaml").write_text(FEEDBACK, encoding="utf-8")
    manifest = target / "pack.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("  - data_flows.yaml\n", "  - data_flows.yaml\n"
                                     "  - feedback.yaml\n"), encoding="utf-8")
    return target

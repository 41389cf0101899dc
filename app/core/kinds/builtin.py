"""The question types AIPIA ships (registered when ``app.core.kinds`` is imported)."""

from __future__ import annotations

from typing import Any

from app.core.kinds.base import QuestionKind
from app.core.kinds.choice import MultipleChoiceKind, SingleChoiceKind, YesNoKind
from app.core.kinds.date import DateKind
from app.core.kinds.number import NumberKind
from app.core.kinds.table import TableKind
from app.core.kinds.text import LongTextKind, ShortTextKind

BUILTIN_KINDS: tuple[QuestionKind[Any], ...] = (
    YesNoKind(), SingleChoiceKind(), MultipleChoiceKind(), ShortTextKind(), LongTextKind(),
    NumberKind(), DateKind(), TableKind(),
)

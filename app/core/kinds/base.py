"""What a question kind is: everything AIPIA does with one question type, in one place.

A kind checks and canonicalises a value (``coerce``), says when a value is
blank, shows a value as text, gives the type rules see (``expr_type``), reads a
value typed on the command line, and proposes a plausible value for demos.
Questions and table columns of the type share their kind. The desktop app
pairs each kind with an editor (``app.ui.wizard.question_editors``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel

from app.core.expr import BOOL, ExprType

if TYPE_CHECKING:
    from app.core.model import Choice
    from app.core.pack import Pack

ChoicesOf = Callable[[Any], Iterable["Choice"]]
Asked = TypeVar("Asked")  # the question (and column) models of the kind


def short(value: Any) -> str:
    """An untrusted value as a short text for a message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class QuestionKind(Generic[Asked]):
    """One question type (``name``: the ``type`` key in a pack) and what it means."""

    name: ClassVar[str]
    question_model: ClassVar[type[BaseModel]]
    column_model: ClassVar[type[BaseModel] | None] = None  # None: not offered in tables
    # An explicit "unknown" or "not applicable" reads as the value itself in rules
    # (``hosting == 'unknown'``), where the value is one word.
    state_as_value: ClassVar[bool] = False
    free_text: ClassVar[bool] = False  # any text typed is a value (not a state's name)

    def coerce(self, asked: Asked, value: Any, choices_of: ChoicesOf) -> Any:
        """The canonical typed value; :class:`~app.core.answers.AnswerError` if it does not fit.

        ``value`` is neither None nor blank (checked before).
        """
        raise NotImplementedError

    def is_blank(self, asked: Asked, value: Any) -> bool:
        """An empty text or an empty selection is no answer."""
        if isinstance(value, str):
            return not value.strip()
        return isinstance(value, list | tuple) and not value

    def display(self, pack: Pack, asked: Asked, value: Any, lang: str) -> str:
        """A typed value as a reader sees it, in ``lang``."""
        return str(value)

    def expr_type(self, asked: Asked, choices_of: ChoicesOf) -> ExprType:
        """The type rules (``show_if``, risk rules) may compare the value with."""
        return BOOL

    def parse_text(self, pack: Pack, asked: Asked, text: str) -> Any:
        """A value typed on the command line, before :meth:`coerce` checks it."""
        return text.strip()

    def options(self, pack: Pack, asked: Asked) -> list[str]:
        """The ids this kind takes as answers, where it is a choice (else empty)."""
        return []

    def demo_value(self, pack: Pack, asked: Asked, lang: str) -> Any:
        """A plausible value that passes :meth:`coerce` (screenshots, demos, benchmarks)."""
        raise NotImplementedError

"""Choices taken from an earlier answer: ``choices_from: {question: ..., column: ...}``.

A single or multiple choice question may offer the rows of an earlier table
(each row named by one of its short_text cells, e.g. the model name) or the
choices picked in an earlier multiple choice answer ("which of the controls
you listed"). Its choices then change with that answer: what is offered is
worked out from the answers, and a stored answer that no longer fits is kept
and flagged (:func:`stale_values`), never dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.core.answers.errors import AnswerError
from app.core.kinds.base import short
from app.core.kinds.row_choices import answer_source, from_table
from app.core.model import Choice, LangText

if TYPE_CHECKING:
    from app.core.answers import Answer
    from app.core.pack import Pack

__all__ = ["answer_source", "check_current", "chosen", "current_choices", "from_table",
           "row_names", "stale_values"]


def current_choices(pack: Pack, asked: object,
                    value_of: Callable[[str], Any]) -> tuple[Choice, ...]:
    """The choices offered now; ``value_of`` gives an earlier question's (visible) value."""
    source = answer_source(asked)
    if source is None:
        return pack.choices(asked)  # type: ignore[arg-type]
    value = value_of(source.question)
    if source.column is None:
        picked = set(value) if isinstance(value, tuple | list) else set()
        listed = current_choices(pack, pack.questions[source.question], value_of)
        return tuple(c for c in listed if c.id in picked and not c.exclusive)
    return tuple(_row_choice(name, pack.languages) for name in row_names(value, source.column))


def row_names(rows: Any, column: str) -> list[str]:
    """The non-blank cells of ``column``, each once, in row order."""
    names: list[str] = []
    for row in rows if isinstance(rows, tuple | list) else ():
        cell = row.get(column) if isinstance(row, dict) else None
        if isinstance(cell, str) and cell.strip() and cell.strip() not in names:
            names.append(cell.strip())
    return names


def _row_choice(name: str, languages: tuple[str, ...]) -> Choice:
    # A row's name is both the value and the label (the same in every language);
    # it is answer text, not a pack id, so the model's id rules are not applied.
    label = LangText(dict.fromkeys(languages, name))
    return Choice.model_construct(id=name, label=label, help=None, score=None,
                                  exclusive=False, renamed_from=())


def chosen(answer: Answer | None) -> list[str]:
    """The values an answer picked (none for an explicit state)."""
    if answer is None or answer.state != "answered":
        return []
    value = answer.value
    return [value] if isinstance(value, str) else [v for v in value or () if isinstance(v, str)]


def stale_values(answer: Answer | None, current: tuple[Choice, ...]) -> list[str]:
    """The picked values that are no longer among the current choices."""
    ids = {c.id for c in current}
    return [v for v in chosen(answer) if v not in ids]


def check_current(asked: Any, answer: Answer, current: tuple[Choice, ...]) -> None:
    """A new answer must pick among the choices offered now.

    Raises:
        AnswerError: a value is not one of them (say which are, or what to answer first).
    """
    stale = stale_values(answer, current)
    source = answer_source(asked)
    if not stale or source is None:
        return
    if not current:
        raise AnswerError(asked.id, f"{short(stale[0])} is not a choice: there are no choices "
                          f"until '{source.question}' is answered")
    names = ", ".join(short(c.id) for c in current[:20])
    raise AnswerError(asked.id, f"{short(stale[0])} is not one of the current choices "
                      f"(from '{source.question}': {names})")

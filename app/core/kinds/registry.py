"""The question kinds by name: one entry per question type.

Registering a kind also adds its question (and column) model to the pack
model (``app.core.model.questions.add_kind_models``), so a kind registered here
is a type a pack may use, with nothing else to change. The built-in kinds are
registered when this package is imported (``app.core.kinds.builtin``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from app.core.kinds.base import QuestionKind
from app.core.model.questions import add_kind_models, remove_kind_models

_KINDS: dict[str, QuestionKind[Any]] = {}


def register_builtin(kinds_: Iterable[QuestionKind[Any]]) -> None:
    """The built-in kinds, whose models the pack model has from the start."""
    _KINDS.update((kind.name, kind) for kind in kinds_)


def register_kind(kind: QuestionKind[Any]) -> None:
    """Make ``kind.name`` a question type packs may use (replacing a kind of that name)."""
    _KINDS[kind.name] = kind
    add_kind_models(kind.name, kind.question_model, kind.column_model)


def unregister_kind(name: str) -> None:
    if _KINDS.pop(name, None) is not None:
        remove_kind_models(name)


@contextmanager
def registered(kind: QuestionKind[Any]) -> Iterator[QuestionKind[Any]]:
    """``kind`` registered for the duration of a ``with`` block (tests, plug-ins)."""
    register_kind(kind)
    try:
        yield kind
    finally:
        unregister_kind(kind.name)


def kind_named(name: str) -> QuestionKind[Any]:
    return _KINDS[name]


def kind_of(asked: Any) -> QuestionKind[Any]:
    """The kind of a question or table column (by its ``type``)."""
    return _KINDS[asked.type]


def kinds() -> list[QuestionKind[Any]]:
    return list(_KINDS.values())

"""The question kinds by name: one entry per question type, and the models they validate.

The pack model's question and table-column unions are made from this
registry (``app.core.model.questions``), so a kind registered here is a type a
pack may use, with nothing else to change. Registering or removing a kind
rebuilds those models (the listeners added with :func:`on_change`).

The built-in kinds (``app.core.kinds.builtin``) are loaded at the first use of
the registry: they are made of the pack model's classes and of the answer
checks, which themselves ask the registry, so they cannot be loaded earlier.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel

from app.core.kinds.base import QuestionKind

_KINDS: dict[str, QuestionKind[Any]] = {}
_LISTENERS: list[Callable[[], None]] = []


def _registry() -> dict[str, QuestionKind[Any]]:
    if not _KINDS:  # first use: the built-in kinds (nothing was built from the registry yet)
        from app.core.kinds.builtin import BUILTIN_KINDS

        _KINDS.update((kind.name, kind) for kind in BUILTIN_KINDS)
    return _KINDS


def register_kind(kind: QuestionKind[Any]) -> None:
    """Make ``kind.name`` a question type packs may use (replacing a kind of that name)."""
    _registry()[kind.name] = kind
    _changed()


def unregister_kind(name: str) -> None:
    if _registry().pop(name, None) is not None:
        _changed()


@contextmanager
def registered(kind: QuestionKind[Any]) -> Iterator[QuestionKind[Any]]:
    """``kind`` registered for the duration of a ``with`` block (tests, plug-ins)."""
    register_kind(kind)
    try:
        yield kind
    finally:
        unregister_kind(kind.name)


def on_change(listener: Callable[[], None]) -> None:
    """Call ``listener`` whenever a kind is registered or removed."""
    _LISTENERS.append(listener)


def _changed() -> None:
    for listener in _LISTENERS:
        listener()


def kind_named(name: str) -> QuestionKind[Any]:
    return _registry()[name]


def kind_of(asked: Any) -> QuestionKind[Any]:
    """The kind of a question or table column (by its ``type``)."""
    return _registry()[asked.type]


def kinds() -> list[QuestionKind[Any]]:
    return list(_registry().values())


def question_models() -> dict[str, type[BaseModel]]:
    """The question model of every kind, by type name (what a section's questions may be)."""
    return {name: kind.question_model for name, kind in _registry().items()}


def column_models() -> dict[str, type[BaseModel]]:
    """The column model of every kind offered in tables, by type name."""
    return {name: kind.column_model for name, kind in _registry().items()
            if kind.column_model is not None}


def model_names() -> dict[str, str]:
    """``YesNoQuestion`` -> ``yes_no question``, ``TextColumn`` -> ``short_text column``."""
    names = {kind.question_model.__name__: f"{name} question"
             for name, kind in _registry().items()}
    names.update({model.__name__: f"{name} column" for name, model in column_models().items()})
    return names

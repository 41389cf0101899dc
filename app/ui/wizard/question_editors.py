"""Which editor shows a question: one factory per question kind.

As napari maps each layer class to its controls widget
(``napari/_qt/layer_controls/qt_layer_controls_container.py``), each question
kind (``app.core.kinds``) has one editor factory here; a new kind registers
its own with :func:`register_editor` and needs nothing else in the wizard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from app.ui.wizard.choice_editors import (
    MultipleChoiceEditor,
    single_choice_editor,
    yes_no_editor,
)
from app.ui.wizard.editors import Editor, date_editor, number_editor
from app.ui.wizard.table_editor import TableEditor
from app.ui.wizard.text_editors import long_text_editor, short_text_editor

if TYPE_CHECKING:
    from app.core.model import AnyQuestion, Choice
    from app.core.pack import Pack

# Each factory takes the pack, a question of its own kind, and the language of the questions.
EditorFactory = Callable[["Pack", Any, str], Editor]

EDITORS: dict[str, EditorFactory] = {
    "yes_no": yes_no_editor,
    "single_choice": single_choice_editor,
    "multiple_choice": MultipleChoiceEditor,
    "short_text": short_text_editor,
    "long_text": long_text_editor,
    "number": number_editor,
    "date": date_editor,
    "table": TableEditor,
}


def register_editor(kind: str, factory: EditorFactory) -> None:
    """Show questions of ``kind`` with the editors ``factory`` makes."""
    EDITORS[kind] = factory


@contextmanager
def registered_editor(kind: str, factory: EditorFactory) -> Iterator[None]:
    """``factory`` registered for ``kind`` during a ``with`` block (tests, plug-ins)."""
    before = EDITORS.get(kind)
    register_editor(kind, factory)
    try:
        yield
    finally:
        if before is None:
            EDITORS.pop(kind, None)
        else:
            EDITORS[kind] = before


def make_editor(pack: Pack, question: AnyQuestion, language: str) -> Editor:
    """The editor of the question's kind.

    Raises:
        LookupError: no editor is registered for the question's type.
    """
    factory = EDITORS.get(question.type)
    if factory is None:
        raise LookupError(f"no editor is registered for questions of type '{question.type}'")
    return factory(pack, question, language)


def offered_editor(pack: Pack, question: Any, language: str,
                   choices: tuple[Choice, ...]) -> Editor:
    """The editor of a choice question whose choices come from an earlier answer."""
    if question.type == "multiple_choice":
        return MultipleChoiceEditor(pack, question, language, choices)
    return single_choice_editor(pack, question, language, choices)

"""Editors for yes / no, single choice and multiple choice questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QRadioButton, QVBoxLayout, QWidget

from app.core.answers import Answer
from app.core.answers.text import STATE_WORDS, YES_NO_WORDS
from app.ui.wizard.choice_row import ChoiceRow
from app.ui.wizard.editors import Editor

if TYPE_CHECKING:
    from app.core.model import (
        Choice,
        MultipleChoiceQuestion,
        SingleChoiceQuestion,
        YesNoQuestion,
    )
    from app.core.pack import Pack


def _column(parent: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    return layout


def _word(words: dict[str, dict[str, str]], key: str, language: str) -> str:
    return words[key].get(language, words[key]["en"])


class RadioEditor(Editor):
    """One radio button per option; explicit states (unknown, not applicable) are options too.

    Options are ``(value, label, is_state)``.
    """

    def __init__(self, label: str, options: list[tuple[str, str, bool]]) -> None:
        super().__init__()
        layout = _column(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self._states: set[str] = set()
        for index, (value, text, is_state) in enumerate(options):
            button = QRadioButton()
            button.setAccessibleDescription(label)
            self.group.addButton(button, index)
            layout.addWidget(ChoiceRow(button, text, self))
            self.buttons[value] = button
            if is_state:
                self._states.add(value)
        self._values = [value for value, _text, _state in options]
        if options:
            self.setFocusProxy(self.buttons[self._values[0]])
        self.group.idClicked.connect(lambda _id: self.changed.emit(self.value_answer()))

    def handles_states(self) -> bool:
        return True

    def set_answer(self, answer: Answer | None) -> None:
        key = None
        if answer is not None:
            key = answer.state if answer.state != "answered" else answer.value
        self.group.setExclusive(False)
        for value, button in self.buttons.items():
            button.setChecked(value == key)
        self.group.setExclusive(True)
        if key in self.buttons:
            self.setFocusProxy(self.buttons[key])

    def value_answer(self) -> Answer | None:
        checked = self.group.checkedId()
        if checked < 0:
            return None
        value = self._values[checked]
        return Answer(None, value) if value in self._states else Answer(value)  # type: ignore[arg-type]


def yes_no_editor(pack: Pack, question: YesNoQuestion, language: str) -> RadioEditor:
    label = pack.text(question.label, language)
    options = [(v, _word(YES_NO_WORDS, v, language), False) for v in ("yes", "no")]
    if "partial" in question.allow:
        options.append(("partial", _word(YES_NO_WORDS, "partial", language), False))
    options += [
        (s, _word(STATE_WORDS, s, language), True)
        for s in ("unknown", "not_applicable")
        if s in question.allow
    ]
    return RadioEditor(label, options)


def single_choice_editor(pack: Pack, question: SingleChoiceQuestion, language: str,
                         choices: tuple[Choice, ...] | None = None) -> RadioEditor:
    """``choices``: those offered now, when they come from an earlier answer."""
    label = pack.text(question.label, language)
    offered = pack.choices(question) if choices is None else choices
    options = [(c.id, pack.text(c.label, language), False) for c in offered]
    options += [
        (s, _word(STATE_WORDS, s, language), True)
        for s in ("unknown", "not_applicable")
        if s in question.allow
    ]
    return RadioEditor(label, options)


class MultipleChoiceEditor(Editor):
    """Check boxes; an exclusive choice ("none of these") clears the others and vice versa."""

    def __init__(self, pack: Pack, question: MultipleChoiceQuestion, language: str,
                 choices: tuple[Choice, ...] | None = None) -> None:
        super().__init__()
        label = pack.text(question.label, language)
        layout = _column(self)
        self.boxes: dict[str, QCheckBox] = {}
        self._exclusive: set[str] = set()
        for choice in pack.choices(question) if choices is None else choices:
            box = QCheckBox()
            box.setAccessibleDescription(label)
            row = ChoiceRow(box, pack.text(choice.label, language), self)
            if choice.help:
                row.setToolTip(pack.text(choice.help, language))
            box.clicked.connect(lambda checked, cid=choice.id: self._clicked(cid, checked))
            layout.addWidget(row)
            self.boxes[choice.id] = box
            if choice.exclusive:
                self._exclusive.add(choice.id)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def _clicked(self, choice_id: str, checked: bool) -> None:
        if checked:
            clear = (
                [c for c in self.boxes if c != choice_id]
                if choice_id in self._exclusive
                else list(self._exclusive)
            )
            for other in clear:
                self.boxes[other].setChecked(False)
        self.changed.emit(self.value_answer())

    def set_answer(self, answer: Answer | None) -> None:
        chosen = set(answer.value) if answer and answer.state == "answered" else set()
        for choice_id, box in self.boxes.items():
            box.setChecked(choice_id in chosen)

    def value_answer(self) -> Answer | None:
        chosen = tuple(cid for cid, box in self.boxes.items() if box.isChecked())
        return Answer(chosen) if chosen else None
